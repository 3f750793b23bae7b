"""Numbers written as words.

"two", "twenty-five thousand", "one-third", "two and a half", "a dozen", "dozens".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..lexicons import toml_table
from .context import OF_A_POINT, _finish, _read_qualifier, _word_before
from .model import _Figure, _Mask
from .subjects import _subject_after
from .vocabulary import (
    _SUBJECT_STOPS,
    _UNIT_WORDS,
    FOREIGN_PERCENT_PHRASES,
    FOREIGN_PERCENT_WORDS,
    FOREIGN_SCALES,
    SCALES,
    VULGAR_FRACTIONS,
    _suffix_currency,
)

#: Vague plural scale words read as "at least two of the unit": "dozens" is at
#: least 24, "hundreds" at least 200, with qualifier "at least".
#: Vague plurals that are also common nouns ("test scores", "tens"): a number only
#: before "of" ("scores of homes").
VAGUE_ONLY_BEFORE_OF = frozenset({"scores", "tens"})
VAGUE_PLURALS = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2_000.0,
                 "millions": 2e6, "billions": 2e9, "trillions": 2e12, "tens": 20.0}
#: Denominators written as words ("two thirds", "one-sixth", "a quarter").
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
             "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
             "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
             "thousandth": 1000, "thousandths": 1000}
#: Qualifiers that make a bare "one" a count ("at least one shell"); "about",
#: "over" and "around" before "one" are far more often prepositions ("talking
#: about one area").
BOUNDS_FOR_ONE = frozenset({"at least", "more than", "only", "exactly", "at most", "up to",
                            "fewer than", "less than"})
#: Kinds a bare "one" is read as, where the word after it makes it an amount: "one
#: year", "one percentage point" ("one point" alone is a moment: "at one point").
ONE_KINDS = frozenset({"duration", "percent"})
#: Units of mass a bare "one" is read with when the unit is written out, as drug seizures
#: and sentencing remarks give amounts ("one kilo of heroin", "one gram of cocaine",
#: "one ounce of cannabis"; "one point", "One m of them" stay none).
ONE_MASS_UNITS = frozenset({"kg", "g", "mg", "µg", "oz", "lb", "t"})
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = [*_UNIT_WORDS, *_TENS_WORDS, *SCALES, "dozen"]


def _word_alternation(words: list[str]) -> str:
    """Alternation of lower-case words that each start a word and end one.

    Words are grouped by first letter, and the check that no letter precedes
    comes right after that letter, so a scan over running text rejects
    positions inside words at once.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [f"{first}(?<![a-z0-9]{first})(?:{'|'.join(rest)})"
                for first, rest in sorted(by_first.items())]
    return "(?:" + "|".join(branches) + ")(?![a-z0-9])"


_NUM_WORD = _word_alternation(_NUMBER_WORDS)
_FRAC_WORD = _word_alternation(list(FRACTIONS))
_VAGUE_WORD = _word_alternation(list(VAGUE_PLURALS))
# Number words, matched in the lower-cased text (same length as the original).
_WORDS = re.compile(
    r"(?P<vague>" + _VAGUE_WORD + r"(?:[ ]of[ ]" + _VAGUE_WORD + r"){0,2})"
    r"|(?P<run>" + _NUM_WORD
    + r"(?:(?:[ -]|[ ](?:and|&)[ ]|(?:(?<=llion)|(?<=usand)|(?<=ndred)),[ ])"
    + _NUM_WORD + r"){0,8})"
    r"(?:(?P<andfrac>[ ]and[ ]an?[ ](?P<frac1>half|quarter|third))"
    r"(?:[ ](?P<fscale>hundred|thousand|million|billion|trillion)(?![a-z]))?)?"
    r"(?:[ -](?P<frac>" + _FRAC_WORD + r"))?"
    r"|(?P<fraconly>" + _FRAC_WORD + r")"
    r"(?:[ ](?P<hscale>(?:of[ ])?an?[ ](?:hundred|thousand|million|billion|trillion|dozen)"
    r"(?![a-z])))?"
    r"|(?P<apoint>percentage[ ]point)(?![a-z])"
)
#: The word of "a percentage point": with an article before it, it is one point ("cut
#: rates by a percentage point", "a full percentage point"), as "a dozen" is twelve.
POINT_WORD = "percentage"
_WORD_STARTS = frozenset(_NUMBER_WORDS) | frozenset(FRACTIONS) | frozenset(VAGUE_PLURALS) \
    | {POINT_WORD}
