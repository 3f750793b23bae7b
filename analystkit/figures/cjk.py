"""Figures in Chinese, Japanese and Korean text.

Scales, currencies, counters and dates glued after a number ("3万人", "100亿美元", "2024年3月12日").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import (
    CJK_PUNCTUATION,
    HAN,
    HAN_COMPATIBILITY,
    HANGUL_JAMO,
    HANGUL_SYLLABLES,
    KANA,
)
from .model import FoundFigure, exact

#: Scripts that glue words, counters and particles to numbers ("12人", "500명이",
#: "1.5亿元"): their characters are read as spaces, then the number's neighbours
#: below tell its scale, currency or what it counts.
_UNSPACED_SCRIPT = re.compile("[" + CJK_PUNCTUATION + KANA + HAN + HAN_COMPATIBILITY
                              + HANGUL_JAMO + HANGUL_SYLLABLES + "]")
#: Scale characters written after a number: 万 ten thousand, 亿/億 a hundred million,
#: 兆 a trillion (Japanese and Chinese financial use), 千 a thousand.
CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12, "千": 1e3}
#: Currencies written after a number, longest first.
CJK_CURRENCIES = (("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"),
                  ("英镑", "GBP"), ("ユーロ", "EUR"), ("ドル", "USD"), ("달러", "USD"),
                  ("유로", "EUR"), ("元", "CNY"), ("円", "JPY"), ("원", "KRW"))
#: Counters that say a number counts people or households.
CJK_COUNTERS = frozenset("人名户戶家명")
_CJK_MONTH_DAY = re.compile(r"\d{1,2}月(?:\d{1,2}日)?")
#: Characters after a number that make it part of a date or a time ("3月12日", "8時").
CJK_DATE_PARTS = frozenset("月日时時点點분초")


@lru_cache(maxsize=2)
def _spaced(text: str) -> str:
    """``text`` with every character of an unspaced script read as a space (same offsets)."""
    return _UNSPACED_SCRIPT.sub(" ", text)


def _read_cjk_figures(text: str, spaced_figures: list[FoundFigure],
                      limit: int) -> list[FoundFigure]:
    """Read the characters glued to figures found in ``_spaced(text)``."""
    found = []
    for figure in spaced_figures:
        read = _read_cjk_neighbours(text, figure, limit)
        if read is not None:
            found.append(read)
    return found


def _read_cjk_neighbours(text: str, figure: FoundFigure, limit: int) -> FoundFigure | None:
    """Read the scale, currency, counter or date part glued after a figure."""
    value, high, kind, unit, subject = (figure.value, figure.value_high, figure.kind,
                                        figure.unit, figure.subject)
    stop = figure.end
    after = text[stop:stop + 1] if stop < limit else ""
    if after in CJK_DATE_PARTS:
        return None  # "3月12日": a date's month or day, a clock time
    if after == "年":
        stop += 1
        kind = "year" if len(figure.text) == 4 and figure.text.isdigit() else "duration"
        unit = None if kind == "year" else "year"
        month_day = _CJK_MONTH_DAY.match(text, stop, limit) if kind == "year" else None
        if month_day is not None:  # "2024年3月12日": one date, valued at its year
            stop, kind = month_day.end(), "date"
    elif after in CJK_SCALES and value is not None:
        scale = CJK_SCALES[after]
        value, high = value * scale, high * scale if high is not None else None
        stop += 1
        kind = "number"
    currency = next(((word, code) for word, code in CJK_CURRENCIES
                     if text.startswith(word, stop, limit)), None)
    if currency is not None and kind in ("number", "count"):
        stop += len(currency[0])
        kind, unit = "money", currency[1]
    elif text[stop:stop + 1] in CJK_COUNTERS and kind in ("number", "count"):
        kind, subject = "count", text[stop]
    return FoundFigure(figure.start, stop, text[figure.start:stop], exact(value), exact(high),
                       kind, unit, figure.qualifier, subject)
