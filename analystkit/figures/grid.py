"""Figures in data tables: each number cell read with its row's and column's labels.

A data table is a block of rows, either Markdown pipes (``| Police | $1.2m | $1.4m |``,
with an optional ``|---|---:|`` delimiter row under the header; without outer pipes,
``Police | $1.2m``, under a ``--- | ---`` delimiter row) or cells set out with
runs of spaces or tabs (``Revenue    $1,420    $1,310``). Its cells hold no sentence, so
the scan reads one cell at a time (two cells side by side are no range) and gives each
figure the subject the table gives it:

- what is measured is the row's label (its first cell with letters) when the column is headed by a
  period ("2024", "Q3 2025") or not headed, and the period follows in brackets:
  ``| Police | $1.2 million |`` under ``| Item | 2024 |`` → ``Police (2024)``;
- it is the column's header when the row's label is a period or a number, or when
  both are words: ``| 2023 | 41 |`` under ``| Year | Deaths |`` → ``Deaths (2023)``,
  ``| France | 68 million |`` under ``| Country | Population |`` →
  ``Population (France)``;

unless the cell names what it counts itself ("3,100 students" → ``students``). The
header row and the row labels are labels, not figures; a bare number under a header
that gives its unit as per cent ("Share (%)") is a percentage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import FoundFigure, exact
from .scan import find_figures
from .vocabulary import _lookup_unit, _prefix_currency

#: A Markdown delimiter row's cell: hyphens, with a colon at either end for alignment.
_DELIMITER_CELL = re.compile(r"\s*:?-+:?\s*")
#: A gap between cells of a row set out with spaces: two or more spaces or a tab,
#: not after a sentence's or a clause's mark (typists' two spaces after a full stop
#: part no cells). Two such gaps make a line a table row (``structure``).
CELL_GAP = re.compile(r"(?<=[^\s.!?:;,])(?: {2,}|\t+)(?=\S)")
#: A pipe that parts cells (one escaped as ``\|`` is text).
_PIPE = re.compile(r"(?<!\\)\|")
#: A column or row label that names a period rather than a thing: a year, a
#: financial year or quarter, a month with its year, a span of years ("2024/25").
_PERIOD = re.compile(
    r"(?:(?:FY|CY)\s?|(?:Q[1-4]|H[12])\s)?'?\d{2,4}(?:\s?[/–-]\s?'?\d{2,4})?(?:\s(?:Q[1-4]|H[12]))?"
    r"|(?:Q[1-4]|H[12])\s?(?:FY\s?)?'?\d{2,4}"
    r"|[A-Z][a-z]{2,8}\.?\s\d{4}",
    re.IGNORECASE,
)
#: A header that says its column is in per cent: "Share (%)", "Growth, %", "% change".
_PERCENT_HEADER = re.compile(r"(?:\(\s*%\s*\)|,\s*%|^%|\bper\s?cent\b|\bpercent\b)", re.IGNORECASE)
#: Markup around a cell's words (bold, italics, code, a sub-row's bullet) that is not
#: part of its label.
_CELL_MARKUP = " \t\u00a0*_`•·"
#: A note number after a label ("Population[12]"), which the label leaves out.
_NOTE_NUMBER = re.compile(r"\[\d{1,4}\]")
#: What a currency note may be per ("Rent (£/month)", "Cost (€ per year)"): the period
#: or the head an amount is counted by, kept in the subject as "per month".
RATE_PERIODS = frozenset("hour day week month year annum head person capita household "
                         "unit".split())
#: A currency written after a comma at a label's end ("Rent, £", "Rent, £ per month"),
#: as "Growth, %" writes per cent.
_TRAILING_CURRENCY = re.compile(
    r",\s*(?P<currency>[A-Za-z]{0,3}\$|[€£¥₹₽₩₺₦]|[A-Z]{3})"
    # with its scale too: "Public sector net borrowing, £bn", "Revenue, $m"
    r"(?:\s?(?P<scale>thousands|millions|billions|mn|bn|m|k|b)\b)?"
    r"(?:\s*(?:/|per\s)\s*(?P<rate>" + "|".join(sorted(RATE_PERIODS)) + r"))?\s*$")
#: A measure's or a duration's unit in a label, in brackets or after a comma at its end
#: ("Elevation (m)", "Area (km²)", "Rainfall, mm", "Age (years)"); units.toml says
#: which symbols are units.
_MEASURE_NOTE = re.compile(r"\(\s*(?P<b>[^\s()]{1,8}(?:\s[^\s()]{1,6})?)\s*\)"
                           r"|,\s*(?P<c>[^\s,()]{1,8})\s*$")
#: Labels of a length, under which a bare "(m)" is metres, not millions ("Height (m)",
#: "Elevation (m)"); under other labels it stays a scale ("Population (m)").
_METRES_NOT_MILLIONS = re.compile(
    r"\b(?:height|elevation|altitude|length|depth|width|distance|span|diameter|radius|"
    r"prominence|draught|draft|wingspan)\b[^()]{0,20}\(\s*m\s*\)", re.IGNORECASE)
#: A note of the unit of a table's amounts, in its caption or a label: a scale, a
#: currency or both in brackets ("Results (in millions)", "Revenue ($m)", "(£bn)",
#: "(USD thousands)", "Requirements (US$ million)"), or written out ("Dollars in
#: thousands").
_UNIT_NOTE = re.compile(
    r"\(\s*(?:in\s+|amounts\s+in\s+)?"
    r"(?=[^)]{1,20}\)|[^)]{1,20},\s*except\b)"
    r"(?P<currency>[A-Za-z]{0,3}\$|[€£¥₹₽₩₺₦]|[A-Z]{3}\b|Rs\.?(?=\s))?\s*"
    # a scale in the singular too, as appeals and budget tables print it ("(US$ million)",
    # "(USD thousand)"), and South Asia's ("(Rs crore)", "(Rs lakh)")
    r"(?P<scale>thousands?|millions?|billions?|crores?|lakhs?|mn|bn|m|k|b)?"
    r"(?:(?<=[^\s(])\s*(?:/|per\s)\s*(?P<rate>" + "|".join(sorted(RATE_PERIODS)) + r"))?"
    # "(in millions, except per-share data)": what it leaves out is read by PER_SHARE_LABEL
    r"(?:\s*,\s*except\s[^)]{1,60})?\s*\)"
    r"|\b(?:dollars|euros|pounds|amounts|figures)\s+in\s+(?P<written>thousands|millions|billions)\b",
    re.IGNORECASE,
)
_SCALES = {"thousands": 1e3, "thousand": 1e3, "k": 1e3, "millions": 1e6, "million": 1e6,
           "m": 1e6, "mn": 1e6, "billions": 1e9, "billion": 1e9, "bn": 1e9, "b": 1e9,
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
#: A figure that carries its own scale word or suffix ("$1.2 million", "£3bn", "40k").
_OWN_SCALE = re.compile(r"\d\s*(?:thousand|million|billion|trillion|mn|bn|tn|m|b|k)\b",
                        re.IGNORECASE)
#: Row labels of amounts per share, which no scale note multiplies ("(in millions,
#: except per-share data)" says so, and a share's earnings are never millions).
PER_SHARE_LABEL = re.compile(r"\bper[- ](?:share|unit|ADS|ADR)\b|\bEPS\b|\bDPS\b",
                             re.IGNORECASE)
#: Kinds a table's scale note multiplies (not per cents, years, dates or ages).
_SCALED_KINDS = frozenset({"money", "count", "number"})
#: Column headers under which a number is a place in an order, not an amount
#: (kind ``ordinal``, never scaled by the table's unit note).
RANK_HEADERS = frozenset({"rank", "ranking", "#", "no", "no.", "pos", "pos.", "position",
                          "place", "seed"})
#: Figure kinds a header row may hold: a header names periods, not amounts.
_HEADER_KINDS = frozenset({"year", "date"})
#: A cell holding nothing but an amount in brackets: financial statements print a
#: loss or a fall so ("(340)", "(3.2%)", "($45.5)"), as a negative amount.
_BRACKETED_CELL = re.compile(r"\(\s*(?:[$€£¥₹]\s?)?[0-9][0-9,.\u00a0 ]*%?\s*\)")
#: Kinds of figure such a cell holds; a year or a date in brackets is no negative.
_SIGNED_KINDS = frozenset({"count", "number", "money", "percent"})


def table_rows(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    r"""Split ``text[start:end]``, a table block, into rows of cell spans.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The table block's span; one row per line.

    Returns
    -------
    list of list of (int, int)
        For each row in order, the span of each cell with its spaces trimmed
        (offsets into ``text``). Delimiter rows (``|---|:--:|``) are left out.

    Examples
    --------
    >>> text = "| Item | 2024 |\n|---|---|\n| Police | 12 |"
    >>> [[text[a:b] for a, b in row] for row in table_rows(text, 0, len(text))]
    [['Item', '2024'], ['Police', '12']]
    """
    return [cells for cells, _ in _rows(text, start, end)]


def _rows(text: str, start: int, end: int) -> list[tuple[list[tuple[int, int]], bool]]:
    """Return each row's cell spans and whether a delimiter row follows it."""
    rows: list[tuple[list[tuple[int, int]], bool]] = []
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end == -1 else line_end
        cells = _cells(text, position, line_end)
        if cells and all(_DELIMITER_CELL.fullmatch(text, a, b) for a, b in cells):
            if rows:
                rows[-1] = (rows[-1][0], True)
        elif cells:
            rows.append((cells, False))
        position = line_end + 1
    return rows


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    inner = line.strip()
    if not inner:
        return []
    offset = start + line.index(inner[0])
    if inner.startswith("|") or _PIPE.search(inner):
        # (a Markdown row may leave out its outer pipes: "North | 120 | -8%")
        bounds = [offset + m.start() for m in _PIPE.finditer(inner)]
        if not inner.startswith("|"):
            bounds.insert(0, offset - 1)
        if not inner.endswith("|") or inner.endswith("\\|"):
            bounds.append(offset + len(inner))
        pieces = list(zip([b + 1 for b in bounds[:-1]], bounds[1:], strict=True))
    else:
        pieces, cell_start = [], offset
        for gap in CELL_GAP.finditer(inner):
            pieces.append((cell_start, offset + gap.start()))
            cell_start = offset + gap.end()
        pieces.append((cell_start, offset + len(inner)))
    return [_trim(text, a, b) for a, b in pieces]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def holds_data(text: str, start: int, end: int) -> bool:
    """Whether a table block holds numbers beyond its labels (a digit in a later cell).

    A row of links set out as a table ("| Home | News | Sport |") holds none.
    """
    for row in table_rows(text, start, end):
        if any(_has_digit(text, a, b) for a, b in row[1:]):
            return True
    return False


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(character.isdigit() for character in text[start:end])