#: Punctuation that may touch a number word: a word between spaces or these
#: marks stands alone ("two-thirds", "(three)"); see _number_word_positions.
_WORD_MARKS = "-,.;:!?()[]\"“”‘’'/"
#: A byte table for _survey: ASCII letters in lower case, digits as "0", every
#: other byte a space; the number words as bytes; the first two bytes of each
#: vulgar fraction in UTF-8.
_LETTERS_AND_DIGITS = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else 48 if 48 <= byte <= 57
    else 32 for byte in range(256))
_ASCII_WORD_STARTS = {word.encode("ascii"): word for word in _WORD_STARTS}
_ASCII_WORD_SET = frozenset(_ASCII_WORD_STARTS)
_VULGAR_FRACTION_LEADS = tuple(sorted({fraction.encode()[:2] for fraction in VULGAR_FRACTIONS}))


def _survey(block: str) -> tuple[bytes, bool, list[str]]:
    """Read ``block`` (İ already replaced) once for a quick first test of what it may hold.

    Return its letters (its UTF-8 bytes with ASCII letters in lower case,
    digits as "0" and every other byte a space); whether a digit token
    (_TOKEN) may start in it; and the number words that may stand in it, at
    least every word that _number_word_positions finds. Only "K" (the Kelvin
    sign) lowers to an ASCII letter without being one, so with it every number
    word is a candidate.
    """
    data = block.encode("utf-8", "surrogatepass")
    letters = data.translate(_LETTERS_AND_DIGITS)
    may_hold_digits = b"0" in letters or not block.isascii() and any(
        lead in data for lead in _VULGAR_FRACTION_LEADS)
    if "\u212a" in block:
        return letters, may_hold_digits, list(_WORD_STARTS)
    runs = letters.split()
    if _ASCII_WORD_SET.isdisjoint(runs):
        return letters, may_hold_digits, []  # the common case, and a cheaper test
    words = [_ASCII_WORD_STARTS[run] for run in _ASCII_WORD_SET.intersection(runs)]
    return letters, may_hold_digits, words


def _number_word_positions(lowered: str, candidates: list[str]) -> list[int]:
    """Offsets where a number word stands as a whole word in ``lowered``, in order.

    A word counts where no letter or digit touches it, and only if it stands
    alone at least once in the block: between spaces or _WORD_MARKS, not only
    beside other signs ("#two", "two%").
    """
    positions = []
    length = len(lowered)
    for word in candidates:
        whole: list[int] = []
        alone = False
        position = lowered.find(word)
        while position != -1:
            after = position + len(word)
            before_char = lowered[position - 1] if position else " "
            after_char = lowered[after] if after < length else " "
            if not before_char.isalnum() and not after_char.isalnum():
                whole.append(position)
                alone = alone or (before_char.isspace() or before_char in _WORD_MARKS) and (
                    after_char.isspace() or after_char in _WORD_MARKS)
            position = lowered.find(word, after)
        if alone:
            positions += whole
    positions.sort()
    return positions


_LETTERS = re.compile(r"[a-z]+")
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<art>an?)[ -]$", re.IGNORECASE)
#: The article before "percentage point", with the adjectives that stress it is whole
#: ("a full percentage point", "an entire percentage point").
_ARTICLE_BEFORE_POINT = re.compile(r"(?<![a-z])an?[ ](?:(?:full|whole|entire)[ ])?$")
_text2num = None


def _number_reader() -> Callable[[str, str], Any] | None:
    """Return text_to_num's ``text2num``, imported on first use (None if missing)."""
    global _text2num
    if _text2num is None:
        try:
            from text_to_num import text2num
        except ImportError:  # pragma: no cover - a declared dependency
            return None
        _text2num = text2num
    return _text2num


