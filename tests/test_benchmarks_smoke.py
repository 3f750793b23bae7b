"""A tiny run of the benchmark script's parts: it works; nothing here is timed."""

from __future__ import annotations

from benchmarks import run as bench

from .conftest import SEED


def test_synthetic_articles_are_seed_sized_and_vary(tmp_path):
    paths = bench.make_articles(tmp_path / "a", 3)
    assert [p.name for p in paths] == ["00000_article.txt", "00001_article.txt",
                                       "00002_article.txt"]
    texts = [p.read_text() for p in paths]
    assert texts[0] == SEED.read_text()
    assert "up to 25,001 North Korean workers" in texts[1]
    assert all(abs(len(t) - len(texts[0])) < 20 for t in texts)


def test_throughput_rows(tmp_path):
    paths = bench.make_articles(tmp_path / "a", 2)
    results = bench.Results()
    bench.throughput(results, "seed-sized", paths, [p.read_text() for p in paths], peers=False)
    assert [r.measure.split(" — ")[0] for r in results.rows] == [
        "load_corpus, full tables", "  regex number scan (ceiling)"]
    assert results.rows[0].target == "≥ 2,000/s" and results.rows[0].met in ("yes", "**no**")
    assert bench.regex_scan([SEED.read_text()]) == len(bench.NUMBER.findall(SEED.read_text()))


def test_results_go_between_the_markers(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Benchmarks\n\nProse stays.\n\n{bench.START}\nold\n{bench.END}\n\nAfter.\n")
    results = bench.Results(notes=["a machine"])
    results.add("measure | with a bar", "1", "x", "2×", "≥ 1", "yes")
    results.profile = "profile lines"
    bench.write_doc(bench.render(results, "python -m benchmarks.run"), doc)
    bench.write_doc(bench.render(results, "python -m benchmarks.run"), doc)
    text = doc.read_text()
    assert text.startswith("# Benchmarks\n\nProse stays.\n\n<!-- results:start -->\nCommand: ")
    assert text.endswith("<!-- results:end -->\n\nAfter.\n")
    assert text.count(bench.START) == 1 and "old" not in text
    assert "| measure \\| with a bar | 1 | x | 2× | ≥ 1 | yes |" in text
    assert "```text\nprofile lines\n```" in text
