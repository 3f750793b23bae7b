"""Tables: records → tidy pandas DataFrames, built once per table.

Rows from many articles are collected as plain lists first and each table is
built in one go with an ``article_id`` column, so a corpus costs one
DataFrame construction per table rather than one per article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .records import BLOCK_KINDS, FIGURE_KINDS_ORDER

if TYPE_CHECKING:
    import pandas as pd

    from .extract import Extraction
    from .records import Block

TABLE_NAMES = ("articles", "blocks", "claims", "citations", "figures", "sources", "tags")

#: Column name → dtype for every table, in column order. ``str`` is pandas'
#: string dtype (missing = NaN); ``Int64``/``Float64``/``boolean`` are nullable.
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "str", "path": "str", "format": "str", "title": "str", "headline": "str",
        "outlet": "str", "author": "str", "url": "str", "published": "str", "language": "str",
        "dateline": "str", "encoding": "str", "n_chars": "Int64", "n_blocks": "Int64",
        "n_claims": "Int64", "n_figures": "Int64", "n_sources": "Int64", "n_citations": "Int64",
    },
    "blocks": {
        "article_id": "str", "block_id": "Int64", "kind": "block_kind", "section": "str",
        "label": "str", "text": "str", "start": "Int64", "end": "Int64", "duplicate_of": "Int64",
    },
    "claims": {
        "article_id": "str", "claim_id": "Int64", "block_id": "Int64", "block_kind": "block_kind",
        "section": "str", "label": "str", "text": "str", "hedged": "bool", "hedge_cues": "str",
        "attribution": "str", "n_sources": "Int64", "n_figures": "Int64", "start": "Int64",
        "end": "Int64",
    },
    "citations": {
        "article_id": "str", "claim_id": "Int64", "source_id": "Int64",
    },
    "figures": {
        "article_id": "str", "figure_id": "Int64", "claim_id": "Int64", "block_id": "Int64",
        "text": "str", "value": "Float64", "value_high": "Float64", "kind": "figure_kind",
        "unit": "str", "qualifier": "str", "subject": "str", "start": "Int64", "end": "Int64",
    },
    "sources": {
        "article_id": "str", "source_id": "Int64", "marker": "str", "outlet": "str",
        "title": "str", "url": "str", "n_claims": "Int64", "start": "Int64", "end": "Int64",
    },
    "tags": {"article_id": "str", "tag": "str"},
}


@dataclass
class ArticleRecords:
    """Everything the table layer needs about one article."""

    article_id: str
    meta: dict[str, Any]
    blocks: list[Block]
    extraction: Extraction
    tags: list[str] = field(default_factory=list)


def _dtype(name: str):
    import pandas as pd

    if name == "block_kind":
        return pd.CategoricalDtype(BLOCK_KINDS)
    if name == "figure_kind":
        return pd.CategoricalDtype(FIGURE_KINDS_ORDER)
    return name


def frame(table: str, rows: dict[str, list]) -> pd.DataFrame:
    """Build one table from column lists, with the schema's dtypes and order."""
    import pandas as pd

    schema = SCHEMAS[table]
    data = {}
    for column, dtype in schema.items():
        values = rows.get(column, [])
        data[column] = pd.array(values, dtype=_dtype(dtype)) if dtype != "bool" else pd.array(
            values, dtype="bool")
    return pd.DataFrame(data, columns=list(schema))


def build_tables(records: Iterable[ArticleRecords]) -> dict[str, pd.DataFrame]:
    """Build every table from the records of one or more articles.

    Parameters
    ----------
    records : iterable of ArticleRecords
        One entry per article, in the order rows should appear.

    Returns
    -------
    dict of str to DataFrame
        Keyed by the names in TABLE_NAMES.
    """
    rows: dict[str, dict[str, list]] = {t: {c: [] for c in SCHEMAS[t]} for t in TABLE_NAMES}
    for rec in records:
        _add_article(rows, rec)
    return {table: frame(table, rows[table]) for table in TABLE_NAMES}


def _add(rows: dict[str, list], **values: Any) -> None:
    for column, value in values.items():
        rows[column].append(value)


def _add_article(rows: dict[str, dict[str, list]], rec: ArticleRecords) -> None:
    aid, ex = rec.article_id, rec.extraction
    for b in rec.blocks:
        _add(rows["blocks"], article_id=aid, block_id=b.block_id, kind=b.kind, section=b.section,
             label=b.label, text=b.text, start=b.start, end=b.end, duplicate_of=b.duplicate_of)
    kinds = {b.block_id: b.kind for b in rec.blocks}
    figures_per_claim: dict[int, int] = {}
    for f in ex.figures:
        if f.claim_id is not None:
            figures_per_claim[f.claim_id] = figures_per_claim.get(f.claim_id, 0) + 1
        _add(rows["figures"], article_id=aid, figure_id=f.figure_id, claim_id=f.claim_id,
             block_id=f.block_id, text=f.text, value=f.value, value_high=f.value_high,
             kind=f.kind, unit=f.unit, qualifier=f.qualifier, subject=f.subject,
             start=f.start, end=f.end)
    for c in ex.claims:
        _add(rows["claims"], article_id=aid, claim_id=c.claim_id, block_id=c.block_id,
             block_kind=kinds[c.block_id], section=c.section, label=c.label, text=c.text,
             hedged=bool(c.hedge_cues), hedge_cues=", ".join(c.hedge_cues),
             attribution=c.attribution, n_sources=len(c.source_ids),
             n_figures=figures_per_claim.get(c.claim_id, 0), start=c.start, end=c.end)
    for claim_id, source_id in ex.citations:
        _add(rows["citations"], article_id=aid, claim_id=claim_id, source_id=source_id)
    cited = {}
    for _, source_id in ex.citations:
        cited[source_id] = cited.get(source_id, 0) + 1
    for s in ex.sources:
        _add(rows["sources"], article_id=aid, source_id=s.source_id, marker=s.marker,
             outlet=s.outlet, title=s.title, url=s.url, n_claims=cited.get(s.source_id, 0),
             start=s.start, end=s.end)
    for tag in rec.tags:
        _add(rows["tags"], article_id=aid, tag=tag)
    meta = dict(rec.meta)
    meta.update(article_id=aid, n_blocks=len(rec.blocks), n_claims=len(ex.claims),
                n_figures=len(ex.figures), n_sources=len(ex.sources),
                n_citations=len(ex.citations))
    for column in SCHEMAS["articles"]:
        rows["articles"][column].append(meta.get(column))
