"""Conflicting figures: one thing counted with values that disagree within an article.

Both the audit (``conflicting_figures``) and ``insights.figure_conflicts`` read
the figures through :func:`conflicting_counts`, so the two always agree.

A subject that several counts share is not enough: an article counts "14
people" killed and "3,500 people" displaced, "46 seats" for one party and "76
seats" for another, on purpose. The rules below keep the disagreements an
analyst should check (a death toll of 19 in the lede and 20 further down) and
leave those deliberate contrasts out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Reports of one quantity that disagree do so within a small factor (a toll
#: of 19 and of 20, a crowd of 12,000 and of 25,000); counts further apart are
#: different things that share a noun ("1,200 persone" evacuated, "4.4 million"
#: living in the region).
CONFLICT_MAX_RATIO = 3.0
#: Below this, counts are enumerations ("the 4 largest cities", "2 members"), not
#: measurements a source may get wrong.
MIN_CONFLICT_VALUE = 10.0


@dataclass(frozen=True, slots=True)
class Count:
    """A counted figure as the conflict check reads it."""

    figure_id: int
    claim_id: int | None
    subject: str
    unit: str
    value: float
    value_high: float | None = None


def conflicting_counts(counts: Iterable[Count]) -> list[list[Count]]:
    """Return groups of counts of one subject whose values disagree.

    Counts of one subject (ignoring case) and unit disagree when their values
    differ by at most CONFLICT_MAX_RATIO, are at least MIN_CONFLICT_VALUE, and
    come from different claims: two values in one sentence are the writer's
    own contrast or change ("6,000 drones a year, up from 3,000").

    Parameters
    ----------
    counts : iterable of Count
        The counted figures of one article.

    Returns
    -------
    list of list of Count
        One group per subject, in order of first appearance; each group holds
        the counts that take part in a disagreement, in reading order.
    """
    by_subject: dict[tuple[str, str], list[Count]] = {}
    for count in counts:
        if count.value >= MIN_CONFLICT_VALUE:
            by_subject.setdefault((count.subject.lower(), count.unit), []).append(count)
    groups = []
    for members in by_subject.values():
        involved = _involved(members)
        if involved:
            groups.append([c for c in members if c.figure_id in involved])
    return groups


#: Counts of a subject compared with each count above it in value, nearest first: a
#: disagreement lies within CONFLICT_MAX_RATIO, so the scan stops there, and after
#: this many distinct (value, claim) pairs (a list of thousands of places, each with
#: its count, would otherwise take time growing with the square of its length).
MAX_COMPARED_NEIGHBOURS = 64


def _involved(members: list[Count]) -> set[int]:
    """Return the figure ids of the counts that disagree with another (_disagree)."""
    by_key: dict[tuple[float, int | None], list[Count]] = {}
    for count in members:  # the same value in the same claim compares alike
        by_key.setdefault((count.value, count.claim_id), []).append(count)
    keys = sorted(by_key, key=lambda key: abs(key[0]))
    involved: set[int] = set()
    for index, key in enumerate(keys):
        a = by_key[key][0]
        for other in keys[index + 1:index + 1 + MAX_COMPARED_NEIGHBOURS]:
            b = by_key[other][0]
            if abs(b.value) > CONFLICT_MAX_RATIO * abs(a.value):
                break
            if _disagree(a, b):
                involved.update(c.figure_id for c in by_key[key])
                involved.update(c.figure_id for c in by_key[other])
    return involved


def _disagree(a: Count, b: Count) -> bool:
    if a.value == b.value or a.claim_id is not None and a.claim_id == b.claim_id:
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    return high <= CONFLICT_MAX_RATIO * low
