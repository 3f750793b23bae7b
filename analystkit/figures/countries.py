"""The currency of a sum whose mark several countries print, settled by the article.

"Rs 50,000" is India's rupee in Indian copy, Pakistan's in Pakistani copy and Nepal's
in Nepalese copy; "shillings", "pesos", "kwacha", "francs" and "CFA francs" are shared
the same way. A sum read with such a mark gets the reading of data/currencies.toml (the
currency news names most often); ``settle_shared_currencies`` then gives it the
currency of the country of its group (data/currency_countries.toml) that the whole
article names most often, where that country is named more often than the default's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from ..lexicons import toml_table


class _Amount(Protocol):
    """What the settling reads and writes of a figure."""

    kind: str
    unit: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Group:
    """One shared currency: the marks that print it, its default and its countries."""

    default: str
    #: Any of the group's marks, alone in the figure's text ("Rs 50,000", "50,000 rupees")
    marks: re.Pattern[str]
    #: A capitalised word right before a mark: the country's adjective already names the
    #: currency ("Pakistani rupees", "Swiss francs", "CFA francs").
    named: re.Pattern[str]
    countries: tuple[tuple[str, re.Pattern[str]], ...]


def _names_pattern(names: list[str], not_followed_by: dict[str, list[str]]) -> re.Pattern[str]:
    """Compile a country's names into one pattern of whole words, as written or in capitals.

    Capitals are how a dateline prints a capital city ("KATHMANDU —", "ISLAMABAD (Reuters)").
    """
    parts = []
    for name in sorted({*names, *(name.upper() for name in names)}, key=len, reverse=True):
        after = not_followed_by.get(name) or not_followed_by.get(name.title())
        guard = "(?![ \\t]+(?:" + "|".join(map(re.escape, after)) + r")\b)" if after else ""
        parts.append(re.escape(name) + guard)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@cache
def _groups() -> tuple[_Group, ...]:
    """Return the groups of data/currency_countries.toml, compiled."""
    groups = []
    for table in toml_table("currency_countries.toml").values():
        marks = "|".join(re.escape(mark) for mark in sorted(table["marks"], key=len, reverse=True))
        not_followed_by = table.get("not_followed_by", {})
        groups.append(_Group(
            default=table["default"],
            marks=re.compile(r"(?<![A-Za-z])(?:" + marks + r")(?![A-Za-z])", re.IGNORECASE),
            named=re.compile(r"[A-Z][\w'’-]*[ \t]+(?i:" + marks + r")(?![A-Za-z])"),
            countries=tuple((code, _names_pattern(names, not_followed_by))
                            for code, names in table["countries"].items())))
    return tuple(groups)


def _most_named(text: str, group: _Group) -> str:
    """Return the currency of the country ``text`` names most often, or the default.

    Another country's currency only where it is named more often than the default's.
    """
    counts = {code: sum(1 for _ in pattern.finditer(text)) for code, pattern in group.countries}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] > counts.get(group.default, 0) else group.default


def settle_shared_currencies(text: str, figures: Iterable[_Amount]) -> None:
    """Give sums printed with a shared mark the currency of the article's country, in place.

    Parameters
    ----------
    text : str
        The whole article, whose country names are counted.
    figures : iterable of figures
        Each with ``kind``, ``unit``, ``start`` and ``end`` into ``text``; a `money`
        figure whose unit is a group's default and whose text holds one of its marks,
        with no capitalised word right before the mark, takes the currency of the
        group's country named most often (data/currency_countries.toml).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> text = "Floods in Pakistan: Sindh pays Rs 50,000 a family."
    >>> sum_ = SimpleNamespace(kind="money", unit="INR", start=31, end=40)
    >>> settle_shared_currencies(text, [sum_])
    >>> sum_.unit
    'PKR'
    """
    settled: dict[int, str] = {}
    for figure in figures:
        if figure.kind != "money" or figure.unit is None:
            continue
        for index, group in enumerate(_groups()):
            if figure.unit != group.default:
                continue
            written = text[figure.start:figure.end]
            if group.marks.search(written) is None or group.named.search(written) is not None:
                continue
            if index not in settled:
                settled[index] = _most_named(text, group)
            figure.unit = settled[index]
            break
