"""Corpus: many articles read into one set of tidy tables.

``load_corpus`` takes a folder, a glob pattern or a list of paths, reads every
article (optionally on several local processes), keeps the plain records of
each, and builds every table once from all of them — no per-article
DataFrames are concatenated. Files that fail are listed in ``Corpus.errors``
instead of stopping the load.

>>> import analystkit as ak
>>> corpus = ak.load_corpus("seeds/examples")  # doctest: +SKIP
>>> corpus.figures.groupby("article_id").size()  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import os
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors as _errors
from .errors import AnalystkitError, ArticleNotFoundError, UnknownArticleError
from .reading import SUFFIX_FORMATS

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article
    from .tables import ArticleRecords

#: Suffixes picked up when a folder is scanned (files without a suffix are skipped).
FOLDER_SUFFIXES = frozenset(s for s in SUFFIX_FORMATS if s)
#: A progress bar is shown (when interactive) from this many files up.
PROGRESS_MIN_FILES = 100
#: Article-level fields that ``metadata=`` may set or override.
METADATA_FIELDS = ("title", "headline", "outlet", "author", "url", "published", "language",
                   "dateline")
#: Columns of ``Corpus.errors``.
ERROR_COLUMNS = ("path", "error", "message")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class LoadError:
    """A file that could not be read into the corpus."""

    path: str
    error: str
    message: str


# -- paths ----------------------------------------------------------------------


def expand_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                 ) -> tuple[list[Path], list[LoadError]]:
    """Turn a folder, glob pattern, file or list of them into a list of files.

    Folders are scanned recursively for ``.txt``, ``.md``, ``.html`` (and
    their variants), ``.docx``, ``.odt``, ``.rtf``, ``.pdf``, ``.eml``,
    ``.mhtml`` and ``.json`` (the suffixes of ``reading.SUFFIX_FORMATS``),
    skipping hidden files and folders, in sorted order. Glob
    patterns (``*``, ``?``, ``[``; ``**`` recurses) are expanded in sorted
    order. Files given by name are kept as they are, whatever their suffix,
    so that a wrong file is reported rather than silently skipped.

    Returns
    -------
    tuple of (list of Path, list of LoadError)
        The files, in order, and the inputs that matched nothing.
    """
    if isinstance(paths, (str, os.PathLike)):
        items = [paths]
    elif isinstance(paths, Iterable) and not isinstance(paths, (bytes, bytearray)):
        items = list(paths)
    else:
        raise AnalystkitError(repr(paths)[:60], "expected a folder, a glob pattern, a file "
                              f"or a list of them, got {type(paths).__name__}")
    files: list[Path] = []
    problems: list[LoadError] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            problems.append(LoadError(repr(item)[:60], "AnalystkitError",
                                      f"expected a file path, got {type(item).__name__}"))
            continue
        text = os.fspath(item)
        if not text.strip():
            problems.append(LoadError(repr(text), "ArticleNotFoundError",
                                      "an empty path names no file (use \".\" for the "
                                      "current folder)"))
            continue
        path = Path(text)
        try:
            is_folder = path.is_dir()
        except OSError as exc:  # a name too long for the file system
            problems.append(LoadError(text[:80], "ArticleNotFoundError",
                                      f"not a usable path ({exc.strerror or exc})"))
            continue
        if is_folder:
            found = _scan_folder(path)
            if not found:
                problems.append(LoadError(text, "ArticleNotFoundError",
                                          "folder holds no article files "
                                          "(.txt, .md, .html, .docx, .odt, .rtf, .pdf, "
                                          ".eml, .mhtml, .json)"))
            files.extend(found)
        elif not path.exists() and _GLOB_CHARS & set(text):
            matched = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not matched:
                problems.append(LoadError(text, "ArticleNotFoundError",
                                          "no file matches this pattern"))
            files.extend(matched)
        else:
            files.append(path)
    return files, problems


def _scan_folder(folder: Path) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in FOLDER_SUFFIXES:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def unique_article_ids(paths: Sequence[Path]) -> list[str]:
    """Give each file a readable article id, unique within the list.

    The id is the file name without its suffix, made safe
    (``"Reuters 2014.txt"`` → ``"Reuters_2014"``). Files whose names collide
    get their suffix appended (``story_html``, ``story_txt``); files of the same
    name in different folders get their folder's name before it (``wire_story``,
    ``blogs_story``); any remaining collision gets ``_2``, ``_3`` … in list
    order. The same list always gives the same ids.
    """
    from .article import article_id_for

    bases = [article_id_for(p) for p in paths]
    counts = Counter(bases)
    names = Counter((base, p.suffix.lower()) for p, base in zip(paths, bases, strict=True))
    wanted = []
    for p, base in zip(paths, bases, strict=True):
        if counts[base] > 1 and names[base, p.suffix.lower()] > 1 and p.parent.name:
            wanted.append(f"{article_id_for(Path(p.parent.name))}_{base}")  # same name, folders
        elif counts[base] > 1 and p.suffix:
            wanted.append(f"{base}_{p.suffix.lstrip('.').lower()}")
        else:
            wanted.append(base)
    return _dedupe(wanted)


def _dedupe(wanted: Sequence[str]) -> list[str]:
    """Append ``_2``, ``_3`` … to repeats, never producing an id wanted elsewhere."""
    natural = set(wanted)
    taken: set[str] = set()
    ids = []
    for name in wanted:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}_{n}"
            if candidate in natural:
                candidate = name  # keep looking: that id belongs to another file
        taken.add(candidate)
        ids.append(candidate)
    return ids


# -- reading one file (runs in worker processes too) ----------------------------------------


def _read_one(task: tuple[str, str, int | None, bool]) -> tuple[Any, ...]:
    """Read one file into records; failures come back as plain data.

    Exceptions are not sent between processes (AnalystkitError subclasses
    take two arguments and do not survive pickling); their class name,
    message and input are.
    """
    path, article_id, max_bytes, catch_all = task
    from .article import load_article

    try:
        article = load_article(path, article_id=article_id, max_bytes=max_bytes)
    except AnalystkitError as exc:
        return ("error", type(exc).__name__, exc.problem, exc.source)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a corpus
        if not catch_all:
            raise
        return ("error", type(exc).__name__, str(exc) or repr(exc), path)
    records = article._records
    del article
    _settle_text(records)
    return ("ok", records)


def _settle_text(records: ArticleRecords) -> None:
    """Move an article's text to a new buffer once reading's scratch memory is free.

    The text is the one large object that outlives reading a file. Made while
    the reader's large scratch strings were live, it sits between them, and the
    gaps they leave are too small for the next file's scratch strings: a corpus
    then holds about one stranded gap per text. Copied now, the text takes the
    lowest gap that fits (with the system allocator) and the gaps merge.
    """
    records.utf8 = bytes(memoryview(records.utf8))


def _raise_again(path: str, error: str, message: str, source: str) -> None:
    cls = getattr(_errors, error, None)
    if isinstance(cls, type) and issubclass(cls, AnalystkitError):
        raise cls(source, message)
    raise AnalystkitError(path, f"{error}: {message}")


# -- the corpus ---------------------------------------------------------------------


class Corpus:
    """Many articles in one set of tables.

    A corpus has the same tables as an :class:`~analystkit.article.Article`
    (``articles``, ``blocks``, ``claims``, ``citations``, ``figures``,
    ``sources``, ``tags``), with rows from every article keyed by
    ``article_id``, in corpus order. Iterating yields the articles;
    ``corpus[article_id]`` returns one.

    Parameters
    ----------
    articles : iterable of Article
        The articles, in the order their rows should appear. Their ids must
        be unique.
    errors : iterable of LoadError, optional
        Inputs that could not be read (see :attr:`errors`).

    Raises
    ------
    ValueError
        Two articles share an ``article_id``.
    """

    def __init__(self, articles: Iterable[Article] = (), errors: Iterable[LoadError] = ()) -> None:
        self._articles: dict[str, Article] = {}
        for article in articles:
            if article.article_id in self._articles:
                raise ValueError(f"two articles have the id {article.article_id!r}; "
                                 "ids must be unique within a corpus")
            self._articles[article.article_id] = article
        self._errors = list(errors)

    # -- container ----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles.values())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles

    def __getitem__(self, article_id: str) -> Article:
        try:
            return self._articles[article_id]
        except (KeyError, TypeError):
            shown = ", ".join(list(self._articles)[:5]) + (" …" if len(self) > 5 else "")
            raise UnknownArticleError(
                article_id, f"no such article in this corpus (ids: {shown or 'none'})") from None

    @property
    def ids(self) -> list[str]:
        """Article ids in corpus order."""
        return list(self._articles)

    def select(self, article_ids: Iterable[str]) -> Corpus:
        """Return a corpus of the given articles, in the order given."""
        return Corpus([self[aid] for aid in article_ids])

    @property
    def records(self) -> list[ArticleRecords]:
        """The plain records of every article (what the tables are built from)."""
        return [article._records for article in self._articles.values()]

    # -- tables -------------------------------------------------------------------
    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        from .tables import build_tables

        return build_tables(self.records)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table, keyed by name (articles, blocks, claims, …)."""
        return {name: table.copy() for name, table in self._tables.items()}

    @property
    def articles(self) -> pd.DataFrame:
        """One row of article-level fields per article."""
        return self._tables["articles"]

    @property
    def blocks(self) -> pd.DataFrame:
        """Blocks of every page in reading order."""
        return self._tables["blocks"]

    @property
    def claims(self) -> pd.DataFrame:
        """Sentences that assert something, from every article."""
        return self._tables["claims"]

    @property
    def citations(self) -> pd.DataFrame:
        """Links between claims and the sources they cite."""
        return self._tables["citations"]

    @property
    def figures(self) -> pd.DataFrame:
        """Numbers mentioned in every article, with what they count."""
        return self._tables["figures"]

    @property
    def sources(self) -> pd.DataFrame:
        """Entries of every article's source list."""
        return self._tables["sources"]

    @property
    def tags(self) -> pd.DataFrame:
        """Tags of every article."""
        return self._tables["tags"]

    @property
    def errors(self) -> pd.DataFrame:
        """Inputs that could not be read: ``path``, ``error`` (type) and ``message``."""
        import pandas as pd

        return pd.DataFrame({
            column: pd.array([getattr(e, column) for e in self._errors], dtype="str")
            for column in ERROR_COLUMNS})

    def audit(self) -> pd.DataFrame:
        """Return the findings of every audit check for every article."""
        from .audit import audit_records

        return audit_records(self.records, duplicate_of=self._duplicate_of)

    # -- the same report twice ------------------------------------------------------
    @cached_property
    def _duplicate_of(self) -> dict[str, str]:
        """Map each article that repeats an earlier one to that article's id.

        Two articles are the same report when they make the same claims in the
        same order (case and spacing aside), whatever page furniture surrounds
        them; articles without claims, when their text is the same.
        """
        import hashlib

        first: dict[bytes, str] = {}
        repeats: dict[str, str] = {}
        for rec in self.records:
            claims = rec.extraction.claims
            key = ("\n".join(" ".join(c.text.casefold().split()) for c in claims).encode(
                "utf-8", "surrogatepass") if claims else rec.utf8)
            digest = hashlib.blake2b(key, digest_size=16).digest()
            if digest in first:
                repeats[rec.article_id] = first[digest]
            else:
                first[digest] = rec.article_id
        return repeats

    @property
    def duplicates(self) -> pd.DataFrame:
        """Articles that repeat an earlier article's report: ``article_id``, ``duplicate_of``.

        A folder often holds one story twice (saved from two sites, or as .html
        and .txt); the comparisons below count each report once.
        """
        import pandas as pd

        return pd.DataFrame({
            "article_id": pd.array(list(self._duplicate_of), dtype="str"),
            "duplicate_of": pd.array(list(self._duplicate_of.values()), dtype="str")})

    @cached_property
    def _compared_tables(self) -> dict[str, pd.DataFrame]:
        """The tables without the rows of articles that repeat an earlier report."""
        if not self._duplicate_of:
            return self._tables
        repeated = list(self._duplicate_of)
        return {name: table[~table["article_id"].isin(repeated)].reset_index(drop=True)
                for name, table in self._tables.items()}

    # -- comparison ---------------------------------------------------------------
    def compare_figures(self, **options: Any) -> pd.DataFrame:
        """Figures about the same subject, side by side across articles.

        Each report counts once (see :attr:`duplicates`). See
        :func:`analystkit.compare.compare_figures` for the options.
        """
        from .compare import compare_figures

        return compare_figures(self._compared_tables, **options)

    def match_claims(self, **options: Any) -> pd.DataFrame:
        """Pairs of claims in different articles that say the same thing.

        Each report counts once (see :attr:`duplicates`). See
        :func:`analystkit.compare.match_claims` for the options.
        """
        from .compare import match_claims

        return match_claims(self._compared_tables, **options)

    def unmatched_claims(self, **options: Any) -> pd.DataFrame:
        """Claims that no other article repeats (rows of ``claims``).

        See :func:`analystkit.compare.unmatched_claims` for the options.
        """
        from .compare import unmatched_claims

        return unmatched_claims(self._compared_tables, **options)

    def cited_outlets(self) -> pd.DataFrame:
        """Outlets named in source lists, most cited first.

        See :func:`analystkit.compare.cited_outlets`.
        """
        from .compare import cited_outlets

        return cited_outlets(self._compared_tables)

    def shared_sources(self, **options: Any) -> pd.DataFrame:
        """Source-list entries that several articles cite.

        See :func:`analystkit.compare.shared_sources` for the options.
        """
        from .compare import shared_sources

        return shared_sources(self._compared_tables, **options)

    # -- display ------------------------------------------------------------------
    def __repr__(self) -> str:
        failed = f", {len(self._errors)} failed" if self._errors else ""
        n_claims = sum(len(a._records.extraction.claims) for a in self)
        n_figures = sum(len(a._records.extraction.figures) for a in self)
        return f"<Corpus: {len(self)} articles{failed}, {n_claims} claims, {n_figures} figures>"

    def _repr_html_(self) -> str:
        return corpus_card(self)