@lru_cache(maxsize=4096)
def _words_value(words: tuple[str, ...]) -> float | None:
    """Value of a run of number words ("twenty", "one"), or None when it is no number."""
    words = tuple(w for w in words if w != "and")
    if not words:
        return None
    if words[-1] == "dozen":
        base = 1.0 if len(words) == 1 else _words_value(words[:-1])
        return None if base is None else base * 12
    if "dozen" in words:
        return None
    text2num = _number_reader()
    if text2num is None:
        return None
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def _add_word_figures(text: str, start: int, end: int, block: str, candidates: list[str],
                      figures: list[_Figure], mask: _Mask | None) -> list[_Figure]:
    """Add the figures written in words to the digit ``figures`` of ``block == text[start:end]``.

    ``block`` has İ replaced (so that it lowers to as many characters) and
    ``candidates`` are the number words that _survey found in it.
    """
    lowered = block.lower()
    positions = _number_word_positions(lowered, candidates)
    if not positions:
        return figures
    found: list[_Figure] = []
    taken = _Mask([(f.start, f.end) for f in figures])
    resume = 0
    for position in positions:
        if position < resume:
            continue
        match = _WORDS.match(lowered, position)
        if match is None:
            continue
        resume = match.end()
        found += [figure for figure in _word_figures(text, lowered, match, start, end)
                  if _unread_span(figure.start, figure.end, mask, taken)]
    return _with_found(figures, found)


def _unread_span(start: int, end: int, mask: _Mask | None, taken: _Mask) -> bool:
    """Whether ``[start, end)`` is neither masked nor read as a figure already."""
    return (mask is None or not mask.hits(start, end)) and not taken.hits(start, end)


def _with_found(figures: list[_Figure], found: list[_Figure]) -> list[_Figure]:
    """Return ``figures`` with the figures ``found`` in words, in reading order."""
    return sorted(figures + found, key=lambda f: f.start) if found else figures


def _word_figures(text: str, lowered: str, match: re.Match[str], lower: int,
                  limit: int) -> list[_Figure]:
    """Figures in one run of number words (a run may hold several: "two three")."""
    offset = lower
    if match.group("vague"):
        vague = match.group("vague").lower()
        if vague in VAGUE_ONLY_BEFORE_OF and not text.startswith(" of ", offset + match.end()):
            return []  # "Test scores rose": the noun, not "scores of"
        if _unit_note(text, offset + match.start("vague"), offset + match.end("vague"), lower,
                      limit):
            return []  # "(in millions, except per-share data)": how a table's figures read
        return [_vague_figure(text, match, offset, limit)]
    if match.group("fraconly"):
        return _fraction_only(text, lowered, match, offset, limit)
    if match.group("apoint"):
        return _one_point(text, lowered, match, offset, limit)
    run, run_start = match.group("run"), match.start("run")
    if run.isalpha():  # one word, the common case
        words, breaks = [(run, run_start)], set()
    else:
        words = [(m.group(), m.start() + run_start) for m in _LETTERS.finditer(run)]
        # A hyphen joins tens and units ("twenty-five") and nothing else: "a billion-five"
        # is colloquial for 1.5 billion, not 1,000,000,005, so a run splits there.
        breaks = {k for k in range(1, len(words))
                  if lowered[words[k][1] - 1] == "-" and words[k - 1][0] not in _TENS_WORDS}
    figures: list[_Figure] = []
    i = 0
    while i < len(words):
        if words[i][0] == "and":
            i += 1
            continue
        stop = min([k for k in breaks if k > i], default=len(words))
        for j in range(stop, i, -1):
            chunk = tuple(w for w, _ in words[i:j])
            if chunk[-1] == "and":
                continue
            value = _words_value(chunk)
            if value is not None:
                break
        else:
            i += 1
            continue
        if stop < len(words) and j == stop and words[j - 1][0] in SCALES:
            i = stop + 1
            continue  # "a billion-five": no reading of either part
        first, last = words[i][1], words[j - 1][1] + len(words[j - 1][0])
        is_last = j == len(words)
        figure = _Figure(offset + first, offset + last, value)
        if is_last:
            figure = _word_tail(text, lowered, match, figure, chunk, offset)
        if chunk[0] in SCALES or chunk[0] == "dozen":
            article = _ARTICLE_BEFORE.search(lowered, max(0, first - 4), first)
            if article is not None:
                figure.start = offset + article.start()
            else:
                i = j
                continue  # a bare "hundred" or "dozen": part of a phrase ("baker's dozen")
        figures.append(figure)
        i = j
    result = []
    for figure in figures:
        bare_one = figure.value == 1.0 and text[figure.start:figure.end].lower() == "one"
        finished = _finish(text, figure, lower, limit, None, plain=False)
        if bare_one and finished.qualifier not in BOUNDS_FOR_ONE \
                and finished.kind not in ONE_KINDS \
                and not (finished.unit in ONE_MASS_UNITS and finished.end - finished.start > 6):
            continue  # "one" alone is a pronoun ("at one point") far more often than a count
        if finished.value == 0.0 and _zero_as_adjective(text, finished, lower):
            continue  # "a zero-day flaw", "net-zero targets", "zero-carbon power": no amount
        if finished.value is not None and 1 <= finished.value <= HOURS_ON_A_CLOCK \
                and _clock_time(text, finished, lower):
            continue  # "at two o'clock", "after three in the morning": a time of day
        if finished.fraction and _BREAK_AFTER.match(text, finished.end) is not None:
            continue  # "at three-quarter time", "quarter-time": a break in a match
        result.append(finished)
    return result


