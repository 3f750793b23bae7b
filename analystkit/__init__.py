"""analystkit: take news articles apart into tidy tables of claims, figures and sources.

>>> import analystkit as ak
>>> art = ak.load_article("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
>>> art.claims, art.figures, art.sources, art.citations  # doctest: +SKIP

Heavy libraries (pandas, matplotlib, ipywidgets, the HTML extractor) load on
first use, so ``import analystkit`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    AnalystkitError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    DecodingError,
    DocumentReadError,
    EmptyArticleError,
    EncryptedDocumentError,
    NotTextError,
    UnknownArticleError,
    UnsupportedFormatError,
)

__version__ = "0.1.0"

_LAZY = {
    "Article": "analystkit.article",
    "load_article": "analystkit.article",
    "parse_article": "analystkit.article",
    "Corpus": "analystkit.corpus",
    "load_corpus": "analystkit.corpus",
    "TABLE_NAMES": "analystkit.tables",
    "open_store": "analystkit.triage",
    "join_verdicts": "analystkit.triage",
}
_LAZY_MODULES = ("plot", "widgets", "audit", "tables", "triage", "dask", "insights", "notebook")

if TYPE_CHECKING:
    from .article import Article, load_article, parse_article
    from .corpus import Corpus, load_corpus
    from .tables import TABLE_NAMES
    from .triage import join_verdicts, open_store

__all__ = [
    "AnalystkitError", "ArticleNotFoundError", "ArticleTooLargeError", "Article", "Corpus",
    "DecodingError", "DocumentReadError", "EmptyArticleError", "EncryptedDocumentError",
    "NotTextError", "TABLE_NAMES", "UnknownArticleError",
    "UnsupportedFormatError", "join_verdicts", "load_article", "load_corpus", "open_store",
    "parse_article",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    if name in _LAZY_MODULES:
        return import_module(f"analystkit.{name}")
    raise AttributeError(f"module 'analystkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_LAZY_MODULES))
