"""Conflicting figures: which counts of one subject an analyst is pointed to."""

from __future__ import annotations

import pytest

import analystkit as ak
from analystkit import insights
from analystkit.conflicts import Count, conflicting_counts


def _count(figure_id, claim_id, value, subject="people", unit=""):
    return Count(figure_id, claim_id, subject, unit, float(value))


def test_counts_of_one_subject_in_different_claims_that_disagree():
    groups = conflicting_counts([_count(1, 1, 19), _count(2, 4, 20), _count(3, 5, 400)])
    assert [[c.figure_id for c in group] for group in groups] == [[1, 2]]


@pytest.mark.parametrize("counts", [
    [_count(1, 1, 6000, "drones"), _count(2, 1, 3000, "drones")],   # one sentence: a change
    [_count(1, 1, 14), _count(2, 2, 3500)],                           # far apart: two things
    [_count(1, 1, 4, "cities"), _count(2, 2, 6, "cities")],           # enumerations
    [_count(1, 1, 20), _count(2, 2, 20)],                             # agree
    [_count(1, 1, 20, "people", "km"), _count(2, 2, 25)],             # other units
])
def test_deliberate_contrasts_are_left_out(counts):
    assert conflicting_counts(counts) == []


def test_subjects_are_compared_ignoring_case():
    groups = conflicting_counts([_count(1, 1, 12000, "Workers"), _count(2, 3, 25000, "workers")])
    assert len(groups) == 1


def test_audit_and_insights_report_the_same_conflicts():
    art = ak.parse_article("Museum attack\n\n"
                           "Gunmen killed at least 19 people at the museum on Wednesday.\n\n"
                           "The health ministry later said 20 people had died.\n\n"
                           "Some 3,500 people were evacuated from the old town.\n")
    audit = art.audit()
    found = audit[audit["check"] == "conflicting_figures"]
    assert found["detail"].tolist() == ["'people' is given as 19, 20: the same thing?"]
    assert found["severity"].tolist() == ["info"]
    table = insights.figure_conflicts(art)
    assert table[["subject", "values"]].values.tolist() == [["people", "19, 20"]]
