"""PDF → article text: the text layer of a PDF, joined into paragraphs, plus its metadata.

pypdf reads the text layer page by page in its layout mode, which places the
text on a character grid as it is printed: vertical gaps come out as blank
lines, indentation as leading spaces, and the two columns of a page side by
side with a gutter of spaces between them. From those lines this module

- drops running headers and footers (a line at the top or bottom of the page
  that repeats on most pages, word for word or, set apart from the body,
  digits aside) and bare page numbers ("7", "Page 7 of 12", "- 7 -") at the
  top or bottom of a page, on the page as printed;
- reads a two-column page column by column (a gutter of spaces at the same
  place on nearly every line marks the columns; a line that spans the gutter,
  such as a title across both columns, stays whole and in place; text below
  both columns comes after them);
- puts superscript note numbers set on a row of their own back after their
  word, and marks the items of a list with drawn bullets (a browser's) "- ";
- joins hard-wrapped lines into paragraphs, one per line of the result, with
  a blank line between paragraphs (see :func:`join_lines` for the rules);
- re-joins words hyphenated at a line end (see :func:`join_hyphenated`).

The result is plain text read without further line-joining, like the text
extracted from HTML. A page whose text the layout mode cannot place falls
back to pypdf's plain extraction. A PDF with no text layer at all (a scanned
document) raises :class:`~analystkit.errors.EmptyArticleError`.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .errors import DocumentReadError, EmptyArticleError, EncryptedDocumentError

#: Lines looked at for running headers (and footers) at the top (and bottom) of a page.
RUNNING_ZONE_LINES = 2
#: Share of pages a top or bottom line must repeat on to be a running header or
#: footer. Half, not all: headers commonly skip the title page, and a report's
#: left and right pages may alternate two headers.
RUNNING_LINE_SHARE = 0.5
#: A repeated line is only furniture when it repeats on at least this many pages;
#: a one-page document has no running lines to find.
RUNNING_MIN_PAGES = 2
#: Width of the blank gutter between two columns, in layout characters. Words
#: in a line are one space apart (a few in justified text); a column gap is
#: wider and sits at the same place on every line.
GUTTER_MIN_SPACES = 3
#: Share of a page's lines that must be blank at the gutter for the page to be
#: read as two columns (a title or a figure caption may span it).
GUTTER_LINE_SHARE = 0.85
#: Share of a page's lines with text on the right of the gutter: below it the
#: "gutter" is a ragged right margin, not a second column.
RIGHT_COLUMN_SHARE = 0.3
#: Fewest lines a page needs before two columns are looked for: fewer give too
#: little evidence that a run of spaces is a gutter (a short note's last page
#: in two columns has a handful of lines).
MIN_COLUMN_LINES = 5
#: Rows the left column may run on past the right one's last row and still end
#: "together" with it: balanced columns end on the same row, or one apart.
COLUMN_END_ROWS = 1
#: Digits in a superscript note number set on a row of its own ("1", "12"):
#: longer numbers are a table's or a figure's, not a note call.
NOTE_MARKER_DIGITS = 2
#: Indent, in layout characters past a column's usual one, of a list whose bullets
#: are drawn, not printed (a browser's <ul>: 40 px, some 8 characters); a
#: paragraph's first-line indent is one line, not a run.
LIST_INDENT_MIN = 3
#: Fewest lines of such a run read as a list: one indented line is a first-line indent.
LIST_MIN_ITEMS = 2
#: A line ending this far short of its column's right edge (as a share of the
#: column's usual line end) is a paragraph's last line when it closes a sentence.
SHORT_LINE_SHARE = 0.8
#: Quantile of line ends taken as a column's right edge (robust to a few long lines).
RIGHT_EDGE_QUANTILE = 0.9
#: Word parts before a line-end hyphen that keep their hyphen: "well-known",
#: "self-funded", "ex-minister" are written hyphenated whatever their second half.
KEPT_HYPHEN_PREFIXES = frozenset({"all", "cross", "ex", "half", "self", "well"})
#: PDF titles that are a file name or the producing program's, not the article's.
NON_TITLE = re.compile(r"(?i)^(?:microsoft (?:word|powerpoint) - .*|untitled.*|.*\.(?:docx?|"
                       r"pdf|indd|qxp|rtf|odt|pages|tex|dvi|html?|txt))$")

#: A bare page number line: "7", "- 7 -", "Page 7", "Page 7 of 12", "7 / 12", "vii".
PAGE_NUMBER_LINE = re.compile(
    r"(?i)[-–—\s]*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*")
#: A line that opens a list item: a bullet or a number/letter marker.
LIST_ITEM_START = re.compile(r"(?:[•●▪■◦○·*–-]\s|\(?\d{1,3}[.)]\s|\[\d{1,3}\]\s|\(?[a-z][.)]\s)")
_TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_LINE_END_HYPHEN = re.compile(r"(?P<word>[^\W\d_]+)-$")
_NEXT_WORD = re.compile(r"^(?P<word>[^\W\d_]+)")
_DIGITS = re.compile(r"\d+")
_NOTE_MARKER_ROW_TOKEN = re.compile(rf"\d{{1,{NOTE_MARKER_DIGITS}}}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass
class Line:
    """One printed line of a page: its text, indentation and whether it runs full width."""

    text: str
    indent: int = 0
    full: bool = True


def pdf_to_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """Extract a PDF's text as paragraphs, and its metadata.

    Parameters
    ----------
    data : bytes
        The PDF file's bytes.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        Plain text with one paragraph per line and a blank line between
        paragraphs, and a dict with ``title``, ``author``, ``published``
        (ISO date) and ``language`` (None where the document gives none).

    Raises
    ------
    DocumentReadError
        The file is not a PDF, or is damaged or truncated.
    EncryptedDocumentError
        The PDF is encrypted with a password (an owner password that only
        restricts printing or copying is no obstacle).
    EmptyArticleError
        The PDF holds no text layer (a scanned document) or no pages.
    """
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentReadError(source, "not a PDF document (no %PDF header)")
    with _quiet_pypdf():
        reader = _open(data, source)
        meta = _metadata(reader)
        pages = [_page_rows(page, number, source)
                 for number, page in enumerate(reader.pages, start=1)]
    if not pages:
        raise EmptyArticleError(source, "the PDF has no pages")
    # running lines are found on the page as printed, before the columns are
    # split: a header or footer spans the page, or sits over the gutter
    drops = running_line_indices([[Line(_SPACES.sub(" ", row).strip()) for row in rows]
                                  for rows in pages])
    lines = [line for rows, drop in zip(pages, drops, strict=True)
             for line in _page_lines([row for i, row in enumerate(rows) if i not in drop])
             + [Line("")]]
    text = "\n\n".join(join_lines(lines))
    if not text.strip():
        raise EmptyArticleError(source, "holds no text layer (a scanned document?)")
    return text, meta


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's warnings about odd but readable files out of the user's log.

    pypdf logs each repaired cross-reference or unknown font as a warning on
    the "pypdf" logger; errors (and the exceptions that stop the reading) still pass.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open(data: bytes, source: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise EncryptedDocumentError(source, "the PDF is encrypted (password-protected); "
                                                 "save an unprotected copy to read it")
        len(reader.pages)  # reads the page tree: a truncated file fails here
    except EncryptedDocumentError:
        raise
    except DependencyError as exc:
        raise EncryptedDocumentError(source, f"the PDF is encrypted and cannot be opened "
                                             f"({exc})") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError) as exc:
        raise DocumentReadError(source, f"the PDF is damaged or truncated ({_reason(exc)})") \
            from exc
    return reader


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _metadata(reader: Any) -> dict[str, str | None]:
    """Title, author, creation date and language from the document information."""
    meta: dict[str, str | None] = dict.fromkeys(("title", "author", "published", "language"))
    try:
        info = reader.metadata
        if info is not None:
            title = " ".join(str(info.title or "").split())
            meta["title"] = title if title and not NON_TITLE.match(title) else None
            meta["author"] = " ".join(str(info.author or "").split()) or None
            created = info.creation_date
            meta["published"] = created.date().isoformat() if created else None
        language = str(reader.trailer["/Root"].get("/Lang") or "")
        match = re.match(r"([a-zA-Z]{2})(?:[-_]|$)", language)
        meta["language"] = match.group(1).lower() if match else None
    except Exception:  # noqa: BLE001 - odd metadata must not stop the text being read
        pass
    return meta


def _page_rows(page: Any, number: int, source: str) -> list[str]:
    """Return the page's rows as laid out on the character grid, blank rows included."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - the layout mode gives up on some fonts
        try:
            text = page.extract_text()
        except Exception as exc:  # noqa: BLE001
            raise DocumentReadError(source, f"page {number} cannot be read "
                                            f"({_reason(exc)})") from exc
    return [row.rstrip() for row in (text or "").replace("\r", "").split("\n")]


