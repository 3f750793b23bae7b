"""Score analystkit and peer tools on the same public test sets.

Three suites, all read from the shared evaluation corpus (``../shared/corpus``
next to the repository, or ``--corpus``):

* **GUM news sentences** (``peer/gum_news_sentences/*.conllu``): each ``# newpar``
  paragraph's gold sentences (``# text =`` lines) are joined with one space and
  split again. Scores: boundary precision/recall/F1 over the sentence breaks
  *inside* paragraphs (a break is the start offset of every sentence but the
  first; the paragraph end is free for every tool and is not counted) and
  exact-sentence F1 (a predicted sentence counts when its stripped span equals
  a gold sentence).
* **pragmatic_segmenter Golden Rules** (``peer/pragmatic_segmenter/golden_rules_en.md``):
  share of the 52 English rules whose expected sentence list is reproduced
  exactly (whitespace runs collapsed to one space before comparing), and
  boundary F1 over all rules (offsets counted in non-whitespace characters so
  that rules which reflow newlines still line up).
* **quantulum3 quantities** (``peer/quantulum3/quantities.json``): value recall
  is the share of expected quantities whose value appears among the figures a
  tool finds in that sentence (relative tolerance 1e-6; an expected quantity
  with an ``uncertainty`` is the range value ± uncertainty and matches a range
  with the same ends). Precision is the share of found figures that match an
  expected quantity. Matching is one-to-one.

Peers come from the ``bench`` extra: ``pip install -e ".[bench]"``. Run::

    .venv/bin/python -m benchmarks.quality

and the markdown table printed is the one in ``docs/quality.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
GUM_DIR = Path("peer/gum_news_sentences")
GOLDEN_RULES = Path("peer/pragmatic_segmenter/golden_rules_en.md")
QUANTITIES = Path("peer/quantulum3/quantities.json")
AMBIGUOUS_QUANTITIES = Path("peer/quantulum3/quantities.ambiguity.json")
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"
REL_TOL = 1e-6

Span = tuple[int, int]
Splitter = Callable[[str], list[Span]]
#: A found or expected quantity: (low, high); high is None for a single value.
Quantity = tuple[float, float | None]


# --- data ---------------------------------------------------------------------

def load_gum(corpus: Path) -> list[list[str]]:
    """Return GUM news paragraphs as lists of gold sentences."""
    paragraphs: list[list[str]] = []
    for path in sorted((corpus / GUM_DIR).glob("*.conllu")):
        current: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line == "# newpar" or line.startswith("# newdoc"):
                if current:
                    paragraphs.append(current)
                current = []
            elif line.startswith("# text = "):
                current.append(line[len("# text = "):])
        if current:
            paragraphs.append(current)
    return paragraphs


@dataclass
class Rule:
    """One Golden Rule: its number, title, input text and expected sentences."""

    number: int
    title: str
    text: str
    expected: list[str] = field(default_factory=list)


_RULE_HEAD = re.compile(r"^(\d+)\.\) \*\*(.+?)\*\*", re.MULTILINE)
_RULE_BLOCK = re.compile(r"```\n(.*?)\n=> (.*?)\n```", re.DOTALL)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace('\\"', '"')


def load_golden_rules(corpus: Path) -> list[Rule]:
    """Parse the English Golden Rules: input line and expected list per rule."""
    source = (corpus / GOLDEN_RULES).read_text(encoding="utf-8")
    heads = list(_RULE_HEAD.finditer(source))
    rules = []
    for head, nxt in zip(heads, heads[1:] + [None], strict=True):
        body = source[head.end(): nxt.start() if nxt else len(source)]
        block = _RULE_BLOCK.search(body)
        if block is None:
            continue
        listing = block.group(2).strip()
        if not listing.endswith("]"):
            listing += "]"  # rule 50 lacks its closing bracket upstream
        expected = [_unescape(s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', listing)]
        rules.append(Rule(int(head.group(1)), head.group(2), _unescape(block.group(1)), expected))
    return rules


def load_quantities(corpus: Path, name: Path = QUANTITIES) -> list[tuple[str, list[Quantity]]]:
    """Return quantulum3's test sentences with their expected quantities."""
    entries = json.loads((corpus / name).read_text(encoding="utf-8"))
    result = []
    for entry in entries:
        expected: list[Quantity] = []
        for res in entry["res"]:
            value, spread = float(res["value"]), res.get("uncertainty")
            if spread:
                expected.append((value - float(spread), value + float(spread)))
            else:
                expected.append((value, None))
        result.append((entry["req"], expected))
    return result