# -- loading ----------------------------------------------------------------------


def load_corpus(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                workers: int | None = None, strict: bool = False, progress: bool | None = None,
                max_bytes: int | None = None,
                metadata: Mapping[str, Mapping[str, Any]] | pd.DataFrame | None = None) -> Corpus:
    """Read many articles into one corpus.

    Parameters
    ----------
    paths : path, glob pattern, or iterable of them
        A folder (scanned recursively for ``.txt``, ``.md``, ``.html``,
        ``.docx``, ``.odt``, ``.rtf``, ``.pdf``, ``.eml``, ``.mhtml`` and
        ``.json`` files, hidden ones skipped), a glob pattern
        (``"news/**/*.html"``), a file, or a list mixing these. Rows keep this
        order; folders and patterns are expanded in sorted order.
    workers : int, optional
        Read on this many local processes (``-1``: one per CPU). The result
        is the same as a serial load, in the same order. Default: serial.
    strict : bool, default False
        Raise on the first file that fails instead of listing it in
        :attr:`Corpus.errors`.
    progress : bool, optional
        Show a progress bar (``tqdm.auto``: a widget in Jupyter, a text bar
        in a terminal). Default: on for loads of PROGRESS_MIN_FILES files or
        more when the session is interactive, off otherwise.
    max_bytes : int, optional
        Largest file accepted (see :func:`analystkit.load_article`).
    metadata : mapping or DataFrame, optional
        Article-level fields to set where the text and page carry none or
        carry them wrongly, e.g. the publication dates from a collection
        sheet: ``{article_id or file name: {"published": "2025-06-03"}}``,
        or a DataFrame with an ``article_id`` or ``path`` column. Fields:
        METADATA_FIELDS. Missing values (NA) leave the extracted value.

    Returns
    -------
    Corpus

    Raises
    ------
    AnalystkitError
        ``strict=True`` and a file fails; or no article could be read at all
        (the message says why); or ``metadata`` names an unknown field.

    Examples
    --------
    >>> import analystkit as ak
    >>> corpus = ak.load_corpus(["seeds/000_bb73dd05cbc6060c.txt",
    ...                          "seeds/examples"])  # doctest: +SKIP
    >>> corpus.compare_figures()  # doctest: +SKIP
    """
    from .article import Article
    from .reading import check_max_bytes, max_bytes_default

    # a bad limit is one error for the whole load, not one per file
    check_max_bytes(max_bytes_default() if max_bytes is None else max_bytes, "max_bytes")
    files, problems = expand_paths(paths)
    if strict and problems:
        first = problems[0]
        raise ArticleNotFoundError(first.path, first.message)
    ids = unique_article_ids(files)
    tasks = [(str(p), aid, max_bytes, not strict) for p, aid in zip(files, ids, strict=True)]
    results = _run(tasks, workers=workers, progress=progress, stop_on_error=strict)
    overrides = _metadata_overrides(metadata)
    _warn_unmatched_metadata(overrides, ids, files)
    articles = []
    for task, result in zip(tasks, results, strict=False):
        if result[0] == "error":
            _, error, message, source = result
            if strict:
                _raise_again(task[0], error, message, source)
            problems.append(LoadError(task[0], error, message))
            continue
        records = result[1]
        _apply_metadata(records, overrides, Path(task[0]).name)
        articles.append(Article(records))
    if not articles:
        _raise_empty(paths, files, problems)
    if problems:
        warnings.warn(f"{len(problems)} of {len(problems) + len(articles)} inputs could not be "
                      "read; see corpus.errors", stacklevel=2)
    return Corpus(articles, problems)