def _page_lines(rows: list[str]) -> list[Line]:
    """Return a page's lines in reading order, columns one after the other."""
    lines: list[Line] = []
    for stretch in split_columns(rows):
        if lines:
            lines.append(Line(""))  # a column break: a paragraph goes on only mid-sentence
        lines.extend(mark_bulletless_items(_measure(raise_note_markers(stretch))))
    return lines


def mark_bulletless_items(lines: list[Line]) -> list[Line]:
    """Give "- " markers to the items of a list printed with drawn bullets.

    A browser draws a list's bullets as shapes, not text, so the items come
    out as bare short lines set in from the column's usual indent. A run of
    at least LIST_MIN_ITEMS lines (one after the other, or a blank line
    apart) at one indent, LIST_INDENT_MIN or more past the column's most
    common one, each opening with a capital or a digit and none closing a
    sentence (the fragments of a key-points list), is a list; each line
    becomes an item. Items written as sentences
    stay a paragraph, and a quotation set in wraps on lower-case lines.
    """
    indents = Counter(line.indent for line in lines if line.text)
    if not indents:
        return lines
    usual = indents.most_common(1)[0][0]
    out = list(lines)
    filled = [i for i, line in enumerate(lines) if line.text]
    run: list[int] = []
    for i in [*filled, None]:
        if i is not None and _bare_item(lines[i], lines[run[0]].indent if run else lines[i].indent,
                                        usual) and (not run or i - run[-1] <= 2):
            run.append(i)  # the next line, or the one after a blank line
            continue
        if len(run) >= LIST_MIN_ITEMS:
            for k in run:
                out[k] = Line("- " + lines[k].text, lines[k].indent, False)
        run = [i] if i is not None and _bare_item(lines[i], lines[i].indent, usual) else []
    return out


