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
#: Bounds and approximations written before a number, longest first ("约3000人", "超过2万亿元",
#: "近三成", "最多", "至少"), as the qualifiers table names them.
CJK_QUALIFIERS_BEFORE = (("不超过", "up to"), ("超过", "more than"), ("大约", "about"),
                         ("将近", "nearly"), ("最多", "up to"), ("至少", "at least"),
                         ("多达", "up to"), ("约", "about"), ("近", "nearly"), ("超", "more than"),
                         ("逾", "more than"), ("約", "about"), ("약", "about"))
#: The same written after a number and its unit ("3000人以上", "5%左右").
CJK_QUALIFIERS_AFTER = (("以上", "at least"), ("左右", "about"), ("以下", "at most"),
                        ("余", "more than"), ("多", "more than"))
#: Counters that say a number counts people or households.
CJK_COUNTERS = frozenset("人名户戶家명")
_CJK_MONTH_DAY = re.compile(r"\d{1,2}月(?:\d{1,2}日)?")
#: Characters after a number that make it part of a date or a time ("3月12日", "8時").
CJK_DATE_PARTS = frozenset("月日时時点點분초")


#: A comma left between a character of those scripts and a number: the full-width "，"
#: that reading normalised ("数据显示，2024年"), read as a space too.
_COMMA_BEFORE_NUMBER = re.compile(r"(?<= ),(?=\d)")


@lru_cache(maxsize=2)
def _spaced(text: str) -> str:
    """``text`` with every character of an unspaced script read as a space (same offsets)."""
    return _COMMA_BEFORE_NUMBER.sub(" ", _UNSPACED_SCRIPT.sub(" ", text))


def _read_cjk_figures(text: str, spaced_figures: list[FoundFigure],
                      limit: int) -> list[FoundFigure]:
    """Read the characters glued to figures found in ``_spaced(text)``."""
    found: list[FoundFigure] = []
    for figure in spaced_figures:
        read = _read_cjk_neighbours(text, figure, limit)
        if read is None:
            continue
        if found and _continues_compound(text, found[-1], read):
            # "331万2千人" is 3,312,000 people, "1兆9480億円" ¥1.948 trillion: one number
            # written in its scales' parts
            first = found[-1]
            found[-1] = FoundFigure(first.start, read.end, text[first.start:read.end],
                                    exact((first.value or 0.0) + (read.value or 0.0)), None,
                                    read.kind, read.unit, first.qualifier or read.qualifier,
                                    read.subject)
            continue
        found.append(read)
    return found


def _continues_compound(text: str, before: FoundFigure, figure: FoundFigure) -> bool:
    """Whether ``figure`` is the lower part of a number ``before`` started ("331万" "2千人")."""
    return (before.end == figure.start and text[before.end - 1:before.end] in CJK_SCALES
            and before.value_high is None and figure.value_high is None
            and before.value is not None and figure.value is not None
            and 0 < figure.value < before.value and before.kind == "number")


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
    qualifier = figure.qualifier or next(
        (bound for word, bound in CJK_QUALIFIERS_BEFORE
         if text.endswith(word, max(0, figure.start - len(word)), figure.start)), None)
    if after == "多" and text[stop + 1:stop + 2] in CJK_SCALES:
        stop += 1  # "3600多万": more than 36 million
        qualifier = qualifier or "over"
    if text[stop:stop + 1] in CJK_SCALES and value is not None:
        while text[stop:stop + 1] in CJK_SCALES:  # "1.5万亿": 1.5 × 10⁴ × 10⁸
            scale = CJK_SCALES[text[stop]]
            value, high = value * scale, high * scale if high is not None else None
            stop += 1
        kind = "number"
    currency = next(((word, code) for word, code in CJK_CURRENCIES
                     if text.startswith(word, stop, limit)), None)
    if currency is not None and kind == "year" and stop == figure.end:
        kind, unit = "number", None  # "2000元": a sum, no year
    if currency is not None and kind in ("number", "count"):
        stop += len(currency[0])
        kind, unit = "money", currency[1]
    elif text[stop:stop + 1] in CJK_COUNTERS and kind in ("number", "count"):
        kind, subject = "count", text[stop]
    after_unit = stop + 1 if subject is not None and subject in CJK_COUNTERS else stop
    qualifier = qualifier or next((bound for word, bound in CJK_QUALIFIERS_AFTER
                                   if text.startswith(word, after_unit, limit)), None)
    return FoundFigure(figure.start, stop, text[figure.start:stop], exact(value), exact(high),
                       kind, unit, qualifier, subject)
