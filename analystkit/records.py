"""Plain records that the extractors yield and the table layer turns into DataFrames.

Each record carries its own id and ``start``/``end`` offsets into the
article's text, so every table row points back to where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Block kinds in the order the ``kind`` categorical uses.
BLOCK_KINDS = (
    "title", "headline", "dek", "heading", "paragraph", "bullet", "quote",
    "sources", "tags", "boilerplate", "meta",
)
#: Kinds whose sentences can be claims.
CLAIM_KINDS = frozenset({"headline", "dek", "paragraph", "bullet", "quote"})
#: Kinds whose numbers are listed in ``figures`` (page furniture and
#: repeats are left out; headings and source titles are kept).
FIGURE_KINDS = CLAIM_KINDS | {"title", "heading", "sources"}
#: The label of a block that is a data table (kind ``boilerplate``: it holds no
#: sentence to read as a claim), whose numbers are listed in ``figures`` cell by cell.
TABLE_LABEL = "table"
#: The heading under which the document readers (Word, OpenDocument, RTF) append a
#: document's footnotes and endnotes as ``[n] text`` lines.
NOTES_HEADING = "## Notes"
#: Figure kinds in the order the ``kind`` categorical uses.
FIGURE_KINDS_ORDER = (
    "count", "year", "date", "money", "percent", "measure", "duration", "ordinal", "number",
)


@dataclass(slots=True)
class SourceEntry:
    """One entry of a source list: ``text[start:end]``, its content from ``content_start``."""

    marker: str
    start: int
    end: int
    content_start: int
    position: int
    is_note: bool = False  # a footnote ("[^1]: …"): free text, not an "Outlet: Title" entry


@dataclass(slots=True)
class Block:
    """One block of the page in reading order.

    A block holds offsets, not text: its text is ``text[start:end]`` of the
    article, and its content after any bullet label ``text[content_start:end]``.
    (A corpus keeps one copy of each article's text, not a second one in pieces.)
    """

    block_id: int
    kind: str
    start: int
    end: int
    section: str | None = None
    label: str | None = None
    content_start: int = 0
    duplicate_of: int | None = None
    entries: Sequence[SourceEntry] = ()
    tags: Sequence[str] = ()
    has_dateline: bool = False


@dataclass(slots=True)
class Source:
    """A parsed source-list entry (a row of ``sources``)."""

    source_id: int
    marker: str
    outlet: str | None
    title: str | None
    url: str | None
    start: int
    end: int
    block_id: int


@dataclass(slots=True)
class Claim:
    """A sentence that asserts something (a row of ``claims``)."""

    claim_id: int
    block_id: int
    section: str | None
    label: str | None
    text: str
    start: int
    end: int
    hedge_cues: Sequence[str] = ()
    attribution: str | None = None
    source_ids: Sequence[int] = ()


@dataclass(slots=True)
class Figure:
    """A number mentioned in the article (a row of ``figures``).

    Its text is ``text[start:end]`` of the article, read when the table is built.
    """

    figure_id: int
    claim_id: int | None
    block_id: int
    value: float | None
    value_high: float | None
    kind: str
    unit: str | None
    qualifier: str | None
    subject: str | None
    start: int
    end: int
