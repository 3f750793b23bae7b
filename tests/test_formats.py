"""Word (.docx) and PDF articles read into the same tables as text.

The documents are written by the tests themselves: Word files with python-docx,
PDFs with fpdf2. No binary fixture is kept in the repository.
"""

from __future__ import annotations

import datetime
import io
import logging
import re
import zipfile

import pandas as pd
import pytest

import analystkit as ak
from analystkit import cli, errors
from analystkit.pdftext import (
    Line,
    drop_running_lines,
    join_hyphenated,
    join_lines,
    mark_bulletless_items,
    pdf_to_text,
    raise_note_markers,
)

HEADLINE = "Reservoir levels fall to a ten-year low"
LEAD = ("The regional water authority said on Tuesday that reservoir levels had fallen to "
        "41 percent of capacity, the lowest reading in ten years.")
QUOTE = ('"We are asking every household to cut its use by a fifth," said Dana Moyo, '
         "the authority's director.")
FARMS = ("Farmers in the valley lost 1,200 hectares of crops this year, according to the "
         "agriculture ministry [1].")
BULLETS = ("Rationing starts on Monday in three districts", "Car washes must close until October")
SOURCES = ('Ministry of Agriculture: "Crop report 2025"',
           'Regional Water Authority: "Reservoir bulletin, June"')
#: The same article as Markdown, as an analyst might have saved it.
MARKDOWN = "\n\n".join([
    f"# {HEADLINE}", LEAD, QUOTE, "## What happens next", FARMS,
    "\n".join(f"- {item}" for item in BULLETS), "## Sources",
    "\n".join(f"{n}. {entry}" for n, entry in enumerate(SOURCES, start=1)),
]) + "\n"
CREATED = datetime.datetime(2025, 6, 3, 9, 30, tzinfo=datetime.UTC)

# -- writing the documents ----------------------------------------------------------


def write_docx(path, *, footnote: bool = False):
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Reservoir levels fall"
    doc.core_properties.author = "Ann Lee"
    doc.core_properties.created = CREATED
    doc.add_paragraph(HEADLINE, style="Title")
    doc.add_paragraph(LEAD)
    doc.add_paragraph(QUOTE)
    doc.add_heading("What happens next", level=1)
    if footnote:
        farms = doc.add_paragraph(FARMS.removesuffix(" [1]."))
        _add_footnote(doc, farms, 'Ministry of Agriculture, "Crop report 2025", 2 June 2025.')
        farms.add_run(".")
    else:
        doc.add_paragraph(FARMS)
    for item in BULLETS:
        doc.add_paragraph(item, style="List Bullet")
    if not footnote:
        doc.add_heading("Sources", level=1)
        for entry in SOURCES:
            doc.add_paragraph(entry, style="List Number")
    doc.save(path)
    return path


