"""Plain records that the extractors yield and the table layer turns into DataFrames.

Each record carries its own id and ``start``/``end`` offsets into the
article's text, so every table row points back to where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
#: Figure kinds in the order the ``kind`` categorical uses.
FIGURE_KINDS_ORDER = (
    "count", "year", "date", "money", "percent", "measure", "duration", "ordinal", "number",
)


@dataclass(slots=True)
class SourceEntry:
    """One entry of a source list."""

    marker: str
    start: int
    end: int
    text: str
    position: int
    is_note: bool = False  # a footnote ("[^1]: …"): free text, not an "Outlet: Title" entry


@dataclass(slots=True)
class Block:
    """One block of the page in reading order.

    ``content_start`` is where the block's content begins after any bullet
    label, so sentences are looked for in ``text[content_start:end]``.
    """

    block_id: int
    kind: str
    start: int
    end: int
    text: str
    section: str | None = None
    label: str | None = None
    content_start: int = 0
    duplicate_of: int | None = None
    entries: list[SourceEntry] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
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
    hedge_cues: list[str] = field(default_factory=list)
    attribution: str | None = None
    markers: list[str] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    """A number mentioned in the article (a row of ``figures``)."""

    figure_id: int
    claim_id: int | None
    block_id: int
    text: str
    value: float | None
    value_high: float | None
    kind: str
    unit: str | None
    qualifier: str | None
    subject: str | None
    start: int
    end: int
