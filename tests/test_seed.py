"""Exact expectations for the seed article (seeds/000_bb73dd05cbc6060c.txt)."""

from __future__ import annotations

import pandas as pd
import pytest

HEADLINE = ("Russia may potentially recruit up to 25,000 North Korean workers to produce "
            "drones within its territory.")

EXPECTED_SOURCES = [
    (1, "1", "The Guardian",
     "What does Putin gain from North Korea sending 25,000 workers to Russia to make drones?"),
    (2, "2", "Japan Today", "Russian-North Korean military cooperation intensifies"),
    (3, "3", "The Verge", "Now North Korea wants to make Iranian drones"),
    (4, "4", "The Diplomat", "Russia and North Korea growing closer"),
    (5, "5", "National Interest", "Why Russia is looking to North Korea for military support"),
]

# (claim text start, section, label, hedge cues, cited source ids)
WHY = "Why North Korea's Hands are Needed"
STAKES = "The Stakes and the Shift"
EXPECTED_CLAIMS = [
    ("Russia may potentially recruit up to 25,000", None, None, "may, potentially", []),
    ("As the battlefield burns, so does the partnership", None, None, "", []),
    ("Pyongyang is rumored to send up to 25,000 workers", None, None, "rumored", []),
    ("The workers will bolster the production of Shahed", None, None, "", []),
    ("This move is an integral part of an escalating", None, None, "", [1, 2, 3, 4, 5]),
    ("Russia is hurting from personnel losses", WHY, "Ramping up drone production", "", []),
    ("The influx of North Korean workers will expedite", WHY, "Ramping up drone production", "",
     [1, 2, 4]),
    ("North Korea aims to gain advanced UAV expertise", WHY, "Sharing the knowledge", "",
     [1, 2, 3]),
    ("The deployment mirrors the previous mobilization", WHY, "Tightening the bond", "",
     [1, 2, 3, 4]),
    ("The cooperation affects the security landscape", STAKES,
     "Security implications on two fronts", "", []),
    ("For Russia, the increased drone production", STAKES,
     "Security implications on two fronts", "", []),
    ("For North Korea, enhanced drone capabilities may spark", STAKES,
     "Security implications on two fronts", "may", [1]),
    ("The deepening military ties represent", STAKES, "A politico-military tandem", "", [2, 4]),
    ("Close collaboration may result in the establishment", STAKES,
     "Crisis technology proliferation", "may", [3]),
]

EXPECTED_TAGS = ["Ukraine", "Russia", "Military Operations", "Geopolitics", "North Korea",
                 "Korean Peninsula", "Drone Warfare", "Military Cooperation",
                 "Warfare Technology", "Global Security"]

FURNITURE = ["Skip to content", "Latest Developments in the Ukraine Conflict", "Stay tuned",
             "Meet Molly", "The community policy and politics sections", "Read also",
             "Latest"]


def _na(value):
    return None if pd.isna(value) else value


def test_sources_split_outlet_and_title(seed):
    rows = [(r.source_id, r.marker, r.outlet, r.title) for r in seed.sources.itertuples()]
    assert rows == EXPECTED_SOURCES
    assert seed.sources["url"].isna().all()
    assert seed.sources["n_claims"].tolist() == [5, 5, 4, 4, 1]


def test_source_spans_point_at_entries(seed):
    for row in seed.sources.itertuples():
        span = seed.text[row.start:row.end]
        assert span.startswith(f"[{row.marker}]")
        assert row.title in span


def test_claims_exact(seed):
    claims = seed.claims
    assert len(claims) == len(EXPECTED_CLAIMS) == 14
    cited = seed.citations.groupby("claim_id")["source_id"].apply(list).to_dict()
    for row, (prefix, section, label, cues, sources) in zip(claims.itertuples(), EXPECTED_CLAIMS,
                                                            strict=True):
        assert row.text.startswith(prefix), row.text
        assert _na(row.section) == section
        assert _na(row.label) == label
        assert row.hedge_cues == cues
        assert row.hedged == bool(cues)
        assert cited.get(row.claim_id, []) == sources
        assert row.n_sources == len(sources)
        assert pd.isna(row.attribution)
    assert claims["claim_id"].tolist() == list(range(1, 15))


def test_headline_is_one_claim(seed):
    assert seed.headline == HEADLINE
    assert (seed.claims["text"] == HEADLINE).sum() == 1
    assert seed.claims.iloc[0]["block_kind"] == "headline"


def test_markers_cite_only_their_sentence(seed):
    claims = seed.claims.set_index("claim_id")
    assert claims.loc[4, "text"].endswith("operation.")
    assert claims.loc[4, "n_sources"] == 0
    assert claims.loc[5, "text"].endswith("Comprehensive Strategic Partnership Treaty in 2024.")
    assert claims.loc[5, "n_sources"] == 5
    assert "[" not in "".join(seed.claims["text"])


def test_citation_counts(seed):
    assert len(seed.citations) == 19
    per_source = seed.citations.groupby("source_id").size().tolist()
    assert per_source == [5, 5, 4, 4, 1]
    assert not seed.citations.duplicated().any()