def _label(text: str, span: tuple[int, int]) -> str | None:
    """Return a cell's words as a label, markup stripped; None when it holds none."""
    words = _NOTE_NUMBER.sub("", text[span[0]:span[1]]).replace("\\|", "|").strip(_CELL_MARKUP)
    if words in SIGN_HEADERS:
        return SIGN_HEADERS[words]  # "%": a column of percents; "+/-": of changes
    return words if any(character.isalnum() for character in words) else None


#: Headers written in signs alone, as results tables print them: a column in per cent
#: ("%"), a column of changes ("+/-", "±").
SIGN_HEADERS = {"%": "%", "+/-": "Change", "+/–": "Change", "±": "Change", "+/−": "Change"}


def _is_period(label: str | None) -> bool:
    return label is not None and _PERIOD.fullmatch(label) is not None


def table_figures(text: str, start: int, end: int,
                  masked: list[tuple[int, int]] | None = None,
                  language: str | None = None, caption: str | None = None) -> list[FoundFigure]:
    r"""Read the figures of a table block, one cell at a time, with the table's subjects.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The table block's span.
    masked : list of (int, int), optional
        Spans to ignore, such as citation markers.
    language : str, optional
        ISO 639-1 code of the article's language, as for ``find_figures``.
    caption : str, optional
        The line over the table, whose note of a scale ("Results (in
        millions)") applies to its amounts as a note in its header row does.

    Returns
    -------
    list of FoundFigure
        In reading order (row by row, left to right); the header row and each
        row's label (its first cell with letters) give labels, not figures.
        Amounts without a scale of their own are multiplied by the table's
        scale note ("£412" under "(in millions)" → 412000000.0; the text stays
        as printed).

    Examples
    --------
    >>> text = "| Item | 2024 |\n|---|---:|\n| Police | $1.2 million |"
    >>> [(f.text, f.value, f.subject) for f in table_figures(text, 0, len(text))]
    [('$1.2 million', 1200000.0, 'Police (2024)')]
    """
    marked_rows = _rows(text, start, end)
    captions = [caption or ""]
    # A leading row with words in its first cell only is a caption ("| Largest
    # urban areas … | | |"): it may note the unit, and holds neither labels nor data.
    headed_by_caption = False
    while len(marked_rows) > 1 and not any(b > a for a, b in marked_rows[0][0][1:]):
        captions.append(text[slice(*marked_rows[0][0][0])])
        # the caption in the header's place, over the delimiter row ("| Kestrelford | |"
        # over an infobox's "| Country | Valdmark |" rows): no row under it is a header
        headed_by_caption = headed_by_caption or marked_rows[0][1]
        marked_rows = marked_rows[1:]
    if not marked_rows:
        return []
    # Of the leading rows a delimiter row follows, the last is the header (pages
    # print one under each row of header cells).
    head = 0
    while head + 1 < len(marked_rows) and marked_rows[head][1] and marked_rows[head + 1][1]:
        head += 1
    rows = [cells for cells, _ in marked_rows[head:]]
    header: list[str | None] = []
    if marked_rows[head][1] or not headed_by_caption and _is_header(text, rows[0], masked,
                                                                      language):
        header = [_label(text, cell) for cell in rows[0]]
        rows = rows[1:]
    widest = max((len(row) for row in rows), default=0)
    if len(header) < widest:
        # A header set out with spaces leaves the row labels' column blank, and
        # its cells stand over the last columns.
        header = [None] * (widest - len(header)) + header
    columns = [_note(label) for label in header]
    table_note = next((note for note in (_note(c)[1] for c in captions) if note != _NO_NOTE),
                      _NO_NOTE)
    if table_note == _NO_NOTE and columns and rows:
        # the corner cell over the rows' labels notes the whole table's unit
        # ("| (in millions, except per-share data) | Q3 2025 | …")
        table_note = columns[min(_label_cell(text, rows[0]), len(columns) - 1)][1]
    figures: list[FoundFigure] = []
    for row in rows:
        at = _label_cell(text, row)
        row_label, row_note = _note(_label(text, row[at]))
        per_share = row_label is not None and PER_SHARE_LABEL.search(row_label) is not None
        for column, (cell_start, cell_end) in enumerate(row):
            if column == at:
                continue
            column_label, column_note = columns[column] if column < len(columns) \
                else (None, _NO_NOTE)
            note = _first_says(column_note, row_note, table_note)
            if per_share:
                note = replace(note, scale=None)  # "Diluted EPS | $1.37": dollars a share
            ranks = column_label is not None and column_label.lower() in RANK_HEADERS
            found_in_cell = find_figures(text, cell_start, cell_end, masked, language=language)
            if len(found_in_cell) == 1:
                found_in_cell = [_accounting_negative(text, cell_start, cell_end,
                                                      found_in_cell[0])]
            for found in found_in_cell:
                if ranks and found.kind in ("count", "number") and found.unit is None:
                    found = replace(found, kind="ordinal")
                found = _with_note(found, note)
                figures.append(_in_table(found, row_label, column_label))
    return figures


