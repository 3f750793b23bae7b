"""Scores on the peer test sets in ../shared/corpus, with floors pinned just under them.

The sets are read in place (never copied): GUM news gold sentences,
pragmatic_segmenter's Golden Rules and quantulum3's quantities. Scoring lives in
benchmarks/quality.py, which also scores the peer tools; see docs/quality.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Floors: the scores reached when they were pinned, rounded down a little.
GUM_BOUNDARY_F1 = 0.99        # reached 0.993
GUM_SENTENCE_F1 = 0.98        # reached 0.989
GOLDEN_RULES_PASSED = 50      # of 52; reached 50 (fails #18 and #42)
GOLDEN_BOUNDARY_F1 = 0.95     # reached 0.958
# Where quantulum3's gold and analystkit's contract read a phrase differently
# (docs/tables.md), the gold counts it as a miss:
# - "the 1960s": gold 1960, analystkit the range 1960-1969 (138 -> 137 of 148);
# - compound durations: gold "twenty-one years and six months" as 21 and 6, and
#   "3 years, 2 months, 14 days, and 16 hours" as four values; analystkit one
#   duration each, in its largest unit (137 -> 131);
# - "one hundred cents": gold 100, analystkit money, 1.0 USD (131 -> 130);
# - a rise: gold "rose from about $350 per kg to $680 per kg" as the range
#   350-680, analystkit two figures, the level before and after (130 -> 129).
QUANTITY_RECALL = 0.87        # reached 0.872 (129 of 148)
QUANTITY_PRECISION = 0.90     # reached 0.902


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("_quality", REPO / "benchmarks" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_gum_news_sentences(quality, corpus_dir):
    paragraphs = quality.load_gum(corpus_dir)
    assert sum(len(p) for p in paragraphs) == 131
    scores = quality.score_gum(quality.analystkit_splitter(), paragraphs)
    print(f"\nGUM news: boundary P {scores['boundary_p']:.3f} R {scores['boundary_r']:.3f} "
          f"F1 {scores['boundary_f1']:.3f}; sentence F1 {scores['sentence_f1']:.3f}")
    assert scores["boundary_f1"] >= GUM_BOUNDARY_F1
    assert scores["sentence_f1"] >= GUM_SENTENCE_F1


def test_golden_rules(quality, corpus_dir):
    rules = quality.load_golden_rules(corpus_dir)
    assert len(rules) == 52
    scores = quality.score_golden_rules(quality.analystkit_splitter(), rules)
    print(f"\nGolden Rules: {scores['passed']}/{scores['n_rules']} passed, boundary F1 "
          f"{scores['boundary_f1']:.3f}; failed {scores['failed']}")
    assert scores["passed"] >= GOLDEN_RULES_PASSED
    assert scores["boundary_f1"] >= GOLDEN_BOUNDARY_F1


def test_quantulum3_values(quality, corpus_dir):
    entries = quality.load_quantities(corpus_dir)
    assert sum(len(expected) for _, expected in entries) == 148
    scores = quality.score_quantities(quality.analystkit_quantities(), entries)
    print(f"\nquantulum3 values: recall {scores['recall']:.3f} ({scores['hits']}/"
          f"{scores['expected']}), precision {scores['precision']:.3f}")
    assert scores["recall"] >= QUANTITY_RECALL
    assert scores["precision"] >= QUANTITY_PRECISION


@pytest.mark.parametrize("peer", ["pySBD", "syntok"])
def test_sentence_boundaries_at_least_as_good_as_peers(quality, corpus_dir, peer):
    pytest.importorskip({"pySBD": "pysbd", "syntok": "syntok"}[peer])
    paragraphs = quality.load_gum(corpus_dir)
    rules = quality.load_golden_rules(corpus_dir)
    ours, theirs = quality.analystkit_splitter(), quality.SPLITTERS[peer]()
    assert (quality.score_gum(ours, paragraphs)["boundary_f1"]
            >= quality.score_gum(theirs, paragraphs)["boundary_f1"])
    assert (quality.score_golden_rules(ours, rules)["boundary_f1"]
            >= quality.score_golden_rules(theirs, rules)["boundary_f1"])
