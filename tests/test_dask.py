"""analystkit.dask: the corpus tables as dask.dataframe, on a local cluster and over fsspec."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analystkit as ak
from analystkit.tables import SCHEMAS, TABLE_NAMES

from .conftest import REPO, SEED

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from analystkit.dask import compute_tables, empty_tables, read_tables  # noqa: E402

EXAMPLES = REPO / "seeds" / "examples"


def _corpus(paths) -> ak.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ak.load_corpus(paths)


def _assert_same(computed: dict[str, pd.DataFrame], corpus: ak.Corpus) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(computed[name], getattr(corpus, name), obj=name)
    pd.testing.assert_frame_equal(computed["errors"], corpus.errors, obj="errors")


def test_meta_has_the_pandas_columns_and_dtypes():
    tables = read_tables([SEED, EXAMPLES], files_per_partition=2)
    corpus = _corpus([SEED, EXAMPLES])
    for name in TABLE_NAMES:
        assert list(tables[name].columns) == list(SCHEMAS[name]), name
        assert tables[name].dtypes.to_dict() == getattr(corpus, name).dtypes.to_dict(), name
        assert tables[name].npartitions == 2
    assert list(tables["errors"].columns) == ["path", "error", "message"]
    assert set(empty_tables()) == {*TABLE_NAMES, "errors"}


def test_local_cluster_of_processes_gives_the_corpus_tables(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    paths = [SEED, EXAMPLES, bad]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        tables = read_tables(paths, files_per_partition=2, audit=True)
        computed = compute_tables(tables)
        assert len(client.scheduler_info()["workers"]) == 2
    corpus = _corpus(paths)
    _assert_same(computed, corpus)
    assert computed["errors"]["path"].tolist() == [str(bad)]
    key = ["article_id", "check", "claim_id", "source_id", "block_id"]
    pd.testing.assert_frame_equal(computed["audit"].sort_values(key).reset_index(drop=True),
                                  corpus.audit().sort_values(key).reset_index(drop=True))


def test_one_table_computes_alone():
    tables = read_tables(EXAMPLES, files_per_partition=1)
    sizes = tables["claims"].groupby("article_id").size().compute(scheduler="synchronous")
    assert sizes.to_dict() == {"eastgate_monitor_drone_workers": 5,
                               "harbor_wire_drone_workers": 5,
                               "meridian_post_drone_workers": 5}


def test_fsspec_urls_read_like_local_files():
    import fsspec

    fs = fsspec.filesystem("memory")
    for path in sorted(EXAMPLES.glob("*.txt")):
        fs.pipe(f"/news/{path.name}", path.read_bytes())
    fs.pipe("/news/.hidden.txt", b"ignored")
    fs.pipe("/news/notes.csv", b"ignored")
    try:
        tables = compute_tables(read_tables("memory://news/"), scheduler="synchronous")
        globbed = compute_tables(read_tables("memory://news/*.txt", files_per_partition=1),
                                 scheduler="synchronous")
    finally:
        fs.rm("/news", recursive=True)
    local = _corpus(EXAMPLES)
    assert tables["articles"]["article_id"].tolist() == local.ids
    assert tables["articles"]["path"].tolist() == [
        f"memory:///news/{name}.txt" for name in local.ids]
    for name in ("claims", "figures", "sources", "citations", "blocks"):
        pd.testing.assert_frame_equal(tables[name], getattr(local, name), obj=name)
        pd.testing.assert_frame_equal(globbed[name], getattr(local, name), obj=name)
    assert tables["articles"]["encoding"].tolist() == ["utf-8"] * 3


def test_unreadable_and_unmatched_inputs_become_error_rows(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLES / "harbor_wire_drone_workers.txt").read_text())
    tables = compute_tables(read_tables([good, tmp_path / "none" / "*.txt",
                                         "memory://nothing/here.txt"]),
                            scheduler="synchronous")
    assert tables["articles"]["article_id"].tolist() == ["good"]
    assert tables["errors"][["error", "message"]].values.tolist() == [
        ["ArticleNotFoundError", "no file matches this pattern"],
        ["ArticleNotFoundError", "no file matches this URL"],
    ]


def test_bad_arguments():
    with pytest.raises(ValueError, match="files_per_partition"):
        read_tables(SEED, files_per_partition=0)
    with pytest.raises(ak.AnalystkitError, match="no article files found"):
        read_tables([])
