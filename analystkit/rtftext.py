r"""Rich Text Format (.rtf) → article text: the body as light Markdown, plus its metadata.

News archives export articles as RTF (LexisNexis, Factiva), and word processors
save it. striprtf reads the body: control words, font and colour tables, pictures
and the document's information group are dropped, escaped characters are decoded
by the document's code page (``\ansicpg``) or a font's character set, and
``\u`` Unicode escapes are kept. Each paragraph is written on one line with a
blank line between paragraphs, as the Word reader writes a document, and the rows
of a table (cells ended by ``\cell``, rows by ``\row``) as Markdown pipe rows,
whose numbers are read cell by cell. The ``\info`` group gives the title, author
and creation date.
"""

from __future__ import annotations

import codecs
import re

from .errors import DocumentReadError, EmptyArticleError, NotTextError
from .records import NOTES_HEADING

#: How every RTF document opens (RTF 1.9.1 specification, "RTF Syntax").
RTF_SIGNATURE = b"{\\rtf"
#: Deepest nesting of groups read: Word nests a few dozen deep at most; a file of
#: thousands of open braces is hostile, and is refused before it is parsed.
MAX_GROUP_DEPTH = 500
# The code page of the document's 8-bit text ("\ansicpg1251"); Windows Latin by default.
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
DEFAULT_CODE_PAGE = "cp1252"
# The document information fields read as metadata (RTF 1.9.1, "Information Group").
_INFO_TEXT = re.compile(
    r"\{\\(?P<field>title|author|subject|keywords)[ ]?(?P<value>(?:[^{}\\]|\\.)*)\}")
_CREATED = re.compile(r"\{\\creatim(?P<time>(?:\\[a-z]+\d+)+)\}")
_TIME_PART = re.compile(r"\\(yr|mo|dy)(\d+)")
# striprtf writes a table cell's end as "|" and a row's end as a line break.
_TABLE_ROW = re.compile(r"^(?:[^|\n]*\|){2,}[ \t]*$")


def rtf_to_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """Read an RTF document's body and metadata.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        The body as light Markdown (one paragraph per line, blank lines between
        paragraphs, tables as pipe rows) and ``title``, ``author``,
        ``published`` (the ISO date the document was created) and ``language``
        (None: RTF declares languages per run, not per document).

    Raises
    ------
    NotTextError
        The bytes are no RTF document.
    DocumentReadError
        Groups nested beyond MAX_GROUP_DEPTH, or the body cannot be read.
    EmptyArticleError
        The document holds no text.
    """
    from striprtf.striprtf import rtf_to_text as strip_rtf

    if not data.lstrip().startswith(RTF_SIGNATURE):
        raise NotTextError(source, "is not an RTF document (it does not open with {\\rtf)")
    code_page = _code_page(data)
    try:  # RTF is 7-bit text; some writers put raw UTF-8 in it, others the code page's bytes
        rtf = data.decode("utf-8")
    except UnicodeDecodeError:
        rtf = data.decode(code_page, errors="replace")
    if _nests_deeper_than(rtf, MAX_GROUP_DEPTH):
        raise DocumentReadError(source, f"the RTF document nests groups over {MAX_GROUP_DEPTH} "
                                        "deep")
    if code_page == DEFAULT_CODE_PAGE and _CODE_PAGE.search(data, 0, 4096) is not None:
        # a code page Python knows no codec for ("\ansicpg99999"): striprtf would read
        # the text as UTF-8 and replace its accented letters; read it as Windows Latin
        rtf = re.sub(r"\\ansicpg\d{3,5}", lambda _: "\\ansicpg1252", rtf, count=1)
    try:
        rtf, notes = _take_footnotes(rtf, code_page)
        body = strip_rtf(rtf, encoding=code_page, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError, OverflowError) as exc:
        # (OverflowError: a character number past Unicode's, "\u99999999999")
        raise DocumentReadError(source, f"the RTF document cannot be read ({exc})") from exc
    text = _as_markdown(body or "")
    if not text.strip():
        raise EmptyArticleError(source, "the RTF document holds no text")
    if notes:
        text += "\n" + NOTES_HEADING + "\n\n" + "\n".join(
            f"[{number}] {note}" for number, note in enumerate(notes, start=1)) + "\n"
    return text, _metadata(rtf)


# A footnote's or endnote's group ("{\footnote …}", "{\*\footnote …}"), found by its
# opening; its end is found by counting braces.
_FOOTNOTE_OPEN = re.compile(r"\{(?:\\\*)?\\footnote\b")
# The call's automatic number, alone in its own group ("{\cs16\super\chftn}") or bare.
_NOTE_CALL = re.compile(r"\{(?:\\[a-z]+-?\d*[ ]?)*\\chftn[ ]?\}|\\chftn\b[ ]?")


