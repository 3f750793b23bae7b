"""Audit: findings an analyst should look at, as one tidy table.

Checks: ``uncited_claim``, ``single_source_claim``, ``hedged_claim``,
``dangling_citation`` (a marker with no source entry), ``citation_needed`` (a
claim the text itself tags "[citation needed]", "[who?]" …), ``unused_source`` (a
source no claim cites), ``repeated_text`` (a block repeating an earlier one),
``conflicting_figures`` (one subject given values that disagree) and, in a corpus,
``duplicate_article`` (the same report as an earlier article).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd

    from .tables import ArticleRecords

AUDIT_COLUMNS = {
    "article_id": "str", "check": "str", "severity": "str", "claim_id": "Int64",
    "source_id": "Int64", "block_id": "Int64", "detail": "str",
}
CHECKS = ("uncited_claim", "single_source_claim", "hedged_claim", "dangling_citation",
          "citation_needed", "unused_source", "repeated_text", "conflicting_figures",
          "duplicate_article")
#: Most findings listed one by one for the repeats of one block; the rest make one.
MAX_REPEAT_FINDINGS = 5


def audit_records(records: list[ArticleRecords],
                  duplicate_of: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Run every check over the records of one or more articles.

    ``duplicate_of`` maps the id of an article that repeats an earlier one in
    a corpus to that article's id (``duplicate_article`` findings).

    Returns
    -------
    DataFrame
        One row per finding with the columns of AUDIT_COLUMNS, sorted by
        article, then check (in CHECKS order), then claim, source and block.
    """
    import pandas as pd

    rows: dict[str, list] = {c: [] for c in AUDIT_COLUMNS}

    def add(aid, check, severity, detail, claim_id=None, source_id=None, block_id=None):
        for column, value in zip(AUDIT_COLUMNS, (aid, check, severity, claim_id, source_id,
                                                 block_id, detail), strict=True):
            rows[column].append(value)

    for rec in records:
        aid, ex = rec.article_id, rec.extraction
        has_sources = bool(ex.sources)
        for claim in ex.claims:
            n = len(claim.source_ids)
            if n == 0:
                detail = "cites no source"
                if has_sources:
                    detail += " although the article lists sources"
                add(aid, "uncited_claim", "warning" if has_sources else "info", detail,
                    claim_id=claim.claim_id)
            elif n == 1:
                only = claim.source_ids[0]
                add(aid, "single_source_claim", "info", f"rests on source {only} alone",
                    claim_id=claim.claim_id, source_id=only)
            if claim.hedge_cues:
                add(aid, "hedged_claim", "info", "hedged: " + ", ".join(claim.hedge_cues),
                    claim_id=claim.claim_id)
        for claim_id, marker in ex.dangling:
            add(aid, "dangling_citation", "warning",
                f"marker [{marker}] has no entry in the source list", claim_id=claim_id)
        for claim_id, tag in ex.flagged:
            add(aid, "citation_needed", "warning", f"the text tags this claim {tag}",
                claim_id=claim_id)
        cited = {source_id for _, source_id in ex.citations}
        for source in ex.sources:
            if source.source_id not in cited:
                add(aid, "unused_source", "warning", "no claim cites this source",
                    source_id=source.source_id)
        repeats: dict[int, list[int]] = {}
        for block in rec.blocks:
            if block.duplicate_of is not None:
                repeats.setdefault(block.duplicate_of, []).append(block.block_id)
        for original, repeating in repeats.items():
            for block_id in repeating[:MAX_REPEAT_FINDINGS]:
                add(aid, "repeated_text", "info", f"repeats block {original}", block_id=block_id)
            if len(repeating) > MAX_REPEAT_FINDINGS:
                # a page that repeats one passage thousands of times: one finding for the rest
                rest = repeating[MAX_REPEAT_FINDINGS:]
                add(aid, "repeated_text", "info",
                    f"repeats block {original} {len(rest):,} more times (blocks {rest[0]}–"
                    f"{rest[-1]})", block_id=rest[0])
        for detail, claim_id in _conflicting_figures(rec):
            # info: no rule can tell two counts of one thing from counts of two
            # things that share a noun; the analyst decides
            add(aid, "conflicting_figures", "info", detail, claim_id=claim_id)
        if duplicate_of and aid in duplicate_of:
            add(aid, "duplicate_article", "warning",
                f"repeats article {duplicate_of[aid]}: the same report, left out of comparisons")
    table = pd.DataFrame({c: pd.array(v, dtype=d) for (c, d), v in
                          zip(AUDIT_COLUMNS.items(), rows.values(), strict=True)})
    order = {check: i for i, check in enumerate(CHECKS)}
    table = table.assign(_order=table["check"].map(order)).sort_values(
        ["article_id", "_order", "claim_id", "source_id", "block_id"], kind="stable",
        na_position="last")
    return table.drop(columns="_order").reset_index(drop=True)


def _conflicting_figures(rec: ArticleRecords) -> list[tuple[str, int | None]]:
    """Subjects counted in different claims with values that disagree (conflicts.py)."""
    from .conflicts import Count, conflicting_counts

    counts = [Count(f.figure_id, f.claim_id, f.subject, f.unit or "", f.value)
              for f in rec.extraction.figures
              if f.kind == "count" and f.subject and f.value is not None
              and f.claim_id is not None]  # not a source title's "35 people"
    findings = []
    for group in conflicting_counts(counts):
        values = sorted({c.value for c in group})
        shown = ", ".join(f"{v:,.0f}" if float(v).is_integer() else f"{v:,}" for v in values)
        findings.append((f"'{group[0].subject.lower()}' is given as {shown}: the same thing?",
                         group[-1].claim_id))
    return findings