def _raise_empty(paths: Any, files: list[Path], problems: list[LoadError]) -> None:
    if len(problems) == 1:
        first = problems[0]
        _raise_again(first.path, first.error, first.message, first.path)
    if not files:
        shown = os.fspath(paths) if isinstance(paths, (str, os.PathLike)) else "the given paths"
        raise ArticleNotFoundError(shown, "no article files found")
    first = problems[0]
    raise AnalystkitError(f"{len(problems)} inputs", f"none could be read (first: {first.path}: "
                                                     f"{first.message})")


def _run(tasks: list[tuple[str, str, int | None, bool]], *, workers: int | None,
         progress: bool | None, stop_on_error: bool = False) -> list[tuple[Any, ...]]:
    n_workers = _n_workers(workers, len(tasks))
    bar = _progress_bar(len(tasks), progress)
    try:
        if n_workers <= 1:
            results = []
            for task in tasks:
                results.append(_read_one(task))
                if bar is not None:
                    bar.update()
                if stop_on_error and results[-1][0] == "error":
                    break
            return results
        from concurrent.futures import ProcessPoolExecutor

        chunksize = max(1, min(64, len(tasks) // (n_workers * 8)))
        results = []
        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            for result in pool.map(_read_one, tasks, chunksize=chunksize):
                results.append(result)
                if bar is not None:
                    bar.update()
        return results
    finally:
        if bar is not None:
            bar.close()


def _n_workers(workers: int | None, n_tasks: int) -> int:
    if workers is None:
        return 1
    if not isinstance(workers, int) or workers == 0 or workers < -1:
        raise ValueError(f"workers must be a positive number of processes or -1, got {workers!r}")
    n = (os.cpu_count() or 1) if workers == -1 else workers
    return max(1, min(n, n_tasks))


def _progress_bar(total: int, progress: bool | None) -> Any:
    show = progress if progress is not None else (total >= PROGRESS_MIN_FILES and _interactive())
    if not show:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="Reading articles", unit="article")


def _interactive() -> bool:
    """Whether a person is likely watching: a terminal or a Jupyter kernel, not CI."""
    if os.environ.get("CI"):
        return False
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if hasattr(ipython, "get_ipython") else None
    if shell is not None and type(shell).__name__ == "ZMQInteractiveShell":
        return True
    stream = sys.stderr
    return bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())


