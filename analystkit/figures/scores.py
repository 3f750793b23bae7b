"""Scores written as pairs: "won 6-4, 3-6, 7-6" and "a 1-3 defeat" hold scores, never a range."""

from __future__ import annotations

import re

from ..lexicons import english_months
from .vocabulary import SCALES, _lookup_unit

# A pair of numbers joined by a dash next to another in a run split by commas or spaces
# ("6-4, 3-6, 7-6(5)", "6-4 3-6 7-6") or by "and" ("returned 3-45 and Lyon 2-61"): before the first,
# or after the second.
# Sets may be split by spaces alone, as results lists print them ("6-4 3-6 7-6").
_PAIR_BEFORE = re.compile(
    r"(?<![\w.])(?P<a>[0-9]{1,3})[-–](?P<b>[0-9]{1,3})(?:\([0-9]{1,2}\))?,?[ ]$")
_PAIR_AFTER = re.compile(
    r"(?:\([0-9]{1,2}\))?,?[ ](?P<a>[0-9]{1,3})[-–](?P<b>[0-9]{1,3})(?![\w.])")
# A bowler's figures named by "and" after another's: "Cummins returned 3-45 and Lyon
# 2-61" (a name, capitalised, between the two).
_BOWLER_AND_BEFORE = re.compile(
    r"(?<![\w.])(?P<a>[0-9]{1,2})[-–](?P<b>[0-9]{1,3})[ ]and[ ](?:[A-Z][\w'’-]+[ ]){1,2}$")
#: Most pairs looked at on each side of a pair: the sets of a match.
MAX_RUN_PAIRS = 4

#: Nouns of a result or a standing after a pair, which make it a score or a record
#: written low first as sports copy writes a loss ("a 1-3 defeat", "a 0-2 loss at
#: home", "a 38-44 record", "a 3-5 start", "the 2-3 scoreline") or places ("a 1-2
#: finish"); a range is never a result ("a 2-3 day wait").
RESULT_NOUNS = frozenset(
    "win wins victory victories defeat defeats loss losses draw draws tie ties record "
    "records scoreline scorelines thrashing drubbing hammering rout reverse setback "
    "deficit start finish".split())
#: Words that may stand between a pair and its noun of result ("a 1-3 home defeat",
#: "a 38-44 regular-season record").
RESULT_MODIFIERS = frozenset(
    "home away road aggregate overall shock surprise comeback league conference division "
    "divisional series season regular-season first-leg second-leg opening narrow heavy "
    "humiliating dramatic".split())
_WORD_AFTER = re.compile(r"[ ]+([a-z-]+)")
# Cricket bowling figures, wickets before runs: "figures of 4-32", "returned 3-45",
# "4-32 from his 10 overs", "3-45 off nine overs".
_FIGURES_BEFORE = re.compile(r"(?:\bfigures(?:[ ]of)?|\breturned|\bbowling)[ ]+$")
_OVERS_AFTER = re.compile(
    r"[ ]+(?:from|off|in)[ ]+(?:(?:his|her|their|the|just)[ ]+)?"
    r"(?:[0-9]{1,2}(?:\.[0-9])?|[a-z]+)[ ]+overs\b")


# A headline's or a results list's sides on either side of the score: "Chelsea 1-3
# Arsenal", "Man Utd 0-2 Brighton".
_SIDE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<word>[A-Z][\w.'’&-]*)[ ]$")
_SIDE_AFTER = re.compile(r"[ ](?P<word>[A-Z][\w.'’&-]*)")
_MONTHS = frozenset(english_months())
#: Capitalised words before a range that are no side: the words that open a range's
#: label in a heading or a list ("Ages 5-10 Kids", "Pages 3-7 Notes").
NOT_SIDES = frozenset("age ages aged between from pages page years year grades grade levels "
                      "level sizes size weeks week days day rooms room items item nos no "
                      "sections section chapters chapter tables figures".split())


#: Lengths of time and percent words a title-case headline may put after a range ("Wait
#: 2-3 Weeks", "Prices Rise 2-3 Percent").
TIME_WORDS = frozenset("seconds minutes hours days weeks months years decades percent per "
                       "pct".split())


def _between_sides(text: str, start: int, end: int, lower: int, limit: int) -> bool:
    """Whether a side's capitalised name stands on each side of the pair ("Chelsea 1-3 Arsenal")."""
    before = _SIDE_BEFORE.search(text, max(lower, start - 30), start)
    after = _SIDE_AFTER.match(text, end, limit)
    if before is None or after is None or before.group("word").lower() in NOT_SIDES:
        return False
    word = after.group("word").rstrip(".")
    # (not a title-case headline's unit or scale: "Temperatures To Reach 30-35 Degrees")
    return word.lower() not in _MONTHS and word.lower() not in SCALES \
        and _lookup_unit(word) is None and word.lower() not in TIME_WORDS


def _low_first_score(text: str, start: int, end: int, lower: int, limit: int) -> bool:
    """Whether the pair from ``start`` to ``end`` is a score or figures written low first.

    The noun of a result after it ("a 1-3 defeat", "a 38-44 record", with a modifier
    between: "a 0-2 home loss"), a bowler's figures (after "figures of" or
    "returned", or before "from 10 overs") or the sides' names on either side of it
    ("Chelsea 1-3 Arsenal") make it one.
    """
    position = end
    for _ in range(2):
        word = _WORD_AFTER.match(text, position, limit)
        if word is None:
            break
        if word.group(1) in RESULT_NOUNS:
            return True
        if word.group(1) not in RESULT_MODIFIERS:
            break
        position = word.end()
    if _FIGURES_BEFORE.search(text, max(lower, start - 20), start) is not None \
            or _between_sides(text, start, end, lower, limit):
        return True
    return _OVERS_AFTER.match(text, end, limit) is not None


def _in_run_of_scores(text: str, start: int, end: int, lower: int, limit: int) -> bool:
    """Whether the pair from ``start`` to ``end`` is a score.

    Pairs split by commas are scores when one of them is written high first
    ("6-4, 3-6, 7-6"), as a range never is; a run of ranges ("ages 5-10, 11-15")
    is all low first. A pair written low first is a score too when its context
    says so (``_low_first_score``), and so is a bowler's pair named by "and" after
    such a pair ("returned 3-45 and Lyon 2-61").
    """
    if _low_first_score(text, start, end, lower, limit):
        return True
    bowler = _BOWLER_AND_BEFORE.search(text, max(lower, start - 40), start)
    if bowler is not None and _low_first_score(text, bowler.start(), bowler.start("b")
                                               + len(bowler.group("b")), lower, limit):
        return True
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
