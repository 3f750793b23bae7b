"""The figure scan: every number in one block of an article, read in order."""

from __future__ import annotations

import re

from ..lexicons import WordGate, phrase_pattern, word_list
from .cjk import _UNSPACED_SCRIPT, _read_cjk_figures, _spaced
from .codes import _url_spans
from .combine import (
    _bracketed_comparisons,
    _contrasted_subjects,
    _counts_before_a_measure,
    _merge_durations,
    _merge_ranges,
    _merge_scaled_parts,
    _percentage_points,
    _rates_per_base,
    _read_ratios,
    _share_subjects,
    _splits,
    _victim_counts,
    _vote_tallies,
    _without_offers,
    _without_overlaps,
)
from .conventions import _Language, _language_of
from .digits import _digit_figures
from .foreign_shares import add_foreign_share_figures
from .foreign_verbs import LEVEL_KINDS, may_have_level_verb, read_level_subjects
from .model import FoundFigure, _Figure, _Mask, _public
from .multipliers import _add_multiplier_figures, _may_multiply
from .number_words import (
    COUNT_WORD_LANGUAGES,
    WORD_NUMBER_LANGUAGES,
    _add_foreign_count_figures,
    _add_foreign_word_figures,
    _add_word_figures,
    _has_foreign_amount_word,
    _survey,
)
from .statistics import _statistics
from .subjects import (
    _WHOLE_AFTER_SHARE,
    PARTITIVE_SHARE_LANGUAGES,
    _partitive_subjects,
    _subjects_in_language,
)

#: A latitude and a longitude in decimal degrees, as OSINT write-ups and maps give
#: them ("48.9271, 38.2453", "-33.8688, 151.2093"): four or more decimals each (a
#: list of amounts rarely has so many), the latitude within ±90 and the longitude
#: within ±180, no currency sign before and no list going on after.
_COORDINATES = re.compile(r"(?<![\w.,$€£¥-])-?(?:[0-8]?[0-9]|90)\.[0-9]{4,8},[ \t]?"
                          r"-?(?:1[0-7][0-9]|[0-9]{1,2}|180)\.[0-9]{4,8}"
                          r"(?![\w.,]*[0-9]|[ \t]*(?:%|percent|per cent|and[ \t]+[0-9]))"
                          # with degree signs and hemispheres: "48.5862° N, 38.0006° E"
                          r"|(?<![\w.,-])(?:[0-8]?[0-9]|90)(?:\.[0-9]{1,8})?°[ \t]?[NS],?[ \t]+"
                          r"(?:1[0-7][0-9]|[0-9]{1,2}|180)(?:\.[0-9]{1,8})?°[ \t]?[EW]\b")


#: Names of parties and terms of polls that hold a number (data/names_with_numbers.txt),
#: left out of the scan, and a cheap test that a block may hold one (each name as
#: written, capitalised and in lower case).
_NAMES = word_list("names_with_numbers.txt")
NAMES_WITH_NUMBERS = phrase_pattern(_NAMES)
NAMES_WITH_NUMBERS_GATE = WordGate(sorted({form for name in _NAMES
                                           for form in (name, name.lower(),
                                                        name[:1].upper() + name[1:])}))


#: What every pair of _COORDINATES holds, looked for first: a point and four digits (a
#: scan for a literal, where the full pattern looks behind at every position).
_COORDINATE_DECIMALS = re.compile(r"\.[0-9]{4}")


#: Arabic-Indic and Eastern Arabic (Persian, Urdu) digits and the Arabic decimal and
#: thousands separators, as the ASCII characters they stand for.
EASTERN_ARABIC_DIGITS = str.maketrans({**{chr(0x0660 + d): str(d) for d in range(10)},
                                       **{chr(0x06F0 + d): str(d) for d in range(10)},
                                       "\u066b": ".", "\u066c": ","})
_EASTERN_ARABIC_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
#: English number words that are words of another language, by language: Dutch "ten"
#: is "at" ("ten opzichte van", "ten minste"; ten is "tien").
NUMBER_WORDS_OF_OTHER_LANGUAGES = {"ten": frozenset({"nl"})}


def _word_of_language(text: str, figure: _Figure, language: str | None) -> bool:
    """Whether a figure is an English number word that ``language`` uses as another word."""
    languages = NUMBER_WORDS_OF_OTHER_LANGUAGES.get(text[figure.start:figure.end].lower())
    return languages is not None and (language or "")[:2].lower() in languages


