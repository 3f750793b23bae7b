"""The analystkit command: tables, summary, audit; one-line errors; atomic writes."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import analystkit as ak
from analystkit import cli
from analystkit.tables import TABLE_NAMES

from .conftest import REPO, SEED

EXAMPLES = REPO / "seeds" / "examples"
PLAIN = ("Port reopens after storm\n\nThe port of Halden reopened on Monday after a storm "
         "closed it for three days, officials said.\n\nAbout 40 ships waited offshore.\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("analystkit")
    assert ": error: " in lines[0]
    return lines[0]


# -- help and usage ---------------------------------------------------------------


def test_help_reads_well(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for text in ("tables", "summary", "audit", "exit status", "glob", "examples:"):
        assert text in out
    with pytest.raises(SystemExit):
        cli.main(["audit", "--help"])
    out = capsys.readouterr().out
    assert "--fail-on {info,warning,never}" in out and "CI pipelines" in out


@pytest.mark.parametrize("argv", [
    [], ["bogus"], ["tables", str(SEED)], ["audit", str(SEED), "--fail-on", "sometimes"],
    ["summary"], ["tables", str(SEED), "--out", "x", "--format", "xlsx"],
    ["summary", str(SEED), "--workers", "0"],
])
def test_usage_errors_are_one_line(capsys, argv):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    line = one_error_line(capsys.readouterr().err)
    assert "--help" in line


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"analystkit {ak.__version__}"


def test_python_dash_m_is_the_same_command(tmp_path):
    done = subprocess.run([sys.executable, "-m", "analystkit", "audit", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 2
    assert done.stderr.strip() == f"analystkit: error: {tmp_path / 'nope.txt'}: no such file"
    assert done.stdout == ""


# -- bad input --------------------------------------------------------------------


def test_missing_input_is_one_line(capsys, tmp_path):
    status, out, err = run(capsys, "summary", tmp_path / "nope.txt")
    assert status == 2 and out == ""
    assert one_error_line(err) == f"analystkit: error: {tmp_path / 'nope.txt'}: no such file"


def test_unreadable_files_are_warned_about_and_skipped(capsys, tmp_path):
    (tmp_path / "good.txt").write_text(PLAIN)
    (tmp_path / "empty.txt").write_bytes(b"")
    status, out, err = run(capsys, "summary", tmp_path)
    assert status == 0
    assert err.strip() == (f"analystkit: warning: {tmp_path / 'empty.txt'}: file is empty "
                           "(EmptyArticleError)")
    assert out.startswith("1 article (1 unreadable) · ")
    status, out, err = run(capsys, "summary", tmp_path, "--strict")
    assert status == 2 and "empty.txt: file is empty" in one_error_line(err)
    status, _, err = run(capsys, "summary", tmp_path, "--quiet")
    assert status == 0 and err == ""


def test_out_must_be_a_folder(capsys, tmp_path):
    target = tmp_path / "file.csv"
    target.write_text("x")
    status, _, err = run(capsys, "tables", SEED, "--out", target)
    assert status == 2
    assert one_error_line(err) == (f"analystkit: error: {target}: "
                                   "--out must be a folder, and this is a file")


# -- tables -----------------------------------------------------------------------


def test_tables_csv_round_trip(capsys, tmp_path):
    out_dir = tmp_path / "out" / "nested"
    status, out, err = run(capsys, "tables", SEED, EXAMPLES, "--out", out_dir)
    assert status == 0 and err == ""
    assert out.strip() == f"wrote 8 tables (4 articles, 0 unreadable) to {out_dir}/ as csv"
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted(f"{n}.csv" for n in (*TABLE_NAMES, "errors"))
    corpus = ak.load_corpus([SEED, EXAMPLES])
    for name in TABLE_NAMES:
        back = pd.read_csv(out_dir / f"{name}.csv", keep_default_na=True)
        table = getattr(corpus, name)
        assert list(back.columns) == list(table.columns), name
        assert len(back) == len(table), name
    claims = pd.read_csv(out_dir / "claims.csv")
    assert claims["text"].tolist() == corpus.claims["text"].tolist()
    assert pd.read_csv(out_dir / "errors.csv").empty


def test_tables_json_with_comparison(capsys, tmp_path):
    status, _, _ = run(capsys, "tables", SEED, EXAMPLES, "-o", tmp_path, "-f", "json", "--compare")
    assert status == 0
    figures = json.loads((tmp_path / "figures.json").read_text())
    assert figures[0]["article_id"] == "000_bb73dd05cbc6060c"
    assert figures[0]["value"] == 25000.0 and figures[0]["value_high"] is None
    compared = json.loads((tmp_path / "figures_compared.json").read_text())
    assert {row["group"] for row in compared} == {"North Korean workers", "North Korean troops"}
    assert len(json.loads((tmp_path / "claim_matches.json").read_text())) == 6
    assert json.loads((tmp_path / "errors.json").read_text()) == []


def test_tables_parquet(capsys, tmp_path):
    pytest.importorskip("pyarrow")
    status, _, _ = run(capsys, "tables", EXAMPLES, "--out", tmp_path, "--format", "parquet")
    assert status == 0
    back = pd.read_parquet(tmp_path / "figures.parquet")
    table = ak.load_corpus(EXAMPLES).figures
    assert list(back.columns) == list(table.columns)
    assert back["value"].tolist() == table["value"].tolist()


def test_parquet_without_pyarrow_is_one_clear_line(capsys, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyarrow" else real(name, *a))
    status, _, err = run(capsys, "tables", SEED, "--out", tmp_path, "--format", "parquet")
    assert status == 2
    line = one_error_line(err)
    assert "pyarrow" in line and "pip install 'analystkit[parquet]'" in line
    assert list(tmp_path.iterdir()) == []


def test_parallel_tables_are_the_same_files(capsys, tmp_path):
    run(capsys, "tables", SEED, EXAMPLES, "--out", tmp_path / "serial")
    run(capsys, "tables", SEED, EXAMPLES, "--out", tmp_path / "parallel", "--workers", "2")
    for path in (tmp_path / "serial").iterdir():
        assert path.read_bytes() == (tmp_path / "parallel" / path.name).read_bytes(), path.name


# -- atomic writes ------------------------------------------------------------------


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "claims.csv"
    target.write_text("old complete table\n")

    def half_then_fail(path):
        path.write_text("half a tab")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cli.write_atomic(target, half_then_fail)
    assert target.read_text() == "old complete table\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]  # no temporary file left


def test_atomic_write_replaces_and_leaves_no_temporary_file(tmp_path):
    frame = pd.DataFrame({"a": [1, 2]})
    cli.write_table(frame, tmp_path / "t.csv", "csv")
    cli.write_table(frame.assign(b=3), tmp_path / "t.csv", "csv")
    assert (tmp_path / "t.csv").read_text() == "a,b\n1,3\n2,3\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    assert oct((tmp_path / "t.csv").stat().st_mode & 0o777) != oct(0o600)


def test_interrupted_export_leaves_whole_files(capsys, tmp_path, monkeypatch):
    calls = []
    real = cli.write_atomic

    def interrupt_third(path, write):
        calls.append(path.name)
        if len(calls) == 3:
            def partial(p):
                p.write_text("article_id,claim")
                raise KeyboardInterrupt
            return real(path, partial)
        return real(path, write)

    monkeypatch.setattr(cli, "write_atomic", interrupt_third)
    status, _, err = run(capsys, "tables", SEED, "--out", tmp_path)
    assert status == 130 and err.strip() == "analystkit: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "blocks.csv"]
    assert len(pd.read_csv(tmp_path / "blocks.csv")) == len(ak.load_article(SEED).blocks)


# -- summary ------------------------------------------------------------------------


def test_summary_of_the_story(capsys):
    status, out, _ = run(capsys, "summary", SEED, EXAMPLES)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == ("4 articles · 29 claims (8 hedged) · 26 figures · 13 sources · "
                        "27 citations")
    assert "Figures several articles give for the same thing:" in lines
    assert "  North Korean workers (4 articles, 3 values)" in lines
    assert any(line.split() == ["harbor_wire_drone_workers", "About", "12,000", "·", "up", "to",
                                "25,000", "·", "only", "12,000"] for line in lines)
    assert "Claims repeated across articles: 6 pairs, 2 with different figures" in lines
    assert any(line.startswith("Most cited outlets: Northern Ledger (3 articles), ")
               for line in lines)
    assert lines[-1].startswith("Audit: ") and lines[-1].endswith("(`analystkit audit` lists them)")


def test_summary_of_one_article_has_no_comparison(capsys):
    _, out, _ = run(capsys, "summary", SEED)
    assert out.startswith("1 article · 14 claims")
    assert "same thing" not in out and "Most cited" not in out


# -- audit ----------------------------------------------------------------------------


def test_audit_fail_on_levels(capsys, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN)
    findings = ak.load_article(plain).audit()
    assert set(findings["severity"]) == {"info"}
    assert run(capsys, "audit", plain)[0] == 0
    assert run(capsys, "audit", plain, "--fail-on", "warning")[0] == 0
    assert run(capsys, "audit", plain, "--fail-on", "info")[0] == 1
    assert run(capsys, "audit", EXAMPLES, "--fail-on", "warning")[0] == 1
    assert run(capsys, "audit", EXAMPLES, "--fail-on", "never")[0] == 0


def test_audit_output_formats(capsys):
    expected = ak.load_corpus(EXAMPLES).audit()
    status, out, err = run(capsys, "audit", EXAMPLES, "--format", "csv")
    assert status == 0
    from io import StringIO

    back = pd.read_csv(StringIO(out))
    assert list(back.columns) == list(expected.columns) and len(back) == len(expected)
    counts = expected["severity"].value_counts()
    assert err.strip() == (f"audit of 3 articles: warning: {counts['warning']}, "
                           f"info: {counts['info']}")
    _, out, _ = run(capsys, "audit", EXAMPLES, "-f", "json")
    assert len(json.loads(out)) == len(expected)
    _, out, _ = run(capsys, "audit", EXAMPLES)
    assert out.splitlines()[0].split()[:3] == ["article_id", "check", "severity"]


def test_tables_checks_its_out_folder_before_reading(tmp_path, capsys):
    out = tmp_path / "out"
    (out / "claims.csv").mkdir(parents=True)
    assert cli.main(["tables", str(EXAMPLES), "--out", str(out), "-q"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "claims.csv: is a folder where a table file is to be written" in err
    assert sorted(p.name for p in out.iterdir()) == ["claims.csv"]  # nothing else written
