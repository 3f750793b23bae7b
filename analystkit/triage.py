"""Claim triage: a durable SQLite store of reviewers' verdicts on claims.

A verdict says what a reviewer found about one claim: ``supported``,
``disputed``, ``false``, ``opinion``, ``needs source`` or back to
``unreviewed``, with a note, the reviewer's name and the time.

>>> import analystkit as ak
>>> from analystkit.triage import open_store, join_verdicts
>>> art = ak.load_article("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
>>> store = open_store("verdicts.sqlite")  # doctest: +SKIP
>>> store.record(art, 3, "needs source", note="no link given")  # doctest: +SKIP
>>> join_verdicts(art, store)[["claim_id", "text", "verdict"]]  # doctest: +SKIP

How verdicts are kept
---------------------
* **Append-only history.** Every change is a new row of the ``history``
  table; nothing is updated in place. The *current* verdict of a claim is the
  last row for it (the ``current_verdicts`` view), so the full trail of who
  said what, and when, is always there.
* **Content-addressed keys.** A claim is found by its ``claim_key``, a hash of
  its normalised text (case, Unicode form, quotes and spacing folded), inside
  an ``article_key``, the stable key of the article. The store keeps a
  registry from the hash of each article text it has seen (``text_hash``) to
  its ``article_key``, so re-loading the file, or re-parsing the same text
  under another ``article_id``, finds the same verdicts. Two identical
  sentences in one article share one verdict.
* **Changed text is reported, not dropped.** When an article is edited, the
  verdicts on claims whose sentence still exists carry over (flagged
  ``article_edited``); those whose sentence is gone are listed by
  :meth:`VerdictStore.changes`, with the closest current sentence, and
  :func:`join_verdicts` warns about them.
* **Durable under concurrent kernels and crashes.** The database runs in WAL
  mode with ``synchronous=FULL``; every write is one ``BEGIN IMMEDIATE``
  transaction with a busy timeout and retries, so two kernels writing at once
  lose nothing, and a process killed mid-write leaves every committed verdict
  readable.
* **Versioned schema.** ``schema_info`` logs each migration applied; opening
  an older store migrates it in one transaction, and a store written by a
  newer analystkit raises :class:`StoreVersionError` without touching it.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import sqlite3
import threading
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import AnalystkitError

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article
    from .corpus import Corpus

#: Verdicts a reviewer can give, in display order. ``unreviewed`` is also
#: what a claim without any verdict shows.
VERDICTS: tuple[str, ...] = (
    "unreviewed", "supported", "disputed", "false", "opinion", "needs source",
)

#: Verdict → colour, shared by the triage widget and the summary chart
#: (Okabe-Ito, distinguishable with the common colour blindnesses; grey for
#: unreviewed).
VERDICT_COLORS: dict[str, str] = {
    "unreviewed": "#BBBBBB", "supported": "#009E73", "disputed": "#E69F00",
    "false": "#D55E00", "opinion": "#56B4E9", "needs source": "#CC79A7",
}

#: Schema version this analystkit writes and reads.
SCHEMA_VERSION = 2

#: File name of the default store, created in the current folder (a notebook
#: kernel's current folder is the notebook's own) unless
#: ``ANALYSTKIT_VERDICTS`` names another path.
DEFAULT_STORE_NAME = "analystkit-verdicts.sqlite"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_WORDS = ("locked", "busy")


# -- errors -------------------------------------------------------------------------
class VerdictStoreError(AnalystkitError):
    """A verdict store cannot be opened, read or written."""


class StoreVersionError(VerdictStoreError):
    """The store was written by a newer analystkit than this one."""


class NotAStoreError(VerdictStoreError, ValueError):
    """The file exists but is not an analystkit verdict store."""


class StoreBusyError(VerdictStoreError):
    """Another process held the store's write lock for longer than allowed."""


class InvalidVerdictError(VerdictStoreError, ValueError):
    """The verdict is not one of :data:`VERDICTS`."""


