"""Corpus: loading many articles, ids, errors, parallel loads, metadata, display."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pandas as pd
import pytest

import analystkit as ak
from analystkit.corpus import Corpus, expand_paths, unique_article_ids
from analystkit.tables import SCHEMAS, TABLE_NAMES

from .conftest import REPO, SEED

EXAMPLES = REPO / "seeds" / "examples"
EXAMPLE_IDS = ["eastgate_monitor_drone_workers", "harbor_wire_drone_workers",
               "meridian_post_drone_workers"]


@pytest.fixture(scope="module")
def story() -> Corpus:
    return ak.load_corpus([SEED, EXAMPLES])


def _write(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


ARTICLE = ("Port reopens after storm\n\nThe port of Halden reopened on Monday after a storm "
           "closed it for three days, officials said.\n\nAbout 40 ships waited offshore.\n")


# -- loading and the container ----------------------------------------------------


def test_folder_loads_in_sorted_order(story):
    assert story.ids == ["000_bb73dd05cbc6060c", *EXAMPLE_IDS]
    assert len(story) == 4
    assert [a.article_id for a in story] == story.ids
    assert all(isinstance(a, ak.Article) for a in story)
    assert story.errors.empty
    assert list(story.errors.columns) == ["path", "error", "message"]


def test_getitem_and_unknown_id(story):
    art = story["harbor_wire_drone_workers"]
    assert art.headline == "About 12,000 North Korean laborers have arrived at Russian drone plant"
    assert "harbor_wire_drone_workers" in story and "nope" not in story
    with pytest.raises(ak.UnknownArticleError) as info:
        story["nope"]
    assert isinstance(info.value, KeyError)
    assert str(info.value).startswith("nope: no such article in this corpus")


def test_tables_have_the_article_schema(story):
    tables = story.tables()
    assert tuple(tables) == TABLE_NAMES
    for name in TABLE_NAMES:
        table = getattr(story, name)
        assert list(table.columns) == list(SCHEMAS[name]), name
        single = getattr(story["meridian_post_drone_workers"], name)
        assert table.dtypes.to_dict() == single.dtypes.to_dict(), name


def test_tables_equal_the_articles_one_by_one(story):
    for name in TABLE_NAMES:
        parts = [getattr(ak.load_article(p), name) for p in [SEED, *sorted(EXAMPLES.glob("*.txt"))]]
        expected = pd.concat(parts, ignore_index=True)
        pd.testing.assert_frame_equal(getattr(story, name), expected, check_categorical=False)


def test_counts_per_article(story):
    counts = story.articles.set_index("article_id")[["n_claims", "n_figures", "n_sources",
                                                     "n_citations"]]
    assert counts.loc[EXAMPLE_IDS].astype(int).values.tolist() == [
        [5, 6, 2, 2], [5, 7, 3, 3], [5, 5, 3, 3]]  # "has doubled", "could double" are 2
    outlets = story.articles.set_index("article_id")["outlet"]
    assert outlets.loc[EXAMPLE_IDS].tolist() == ["Eastgate Monitor", "Harbor Wire", "Meridian Post"]
    datelines = story.articles.set_index("article_id")["dateline"]
    assert datelines.loc[EXAMPLE_IDS].tolist() == ["KAZAN", "VLADIVOSTOK", "SEOUL"]


def test_audit_covers_every_article(story):
    findings = story.audit()
    separately = pd.concat([a.audit() for a in story], ignore_index=True)
    key = ["article_id", "check", "claim_id", "source_id", "block_id"]
    pd.testing.assert_frame_equal(
        findings.sort_values(key).reset_index(drop=True),
        separately.sort_values(key).reset_index(drop=True))


def test_select_keeps_the_given_order(story):
    sub = story.select(["meridian_post_drone_workers", "000_bb73dd05cbc6060c"])
    assert sub.ids == ["meridian_post_drone_workers", "000_bb73dd05cbc6060c"]
    assert sub.articles["article_id"].tolist() == sub.ids


def test_list_order_is_kept(tmp_path):
    b = _write(tmp_path, "b.txt", ARTICLE)
    a = _write(tmp_path, "a.txt", ARTICLE)
    assert ak.load_corpus([b, a]).ids == ["b", "a"]


def test_glob_pattern(tmp_path):
    _write(tmp_path, "one.txt", ARTICLE)
    _write(tmp_path, "sub/two.md", ARTICLE)
    _write(tmp_path, "sub/skip.csv", "id,text\n1,x\n")
    corpus = ak.load_corpus(str(tmp_path / "**" / "*.txt"))
    assert corpus.ids == ["one"]
    assert ak.load_corpus(tmp_path).ids == ["one", "two"]


def test_hidden_files_and_unknown_suffixes_are_skipped_in_folders(tmp_path):
    _write(tmp_path, "keep.txt", ARTICLE)
    _write(tmp_path, ".hidden.txt", ARTICLE)
    _write(tmp_path, ".git/HEAD.txt", ARTICLE)
    _write(tmp_path, "notes.csv", "a,b\n")
    _write(tmp_path, "README", ARTICLE)
    files, problems = expand_paths(tmp_path)
    assert [f.name for f in files] == ["keep.txt"]
    assert problems == []


# -- ids --------------------------------------------------------------------------


def test_ids_are_unique_and_readable(tmp_path):
    paths = [tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt", tmp_path / "story.md",
             tmp_path / "story_txt_2.txt", tmp_path / "Reuters 2014.txt"]
    # the same name in two folders takes its folder's name; a name with its suffix
    # taken already by a file's own name takes a number
    assert unique_article_ids(paths) == ["a_story", "b_story", "story_md", "story_txt_2",
                                         "Reuters_2014"]
    same = [tmp_path / "x" / "s.txt", tmp_path / "x" / "s.txt"]
    assert unique_article_ids(same) == ["x_s", "x_s_2"]
    # a decomposed name gives its composed spelling's id
    assert unique_article_ids([tmp_path / "A\u0308rger.md"]) == ["Ärger"]


def test_same_stem_different_formats(tmp_path):
    _write(tmp_path, "storm.txt", ARTICLE)
    _write(tmp_path, "storm.md", "# Port reopens after storm\n\n" + ARTICLE.split("\n", 2)[2])
    corpus = ak.load_corpus(tmp_path)
    assert corpus.ids == ["storm_md", "storm_txt"]


def test_duplicate_ids_are_refused():
    art = ak.parse_article(ARTICLE, article_id="x")
    with pytest.raises(ValueError, match="'x'"):
        Corpus([art, art])


# -- failures ---------------------------------------------------------------------


def test_failed_files_are_listed_and_the_rest_kept(tmp_path):
    good = _write(tmp_path, "good.txt", ARTICLE)
    empty = _write(tmp_path, "empty.txt", b"")
    pdf = _write(tmp_path, "scan.txt", b"%PDF-1.7\n%\xe2\xe3")
    missing = tmp_path / "missing.txt"
    with pytest.warns(UserWarning, match="3 of 4 inputs could not be read"):
        corpus = ak.load_corpus([good, empty, pdf, missing])
    assert corpus.ids == ["good"]
    assert corpus.errors.to_dict("records") == [
        {"path": str(empty), "error": "EmptyArticleError", "message": "file is empty"},
        {"path": str(pdf), "error": "NotTextError",
         "message": "not text: looks like a PDF document"},
        {"path": str(missing), "error": "ArticleNotFoundError", "message": "no such file"},
    ]
    assert all(dtype == "str" for dtype in corpus.errors.dtypes)


def test_strict_raises_the_original_error(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    empty = _write(tmp_path, "b.txt", b"   \n")
    with pytest.raises(ak.EmptyArticleError) as info:
        ak.load_corpus(tmp_path, strict=True)
    assert str(empty) in str(info.value)


def test_strict_raises_in_parallel_too(tmp_path):
    for n in range(3):
        _write(tmp_path, f"a{n}.txt", ARTICLE)
    _write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ak.NotTextError, match="PNG"):
        ak.load_corpus(tmp_path, strict=True, workers=2)


def test_nothing_found(tmp_path):
    with pytest.raises(ak.ArticleNotFoundError, match="folder holds no article files"):
        ak.load_corpus(tmp_path)
    with pytest.raises(ak.ArticleNotFoundError, match=r"\*\.txt: no file matches this pattern"):
        ak.load_corpus(str(tmp_path / "*.txt"))
    with pytest.raises(ak.ArticleNotFoundError, match="no article files found"):
        ak.load_corpus([])


def test_nothing_readable(tmp_path):
    empty = _write(tmp_path, "empty.txt", b"")
    with pytest.raises(ak.EmptyArticleError, match="empty.txt: file is empty"):
        ak.load_corpus(tmp_path)  # one input: its own error
    _write(tmp_path, "scan.txt", b"%PDF-1.4")
    with pytest.raises(ak.AnalystkitError) as info:
        ak.load_corpus(tmp_path)
    assert str(info.value) == f"2 inputs: none could be read (first: {empty}: file is empty)"


def test_empty_folder_in_a_list_is_reported(tmp_path):
    good = _write(tmp_path, "good.txt", ARTICLE)
    (tmp_path / "empty_dir").mkdir()
    with pytest.warns(UserWarning):
        corpus = ak.load_corpus([good, tmp_path / "empty_dir"])
    assert corpus.errors["message"].tolist() == [
        "folder holds no article files (.txt, .md, .html, .docx, .odt, .rtf, .pdf, .eml, "
        ".mhtml, .json)"]


def test_bad_workers_value():
    with pytest.raises(ValueError, match="workers"):
        ak.load_corpus(SEED, workers=0)


# -- parallel ---------------------------------------------------------------------


def test_parallel_equals_serial(story, tmp_path):
    bad = _write(tmp_path, "bad.txt", b"")
    paths = [SEED, EXAMPLES, bad]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        serial = ak.load_corpus(paths)
        parallel = ak.load_corpus(paths, workers=2)
    assert parallel.ids == serial.ids == story.ids
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(serial, name))
    pd.testing.assert_frame_equal(parallel.errors, serial.errors)
    assert [a.text for a in parallel] == [a.text for a in serial]


# -- metadata ---------------------------------------------------------------------


def test_metadata_by_id_file_name_and_frame():
    dates = {"meridian_post_drone_workers": {"published": "2025-06-03"},
             "harbor_wire_drone_workers.txt": {"published": "2025-06-18", "outlet": None}}
    corpus = ak.load_corpus(EXAMPLES, metadata=dates)
    articles = corpus.articles.set_index("article_id")
    assert articles.loc["meridian_post_drone_workers", "published"] == "2025-06-03"
    assert articles.loc["harbor_wire_drone_workers", "published"] == "2025-06-18"
    assert articles.loc["harbor_wire_drone_workers", "outlet"] == "Harbor Wire"  # None keeps it
    assert pd.isna(articles.loc["eastgate_monitor_drone_workers", "published"])

    frame = pd.DataFrame({"article_id": ["eastgate_monitor_drone_workers"],
                          "published": ["2025-07-02"], "url": [pd.NA]})
    corpus = ak.load_corpus(EXAMPLES, metadata=frame)
    row = corpus.articles.set_index("article_id").loc["eastgate_monitor_drone_workers"]
    assert row["published"] == "2025-07-02" and pd.isna(row["url"])


def test_metadata_unknown_field():
    with pytest.raises(ak.AnalystkitError, match="unknown field"):
        ak.load_corpus(EXAMPLES, metadata={"x": {"date": "2025"}})


# -- display, progress, import weight ------------------------------------------------


def test_repr_and_html_card_escape_text(tmp_path):
    _write(tmp_path, "x.txt", "<script>alert(1)</script> & co\n\nThe port reopened on Monday "
                              "after three days, officials said.\n")
    _write(tmp_path, "<b>.txt", b"")
    with pytest.warns(UserWarning):
        corpus = ak.load_corpus(tmp_path)
    html = corpus._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;.txt" in html and "1 input(s) could not be read" in html
    ex = corpus["x"]._records.extraction
    assert repr(corpus) == (f"<Corpus: 1 articles, 1 failed, {len(ex.claims)} claims, "
                            f"{len(ex.figures)} figures>")


def test_card_lists_a_few_articles(story):
    html = story._repr_html_()
    assert html.count("<tr>") == 5  # header + 4 articles
    assert "Harbor Wire" in html and "<b>29</b> claims" in html


def test_progress_bar_only_when_asked_or_interactive(tmp_path, capsys, monkeypatch):
    _write(tmp_path, "a.txt", ARTICLE)
    ak.load_corpus(tmp_path, progress=True)
    assert "Reading articles" in capsys.readouterr().err
    monkeypatch.setattr("analystkit.corpus.PROGRESS_MIN_FILES", 1)
    monkeypatch.setenv("CI", "true")
    ak.load_corpus(tmp_path)
    assert capsys.readouterr().err == ""


def test_import_stays_light():
    code = ("import sys, analystkit.corpus, analystkit.compare; "
            "print(sorted(m for m in ('pandas', 'tqdm', 'dask', 'rapidfuzz') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- the shared evaluation corpus (skipped when ../shared is absent) ---------------------------


@pytest.fixture(scope="module")
def shared(request):
    corpus_dir = request.getfixturevalue("corpus_dir")
    return ak.load_corpus(corpus_dir / "articles", workers=2)


def test_shared_corpus_loads_whole(shared, corpus_dir):
    n_files = len([p for p in (corpus_dir / "articles").iterdir() if p.is_file()])
    assert shared.errors.empty, shared.errors.to_dict("records")
    assert len(shared) == n_files
    assert len(set(shared.ids)) == len(shared)
    pair = {"cnn_thanksgiving_storm_2013_html", "cnn_thanksgiving_storm_2013_txt"}
    assert pair <= set(shared.ids)


def test_shared_corpus_keys_hold(shared):
    claims = set(zip(shared.claims["article_id"], shared.claims["claim_id"], strict=True))
    sources = set(zip(shared.sources["article_id"], shared.sources["source_id"], strict=True))
    citations = list(zip(shared.citations["article_id"], shared.citations["claim_id"],
                         shared.citations["source_id"], strict=True))
    assert all((a, c) in claims and (a, s) in sources for a, c, s in citations)
    assert not shared.claims.duplicated(["article_id", "claim_id"]).any()
    assert not shared.figures.duplicated(["article_id", "figure_id"]).any()
    for name in ("claims", "figures", "sources", "blocks"):
        table = getattr(shared, name)
        assert set(table["article_id"]) <= set(shared.ids), name
    texts = {a.article_id: a.text for a in shared}
    claims_ok = [texts[a][s:e] for a, s, e in zip(shared.claims["article_id"],
                                                  shared.claims["start"], shared.claims["end"],
                                                  strict=True)]
    assert all(claims_ok)


def test_shared_corpus_metadata(shared):
    articles = shared.articles.set_index("article_id")
    assert articles.loc["reuters_airasia_search_2014", ["outlet", "dateline"]].tolist() == [
        "Reuters", "JAKARTA"]
    assert articles.loc["ultimahora_infanta_anticorrupcion_es", "language"] == "es"
    assert articles.loc["wapo_tunisia_museum_attack_2015", "published"] == "2015-03-18"


def test_the_same_report_twice_is_a_duplicate_counted_once(tmp_path):
    story = (EXAMPLES / "harbor_wire_drone_workers.txt").read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "wire.txt").write_text(story, encoding="utf-8")
    # the same report saved from another page: other furniture, the same claims
    (tmp_path / "b" / "wire.txt").write_text("Skip to content\n\n" + story + "\nRead more\n",
                                            encoding="utf-8")
    other = EXAMPLES / "meridian_post_drone_workers.txt"
    (tmp_path / other.name).write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    corpus = ak.load_corpus(tmp_path)
    assert corpus.ids == ["a_wire", "b_wire", "meridian_post_drone_workers"]
    assert corpus.duplicates.values.tolist() == [["b_wire", "a_wire"]]
    findings = corpus.audit().query("check == 'duplicate_article'")
    assert findings["article_id"].tolist() == ["b_wire"]
    assert (findings["severity"] == "warning").all()
    assert "b_wire" not in set(corpus.compare_figures()["article_id"])
    matched = corpus.match_claims()
    assert "b_wire" not in set(matched["article_id_a"]) | set(matched["article_id_b"])
    assert len(corpus.claims.query("article_id == 'b_wire'")) > 0  # tables keep every article
    assert ak.load_corpus([SEED, EXAMPLES]).duplicates.empty


def test_metadata_that_names_no_article_warns_and_a_bad_date_raises():
    with pytest.warns(UserWarning, match="metadata names no article of this load: 'nope'"):
        ak.load_corpus(EXAMPLES, metadata={"nope": {"published": "2025-01-01"}})
    with pytest.raises(ak.AnalystkitError, match="is no date"):
        ak.load_corpus(EXAMPLES, metadata={"harbor_wire_drone_workers": {"published": "2025-13-45"}})


def test_a_bad_size_limit_is_one_error_for_the_load():
    with pytest.raises(ak.AnalystkitError, match="max_bytes must be a positive whole number"):
        ak.load_corpus(EXAMPLES, max_bytes=0)
