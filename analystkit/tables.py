"""Tables: records → tidy pandas DataFrames, built once per table.

Rows from many articles are collected as plain lists first and each table is
built in one go with an ``article_id`` column, so a corpus costs one
DataFrame construction per table rather than one per article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
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


@dataclass(slots=True)
class ArticleRecords:
    """Everything the table layer needs about one article.

    The text is kept as UTF-8 bytes and decoded on use: Python stores a
    ``str`` with one emoji at four bytes per character, and a corpus holds
    the text of every article.
    """

    article_id: str
    meta: dict[str, Any]
    blocks: list[Block]
    extraction: Extraction
    utf8: bytes = b""

    @property
    def tags(self) -> list[str]:
        """The article's tags, in order: those of its tag blocks, then the page's own."""
        tags = [tag for block in self.blocks if block.kind == "tags" for tag in block.tags]
        listed = {tag.lower() for tag in tags}
        for tag in self.meta.get("tags", ()):
            if tag.lower() not in listed:
                tags.append(tag)
                listed.add(tag.lower())
        return tags

    @property
    def text(self) -> str:
        """The article's text; every ``start``/``end`` offset points into it."""
        return self.utf8.decode("utf-8", "surrogatepass")

    @classmethod
    def with_text(cls, text: str, **fields: Any) -> ArticleRecords:
        """Build records that hold ``text`` (encoded once, here)."""
        return cls(utf8=text.encode("utf-8", "surrogatepass"), **fields)


def _dtype(name: str):
    import pandas as pd

    if name == "block_kind":
        return pd.CategoricalDtype(BLOCK_KINDS)
    if name == "figure_kind":
        return pd.CategoricalDtype(FIGURE_KINDS_ORDER)
    return pd.api.types.pandas_dtype(name)


@cache
def _column_dtypes(table: str) -> tuple[tuple[str, Any, ColumnBuilder], ...]:
    """Return a table's (column, dtype object, array builder) triples, resolved once.

    Naming a dtype by string makes pandas search its dtype registry on every
    array, and a categorical dtype is costly to build; both are immutable.
    """
    resolved = []
    for column, name in SCHEMAS[table].items():
        dtype = _dtype(name)
        resolved.append((column, dtype, _builder(dtype)))
    return tuple(resolved)


def frame(table: str, rows: dict[str, list]) -> pd.DataFrame:
    """Build one table from column lists, with the schema's dtypes and order."""
    import pandas as pd

    # The dict holds the schema's columns in order: no ``columns=`` to reindex by;
    # its arrays are new and nobody else's, so the frame need not copy them.
    return pd.DataFrame({column: build(rows.get(column, []), dtype)
                         for column, dtype, build in _column_dtypes(table)}, copy=False)


# --- column arrays ----------------------------------------------------------
#
# ``pd.array`` infers and converts value by value whatever it is given; the
# columns here hold plain Python values of one known type, so each dtype's
# array is assembled from one NumPy or pyarrow array directly. Any other
# values go through ``pd.array`` as before.

ColumnBuilder = Callable[[list, Any], Any]
_NONE = type(None)
_STRINGS = frozenset({str, _NONE})
_INTEGERS = frozenset({int, _NONE})
_REALS = frozenset({float, int, _NONE})


def _builder(dtype: Any) -> ColumnBuilder:
    """Return the function that turns a column's values into an array of ``dtype``."""
    import pandas as pd

    if isinstance(dtype, pd.CategoricalDtype):
        return _categorical_array
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return _string_array
    if isinstance(dtype, pd.Int64Dtype):
        return _integer_array
    if isinstance(dtype, pd.Float64Dtype):
        return _float_array
    if dtype == "bool":
        return _bool_array
    return _any_array


def _any_array(values: list, dtype: Any) -> Any:
    import pandas as pd

    return pd.array(values, dtype=dtype)


def _string_array(values: list, dtype: Any) -> Any:
    """Strings and None: one pyarrow ``large_string`` array, as ``pd.array`` stores them."""
    if not _STRINGS.issuperset(map(type, values)):
        return _any_array(values, dtype)
    import pandas as pd
    import pyarrow as pa

    array = pa.array(values, type=pa.large_string(), memory_pool=_string_pool())
    return pd.arrays.ArrowStringArray(array, dtype=dtype)


@cache
def _string_pool() -> Any:
    """Return the pyarrow memory pool that string columns are built in: the C allocator's.

    pyarrow grows a string column's buffer as it converts the values and
    trims it at the end; its default pool (mimalloc in most wheels) keeps
    the outgrown space, while the C allocator hands it back: the tables of
    10,000 articles took a fifth more memory in the default pool. Only these
    arrays use this pool; pyarrow's default, shared with other code, is left
    as it is.
    """
    import pyarrow as pa

    return pa.system_memory_pool()


def _integer_array(values: list, dtype: Any) -> Any:
    """Python ints and None: an int64 array and its missing-value mask."""
    types = set(map(type, values))
    if not _INTEGERS.issuperset(types):
        return _any_array(values, dtype)
    import numpy as np
    import pandas as pd

    if _NONE in types:
        mask = np.array([v is None for v in values], dtype=bool)
        data = np.array([0 if v is None else v for v in values], dtype=np.int64)
    else:
        mask = np.zeros(len(values), dtype=bool)
        data = np.array(values, dtype=np.int64)
    return pd.arrays.IntegerArray(data, mask)


