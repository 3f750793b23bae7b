"""How the article's language writes numbers.

Decimal comma or point, thousands groups ("1,500", "45.300", "1.234,5").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import (
    detect_language,
)
from .vocabulary import VULGAR_FRACTIONS

#: Languages whose copy writes a decimal comma and groups thousands with dots
#: ("1.234,5"). Where the article is in one of them, "45.300" is 45300 and
#: "1,500" is 1.5; elsewhere the English reading holds (45.3 and 1500).
#: Forms only one convention can write are read the same in every article:
#: "480,7" (one or two digits after a lone comma), "84.669.326" (several dot
#: groups), "1.234,5" (dot groups before a comma).
DECIMAL_COMMA_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl",
                                     "tr"})
_GROUPED = {",": re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"),
            "\u00a0": re.compile(r"[0-9]{1,3}(?:\u00a0[0-9]{3})+(?:[.,][0-9]+)?"),
            "\u202f": re.compile(r"[0-9]{1,3}(?:\u202f[0-9]{3})+(?:[.,][0-9]+)?"),
            "\u2009": re.compile(r"[0-9]{1,3}(?:\u2009[0-9]{3})+(?:[.,][0-9]+)?")}
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: South Asian style (the Indian numbering system): the last three digits, then groups of
#: two ("1,20,717", "12,45,67,890" for 12 crore 45 lakh …), a form no other convention
#: writes.
_LAKH_GROUPED = re.compile(r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?")
# Continental style: thousands grouped with dots ("84.669.326", "45.300") and
# a decimal comma, after plain digits or dot groups ("480,7", "1.234,5").
_DOT_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_COMMA_DECIMAL = re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+),(?P<frac>[0-9]+)")


@lru_cache(maxsize=8)
def _language_of(text: str) -> str | None:
    """Detect the language of ``text`` once per text (find_figures runs once per block)."""
    return detect_language(text)


class _Language:
    """The language of a text, detected only when a number needs it ("45.300", "1,500")."""

    __slots__ = ("_decimal_comma", "language", "text")

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.language = language
        self._decimal_comma: bool | None = None

    @property
    def code(self) -> str:
        """The language's two-letter code, detected on first use ("" when none is told)."""
        return (self.language or _language_of(self.text) or "")[:2].lower()

    @property
    def decimal_comma(self) -> bool:
        """Whether the text writes a decimal comma (DECIMAL_COMMA_LANGUAGES)."""
        if self._decimal_comma is None:
            language = self.language or _language_of(self.text) or ""
            # page metadata may give a region too ("de-DE", "pt_BR")
            self._decimal_comma = language[:2].lower() in DECIMAL_COMMA_LANGUAGES
        return self._decimal_comma


def _parse_number(raw: str, language: _Language | None = None) -> float | None:
    """Value of a digit token, or None when its separators make no number.

    ``language`` settles the forms both conventions write: "45.300" and
    "1,500" are 45300 and 1.5 in DECIMAL_COMMA_LANGUAGES, 45.3 and 1500
    otherwise and without it; the other forms read the same in any language,
    and only these two make it detect the language.
    """
    if raw.isdigit():
        return float(raw)
    if raw in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[raw]
    if raw.isascii():  # of the separators only the comma is ASCII
        if "," not in raw:
            if _DECIMAL.fullmatch(raw) is not None:
                if _DOT_GROUPED.fullmatch(raw) is not None and language is not None \
                        and language.decimal_comma:
                    return float(raw.replace(".", ""))  # "45.300"
                return float(raw)
            return float(raw.replace(".", "")) if _DOT_GROUPED.fullmatch(raw) else None
        if _GROUPED[","].fullmatch(raw) is not None and not (
                raw.count(",") == 1 and "." not in raw and language is not None
                and language.decimal_comma):  # "1,500"
            return float(raw.replace(",", ""))
        if _LAKH_GROUPED.fullmatch(raw) is not None:
            return float(raw.replace(",", ""))  # "1,20,717"
        continental = _COMMA_DECIMAL.fullmatch(raw)
        if continental is None or not (len(continental.group("frac")) <= 2 or "." in raw
                                       or language is not None and language.decimal_comma):
            return None
        return float(continental.group("int").replace(".", "") + "." + continental.group("frac"))
    for separator, pattern in _GROUPED.items():
        if separator in raw:
            if pattern.fullmatch(raw) is None:
                return None
            return float(raw.replace(separator, "").replace(",", "."))
    if _DECIMAL.fullmatch(raw) is None:
        return None
    return float(raw)
