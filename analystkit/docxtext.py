"""Word (.docx) → article text: the document body as light Markdown, plus its metadata.

python-docx opens the file; the body is read in order, paragraph by
paragraph, and written the way ``htmltext`` writes a page: the "Title" style
as a ``#`` heading, "Heading 1" … "Heading 5" as ``##`` … ``######``, list
paragraphs (a list style, or Word numbering) as ``- `` items or, for
numbered lists, ``1. `` items, every paragraph on one line with a blank line
between paragraphs. Footnote and endnote calls become ``[n]`` markers and the
notes are appended under a "Notes" heading as ``[n] text`` lines, so they
become sources and citations like any other reference list. Tables become
Markdown pipe rows, as the HTML reader writes a page's tables, and their numbers
are read cell by cell (``figures.grid``). Text boxes, headers and footers of the
page are left out, as the HTML reader leaves out a page's furniture. The core
properties give the title, author, creation date and language.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from datetime import datetime
from functools import cache
from typing import Any

from lxml import etree

from .errors import DocumentReadError, EmptyArticleError
from .records import NOTES_HEADING

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W}
#: Deepest Markdown heading: "Heading 5" and below all become ``######``.
MAX_HEADING_LEVEL = 6
#: Core properties that python-docx's own template carries: a document made
#: with it and never given an author or date says "python-docx", 2013-12-23.
TEMPLATE_AUTHORS = frozenset({"python-docx"})
TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15).isoformat()
#: Word numbering formats that print a bullet rather than a number.
BULLET_FORMATS = frozenset({"bullet", "none"})
#: Office packages that arrive named .docx, told by their main part's content type.
OTHER_OFFICE_FILES = {"spreadsheetml": "an Excel workbook",
                      "presentationml": "a PowerPoint presentation"}
_LIST_ITEM = re.compile(r"(?:- |\d+\. )")
_HEADING_STYLE = re.compile(r"(?i)^heading\s*(\d)$")
#: Word's standfirst style under the title. Written in emphasis ("*…*"), which the
#: structure step reads as the dek right under the headline, as in Markdown.
SUBTITLE_STYLE = "subtitle"
#: Characters that would end or break a Markdown emphasis around a subtitle.
_EMPHASIS_MARKS = frozenset("*_")
# Text-bearing run content, in document order; text boxes are left out (they
# float beside the body, and Word stores each twice for older readers).
_RUN_CONTENT = ("./w:r/* | ./w:hyperlink/w:r/* | ./w:ins/w:r/* | ./w:fldSimple/w:r/*"
                " | ./w:smartTag/w:r/* | ./w:sdt/w:sdtContent/w:r/*")


@cache
def _compiled(expression: str) -> etree.XPath:
    return etree.XPath(expression, namespaces=_NS)


def _xpath(element: Any, expression: str, **variables: str) -> Any:
    """Evaluate an XPath on any element (python-docx's own ``xpath`` takes no variables)."""
    return _compiled(expression)(element, **variables)


def docx_to_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """Extract a Word document's text as light Markdown, and its metadata.

    Parameters
    ----------
    data : bytes
        The .docx file's bytes.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        Markdown-style text (``#`` headings, ``-`` and ``1.`` list items,
        one paragraph per line, blank lines between paragraphs, ``[n]`` note
        markers and a Notes section) and a dict with ``title``, ``author``,
        ``published`` (ISO date of creation) and ``language``.

    Raises
    ------
    DocumentReadError
        The file is not a Word document (not a ZIP, or a ZIP of something
        else, such as a spreadsheet), or is damaged or truncated.
    EmptyArticleError
        The document holds no text.
    """
    document = _open(data, source)
    try:
        notes = _Notes(document)
        lines = list(_body_lines(document, notes))
        lines.extend(notes.section())
        meta = _metadata(document.core_properties)
    except (KeyError, ValueError, AttributeError, TypeError) as exc:
        raise DocumentReadError(source, f"the Word document is damaged ({exc})") from exc
    text = join_lines(lines)
    if not text.strip():
        raise EmptyArticleError(source, "the Word document holds no text")
    return text, meta


def join_lines(lines: list[str]) -> str:
    """Join Markdown lines: paragraphs apart by a blank line, one list's items line by line.

    The Word and OpenDocument readers write each paragraph as one line.
    """
    out: list[str] = []
    for line in lines:
        if out and _LIST_ITEM.match(line) and _LIST_ITEM.match(out[-1]):
            out.append("\n")
        elif out:
            out.append("\n\n")
        out.append(line)
    return "".join(out)


#: Most bytes the XML parts of an Office or OpenDocument package may inflate to. A ZIP
#: entry can inflate a thousandfold, and the size limit bounds only the file; 32 MiB of
#: XML hold a book, and read in well under a minute.
MAX_PACKAGE_XML_BYTES = 32 * 1024 * 1024


def check_package_size(data: bytes, source: str, kind: str) -> None:
    """Refuse a ZIP package whose XML parts inflate past MAX_PACKAGE_XML_BYTES.

    Read from the package's directory, before anything is inflated. A package
    whose directory cannot be read is left to the reader, which says it is damaged.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            inflated = sum(info.file_size for info in package.infolist()
                           if info.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        return
    if inflated > MAX_PACKAGE_XML_BYTES:
        raise DocumentReadError(source, f"the {kind}'s XML inflates to {inflated:,} bytes, "
                                        f"over the {MAX_PACKAGE_XML_BYTES:,}-byte limit for "
                                        "one article")


def xml_error(kind: str, exc: Exception) -> str:
    """Say what an XML parser's error means: a limit reached or damage."""
    message = str(exc)
    if "Resource limit exceeded" in message or "Excessive depth" in message \
            or "huge" in message.lower():
        return f"the {kind} holds XML past the parser's size or nesting limit ({message})"
    return f"the {kind} is damaged ({message})"


def _open(data: bytes, source: str) -> Any:
    if not data.startswith(b"PK\x03\x04"):
        raise DocumentReadError(source, "not a Word document (.docx files are ZIP packages)")
    check_package_size(data, source, "Word document")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError) as exc:
        raise DocumentReadError(source, "the Word document is damaged or truncated "
                                        f"({exc})") from exc
    except (KeyError, PackageNotFoundError) as exc:
        raise DocumentReadError(source, "not a Word document: a ZIP archive without a "
                                        "document in it") from exc
    except ValueError as exc:
        # python-docx: "file '…' is not a Word file, content type is '…spreadsheetml…'"
        found = re.search(r"content type is '([^']+)'", str(exc))
        kind = found.group(1) if found else ""
        what = next((name for key, name in OTHER_OFFICE_FILES.items() if key in kind), kind)
        raise DocumentReadError(source, "not a Word document" + (f" ({what})" if what else "")
                                ) from exc
    except XMLSyntaxError as exc:
        raise DocumentReadError(source, xml_error("Word document", exc)) from exc
    except zlib.error as exc:
        raise DocumentReadError(source, f"the Word document is damaged ({exc})") from exc


