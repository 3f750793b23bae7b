"""Scale-out on Dask: many article files → ``dask.dataframe`` tables.

The same tables as :func:`analystkit.load_corpus` — same columns, same
dtypes, same rows — computed by Dask in partitions of files, on whatever
scheduler is active: the local threads, a ``distributed.LocalCluster``, or a
cluster of many machines (``distributed.Client("tcp://scheduler:8786")``).
Paths may be local files, folders and globs, or fsspec URLs
(``s3://bucket/news/**/*.html``, ``gcs://…``, ``https://…``) when the matching
fsspec backend (s3fs, gcsfs …) is installed on every worker.

>>> from analystkit.dask import read_tables, compute_tables
>>> tables = read_tables("news/", files_per_partition=200)  # doctest: +SKIP
>>> tables["claims"].groupby("article_id").size().compute()  # doctest: +SKIP
>>> frames = compute_tables(tables)  # all tables, each file parsed once  # doctest: +SKIP

Requires the ``dask`` extra: ``pip install 'analystkit[dask]'``.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .corpus import ERROR_COLUMNS, FOLDER_SUFFIXES, LoadError, expand_paths, unique_article_ids
from .errors import AnalystkitError, ArticleTooLargeError
from .tables import TABLE_NAMES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

#: Files parsed by one task. Seed-sized articles take ~1 ms each at best, so
#: 64 files keep the scheduler's per-task overhead (~1 ms) small; raise it for
#: very large corpora to keep the task graph under ~100,000 tasks.
FILES_PER_PARTITION = 64
#: Name of the table of unreadable files.
ERRORS = "errors"
#: Name of the optional audit table.
AUDIT = "audit"
_GLOB_CHARS = frozenset("*?[")


def read_tables(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                files_per_partition: int = FILES_PER_PARTITION, max_bytes: int | None = None,
                storage_options: Mapping[str, Any] | None = None,
                audit: bool = False) -> dict[str, dd.DataFrame]:
    """Read many article files into lazy Dask tables.

    Parameters
    ----------
    paths : path, URL, glob pattern, or iterable of them
        As for :func:`analystkit.load_corpus`; strings with a protocol
        (``s3://``, ``gcs://``, ``file://``, ``memory://`` …) are listed and
        read with fsspec.
    files_per_partition : int, default FILES_PER_PARTITION
        Files parsed by one task; each table has one partition per task.
    max_bytes : int, optional
        Largest file accepted (see :func:`analystkit.load_article`).
    storage_options : mapping, optional
        Passed to fsspec for URLs (credentials, endpoint …).
    audit : bool, default False
        Also return the ``audit`` table of findings.

    Returns
    -------
    dict of str to dask.dataframe.DataFrame
        ``articles``, ``blocks``, ``claims``, ``citations``, ``figures``,
        ``sources``, ``tags`` (columns and dtypes of
        :data:`analystkit.tables.SCHEMAS`), ``errors`` (``path``, ``error``,
        ``message``) and, with ``audit=True``, ``audit``. Rows are in file
        order; each partition's index starts at 0, so compute with
        :func:`compute_tables` or call ``.reset_index(drop=True)``.

    Raises
    ------
    AnalystkitError
        No file matched at all.
    """
    import dask
    import dask.dataframe as dd

    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, got {files_per_partition!r}")
    options = dict(storage_options or {})
    files, problems = _list_files(paths, options)
    if not files and not problems:
        raise AnalystkitError(str(paths), "no article files found")
    ids = unique_article_ids([PurePosixPath(_name_part(f)) for f in files])
    tasks = [(f, aid) for f, aid in zip(files, ids, strict=True)]
    chunks = [tasks[i:i + files_per_partition] for i in range(0, len(tasks), files_per_partition)]
    chunks = chunks or [[]]
    names = (*TABLE_NAMES, ERRORS, *((AUDIT,) if audit else ()))
    parts = [dask.delayed(_partition, pure=True)(chunk, max_bytes, options, audit,
                                                 problems if n == 0 else [])
             for n, chunk in enumerate(chunks)]
    meta = empty_tables(audit=audit)
    return {name: dd.from_delayed([dask.delayed(operator.getitem)(p, name) for p in parts],
                                  meta=meta[name], verify_meta=False)
            for name in names}


def compute_tables(tables: Mapping[str, dd.DataFrame], **compute_options: Any,
                   ) -> dict[str, pd.DataFrame]:
    """Compute every Dask table in one pass (each file parsed once).

    Parameters
    ----------
    tables : mapping of str to dask.dataframe.DataFrame
        What :func:`read_tables` returns (or any subset of it).
    **compute_options
        Passed to :func:`dask.compute` (``scheduler=`` …).

    Returns
    -------
    dict of str to pandas.DataFrame
        The same keys, with a fresh 0-based index.
    """
    import dask

    computed = dask.compute(*tables.values(), **compute_options)
    return {name: frame.reset_index(drop=True)
            for name, frame in zip(tables, computed, strict=True)}


def empty_tables(*, audit: bool = False) -> dict[str, pd.DataFrame]:
    """Empty pandas tables with the columns and dtypes :func:`read_tables` yields (its ``meta``)."""
    import pandas as pd

    from .tables import frame

    empty = {name: frame(name, {}) for name in TABLE_NAMES}
    empty[ERRORS] = pd.DataFrame({c: pd.array([], dtype="str") for c in ERROR_COLUMNS})
    if audit:
        from .audit import AUDIT_COLUMNS

        empty[AUDIT] = pd.DataFrame({c: pd.array([], dtype=d) for c, d in AUDIT_COLUMNS.items()})
    return empty


# -- listing ------------------------------------------------------------------------


def _is_url(path: str) -> bool:
    return "://" in path


def _name_part(path: str) -> str:
    """Return the file-name part of a local path or URL (for article ids)."""
    return PurePosixPath(path.split("://", 1)[-1].split("?", 1)[0]).name


def _list_files(paths: Any, options: Mapping[str, Any]) -> tuple[list[str], list[LoadError]]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[str] = []
    problems: list[LoadError] = []
    local: list[str | os.PathLike[str]] = []

    def flush_local() -> None:
        found, missing = expand_paths(local)
        files.extend(str(p) for p in found)
        problems.extend(missing)
        local.clear()

    for item in items:
        text = os.fspath(item)
        if _is_url(text):
            flush_local()
            found = _list_url(text, options)
            if not found:
                problems.append(LoadError(text, "ArticleNotFoundError", "no file matches this URL"))
            files.extend(found)
        else:
            local.append(item)
    flush_local()
    return files, problems


def _list_url(url: str, options: Mapping[str, Any]) -> list[str]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url, **options)
    if _GLOB_CHARS & set(root):
        found = sorted(p for p in fs.glob(root) if not PurePosixPath(p).name.startswith("."))
    elif fs.isdir(root):
        found = sorted(p for p in fs.find(root)
                       if PurePosixPath(p).suffix.lower() in FOLDER_SUFFIXES
                       and not any(part.startswith(".") for part in
                                   PurePosixPath(p).relative_to(root.rstrip("/") or "/").parts))
    else:
        found = [root] if fs.exists(root) else []
    return [fs.unstrip_protocol(p) for p in found if not fs.isdir(p)]


# -- the task -----------------------------------------------------------------------


def _partition(chunk: Sequence[tuple[str, str]], max_bytes: int | None,
               options: Mapping[str, Any], audit: bool,
               problems: Sequence[LoadError]) -> dict[str, pd.DataFrame]:
    """Parse one chunk of files and build its tables (runs on a worker)."""
    import pandas as pd

    from .corpus import _read_one
    from .tables import build_tables

    records = []
    errors = list(problems)
    for path, article_id in chunk:
        result = (_read_url(path, article_id, max_bytes, options) if _is_url(path)
                  else _read_one((path, article_id, max_bytes, True)))
        if result[0] == "ok":
            records.append(result[1])
        else:
            errors.append(LoadError(path, result[1], result[2]))
    tables = build_tables(records)
    tables[ERRORS] = pd.DataFrame({c: pd.array([getattr(e, c) for e in errors], dtype="str")
                                   for c in ERROR_COLUMNS})
    if audit:
        from .audit import audit_records

        tables[AUDIT] = audit_records(records)
    return tables


def _read_url(url: str, article_id: str, max_bytes: int | None,
              options: Mapping[str, Any]) -> tuple[Any, ...]:
    """Read one fsspec URL into records, failures as plain data (like ``corpus._read_one``)."""
    import fsspec

    from .article import parse_article
    from .reading import DOCUMENT_FORMATS, decode_bytes, format_for_path, max_bytes_default

    limit = max_bytes_default() if max_bytes is None else max_bytes
    encoding = None
    try:
        fmt = format_for_path(Path(_name_part(url)))
        with fsspec.open(url, "rb", **options) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise ArticleTooLargeError(url, f"file is over the {limit:,}-byte limit (max_bytes=)")
        if fmt in DOCUMENT_FORMATS:  # a Word or PDF document: read from its bytes
            article = parse_article(data, article_id=article_id, fmt=fmt, path=url,
                                    max_bytes=limit)
        else:
            text, encoding = decode_bytes(data, url)
            article = parse_article(text, article_id=article_id, fmt=fmt, path=url,
                                    max_bytes=limit)
    except AnalystkitError as exc:
        return ("error", type(exc).__name__, exc.problem, exc.source)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a corpus
        return ("error", type(exc).__name__, str(exc) or repr(exc), url)
    if encoding is not None:
        article._records.meta["encoding"] = encoding
    return ("ok", article._records)
