"""Fractions and shares in words of other languages (``data/shares_foreign.toml``).

"due terzi delle famiglie" (2/3, subject "famiglie"), "la metà degli italiani" (0.5),
"zwei Drittel der Befragten", "uno su tre giovani" (1/3, "giovani"), "un Français sur
trois" (1/3, "Français"), "uno de cada cinco españoles". Each is a `number` figure
valued as the fraction, as "two thirds of households" is in English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicons import toml_table
from .context import _read_qualifier
from .model import _Figure, _Mask
from .number_words import (
    _COUNTED_WORD_AFTER,
    _count_words,
    _counted_noun,
    _number_reader,
    _unread_span,
    _with_found,
)
from .subjects import _WHOLE_AFTER_SHARE, _subject_in_language

#: The longest numerator or denominator of a share in digits ("uno su 10").
_SHARE_DIGITS = r"[0-9]{1,3}"


class _Shares:
    """One language's fraction and share words, compiled once."""

    def __init__(self, table: dict[str, Any], cardinals: frozenset[str], language: str) -> None:
        self.language = language
        self.one = frozenset(word.lower() for word in table["one"])
        self.denominators = {word.lower(): int(n) for word, n in table["denominators"].items()}
        self.singular_verbs = frozenset(table.get("singular_verbs", ()))
        numerators = sorted({*self.one, *cardinals}, key=len, reverse=True)
        numerator = "|".join(map(re.escape, numerators))
        halves = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in table["halves"])
        denominators = "|".join(map(re.escape, sorted(self.denominators, key=len, reverse=True)))
        joiners = "|".join(re.escape(j).replace(r"\ ", r"[ \t]+") for j in table["share_joiners"])
        one = "|".join(map(re.escape, sorted(self.one, key=len, reverse=True)))
        alternatives = [rf"(?P<num>{numerator})[ \t-]+(?P<den>{denominators})(?![\w'’-])",
                        rf"(?P<half>{halves})(?![\w'’-])"]
        if joiners:
            # "uno su tre", "un italiano su tre", "uno de cada 10"
            alternatives.append(rf"(?P<one>{one})(?:[ \t]+(?P<noun>[^\W\d_][\w'’-]*))??"
                                rf"[ \t]+(?:{joiners})[ \t]+(?P<of>{numerator}|{_SHARE_DIGITS})"
                                r"(?![\w'’,.-][0-9])(?![\w'’-])")
        self.pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + ")",
                                  re.IGNORECASE)


@lru_cache(maxsize=8)
def _shares(language: str) -> _Shares | None:
    """Return ``language``'s fraction and share words, or None."""
    table = toml_table("shares_foreign.toml").get(language)
    counts = _count_words(language)
    return None if table is None or counts is None else _Shares(table, counts.cardinals, language)


def add_foreign_share_figures(text: str, start: int, end: int, language: str | None,
                              figures: list[_Figure], mask: _Mask | None) -> list[_Figure]:
    """Add the fractions and shares written in words of ``language`` to ``figures``.

    A share's denominator in digits replaces the figure read for it ("uno su 10").
    """
    code = (language or "")[:2].lower()
    words = _shares(code)
    text2num = _number_reader()
    if words is None or text2num is None:
        return figures
    found: list[_Figure] = []
    replaced: list[_Figure] = []
    for match in words.pattern.finditer(text, start, end):
        figure = _share_figure(text, match, words, text2num, start, end)
        if figure is None:
            continue
        inside = [f for f in figures if figure.start <= f.start and f.end <= figure.end]
        others = _Mask([(f.start, f.end) for f in figures if f not in inside])
        if _unread_span(figure.start, figure.end, mask, others):
            found.append(figure)
            replaced.extend(inside)
    if replaced:
        figures = [f for f in figures if f not in replaced]
    return _with_found(figures, found)


def _number(word: str, words: _Shares, text2num: Any) -> float | None:
    """Return the value of a numerator or denominator word ("uno" → 1, "tre" → 3, "10")."""
    lower = word.lower()
    if lower.isdigit():
        return float(lower)
    if lower in words.one:
        return 1.0
    try:
        return float(text2num(lower, words.language))
    except ValueError:
        return None


def _share_figure(text: str, match: re.Match[str], words: _Shares, text2num: Any,
                  lower: int, limit: int) -> _Figure | None:
    """Read the fraction or share at ``match``, or None where it is neither."""
    whole = _WHOLE_AFTER_SHARE.match(text, match.end(), limit)
    subject = None if whole is None else _subject_in_language(whole.group("whole"),
                                                              words.language)
    if match.group("half") is not None:
        if whole is None:
            return None  # "la metà" alone: half of what the text does not say
        value = 0.5
    elif match.group("den") is not None:
        numerator = _number(match.group("num"), words, text2num)
        if numerator is None:
            return None
        value = numerator / words.denominators[match.group("den").lower()]
    else:
        of = _number(match.group("of"), words, text2num)
        if of is None or of <= 1:
            return None
        value = 1 / of
        noun = match.group("noun")
        after = _COUNTED_WORD_AFTER.match(text, match.end(), limit)
        counted = after is not None and _counted_noun(after.group(1), words.language) \
            and after.group(1).lower() not in words.singular_verbs  # "uno su 10 beve"
        if noun is not None:
            if counted:
                return None  # "un accord sur trois points": about them, no share
            subject = noun  # "un italiano su tre", "un Français sur trois"
        elif counted:
            subject = after.group(1)  # "uno su tre giovani"
    figure = _Figure(match.start(), match.end(), value, fraction=True)
    _read_qualifier(text, figure, lower)
    figure.subject = subject
    return figure