def _metadata_overrides(metadata: Mapping[str, Mapping[str, Any]] | pd.DataFrame | None,
                        ) -> dict[str, dict[str, Any]]:
    if metadata is None:
        return {}
    if hasattr(metadata, "to_dict") and hasattr(metadata, "columns"):
        key = next((k for k in ("article_id", "path") if k in metadata.columns), None)
        if key is None:
            raise AnalystkitError("metadata",
                                  "the DataFrame needs an 'article_id' or 'path' column")
        rows = metadata.to_dict("records")
        metadata = {str(row.pop(key)): row for row in rows}
    if not isinstance(metadata, Mapping) or not all(
            isinstance(fields, Mapping) for fields in metadata.values()):
        raise AnalystkitError("metadata", "expected {article_id or file name: {field: value}} "
                                          f"or a DataFrame, got {type(metadata).__name__}")
    overrides: dict[str, dict[str, Any]] = {}
    for name, fields in metadata.items():
        unknown = sorted(set(fields) - set(METADATA_FIELDS))
        if unknown:
            raise AnalystkitError("metadata", f"unknown field(s) {', '.join(map(repr, unknown))}; "
                                              f"use {', '.join(METADATA_FIELDS)}")
        kept = {k: v for k, v in fields.items() if not _is_missing(v)}
        if "published" in kept:
            kept["published"] = _checked_date(kept["published"], name)
        key = Path(name).name if ("/" in name or os.sep in name) else name
        overrides[key] = {k: str(v) for k, v in kept.items()}
    return overrides