# --- splitters ------------------------------------------------------------------

def analystkit_splitter() -> Splitter:
    """Return analystkit's splitter over a whole text."""
    from analystkit.segment import split_sentences

    return lambda text: split_sentences(text)


def pysbd_splitter() -> Splitter:
    """Return pySBD (English, char spans) as a splitter."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> list[Span]:
        return [(s.start, s.end) for s in segmenter.segment(text)]

    return split


def syntok_splitter() -> Splitter:
    """Return syntok's segmenter as a splitter (token offsets give the spans)."""
    from syntok import segmenter

    def split(text: str) -> list[Span]:
        spans = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                spans.append((first.offset, last.offset + len(last.value)))
        return spans

    return split


def _trim(text: str, span: Span) -> Span | None:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _trimmed(text: str, spans: Iterable[Span]) -> list[Span]:
    return [s for s in (_trim(text, span) for span in spans) if s]


# --- sentence scores -------------------------------------------------------------

@dataclass
class Counts:
    """True positives, predictions and gold items, summed over a suite."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        """Add one document's predicted and gold sets."""
        self.tp += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_gum(split: Splitter, paragraphs: list[list[str]]) -> dict[str, float]:
    """Boundary P/R/F1 and exact-sentence F1 of ``split`` on GUM paragraphs."""
    boundaries, sentences = Counts(), Counts()
    for gold_sentences in paragraphs:
        text = " ".join(gold_sentences)
        gold_spans, position = [], 0
        for sentence in gold_sentences:
            gold_spans.append((position, position + len(sentence)))
            position += len(sentence) + 1
        predicted = _trimmed(text, split(text))
        boundaries.add({s for s, _ in predicted[1:]}, {s for s, _ in gold_spans[1:]})
        sentences.add(set(predicted), {_trim(text, s) for s in gold_spans})
    return {"boundary_p": boundaries.precision, "boundary_r": boundaries.recall,
            "boundary_f1": boundaries.f1, "sentence_f1": sentences.f1,
            "n_paragraphs": len(paragraphs), "n_sentences": sentences.gold}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _dense_starts(text: str, spans: list[Span]) -> set[int]:
    """Sentence starts after the first, counted in non-whitespace characters."""
    dense = [0] * (len(text) + 1)
    count = 0
    for i, char in enumerate(text):
        dense[i] = count
        count += not char.isspace()
    dense[len(text)] = count
    return {dense[s] for s, _ in spans[1:]}


def _expected_starts(rule: Rule) -> set[int]:
    starts, count = set(), 0
    for i, sentence in enumerate(rule.expected):
        if i:
            starts.add(count)
        count += sum(not c.isspace() for c in sentence)
    return starts


def score_golden_rules(split: Splitter, rules: list[Rule]) -> dict[str, object]:
    """Share of Golden Rules passed exactly, boundary F1, and the failed rule numbers."""
    passed, failed, boundaries = 0, [], Counts()
    for rule in rules:
        spans = _trimmed(rule.text, split(rule.text))
        got = [_squash(rule.text[s:e]) for s, e in spans]
        if got == [_squash(s) for s in rule.expected]:
            passed += 1
        else:
            failed.append(rule.number)
        boundaries.add(_dense_starts(rule.text, spans), _expected_starts(rule))
    return {"passed": passed, "n_rules": len(rules), "share": passed / len(rules),
            "boundary_f1": boundaries.f1, "failed": failed}


