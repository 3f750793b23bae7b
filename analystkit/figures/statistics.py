"""Statistics named before their value: "hazard ratio 0.62", "95% CI, 0.51-0.75", "p<0.001".

The number after a statistic's name (data/stat_labels.txt) takes that name as
its subject; a confidence interval's range takes "95% CI", and the level (the
95%) is part of that name, no figure of its own.
"""

from __future__ import annotations

import re

from ..lexicons import word_list
from .model import _Figure

#: Names of statistics written before their value; see the data file.
STAT_LABELS = tuple(sorted(word_list("stat_labels.txt"), key=len, reverse=True))
#: The longest text read before a value for its name.
_REACH = 48
# A name, then "=", ":", ",", "of", "was", "is" or a space right before the value (its
# qualifier, such as "<" in "p<0.001", is before the value already).
# Entries with a capital ("OR", "HR") match only as written: "or" is a conjunction.
_LABEL_BEFORE = re.compile(
    r"(?<![\w.])(?:(?P<ci>[0-9]{2}(?:\.[0-9]+)?[ ]?%[ ]?(?:CI|(?i:confidence[ ]interval)))"
    r"|(?P<label>(?i:" + "|".join(re.escape(label) for label in STAT_LABELS if label.islower())
    + r")|" + "|".join(re.escape(label) for label in STAT_LABELS if not label.islower()) + r"))"
    # what the statistic is for, before its verb ("The odds ratio for hospitalisation
    # was 1.34", "the hazard ratio for death was 0.71")
    r"(?:[ ]for[ ][\w-]+(?:[ ][\w-]+){0,3}(?=[ ](?:was|is)[ ]))?"
    # its abbreviation in brackets after it ("adjusted odds ratio [aOR] 2.4", "hazard
    # ratio (HR) 0.71")
    r"(?:[ ][\[(][A-Za-z]{1,6}[\])])?"
    r"[ ]?(?:[=:,][ ]?|[ ](?:of|was|is)[ ]|[ ])?"
    # the opening word of a range ("an R0 of between 1.5 and 2")
    r"(?:between[ ])?$")


# What stands between an estimate and its interval's level: "94.1% (95% CI", "31%, 95% CI".
_ESTIMATE_THEN_INTERVAL = re.compile(r"[ ]?[(\[,;][ ]?")


def _statistics(text: str, figures: list[_Figure], lower: int) -> list[_Figure]:
    """Give each value after a statistic's name that name as subject; drop CI levels."""
    levels: set[int] = set()
    for at, figure in enumerate(figures):
        head = figure.qualifier_start if figure.qualifier_start is not None else figure.start
        if figure.kind not in ("number", "percent") or head - lower < 1:
            continue
        match = _LABEL_BEFORE.search(text, max(lower, head - _REACH), head)
        if match is None or figure.subject is not None and not (
                match.group("label") and match.group("label").lower().endswith(
                    " " + figure.subject.lower())):
            continue  # (a subject the name ends with is the name cut: "error" of "margin of error")
        if match.group("ci"):
            if figure.value_high is None:
                continue  # an interval is a range
            figure.subject = " ".join(match.group("ci").split())
            levels.add(match.start("ci"))
            # the estimate before the interval's level (which is a figure read too)
            estimate = next((f for f in reversed(figures[:at]) if f.end <= match.start("ci")),
                            None)
            if figure.kind == "number" and figure.unit is None and estimate is not None \
                    and estimate.kind == "percent" and estimate.unit == "%" \
                    and _ESTIMATE_THEN_INTERVAL.fullmatch(text, estimate.end,
                                                          match.start("ci")) is not None:
                # "94.1% (95% CI 89.3–96.8)": the interval of a percentage is in per cent
                figure.kind, figure.unit = "percent", "%"
        else:
            figure.subject = match.group("label")
    return [f for f in figures if f.start not in levels]
