"""Every real article in ../shared/corpus loads into tables that keep the contract.

The articles belong to their publishers and are never copied here; the tests
skip when ../shared is absent.
"""

from __future__ import annotations

import pytest

import analystkit as ak
from tests.conftest import CORPUS
from tests.contract import check_contract

ARTICLES = sorted((CORPUS / "articles").glob("*")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not ARTICLES, reason="../shared/corpus is not present")


@pytest.fixture(scope="module")
def loaded():
    cache = {}

    def load(name):
        if name not in cache:
            cache[name] = ak.load_article(CORPUS / "articles" / name)
        return cache[name]

    return load


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_loads_and_keeps_contract(path, loaded):
    article = loaded(path.name)
    check_contract(article)
    assert len(article.claims) > 0
    assert article.articles.loc[0, "language"] in ("en", "es")


def test_wikipedia_references_become_sources(loaded):
    for name, minimum in [("wikipedia_mozilla.html", 60), ("wikipedia_tsne.html", 10),
                          ("wikipedia_new_zealand.html", 300)]:
        article = loaded(name)
        assert len(article.sources) >= minimum, name
        assert article.sources["url"].notna().mean() > 0.6, name
        assert len(article.citations) >= minimum, name
    tsne = loaded("wikipedia_tsne.html").sources.set_index("source_id")
    assert tsne.loc[1, "title"] == "Visualizing Data Using t-SNE"
    assert tsne.loc[10, "outlet"] == "Distill"


def test_rfc_key_citations(loaded):
    article = loaded("ietf_remotestorage_draft.html")
    markers = set(article.sources["marker"])
    assert {"WORDS", "HTTPS", "CORS", "BEARER"} <= markers
    words = article.sources.set_index("marker").loc["WORDS"]
    assert words["title"].startswith("Key words for use in RFCs")
    assert len(article.citations) >= 15


def test_markdown_footnotes_and_front_matter(loaded):
    article = loaded("maggieappleton_xanadu_patterns_footnotes.md")
    assert article.sources["marker"].tolist() == ["1", "2", "3", "4", "5"]
    assert article.sources["n_claims"].tolist() == [1, 1, 1, 1, 1]
    row = article.articles.iloc[0]
    assert row["title"] == "The Pattern Language of Project Xanadu"
    assert row["outlet"] == "maggieappleton.com"
    assert row["published"].startswith("2024-05-24")
    assert "dangling_citation" not in set(article.audit()["check"])


def test_wire_datelines_and_front_furniture(loaded):
    article = loaded("reuters_airasia_search_2014.txt")
    row = article.articles.iloc[0]
    assert (row["outlet"], row["dateline"]) == ("Reuters", "JAKARTA")
    first = article.claims["text"].iloc[0]
    assert first.startswith("Countries around Asia on Tuesday")
    joined = " ".join(article.claims["text"])
    assert "1 of 4" not in joined and "Bollywood" not in joined
    assert "Additional reporting by" not in joined


def test_html_metadata(loaded):
    row = loaded("telegraph_zimbabwe_coup_mugabe_2017.html").articles.iloc[0]
    assert row["outlet"] == "The Telegraph"
    assert row["published"] == "2017-11-16"
    assert row["url"].startswith("http://www.telegraph.co.uk/news/2017/11/16/")
    nyt = loaded("nyt_us_lifts_sudan_sanctions_2017.html").articles.iloc[0]
    assert nyt["author"] == "Jeffrey Gettleman"
    assert nyt["dateline"] == "LONDON"


def test_spanish_article(loaded):
    article = loaded("ultimahora_infanta_anticorrupcion_es.txt")
    assert article.articles.loc[0, "language"] == "es"
    assert (article.figures["text"] == "227").any()
