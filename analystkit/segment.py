"""Split text into sentences, with character offsets.

A rule-based splitter in the tradition of Punkt (Kiss & Strunk 2006) and
pragmatic_segmenter (Dias 2015), built for news copy: it keeps citation
markers (``[1]``, ``[1, 2]``, ``[^3]``, superscript digits) with the sentence
they follow, does not split after titles, initials, months or other
abbreviations from ``data/abbreviations.txt``, and treats quoted speech
followed by its speaker ("…," she said) as one sentence.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicons import word_list

# A candidate boundary: terminal punctuation, any closing quotes or brackets,
# any citation markers printed after the punctuation, then whitespace. Every
# repeat is bounded, so the pattern cannot backtrack catastrophically.
_CANDIDATE = re.compile(
    r"(?P<term>[.!?…]{1,10}|\.(?: \.){1,4})"
    r"(?P<close>[\"'”’»)\]]{0,4})"
    r"(?P<marks>(?:\[[^\[\]\n]{1,24}\]|[¹²³⁰⁴-⁹]){0,20})"
    r"(?P<space>\s+)"
)
# Words before a period that never end a sentence (titles before names).
_NEVER_FINAL = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "maj",
    "capt", "cmdr", "adm", "sgt", "rev", "hon", "pres", "supt", "st", "no", "nos", "vs", "v",
    "e.g", "i.e", "cf", "fig", "figs", "vol", "pp", "p", "approx", "mt", "ft",
})
# Words that commonly open a sentence: after an abbreviation such as "Co." or
# "U.S.", a capitalised one of these still starts a new sentence.
_SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "but", "and", "so", "yet", "in", "on", "at", "for", "as", "if", "when",
    "while", "after", "before", "his", "her", "their", "its", "our", "my", "what", "who", "how",
    "why", "one", "some", "many", "most", "all", "no", "not", "however", "meanwhile", "still",
})
_WORD_BEFORE = re.compile(r"([\w.]{1,20})$")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]{0,3}(\w+)")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(word_list("abbreviations.txt"))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text[start:end]``.

    Parameters
    ----------
    text : str
        The text to split.
    start, end : int, optional
        Limit splitting to this slice; offsets in the result stay relative to
        ``text``.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` for each sentence, leading and trailing whitespace
        excluded, in reading order. Empty or whitespace-only input gives ``[]``.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        boundary = match.start("space")
        if _is_boundary(text, match, end):
            _append_trimmed(text, sentence_start, boundary, spans)
            sentence_start = match.end()
    _append_trimmed(text, sentence_start, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    after = match.end()
    if after >= limit:
        return True
    nxt = text[after]
    term = match.group("term")
    if "\n" in match.group("space") and match.group("space").count("\n") >= 2:
        return True
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([¿¡•-–—*"):
        return False
    if nxt in "\"'“‘([" and not _opens_sentence(text, after, limit):
        return False
    if term != ".":
        return True
    if match.group("close") or match.group("marks"):
        return True
    word_match = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if word_match is None:
        return True
    word = word_match.group(1).lower().lstrip(".")
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha():
        # An initial ("George W. Bush") unless the letter stands alone as a word.
        return _next_word(text, after, limit).lower() in _SENTENCE_OPENERS
    if word in _abbreviations() or re.fullmatch(r"(?:[a-z]\.){1,4}[a-z]", word):
        return _next_word(text, after, limit).lower() in _SENTENCE_OPENERS
    return True


def _opens_sentence(text: str, position: int, limit: int) -> bool:
    word = _next_word(text, position, limit)
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _next_word(text: str, position: int, limit: int) -> str:
    match = _NEXT_WORD.match(text, position, min(limit, position + 60))
    return match.group(1) if match else ""