def _bare_item(line: Line, run_indent: int, usual: int) -> bool:
    return (bool(line.text) and line.indent == run_indent
            and line.indent >= usual + LIST_INDENT_MIN
            and (line.text[:1].isupper() or line.text[:1].isdigit())
            and not LIST_ITEM_START.match(line.text) and not _TERMINAL.search(line.text))


def split_columns(rows: list[str]) -> list[list[str]]:
    """Split a page's rows into stretches read one after the other, columns apart.

    Parameters
    ----------
    rows : list of str
        The page's lines as laid out, blank lines included.

    Returns
    -------
    list of list of str
        One stretch (all rows) for a one-column page. Where a gutter divides
        the page, its left column's rows then its right column's, each a
        stretch; rows whose words run across the gutter one space apart (a
        title over both columns) stand whole and in place between them.
    """
    gutter = _find_gutter(rows)
    if gutter is None:
        return [rows]
    stretches: list[list[str]] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        stretches.extend(column[:] for column in (left, right) if column)
        left.clear()
        right.clear()

    start, split = gutter
    below = _below_columns(rows, start, split)
    for row in rows[:below]:
        on_right = bool(row[split:].strip())
        if on_right and "  " not in row[start:split]:
            flush()
            stretches.append([row])  # spans both columns: words one space apart
            continue
        left.append(row[:split].rstrip())
        if on_right:
            right.append(row[split:].rstrip())
        elif right:
            right.append("")  # keep the right column's paragraph gaps
    flush()
    if rows[below:]:
        stretches.append(rows[below:])
    return stretches


