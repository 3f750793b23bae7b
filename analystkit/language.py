"""Language: which language an article is written in, from its function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicons import toml_table

#: Words sampled from the start of the text; enough to be sure, cheap to count.
SAMPLE_WORDS = 600
#: At least this share of sampled words must be function words of the winner.
MIN_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in toml_table("stopwords.toml").items()}


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
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < 5:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in stops) for lang, stops in _stopwords().items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= MIN_SHARE * len(words) else None