def _checked_date(value: Any, name: str) -> str:
    """Return a metadata date as ISO text, or raise: it orders the corpus's comparisons."""
    import re

    import pandas as pd

    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise AnalystkitError("metadata", f"'published' for {name!r} is no date: {value!r} "
                                          "(use an ISO date such as 2025-06-03)") from exc
    if pd.isna(stamp):
        raise AnalystkitError("metadata", f"'published' for {name!r} is no date: {value!r}")
    text = str(value).strip()
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+-Z]+)?", text) \
        else stamp.date().isoformat()


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, pd.NA raise or compare unequal
    except (TypeError, ValueError):
        return True


def _warn_unmatched_metadata(overrides: dict[str, dict[str, Any]], ids: list[str],
                             files: list[Path]) -> None:
    """Warn about ``metadata`` keys that name no article of the load, and shared file names."""
    if not overrides:
        return
    names = [path.name for path in files]
    unmatched = sorted(key for key in overrides if key not in ids and key not in names)
    if unmatched:
        shown = ", ".join(repr(key) for key in unmatched[:5])
        more = f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else ""
        warnings.warn(f"metadata names no article of this load: {shown}{more} (keys are "
                      "article ids or file names; see corpus.articles)", stacklevel=3)
    shared = sorted({name for name in names if names.count(name) > 1 and name in overrides})
    if shared:
        warnings.warn(f"metadata for {', '.join(map(repr, shared))} applies to every file of "
                      "that name; key it by article id to set one", stacklevel=3)


