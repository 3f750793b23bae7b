"""The words around a number.

Its sign, scale, unit or currency, rate and power after it, its qualifier before it ("up
to", "more than"), and its subject (via ``subjects``).
"""

from __future__ import annotations

import math
import re

from ..language import is_function_word
from ..lexicons import word_list
from .ages import AGE_SUBJECT, _read_age
from .dates import _is_year
from .model import _Figure
from .subjects import (
    _NOT_MEASURED,
    _TIME_NOUNS,
    CHANGE_NOUNS,
    PREPOSITIONS,
    _changed_after,
    _money_in_after,
    _noun_before_bound,
    _noun_of_before,
    _race_before_time,
    _subject_after,
)
from .verb_subjects import REACH_VERBS, _label_before_bracket, _subject_before_verb
from .vocabulary import (
    _OF_STARTS,
    _SUBJECT_STOPS,
    BARE_SCALES,
    FOREIGN_PERCENT_PHRASES,
    FOREIGN_PERCENT_WORDS,
    FOREIGN_SCALES,
    SCALES,
    SCALES_BEFORE,
    SHORT_SCALES,
    _lookup_unit,
    _may_lead,
    _minor_unit,
    _qualifiers,
    _suffix_currency,
    _unit_tables,
)

#: Units of durations a system measures (latency, lag, dwell time): below a day they are
#: levels a verb of change or level reaches ("latency rose from 120 ms to 4,300 ms").
CLOCK_UNITS = frozenset({"ns", "µs", "ms", "s", "min", "h"})

#: Scale words written abbreviated with a dot before a currency or unit ("2,3 Mrd.
#: Euro", "4,5 Mio. Franken", "1,5 млрд. рублей"): the dot ends the abbreviation there.
ABBREVIATED_SCALES = frozenset({"mrd", "mio", "bn", "mn", "mln", "mld", "tys", "млн", "млрд",
                                "тыс", "тис"})
#: Polish "bln" is a bilion, 10^12 ("1,4 bln zł"), where English copy's "bln" is a
#: billion: it is read so before the złoty.
POLISH_CURRENCY_WORDS = frozenset({"zł", "złotych", "zl", "pln"})
#: Units of speed, which a forecast's winds and gusts are given in.
SPEED_UNITS = frozenset({"km/h", "mph", "m/s", "kn"})
#: Winds named before their speed with a verb or preposition between ("Southeasterly
#: winds gusting 90 km/h", "gusts to 120km/h", "wind speeds reaching 150 mph").
_WIND_BEFORE = re.compile(
    r"\b(?P<wind>(?:(?:sustained|maximum|top|peak|strong|damaging)[ ])?"
    r"(?:winds?|gusts?|wind[ ]speeds?|wind[ ]gusts?))"
    r"(?:[ ](?:gusting|reaching|of|to|up|at|near|around|topping|exceeding|hitting|between"
    r"|in[ ]excess[ ]of|as[ ]high[ ]as)){0,3}[ ]$", re.IGNORECASE)
#: Abbreviated scales read only after a sum with its currency: the Brazilian press's
#: "bi", "tri" and "mi" ("R$ 2,3 bi", "R$ 450 mi") and South Asian "cr" for crore
#: ("Rs 3,500 cr"). Alone they are words or other units ("mi" for miles).
CURRENCY_ONLY_SCALES = {"bi": 1e9, "tri": 1e12, "mi": 1e6, "cr": 1e7}
#: Two-word scales: "3,5 mil millones" is 3.5 × 10^9.
SCALE_PHRASES = {("mil", "millones"): 1e9, ("mil", "milhões"): 1e9}
_SCALE_PHRASE_STARTS = frozenset(first for first, _ in SCALE_PHRASES)
#: "of" between a scale and a currency in those languages ("480 millones de euros",
#: "2 millions d'euros"); what follows is read as a currency word.
SCALE_OF = (" de ", " di ", " d'", " d’")
#: Nouns that are counted, never measured in metres: a glued "m" before them is
#: a million in British style ("2.5m people", "3m tonnes"), as it is before a
#: currency word ("2.5m euros"); elsewhere "330m" stays a length.
MILLION_COUNTED_NOUNS = frozenset(
    "people persons residents inhabitants citizens voters users customers subscribers viewers "
    "visitors tourists passengers patients children adults households homes jobs workers "
    "votes barrels tonnes tons shares copies "
    # what posts, petitions and campaigns count ("viewed 1.2m times", "1.5m signatures")
    "times views signatures downloads followers listeners readers members streams likes "
    "posts tweets messages calls claims applications tests doses vaccinations cases deaths "
    "refugees migrants students pupils employees farmers families vehicles cars trees animals "
    "birds meals items parcels years".split())
#: Qualifiers that are also prepositions of place: they approximate only an amount
#: with a unit ("winds near 105 mph", "near 5%"), as before a count they place
#: something ("near 100 homes").
PLACE_QUALIFIERS = frozenset({"near"})
AMOUNT_KINDS = frozenset({"money", "percent", "measure", "duration"})
#: Qualifiers that bound only a sum, a share or a measure ("took their spending past
#: £160m", "pushed inflation past 4%"); before a time or a count they are its own word
#: ("the past 12 months", "drove past 10 homes").
SUM_QUALIFIERS = frozenset({"past"})
SUM_QUALIFIED_KINDS = frozenset({"money", "percent", "measure"})
#: Qualifiers that are also verbs taking an object: read as a bound only when no
#: counted noun follows ("the toll passed 1,000", not "passed two laws").
VERB_QUALIFIERS = frozenset({"passed"})
# "to" or a dash and a number after a figure: a vote's tally ("passed 56% to 44%",
# "passed 61-39"), after which a VERB_QUALIFIERS verb is the measure passing, no bound.
_TALLY_AFTER = re.compile(r"(?:[ \t]{1,3}to[ \t]{1,3}|[ \t]?[-–—][ \t]?)[0-9]")
_SPACE = "[ \t\u00a0]"
_PLUS_MINUS = re.compile(
    r"[ ]?(?:±|\+/-|\+-)[ ]?(?P<num>[0-9]+(?:\.[0-9]+)?(?:[eE][-−+]?[0-9]{1,3})?)")
_POWER = re.compile(r"[ ]to[ ]the[ ](?P<power>[0-9]{1,2})(?:st|nd|rd|th)?(?:[ ]power)?(?![\w])")
_SCALE_AFTER = re.compile(
    _SPACE + r"{1,3}(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|m|k)"
    r"(?![\w-])|-(?P<hscale>hundred|thousand|million|billion|trillion)(?![\w-])", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<word>[A-Za-z]{1,20})(?P<old>-(?:old|long))?(?![\w-])")
_CURRENCY_AFTER_OF = re.compile(r"[ ](?:de[ ]|di[ ]|d['’])(?P<word>[^\W\d_]{2,20})(?![\w])")
#: Words a figure ends with, after which "over" before a duration spreads that
#: figure across the time ("$300 billion over two years").
_FIGURE_END_WORDS = frozenset(SCALES) | frozenset(SHORT_SCALES) | {"percent", "cent"}


#: Verbs after which "over" before a duration spreads the work across it ("made over
#: 62 hours", "repaid over 10 years"); see the data file.
SPREAD_VERBS = frozenset(word_list("spread_verbs.txt"))


#: Words that join a number to a second one ("a space of two or three dimensions"):
#: the noun before "of" is then read with the pair, not with its first number.
_PAIR_JOINS = (" or ", " to ", " and ", "-", "–")


#: Periods and places a count may number, so that "over" before it spreads a figure across them
#: ("£6.7bn over four seasons", "$2bn over three fiscal years"), as it does a duration.
_PERIODS_AFTER = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+)?"
                            r"(?:seasons|quarters|terms|fiscal[ \t]+years"
                            r"|financial[ \t]+years|budget[ \t]+years|cycles|sessions"
                            # places a count or a sum spreads across: "45 drones over seven
                            # regions"
                            r"|regions|provinces|districts|states|countries|cities|towns"
                            r"|villages|sites|areas|oblasts|counties|municipalities)\b")
#: An amount with its scale glued on, ending the text before "over" ("£6.7bn", "$5m").
_GLUED_SCALE_END = re.compile(r"\d(?:bn|mn|m|k|tn|trn|b|pc)$")
# A number and its counted plural noun right before "over" ("312 transfers ",
# "412 hot drinks ", "45 Ukrainian drones ", "40 people "), with at most two modifiers
# between.
_COUNTED_BEFORE = re.compile(r"(?<![\w.,])[0-9][0-9,.]*[ \t](?:[A-Za-z-]{2,20}[ \t]){0,2}"
                             r"(?:[a-z-]{2,20}(?<!ss)s|people|men|women|children)[ \t]+$")


#: A sum or a share earlier in the clause before "over" and a duration ("would add $2.4
#: trillion to the deficit over ten years", "cut 15% of jobs over three years").
_SUM_IN_CLAUSE_BEFORE = re.compile(
    r"(?:[$€£¥₹][ \t]?\d|\d[\d,.]*[ \t]?(?:%|per[ \t]?cent|percent))[^,;:!?()\n]{0,70}$")
#: Words after which "over" bounds a duration ("for over ten years", "more than").
BOUNDING_WORDS = frozenset({"for", "than", "of", "about", "after", "within", "lasting"})