# --- quantity scores --------------------------------------------------------------

def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def quantity_matches(found: Quantity, expected: Quantity) -> bool:
    """Whether a found value or range is the expected one."""
    (low, high), (e_low, e_high) = found, expected
    if e_high is None:
        return high is None and _close(low, e_low)
    return high is not None and _close(low, e_low) and _close(high, e_high)


def match_quantities(found: list[Quantity], expected: list[Quantity]) -> int:
    """Count one-to-one matches between found and expected quantities."""
    left = list(found)
    hits = 0
    for item in expected:
        for i, candidate in enumerate(left):
            if quantity_matches(candidate, item):
                hits += 1
                del left[i]
                break
    return hits


def analystkit_quantities() -> Callable[[str], list[Quantity]]:
    """Return analystkit's figure finder as a quantity extractor."""
    from analystkit.figures import find_figures

    def extract(text: str) -> list[Quantity]:
        return [(f.value, f.value_high) for f in find_figures(text) if f.value is not None]

    return extract


def quantulum3_quantities() -> Callable[[str], list[Quantity]]:
    """Return quantulum3's parser as a quantity extractor (ranges as value ± uncertainty)."""
    from quantulum3 import parser

    def extract(text: str) -> list[Quantity]:
        result = []
        for quantity in parser.parse(text):
            spread = getattr(quantity, "uncertainty", None)
            if spread:
                result.append((quantity.value - spread, quantity.value + spread))
            else:
                result.append((float(quantity.value), None))
        return result

    return extract


def score_quantities(extract: Callable[[str], list[Quantity]],
                     entries: list[tuple[str, list[Quantity]]]) -> dict[str, object]:
    """Value recall and precision of ``extract`` over quantulum3's sentences."""
    hits = found_total = expected_total = 0
    missed: list[tuple[str, Quantity]] = []
    for sentence, expected in entries:
        found = extract(sentence)
        matched = match_quantities(found, expected)
        hits += matched
        found_total += len(found)
        expected_total += len(expected)
        left = list(found)
        for item in expected:
            hit = next((i for i, c in enumerate(left) if quantity_matches(c, item)), None)
            if hit is None:
                missed.append((sentence, item))
            else:
                del left[hit]
    precision = hits / found_total if found_total else 1.0
    return {"recall": hits / expected_total, "precision": precision,
            "hits": hits, "expected": expected_total, "found": found_total, "missed": missed}


# --- report -------------------------------------------------------------------------

SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "analystkit": analystkit_splitter,
    "pySBD": pysbd_splitter,
    "syntok": syntok_splitter,
}
EXTRACTORS: dict[str, Callable[[], Callable[[str], list[Quantity]]]] = {
    "analystkit": analystkit_quantities,
    "quantulum3": quantulum3_quantities,
}


def _timed(function: Callable[[], dict], repeat_over: int) -> tuple[dict, float]:
    began = time.perf_counter()
    result = function()
    return result, (time.perf_counter() - began) / max(repeat_over, 1)


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version({"pySBD": "pysbd"}.get(name, name))
    except PackageNotFoundError:
        return "?"


