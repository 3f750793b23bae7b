"""Rules kept as data: loaders for the word lists and tables under ``data/``.

Each file names its origin in a header comment. Code reads them here, once,
and the tests pin their effect on real sentences.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


def _data_text(name: str) -> str:
    return resources.files("analystkit.data").joinpath(name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Return the entries of a one-entry-per-line data file.

    Parameters
    ----------
    name : str
        File name under ``analystkit/data`` (e.g. ``"hedges.txt"``).

    Returns
    -------
    tuple of str
        Non-empty lines with ``#`` comment lines dropped, in file order.
    """
    lines = (line.strip() for line in _data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def toml_table(name: str) -> dict:
    """Return a TOML data file as a dictionary."""
    return tomllib.loads(_data_text(name))


def phrase_pattern(phrases: tuple[str, ...] | list[str], *,
                   lower_case: bool = False) -> re.Pattern[str]:
    """Compile whole-word phrases into one alternation.

    Longer phrases come first so that "up to" wins over "up"; spaces inside a
    phrase match any run of whitespace. The pattern ignores case; with
    ``lower_case=True`` it is instead compiled from the lower-cased phrases,
    to be run over lower-cased text, which Python's ``re`` scans about three
    times faster than a case-insensitive alternation.
    """
    if lower_case:
        phrases = [p.lower() for p in phrases]
    ordered = sorted(set(phrases), key=len, reverse=True)
    alternatives = [r"\s+".join(re.escape(word) for word in p.split()) for p in ordered]
    if lower_case:
        return re.compile(r"(?<![\w-])" + by_first_character(alternatives) + r"(?![\w-])")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def by_first_character(alternatives: list[str]) -> str:
    """Join case-sensitive regex alternatives into one group, merged by first character.

    ``re`` tries every alternative of a group in turn wherever the group may
    start; merged by first character (``m(?:ight|ay)|c(?:ould)``) only one
    group of them gets past its first character. What matches is unchanged:
    alternatives that open with different characters cannot match at the same
    place, and each merged group keeps its alternatives in their order.

    Parameters
    ----------
    alternatives : list of str
        Regexes in order of preference, each opening with a literal character
        (a letter or digit, or a character escaped as ``re.escape`` does).

    Returns
    -------
    str
        A non-capturing group; the plain alternation when some alternative
        opens otherwise.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        if not (first.isalnum() or (len(first) == 2 and not first[1].isalnum())):
            return "(?:" + "|".join(alternatives) + ")"
        groups.setdefault(first, []).append(alternative[len(first):])
    merged = [first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
              for first, rests in groups.items()]
    return "(?:" + "|".join(merged) + ")"


@cache
def english_months() -> dict[str, int]:
    """Return English month names and abbreviations, lower case, with their numbers (1-12).

    From ``data/months.toml`` (``[english]``): each full name and its first three
    letters ("december", "dec"), and the other abbreviations it lists ("sept").
    """
    table = toml_table("months.toml")["english"]
    months: dict[str, int] = {}
    for number, name in enumerate(table["months"], start=1):
        months[name] = months[name[:3]] = number
    return months | table["abbreviations"]


def english_month_pattern(*, capitalised: bool = False) -> str:
    """Return a regex group matching one English month name or abbreviation.

    Parameters
    ----------
    capitalised : bool, default False
        Match only with a capital first letter ("May", "Sept"), as datelines print
        months; by default lower case, for patterns compiled with ``re.IGNORECASE``.

    Returns
    -------
    str
        A non-capturing group, longest names first so "September" is read whole,
        not as "Sep".
    """
    names = sorted(english_months(), key=len, reverse=True)
    return by_first_character([name.capitalize() if capitalised else name for name in names])


@cache
def month_names() -> frozenset[str]:
    """Return the month names of ``data/months.toml`` (languages other than English), lower case."""
    return frozenset(month for months in toml_table("months.toml")["months"].values()
                     for month in months)