def _over_means_across(text: str, over: int, lower: int, *, opening: bool = True) -> bool:
    """Whether "over" at ``over`` before a duration means "across" rather than "more than".

    It does after a figure ("$300 billion over two years", "rose 12% over two
    years"), after a count and its noun ("312 transfers over six years"), opening
    a clause ("Over 3 years, the fund grew") and after a verb
    of making or paying (SPREAD_VERBS: "repaid over 10 years", "phased in over
    five years"); elsewhere it bounds the length ("jailed for over 5 years",
    "took over 10 days", "any request over one second"). With ``opening`` false (a count
    of seasons, not a duration) "over" opening a clause bounds it: "Over 40 sessions were
    held".
    """
    before = text[lower:over].rstrip()
    if not before or before[-1] in ",;:(—–":
        return opening
    if before[-1].isdigit() or before[-1] == "%" \
            or _GLUED_SCALE_END.search(before):  # "£6.7bn over four seasons"
        return True
    if _COUNTED_BEFORE.search(text, max(lower, over - 60), over) is not None:
        return True  # "made 312 transfers over six years": a count spread across the time
    word = _word_before(text, len(before) + lower, lower).lower()
    if word not in BOUNDING_WORDS and not word.endswith("ed") \
            and _SUM_IN_CLAUSE_BEFORE.search(text, max(lower, over - 80), over) is not None:
        return True  # "add $2.4 trillion to the deficit over ten years": the sum's span
    if word in ("in", "out", "up", "down", "off") and len(before) > len(word):
        # a phrasal verb's particle: "phased in over five years", "paid out over"
        word = _word_before(text, len(before[:-len(word)].rstrip()) + lower, lower).lower()
    return word in _FIGURE_END_WORDS or word in SPREAD_VERBS


#: A star's or a comet's brightness, also called its magnitude ("apparent magnitude
#: 26", "The comet reached magnitude 4.2"): no earthquake's.
_SKY_MAGNITUDE = re.compile(r"\b(?:apparent|absolute|visual|stellar)[ \t]+magnitude"
                            r"|\b(?:comets?|stars?|planets?|asteroids?|galax(?:y|ies)|supernovae?"
                            r"|meteors?|telescopes?|brightness|brighter|dimmer|night sky)\b",
                            re.IGNORECASE)
_QUAKE_WORDS = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|seismic|aftershocks?|temblors?)\b",
                          re.IGNORECASE)


def _sky_magnitude(text: str, at: int, lower: int, limit: int) -> bool:
    """Whether "magnitude" at ``at`` is a brightness in the sky, not an earthquake's size."""
    window = text[max(lower, at - 80):min(limit, at + 80)]
    return _SKY_MAGNITUDE.search(window) is not None and _QUAKE_WORDS.search(window) is None


_SCALE_BEFORE = re.compile(r"(?<![\w-])(?P<name>" + "|".join(SCALES_BEFORE)
                           + r")(?:[ -]|[ ]of[ ])$", re.IGNORECASE)
#: Words that write a minus sign ("minus 12 degrees", "moins 5", "минус 12").
MINUS_WORDS = ("minus", "moins", "menos", "meno", "минус")
_MINUS_WORD_ENDS = frozenset(word[-1] for word in MINUS_WORDS) | frozenset(
    word[-1].upper() for word in MINUS_WORDS)

# Not after "au", "al", "lo": "au moins 7" and "al menos 7", "por lo menos 12" are
# "at least" (qualifiers.toml), not a minus sign; nor after "plus or" (a margin).
_MINUS_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!au )(?<!al )(?<!lo )(?<!plus or )(?:" + "|".join(MINUS_WORDS) + r") $",
    re.IGNORECASE)
#: Marks of an earthquake's magnitude printed before its number, as seismological
#: agencies and wire copy print them ("M5.8", "M 6.1", "Mw 7.2", "ML4.1"), with the
#: magnitude each names: moment magnitude, or the local magnitude of "ML".
MAGNITUDE_MARKS = {"M": "Mw", "Mw": "Mw", "MW": "Mw", "Mww": "Mw", "ML": "ML"}
_MAGNITUDE_MARK_BEFORE = re.compile(r"(?<![\w.$€£¥-])(?P<mark>" + "|".join(MAGNITUDE_MARKS)
                                    + r")[ \t]?$")
#: A magnitude's decimal, as agencies give it: one figure before the point, one or two
#: after ("5.8", "6.25"); a whole "M5" is a motorway or a model, no magnitude.
_MAGNITUDE_DIGITS = re.compile(r"[1-9]\.[0-9]{1,2}")
#: An earthquake named right after a decimal ("a 6.1 quake", "the 7.0 earthquake"), or
#: after a magnitude ("a magnitude 7.2 earthquake", "an M5.8 aftershock"): its subject.
_QUAKE_AFTER = re.compile(r"[ \t]+(?:(?:magnitude|shallow|strong|powerful|undersea|deadly)"
                          r"[ \t]+)?(?P<quake>earthquakes?|quakes?|tremors?|aftershocks?"
                          r"|temblors?|foreshocks?)\b", re.IGNORECASE)
#: The scale the press names after an earthquake's size ("6.8 on the Richter scale").
_RICHTER_AFTER = re.compile(r"[ \t]+on[ \t]+the[ \t]+Richter\b", re.IGNORECASE)
#: An earthquake, a verb of its size and the decimal after it ("The quake measured 6.8",
#: "a tremor measuring 5.4", "an aftershock of 5.9").
_QUAKE_MEASURED_BEFORE = re.compile(
    r"\b(?P<quake>earthquakes?|quakes?|tremors?|aftershocks?|temblors?|foreshocks?)"
    r"(?:[ \t,]+[\w'’-]+){0,6}?[ \t]+(?:measured|measuring|registered|registering"
    r"|(?:had|with)[ \t]+a[ \t]+(?:preliminary[ \t]+)?magnitude[ \t]+of)[ \t]+$"
    r"|\b(?P<quake_of>earthquakes?|quakes?|tremors?|aftershocks?|temblors?)[ \t]+of[ \t]+$",
    re.IGNORECASE)


def _magnitude_mark_before(text: str, s: int, raw: str, lower: int, limit: int
                           ) -> tuple[int, str] | None:
    """Return where an earthquake's magnitude mark before ``s`` starts, and its unit.

    "M5.8", "M 6.1", "Mw 7.2" (MAGNITUDE_MARKS) before a decimal magnitude, in a text
    that speaks of an earthquake (_QUAKE_WORDS) near the number; None otherwise, so
    "the M5 motorway" and "an M4.5 rifle" stay codes.
    """
    if _MAGNITUDE_DIGITS.fullmatch(raw) is None:
        return None
    mark = _MAGNITUDE_MARK_BEFORE.search(text, max(lower, s - 5), s)
    if mark is None or _QUAKE_WORDS.search(text[max(lower, s - 120):min(limit, s + 120)]) is None:
        return None
    return mark.start(), MAGNITUDE_MARKS[mark.group("mark")]


def _read_quake_magnitude(text: str, figure: _Figure, lower: int, limit: int) -> None:
    """Read a decimal as an earthquake's magnitude where the words around say so, in place.

    "a 6.1 quake", "6.8 on the Richter scale", "The quake measured 6.8", "a tremor
    measuring 5.4", "an aftershock of 5.9": measure `Mw`. Only a decimal with one figure
    before the point: "2 quakes" counts, "3.5 people per household" is no magnitude.
    """
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or _MAGNITUDE_DIGITS.fullmatch(text, figure.start if figure.qualifier_start is None
                                           else figure.bare_start, figure.end) is None:
        return
    if _QUAKE_AFTER.match(text, figure.end, limit) is not None \
            or _RICHTER_AFTER.match(text, figure.end, limit) is not None \
            or _QUAKE_MEASURED_BEFORE.search(text, max(lower, figure.start - 80),
                                             figure.start) is not None:
        figure.kind, figure.unit = "measure", "Mw"


def _quake_of_magnitude(text: str, figure: _Figure, lower: int, limit: int) -> str | None:
    """Return the earthquake a magnitude measures: named right after it or before its verb.

    "a magnitude 7.2 earthquake", "an M5.8 aftershock", "a 6.1 quake" → the quake word
    after; "The quake measured 6.8", "an aftershock of 5.9" → the one before.
    """
    quake = _QUAKE_AFTER.match(text, figure.end, limit)
    if quake is not None:
        return quake.group("quake")
    measured = _QUAKE_MEASURED_BEFORE.search(text, max(lower, figure.start - 80), figure.start)
    if measured is not None:
        return measured.group("quake") or measured.group("quake_of")
    return None


def _word_before(text: str, position: int, lower: int) -> str:
    stop = position
    while position > lower and text[position - 1].isalpha():
        position -= 1
    return text[position:stop]


def _verb_end(text: str, figure: _Figure) -> int:
    """Where the words before a figure end: before its qualifier, or after one that is a verb.

    "6 million" in "claims topped 6 million" has the qualifier "topped" (over),
    which is the verb whose subject says what the figure counts.
    """
    if figure.qualifier_start is not None \
            and text[figure.qualifier_start:figure.bare_start].strip().lower() in REACH_VERBS:
        return figure.bare_start
    if text[figure.start - 3:figure.start] == "of ":
        filler = _FILLER_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        if filler is not None:  # "Wages grew by an average of 4.5%": the verb is before it
            return filler.start()
    elif text[figure.start - 7:figure.start] == "record ":
        record = _RECORD_BEFORE.search(text, max(0, figure.start - 20), figure.start)
        if record is not None:  # "Emissions will reach a record 37.4bn tonnes"
            return record.start()
    return figure.start


#: "a record" before an amount ("will reach a record 37.4bn tonnes"): the verb is before it.
_RECORD_BEFORE = re.compile(r"(?<![\w'’-])an?[ \t]+(?:new[ \t]+)?record[ \t]+$")


#: Words between a verb and its amount that say how the amount is taken ("grew by an
#: average of 4.5%", "rose to a total of 40", "hit a record high of 9%").
_FILLER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:an?[ \t]+)?(?:(?:new|fresh|all-time|record)[ \t]+){0,2}"
    r"(?:average|median|mean|total|combined|high|low|record|peak|maximum|minimum)"
    r"[ \t]+of[ \t]+$", re.IGNORECASE)


#: Smallest count written with thousands grouped that a form of "be" may put after its
#: subject ("Attendance was 53,400", "The caseload is nearly 162,000"); a small or
#: ungrouped number there is too often no measure ("The answer is 42", "The code is 1234").
MIN_GROUPED_COUNT = 1000
#: "with" and what moved, its direction right before the amount: "…, with the S&P 500 up
#: 0.8%", "with oil down 1.2%", "with the Nasdaq Composite higher by 1%" (an absolute
#: phrase after a market's summary: no verb names what moved), and the next such item
#: after "and" ("with exports up 5% and imports down 2%").
_WITH_DIRECTION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:with|and)[ \t]+(?:the[ \t]+)?"
    r"(?P<what>[A-Za-z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,3}?)"
    r"[ \t]+(?:up|down|higher|lower)(?:[ \t]+by)?[ \t]+$")