def _accounting_negative(text: str, cell_start: int, cell_end: int,
                         found: FoundFigure) -> FoundFigure:
    """Return the figure of a cell, negative when the cell is an amount in brackets.

    "| Operating loss | (340) |" is −340, and the figure's text "(340)".
    """
    if found.kind not in _SIGNED_KINDS or found.value is None or found.value <= 0 \
            or found.value_high is not None:
        return found
    cell = _BRACKETED_CELL.search(text, cell_start, cell_end)
    if cell is None or text[cell_start:cell.start()].strip(_CELL_MARKUP) \
            or text[cell.end():cell_end].strip(_CELL_MARKUP):
        return found
    return replace(found, start=cell.start(), end=cell.end(), text=cell.group(),
                   value=-found.value)


@dataclass(frozen=True, slots=True)
class _Note:
    """What a caption or label says of the amounts under it."""

    scale: float | None = None
    currency: str | None = None
    percent: bool = False
    unit: tuple[str, str] | None = None  # a measure's or a duration's (unit, kind)


_NO_NOTE = _Note()


def _note(label: str | None) -> tuple[str | None, _Note]:
    """Return a label without its unit notes, and what the notes say."""
    if label is None:
        return None, _NO_NOTE
    scale, currency, percent = None, None, False
    # "Height (m)" is in metres: no scale note, but a measure's unit (below)
    match = None if _METRES_NOT_MILLIONS.search(label) else _UNIT_NOTE.search(label)
    if match and (match.group("currency") or match.group("scale") or match.group("written")):
        written = match.group("scale") or match.group("written")
        scale = _SCALES[written.lower()] if written else None
        currency = _prefix_currency(match.group("currency"))[0]
        rate = f" per {match.group('rate')}" if match.group("rate") else ""
        label = label[:match.start()].rstrip() + rate + label[match.end():]
    elif (trailing := _TRAILING_CURRENCY.search(label)) is not None:
        currency = _prefix_currency(trailing.group("currency"))[0]
        if currency is not None:  # "Rent, £ per month": "Rent per month"
            rate = f" per {trailing.group('rate')}" if trailing.group("rate") else ""
            label = label[:trailing.start()] + rate
            if trailing.group("scale"):
                scale = _SCALES[trailing.group("scale").lower()]
    unit = None
    if _PERCENT_HEADER.search(label):
        percent = True
        label = _PERCENT_HEADER.sub("", label)
    elif scale is None and currency is None:
        measure = _MEASURE_NOTE.search(label)
        found = _lookup_unit(measure.group("b") or measure.group("c")) if measure else None
        if found is not None and (found[1] in ("measure", "duration") or found[0] == "pp"):
            unit = (found[0], found[1])  # "Elevation (m)", "Age (years)", "Change (pp)"
            label = label[:measure.start()] + label[measure.end():]
    label = label.strip(" ,:;-–")
    return (label or None), _Note(scale, currency, percent, unit)


