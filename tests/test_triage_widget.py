"""The triage widget, driven headlessly: set control values, click buttons, read the store."""

from __future__ import annotations

import html
import re

import pytest

import analystkit as ak
from analystkit.triage import open_store
from analystkit.triage_widget import FILTERS, TriageWidget, _link

pytest.importorskip("ipywidgets")

HOSTILE = """Officials <script>alert(1)</script> say the harbour will reopen in May

The port authority said 40 ships <img src=x onerror=alert(2)> were waiting outside on Monday[1]. \
A spokesperson called the report <a href="javascript:alert(3)">javascript:alert(3)</a> false[1][2].

Sources:
- [1] Harbour Times: "<img src=x onerror=alert(4)> Ships wait as port stays shut"
- [2] The Ledger: "Union <script>alert(5)</script> warns of strike" https://example.org/l?a=1&b=2
"""


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "verdicts.sqlite") as s:
        yield s


@pytest.fixture()
def triage(seed, store):
    return TriageWidget(seed, store, reviewer="ann")


def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_starts_on_the_first_claim_with_counts_in_the_filter(triage, seed):
    claims = seed.claims
    labels = dict((value, label) for label, value in triage.filter.options)
    assert list(labels) == list(FILTERS)
    assert labels["all"] == f"All claims ({len(claims)})"
    assert labels["uncited"] == f"Uncited ({int((claims['n_sources'] == 0).sum())})"
    assert labels["hedged"] == f"Hedged ({int(claims['hedged'].sum())})"
    assert labels["single-source"] == f"Single source ({int((claims['n_sources'] == 1).sum())})"
    assert triage.claim_id == 1
    assert triage.prev_button.disabled and not triage.next_button.disabled
    assert f"Claim 1 of {len(claims)}" in triage.position.value
    assert triage.verdict.value == "unreviewed" and triage.note.value == ""
    first = claims["text"].iloc[0]
    assert f'<mark class="ak-claim" style="background:#FBDFA0">{first}</mark>' in \
        triage.claim_view.value


def test_buttons_step_through_claims(triage, seed):
    triage.next_button.click()
    triage.next_button.click()
    assert triage.claim_id == int(seed.claims["claim_id"].iloc[2])
    triage.prev_button.click()
    assert triage.claim_id == int(seed.claims["claim_id"].iloc[1])
    for _ in range(len(seed.claims) + 3):
        triage.next_button.click()
    assert triage.claim_id == int(seed.claims["claim_id"].iloc[-1])
    assert triage.next_button.disabled


@pytest.mark.parametrize(("name", "test"), [
    ("uncited", lambda c: c["n_sources"] == 0),
    ("hedged", lambda c: c["hedged"]),
    ("single-source", lambda c: c["n_sources"] == 1),
])
def test_filters_select_the_right_claims(triage, seed, name, test):
    triage.filter.value = name
    expected = [int(c) for c in seed.claims.loc[test(seed.claims), "claim_id"]]
    assert [int(c) for c in triage.selection["claim_id"]] == expected
    seen = []
    for _ in expected:
        seen.append(triage.claim_id)
        triage.next_button.click()
    assert seen == expected


def test_context_citations_and_figures_are_shown(triage, seed):
    sectioned = seed.claims[seed.claims["section"].notna() & (seed.claims["n_figures"] > 0)]
    claim = sectioned.sort_values("n_sources", ascending=False).iloc[0]
    claim_id = int(claim["claim_id"])
    triage.goto(claim_id)
    block = seed.blocks[seed.blocks["block_id"] == claim["block_id"]].iloc[0]
    shown = visible_text(triage.claim_view.value)
    assert seed.text[claim["start"]:claim["end"]] in shown  # the sentence as printed
    assert claim["section"] in shown and claim["label"] in shown
    assert block["text"].split("[")[0][:40] in shown  # the surrounding paragraph
    evidence = visible_text(triage.evidence_view.value)
    for sid in seed.citations.loc[seed.citations["claim_id"] == claim_id, "source_id"]:
        outlet = seed.sources.loc[seed.sources["source_id"] == sid, "outlet"].item()
        assert outlet in evidence
    for text in seed.figures.loc[seed.figures["claim_id"] == claim_id, "text"]:
        assert text in evidence
    triage.goto(2)
    assert "cites no source" in visible_text(triage.evidence_view.value)


def test_save_records_verdict_note_reviewer_and_advances(triage, seed, store):
    triage.filter.value = "hedged"
    first = triage.claim_id
    triage.verdict.value = "needs source"
    triage.note.value = "  ask the ministry  "
    triage.save_button.click()
    row = store.current_row(seed, first)
    assert (row["verdict"], row["note"], row["reviewer"]) == ("needs source",
                                                             "ask the ministry", "ann")
    assert "Saved" in triage.status.value and f"claim {first}" in triage.status.value
    assert triage.claim_id != first  # moved on to the next hedged claim
    assert triage.verdict.value == "unreviewed"
    labels = dict((value, label) for label, value in triage.filter.options)
    assert labels["unreviewed"] == f"Not yet reviewed ({len(seed.claims) - 1})"
    assert triage.filter.value == "hedged"
    # coming back shows the saved verdict and note
    triage.prev_button.click()
    assert triage.claim_id == first
    assert (triage.verdict.value, triage.note.value) == ("needs source", "ask the ministry")
    assert "by ann" in triage.position.value


