"""The verdict store: semantics, keys, migrations, errors, export, concurrency and crashes."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analystkit as ak
from analystkit import triage
from analystkit.triage import (
    SCHEMA_VERSION,
    VERDICTS,
    ExportError,
    InvalidVerdictError,
    NotAStoreError,
    StoreBusyError,
    StoreVersionError,
    UnknownClaimError,
    VerdictsChangedWarning,
    VerdictStoreError,
    claim_key,
    join_verdicts,
    normalise_claim,
    open_store,
    text_hash,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"
RUMOUR = "Pyongyang is rumored to send up to 25,000 workers"


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "verdicts.sqlite") as s:
        yield s


def claim_id_of(art, startswith: str) -> int:
    rows = art.claims[art.claims["text"].str.startswith(startswith)]
    assert len(rows) == 1, startswith
    return int(rows["claim_id"].iloc[0])


# -- keys ---------------------------------------------------------------------------
def test_claim_key_ignores_case_quotes_spacing_and_edge_punctuation():
    base = claim_key('The "deal" was signed in 2024.')
    assert claim_key("the \u201cdeal\u201d  was\nsigned in 2024") == base
    assert claim_key("The 'deal' was signed in 2024.") != base  # different quote kind
    assert claim_key("The deal was signed in 2025.") != base
    assert normalise_claim("  A\u00a0B  ") == "a b"
    assert len(base) == 32


def test_text_hash_ignores_line_endings_and_spacing_only():
    assert text_hash("One.\r\n\r\nTwo.") == text_hash("One.\n\nTwo. ")
    assert text_hash("One.\n\nTwo.") != text_hash("One.\n\nThree.")


# -- opening ------------------------------------------------------------------------
def test_new_store_has_schema_wal_and_migration_log(tmp_path):
    path = tmp_path / "sub" / "v.sqlite"
    with open_store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.integrity_check() == "ok"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    versions = [r[0] for r in con.execute("SELECT version FROM schema_info ORDER BY version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    con.close()


def test_default_path_is_beside_the_notebook_or_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("ANALYSTKIT_VERDICTS", raising=False)
    monkeypatch.chdir(tmp_path)
    assert triage.default_store_path() == tmp_path / triage.DEFAULT_STORE_NAME
    monkeypatch.setenv("ANALYSTKIT_VERDICTS", str(tmp_path / "elsewhere.sqlite"))
    with open_store() as s:
        assert s.path == tmp_path / "elsewhere.sqlite"
    assert (tmp_path / "elsewhere.sqlite").exists()


def test_default_reviewer_from_environment(monkeypatch):
    monkeypatch.setenv("ANALYSTKIT_REVIEWER", "Ada")
    assert triage.default_reviewer() == "Ada"


def test_closed_store_says_so(tmp_path, seed):
    s = open_store(tmp_path / "v.sqlite")
    s.close()
    with pytest.raises(VerdictStoreError, match="closed"):
        s.record(seed, 1, "supported")


# -- recording and reading ----------------------------------------------------------------
def test_current_verdict_is_the_last_history_row(store, seed):
    cid = claim_id_of(seed, RUMOUR)
    assert store.verdict(seed, cid) == "unreviewed"
    store.record(seed, cid, "needs source", note="no link", reviewer="ann")
    store.record(seed, cid, "disputed", note="denied by ministry", reviewer="bob")
    store.record(seed, 1, "opinion", reviewer="ann")

    history = store.history(seed)
    assert list(history["verdict"]) == ["needs source", "disputed", "opinion"]
    assert list(history["seq"]) == sorted(history["seq"])
    assert history["at"].dt.tz is not None

    current = store.current(seed)
    assert len(current) == 2
    row = current[current["claim_id"] == cid].iloc[0]
    assert (row["verdict"], row["note"], row["reviewer"]) == ("disputed", "denied by ministry",
                                                             "bob")
    assert store.verdict(seed, cid) == "disputed"
    assert store.current_row(seed, cid)["reviewer"] == "bob"


def test_withdrawing_a_verdict_keeps_the_trail(store, seed):
    store.record(seed, 2, "false", reviewer="ann")
    store.record(seed, 2, "unreviewed", reviewer="ann")
    assert store.verdict(seed, 2) == "unreviewed"
    assert list(store.history(seed)["verdict"]) == ["false", "unreviewed"]


def test_record_validates_verdict_and_claim(store, seed):
    with pytest.raises(InvalidVerdictError, match="'true' is not a verdict"):
        store.record(seed, 1, "true")
    with pytest.raises(UnknownClaimError, match="has no claim 999"):
        store.record(seed, 999, "supported")
    assert isinstance(UnknownClaimError("a", "b"), ak.AnalystkitError)
    assert store.history().empty


def test_record_many_is_one_transaction(store, seed):
    with pytest.raises(InvalidVerdictError):
        store.record_many(seed, [(1, "supported"), (2, "nonsense")])
    assert store.history().empty
    rows = store.record_many(seed, [(1, "supported", "seen"), (2, "opinion")], reviewer="x",
                             at="2026-01-02T03:04:05")
    assert [r["claim_id"] for r in rows] == [1, 2]
    assert store.history()["at"].iloc[0] == pd.Timestamp("2026-01-02T03:04:05", tz="UTC")


def test_transaction_rolls_back_on_error(store, seed):
    with pytest.raises(RuntimeError), store.transaction():
        store.record(seed, 1, "supported")
        store.record(seed, 2, "supported")
        raise RuntimeError("interrupted")
    assert store.history().empty
    with store.transaction():
        store.record(seed, 1, "supported")
        with store.transaction():
            store.record(seed, 2, "opinion")
    assert len(store.history()) == 2


def test_missing_values_are_na_not_empty_strings(store, seed):
    store.record(seed, 1, "supported", reviewer="ann")  # no note
    current = store.current()
    assert pd.isna(current["note"].iloc[0])
    assert pd.isna(current["section"].iloc[0])  # the headline has no section


# -- finding verdicts again ---------------------------------------------------------------
def test_reloading_the_file_finds_verdicts(tmp_path, seed):
    path = tmp_path / "v.sqlite"
    with open_store(path) as s:
        s.record(seed, 3, "disputed", reviewer="ann")
    again = ak.load_article(SEED)
    with open_store(path) as s:
        assert s.verdict(again, 3) == "disputed"


def test_reparsing_under_another_id_finds_verdicts_by_text_hash(store, seed):
    store.record(seed, 3, "disputed", reviewer="ann")
    other = ak.parse_article(seed.text, article_id="pasted")
    assert store.article_key(other) == seed.article_id
    assert store.verdict(other, 3) == "disputed"
    joined = join_verdicts(other, store)
    assert joined.loc[joined["claim_id"] == 3, "verdict"].item() == "disputed"
    # a verdict given on the re-parsed copy lands under the same article key
    store.record(other, 4, "supported", reviewer="ann")
    assert set(store.current()["article_key"]) == {seed.article_id}


def test_explicit_article_key(store, seed):
    assert store.register(seed, article_key="https://example.org/story") == \
        "https://example.org/story"
    store.record(seed, 1, "supported", reviewer="ann")
    assert store.current()["article_key"].item() == "https://example.org/story"


# -- changed text -------------------------------------------------------------------------
def edited(seed, old: str, new: str):
    assert old in seed.text
    return ak.parse_article(seed.text.replace(old, new), article_id=seed.article_id)


def test_verdict_on_changed_sentence_is_reported_with_closest_claim(store, seed):
    cid = claim_id_of(seed, RUMOUR)
    store.record(seed, cid, "disputed", note="check", reviewer="ann")
    store.record(seed, 1, "opinion", reviewer="ann")
    new = edited(seed, RUMOUR, "Pyongyang is said to send up to 25,000 workers")

    changes = new_changes = store.changes(new)
    assert len(changes) == 1
    row = changes.iloc[0]
    assert row["status"] == "changed" and row["verdict"] == "disputed"
    assert row["claim_text"].startswith(RUMOUR)
    assert row["closest_text"].startswith("Pyongyang is said to send")
    assert row["closest_claim_id"] == claim_id_of(new, "Pyongyang is said")
    assert row["similarity"] > 80
    assert new_changes["claim_key"].item() == claim_key(row["claim_text"])

    with pytest.warns(VerdictsChangedWarning, match="1 verdict"):
        joined = join_verdicts(new, store)
    # the untouched headline keeps its verdict, flagged as given on another version
    head = joined[joined["claim_id"] == 1].iloc[0]
    assert head["verdict"] == "opinion" and bool(head["article_edited"])
    assert joined.loc[joined["claim_id"] == row["closest_claim_id"], "verdict"].item() == \
        "unreviewed"
    with pytest.raises(VerdictStoreError, match="no longer in"):
        join_verdicts(new, store, on_changed="raise")
    # the store still has the verdict for the original text
    assert store.verdict(seed, cid) == "disputed"


def test_removed_sentence_is_reported_as_removed(store, seed):
    cid = claim_id_of(seed, "The workers will bolster")
    store.record(seed, cid, "supported", reviewer="ann")
    sentence = seed.claims.loc[seed.claims["claim_id"] == cid, "text"].item()
    new = edited(seed, sentence, "")
    changes = store.changes(new)
    assert list(changes["status"]) == ["removed"]


def test_resolve_change_moves_the_verdict_and_keeps_history(store, seed):
    cid = claim_id_of(seed, RUMOUR)
    store.record(seed, cid, "disputed", note="check", reviewer="ann")
    new = edited(seed, RUMOUR, "Pyongyang is said to send up to 25,000 workers")
    change = store.changes(new).iloc[0]
    store.resolve_change(new, change["claim_key"], int(change["closest_claim_id"]),
                         reviewer="bob")
    assert store.changes(new).empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        joined = join_verdicts(new, store)
    moved = joined[joined["claim_id"] == change["closest_claim_id"]].iloc[0]
    assert (moved["verdict"], moved["note"], moved["reviewer"]) == ("disputed", "check", "bob")
    assert list(store.history()["verdict"]) == ["disputed", "unreviewed", "disputed"]
    with pytest.raises(VerdictStoreError, match="no verdict"):
        store.resolve_change(new, "0" * 32)


# -- join -----------------------------------------------------------------------------------
def test_join_adds_verdict_columns_one_row_per_claim(store, seed):
    store.record(seed, 2, "supported", note="matches Reuters", reviewer="ann")
    joined = join_verdicts(seed, store)
    assert len(joined) == len(seed.claims)
    assert list(joined.columns[: len(seed.claims.columns)]) == list(seed.claims.columns)
    for col in ("claim_key", "verdict", "note", "reviewer", "reviewed_at", "article_edited"):
        assert col in joined
    assert list(joined["verdict"].cat.categories) == list(VERDICTS)
    assert joined["verdict"].value_counts()["unreviewed"] == len(seed.claims) - 1
    row = joined[joined["claim_id"] == 2].iloc[0]
    assert (row["verdict"], row["note"]) == ("supported", "matches Reuters")
    assert joined.loc[joined["claim_id"] == 1, "note"].isna().all()
    assert not joined["article_edited"].any()
    assert store.join(seed).equals(joined)


def test_join_a_claims_table_by_article_id(store, seed):
    store.record(seed, 2, "false", reviewer="ann")
    joined = join_verdicts(seed.claims, store)
    assert joined.loc[joined["claim_id"] == 2, "verdict"].item() == "false"
    assert joined["article_edited"].isna().all()


def test_join_many_articles(store, seed):
    other = ak.parse_article("Officials said 40 ships docked in May.\n\nIt may rain.",
                             article_id="b")
    store.record(seed, 1, "opinion", reviewer="ann")
    store.record(other, 1, "supported", reviewer="ann")
    joined = join_verdicts([seed, other], store)
    assert len(joined) == len(seed.claims) + len(other.claims)
    got = joined[joined["verdict"] != "unreviewed"][["article_id", "verdict"]]
    assert sorted(map(tuple, got.astype(str).values)) == [
        (seed.article_id, "opinion"), ("b", "supported")]


# -- export ---------------------------------------------------------------------------------
def test_export_csv_round_trip(store, seed, tmp_path):
    store.record(seed, 2, "supported", note='said "yes", twice', reviewer="ann")
    store.record(seed, 2, "opinion", reviewer="ann")
    current = pd.read_csv(store.export(tmp_path / "current.csv"))
    history = pd.read_csv(store.export(tmp_path / "out" / "history.csv", table="history"))
    assert list(current["verdict"]) == ["opinion"]
    assert list(history["note"].fillna("")) == ['said "yes", twice', ""]
    joined = join_verdicts(seed, store)
    back = pd.read_csv(triage.export_verdicts(joined, tmp_path / "joined.csv"))
    assert len(back) == len(seed.claims)


def test_export_rejects_unknown_format_and_table(store, tmp_path):
    with pytest.raises(ExportError, match="use .csv or .parquet"):
        store.export(tmp_path / "v.xlsx")
    with pytest.raises(ExportError, match="table="):
        store.export(tmp_path / "v.csv", table="everything")


NO_PYARROW = textwrap.dedent("""
    import sys
    sys.modules["pyarrow"] = None   # as if pyarrow were not installed: `import pyarrow` fails
    import analystkit as ak
    from analystkit.triage import ExportError, open_store

    store_path, seed, out = sys.argv[1:4]
    with open_store(store_path) as store:
        store.record(ak.load_article(seed), 2, "supported", reviewer="ann")
        try:
            store.export(out)
        except ExportError as exc:
            print("ExportError:", exc)
