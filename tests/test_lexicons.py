"""Literal requirements of regexes: a text they rule out never matches."""

from __future__ import annotations

import random
import re

import pytest

from analystkit import structure
from analystkit.lexicons import (
    GatedRules,
    may_match,
    opens_with_run,
    required_literals,
    word_list,
)


def _data_rules() -> list[str]:
    return [rule.lstrip("~") for name in ("boilerplate.txt", "appeals.txt", "meta.txt",
                                          "editorial_notes.txt")
            for rule in word_list(name)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"sections?\b", (("section",),)),
    (r"(could|might) be", (("could", "might"), (" be",))),
    (r"\.{5,}\d", ((".....",),)),
    (r"a|b?", ()),  # an alternative that needs nothing
    (r"(?x) a b", ()),  # inline flags: nothing said
    (r"©.{0,80}", (("©",),)),
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


def test_ignore_case_leaves_out_non_ascii_letters():
    # "ſ" matches "s" under IGNORECASE: a non-ASCII literal tells nothing about ASCII text
    assert required_literals("ſtay", ignore_case=True) == ()
    assert required_literals("Stay Tuned", ignore_case=True) == (("stay tuned",),)


def test_opens_with_run():
    assert opens_with_run(r"[^.\n]{1,200} contributed")
    assert opens_with_run(r".{0,60}\blive")
    assert opens_with_run(r"[^\n]{0,200}?\.{5,}")
    assert not opens_with_run(r"stay tuned")
    assert not opens_with_run(r"[a-z]{1,6}/")
    # a run inside an opening group, optional or not, or inside an opening lookahead
    assert opens_with_run(r"([^\n]{0,200}[.!?]\s+)?\(?(chart|map)s?\s*:")
    assert opens_with_run(r"(?![^\n]{0,120}\bbut )(anyone|witnesses) .{0,40}call")
    assert not opens_with_run(r"(chart|graph)s?\s*:")
    assert not opens_with_run(r"(\w+ )?foo")
    assert not opens_with_run(r"(?!no )[a-z]{2}")


def test_texts_without_the_literals_never_match():
    rules = [(re.compile(p, re.IGNORECASE), required_literals(p, ignore_case=True))
             for p in _data_rules()]
    pieces = sorted({s for _, required in rules for group in required for s in group})
    pieces += list("abcdefgxyz .,:/ABS0123\n") + ["ſ", "K", "....."]
    rng = random.Random(7)
    ruled_out = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        lowered = text.lower()
        for rule, required in rules:
            if text.isascii() and not may_match(required, lowered):
                ruled_out += 1
                assert rule.search(text) is None, (rule.pattern, text)
    assert ruled_out > 10_000


def test_gated_rules_keep_what_matches():
    rules = [(re.compile(p), required_literals(p)) for p in (r"[^.]{0,9}edited for", r"ab+c")]
    gated = GatedRules(rules)
    assert [r.pattern for r in gated.candidates("it was edited for length")] == [
        r"[^.]{0,9}edited for"]
    assert gated.candidates("nothing here") == []
    with pytest.raises(ValueError):
        GatedRules([(re.compile(".*"), ())])


@pytest.mark.parametrize("block", [
    "Reuters staff contributed reporting to this story.",
    "Contents ..... 12",
    "This interview has been edited for length and clarity.",
    "Live coverage",
    "Stay tuned for more updates.",
    "The workers will bolster production.",
    "ſtay tuned",
])
def test_boilerplate_as_one_alternation(block):
    whole_re, prefix_re = structure._boilerplate_rules()
    core = block.strip(" \t\n:;,.!?-–—|•*#>_()")
    expected = bool((len(core) <= 160 and whole_re.fullmatch(core)) or prefix_re.match(core))
    assert structure.is_boilerplate(block) == expected


def test_word_splitting_of_non_ascii_text_matches_the_regexes():
    from analystkit import language

    rng = random.Random(11)
    alphabet = "ab _'’-.,\u00a0\u2009é½²٣ßİı🇰—“”\t\n\x1c\x85Ⅻ中文\ud800"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 15)))
        lowered = structure._markers_to_spaces(text).lower()
        assert structure.normalised_words(text) == " ".join(structure._WORD.findall(lowered))
        assert language._words(text) == language._WORD.findall(text)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(an? |the )?(indictment|charges?)", {"a", "t", "i", "c"}),
    (r"\d+ of \d+\.", set("0123456789")),
    (r"[^.\n]{0,60} contributed", None),
    (r"(please )?share", {"p", "s"}),
    (r"x?", None),  # a match may be empty
    (r"\bclick here", {"c"}),
])
def test_first_characters(pattern, expected):
    from analystkit.lexicons import first_characters

    got = first_characters(pattern, ignore_case=True)
    assert (None if got is None else set(got)) == expected


def test_prefix_rules_parted_by_first_character_match_as_one_alternation():
    import re

    from analystkit.structure import _FirstCharacterRules, furniture_rule_lines

    patterns = [rule[1:] for rule in furniture_rule_lines() if rule.startswith("~")]
    parted = _FirstCharacterRules(patterns)
    whole = re.compile("(?:" + "|".join(patterns) + ")", re.IGNORECASE)
    texts = ["Read more: the council's plan", "Share this article:", "click here to subscribe",
             "The council met on Tuesday.", "© 2025 Reuters. All rights reserved.",
             "1 of 5. A photo", "(Reporting by Ann Lee; Editing by Tom Hogue)", "", "x",
             "Copyright 2024 The Associated Press", "Stay tuned for more updates."]
    for text in texts:
        assert bool(parted.match(text)) == bool(whole.match(text)), text
