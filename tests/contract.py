"""Checks every article's tables must pass, whatever the input (used by several tests)."""

from __future__ import annotations

import re

import pandas as pd

from analystkit.citations import MARKER
from analystkit.records import BLOCK_KINDS, FIGURE_KINDS_ORDER
from analystkit.tables import SCHEMAS


def _ids(frame: pd.DataFrame, column: str) -> list[int]:
    return frame[column].astype("int64").tolist()


def check_contract(article) -> None:
    """Assert the invariants of the table contract on one article."""
    text = article.text
    tables = article.tables()
    for name, frame in tables.items():
        assert list(frame.columns) == list(SCHEMAS[name]), name
        for column in frame.columns:
            assert frame[column].dtype != object, f"{name}.{column} has object dtype"
        if len(frame):
            assert (frame["article_id"] == article.article_id).all()

    blocks = tables["blocks"]
    assert _ids(blocks, "block_id") == list(range(1, len(blocks) + 1))
    assert set(blocks["kind"].dropna()) <= set(BLOCK_KINDS)
    assert blocks["kind"].notna().all()
    for row in blocks.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.text
        if not pd.isna(row.duplicate_of):
            assert row.duplicate_of < row.block_id
    starts = blocks["start"].tolist()
    assert starts == sorted(starts)

    block_spans = {row.block_id: (row.start, row.end) for row in blocks.itertuples()}
    claims = tables["claims"]
    assert _ids(claims, "claim_id") == list(range(1, len(claims) + 1))
    for row in claims.itertuples():
        lo, hi = block_spans[row.block_id]
        assert lo <= row.start < row.end <= hi
        assert row.text == row.text.strip() and row.text
        assert "\n" not in row.text
        assert row.hedged == bool(row.hedge_cues)
        span = MARKER.sub(" ", text[row.start:row.end])
        # Markdown emphasis and code marks may sit inside a word ("said*0*" reads "said0").
        span_words = (re.findall(r"[^\W_]+", span) + re.findall(r"[^\W_]+", text[row.start:row.end])
                      + re.findall(r"[^\W_]+", span.replace("*", "").replace("`", "")))
        claim_words = re.findall(r"[^\W_]+", row.text)
        assert set(claim_words) <= set(span_words), (row.text, text[row.start:row.end])
    assert blocks.set_index("block_id").loc[claims["block_id"], "duplicate_of"].isna().all()

    sources = tables["sources"]
    assert sources["source_id"].is_unique
    for row in sources.itertuples():
        assert 0 <= row.start < row.end <= len(text)

    citations = tables["citations"]
    assert not citations.duplicated(["claim_id", "source_id"]).any()
    assert set(citations["claim_id"]) <= set(claims["claim_id"])
    assert set(citations["source_id"]) <= set(sources["source_id"])
    per_claim = citations.groupby("claim_id").size()
    assert (claims.set_index("claim_id")["n_sources"]
            == per_claim.reindex(claims["claim_id"], fill_value=0).values).all()
    per_source = citations.groupby("source_id").size()
    assert (sources.set_index("source_id")["n_claims"]
            == per_source.reindex(sources["source_id"], fill_value=0).values).all()

    figures = tables["figures"]
    assert _ids(figures, "figure_id") == list(range(1, len(figures) + 1))
    assert set(figures["kind"].dropna()) <= set(FIGURE_KINDS_ORDER)
    assert set(figures["claim_id"].dropna()) <= set(claims["claim_id"])
    for row in figures.itertuples():
        assert text[row.start:row.end] == row.text
        lo, hi = block_spans[row.block_id]
        assert lo <= row.start < row.end <= hi
        if not pd.isna(row.value_high):
            assert row.value_high >= row.value

    for name in ("claims", "sources", "figures", "blocks", "articles"):
        frame = tables[name]
        for column, dtype in SCHEMAS[name].items():
            if dtype == "str" and column not in ("hedge_cues",):
                values = frame[column].dropna()
                # a missing value written as text; an article may say "None" itself
                suspect = values[values.isin(["None", "nan", ""])]
                assert all(v and v in text for v in suspect), f"{name}.{column}"

    articles = tables["articles"]
    assert len(articles) == 1
    row = articles.iloc[0]
    assert (row["n_claims"], row["n_figures"], row["n_sources"]) == (
        len(claims), len(figures), len(sources))

    audit = article.audit()
    dangling = audit[audit["check"] == "dangling_citation"]
    assert set(dangling["claim_id"].dropna()) <= set(claims["claim_id"])
    assert set(audit["severity"]) <= {"info", "warning"}