# "time" right after a fraction: a break in a match, as Australian football and rugby
# copy name them ("at three-quarter time", "at quarter-time"), no share of anything.
_BREAK_AFTER = re.compile(r"[ -]time\b", re.IGNORECASE)
#: Hours a clock face shows: a number of them in words may be a time of day.
HOURS_ON_A_CLOCK = 12
_O_CLOCK_AFTER = re.compile(r"[ ]o['’]clock\b")
_PART_OF_DAY_AFTER = re.compile(r"[ ]in[ ]the[ ](?:morning|afternoon|evening)\b|[ ]at[ ]night\b")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|after|before|until|till|by|around|about|past|from|since)[ ]$", re.IGNORECASE)


def _clock_time(text: str, figure: _Figure, lower: int) -> bool:
    """Whether a number in words is a time of day: "two o'clock", "at three in the morning".

    A part of the day after it makes it one only after a preposition of time ("a little
    after three in the morning"; not "Three in the morning shift quit").
    """
    if _O_CLOCK_AFTER.match(text, figure.end):
        return True
    return _PART_OF_DAY_AFTER.match(text, figure.end) is not None \
        and _TIME_PREPOSITION_BEFORE.search(text, max(lower, figure.start - 8),
                                            figure.start) is not None


#: Words before "zero" that make it part of a name for a goal or a class ("net zero",
#: "absolute zero" is a temperature and stays); "sub-zero temperatures" are below a
#: zero whose scale the copy does not name (Celsius, or Fahrenheit in US copy).
ZERO_NAME_BEFORE = ("net ", "net-", "sub-", "sub ")


def _zero_as_adjective(text: str, figure: _Figure, lower: int) -> bool:
    """Whether a "zero" names a kind of thing, not an amount.

    Joined by a hyphen to a word ("a zero-day flaw", "zero-hour contracts", "zero-carbon
    power", "a zero-sum game") or after "net" ("net-zero targets", "a net zero pledge").
    """
    if "-" in text[figure.start:figure.end]:
        return True  # the hyphen's word was read into the figure ("zero-carbon")
    after = figure.end
    if after + 1 < len(text) and text[after] == "-" and text[after + 1].isalpha():
        return True
    return text.lower().endswith(ZERO_NAME_BEFORE, max(lower, figure.start - 4), figure.start)


#: Plural fraction words that are periods too: spaced from their number and with no
#: "of" after them they are counted ("over the past two quarters", "for three quarters
#: in a row"), where "three quarters of voters" and "three-quarters" are a fraction.
COUNTED_FRACTION_WORDS = frozenset({"quarters"})


def _counted_quarters(lowered: str, match: re.Match[str]) -> bool:
    """Whether the run's fraction word is counted, not divided by ("two quarters")."""
    return match.group("frac") in COUNTED_FRACTION_WORDS \
        and lowered[match.start("frac") - 1] == " " \
        and not lowered.startswith(" of ", match.end("frac"))


def _word_tail(text: str, lowered: str, match: re.Match[str], figure: _Figure,
               chunk: tuple[str, ...], offset: int) -> _Figure:
    """Apply "and a half", a fraction word and a following scale to the run's last number."""
    if match.group("andfrac"):
        figure.value = (figure.value or 0.0) + 1 / FRACTIONS[match.group("frac1")]
        figure.end = offset + match.end("frac1")
        if match.group("fscale"):
            figure.value *= SCALES[match.group("fscale")]
            figure.scale = SCALES[match.group("fscale")]
            figure.end = offset + match.end("fscale")
    if match.group("frac") and not _counted_quarters(lowered, match):
        figure.value = (figure.value or 0.0) / FRACTIONS[match.group("frac")]
        figure.end = offset + match.end("frac")
        figure.kind = "number"
        figure.fraction = True
        point = OF_A_POINT.match(lowered, match.end("frac"))
        if point is not None:  # "three-quarters of a percentage point": a part of one
            figure.end = offset + point.end() - 1
    return figure


