"""Property tests: arbitrary and mutated input always gives contract-keeping tables."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analystkit as ak
from tests.contract import check_contract

PIECES = [
    "Officials said", " 25,000 workers", " up to", " [1]", "[2, 3]", "[1-3]", "[^1]", "¹",
    ". ", "? ", "\n", "\n\n", "  • ", "- ", "# ", "## Heading\n", "Sources:", "References\n",
    "Tags: - A - B\n", " may ", " reportedly ", '"', "“", "”", "$4.5 million", " 70%",
    " 1988-2006", " March 8, 2014", " according to NHK", ", said Ann Lee.", "...", "…",
    " Mr.", " U.S.", "[KEY]", "[KEY] Author. \"Title\". https://e.org/x\n", "<b>", "</p>",
    "1. ", "| a | b |\n", "```\n", "---\n", "[^1]: note\n", "\t", "\u200b", "\uff12",
]

article_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)),
                        min_size=1, max_size=40).map("".join)


def _parse(text: str, fmt: str):
    try:
        return ak.parse_article(text, "prop", fmt=fmt)
    except ak.AnalystkitError:
        return None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text, fmt=st.sampled_from(["text", "markdown"]))
def test_any_text_keeps_the_contract(text, fmt):
    article = _parse(text, fmt)
    if article is not None:
        check_contract(article)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text)
def test_any_html_keeps_the_contract(text):
    article = _parse("<html><body><p>" + text + "</p></body></html>", "html")
    if article is not None:
        check_contract(article)


@pytest.fixture(scope="module")
def seed_text(seed_path):
    return seed_path.read_text(encoding="utf-8")


@settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_seed_keeps_the_contract(seed_text, data):
    text = seed_text
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if action == "insert":
            text = text[:position] + data.draw(st.sampled_from(PIECES)) + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + data.draw(st.integers(1, 80)):]
        else:
            piece = text[position:position + data.draw(st.integers(1, 200))]
            text = text[:position] + piece + text[position:]
    article = _parse(text, data.draw(st.sampled_from(["text", "markdown"])))
    if article is not None:
        check_contract(article)


# --- word gates: a cheap "no" before a costly phrase scan must never be wrong ---------

_GATE_PIECES = st.sampled_from([
    "may", "reportedly", "is said to", "said", "told", "allegedly", "could", "MAY", "Said",
    "well-known", "may-be", "said_", "ſaid", "İ", "Kelvin K", "—", "’", "\u00a0", "\n", " ",
    "ministers", "appear to", "according to", "suggests", "é", "[1]", "-", "...", "Это",
    "сообщил", "stated", "claimed", "likely", "perhaps",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_GATE_PIECES, st.text(max_size=6)), max_size=14))
def test_a_word_gate_says_no_only_where_no_phrase_matches(pieces):
    from analystkit.attribution import _verb_gate, _verb_pattern
    from analystkit.hedges import _cue_gate, _cue_pattern

    text = " ".join(pieces)
    lowered = text.lower()
    if _cue_pattern(lower_case=True).search(lowered):
        assert _cue_gate().may_match(lowered)
    if _verb_pattern().search(text):
        assert _verb_gate().may_match(text)