def _below_columns(rows: list[str], start: int, split: int) -> int:
    """Return where the text below both columns (a source list, notes) starts.

    The columns end with the last row that has text right of the gutter.
    After the next blank row, the rest of the page is read after both
    columns when the left column did not run on for more than
    COLUMN_END_ROWS rows past the right one (a browser or a layout program
    balances the columns of a page's last stretch, so they end together),
    or when a row there runs past the left column's right edge by more than
    GUTTER_MIN_SPACES (a full-width line). Otherwise the rows left are the
    left column's, longer than the right.
    """
    last_right = max((i for i, row in enumerate(rows) if row[split:].strip()), default=-1)
    if last_right < 0:
        return len(rows)
    blank = next((i for i in range(last_right + 1, len(rows)) if not rows[i].strip()), None)
    if blank is None or not any(row.strip() for row in rows[blank:]):
        return len(rows)
    left_edge = max(len(row[:start].rstrip()) for row in rows[:last_right + 1])
    if blank - last_right - 1 <= COLUMN_END_ROWS or any(
            len(row.rstrip()) > left_edge + GUTTER_MIN_SPACES for row in rows[blank:]):
        return blank
    return len(rows)


def raise_note_markers(rows: list[str]) -> list[str]:
    """Put superscript note numbers back after the word they follow.

    The layout mode sets a superscript a little above its line, and so on a
    row of its own when the line's baseline differs ("latest" and, above a
    gap in the next row, "1"). A row holding nothing but short numbers
    (NOTE_MARKER_DIGITS at most), each over blanks in the next row that
    follow a word and come before more text, is folded into that row, after
    the word: "assessment.1 Farmers".
    """
    out: list[str] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        below = rows[i + 1] if i + 1 < len(rows) else ""
        merged = _fold_markers(row, below) if row.strip() else None
        if merged is None:
            out.append(row)
            i += 1
        else:
            out.append(merged)
            i += 2
    return out


def _fold_markers(row: str, below: str) -> str | None:
    marks = list(_NOTE_MARKER_ROW_TOKEN.finditer(row))
    if not marks or row.strip() != " ".join(m.group() for m in marks):
        return None
    for mark in marks:
        a, b = mark.span()
        if below[max(a - 1, 0):b].strip() or not below[:a].strip() or len(below) <= b:
            return None
    out = below
    for mark in reversed(marks):
        a, b = mark.span()
        head, tail = out[:a].rstrip(), out[b:].lstrip()
        out = f"{head}{mark.group()} {tail}".ljust(len(out))
    return out.rstrip()


def _find_gutter(rows: list[str]) -> tuple[int, int] | None:
    """Return the widest run of columns blank on nearly every row, with text on both sides."""
    lines = [row for row in rows if row.strip()]
    if len(lines) < MIN_COLUMN_LINES:
        return None
    width = max(len(row) for row in lines)
    blank = [sum(1 for row in lines if not row[c:c + 1].strip()) for c in range(width)]
    needed = GUTTER_LINE_SHARE * len(lines)
    best: tuple[int, int] | None = None
    c = width // 4
    while c < 3 * width // 4:
        if blank[c] < needed:
            c += 1
            continue
        end = c
        while end < width and blank[end] >= needed:
            end += 1
        if end - c >= GUTTER_MIN_SPACES and (best is None or end - c > best[1] - best[0]):
            best = (c, end)
        c = end
    if best is None:
        return None
    on_right = sum(1 for row in lines if row[best[1]:].strip())
    on_left = sum(1 for row in lines if row[:best[0]].strip())
    if on_right < RIGHT_COLUMN_SHARE * len(lines) or on_left < RIGHT_COLUMN_SHARE * len(lines):
        return None
    return best