def _add_footnote(doc, paragraph, text: str) -> None:
    """Call footnote 1 at the end of ``paragraph`` and add the footnotes part holding it."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    paragraph.add_run()._r.append(reference)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    blob = (f'<w:footnotes xmlns:w="{w}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
            f"<w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>"
            "</w:footnotes>").encode()
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, blob, doc.part.package)
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


#: Page 1 of the PDF: lines as printed, hard-wrapped, one hyphenated at its end.
PAGE_1 = [
    ("head", HEADLINE),
    ("gap", ""),
    ("body", "The regional water authority said on Tuesday that reservoir levels had fallen"),
    ("body", "to 41 percent of capacity, the lowest reading in ten years, and that the gov-"),
    ("body", "ernment would consider its well-known emergency plan before the end of the"),
    ("body", "month."),
    ("gap", ""),
    ("body", QUOTE),
    ("gap", ""),
    ("body", "Farmers in the valley lost 1,200 hectares of crops this year, according to the"),
    ("body", "agriculture ministry, and officials in the region expect that the losses of the"),
]
#: Page 2: the paragraph goes on mid-sentence, then a heading and one more paragraph.
PAGE_2 = [
    ("body", "coming months will be far larger than those of the last drought."),
    ("gap", ""),
    ("heading", "What happens next"),
    ("gap", ""),
    ("body", "Rationing will start in three districts on Monday, the authority said, and"),
    ("body", "car washes must close until the reservoirs recover."),
]
RUNNING_HEADER = "Ministry of Water - Press Office"


def write_pdf(path, pages=(PAGE_1, PAGE_2), *, encrypt: str | None = None):
    from fpdf import FPDF

    class Release(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 9)
            self.cell(0, 8, RUNNING_HEADER, align="C")
            self.ln(14)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Release()
    pdf.set_title("Reservoir levels fall")
    pdf.set_author("Ann Lee")
    pdf.set_creation_date(CREATED)
    pdf.set_auto_page_break(False)
    styles = {"head": ("B", 18, 10), "heading": ("B", 14, 8), "body": ("", 11, 6),
              "gap": ("", 11, 5)}
    for lines in pages:
        pdf.add_page()
        for kind, text in lines:
            weight, size, height = styles[kind]
            pdf.set_font("Helvetica", weight, size)
            pdf.cell(0, height, text)
            pdf.ln(height)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    pdf.output(str(path))
    return path


def write_two_column_pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Drought deepens across the southern valleys and coastal plains")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y()
    left = ("Farmers in the valley lost 1,200 hectares of crops this year, according to "
            "the agriculture ministry, and officials expect more losses before the rains "
            "return in October. The ministry said 300 wells had run dry since March and "
            "that tankers now supply 14 villages every week.")
    right = ("The water authority said reservoir levels had fallen to 41 percent of "
             "capacity, the lowest reading in ten years. Rationing will start in three "
             "districts on Monday, and car washes must close until the reservoirs recover "
             "to at least 60 percent of their capacity.")
    pdf.set_xy(10, top)
    pdf.multi_cell(90, 5, left)
    pdf.set_xy(110, top)
    pdf.multi_cell(90, 5, right)
    pdf.output(str(path))
    return path, left, right


def _port_paragraph(n: int) -> str:
    return (f"The port authority said cargo volumes at berth {n} fell by {n + 4} percent in the "
            f"third quarter, as shipping lines diverted vessels around the Cape, and the union "
            f"warned that {100 + n} temporary contracts would not be renewed.")


def _wrapped(*paragraphs: str, width: int = 80) -> list[str]:
    """The paragraphs' lines as printed, a blank line between paragraphs."""
    import textwrap

    lines: list[str] = []
    for paragraph in paragraphs:
        lines += ([""] if lines else []) + textwrap.wrap(paragraph, width)
    return lines


