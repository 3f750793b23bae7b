"""Derived readings of analystkit.insights, the highlighter and the notebook helper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import analystkit as ak
from analystkit import insights
from analystkit.highlight import mark_spans, phrase_spans
from analystkit.notebook import find_repo_file, repo_root

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"


@pytest.fixture(scope="module")
def art():
    return ak.load_article(SEED)


def test_claim_overview_joins_citations(art):
    overview = insights.claim_overview(art)
    assert list(overview["section"][:5]) == [insights.LEAD] * 5
    assert overview.set_index("claim_id").loc[7, "sources"] == "[1] [2] [4]"
    assert int(overview["cited"].sum()) == 7


def test_block_roles_add_up(art):
    roles = insights.block_composition(art, by="role").set_index("role")
    assert roles["blocks"].sum() == len(art.blocks)
    assert roles.loc["repetition", "blocks"] == 3
    assert roles.loc["padding", "blocks"] == 7
    reasons = insights.set_aside(art).set_index("block_id")["reason"]
    assert reasons[4] == "repeats block 2"
    assert reasons[22] == "about the article, not about the world"
    assert 8 not in reasons.index  # a paragraph with claims is not set aside


def test_figure_repeats_and_agreement(art):
    repeats = insights.figure_repeats(art).set_index("value")
    row = repeats.loc["25,000"]
    assert row["mentions"] == 4 and row["places"] == "C1, title, C3, sources"
    assert bool(row["same_thing"]) and not bool(row["agree"])
    assert row["verdict"] == "qualifier differs: 'up to' ×2, no qualifier ×2"
    assert repeats.loc["2", "verdict"] == "different things (nations / fronts)"
    assert insights.figure_conflicts(art).empty


def test_source_support(art):
    support = insights.source_support(art).set_index("source_id")
    assert list(support["n_claims"]) == [5, 5, 4, 4, 1]
    assert list(support["sole"]) == [1, 0, 1, 0, 0]
    assert support.loc[5, "claim_ids"] == "5"


def test_modality_and_hedge_led_claims(art):
    assert list(insights.hedge_led_claims(art)["claim_id"]) == [1, 3, 12, 14]
    sure = ak.parse_article("Officials will certainly send troops, though they may wait.\n",
                            article_id="sure")
    row = insights.modality(sure).iloc[0]
    assert row["boosters"] == "certainly" and row["hedge_cues"] == "may"
    assert row["strongest"] == "booster"
    assert insights.hedge_led_claims(sure).empty


def test_analyst_summary(art):
    lines = insights.analyst_summary(art).splitlines()
    assert lines[0].startswith("Russia may potentially recruit up to 25,000")
    assert ("- 7 of 14 claims cite no source, although the article lists 5 sources: "
            "C1, C2, C3, C4, C6, C10, C11.") in lines
    assert "- 2 claims rest on a single source: C12 on [1]; C14 on [3]." in lines
    assert "- The headline claim (C1) is hedged and uncited." in lines
    assert "- The headline (block 2) is repeated 3 times (blocks 4, 5, 7)." in lines
    assert ("- The number 25,000 appears 4 times (C1, title, C3, sources): qualifier differs: "
            "'up to' ×2, no qualifier ×2.") in lines
    assert insights.analyst_summary(art.tables()) == "\n".join(lines)


def test_summary_of_an_article_without_sources():
    text = ("The council approved the budget on Monday.\n\n"
            "Teachers in the district will get a raise next year.\n\n"
            "The mayor said the park would reopen in spring.\n")
    plain = ak.parse_article(text, article_id="plain")
    lines = insights.analyst_summary(plain).splitlines()
    assert f"- None of the {len(plain.claims)} claims cites a source." in lines


def test_formatting_helpers():
    assert insights.format_value(25000.0) == "25,000"
    assert insights.format_value(2024.0, kind="year") == "2024"
    assert insights.format_value(1988.0, 2006.0, "year") == "1988–2006"
    assert insights.format_value(1.5) == "1.5"
    assert insights.source_label("1", None, 1, "A long title about drones") == \
        "[1] A long title about drones"
    assert insights.source_label(None, None, 2) == "[2] (no outlet)"
    assert insights.shorten("one two three four", 10) == "one two…"


def test_mark_spans_escapes_and_resolves_overlaps():
    text = "<b>may</b> & might"
    spans = phrase_spans(text, ["may", "might"], "hedge") + [(0, 6, "search")]
    html = mark_spans(text, spans)
    assert html.startswith("&lt;b&gt;<mark class=\"ak-hedge\"")
    assert "&amp;" in html and "<b>" not in html
    assert html.count("<mark") == 2  # the overlapping search span is dropped
    assert phrase_spans("mayor may", ["may"], "hedge") == [(6, 9, "hedge")]


def test_find_repo_file_is_relative_to_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("text")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert find_repo_file("seeds/a.txt") == Path("..") / "seeds" / "a.txt"
    assert repo_root() == tmp_path.resolve()
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        find_repo_file("seeds/missing.txt")
    monkeypatch.chdir(tmp_path.parent)
    with pytest.raises(FileNotFoundError, match="pyproject.toml"):
        repo_root(os.sep)
