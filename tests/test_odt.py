"""OpenDocument text (.odt): packages built here as LibreOffice writes them."""

from __future__ import annotations

import io
import zipfile

import pytest

import analystkit as ak
from analystkit.errors import DocumentReadError, EmptyArticleError, NotTextError
from analystkit.odttext import ODT_MEDIA_TYPE, odt_to_text

_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"')

_STYLES = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    '<style:style style:name="P2" style:family="paragraph" '
    'style:parent-style-name="Subtitle"/>'
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/>'
    '</text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1"/>'
    '</text:list-style>')

_META = ('<office:meta><dc:title>Harbour reopens</dc:title>'
         '<meta:initial-creator>Ana Lee</meta:initial-creator>'
         '<meta:creation-date>2025-03-14T09:30:00</meta:creation-date>'
         '<dc:language>en-GB</dc:language></office:meta>')


def make_odt(body: str, *, meta: str = _META, media_type: str = ODT_MEDIA_TYPE,
             content: str | None = None) -> bytes:
    """Return the bytes of an OpenDocument package with ``body`` as its text."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", media_type, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content if content is not None else (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES}>'
            f"<office:automatic-styles>{_STYLES}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>"))
        package.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                                     f"<office:document-meta {_NAMESPACES}>{meta}"
                                     "</office:document-meta>")
    return buffer.getvalue()


STORY = (
    '<text:p text:style-name="P1">Harbour reopens after storm</text:p>'
    '<text:p text:style-name="P2">Ferries return on Monday</text:p>'
    "<text:p>The harbour reopened on Monday after a storm closed it for 3 days, "
    "officials said.<text:note text:note-class=\"footnote\"><text:note-citation>1"
    "</text:note-citation><text:note-body><text:p>Port authority statement, 3 March 2025."
    "</text:p></text:note-body></text:note></text:p>"
    '<text:h text:outline-level="1">Damage</text:h>'
    "<text:p>Repairs will cost<text:s/>about £2 million,<text:tab/>the council said."
    "<office:annotation><text:p>check this figure</text:p></office:annotation></text:p>"
    '<text:list text:style-name="L1"><text:list-item><text:p>Ferries run hourly.</text:p>'
    "</text:list-item><text:list-item><text:p>Cargo resumes on Friday.</text:p>"
    "</text:list-item></text:list>"
    '<table:table><table:table-header-rows><table:table-row>'
    "<table:table-cell><text:p>Berth</text:p></table:table-cell>"
    "<table:table-cell><text:p>Ships</text:p></table:table-cell></table:table-row>"
    "</table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>North</text:p></table:table-cell>"
    "<table:table-cell><text:p>1,200</text:p></table:table-cell></table:table-row>"
    "</table:table>"
    '<text:table-of-content><text:index-body><text:p>Damage 2</text:p></text:index-body>'
    "</text:table-of-content>")


def test_an_odt_story_reads_as_light_markdown_with_its_metadata():
    text, meta = odt_to_text(make_odt(STORY), "story.odt")
    assert text == (
        "# Harbour reopens after storm\n\n*Ferries return on Monday*\n\n"
        "The harbour reopened on Monday after a storm closed it for 3 days, officials "
        "said.[1]\n\n## Damage\n\nRepairs will cost about £2 million, the council said.\n\n"
        "- Ferries run hourly.\n- Cargo resumes on Friday.\n\n"
        "| Berth | Ships |\n|---|---|\n| North | 1,200 |\n\n"
        "## Notes\n\n[1] Port authority statement, 3 March 2025.")
    assert meta == {"title": "Harbour reopens", "author": "Ana Lee",
                    "published": "2025-03-14", "language": "en-GB"}


def test_an_odt_file_gives_the_tables_of_any_article(tmp_path):
    path = tmp_path / "harbour.odt"
    path.write_bytes(make_odt(STORY))
    art = ak.load_article(path)
    row = art.articles.iloc[0]
    assert (row["format"], row["title"], row["headline"], row["author"], row["published"]) == (
        "odt", "Harbour reopens", "Harbour reopens after storm", "Ana Lee", "2025-03-14")
    assert art.claims["attribution"].dropna().tolist() == ["officials", "council"]
    figures = art.figures[["text", "unit", "subject"]].astype(object).where(
        art.figures[["text", "unit", "subject"]].notna(), None).values.tolist()
    assert ["about £2 million", "GBP", "Repairs"] in figures
    assert ["1,200", None, "Ships (North)"] in figures
    assert art.sources["title"].tolist() == ["Port authority statement, 3 March 2025"]
    assert art.citations["source_id"].tolist() == [1]
    # a folder scan finds .odt files, and the same bytes parse as fmt="odt"
    assert ak.load_corpus(tmp_path, progress=False).articles["article_id"].tolist() == \
        ["harbour"]
    assert ak.parse_article(make_odt(STORY), fmt="odt").claims["text"].tolist() == \
        art.claims["text"].tolist()


def test_a_numbered_list_is_numbered():
    text, _ = odt_to_text(make_odt(
        "<text:p>Steps:</text:p>"
        '<text:list text:style-name="L2"><text:list-item><text:p>Close the gate.</text:p>'
        "</text:list-item><text:list-item><text:p>Call the port.</text:p></text:list-item>"
        "</text:list>"), "steps.odt")
    assert text == "Steps:\n\n1. Close the gate.\n1. Call the port."


@pytest.mark.parametrize(("data", "error", "message"), [
    (b"plain text, not a package", NotTextError, "not an OpenDocument text"),
    (make_odt("<text:p>x</text:p>",
              media_type="application/vnd.oasis.opendocument.spreadsheet"),
     NotTextError, "a spreadsheet"),
    (make_odt("", content="<office:document-content"), DocumentReadError, "damaged"),
    (make_odt("<text:p>   </text:p>"), EmptyArticleError, "holds no text"),
    (make_odt("<text:p>x</text:p>")[:60], DocumentReadError, "damaged or truncated"),
])
def test_bad_odt_files_raise_clear_errors_naming_the_file(data, error, message, tmp_path):
    path = tmp_path / "bad.odt"
    path.write_bytes(data)
    with pytest.raises(error) as raised:
        ak.load_article(path)
    assert str(path) in str(raised.value) and message in str(raised.value)


def test_entities_in_an_odt_are_not_expanded():
    hostile = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "{"x" * 50}">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
               f"<office:document-content {_NAMESPACES}><office:body><office:text>"
               "<text:p>Storm &b; hits the coast, officials said.</text:p>"
               "</office:text></office:body></office:document-content>")
    text, _ = odt_to_text(make_odt("", content=hostile), "hostile.odt")
    assert "x" * 50 not in text and "officials said" in text


def test_a_notes_linked_title_keeps_its_address():
    body = ("<text:p>The harbour reopened on Monday, officials said.<text:note "
            "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
            "<text:note-body><text:p>Port authority, <text:a xlink:type=\"simple\" "
            "xlink:href=\"https://port.example/statement\">Reopening statement</text:a>"
            "</text:p></text:note-body></text:note></text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES} '
               'xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:text>'
               f"{body}</office:text></office:body></office:document-content>")
    text, _ = odt_to_text(make_odt("", content=content), "linked.odt")
    assert text.endswith("[1] Port authority, Reopening statement https://port.example/statement")