def _take_footnotes(rtf: str, code_page: str) -> tuple[str, list[str]]:
    r"""Replace each footnote group by its ``[n]`` call and return the notes' texts.

    Word, LexisNexis and Factiva write a note inside the paragraph that calls it
    ("…loaded barges.{\cs16\super\chftn}{\footnote … Port of Halvik Authority, …}");
    striprtf skips the group, and the note with it. The call's automatic number
    (``\chftn``) is dropped, as the ``[n]`` stands for it.
    """
    from striprtf.striprtf import rtf_to_text as strip_rtf

    if "\\footnote" not in rtf:
        return rtf, []
    pieces: list[str] = []
    notes: list[str] = []
    position = 0
    for opening in _FOOTNOTE_OPEN.finditer(rtf):
        if opening.start() < position:
            continue  # inside a note already taken
        end = _group_end(rtf, opening.start())
        note_rtf = _NOTE_CALL.sub("", rtf[opening.end():end - 1])
        note = " ".join(strip_rtf("{\\rtf1 " + note_rtf + "}", encoding=code_page,
                                  errors="replace").split())
        call = _NOTE_CALL.sub("", rtf[position:opening.start()])
        if note:
            notes.append(note)
            pieces += [call, f"[{len(notes)}]"]  # right after the words it notes, as printed
        else:
            pieces.append(call)
        position = end
    pieces.append(rtf[position:])
    return "".join(pieces), notes


def _group_end(rtf: str, start: int) -> int:
    """Return the index just after the group that opens at ``rtf[start]``."""
    depth = 0
    index = start
    while index < len(rtf):
        char = rtf[index]
        if char == "\\":
            index += 2  # an escaped brace or backslash, or a control word's first letter
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(rtf)


def _code_page(data: bytes) -> str:
    """Return the Python codec of the document's ANSI code page, cp1252 when unknown."""
    match = _CODE_PAGE.search(data, 0, 4096)
    if match is None:
        return DEFAULT_CODE_PAGE
    name = f"cp{int(match.group(1))}"
    try:
        codecs.lookup(name)
    except LookupError:
        return DEFAULT_CODE_PAGE
    return name


def _nests_deeper_than(rtf: str, limit: int) -> bool:
    """Whether the document's braces nest deeper than ``limit`` (escaped ones do not count).

    The scan stops at the first group past the limit.
    """
    depth = 0
    for match in re.finditer(r"\\[{}\\]|[{}]", rtf):
        brace = match.group()
        if brace == "{":
            depth += 1
            if depth > limit:
                return True
        elif brace == "}":
            depth -= 1
    return False


def _as_markdown(body: str) -> str:
    """Write striprtf's output as light Markdown: paragraphs apart, tables as pipe rows."""
    lines = [" ".join(line.replace("\xa0", " ").split()) if "|" not in line else line.strip()
             for line in body.replace("\r", "\n").split("\n")]
    out: list[str] = []
    in_table = False
    for line in lines:
        if _TABLE_ROW.match(line):
            cells = [cell.strip() for cell in line.rstrip().rstrip("|").split("|")]
            row = "| " + " | ".join(cells) + " |"
            if not in_table:
                if out and out[-1]:
                    out.append("")
                out += [row, "|" + "---|" * len(cells)]
                in_table = True
            else:
                out.append(row)
            continue
        if in_table:
            out.append("")
            in_table = False
        if line:
            out += [line, ""]
    return "\n".join(out).strip() + "\n"


def _metadata(rtf: str) -> dict[str, str | None]:
    r"""Read title, author and creation date from the ``\info`` group."""
    from striprtf.striprtf import rtf_to_text as strip_rtf

    info_at = rtf.find("{\\info")
    info = rtf[info_at:info_at + 20_000] if info_at != -1 else ""
    fields: dict[str, str | None] = {"title": None, "author": None, "published": None,
                                     "language": None}
    for match in _INFO_TEXT.finditer(info):
        if match.group("field") in ("title", "author"):
            value = " ".join(strip_rtf("{\\rtf1 " + match.group("value") + "}",
                                       errors="replace").split())
            fields[match.group("field")] = value or None
    created = _CREATED.search(info)
    if created:
        parts = dict(_TIME_PART.findall(created.group("time")))
        try:
            year, month, day = int(parts["yr"]), int(parts["mo"]), int(parts["dy"])
        except (KeyError, ValueError):
            year = 0
        if 1900 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31:
            fields["published"] = f"{year:04d}-{month:02d}-{day:02d}"
    return fields
