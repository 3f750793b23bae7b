"""Figures read together.

Shares ("one in five"), "58 of the 150 seats", ranges ("50 to 100 metres", "between 44 and
50"), compound durations and overlaps.
"""

from __future__ import annotations

import re

from ..lexicons import toml_table, word_list
from .ages import read_age_range
from .codes import _after_label
from .context import RATIO_BASES, _read_qualifier
from .digits import _score_halves
from .model import _Figure
from .scores import _in_run_of_scores
from .subjects import _noun_of_before, _subject_after, _without_singular_verb
from .verb_subjects import _subject_before_verb
from .vocabulary import _SUBJECT_STOPS, _UNIT_WORDS, SCALES

# "one in five", "1 in every 10" before a count: a share, read as the fraction
# (0.2) the way "a fifth of adults" is. Small numerators only, in words or digits.
_RATIO_BEFORE = re.compile(
    r"(?<![\w.,/-])(?P<num>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ ](?:in|out[ ]of)[ ](?:every[ ])?$", re.IGNORECASE)
#: Verbs of scoring before "2 in 3 games": a tally of goals, wickets or wins in so
#: many games, no share of the games ("scored 2 in 3 games", "took 4 in 10 overs").
SCORING_VERBS = frozenset("scored scores score netted nets took takes won wins claimed "
                          "claims conceded concedes kicked hit hits".split())
# The word right before a share's numerator.
_WORD_BEFORE_RATIO = re.compile(r"(?P<word>[A-Za-z]+)[ \t]{1,3}$")
#: The longest text _RATIO_BEFORE reads before the count.
_RATIO_REACH = len("three out of every ")
#: What comes right before the count of a share ("1 in 10", "nine out of ten").
_RATIO_JOINERS = (" in ", " in every ", " out of ", " out of every ")
#: "between" in English and the languages of DECIMAL_COMMA_LANGUAGES and Russian:
#: after it "A and B" is a range ("between 10 and 20", "entre 25 et 35",
#: "zwischen 25 und 35", "tussen 25 en 35", "tra 10 e 20").
BETWEEN_WORDS = ("between", "from", "entre", "zwischen", "tussen", "tra", "fra", "между")
#: The "and" of those languages, which joins a range only after BETWEEN_WORDS.
RANGE_AND_WORDS = frozenset({"and", "et", "y", "e", "und", "en", "и"})
#: Words that join a range by themselves ("10 to 20", "de 3 à 5", "3 bis 5",
#: "3 tot 5", "от 3 до 5"). Spanish, Italian and Portuguese "a" is left out: it
#: is the English article too ("3 a 5" is rare, "3 a day" common).
RANGE_TO_WORDS = ("to", "through", "à", "bis", "tot", "до")
_BETWEEN = re.compile(r"(?<![^\W\d_])(?:" + "|".join(BETWEEN_WORDS)
                      # "between the ages of 18 and 65": ages, a range
                      + r"|between[ \t]the[ \t]ages[ \t]of)[ \t]{1,3}$",
                      re.IGNORECASE)
#: Words before "from" that make "from X to Y" a change, two figures ("rose from 5% to
#: 7%", "will go from $5.60 to $6.27"), not a range (see the data file).
CHANGE_WORDS = frozenset(word_list("change_verbs.txt"))
# "from" and up to two words before it (a change word, or one and an adverb in -ly
# or a particle): "rose from ", "rose sharply from ", "went up from ".
_FROM_AFTER_WORDS = re.compile(
    r"(?<![^\W\d_])(?P<w1>[^\W\d_]{1,20})"
    r"(?:[ \t]{1,3}(?P<w2>[^\W\d_]{1,20}ly|up|down))?"
    r"[ \t]{1,3}from[ \t]{1,3}$", re.IGNORECASE)
#: The longest text _FROM_AFTER_WORDS reads before a number.
_FROM_REACH = 20 + 3 + 20 + 3 + len("from") + 3
_RANGE_GAP = re.compile(
    r"-?[ \t\u00a0]{0,3}(?:(?P<word>" + "|".join([*RANGE_TO_WORDS, *sorted(RANGE_AND_WORDS)])
    + r")|[-–—])[ \t\u00a0]{0,3}", re.IGNORECASE)


def _without_overlaps(figures: list[_Figure]) -> list[_Figure]:
    """Keep figures in reading order, dropping any that overlaps the one kept before it.

    A unit read after one number can be the currency before the next ("0a$0": "0 a",
    "A$0"); the text holds one figure there, not two sharing a character.
    """
    kept: list[_Figure] = []
    for figure in sorted(figures, key=lambda f: f.start):
        if not kept or figure.start >= kept[-1].end:
            kept.append(figure)
    return kept


#: What joins the two numbers of an offer ("2-for-1", "three-for-two"): a deal's name,
#: not a quantity; the second number is read as part of a code already.
OFFER_JOINER = "-for-"