#: The last two letters of the words _WITH_DIRECTION_BEFORE ends in, looked at first.
_DIRECTION_ENDS = frozenset({"up", "wn", "er", "by"})
#: A direction right after an amount: "The FTSE 250 closed 1.2% higher".
_DIRECTION_AFTER = re.compile(r"[ \t]+(?:higher|lower|up|down)\b")
# What may follow a length of time that measures its verb's subject, as a time of a system
# does ("Median survival was 11.2 months.", "Life expectancy fell to 76.4 years in 2021",
# "Waiting times rose to 18 weeks, up from 14"): the clause ends or goes on with a time or a
# comparison; not a time that dates or spaces something ("It was 10 years ago", "was two
# years older", "two years into his term", "three years after the attack").
_TIME_MEASURED_AFTER = re.compile(
    r"(?:[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+(?:in|for|among|with|versus|vs\.?|compared|from|on|at"
    r"|than|last|this|a|per|and|or|to|as|\(|—|–)(?:[ \t]|$))")
_THOUSANDS_GROUPED = re.compile(r"\d[,\u00a0\u202f\u2009 ]\d{3}(?!\d)")


def _grouped_count(text: str, figure: _Figure) -> bool:
    """Whether a number is a large count written with its thousands grouped or a scale."""
    value = figure.value or 0.0
    if value < MIN_GROUPED_COUNT or figure.value_high is not None:
        return False
    return figure.scale > 1.0 or _THOUSANDS_GROUPED.search(text, figure.start,
                                                            figure.end) is not None


def _finish(text: str, figure: _Figure, lower: int, limit: int, currency: str | None,
            plain: bool, *, done: bool = False) -> _Figure:
    """Read scale, unit, rate, qualifier and subject around a number and settle its kind."""
    if not done:
        _read_after(text, figure, limit, currency)
        if figure.kind == "number" and plain and figure.scale == 1.0 and figure.unit is None:
            if figure.value_high is None and _is_year(figure.value or 0.0):
                figure.kind = "year"
            elif figure.value_high is None and _early_year(text, figure, lower, limit):
                figure.kind = "year"
            elif figure.value_high is not None and _is_year(figure.value or 0.0) \
                    and _is_year(figure.value_high):
                figure.kind = "year"
    if figure.value_high is None and figure.start - lower >= 6 \
            and text[figure.start - 1] == " " and text[figure.start - 2] in _MINUS_WORD_ENDS:
        minus = _MINUS_WORD_BEFORE.search(text, figure.start - 7, figure.start)
        if minus is not None and figure.value is not None and figure.value > 0:
            figure.value = -figure.value
            figure.start = figure.bare_start = minus.start()
    if figure.kind == "number" and figure.unit is None and figure.start - lower >= 10 \
            and text[figure.start - 1] in " -" and text[figure.start - 2] in "eEf":
        scale = _SCALE_BEFORE.search(text, max(lower, figure.start - 14), figure.start)
        if scale is not None and not _sky_magnitude(text, scale.start(), lower, limit):
            # "a magnitude 6.2 earthquake", "magnitude-7.1 quake"
            figure.kind, figure.unit = "measure", SCALES_BEFORE[scale.group("name").lower()]
    if figure.kind == "number" and figure.unit is None and not figure.fraction \
            and figure.value_high is None and text.startswith("-", figure.end):
        _read_hyphen_compound(text, figure, limit)
    _read_qualifier(text, figure, lower)
    if figure.kind == "number" and "." in text[figure.start:figure.end] \
            or figure.unit in ("Mw", "ML"):
        _read_quake_magnitude(text, figure, lower, limit)  # "a 6.1 quake", "M5.8 aftershock"
    if figure.qualifier is None and figure.kind not in ("year", "date") \
            and " or " in text[figure.end:figure.end + 26]:
        _read_bound_after(text, figure, limit)  # "50 or more employees", "£1m or more"
    if figure.qualifier is not None and figure.kind == "year" \
            and (_LEVELS_AFTER.match(text, figure.end, limit) is not None
                 or figure.qualifier_key in COMPARED_YEAR_WORDS):
        # (and "2.8 ppm above 2023", "sales below 2019": a year compared with, no bound)
        # "53% below 1990 levels", "10% above 2019 levels": the year of a baseline
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    if figure.qualifier_key == "up to" and figure.qualifier_start is not None \
            and _PARTICLE_UP_BEFORE.search(text, max(lower, figure.qualifier_start - 12),
                                           figure.qualifier_start) is not None:
        # "The queue backed up to 1.8 million", "ramped up to 400 staff": a verb's "up",
        # the level reached, no bound
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    if figure.qualifier_key in SUM_QUALIFIERS and figure.kind not in SUM_QUALIFIED_KINDS:
        # "the past 12 months", "walked past 10 homes": a time or a place, no bound
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    if figure.qualifier == "up to" and figure.kind in ("year", "date"):
        # "hasta 2027", "bis 2030", "up to 2027": until then, no bound on an amount
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    periods = figure.kind != "duration" and _PERIODS_AFTER.match(text, figure.end, limit)
    if figure.qualifier_key == "over" and (figure.kind == "duration" or periods) \
            and not text.startswith(" ago", figure.end) \
            and _over_means_across(text, figure.qualifier_start or 0, lower,
                                   opening=not periods):
        # "$300 billion over two years": across the time, not more than it
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    fraction = figure.fraction
    counted = True
    _read_age(text, figure, lower, limit)  # "Dorothy Pell, 71,", "aged 24"
    if figure.kind in ("number", "money", "percent", "measure") and figure.value_high is None \
            or figure.kind == "number" \
            or figure.kind == "duration" and figure.compound and figure.subject is None:
        # (a length of time joined to its noun names it: "a 14-year term")
        # "a 3,000 increase in jobs", "20% more people": what the amount changes
        figure.subject = _changed_after(text, figure.end, limit,
                                        amount=figure.kind != "number") or _subject_after(
            text, figure.end, limit,
            after_of_only=(figure.kind != "number" or fraction) and not figure.compound)
        if figure.subject is None and figure.kind == "duration" and figure.compound:
            sum_after = _SUM_AFTER_TERM.match(text, figure.end, limit)
            if sum_after is not None:  # "a 10-year, $700 million contract": the term's too
                named = _subject_after(text, sum_after.end(), limit)
                figure.subject = None if named is None \
                    or named.split()[-1].lower() in _TIME_NOUNS else named
        if figure.subject is None and text.startswith(" (", figure.end):
            aside = _ASIDE_AFTER.match(text, figure.end, limit)
            if aside is not None:  # "a 23% (95% CI 18–28%) reduction in electricity use"
                figure.subject = _changed_after(text, aside.end(), limit,
                                                amount=figure.kind != "number")
        if figure.subject is None and figure.kind == "number" and not fraction \
                and figure.value_high is None:
            # "the workers may number up to 25,000", "claims topped 6 million"
            figure.subject = _subject_before_verb(text, _verb_end(text, figure), lower,
                                                  grouped=_grouped_count(text, figure))
            if figure.subject is None and not text.startswith(_PAIR_JOINS, figure.end):
                figure.subject = _noun_of_before(text, figure, lower, limit)  # "a crowd of 18,402"
            # "a fertility rate of 2.1", "the index stood at 88.8" name what the number
            # measures, no count
            counted = float(figure.value or 0.0).is_integer()
        elif figure.subject is None and fraction and figure.value_high is None \
                and text.endswith("by ", lower, figure.start):
            # "The company's market value fell by a fifth": the size of a change in what
            # the verb's subject names (a share of the level before)
            figure.subject = _subject_before_verb(text, figure.start, lower, counting=False)
        if figure.kind == "number" and figure.subject and not fraction and counted \
                and _MULTIPLE_AFTER.match(text, figure.end, limit) is None:
            figure.kind = "count"  # (not a multiple: "trade at around 30 times earnings")
    if figure.subject is None and figure.unit in ("Mw", "ML"):
        figure.subject = _quake_of_magnitude(text, figure, lower, limit)  # "a 6.1 quake"
    if figure.subject is None and figure.kind in ("money", "percent", "measure", "duration"):
        # "compensation of $5,000", a range too ("revenue of $182m to $185m"); "a maximum
        # penalty of 20 years"; "a guaranteed fee below €90m"
        figure.subject = _noun_of_before(text, figure, lower, limit) \
            or _noun_before_bound(text, figure, lower)
        if figure.subject is None and figure.kind == "duration":
            figure.subject = _race_before_time(text, figure, lower)  # "won the 100m in 9.79s"
        if figure.subject is None and figure.value_high is not None:
            figure.subject = _changed_after(text, figure.end, limit)  # "a 5-7% rise in sales"
    if figure.kind == "percent" and figure.value_high is None and (
            figure.subject is None or figure.subject.split()[-1] in RATE_NOUNS):
        # "Inflation ran at a 3.4% rate", "GDP grew at an annualised 2.8% pace", "Prices
        # rose at an annual rate of 2.9%": the rate is the verb's subject's
        figure.subject = _subject_of_rate_at(text, figure, lower, limit) or figure.subject
    base = None
    if figure.kind == "percent" and figure.subject is not None \
            and figure.subject.lower() in RATIO_BASES:
        # "Debt rose to 98% of GDP": the ratio's base, not its subject, unless the
        # sentence names no other ("40% of GDP comes from services")
        base, figure.subject = figure.subject, None
    if figure.subject is None and (figure.kind in ("money", "percent", "measure")
                                   or figure.kind == "duration" and (
                                       figure.unit in CLOCK_UNITS
                                       or _TIME_MEASURED_AFTER.match(text, figure.end, limit))) \
            and figure.value_high is None:
        # "Turnout fell to 61%"; "claims topped 6 million": the qualifier is the verb;
        # "p99 latency rose to 4,300 ms": a time measured, as a length is
        verb_end = _verb_end(text, figure)
        figure.subject = _subject_before_verb(
            text, verb_end, lower, counting=False,
            direction_after=_DIRECTION_AFTER.match(text, figure.end, limit) is not None,
            relative=figure.kind == "percent" or figure.unit == "points") or base
        if figure.subject is not None and figure.subject is not base \
                and text.endswith("on ", lower, verb_end) and _noun_after(text, figure.end, limit):
            figure.subject = base  # "The focus is on 5% growth": what the amount describes
        if figure.subject is None and text[figure.start - 3:figure.start - 1] in _DIRECTION_ENDS:
            # "Wall Street closed higher, with the S&P 500 up 0.8%"
            with_ = _WITH_DIRECTION_BEFORE.search(text, max(lower, figure.start - 60),
                                                  figure.start)
            figure.subject = with_.group("what") if with_ is not None else None
        if figure.subject is None:
            # "Hinduism (2.6%)", "Australia ($26.2b)"
            figure.subject = _label_before_bracket(text, figure.start, figure.end, lower, limit)
    if figure.subject is None and figure.kind in ("number", "money", "percent", "measure") \
            and (text.endswith("at ", lower, figure.qualifier_start or figure.start)
                 or text.endswith("on ", lower, figure.qualifier_start or figure.start)):
        head = figure.qualifier_start or figure.start
        put = _PUT_AT_BEFORE.search(text, max(lower, head - 90), head)
        if put is not None:  # "Official data put the number of measles cases at 2,113"
            figure.subject = put.group("what")
            if figure.kind == "number" and float(figure.value or 0.0).is_integer():
                figure.kind = "count"
        elif figure.kind == "percent":
            figure.subject = _next_share_in_poll(text, head, lower)
    if figure.subject is None and figure.kind == "number" and figure.unit is None \
            and text[figure.start - 1:figure.start] == "-":
        parent = _PARENT_OF_BEFORE.search(text, max(lower, figure.start - 18), figure.start)
        if parent is not None and float(figure.value or 0.0).is_integer():
            # "the father-of-two", "a mother-of-three": a parent of so many children
            figure.kind = "count"
            figure.subject = "grandchildren" if parent.group("grand") else "children"
    if figure.subject is None and figure.unit in SPEED_UNITS:
        # "winds gusting 90 km/h", "gusts to 120km/h": the wind the speed measures
        wind = _WIND_BEFORE.search(text, max(lower, figure.start - 40), figure.start)
        if wind is not None:
            figure.subject = wind.group("wind")
    if figure.subject is None and figure.kind == "money":
        # "$2bn in federal aid"; "spend £2.5bn on new prisons"
        figure.subject = _money_in_after(text, figure, lower, limit)
        if figure.subject is None and figure.value_high is None \
                and (_ARTICLE_BEFORE.search(text, max(lower, figure.start - 6), figure.start)
                     or _TERM_BEFORE_SUM.search(text, max(lower, figure.start - 30),
                                                figure.start)
                     or text[figure.start - 1:figure.start] == " "
                     and _word_before(text, figure.start - 1, lower).lower() in DEAL_VERBS):
            # "a $250,000 fine", "the £40m bid": the sum names the thing after it (not
            # a time: "a $3 billion year")
            named = _subject_after(text, figure.end, limit)
            figure.subject = None if named is None or named.split()[-1].lower() in _TIME_NOUNS \
                else named
        elif figure.subject is None and figure.value_high is None:
            # "held on $500,000 bail", "paid $2m ransom": a noun of the money of courts
            # and police after the sum names it after anything (data/sum_nouns.txt)
            named = _SUM_NOUN_AFTER.match(text, figure.end, limit)
            if named is not None and named.group("noun").lower() in SUM_NOUNS:
                figure.subject = named.group("noun")
    if figure.subject is None and figure.kind in ("percent", "measure") \
            and figure.value_high is None and figure.per is None \
            and _ARTICLE_BEFORE.search(text, max(lower, figure.start - 6), figure.start) \
            and not _COMPARISON_BEFORE.search(text, max(lower, figure.start - 24), figure.start):
        # "a 10% sell-on clause", "a 15% stake": a share after an article names the thing
        # after it, as a sum does, and so does a measure ("a 0.5 ml dose", "a 5 km race")
        named = _subject_after(text, figure.end, limit)
        if named is not None and not _NAMES_NO_SHARE.intersection(
                word.lower() for word in named.split()):
            figure.subject = named
    if figure.subject is None and figure.kind in ("number", "money", "percent", "measure") \
            and (text[figure.start - 2:figure.start] in (": ", ":\u00a0")
                 or _EMPHASISED_COLON_BEFORE.search(text, max(lower, figure.start - 4),
                                                    figure.start) is not None):
        # "Attendance: 27,418", "- Stadium bid: $1.2bn": a fact box's label names it
        label = _VALUE_LABEL.fullmatch(text, lower, figure.start)
        words = label.group("label").lower().split() if label is not None else []
        line_end = text.find("\n", figure.end, limit)
        if words and len(words) <= LABEL_MAX_WORDS and words[0] not in _LABEL_NOT_FIRST \
                and not _LABEL_NOT_WORDS.intersection(words) \
                and (line_end if line_end != -1 else limit) - figure.end <= VALUE_LINE_REST:
            figure.subject = label.group("label")
            if figure.kind == "number" and float(figure.value or 0.0).is_integer():
                figure.kind = "count"
    if figure.kind == "duration" and figure.unit == "year" and figure.subject is None \
            and _OLD_AFTER.match(text, figure.end, limit):
        figure.subject = AGE_SUBJECT  # "She is 34 years old", "a bridge 120 years old"
    if figure.qualifier_key in PLACE_QUALIFIERS and figure.kind not in AMOUNT_KINDS:
        # "fires burned near 100 homes": a place, not an approximation
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    if figure.kind == "count" and figure.value is not None and figure.value < 0:
        figure.kind = "number"  # "net favourability stands at -23": a score, no count
    if figure.kind == "count" and figure.subject and figure.subject[:1].isupper() \
            and _names_one_thing(figure.subject, text, lower, figure.start):
        figure.kind = "number"  # "The Dow ended at 41,880": an index's level, no count
    elif figure.kind == "count" and figure.subject and _names_a_level(figure.subject):
        figure.kind = "number"  # "The index rose to 5,210", "The yen weakened to 152"
    if figure.subject in FORECASTERS and _FORECAST_AFTER.match(text, figure.end, limit):
        # "far above the 190,000 economists polled by Reuters had forecast": the value
        # the forecasters expected, no count of them
        figure.subject = None
        if figure.kind == "count":
            figure.kind = "number"
    if figure.qualifier_key in VERB_QUALIFIERS and (
            figure.subject or _TALLY_AFTER.match(text, figure.end, limit) is not None):
        # "the legislature passed two laws", "the measure passed 56% to 44%": a verb
        # with its object or its tally, not a bound
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    return figure