def test_save_without_advance_and_a_changed_reviewer(triage, seed, store):
    triage.auto_advance.value = False
    triage.goto(5)
    triage.reviewer.value = "bob"
    triage.verdict.value = "supported"
    triage.save_button.click()
    triage.verdict.value = "disputed"
    triage.save_button.click()
    assert triage.claim_id == 5
    assert list(store.history(seed)["verdict"]) == ["supported", "disputed"]
    assert set(store.history(seed)["reviewer"]) == {"bob"}


def test_withdrawn_verdict_note_is_shown_not_reloaded(triage, seed, store):
    store.record(seed, 2, "false", note="wrong year", reviewer="x")
    store.record(seed, 2, "unreviewed", note="<b>ask</b> the desk", reviewer="x")
    triage.goto(2)
    assert triage.verdict.value == "unreviewed" and triage.note.value == ""
    assert "(&lt;b&gt;ask&lt;/b&gt; the desk)" in triage.position.value


def test_unreviewed_filter_skips_claims_with_verdicts(seed, store):
    store.record(seed, 1, "opinion", reviewer="x")
    store.record(seed, 2, "supported", reviewer="x")
    store.record(seed, 2, "unreviewed", reviewer="x")  # withdrawn again
    triage = TriageWidget(seed, store, filter="unreviewed")
    ids = [int(c) for c in triage.selection["claim_id"]]
    assert 1 not in ids and 2 in ids and len(ids) == len(seed.claims) - 1


def test_a_widget_reopened_on_the_same_store_shows_saved_verdicts(seed, tmp_path):
    path = tmp_path / "v.sqlite"
    first = TriageWidget(seed, path, reviewer="ann")
    first.verdict.value = "false"
    first.save_button.click()
    first.store.close()
    again = TriageWidget(ak.load_article(seed.path), str(path))
    assert again.claim_id == 1 and again.verdict.value == "false"


def test_filter_with_no_claims_disables_saving(store):
    art = ak.parse_article("The council approved the budget on Monday.\n\nIt has 12 members.",
                           article_id="plain")
    triage = TriageWidget(art, store, filter="hedged")
    assert triage.claim_id is None
    assert "No claims match" in triage.position.value
    assert triage.save_button.disabled and triage.prev_button.disabled
    assert triage.save() is None
    assert store.history().empty


def test_save_errors_are_shown_not_raised(triage, store):
    store.close()
    triage.save_button.click()
    assert "Not saved" in triage.status.value and "closed" in triage.status.value


def test_unknown_filter_and_claim_are_clear_errors(seed, store):
    with pytest.raises(ak.AnalystkitError, match="unknown triage filter"):
        TriageWidget(seed, store, filter="spicy")
    triage = TriageWidget(seed, store, filter="hedged")
    with pytest.raises(ak.AnalystkitError, match="has no claim 999"):
        triage.goto(999)
    triage.goto(2)  # not hedged: the filter widens to all claims
    assert triage.filter.value == "all" and triage.claim_id == 2


def test_widget_displays_as_an_ipywidget(triage):
    bundle = triage._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "analystkit-triage" in triage.widget._dom_classes


# -- hostile content -------------------------------------------------------------------
def all_html(triage: TriageWidget) -> str:
    return "".join(w.value for w in (triage.position, triage.claim_view,
                                     triage.evidence_view, triage.status))


def test_hostile_article_text_is_escaped_everywhere(store):
    art = ak.parse_article(HOSTILE, article_id="hostile")
    assert art.claims["text"].str.contains("<script>").any()
    assert art.sources["title"].str.contains("<img").any()
    triage = TriageWidget(art, store, reviewer="<script>alert(6)</script>")
    for _ in range(len(art.claims)):
        triage.verdict.value = "false"
        triage.note.value = "<img src=x onerror=alert(7)>"
        triage.save_button.click()
        markup = all_html(triage).lower()
        assert "<script" not in markup and "<img" not in markup
        assert 'href="javascript' not in markup
        assert not re.search(r"<[^>]*\son\w+\s*=", markup)  # no event handler attributes
    triage.goto(1)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in triage.claim_view.value
    cites = int(art.citations.groupby("claim_id").size().idxmax())
    triage.goto(cites)
    assert "&lt;img src=x onerror=alert(4)&gt;" in triage.evidence_view.value
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in triage.evidence_view.value


def test_only_http_links_become_anchors(store):
    assert _link("https://example.org/a?b=1&c=2", "x") == (
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" '
        'rel="noopener noreferrer">x</a>')
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>",
                'https://x.org/"><script>alert(1)</script>'):
        markup = _link(bad, "x")
        assert "<script" not in markup and 'href="javascript' not in markup.lower()
    assert _link("javascript:alert(1)", "x") == "x <code>javascript:alert(1)</code>"
    # a javascript: URL in the sources table is shown as text, never as a link
    art = ak.parse_article(HOSTILE, article_id="hostile2")
    sources = art.sources
    sources.loc[sources.index[0], "url"] = "javascript:alert(8)"
    triage = TriageWidget(art, store)
    triage.goto(int(art.citations["claim_id"].iloc[0]))
    assert "<code>javascript:alert(8)</code>" in triage.evidence_view.value
    assert "href=\"javascript" not in triage.evidence_view.value