def report(corpus: Path, *, verbose: bool = False) -> str:
    """Score every tool on every suite and return a markdown report."""
    paragraphs = load_gum(corpus)
    rules = load_golden_rules(corpus)
    entries = load_quantities(corpus)
    n_sentences = sum(len(p) for p in paragraphs)
    lines = [
        f"GUM news: {len(paragraphs)} paragraphs, {n_sentences} gold sentences; "
        f"Golden Rules: {len(rules)} rules; quantulum3: {len(entries)} sentences, "
        f"{sum(len(e) for _, e in entries)} quantities.",
        "",
        "| tool | version | GUM boundary P | GUM boundary R | GUM boundary F1 "
        "| GUM sentence F1 | Golden Rules passed | Golden Rules boundary F1 "
        "| µs per GUM sentence |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    failures = []
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            lines.append(f"| {name} | not installed | | | | | | | |")
            continue
        gum, per_sentence = _timed(lambda split=split: score_gum(split, paragraphs), n_sentences)
        golden = score_golden_rules(split, rules)
        lines.append(
            f"| {name} | {_version(name)} | {gum['boundary_p']:.3f} | {gum['boundary_r']:.3f} "
            f"| {gum['boundary_f1']:.3f} | {gum['sentence_f1']:.3f} "
            f"| {golden['passed']}/{golden['n_rules']} ({golden['share']:.1%}) "
            f"| {golden['boundary_f1']:.3f} | {per_sentence * 1e6:.0f} |")
        failures.append(f"{name} fails Golden Rules {golden['failed']}")
    ambiguous = load_quantities(corpus, AMBIGUOUS_QUANTITIES)
    lines += ["", "| tool | version | set | value recall | value precision | found "
              "| µs per sentence |", "|---|---|---|---|---|---|---|"]
    missed_by_tool = {}
    for name, make in EXTRACTORS.items():
        try:
            extract = make()
        except ImportError:
            lines.append(f"| {name} | not installed | | | | | |")
            continue
        extract("warm up")  # lazy tables and models load outside the timing
        for label, data in (("quantities.json", entries), ("quantities.ambiguity.json", ambiguous)):
            scores, per_sentence = _timed(lambda e=extract, d=data: score_quantities(e, d),
                                          len(data))
            if label == "quantities.json":
                missed_by_tool[name] = scores["missed"]
            lines.append(
                f"| {name} | {_version(name)} | {label} | {scores['recall']:.3f} ({scores['hits']}/"
                f"{scores['expected']}) | {scores['precision']:.3f} | {scores['found']} "
                f"| {per_sentence * 1e6:.0f} |")
    lines += ["", *failures, "", speed_report()]
    if verbose:
        for name, missed in missed_by_tool.items():
            lines += ["", f"{name} misses:"]
            lines += [f"  {value!r:32} {sentence}" for sentence, value in missed]
    return "\n".join(lines)


def speed_report(repeat: int = 200) -> str:
    """Time analystkit's splitter and figure finder on the seed article, block by block.

    This is how the pipeline calls them (one call per paragraph or bullet). The
    machine's speed is given by a fixed pure-Python loop, so numbers taken on
    different machines can be compared.
    """
    import analystkit as ak
    from analystkit.citations import find_markers
    from analystkit.figures import find_figures
    from analystkit.segment import split_sentences

    if not SEED.is_file():
        return "(seed article not found: no timing)"
    text = SEED.read_text(encoding="utf-8")
    blocks = [(b.start, b.end, [(m.start, m.end) for m in find_markers(text, b.start, b.end)])
              for b in ak.parse_article(text, "seed").blocks.itertuples()]

    def best(function: Callable[[], object], n: int) -> float:
        times = []
        for _ in range(7):
            began = time.perf_counter()
            for _ in range(n):
                function()
            times.append((time.perf_counter() - began) / n)
        return min(times)

    reference = best(lambda: sum(range(1000)), 2000)
    split = best(lambda: [split_sentences(text, s, e) for s, e, _ in blocks], repeat)
    figures = best(lambda: [find_figures(text, s, e, m) for s, e, m in blocks], repeat)
    return "\n".join([
        f"Speed on the seed article ({len(text):,} characters, {len(blocks)} blocks), best of 7:",
        "",
        "| function | µs per article | articles per second |",
        "|---|---|---|",
        f"| split_sentences | {split * 1e6:.0f} | {1 / split:,.0f} |",
        f"| find_figures | {figures * 1e6:.0f} | {1 / figures:,.0f} |",
        f"| (reference: sum(range(1000))) | {reference * 1e6:.1f} | |",
    ])


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: print the markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list missed quantities")
    args = parser.parse_args(argv)
    if not (args.corpus / GUM_DIR).is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    print(report(args.corpus, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
