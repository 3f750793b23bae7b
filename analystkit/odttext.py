"""OpenDocument text (.odt) → article text: the body as light Markdown, plus its metadata.

LibreOffice, OpenOffice and Google Docs save OpenDocument text: a ZIP package
whose ``content.xml`` holds the body and ``meta.xml`` the document's properties
(OASIS OpenDocument 1.3, part 3). The body is read in order and written the way
the Word reader writes a document: the "Title" style as a ``#`` heading, outline
headings one level below it (``##`` …), list items as ``- `` or, in a numbered
list, ``1. ``, every paragraph on one line with a blank line between paragraphs,
tables as Markdown pipe rows (their numbers are read cell by cell), and footnotes
and endnotes as ``[n]`` markers with the notes under a "Notes" heading. Frames
and text boxes, comments, deleted tracked changes and tables of contents are left
out, as the HTML reader leaves out a page's furniture.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from .docxtext import MAX_PACKAGE_XML_BYTES, check_package_size, join_lines, xml_error
from .errors import DocumentReadError, EmptyArticleError, NotTextError
from .records import NOTES_HEADING

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#: A link's address in OpenDocument ("<text:a xlink:href=…>").
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
#: The media type an OpenDocument text package declares in its ``mimetype`` entry.
ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
#: Other OpenDocument packages that may arrive named .odt, by their media type's end.
OTHER_ODF_FILES = {"spreadsheet": "a spreadsheet", "presentation": "a presentation",
                   "graphics": "a drawing", "text-template": "a text template"}
#: Largest uncompressed XML part read: a ZIP entry can inflate a thousandfold, and a
#: package whose body would not fit the article size limit many times over is refused
#: before it is inflated (the limit of the Word reader's parts, all together).
MAX_CONTENT_BYTES = MAX_PACKAGE_XML_BYTES
#: Deepest Markdown heading.
MAX_HEADING_LEVEL = 6
#: Paragraph styles written as the title and the standfirst under it.
TITLE_STYLE, SUBTITLE_STYLE = "title", "subtitle"
#: Body elements left out: furniture, indexes and what no reader sees.
_SKIPPED = frozenset(f"{{{_TEXT}}}{name}" for name in (
    "table-of-content", "alphabetical-index", "illustration-index", "table-index",
    "object-index", "user-index", "bibliography", "tracked-changes", "sequence-decls",
    "variable-decls", "user-field-decls"))
#: Inline elements whose text is no part of the paragraph (comments, deleted text).
_SKIPPED_INLINE = frozenset({f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes",
                             f"{{{_TEXT}}}note-citation", "{urn:oasis:names:tc:opendocument"
                             ":xmlns:drawing:1.0}frame"})


def odt_to_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """Extract an OpenDocument text's body as light Markdown, and its metadata.

    Parameters
    ----------
    data : bytes
        The .odt file's bytes.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        Markdown-style text (``#`` headings, ``-`` and ``1.`` list items, one
        paragraph per line, blank lines between paragraphs, pipe tables, ``[n]``
        note markers and a Notes section) and ``title``, ``author``,
        ``published`` (the ISO date of creation) and ``language``.

    Raises
    ------
    NotTextError
        The bytes are no ZIP package, or another OpenDocument kind (a spreadsheet).
    DocumentReadError
        The package is damaged, has no body, or its body is too large to inflate.
    EmptyArticleError
        The document holds no text.
    """
    package = _open(data, source)
    with package:
        content = _xml(package, "content.xml", source)
        meta = _xml(package, "meta.xml", source, required=False)
        styles = _xml(package, "styles.xml", source, required=False)
    reader = _Body(content, styles)
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise DocumentReadError(source, "the OpenDocument file has no text body")
    lines = list(reader.lines(body))
    lines.extend(reader.notes_section())
    text = join_lines(lines)
    if not text.strip():
        raise EmptyArticleError(source, "the OpenDocument text holds no text")
    return text, _metadata(meta)


def _open(data: bytes, source: str) -> zipfile.ZipFile:
    """Open the package, telling other files and other OpenDocument kinds apart."""
    if not data.startswith(b"PK\x03\x04"):
        raise NotTextError(source, "not an OpenDocument text (.odt files are ZIP packages)")
    check_package_size(data, source, "OpenDocument file")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        media_type = package.read("mimetype").decode("ascii", "replace").strip() \
            if "mimetype" in names else ""
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as exc:
        raise DocumentReadError(source, f"the OpenDocument file is damaged or truncated "
                                        f"({exc})") from exc
    if media_type and media_type != ODT_MEDIA_TYPE:
        package.close()
        kind = next((name for key, name in OTHER_ODF_FILES.items()
                     if media_type.endswith(key)), media_type[:80])
        raise NotTextError(source, f"not an OpenDocument text ({kind})")
    if "content.xml" not in names:
        package.close()
        raise NotTextError(source, "not an OpenDocument text: a ZIP archive without "
                                   "content.xml in it")
    return package


def _xml(package: zipfile.ZipFile, name: str, source: str, *, required: bool = True) -> Any:
    """Parse one XML part of the package safely (no entities, no network, bounded size)."""
    from lxml import etree

    try:
        info = package.getinfo(name)
    except KeyError:
        if required:
            raise DocumentReadError(source, f"the OpenDocument file has no {name}") from None
        return None
    if info.file_size > MAX_CONTENT_BYTES:
        raise DocumentReadError(source, f"the OpenDocument file's {name} inflates to "
                                        f"{info.file_size:,} bytes, over the "
                                        f"{MAX_CONTENT_BYTES:,}-byte limit")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(package.read(name), parser)
    except etree.XMLSyntaxError as exc:
        if not required:
            return None
        raise DocumentReadError(source, xml_error("OpenDocument file", exc)) from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        if not required:
            return None
        raise DocumentReadError(source, f"the OpenDocument file is damaged ({name}: "
                                        f"{exc})") from exc


class _Body:
    """Reads the body's elements into Markdown lines, keeping the notes for the end."""

    def __init__(self, content: Any, styles: Any) -> None:
        self.parents: dict[str, str] = {}  # automatic paragraph style → the style it is
        self.numbered_lists: set[str] = set()  # list styles whose first level numbers
        for root in (styles, content):
            if root is None:
                continue
            for style in root.iter(f"{{{_STYLE}}}style"):
                name = style.get(f"{{{_STYLE}}}name")
                parent = style.get(f"{{{_STYLE}}}parent-style-name")
                if name and parent:
                    self.parents[name] = parent
            for list_style in root.iter(f"{{{_TEXT}}}list-style"):
                first = next(iter(list_style), None)
                if first is not None and first.tag == f"{{{_TEXT}}}list-level-style-number":
                    self.numbered_lists.add(list_style.get(f"{{{_STYLE}}}name") or "")
        self.notes: list[str] = []

    def lines(self, element: Any, list_marker: str | None = None) -> Iterator[str]:
        """Yield the Markdown lines of ``element``'s children, in order."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{{{_TEXT}}}h":
                text = self.inline(child)
                if text:
                    level = int(child.get(f"{{{_TEXT}}}outline-level") or 1)
                    yield "#" * min(MAX_HEADING_LEVEL, level + 1) + " " + text
            elif tag == f"{{{_TEXT}}}p":
                text = self.inline(child)
                if not text:
                    continue
                style = self._style(child.get(f"{{{_TEXT}}}style-name"))
                if list_marker:
                    yield f"{list_marker} {text}"
                elif style == TITLE_STYLE:
                    yield "# " + text
                elif style == SUBTITLE_STYLE and not set("*_") & set(text):
                    yield f"*{text}*"
                else:
                    yield text
            elif tag == f"{{{_TEXT}}}list":
                numbered = child.get(f"{{{_TEXT}}}style-name") in self.numbered_lists
                marker = list_marker or ("1." if numbered else "-")
                for item in child:
                    if item.tag in (f"{{{_TEXT}}}list-item", f"{{{_TEXT}}}list-header"):
                        yield from self.lines(item, marker)
            elif tag == f"{{{_TABLE}}}table":
                table = self.table(child)
                if table:
                    yield table
            else:  # sections, header rows, soft page breaks: read what they hold
                yield from self.lines(child, list_marker)

    def _style(self, name: str | None) -> str:
        """Return the named style a paragraph's (automatic) style stands for, in lower case."""
        seen = 0
        while name in self.parents and seen < 10:  # automatic styles point to a named one
            name, seen = self.parents[name], seen + 1
        return (name or "").replace("_20_", " ").casefold()

    def inline(self, element: Any) -> str:
        """Return a paragraph's text on one line, with ``[n]`` for its notes."""
        parts: list[str] = []
        self._collect(element, parts)
        return " ".join("".join(parts).split())

    def _collect(self, element: Any, parts: list[str]) -> None:
        if element.text:
            parts.append(element.text)
        for child in element:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIPPED_INLINE:
                if tag == f"{{{_TEXT}}}s":
                    parts.append(" " * int(child.get(f"{{{_TEXT}}}c") or 1))
                elif tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
                    parts.append(" ")
                elif tag == f"{{{_TEXT}}}note":
                    parts.append(self._note(child))
                else:
                    self._collect(child, parts)
            if child.tail:
                parts.append(child.tail)

    def _note(self, note: Any) -> str:
        """Keep a footnote's or endnote's text for the Notes section; return its marker."""
        body = note.find(f"{{{_TEXT}}}note-body")
        text = " ".join(self.inline(p) for p in body.iter(f"{{{_TEXT}}}p")) \
            if body is not None else ""
        if not text.strip():
            return ""
        text = " ".join(text.split())
        url = next((href for link in body.iter(f"{{{_TEXT}}}a")
                    if (href := link.get(_XLINK_HREF) or "").startswith(("http://", "https://"))),
                   None) if body is not None else None
        if url and url not in text:
            text = f"{text} {url}"  # a title linked to its address, which the text lacks
        self.notes.append(text)
        return f"[{len(self.notes)}]"

    def notes_section(self) -> list[str]:
        """Return the Notes heading and one ``[n] text`` line per note, or nothing."""
        if not self.notes:
            return []
        return [NOTES_HEADING, "\n".join(f"[{n}] {text}"
                                         for n, text in enumerate(self.notes, start=1))]

    def table(self, table: Any) -> str:
        """Return a table as Markdown pipe rows, "" when it holds no text.

        Header rows (``table:table-header-rows``) get a delimiter row under them; the
        reader of tables tells any other header by its cells.
        """
        lines: list[str] = []
        header_rows = 0
        for row, in_header in self._rows(table):
            cells = [self.inline_cell(cell) for cell in row
                     if cell.tag == f"{{{_TABLE}}}table-cell"]
            if not any(cells):
                continue
            lines.append("| " + " | ".join(cells) + " |")
            if in_header and len(lines) == header_rows + 1:
                header_rows += 1
        if header_rows and header_rows < len(lines):
            width = lines[header_rows - 1].count(" | ") + 1
            lines.insert(header_rows, "|" + "---|" * width)
        return "\n".join(lines)

    def _rows(self, table: Any) -> Iterator[tuple[Any, bool]]:
        """Yield a table's rows in order, each with whether it is a header row."""
        for child in table:
            if child.tag == f"{{{_TABLE}}}table-row":
                yield child, False
            elif child.tag in (f"{{{_TABLE}}}table-header-rows", f"{{{_TABLE}}}table-rows",
                               f"{{{_TABLE}}}table-row-group"):
                header = child.tag == f"{{{_TABLE}}}table-header-rows"
                for row, in_header in self._rows(child):
                    yield row, header or in_header

    def inline_cell(self, cell: Any) -> str:
        """Return a cell's paragraphs on one line, its pipes escaped."""
        text = " ".join(self.inline(p) for p in cell.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"))
        return " ".join(text.split()).replace("|", "\\|")


def _metadata(meta: Any) -> dict[str, str | None]:
    """Return title, author, creation date and language from ``meta.xml``."""
    def field(*paths: str) -> str | None:
        for path in paths:
            found = meta.find(f".//{path}") if meta is not None else None
            if found is not None and found.text and found.text.strip():
                return " ".join(found.text.split())
        return None

    created = field(f"{{{_META}}}creation-date", f"{{{_DC}}}date")
    return {
        "title": field(f"{{{_DC}}}title"),
        "author": field(f"{{{_META}}}initial-creator", f"{{{_DC}}}creator"),
        "published": created[:10] if created and re.match(r"\d{4}-\d\d-\d\d", created)
        else None,
        "language": field(f"{{{_DC}}}language"),
    }
