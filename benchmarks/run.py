"""Throughput, memory, Dask speed-up and import time of analystkit, measured side by side.

Run on demand, never in the test suite. Peers (spaCy, pySBD) live only in the
benchmark environment:

    python -m venv .venv-bench
    .venv-bench/bin/pip install -e ".[bench,dask]"
    .venv-bench/bin/python -m benchmarks.run                # ~15 min; updates docs/benchmarks.md
    .venv-bench/bin/python -m benchmarks.run --quick        # small sizes; prints only

Measured in one run:

- ``load_corpus`` throughput (articles/s, MB/s, one process, all tables built)
  on N seed-sized articles and on the shared evaluation corpus, against a bare
  ``re.finditer`` number scan (the practical ceiling), spaCy's blank English
  pipeline with its sentencizer, and pySBD, on the same text;
- peak memory of loading N articles and building the tables, against the text size;
- speed-up of ``analystkit.dask`` on a LocalCluster of 2 worker processes over 1,
  and of ``load_corpus(workers=2)`` over a serial load;
- ``import analystkit`` against ``import pandas``, and the time to the first
  table in a fresh process and in a fresh Jupyter kernel;
- a cProfile of the pipeline on the seed article: where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import gc
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"
SHARED_ARTICLES = REPO.parent / "shared" / "corpus" / "articles"
DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"

#: Targets from the issue.
TARGET_ARTICLES_PER_S = 2000.0
TARGET_MEMORY_RATIO = 10.0
TARGET_DASK_SPEEDUP = 1.6
TARGET_IMPORT_MS = 50.0

NUMBER = re.compile(r"\d[\d,.]*")
_SEED_NUMBERS = re.compile(r"\b(25,000|11,000|2024)\b")


@dataclass
class Row:
    """One line of the results table."""

    measure: str
    value: str
    versus: str = ""
    ratio: str = ""
    target: str = ""
    met: str = ""


@dataclass
class Results:
    """Everything one run measured."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profile: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    def add(self, *args: str) -> None:
        self.rows.append(Row(*args))


# -- inputs ---------------------------------------------------------------------------


def make_articles(folder: Path, n: int) -> list[Path]:
    """Write ``n`` seed-sized articles: the seed with its numbers varied per file."""
    seed = SEED.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        offset = i % 997

        def vary(match: re.Match[str], offset: int = offset) -> str:
            value = int(match.group(1).replace(",", "")) + offset
            return f"{value:,}" if "," in match.group(1) else str(value)

        path = folder / f"{i:05d}_article.txt"
        path.write_text(_SEED_NUMBERS.sub(vary, seed), encoding="utf-8")
        paths.append(path)
    return paths


def total_bytes(paths: Sequence[Path]) -> int:
    """Sum of file sizes."""
    return sum(p.stat().st_size for p in paths)