def _one_point(text: str, lowered: str, match: re.Match[str], offset: int,
               limit: int) -> list[_Figure]:
    """Read "a percentage point" as one, in percentage points; a fraction's point is its own.

    "cut rates by a full percentage point" is 1 pp. In "half a percentage point" and
    "a quarter of a percentage point" the fraction before has read the point, so
    nothing is read here; "the percentage point" is no amount.
    """
    first = match.start("apoint")
    article = _ARTICLE_BEFORE_POINT.search(lowered, max(0, first - 12), first)
    if article is None or _FRACTION_BEFORE_POINT.search(lowered, max(0, article.start() - 14),
                                                        article.start()) is not None:
        return []
    figure = _Figure(offset + article.start(), offset + first - 1, 1.0)
    figure = _finish(text, figure, offset, limit, None, plain=False)
    return [figure] if figure.unit == "pp" else []


#: A fraction that a following "a percentage point" belongs to ("half a", "a quarter of a").
_FRACTION_BEFORE_POINT = re.compile(r"(?<![a-z])" + _FRAC_WORD + r"(?:[ ]of)?[ ]$")


def _fraction_only(text: str, lowered: str, match: re.Match[str], offset: int,
                   limit: int) -> list[_Figure]:
    """Read "a third of", "a quarter century", "half a million"; not "a third term".

    After "by" a fraction is a change's size ("fell by half", "by a third").
    """
    first = match.start("fraconly")
    word = match.group("fraconly")
    article = _ARTICLE_BEFORE.search(lowered, max(0, first - 4), first)
    if match.group("hscale") and (word == "half" or article is not None):
        scale_word = match.group("hscale").split()[-1]
        value = (SCALES.get(scale_word) or 12.0) / FRACTIONS[word]
        begin = first if article is None else article.start()
        figure = _Figure(offset + begin, offset + match.end("hscale"), value)
        return [_finish(text, figure, offset, limit, None, plain=False)]
    head = first if article is None else article.start()
    point = OF_A_POINT.match(lowered, match.end("fraconly"))
    if point is not None:  # "half a percentage point", "a quarter of a percentage point"
        figure = _Figure(offset + head, offset + point.end() - 1, 1 / FRACTIONS[word],
                         fraction=True)
        figure = _finish(text, figure, offset, limit, None, plain=False)
        return [figure] if figure.unit == "pp" else []
    by = (lowered.endswith(BY, 0, head) or _BY_QUALIFIED.search(lowered, max(0, head - 24), head)
          is not None) and (article is not None or word == "half") \
        and _ends_phrase(lowered, match.end("fraconly"), limit - offset)
    half_of = False
    if article is None and word == "half" and lowered.startswith(" of ", match.end("fraconly")):
        word_end = first
        while word_end > 0 and lowered[word_end - 1] == " ":
            word_end -= 1
        half_of = _word_before(lowered, word_end, 0) not in HALF_OF_PERIOD_WORDS
    if (article is None and not by and not half_of) or word.endswith("s") and word != "halves":
        return []
    figure = _Figure(offset + head, offset + match.end("fraconly"),
                     1 / FRACTIONS[word], fraction=True)
    of = lowered.startswith(" of ", match.end("fraconly"))
    figure = _finish(text, figure, offset, limit, None, plain=False)
    if not of and not by and figure.kind not in ("measure", "duration"):
        return []  # "a fourth time", "a third term": an ordinal, not a share
    return [figure]


#: Words before "half of" that make it a part of a period or a whole, no share: "the
#: first half of 2024", "the other half of the team" ("Half of voters", "nearly half
#: of the city" are shares).
HALF_OF_PERIOD_WORDS = frozenset("the first second other latter former back front bottom top "
                                 "this that its their his her our better".split())
_NEXT_WORD = re.compile(r"[ ]([a-z]+)")
#: Stop words that name what a fraction is of ("by half time", "a third times"),
#: so they do not end its phrase.
_NOT_PHRASE_ENDS = frozenset({"time", "times", "percent", "per", "cent"})


def _ends_phrase(lowered: str, position: int, limit: int) -> bool:
    """Whether a fraction's phrase ends at ``position``: punctuation or a function word.

    "fell by a third." or "by a third to 40" do; "by a third party" does not.
    """
    following = _NEXT_WORD.match(lowered, position, limit)
    if following is None:
        # not a compound the fraction word opens: "by a third-party vendor"
        return position >= limit or not lowered[position].isalnum() and not (
            lowered[position] == "-" and lowered[position + 1:position + 2].isalpha())
    word = following.group(1)
    return word in _SUBJECT_STOPS and word not in _NOT_PHRASE_ENDS