#: The words of a rate or a pace a change ran at, around a percentage: "at an
#: annualised 2.8% pace", "at a seasonally adjusted 3.4% annual rate", "at an annual rate
#: of 2.9%" (the rate's adjectives, up to three lower-case words, before or after it).
RATE_NOUNS = frozenset({"rate", "pace", "clip"})
_RATE_AT_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<at>at)[ \t]+(?P<article>an?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?"
    r"(?P<noun>(?:rate|pace|clip)[ \t]+of[ \t]+)?$")
_RATE_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:rate|pace|clip)\b")


def _subject_of_rate_at(text: str, figure: _Figure, lower: int, limit: int) -> str | None:
    """Return what ran at the rate a percentage gives, or None.

    "Inflation ran at a 3.4% rate" (a verb of level before "at": "ran", "was running",
    "came in"), "The economy grew at an annualised 2.8% pace", "Prices rose at an annual
    rate of 2.9%" (a verb of change before "at"): the subject before the verb, not the
    word "rate".
    """
    if figure.start - lower < 12 or "at a" not in text[max(lower, figure.start - 60):figure.start]:
        return None
    at = _RATE_AT_BEFORE.search(text, max(lower, figure.start - 60), figure.start)
    if at is None or (at.group("noun") is None) == (_RATE_AFTER.match(text, figure.end, limit)
                                                    is None):
        return None  # the noun of a rate either before "of" or after the amount, not both
    return _subject_before_verb(text, at.start("article"), lower, counting=False) \
        or _subject_before_verb(text, at.start("at"), lower, counting=False)


#: People a poll or a survey counts after the country it samples ("1,742 GB adults"):
#: there "GB" is Great Britain, not a gigabyte.
PEOPLE_AFTER_COUNTRY = frozenset({"adults", "voters", "residents", "consumers", "households",
                                  "respondents", "people", "citizens", "workers", "employees",
                                  "parents", "taxpayers", "drivers", "businesses", "firms"})
#: What a share of an economy's output is taken of ("98% of GDP", "2.5% of gross domestic
#: product"): the base of a ratio that national accounts give, not the thing measured,
#: which the sentence names before ("Debt rose to 98% of GDP" measures debt).
RATIO_BASES = frozenset({"gdp", "gross domestic product", "gnp", "gross national product",
                         "gni", "gross national income", "national income", "economic output",
                         "output"})
#: Prepositions of time before a year older than YEAR_RANGE ("founded in 1214", "by
#: 1400", "a charter of 1214").
_EARLY_YEAR_BEFORE = re.compile(r"(?<![\w'’-])(?:in|by|since|until|till|from|of|around|circa"
                                r"|c\.|before|after)[ \t]$", re.IGNORECASE)


