"""Dates and years.

"December 29, 2014", "8 de marzo", "2024-03-12", "12/03/2024", "12.03.2024"; four-digit
years in ``YEAR_RANGE``.
"""

from __future__ import annotations

import re

from ..lexicons import (
    english_month_pattern,
    english_months,
    longest_first,
    month_names,
    toml_table,
)
from .model import _Figure
from .vocabulary import _CODE_BEFORE

#: Four-digit numbers in this range, without separators, are read as years.
YEAR_RANGE = (1500, 2100)
_MONTH = english_month_pattern()
_ISO_DATE = re.compile(r"(?P<sep>[-/])(?P<m>[0-9]{2})(?P=sep)(?P<d>[0-9]{2})(?![0-9])")
# Numeric dates after their first part: "12/03/2024", "3-12-2024", "12/03/24"
# (day and month in either order); dotted ones are one digit token ("12.03.2024").
_NUMERIC_DATE = re.compile(
    r"(?P<sep>[-/])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})(?![0-9]|[-/.,][0-9])")
_DOTTED_DATE = re.compile(r"(?P<a>[0-9]{1,2})\.(?P<b>[0-9]{1,2})\.(?P<y>[0-9]{4})"
                          r"|(?P<y2>[0-9]{4})\.(?P<m2>[0-9]{2})\.(?P<d2>[0-9]{2})")
_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])(?P<month>" + _MONTH + r")\.?,?[ \u00a0]{1,2}$",
                           re.IGNORECASE)
_DAY_AFTER_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:,?[ \u00a0]{1,2}(?P<year>[0-9]{4})(?![0-9]))?")
_MONTH_AFTER_DAY = re.compile(
    r"(?:st|nd|rd|th)?[ \u00a0]{1,2}(?:of[ ]+)?(?P<month>" + _MONTH + r")(?![A-Za-z])\.?"
    r"(?:,?[ \u00a0]{1,2}(?P<year>[0-9]{4})(?![0-9]))?", re.IGNORECASE)
#: Month names of other languages (data/months.toml), less the English ones.
FOREIGN_MONTHS = month_names() - frozenset(english_months())
_LOWER_CASE_MONTHS = frozenset(toml_table("months.toml")["lower_case_only"]["months"])
# A day written before a month of another language, with a year perhaps:
# "8 de marzo", "8 mars 2024", "8. März 2024", "12 de março de 2023".
_FOREIGN_MONTH_AFTER_DAY = re.compile(
    r"\.?[ \u00a0]{1,2}(?:de[ ]+)?(?P<month>"
    + longest_first(FOREIGN_MONTHS)
    + r")(?![\w])(?:,?[ \u00a0]{1,2}(?:de[ ]+|del[ ]+)?(?P<year>[0-9]{4})(?![0-9]))?",
    re.IGNORECASE)

# A month of another language before a year: "März 2025", "marzo de 2024", "mars 2024".
_FOREIGN_MONTH_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<month>" + longest_first(FOREIGN_MONTHS)
    + r")\.?(?:[ \u00a0]{1,2}(?:de|del))?[ \u00a0]{1,2}$", re.IGNORECASE)
#: The longest text _FOREIGN_MONTH_BEFORE reads before a year.
_FOREIGN_MONTH_REACH = max(map(len, FOREIGN_MONTHS)) + len(". del  ") + 2


# A quarter or a half of a year written by its number, as statistical releases and
# results print it: before the year ("Q3 2025", "H1 2024", "3Q 2025", "Q3-2025") or glued
# after it ("2025Q3", "2025-Q3", "2025 Q3"), a date valued at its year.
_PERIOD_BEFORE_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:[QH][1-4]|[1-4]Q)[ \u00a0/-]?$")
_PERIOD_AFTER_YEAR = re.compile(r"[ \u00a0-]?[QH][1-4](?![A-Za-z0-9])")