def _measure(rows: list[str]) -> list[Line]:
    """Turn rows into Lines, marking each as running full width or ending short."""
    ends = sorted(len(row) for row in rows if row.strip())
    right_edge = ends[int(RIGHT_EDGE_QUANTILE * (len(ends) - 1))] if ends else 0
    lines = []
    for row in rows:
        text = _SPACES.sub(" ", row).strip()
        indent = len(row) - len(row.lstrip())
        lines.append(Line(text, indent, len(row) >= SHORT_LINE_SHARE * right_edge))
    return lines


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers and footers, and bare page numbers, from every page.

    See :func:`running_line_indices` for the rule.
    """
    drops = running_line_indices(pages)
    return [[line for i, line in enumerate(page) if i not in drop]
            for page, drop in zip(pages, drops, strict=True)]


def running_line_indices(pages: list[list[Line]]) -> list[set[int]]:
    """Return, per page, the indices of its running headers, footers and page numbers.

    A page's outermost line at the top (or bottom), and the next one in (up
    to RUNNING_ZONE_LINES), is a running header (or footer) when it stands
    there on at least RUNNING_LINE_SHARE of the pages, and on
    RUNNING_MIN_PAGES, either

    - word for word (spacing and case aside), or but for a page counter
      ("7/12", "7 of 12": the page's number out of the page count), as a
      browser prints the page's title and date over every page and its
      address and "7/12" under it, tight against the body; or
    - digits aside ("Annual report 2025 · 7", "file:///…/report.html 2/3"),
      where a blank line parts it from the body: a line that runs on into the
      body and only repeats digits aside is the body's own (an article whose
      paragraphs open alike, "Output at plant 7 fell …").

    A bare page number among those lines is dropped on any page, gap or not.
    """
    zones = [_zone(page) for page in pages]
    counts: Counter[tuple[str, str]] = Counter()
    for number, (page, zone) in enumerate(zip(pages, zones, strict=True), start=1):
        counts.update({key for i, place in zone.items()
                       for key in _running_keys(page[i].text, (number, len(pages)), *place)})
    needed = max(RUNNING_MIN_PAGES, math.ceil(RUNNING_LINE_SHARE * len(pages)))
    return [{i for i, place in zone.items()
             if any(counts[key] >= needed
                    for key in _running_keys(page[i].text, (number, len(pages)), *place))
             or PAGE_NUMBER_LINE.fullmatch(page[i].text)}
            for number, (page, zone) in enumerate(zip(pages, zones, strict=True), start=1)]


def _running_keys(text: str, page: tuple[int, int], edge: str, parted: bool,
                  outer: bool) -> set[tuple[str, str]]:
    """Return the keys under which a line at a page's edge is counted across pages.

    Word for word, or but for a page counter ("report.html 7/261", "Page 7
    of 261": the page's number out of the page count), counts for the
    outermost line or one parted from the body;
    digits aside only for a parted one. A second line in that runs on into
    the body is body, however alike the pages.
    """
    keys = set()
    if parted or outer:
        exact = " ".join(text.split()).casefold()
        keys.add((edge, "=" + exact))
        number, total = page
        counter = rf"(?<!\d){number}\s*(?:/|of)\s*{total}(?!\d)"
        keys.add((edge, "#" + re.sub(counter, "#", exact)))
    if parted:
        keys.add((edge, _furniture_key(text)))
    return keys


def _zone(page: list[Line]) -> dict[int, tuple[str, bool, bool]]:
    """Where a header or footer may stand: line index → (edge, parted, outer).

    The first and last non-blank lines and, while a blank line parts them
    from the body, the next ones in, up to RUNNING_ZONE_LINES from each
    edge ("top" or "bottom"); ``parted`` says whether a blank line parts the
    line from the body, ``outer`` whether it is the outermost line.
    A line near both edges of a short page is the page's body.
    """
    filled = [i for i, line in enumerate(page) if line.text]
    zone: dict[int, tuple[str, bool, bool]] = {}
    both = set()
    for edge, order, step in (("top", filled, 1), ("bottom", filled[::-1], -1)):
        for n, i in enumerate(order[:RUNNING_ZONE_LINES]):
            inward = i + step
            parted = not (0 <= inward < len(page) and page[inward].text)
            if i in zone:
                both.add(i)
            zone[i] = (edge, parted, n == 0)
            if not parted:
                break
    return {i: place for i, place in zone.items() if i not in both}


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def join_lines(lines: list[Line]) -> list[str]:
    """Join printed lines into paragraphs.

    A line continues the paragraph above unless

    - a blank line (a vertical gap on the page, a page or column break
      that falls between sentences) comes between them, or
    - it opens a list item (a bullet, "1.", "(a)", "[1]"), or
    - the line above ends short of the column's right edge (a paragraph's
      last line, or a heading) while it closes a sentence or the line opens
      with a capital, or
    - it is indented further than the paragraph's first line's follower (a
      first-line indent).

    A page or column break in mid-sentence (the last line ends without a
    sentence's end and the next starts in lower case) does not end the
    paragraph.

    Returns
    -------
    list of str
        The paragraphs, each on one line.
    """
    paragraphs: list[list[str]] = []
    current: list[Line] = []
    words = _document_words(lines)
    pending_break = False
    for line in lines:
        if not line.text:
            pending_break = True
            continue
        if current and _continues(current, line, pending_break):
            current.append(line)
        else:
            if current:
                paragraphs.append([x.text for x in current])
            current = [line]
        pending_break = False
    if current:
        paragraphs.append([x.text for x in current])
    return [_join_paragraph(texts, words) for texts in paragraphs]


def _continues(current: list[Line], line: Line, after_gap: bool) -> bool:
    previous = current[-1]
    closes = bool(_TERMINAL.search(previous.text))
    if after_gap:
        # a gap ends the paragraph, unless a page or column breaks a sentence
        return not closes and line.text[:1].islower() and previous.full
    if LIST_ITEM_START.match(line.text):
        return False
    if not previous.full and (closes or not line.text[:1].islower()):
        return False
    return not (len(current) > 1 and line.indent > current[-1].indent + 1 and closes)


def join_hyphenated(first: str, second: str, words: set[str]) -> str:
    """Join two lines where the first ends with a hyphen, keeping it or not.

    The rule: the hyphen at a line's end is dropped ("gov-" + "ernment" →
    "government") when the next line starts with a lower-case letter, unless
    the document says the word is hyphenated — it prints the hyphenated form
    elsewhere and never the joined one ("well-known"), or the first part is a
    prefix written with a hyphen (KEPT_HYPHEN_PREFIXES: "self-", "well-").
    Before a capital or a digit ("anti-" + "Western", "COVID-" + "19") the
    hyphen stays. Limits: a compound hyphenated at its own hyphen that the
    document prints nowhere else ("cost-" + "effective") loses its hyphen, and
    a soft hyphen before a proper noun's lower-case part is kept.
    """
    head = _LINE_END_HYPHEN.search(first)
    tail = _NEXT_WORD.match(second)
    if head is None or tail is None or not second[:1].islower():
        return first + second
    a, b = head.group("word"), tail.group("word")
    joined, compound = (a + b).casefold(), f"{a}-{b}".casefold()
    keep = (a.casefold() in KEPT_HYPHEN_PREFIXES and joined not in words) or (
        compound in words and joined not in words)
    return first + second if keep else first[:-1] + second


def _document_words(lines: list[Line]) -> set[str]:
    """Words and hyphenated compounds printed whole in the document, case-folded."""
    found: set[str] = set()
    for line in lines:
        found.update(w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text))
    return found


def _join_paragraph(texts: list[str], words: set[str]) -> str:
    out = texts[0]
    for text in texts[1:]:
        if _LINE_END_HYPHEN.search(out):
            out = join_hyphenated(out, text, words)
        else:
            out = f"{out} {text}"
    return out