def _body_lines(document: Any, notes: _Notes) -> Any:
    """Yield one Markdown line per body paragraph, in order."""
    numbering = _Numbering(document)
    body = document.element.body
    for paragraph in _xpath(body, "./w:p | ./w:tbl | ./w:sdt/w:sdtContent/w:p"):
        if paragraph.tag == f"{{{_W}}}tbl":
            table = _table_text(paragraph, notes)
            if table:
                yield table
            continue
        text = " ".join(paragraph_text(paragraph, notes).split())
        if not text:
            continue
        style = _style_name(document, paragraph)
        heading = _heading_level(style)
        if heading:
            yield "#" * heading + " " + text
            continue
        if style.casefold() == SUBTITLE_STYLE and not _EMPHASIS_MARKS & set(text):
            yield f"*{text}*"
            continue
        marker = numbering.marker(paragraph, style)
        yield f"{marker} {text}" if marker else text


def _table_text(table: Any, notes: _Notes) -> str:
    """Return a table as Markdown pipe rows, one line a row, "" when it holds no text.

    A cell's paragraphs join with spaces and its pipes are escaped; the rows Word
    repeats as a header on each page (``w:tblHeader``) get a delimiter row under
    them, and the reader of tables tells any other header by its cells. Tables
    nested in a cell are read as its text.
    """
    lines = []
    header_rows = 0
    for row in _xpath(table, "./w:tr"):
        cells = [" ".join(" ".join(paragraph_text(p, notes) for p in _xpath(cell, ".//w:p")
                                   ).split()).replace("|", "\\|")
                 for cell in _xpath(row, "./w:tc")]
        if not any(cells):
            continue
        lines.append("| " + " | ".join(cells) + " |")
        if len(lines) == header_rows + 1 and _xpath(row, "./w:trPr/w:tblHeader"):
            header_rows += 1
    if header_rows:
        width = lines[header_rows - 1].count(" | ") + 1
        lines.insert(header_rows, "|" + "---|" * width)
    return "\n".join(lines)