def _first_says(*notes: _Note) -> _Note:
    """Return one note: of ``notes`` (column, row, table), the first that says each thing."""
    return _Note(
        scale=next((note.scale for note in notes if note.scale is not None), None),
        currency=next((note.currency for note in notes if note.currency is not None), None),
        percent=any(note.percent for note in notes),
        unit=next((note.unit for note in notes if note.unit is not None), None),
    )


def _with_note(found: FoundFigure, note: _Note) -> FoundFigure:
    """Return the figure read with what its cell's unit note says."""
    if found.unit is None and found.kind in ("count", "number"):
        if note.percent:
            return replace(found, kind="percent", unit="%")
        if note.currency is not None:
            found = replace(found, kind="money", unit=note.currency)
        elif note.unit is not None:
            return replace(found, kind=note.unit[1], unit=note.unit[0])
    scale = note.scale
    if scale is None or found.kind not in _SCALED_KINDS or found.value is None \
            or _OWN_SCALE.search(found.text):
        return found
    high = None if found.value_high is None else exact(found.value_high * scale)
    return replace(found, value=exact(found.value * scale), value_high=high)


def _label_cell(text: str, row: list[tuple[int, int]]) -> int:
    """Return the index of a row's label: its first cell with words, else its first cell.

    A rank or a blank may stand before the name ("| 2 | Wellington | 418,500 |").
    """
    for index, (start, end) in enumerate(row[:-1]):
        if any(character.isalpha() for character in text[start:end]):
            return index
    return 0


