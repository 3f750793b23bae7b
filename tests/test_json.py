"""JSON article records (.json): the shapes scrapers, readers and news APIs save.

The records are written here, after the field names each tool documents; the
article in them is illustrative, written for these tests.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import analystkit as ak
from analystkit.errors import DocumentReadError, EmptyArticleError, NotTextError
from analystkit.structure import normalised_words

PARAGRAPHS = [
    "Flooding closed 14 schools in the county on Monday, officials said.",
    "About 2,300 homes lost power, according to the utility, Northgrid.",
    '"We expect most roads to reopen by Wednesday," said Maria Lopez, the county\'s '
    "emergency manager.",
]
TITLE = "Floods close schools"
HTML_BODY = "<div><p>" + "</p><p>".join(PARAGRAPHS) + "</p></div>"

#: Each tool's record of the same article, and the ``articles`` fields it gives.
RECORDS = {
    "readability": (
        {"title": TITLE, "byline": "By Ann Lee and Bo Kim", "dir": None, "lang": "en",
         "content": HTML_BODY, "textContent": " ".join(PARAGRAPHS), "length": 240,
         "excerpt": PARAGRAPHS[0], "siteName": "The Valley Courier",
         "publishedTime": "2025-03-03T08:00:00Z"},
        {"author": "Ann Lee; Bo Kim", "outlet": "The Valley Courier",
         "published": "2025-03-03T08:00:00Z"}),
    "trafilatura": (
        {"title": TITLE, "author": "Ann Lee; Bo Kim", "hostname": "valleycourier.example",
         "date": "2025-03-03", "categories": "", "tags": "floods,schools",
         "text": "\n".join(PARAGRAPHS), "raw_text": " ".join(PARAGRAPHS), "language": "en"},
        {"author": "Ann Lee; Bo Kim", "outlet": "valleycourier.example",
         "published": "2025-03-03"}),
    "guardian_content_api": (
        {"response": {"status": "ok", "total": 1, "content": {
            "id": "uk-news/2025/mar/03/floods", "sectionName": "UK news",
            "webPublicationDate": "2025-03-03T08:00:00Z", "webTitle": TITLE,
            "webUrl": "https://www.example.org/uk-news/floods",
            "fields": {"byline": "Ann Lee", "body": HTML_BODY,
                       "bodyText": " ".join(PARAGRAPHS)}}}},
        {"author": "Ann Lee", "url": "https://www.example.org/uk-news/floods",
         "published": "2025-03-03T08:00:00Z"}),
    "schema_org_json_ld": (
        {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": "Floods", "text": "Navigation"},
            {"@type": "NewsArticle", "headline": TITLE, "articleBody": "\n\n".join(PARAGRAPHS),
             "author": [{"@type": "Person", "name": "Ann Lee"},
                        {"@type": "Person", "name": "Bo Kim"}],
             "publisher": {"@type": "Organization", "name": "The Valley Courier"},
             "datePublished": "2025-03-03", "keywords": ["floods", "schools"]}]},
        {"author": "Ann Lee; Bo Kim", "outlet": "The Valley Courier",
         "published": "2025-03-03"}),
    "firecrawl": (
        {"success": True, "data": {
            "markdown": f"# {TITLE}\n\n" + "\n\n".join(PARAGRAPHS),
            "metadata": {"title": TITLE, "sourceURL": "https://www.example.org/floods",
                         "ogSiteName": "The Valley Courier", "language": "en",
                         "statusCode": 200}}},
        {"url": "https://www.example.org/floods", "outlet": "The Valley Courier"}),
    "paragraph_objects": (
        {"headline": {"main": TITLE}, "byline": {"original": "By Ann Lee"},
         "pub_date": 1741000000, "body": [{"type": "paragraph", "text": p} for p in PARAGRAPHS]},
        {"author": "Ann Lee", "published": "2025-03-03T11:06:40+00:00"}),
}


@pytest.mark.parametrize("tool", sorted(RECORDS))
def test_each_tools_record_gives_the_same_article(tool):
    record, expected = RECORDS[tool]
    art = ak.parse_article(json.dumps(record), tool, fmt="json")
    row = art.articles.iloc[0]
    assert row["format"] == "json"
    assert row["title"] == row["headline"] == TITLE
    assert row["language"] == "en"
    for column in ("author", "outlet", "url", "published"):
        assert (row.get(column) if column in expected else None) == expected.get(column) \
            or (column not in expected and row.isna().get(column, True)), column
    # the title is the headline over the body, and each paragraph is a claim
    assert art.claims["text"].tolist() == [TITLE, *PARAGRAPHS]
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph", "paragraph"]
    assert art.figures["value"].tolist() == [14, 2300]
    assert art.claims.loc[art.claims["text"] == PARAGRAPHS[2], "attribution"].tolist() \
        == ["Maria Lopez"]


def test_tags_from_the_records_keywords():
    record, _ = RECORDS["schema_org_json_ld"]
    art = ak.parse_article(json.dumps(record), "ld", fmt="json")
    assert art.tags["tag"].tolist() == ["floods", "schools"]


def test_a_body_in_markdown_keeps_its_headings_and_lists():
    record = {"title": TITLE, "markdown": "\n\n".join(PARAGRAPHS[:2])
              + "\n\n## Closures\n\n- Schools shut: 14\n- Roads shut: 9"}
    art = ak.parse_article(json.dumps(record), "md", fmt="json")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph", "heading",
                                           "bullet", "bullet"]


def test_a_plain_body_with_one_paragraph_a_line_keeps_its_paragraphs():
    record = {"title": TITLE, "text": "\n".join(PARAGRAPHS)}
    art = ak.parse_article(json.dumps(record), "lines", fmt="json")
    assert len(art.blocks) == 1 + len(PARAGRAPHS)


def test_a_body_that_opens_with_its_title_is_not_given_it_twice():
    record = {"title": TITLE, "text": f"{TITLE}\n\n" + "\n\n".join(PARAGRAPHS)}
    art = ak.parse_article(json.dumps(record), "titled", fmt="json")
    assert art.claims["text"].tolist() == [TITLE, *PARAGRAPHS]


def test_an_html_body_is_read_as_a_page_and_its_markup_kept_out():
    hostile = (HTML_BODY + "<script>alert('x')</script><style>p{}</style>"
               "<p onclick=\"steal()\">The council met 3 times.</p>")
    record = {"title": "Q&A: why <schools> closed", "content": hostile}
    art = ak.parse_article(json.dumps(record), "hostile", fmt="json")
    assert "alert" not in art.text and "steal" not in art.text and "{" not in art.text
    # the title is text: written over the page escaped, it reads as it was given
    assert art.articles.iloc[0]["headline"] == "Q&A: why <schools> closed"
    assert art.claims["text"].tolist()[-1] == "The council met 3 times."


def test_a_list_saved_as_its_printed_form_gives_its_names():
    record = {"title": TITLE, "authors": "['Ann Lee', 'Bo Kim']", "text": PARAGRAPHS[0]}
    art = ak.parse_article(json.dumps(record), "printed", fmt="json")
    assert art.articles.iloc[0]["author"] == "Ann Lee; Bo Kim"


def test_read_from_a_file_from_bytes_and_in_utf16(tmp_path):
    record, _ = RECORDS["trafilatura"]
    path = tmp_path / "Flood report.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-16")
    from_file = ak.load_article(path)
    from_bytes = ak.parse_article(json.dumps(record).encode(), "Flood_report", fmt="json")
    assert from_file.article_id == "Flood_report"
    assert from_file.claims.drop(columns="article_id").equals(
        from_bytes.claims.drop(columns="article_id"))


def test_a_folder_of_records_loads_as_a_corpus(tmp_path):
    for tool in ("trafilatura", "firecrawl"):
        (tmp_path / f"{tool}.json").write_text(json.dumps(RECORDS[tool][0]))
    (tmp_path / "manifest.json").write_text(json.dumps({"files": 2, "tool": "crawler"}))
    with pytest.warns(UserWarning, match="1 of 3 inputs could not be read"):
        corpus = ak.load_corpus(tmp_path, progress=False)
    assert corpus.ids == ["firecrawl", "trafilatura"]
    assert corpus.errors["error"].tolist() == ["DocumentReadError"]
    assert "manifest.json" in corpus.errors.iloc[0]["path"]
    assert "no article text found" in corpus.errors.iloc[0]["message"]


@pytest.mark.parametrize(("content", "error", "words"), [
    ('{"title": "x", "text": ', DocumentReadError, "not valid JSON: Expecting value at line 1"),
    ('{"text": "one"}\n{"text": "two"}', DocumentReadError, "several JSON objects"),
    ('[{"text": "one"}, {"text": "two"}]', DocumentReadError, "holds 2 articles"),
    ('{"title": "x", "summary": "y", "url": "z"}', DocumentReadError,
     "no article text found: no field such as articleBody, text, body or content (the record "
     "holds summary, title, url)"),
    ('{"title": "x", "text": "  "}', EmptyArticleError, "the article's text ('text') is empty"),
    ('{"articles": [{"title": "x", "content": "Rain fell on Monday, officials '
     'said\\u2026 [+2310 chars]"}]}', DocumentReadError, "cut short"),
    ('"just a string"', DocumentReadError, "holds a JSON str, not an article record"),
    ('{"title": "x", "text": 456}', DocumentReadError,
     "the article's text field 'text' holds a number, not text"),
    ("[" * 100_000, DocumentReadError, "nested too deeply"),
    ('{"@type": "Person", "name": "Ann Lee", "description": "A reporter"}', DocumentReadError,
     "no article text found"),
])
def test_records_that_hold_no_article_raise_a_clear_error(tmp_path, content, error, words):
    path = tmp_path / "record.json"
    path.write_text(content)
    with pytest.raises(error) as caught:
        ak.load_article(path)
    assert str(path) in str(caught.value) and words in str(caught.value)


def test_binary_data_named_json_is_no_text(tmp_path):
    path = tmp_path / "record.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(NotTextError, match="record.json"):
        ak.load_article(path)


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_SENTENCES = st.lists(_WORDS, min_size=3, max_size=12).map(
    lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=40, deadline=None)
@given(title=st.lists(_WORDS, min_size=2, max_size=6).map(" ".join),
       paragraphs=st.lists(_SENTENCES, min_size=1, max_size=5))
def test_a_record_reads_as_its_title_over_its_text(title, paragraphs):
    """A plain record gives the tables of the same article as a text file."""
    assume(normalised_words(title) != normalised_words(paragraphs[0]))
    body = "\n\n".join(paragraphs)
    record = ak.parse_article(json.dumps({"title": title, "text": body}), "a", fmt="json")
    text = ak.parse_article(f"{title}\n\n{body}", "a")
    assert record.claims.equals(text.claims)
    assert record.blocks.equals(text.blocks)


def test_newspaper4k_records_give_the_tables_of_their_text(corpus_dir):
    """newspaper4k's saved records of five articles, against the text it extracted."""
    records = sorted((corpus_dir / "peer" / "newspaper4k_metadata").glob("*.json"))
    assert len(records) == 5
    for path in records:
        record = ak.load_article(path)
        text = ak.load_article(corpus_dir / "articles" / f"{path.stem}.txt")
        title = json.loads(path.read_text())["title"]
        # the record's title becomes the headline over the same text
        assert record.claims["text"].tolist()[0] == title
        assert record.claims["text"].tolist()[1:] == text.claims["text"].tolist()
        assert record.figures["value"].tolist() == text.figures["value"].tolist()
    gates = ak.load_article(records[0]).articles.iloc[0]
    assert (gates["author"], gates["outlet"], gates["published"], gates["language"]) == (
        "Eric Bradner", "CNN", "2016-12-18T00:00:00", "en")