#: A run of note numbers ("3", "2,3"), which a superscript run makes note calls.
_SUPERSCRIPT_NOTE = re.compile(r"\d{1,3}(?:,[ ]?\d{1,3}){0,5}")


def _superscript(run: Any) -> bool:
    """Whether a ``w:r`` run is set as a superscript (``w:vertAlign w:val="superscript"``)."""
    return run is not None and bool(_xpath(run, "./w:rPr/w:vertAlign[@w:val='superscript']"))


def paragraph_text(paragraph: Any, notes: _Notes | None = None) -> str:
    """Return a paragraph's text: its runs, tabs and breaks, with ``[n]`` note calls.

    Parameters
    ----------
    paragraph : lxml element
        A ``w:p`` element.
    notes : _Notes, optional
        Numbers footnote and endnote calls in order of appearance.
    """
    parts = []
    for item in _xpath(paragraph, _RUN_CONTENT):
        tag = item.tag.rsplit("}", 1)[-1]
        if tag == "t":
            content = item.text or ""
            if _SUPERSCRIPT_NOTE.fullmatch(content) and parts and _superscript(item.getparent()):
                # a note number typed as a superscript ("… by 2025.³" in Word): a note call
                content = "".join(f"[{number}]" for number in content.replace(" ", "").split(","))
            parts.append(content)
        elif tag in ("tab", "br", "cr"):
            parts.append(" ")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag in ("footnoteReference", "endnoteReference") and notes is not None:
            parts.append(notes.call(tag, item.get(f"{{{_W}}}id")))
    return "".join(parts)


def _style_name(document: Any, paragraph: Any) -> str:
    style_id = _xpath(paragraph, "string(./w:pPr/w:pStyle/@w:val)")
    if not style_id:
        return ""
    try:
        style = document.styles.element.get_by_id(style_id)
    except (KeyError, AttributeError):
        style = None
    name = style.name_val if style is not None else None
    return name or style_id


def _heading_level(style: str) -> int:
    """Markdown heading level of a paragraph style: Title 1, Heading n n+1, else 0."""
    if style.casefold() == "title":
        return 1
    match = _HEADING_STYLE.match(style)
    return min(int(match.group(1)) + 1, MAX_HEADING_LEVEL) if match else 0


