"""Numbers written in digits.

"25,000", "1.5", "70%", "$4.9bn", "30C", "1988-2006", "2 1/2".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .codes import (
    _address,
    _after_label,
    _after_number_sign,
    _phone_end,
    _skip_code,
    reporter_citation_end,
    service_number_before,
)
from .context import (
    _SYMBOL_AFTER,
    MAGNITUDE_MARKS,
    _finish,
    _following_words,
    _magnitude_mark_before,
    _word_before,
)
from .conventions import _Language, _parse_number
from .dates import _date_at, _dotted_date, _is_year
from .model import _Figure, _Mask
from .scores import _in_run_of_scores
from .vocabulary import (
    _CODE_BEFORE,
    _SUBJECT_STOPS,
    BARE_SCALES,
    FOREIGN_SCALES,
    NUMBER_SIGNS,
    SCALES,
    SCALES_BEFORE,
    SHORT_SCALES,
    VULGAR_FRACTIONS,
    _currency_tables,
    _glued_minor_unit,
    _lookup_unit,
    _prefix_currency,
    _suffix_currency,
    _unit_tables,
)

#: A year ending in 0 with a plural "s" names a decade ("1990s": 1990 to 1999),
#: or a century when it ends in 00 ("1800s", "1900s"), except "2000s", which
#: news copy uses for the decade 2000–2009.
DECADE_YEARS, CENTURY_YEARS = 9, 99
GLUED_BARE_SCALES = {"k": 1e3, "M": 1e6}
#: A second month and day after a first, US style: "3/5 to 3/8", "10/1-10/4".
_MONTH_DAY_RANGE = re.compile(r"[ ]?(?:[-–]|to|through|thru)[ ]?(?P<m>\d{1,2})/(?P<d>\d{1,2})"
                              r"(?![\d/%]|[ ]of\b)")  # "from 1/4 to 1/3 of homes": fractions
#: "0-day", as security copy writes "zero-day" (a flaw with no fix): a name, as "a
#: zero-day flaw" is.
ZERO_DAY = "-day"
#: A plural noun after a number with a capital K: thousands of it ("850K people").
_COUNTED_AFTER_THOUSANDS = re.compile(
    r"[*_]{0,2}[ \t](?:[a-z][\w'’-]*[ \t])?"
    r"(?:[a-z]{2,}s|people|children|staff|personnel|livestock|cattle)\b")
#: A capital C or F glued to a number is a temperature in British style ("30C").
GLUED_TEMPERATURES = {"C": "degC", "F": "degF"}
#: Lines of the progressive-scan video formats ("720p", "1080p", "2160p"): a
#: resolution, not an amount in pence.
VIDEO_LINE_COUNTS = frozenset({240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0,
                               4320.0})
#: Units read only glued to a number: "12MP" is a camera's megapixels, "12 MP" spaced
#: may be a member of parliament.
GLUED_UNITS = {"MP": "MP"}
#: "N/M" is a fraction when N < M and either N is 1 or M is at most this; so
#: "3/4" and "1/40" are fractions, "9/11" and "24/7" are names, not numbers.
MAX_FRACTION_DENOMINATOR = 10
#: Longest unknown lower-case suffix glued to a number that still leaves it a
#: number ("1cds", "10x"); longer letter runs are words or codes.
MAX_UNKNOWN_SUFFIX = 3
#: Lower-case prefixes a hyphen may join to a number ("mid-2015", "top-10");
#: after any other word a hyphenated number is a code ("F-16", "COVID-19").
HYPHEN_PREFIXES = frozenset("pre post mid late early non top sub over under anti".split())
#: Of those, the prefixes that make the number after them an age band's name ("the
#: under-18s", "an under-21 side", "over-50s"), no quantity; "under 18 people" is one.
AGE_BAND_PREFIXES = frozenset({"under", "over"})
# A run of digits with thousands or decimal separators, or a vulgar fraction.
# It starts with a character class, so the scan skips text quickly, and it
# always succeeds once started, so a long run ("1,1,1,…") is read once.
_TOKEN = re.compile(
    r"[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?:(?<=[0-9])[0-9]*(?:[,.\u00a0\u202f\u2009][0-9]+){0,1000})?")
# What may be glued to a number: an exponent, a fraction, a dash and a second
# number, a suspended hyphen ("8- to 16-meter"), a clock colon, a suffix
# (%, °C, €, 's, st/nd/rd/th, a unit or scale) and a rate ("/hour").
_GLUED = re.compile(
    r"(?:(?P<exp>[eE][-−+]?[0-9]{1,3})(?![0-9A-Za-z])"
    r"|[ ]?[x×·*][ ]?(?:10(?:\^|\*\*)(?P<e10>[-−+]?[0-9]{1,3})|10(?P<e10m>[-−][0-9]{1,3})"
    r"|10(?P<e10s>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<base>[0-9]{1,3})(?:\^|\*\*)(?P<power>[0-9]{1,3}))"
    r"(?![0-9]))?"
    r"(?P<frac>/(?P<den>[0-9]{1,4}))?"
    r"(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])?"
    r"(?P<mixed>[ -](?P<mnum>[0-9])/(?P<mden>[0-9]{1,2})(?![0-9/]))?"
    r"(?:(?P<dash>[-–—])(?P<high>[0-9]+(?:[,.][0-9]+){0,6}))?"
    r"(?P<susp>-(?=[ ]{1,3}(?:to|and|or)[ ]))?"
    r"(?P<clock>:[0-9]{2})?"
    r"(?P<suffix>%|‰|°(?:[ ]?[CFK](?![A-Za-z]))?|[$€£¥₹]|['’]s(?![A-Za-z])"
    r"|[A-Za-zµ]{1,8}(?:[23²³]|\^[23])?)?"
    r"(?P<per>/[A-Za-zµ]{1,8}(?:[23²³]|\^[23])?)?"
)
#: Longest number on either side of a score or vote ("won 3-2", "passed 310-112"): a
#: chamber's votes run to three digits; "2024-1" is a code, no score.
MAX_SCORE_DIGITS = 3
_SCORE_DASHES = frozenset("-–—")
#: Characters after a number that start nothing _GLUED reads, and those that
#: may follow a single space and still be glued ("2 1/2", "3 x 10^5").
_NEVER_GLUED = frozenset(",;)]}\"”!?\n\t\r")
_GLUE_AFTER_SPACE = frozenset("0123456789x×·*±+")
_CURRENCY_CHARS = frozenset("$€£¥₹₽₩₺₦₪₱₫₴₵¢-−")
#: Characters right before a digit that make it part of a code, a decimal or an
#: address ("v2", ".5" after a word, "#3", "@2", "50%3").
#: Last characters of a currency mark a space may part from its number ("Rs. 50",
#: "R$ 28,8", "€ 5", "KSh 155"): those of the prefix table's marks; an upper-case
#: letter ends the codes ("USD 5").
_CURRENCY_MARK_ENDS = frozenset(
    end for mark in _currency_tables()[0] for end in (mark[-1], mark[-1].upper()))
#: Currency marks written in letters that may touch the number ("Rs500", "KSh155",
#: "Sh2 billion"): the prefix table's lower-case keys (any case) and mixed-case keys (as
#: written), not its codes ("USD5" is no amount).
_LETTER_MARKS = frozenset(mark.rstrip(".") for mark in _currency_tables()[0]
                          if not mark.isupper() and mark.rstrip(".").isalpha())
_LETTER_MARK_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{1,3}\.?$")
#: Single capital letters that are a currency only before an amount with a scale word or
#: thousands groups ("R15 billion", "N300,000"; see the data file), and what makes it one.
_SCALED_LETTER_MARKS = _currency_tables()[3]
_AMOUNT_SCALE_AFTER = re.compile(r"[ \u00a0]?(?:thousand|million|billion|trillion|bn|mn|m|tn|trn)"
                                 r"(?![\w-])", re.IGNORECASE)
_THOUSANDS_GROUP = re.compile(r"\d,\d{3}(?!\d)")
#: A price's rate after a small amount that makes a lone letter before it a currency: "the
#: rand firmed to R18.21 per dollar", "petrol at N480 a litre", "R24.50 to the dollar",
#: "N1,550 against the dollar", "R45.20 a share".
_LETTER_PRICE_AFTER = re.compile(
    r"[ \u00a0]+(?:per|a|an|to[ \t]+the|against[ \t]+the)[ \t]+(?:US[ \t]+)?"
    r"(?:dollar|greenback|euro|pound|yen|yuan|litre|liter|kilogram|kg|share|unit|barrel|gallon"
    r"|ounce|tonne|loaf|bag|kilowatt-hour|kWh)\b")
#: A word of price shortly before it, when the amount ends its phrase ("Petrol now costs
#: N480.", "The fare rose to R21.50,"; not "the price of N95 masks").
_LETTER_PRICE_BEFORE = re.compile(
    r"\b(?:prices?|priced|costs?|costing|fares?|tariffs?|sold[ \t]+for|sells?[ \t]+for"
    r"|selling[ \t]+for|fetched|fetches)\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)
_PRICE_ENDS_AFTER = re.compile(r"(?:[.,;:)!?]|[ \t]+(?:and|or|from|in|on|last|this|each)\b|$)")
#: How far back a word of price is looked for before a lone letter's amount.
PRICE_WORD_REACH = 40
#: Signs that end a figure; a hyphen after one joins two figures ("45%-42%", "20°-25°"),
#: a range or a score as range merging decides, and is never the next one's minus.
_DASH_AFTER = frozenset("%‰°")
_NUMBER_SIGN_ENDS = frozenset(sign[-1] for sign in NUMBER_SIGNS)
#: Legal codes cited by title number first ("18 U.S.C. § 793", "40 C.F.R. 60"):
#: the number before them is the title's name.
CODE_TITLES_AFTER = ("U.S.C.", "USC ", "C.F.R.", "CFR ")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?P<cur>(?<![A-Za-z])[A-Za-z]{0,3}\$|(?<![A-Za-z])[A-Za-z]{1,2}[£¢₵]|[€£¥₹₽₩₺₦₪₱₫₴₵]"
    r"|(?<![A-Za-z])[A-Z][A-Za-z]{1,3}\.?)"
    r"[ \u00a0]?(?P<neg>[-−])?|(?<![\w)\]])(?P<neg2>[-−])(?P<cur2>[A-Za-z]{0,3}\$|[€£¥₹₽₩₺₦₪₱₫₴])"
    r"|(?<![\w)\]])(?P<sign>[-−]))$")
_CLOCK_AFTER = re.compile(r"[ ]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![A-Za-z])|[ ]o['’]clock\b")
#: The German word for o'clock after a 24-hour time ("um 18.00 Uhr", "ab 9 Uhr").
_HOUR_WORD_AFTER = re.compile(r"[ \u00a0]Uhr\b")
# Thousands grouped by spaces ("12 000", SI and French style), with a decimal
# part after either mark ("1 234,5", "1 234.5"): after space groups a comma or
# dot can only be the decimal mark. At most five groups (a quintillion): a longer
# run of three-digit numbers is a list, and reading it whole from every number in
# it took time growing with the square of its length.
_SPACED_GROUPS = re.compile(
    r"(?P<groups>(?: [0-9]{3}(?![0-9])){1,5})(?! [0-9]{3}(?![0-9]))"
    r"(?:[,.](?P<frac>[0-9]+))?(?![0-9]|[,.][0-9])")


# A height in feet and inches, as US and British sports copy give a player's: "6ft 2in",
# "5 ft 11 in", "6 feet 2 inches", "the 6-foot-8 forward" (the inches after "foot" need
# no unit). A single digit of feet, then inches below INCHES_IN_FOOT.
_FEET_AND_INCHES = re.compile(
    r"(?P<feet>[1-9])(?:[ ]?ft\.?[ ]?|[ ]feet[ ]|-foot-|[ ]foot[ ])(?P<inches>[0-9]{1,2})"
    r"(?:(?<=-foot-[0-9])|(?<=-foot-[0-9]{2})|[ ]?(?:in|ins|inches|inch)\b)(?![0-9])")
#: Inches in a foot.
INCHES_IN_FOOT = 12
# A weight in stone and pounds, as British and Irish court, police and health copy give a
# person's: "15st 4lb", "12 stone 7lbs", "9st 2lb", "12 stone 7 pounds"; pounds below
# POUNDS_IN_STONE.
_STONE_AND_POUNDS = re.compile(
    r"(?P<stone>[0-9]{1,2})(?:[ ]?st[ ]|[ ]stone[ ])(?P<pounds>[0-9]{1,2})"
    r"[ ]?(?:lbs?|pounds?)\b")
#: Pounds in a stone.
POUNDS_IN_STONE = 14
# The loser's points of a tiebreak, in brackets glued to the set's score: "7-6(4)".
_TIEBREAK_AFTER = re.compile(r"\([0-9]{1,2}\)")
# An Australian football score, goals and behinds then the total in brackets: "12.10
# (82)". It is one only when the total adds up (AFL_GOAL_POINTS a goal, one a behind) and
# no percent or unit follows, as after an earlier period's value ("2.3 (15) per cent").
_AFL_SCORE = re.compile(r"(?P<goals>[0-9]{1,2})\.(?P<behinds>[0-9]{1,2})[ \u00a0]?"
                        r"\((?P<total>[0-9]{1,3})\)(?![ \u00a0]?(?:%|per[ ]?cent|pc\b))")
#: Points for a goal in Australian football (a behind scores one).
AFL_GOAL_POINTS = 6
#: The least total read as such a score: a side's score is rarely lower, an earlier
#: period's small value in a financial table often is ("1.4 (10)").
AFL_LEAST_TOTAL = 20


def _digit_figures(text: str, start: int, end: int, ascii_letters: bytes | None,
                   mask: _Mask | None, language: _Language | None = None) -> list[_Figure]:
    """Read the figures at the digit tokens (_TOKEN) of ``text[start:end]``, in order.

    Each token is searched from the end of the one before, as with
    ``_TOKEN.finditer``; in an ASCII block (given its _survey ``ascii_letters``)
    only a digit starts a token and the letters' "0" bytes are its digits, so
    the regex runs only there. A masked token may let the search skip the rest
    of its masked span (_Mask.skip): a run of citation markers is passed at once.
    """
    figures: list[_Figure] = []
    resume = position = start
    while position < end:
        limit = end
        if ascii_letters is None:
            token = _TOKEN.search(text, position, end)
        else:
            digit = ascii_letters.find(b"0", position - start)
            token = None if digit == -1 else _TOKEN.match(text, start + digit, end)
        if token is None:
            break
        s, position = token.span()
        if mask is not None:
            skip = mask.skip(text, s, position, end)
            if skip is not None:  # a masked token
                cut = mask.cut_before(s, position)
                token = _TOKEN.match(text, s, cut) if cut is not None else None
                if token is None:
                    position = skip
                    continue
                # "2023" of "2023.1" where "1" is a note marker: read up to the marker
                position = token.end()
            limit = mask.next_start(position, end)  # "91%.3": no figure runs into a marker
        if s < resume:
            continue
        height = _FEET_AND_INCHES.match(text, s, limit) if token.group().isdigit() else None
        if height is not None and int(height.group("inches")) < INCHES_IN_FOOT \
                and (mask is None or not mask.hits(s, height.end())):
            # "6ft 2in", "the 6-foot-8 forward": one length in feet, as a compound
            # duration is one figure in its largest unit
            figure = _Figure(s, height.end(), int(height.group("feet"))
                             + int(height.group("inches")) / INCHES_IN_FOOT,
                             kind="measure", unit="ft",
                             compound="-foot-" in height.group())  # its noun after it
            figures.append(_finish(text, figure, start, limit, None, False))
            resume = height.end()
            continue
        weight = _STONE_AND_POUNDS.match(text, s, limit) if token.group().isdigit() else None
        if weight is not None and int(weight.group("pounds")) < POUNDS_IN_STONE \
                and (mask is None or not mask.hits(s, weight.end())):
            # "15st 4lb": one weight in stone, as "6ft 2in" is one length in feet
            figure = _Figure(s, weight.end(), int(weight.group("stone"))
                             + int(weight.group("pounds")) / POUNDS_IN_STONE,
                             kind="measure", unit="st")
            figures.append(_finish(text, figure, start, limit, None, False))
            resume = weight.end()
            continue
        afl = _AFL_SCORE.match(text, s, limit) if "." in token.group() else None
        if afl is not None and AFL_GOAL_POINTS * int(afl.group("goals")) \
                + int(afl.group("behinds")) == int(afl.group("total")) >= AFL_LEAST_TOTAL \
                and (mask is None or not mask.hits(s, afl.end())):
            # "Collingwood 12.10 (82)": goals and behinds, no decimal; the total is read next
            figures.append(_Figure(s, afl.end("goals"), float(afl.group("goals")), kind="count",
                                   subject="goals"))
            figures.append(_Figure(afl.start("behinds"), afl.end("behinds"),
                                   float(afl.group("behinds")), kind="count", subject="behinds"))
            resume = afl.end("behinds")
            continue
        figure, resume = _digit_figure(text, s, position, token.group(), start, limit,
                                       language)
        if figure is not None and (mask is None or not mask.hits(figure.start, figure.end)):
            if figure.kind == "score":
                figures.extend(_score_halves(text, figure))
            else:
                figures.append(figure)
    return figures



#: A subsection in brackets right after a labelled number ("section 12(3)(a)", "s. 5(1)"):
#: part of the reference, no figure.
_SUBSECTION = re.compile(r"\([0-9]{1,3}[a-z]?\)|\([a-z]{1,4}\)")


#: A comparison sign right before a decimal point: a statistic's value written without
#: its leading zero, as medical journals style p-values ("P = .001", "P<.05"); elsewhere
#: a point before digits is a version's or a code's (".NET 8", "v1.2.3").
_LEADING_POINT_AFTER = re.compile(r"[=<>≤≥][ ]?$")
#: The percent written before its number, as Turkish does ("%3,2", "yüzde 3,2").
_PERCENT_BEFORE = re.compile(r"(?:(?<![\w%])%|(?<![\w])[Yy]üzde[ ])$")


def _percent_before(text: str, s: int, lower: int) -> int | None:
    """Where a percent written before the number at ``s`` starts, or None."""
    found = _PERCENT_BEFORE.search(text, max(lower, s - 6), s)
    return found.start() if found is not None else None


def _skip_subsections(text: str, position: int, limit: int) -> int:
    """Return where the bracketed subsections right after ``position`` end."""
    while position < limit and text[position] == "(":
        subsection = _SUBSECTION.match(text, position, limit)
        if subsection is None:
            break
        position = subsection.end()
    span_end = _LABELLED_SPAN_END.match(text, position, limit)
    if span_end is not None:
        return span_end.end()  # "weeks 10–12", "ss. 4–6"
    while (item := _LABELLED_LIST_ITEM.match(text, position, limit)) is not None:
        position = item.end()  # "ports 22, 80 and 443", "Articles 3, 4 and 5": names too
    return position


#: The next item of a list of numbered things after their label ("ports 22, 80 and 443",
#: "PAN-OS 10.2, 11.0 and 11.1"), named as the first is: an item followed by nothing but a
#: stop, a comma or the next item, never by a word it would count ("Section 230 and 40
#: other rules" keeps the 40).
_LABELLED_LIST_ITEM = re.compile(r"(?:,[ ]?|,?[ ](?:and|or)[ ])(?:\d{1,6}(?:\.\d{1,4}){0,3}"
                                 r"(?=[.,;:)]|[ ](?:and|or)[ ]\d|$)"
                                 # a class of one digit before its noun: "scope 1, 2 and 3
                                 # emissions", "phase 2 and 3 trials", "type 1 and 2 diabetes"
                                 r"|\d(?=[ ][A-Za-z]))")
#: The end of a span of numbered things after their label ("epidemiological weeks 10–12",
#: "paras 52–58", "Wards 1 to 6"): named as the first is, no figure.
_LABELLED_SPAN_END = re.compile(r"(?:[ ]?[-–][ ]?|[ ]to[ ])\d{1,4}(?![\d.,]\d)")


def _digit_figure(text: str, s: int, e: int, raw: str, lower: int, limit: int,
                  language: _Language | None = None) -> tuple[_Figure | None, int]:
    """Read the figure at the digit token ``text[s:e] == raw``.

    Return it (or None) and where scanning resumes; ``language`` as in
    _parse_number.
    """
    value = _parse_number(raw, language)
    if value is None:
        date = _dotted_date(text, s, e, raw, lower)
        return (date, e) if date is not None else (None, e)
    if not math.isfinite(value):
        return None, e
    prev = text[s - 1] if s > lower else " "
    if prev == "." and raw.isdigit() and _LEADING_POINT_AFTER.search(
            text, max(lower, s - 3), s - 1) is not None:
        # "P = .001", "(P<.05)", "r = .45": a statistic's decimal without its zero
        figure = _Figure(s - 1, e, float("0." + raw))
        return _finish(text, figure, lower, limit, None, False), figure.end
    if (prev == "%" or prev == " " and text[s - 6:s - 1] in ("yüzde", "Yüzde")) \
            and language is not None and language.code == "tr":
        opening = _percent_before(text, s, lower)
        if opening is not None:  # Turkish writes the percent first: "%3,2", "yüzde 3,2"
            figure = _Figure(opening, e, value)
            figure.kind, figure.unit = "percent", "%"
            return _finish(text, figure, lower, limit, None, False), figure.end
    scaled_letter = _scaled_letter_currency(text, s, e, raw, lower, limit) \
        if prev in _SCALED_LETTER_MARKS else None
    if prev in _MAGNITUDE_MARK_ENDS:
        magnitude = _magnitude_mark_before(text, s, raw, lower, limit)
        if magnitude is not None:  # "an M5.8 aftershock", "Mw 7.2": an earthquake's size
            figure = _Figure(magnitude[0], e, value, kind="measure", unit=magnitude[1])
            return _finish(text, figure, lower, limit, None, False), figure.end
    if (prev.isalnum() or prev in _CODE_BEFORE) and not _letter_mark_before(text, s, lower) \
            and scaled_letter is None \
            and not (prev in "'’" and _elided_article_before(text, s - 1, lower)):
        return None, _skip_code(text, e, limit)
    if (prev in _NUMBER_SIGN_ENDS or prev == " " and s - 2 >= lower
            and text[s - 2] in _NUMBER_SIGN_ENDS) and _after_number_sign(text, s, lower):
        return None, _skip_code(text, e, limit)  # "No. 10", "№ 3": a name
    if (prev in " \u00a0§" and s - 2 >= lower) and _after_label(text, s, lower, language) \
            and not (raw.isdigit() and len(raw) <= 2
                     and _date_at(text, s, e, raw, lower, limit) is not None):
        # (a date after the label is a date: "Recommendation 29 January 2013")
        return None, _skip_subsections(text, e, limit)  # "Section 230", "§ 793": a name
    if raw.isdigit() and len(raw) <= 4 and prev not in _CURRENCY_CHARS:
        citation = reporter_citation_end(text, e, limit)
        if citation is not None:
            return None, citation  # "597 U.S. 215", "5 U.S.C. 2302": a volume and its page
    if e + 2 < limit and text[e] == " " and text.startswith(CODE_TITLES_AFTER, e + 1):
        return None, e  # "18 U.S.C. with leaking": a title of a legal code
    if prev == " " and len(raw) == 3 and service_number_before(text, s, e, lower):
        return None, e  # "call 101", "dial 911": a telephone number
    if raw.isdigit() and len(raw) <= 5 and e + 2 < limit and text[e] == " " \
            and text[e + 1].isalpha() and _address().match(text, e, limit) is not None:
        return None, e  # "14 Mill Lane", "12 rue de Rivoli": a house number
    if raw.isdigit() and text.startswith("-", e) and _LETTERED_CODE_AFTER.match(text, e, limit):
        return None, _skip_code(text, e, limit)  # "case 24-CR-118": a docket number, a code
    if raw.isdigit() and len(raw) <= 5 and text.startswith(" block", e) and s - 4 >= lower \
            and _HUNDRED_BLOCK.match(text, e, limit) is not None \
            and text[s - 4:s].lower() == "the ":
        return None, e  # "in the 1200 block of Main Street": where, not how many blocks
    if prev == "(" and e < limit and text[e] == ")" and raw.isdigit() and len(raw) <= 2 \
            and _WEEKDAY_BEFORE_BRACKET.search(text, max(lower, s - 20), s - 1) is not None:
        return None, e + 1  # "nesta quarta-feira (5)": the day of the month, no figure
    if prev == "(" and e < limit and text[e] == ")" and s - 2 >= lower \
            and text[s - 2] in _CURRENCY_CHARS:
        negative_sum = _bracketed_negative(text, s, e, value, lower, limit)
        if negative_sum is not None:
            return negative_sum, negative_sum.end
    begin, currency, negative = s, None, False
    if prev in _CURRENCY_CHARS or prev.isalpha() or prev == "." or prev in " \u00a0" \
            and s - 2 >= lower and (
            text[s - 2].isupper() or text[s - 2] in _CURRENCY_MARK_ENDS):
        window = text[max(lower, s - 6):s]
        before = _CURRENCY_BEFORE.search(window)
        if before is not None and not before.group("sign"):
            currency, skipped = _prefix_currency(before.group("cur") or before.group("cur2"))
            if currency is not None:
                negative = bool(before.group("neg") or before.group("neg2"))
                if negative and before.group("cur") and before.group("cur").isupper() \
                        and text[s - 2] != " " and len(before.group("cur")) == 3:
                    return None, _skip_code(text, e, limit)  # "KRW-2412": an identifier
                begin = s - (len(window) - before.start()) + skipped
    if currency is None and scaled_letter is not None:
        currency, begin = scaled_letter, s - 1
    if currency is None and prev in "-−":
        ahead = s - 2
        if ahead >= lower and (text[ahead].isalnum() or text[ahead] in ")]_"):
            word = _word_before(text, s - 1, lower).lower()
            if word in AGE_BAND_PREFIXES and raw.isdigit() \
                    or word not in HYPHEN_PREFIXES and word not in SCALES_BEFORE:
                return None, _skip_code(text, e, limit)
        elif ahead < lower or text[ahead] not in _DASH_AFTER:
            negative, begin = True, s - 1
    plain = raw.isdigit()
    if plain and len(raw) == 4 and int(raw[:2]) < HOURS_IN_DAY and int(raw[2:]) < MINUTES_IN_HOUR \
            and _ZONE_AFTER_TIME.match(text, e, limit) is not None \
            and (raw[0] == "0" or not text.startswith(" hours", e)):
        return None, e  # "by 0930 GMT", "at 2100 local time", "0600 hours": a time of day

    if plain and len(raw) <= 4:
        date = _date_at(text, s, e, raw, lower, limit)
        if date is not None:
            return date, date.end

    nxt = text[e] if e < limit else " "
    if plain and (prev in "+(" or nxt in "-)" or raw[0] == "0" and len(raw) > 1):
        phone = _phone_end(text, s - 1 if prev in "+(" else s, lower, limit)
        if phone is not None:
            return None, phone
    if nxt == "m" and text.startswith(GLUED_THOUSAND, e) \
            and not text[e + len(GLUED_THOUSAND):e + len(GLUED_THOUSAND) + 1].isalnum():
        # "10mila incidenti", "3mila feriti": Italian thousands glued to the number
        figure = _Figure(begin, e + len(GLUED_THOUSAND), (-value if negative else value) * 1e3)
        figure.scale = 1e3
        if currency:
            figure.kind, figure.unit = "money", currency
        return _finish(text, figure, lower, limit, currency, False), figure.end
    if nxt == " " and language is not None and text.startswith("mil", e + 1):
        thousand = _THOUSAND_AFTER.match(text, e, limit)
        if thousand is not None and language.code in THOUSAND_WORDS.get(thousand.group(1), ()):
            # "3 mil famílias", "R$ 500 mil", "12 mila persone": thousands
            figure = _Figure(begin, thousand.end(), (-value if negative else value) * 1e3)
            figure.scale = 1e3
            if currency:
                figure.kind, figure.unit = "money", currency
            return _finish(text, figure, lower, limit, currency, False), figure.end
    if raw == "0" and text.startswith(ZERO_DAY, e):
        return None, e + len(ZERO_DAY)  # "a 0-day in Chrome": a zero-day flaw, no duration
    if nxt == "M" and currency is None and plain and _month_count_or_name(text, s, e, limit):
        return None, e + 1  # "9M 2024", "6M YTD": months of a period; "3M": a company
    if nxt in _NEVER_GLUED or nxt == " " and (e + 1 >= limit
                                              or text[e + 1] not in _GLUE_AFTER_SPACE):
        return _bare_figure(text, begin, e, raw, -value if negative else value, plain, lower,
                            limit, currency)
    return _glued_figure(text, begin, e, raw, value, negative, plain, lower, limit, currency,
                         language)


# Capitals, then digits, each hyphenated after a number: a code such as a court's docket
# number ("24-CR-118", "2024-CF-001234"; "1:23-cv-04567" is read from its colon), never a
# count or a year ("a 10-K filing", "2024-Q4" have no second hyphen).
_LETTERED_CODE_AFTER = re.compile(r"-[A-Z]{1,5}-[0-9]")
# The block of a street that US police and courts give for a place: "the 1200 block of
# Main Street", "the 400 block of W. 5th Ave." (after "the", then a street named with a
# capital or a number; "the 200 block of shares" goes on to a noun in lower case and
# counts).
_HUNDRED_BLOCK = re.compile(r"[ \u00a0]blocks?[ \u00a0]of[ \u00a0](?:the[ \u00a0])?[A-Z0-9]")
#: A glued "M" is a million ("10M users"), but after the months of a reporting period
#: it counts months: "9M 2024", "6M YTD", "12M period" (results tables' nine, six
#: and twelve months to date).
_PERIOD_AFTER_MONTHS = re.compile(r"M(?:[ \t\u00a0]+(?:(?:19|20)\d\d|FY\d|YTD|period)"
                                  r"|[ \t]?(?:/|vs\.?[ \t])[ \t]?\d{1,2}M)(?![\w])")
#: Names written as a number and a capital M ("3M", the company): no million unless a
#: counted noun in lower case follows ("3M users").
NAMES_IN_DIGITS_AND_M = frozenset({"3M"})
_LOWER_WORD_AFTER = re.compile(r"M[*_]{0,2}[ \t]+(?P<word>[a-z]{3,}s|people|children)\b")
#: Verbs in -s a company's name may take: after "3M" they leave it a name.
_VERBS_AFTER_NAME = frozenset("says rises falls gains drops slips jumps plans reports posts "
                              "expects sees adds cuts faces agrees wins makes sells".split())


def _month_count_or_name(text: str, s: int, e: int, limit: int) -> bool:
    """Whether the "M" glued to the number at ``text[s:e]`` is no million (a period, a name)."""
    if e + 1 < limit and (text[e + 1].isalnum() or text[e + 1] == "_"):
        return False  # "5Mbps", "9Ma": another unit or a code
    if 1 <= len(text[s:e]) <= 2 and _PERIOD_AFTER_MONTHS.match(text, e, limit) is not None \
            and 1 <= int(text[s:e]) <= 12:
        return True
    return text[s:e + 1] in NAMES_IN_DIGITS_AND_M and (s == 0 or not text[s - 1].isalnum()) \
        and ((after := _LOWER_WORD_AFTER.match(text, e, limit)) is None
             or after.group("word") in _VERBS_AFTER_NAME)


# A weekday right before a bracketed day of the month, as Brazilian and other
# Portuguese copy dates an event: "nesta quarta-feira (5)", "no domingo (9)", and the
# same in English ("on Wednesday (5)").
_WEEKDAY_BEFORE_BRACKET = re.compile(
    r"(?i:(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]$")
#: Words for "thousand" written after a number, with the languages that write them so:
#: Spanish, Portuguese, Catalan and Galician "mil" ("3 mil famílias", "R$ 500 mil",
#: "40 mil hectáreas"), Italian "mila" ("12 mila persone"). English "mil" after a number
#: is slang for a million or a thousandth of an inch, so only in those languages.
THOUSAND_WORDS = {"mil": frozenset({"es", "pt", "ca", "gl"}), "mila": frozenset({"it"})}
#: Italian "mila" glued to its number, as its press writes round thousands ("10mila
#: incidenti", "3mila euro"); no other language glues it so.
GLUED_THOUSAND = "mila"
#: Not before a scale word: "2 mil millones" is a billion (context.SCALE_PHRASES).
_THOUSAND_AFTER = re.compile(r"[ ](mila?)(?![\w'’-])(?![ ]mil(?:lones|hões|ioni)\b)")


def _bracketed_negative(text: str, s: int, e: int, value: float, lower: int,
                        limit: int) -> _Figure | None:
    """Read a sum in accounting brackets after its currency sign: "$(4.5) million" is −4.5m.

    Financial statements print a loss or a cut as the amount in brackets; with the
    sign outside them the brackets can only mean that ("$(4.5)"), where a bare
    "(4.5)" in prose is an aside. None unless a currency sign ends right before "(".
    """
    before = _CURRENCY_BEFORE.search(text, max(lower, s - 7), s - 1)
    if before is None or not before.group("cur") or before.group("neg"):
        return None
    currency, _ = _prefix_currency(before.group("cur"))
    if currency is None:
        return None
    figure = _Figure(before.start(), e + 1, -value)
    figure.kind, figure.unit = "money", currency
    return _finish(text, figure, lower, limit, currency, False)


#: Articles and prepositions that Italian and French elide before a vowel, and so before
#: a number read with one ("all'1,7%", "dell'8%", "l'11 per cento", "d'1,5 milliard"):
#: the number after their apostrophe is a figure, not part of a code.
ELIDED_BEFORE_NUMBER = frozenset({"l", "all", "dall", "dell", "nell", "sull", "coll", "pell",
                                  "un", "d", "qu", "jusqu"})


def _elided_article_before(text: str, apostrophe: int, lower: int) -> bool:
    """Whether an elided article or preposition ends at the apostrophe at ``apostrophe``."""
    start = apostrophe
    while start > lower and text[start - 1].isalpha() and apostrophe - start <= 6:
        start -= 1
    return (start == lower or not text[start - 1].isalnum()) \
        and text[start:apostrophe].lower() in ELIDED_BEFORE_NUMBER


def _scaled_letter_currency(text: str, s: int, e: int, raw: str, lower: int,
                            limit: int) -> str | None:
    """Return the currency of a lone capital letter touching an amount ("R15 billion"), or None.

    The letter must stand alone (not end a word or a code) and the amount must carry a
    scale word or thousands groups; see _SCALED_LETTER_MARKS.
    """
    if s - 2 >= lower and (text[s - 2].isalnum() or text[s - 2] in _CODE_BEFORE):
        return None
    if _THOUSANDS_GROUP.search(raw) is None and _AMOUNT_SCALE_AFTER.match(text, e, limit) is None \
            and _LETTER_PRICE_AFTER.match(text, e, limit) is None \
            and not (_LETTER_PRICE_BEFORE.search(text, max(lower, s - 1 - PRICE_WORD_REACH), s - 1)
                     and _PRICE_ENDS_AFTER.match(text, e, limit)):
        return None
    return _SCALED_LETTER_MARKS[text[s - 1]]


#: Last characters of an earthquake's magnitude mark before its number, touching it or
#: spaced ("M5.8", "Mw 7.2").
_MAGNITUDE_MARK_ENDS = frozenset(mark[-1] for mark in MAGNITUDE_MARKS) | {" "}


def _letter_mark_before(text: str, s: int, lower: int) -> bool:
    """Whether a currency mark in letters touches the number at ``s`` ("Rs500", "KSh155")."""
    if not text[s - 1].isalpha() and text[s - 1] != ".":
        return False
    mark = _LETTER_MARK_BEFORE.search(text, max(lower, s - 5), s)
    if mark is None:
        return False
    found = mark.group().rstrip(".")
    return found in _LETTER_MARKS or found.lower() in _LETTER_MARKS


def _bare_figure(text: str, begin: int, e: int, raw: str, value: float, plain: bool,
                 lower: int, limit: int, currency: str | None) -> tuple[_Figure | None, int]:
    """Read a number with nothing glued to it (the common case): "25,000 workers", "(3)".

    What _glued_figure does with an empty glue match, without the regex: the
    character after the number cannot start a suffix, a second group of digits
    or a clock time unless it is a space.
    """
    if e + 1 < limit and text[e] == "," and text[e + 1].isalnum():
        return None, _skip_code(text, e, limit)  # "2014,Smith"
    figure = _Figure(begin, e, value)
    if raw in VULGAR_FRACTIONS:
        figure.fraction = True
    if currency:
        figure.kind, figure.unit = "money", currency
    if e + 1 < limit and text[e] == " " and text[e + 1] in "apAPUo":  # "5 pm", "9 Uhr", "3 o'clock"
        clock_end = _time_of_day_end(text, e, limit, raw, figure)
        if clock_end is not None:
            return None, clock_end
    return _finish(text, figure, lower, limit, currency, plain), figure.end


#: A military formation named by its ordinal ("1st Guards Tank Army", "155th Naval
#: Infantry Brigade", "58th Combined Arms Army", "82nd Airborne Division"): the ordinal is
#: part of the name.
_FORMATION_AFTER = re.compile(
    r"[ \t](?:[A-Z][\w-]*[ \t]){0,4}(?:Army|Armies|Brigades?|Divisions?|Regiments?"
    r"|Battalions?|Corps|Fleet|Squadrons?|Wing|Flotilla|Detachment|Infantry|Airborne"
    r"|Mechanized|Mechanised|Motorized|Motorised|Rifle|Tank|Artillery|Marines?)\b")


#: Superscript digits, an exponent raised after its base ("10⁶").
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile("[⁻⁺]?[" + SUPERSCRIPT_DIGITS + "]{1,3}")
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "⁻⁺", "0123456789-+")
# A power written with a caret on a bare number, as science copy writes ten's powers
# without a coefficient ("10^7 kelvin", "10^-9 metres", "2^10"); the coefficient's
# form ("3 x 10^5") is read by _GLUED.
_CARET_POWER = re.compile(r"\^(?P<power>[-−+]?[0-9]{1,3})(?![0-9.,])")
#: The largest exponent read: past it a float is no longer finite.
MAX_EXPONENT = 300


#: Lines of a video format, written with "p" (progressive) or "i" (interlaced) glued:
#: "720p", "1080i", "1440p", "2160p". A format's name, no count of lines.
VIDEO_LINES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


def _glued_figure(text: str, begin: int, e: int, raw: str, value: float, negative: bool,
                  plain: bool, lower: int, limit: int, currency: str | None,
                  language: _Language | None = None) -> tuple[_Figure | None, int]:
    """Read a number and what is glued to it: an exponent, a fraction, a range, a suffix."""
    if text[e:e + 1] in "pPi" and raw in VIDEO_LINES and not text[e + 1:e + 2].isalnum():
        return None, e + 1  # "1440p", "1080i": a video format, no quantity
    power = None
    if plain and (text[e:e + 1] in SUPERSCRIPT_DIGITS
                  or text[e:e + 1] in "⁻⁺" and text[e + 1:e + 2] in SUPERSCRIPT_DIGITS):
        power = _SUPERSCRIPT_RUN.match(text, e, limit)
        exponent = int(power.group().translate(_FROM_SUPERSCRIPT))
    elif plain and text[e:e + 1] == "^":
        power = _CARET_POWER.match(text, e, limit)
        exponent = int(power.group("power").replace("−", "-")) if power is not None else 0
    if power is not None:
        if power.end() < limit and text[power.end()].isalnum() or exponent > MAX_EXPONENT:
            return None, _skip_code(text, power.end(), limit)
        # "10⁶ dollars", "2⁵", "10^7 kelvin", "10⁻²¹": a power, its exponent raised
        figure = _Figure(begin, power.end(), (-value if negative else value) ** exponent)
        return _finish(text, figure, lower, limit, currency, False), figure.end
    glued = _GLUED.match(text, e, limit)
    end = glued.end()
    if glued.group("frac") and plain and not glued.group("suffix") and len(raw) <= 2 \
            and 1 <= int(raw) <= 12 and 1 <= int(glued.group("den")) <= 31:
        days = _MONTH_DAY_RANGE.match(text, end, limit)
        if days is not None and 1 <= int(days.group("m")) <= 12 \
                and 1 <= int(days.group("d")) <= 31:
            # "fielded 3/5 to 3/8", US style: a poll's days, no fractions
            return _Figure(begin, days.end(), None, kind="date"), days.end()
    if glued.group("clock"):
        if plain and begin + len(raw) == e:
            timed = _timed_duration(text, begin, lower, limit)
            if timed is not None:
                return _finish(text, timed, lower, limit, None, False, done=False), timed.end
        return None, end
    if end < limit and (text[end].isalnum() or (text[end] in ".,/:" and end + 1 < limit
                                                 and text[end + 1].isalnum())):
        return None, _skip_code(text, end, limit)
    figure = _Figure(begin, end, -value if negative else value)
    if end == e and raw not in VULGAR_FRACTIONS:
        readable = True  # nothing glued after all ("25 " before a letter)
        if currency:
            figure.kind, figure.unit = "money", currency
    else:
        try:
            readable = _read_glued(figure, glued, value, plain, raw, currency, language)
        except (OverflowError, ValueError):
            return None, end
    if not readable and glued.group("suffix") == "K" and glued.end("suffix") == end \
            and figure.value_high is None and not glued.group("frac") \
            and _COUNTED_AFTER_THOUSANDS.match(text, end, limit) is not None:
        # "850K people", "120K refugees": thousands, as "45k households" is (no kelvin
        # before a plural: "cooled to 4K"; nor "4K resolution")
        figure.kind, figure.unit, figure.scale, readable = "number", None, 1e3, True
        figure.value = (figure.value or 0.0) * 1e3
    if not readable or not math.isfinite(figure.value or 0.0):
        return None, end
    if figure.kind == "skip":
        return None, end
    if figure.kind == "ordinal" and _FORMATION_AFTER.match(text, end, limit) is not None:
        return None, end  # "the 1st Guards Tank Army", "155th Naval Infantry Brigade": a name
    if figure.value_high is not None and glued.group("dash") and plain and raw.isdigit() \
            and end + 1 < limit and text[end] in _SCORE_DASHES and text[end + 1].isdigit():
        return None, _skip_code(text, end, limit)  # "playing 3-5-2": a formation, a code
    if figure.kind == "number" and figure.value_high is not None and glued.group("dash") \
            and plain and raw.isdigit() and _in_run_of_scores(text, begin, end, lower, limit):
        figure.kind = "score"  # "won 6-4, 3-6, 7-6": the set lost is no range
    if figure.kind == "score":
        if end + 1 < limit and text[end] in _SCORE_DASHES and text[end + 1].isdigit():
            return None, _skip_code(text, end, limit)  # "978-0-478": an ISBN, a code
        tiebreak = _TIEBREAK_AFTER.match(text, end, limit)
        # split into its two numbers by _digit_figures; a set's tiebreak points glued in
        # brackets after it ("7-6(4)") are passed, no figure
        return figure, tiebreak.end() if tiebreak is not None else end
    if glued.group("susp"):
        figure.end = glued.start("susp")
        return _finish(text, figure, lower, limit, currency, plain), glued.end("susp")
    if figure.kind == "year" and not glued.group("dash") and glued.group("suffix"):
        return _finish(text, figure, lower, limit, None, plain, done=True), figure.end
    if plain and glued.group("suffix") is None and glued.end() == e and len(raw) <= 3:
        spaced = _SPACED_GROUPS.match(text, e, limit)
        # after a currency the groups are the sum's ("US$ 500 000", WHO and SI style)
        # and a group of "000" is never a number of its own ("up from 1 100 000")
        if spaced is not None and (currency or spaced.group("groups").endswith(" 000")
                                   or _unit_or_currency_follows(text, spaced.end(), limit)):
            figure.value = float(raw + spaced.group("groups").replace(" ", "") + "."
                                 + (spaced.group("frac") or "0"))
            figure.end = spaced.end()
            plain = False  # a grouped number is a count, never a year ("2 100 runners")
    clock_end = _time_of_day_end(text, figure.end, limit, raw, figure)
    if clock_end is not None:
        return None, clock_end
    return _finish(text, figure, lower, limit, currency, plain), figure.end


def _time_of_day_end(text: str, position: int, limit: int, raw: str,
                     figure: _Figure) -> int | None:
    """Return where a time of day the number opens ends, or None when it is none.

    A 12-hour time before a.m./p.m. ("5 pm", "9.30 a.m.") or a 24-hour one before
    German "Uhr" ("um 18.00 Uhr"): no figure.
    """
    clock = _CLOCK_AFTER.match(text, position, limit)
    if clock is not None and _looks_like_clock(raw, figure):
        return clock.end()
    clock = _HOUR_WORD_AFTER.match(text, position, limit)
    if clock is not None and _looks_like_clock(raw, figure, hours=HOURS_IN_DAY):
        return clock.end()
    return None


# A time written with colons from its first digit: "2:04:37" (h:mm:ss, a decimal
# of a second allowed) or "61:52" and "2:57" (m:ss). _timed_duration decides
# whether it is a duration or a time of day.
_COLON_TIME = re.compile(
    r"(?P<first>[0-9]{1,3}):(?P<second>[0-5][0-9])(?::(?P<third>[0-5][0-9]))?"
    r"(?P<frac>\.[0-9]{1,3})?(?![0-9]|[:.,][0-9])")
#: Words before a time that make it a time of day ("at 9:12:45", "from 1:15:00").
CLOCK_WORDS_BEFORE = frozenset({"at", "by", "from", "until", "till", "til", "before", "after",
                                "since", "to", "around", "about", "approximately"})
# What after a time makes it a time of day: a.m./p.m., a time zone or "local time".
_CLOCK_MARK_AFTER = re.compile(
    r"[ \u00a0]?(?:[ap]\.?m\b|[AP]\.?M\b|[A-Z]{2,4}T?\b|Z\b|local|hours?\b|h\b|GMT|UTC)")
#: What after four digits makes them a 24-hour time of day: a time zone's abbreviation
#: ("0930 GMT", "1600 EST"; "MT" and "CT" alone are left out: "1500 MT" is tonnes),
#: "local time", or "hours" after a leading zero ("0600 hours"; not "1200 hours of
#: footage").
_ZONE_AFTER_TIME = re.compile(
    r"[ \u00a0](?:GMT|UTC|BST|CES?T|EES?T|MSK|IST|JST|KST|AE[SD]T|[ECMP][SD]T|local[ \u00a0]time"
    r"|hours)(?![\w])")
#: Hours in a day: a clock's hour is below this; "26:13:08" is a duration.
HOURS_IN_DAY = 24
#: Minutes in an hour: "61:52" (minutes past 59) is a duration, "10:30" a clock time.
MINUTES_IN_HOUR = 60
#: A pair of numbers that add up to this is a split, not a time ("a 60:40 split", "70:30").
SPLIT_TOTAL = 100
# A gap after m:ss, as race reports give one rider's or runner's time behind another
# ("finished 1:14 behind", "2:05 clear of the field", "0:48 down"): minutes, no clock.
_GAP_AFTER = re.compile(r"[ \u00a0](?:behind|ahead|clear|adrift|down[ ]on)\b")
# A pace after m:ss ("2:57 per kilometre", "4:45/mile"): a duration per distance.
_PACE_AFTER = re.compile(
    r"(?:[ \u00a0]per[ \u00a0]|/)(?P<per>km|kilomet(?:re|er)|mi(?:le)?)(?![\w])")


def _timed_duration(text: str, s: int, lower: int, limit: int) -> _Figure | None:
    """Read a race time or pace written with colons as a duration, or None for a clock time.

    "2:04:37" (h:mm:ss with a one-digit hour, or any hour past 23) is a duration in
    hours, as a compound duration is in its largest unit; "61:52" (m:ss whose
    minutes no clock shows), "1:42.3" (m:ss with a decimal of a second, after "at"
    too), a gap ("1:14 behind") and a pace ("2:57 per kilometre") are durations in
    minutes. A time after "at", "from" … (CLOCK_WORDS_BEFORE), before a.m./p.m. or a
    time zone, or with a two-digit hour of a day ("14:02:37") stays a clock time.
    """
    match = _COLON_TIME.match(text, s, limit)
    if match is None:
        return None
    first, second, third = match.group("first", "second", "third")
    frac = float(match.group("frac") or 0.0)
    if third is not None:
        if len(first) > 2 or first[0] == "0" or (len(first) == 2
                                                 and int(first) < HOURS_IN_DAY):
            return None
        value, unit = int(first) + int(second) / 60 + (int(third) + frac) / 3600, "h"
    else:
        pace = _PACE_AFTER.match(text, match.end(), limit)
        if pace is not None:  # "2:57 per kilometre": no clock time, whatever the words around
            per = _unit_tables()[2].get(pace.group("per"), pace.group("per"))
            return _Figure(s, pace.end(), int(first) + (int(second) + frac) / 60,
                           kind="duration", unit=f"min/{per}", per=per)
        if not match.group("frac") and _GAP_AFTER.match(text, match.end(), limit) is None \
                and (int(first) < MINUTES_IN_HOUR or int(first) + int(second) == SPLIT_TOTAL):
            return None
        value, unit = int(first) + (int(second) + frac) / 60, "min"
    if _CLOCK_MARK_AFTER.match(text, match.end(), limit) is not None:
        return None
    if third is None and match.group("frac"):
        # "1:42.3", "clocked in at 1:29.708": tenths of a second no clock shows
        return _Figure(s, match.end(), value, kind="duration", unit=unit)
    if _word_before(text, s - 1 if s > lower and text[s - 1] == " " else s,
                    lower).lower() in CLOCK_WORDS_BEFORE:
        return None
    return _Figure(s, match.end(), value, kind="duration", unit=unit)


def _looks_like_clock(raw: str, figure: _Figure, *, hours: int = 13) -> bool:
    """Whether ``raw`` reads as an hour below ``hours``, with its minutes after a dot or not."""
    if figure.value_high is not None or figure.kind != "number":
        return False
    if raw.isdigit():
        return 0 <= int(raw) < hours
    hour, _, minutes = raw.partition(".")
    return hour.isdigit() and int(hour) < hours and len(minutes) == 2 and int(minutes) < 60


def _unit_or_currency_follows(text: str, position: int, limit: int) -> bool:
    """Whether a counted noun, a unit or a currency follows a number.

    Thousands grouped with plain spaces are read then ("12 000 habitants", "3 400 km",
    "1 234,5 Millionen Euro"), as French, Nordic and SI style print them.
    """
    if _SYMBOL_AFTER.match(text, position, limit) is not None:
        return True  # "1 500 €", "3 000 M€"
    words = _following_words(text, position, limit)
    if not words:
        return False
    first = words[0][0]
    lower = first.lower()
    return (first[:1].islower() and lower not in _SUBJECT_STOPS
            or lower in SCALES or lower in FOREIGN_SCALES
            or _lookup_unit(first) is not None or _suffix_currency(first) is not None)


def _read_glued(figure: _Figure, glued: re.Match[str], value: float, plain: bool, raw: str,
                currency: str | None, language: _Language | None = None) -> bool:
    """Apply what is glued to the number; False when the token is not a figure."""
    g = glued.group
    sign = -1.0 if figure.value is not None and figure.value < 0 else 1.0
    if g("exp"):
        value *= 10.0 ** int(g("exp")[1:].replace("−", "-"))
    elif g("e10") or g("e10m") or g("e10s"):
        power = (g("e10") or g("e10m") or g("e10s")).translate(_SUPERSCRIPTS).replace("−", "-")
        value *= 10.0 ** int(power)
    elif g("base"):
        value *= float(int(g("base")) ** min(int(g("power")), 30))
    if g("frac") and plain and len(raw) == 4 and _is_year(value) \
            and _fiscal_year_end(value, g("den")) is not None:
        # a fiscal or school year written with a slash ("2025/26", "2024/2025"), as
        # "2024-25" is written with a dash: one year's span into the next
        figure.value, figure.value_high = value, _fiscal_year_end(value, g("den"))
        return _read_suffix(figure, g("suffix"), g("per"), plain, raw, currency)
    if g("frac"):
        denominator = int(g("den"))
        numerator = int(raw) if plain else 0
        if not plain or denominator == 0 or numerator >= denominator or (
                numerator != 1 and denominator > MAX_FRACTION_DENOMINATOR):
            return False
        value = numerator / denominator
        figure.fraction = True
    elif raw in VULGAR_FRACTIONS:
        figure.fraction = True
    if g("vulgar") and plain:
        value += VULGAR_FRACTIONS[g("vulgar")]
    if g("mixed") and plain:
        denominator = int(g("mden"))
        if denominator == 0 or int(g("mnum")) >= denominator:
            return False
        value += int(g("mnum")) / denominator
    figure.value = sign * value
    if g("dash"):
        high = _parse_number(g("high"), language)
        if high is None:
            return False
        low = figure.value
        if plain and g("high").isdigit() and len(raw) == 4 and _is_year(value) \
                and len(g("high")) == 2 and high < value:
            high = value // 100 * 100 + high  # "2013-14", "1990-95"
            if high < value:
                high += 100
        if high < low or high == low and plain:
            # a score or a vote ("won 3-2", "drew 1-1", "voted 9-2"), not a range
            figure.kind = "score" if _is_score(raw, g("high"), g, currency) else "skip"
            figure.value_high = high
            return True
        figure.value_high = high
    return _read_suffix(figure, g("suffix"), g("per"), plain, raw, currency)


def _fiscal_year_end(year: float, after_slash: str) -> float | None:
    """Return the year a "2025/26" or "2024/2025" span ends in, or None if it is no span."""
    following = year + 1
    if len(after_slash) == 2 and int(after_slash) == following % 100 \
            or len(after_slash) == 4 and int(after_slash) == following:
        return following
    return None


def _is_score(raw: str, high: str, g: Callable[[str], str | None], currency: str | None) -> bool:
    """Whether "A-B" with B not above A is a score or a vote read as two figures.

    Both sides are whole numbers of at most MAX_SCORE_DIGITS digits and nothing
    (a currency, a suffix, a rate) is attached; otherwise it is no figure.
    """
    return (raw.isdigit() and high.isdigit() and len(raw) <= MAX_SCORE_DIGITS
            and len(high) <= MAX_SCORE_DIGITS and currency is None
            and not (g("suffix") or g("per") or g("clock") or g("susp")))


def _score_halves(text: str, score: _Figure) -> list[_Figure]:
    """Split a score read as one token ("3-2") into its two numbers, each a figure."""
    dash = next(i for i in range(score.start, score.end) if text[i] in _SCORE_DASHES)
    return [_Figure(score.start, dash, score.value),
            _Figure(dash + 1, score.end, score.value_high)]


#: A number with a decimal part before a glued "s": seconds, as race reports and timing
#: sheets print them ("a further 3.4s back", "ran 9.58s"); a whole number before "s" is a
#: plural ("1,000s of fans", "in the 30s").
_DECIMAL_SECONDS = re.compile(r"[0-9]{1,3}\.[0-9]{1,3}")


def _read_suffix(figure: _Figure, suffix: str | None, per: str | None, plain: bool, raw: str,
                 currency: str | None) -> bool:
    if per:
        rate = _unit_tables()[2].get(per[1:]) or _unit_tables()[2].get(per[1:].lower())
        figure.per = rate or per[1:]
    if not suffix:
        if currency:
            figure.kind, figure.unit = "money", currency
        return True
    lower = suffix.lower()
    if suffix == "%":
        figure.kind, figure.unit = "percent", "%"
    elif suffix == "‰":
        figure.kind, figure.unit = "number", "‰"
    elif suffix[0] == "°":
        letter = suffix[-1].upper() if suffix[-1].isalpha() else ""
        figure.kind = "measure"
        figure.unit = {"C": "degC", "F": "degF", "K": "K"}.get(letter, "deg")
    elif suffix in "$€£¥₹":
        figure.kind, figure.unit = "money", _suffix_currency(suffix) or _prefix_currency(suffix)[0]
    elif lower in ("'s", "’s", "s"):
        if plain and len(raw) == 4 and _is_year(figure.value or 0):
            figure.kind = "year"
            year = figure.value or 0.0
            if figure.value_high is None and year % 10 == 0:  # "the 1990s", "the 1800s"
                figure.value_high = year + (CENTURY_YEARS if year % 100 == 0 and year < 2000
                                            else DECADE_YEARS)
        elif currency:
            figure.kind, figure.unit = "money", currency
        elif suffix == "s" and figure.value_high is None and _DECIMAL_SECONDS.fullmatch(raw):
            figure.kind, figure.unit = "duration", "s"  # "3.4s back", "ran 9.58s"
    elif lower in ("st", "nd", "rd", "th"):
        if not plain or figure.value_high is not None:
            return False
        figure.kind = "ordinal"
    elif currency and lower in SHORT_SCALES:
        figure.scale = SHORT_SCALES[lower]
        figure.kind, figure.unit = "money", currency
    elif currency:
        return False  # "$5abc"
    elif (minor := _glued_minor_unit(suffix)) is not None \
            and not (plain and figure.value in VIDEO_LINE_COUNTS):
        figure.kind, figure.unit = "money", minor[0]  # "250p": £2.50
        figure.scale = minor[1]
    elif suffix in GLUED_TEMPERATURES:
        figure.kind, figure.unit = "measure", GLUED_TEMPERATURES[suffix]
    elif suffix in GLUED_UNITS:
        figure.kind, figure.unit = "measure", GLUED_UNITS[suffix]
    elif lower in BARE_SCALES or suffix in GLUED_BARE_SCALES:
        figure.scale = BARE_SCALES.get(lower) or GLUED_BARE_SCALES[suffix]
    elif lower in ("am", "pm"):
        figure.kind = "skip" if _looks_like_clock(raw, figure) else "number"
    else:
        unit = _lookup_unit(suffix.replace("^", "").replace("²", "2").replace("³", "3")) \
            or _lookup_unit(suffix)
        if unit is not None:
            figure.unit, figure.kind = unit
            if figure.per and figure.kind == "measure":  # "5mg/kg", "100km/h": a compound unit
                figure.unit = f"{figure.unit}/{figure.per}"
        elif not (suffix.islower() and len(suffix) <= MAX_UNKNOWN_SUFFIX):
            return False  # a code ("3G", "737MAX") or a word run on ("23If")
        # else an unknown lower-case unit ("1cds", "10x"): keep the number
    if figure.scale != 1.0:
        figure.value = (figure.value or 0.0) * figure.scale
        if figure.value_high is not None:
            figure.value_high *= figure.scale
    return True
