"""Runs of scores: "won 6-4, 3-6, 7-6" holds scores, never a range "3-6"."""

from __future__ import annotations

import re

# A pair of numbers joined by a dash next to another in a run split by commas
# ("6-4, 3-6, 7-6(5)"): before the first, or after the second.
_PAIR_BEFORE = re.compile(
    r"(?<![\w.])(?P<a>[0-9]{1,3})[-–](?P<b>[0-9]{1,3})(?:\([0-9]{1,2}\))?,[ ]$")
_PAIR_AFTER = re.compile(r"(?:\([0-9]{1,2}\))?,[ ](?P<a>[0-9]{1,3})[-–](?P<b>[0-9]{1,3})(?![\w.])")
#: Most pairs looked at on each side of a pair: the sets of a match.
MAX_RUN_PAIRS = 4


def _in_run_of_scores(text: str, start: int, end: int, lower: int, limit: int) -> bool:
    """Whether the pair from ``start`` to ``end`` is one of a run of scores.

    Pairs split by commas are scores when one of them is written high first
    ("6-4, 3-6, 7-6"), as a range never is; a run of ranges ("ages 5-10, 11-15")
    is all low first.
    """
    position = start
    for _ in range(MAX_RUN_PAIRS):
        pair = _PAIR_BEFORE.search(text, max(lower, position - 12), position)
        if pair is None:
            break
        if int(pair.group("a")) >= int(pair.group("b")):
            return True
        position = pair.start()
    position = end
    for _ in range(MAX_RUN_PAIRS):
        pair = _PAIR_AFTER.match(text, position, limit)
        if pair is None:
            break
        if int(pair.group("a")) >= int(pair.group("b")):
            return True
        position = pair.end()
    return False