def _apply_metadata(records: ArticleRecords, overrides: dict[str, dict[str, Any]],
                    file_name: str) -> None:
    fields = overrides.get(records.article_id) or overrides.get(file_name)
    if fields:
        records.meta.update(fields)


# -- display ------------------------------------------------------------------------

#: How many articles the HTML card lists.
CARD_ARTICLES = 8
_CARD_STYLE = ("font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:6px;"
               "padding:10px 14px;max-width:860px")


def corpus_card(corpus: Corpus) -> str:
    """Return a compact HTML card: counts, the first articles, failed inputs.

    Every piece of article text and every path is HTML-escaped.
    """
    from html import escape

    articles = list(corpus)
    extractions = [a._records.extraction for a in articles]
    facts = [("articles", len(articles)), ("claims", sum(len(e.claims) for e in extractions)),
             ("figures", sum(len(e.figures) for e in extractions)),
             ("sources", sum(len(e.sources) for e in extractions)),
             ("citations", sum(len(e.citations) for e in extractions))]
    counts = " · ".join(f"<b>{n:,}</b> {escape(label)}" for label, n in facts)
    rows = []
    for article in articles[:CARD_ARTICLES]:
        meta, ex = article._records.meta, article._records.extraction
        cells = (article.article_id, meta.get("outlet") or "", meta.get("published") or "",
                 article.headline or article.title or "")
        rows.append("<tr>" + "".join(f"<td style='padding:1px 8px'>{escape(str(c))}</td>"
                                     for c in cells)
                    + f"<td style='text-align:right'>{len(ex.claims)}</td>"
                    + f"<td style='text-align:right'>{len(ex.figures)}</td></tr>")
    head = "".join(f"<th style='text-align:left;padding:1px 8px'>{h}</th>" for h in
                   ("article_id", "outlet", "published", "headline", "claims", "figures"))
    more = len(articles) - CARD_ARTICLES
    more_line = (f"<div style='color:#666'>… and {more:,} more articles in "
                 "<code>.articles</code></div>" if more > 0 else "")
    failed = ""
    if corpus._errors:
        first = corpus._errors[0]
        failed = (f"<div style='color:#a33'>{len(corpus._errors):,} input(s) could not be read, "
                  f"e.g. {escape(first.path)}: {escape(first.message)} — "
                  "see <code>.errors</code></div>")
    return (f"<div class='analystkit-card analystkit-corpus' style='{_CARD_STYLE}'>"
            f"<div style='font-size:120%;font-weight:600;margin:2px 0'>Corpus</div>"
            f"<div>{counts}</div>"
            f"<table style='margin:6px 0;font-size:90%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{more_line}{failed}</div>")