def _without_offers(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Drop the first number of an offer ("a 2-for-1 deal", "two-for-one tickets")."""
    return [f for f in figures if not text.startswith(OFFER_JOINER, f.end)]


def _after_scoring_verb(text: str, start: int, lower: int) -> bool:
    """Whether a SCORING_VERBS verb stands right before ``start`` ("scored 2 in 3")."""
    word = _WORD_BEFORE_RATIO.search(text, max(lower, start - 16), start)
    return word is not None and word.group("word").lower() in SCORING_VERBS


def _read_ratios(text: str, figures: list[_Figure], lower: int) -> list[_Figure]:
    """Read "one in five adults", "1 in 10 children", "nine out of ten" as one fraction.

    The count after "in" becomes the ratio, its subject kept; a numerator read
    as a figure of its own (the digit "1") is dropped; a bare "one" never is one,
    nor the wickets of a score ("287/6 in 50 overs") or a tally after a verb of
    scoring ("scored 2 in 3 games").
    """
    result: list[_Figure] = []
    for figure in figures:
        value = figure.value
        if figure.kind in ("count", "number") and figure.unit is None and value is not None \
                and figure.value_high is None and figure.qualifier is None and not figure.fraction \
                and figure.start - lower >= 4 and any(
                    text.startswith(joiner, figure.start - len(joiner))
                    for joiner in _RATIO_JOINERS):
            ratio = _RATIO_BEFORE.search(text, max(lower, figure.start - _RATIO_REACH),
                                         figure.start)
            if ratio is not None:
                num = ratio.group("num").lower()
                numerator = float(num) if num.isdigit() else float(_UNIT_WORDS.index(num))
                named = ratio.start() - 2 >= lower and text[ratio.start() - 1] == " " \
                    and _after_label(text, ratio.start(), lower)  # "the iPhone 16 in 40 …"
                if 0 < numerator < value and not named \
                        and not _after_scoring_verb(text, ratio.start(), lower):
                    if result and result[-1].end == ratio.end("num"):
                        result.pop()  # the "1" of "1 in 10"
                    share = _Figure(ratio.start(), figure.end, numerator / value,
                                    subject=_without_singular_verb(figure.subject),
                                    fraction=True)
                    _read_qualifier(text, share, lower)
                    result.append(share)
                    continue
        result.append(figure)
    return result


# "58 of the 150 seats", "4.2 million of the country's 5.8 million voters", and German
# "1.100 der insgesamt 25.700 Brücken", "20 von 150 Sitzen" (the genitive article or
# "von", with "insgesamt", "all", before the whole)
_PART_OF = re.compile(r"[ \t]+(?:of|der|von)[ \t]+(?:(?:the|its|their|his|her|our|all|insgesamt)"
                      r"[ \t]+)?(?:(?:[A-Z][\w.-]*[ \t]+){0,2}[\w.-]+['’]s[ \t]+)?"
                      # "four of their last five matches", "two of the first three games"
                      r"(?:(?:last|first|past|previous|next|latest|remaining)[ \t]+)?")


#: Bases a rate is given per: "86 cases per 100,000 population", "32 deaths per 1,000
#: live births", "12.4 per 100,000 people", "per 1 million residents".
RATE_BASES = frozenset({10.0, 100.0, 1e3, 1e4, 1e5, 1e6})
# What stands between a rate and its base: the rate's noun, if any, then "per".
_PER_BETWEEN = re.compile(r"(?:[ ][^\W\d_][\w'’-]*){0,4}[ ]per[ ]")


def _rates_per_base(text: str, figures: list[_Figure], lower: int = 0) -> list[_Figure]:
    """Read "86 cases per 100,000 population" as one rate, not two counts.

    The base (a power of ten after "per") becomes the rate's unit ("per 100,000"),
    the rate a `measure` of what its noun names (`cases`), and the base is no
    figure of its own; "12.4 per 100,000 people" spans the base too. A bare rate
    measures the subject of the verb before it, as an amount does ("The incidence
    rate was 12.3 per 100,000" → `incidence rate`).
    """
    result: list[_Figure] = []
    rates: list[_Figure] = []
    for figure in figures:
        rate = result[-1] if result else None
        if rate is not None and figure.value in RATE_BASES and figure.kind in ("count", "number") \
                and figure.qualifier is None and figure.value_high is None \
                and rate.kind in ("count", "number") and rate.unit is None \
                and _PER_BETWEEN.fullmatch(text, rate.end, figure.start) is not None:
            rate.kind, rate.unit = "measure", f"per {figure.value:,.0f}"
            if figure.start - rate.end == len(" per "):
                rate.end = figure.end  # "12.4 per 100,000"
            rates.append(rate)
            continue
        result.append(figure)
    for figure in result:
        if figure.kind in ("count", "number") and figure.unit is None \
                and figure.value_high is None and " per " in text[figure.end:figure.end + 60]:
            scale = _PER_SCALE_WORD.match(text, figure.end)
            if scale is not None:  # "1.7 cases per million doses": a base in a word
                figure.kind = "measure"
                figure.unit = f"per {PER_SCALE_WORDS[scale.group('scale').lower()]:,.0f}"
                rates.append(figure)
    for rate in rates:
        if rate.subject is None and rate.value_high is None:
            head = rate.qualifier_start if rate.qualifier_start is not None else rate.start
            rate.subject = _subject_before_verb(text, head, lower, counting=False)
    return result


#: Bases written as a word after "per": the scale words, and South Asian English's lakh
#: ("195 per lakh population" → per 100,000).
PER_SCALE_WORDS = SCALES | {"lakh": 1e5}
# A base written as a scale word after the rate's noun: "1.7 cases per million doses",
# "3 deaths per thousand births", "195 per lakh population".
_PER_SCALE_WORD = re.compile(r"(?:[ ][^\W\d_][\w'’-]*){0,4}[ ]per[ ]"
                             r"(?P<scale>hundred|thousand|million|billion|lakh)\b", re.IGNORECASE)


#: "Of the" opening a whole whose part follows ("Of the 40 drones, 34 were …").
_OF_THE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[Oo]f[ \t]+(?:the|its|their|these|those)[ \t]+$")
#: A part after its whole by a relative of it: "281 contacts, of whom 212 …", "including".
_PART_AFTER_WHOLE = re.compile(r"[ \t\w'’-]{0,60},[ \t]+(?:of[ \t]+(?:whom|which)|including)"
                               r"[ \t]+(?:(?:only|just|some|about|nearly)[ \t]+)?")
#: The relative after a part that names its whole before it ("12 of whom were …").
_OF_WHOM = (" of whom", " of which")
#: What may stand between that whole and its part: the rest of the noun phrase, a comma.
_AFTER_WHOLE = re.compile(r"[ \t\w'’-]{0,60},[ \t]+(?:(?:only|just|some|about|nearly)[ \t]+)?")
#: The same after "Of the" opening the whole, with a named subject and its verb before
#: the part ("Of the 941 panchayats, the UDF won 412", "Of the 40 drones, Ukraine shot
#: down 34").
_AFTER_WHOLE_NAMED = re.compile(
    r"[ \t\w'’-]{0,60},[ \t]+(?:(?:the[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){1,3}[a-z]+[ \t]+"
    r"(?:(?:down|up|out|off)[ \t]+)?)?(?:(?:only|just|some|about|nearly)[ \t]+)?")


def _share_subjects(text: str, figures: list[_Figure]) -> None:
    """Give a part the subject of its whole ("58 of the 150 seats": 58 seats), in place.

    Only partitive words stand between them, so a subject the part was given
    from them ("der insgesamt") is replaced.
    """
    for whole, part in zip(figures, figures[1:], strict=False):
        if not whole.subject or whole.kind != "count" or part.subject is not None \
                or part.fraction or part.value_high is not None:
            continue
        counted = part.kind == "number" and part.unit is None
        share = part.kind == "percent" and part.unit == "%"  # "…, 47% said"
        if (counted or share) \
                and _OF_THE_BEFORE.search(text, max(0, whole.start - 8), whole.start) \
                and _AFTER_WHOLE_NAMED.fullmatch(text, whole.end, part.start):
            # "Of the 40 drones, 34 were shot down": a part of the whole named first (by
            # a named subject too: "Of the 941 panchayats, the UDF won 412")
            part.subject = whole.subject
            part.kind = "count" if counted else part.kind
        elif counted and (_PART_AFTER_WHOLE.fullmatch(text, whole.end, part.start)
                          or _AFTER_WHOLE.fullmatch(text, whole.end, part.start)
                          and text.startswith(_OF_WHOM, part.end)):
            # "281 contacts, of whom 212 were traced", "30 aid workers, 12 of whom were …"
            part.subject, part.kind = whole.subject, "count"
    counted_whole: _Figure | None = None  # the last whole a part was counted of
    for part, whole in zip(figures, figures[1:], strict=False):
        if whole.subject and part.unit is None \
                and part.kind in ("number", "count") and not part.fraction \
                and _PART_OF.fullmatch(text, part.end, whole.start) is not None:
            part.subject, part.kind = whole.subject, "count"
            counted_whole = whole
        elif counted_whole is not None and _bare_part_of_whole(part, whole) \
                and whole.start - counted_whole.end <= ELIDED_PART_REACH \
                and _PART_OF.fullmatch(text, part.end, whole.start) is not None \
                and _SENTENCE_END_BETWEEN.search(text, counted_whole.end, part.start) is None:
            # "569 of 8,803 patients (6.5%) in the drug group and 701 of 8,801 (8.0%) in the
            # placebo group": the second part and whole count the first's noun
            part.subject = whole.subject = counted_whole.subject
            part.kind = whole.kind = "count"


#: How far after a part and its counted whole a bare part and whole count the same noun.
ELIDED_PART_REACH = 160


def _bare_part_of_whole(part: _Figure, whole: _Figure) -> bool:
    """Whether ``part`` "of" ``whole`` are two bare whole numbers, the part the smaller."""
    return all(f.kind == "number" and f.unit is None and f.subject is None and not f.fraction
               and f.value_high is None and f.value is not None and float(f.value).is_integer()
               for f in (part, whole)) and part.value <= whole.value


#: A vote's tally: "voted 6-1", "passed the bill 61-39", "by a vote of 12 to 0", "by 143
#: votes to 9". The two numbers are counts of votes, for and against.
_TALLY_JOIN = re.compile(r"[ \t]?[-–—][ \t]?|[ \t]+(?:votes[ \t]+)?to[ \t]+")
_VOTE_BEFORE_TALLY = re.compile(
    r"(?:\bvot(?:ed|es|ing)|\ba[ \t]+vote[ \t]+of|\bballot(?:ed)?"
    # a body's decision and what it decided on ("passed a $1.4 billion budget 7-2",
    # "Council passes budget 7-2", "The motion was carried 34-21", "approved the plan 5
    # to 4")
    r"|\b(?:pass(?:ed|es)|approv(?:ed|es)|carried|rejected|defeated|endorsed)"
    r"(?:[ \t]+(?:the|a|an|its|their)?[ \t]*[$£€]?[\w.,-]+(?:[ \t]+[\w-]+){0,3})?"
    r"|\badopted[^.;]{0,40}?\bby"
    # a committee's or a court's split ("by a majority of 7-2", "ruled 5-4", "Vote: 7-2")
    r"|\bmajority[ \t]+of|\bruled|\bsplit|\bvotes?[ \t]*:)"
    r"[ \t]+(?:by[ \t]+)?$", re.IGNORECASE)
#: "vote" or "decision" right after a tally: "on a 4-3 vote", "in a 2-1 decision".
_VOTE_AFTER_TALLY = re.compile(r"[ \t]+(?:vote|decision|ruling|verdict|majority)\b")
#: How far before a tally its vote is looked for.
_VOTE_REACH = 60


def _vote_tallies(text: str, figures: list[_Figure]) -> None:
    """Make the two numbers of a vote's tally counts of votes, in place."""
    for first, second in zip(figures, figures[1:], strict=False):
        if first.kind not in ("number", "count") or second.kind not in ("number", "count") \
                or first.unit or second.unit or first.value_high is not None \
                or first.subject not in (None, "votes") or second.subject is not None \
                or _TALLY_JOIN.fullmatch(text, first.end, second.start) is None:
            continue
        before = text[max(0, first.start - _VOTE_REACH):first.start]
        if first.subject == "votes" or _VOTE_BEFORE_TALLY.search(before) is not None \
                or _VOTE_AFTER_TALLY.match(text, second.end) is not None:
            for figure in (first, second):
                figure.kind, figure.subject = "count", "votes"


#: A sentence's end between two figures: they belong to different sentences.
_SENTENCE_END_BETWEEN = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z0-9]")
#: What joins a percent restating the points just before it: "fell 500 points, or 1.2%"
#: (an index's points, the percent its change).
_RESTATED_AS_PERCENT = re.compile(r",?[ ]or[ ](?:about[ ]|nearly[ ]|roughly[ ]|almost[ ])?")
#: The lowest level of a stock index read beside its points ("35 points to 8,310").
INDEX_LEVEL_MIN = 100.0


_POLL_POINTS = toml_table("poll_points.toml")
#: A word of a poll or an election (data/poll_points.toml), not a sports ranking poll.
_POLL_CONTEXT = re.compile(
    r"(?<![\w-])(?<!" + r")(?<!".join(re.escape(word + " ")
                                     for word in _POLL_POINTS["context"]["not_before"])
    + r")(?:" + "|".join(re.escape(word).replace(r"\ ", "[ ]")
                        for word in sorted(_POLL_POINTS["context"]["words"], key=len,
                                           reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
#: Nouns after a hyphenated count of points that make it a gap or change of shares.
POLL_GAP_NOUNS = frozenset(_POLL_POINTS["gaps"]["nouns"])
#: Points on a scale, not a share: "7 points out of 10", "5 points on a 7-point scale".
_POINTS_OF_A_SCALE = re.compile(
    r"[ \t]+(?:out[ \t]+of|on[ \t]+(?:a|the)[ \t]+(?:[\w-]+[ \t]+)?scale)", re.IGNORECASE)


def _percentage_points(text: str, figures: list[_Figure], start: int = 0,
                       end: int | None = None) -> None:
    """Read "points" as percentage points where the sentence speaks of percents, in place.

    Poll and results copy gives changes and leads in points ("Turnout was 58.7%,
    down 6.2 points", "Support rose 5 points to 21%") and margins of error
    ("plus or minus 2.9 points"): percentage points, `pp`. So it does in a
    paragraph ``text[start:end]`` that speaks of a poll or an election without a
    percent beside the points ("Labour leads by 5 points in the latest poll"; "a
    7-point lead" — a hyphenated count only before a word of a gap or change,
    POLL_GAP_NOUNS, not "a 10-point plan"). An index's points keep their unit:
    beside its level ("rose 35 points to 8,310") or restated as a percent ("fell
    500 points, or 1.2%").
    """
    polling: bool | None = None  # whether the paragraph speaks of a poll, read once
    for figure in figures:
        if figure.unit != "points" or figure.kind != "measure" or figure.value is None \
                or figure.value >= INDEX_LEVEL_MIN:
            continue  # (an index's level in points: "closed at 27,403.54 points")
        if figure.qualifier == "plus or minus":
            figure.kind, figure.unit = "percent", "pp"  # a margin of error
            continue
        together = [other for other in figures if other is not figure
                    and _same_sentence(text, figure, other)]
        if any(other.kind == "percent" and other.unit == "%" for other in together) \
                and not any(other.kind in ("number", "measure") and other.value is not None
                            and other.value >= INDEX_LEVEL_MIN for other in together) \
                and not any(other.kind == "percent" and other.start > figure.end
                            and _RESTATED_AS_PERCENT.fullmatch(text, figure.end, other.start)
                            for other in together):
            figure.kind, figure.unit = "percent", "pp"
            continue
        if figure.compound and (figure.subject or "").lower() not in POLL_GAP_NOUNS \
                or not figure.compound and _POINTS_OF_A_SCALE.match(text, figure.end):
            continue  # "a 10-point plan", "7 points out of 10"
        if polling is None:
            polling = _POLL_CONTEXT.search(text, start, len(text) if end is None else end) \
                is not None
        if polling and _MARKET_BEFORE.search(_sentence_before(text, figure, start)) is None:
            figure.kind, figure.unit = "percent", "pp"  # "leads by 5 points in the poll"


#: A market's index or its shares before points in a paragraph of a poll: an index's
#: points ("The FTSE 100 rose 45 points as the exit poll came out").
_MARKET_BEFORE = re.compile(r"(?<![\w-])(?:ind(?:ex|ices)|Dow|FTSE|Nasdaq|S&P|Nikkei|Sensex"
                            r"|Nifty|DAX|CAC|Hang[ ]Seng|ASX|IBEX|Bovespa|stocks|shares"
                            r"|futures)(?![\w-])")
#: How far back _sentence_before reads.
_SENTENCE_REACH = 160


def _sentence_before(text: str, figure: _Figure, start: int) -> str:
    """Return the words of the figure's sentence before it (at most _SENTENCE_REACH)."""
    before = text[max(start, figure.start - _SENTENCE_REACH):figure.start]
    ends = [m.end() for m in _SENTENCE_END_IN.finditer(before)]
    return before[ends[-1]:] if ends else before


#: A sentence's end inside a stretch of text.
_SENTENCE_END_IN = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])")


def _same_sentence(text: str, a: _Figure, b: _Figure) -> bool:
    """Whether no sentence ends between figures ``a`` and ``b``."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _SENTENCE_END_BETWEEN.search(text, first.end, second.start) is None


#: Verbs and phrases of a contest before its split, written low number first as often
#: as not ("Biden trails Trump 46-48", "leads 47-44 percent", "is tied 45-45"): the two
#: sides' numbers, not a range.
_CONTEST_BEFORE_SPLIT = re.compile(
    r"\b(?:trails?|trailed|trailing|leads?|led|leading|beats?|beat|ahead|behind|tied|edges?"
    r"|edged|won|wins|lost|loses|defeated)\b(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,3}"
    r"[ \t]+(?:by[ \t]+)?$", re.IGNORECASE)
#: How far before a split its contest verb is looked for.
_CONTEST_REACH = 40
#: A percent word after a split: both sides are percents ("leads 47-44 percent").
_PERCENT_WORD_AFTER = re.compile(r"[ \t]?(?:%|percent\b|per[ \t]cent\b)")
#: Two shares of one whole add up to about 100 ("failed, 47.3 percent to 52.7 percent").
WHOLE_PERCENT = (98.0, 102.0)
#: What makes "A to B" a range or a change, however its parts add up.
_RANGE_BEFORE = re.compile(
    r"\b(?:from|between|rose|fell|increased|decreased|up|down)\b[^,;]{0,30}$", re.IGNORECASE)


def _splits(text: str, figures: list[_Figure], lower: int) -> list[_Figure]:
    """Read a contest's split as its two numbers, not a range.

    "Biden trails Trump 46-48" and "Harmon leads 47-44 percent" (a percent word
    after both), and two percents joined by "to" that make up a whole ("The
    proposition failed, 47.3 percent to 52.7 percent"; not "from 40% to 60%").
    """
    result: list[_Figure] = []
    for figure in figures:
        halves = _split_halves(text, figure, lower)
        result.extend(halves if halves else [figure])
    for first, second in zip(result, result[1:], strict=False):
        if first.kind == second.kind == "number" and first.unit is None \
                and second.unit is None and _TALLY_JOIN.fullmatch(text, first.end, second.start) \
                and _PERCENT_WORD_AFTER.match(text, second.end) \
                and _CONTEST_BEFORE_SPLIT.search(text, max(lower, first.start - _CONTEST_REACH),
                                                 first.start):
            percent = _PERCENT_WORD_AFTER.match(text, second.end)
            for half in (first, second):
                half.kind, half.unit = "percent", "%"
            second.end = percent.end()  # "47-44 percent": both sides percents
    return result


def _split_halves(text: str, figure: _Figure, lower: int) -> list[_Figure] | None:
    """Return the two sides of a split read as a range, or None."""
    if figure.value_high is None or figure.value is None:
        return None
    joined = text[figure.start:figure.end]
    if figure.kind == "number" and figure.unit is None and "-" in joined \
            and _CONTEST_BEFORE_SPLIT.search(text, max(lower, figure.start - _CONTEST_REACH),
                                             figure.start) is not None:
        return _score_halves(text, figure)  # "46-48": its two numbers, as a score's
    if figure.kind == "percent" and figure.unit == "%" and " to " in joined \
            and WHOLE_PERCENT[0] <= figure.value + figure.value_high <= WHOLE_PERCENT[1] \
            and _RANGE_BEFORE.search(text, max(lower, figure.start - _CONTEST_REACH),
                                     figure.start) is None:
        to = joined.index(" to ")
        first = _Figure(figure.start, figure.start + to, figure.value, kind="percent", unit="%")
        second = _Figure(figure.start + to + 4, figure.end, figure.value_high, kind="percent",
                         unit="%")
        first.subject = second.subject = figure.subject
        return [first, second]
    return None


#: Kinds whose unit a bare number in brackets right after takes: a value for an earlier
#: period, as earnings tables print it ("NOK 12.3bn (11.6bn)"). Not a percent: after
#: one a bracket often holds the count it is a share of ("45% (120)").
BRACKET_UNIT_KINDS = frozenset({"money"})
_BRACKET_OPEN = re.compile(r"[ \t\u00a0]{0,2}\([ \t\u00a0]?")
_BRACKET_CLOSE = re.compile(r"[ \t\u00a0]?\)")


def _bracketed_comparisons(text: str, figures: list[_Figure]) -> None:
    """Give a bare number in brackets after a money figure its currency and subject, in place.

    "NOK 12.3bn (11.6bn)" → 11.6e9 NOK and "NOK 12.3bn (11.6)" alike (the bracket
    repeats the figure's terms, scale included); only a number alone in its
    brackets is read so, never a count ("£2m (40 homes)").
    """
    for before, bare in zip(figures, figures[1:], strict=False):
        if before.kind in BRACKET_UNIT_KINDS and before.unit and before.value_high is None \
                and bare.kind == "number" and bare.unit is None and bare.value is not None \
                and bare.value_high is None and bare.qualifier is None and not bare.fraction \
                and _BRACKET_OPEN.fullmatch(text, before.end, bare.start) is not None \
                and _BRACKET_CLOSE.match(text, bare.end) is not None:
            bare.kind, bare.unit = before.kind, before.unit
            bare.subject = bare.subject or before.subject  # the same measure a period before
            if before.scale > 1.0 and bare.scale == 1.0 \
                    and abs(bare.value) < abs(before.value or 0.0) / before.scale * 10:
                bare.value *= before.scale
                bare.scale = before.scale


#: Seconds in each duration unit, to add up a compound duration ("2 hours 18
#: minutes 46 seconds" → 2.3128 h); months and years as their average lengths.
SECONDS_IN = {"as": 1e-18, "fs": 1e-15, "ps": 1e-12, "ns": 1e-9, "µs": 1e-6, "ms": 0.001,
              "s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0,
              "week": 604800.0, "month": 2629800.0, "year": 31557600.0}
# "and" in English and in the languages whose lengths of time in words are read
# ("drei Jahren und sechs Monaten", "cinq ans et six mois", "dos años y tres meses").
_DURATION_JOIN = re.compile(r"(?:,?[ \t]+(?:and|und|et|y|e)|,)?[ \t]+")


# What joins the parts of a number written in scale words: a space, or "and" ("24 milioni
# 198 mila", "2 millones 300 mil", "1 milhão e 200 mil").
_SCALE_PARTS_JOIN = re.compile(r"[ \t](?:(?:e|y|et|and)[ \t])?")


# What sets a figure against the one before it: "4,012, not 40,000", "2,113 in 2024, not
# the 20,000 claimed", "rather than", "compared with", "versus".
_CONTRAST_JOIN = re.compile(
    r",?[ \t]+(?:and[ \t]+)?(?:not|rather[ \t]+than|instead[ \t]+of|compared[ \t]+(?:with|to)"
    r"|versus|vs\.?)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?")
# A year between a figure and its contrast ("2,113 in 2024, not …"): the time of the first.
_YEAR_BETWEEN = re.compile(r"[ \t]+(?:in|for|by)[ \t]+(?:19|20)\d\d")


def _contrasted_subjects(text: str, figures: list[_Figure]) -> None:
    """Give a figure set against the one before it that figure's subject, in place.

    "The real death toll was 4,012, not 40,000": both count the toll, the claimed and
    the actual, as fact-checks set them side by side.
    """
    for index, figure in enumerate(figures[1:], start=1):
        if figure.subject is not None or figure.value_high is not None:
            continue
        before = figures[index - 1]
        if before.kind == "year" and index >= 2 and _YEAR_BETWEEN.fullmatch(
                text, figures[index - 2].end, before.end) is not None:
            before = figures[index - 2]  # "2,113 in 2024, not the 20,000 claimed"
            gap_start = figures[index - 1].end
        else:
            gap_start = before.end
        if not before.subject or _CONTRAST_JOIN.fullmatch(text, gap_start, figure.start) is None:
            continue
        counted = before.kind == "count" and figure.kind == "number" and figure.unit is None \
            and float(figure.value or 0.0).is_integer()
        if before.kind == figure.kind and before.unit == figure.unit or counted:
            figure.subject, figure.kind = before.subject, before.kind


def _counts_before_a_measure(text: str, figures: list[_Figure], limit: int) -> None:
    """Give a count the noun after the measure that modifies it, in place.

    "2 million 155mm shells", "40 12.7mm rifles": the measure (a calibre, a size) stands
    between the count and what it counts; both take the noun.
    """
    for count, measure in zip(figures, figures[1:], strict=False):
        if count.kind in ("number", "count") and count.subject is None and count.unit is None \
                and not count.fraction and count.value_high is None \
                and measure.kind == "measure" and measure.value_high is None \
                and text[count.end:measure.start] == " " \
                and " " not in text[measure.start:measure.end]:
            noun = _subject_after(text, measure.end, limit)
            if noun:
                count.subject, measure.subject = noun, measure.subject or noun
                if float(count.value or 0.0).is_integer():
                    count.kind = "count"


def _merge_scaled_parts(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Join a number written in parts of falling scale into one ("24 milioni 198 mila").

    The smaller part gives the whole its kind, unit and subject ("24 milioni 198 mila
    persone" counts persons).
    """
    merged: list[_Figure] = []
    for figure in figures:
        last = merged[-1] if merged else None
        if last is not None and last.scale >= 1e6 and figure.scale < last.scale \
                and figure.scale >= 1e3 and last.value is not None and figure.value is not None \
                and 0 < figure.value < last.scale and last.value_high is None \
                and figure.value_high is None and figure.qualifier is None \
                and last.kind in ("number", figure.kind) and last.unit in (None, figure.unit) \
                and _SCALE_PARTS_JOIN.fullmatch(text, last.end, figure.start) is not None:
            last.value += figure.value
            last.end, last.kind, last.unit = figure.end, figure.kind, figure.unit
            last.subject = last.subject or figure.subject
            continue
        merged.append(figure)
    return merged


def _minutes_written_as_metres(text: str, figures: list[_Figure]) -> None:
    """Read "1m" right before seconds as a minute, in place: "a 1m 29.5s lap" is 1 min.

    Timing sheets and motor-sport copy write minutes "m" before the seconds; a length
    is never followed by a number of seconds.
    """
    for metres, seconds in zip(figures, figures[1:], strict=False):
        if metres.kind == "measure" and metres.unit == "m" and metres.value_high is None \
                and seconds.kind == "duration" and seconds.unit == "s" \
                and seconds.value_high is None and text[metres.end:seconds.start] == " " \
                and float(metres.value or 0.0).is_integer() \
                and 0 <= (metres.value or 0.0) < SECONDS_IN["min"] \
                and (seconds.value or 0.0) < SECONDS_IN["min"]:
            metres.kind, metres.unit, metres.subject = "duration", "min", None


def _merge_durations(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Join "2 hours 18 minutes 46 seconds" (units getting smaller) into one duration."""
    if len(figures) < 2:
        return figures
    _minutes_written_as_metres(text, figures)
    merged: list[_Figure] = []
    smallest = 0.0  # seconds in the smallest unit the last merged duration has read
    for figure in figures:
        last = merged[-1] if merged else None
        if last is not None and _continues_duration(text, last, figure, smallest):
            last.value = (last.value or 0.0) + (figure.value or 0.0) * (
                SECONDS_IN[figure.unit or "s"] / SECONDS_IN[last.unit or "s"])
            last.end = figure.end
            smallest = SECONDS_IN[figure.unit or "s"]
            continue
        merged.append(figure)
        smallest = SECONDS_IN.get(figure.unit or "", 0.0)
    return merged


def _continues_duration(text: str, last: _Figure, figure: _Figure, smallest: float) -> bool:
    """Whether ``figure`` adds a smaller unit to the duration ``last`` ("… 18 minutes")."""
    return (last.kind == figure.kind == "duration" and last.value is not None
            and figure.value is not None and last.value_high is None
            and figure.value_high is None and figure.qualifier is None
            and last.per is None and figure.per is None
            and figure.unit in SECONDS_IN and last.unit in SECONDS_IN
            and SECONDS_IN[figure.unit] < smallest
            and _DURATION_JOIN.fullmatch(text, last.end, figure.start) is not None)


def _merge_ranges(text: str, figures: list[_Figure], lower: int) -> list[_Figure]:
    """Join "A to B", "A - B" and "between A and B" into one range row."""
    if len(figures) < 2:
        return figures
    merged: list[_Figure] = []
    restated: _Figure | None = None  # the change the figure before restated ("…, or 0.6%,")
    for figure in figures:
        if merged and _joinable(text, merged[-1], figure, lower):
            merged[-1] = _join(merged[-1], figure)
            restated = None
            read_age_range(text, merged[-1], lower)  # "aged between 50 and 71"
            if merged[-1].subject is None and merged[-1].kind in ("money", "percent"):
                # "guidance to $3.30 to $3.40, from $3.10 to $3.25": the range compared
                _compared_level_takes_subject(text, merged[:-1], merged[-1], lower)
            if merged[-1].subject is None and merged[-1].kind in ("money", "percent", "measure"):
                # "Rainfall totals of 150 to 200 mm": what the range measures
                merged[-1].subject = _noun_of_before(text, merged[-1], lower)
            continue
        if merged and _days_of_a_date(text, merged[-1], figure):
            figure.start = merged[-1].start  # "between 7 and 10 March": one date, two days
            merged[-1] = figure
            continue
        if merged and _dates_of_a_range(text, merged[-1], figure, lower):
            figure.start = merged[-1].start  # "March 30 to April 2": one date, two months
            merged[-1] = figure
            continue
        change, restated = restated, None
        if merged and merged[-1].subject is None and _bare_change_and_level(
                text, merged[-1], figure, lower):
            # "The number of private landlords fell by around 600 to 9,400": what changed
            head = merged[-1].qualifier_start if merged[-1].qualifier_start is not None \
                else merged[-1].start
            merged[-1].subject = figure.subject or _subject_before_verb(
                text, head, lower, counting=False)
            if merged[-1].subject and float(merged[-1].value or 0.0).is_integer():
                merged[-1].kind = "count"
        if merged and merged[-1].subject and (
                figure.subject is None or figure.subject.lower() in RATIO_BASES):
            # "Debt rose from 85% to 98% of GDP": the level measures debt, of GDP
            _level_takes_subject(text, merged[-1], figure, lower)
            if figure.subject is None and _restates(text, merged[-1], figure, lower):
                figure.subject, restated = merged[-1].subject, merged[-1]
        if figure.subject is None and merged and merged[-1].subject \
                and _SIGNED_IN_BRACKETS.fullmatch(text, merged[-1].end, figure.start) \
                and (text[figure.start - 1] == "+" or text[figure.start] in "-−"):
            # "Average hourly wages rose 3.4% (+$1.21 to $36.85)": the same change in
            # another unit, signed in brackets after it
            figure.subject = merged[-1].subject
        if figure.subject is not None and figure.subject.lower() in TALLY_PARTICIPLES \
                and figure.kind == "count":
            # "won 51,234 votes out of 98,000 cast": the participle is no noun of its own
            figure.subject, figure.kind = None, "number"
        if figure.subject is None and len(merged) > 1:
            _dated_level_takes_subject(text, merged, figure)
        if figure.subject is None and merged:
            _previous_level_takes_subject(text, merged, figure, lower)
            if figure.subject is None:
                _change_after_level_takes_subject(text, merged, figure, lower)
            if figure.subject is None:
                _elided_count_takes_subject(text, merged, figure)
            if figure.subject is None:
                _tally_takes_subject(text, merged, figure)
            if figure.subject is None and figure.kind in COMPARED_KINDS:
                _compared_level_takes_subject(text, merged, figure, lower)
            if figure.subject is None and figure.kind == "number":
                _listed_item_takes_measure(text, merged, figure)
        if merged and figure.subject and _shares_counted_noun(text, merged[-1], figure):
            # "1,120 and 784 incidents were recorded": both count incidents
            merged[-1].subject, merged[-1].kind = figure.subject, "count"
        if change is not None and figure.subject is None \
                and (figure.kind == change.kind or change.unit == "points"
                     and figure.kind == "number") \
                and _LEVEL_AFTER_RESTATED.fullmatch(text, merged[-1].end, figure.start):
            # "rose 43 cents, or 0.6%, to $74.12": the level after the change
            figure.subject = change.subject
        merged.append(figure)
    return merged


#: What joins two counts that share the noun after the second: "1,120 and 784 incidents".
_COUNT_PAIR = re.compile(r"[ \t]+(?:and|or)[ \t]+")


def _bare_change_and_level(text: str, a: _Figure, b: _Figure, lower: int) -> bool:
    """Whether two bare numbers joined by "to" are a change and the level after it."""
    if a.unit is not None or b.unit is not None or a.fraction or b.fraction \
            or a.kind not in ("number", "count") or b.kind not in ("number", "count") \
            or _joining_word(text, a, b) not in RANGE_TO_WORDS:
        return False
    head = a.qualifier_start if a.qualifier_start is not None else a.start
    return _change_then_level(text, a, b, head, lower)


def _shares_counted_noun(text: str, a: _Figure, b: _Figure) -> bool:
    """Whether the bare number ``a`` counts what the count ``b`` after "and"/"or" counts."""
    return (a.kind == "number" and a.subject is None and a.unit is None and not a.fraction
            and a.value_high is None and a.value is not None and float(a.value).is_integer()
            and b.kind == "count" and b.value_high is None
            and _COUNT_PAIR.fullmatch(text, a.end, b.start) is not None)


def _dated_level_takes_subject(text: str, merged: list[_Figure], figure: _Figure) -> None:
    """Give the level a change reached the subject of the dated level it rose from.

    "That measure rose from 2.67 million in December 2022 to 3.07 million in December
    2024", "Revenue rose from $5m in 2023 to $7m in 2024": the date between the two
    levels is passed, and the second measures what the first does.
    """
    level, date = merged[-2], merged[-1]
    if date.kind not in ("year", "date") or not level.subject or level.value_high is not None \
            or not text.endswith("from ", 0, level.start) \
            or _IN_BEFORE_DATE.fullmatch(text, level.end, date.start) is None \
            or _TO_AFTER_DATE.fullmatch(text, date.end, figure.start) is None:
        return
    if level.kind == figure.kind or (level.kind, figure.kind) == ("count", "number"):
        figure.subject, figure.kind = level.subject, level.kind


_IN_BEFORE_DATE = re.compile(r"[ \t]+in[ \t]+")
_TO_AFTER_DATE = re.compile(r"[ \t]+to[ \t]+")


#: What puts the level before a change after the level it reached: "fell to 4.1% in May,
#: down from 4.3%", "rose to 3.1%, up from 2.9%", "dropped to 43,300 in March from 49,500".
_PREVIOUS_LEVEL = re.compile(r"(?:,[ \t]*|[ \t]+)(?:(?P<direction>down|up)[ \t]+)?from[ \t]+$")
#: Most characters between that level and the one it was reached from.
PREVIOUS_LEVEL_REACH = 60
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*[ \t\n]")


def _previous_level_takes_subject(text: str, merged: list[_Figure], figure: _Figure,
                                  lower: int) -> None:
    """Give the level before a change, after "down from" or "up from", the level's subject.

    "Unemployment fell to 4.1% in May, down from 4.3% in April": 4.3% measures
    unemployment too. The level is the last figure of the same kind before it in
    the same sentence (a year or a date between them is passed), at most
    PREVIOUS_LEVEL_REACH characters before.
    """
    joined = _PREVIOUS_LEVEL.search(text, max(lower, figure.start - 16), figure.start)
    if joined is None:
        return
    earlier = _amount_before(text, merged, figure, PREVIOUS_LEVEL_REACH)
    # a bare number after a rate per a base is that rate ("4.2 cases per 100,000, up from
    # 3.1" → 3.1 per 100,000)
    per_base = earlier is not None and earlier.kind == "measure" \
        and (earlier.unit or "").startswith("per ") and figure.kind == "number" \
        and figure.unit is None and figure.per is None
    if earlier is None or not earlier.subject or earlier.value_high is not None \
            or earlier.kind != figure.kind and (earlier.kind, figure.kind) != ("count", "number") \
            and not per_base:
        return
    if not joined.group("direction") and not text.endswith(("to ", "to\t"), lower, earlier.start):
        return  # a bare "from" names the level before only after the level reached "to"
    figure.subject, figure.kind = earlier.subject, earlier.kind  # "to 43,300 … from 49,500"
    if per_base:
        figure.unit = earlier.unit


#: A change set off after the level it led to: "Revenue was $4.2bn, up 12% year-on-year".
_CHANGE_AFTER_LEVEL = re.compile(r",[ \t]*(?:up|down)(?:[ \t]+by)?[ \t]+$")


def _change_after_level_takes_subject(text: str, merged: list[_Figure], figure: _Figure,
                                      lower: int) -> None:
    """Give a change set off by ", up" or ", down" after a level the level's subject.

    "Revenue was $4.2bn, up 12% year-on-year": the 12% is a change in revenue. Only a
    change in per cent, or one of the level's own kind ("$4.2bn, up $300m"), in the
    same sentence, at most PREVIOUS_LEVEL_REACH characters after the level.
    """
    head = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if _CHANGE_AFTER_LEVEL.search(text, max(lower, head - 12), head) is None:
        return
    earlier = _amount_before(text, merged, figure, PREVIOUS_LEVEL_REACH)
    if earlier is not None and earlier.subject and earlier.value_high is None \
            and (figure.kind == "percent" or figure.kind == earlier.kind
                 or figure.unit in RATE_POINT_UNITS):  # "14.2%, up 180 basis points"
        figure.subject = earlier.subject


#: What sets a level beside another of the same measure: "$1.05, compared with $0.92",
#: "up 6% from $1.13 billion", "guidance to $3.30 to $3.40, from $3.10 to $3.25", "cut
#: rates by 0.25 percentage points, to 4%", "from 7.9% in June to 6.8% in July".
_COMPARED_BEFORE = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:compared[ \t]+(?:with|to)|versus|vs\.?|against|from|to)[ \t]+$")
#: Most characters back to the level compared with.
COMPARED_LEVEL_REACH = 80


#: Kinds of a level compared with one before it that measure the same thing ("Diluted EPS
#: were $1.05, compared with $0.92", "16.0 months versus 12.4 months").
COMPARED_KINDS = frozenset({"money", "percent", "measure", "duration"})


def _compared_level_takes_subject(text: str, merged: list[_Figure], figure: _Figure,
                                  lower: int) -> None:
    """Give a level compared with an earlier one of the same measure that one's subject.

    The earlier level is the last figure of the same kind (a percent for a change in
    points) in the same sentence, at most COMPARED_LEVEL_REACH characters before,
    both single values or both ranges.
    """
    head = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if _COMPARED_BEFORE.search(text, max(lower, head - 20), head) is None:
        return
    for earlier in reversed(merged):
        if head - earlier.end > COMPARED_LEVEL_REACH \
                or _SENTENCE_END.search(text, earlier.end, head):
            return
        same_measure = earlier.kind == figure.kind and (
            earlier.unit == figure.unit or earlier.kind == "percent")
        if same_measure and (earlier.value_high is None) == (figure.value_high is None):
            if earlier.subject:
                figure.subject = earlier.subject
            return


def _amount_before(text: str, merged: list[_Figure], figure: _Figure,
                   reach: int) -> _Figure | None:
    """Return the last figure read before ``figure`` that is no year or date, or None.

    None when it is more than ``reach`` characters before ``figure`` or in an earlier
    sentence: "fell to 4.1% in May, down from 4.3%" passes the month to reach 4.1%.
    """
    earlier = next((f for f in reversed(merged) if f.kind not in ("year", "date")), None)
    if earlier is None or figure.start - earlier.end > reach \
            or _SENTENCE_END.search(text, earlier.end, figure.start):
        return None
    return earlier


#: What parts the items of a list of named shares or tallies: a comma or "and", then a
#: name (a party's tag in brackets after it) and perhaps "on" or "with" before the
#: number ("Labour is on 39 per cent, the Conservatives 24, Reform 16 and the Lib Dems
#: 11", "Labour has 403 seats, the Conservatives 111").
_NAMED_ITEM_BEFORE = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*){0,3}"  # the first item's noun: "403 seats, the Conservatives 111"
    # where the first item's count is ("52 seats in the Landtag and the SPD 41")
    r"(?:[ \t]+(?:in|at|on|across)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.&-]*)?"
    # the first item's share in brackets ("38,414 votes (36.92%), Ms Arden 31,905")
    r"(?:[ \t]*\([^()\n]{1,20}\))?"
    r"(?:,|,?[ \t]+(?:and|with|while))[ \t]+(?:the[ \t]+)?(?P<name>(?:[A-Z][\w'’.&-]*[ \t]+){1,4}"
    # a party named with its kind in lower case: "with the Congress party winning 99"
    r"(?:(?:party|alliance|bloc|coalition|front)[ \t]+)?)"
    # (a verb of the item in -ing after "with": "with the NDA winning about 1,600")
    r"(?:\([^()\n]{1,30}\)[ \t]+)?(?:(?:on|with|had|has|at|[a-z]{2,20}ing)[ \t]+)?")
#: Most characters between two items of such a list.
LISTED_ITEM_REACH = 50
#: A share in brackets right after a count or its noun ("38,414 votes (36.92%)", "Ms
#: Arden 31,905 (30.66%)").
_BRACKETED_SHARE = re.compile(r"(?:[ \t]+[a-z][\w'’-]*)?[ \t]*\([^()\n]{1,20}\)")


def _listed_item_takes_measure(text: str, merged: list[_Figure], figure: _Figure) -> None:
    """Give a bare number in a list of named items the measure of the item before.

    "Labour is on 39 per cent, the Conservatives 24 and Reform 16": 24% and 16%, of the
    Conservatives and of Reform where the first share is Labour's;
    "Labour has 403 seats, the Conservatives 111": 111 seats. Only a number with
    nothing but a name (and "on", "with") between it and a share or count with its
    measure, in the same sentence.
    """
    if figure.unit is not None or figure.value_high is not None or figure.fraction \
            or not merged:
        return
    earlier = merged[-1]
    if len(merged) > 1 and earlier.kind == "percent" and merged[-2].kind == "count" \
            and _BRACKETED_SHARE.fullmatch(text, merged[-2].end, earlier.end + 1):
        earlier = merged[-2]  # "38,414 votes (36.92%), Ms Arden 31,905": the count's
    if earlier.value_high is not None or figure.start - earlier.end > LISTED_ITEM_REACH \
            or not (earlier.kind == "percent" and earlier.unit == "%"
                    or earlier.kind == "count" and earlier.subject):
        return
    named = _NAMED_ITEM_BEFORE.fullmatch(text, earlier.end, figure.start)
    if named is None:
        return
    figure.kind, figure.unit, figure.subject = earlier.kind, earlier.unit, earlier.subject
    if earlier.kind == "percent" and (earlier.subject or "")[:1].isupper():
        # "Labour is on 39 per cent, the Conservatives 24": a name's share, the next
        # name's the next
        figure.subject = named.group("name").strip()


#: Words of harm and rescue that a second count of the same people stands beside with
#: its noun left out: "12 people were killed and 40 injured", "infected 1,234 people
#: and killed 56".
CASUALTY_WORDS = frozenset(
    "killed injured wounded hurt missing dead died arrested detained displaced evacuated "
    "rescued infected hospitalised hospitalized recovered kill injure wound arrest".split())
_AUXILIARIES = frozenset("were was are is have has had been be".split())
# The end of the words between two counts: "and" or a comma, then perhaps one verb.
_ELIDED_JOIN = re.compile(r"(?:[ \t]and|,)[ \t]+(?:(?P<verb>[a-z]+)[ \t]+)?$")
#: Most characters between a count and the count whose noun it leaves out.
ELIDED_COUNT_REACH = 60


def _elided_count_takes_subject(text: str, merged: list[_Figure], figure: _Figure) -> None:
    """Give a bare number the noun of the count before it, in a list of harm, in place.

    "At least 12 people were killed and 40 injured": 40 people. The number follows
    "and" or a comma, after or before a word of CASUALTY_WORDS, in the same sentence
    as the count, at most ELIDED_COUNT_REACH characters on.
    """
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or figure.fraction:
        return
    if _elided_margin(text, merged, figure):
        return
    earlier = _amount_before(text, merged, figure, ELIDED_COUNT_REACH)
    if earlier is None or earlier.kind != "count" or not earlier.subject:
        return
    join = _ELIDED_JOIN.search(text, earlier.end, figure.start)
    if join is None:
        return
    after = [word.strip(".,;:").lower() for word in text[figure.end:figure.end + 30].split()[:3]]
    while after and after[0] in _AUXILIARIES:
        after = after[1:]  # "12 were wounded", "3 are missing", "4 have died"
    if (join.group("verb") or "and") in CONTRAST_JOINS and after[:1] \
            and _past_verb(after[0]) and figure.value is not None \
            and float(figure.value).is_integer():
        verb = _SUBJECT_AND_VERB.match(text, earlier.end)
        bare = _FIRST_WORD_AFTER.match(text, earlier.end)  # "1,022 advanced and 98 …"
        if verb is not None and verb.group("noun") == earlier.subject.split()[-1] \
                and _past_verb(verb.group("verb").lower()) \
                or bare is not None and _past_verb(bare.group("word")):
            # "2,941 stocks declined, while 1,022 advanced and 98 remained unchanged": the
            # same things, each number the subject of its own verb
            figure.subject, figure.kind = earlier.subject, "count"
            return
    if (join.group("verb") or "") in CASUALTY_WORDS or after[:1] and after[0] in CASUALTY_WORDS:
        if earlier.subject.lower() in CASUALTY_WORDS:
            # "41 dead, thousands displaced": the count before names its harm, no noun;
            # this one names its own
            if after[:1] and after[0] in CASUALTY_WORDS:
                figure.subject, figure.kind = after[0], "count"
            return
        figure.subject, figure.kind = earlier.subject, "count"


#: Verbs whose object is people (data/victim_verbs.txt): a bare number after one counts
#: people ("Floods killed at least 42 in Sylhet", "displaced more than 300,000").
VICTIM_VERBS = frozenset(word_list("victim_verbs.txt"))
#: Their past forms, and the words of a fate, that a bare number before them with an
#: auxiliary counts people too ("At least 42 were killed", "12 remain missing").
VICTIM_STATES = frozenset(word for word in VICTIM_VERBS if word.endswith("ed")) \
    | frozenset("hurt dead missing unaccounted".split()) | {"in need"}
#: Verbs that count people with no auxiliary before them ("At least 42 died").
DEATH_VERBS = frozenset("died drowned perished".split())
#: Forms of "leave" that put a harm after the people they count ("left 1,200 injured").
LEAVE_FORMS = frozenset("leave leaves left leaving".split())
_VICTIM_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?P<verb>[a-z]+)[ \t]+$")
#: The word after a bare count, if any; nothing but punctuation after it ends a clause.
_VICTIM_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")
#: A bare count before its auxiliary and the fate it names ("42 were killed", "12
#: remain missing", "9 have been reported dead", "400,000 are in need of food aid").
_VICTIM_STATE_AFTER = re.compile(
    r"[ \t]+(?:(?:were|are|have|had|remain|remained|remains)[ \t]+)"
    r"(?:(?:been|still|now|reportedly|later|also|feared|believed|reported|confirmed)[ \t]+){0,2}"
    r"(?P<state>in[ ]need|[a-z]+)\b")
#: A count's fate right after it in a clause opened by "with" ("…, with 47 still missing",
#: "with 300 injured"), and the word after the fate, which must end the phrase.
_WITH_STATE_AFTER = re.compile(
    r"[ \t]+(?:(?:still|now|more|others|reportedly|feared|believed|confirmed)[ \t]+){0,2}"
    r"(?P<state>missing|dead|injured|hurt|wounded|unaccounted|displaced|homeless)\b"
    r"(?:[ \t]+(?P<next>[a-z]+))?")
#: Characters a bare count may stand before at the end of its clause ("killed 42.").
_CLAUSE_END_AFTER = frozenset((*".,;:!?)—–\n", ""))


def _victim_counts(text: str, figures: list[_Figure], lower: int) -> None:
    """Count people with a bare number that a verb of harm or rescue takes, in place.

    "Floods killed at least 42 in Sylhet", "displacing more than 300,000", "left 1,200
    injured", "At least 42 were killed", "12 remain missing", "9 died": `count`,
    subject `people`. The number has no unit, subject or fraction, and what follows it
    ends its phrase (punctuation or a function word, data: _SUBJECT_STOPS), so "killed
    42 cattle" keeps its own noun. Runs after the lists of harm have given an elided
    count the noun of the one before ("12 soldiers were killed and 40 injured").
    """
    harmed: str | None = None  # the subject of the count before, if it names the harmed
    for figure in figures:
        before_harmed, harmed = harmed, None
        if figure.kind not in ("number", "count") or figure.unit is not None \
                or figure.fraction or not float(figure.value or 0.5).is_integer():
            continue
        if figure.kind == "count" and figure.subject \
                and figure.subject.lower() in CASUALTY_WORDS | {"people"}:
            harmed = figure.subject.lower()  # "58 dead", "47 still missing" (below)
        head = figure.qualifier_start if figure.qualifier_start is not None else figure.start
        before = _VICTIM_VERB_BEFORE.search(text, max(lower, head - 24), head)
        verb = before.group("verb") if before is not None else ""
        if verb == "with" or verb == "and" and before_harmed is not None:
            state = _WITH_STATE_AFTER.match(text, figure.end)
            if state is not None and (state.group("next") is None
                                      or state.group("next") in _SUBJECT_STOPS):
                # "…, with 47 still missing": the fate names the people, whatever the
                # level before ("The toll climbed to 213") gave the bare number; after a
                # count named by its harm, this one by its own ("58 dead and 212 injured")
                figure.kind = "count"
                figure.subject = state.group("state") if verb == "and" \
                    and before_harmed != "people" else "people"
                harmed = figure.subject
                continue
        if figure.kind != "number" or figure.subject is not None:
            continue
        after = _VICTIM_WORD_AFTER.match(text, figure.end)
        word = after.group("word") if after is not None else ""
        if verb in LEAVE_FORMS:
            people = word in VICTIM_STATES  # "left 1,200 injured"
        elif verb in VICTIM_VERBS:
            people = word in _SUBJECT_STOPS if after is not None \
                else text[figure.end:figure.end + 1] in _CLAUSE_END_AFTER
        else:
            state = _VICTIM_STATE_AFTER.match(text, figure.end)
            people = state is not None and state.group("state") in VICTIM_STATES \
                or word in DEATH_VERBS
        if people:
            figure.kind, figure.subject = "count", "people"


#: Participles of a tally after a number whose noun is left out, the noun of the count
#: before it in the sentence: "won 51,234 votes out of 98,000 cast", "240 of the 543 seats,
#: short of the 272 needed", "with 620 seats declared … 31 still counted".
TALLY_PARTICIPLES = frozenset("cast counted needed required declared polled recorded "
                              "returned contested available".split())
#: A participle of a tally after a number.
_TALLY_PARTICIPLE_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")
#: The other side of a contest after a count, named with its possessive: "45,210 votes to
#: Smith's 39,877", "412 seats against Labour's 201".
_RIVALS_COUNT_BEFORE = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*){0,2}"  # the count's noun: "45,210 votes to Smith's 39,877"
    r"[ \t]+(?:to|against|versus|vs\.?)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,3}"
    r"[A-Z][\w.&-]*(?:['’]s|s['’])[ \t]+$")
#: Most characters between a count and the number that leaves its noun out.
TALLY_REACH = 80


def _tally_takes_subject(text: str, merged: list[_Figure], figure: _Figure) -> None:
    """Give a bare number the noun of the count before it in a tally, in place.

    "won 51,234 votes out of 98,000 cast", "the 272 needed for a majority" (a participle
    of TALLY_PARTICIPLES after the number) and "45,210 votes to Smith's 39,877" (a rival's
    possessive before it): the same noun, in the same sentence, at most TALLY_REACH
    characters on.
    """
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or figure.fraction or figure.value is None or not float(figure.value).is_integer():
        return
    earlier = _amount_before(text, merged, figure, TALLY_REACH)
    if earlier is None or earlier.kind != "count" or not earlier.subject:
        return
    participle = _TALLY_PARTICIPLE_AFTER.match(text, figure.end)
    if participle is not None and participle.group("word") in TALLY_PARTICIPLES \
            or _RIVALS_COUNT_BEFORE.fullmatch(text, earlier.end, figure.start) is not None:
        figure.subject, figure.kind = earlier.subject, "count"


#: Words after "and" or a comma that join two clauses, each a count and its verb
#: ("2,941 stocks declined, while 1,022 advanced and 98 remained unchanged").
CONTRAST_JOINS = frozenset({"and", "while", "whereas", "but", "whilst"})
#: Past forms that end in no -ed, of verbs a counted subject takes ("98 remained", "40
#: fell", "12 rose").
IRREGULAR_PAST_VERBS = frozenset("fell rose held stood sat came went left won lost grew "
                                 "made took got ran kept".split())
#: A count's noun and the verb after it ("2,941 stocks declined"), perhaps with an
#: auxiliary ("1,200 shares were traded").
_SUBJECT_AND_VERB = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t]+(?P<noun>[a-z][\w'’-]*)"
                               r"(?:[ \t]+(?:were|was|had|have|has))?[ \t]+(?P<verb>[a-z]+)\b")


#: The word right after a number, in lower case.
_FIRST_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")


def _past_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb in the past ("advanced", "remained", "fell")."""
    return word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PAST_VERBS


#: The word before a margin ("won by 61 votes"); a later bare number after it in the same
#: sentence is a margin of the same things ("held on by 87").
MARGIN_WORDS = frozenset({"by"})
#: Most characters between a margin with its noun and a later bare one.
MARGIN_REACH = 100
_MARGIN_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[a-z]+)[ \t]+$")


def _elided_margin(text: str, merged: list[_Figure], figure: _Figure) -> bool:
    """Give a bare margin the noun of the margin before it, in place; whether it did.

    "… won by 61 votes, and in Kings North the Liberal incumbent held on by 87": 87
    votes. Both numbers follow "by" (MARGIN_WORDS), in one sentence, at most
    MARGIN_REACH characters apart, and nothing but punctuation follows the later.
    """
    start = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    word = _MARGIN_BEFORE.search(text, max(0, start - 12), start)
    if word is None or word.group("word") not in MARGIN_WORDS \
            or text[figure.end:figure.end + 1] not in ("", ".", ",", ";", ")"):
        return False
    earlier = _amount_before(text, merged, figure, MARGIN_REACH)
    if earlier is None or earlier.kind != "count" or not earlier.subject \
            or figure.value is None or not float(figure.value).is_integer():
        return False
    head = earlier.qualifier_start if earlier.qualifier_start is not None else earlier.start
    before = _MARGIN_BEFORE.search(text, max(0, head - 12), head)
    if before is None or before.group("word") != word.group("word"):
        return False
    figure.subject, figure.kind = earlier.subject, "count"
    return True


#: What joins a change to the same change in another unit: "rose 43 cents, or 0.6%,"
#: ("fell $1.20 (1.5%)" is a bracketed aside, read as a label's amount elsewhere).
_RESTATEMENT = re.compile(r",[ \t]+or[ \t]+")
#: What joins that restatement to the level after the change: "…, or 0.6%, to $74.12".
_LEVEL_AFTER_RESTATED = re.compile(
    r",?[ \t]+to[ \t]+(?:(?:close|end|finish|settle)[ \t]+at[ \t]+)?")


def _restates(text: str, a: _Figure, b: _Figure, lower: int) -> bool:
    """Whether ``b`` restates the change ``a`` in another unit: "rose 43 cents, or 0.6%".

    ``a`` follows a trend word right before it (_trend_word_last), and only ", or "
    stands between them; a percentage restates a sum or a measure, not another
    percentage ("fell 2%, or 3%" offers a choice).
    """
    if b.kind != "percent" or a.kind == "percent" \
            or _RESTATEMENT.fullmatch(text, a.end, b.start) is None:
        return False
    head = a.qualifier_start if a.qualifier_start is not None else a.start
    run = _WORDS_BEFORE.search(text, max(lower, head - _CHANGE_REACH), head)
    return run is not None and _trend_word_last(run.group().lower().split())


#: The period a change is over, or what it is measured against, between the change
#: and the level it reached: "rose 2.3% year on year to £285,000", "fell 0.8% against
#: the dollar to $1.24"; or its direction before the level: "closed 1.2% higher at 20,114";
#: or "at" alone after a change in per cent: "The Sensex gained 0.03 percent at 27,403.54".
_CHANGE_PERIOD_TO = re.compile(
    r"[ \t]+(?:(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|y/y|m/m|q/q"
    r"|on[ \t]+the[ \t]+(?:year|month|quarter|week|day)"
    r"|against[ \t]+the[ \t]+[\w.-]+)[ \t]+to|(?P<direction>higher|lower)[ \t]+at"
    # the level a change reached, named as a record: "rose 0.8% to a new high of 37.4bn"
    r"|to[ \t]+an?[ \t]+(?:(?:new|fresh|record|all-time)[ \t]+){0,2}(?:high|low|record|peak)"
    r"[ \t]+of"
    r"|(?P<at>at)"
    # the session's close the change ended at: "climbed 1.1% to end at 22,500", "fell 0.5%
    # to close at 7,650", "to settle at $82.10"
    r"|to[ \t]+(?:close|end|finish|settle)[ \t]+at)[ \t]+",
    re.IGNORECASE)


#: A change's level named a record between them ("rose 12% to a record $25bn", "to a new
#: high of 5,000", "to an all-time high of $2,400").
_TO_RECORD_LEVEL = re.compile(
    r"[ \t]+to[ \t]+(?:a|an)[ \t]+(?:(?:new|fresh|all-time|another)[ \t]+)?"
    r"(?:record(?:[ \t]+(?:high|low))?|high|low|peak)(?:[ \t]+of)?[ \t]+")


def _level_takes_subject(text: str, a: _Figure, b: _Figure, lower: int) -> None:
    """Give the level after a change the change's subject, in place.

    "Margins fell from 48% to 38%", "Oil fell 97 cents to $73.44": what rose or
    fell is what the second figure measures too, when the two are a change and a
    level (joined by "to", of one kind, or a count and its number). A fall's "from
    X to Y" is such a pair too here: were it low to high, it was joined as a range.
    """
    period = _CHANGE_PERIOD_TO.fullmatch(text, a.end, b.start)
    if _joining_word(text, a, b) not in RANGE_TO_WORDS and period is None \
            and _TO_RECORD_LEVEL.fullmatch(text, a.end, b.start) is None:
        return
    # "closed 1.2% higher at 20,114": the direction makes it a change and its level
    directed = period is not None and period.group("direction") is not None
    if period is not None and period.group("at") and b.subject is not None:
        return
    if period is not None and period.group("at") and a.kind != "percent" \
            and not (a.kind == b.kind == "money" and a.unit == b.unit):
        # "at" alone joins a level only to a change in per cent or in the same money
        # ("was up 88 cents at $78.13"), not "rose 5% at 3 stores"
        return
    kinds = (a.kind, b.kind)
    index_points = a.unit == "points" and b.kind == "number"  # "fell 120 points to 42,310"
    # "raised the rate by 25 basis points to 4.50%", "a quarter-point rise to 5%": a rate's
    # change in points and its level in per cent
    index_points = index_points or a.unit in RATE_POINT_UNITS and b.kind == "percent"
    # "Revenue rose 5% to $7 million", "fell by a fifth to $800bn": the level after a
    # change in per cent or as a fraction, in its own unit
    level_of_percent = (a.kind == "percent" or a.fraction) \
        and b.kind in ("money", "measure", "count", "number")
    if a.kind != b.kind and kinds != ("count", "number") and not index_points \
            and not level_of_percent:
        return
    head = a.qualifier_start if a.qualifier_start is not None else a.start
    if directed or _after_change_word(text, head, lower, TREND_WORDS) \
            or _change_then_level(text, a, b, head, lower) \
            or _signed_change_then_level(text, head, b):
        b.subject = a.subject
        if not index_points and not level_of_percent:
            b.kind = a.kind
        elif level_of_percent and b.kind == "number" and _counted_level(a.subject, b):
            b.kind = "count"  # "Homicides fell by 8% to 570": 570 homicides


#: Plurals that rise and fall as a price or a level, not as a number of things: a whole
#: number after their change is their level ("Shares rose 5% to 120"), no count.
PRICED_PLURALS = frozenset("shares stocks equities prices yields rates futures bonds indices "
                           "indexes costs markets points".split())


def _counted_level(subject: str | None, level: _Figure) -> bool:
    """Whether a bare whole number after a change in per cent counts its plural subject."""
    if not subject or level.unit is not None or level.fraction \
            or not float(level.value or 0.0).is_integer():
        return False
    last = subject.split()[-1].lower()
    return last.endswith("s") and not last.endswith("ss") and last not in PRICED_PLURALS


def _joining_word(text: str, a: _Figure, b: _Figure) -> str | None:
    """Return the word between two single figures that may join them ("to", "and").

    "" for a dash; None when they are no such pair: apart by more than 12
    characters, either a range already, or something else between them.
    """
    if b.start - a.end > 12 or a.value_high is not None or b.value_high is not None:
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    return None if gap is None else (gap.group("word") or "").lower()


#: The day a date opens with ("10 March").
_LEADING_DAY = re.compile(r"[0-9]{1,2}(?![0-9])")
#: What joins the two days of a range of dates: a dash ("") or a word of a range.
DAY_RANGE_WORDS = RANGE_AND_WORDS | frozenset(RANGE_TO_WORDS) | {""}


def _days_of_a_date(text: str, a: _Figure, b: _Figure) -> bool:
    """Whether a bare day number and a date after it are one range of days.

    "between 7 and 10 March", "7-10 March 2025": the first day is written without its
    month, which the date after it gives.
    """
    day = _LEADING_DAY.match(text, b.start, b.end) if b.kind == "date" else None
    return (day is not None and a.kind == "number" and a.unit is None and a.subject is None
            and a.value is not None and float(a.value).is_integer()
            and 1 <= a.value < int(day.group())  # not "from 28 to 3 May": two months
            and _joining_word(text, a, b) in DAY_RANGE_WORDS)


#: A day of a month in a date's text ("March 30", "30 March", "Nov. 29").
_DAY_IN_DATE = re.compile(r"(?<![0-9])[0-9]{1,2}(?![0-9])")
#: Words before "from" that move a date rather than span days ("postponed from March 30
#: to April 2", "pushed back from", "brought forward from"): two dates, as after a word
#: of change (CHANGE_WORDS: "moved", "shifted").
DATE_MOVING_WORDS = CHANGE_WORDS | frozenset(
    "postponed postpones postpone delayed delays delay rescheduled reschedules reschedule "
    "back forward deferred defers defer adjourned".split())


def _dates_of_a_range(text: str, a: _Figure, b: _Figure, lower: int) -> bool:
    """Whether two dates, the first with its day and no year, are one range of days.

    A poll's fieldwork or a count that runs across the end of a month ("conducted March
    30 to April 2", "28 February to 3 March 2025", "Nov. 29-Dec. 2"): the first date
    takes the year of the second. A first date with a year of its own stays a date of
    its own ("30 March 2024 to 2 April 2025"), as does a date moved to another
    ("postponed from March 30 to April 2").
    """
    if a.kind != "date" or b.kind != "date" or a.value is not None \
            or a.value_high is not None or b.value_high is not None \
            or _DAY_IN_DATE.search(text, a.start, a.end) is None \
            or _DAY_IN_DATE.search(text, b.start, b.end) is None \
            or _joining_word(text, a, b) not in ("", *RANGE_TO_WORDS):
        return False
    return not _after_change_word(text, a.start, lower, DATE_MOVING_WORDS)


def _joinable(text: str, a: _Figure, b: _Figure, lower: int) -> bool:
    word = _joining_word(text, a, b)
    if word is None:
        return False
    if a.value is None or b.value is None or b.qualifier is not None \
            or a.kind in ("date", "ordinal") or b.kind in ("date", "ordinal"):
        return False
    if a.fraction != b.fraction:
        return False  # "fell by a third to 40 tonnes": a change and a level
    head = a.qualifier_start if a.qualifier_start is not None else a.start
    if word in RANGE_AND_WORDS and not _BETWEEN.search(text, max(lower, head - 24), head):
        return False
    if a.subject and a.kind == "count" \
            and text.rfind(a.subject, max(lower, head - _CHANGE_REACH), head) == -1:
        # "gave 5 books to 10 students"; a subject before both may be the range's
        # ("Casualties were estimated at 40 to 60 per day")
        return False
    if word in RANGE_TO_WORDS and (_after_change_word(text, head, lower)
                                   or _change_then_level(text, a, b, head, lower)
                                   or _signed_change_then_level(text, head, b)):
        return False  # "rose from 5% to 7%", "up by $12 to $96": a change and a level
    if not word and _in_run_of_scores(text, head, b.end, lower, limit=len(text)):
        return False  # "won 6-4, 3-6, 7-6": the set lost is a score, no range
    if abs(b.value) <= abs(a.value) * _minor_worth(a, b):
        return False  # "won 3-2", "drew 1-1", "fell from 48% to 38%": a score, a vote or a change
    if a.kind == "year" or b.kind == "year":
        return a.kind == b.kind == "year"
    if a.kind in ("number", "count") and a.unit is None:
        # a scaled number before a count joins it only with the same scale word
        # ("between 1.3 billion and 4 billion birds"), not "gave 2 million to 300 families"
        return b.kind not in ("count",) or a.scale == 1.0 or a.scale == b.scale
    if b.kind in ("number", "count") and b.unit is None:
        return False  # "rose 1.2 percent to 27,000": a change and a level
    # a rate after the high end is the range's ("between £12m and £20m a year")
    return (a.kind, a.unit) == (b.kind, b.unit) and a.per in (None, b.per)


#: What stands between a change and the same change signed in brackets after it: "rose
#: 3.4% (+$1.21", "fell 2.1% (-£0.40".
_SIGNED_IN_BRACKETS = re.compile(r"[ \t]*\(\+?")


def _signed_change_then_level(text: str, head: int, b: _Figure) -> bool:
    """Whether a plus sign before ``head`` makes "+A to B" a change and the level it reached.

    "Average hourly wages rose 3.4% (+$1.21 to $36.85)": a range's low end takes no
    plus sign, so the first amount is the change, the second, unsigned, the level. A
    second amount signed as well ("+2 to +5 °C") or below zero stays a range.
    """
    return head > 0 and text[head - 1] == "+" and b.value is not None and b.value >= 0 \
        and b.start > 0 and text[b.start - 1] not in "+-−"


def _after_change_word(text: str, head: int, lower: int,
                       words: frozenset[str] = CHANGE_WORDS) -> bool:
    """Whether "from" after a change word (CHANGE_WORDS) comes right before ``head``."""
    if head - lower < 6 or text[head - 2] not in "mM":
        return False  # the common case: no "from" before the number
    match = _FROM_AFTER_WORDS.search(text, max(lower, head - _FROM_REACH), head)
    return match is not None and match.group("w1").lower() in words


#: Words of a rise or a fall before "X to Y" written without "from" ("fell 97 cents to
#: $73.44", "were up 2% to 11.5%"): the change, then the level after it.
TREND_WORDS = CHANGE_WORDS | frozenset(word_list("fall_verbs.txt")) | {"up", "down"}
#: Verbs of a change that take an object before "from" or "by" ("raise single fares
#: from $4.50 to $5.25", "cut the budget by £3m to £45m"; see the data file).
TRANSITIVE_CHANGE_WORDS = frozenset(word_list("change_verbs_transitive.txt"))
#: Most words of an object between a transitive change verb and "from" or "by" ("cut
#: the price of the Model Y by $2,000 to $47,990").
MAX_OBJECT_WORDS = 6
#: After a trend word without "from", "X to Y" is a change and the level after it
#: only when the level is more than this many times the change ("up by $12 to $96",
#: "fell 97 cents to $73.44"); a closer pair is a range of the change ("rose by 2%
#: to 3%", "edged up $5.10 to $5.30"), as it is with a bare first number ("rose by
#: 2 to 3 percent").
CHANGE_LEVEL_RATIO = 2.0
#: Where _change_then_level looks for words before a number.
_CHANGE_REACH = 80
# The run of words, each followed by spaces, that ends right before a number.
_WORDS_BEFORE = re.compile(r"(?:(?<![\w'’-])[^\W\d_][\w'’-]{0,24}[ \t]{1,3})+$")
#: Adverbs that may stand between a change word and its number or "by" ("rose
#: sharply by", "went up by"): an adverb in -ly, or these particles.
CHANGE_PARTICLES = frozenset({"up", "down"})


#: Units of a change in a rate: basis points, percentage points, points.
RATE_POINT_UNITS = frozenset({"bp", "pp", "points"})


def _change_then_level(text: str, a: _Figure, b: _Figure, head: int, lower: int) -> bool:
    """Whether "A to B" starting at ``head`` is a change and the level after it.

    "raise single fares from $4.50 to $5.25" (a transitive change verb and its
    object before "from"); "went up by $12 to $96", "cut the budget by £3m to
    £45m" and "fell 97 cents to $73.44" (a trend word, or a transitive one and
    its object, before "by" or before the number) when A carries its own unit and
    B is more than CHANGE_LEVEL_RATIO times A, or A is a percentage or a fraction
    and B an amount of another kind ("fell 0.8% against the dollar to $1.24"); two
    bare numbers are so too ("fell by around 600 to 9,400", "rose by 2,600 to 14,500
    households").
    """
    if head - lower < 4 or text[head - 1] not in " \t":
        return False
    run = _WORDS_BEFORE.search(text, max(lower, head - _CHANGE_REACH), head)
    if run is None:
        return False
    words = run.group().lower().split()
    if words[-1] == "from":
        return _transitive_before(words[:-1])
    if a.value is None or b.value is None:
        return False
    if a.kind in ("number", "count") and a.unit is None and not a.fraction \
            and (b.unit is not None or b.kind not in ("number", "count")):
        return False  # "rise by 3 to 4 percent": a range whose unit follows
    in_own_unit = (a.kind == "percent" or a.fraction
                   or a.unit in RATE_POINT_UNITS and b.kind == "percent") and b.kind != a.kind
    if not in_own_unit and abs(b.value) <= abs(a.value) * CHANGE_LEVEL_RATIO:
        return False
    if words[-1] == "by":
        words = words[:-1]
        if _transitive_before(words):
            return True
    return _trend_word_last(words)


def _without_particle(words: list[str]) -> list[str]:
    """``words`` without a last adverb in -ly or particle ("rose sharply", "went up")."""
    if len(words) > 1 and (words[-1] in CHANGE_PARTICLES or words[-1].endswith("ly")):
        return words[:-1]
    return words


def _trend_word_last(words: list[str]) -> bool:
    """Whether ``words`` end in a trend word (TREND_WORDS), an adverb allowed after it."""
    if words and words[-1] in TREND_WORDS:
        return True
    words = _without_particle(words)
    return bool(words) and words[-1] in TREND_WORDS


def _transitive_before(words: list[str]) -> bool:
    """Whether ``words`` end in a transitive change verb and an object of 1 to 4 words."""
    words = _without_particle(words)
    return any(words[-1 - n] in TRANSITIVE_CHANGE_WORDS
               for n in range(1, min(MAX_OBJECT_WORDS, len(words) - 1) + 1))


def _minor_worth(a: _Figure, b: _Figure) -> float:
    """Return what a bare unit of ``a`` is worth when ``b`` is in cents ("25 and 75 cents")."""
    return b.scale if b.scale < 1.0 and a.scale == 1.0 and a.unit is None else 1.0


def _join(a: _Figure, b: _Figure) -> _Figure:
    low, high = a.value, b.value
    if a.scale == 1.0 and b.scale > 1.0 and a.unit in (None, b.unit) and low < high / b.scale:
        low *= b.scale  # "2 to 3 billion", "$2 to $3 million"
    low *= _minor_worth(a, b)  # "between 25 and 75 cents"
    if low > high:
        low, high = high, low
    kind, unit, per = (b.kind, b.unit, b.per) if b.kind not in ("number", "count") or b.unit \
        else (a.kind, a.unit, a.per)
    if kind == "count":
        kind = "number"
    subject = b.subject or a.subject  # "5 to 10 students", "revenue of $182m to $185m"
    if kind in ("number",) and subject:
        kind = "count"
    return _Figure(a.start, b.end, low, high, kind, unit, a.qualifier, subject,
                   max(a.scale, b.scale), per, a.qualifier_start)