class _Numbering:
    """Tells a list paragraph's marker from Word's numbering definitions."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.counters: dict[tuple[str, str], int] = {}
        try:
            self.root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self.root = None

    def marker(self, paragraph: Any, style: str) -> str:
        """``-`` for a bullet item, ``n.`` for a numbered one, "" for a plain paragraph."""
        num_id, level = self._numbering_of(paragraph)
        if num_id is None or num_id == "0":
            lowered = style.casefold()
            if lowered.startswith("list number"):
                return self._count(("style", style))
            return "-" if lowered.startswith(("list bullet", "list paragraph")) else ""
        if self._format(num_id, level) in BULLET_FORMATS:
            return "-"
        return self._count((num_id, level))

    def _count(self, key: tuple[str, str]) -> str:
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{self.counters[key]}."

    def _numbering_of(self, paragraph: Any) -> tuple[str | None, str]:
        num_id = _xpath(paragraph, "string(./w:pPr/w:numPr/w:numId/@w:val)")
        level = _xpath(paragraph, "string(./w:pPr/w:numPr/w:ilvl/@w:val)")
        if not num_id:
            style_id = _xpath(paragraph, "string(./w:pPr/w:pStyle/@w:val)")
            num_id = self._style_numbering(style_id) if style_id else ""
        return num_id or None, level or "0"

    def _style_numbering(self, style_id: str) -> str:
        """Return the numbering a paragraph style (or the style it is based on) carries."""
        styles = self.document.styles.element
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = styles.get_by_id(style_id)
            if style is None:
                return ""
            found = _xpath(style, "string(./w:pPr/w:numPr/w:numId/@w:val)")
            if found:
                return found
            style_id = _xpath(style, "string(./w:basedOn/@w:val)")
        return ""

    def _format(self, num_id: str, level: str) -> str:
        if self.root is None:
            return "decimal"
        abstract = _xpath(self.root, "string(./w:num[@w:numId=$num]/w:abstractNumId/@w:val)",
                          num=num_id)
        return _xpath(self.root, "string(./w:abstractNum[@w:abstractNumId=$abstract]"
                      "/w:lvl[@w:ilvl=$level]/w:numFmt/@w:val)",
                      abstract=abstract, level=level) or "decimal"


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _note_link(part: Any, note: Any) -> str | None:
    """Return the first web address a note's hyperlinks point to, or None."""
    for rid in note.iterfind(f".//{{{_W}}}hyperlink"):
        rel = part.rels.get(rid.get(f"{{{_R}}}id") or "")
        target = getattr(rel, "target_ref", "") if rel is not None and rel.is_external else ""
        if target.startswith(("http://", "https://")):
            return target
    return None


class _Notes:
    """Footnotes and endnotes: numbered by first call, written out as a Notes section."""

    def __init__(self, document: Any) -> None:
        self.bodies: dict[tuple[str, str], str] = {}
        self.numbers: dict[tuple[str, str], int] = {}
        for rel in document.part.rels.values():
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind not in ("footnotes", "endnotes") or rel.is_external:
                continue
            root = etree.fromstring(rel.target_part.blob)
            tag = "footnoteReference" if kind == "footnotes" else "endnoteReference"
            for note in root.iterchildren(f"{{{_W}}}{kind[:-1]}"):
                if note.get(f"{{{_W}}}type") in ("separator", "continuationSeparator",
                                                 "continuationNotice"):
                    continue
                text = " ".join(" ".join(paragraph_text(p).split())
                                for p in note.iterchildren(f"{{{_W}}}p")).strip()
                url = _note_link(rel.target_part, note)
                if url and url not in text:
                    text = f"{text} {url}"  # a title linked to its address, which the text lacks
                self.bodies[(tag, note.get(f"{{{_W}}}id"))] = text

    def call(self, tag: str, note_id: str | None) -> str:
        """Return the ``[n]`` marker of a note call, numbering notes in order of first call."""
        key = (tag, note_id or "")
        if key not in self.bodies:
            return ""
        number = self.numbers.setdefault(key, len(self.numbers) + 1)
        return f"[{number}]"

    def section(self) -> list[str]:
        """Return the Notes heading and one ``[n] text`` line per note called, or nothing."""
        if not self.numbers:
            return []
        entries = [f"[{n}] {self.bodies[key]}" for key, n in self.numbers.items()
                   if self.bodies[key]]
        return [NOTES_HEADING, "\n".join(entries)] if entries else []


def _metadata(core: Any) -> dict[str, str | None]:
    """Title, author, creation date and language from the core properties."""
    title = " ".join((core.title or "").split()) or None
    author = " ".join((core.author or "").split()) or None
    if author in TEMPLATE_AUTHORS:
        author = None
    created = core.created
    published = None
    if created is not None and created.replace(tzinfo=None).isoformat() != TEMPLATE_CREATED:
        published = created.date().isoformat()
    match = re.match(r"([a-zA-Z]{2})(?:[-_]|$)", core.language or "")
    return {"title": title, "author": author, "published": published,
            "language": match.group(1).lower() if match else None}