def _date_at(text: str, s: int, e: int, raw: str, lower: int, limit: int) -> _Figure | None:
    """Read a date around the day or year ``text[s:e] == raw``.

    "2014-12-29", "December 29, 2014", "May 2014", "8 de marzo de 2024", "8. März",
    "Q3 2025", "2025Q3".
    """
    number = int(raw)
    if len(raw) == 4 and _is_year(float(number)):
        period = _PERIOD_BEFORE_YEAR.search(text, max(lower, s - 4), s)
        if period is not None:
            return _Figure(period.start(), e, float(number), kind="date")
        period = _PERIOD_AFTER_YEAR.match(text, e, limit)
        if period is not None:
            return _Figure(s, period.end(), float(number), kind="date")
    if len(raw) == 4 and e < limit and text[e] in "-/":
        iso = _ISO_DATE.match(text, e, limit)
        if iso and 1 <= int(iso.group("m")) <= 12 and 1 <= int(iso.group("d")) <= 31:
            return _Figure(s, iso.end(), float(number), kind="date")
    if len(raw) <= 2 and e < limit and text[e] in "-/":
        numeric = _NUMERIC_DATE.match(text, e, limit)
        if numeric is not None and _day_and_month(number, int(numeric.group("b"))):
            year = float(numeric.group("y"))
            if len(numeric.group("y")) == 4:
                return _Figure(s, numeric.end(), year, kind="date") if _is_year(year) else None
            return _Figure(s, numeric.end(), None, kind="date")  # "12/03/24": century unsaid
    month = None
    if s - 2 >= lower and text[s - 1] in " \u00a0" and (text[s - 2].isalpha()
                                                         or text[s - 2] in ".,"):
        window = text[max(lower, s - 12):s]
        if not window.islower():  # a month counts only with a capital ("May 2014")
            month = _MONTH_BEFORE.search(window)
    if month is not None and month.group("month")[0].isupper():
        begin = s - (len(window) - month.start())
        if len(raw) <= 2 and 1 <= number <= 31:
            days = _DAY_RANGE.match(text, e, limit)
            if days is not None and number < int(days.group("day")) <= 31:
                e = days.end()  # "September 23-24": one date, its days a range
            after = _DAY_AFTER_MONTH.match(text, e, limit)
            year = after.group("year")
            if year and not _is_year(float(year)):
                year = None
            stop = after.end("year") if year else e + _ordinal_length(text, e, limit)
            return _Figure(begin, stop, float(year) if year else None, kind="date")
        if len(raw) == 4 and _is_year(float(number)):
            return _month_range(text, begin, e, float(number), lower)
    if len(raw) <= 2 and 1 <= number <= 31 and e < limit and text[e] in " \u00a0snrtSNRT-–":
        days = _DAY_RANGE.match(text, e, limit)
        if days is not None and number < int(days.group("day")) <= 31:
            e = days.end()  # "from 24 to 27 May": one date, its days a range
        after = _MONTH_AFTER_DAY.match(text, e, limit)
        if after is not None and after.group("month")[0].isupper():
            year = after.group("year")
            if year and _is_year(float(year)):
                return _Figure(s, after.end(), float(year), kind="date")
            return _Figure(s, after.end("month"), None, kind="date")
    if number == 1 and text.startswith(FIRST_OF_MONTH_ENDINGS, e):
        e += 2  # French "le 1er novembre", "1ᵉʳ mars"
    if len(raw) <= 2 and 1 <= number <= 31 and e < limit and text[e] in " \u00a0.":
        after = _FOREIGN_MONTH_AFTER_DAY.match(text, e, limit)
        if after is not None and (after.group("month")[0].islower()
                                  or after.group("month").lower() not in _LOWER_CASE_MONTHS):
            year = after.group("year")
            if year and _is_year(float(year)):
                return _Figure(s, after.end(), float(year), kind="date")
            return _Figure(s, after.end("month"), None, kind="date")
    return _foreign_month_year(text, s, e, raw, lower)


#: How French writes the first of a month: "1er", "1ᵉʳ" (two modifier letters).
FIRST_OF_MONTH_ENDINGS = ("er ", "er\u00a0", "ᵉʳ ")


# A second day after a first, as a range: "23-24", "24 to 27", "3rd–5th"; after "and"
# ("between April 16 and 18") only where nothing it could count follows the second day
# ("April 16 and 18 people" counts people).
_DAY_RANGE = re.compile(r"(?:st|nd|rd|th)?(?:[ ]?[-–][ ]?|[ ]to[ ]|[ ]and[ ](?=[0-9]{1,2}"
                        r"(?:st|nd|rd|th)?(?:[,.;:)]|$|[ ](?:[0-9]{4}|at|in|on|from|when"
                        r"|while|with|for|during|after|before|as)\b)))(?P<day>[0-9]{1,2})"
                        r"(?:st|nd|rd|th)?(?![0-9])")
# A first month then "to" or a dash, before a month and year: "April to June 2025".
# A first month with a year of its own ("December 2024 to March 2025") is a date
# of its own already.
_MONTH_RANGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<month>" + _MONTH + r")(?:[ ]to[ ]|[ ]?[-–][ ]?)$", re.IGNORECASE)
#: The longest text _MONTH_RANGE_BEFORE reads before a month.
_MONTH_RANGE_REACH = len("September to ")


def _month_range(text: str, begin: int, end: int, year: float, lower: int) -> _Figure:
    """Return the date "<month> <year>" from ``begin`` to ``end``, with a month before it.

    "April to June 2025" is one date, valued at its year, as "June 2025" is.
    """
    before = _MONTH_RANGE_BEFORE.search(text, max(lower, begin - _MONTH_RANGE_REACH), begin)
    if before is not None and before.group("month")[0].isupper():
        begin = before.start()
    return _Figure(begin, end, year, kind="date")


def _foreign_month_year(text: str, s: int, e: int, raw: str, lower: int) -> _Figure | None:
    """Read a month of another language before a year ("im März 2025", "en marzo de 2024")."""
    if len(raw) != 4 or s - 4 < lower or not text[s - 2].isalpha() \
            or text[s - 1] not in " \u00a0" or not _is_year(float(raw)):
        return None
    month = _FOREIGN_MONTH_BEFORE.search(text, max(lower, s - _FOREIGN_MONTH_REACH), s)
    if month is None or (month.group("month")[0].isupper()
                         and month.group("month").lower() in _LOWER_CASE_MONTHS):
        return None
    return _Figure(month.start(), e, float(raw), kind="date")


def _day_and_month(a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` are a day and a month in either order."""
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _dotted_date(text: str, s: int, e: int, raw: str, lower: int) -> _Figure | None:
    """Read a date written as one dotted digit token ("12.03.2024", "2024.03.12")."""
    if s > lower and (text[s - 1].isalnum() or text[s - 1] in _CODE_BEFORE):
        return None
    dotted = _DOTTED_DATE.fullmatch(raw)
    if dotted is None:
        return None
    if dotted.group("y"):
        valid = _day_and_month(int(dotted.group("a")), int(dotted.group("b")))
        year = float(dotted.group("y"))
    else:
        valid = 1 <= int(dotted.group("m2")) <= 12 and 1 <= int(dotted.group("d2")) <= 31
        year = float(dotted.group("y2"))
    return _Figure(s, e, year, kind="date") if valid and _is_year(year) else None


def _ordinal_length(text: str, position: int, limit: int) -> int:
    return 2 if text[position:min(limit, position + 2)].lower() in ("st", "nd", "rd", "th") \
        and not text[position + 2:position + 3].isalpha() else 0


def _is_year(value: float) -> bool:
    return value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]