def _early_year(text: str, figure: _Figure, lower: int, limit: int) -> bool:
    """Whether four digits from 1000 to 1499 are a year, older than YEAR_RANGE.

    After a preposition of time, and before no noun they would count ("founded in
    1214", "a charter of 1214 granted", not "sold 1214 homes").
    """
    value = figure.value or 0.0
    if not (value.is_integer() and 1000 <= value < 1500 and figure.end - figure.start == 4):
        return False
    if _EARLY_YEAR_BEFORE.search(text, max(lower, figure.start - 7), figure.start) is None:
        return False
    following = _FIRST_FOLLOWING.match(text, figure.end, limit)
    word = following.group(1).lower() if following is not None else ""
    return not word or word in _SUBJECT_STOPS or word.endswith("ed")  # "of 1214 granted"


#: Nouns of a market gauge whose level is a number, no count of it ("The index rose to
#: 5,210", "The blue-chip gauge ended at 7,432").
GAUGE_NOUNS = frozenset({"index", "benchmark", "gauge", "barometer", "composite"})


def _names_a_level(subject: str) -> bool:
    """Whether a subject's head is a market gauge or a currency, whose level counts nothing.

    "The index rose to 5,210" (GAUGE_NOUNS), "The naira fell to 1,600 against the
    dollar" (a currency's name of one word, data/currencies.toml): a level, no count of
    indexes or of naira.
    """
    head = subject.split()[-1].lower()
    return head in GAUGE_NOUNS or not head.endswith("s") and _suffix_currency(head) is not None


def _names_one_thing(subject: str, text: str, lower: int, start: int) -> bool:
    """Whether a subject is a name, no plural a count could count ("Dow", "FTSE 100", "NHS").

    Its words are all capitalised (or numbers), its last word is no plural in -s
    ("Republicans" and "UK adults" are counted), and it is no common noun capitalised
    to open a sentence ("Attendance was 53,400"): a name of two words or more ("FTSE
    100", "Nasdaq Composite"), an acronym ("NHS"), or one word after "the" ("The Dow").
    """
    words = subject.strip("_*' ").split()
    if not words or not all(word[:1].isupper() or word.isdigit() or word == "&"
                            for word in words):
        return False
    last = words[-1]
    if last.endswith("s") or len(words) == 1 and last.isdigit():
        return False
    if len(words) > 1 or last.isupper():
        return True
    return re.search(rf"\b[Tt]he[ \t]+{re.escape(last)}\b", text[max(lower, start - 200):start]) \
        is not None


#: Who makes the consensus forecasts a figure is compared with.
FORECASTERS = frozenset({"economists", "analysts", "forecasters", "strategists", "traders"})
# The forecasters after a value, then their verb of forecasting: "190,000 economists
# polled by Reuters had forecast", "$1.05 analysts had expected".
_FORECAST_AFTER = re.compile(
    r"[ \t]+(?:economists|analysts|forecasters|strategists|traders)(?:[ \t]+(?:polled|surveyed)"
    r"[ \t]+by[ \t]+[^,.;\n]{1,40}?)?[ \t]+(?:had[ \t]+)?(?:forecast|expected|predicted"
    r"|estimated|projected|pencilled[ \t]+in|penciled[ \t]+in)\b"
    # and nothing they forecast after the verb: "40 economists expected a cut" counts them
    r"(?=[ \t]*(?:[.,;:)]|$|[ \t](?:for|in|on)\b))")
#: A short aside in brackets right after a figure (its confidence interval, a
#: conversion), past which the noun of its change is read.
_ASIDE_AFTER = re.compile(r"[ \t]\([^()\n]{1,40}\)")
#: Words before a year that compare with it, no bound on an amount ("2.8 ppm above 2023",
#: "still below 2019", "a rise over 2022").
COMPARED_YEAR_WORDS = frozenset({"above", "below", "over", "under"})
#: "levels" after a year: the year of a baseline ("below 1990 levels").
_LEVELS_AFTER = re.compile(r"[ \t]+levels?\b")
#: "times" after a number and before what it multiplies: a multiple, no count ("trade at
#: 30 times forward earnings", "8.3 times median earnings"; "30 times a day" is a rate).
_MULTIPLE_AFTER = re.compile(r"[ \t]+times[ \t]+(?!a[ \t]|an[ \t]|per[ \t]|each[ \t]|every[ \t])"
                             r"[a-z]")
# An estimate's verb, what it estimates and "at" before the amount: "Official data put the
# number of measles cases at 2,113", "Census figures put the state's population at 39.4
# million", "The ministry pegged losses at $2bn" (the article and "the number of" left out);
# a poll's share of a party or a candidate, "on" in British copy: "The YouGov poll puts
# Labour on 38%", "A Quinnipiac poll showed Harris at 47%", "The survey has Reform on 29%".
_PUT_AT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|pegged|pegs|placed|places|show|shows|showed|has|had|have)[ \t]+"
    r"(?:the[ \t]+|its[ \t]+|their[ \t]+|an?[ \t]+)?"
    r"(?:(?:total[ \t]+)?number[ \t]+of[ \t]+)?"
    r"(?!(?:it|them|this|that|these|those)[ \t])(?P<what>[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}?)"
    r"[ \t]+(?:at|on)[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over"
    r"|at[ \t]+least)[ \t]+)?$")
#: A lower-case word right after an amount.
_WORD_AFTER_AMOUNT = re.compile(r"[ \t]+(?P<word>[a-z][a-z-]*)\b")
#: Words after a share "on" gives that leave it the level of the subject before the
#: verb ("Reform is on 31% nationally", "…, ahead of Labour").
LEVEL_FOLLOWERS = frozenset("ahead behind apiece each overall support respectively "
                            "according compared".split())


def _noun_after(text: str, end: int, limit: int) -> bool:
    """Whether a word that may be a noun the amount describes follows it ("5% growth")."""
    match = _WORD_AFTER_AMOUNT.match(text, end, limit)
    if match is None:
        return False
    word = match.group("word")
    return not is_function_word(word) and not word.endswith("ly") \
        and word not in LEVEL_FOLLOWERS and word not in PREPOSITIONS \
        and word not in _TIME_NOUNS and word not in ("last", "while", "when", "as")


#: A second party or candidate named with its share after a first, its verb left out:
#: "…, and the Conservatives at 24%", "…, with the Tories now on 24 per cent".
_NEXT_SHARE_BEFORE = re.compile(
    r"(?:,(?:[ \t]+(?:and|with|while))?|[ \t](?:and|with|while))[ \t]+(?:the[ \t]+)?"
    r"(?P<what>(?-i:[A-Z])[\w'’.&/-]*(?:[ \t]+(?-i:[A-Z])[\w'’.&/-]*){0,3})"
    r"[ \t]+(?:now[ \t]+|still[ \t]+|just[ \t]+)?(?:at|on)[ \t]+$", re.IGNORECASE)
#: A first share given with its verb earlier in the sentence: "puts Labour on 38%", "was
#: on 38 per cent", "showed Harris at 47%".
_FIRST_SHARE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|stands|stood|remains|remained|put|puts|placed|places|show|shows"
    r"|showed|has|had|have)[ \t](?:[^.!?;]{0,200}?[ \t])?(?:at|on)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+)?[0-9][0-9.,]*[ \t]?(?:%|per[ \t]?cent|percent)"
    r"[^.!?;]{0,10}$", re.IGNORECASE)
#: How far before the second share the first is looked for.
_NEXT_SHARE_REACH = 240


def _next_share_in_poll(text: str, head: int, lower: int) -> str | None:
    """Return the party or candidate a share after a first one's belongs to, or None.

    "The latest poll puts Labour on 38% and the Conservatives at 24%", "Harris was at
    47%, with Trump at 45%": the second name, capitalised, after "and", "with", "while" or
    a comma, its verb the first's.
    """
    second = _NEXT_SHARE_BEFORE.search(text, max(lower, head - 60), head)
    if second is None:
        return None
    first = _FIRST_SHARE_BEFORE.search(text, max(lower, second.start() - _NEXT_SHARE_REACH),
                                       second.start())
    return second.group("what") if first is not None else None


#: "old" after a number of years: an age ("34 years old").
_OLD_AFTER = re.compile(r"[ \t\u00a0]+old\b")
#: Verbs that headlines put right before a sum and the thing it is the sum of, with no
#: article between ("Council approves £48m plan", "Hartmoor faces £12.3m funding gap",
#: "Firm wins $5m contract", "City unveils $2.3 million pool upgrade"): the noun after
#: the sum names it, as after "a" ("a £48m plan").
DEAL_VERBS = frozenset("""
approves approved unveils unveiled faces faced wins won secures secured announces announced
signs signed seals sealed agrees agreed launches launched lands landed gets got receives
received proposes proposed backs backed rejects rejected awards awarded plans planned
""".split())
#: Words after a share and its article that name no thing the share is of: a time ("a
#: 5% year"), a change ("a 5% rise", "the 0.30% decline seen", read as what changed by
#: _changed_after or not at all), a part ("a 52% share of the vote") or a generic word.
_NAMES_NO_SHARE = _TIME_NOUNS | CHANGE_NOUNS | _NOT_MEASURED | frozenset({"figure"})
#: A comparison before a share's article: the share is a level compared with one before
#: it, which names what it measures ("was 71 per cent, compared to a 72 per cent
#: contribution last year" → the first's subject).
_COMPARISON_BEFORE = re.compile(r"(?<![\w'’])(?:compared[ \t]+(?:with|to)|than|versus|vs\.?"
                                r"|from|against)[ \t]+(?:a|an|the|its|their)[ \t]+$")
# A contract's term after its article and before the sum, as US sports copy gives a deal:
# "a 10-year, $700 million contract", "a four-year, $212 million extension"; the sum and
# the term both name the noun after the sum.
_TERM_BEFORE_SUM = re.compile(r"(?<![\w'’])(?:a|an|the|his|her|its|their)[ \t][\w]+-"
                              r"(?:year|month|season|week|day|game|fight|race)[ \t]?,[ \t]$",
                              re.IGNORECASE)
_SUM_AFTER_TERM = re.compile(r",[ \t](?:US)?[$€£][0-9][0-9.,]*(?:[ \t]?(?:million|billion|m|bn)"
                             r"\b)?")