def _is_header(text: str, row: list[tuple[int, int]],
               masked: list[tuple[int, int]] | None, language: str | None) -> bool:
    """Whether a table's first row, with no delimiter row under it, labels its columns.

    It does when its later cells hold no amount: words ("Population"), or
    periods ("2024", "Q1 2025").
    """
    for cell_start, cell_end in row[1:]:
        if _is_period(_label(text, (cell_start, cell_end))) or not _has_digit(
                text, cell_start, cell_end):
            continue
        found = find_figures(text, cell_start, cell_end, masked, language=language)
        if any(figure.kind not in _HEADER_KINDS for figure in found):
            return False
    return True


def _in_table(found: FoundFigure, row_label: str | None,
              column_label: str | None) -> FoundFigure:
    """Return the figure with the subject its row and column give it."""
    if found.subject is not None:
        return found
    row_is_period, column_is_period = _is_period(row_label), _is_period(column_label)
    # What is measured is a label that names no period, the column's when both
    # do; the other label, entity or period, says which one: "Population
    # (France)", "Sales (2025)", "Deaths (2023)".
    if column_label is not None and not column_is_period:
        measure, which = column_label, row_label
    elif row_label is not None and not row_is_period:
        measure, which = row_label, column_label
    else:
        return found
    return replace(found, subject=f"{measure} ({which})" if which else measure)