def test_hedges_and_plain_future(seed):
    hedged = seed.claims[seed.claims["hedged"]]["text"].tolist()
    assert len(hedged) == 4
    plain = seed.claims[~seed.claims["hedged"]]["text"]
    for phrase in ("will bolster", "will expedite", "aims to gain"):
        assert plain.str.contains(phrase).any()


def test_nothing_from_furniture_is_a_claim(seed):
    text = " ".join(seed.claims["text"])
    for phrase in FURNITURE:
        assert phrase not in text


def test_block_kinds(seed):
    blocks = seed.blocks
    kind_of = {row.text.strip()[:25]: row.kind for row in blocks.itertuples()}
    assert kind_of["Skip to content"] == "boilerplate"
    assert kind_of["Read also:"] == "boilerplate"
    assert kind_of["Latest"] == "boilerplate"
    assert kind_of["Stay tuned for more updat"] == "boilerplate"
    assert kind_of["Meet Molly, your personal"] == "boilerplate"
    assert kind_of["The community policy and "] == "meta"
    assert kind_of["Why North Korea's Hands a"] == "heading"
    assert kind_of["The Stakes and the Shift"] == "heading"
    assert kind_of["Sources:- [1] The Guardia"] == "sources"
    assert kind_of["Tags: - Ukraine - Russia "] == "tags"
    assert blocks["kind"].tolist().count("bullet") == 6
    assert blocks["block_id"].tolist() == list(range(1, len(blocks) + 1))


def test_headline_variants_are_duplicates(seed):
    blocks = seed.blocks
    headline_id = int(blocks.loc[blocks["kind"] == "headline", "block_id"].iloc[0])
    variants = blocks[blocks["text"].str.startswith("Russia may potentially recruit")]
    assert len(variants) == 4
    assert variants["duplicate_of"].isna().sum() == 1
    repeats = variants.dropna(subset=["duplicate_of"])
    assert set(repeats["duplicate_of"]) == {headline_id}
    truncated = variants[variants["text"].str.endswith("...")]
    assert len(truncated) == 1 and truncated["duplicate_of"].notna().all()


def test_title_and_headline(seed):
    assert seed.title.startswith("A military-industrial gamble: 25,000 North Korean workers")
    assert seed.articles.loc[0, "headline"] == HEADLINE
    assert seed.articles.loc[0, "language"] == "en"


def test_figures(seed):
    figures = seed.figures
    rows = [(r.text, r.value, r.kind, _na(r.qualifier), _na(r.subject), _na(r.claim_id))
            for r in figures.itertuples()]
    assert ("up to 25,000", 25000.0, "count", "up to", "North Korean workers", 1) in rows
    assert ("up to 25,000", 25000.0, "count", "up to", "workers", 3) in rows
    assert ("11,000", 11000.0, "count", None, "North Korean troops", 9) in rows
    assert ("two", 2.0, "count", None, "nations", 5) in rows
    year = figures[figures["text"] == "2024"]
    assert year["kind"].tolist() == ["year"]
    assert not ((figures["kind"] == "count") & (figures["value"] == 2024)).any()
    source_title = figures[figures["claim_id"].isna() & (figures["block_id"] == 19)]
    assert source_title["value"].tolist() == [25000.0]


def test_figure_spans(seed):
    for row in seed.figures.itertuples():
        assert seed.text[row.start:row.end] == row.text


def test_tags_in_order(seed):
    assert seed.tags["tag"].tolist() == EXPECTED_TAGS


def test_articles_row(seed):
    row = seed.articles.iloc[0]
    assert row["article_id"] == "000_bb73dd05cbc6060c"
    assert (row["n_claims"], row["n_figures"], row["n_sources"]) == (14, len(seed.figures), 5)


def test_audit_findings(seed):
    audit = seed.audit()
    counts = audit.groupby("check").size().to_dict()
    assert counts["uncited_claim"] == 7
    assert counts["single_source_claim"] == 2
    assert counts["hedged_claim"] == 4
    assert counts["repeated_text"] == 3
    assert "dangling_citation" not in counts
    assert "unused_source" not in counts
    assert set(audit["severity"]) <= {"info", "warning"}


@pytest.mark.parametrize("table", ["articles", "blocks", "claims", "citations", "figures",
                                   "sources", "tags"])
def test_tables_have_contract_columns(seed, table):
    contract = {
        "articles": ["article_id", "path", "title", "headline", "outlet", "author", "url",
                     "published", "language", "n_claims", "n_figures", "n_sources"],
        "blocks": ["article_id", "block_id", "kind", "section", "label", "text", "start", "end",
                   "duplicate_of"],
        "claims": ["article_id", "claim_id", "block_id", "section", "label", "text", "hedged",
                   "hedge_cues", "attribution", "n_sources", "start", "end"],
        "citations": ["article_id", "claim_id", "source_id"],
        "figures": ["article_id", "figure_id", "claim_id", "block_id", "text", "value",
                    "value_high", "kind", "unit", "qualifier", "subject", "start", "end"],
        "sources": ["article_id", "source_id", "marker", "outlet", "title", "url", "n_claims",
                    "start", "end"],
        "tags": ["article_id", "tag"],
    }
    frame = seed.tables()[table]
    assert set(contract[table]) <= set(frame.columns)
    for column in frame.columns:
        if frame[column].dtype == object:
            pytest.fail(f"{table}.{column} has object dtype")
        assert not (frame[column].astype("str") == "None").any()
