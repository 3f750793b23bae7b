"""Split text into sentences, with character offsets.

A rule-based splitter in the tradition of Punkt (Kiss & Strunk 2006) and
pragmatic_segmenter's Golden Rules (Dias 2015), built for news copy. A
sentence ends at terminal punctuation (``.``, ``!``, ``?``, an ellipsis) with
its closing quotes, brackets and citation markers (``[1]``, ``[1, 2]``,
``[^3]``, superscript digits), when what follows can open a sentence. It does
not end after titles, initials, months or other abbreviations from
``data/abbreviations.txt``, inside an elision (``[...]``, `` . . . ``), after an
enumeration marker (``1.``, ``a.``), or before the speaker of a quotation
('"…?" Smith asked.'). Four cues work without punctuation: a hard line break
before a capitalised line (a headline or caption above its paragraph), a
capitalised preposition and determiner run on after a caption ("… of DAB In
the Kowloon …"), a bullet character inside a block, and the next item of an
inline enumeration ("1) … 2) …"). A missing space after the full stop ("world.Today") still ends
a sentence when a capitalised word follows and the token is not an address.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicons import month_names, word_list

# A candidate boundary: terminal punctuation, any closing quotes or brackets,
# any citation markers printed after the punctuation, then whitespace (or none,
# checked by _glued_boundary). The spaced ellipsis comes first so ". . . ." is
# read as one mark. Every repeat is bounded, so the pattern cannot backtrack
# catastrophically.
_CANDIDATE = re.compile(
    r"(?P<term>[.!?…。！？](?:(?<=\.)(?: \.){2,3}|[.!?…。！？]{0,9}))"
    # Markdown emphasis closes too ("stars.** The"), and German quotations close with “
    # and « („Das ist eine Zumutung.“ Die Züge …)
    r"(?P<close>[\"'”’»“«)\]」』）*_]{0,4})"
    r"(?P<marks>(?:\[[^\[\]\n]{1,24}\]|[¹²³⁰⁴-⁹]){0,20})"
    r"(?P<space>\s{0,200})"
)
#: Full stops of Chinese and Japanese text: they always end a sentence, and no
#: space follows them.
FULL_WIDTH_TERMINALS = "。！？"
#: Characters that may open a sentence besides capitals and digits.
_OPENING = "\"'“‘«„([¿¡•⁃-–—*"
_QUOTES = "\"'”’»“«"
#: Words that commonly open a sentence. After an abbreviation ("Co.", "U.S.")
#: or an initial, a capitalised one of these still starts a new sentence, while
#: any other capitalised word is read as the rest of a name ("U.S. Government").
SENTENCE_OPENERS = frozenset("""
the a an it he she they we i you this that these those there here but and so yet or nor
in on at for as if when while after before since until during because although though
his her their its our my your what who whom whose which where why how
one some many most all both each every no not none neither either
however meanwhile still also then now today yesterday tomorrow later earlier instead
did do does is are was were will would can could should shall may might must has have had
let please according despite under with from by to of among about
""".split())
#: Verbs of speech that, after a quoted question or exclamation and a short
#: capitalised name, continue the same sentence ('"Why?" Smith asked.', '"Done?"
#: Wallace asked Trump.'); up to two more words may follow before the stop.
_SPEECH_TAG = re.compile(
    r"(?:[A-Z][\w'’.-]{0,20}[ \t]+){1,3}(?:said|says|asked|asks|added|adds|told|wrote|replied|"
    r"shouted|recalled|explained|insisted|continued)\b(?:[ \t]+[\w'’-]{1,20}){0,2}[ \t]*[.,;!?]")
#: Longest word looked at before a full stop ("U.S.A", "Tuesday.Mr").
MAX_WORD_BEFORE = 24
#: Longest enumeration marker that can stand as the whole text so far ("• 10.)").
MAX_MARKER_LENGTH = 12
_NEXT_WORD = re.compile(r"[\"'“‘«„(\[]{0,3}(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[,;]?[ \t]+\w$")
_INITIALISM = re.compile(r"(?:[a-z]\.){1,5}[a-z]")
#: An enumeration marker standing alone as the text so far ("1", "b", "• 9",
#: "iv"): the period after it does not end a sentence.
_MARKER_ONLY = re.compile(r"\s*[•⁃▪◦‣*–-]?\s*(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)]{0,2}\s*")
#: An inline enumeration marker: "1.", "1)", "1.)", "a." preceded by a space.
_ENUM = re.compile(r"(?<!\S)[•⁃▪◦‣]?[ \t]*(?P<n>\d{1,2}|[a-z])(?P<style>\.\)|\)|\.)(?=\s)")
#: A capitalised preposition and a determiner after a word with no
#: punctuation: a caption or heading run into its paragraph ("… geographical
#: constituency In the New Territories …"). Mid-sentence, these words are
#: capitalised only in titles, where the determiner is capitalised too.
_UNPUNCTUATED_OPENING = re.compile(
    r"(?:In|On|At|For|After|During|Since|Under|According)[ \t]+"
    r"(?:the|a|an|this|that|these|those|his|her|its|their|our|each|every|all|some|most|to)[ \t]")
_BULLETS = "•⁃▪◦‣"
_NEWLINE = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
#: Lines shorter than this are never treated as soft-wrapped prose.
MIN_WRAP_WIDTH = 40
#: Wrapped prose rarely fills its lines to the last column (authors wrap a
#: little short of the width, and page headers can be wider than the text), so
#: a word that would have fitted within 1/WRAP_SLACK of the widest line still
#: counts as wrapped.
WRAP_SLACK = 8


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Return (all abbreviations, those that precede a name and never end a sentence)."""
    every, prefix = set(), set()
    for line in word_list("abbreviations.txt"):
        parts = line.lower().split()
        every.add(parts[0])
        if "prefix" in parts[1:]:
            prefix.add(parts[0])
    return frozenset(every), frozenset(prefix)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text[start:end]``.

    Parameters
    ----------
    text : str
        The text to split (usually a whole article).
    start, end : int, optional
        Limit splitting to this slice (one block: a paragraph or bullet);
        offsets in the result stay relative to ``text``.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` for each sentence, leading and trailing whitespace
        excluded, in reading order and never overlapping. Empty or
        whitespace-only input gives ``[]``.

    Examples
    --------
    >>> text = 'Mr. Smith arrived at 5 p.m. on Friday.[1] "It was late," he said.'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith arrived at 5 p.m. on Friday.[1]', '"It was late," he said.']
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    if start >= end:
        return spans
    forced = _forced_cuts(text, start, end)
    next_forced = 0
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        while next_forced < len(forced) and forced[next_forced] <= match.start():
            sentence_start = _cut(text, sentence_start, forced[next_forced], spans)
            next_forced += 1
        cut = _boundary(text, match, end, sentence_start)
        if cut is not None:
            sentence_start = _cut(text, sentence_start, cut, spans)
    for position in forced[next_forced:]:
        sentence_start = _cut(text, sentence_start, position, spans)
    _append_trimmed(text, sentence_start, end, spans)
    return spans


def _cut(text: str, sentence_start: int, cut: int, spans: list[tuple[int, int]]) -> int:
    if cut <= sentence_start:
        return sentence_start
    _append_trimmed(text, sentence_start, cut, spans)
    return cut


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# --- boundaries without punctuation ----------------------------------------------

def _forced_cuts(text: str, start: int, end: int) -> list[int]:
    """Cuts that need no terminal punctuation: hard line breaks, bullets, enumerations."""
    cuts: list[int] = []
    if text.find("\n", start, end) != -1:
        cuts.extend(_line_break_cuts(text, start, end))
    first = start
    while first < end and text[first].isspace():
        first += 1
    for bullet in _BULLETS:
        position = text.find(bullet, first + 1, end)
        while position != -1:
            if text[position - 1].isspace():
                cuts.append(position)
            position = text.find(bullet, position + 1, end)
    for opening in _UNPUNCTUATED_OPENING.finditer(text, first + 1, end):
        # Only after a word and a space: the caption has no closing punctuation.
        gap = opening.start()
        if text[gap - 1] in " \t":
            while gap > first and text[gap - 1] in " \t":
                gap -= 1
            if gap > first and (text[gap - 1].isalnum() or text[gap - 1] in ")’'\""):
                cuts.append(opening.start())
    lead = _ENUM.match(text, first, end)
    if lead is not None:
        cuts.extend(_enumeration_cuts(text, lead, end))
    return sorted(set(cuts))


def _line_break_cuts(text: str, start: int, end: int) -> list[int]:
    """Cut at hard line breaks before a line that opens a sentence.

    A line break is soft (wrapped prose) when the first word of the next line
    would not have fitted on the line before within the block's widest line
    (less a slack), the test a greedy line filler applies; blocks narrower than
    MIN_WRAP_WIDTH are lists or headings, never wrapped prose.
    """
    breaks = list(_NEWLINE.finditer(text, start, end))
    if not breaks:
        return []
    line_starts = [start] + [m.end() for m in breaks]
    line_ends = [m.start() for m in breaks] + [end]
    width = max(e - s for s, e in zip(line_starts, line_ends, strict=True))
    cuts = []
    for i, newline in enumerate(breaks):
        nxt = text[newline.end()]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING):
            continue
        previous = text[line_ends[i] - 1] if line_ends[i] > line_starts[i] else ""
        if previous in ",;:([{&+/=-–—":
            continue
        if width >= MIN_WRAP_WIDTH:
            word_end = newline.end()
            while word_end < end and not text[word_end].isspace():
                word_end += 1
            line_length = line_ends[i] - line_starts[i]
            if line_length + 1 + (word_end - newline.end()) > width - width // WRAP_SLACK:
                continue
        cuts.append(newline.end())
    return cuts


def _next_marker(n: str) -> str:
    return str(int(n) + 1) if n.isdigit() else chr(ord(n) + 1)


def _enumeration_cuts(text: str, lead: re.Match[str], end: int) -> list[int]:
    """Cut before each next item of an enumeration the block opens with ("1) … 2) …")."""
    style, expected = lead.group("style"), _next_marker(lead.group("n"))
    cuts = []
    for item in _ENUM.finditer(text, lead.end(), end):
        if item.group("style") == style and item.group("n") == expected:
            cuts.append(item.start())
            expected = _next_marker(expected)
    return cuts


# --- boundaries at punctuation ---------------------------------------------------

def _boundary(text: str, match: re.Match[str], limit: int, sentence_start: int) -> int | None:
    """Return where the sentence ends if this candidate is a boundary, else None."""
    after = match.end()
    if after >= limit:
        return None
    term, close, marks, space = match.group("term", "close", "marks", "space")
    begin = match.start()
    cut = after - len(space)
    if begin - sentence_start <= MAX_MARKER_LENGTH and _MARKER_ONLY.fullmatch(
            text, sentence_start, begin):
        return None
    if term[0] in FULL_WIDTH_TERMINALS:
        return cut
    if not space:
        return cut if _glued_boundary(text, match, limit) else None
    if "\n" in space and space.count("\n") >= 2:
        return cut
    nxt = text[after]
    dots = 1 if term == "." else term.count(".") + 3 * term.count("…")
    if dots >= 3 and "!" not in term and "?" not in term:
        before = text[match.start() - 1] if match.start() > 0 else " "
        if before in "[(":
            return None  # an elision mark: "[...]"
        if dots == 3 and before.isspace():
            return None  # a free-standing ellipsis marks an omission inside the sentence
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING
            or nxt.isalpha() and not nxt.islower()):  # a script with no case: Arabic, Hebrew
        return None
    if nxt == "[" and term == "." and not close:
        notes = _SPACED_NOTES.match(text, after, limit)
        if notes is not None:
            # "… near Toretsk. [1] Ukrainian forces …": the note is the sentence's before it
            return notes.end("notes")
    if nxt in "\"'“‘«„([" and not _opens_sentence(text, after, limit):
        return None
    if close and any(q in close for q in _QUOTES) and _SPEECH_TAG.match(
            text, after, min(limit, after + 90)):
        return None
    if term.startswith(". .") and dots == 4 and _is_word_char(text, match.start() - 1):
        return match.start() + 1  # "compounds. . . . The": full stop, then an ellipsis
    if term != ".":
        return cut
    if close == ")" and nxt.isdigit() and not marks and _abbreviation_before(text, match.start()):
        return None  # "Executive Order (E.O.) 13660": an abbreviation in brackets, a number
    if close or marks:
        return cut
    return cut if _period_ends_sentence(text, match, after, limit) else None


#: Note markers set off by a space after a full stop, then the next sentence's capital.
_SPACED_NOTES = re.compile(r"(?P<notes>\[\d{1,3}\](?:,?[ \t]?\[\d{1,3}\])*)[ \t]+(?=[A-Z\"“])")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word ending at the full stop ``stop`` is an initialism or abbreviation."""
    begin = stop
    while begin > max(0, stop - MAX_WORD_BEFORE) and (text[begin - 1].isalnum()
                                                       or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:stop].lower()
    abbreviations, prefixes = _abbreviations()
    return bool(word) and (_INITIALISM.fullmatch(word) is not None or word in abbreviations
                           or word in prefixes)


def _is_word_char(text: str, position: int) -> bool:
    return position >= 0 and (text[position].isalnum())


def _period_ends_sentence(text: str, match: re.Match[str], after: int, limit: int) -> bool:
    """Decide a single full stop followed by space and a capital, digit or opening mark."""
    stop = match.start()
    begin = stop
    floor = max(0, stop - MAX_WORD_BEFORE)
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] in ".°_"):
        begin -= 1
    if begin == stop:
        return True
    word = text[begin:stop].lstrip(".")
    if not word:
        return True
    if word.isascii() and word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 \
            and _next_word(text, after, limit).lower() in month_names():
        return False  # a day as German and Nordic text print it: "am 31. Oktober 2023"
    if word.endswith("°"):
        return False  # "N°. 5"
    if "." in word and not _INITIALISM.fullmatch(word.lower()):
        word = word.rsplit(".", 1)[1]  # "Tuesday.Mr" after a glued boundary: judge "Mr"
    lower = word.lower()
    if word.islower() and lower in UNITS_AFTER_NUMBERS and begin >= 2 \
            and text[begin - 1] == " " and text[begin - 2].isdigit():
        # a unit after its number ("rose to 610 ms. Median latency …", "4.3 s. The"):
        # no title or abbreviation, the sentence ends before a capital
        return _next_word(text, after, limit)[:1].isupper()
    abbreviations, prefixes = _abbreviations()
    if lower in prefixes:
        return False
    if len(word) == 1 and word.isalpha():
        if word == "I" and _previous_word_is_lower(text, match.start()):
            return True  # the pronoun: "you and I. Did you…"
        return _next_word(text, after, limit).lower() in SENTENCE_OPENERS
    if lower in BEFORE_NUMBERS_ONLY:
        # "No. 10", "vol. II", not "No. Rice …" or French "230 vols. Ses appareils …"
        return not _NUMBER_WORD.fullmatch(_next_word(text, after, limit))
    if lower in abbreviations or _INITIALISM.fullmatch(lower):
        return _next_word(text, after, limit).lower() in SENTENCE_OPENERS
    return True


#: Units written in lower case after a number that are also abbreviations or titles
#: ("ms" of "Ms.", "s", "sec", "h"): after a number they are units, and a full stop after
#: one ends the sentence.
UNITS_AFTER_NUMBERS = frozenset({"ms", "s", "sec", "secs", "h", "hr", "hrs", "min", "mins",
                                 "km", "kg", "mg", "g", "cm", "mm", "ml", "l", "ft", "lb",
                                 "lbs", "oz", "mi", "gb", "mb", "kb", "tb"})
#: Abbreviations that only ever stand before a number ("No. 10", "Nos. 3 and 4"): before
#: a word, "No." is the answer that ends a sentence ("No. Rice has been grown here …").
#: So are a volume's ("vol. 3", "vols. 2 and 3"): "vols" is French for flights ("230 vols.").
BEFORE_NUMBERS_ONLY = frozenset({"no", "nos", "vol", "vols"})
#: A number after such an abbreviation: digits, or a volume's Roman numerals ("Vol. XII").
_NUMBER_WORD = re.compile(r"\d\w*|[IVXLC]{1,6}")


def _previous_word_is_lower(text: str, position: int) -> bool:
    """Whether the word before the one ending at ``position`` starts in lower case."""
    match = _PREVIOUS_WORD.search(text, max(0, position - 40), position)
    return match is not None and match.group(1)[0].islower()


def _glued_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    """Decide a full stop with no space after it ("world.Today", not "Jane.Doe@x.com")."""
    after = match.end()
    if after + 1 >= limit or match.group("close") or match.group("marks"):
        return False
    if not (text[after].isupper() and text[after + 1].islower()):
        return False
    before = match.start() - 1
    if before < 0 or not (text[before].islower() or text[before].isdigit()):
        return False
    token_start = before
    while token_start > 0 and not text[token_start - 1].isspace() and before - token_start < 60:
        token_start -= 1
    token_end = after
    while token_end < limit and not text[token_end].isspace() and token_end - after < 60:
        token_end += 1
    token = text[token_start:token_end]
    if "@" in token or "://" in token or "www." in token.lower():
        return False
    begin = match.start()
    while begin > max(0, match.start() - MAX_WORD_BEFORE) and (
            text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    lower = text[begin:match.start()].lower().lstrip(".")
    abbreviations, prefixes = _abbreviations()
    return not (lower in prefixes or lower in abbreviations or len(lower) == 1
                or _INITIALISM.fullmatch(lower))


def _opens_sentence(text: str, position: int, limit: int) -> bool:
    word = _next_word(text, position, limit)
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _next_word(text: str, position: int, limit: int) -> str:
    match = _NEXT_WORD.match(text, position, min(limit, position + 60))
    return match.group(1) if match else ""
