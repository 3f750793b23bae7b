"""Widgets of analystkit.widgets, driven headlessly: set `.value`, read the rendered HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import analystkit as ak
from analystkit import widgets as aw
from analystkit._palette import MARK_COLORS

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"
STAKES = "The Stakes and the Shift"

EVIL_TEXT = """Officials may send 500 workers to the plant, reports say.

Officials may send <script>alert("x")</script> about 500 workers to the <b>plant</b> in 2025[1].

The plant employs 1,200 people, according to the company[2].

Sources:
[1] Evil <img src=x onerror=alert(1)>: "Title <script>x</script>"
[2] Daily Planet: "Plant news"
[3] Unused Outlet: "Nobody cites me"
"""


@pytest.fixture(scope="module")
def art():
    return ak.load_article(SEED)


@pytest.fixture(scope="module")
def evil():
    return ak.parse_article(EVIL_TEXT, article_id="evil")


class TwoArticles:
    """A Corpus-like object: the tables of several articles, and article lookup by id."""

    def __init__(self, *articles):
        self._articles = {a.article_id: a for a in articles}

    def __getattr__(self, name):
        if name in ("articles", "blocks", "claims", "citations", "figures", "sources", "tags"):
            return pd.concat([getattr(a, name) for a in self._articles.values()],
                             ignore_index=True)
        raise AttributeError(name)

    def __getitem__(self, article_id):
        return self._articles[article_id]

    def audit(self):
        return pd.concat([a.audit() for a in self._articles.values()], ignore_index=True)


def _ids(frame) -> list[int]:
    return [int(v) for v in frame["claim_id"]]


def _cards(html: str) -> list[str]:
    return re.findall(r'<div class="ak-claim".*?<div class="ak-cites"', html, flags=re.S)


def _shown_claims(html: str) -> list[str]:
    return re.findall(r"<b>(C\d+)</b>", html)


# -- claim explorer -------------------------------------------------------------
def test_explorer_starts_with_every_claim(art):
    explorer = aw.ClaimExplorer(art)
    assert len(explorer.matches()) == 14
    assert "14 of 14 claims" in explorer.result.value
    assert len(_cards(explorer.result.value)) == 14
    assert explorer.article.layout.display == "none"


def test_explorer_hedged_shows_exactly_the_four_hedged_claims(art):
    explorer = aw.ClaimExplorer(art)
    explorer.hedged.value = "hedged"
    assert _ids(explorer.matches()) == [1, 3, 12, 14]
    html = explorer.result.value
    assert "4 of 14 claims" in html
    assert _shown_claims(html) == ["C1", "C3", "C12", "C14"]
    marks = re.findall(r'<mark class="ak-hedge"[^>]*>([^<]+)</mark>', html)
    assert marks == ["may", "potentially", "rumored", "may", "may"]
    assert f"background:{MARK_COLORS['hedge']}" in html
    explorer.hedged.value = "asserted"
    assert _ids(explorer.matches()) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 13]


def test_explorer_section_filter(art):
    explorer = aw.ClaimExplorer(art)
    assert explorer.section.options[1:] == (
        ("(lead)", "(lead)"), ("Why North Korea's Hands are Needed",
                               "Why North Korea's Hands are Needed"), (STAKES, STAKES))
    explorer.section.value = STAKES
    assert _ids(explorer.matches()) == [10, 11, 12, 13, 14]
    explorer.section.value = "(lead)"
    assert _ids(explorer.matches()) == [1, 2, 3, 4, 5]


def test_explorer_source_filter_lists_claims_with_their_citations(art):
    explorer = aw.ClaimExplorer(art)
    explorer.source.value = 5
    assert _ids(explorer.matches()) == [5]
    html = explorer.result.value
    assert "cites [1] The Guardian · [2] Japan Today · [3] The Verge · [4] The Diplomat · " \
           "[5] National Interest" in html
    explorer.source.value = 1
    assert _ids(explorer.matches()) == [5, 7, 8, 9, 12]
    explorer.source.value = aw.UNCITED
    assert _ids(explorer.matches()) == [1, 2, 3, 4, 6, 10, 11]
    assert explorer.result.value.count("cites no source") == 7


def test_explorer_search_highlights_the_text(art):
    explorer = aw.ClaimExplorer(art)
    explorer.search.value = "kursk"
    assert _ids(explorer.matches()) == [9]
    assert re.search(r'<mark class="ak-search"[^>]*>Kursk</mark>', explorer.result.value)
    explorer.search.value = "  Tandem "  # bullet lead-in, any case, padded
    assert _ids(explorer.matches()) == [13]


def test_explorer_filters_combine_and_report_no_match(art):
    explorer = aw.ClaimExplorer(art)
    explorer.hedged.value = "hedged"
    explorer.source.value = 3
    assert _ids(explorer.matches()) == [14]
    explorer.section.value = "(lead)"
    assert explorer.matches().empty
    assert "No claim matches these filters." in explorer.result.value
    assert "0 of 14 claims" in explorer.result.value


def test_explorer_max_claims(art):
    explorer = aw.ClaimExplorer(art, max_claims=3)
    assert len(_cards(explorer.result.value)) == 3
    assert "… and 11 more" in explorer.result.value


# -- figure selector ------------------------------------------------------------
def test_figure_selector_shows_up_to_25000_highlighted_in_its_sentence(art):
    selector = aw.FigureSelector(art)
    selector.figure.value = 1
    html = selector.result.value
    mark = f'<mark class="ak-figure" style="background:{MARK_COLORS["figure"]}">up to 25,000</mark>'
    assert f"Russia may potentially recruit {mark} North Korean workers to produce drones" in html
    assert "North Korean workers" in html and "C1 (hedged)" in html
    assert "qualifier differs: &#x27;up to&#x27; ×2, no qualifier ×2" in html
    assert re.findall(r"<li>(F\d+)", html) == ["F2", "F3", "F8"]


def test_figure_selector_every_figure_is_marked_in_context(art):
    selector = aw.FigureSelector(art)
    assert [v for _, v in selector.figure.options] == list(range(1, 9))
    for label, value in selector.figure.options:
        selector.figure.value = value
        sentence, start, end = selector.sentence()
        fig = art.figures.set_index("figure_id").loc[value]
        assert sentence[start:end] == fig["text"], label
        assert f">{fig['text']}</mark>" in selector.result.value


def test_figure_selector_outside_claims_and_unique_numbers(art):
    selector = aw.FigureSelector(art)
    selector.figure.value = 8  # in the source list: a window of the block, cut with "…"
    sentence, start, end = selector.sentence()
    assert sentence.startswith('Sources:- [1] The Guardian: "What does Putin gain')
    assert sentence.endswith("…") and len(sentence) < 260
    assert "sources (outside claims)" in selector.result.value
    selector.figure.value = 6
    assert "The number appears nowhere else." in selector.result.value
    assert "11,000" in selector.result.value


def test_figure_selector_from_bare_tables(art):
    selector = aw.FigureSelector(art.tables())
    selector.figure.value = 3
    assert re.search(r'<mark class="ak-figure"[^>]*>up to 25,000</mark> workers',
                     selector.result.value)


# -- source picker --------------------------------------------------------------
def test_source_picker_source_5_lists_the_one_claim_citing_it(art):
    picker = aw.SourcePicker(art)
    picker.source.value = 5
    assert _ids(picker.claims()) == [5]
    html = picker.result.value
    assert _shown_claims(html) == ["C5"]
    assert "[5] National Interest" in html
    assert "“Why Russia is looking to North Korea for military support”" in html
    assert "cited by 1 claim<" in html


def test_source_picker_marks_claims_resting_on_the_source_alone(art):
    picker = aw.SourcePicker(art)
    picker.source.value = 1
    assert _ids(picker.claims()) == [5, 7, 8, 9, 12]
    html = picker.result.value
    assert "cited by 5 claims; 1 rests on it alone" in html
    cards = _cards(html)
    assert ["only source" in c for c in cards] == [False, False, False, False, True]
    picker.source.value = 3
    assert _ids(picker.claims()) == [5, 8, 9, 14]


def test_source_picker_unused_source(evil):
    picker = aw.SourcePicker(evil)
    picker.source.value = 3
    assert picker.claims().empty
    assert "No claim cites this source." in picker.result.value


# -- audit browser --------------------------------------------------------------
def test_audit_browser(art):
    browser = aw.AuditBrowser(art)
    assert "16 findings" in browser.result.value
    browser.check.value = "uncited_claim"
    assert len(browser.findings()) == 7
    assert _shown_claims(browser.result.value) == ["C1", "C2", "C3", "C4", "C6", "C10", "C11"]
    browser.check.value = "repeated_text"
    assert browser.result.value.count("repeats block 2") == 3
    assert "block 4: “Russia may potentially recruit" in browser.result.value


# -- escaping -------------------------------------------------------------------
def _assert_escaped(html: str) -> None:
    assert "<script" not in html and "<img" not in html and "<b>plant" not in html


def test_article_text_is_escaped_in_every_widget(evil):
    explorer = aw.ClaimExplorer(evil)
    explorer.search.value = "<script>"
    assert _ids(explorer.matches()) == [2]
    html = explorer.result.value
    _assert_escaped(html)
    assert '<mark class="ak-search" style="background:#FFF176">&lt;script&gt;</mark>alert' in html
    assert "&lt;b&gt;plant&lt;/b&gt;" in html
    assert "Evil &lt;img src=x onerror=alert(1)&gt;" in html

    picker = aw.SourcePicker(evil)
    picker.source.value = 1
    _assert_escaped(picker.result.value)
    assert "“Title &lt;script&gt;x&lt;/script&gt;”" in picker.result.value

    selector = aw.FigureSelector(evil)
    for _, value in selector.figure.options:
        selector.figure.value = value
        _assert_escaped(selector.result.value)
    assert any("&lt;script&gt;" in _render(selector, v) for _, v in selector.figure.options)

    browser = aw.AuditBrowser(evil)
    _assert_escaped(browser.result.value)
    assert "&lt;script&gt;" in browser.result.value


def _render(selector, value) -> str:
    selector.figure.value = value
    return selector.result.value


def test_source_links_only_for_web_urls(art):
    tables = art.tables()
    tables["sources"] = tables["sources"].assign(
        url=["https://example.org/a?b=1&c=2", "javascript:alert(1)", pd.NA, pd.NA, pd.NA])
    picker = aw.SourcePicker(tables)
    assert 'href="https://example.org/a?b=1&amp;c=2"' in picker.result.value
    picker.source.value = 2
    assert "href" not in picker.result.value and "javascript" not in picker.result.value


# -- many articles --------------------------------------------------------------
def test_widgets_accept_a_corpus_like_object(art, evil):
    corpus = TwoArticles(art, evil)
    explorer = aw.ClaimExplorer(corpus)
    assert explorer.article.layout.display is None
    assert len(explorer.matches()) == 14 + 3
    explorer.source.value = (art.article_id, 5)
    assert _ids(explorer.matches()) == [5]
    assert f"{art.article_id}·C5" in explorer.result.value
    explorer.source.value = aw.ALL
    explorer.article.value = "evil"
    explorer.hedged.value = "hedged"
    assert _ids(explorer.matches()) == [1, 2]

    selector = aw.FigureSelector(corpus)
    selector.figure.value = ("evil", 2)
    assert re.search(r'<mark class="ak-figure"[^>]*>about 500</mark>', selector.result.value)
    assert "<li>F1 “500” in evil·C1 (hedged), counting workers</li>" in selector.result.value
    selector.figure.value = (art.article_id, 1)
    assert re.search(r'<mark class="ak-figure"[^>]*>up to 25,000</mark>', selector.result.value)

    picker = aw.SourcePicker(corpus)
    picker.source.value = ("evil", 2)
    assert _ids(picker.claims()) == [3]
    picker.source.value = (art.article_id, 5)
    assert _ids(picker.claims()) == [5]

    browser = aw.AuditBrowser(corpus)
    browser.check.value = "unused_source"
    assert len(browser.findings()) == 1
    assert "[3] Unused Outlet" in browser.result.value


def test_widgets_on_an_article_without_numbers_or_sources():
    bare = ak.parse_article("The committee met again.\n\nIt agreed on nothing.\n",
                            article_id="bare")
    selector = aw.FigureSelector(bare)
    assert selector.figure.value == aw.ALL and selector.selected() is None
    assert "mentions no numbers" in selector.result.value
    picker = aw.SourcePicker(bare)
    assert picker.claims().empty and "lists no sources" in picker.result.value
    explorer = aw.ClaimExplorer(bare)
    assert explorer.source.options == (("(any source or none)", aw.ALL),
                                       ("(cites no source)", aw.UNCITED))
    assert len(explorer.matches()) == len(bare.claims)