class UnknownClaimError(VerdictStoreError, KeyError):
    """The article has no claim with that ``claim_id``."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return f"{self.source}: {self.problem}"


class ExportError(VerdictStoreError):
    """The verdicts could not be written in the requested format."""


class VerdictsChangedWarning(UserWarning):
    """Some verdicts refer to claim text that is no longer in the article."""


# -- keys ---------------------------------------------------------------------------
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n.,;:!?\"'()[]"


def normalise_claim(text: str) -> str:
    """Fold a claim's text to the form its key is computed from.

    Unicode compatibility form (NFKC), case folded, curly quotes and dashes
    made plain, runs of white space made one space, and punctuation at either
    end removed — so re-extraction that differs only in such details keeps
    the key.

    Parameters
    ----------
    text : str
        A claim's sentence.

    Returns
    -------
    str
    """
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", folded).strip(_EDGE_PUNCT)


def claim_key(text: str) -> str:
    """Return the content key of a claim: SHA-256 of its normalised text (32 hex digits).

    Parameters
    ----------
    text : str
        A claim's sentence.

    Returns
    -------
    str
    """
    return hashlib.sha256(normalise_claim(text).encode("utf-8")).hexdigest()[:32]


def text_hash(text: str) -> str:
    """Return the content hash of an article text (SHA-256, 32 hex digits).

    The text is put in Unicode NFC form and its white space collapsed first,
    so line-ending or spacing differences between two reads do not matter.

    Parameters
    ----------
    text : str
        The article's text (``Article.text``).

    Returns
    -------
    str
    """
    folded = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def default_store_path() -> Path:
    """Return where :func:`open_store` puts the store when no path is given.

    ``ANALYSTKIT_VERDICTS`` if set, else ``analystkit-verdicts.sqlite`` in the
    current folder — beside the notebook, for a notebook kernel.

    Returns
    -------
    pathlib.Path
    """
    env = os.environ.get("ANALYSTKIT_VERDICTS")
    return Path(env) if env else Path.cwd() / DEFAULT_STORE_NAME


def default_reviewer() -> str:
    """Return the reviewer name used when none is given.

    ``ANALYSTKIT_REVIEWER`` if set, else the login name.

    Returns
    -------
    str
    """
    name = os.environ.get("ANALYSTKIT_REVIEWER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. an unnamed container uid
        return "unknown"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _timestamp(at: datetime | str | None) -> str:
    if at is None:
        return _now()
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


# -- schema -------------------------------------------------------------------------
@dataclass(frozen=True)
class Migration:
    """One step of the schema: from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _migrate_1(conn: sqlite3.Connection) -> None:
    checks = ", ".join(f"'{v}'" for v in VERDICTS)
    conn.execute(f"""
        CREATE TABLE history (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            article_key TEXT NOT NULL,
            claim_key   TEXT NOT NULL,
            text_hash   TEXT NOT NULL,
            claim_id    INTEGER,
            claim_text  TEXT NOT NULL,
            verdict     TEXT NOT NULL CHECK (verdict IN ({checks})),
            note        TEXT NOT NULL DEFAULT '',
            reviewer    TEXT NOT NULL DEFAULT '',
            at          TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX history_claim ON history (article_key, claim_key, seq)")
    conn.execute("""
        CREATE VIEW current_verdicts AS
        SELECT h.* FROM history AS h
        JOIN (SELECT MAX(seq) AS seq FROM history GROUP BY article_key, claim_key) AS last
          ON h.seq = last.seq""")


def _migrate_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE history ADD COLUMN section TEXT")
    conn.execute("""
        CREATE TABLE articles (
            text_hash   TEXT PRIMARY KEY,
            article_key TEXT NOT NULL,
            article_id  TEXT,
            title       TEXT,
            first_seen  TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX articles_key ON articles (article_key)")
    conn.execute("CREATE INDEX articles_id ON articles (article_id)")
    # Register every article version the history already knows.
    conn.execute("""
        INSERT OR IGNORE INTO articles (text_hash, article_key, article_id, title, first_seen)
        SELECT text_hash, article_key, article_key, NULL, MIN(at)
        FROM history GROUP BY text_hash""")


#: Every schema step, oldest first. Append; never edit a released step.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "history of verdicts; current verdict derived from it", _migrate_1),
    Migration(2, "article registry (text hash -> article key); claim section", _migrate_2),
)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return any(word in message for word in _BUSY_WORDS)


def _store_version(conn: sqlite3.Connection, path: str) -> int:
    """Read the schema version without writing; 0 for an empty database."""
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    if "schema_info" not in tables:
        if tables - {"sqlite_sequence"}:
            raise NotAStoreError(path, "is an SQLite database but not an analystkit verdict "
                                       "store (it has no schema_info table); choose another path")
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_info").fetchone()
    return int(row[0] or 0)


# -- the store ------------------------------------------------------------------------
class VerdictStore:
    """A SQLite file of verdicts on claims: append-only history, current verdicts derived.

    Open it with :func:`open_store`. One store can hold verdicts on any number
    of articles and can be shared by several kernels at once.

    Parameters
    ----------
    path : str or path-like
        The database file; created (with its folder) if missing.
    timeout : float, default 30.0
        Seconds to wait for another writer's lock before a retry.
    retries : int, default 5
        Further attempts, with growing pauses, after a write found the store
        locked for ``timeout`` seconds; then :class:`StoreBusyError`.

    Raises
    ------
    NotAStoreError
        The file is not an SQLite database, or a database of something else.
    StoreVersionError
        The store was written by a newer analystkit; it is left untouched.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0,
                 retries: int = 5) -> None:
        self.path = Path(path)
        self.timeout = float(timeout)
        self.retries = int(retries)
        self._lock = threading.RLock()
        self._depth = 0
        self._conn: sqlite3.Connection | None = None
        self._check_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise VerdictStoreError(self.path, f"cannot be opened as a database ({exc})") from exc
        try:
            self._conn = conn
            version = self._retry(lambda: _store_version(conn, str(self.path)))
            self._check_version(version)
            self._retry(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            self._conn = None
            raise NotAStoreError(self.path, f"is not a readable SQLite database ({exc})") from exc
        except BaseException:
            conn.close()
            self._conn = None
            raise

    # -- opening ------------------------------------------------------------------------
    def _check_file(self) -> None:
        if self.path.is_dir():
            raise NotAStoreError(self.path, "is a folder; give the path of a .sqlite file")
        if self.path.exists() and self.path.stat().st_size > 0:
            with open(self.path, "rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
            if head != _SQLITE_MAGIC:
                raise NotAStoreError(self.path, "is not an SQLite database (wrong file header); "
                                                "choose another path for the verdict store")

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                self.path,
                f"was written by a newer analystkit (schema version {version}; this version "
                f"reads up to {SCHEMA_VERSION}); upgrade analystkit to open it — the file "
                "was not changed")

    def _migrate(self) -> None:
        conn = self._connection
        if _store_version(conn, str(self.path)) == SCHEMA_VERSION:
            return

        def step(conn: sqlite3.Connection) -> None:
            version = _store_version(conn, str(self.path))  # re-read under the write lock
            self._check_version(version)
            if version == 0:
                conn.execute("""CREATE TABLE schema_info (
                    version INTEGER PRIMARY KEY, description TEXT NOT NULL,
                    applied_at TEXT NOT NULL)""")
            for migration in MIGRATIONS:
                if migration.version > version:
                    migration.apply(conn)
                    conn.execute("INSERT INTO schema_info VALUES (?, ?, ?)",
                                 (migration.version, migration.description, _now()))
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

        self._write(step)

    @property
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise VerdictStoreError(self.path, "the store is closed; open it again")
        return self._conn

    @property
    def schema_version(self) -> int:
        """Schema version of the file (always :data:`SCHEMA_VERSION` once open)."""
        with self._lock:
            return _store_version(self._connection, str(self.path))

    def close(self) -> None:
        """Close the database connection (committed verdicts are already on disk)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> VerdictStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else f"schema {SCHEMA_VERSION}"
        return f"<VerdictStore {self.path.name!r} ({state})>"

    # -- transactions -------------------------------------------------------------------
    def _retry(self, fn: Callable[[], Any]) -> Any:
        delay = 0.05
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                if attempt == self.retries:
                    raise StoreBusyError(
                        self.path, f"stayed locked by another process through {self.retries + 1}"
                        f" waits of {self.timeout:g} s; try again, or raise timeout=") from exc
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")  # pragma: no cover

    def _write(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``fn`` in one write transaction (or inside the open one)."""
        with self._lock:
            conn = self._connection
            if self._depth:
                return fn(conn)

            def attempt() -> Any:
                conn.execute("BEGIN IMMEDIATE")
                self._depth = 1
                try:
                    result = fn(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                finally:
                    self._depth = 0
                return result

            return self._retry(attempt)

    @contextmanager
    def transaction(self) -> Iterator[VerdictStore]:
        """Group several writes into one transaction: all are kept, or none.

        Yields
        ------
        VerdictStore
            This store; calls to :meth:`record` inside the block join the
            transaction, which commits when the block ends without error.

        Examples
        --------
        >>> with store.transaction():  # doctest: +SKIP
        ...     store.record(art, 1, "supported")
        ...     store.record(art, 2, "opinion")
        """
        with self._lock:
            conn = self._connection
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._retry(lambda: conn.execute("BEGIN IMMEDIATE"))
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self._depth = 0
            conn.execute("COMMIT")

    # -- articles -----------------------------------------------------------------------
    def article_key(self, article: Article) -> str:
        """Return the stable key under which this article's verdicts are kept.

        The key registered for the article's text hash, if the store has seen
        this text before; else its ``article_id``.

        Parameters
        ----------
        article : Article
            The article, as loaded or parsed.

        Returns
        -------
        str
        """
        with self._lock:
            row = self._connection.execute(
                "SELECT article_key FROM articles WHERE text_hash = ?",
                (text_hash(article.text),)).fetchone()
        return row[0] if row else str(article.article_id)

    def register(self, article: Article, *, article_key: str | None = None) -> str:
        """Record the article's text hash under a stable key and return the key.

        :meth:`record` calls this itself; call it directly to give an article
        a key other than its ``article_id`` (a URL, say) before any verdict.

        Parameters
        ----------
        article : Article
            The article, as loaded or parsed.
        article_key : str, optional
            Key to file this text under; defaults to the key already
            registered for the text, else the ``article_id``.

        Returns
        -------
        str
            The article key.
        """
        digest = text_hash(article.text)

        def step(conn: sqlite3.Connection) -> str:
            row = conn.execute("SELECT article_key FROM articles WHERE text_hash = ?",
                               (digest,)).fetchone()
            if row and (article_key is None or row[0] == article_key):
                return row[0]
            key = article_key or str(article.article_id)
            conn.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                         (digest, key, str(article.article_id), article.title or None, _now()))
            return key

        return self._write(step)

    def _article_keys_for_ids(self, article_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(article_ids))
        keys = {aid: aid for aid in ids}
        with self._lock:
            for aid in ids:
                row = self._connection.execute(
                    "SELECT article_key FROM articles WHERE article_id = ? "
                    "ORDER BY first_seen DESC LIMIT 1", (aid,)).fetchone()
                if row:
                    keys[aid] = row[0]
        return keys

    # -- writing ------------------------------------------------------------------------
    def record(self, article: Article, claim_id: int, verdict: str, *, note: str = "",
               reviewer: str | None = None, at: datetime | str | None = None) -> dict[str, Any]:
        """Append a verdict on one claim to the history; it becomes the current one.

        Parameters
        ----------
        article : Article
            The article the claim belongs to.
        claim_id : int
            The claim's ``claim_id`` in ``article.claims``.
        verdict : str
            One of :data:`VERDICTS`; ``"unreviewed"`` withdraws a verdict.
        note : str, default ""
            Free text: why, with what evidence.
        reviewer : str, optional
            Who decided; defaults to :func:`default_reviewer`.
        at : datetime or ISO string, optional
            When; defaults to now. Naive times are taken as UTC.

        Returns
        -------
        dict
            The history row written, ``seq`` included.

        Raises
        ------
        InvalidVerdictError
            ``verdict`` is not one of :data:`VERDICTS`.
        UnknownClaimError
            The article has no such claim.
        StoreBusyError
            Another process kept the store locked through every retry.
        """
        return self.record_many(article, [(claim_id, verdict, note)], reviewer=reviewer,
                                at=at)[0]

    def record_many(self, article: Article, verdicts: Iterable[tuple[int, str] |
                                                             tuple[int, str, str]],
                    *, reviewer: str | None = None,
                    at: datetime | str | None = None) -> list[dict[str, Any]]:
        """Append several verdicts on one article in one transaction.

        Parameters
        ----------
        article : Article
            The article the claims belong to.
        verdicts : iterable of (claim_id, verdict) or (claim_id, verdict, note)
            One tuple per verdict; see :meth:`record`.
        reviewer : str, optional
            Who decided; defaults to :func:`default_reviewer`.
        at : datetime or ISO string, optional
            When; defaults to now.

        Returns
        -------
        list of dict
            The history rows written.
        """
        reviewer = default_reviewer() if reviewer is None else str(reviewer)
        when = _timestamp(at)
        claims = _claim_lookup(article)
        digest = text_hash(article.text)
        rows = []
        for item in verdicts:
            claim_id, verdict = int(item[0]), str(item[1])
            note = str(item[2]) if len(item) > 2 and item[2] is not None else ""
            if verdict not in VERDICTS:
                raise InvalidVerdictError(
                    article.article_id,
                    f"{verdict!r} is not a verdict; use one of {', '.join(VERDICTS)}")
            if claim_id not in claims:
                raise UnknownClaimError(article.article_id, f"has no claim {claim_id}")
            text, section = claims[claim_id]
            rows.append({"claim_key": claim_key(text), "text_hash": digest,
                         "claim_id": claim_id, "claim_text": text, "verdict": verdict,
                         "note": note, "reviewer": reviewer, "at": when, "section": section})

        def step(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            key = self.register(article)
            out = []
            for row in rows:
                cur = conn.execute(
                    "INSERT INTO history (article_key, claim_key, text_hash, claim_id, "
                    "claim_text, verdict, note, reviewer, at, section) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, row["claim_key"], row["text_hash"], row["claim_id"],
                     row["claim_text"], row["verdict"], row["note"], row["reviewer"],
                     row["at"], row["section"]))
                out.append({"seq": cur.lastrowid, "article_key": key, **row})
            return out

        return self._write(step)

    def resolve_change(self, article: Article, old_claim_key: str, to_claim_id: int | None = None,
                       *, reviewer: str | None = None, note: str | None = None) -> None:
        """Settle a verdict whose claim text changed (a row of :meth:`changes`).

        The old verdict is withdrawn (a history row with ``unreviewed``), and,
        when ``to_claim_id`` is given, copied onto that claim of the edited
        article. Both rows go to the history, in one transaction.

        Parameters
        ----------
        article : Article
            The edited article.
        old_claim_key : str
            ``claim_key`` of the verdict reported by :meth:`changes`.
        to_claim_id : int, optional
            The claim of ``article`` the verdict now applies to.
        reviewer : str, optional
            Who decided; defaults to :func:`default_reviewer`.
        note : str, optional
            Note for the copied verdict; defaults to the old note.

        Raises
        ------
        VerdictStoreError
            The store holds no verdict with that key for this article.
        """
        key = self.article_key(article)
        reviewer = default_reviewer() if reviewer is None else str(reviewer)
        with self._lock:
            old = self._connection.execute(
                "SELECT claim_id, claim_text, verdict, note, text_hash, section "
                "FROM current_verdicts WHERE article_key = ? AND claim_key = ?",
                (key, old_claim_key)).fetchone()
        if old is None:
            raise VerdictStoreError(article.article_id,
                                    f"the store has no verdict with claim_key {old_claim_key}")
        with self.transaction():
            when = _now()
            target = f"claim {to_claim_id}" if to_claim_id is not None else "no claim"
            self._connection.execute(
                "INSERT INTO history (article_key, claim_key, text_hash, claim_id, claim_text, "
                "verdict, note, reviewer, at, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, old_claim_key, old[4], old[0], old[1], "unreviewed",
                 f"text changed; verdict moved to {target}", reviewer, when, old[5]))
            if to_claim_id is not None:
                self.record(article, to_claim_id, old[2],
                            note=old[3] if note is None else note, reviewer=reviewer, at=when)

    # -- reading ------------------------------------------------------------------------
    def _frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        import pandas as pd

        with self._lock:
            cur = self._connection.execute(sql, params)
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        df = pd.DataFrame.from_records(rows, columns=names)
        return _typed(df)

    _COLUMNS = ("seq, article_key, claim_key, text_hash, claim_id, section, claim_text, verdict, "
                "note, reviewer, at")

    def history(self, article: Article | None = None) -> pd.DataFrame:
        """Return every verdict ever recorded, oldest first.

        Parameters
        ----------
        article : Article, optional
            Only this article's verdicts (every version of its text).

        Returns
        -------
        DataFrame
            One row per change: ``seq``, ``article_key``, ``claim_key``,
            ``text_hash``, ``claim_id`` (when recorded), ``section``,
            ``claim_text``, ``verdict``, ``note``, ``reviewer``, ``at`` (UTC).
        """
        if article is None:
            return self._frame(f"SELECT {self._COLUMNS} FROM history ORDER BY seq")
        return self._frame(f"SELECT {self._COLUMNS} FROM history WHERE article_key = ? "
                           "ORDER BY seq", (self.article_key(article),))

    def current(self, article: Article | None = None) -> pd.DataFrame:
        """Return the current verdict of every claim: the last history row for it.

        Parameters
        ----------
        article : Article, optional
            Only this article's verdicts (every version of its text).

        Returns
        -------
        DataFrame
            Same columns as :meth:`history`, one row per
            (``article_key``, ``claim_key``), sorted by article and claim.
        """
        order = "ORDER BY article_key, claim_id, seq"
        if article is None:
            return self._frame(f"SELECT {self._COLUMNS} FROM current_verdicts {order}")
        return self._frame(f"SELECT {self._COLUMNS} FROM current_verdicts WHERE article_key = ? "
                           f"{order}", (self.article_key(article),))

    def verdict(self, article: Article, claim_id: int) -> str:
        """Return the current verdict of one claim (``"unreviewed"`` when none).

        Parameters
        ----------
        article : Article
            The article the claim belongs to.
        claim_id : int
            The claim's ``claim_id``.

        Returns
        -------
        str
        """
        row = self.current_row(article, claim_id)
        return "unreviewed" if row is None else row["verdict"]

    def current_row(self, article: Article, claim_id: int) -> dict[str, Any] | None:
        """Return the current history row of one claim as a dict, or None.

        Parameters
        ----------
        article : Article
            The article the claim belongs to.
        claim_id : int
            The claim's ``claim_id``.

        Returns
        -------
        dict or None
        """
        claims = _claim_lookup(article)
        if int(claim_id) not in claims:
            raise UnknownClaimError(article.article_id, f"has no claim {claim_id}")
        with self._lock:
            cur = self._connection.execute(
                f"SELECT {self._COLUMNS} FROM current_verdicts "
                "WHERE article_key = ? AND claim_key = ?",
                (self.article_key(article), claim_key(claims[int(claim_id)][0])))
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
        return None if row is None else dict(zip(names, row, strict=True))

    def changes(self, article: Article, *, threshold: float = 80.0) -> pd.DataFrame:
        """Report verdicts whose claim text is no longer in the article.

        Verdicts on sentences that were edited or removed are not dropped:
        they stay in the store and are listed here, each with the closest
        sentence of the current text, so a reviewer can move them with
        :meth:`resolve_change`. Withdrawn verdicts (``unreviewed``) are not
        listed.

        Parameters
        ----------
        article : Article
            The article as it reads now.
        threshold : float, default 80.0
            Similarity (0–100, rapidfuzz ``ratio`` on normalised text) from
            which the closest claim counts as the same sentence edited.

        Returns
        -------
        DataFrame
            One row per such verdict: ``article_key``, ``claim_key``,
            ``claim_id`` and ``claim_text`` as recorded, ``verdict``, ``note``,
            ``reviewer``, ``at``, ``status`` (``changed`` when a similar claim
            exists, else ``removed``), ``closest_claim_id``, ``closest_text``
            and ``similarity``.
        """
        import pandas as pd
        from rapidfuzz import fuzz, process

        current = self.current(article)
        keys = {claim_key(text): cid for cid, (text, _) in _claim_lookup(article).items()}
        lost = current[~current["claim_key"].isin(list(keys))
                       & (current["verdict"] != "unreviewed")].copy()
        claims = article.claims
        choices = [normalise_claim(t) for t in claims["text"]]
        status, closest_id, closest_text, similarity = [], [], [], []
        for text in lost["claim_text"]:
            best = process.extractOne(normalise_claim(text), choices, scorer=fuzz.ratio)
            if best is None:
                status.append("removed")
                closest_id.append(pd.NA)
                closest_text.append(pd.NA)
                similarity.append(float("nan"))
                continue
            _, score, index = best
            status.append("changed" if score >= threshold else "removed")
            closest_id.append(int(claims["claim_id"].iloc[index]))
            closest_text.append(claims["text"].iloc[index])
            similarity.append(round(float(score), 1))
        lost["status"] = pd.Categorical(status, categories=["changed", "removed"])
        lost["closest_claim_id"] = pd.array(closest_id, dtype="Int64")
        lost["closest_text"] = pd.array(closest_text, dtype="str")
        lost["similarity"] = pd.array(similarity, dtype="Float64")
        cols = ["article_key", "claim_key", "claim_id", "claim_text", "verdict", "note",
                "reviewer", "at", "status", "closest_claim_id", "closest_text", "similarity"]
        return lost[cols].reset_index(drop=True)

    def join(self, article: Article, *, on_changed: str = "warn") -> pd.DataFrame:
        """Return ``article.claims`` with each claim's current verdict.

        Same as ``join_verdicts(article, store)``; see :func:`join_verdicts`.
        """
        return join_verdicts(article, self, on_changed=on_changed)

    # -- export -------------------------------------------------------------------------
    def export(self, path: str | os.PathLike[str], *, table: str = "current",
               article: Article | None = None) -> Path:
        """Write the verdicts to CSV or Parquet, chosen by the file suffix.

        Parameters
        ----------
        path : str or path-like
            ``.csv`` or ``.parquet``/``.pq``.
        table : {"current", "history"}, default "current"
            Current verdicts, or the full history.
        article : Article, optional
            Only this article's verdicts.

        Returns
        -------
        pathlib.Path
            The file written.

        Raises
        ------
        ExportError
            Unknown suffix or table, or Parquet without pyarrow installed.
        """
        return export_verdicts(self.current(article) if table == "current" else
                               self.history(article) if table == "history" else
                               _bad_table(table, path), path)

    # -- maintenance --------------------------------------------------------------------
    def integrity_check(self) -> str:
        """Run SQLite's integrity check; ``"ok"`` when the file is sound.

        Returns
        -------
        str
        """
        with self._lock:
            rows = self._connection.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(r[0]) for r in rows)


def _bad_table(table: str, path: object) -> pd.DataFrame:
    raise ExportError(path, f"table={table!r} is not one of 'current', 'history'")


def _claim_lookup(article: Article) -> dict[int, tuple[str, str | None]]:
    import pandas as pd

    claims = article.claims
    out = {}
    for cid, text, section in zip(claims["claim_id"], claims["text"], claims["section"],
                                  strict=True):
        out[int(cid)] = (str(text), None if pd.isna(section) else str(section))
    return out


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give a frame read from the store the package's dtypes and real NA."""
    import pandas as pd

    if "claim_id" in df:
        df["claim_id"] = df["claim_id"].astype("Int64")
    if "seq" in df:
        df["seq"] = df["seq"].astype("Int64")
    for col in ("article_key", "claim_key", "text_hash", "section", "claim_text", "note",
                "reviewer"):
        if col in df:
            text = df[col].astype("str")
            df[col] = text.where(text != "")  # missing is NA, never ""
    if "verdict" in df:
        df["verdict"] = pd.Categorical(df["verdict"], categories=list(VERDICTS))
    if "at" in df:
        df["at"] = pd.to_datetime(df["at"], utc=True, format="ISO8601")
    return df


def export_verdicts(verdicts: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write a verdicts table (or a joined claims table) to CSV or Parquet.

    Parameters
    ----------
    verdicts : DataFrame
        From :meth:`VerdictStore.current`, :meth:`VerdictStore.history` or
        :func:`join_verdicts`.
    path : str or path-like
        ``.csv``, or ``.parquet``/``.pq`` (needs pyarrow).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    ExportError
        Unknown suffix, or Parquet without pyarrow.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet", ".pq"):
        raise ExportError(path, f"unknown export format {suffix or '(no suffix)'!r}; "
                                "use .csv or .parquet")
    if suffix == ".csv":
        path.parent.mkdir(parents=True, exist_ok=True)
        verdicts.to_csv(path, index=False)
        return path
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ExportError(path, "writing Parquet needs pyarrow, which is not installed; "
                                "`pip install pyarrow`, or export to .csv") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    verdicts.to_parquet(path, index=False, engine="pyarrow")
    return path


def open_store(path: str | os.PathLike[str] | None = None, *, timeout: float = 30.0,
               retries: int = 5) -> VerdictStore:
    """Open (creating or migrating if needed) a verdict store.

    Parameters
    ----------
    path : str or path-like, optional
        The SQLite file; defaults to :func:`default_store_path`
        (``analystkit-verdicts.sqlite`` beside the notebook, or
        ``ANALYSTKIT_VERDICTS``).
    timeout : float, default 30.0
        Seconds to wait for another writer before a retry.
    retries : int, default 5
        Retries after a wait timed out.

    Returns
    -------
    VerdictStore

    Raises
    ------
    NotAStoreError, StoreVersionError, VerdictStoreError
        See :class:`VerdictStore`.
    """
    return VerdictStore(default_store_path() if path is None else path, timeout=timeout,
                        retries=retries)


def _articles_of(obj: Article | Corpus) -> list[Article]:
    from .article import Article

    if isinstance(obj, Article):
        return [obj]
    return list(obj)


def join_verdicts(claims: Article | Corpus | pd.DataFrame, store: VerdictStore, *,
                  on_changed: str = "warn") -> pd.DataFrame:
    """Return the claims table with each claim's current verdict, in one call.

    Parameters
    ----------
    claims : Article, Corpus or DataFrame
        An article or corpus (best: its text identifies it in the store), or
        a claims table such as ``art.claims`` (articles are then found by
        ``article_id``).
    store : VerdictStore
        The store to read verdicts from.
    on_changed : {"warn", "ignore", "raise"}, default "warn"
        What to do when the store holds verdicts on claim text no longer in
        an article (given as Article or Corpus): warn with
        :class:`VerdictsChangedWarning`, say nothing, or raise
        :class:`VerdictStoreError`. :meth:`VerdictStore.changes` lists them.

    Returns
    -------
    DataFrame
        The claims' columns, then ``claim_key``, ``verdict`` (categorical in
        :data:`VERDICTS` order; ``unreviewed`` when none), ``note``,
        ``reviewer``, ``reviewed_at`` (UTC) and ``article_edited`` (the
        verdict was given on another version of the article text; NA when
        the input is a bare claims table).
    """
    import pandas as pd

    if on_changed not in ("warn", "ignore", "raise"):
        raise ValueError("on_changed must be 'warn', 'ignore' or 'raise'")
    if isinstance(claims, pd.DataFrame):
        table = claims.copy()
        keys = store._article_keys_for_ids(table["article_id"].astype(str))
        hashes: dict[str, str] = {}
    else:
        articles = _articles_of(claims)
        table = (pd.concat([a.claims for a in articles], ignore_index=True)
                 if len(articles) != 1 else articles[0].claims.copy())
        keys = {str(a.article_id): store.article_key(a) for a in articles}
        hashes = {str(a.article_id): text_hash(a.text) for a in articles}
        lost = [(a.article_id, len(store.changes(a))) for a in articles]
        lost = [(aid, n) for aid, n in lost if n]
        if lost and on_changed != "ignore":
            message = (f"{sum(n for _, n in lost)} verdict(s) refer to claim text no longer in "
                       + ", ".join(f"{aid} ({n})" for aid, n in lost)
                       + "; see store.changes(article)")
            if on_changed == "raise":
                raise VerdictStoreError(lost[0][0], message)
            warnings.warn(message, VerdictsChangedWarning, stacklevel=2)

    table["_article_key"] = table["article_id"].astype(str).map(keys)
    table["claim_key"] = pd.array([claim_key(t) for t in table["text"]], dtype="str")
    current = store.current()
    current = current[current["article_key"].isin(list(set(keys.values())))]
    current = current.rename(columns={"article_key": "_article_key", "at": "reviewed_at",
                                      "text_hash": "_text_hash"})
    merged = table.merge(
        current[["_article_key", "claim_key", "verdict", "note", "reviewer", "reviewed_at",
                 "_text_hash"]],
        on=["_article_key", "claim_key"], how="left", validate="many_to_one")
    merged["verdict"] = pd.Categorical(merged["verdict"].astype(object).where(
        merged["verdict"].notna(), "unreviewed"), categories=list(VERDICTS))
    if hashes:
        now_hash = merged["article_id"].astype(str).map(hashes)
        edited = (merged["_text_hash"].notna() & (merged["_text_hash"] != now_hash))
        merged["article_edited"] = pd.array(edited.tolist(), dtype="boolean")
    else:
        merged["article_edited"] = pd.array([pd.NA] * len(merged), dtype="boolean")
    merged["note"] = merged["note"].astype("str")
    merged["reviewer"] = merged["reviewer"].astype("str")
    return merged.drop(columns=["_article_key", "_text_hash"]).reset_index(drop=True)