def _float_array(values: list, dtype: Any) -> Any:
    """Python numbers and None: a float64 array, None and NaN masked as missing."""
    if not _REALS.issuperset(map(type, values)):
        return _any_array(values, dtype)
    import numpy as np
    import pandas as pd

    data = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    return pd.arrays.FloatingArray(data, np.isnan(data))


def _bool_array(values: list, dtype: Any) -> Any:
    """Python bools: a NumPy bool array (what a ``bool`` column holds)."""
    if not {bool}.issuperset(map(type, values)):
        return _any_array(values, dtype)
    import numpy as np

    return np.array(values, dtype=bool)


def _categorical_array(values: list, dtype: Any) -> Any:
    """Category names: their codes in ``dtype`` (-1, missing, for any other value)."""
    import pandas as pd

    code = _category_codes(dtype)
    return pd.Categorical.from_codes([code.get(v, -1) for v in values], dtype=dtype)


@cache
def _category_codes(dtype: Any) -> dict[Any, int]:
    return {category: code for code, category in enumerate(dtype.categories)}


#: Articles whose rows are gathered as Python lists before they become one
#: chunk of each table: bounds the memory that plain rows take on a large corpus
#: while keeping the number of chunks (and the cost of joining them) small.
BATCH_ARTICLES = 1000


def build_tables(records: Iterable[ArticleRecords]) -> dict[str, pd.DataFrame]:
    """Build every table from the records of one or more articles.

    Tables are built one after the other, each in chunks of BATCH_ARTICLES
    articles, so a large corpus never holds the plain rows of more than one
    chunk of one table at a time.

    Parameters
    ----------
    records : iterable of ArticleRecords
        One entry per article, in the order rows should appear.

    Returns
    -------
    dict of str to DataFrame
        Keyed by the names in TABLE_NAMES.
    """
    records = list(records)
    return {table: _build_table(table, records) for table in TABLE_NAMES}


def _build_table(table: str, records: list[ArticleRecords]) -> pd.DataFrame:
    add_rows = _ROW_WRITERS[table]
    chunks = []
    for first in range(0, max(len(records), 1), BATCH_ARTICLES):
        columns: dict[str, list] = {column: [] for column in SCHEMAS[table]}
        for rec in records[first:first + BATCH_ARTICLES]:
            add_rows(columns, rec)
        chunks.append(frame(table, columns))
    if len(chunks) == 1:
        return chunks[0]
    import pandas as pd

    return pd.concat(chunks, ignore_index=True)


def _article_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    ex = rec.extraction
    meta = dict(rec.meta)
    meta.update(article_id=rec.article_id, n_blocks=len(rec.blocks), n_claims=len(ex.claims),
                n_figures=len(ex.figures), n_sources=len(ex.sources),
                n_citations=len(ex.citations))
    for column, values in columns.items():
        values.append(meta.get(column))


def _block_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    text = rec.text
    _extend(columns, rec.article_id, _record_columns(
        "blocks", rec.blocks, text=[text[b.start:b.end] for b in rec.blocks]))


def _claim_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    claims = rec.extraction.claims
    kinds = {b.block_id: b.kind for b in rec.blocks}
    figures_per_claim: dict[int, int] = {}
    for f in rec.extraction.figures:
        if f.claim_id is not None:
            figures_per_claim[f.claim_id] = figures_per_claim.get(f.claim_id, 0) + 1
    _extend(columns, rec.article_id, _record_columns(
        "claims", claims,
        block_kind=[kinds[c.block_id] for c in claims],
        hedged=[bool(c.hedge_cues) for c in claims],
        hedge_cues=[", ".join(c.hedge_cues) for c in claims],
        n_sources=[len(c.source_ids) for c in claims],
        n_figures=[figures_per_claim.get(c.claim_id, 0) for c in claims]))


def _citation_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    citations = rec.extraction.citations
    _extend(columns, rec.article_id, {
        "claim_id": [claim_id for claim_id, _ in citations],
        "source_id": [source_id for _, source_id in citations],
    })


def _figure_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    figures = rec.extraction.figures
    text = rec.text if figures else ""
    _extend(columns, rec.article_id, _record_columns(
        "figures", figures, text=[text[f.start:f.end] for f in figures]))


def _source_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    sources = rec.extraction.sources
    cited: dict[int, int] = {}
    for _, source_id in rec.extraction.citations:
        cited[source_id] = cited.get(source_id, 0) + 1
    _extend(columns, rec.article_id, _record_columns(
        "sources", sources, n_claims=[cited.get(s.source_id, 0) for s in sources]))


def _tag_rows(columns: dict[str, list], rec: ArticleRecords) -> None:
    _extend(columns, rec.article_id, {"tag": rec.tags})


def _record_columns(table: str, records: Sequence[Any], **derived: list) -> dict[str, list]:
    """Return a table's columns for some records: ``derived`` ones, the rest read off attributes.

    Every column of the schema but ``article_id`` that is not in ``derived``
    is the record attribute of the same name.
    """
    return {column: derived[column] if column in derived else list(map(attrgetter(column), records))
            for column in SCHEMAS[table] if column != "article_id"}


def _extend(columns: dict[str, list], article_id: str, values: dict[str, list]) -> None:
    """Append one article's rows, given column by column, to a table's column lists."""
    n_rows = len(next(iter(values.values())))
    columns["article_id"].extend([article_id] * n_rows)
    for column, column_values in values.items():
        columns[column].extend(column_values)


_ROW_WRITERS = {
    "articles": _article_rows, "blocks": _block_rows, "claims": _claim_rows,
    "citations": _citation_rows, "figures": _figure_rows, "sources": _source_rows,
    "tags": _tag_rows,
}
