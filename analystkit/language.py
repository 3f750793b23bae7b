"""Language: which language an article is written in, from its function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicons import toml_table

#: Words sampled from the start of the text; enough to be sure, cheap to count.
SAMPLE_WORDS = 250
#: At least this share of sampled words must be function words of the winner.
MIN_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in toml_table("stopwords.toml").items()}


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Map each function word to its languages (a word can be in several)."""
    found: dict[str, list[str]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            found.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in found.items()}


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None if unsure.

    Parameters
    ----------
    text : str
        Article text.

    Returns
    -------
    str or None
        ``"en"``, ``"es"``, ``"fr"``, ``"de"``, ``"pt"``, ``"it"`` or ``"nl"``;
        None for too little text or a language not in ``data/stopwords.toml``.

    Examples
    --------
    >>> detect_language("The workers said that the plant was closed for the winter.")
    'en'
    """
    words = _WORD.findall(text[: SAMPLE_WORDS * 12].lower())[:SAMPLE_WORDS]
    if len(words) < 5:
        return None
    scores = dict.fromkeys(_stopwords(), 0)
    languages_of = _languages_of_word()
    for word, count in Counter(words).items():
        for lang in languages_of.get(word, ()):
            scores[lang] += count
    best = max(scores, key=scores.get)
    return best if scores[best] >= MIN_SHARE * len(words) else None