# "by" and a qualifier before a fraction ("jumped by almost a third", "rose by nearly half").
_BY_QUALIFIED = re.compile(r"(?<![a-z])by[ ](?:almost|nearly|about|around|roughly|more[ ]than"
                           r"|less[ ]than|over|under|some|just[ ]over|just[ ]under|close[ ]to)[ ]$")
#: "by" before a fraction makes it the size of a change ("fell by half", "cut by
#: a third"), a share of the level before, as "a third of" is a share.
BY = "by "


# What stands before "millions" in a unit note: "in" after an opening bracket, the
# start of a line or a word naming the amounts ("(in millions", "Dollars in thousands",
# "$ in billions"), as financial statements head their tables.
_UNIT_NOTE_BEFORE = re.compile(
    r"(?:^|[(\[\n]|(?<![\w$€£])(?:dollars|euros|pounds|amounts|figures|[$€£]|[A-Z]{3})[ ])"
    r"[ ]?in[ ]$", re.IGNORECASE)
# What follows it: the note's end, an exception or the currency ("(in thousands, except
# per-share data)", "(in millions of dollars)").
_UNIT_NOTE_AFTER = re.compile(
    r"[ ]?(?:[)\],;:\n]|$|except\b|of[ ](?:[A-Za-z$€£.]+[ ]?){1,2}[)\],;:\n])")
#: A unit note set off by commas inside a caption's sentence ("Results for the year,
#: in millions, are below"): the scale word then ends at a break, never before "of"
#: ("…, in millions of homes," counts homes).
_SET_OFF_NOTE_BEFORE = re.compile(r",[ ]in[ ]$")
_SET_OFF_NOTE_AFTER = re.compile(r"[ ]?[,;:)\]\n]")
#: The longest text _UNIT_NOTE_BEFORE reads before the scale word.
_UNIT_NOTE_REACH = len("amounts in ") + 2


def _unit_note(text: str, start: int, end: int, lower: int, limit: int) -> bool:
    """Whether the vague plural at ``text[start:end]`` ("millions") states a table's unit.

    "(in millions, except per-share data)", "Dollars in thousands", "Results for
    the year, in millions, are": what the figures of a table are counted in, no amount.
    """
    before = text[max(lower, start - _UNIT_NOTE_REACH):start]
    if _SET_OFF_NOTE_BEFORE.search(before) is not None:
        return _SET_OFF_NOTE_AFTER.match(text, end, limit) is not None
    return _UNIT_NOTE_BEFORE.search(before) is not None \
        and _UNIT_NOTE_AFTER.match(text[end:limit]) is not None


def _vague_figure(text: str, match: re.Match[str], offset: int, limit: int) -> _Figure:
    parts = match.group("vague").split(" of ")
    value = math.prod(VAGUE_PLURALS[p] / (2 if i else 1) for i, p in enumerate(parts))
    figure = _Figure(offset + match.start("vague"), offset + match.end("vague"), value)
    of_money = re.match(r"\s+of\s+(?P<cur>dollars|euros|pounds|yen|yuan|rupees)\b",
                        text[figure.end:limit], re.IGNORECASE)
    _read_qualifier(text, figure, offset)
    if of_money:
        figure.kind = "money"
        figure.unit = _suffix_currency(of_money.group("cur")) or "GBP"
        figure.end += of_money.end()
    else:
        figure.subject = _subject_after(text, figure.end, limit, after_of_only=True)
        figure.kind = "count" if figure.subject else "number"
    figure.qualifier = figure.qualifier or "at least"
    return figure


#: Languages whose number words text_to_num reads besides English. In them a number
#: written in words is read only right before a percent word or a scale word
#: (FOREIGN_AMOUNT_WORDS: "rund zehn Prozent", "fünf Millionen Menschen", "cinq pour
#: cent", "dos mil millones"), where it can only be an amount; elsewhere the same
#: words are too often articles or pronouns ("un", "ein", "uno").
WORD_NUMBER_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl"})
#: The percent and scale words after which those number words are read: the
#: percent words of those languages, their scale words, and the singular scales
#: they share with English ("un million", "eine Milliarde" is not read: "eine" is
#: no number word to text_to_num).
FOREIGN_AMOUNT_WORDS = frozenset(
    {*FOREIGN_PERCENT_WORDS, *(f"{first} {second}" for first, second in FOREIGN_PERCENT_PHRASES),
     *FOREIGN_SCALES, "million", "millón", "milione", "milhão", "miljoen", "milliarde",
     "miljard"})
