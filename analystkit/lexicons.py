"""Rules kept as data: loaders for the word lists and tables under ``data/``.

Each file names its origin in a header comment. Code reads them here, once,
and the tests pin their effect on real sentences. The patterns built from them
(``phrase_pattern``) come with cheap tests that a text may hold one of their
entries (``GatedRules``, ``WordGate``), run before the costly scans.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from re import _constants, _parser
from typing import Any


def _data_text(name: str) -> str:
    return resources.files("analystkit.data").joinpath(name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Return the entries of a one-entry-per-line data file.

    Parameters
    ----------
    name : str
        File name under ``analystkit/data`` (e.g. ``"hedges.txt"``).

    Returns
    -------
    tuple of str
        Non-empty lines with ``#`` comment lines dropped, in file order.
    """
    lines = (line.strip() for line in _data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def rules_pattern(name: str) -> re.Pattern[str]:
    """Compile a data file of regular expressions, one a line, into one alternation.

    Matched ignoring case; each rule is a group of its own, so that ``match`` tries
    them in the file's order. Cache the result where it is called often.
    """
    return re.compile("|".join(f"(?:{rule})" for rule in word_list(name)), re.IGNORECASE)


@cache
def toml_table(name: str) -> dict:
    """Return a TOML data file as a dictionary."""
    return tomllib.loads(_data_text(name))


def phrase_pattern(phrases: tuple[str, ...] | list[str], *,
                   lower_case: bool = False) -> re.Pattern[str]:
    """Compile whole-word phrases into one alternation.

    Longer phrases come first so that "up to" wins over "up"; spaces inside a
    phrase match any run of whitespace. The pattern ignores case; with
    ``lower_case=True`` it is instead compiled from the lower-cased phrases,
    to be run over lower-cased text, which Python's ``re`` scans about three
    times faster than a case-insensitive alternation.
    """
    if lower_case:
        phrases = [p.lower() for p in phrases]
    ordered = sorted(set(phrases), key=len, reverse=True)
    alternatives = [r"\s+".join(re.escape(word) for word in p.split()) for p in ordered]
    if lower_case:
        return re.compile(r"(?<![\w-])" + by_first_character(alternatives) + r"(?![\w-])")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def by_first_character(alternatives: list[str]) -> str:
    """Join case-sensitive regex alternatives into one group, merged by first character.

    ``re`` tries every alternative of a group in turn wherever the group may
    start; merged by first character (``m(?:ight|ay)|c(?:ould)``) only one
    group of them gets past its first character. What matches is unchanged:
    alternatives that open with different characters cannot match at the same
    place, and each merged group keeps its alternatives in their order.

    Parameters
    ----------
    alternatives : list of str
        Regexes in order of preference, each opening with a literal character
        (a letter or digit, or a character escaped as ``re.escape`` does).

    Returns
    -------
    str
        A non-capturing group; the plain alternation when some alternative
        opens otherwise.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        if not (first.isalnum() or (len(first) == 2 and not first[1].isalnum())):
            return "(?:" + "|".join(alternatives) + ")"
        groups.setdefault(first, []).append(alternative[len(first):])
    merged = [first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
              for first, rests in groups.items()]
    return "(?:" + "|".join(merged) + ")"


@cache
def english_months() -> dict[str, int]:
    """Return English month names and abbreviations, lower case, with their numbers (1-12).

    From ``data/months.toml`` (``[english]``): each full name and its first three
    letters ("december", "dec"), and the other abbreviations it lists ("sept").
    """
    table = toml_table("months.toml")["english"]
    months: dict[str, int] = {}
    for number, name in enumerate(table["months"], start=1):
        months[name] = months[name[:3]] = number
    return months | table["abbreviations"]


def english_month_pattern(*, capitalised: bool = False) -> str:
    """Return a regex group matching one English month name or abbreviation.

    Parameters
    ----------
    capitalised : bool, default False
        Match only with a capital first letter ("May", "Sept"), as datelines print
        months; by default lower case, for patterns compiled with ``re.IGNORECASE``.

    Returns
    -------
    str
        A non-capturing group, longest names first so "September" is read whole,
        not as "Sep".
    """
    names = sorted(english_months(), key=len, reverse=True)
    return by_first_character([name.capitalize() if capitalised else name for name in names])


def longest_first(words: frozenset[str] | set[str]) -> str:
    """Join words into a regex alternation, longest first, so a longer word wins its place.

    The words are plain letters (month names), so none needs escaping.
    """
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def month_names() -> frozenset[str]:
    """Return the month names of ``data/months.toml`` (languages other than English), lower case."""
    return frozenset(foreign_month_numbers())


@cache
def foreign_month_numbers() -> dict[str, int]:
    """Return the month names of languages other than English with their numbers (1-12).

    From ``data/months.toml``: each language's names in calendar order, and the
    other spellings (``[variants]``) with the number of the name they stand for.
    """
    table = toml_table("months.toml")
    numbers = {month: number for months in table["months"].values()
               for number, month in enumerate(months, start=1)}
    return numbers | {variant: numbers[name] for variant, name in table["variants"].items()}


def required_literals(pattern: str, *, ignore_case: bool = False) -> tuple[tuple[str, ...], ...]:
    r"""Return literal text that every match of ``pattern`` must contain.

    Each group in the result is a tuple of strings of which any match holds at
    least one ("sections?" needs "section"; "(could|might) be" needs "could" or
    "might", and "be"). A text that lacks every string of some group cannot
    match anywhere, so a cheap ``in`` test can spare a regex scan: data rules
    that open with a wildcard (``[^.\n]{1,200} contributed``) otherwise make
    ``re`` try a match at every position.

    Parameters
    ----------
    pattern : str
        A regular expression, as compiled without flags (or with
        ``re.IGNORECASE`` when ``ignore_case``).
    ignore_case : bool
        The pattern ignores case: the strings are lower-cased, to be looked for
        in lower-cased ASCII text (see :func:`may_match`); groups that would
        need a non-ASCII letter are left out, as Unicode case folding pairs
        some of them with ASCII letters ("ſ" with "s").

    Returns
    -------
    tuple of tuple of str
        The groups, most selective (longest shortest string, then fewest strings)
        first; empty when
        nothing can be said, e.g. for patterns with inline flags.
    """
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error:
        return ()
    if parsed.state.flags & ~(re.IGNORECASE | re.UNICODE):
        return ()  # inline flags (verbose, dot-all, …): read no further
    groups = {group for group in _sequence_requirements(parsed)
              if not ignore_case or all(s.isascii() for s in group)}
    if ignore_case:
        groups = {tuple(dict.fromkeys(s.lower() for s in group)) for group in groups}
    # (of groups as selective by that, the one of fewer strings first: "quot" before
    # "call", "ring", "mail", … of which any text holds one far more often)
    return tuple(sorted(groups, key=lambda group: (-min(map(len, group)), len(group), group)))


#: A character that must repeat ("\\.{5,}") is required at most this many times over:
#: longer strings of it tell little more.
MAX_REPEATED_LITERAL = 8


def _sequence_requirements(items: _parser.SubPattern) -> list[tuple[str, ...]]:
    """Return the groups of literals a match of the parsed sequence ``items`` must contain."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, argument in items:
        if op is _constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = argument
            if not add_flags and not del_flags:
                groups += _sequence_requirements(inner)
        elif op is _constants.ATOMIC_GROUP:
            groups += _sequence_requirements(argument)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT,
                    _constants.POSSESSIVE_REPEAT):
            low, _high, inner = argument
            if low >= 1 and len(inner) == 1 and inner[0][0] is _constants.LITERAL:
                # "\\.{5,}": the character as often as it must repeat
                groups.append((chr(inner[0][1]) * min(low, MAX_REPEATED_LITERAL),))
            elif low >= 1:
                groups += _sequence_requirements(inner)
        elif op is _constants.BRANCH:
            union: list[str] = []
            for alternative in argument[1]:
                best = max(_sequence_requirements(alternative),
                           key=lambda group: min(map(len, group)), default=None)
                if best is None:
                    break  # an alternative that needs no literal: the branch needs none
                union += best
            else:
                groups.append(tuple(dict.fromkeys(union)))
    if run:
        groups.append(("".join(run),))
    return groups


