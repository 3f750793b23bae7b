"""Verbs of multiplying: "more than doubled", "nearly tripling", "will quadruple".

Each is a figure valued at its factor, kind `number`, as "rose 3x" or "2.5
times" is; a qualifier before it is read as before any number ("nearly", "more
than").
"""

from __future__ import annotations

import re

from .context import _read_qualifier
from .model import _Figure, _Mask
from .vocabulary import _UNIT_WORDS

#: Stems of the verbs of multiplying and their factors.
MULTIPLIER_STEMS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
# A past or -ing form ("doubled", "tripling"), or the plain form after a modal or
# "to" ("will double", "expected to nearly triple"), not an adjective ("a double
# room", "double-digit") nor "doubled as", "doubled down", "doubled over".
_MULTIPLIER = re.compile(
    r"(?<![\w-])(?P<word>(?:doubl|tripl|quadrupl)(?:ed|ing))(?![\w-])"
    r"|\b(?:will|would|could|should|might|may|can|must|to)[ ]"
    r"(?:(?:nearly|almost|more[ ]than|roughly|about)[ ])?"
    r"(?P<plain>(?:double|triple|quadruple))(?![\w-])", re.IGNORECASE)
_NOT_MULTIPLYING = re.compile(r"[ ](?:as|down|up|over|back)\b", re.IGNORECASE)
#: Factors written as a number word and "fold" ("rose tenfold", "a threefold increase",
#: "a two-fold risk"): the factor, as the verbs of multiplying give theirs.
FOLD_FACTORS = {word: float(value) for value, word in enumerate(_UNIT_WORDS) if value > 1} | {
    "twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0,
    "thousand": 1000.0}
_FOLD = re.compile(r"(?<![\w-])(?P<fold>(?:" + "|".join(FOLD_FACTORS) + r")-?fold)(?![\w-])",
                   re.IGNORECASE)


#: "-fold" after a number in digits ("rose 30-fold", "a 2.5-fold risk").
_FOLD_AFTER = re.compile(r"-fold(?![\w-])", re.IGNORECASE)


def _add_multiplier_figures(text: str, start: int, end: int, figures: list[_Figure],
                            mask: _Mask | None) -> list[_Figure]:
    """Add a figure for each verb of multiplying in ``text[start:end]``, in reading order."""
    if not _may_multiply(text[start:end].lower()):
        return figures
    for figure in figures:
        if figure.kind == "number" and _FOLD_AFTER.match(text, figure.end, end) is not None:
            figure.end += len("-fold")  # "rose 30-fold": the factor with its word
    taken = [(f.start, f.end) for f in figures]
    added: list[_Figure] = []
    matches = sorted([*_MULTIPLIER.finditer(text, start, end), *_FOLD.finditer(text, start, end)],
                     key=lambda match: match.start()) if "fold" in text[start:end].lower() \
        else _MULTIPLIER.finditer(text, start, end)
    for match in matches:
        group = next(name for name in ("word", "plain", "fold") if match.re.groupindex.get(name)
                     and match.group(name))
        s, e = match.start(group), match.end(group)
        if group == "fold" and any(s < f.end < e and f.kind == "number" for f in figures):
            # "almost two-fold": the number word read alone gives way to its factor
            figures = [f for f in figures if not s < f.end < e]
            taken = [(f.start, f.end) for f in figures]
        if _NOT_MULTIPLYING.match(text, e, end) is not None \
                or any(a < e and s < b for a, b in taken) \
                or mask is not None and mask.hits(s, e):
            continue
        # a ratio, as a share is: no count, and no range with the level after it
        # ("quadrupled to 4,000")
        figure = _Figure(s, e, _stem(match.group(group)), fraction=True)
        _read_qualifier(text, figure, start)
        added.append(figure)
    return sorted([*figures, *added], key=lambda f: f.start) if added else figures


def _may_multiply(lowered_block: str) -> bool:
    """Whether a lower-cased block may hold a verb of multiplying (a cheap test)."""
    return "fold" in lowered_block or any(stem in lowered_block for stem in MULTIPLIER_STEMS)


def _stem(word: str) -> float:
    """Return the factor of a verb of multiplying ("tripled" → 3)."""
    lower = word.lower()
    if lower.endswith("fold"):
        return FOLD_FACTORS[lower[:-4].rstrip("-")]
    return next(factor for stem, factor in MULTIPLIER_STEMS.items() if lower.startswith(stem))
