"""Command line: ``analystkit tables | summary | audit PATH...``.

Installed as the ``analystkit`` console script; ``python -m analystkit`` is
the same. Every failure the user can cause ends with one line on stderr,
``analystkit: error: …``, and a non-zero exit status. Output files are
written atomically: to a temporary file in the target folder, then renamed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .errors import AnalystkitError

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Corpus

#: Exit statuses.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS = ("csv", "parquet", "json")
#: Severities in rising order; ``--fail-on`` picks the lowest that fails.
SEVERITIES = ("info", "warning")
#: Tables of the comparison written by ``tables --compare``.
COMPARISON_TABLES = ("figures_compared", "claim_matches", "cited_outlets", "shared_sources")

_DESCRIPTION = """\
Take news articles apart into tidy tables of claims, figures, sources and
citations. PATH may be a file (.txt, .md, .html, .docx, .odt, .rtf, .pdf, .eml, .mhtml, .json),
a folder (read recursively) or a quoted glob pattern ("news/**/*.html"); give as many as you
like."""

_EPILOG = """\
exit status: 0 success, 1 audit findings at or above --fail-on,
2 bad input or usage (one line on stderr says why), 130 interrupted.

examples:
  analystkit summary seeds/
  analystkit tables seeds/ --out tables/ --format csv
  analystkit audit "news/*.html" --fail-on warning"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, with a pointer to --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``analystkit`` command."""
    parser = _Parser(prog="analystkit", description=_DESCRIPTION, epilog=_EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"analystkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs")
    common.add_argument("--workers", type=_workers, default=None, metavar="N",
                        help="read on N local processes (-1: one per CPU; default: 1)")
    common.add_argument("--strict", action="store_true",
                        help="stop at the first file that cannot be read (default: report it "
                             "on stderr and go on)")
    common.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar and no warnings about unreadable files")

    tables = commands.add_parser(
        "tables", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help="write every table to files in a folder",
        description="Write one file per table into --out: articles, blocks, claims, citations,\n"
                    "figures, sources, tags, and errors (the files that could not be read).\n"
                    "Each file is written under a temporary name and renamed when complete,\n"
                    "so an interrupted run never leaves a half-written table.")
    tables.add_argument("--out", "-o", required=True, type=Path, metavar="DIR",
                        help="folder for the tables (created if missing)")
    tables.add_argument("--format", "-f", choices=FORMATS, default="csv",
                        help="file format (default: csv; parquet needs pyarrow: "
                             "pip install 'analystkit[parquet]')")
    tables.add_argument("--compare", action="store_true",
                        help="also write the comparison across articles: "
                             + ", ".join(COMPARISON_TABLES))
    tables.set_defaults(run=_run_tables)

    summary = commands.add_parser(
        "summary", parents=[common], help="print a short report",
        description="Print counts, one line per article and, for several articles, the figures "
                    "they give for the same thing, repeated claims and the most cited outlets.")
    summary.set_defaults(run=_run_summary)

    audit = commands.add_parser(
        "audit", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help="list audit findings; exit 1 when any reaches --fail-on",
        description="List every audit finding: uncited, hedged and single-source claims,\n"
                    "dangling citations, unused sources, repeated text, conflicting figures,\n"
                    "articles that repeat another's report.\n"
                    "In CI pipelines, --fail-on warning exits with status 1 when any warning\n"
                    "is found.")
    audit.add_argument("--fail-on", choices=(*SEVERITIES, "never"), default="never",
                       help="exit with status 1 when a finding of this severity or higher is "
                            "found (default: never)")
    audit.add_argument("--format", "-f", choices=("text", "csv", "json"), default="text",
                       help="how to print the findings (default: text)")
    audit.set_defaults(run=_run_audit)
    return parser


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if n == 0 or n < -1:
        raise argparse.ArgumentTypeError("expected a positive number of processes, or -1")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``analystkit`` command and return its exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; default ``sys.argv[1:]``.

    Returns
    -------
    int
        EXIT_OK, EXIT_FINDINGS (audit), EXIT_ERROR or EXIT_INTERRUPTED.
    """
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("analystkit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `analystkit audit … | head`
        with suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (AnalystkitError, OSError, ValueError) as exc:
        print(f"analystkit: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        text = f"{exc.filename}: {exc.strerror}"
    return " ".join(text.split())


# -- loading ----------------------------------------------------------------------


def _load(args: argparse.Namespace) -> Corpus:
    from .corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # failures are reported below, one a line
        corpus = load_corpus(args.paths, workers=args.workers, strict=args.strict,
                             progress=False if args.quiet else None)
    if not args.quiet:
        for error in corpus._errors:
            print(f"analystkit: warning: {error.path}: {error.message} ({error.error})",
                  file=sys.stderr)
    return corpus


# -- tables -----------------------------------------------------------------------


def _run_tables(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        _require_pyarrow()
    out: Path = args.out
    names = [*TABLE_FILES, *(COMPARISON_TABLES if args.compare else ())]
    _check_out(out, [out / f"{name}.{args.format}" for name in names])
    corpus = _load(args)
    tables = corpus.tables()
    tables["errors"] = corpus.errors
    if args.compare:
        tables["figures_compared"] = corpus.compare_figures()
        tables["claim_matches"] = corpus.match_claims()
        tables["cited_outlets"] = corpus.cited_outlets()
        tables["shared_sources"] = corpus.shared_sources()
    for name, table in tables.items():
        write_table(table, out / f"{name}.{args.format}", args.format)
    if not args.quiet:
        print(f"wrote {len(tables)} tables ({len(corpus)} articles, {len(corpus._errors)} "
              f"unreadable) to {out}/ as {args.format}")
    return EXIT_OK


#: The tables ``analystkit tables`` writes, by file name.
TABLE_FILES = ("articles", "blocks", "claims", "citations", "figures", "sources", "tags",
               "errors")


def _check_out(out: Path, targets: list[Path]) -> None:
    """Make sure ``--out`` is a folder the tables can be written to, before reading anything.

    A run that found out only after reading every input would have written some
    tables and not others.
    """
    if out.exists() and not out.is_dir():
        raise AnalystkitError(out, "--out must be a folder, and this is a file")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=out, prefix=".analystkit-write-check.", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise AnalystkitError(out, f"--out cannot be written: {exc.strerror or exc}") from exc
    for target in targets:
        if target.is_dir():
            raise AnalystkitError(target, "is a folder where a table file is to be written")


def _require_pyarrow() -> None:
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise AnalystkitError("--format parquet",
                              "needs pyarrow, which is not installed: "
                              "pip install 'analystkit[parquet]' (or use --format csv)")


def write_table(table: pd.DataFrame, path: Path, fmt: str) -> None:
    """Write one table to ``path`` atomically.

    Parameters
    ----------
    table : DataFrame
        The table; its index is not written.
    path : Path
        Destination file; its folder must exist.
    fmt : {"csv", "parquet", "json"}
        CSV with a header row; Parquet (needs pyarrow); JSON as an array of
        records, missing values as ``null``.
    """
    writers: dict[str, Callable[[Path], None]] = {
        "csv": lambda p: table.to_csv(p, index=False),
        "parquet": lambda p: table.to_parquet(p, index=False),
        "json": lambda p: table.to_json(p, orient="records", force_ascii=False, indent=None),
    }
    write_atomic(path, writers[fmt])


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it to ``path``.

    The temporary file lives in the same folder (so the rename is atomic on
    POSIX and Windows), is flushed to disk before the rename, and is removed
    if writing fails or is interrupted: ``path`` is either the old file or
    the complete new one, never a half-written table.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink()
        # the error names the table being written, not the temporary file
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- summary ----------------------------------------------------------------------

#: How many rows each section of the summary shows at most.
SUMMARY_ROWS = 10


def _run_summary(args: argparse.Namespace) -> int:
    corpus = _load(args)
    print(summary_text(corpus))
    return EXIT_OK


def summary_text(corpus: Corpus) -> str:
    """Return the plain-text report ``analystkit summary`` prints."""
    claims, articles = corpus.claims, corpus.articles
    hedged = int(claims["hedged"].sum())
    lines = [
        f"{len(corpus)} article{'s' * (len(corpus) != 1)}"
        + (f" ({len(corpus._errors)} unreadable)" if corpus._errors else "")
        + f" · {len(claims)} claims ({hedged} hedged) · {len(corpus.figures)} figures · "
        f"{len(corpus.sources)} sources · {len(corpus.citations)} citations", ""]
    view = articles[["article_id", "outlet", "published", "n_claims", "n_figures", "n_sources",
                     "headline"]].head(SUMMARY_ROWS * 5)
    view = view.assign(headline=view["headline"].map(_short, na_action="ignore"))
    lines.append(_frame_text(view.rename(columns={"n_claims": "claims", "n_figures": "figures",
                                                  "n_sources": "sources"})))
    if len(view) < len(articles):
        lines.append(f"… and {len(articles) - len(view)} more articles")
    if len(corpus) > 1:
        lines += _comparison_lines(corpus)
    findings = corpus.audit()
    counts = findings["severity"].value_counts()
    lines += ["", f"Audit: {int(counts.get('warning', 0))} warnings, {int(counts.get('info', 0))} "
                  "info (`analystkit audit` lists them)"]
    return "\n".join(lines)


def _comparison_lines(corpus: Corpus) -> list[str]:
    lines: list[str] = []
    compared = corpus.compare_figures()
    if not compared.empty:
        lines += ["", "Figures several articles give for the same thing:"]
        width = min(40, int(compared["article_id"].str.len().max()))
        for _, group in list(compared.groupby("group_id", sort=True))[:SUMMARY_ROWS]:
            first = group.iloc[0]
            n_values = int(first["n_values"])
            lines.append(f"  {first['group']} ({first['n_articles']} articles, "
                         f"{n_values} value{'s' * (n_values != 1)})")
            for article_id, rows in group.groupby("article_id", sort=False):
                lines.append(f"    {_short(article_id, width):<{width}}  "
                             + " · ".join(rows["text"]))
    matches = corpus.match_claims()
    if not matches.empty:
        differ = int(matches["figures_differ"].fillna(False).sum())
        opposite = int(matches["negation_differs"].sum())
        lines += ["", f"Claims repeated across articles: {len(matches)} pairs"
                      + (f", {differ} with different figures" if differ else "")
                      + (f", {opposite} negated or denied in one article" if opposite else "")]
        for row in matches.head(SUMMARY_ROWS // 2).itertuples(index=False):
            lines.append(f"  {row.score:5.1f}  {row.article_id_a}#{row.claim_id_a} ~ "
                         f"{row.article_id_b}#{row.claim_id_b}: {_short(row.text_a, 70)}")
    outlets = corpus.cited_outlets()
    if not outlets.empty:
        top = outlets.head(SUMMARY_ROWS)
        lines += ["", "Most cited outlets: " + ", ".join(
            f"{o} ({n} article{'s' * (n != 1)})" for o, n in
            zip(top["outlet"], top["n_articles"].astype(int), strict=True))]
    return lines


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _frame_text(frame: pd.DataFrame) -> str:
    return frame.to_string(index=False, na_rep="-", max_colwidth=60)


# -- audit ------------------------------------------------------------------------


def _run_audit(args: argparse.Namespace) -> int:
    corpus = _load(args)
    findings = corpus.audit()
    if args.format == "csv":
        findings.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        sys.stdout.write(findings.to_json(orient="records", force_ascii=False) + "\n")
    elif findings.empty:
        print("no findings")
    else:
        print(_frame_text(findings))
    counts = findings["severity"].value_counts()
    summary = ", ".join(f"{s}: {int(counts.get(s, 0))}" for s in reversed(SEVERITIES))
    print(f"audit of {len(corpus)} article{'s' * (len(corpus) != 1)}: {summary}", file=sys.stderr)
    return EXIT_FINDINGS if fails(findings, args.fail_on) else EXIT_OK


def fails(findings: pd.DataFrame, fail_on: str) -> bool:
    """Whether any finding reaches the ``--fail-on`` severity ("never" never fails)."""
    if fail_on == "never":
        return False
    failing = set(SEVERITIES[SEVERITIES.index(fail_on):])
    return bool(findings["severity"].isin(failing).any())