# -- timing helpers ---------------------------------------------------------------


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of ``repeat`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def rate(n: int, seconds: float) -> float:
    """Items per second."""
    return n / seconds if seconds > 0 else float("inf")


# -- peers ------------------------------------------------------------------------


def regex_scan(texts: Sequence[str]) -> int:
    """Count number-like tokens with one compiled regex: the practical ceiling."""
    n = 0
    for text in texts:
        for _ in NUMBER.finditer(text):
            n += 1
    return n


def spacy_sentences(texts: Sequence[str]) -> int | None:
    """Sentences found by spaCy's blank English pipeline with its sentencizer (None if absent)."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = max([nlp.max_length, *(len(t) + 1 for t in texts)])
    return sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))


def pysbd_sentences(texts: Sequence[str]) -> int | None:
    """Sentences found by pySBD (None if absent)."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return sum(len(segmenter.segment(text)) for text in texts)


# -- analystkit -------------------------------------------------------------------------


def load_and_tabulate(paths: Sequence[Path] | Path, workers: int | None = None) -> Any:
    """``load_corpus`` plus every table built, as a user would need them."""
    import analystkit as ak
    from analystkit.tables import TABLE_NAMES

    corpus = ak.load_corpus(paths, workers=workers, progress=False)
    for name in TABLE_NAMES:  # built once and cached, not copied as tables() would
        getattr(corpus, name)
    return corpus


def warm_up() -> None:
    """Import and load lexicons once, so timings measure steady-state work."""
    import analystkit as ak

    ak.load_article(SEED).tables()


PEERS: tuple[tuple[str, Callable[[Sequence[str]], int | None]], ...] = (
    ("spaCy blank('en') + sentencizer", spacy_sentences),
    ("pySBD", pysbd_sentences),
)


def throughput(results: Results, label: str, paths: Sequence[Path], texts: Sequence[str],
               *, peers: bool = True, rounds: int = 1) -> None:
    """Measure load_corpus and the peers on the same articles.

    With ``rounds`` > 1 the articles are split into that many slices and every
    tool runs on each slice in turn, so that a change in machine load during the
    run hits every tool alike; times are summed over the slices.
    """
    n, size = len(paths), total_bytes(paths)
    mb = size / 1e6
    tools = [("analystkit", lambda p, t: load_and_tabulate(list(p))),
             ("regex", lambda p, t: regex_scan(t))]
    if peers:
        tools += [(name, lambda p, t, fn=fn: fn(t)) for name, fn in PEERS]
    seconds = dict.fromkeys((name for name, _ in tools), 0.0)
    missing: set[str] = set()
    step = -(-n // rounds)
    for first in range(0, n, step):
        part_paths, part_texts = paths[first:first + step], texts[first:first + step]
        for name, tool in tools:
            if name in missing:
                continue
            elapsed, found = timed(lambda tool=tool, p=part_paths, t=part_texts: tool(p, t))
            if found is None:
                missing.add(name)
            seconds[name] += elapsed
    t_ak = seconds["analystkit"]
    results.raw[f"{label}_s"] = seconds
    ak_rate = rate(n, t_ak)
    seed = label.startswith("seed")
    slices = f", {rounds} interleaved slices" if rounds > 1 else ""
    results.add(f"load_corpus, full tables — {label} ({n:,} articles, {mb:.1f} MB{slices})",
                f"{ak_rate:,.0f} articles/s, {mb / t_ak:.2f} MB/s", "", "",
                f"≥ {TARGET_ARTICLES_PER_S:,.0f}/s" if seed else "",
                _met(ak_rate >= TARGET_ARTICLES_PER_S) if seed else "")
    for name, _ in tools[1:]:
        shown = "regex number scan (ceiling)" if name == "regex" else name
        if name in missing:
            results.add(f"  {shown} — {label}", "not installed")
            continue
        t_peer = seconds[name]
        spacy = name.startswith("spaCy") and seed
        results.add(f"  {shown} — {label}",
                    f"{rate(n, t_peer):,.0f} articles/s, {mb / t_peer:.2f} MB/s",
                    f"speed, analystkit / {name.split()[0]}", f"{t_peer / t_ak:.3g}×",
                    "≥ 5× spaCy" if spacy else "", _met(t_peer / t_ak >= 5) if spacy else "")


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


_MEMORY_SCRIPT = """
import json, sys
sys.path.insert(0, {repo!r})
from benchmarks.run import warm_up, load_and_tabulate
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
warm_up()
base = rss("VmRSS:")
corpus = load_and_tabulate({folder!r})
print(json.dumps({{"base": base, "peak": rss("VmHWM:"), "after": rss("VmRSS:"),
                  "n": len(corpus)}}))
"""


def memory(results: Results, folder: Path, paths: Sequence[Path]) -> None:
    """Peak resident memory of loading the articles and building the tables, in a fresh process."""
    script = _MEMORY_SCRIPT.format(repo=str(REPO), folder=str(folder))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    size = total_bytes(paths)
    grown = found["peak"] - found["base"]
    ratio = grown / size
    results.raw["memory"] = found | {"text_bytes": size}
    results.add(f"peak memory, {found['n']:,} articles (text {size / 1e6:.0f} MB)",
                f"{grown / 1e6:,.0f} MB above the {found['base'] / 1e6:.0f} MB "
                "after imports", "memory / text", f"{ratio:.1f}×",
                f"< {TARGET_MEMORY_RATIO:.0f}×", _met(ratio < TARGET_MEMORY_RATIO))


def dask_speedup(results: Results, folder: Path, n: int) -> None:
    """analystkit.dask on LocalCluster(2 processes) against LocalCluster(1 process)."""
    try:
        import distributed

        from analystkit.dask import compute_tables, read_tables
    except ImportError:
        results.add("Dask speed-up", "dask not installed")
        return
    times = {}
    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster):
            compute_tables(read_tables(SEED))  # workers import everything once
            times[workers], _ = timed(lambda: compute_tables(read_tables(folder)))
    speedup = times[1] / times[2]
    results.raw["dask_s"] = times
    results.add(f"analystkit.dask, {n:,} articles: 1 worker process / 2",
                f"{times[1]:.1f} s / {times[2]:.1f} s", "speed-up", f"{speedup:.2f}×",
                f"≥ {TARGET_DASK_SPEEDUP}×", _met(speedup >= TARGET_DASK_SPEEDUP))
    t_serial = results.raw.get("seed-sized_s", {}).get("analystkit")
    if t_serial:
        t_two, _ = timed(lambda: load_and_tabulate(folder, workers=2))
        results.add(f"load_corpus(workers=2), {n:,} articles, over serial",
                    f"{t_two:.1f} s / {t_serial:.1f} s", "speed-up", f"{t_serial / t_two:.2f}×")


def _median_wall(code: str, runs: int) -> float:
    return _median_walls([code], runs)[code]


def _median_walls(codes: Sequence[str], runs: int) -> dict[str, float]:
    """Median wall time of a fresh interpreter running each code, the codes taken in turn.

    Interleaving puts every code under the same drift of a shared machine, so
    the differences between them (what the import targets are about) hold even
    when the absolute times move by a tenth from minute to minute.
    """
    walls: dict[str, list[float]] = {code: [] for code in codes}
    for _ in range(runs):
        for code in codes:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO,
                           capture_output=True)
            walls[code].append(time.perf_counter() - start)
    return {code: statistics.median(times) for code, times in walls.items()}


def import_times(results: Results, runs: int = 15) -> None:
    """Wall time of fresh interpreters importing pandas, analystkit, and making a first table."""
    walls = _median_walls(["pass", "import pandas", "import analystkit",
                           "import analystkit, pandas"], runs)
    empty = walls["pass"]
    pandas = walls["import pandas"] - empty
    ak_only = walls["import analystkit"] - empty
    both = walls["import analystkit, pandas"] - empty
    first = _median_wall(f"import analystkit as ak; ak.load_article({str(SEED)!r}).claims",
                         max(3, runs // 2)) - empty
    results.raw["import_s"] = {"python": empty, "pandas": pandas, "analystkit": ak_only,
                               "analystkit+pandas": both, "first_table": first}
    results.add("import analystkit (fresh process, interpreter start subtracted)",
                f"{ak_only * 1000:.0f} ms", "import pandas", f"{pandas * 1000:.0f} ms",
                "within 50 ms of pandas", _met(ak_only <= pandas + TARGET_IMPORT_MS / 1000))
    results.add("import analystkit, pandas", f"{both * 1000:.0f} ms", "import pandas",
                f"{(both - pandas) * 1000:+.0f} ms", "≤ +50 ms",
                _met(both - pandas <= TARGET_IMPORT_MS / 1000))
    results.add("first table (import, load the seed, .claims) in a fresh process",
                f"{first * 1000:.0f} ms")
    kernel = _kernel_first_table()
    if kernel is not None:
        results.raw["kernel_first_table_s"] = kernel
        results.add("first table in a fresh Jupyter kernel (after the kernel is up)",
                    f"{kernel * 1000:.0f} ms")


def _kernel_first_table() -> float | None:
    try:
        from jupyter_client.manager import start_new_kernel
    except ImportError:
        return None
    code = ("import time as _t; _s = _t.perf_counter(); import analystkit as ak; "
            f"ak.load_article({str(SEED)!r}).claims; print(_t.perf_counter() - _s)")
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        out: list[str] = []
        client.execute_interactive(code, timeout=120,
                                   output_hook=lambda msg: out.append(
                                       msg["content"].get("text", "")))
        return float("".join(out).strip().splitlines()[-1])
    except (RuntimeError, ValueError, IndexError):
        return None
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def profile(results: Results, repeat: int = 200) -> None:
    """cProfile of the pipeline on the seed, ``repeat`` times: top functions and modules."""
    import analystkit as ak
    from analystkit.tables import build_tables

    text = SEED.read_text(encoding="utf-8")
    warm_up()
    profiler = cProfile.Profile()
    profiler.enable()
    records = [ak.parse_article(text, article_id=f"a{i}")._records for i in range(repeat)]
    build_tables(records)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    by_module: dict[str, float] = {}
    rows = []
    for (filename, line, name), (_cc, _nc, tottime, cumtime, _callers) in stats.stats.items():
        module = _module_name(filename)
        by_module[module] = by_module.get(module, 0.0) + tottime
        rows.append((tottime, cumtime, f"{module}:{line}({name})"))
    rows.sort(reverse=True)
    lines = [f"cProfile, parse_article × {repeat} on the seed + build_tables: "
             f"{total:.2f} s ({total / repeat * 1000:.1f} ms per article)", "",
             "Own time by module:", ""]
    for module, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:12]:
        lines.append(f"  {seconds / total:6.1%}  {module}")
    lines += ["", "Functions with the most own time:", ""]
    for tottime, cumtime, where in rows[:15]:
        lines.append(f"  {tottime / total:6.1%} own, {cumtime / total:6.1%} cumulative  {where}")
    results.profile = "\n".join(lines)


def _module_name(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    path = Path(filename)
    parts = path.with_suffix("").parts
    for anchor in ("analystkit", "site-packages"):
        if anchor in parts:
            tail = parts[parts.index(anchor) + (0 if anchor == "analystkit" else 1):]
            return ".".join(tail[:2]) if anchor == "site-packages" else ".".join(tail)
    return "stdlib." + path.stem


# -- reporting ------------------------------------------------------------------------


def machine_notes(extra: Sequence[str] = ()) -> list[str]:
    """CPU, cores, memory, load and versions of the run."""
    import pandas

    cpu = platform.processor() or "unknown CPU"
    with suppress(Exception):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with suppress(Exception):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    load = ""
    with suppress(Exception):
        load = ", load average at the end " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = [f"Python {platform.python_version()}", f"pandas {pandas.__version__}"]
    for name in ("pyarrow", "dask", "distributed", "spacy", "pysbd", "rapidfuzz", "trafilatura"):
        with suppress(Exception):
            from importlib.metadata import version

            versions.append(f"{name} {version(name)}")
    return [f"{_dt.date.today().isoformat()}, {platform.system()} {platform.machine()}, {cpu}, "
            f"{os.cpu_count()} cores{memory}{load}", ", ".join(versions), *extra]


def render(results: Results, command: str) -> str:
    """The results as Markdown: machine notes, the table of ratios, the profile."""
    out = io.StringIO()
    out.write(f"Command: `{command}`\n\nMachine: " + "; ".join(results.notes) + "\n\n")
    out.write("| measure | value | against | ratio | target | met |\n")
    out.write("|---|---|---|---|---|---|\n")
    for row in results.rows:
        cells = [row.measure, row.value, row.versus, row.ratio, row.target, row.met]
        out.write("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n")
    if results.profile:
        out.write("\nWhere the time goes:\n\n```text\n" + results.profile + "\n```\n")
    return out.getvalue()


def write_doc(markdown: str, doc: Path = DOC) -> None:
    """Replace the results block of ``doc`` (between START and END) with ``markdown``."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{markdown.rstrip()}\n{END}{tail}", encoding="utf-8")


def print_table(results: Results) -> None:
    """Print the rows as an aligned plain-text table."""
    widths = [max(len(getattr(r, f)) for r in results.rows) for f in ("measure", "value",
                                                                       "versus", "ratio")]
    for r in results.rows:
        print(f"{r.measure:<{widths[0]}}  {r.value:<{widths[1]}}  {r.versus:<{widths[2]}}  "
              f"{r.ratio:>{widths[3]}}  {r.target} {r.met}".rstrip())


# -- main -----------------------------------------------------------------------------


def run(n: int, *, shared: bool = True, dask: bool = True, imports: bool = True,
        peers: bool = True, profile_repeat: int = 200, workdir: Path | None = None) -> Results:
    """Measure everything; return the results (nothing is written)."""
    import analystkit as ak

    results = Results()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    warm_up()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp) / "articles"
        paths = make_articles(folder, n)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        throughput(results, "seed-sized", paths, texts, peers=peers, rounds=5 if n >= 1000 else 1)
        if shared and SHARED_ARTICLES.is_dir():
            real = sorted(p for p in SHARED_ARTICLES.iterdir() if p.is_file())
            extracted = [a.text for a in ak.load_corpus(real, progress=False)]
            throughput(results, "shared corpus", real, extracted, peers=peers)
            results.notes.append(f"the shared corpus is {len(real)} real articles "
                                 f"({total_bytes(real) / 1e6:.1f} MB of files, 12 HTML pages); "
                                 "peers run on the text analystkit extracts from each page")
        memory(results, folder, paths)
        if dask:
            dask_speedup(results, folder, n)
    if imports:
        import_times(results)
    if profile_repeat:
        profile(results, profile_repeat)
    results.notes[:0] = machine_notes([f"load average at the start {load_before} "
                                       "(1, 5, 15 min; other work shares the 2 cores)"])
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Command line of the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="seed-sized articles (10,000)")
    parser.add_argument("--quick", action="store_true",
                        help="300 articles, no Dask, prints only (unless --write)")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="never update the docs")
    args = parser.parse_args(argv)
    n = 300 if args.quick else args.n
    results = run(n, dask=not args.quick)
    print_table(results)
    print()
    print(results.profile)
    if (args.write or not args.quick) and not args.no_write:
        command = "python -m benchmarks.run" + (f" --n {n}" if n != 10_000 else "")
        write_doc(render(results, command))
        print(f"\nresults written to {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