""")


@pytest.mark.timeout(120)
def test_export_parquet_without_pyarrow_is_a_clear_error(tmp_path):
    out = tmp_path / "v.parquet"
    proc = subprocess.run([sys.executable, "-c", NO_PYARROW, str(tmp_path / "v.sqlite"),
                           str(SEED), str(out)], capture_output=True, text=True, timeout=100)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"ExportError: {out}: writing Parquet needs pyarrow")
    assert "export to .csv" in proc.stdout
    assert not out.exists()


def test_export_parquet_with_pyarrow(store, seed, tmp_path):
    pytest.importorskip("pyarrow")
    store.record(seed, 2, "supported", reviewer="ann")
    back = pd.read_parquet(store.export(tmp_path / "v.parquet"))
    assert list(back["verdict"].astype(str)) == ["supported"]


# -- migrations and versions ---------------------------------------------------------------
def make_v1_store(path: Path, seed) -> None:
    """A store as schema version 1 wrote it: history only, no article registry."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TABLE schema_info (version INTEGER PRIMARY KEY, "
                "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    triage.MIGRATIONS[0].apply(con)
    con.execute("INSERT INTO schema_info VALUES (1, 'v1', '2026-01-01T00:00:00+00:00')")
    text = seed.claims.loc[seed.claims["claim_id"] == 3, "text"].item()
    con.execute("INSERT INTO history (article_key, claim_key, text_hash, claim_id, claim_text, "
                "verdict, note, reviewer, at) VALUES (?, ?, ?, 3, ?, 'disputed', 'old note', "
                "'ann', '2026-01-01T00:00:00+00:00')",
                (seed.article_id, claim_key(text), text_hash(seed.text), text))
    con.close()