def write_browser_pdf(path, pages: list[list[str]], *, header: bool = True):
    """Pages as a browser prints a web page: the date and the page's title over the body,
    tight above it, and the page's address and "n/N" at the foot."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        if header:
            pdf.text(10, 8, "11/26/26, 4:29 PM")
            pdf.text(120, 8, "Port volumes slump | Coastal Ledger")
        pdf.text(10, 290, "file:///home/reader/port.html")
        pdf.text(190, 290, f"{number}/{len(pages)}")
        y = 14
        for line in lines:
            bold = line == BROWSER_HEADLINE
            pdf.set_font("Helvetica", "B" if bold else "", 16 if bold else 11)
            pdf.text(12, y, line)
            y += 8 if bold else 5
    pdf.output(str(path))
    return path


BROWSER_HEADLINE = "Port volumes slump as ships avoid the canal"
#: Two columns, a "Page n" footer in the gutter and a header over both columns.
SAHEL_ITEMS = ("Food rations cut by half in 3 camps", "Water trucking extended to 40 villages",
               "School feeding suspended in Tahoua")
SAHEL_SOURCES = ("1. Regional Food Agency, Harvest Assessment, October 2024, Bamako.",
                 "2. UN World Food Programme, Sahel Situation Report No. 14.")


def _sahel_paragraph(town: str, n: int) -> str:
    return (f"In {town}, cereal output fell by {n} percent compared with the five-year "
            f"average, the regional food agency said in its assessment. Farmers said the "
            f"rains arrived late and stopped early, leaving the fields parched.")


def write_browser_columns_pdf(path):
    """Two pages in two columns, as a browser prints CSS columns.

    Page 1: two paragraphs, a heading and a list whose bullets are drawn (no
    text), then a paragraph that breaks mid-sentence into the right column.
    Page 2: a paragraph in each column, one with a superscript note number on
    a row of its own, and a source list across the page below the columns.
    """
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)

    def place(x, y, lines):
        for line in lines:
            pdf.text(x, y, line)
            y += 5
        return y

    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(80, 10, "Sahel Monitor - Special Report")
        pdf.text(100, 287, f"Page {number}")
        if number == 1:
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(15, 25, "Drought deepens across the Sahel")
            pdf.set_font("Helvetica", "", 10)
            y = place(15, 35, _wrapped(_sahel_paragraph("Gao", 20), _sahel_paragraph("Mopti", 21),
                                       width=44) + ["", "Aid groups stretched", ""])
            y = place(25, y, SAHEL_ITEMS) + 5
            broken = _wrapped(_sahel_paragraph("Tahoua", 22), width=44)
            place(15, y, broken[:2])
            place(110, 35, broken[2:] + [""] + _wrapped(_sahel_paragraph("Agadez", 23), width=44))
            continue
        pdf.set_font("Helvetica", "", 10)
        y = place(15, 20, ["In Kayes, cereal output fell by 24 percent",
                           "compared with the five-year average, the"])
        head = "agency said in its assessment."
        pdf.text(15, y, head)
        width = pdf.get_string_width(head)
        pdf.set_font("Helvetica", "", 6)
        pdf.text(15 + width + 0.4, y - 2.2, "1")  # a superscript, a little above the line
        pdf.set_font("Helvetica", "", 10)
        pdf.text(15 + width + 2.2, y, "Farmers said the")
        place(15, y + 5, ["rains arrived late and stopped early."])
        place(110, 20, _wrapped(_sahel_paragraph("Zinder", 25), width=44))
        place(15, 50, ["Sources", "", *SAHEL_SOURCES])
    pdf.output(str(path))
    return path


# -- Word ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def docx_article(tmp_path_factory):
    return ak.load_article(write_docx(tmp_path_factory.mktemp("docx") / "release.docx"))


def test_docx_gives_the_tables_of_its_text(docx_article):
    art = docx_article
    assert art.claims["text"].tolist() == [
        HEADLINE, LEAD, QUOTE,
        "Farmers in the valley lost 1,200 hectares of crops this year, according to the "
        "agriculture ministry.",
        *BULLETS,
    ]
    quote = art.claims.set_index("text").loc[QUOTE]
    assert quote["attribution"] == "Dana Moyo"
    crops = art.figures[art.figures["text"] == "1,200 hectares"].iloc[0]
    assert (crops["value"], crops["unit"], crops["subject"]) == (1200.0, "ha", "crops")
    assert art.sources[["source_id", "outlet", "title"]].values.tolist() == [
        [1, "Ministry of Agriculture", "Crop report 2025"],
        [2, "Regional Water Authority", "Reservoir bulletin, June"],
    ]
    assert art.citations["source_id"].tolist() == [1]
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph", "heading",
                                           "paragraph", "bullet", "bullet", "sources"]
    row = art.articles.iloc[0]
    assert (row["format"], row["title"], row["headline"], row["author"], row["published"]) == (
        "docx", "Reservoir levels fall", HEADLINE, "Ann Lee", "2025-06-03")
    assert pd.isna(row["encoding"])


def test_docx_reads_like_the_same_article_in_markdown(docx_article, tmp_path):
    path = tmp_path / "release.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    markdown = ak.load_article(path)
    assert docx_article.claims["text"].tolist() == markdown.claims["text"].tolist()
    assert docx_article.figures["text"].tolist() == markdown.figures["text"].tolist()
    assert docx_article.sources["title"].tolist() == markdown.sources["title"].tolist()


def test_docx_footnotes_become_sources_and_citations(tmp_path):
    art = ak.load_article(write_docx(tmp_path / "noted.docx", footnote=True))
    assert "agriculture ministry[1]." in art.text
    assert art.text.endswith('## Notes\n\n[1] Ministry of Agriculture, "Crop report 2025", '
                             "2 June 2025.")
    assert art.sources[["source_id", "marker"]].values.tolist() == [[1, "1"]]
    cited = art.claims.loc[art.claims["n_sources"] == 1, "text"].tolist()
    assert cited == ["Farmers in the valley lost 1,200 hectares of crops this year, according "
                     "to the agriculture ministry."]


def test_docx_subtitle_is_the_dek_not_the_title(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Wheat prices hit two-year high", style="Title")
    doc.add_paragraph("Drought in key exporters tightens supply", style="Subtitle")
    doc.add_paragraph("Wheat futures rose 6 percent on Monday, traders said.")
    doc.save(tmp_path / "wheat.docx")
    art = ak.load_article(tmp_path / "wheat.docx")
    assert art.blocks[["kind", "text"]].values.tolist() == [
        ["headline", "# Wheat prices hit two-year high"],
        ["dek", "*Drought in key exporters tightens supply*"],
        ["paragraph", "Wheat futures rose 6 percent on Monday, traders said."]]
    row = art.articles.iloc[0]
    assert row["title"] == row["headline"] == "Wheat prices hit two-year high"


def test_docx_made_without_properties_has_no_template_author(tmp_path):
    import docx

    doc = docx.Document()  # python-docx's template says author "python-docx", 2013-12-23
    doc.add_paragraph("The council approved 40 new homes on Tuesday.")
    doc.save(tmp_path / "plain.docx")
    row = ak.load_article(tmp_path / "plain.docx").articles.iloc[0]
    assert pd.isna(row["author"]) and pd.isna(row["published"])


# -- PDF ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_article(tmp_path_factory):
    return ak.load_article(write_pdf(tmp_path_factory.mktemp("pdf") / "release.pdf"))


def test_pdf_lines_are_joined_into_paragraphs(pdf_article):
    art = pdf_article
    assert art.blocks[["kind", "text"]].values.tolist() == [
        ["headline", HEADLINE],
        ["paragraph", "The regional water authority said on Tuesday that reservoir levels had "
                      "fallen to 41 percent of capacity, the lowest reading in ten years, and "
                      "that the government would consider its well-known emergency plan before "
                      "the end of the month."],
        ["paragraph", QUOTE],
        ["paragraph", "Farmers in the valley lost 1,200 hectares of crops this year, according "
                      "to the agriculture ministry, and officials in the region expect that the "
                      "losses of the coming months will be far larger than those of the last "
                      "drought."],
        ["heading", "What happens next"],
        ["paragraph", "Rationing will start in three districts on Monday, the authority said, "
                      "and car washes must close until the reservoirs recover."],
    ]


def test_pdf_drops_running_header_and_page_numbers(pdf_article):
    assert RUNNING_HEADER not in pdf_article.text
    assert "Page 1" not in pdf_article.text and "Page 2" not in pdf_article.text
    assert not pdf_article.blocks["text"].str.fullmatch(r"\d+").any()


def test_pdf_gives_claims_figures_speakers_and_metadata(pdf_article):
    art = pdf_article
    claims = art.claims.set_index("text")
    assert claims.loc[QUOTE, "attribution"] == "Dana Moyo"
    share = art.figures[art.figures["text"] == "41 percent"].iloc[0]
    assert (share["value"], share["unit"], share["subject"]) == (41.0, "%", "capacity")
    crops = art.figures[art.figures["text"] == "1,200 hectares"].iloc[0]
    assert (crops["value"], crops["subject"]) == (1200.0, "crops")
    row = art.articles.iloc[0]
    assert (row["format"], row["title"], row["headline"], row["author"], row["published"]) == (
        "pdf", "Reservoir levels fall", HEADLINE, "Ann Lee", "2025-06-03")
    assert art.blocks.loc[4, "kind"] == "heading"
    assert art.claims["section"].tolist()[-1] == "What happens next"


def test_pdf_two_columns_are_read_one_after_the_other(tmp_path):
    path, left, right = write_two_column_pdf(tmp_path / "columns.pdf")
    art = ak.load_article(path)
    assert art.blocks["text"].tolist() == [
        "Drought deepens across the southern valleys and coastal plains", left, right]


def test_pdf_browser_header_tight_above_the_body_is_dropped(tmp_path):
    # a browser prints the date and the page title over every page with no gap
    # below; a paragraph breaks across each page break mid-sentence
    paragraphs = [_port_paragraph(n) for n in range(1, 7)]
    lines = [BROWSER_HEADLINE, "", *_wrapped(*paragraphs)]
    assert lines[12].startswith("warned") and lines[23].startswith("quarter")
    art = ak.load_article(write_browser_pdf(tmp_path / "port.pdf",
                                            [lines[:12], lines[12:23], lines[23:]]))
    assert art.blocks[["kind", "text"]].values.tolist() == [
        ["headline", BROWSER_HEADLINE], *(["paragraph", p] for p in paragraphs)]
    assert "Coastal Ledger" not in art.text and "file:" not in art.text
    assert art.articles.loc[0, "headline"] == BROWSER_HEADLINE


def test_pdf_pages_opening_alike_keep_their_first_lines(tmp_path):
    # every page opens tight at the top with a paragraph worded like the others,
    # digits aside: that is body, not a running header
    paragraphs = [_port_paragraph(n) for n in range(1, 7)]
    pages = [_wrapped(*paragraphs[i:i + 2]) for i in (0, 2, 4)]
    path = write_browser_pdf(tmp_path / "alike.pdf", pages, header=False)
    assert pdf_to_text(path.read_bytes(), "alike")[0].split("\n\n") == paragraphs


def test_pdf_browser_columns_footer_list_notes_and_sources(tmp_path):
    art = ak.load_article(write_browser_columns_pdf(tmp_path / "sahel.pdf"))
    assert art.blocks[["kind", "text"]].values.tolist() == [
        ["headline", "Drought deepens across the Sahel"],
        ["paragraph", _sahel_paragraph("Gao", 20)],
        ["paragraph", _sahel_paragraph("Mopti", 21)],
        ["heading", "Aid groups stretched"],
        *(["bullet", f"- {item}"] for item in SAHEL_ITEMS),
        ["paragraph", _sahel_paragraph("Tahoua", 22)],  # broken across the columns
        ["paragraph", _sahel_paragraph("Agadez", 23)],
        ["paragraph", "In Kayes, cereal output fell by 24 percent compared with the five-year "
                      "average, the agency said in its assessment.1 Farmers said the rains "
                      "arrived late and stopped early."],
        ["paragraph", _sahel_paragraph("Zinder", 25)],
        ["sources", "\n\n".join(["Sources", *SAHEL_SOURCES])],
    ]
    assert "Page" not in art.text and "Sahel Monitor" not in art.text
    cited = art.claims.loc[art.claims["n_sources"] == 1, "text"].tolist()
    assert cited == ["In Kayes, cereal output fell by 24 percent compared with the five-year "
                     "average, the agency said in its assessment."]
    assert art.claims["attribution"].dropna().isin(
        ["regional food agency", "agency", "Farmers"]).all()


def test_bulletless_items_and_note_markers_rules():
    def texts(lines):
        return [line.text for line in mark_bulletless_items(lines)]

    body = [Line("A paragraph of body text that runs the full width", 0),
            Line("of its column, on three lines at the column's", 0),
            Line("usual indent.", 0), Line("")]
    items = [Line("Rents rose in 12 cities", 8), Line("Wages stalled for a third year", 8)]
    assert texts(body + items)[4:] == ["- Rents rose in 12 cities",
                                       "- Wages stalled for a third year"]
    # one indented line is a first-line indent; indented sentences or a quotation
    # that wraps on a lower-case line stay as they are
    assert texts(body + items[:1])[4:] == ["Rents rose in 12 cities"]
    sentences = [Line("Rents rose in 12 cities.", 8), Line("Wages stalled again.", 8)]
    assert texts(body + sentences)[4:] == ["Rents rose in 12 cities.", "Wages stalled again."]
    quote = [Line("We will not cut the rations", 8), Line("before the harvest is in", 8)]
    assert texts(body + quote)[4:] == ["We will not cut the rations", "before the harvest is in"]
    # a superscript on a row of its own goes back after its word
    assert raise_note_markers(["                1", "its assessment.   Farmers said"]) == [
        "its assessment.1 Farmers said"]
    # a number over text, a long number or a number with nothing after it stays
    assert raise_note_markers(["    7", "the rains arrived late"]) == [
        "    7", "the rains arrived late"]
    assert raise_note_markers(["              2024", "its assessment.       Farmers"]) == [
        "              2024", "its assessment.       Farmers"]
    assert raise_note_markers(["        12", "Total:"]) == ["        12", "Total:"]


def test_pdf_bytes_and_docx_bytes_with_fmt(tmp_path, pdf_article, docx_article):
    pdf = ak.parse_article(write_pdf(tmp_path / "r.pdf").read_bytes(), "r", fmt="pdf")
    assert pdf.claims["text"].tolist() == pdf_article.claims["text"].tolist()
    word = ak.parse_article(write_docx(tmp_path / "r.docx").read_bytes(), "r", fmt="docx")
    assert word.claims["text"].tolist() == docx_article.claims["text"].tolist()
    assert word.articles["format"].tolist() == ["docx"]
    with pytest.raises(errors.UnsupportedFormatError, match="r: a pdf document is read from"):
        ak.parse_article("some text", "r", fmt="pdf")


def test_join_hyphenated_rule():
    words = {"cost-effective"}
    assert join_hyphenated("the gov-", "ernment said", set()) == "the government said"
    assert join_hyphenated("a well-", "known plan", set()) == "a well-known plan"
    assert join_hyphenated("a self-", "funded body", set()) == "a self-funded body"
    assert join_hyphenated("a cost-", "effective plan", words) == "a cost-effective plan"
    assert join_hyphenated("anti-", "Western views", set()) == "anti-Western views"
    assert join_hyphenated("COVID-", "19 cases", set()) == "COVID-19 cases"
    # the limit: a compound broken at its own hyphen, printed nowhere else, loses it
    assert join_hyphenated("a cost-", "effective plan", set()) == "a costeffective plan"


def test_join_lines_rules():
    lines = [Line("A first paragraph that runs the full width of the", 0, True),
             Line("column and ends here.", 0, False),
             Line("A second paragraph starts without a gap and runs", 0, True),
             Line("on to its end.", 0, False),
             Line("- a bullet", 0, False), Line("- another bullet", 0, False),
             Line(""), Line("Short heading", 0, False),
             Line("Text under it.", 0, False)]
    assert join_lines(lines) == [
        "A first paragraph that runs the full width of the column and ends here.",
        "A second paragraph starts without a gap and runs on to its end.",
        "- a bullet", "- another bullet", "Short heading", "Text under it."]


def test_running_lines_need_most_pages():
    def page(first: str, last: str) -> list[Line]:
        return [Line(first), Line(""), Line("Body text of the page."), Line("More body."),
                Line(""), Line(last)]

    pages = [page("Annual report 2025", "7"), page("Annual report 2025", "8"),
             page("Chapter one", "9")]
    kept = drop_running_lines(pages)
    body = ["Body text of the page.", "More body."]
    assert [[line.text for line in p if line.text] for p in kept] == [
        body, body, ["Chapter one", *body]]
    # a first line that runs on into the body is body, however alike the pages start
    runs_on = [[Line(f"Section {n} opens with the same words"), Line("and goes on here."),
                Line(""), Line(str(n))] for n in (1, 2)]
    assert [[line.text for line in p if line.text] for p in drop_running_lines(runs_on)] == [
        ["Section 1 opens with the same words", "and goes on here."],
        ["Section 2 opens with the same words", "and goes on here."]]
    # a browser's header repeats word for word, tight above the body: dropped,
    # where a line only alike digits aside is kept
    tight = [[Line("11/26/26, 4:29 PM Port volumes slump"), Line(f"Body {n} of the page."),
              Line("goes on."), Line(""), Line(f"{n}/3")] for n in (1, 2, 3)]
    assert [[line.text for line in p if line.text] for p in drop_running_lines(tight)] == [
        [f"Body {n} of the page.", "goes on."] for n in (1, 2, 3)]
    # on a full page the address and page counter sit tight under the body too
    full = [[Line(f"Body text of page {n}"), Line("goes on."),
             Line(f"file:///home/reader/report13.html {n}/3")] for n in (1, 2, 3)]
    assert [[line.text for line in p if line.text] for p in drop_running_lines(full)] == [
        [f"Body text of page {n}", "goes on."] for n in (1, 2, 3)]
    # a short page's one body line is near both edges: body, though it repeats
    short = [[Line("Annual report 2025"), Line(""), Line("One line."), Line(""), Line("7")]]
    assert [line.text for line in drop_running_lines(short * 2)[0] if line.text] == [
        "One line."]


def test_pypdf_warnings_stay_quiet(tmp_path, caplog):
    data = write_pdf(tmp_path / "r.pdf").read_bytes()
    # a wrong cross-reference offset: pypdf repairs it and logs a warning
    broken = re.sub(rb"startxref\s+\d+", b"startxref\n12", data)
    path = tmp_path / "repaired.pdf"
    path.write_bytes(broken)
    with caplog.at_level(logging.WARNING):
        art = ak.load_article(path)
    assert HEADLINE in art.text
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert logging.getLogger("pypdf").level == logging.NOTSET


# -- bad documents ---------------------------------------------------------------------


def _zip(**members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 160, style="F")  # a page that is all picture, no text
    return bytes(pdf.output())


def test_a_word_table_is_read_cell_by_cell(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Grain prices rose in May, the ministry said.")
    table = doc.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Crop", "2024", "2025"), ("Wheat | durum", "41", "44"),
                                        ("Maize ($m)", "12", "")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.add_paragraph("Exports will resume in June, officials said.")
    path = tmp_path / "grain.docx"
    doc.save(path)
    art = ak.load_article(path)
    assert "| Crop | 2024 | 2025 |\n| Wheat \\| durum | 41 | 44 |\n| Maize ($m) | 12 |  |" \
        in art.text
    figures = art.figures[["text", "value", "unit", "subject"]].astype(object)
    assert [tuple(None if v != v else v for v in row)
            for row in figures.itertuples(index=False)] == [
        ("41", 41.0, None, "Wheat | durum (2024)"),
        ("44", 44.0, None, "Wheat | durum (2025)"),
        ("12", 12e6, "USD", "Maize (2024)")]
    assert art.claims["text"].tolist() == ["Grain prices rose in May, the ministry said.",
                                           "Exports will resume in June, officials said."]


def _blank_docx(*, table: bool = False) -> bytes:
    import docx

    buffer = io.BytesIO()
    doc = docx.Document()
    if table:
        doc.add_table(rows=1, cols=2).rows[0].cells[0].text = "Wheat rose 6 percent."
    doc.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "make", "error", "says"), [
    ("cut.docx", lambda tmp: write_docx(tmp / "w.docx").read_bytes()[:2000],
     errors.DocumentReadError, "damaged or truncated"),
    ("archive.docx", lambda tmp: _zip(**{"notes.txt": "hello"}),
     errors.DocumentReadError, "not a Word document"),
    ("text.docx", lambda tmp: b"just some text, saved as .docx",
     errors.DocumentReadError, "not a Word document"),
    ("blank.docx", lambda tmp: _blank_docx(), errors.EmptyArticleError, "holds no text"),
    ("empty.docx", lambda tmp: b"", errors.EmptyArticleError, "file is empty"),
    ("cut.pdf", lambda tmp: write_pdf(tmp / "p.pdf").read_bytes()[:600],
     errors.DocumentReadError, "damaged or truncated"),
    ("text.pdf", lambda tmp: b"just some text, saved as .pdf",
     errors.DocumentReadError, "not a PDF"),
    ("locked.pdf", lambda tmp: write_pdf(tmp / "l.pdf", encrypt="secret").read_bytes(),
     errors.EncryptedDocumentError, "encrypted"),
    ("scan.pdf", lambda tmp: _scanned_pdf(), errors.EmptyArticleError,
     "holds no text layer (a scanned document?)"),
    ("empty.pdf", lambda tmp: b"", errors.EmptyArticleError, "file is empty"),
])
def test_bad_documents_raise_one_clear_error(tmp_path, name, make, error, says):
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    with pytest.raises(ak.AnalystkitError) as info:
        ak.load_article(path)
    assert type(info.value) is error
    assert str(path) in str(info.value) and says in str(info.value)


def test_owner_password_only_pdf_is_read(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "The council approved 40 new homes on Tuesday.")
    pdf.set_encryption(owner_password="owner")  # printing may be restricted; reading is not
    path = tmp_path / "restricted.pdf"
    pdf.output(str(path))
    assert ak.load_article(path).claims["text"].tolist() == [
        "The council approved 40 new homes on Tuesday."]


def test_size_limit_applies_before_reading(tmp_path):
    path = write_pdf(tmp_path / "big.pdf")
    with pytest.raises(errors.ArticleTooLargeError, match="big.pdf"):
        ak.load_article(path, max_bytes=1000)
    with pytest.raises(errors.ArticleTooLargeError, match="big"):
        ak.parse_article(path.read_bytes(), "big", fmt="pdf", max_bytes=1000)


def test_pdf_or_zip_under_a_text_suffix_is_still_not_text(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(write_pdf(tmp_path / "r.pdf").read_bytes())
    with pytest.raises(errors.NotTextError, match="PDF"):
        ak.load_article(path)
    path.write_bytes(write_docx(tmp_path / "r.docx").read_bytes())
    with pytest.raises(errors.NotTextError, match="ZIP"):
        ak.load_article(path)


# -- many documents ------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "brief.txt").write_text("Port reopens after storm\n\nThe port of Halden reopened "
                                      "on Monday after a storm closed it for three days, "
                                      "officials said.\n", encoding="utf-8")
    write_docx(folder / "release.docx")
    write_pdf(folder / "statement.pdf")
    (folder / "scan.pdf").write_bytes(_scanned_pdf())
    return folder


def test_load_corpus_mixes_text_word_and_pdf(mixed_folder):
    with pytest.warns(UserWarning, match="1 of 4 inputs"):
        corpus = ak.load_corpus(mixed_folder)
    assert corpus.articles[["article_id", "format"]].values.tolist() == [
        ["brief", "text"], ["release", "docx"], ["statement", "pdf"]]
    assert corpus.errors[["error", "message"]].values.tolist() == [
        ["EmptyArticleError", "holds no text layer (a scanned document?)"]]
    assert corpus.claims.groupby("article_id").size().to_dict() == {
        "brief": 2, "release": 6, "statement": 5}
    with pytest.warns(UserWarning):
        parallel = ak.load_corpus(mixed_folder, workers=2)
    pd.testing.assert_frame_equal(parallel.claims, corpus.claims)


def test_cli_summary_reads_documents(mixed_folder, capsys):
    status = cli.main(["summary", str(mixed_folder / "release.docx"),
                       str(mixed_folder / "statement.pdf")])
    out, _ = capsys.readouterr()
    assert status == 0
    assert "release" in out and "statement" in out


def test_dask_reads_documents_from_paths_and_urls(mixed_folder):
    pytest.importorskip("dask")
    import fsspec

    from analystkit.dask import compute_tables, read_tables

    fs = fsspec.filesystem("memory")
    for name in ("release.docx", "statement.pdf"):
        fs.pipe(f"/docs/{name}", (mixed_folder / name).read_bytes())
    try:
        remote = compute_tables(read_tables("memory://docs/"), scheduler="synchronous")
    finally:
        fs.rm("/docs", recursive=True)
    local = compute_tables(read_tables([mixed_folder / "release.docx",
                                        mixed_folder / "statement.pdf"]),
                           scheduler="synchronous")
    assert remote["articles"]["format"].tolist() == ["docx", "pdf"]
    pd.testing.assert_frame_equal(remote["claims"], local["claims"])
    assert remote["articles"]["encoding"].isna().all()


def test_a_word_notes_linked_title_keeps_its_address(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = docx.Document()
    doc.add_paragraph("Harbour reopens after storm", style="Title")
    paragraph = doc.add_paragraph("The harbour reopened on Monday, officials said.")
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    paragraph.add_run()._r.append(reference)
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, b"", doc.part.package)
    rid = part.relate_to("https://port.example/statement", RELATIONSHIP_TYPE.HYPERLINK,
                         is_external=True)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    part._blob = (f'<w:footnotes xmlns:w="{w}" xmlns:r="{r}"><w:footnote w:id="1"><w:p>'
                  '<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Port authority, '
                  f'</w:t></w:r><w:hyperlink r:id="{rid}"><w:r><w:t>Reopening statement</w:t>'
                  "</w:r></w:hyperlink></w:p></w:footnote></w:footnotes>").encode()
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    path = tmp_path / "linked.docx"
    doc.save(path)
    article = ak.load_article(path)
    assert article.sources["url"].tolist() == ["https://port.example/statement"]
    assert article.sources["title"].tolist()[0].endswith("Reopening statement")


def test_a_superscript_note_number_in_word_is_a_note_call(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Reservoir levels fall", style="Title")
    body = doc.add_paragraph("The agency missed its original target of 100% by 2025.")
    body.add_run("3").font.superscript = True
    body.add_run(" Storage fell to 41% in June.")
    plain = doc.add_paragraph("Output rose to 12.")
    plain.add_run("5 million tonnes")  # digits not set as a superscript stay the number's
    doc.add_heading("Notes", level=1)
    for entry in ("Agency report, 2024.", "Ministry data, 2023.", "Water Board, Annual review "
                  "2025."):
        doc.add_paragraph(entry, style="List Number")
    path = tmp_path / "notes.docx"
    doc.save(path)
    art = ak.load_article(path)
    assert art.figures["text"].tolist()[:3] == ["100%", "2025", "41%"]
    assert art.figures["value"].tolist()[3] == 12.5e6
    cited = art.citations.merge(art.sources, on=["article_id", "source_id"])
    assert cited["marker"].tolist() == ["3"]


def test_a_bills_header_fields_are_meta():
    art = ak.parse_article(
        "H.R. 1234 - Clean Water Act of 2025\n\nSponsor: Rep. Maria Delgado [D-NM-1] "
        "(Introduced 02/11/2025)\n\nCommittees: House - Energy and Commerce\n\nLatest Action: "
        "03/26/2025 Reported by the Committee.\n\nThe bill would fund 400 treatment plants, "
        "the committee said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "meta", "meta", "paragraph"]


def test_a_word_opening_with_a_stop_keeps_the_space_before_it():
    art = ak.parse_article("Leak at vendor\n\nThe key `.ssh/id_rsa` was stolen from 300 servers, "
                           "the vendor said. It read `../../etc/passwd` on 12 hosts , it said .\n",
                           fmt="markdown")
    assert art.claims["text"].tolist()[1:] == [
        "The key .ssh/id_rsa was stolen from 300 servers, the vendor said.",
        "It read ../../etc/passwd on 12 hosts, it said."]