_AMOUNT_WORD_AFTER = re.compile(
    r"[ \u00a0](?:" + "|".join(sorted(map(re.escape, FOREIGN_AMOUNT_WORDS), key=len, reverse=True))
    + r")(?![^\W\d_]|-[^\W\d_])", re.IGNORECASE)  # not "Millionen-Projekt" (a compound)
#: Most number words read before such a word ("dos mil", "deux cent cinquante").
MAX_FOREIGN_NUMBER_WORDS = 3
_FOREIGN_WORDS_BEFORE = re.compile(
    r"(?<![^\W\d_-])(?:[^\W\d_]+(?:-[^\W\d_]+)*[ \u00a0]){1,"
    + str(MAX_FOREIGN_NUMBER_WORDS) + r"}$")


def _has_foreign_amount_word(block: str) -> bool:
    """Whether ``block`` may hold a number word before a FOREIGN_AMOUNT_WORDS word."""
    return _AMOUNT_WORD_AFTER.search(block) is not None


def _add_foreign_word_figures(text: str, start: int, end: int, language: str | None,
                              figures: list[_Figure], mask: _Mask | None) -> list[_Figure]:
    """Add the numbers in words of ``language`` before a percent or scale word.

    Only for WORD_NUMBER_LANGUAGES; the words right before the percent or scale
    word are read, longest run first, and a run no number is left alone.
    """
    language = (language or "")[:2].lower()
    if language not in WORD_NUMBER_LANGUAGES:
        return figures
    text2num = _number_reader()
    if text2num is None:
        return figures
    taken = _Mask([(f.start, f.end) for f in figures])
    found: list[_Figure] = []
    for amount in _AMOUNT_WORD_AFTER.finditer(text, start, end):
        before = _FOREIGN_WORDS_BEFORE.search(text, max(start, amount.start() - 60),
                                              amount.start() + 1)
        if before is None:
            continue
        words = [(m.group(), m.start()) for m in re.finditer(r"[^\W\d_][\w-]*",
                                                             before.group())]
        for i in range(len(words)):
            phrase = " ".join(w for w, _ in words[i:]).lower()
            try:
                value = float(text2num(phrase, language))
            except ValueError:
                continue
            first = before.start() + words[i][1]
            figure = _Figure(first, amount.start(), value)
            if _unread_span(figure.start, amount.end(), mask, taken):
                found.append(_finish(text, figure, start, end, None, plain=False))
            break
    return _with_found(figures, found)


#: Languages of data/count_words.toml: counts in words are read in running text there.
COUNT_WORD_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt"})
#: What joins a collective or vague count to its noun: "une vingtaine de maisons",
#: "des milliers de personnes", "miles de personas", "migliaia di persone".
_OF_AFTER_COUNT_WORD = re.compile(r"[ \t]+(?:de[ \t]+los|de[ \t]+las|de|di|do|da|dos|das|del)"
                                  r"(?=[ \t])|[ \t]+d['’](?=\w)", re.IGNORECASE)
#: The indefinite article before a collective count ("une vingtaine", "una decena").
_INDEFINITE_ARTICLE_BEFORE = re.compile(r"(?:une|un|una|uno|um|uma)[ \t]+$", re.IGNORECASE)


class _CountWords:
    """One language's counts in words (data/count_words.toml), compiled once."""

    def __init__(self, table: dict[str, Any], language: str) -> None:
        self.language = language
        self.cardinals = frozenset(table["cardinals"])
        self.vague = {word: float(value) for word, value in table["vague"].items()}
        self.approximate = {word: float(value) for word, value in table["approximate"].items()}
        self.not_before = frozenset(table["not_before"])
        self.durations = frozenset(word.lower() for word in table["durations"])
        words = sorted({*self.cardinals, *self.vague, *self.approximate}, key=len, reverse=True)
        # German writes the units before the tens in one word ("dreiundzwanzig")
        compound = r"|[a-zäöü]{3,6}und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig" \
                   r"|achtzig|neunzig)" if language == "de" else ""
        self.pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words))
                                  + compound + r")(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _count_words(language: str) -> _CountWords | None:
    """Return ``language``'s counts in words (data/count_words.toml), or None."""
    table = toml_table("count_words.toml").get(language)
    return None if table is None else _CountWords(table, language)