# A parent described by their children, as British and Irish court and police copy does
# ("father-of-two", "mother-of-three", "grandmother-of-five"): the number counts children.
_PARENT_OF_BEFORE = re.compile(r"(?<![\w-])(?P<grand>grand|great-grand)?(?:father|mother|dad"
                               r"|mum|mom|parent)-of-$", re.IGNORECASE)
#: Nouns that name the sum right before them after anything ("held on $500,000 bail").
SUM_NOUNS = frozenset(word_list("sum_nouns.txt"))
_SUM_NOUN_AFTER = re.compile(r"[ \t](?P<noun>[a-z]{3,14})\b(?![-'’])")
#: An article right before a sum: "a $250,000 fine", "the £40m bid", "its $2bn loan".
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|the|its|their|his|her)[ \t]$", re.IGNORECASE)
#: A label that opens its line, then a colon, right before a value: "Attendance: 27,418"
#: (a list's mark before it is no part of it).
_VALUE_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]+)?[*_]{0,2}(?P<label>[A-Z][\w'’&/ -]{1,60}?)"
                          r"[*_]{0,2}:[*_]{0,2}[ \t\u00a0]")
# A label's colon inside its emphasis before the value: "- **Mine supply growth:** 1.8%".
_EMPHASISED_COLON_BEFORE = re.compile(r":[*_]{1,2}[ \t\u00a0]$")
#: Most words of a label that names the value after it.
LABEL_MAX_WORDS = 6
#: Most characters after the value on a labelled value's line: a fact box's line holds
#: the value and perhaps a note ("(11.6bn)", "rising to €110m"), no paragraph.
VALUE_LINE_REST = 60
#: A sentence before a colon, no label: it opens with a determiner or holds a verb
#: ("The vote was close: 51% to 49%").
_LABEL_NOT_FIRST = frozenset("the a an this that these those it we they he she i".split())
_LABEL_NOT_WORDS = frozenset("is was are were be been has have had will would said says "
                             "can could may might".split())
# A hyphenated unit of two words ("-square-foot", "-cubic-metre") or a noun joined to
# a number as a modifier ("a 14-storey hotel", "a three-judge panel").
_HYPHEN_COMPOUND = re.compile(r"-(?P<word>[a-z]{2,20})(?:-(?P<second>[a-z]{2,20}))?(?![\w-])")
#: Words joined to a number by a hyphen that count nothing: an approximation
#: ("40-odd", "30-something"), a multiple ("3-fold"), a tally ("2-for-1").
HYPHEN_NON_NOUNS = frozenset("odd something ish fold plus year old long time times wide "
                             "like".split())
#: Endings of adjectives joined to a number ("three-dimensional", "three-pronged",
#: "2-sided"): they describe, and count nothing.
HYPHEN_ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ish")
#: Nouns with those endings that a hyphenated count holds ("a 60-bed care home", "a
#: 12-pedal organ", "a 20-animal herd", "a four-arrival slot"; sports copy's "a
#: three-goal cushion", "a nine-medal haul", "a six-speed gearbox").
HYPHEN_NOUNS_LIKE_ADJECTIVES = frozenset("bed shed seed sled pedal animal arrival hospital "
                                         "terminal goal medal festival rival interval "
                                         "canal signal speed breed".split())


def _read_hyphen_compound(text: str, figure: _Figure, limit: int) -> None:
    """Read a unit or a counted noun joined to a number by a hyphen, in place.

    "a 380-square-foot cottage" is 380 `sq ft` of a cottage (a unit of two words
    whose single words "-square" or "-foot" alone say less); "a 14-storey hotel",
    "a 146-run stand" count storeys and runs: the noun, in the plural, is the
    subject, as "14 storeys" would give.
    """
    match = _HYPHEN_COMPOUND.match(text, figure.end, limit)
    if match is None:
        return
    word, second = match.group("word"), match.group("second")
    minor = _minor_unit([(word, match.end("word"))]) if second is None else None
    if minor is not None:  # "the 51-cent loss", "a 20-pence rise": a sum in the minor unit
        (figure.unit, worth), _ = minor
        figure.kind, figure.scale = "money", worth
        figure.value = (figure.value or 0.0) * worth
        figure.end = match.end("word")
        return
    if word in _SUBJECT_STOPS:
        return
    if word.lower() in SCALES_BEFORE:  # "a 7.8-magnitude earthquake", as "magnitude 7.8"
        figure.kind, figure.unit = "measure", SCALES_BEFORE[word.lower()]
        figure.end = match.end("word")
        return
    if second is not None:
        info = _lookup_unit(f"{word} {second}")
        if info is not None:
            figure.unit, figure.kind = info
            figure.compound = True
            figure.end = match.end()
        return
    if word in HYPHEN_NON_NOUNS or _lookup_unit(word) is not None or word in SCALES \
            or word.endswith(HYPHEN_ADJECTIVE_ENDINGS) \
            and word.lower() not in HYPHEN_NOUNS_LIKE_ADJECTIVES or len(word) <= 2 \
            or not (text[figure.end - 1].isdigit() or text[figure.start].isalpha()):
        return  # "320px-wide": a unit glued to the number comes first
    following = _SUBJECT_WORD_AFTER.match(text, match.end(), limit)
    if following is None or following.group(1).lower() in _SUBJECT_STOPS:
        return  # "The score was 3-nil.": no noun the number modifies
    figure.kind, figure.subject = "count", _plural(word)
    figure.end = match.end()


_SUBJECT_WORD_AFTER = re.compile(r"[ \t]([A-Za-z][\w'’-]{0,30})")
#: Endings after which a plural takes -es ("match" → "matches").
_ES_ENDINGS = ("s", "sh", "ch", "x", "z")


#: Nouns a hyphenated count may hold whose plural is irregular ("a ten-man side" counts
#: men, "a three-child family" children).
IRREGULAR_PLURAL_OF = {"man": "men", "woman": "women", "child": "children", "person": "people",
                       "foot": "feet", "tooth": "teeth", "mouse": "mice", "goose": "geese"}


def _plural(noun: str) -> str:
    """Return the English plural of ``noun`` ("storey" → "storeys", "party" → "parties")."""
    if noun.lower() in IRREGULAR_PLURAL_OF:
        return IRREGULAR_PLURAL_OF[noun.lower()]
    if noun.endswith(_ES_ENDINGS):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


#: What joins a number or a fraction to the percentage point it is a part of ("0.3 of a
#: percentage point", "half a percentage point", "three-quarters of a percentage point"):
#: the number then measures a change in a rate, in percentage points.
OF_A_POINT = re.compile(r"[ ](?:of[ ])?an?[ ](?=percentage[ ]point(?![a-z]))")


def _read_after(text: str, figure: _Figure, limit: int, currency: str | None) -> None:
    """Read what follows a number: power, ±, scale words, percent, currency, unit, rate.

    The next few words are read once and looked up in the unit, currency and
    scale tables, longest phrase first.
    """
    end = figure.end
    if figure.kind in ("ordinal", "year", "date") or end >= limit:
        return
    first = text[end]
    if first in _SYMBOL_GAPS and figure.kind == "number" and not currency \
            and figure.scale == 1.0 and end + 1 < limit and text[end + 1] in _SYMBOL_STARTS \
            and _read_symbol_after(text, figure, limit):
        return  # "150 €", "150 M€"
    if first not in " \t\u00a0\n-±+" and first not in _UNIT_START:
        return
    # the first character after a space: "to the" (a power) and "±" are rare
    second = text[end + 1] if first == " " and end + 1 < limit else first
    if second == "t" and text.startswith(" to the ", end):
        _read_power(text, figure, limit)
        end = figure.end
        second = "±"  # after a power, let _PLUS_MINUS decide
    if second in "±+" and figure.value is not None and figure.value_high is None:
        spread = _PLUS_MINUS.match(text, end, limit)
        if spread is not None:
            delta = float(spread.group("num").replace("−", "-"))
            figure.value, figure.value_high = figure.value - delta, figure.value + delta
            end = figure.end = spread.end()
    if figure.kind == "number" and second == "o" and text.startswith(" of a", end):
        point = OF_A_POINT.match(text, end, limit)
        if point is not None:  # "0.3 of a percentage point": the unit follows
            end = figure.end = point.end() - 1
    if figure.kind == "number" and not _first_word_may_count(text, end, limit, currency):
        return  # "25,000 North Korean workers": the next word is no scale, unit or currency
    words = _following_words(text, end, limit)
    if figure.unit == "m" and words and text[end - 2:end - 1].isdigit():
        _glued_million(figure, words)
        end = figure.end
        words = [w for w in words if w[1] > end]
    i = 0
    if figure.scale == 1.0 and figure.kind in ("number", "money") and not figure.fraction:
        for written, stop in words[:2]:
            word = written.lower()
            if word in SCALES:
                factor = SCALES[word]
            elif word in BARE_SCALES or currency and word in SHORT_SCALES and written != "M":
                factor = SHORT_SCALES[word]
                if word == "bln" and any(w.lower().rstrip(".") in POLISH_CURRENCY_WORDS
                                         for w, _ in words[i + 1:i + 2]):
                    factor = 1e12  # "1,4 bln zł"
            elif word in FOREIGN_SCALES:
                factor = FOREIGN_SCALES[word]
            elif currency and word in CURRENCY_ONLY_SCALES:
                factor = CURRENCY_ONLY_SCALES[word]
            elif i == 0 and len(words) > 1 and (word, words[1][0].lower()) in SCALE_PHRASES:
                factor = SCALE_PHRASES[word, words[1][0].lower()]
                stop = words[1][1]
                i += 1  # two words read; the loop ends with the second
            else:
                break
            figure.scale *= factor
            figure.value = (figure.value or 0.0) * factor
            if figure.value_high is not None:
                figure.value_high *= factor
            end = figure.end = stop
            i += 1
            if i == 2:
                break
        if i == 0 and end < limit and text[end] == "-":
            scale = _SCALE_AFTER.match(text, end, limit)
            if scale is not None and scale.group("hscale"):
                factor = SCALES[scale.group("hscale").lower()]
                figure.scale *= factor
                figure.value = (figure.value or 0.0) * factor
                if figure.value_high is not None:
                    figure.value_high *= factor
                end = figure.end = scale.end()
                words = _following_words(text, end, limit)
    if i and len(words) - i < 3:
        # three words after the scale too: a unit of three ("37.4 billion tonnes of CO2")
        words = words[:i] + _following_words(text, end, limit)
    if i and end + 1 < limit and text[end] == "." and words[i - 1][0].lower() in ABBREVIATED_SCALES:
        after_dot = _following_words(text, end + 1, limit)
        if after_dot and (_suffix_currency(after_dot[0][0]) is not None
                          or _lookup_unit(after_dot[0][0]) is not None):
            words = words[:i] + after_dot  # "2,3 Mrd. Euro": the dot ends the abbreviation
    rest = words[i:]
    if i and not currency and text.startswith(SCALE_OF, end):
        of = _CURRENCY_AFTER_OF.match(text, end, limit)
        code = _suffix_currency(of.group("word")) if of is not None else None
        if code is not None:  # "480 millones de euros"
            figure.kind, figure.unit = "money", code
            figure.end = of.end()
            return
        unit, unit_end = None, 0
        if of is not None:
            second = _following_words(text, of.end(), limit)[:1]
            if second:  # "180 milioni di metri cubi", "2 millones de metros cúbicos"
                unit, unit_end = _lookup_unit(f"{of.group('word')} {second[0][0]}"), second[0][1]
            if unit is None:
                unit, unit_end = _lookup_unit(of.group("word")), of.end()
        if unit is not None and unit[1] == "measure":  # "1,2 milhão de toneladas de soja"
            figure.kind, figure.unit = "measure", unit[0]
            figure.end = unit_end
            return
    if rest and not _may_lead(rest[0][0]):
        rest_known = False  # no unit, currency or percent starts with this word
    else:
        rest_known = bool(rest)
    if figure.kind == "number" and rest_known:
        percent = _percent_words(rest)
        if percent:
            figure.kind = "percent"
            figure.unit = "pp" if rest[0][0].lower().startswith("percentage") else "%"
            figure.end = rest[percent - 1][1]
            return
        minor = None if currency else _minor_unit(rest)
        if minor is not None:  # "11 cents a share", "20 euro cents": 0.11 USD, 0.2 EUR
            (code, worth), n = minor
            figure.kind, figure.unit, figure.scale = "money", code, worth
            figure.value = (figure.value or 0.0) * worth
            if figure.value_high is not None:
                figure.value_high *= worth
            end = figure.end = rest[n - 1][1]
            rest = rest[n:]
        elif not currency:
            for n in (3, 2, 1):  # "Hong Kong dollars", "Swedish kronor", "yen"
                if len(rest) >= n and (code := _suffix_currency(
                        " ".join(w for w, _ in rest[:n]))) is not None:
                    if n == 1 and rest[0][0] == "won" \
                            and _WON_AS_VERB.match(text, rest[0][1]) is not None:
                        break  # "Team 7 won 3 games": the verb, no Korean won
                    figure.kind, figure.unit = "money", code
                    end = figure.end = rest[n - 1][1]
                    rest = rest[n:]
                    break
    if figure.kind == "number":
        for n in (3, 2, 1):
            if rest_known and len(rest) >= n:
                info = _lookup_unit(" ".join(w for w, _ in rest[:n]))
                if info is None and n == 1 and "/" in rest[0][0]:
                    head, _, tail = rest[0][0].partition("/")
                    info = _lookup_unit(head)
                    if info is not None:
                        per = _unit_tables()[2]
                        figure.per = per.get(tail) or per.get(tail.lower()) or tail
                        info = [f"{info[0]}/{figure.per}", info[1]]
                if info is not None and info[0] == "GB" and len(rest) > n \
                        and rest[n][0].lower() in PEOPLE_AFTER_COUNTRY:
                    break  # "1,742 GB adults": Great Britain's, no gigabytes
                if info is not None:
                    if info[0] == "lb" and _pounds_sterling(text, figure, rest[0]):
                        info = ["GBP", "money"]
                    figure.unit, figure.kind = info
                    end = figure.end = rest[n - 1][1]
                    rest = rest[n:]
                    break
        else:
            if end < limit and text[end] == "-":
                hyphen = _HYPHEN_WORD.match(text, end, limit)
                if hyphen is not None:
                    info = _lookup_unit(hyphen.group("word"))
                    if info is not None:
                        figure.unit, figure.kind = info
                        figure.compound = True
                        if hyphen.group("old") == "-old":
                            figure.subject = AGE_SUBJECT  # "a 17-year-old boy"
                        end = figure.end = hyphen.end()
                        rest = []
    if figure.kind == "money" and figure.per is None and text.startswith("-", figure.end):
        _read_hyphen_rate(text, figure, limit)  # "a £250,000-a-week contract"
    if figure.kind in ("measure", "money", "duration") and figure.per is None and rest:
        _read_rate(text, figure, rest, limit)


#: A rate joined to a sum by hyphens, as a modifier of the noun after it ("a
#: £250,000-a-week contract", "a $5-a-day habit", "a £20-an-hour job", "a
#: $10-per-hour wage").
_HYPHEN_RATE = re.compile(r"-(?:a|an|per)-(?P<unit>[a-z]{3,10})(?![\w-])")


def _read_hyphen_rate(text: str, figure: _Figure, limit: int) -> None:
    """Read a rate joined to a sum by hyphens ("£250,000-a-week"), in place.

    The rate is the sum's, as "£210,000 a week" gives one, and the noun after it
    is what the sum is (``compound``: "a £250,000-a-week contract" → `contract`).
    """
    match = _HYPHEN_RATE.match(text, figure.end, limit)
    if match is None:
        return
    rate = _unit_tables()[2].get(match.group("unit"))
    if rate is not None:
        figure.per = rate
        figure.end = match.end()
        figure.compound = True


#: Scale abbreviations written before a currency symbol after the number, as French
#: and German copy does ("150 M€", "2 Md€", "500 k€", "2,3 Mrd. €", "4 Mio. $"):
#: read only there, since alone "M" or "Md" may be a title or a code.
SYMBOL_SCALES = {"k": 1e3, "M": 1e6, "Mio": 1e6, "Mio.": 1e6, "Md": 1e9, "Mds": 1e9,
                 "Mrd": 1e9, "Mrd.": 1e9}
# A currency symbol after a space, a scale abbreviation before it allowed ("150 €",
# "150 M€", "2,3 Mrd. €"); _read_symbol_after looks the symbol up in the suffix table.
_SYMBOL_AFTER = re.compile(
    r"[ \u00a0\u202f](?:(?P<scale>" + "|".join(re.escape(k) for k in sorted(
        SYMBOL_SCALES, key=len, reverse=True)) + r")[ \u00a0\u202f]?)?"
    r"(?P<symbol>[$€£¥₹₽₩₺₦₪₱₫₴])(?![\w$€£])")


def _read_symbol_after(text: str, figure: _Figure, limit: int) -> bool:
    """Read a currency symbol printed after the number and a space ("150 €", "150 M€")."""
    match = _SYMBOL_AFTER.match(text, figure.end, limit)
    if match is None:
        return False
    code = _suffix_currency(match.group("symbol"))
    if code is None:
        return False
    if match.group("scale"):
        factor = SYMBOL_SCALES[match.group("scale")]
        figure.scale *= factor
        figure.value = (figure.value or 0.0) * factor
        if figure.value_high is not None:
            figure.value_high *= factor
    figure.kind, figure.unit, figure.end = "money", code, match.end()
    return True


_UNIT_START = frozenset("%°µ")
_SYMBOL_STARTS = frozenset(scale[0] for scale in SYMBOL_SCALES) | frozenset("$€£¥₹₽₩₺₦₪₱₫₴")
_SYMBOL_GAPS = frozenset(" \u00a0\u202f")
#: From this scale up, "pounds" after a number is sterling unless "of" names
#: what weighs: "paid 1.5 million pounds" is money, "recalled 1.5 million pounds
#: of beef" a weight; below it ("a 5-pound bag", "200 pounds") weight is commoner.
POUNDS_AS_MONEY_SCALE = 1e6
_POUND_WORDS = frozenset({"pound", "pounds"})


#: What follows "won" as a verb, not as Korea's currency: an object or a margin ("won
#: 3 games", "won the vote", "won by 12 points").
_WON_AS_VERB = re.compile(r"[ \t]+(?:\d|(?:the|a|an|its|their|his|her|by|re-?election)\b)")


def _pounds_sterling(text: str, figure: _Figure, word: tuple[str, int]) -> bool:
    """Whether the unit word ``word`` after a scaled number is sterling (POUNDS_AS_MONEY_SCALE)."""
    written, stop = word
    if text[stop:stop + 1] in CLOSING_QUOTES:
        stop += 1  # '"2.4 million pounds" of chicken': what weighs follows the quotation
    return (figure.scale >= POUNDS_AS_MONEY_SCALE and written.lower() in _POUND_WORDS
            and not text.startswith(_OF_STARTS, stop))


#: Quotation marks that may close a quoted amount before what it is of.
CLOSING_QUOTES = frozenset("\"”’'")


def _glued_million(figure: _Figure, words: list[tuple[str, int]]) -> None:
    """Read a glued "m" as a million before a currency word or a counted noun."""
    written, stop = words[0]
    code = _suffix_currency(written)
    if code is None and len(words) > 1:  # "Swiss francs"
        code = _suffix_currency(f"{written} {words[1][0]}")
        stop = words[1][1]
    unit = None if code else _lookup_unit(written)  # "2.3m t", "1.2m bbl"
    if unit is not None and unit[1] != "measure":
        unit = None
    if code is None and unit is None and written.lower() not in MILLION_COUNTED_NOUNS:
        return
    figure.scale = 1e6
    figure.value = (figure.value or 0.0) * 1e6
    if figure.value_high is not None:
        figure.value_high *= 1e6
    if code:
        figure.kind, figure.unit = "money", code
        figure.end = stop
    elif unit:
        figure.unit, figure.kind = unit
        figure.end = words[0][1]
    else:
        figure.kind, figure.unit = "number", None


#: The space between a number and the words after it: spaces, or one line break of
#: hard-wrapped text ("about $9.5\nmillion"); a block never holds a blank line.
_GAP = r"(?:[ \t\u00a0]{1,2}|[ \t]?\n[ \t]{0,8})"
_FOLLOWING_WORD = _GAP + r"(?P<w1>%|°[CFK]?|[^\W\d_][\w°µ²³^/'’-]{0,30})"
_FOLLOWING = re.compile(
    _FOLLOWING_WORD
    + r"(?:" + _GAP + r"(?P<w2>[^\W\d_][\w°µ²³^/'’-]{0,30}))?"
    r"(?:" + _GAP + r"(?P<w3>[^\W\d_][\w°µ²³^/'’-]{0,30}))?")
#: The first word of _FOLLOWING alone (the same, as the rest is optional).
_FIRST_FOLLOWING = re.compile(_FOLLOWING_WORD)


def _first_word_may_count(text: str, end: int, limit: int, currency: str | None) -> bool:
    """Whether the word after ``end`` may change a plain number in _read_after.

    False only when a word follows and it is no scale word and starts no unit,
    currency or percent phrase: then _read_after reads nothing.
    """
    match = _FIRST_FOLLOWING.match(text, end, limit)
    if match is None:
        return True  # nothing or a hyphen follows: the full reading decides
    word = match.group(1)
    if word[-1] in "'’-":
        word = word[:-1]
    lower = word.lower()
    return lower in SCALES or lower in BARE_SCALES or bool(currency) and lower in SHORT_SCALES \
        or lower in FOREIGN_SCALES or lower in _SCALE_PHRASE_STARTS or _may_lead(word)


def _following_words(text: str, end: int, limit: int) -> list[tuple[str, int]]:
    """Up to three words after ``end`` with the offset where each ends."""
    match = _FOLLOWING.match(text, end, limit)
    if match is None:
        return []
    words = []
    for group, word in enumerate(match.groups(), start=1):
        if word is None:
            break
        stop = match.end(group)
        if word[-1] in "'’-":
            word, stop = word[:-1], stop - 1
        words.append((word, stop))
    return words


def _percent_words(words: list[tuple[str, int]]) -> int:
    """How many of ``words`` spell a percent sign ("percent", "per cent", "percentage points")."""
    first = words[0][0].lower()
    if first in ("%", "percent", "pct") or first in FOREIGN_PERCENT_WORDS:
        return 1
    second = words[1][0].lower() if len(words) > 1 else ""
    if first == "per" and second == "cent" or first == "percentage" and second in (
            "point", "points") or (first, second) in FOREIGN_PERCENT_PHRASES:
        return 2
    return 0


#: Units of time a measure is a rate of after "a"/"an" ("3.7 mm a year", "10 km a day").
TIME_RATES = frozenset({"s", "min", "h", "hour", "day", "week", "month", "year", "decade"})
#: Words that write "per" before a rate's unit: English, and French "par", Spanish and
#: Portuguese "por", German "pro" ("48 mètres cubes par seconde", "120 km por hora");
#: the rate's unit must follow in the [per] table of units.toml, so "pro bono" is none.
PER_WORDS = frozenset({"per", "par", "por", "pro"})


def _read_rate(text: str, figure: _Figure, rest: list[tuple[str, int]], limit: int) -> None:
    """Read "per hour", "a gallon" (money only) after a unit or amount."""
    lead = rest[0][0].lower()
    if lead not in PER_WORDS and (lead not in ("a", "an") or figure.kind not in ("money",
                                                                               "measure")):
        return
    if len(rest) < 3:  # "287 micrograms per cubic metre", "1.2 million dollars a month":
        # the rate's words after the window
        rest = rest[:1] + _following_words(text, rest[0][1], limit)[:2]
    table = _unit_tables()[2]
    for n in (2, 1):
        if len(rest) > n:
            surface = " ".join(w for w, _ in rest[1:n + 1])
            rate = table.get(surface) or table.get(surface.lower())
            if rate is not None and lead not in PER_WORDS \
                    and _names_a_time(text, rest[n][1], limit):
                return  # "NOK 3.48 a year ago": a time, no rate
            if rate is not None and lead not in PER_WORDS and figure.kind == "measure" \
                    and rate not in TIME_RATES:
                return  # "3.7 mm a year" is a rate, "5 km a trip" no unit of one
            if rate is not None:
                figure.per = rate
                figure.end = rest[n][1]
                if figure.kind != "money" and figure.unit:
                    figure.unit = f"{figure.unit}/{rate}"
                return


#: Words after "a year", "a month" … that make it a point in time, not a rate ("NOK
#: 3.48 a year ago", "$5 a week earlier"); not "before" or "since", after which a
#: rate is common ("paid $5 a day before the strike", "$5 a year since 2010").
TIME_POINT_WORDS = frozenset({"ago", "earlier", "later", "previously"})


def _names_a_time(text: str, end: int, limit: int) -> bool:
    """Whether the word after ``end`` makes "a year" before it a time (TIME_POINT_WORDS)."""
    after = _FIRST_FOLLOWING.match(text, end, limit)
    return after is not None and after.group(1).lower() in TIME_POINT_WORDS


def _read_power(text: str, figure: _Figure, limit: int) -> None:
    """Read "10 to the 5th (power)"."""
    power = _POWER.match(text, figure.end, limit)
    if power is not None and figure.value is not None and figure.value_high is None:
        try:
            raised = float(figure.value) ** int(power.group("power"))
        except OverflowError:
            raised = math.inf
        if math.isfinite(raised):
            figure.value = raised
            figure.end = power.end()


#: A bound written after the amount ("50 or more employees", "three children or more",
#: "1,000 or fewer pupils"): the qualifier its words mean. Not before "than" ("50 or
#: more than 60" compares).
BOUNDS_AFTER = {"more": "at least", "greater": "at least", "above": "at least",
                "over": "at least", "higher": "at least", "fewer": "up to", "less": "up to",
                "under": "up to", "below": "up to", "lower": "up to"}
_BOUND_AFTER = re.compile(r"(?P<noun>[ \t]+[a-z][a-z-]{1,20})?[ \t]+or[ \t]+"
                          r"(?P<word>" + "|".join(BOUNDS_AFTER) + r")\b(?![ \t]+than\b)")

def _read_bound_after(text: str, figure: _Figure, limit: int) -> None:
    """Read "or more"/"or fewer" after an amount or after its noun as its qualifier.

    Right after the amount the words join its text ("50 or more" employees); after
    its noun ("250 employees or more") only the qualifier is set.
    """
    bound = _BOUND_AFTER.match(text, figure.end, limit)
    if bound is None or text[figure.start:figure.end].lower() == "one":
        return  # "one or more religions": any, no amount
    noun = bound.group("noun")
    if noun and noun.strip() in ("or", "and", "to"):
        return
    figure.qualifier = BOUNDS_AFTER[bound.group("word")]
    figure.qualifier_key = "or " + bound.group("word")
    if not noun:
        figure.end = bound.end()


#: Verbs whose particle "up" makes "up to" the level they reached ("backed up to",
#: "ramped up to", "scaled up to", "shot up to").
_PARTICLE_UP_BEFORE = re.compile(r"\b(?:backed|ramped|scaled|shot|spiked|piled|stacked|built"
                                 r"|jumped|climbed|crept|ticked|moved|inched|edged|nudged|revised"
                                 r"|ratcheted)[ \t]+$", re.IGNORECASE)


def _read_qualifier(text: str, figure: _Figure, lower: int) -> None:
    """Read a qualifier ("up to", "more than", "~") right before the figure."""
    start = figure.start
    if start <= lower:
        return
    before = text[start - 1]
    if before not in " \t\u00a0":
        if before in _SYMBOL_QUALIFIERS:
            figure.qualifier = _qualifiers()[0][before]
            figure.start = figure.qualifier_start = start - 1
        return
    table, last_words, longest = _qualifiers()
    stop = start - 1
    while stop > lower and text[stop - 1] in " \t\u00a0":
        stop -= 1
    if stop > lower and text[stop - 1].isalpha():
        # the word before: the last run of non-spaces among the 16 characters before
        word = text[max(lower, stop - 16):stop].rsplit(None, 1)[-1]
        if word.lower().lstrip(_OPENERS) not in last_words:
            return  # the word before is no qualifier's last word (the common case)
    window_start = max(lower, start - 40)
    window = text[window_start:start].rstrip()
    if not window:
        return
    if window[-1] in _SYMBOL_QUALIFIERS:
        figure.qualifier = table[window[-1]]
        figure.start = figure.qualifier_start = window_start + len(window) - 1
        return
    parts = window.rsplit(None, MAX_QUALIFIER_WORDS)
    if parts[-1].lower().lstrip(_OPENERS) not in last_words:
        return
    if len(parts) > MAX_QUALIFIER_WORDS or window_start > lower and not window[0].isspace() \
            and not text[window_start - 1].isspace():
        parts = parts[1:]  # the first part is cut off or more than a qualifier is long
    # a phrase of two or more words ends in the last part as it is
    most = min(len(parts), longest.get(parts[-1].lower(), 1))
    for n in range(most, 0, -1):
        phrase = " ".join(parts[-n:]).lower()
        key = phrase.lstrip(_OPENERS)
        if key in table:
            position = len(window)
            for word in reversed(parts[-n:]):
                position = window.rfind(word, 0, position)
            figure.qualifier, figure.qualifier_key = table[key], key
            figure.bare_start = start
            figure.start = figure.qualifier_start = window_start + position + len(phrase) - len(key)
            return


#: Marks that may open a qualifier's phrase: brackets, quotation marks, and Markdown's
#: emphasis ("*More than 3,000 families*", as a page's italic subhead is extracted).
_OPENERS = "(\"“‘'*_"
#: Qualifiers written as one symbol, which may touch the number ("~5", "<10", "±3.4").
_SYMBOL_QUALIFIERS = "~≈<>±"
#: Longest qualifier in words ("no fewer than", "in excess of").
MAX_QUALIFIER_WORDS = 4