def test_version_1_store_is_migrated_in_place(tmp_path, seed):
    path = tmp_path / "v1.sqlite"
    make_v1_store(path, seed)
    with open_store(path) as s:
        assert s.schema_version == 2
        assert s.verdict(seed, 3) == "disputed"
        history = s.history()
        assert history["note"].item() == "old note" and pd.isna(history["section"].item())
        # the article registry was filled from the old history
        assert s.article_key(ak.parse_article(seed.text, article_id="copy")) == seed.article_id
        s.record(seed, 3, "supported", reviewer="bob")
        assert s.integrity_check() == "ok"
    con = sqlite3.connect(path)
    log = con.execute("SELECT version, description FROM schema_info ORDER BY version").fetchall()
    con.close()
    assert [v for v, _ in log] == [1, 2]


def test_store_from_a_newer_version_is_refused_untouched(tmp_path, seed):
    path = tmp_path / "future.sqlite"
    with open_store(path) as s:
        s.record(seed, 1, "supported", reviewer="ann")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("INSERT INTO schema_info VALUES (99, 'from the future', '2030-01-01')")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreVersionError) as info:
        open_store(path)
    message = str(info.value)
    assert "newer analystkit" in message and "schema version 99" in message
    assert f"up to {SCHEMA_VERSION}" in message and str(path) in message
    assert isinstance(info.value, ak.AnalystkitError)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_files_that_are_not_stores_are_refused(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just some notes\n" * 10)
    with pytest.raises(NotAStoreError, match="not an SQLite database"):
        open_store(text)
    assert text.read_text().startswith("not a database")

    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(NotAStoreError, match="not an analystkit verdict store"):
        open_store(other)

    with pytest.raises(NotAStoreError, match="is a folder"):
        open_store(tmp_path)


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_store(path) as s:
        assert s.schema_version == SCHEMA_VERSION


def test_write_lock_held_too_long_raises_busy(tmp_path, seed):
    path = tmp_path / "v.sqlite"
    open_store(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with open_store(path, timeout=0.05, retries=1) as s:
            with pytest.raises(StoreBusyError, match="stayed locked"):
                s.record(seed, 1, "supported")
            assert s.history().empty  # reading is not blocked by a writer in WAL mode
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


# -- many processes, and crashes ------------------------------------------------------------
WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import analystkit as ak
    from analystkit.triage import VERDICTS, open_store

    store_path, name, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    art = ak.load_article(sys.argv[5])
    ids = [int(c) for c in art.claims["claim_id"]]
    Path(go.parent / f"ready-{name}").touch()
    while not go.exists():   # start together with the other writer
        time.sleep(0.005)
    store = open_store(store_path)   # both processes may create and migrate the store
    for i in range(count):
        store.record(art, ids[i % len(ids)], VERDICTS[1 + i % (len(VERDICTS) - 1)],
                     note=f"{name}-{i}", reviewer=name)
    store.close()
    print("done", name, flush=True)
""")


@pytest.mark.timeout(300)
def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"  # not created yet: both writers race to create it
    go = tmp_path / "go"
    count = 300
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count),
                               str(go), str(SEED)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for name in ("alpha", "beta")]
    try:
        while not all((tmp_path / f"ready-{n}").exists() for n in ("alpha", "beta")):
            if any(p.poll() is not None for p in procs):
                break
            time.sleep(0.01)
        go.touch()
        outputs = [p.communicate(timeout=240) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.startswith("done")

    with open_store(path) as s:
        assert s.integrity_check() == "ok"
        history = s.history()
        current = s.current()
    assert len(history) == 2 * count
    expected = {f"{n}-{i}" for n in ("alpha", "beta") for i in range(count)}
    assert set(history["note"]) == expected
    assert history["seq"].is_unique
    # each process kept its own order, however the two interleaved
    for name in ("alpha", "beta"):
        mine = history[history["reviewer"] == name]["note"].tolist()
        assert mine == [f"{name}-{i}" for i in range(count)]
    # the current verdict of each claim is its last history row
    last = history.sort_values("seq").groupby("claim_key").tail(1)
    assert sorted(last["seq"]) == sorted(current["seq"])


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    import analystkit as ak
    from analystkit.triage import open_store

    store_path, mode, seed = sys.argv[1], sys.argv[2], sys.argv[3]
    art = ak.load_article(seed)
    ids = [int(c) for c in art.claims["claim_id"]]
    store = open_store(store_path)
    if mode == "batches":       # commit batches of 50 verdicts until killed
        batch = 0
        while True:
            store.record_many(art, [(ids[i % len(ids)], "disputed", f"b{batch}-{i}")
                                    for i in range(50)], reviewer="victim")
            print("committed", batch, flush=True)
            batch += 1
    else:                       # commit 20, then die inside an open write transaction
        for i in range(20):
            store.record(art, ids[i % len(ids)], "supported", note=f"c{i}", reviewer="victim")
        with store.transaction():
            for i in range(200):
                store.record(art, ids[i % len(ids)], "false", note=f"u{i}", reviewer="victim")
            print("inside", flush=True)
            time.sleep(600)
""")


def start_victim(path: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path), mode, str(SEED)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.timeout(180)
def test_kill_during_a_stream_of_commits_keeps_every_committed_batch(tmp_path, seed):
    path = tmp_path / "v.sqlite"
    proc = start_victim(path, "batches")
    try:
        last = -1
        for line in proc.stdout:
            last = int(line.split()[1])
            if last >= 40:
                break
        assert last >= 40, proc.stderr.read()
        kill(proc)  # it is writing its next batch
    finally:
        if proc.poll() is None:
            proc.kill()
    with open_store(path) as s:
        assert s.integrity_check() == "ok"
        history = s.history()
        notes = set(history["note"])
        # every batch the writer reported committed is there, whole
        assert all(f"b{b}-{i}" in notes for b in range(last + 1) for i in range(50))
        # no batch is there in part: transactions are all or nothing
        assert len(history) % 50 == 0
        s.record(seed, 1, "supported", reviewer="survivor")  # and the store still takes writes
        assert s.verdict(seed, 1) == "supported"


@pytest.mark.timeout(180)
def test_kill_inside_an_open_transaction_keeps_committed_and_drops_the_rest(tmp_path, seed):
    path = tmp_path / "v.sqlite"
    proc = start_victim(path, "transaction")
    try:
        line = proc.stdout.readline()
        assert line.strip() == "inside", proc.stderr.read()
        assert Path(f"{path}-wal").exists()  # the uncommitted rows are in the write-ahead log
        kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    with open_store(path, timeout=5) as s:
        assert s.integrity_check() == "ok"
        history = s.history()
        assert sorted(history["note"]) == sorted(f"c{i}" for i in range(20))
        assert set(history["verdict"]) == {"supported"}
        s.record(seed, 1, "opinion", reviewer="survivor")  # the dead writer's lock is gone
        assert len(s.history()) == 21


# -- summary chart ---------------------------------------------------------------------------
def test_verdict_summary_counts_by_section_and_source(store, seed):
    from analystkit.plot_triage import NO_SECTION, NO_SOURCE, verdict_summary

    cited = int(seed.citations["claim_id"].iloc[0])
    store.record_many(seed, [(1, "opinion"), (cited, "disputed")], reviewer="ann")
    joined = join_verdicts(seed, store)
    summary = verdict_summary(joined, seed.citations, seed.sources)
    sections = summary[summary["by"] == "section"]
    assert sections["n_claims"].sum() == len(seed.claims)
    assert set(sections["verdict"].astype(str)) == set(VERDICTS)  # zero counts included
    head = sections[(sections["group"] == NO_SECTION) & (sections["verdict"] == "opinion")]
    assert head["n_claims"].item() == 1
    by_source = summary[summary["by"] == "source"]
    n_uncited = int((seed.claims["n_sources"] == 0).sum())
    assert by_source["n_claims"].sum() == len(seed.citations) + n_uncited
    disputed = by_source[(by_source["verdict"] == "disputed") & (by_source["n_claims"] > 0)]
    n_cited = int((seed.citations["claim_id"] == cited).sum())
    assert len(disputed) == n_cited and NO_SOURCE not in set(disputed["group"])
    groups = list(dict.fromkeys(by_source["group"]))
    assert groups[0].startswith("[1] ") and groups[-1] == NO_SOURCE


def test_plot_verdicts_has_titles_labels_and_a_fixed_size(store, seed):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analystkit.plot_triage import FIGSIZE, plot_verdicts

    store.record(seed, 1, "opinion", reviewer="ann")
    fig = plot_verdicts(seed, store=store)
    try:
        assert tuple(fig.get_size_inches()) == FIGSIZE
        assert fig._suptitle.get_text() == f"Verdicts on {len(seed.claims)} claims (1 reviewed)"
        left, right = fig.axes
        assert (left.get_title(), left.get_xlabel(), left.get_ylabel()) == (
            "By section", "claims", "section")
        assert right.get_title() == "By cited source" and right.get_ylabel() == "source"
        assert [t.get_text() for t in fig.legends[0].get_texts()] == list(VERDICTS)
        ticks = [t.get_text() for t in right.get_yticklabels()]
        assert ticks[-1] == "(no source)" and ticks[0].startswith("[1] ")
    finally:
        plt.close(fig)
    joined = join_verdicts(seed, store)
    fig = plot_verdicts(joined)  # without citations and sources: the section panel only
    try:
        assert len(fig.axes) == 1
    finally:
        plt.close(fig)
    with pytest.raises(ak.AnalystkitError, match="needs store="):
        plot_verdicts(seed)