def _add_foreign_count_figures(text: str, start: int, end: int, language: str | None,
                               figures: list[_Figure], mask: _Mask | None) -> list[_Figure]:
    """Add counts written in words of ``language`` ("neun Menschen", "des milliers de").

    A cardinal (or a run of them: "vingt-deux", "dos mil") counts the plural noun right
    after it ("quatre personnes", "cuatro muertos", "zwölf weitere"); a vague plural is
    at least its least ("Tausende Menschen", "des milliers de personnes"); a collective
    noun is about its number ("une vingtaine de maisons"). Only in COUNT_WORD_LANGUAGES.
    """
    words = _count_words((language or "")[:2].lower())
    if words is None:
        return figures
    text2num = _number_reader()
    taken = _Mask([(f.start, f.end) for f in figures])
    found: list[_Figure] = []
    resume = start
    for match in words.pattern.finditer(text, start, end):
        if match.start() < resume:
            continue
        figure = _count_word_figure(text, match, words, text2num, start, end)
        if figure is None:
            continue
        resume = figure.end
        if _unread_span(figure.start, figure.end, mask, taken):
            found.append(figure)
    return _with_found(figures, found)


def _count_word_figure(text: str, match: re.Match[str], words: _CountWords,
                       text2num: Callable[[str, str], Any] | None, lower: int,
                       limit: int) -> _Figure | None:
    """Read the count in words at ``match``, or None where it counts no noun."""
    word = match.group().lower()
    if word in words.vague or word in words.approximate:
        begin = match.start()
        qualifier = "at least"
        value = words.vague.get(word)
        if value is None:
            article = _INDEFINITE_ARTICLE_BEFORE.search(text, max(lower, begin - 5), begin)
            if article is None:
                return None  # "la dizaine": the number ten itself
            begin, qualifier, value = article.start(), "about", words.approximate[word]
        of = _OF_AFTER_COUNT_WORD.match(text, match.end(), limit)
        noun_at = of.end() if of is not None else match.end()
        if text[noun_at:noun_at + 2].strip()[:1].isdigit():
            return None  # "une quarantaine de 14 jours": a quarantine, no count
        if of is None and not (words.language == "de" and text[noun_at + 1:noun_at + 2].isupper()):
            return None  # "Tausende Menschen"; "des milliers de personnes"
        figure = _Figure(begin, match.end(), value)
        figure.subject = _subject_after(text, noun_at, limit) if text[noun_at:noun_at + 1] \
            in " \t" else _subject_after(" " + text[noun_at:limit], 0, limit - noun_at + 1)
        figure.kind = "count" if figure.subject else "number"
        _read_qualifier(text, figure, lower)
        figure.qualifier = figure.qualifier or qualifier
        return figure
    # a run of cardinals: "vingt-deux", "dos mil", "drei oder vier" stays two
    run_end = match.end()
    while True:
        following = words.pattern.match(text, run_end + 1, limit) \
            if run_end < limit and text[run_end] in " -" else None
        if following is None or following.group().lower() not in words.cardinals:
            break
        run_end = following.end()
    if text2num is None:
        return None
    try:
        value = float(text2num(text[match.start():run_end].lower(), words.language))
    except ValueError:
        return None
    noun = _COUNTED_WORD_AFTER.match(text, run_end, limit)
    if noun is None or noun.group(1).lower() in words.not_before \
            or noun.group(1).lower() not in words.durations \
            and not _counted_noun(noun.group(1), words.language):
        return None
    figure = _Figure(match.start(), run_end, value)
    return _finish(text, figure, lower, limit, None, plain=False)


_COUNTED_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
#: Plural endings of nouns and adjectives in the Romance languages read ("personnes",
#: "muertos", "persone", "feridos"); German writes its nouns with a capital ("neun
#: Menschen") and its plural adjectives in -e ("zwölf weitere").
_PLURAL_ENDINGS = {"fr": ("s", "x"), "es": ("s",), "pt": ("s",), "it": ("i", "e")}


def _counted_noun(word: str, language: str) -> bool:
    """Whether ``word``, after a cardinal, is the plural noun or adjective it counts."""
    if language == "de":
        return word[:1].isupper() or word.endswith(("e", "en"))
    return word[:1].islower() and word.lower().endswith(_PLURAL_ENDINGS[language])