def find_figures(text: str, start: int = 0, end: int | None = None,
                 masked: list[tuple[int, int]] | None = None,
                 language: str | None = None) -> list[FoundFigure]:
    """Find the figures in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int, optional
        The slice to scan (one block); offsets in the result are offsets into
        ``text`` and every figure lies inside the slice.
    masked : list of (int, int), optional
        Spans to ignore, such as citation markers.
    language : str, optional
        ISO 639-1 code of the article's language, which settles "45.300" and
        "1,500" (DECIMAL_COMMA_LANGUAGES); by default detected from ``text``
        (the whole article, so every block of it reads alike).

    Returns
    -------
    list of FoundFigure
        In reading order, non-overlapping; ``text[f.start:f.end] == f.text``.

    Examples
    --------
    >>> [(f.text, f.value, f.kind) for f in find_figures("Up to 25,000 workers left.")]
    [('Up to 25,000', 25000.0, 'count')]
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    block = text[start:end]
    if not block.isascii() and _EASTERN_ARABIC_DIGIT.search(block) is not None:
        # Arabic-Indic and Persian digits ("٥٠٠ مليون دولار", "٣٫٢"): read as the same
        # digits in ASCII (same offsets), each figure keeping the text as written
        found = find_figures(text.translate(EASTERN_ARABIC_DIGITS), start, end, masked, language)
        for figure in found:
            figure.text = text[figure.start:figure.end]
        return found
    if not block.isascii() and _UNSPACED_SCRIPT.search(block) is not None:
        # Chinese, Japanese and Korean: read the digits with the script blanked out
        # (same offsets), then the characters glued to each number.
        language = language or _language_of(text)
        return _read_cjk_figures(text, find_figures(_spaced(text), start, end, masked, language),
                                 end)
    if "İ" in block:
        block = block.replace("İ", "I")  # the one character whose lower case is longer
    letters, may_hold_digits, word_candidates = _survey(block)
    foreign_words = ((language is None or language[:2].lower() in WORD_NUMBER_LANGUAGES)
                     and _has_foreign_amount_word(block))  # not looked for in English
    multiplying = _may_multiply(block.lower())  # "nearly tripled"
    # counts in words of the article's language ("neun Menschen", "quatre personnes")
    counting = language is not None and language[:2].lower() in COUNT_WORD_LANGUAGES
    if not may_hold_digits and not word_candidates and not foreign_words and not multiplying \
            and not counting:
        return []  # most blocks of prose
    spans = masked or []
    if "@" in block or "://" in block or "www." in block:
        spans = [*spans, *_url_spans(text, start, end)]
    if NAMES_WITH_NUMBERS_GATE.may_match(block):  # "Movimento 5 Stelle", "Polska 2050"
        spans = [*spans, *(m.span() for m in NAMES_WITH_NUMBERS.finditer(text, start, end))]
    if may_hold_digits and ("," in block and _COORDINATE_DECIMALS.search(block) is not None
                            or "°" in block):
        # "at 48.9271, 38.2453": a place on the map, no two quantities
        spans = [*spans, *(m.span() for m in _COORDINATES.finditer(text, start, end))]
    mask = _Mask(spans) if spans else None
    figures: list[_Figure] = []
    if may_hold_digits:
        figures = _digit_figures(text, start, end, letters if block.isascii() else None, mask,
                                 _Language(text, language))
    if foreign_words:  # "rund zehn Prozent", "deux cents millions" (before "millions" alone)
        language = language or _language_of(text)
        figures = _add_foreign_word_figures(text, start, end, language, figures, mask)
    if counting:  # "due terzi delle famiglie", "uno su tre giovani", then counts
        figures = add_foreign_share_figures(text, start, end, language, figures, mask)
        figures = _add_foreign_count_figures(text, start, end, language, figures, mask)
    if word_candidates:
        figures = _add_word_figures(text, start, end, block, word_candidates, figures, mask)
        if " ten " in block or "Ten " in block:
            language = language or _language_of(text)
            figures = [f for f in figures if not _word_of_language(text, f, language)]
    if multiplying:
        figures = _add_multiplier_figures(text, start, end, figures, mask)
    figures = _rates_per_base(text, _read_ratios(text, _without_offers(text, figures), start),
                              start)
    if "mil" in block:  # "24 milioni 198 mila", "1 milhão e 200 mil"
        figures = _merge_scaled_parts(text, figures)
    figures = _without_overlaps(_merge_durations(text, _merge_ranges(text, figures, start)))
    _share_subjects(text, figures)
    _victim_counts(text, figures, start)  # "killed at least 42 in Sylhet" → people
    if " not " in block or " than " in block or "compared" in block or " vs" in block:
        _contrasted_subjects(text, figures)  # "4,012, not 40,000"
    if "mm" in block or "cm" in block:
        _counts_before_a_measure(text, figures, end)  # "2 million 155mm shells"
    if "vot" in block or "pass" in block or "adopt" in block or "ballot" in block \
            or "ruled" in block or "majority" in block or "split" in block or "Vot" in block \
            or "approv" in block or "carried" in block or "reject" in block \
            or "defeat" in block or "endorse" in block or "decision" in block:
        _vote_tallies(text, figures)
    if " to " in block or "-" in block:
        figures = _splits(text, figures, start)
    _bracketed_comparisons(text, figures)
    if "point" in block or "punt" in block or "pont" in block or "Punkt" in block:
        _percentage_points(text, figures, start, end)  # "points", "punti", "Punkte"
    figures = _statistics(text, figures, start)  # "hazard ratio 0.62", "95% CI, 0.51-0.75"
    found = [_public(text, f) for f in figures]
    if any(f.subject for f in found):
        language = language or _language_of(text)
        _subjects_in_language(found, language)
    shares = [f for f in found if f.subject is None and f.kind == "percent"
              and _WHOLE_AFTER_SHARE.match(text, f.end) is not None]
    if shares:
        language = language or _language_of(text)
        if (language or "")[:2].lower() in PARTITIVE_SHARE_LANGUAGES:  # "40% de los hogares"
            _partitive_subjects(text, shares, language[:2].lower())
    if any(f.subject is None and f.kind in LEVEL_KINDS for f in found) \
            and (language is not None or may_have_level_verb(text, found, start)):
        # "Der Umsatz sank um 4,2 Prozent", "Le taux de chômage est passé à 7,4 %"
        read_level_subjects(text, found, language or _language_of(text), start)
    return found