def may_match(requirements: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether ``text`` holds a string of every group of :func:`required_literals`.

    False means the pattern cannot match in ``text``; True says nothing.
    """
    contains = text.__contains__
    for group in requirements:
        if not any(map(contains, group)):
            return False
    return True


def opens_with_run(pattern: str) -> bool:
    r"""Whether ``pattern`` opens with a run of almost any character (``.{0,60}``, ``[^.\n]+``).

    Such a pattern costs ``re`` a try at every length of the run, even when
    anchored (``match``), where one that opens with a literal or a narrow
    class fails at the first character that does not fit. A run inside an opening
    group counts too, optional or not ("([^\n]{0,200}[.!?]\s+)?chart: …"), and one in
    a lookahead that opens the pattern.
    """
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return False
    return _opens_with_run(parsed)


def _opens_with_run(items: Any) -> bool:
    """Whether parsed ``items`` open with a repeat of a wide class, inside groups too."""
    if not len(items):
        return False
    op, argument = items[0]
    if op is _constants.SUBPATTERN:
        return _opens_with_run(argument[-1])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):  # "(?![^\n]{0,120}\bbut) …"
        return _opens_with_run(argument[1]) or _opens_with_run(items[1:])
    if op not in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        return False
    inner = argument[2]
    if not len(inner):
        return False
    first, first_argument = inner[0]
    if first is _constants.SUBPATTERN:
        return _opens_with_run(first_argument[-1])
    return first in (_constants.ANY, _constants.NOT_LITERAL) or (
        first is _constants.IN and bool(first_argument)
        and first_argument[0][0] is _constants.NEGATE)


#: The widest class of characters first_characters spells out; a wider one opens anywhere.
MAX_FIRST_CLASS = 64


def first_characters(pattern: str, *, ignore_case: bool = False) -> frozenset[str] | None:
    r"""Return the characters a match of ``pattern`` may open with, or None for any.

    Lower-cased when ``ignore_case`` (then look the text's first character up
    lower-cased). None when a match may open with the empty string or with a wide
    class (``\w``, ``[^.]``, ``.``), or the pattern is beyond this reading.

    Examples
    --------
    >>> sorted(first_characters(r"(an? |the )?(indictment|charges?)"))
    ['a', 'c', 'i', 't']
    >>> first_characters(r"[^.\n]{0,60} contributed") is None
    True
    """
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error:
        return None
    found = _sequence_first(list(parsed))
    if found is None or not found[1]:
        return None  # (a match may be empty: any character may open it)
    characters = found[0]
    return frozenset(c.lower() for c in characters) if ignore_case else frozenset(characters)


def _sequence_first(items: list) -> tuple[set[str], bool] | None:
    """Return the first characters of a sequence and whether it must hold one, or None."""
    characters: set[str] = set()
    for op, argument in items:
        found = _item_first(op, argument)
        if found is None:
            return None
        item_characters, required = found
        characters |= item_characters
        if required:
            return characters, True
    return characters, False


def _item_first(op: object, argument: object) -> tuple[set[str], bool] | None:
    """Return the first characters of one parsed item and whether it needs one, or None."""
    if op is _constants.LITERAL:
        return {chr(argument)}, True
    if op is _constants.IN:
        characters: set[str] = set()
        for kind, value in argument:
            if kind is _constants.LITERAL:
                characters.add(chr(value))
            elif kind is _constants.RANGE and value[1] - value[0] < MAX_FIRST_CLASS:
                characters.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is _constants.CATEGORY and value is _constants.CATEGORY_DIGIT:
                characters.update("0123456789")  # (ASCII digits: the rules read ASCII text)
            else:
                return None  # a negated or a category class: almost any character
        return characters, True
    if op is _constants.AT:
        return set(), False  # an anchor takes no character
    if op is _constants.SUBPATTERN:
        return _sequence_first(list(argument[3]))
    if op is _constants.BRANCH:
        characters, required = set(), True
        for branch in argument[1]:
            found = _sequence_first(list(branch))
            if found is None:
                return None
            characters |= found[0]
            required = required and found[1]
        return characters, required
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        found = _sequence_first(list(argument[2]))
        if found is None:
            return None
        return found[0], found[1] and argument[0] > 0
    return None


class GatedRules:
    """Regexes run only on texts that hold the literals every match of them holds.

    One look for the literals of all the rules (their most selective group of
    :func:`required_literals`) tells most texts apart from every rule at once;
    only the rules whose literals a text holds are then run on it. The look is
    a substring test per literal: faster than a regex alternation of them,
    which ``re`` tries at every character that may open one.

    Parameters
    ----------
    rules : list of (re.Pattern, tuple of tuple of str)
        Each rule with its ``required_literals``, which must not be empty.
    """

    __slots__ = ("gate", "rules")

    def __init__(self, rules: list[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]]) -> None:
        if any(not required for _, required in rules):
            raise ValueError("a gated rule needs required literals")
        self.rules = tuple(rules)
        literals = {s for _, required in rules for s in required[0]}
        # a text that holds "categori" holds "categor": the shorter one is enough
        self.gate = tuple(sorted(s for s in literals
                                 if not any(t != s and t in s for t in literals)))

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """Return the rules that may match in ``text`` (lower-cased as the literals were)."""
        if not any(map(text.__contains__, self.gate)):
            return []
        return [rule for rule, required in self.rules if may_match(required, text)]


#: A byte table for WordGate: ASCII letters, digits, "_" and "-" are kept, every
#: other byte (ASCII punctuation and space, and each byte of a non-ASCII character)
#: becomes a space.
_ASCII_RUN_BYTES = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) in "_-") else 32
    for byte in range(256))


class WordGate:
    r"""A cheap test that a text may hold one of some phrases as whole words.

    For phrases matched as ``(?<![\w-])phrase(?![\w-])`` with ``\s+`` between
    their words (as ``phrase_pattern`` and ``_verb_pattern`` compile them), case
    as given. A match starts where no ``[\w-]`` character precedes it, so in the
    text's UTF-8 bytes with every byte but ASCII ``[A-Za-z0-9_-]`` made a space
    (_ASCII_RUN_BYTES), the phrase's first run of such characters is a whole run
    there, and when its first word is all such characters, the next run is the
    first run of its second word. A phrase that opens with another character is
    looked for by its first character, and a phrase with a non-ASCII character
    only in a text that has one. No such run (or pair of runs) in the text: no
    match, and the costly scan (a look-behind at every position) is skipped.
    """

    __slots__ = ("always", "ascii_keys", "other_keys", "other_starts")

    def __init__(self, phrases: list[str] | tuple[str, ...]) -> None:
        keys: dict[bool, tuple[set[bytes], set[tuple[bytes, bytes]]]] = {
            True: (set(), set()), False: (set(), set())}
        others: set[str] = set()
        self.always = False  # a phrase that opens with ASCII punctuation: no gate
        for phrase in phrases:
            words = phrase.split()
            first = _leading_run(words[0])
            second = _leading_run(words[1]) if len(words) > 1 else b""
            runs, pairs = keys[phrase.isascii()]
            if not first:
                others.add(words[0][0])
                self.always = self.always or phrase.isascii()
            elif second and len(first) == len(words[0]):
                pairs.add((first, second))
            else:
                runs.add(first)
        self.ascii_keys = (frozenset(keys[True][0]), frozenset(keys[True][1]))
        self.other_keys = (frozenset(keys[False][0]), frozenset(keys[False][1]))
        self.other_starts = re.compile(
            "[" + "".join(re.escape(c) for c in sorted(others)) + "]") if others else None

    def may_match(self, text: str) -> bool:
        """Whether ``text`` may hold one of the phrases (False: it holds none)."""
        if self.always:
            return True
        runs = text.encode("utf-8", "surrogatepass").translate(_ASCII_RUN_BYTES).split()
        single, pairs = self.ascii_keys
        if not single.isdisjoint(runs) \
                or pairs and not pairs.isdisjoint(zip(runs, runs[1:], strict=False)):
            return True
        if text.isascii():
            return False  # the other phrases each have a character that is not ASCII
        single, pairs = self.other_keys
        return not single.isdisjoint(runs) \
            or bool(pairs) and not pairs.isdisjoint(zip(runs, runs[1:], strict=False)) \
            or self.other_starts is not None and self.other_starts.search(text) is not None


def _leading_run(word: str) -> bytes:
    """Return the ASCII ``[A-Za-z0-9_-]`` characters a word opens with, as bytes."""
    run = word.encode("utf-8", "surrogatepass").translate(_ASCII_RUN_BYTES)
    return run.split(b" ", 1)[0]
