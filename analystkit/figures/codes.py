"""Numbers that are not quantities.

Codes ("F-16", "COVID-19"), numbers after a label or a number sign ("Section 230", "No. 5"),
house numbers, telephone numbers and URLs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lexicons import toml_table, word_list
from .vocabulary import NUMBER_SIGNS

if TYPE_CHECKING:
    from .conventions import _Language

#: Words after which a number is a name: "Section 230", "§ 793", "S&P 500" (see the data file).
#: An entry written in lower case matches in any case; one written capitalised
#: ("Issue", "Table") only as written or in capitals, since in lower case it is
#: a common noun a count may follow ("the issue 40% of voters named").
#: An entry of two words ("the number") is a label only after its first word: "the
#: number 14 bus", but "the dead number 300" counts.
NUMBER_LABELS = frozenset(w for w in word_list("number_labels.txt")
                          if not w[0].isupper() and " " not in w)
CAPITALISED_NUMBER_LABELS = frozenset(w for w in word_list("number_labels.txt") if w[0].isupper())
CAPITALISED_NUMBER_LABELS |= frozenset(w.upper() for w in CAPITALISED_NUMBER_LABELS)
LABEL_PHRASES = frozenset(w for w in word_list("number_labels.txt") if " " in w)
_LABEL_PHRASE_ENDS = frozenset(phrase.rsplit(None, 1)[-1] for phrase in LABEL_PHRASES)
#: The longest text a LABEL_PHRASES entry is looked for in before the number.
_LABEL_PHRASE_REACH = max((len(phrase) for phrase in LABEL_PHRASES), default=0) + 2
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<label>[^\s\d(\[]{1,15})[ \u00a0]?$")
# A telephone number from its first digit (or the "+" or "(" before it): digit
# groups joined by single spaces, dots or dashes, a bracketed area code allowed
# ("+1 (415) 555-0123", "0800 123 4567", "(020) 7946 0958", "1-800-555-0123").
# _phone_end decides whether a match is one.
_PHONE = re.compile(
    r"(?:\+[0-9]{1,3}|\([0-9]{2,5}\)|[0-9]{1,5})(?:[ .\u00a0-]?\([0-9]{1,5}\))?"
    r"(?:[ .\u00a0-][0-9]{2,6}){1,5}(?![0-9]|[.,][0-9])")
# A US toll-free number spelled with letters ("1-800-CALL-FBI", "1-888-FLY-FAST"): the
# North American toll-free prefixes, then groups of capitals or digits.
_VANITY_PHONE = re.compile(r"1-8(?:00|33|44|55|66|77|88)-[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})*"
                           r"(?![\w-])")
#: Digits in a telephone number (E.164 allows at most 15).
PHONE_DIGITS = (7, 15)
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
#: The longest local part (before the "@") that _URL reads in an e-mail address.
_MAX_LOCAL_PART = 64


def _url_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``_URL.finditer(text, start, end)``, trying the regex only where a match can start.

    A scan with _URL would try its e-mail branch at every character and read up
    to 64 characters there. A match starts only at "http", at "www." or in the
    local part at most 64 characters before an "@"; of that local part only its
    first position needs a try, since the rest of an e-mail match (the domain)
    does not depend on where the local part starts. Each anchor is looked for
    again only once the scan has passed it (``end`` stands for none), so the
    work stays linear.
    """
    spans: list[tuple[int, int]] = []
    position = start
    http = _find(text, "http", start, end)
    www = _find(text, "www.", start, end)
    at, local = _next_at(text, start, start, end)  # an "@" that may end an e-mail
    while position < end:
        if http < position:
            http = _find(text, "http", position, end)
        if www < position:
            www = _find(text, "www.", position, end)
        while at < end and max(position, local) >= at:  # passed, or no local part left
            at, local = _next_at(text, max(at + 1, position), start, end)
        email = max(position, local) if at < end else end
        candidate = min(http, www, email)
        if candidate >= end:
            break
        match = _URL.match(text, candidate, end)
        if match is not None:
            spans.append(match.span())
            position = match.end()
        else:
            if candidate == email:  # no e-mail ends at this "@", wherever its local part starts
                at, local = _next_at(text, at + 1, start, end)
            position = candidate + 1
    return spans


def _find(text: str, needle: str, position: int, end: int) -> int:
    """Return where ``needle`` next starts in ``text[position:end]``, or ``end``."""
    found = text.find(needle, position, end)
    return end if found == -1 else found


def _next_at(text: str, position: int, start: int, end: int) -> tuple[int, int]:
    """Find the next "@" from ``position`` and where its local part may start at the earliest.

    The local part is the run of letters, digits and ``_.+-`` before the "@",
    at most 64 characters long and not before ``start``; (``end``, ``end``)
    when no "@" follows.
    """
    at = _find(text, "@", position, end)
    if at == end:
        return end, end
    lowest = max(start, at - _MAX_LOCAL_PART)
    local = at
    while local > lowest and (text[local - 1].isalnum() or text[local - 1] in "_.+-"):
        local -= 1
    return at, local


def _skip_code(text: str, position: int, limit: int) -> int:
    """End of the alphanumeric code a figure candidate turned out to be part of."""
    while position < limit and (text[position].isalnum() or text[position] in "-/.:_"):
        joiner = text[position] in "-/.:_"
        if joiner and not (position + 1 < limit and text[position + 1].isalnum()):
            break
        position += 1
    return position


def _after_number_sign(text: str, s: int, lower: int) -> bool:
    """Whether a NUMBER_SIGNS entry, standing alone, comes right (or a space) before ``s``."""
    stop = s - 1 if text[s - 1] == " " else s
    for sign in NUMBER_SIGNS:
        begin = stop - len(sign)
        if begin >= lower and text.startswith(sign, begin) and (
                begin == lower or not text[begin - 1].isalnum()):
            return sign != "No" or stop < s and _DETERMINED_AFTER_NO.match(text, s) is None
    return False


# After "No" and a space, a number joined to a word by a hyphen: "No" is the determiner
# ("No 16-year-old should drive"), not a rank's sign.
_DETERMINED_AFTER_NO = re.compile(r"[0-9]+-[A-Za-z]")


@cache
def _address() -> re.Pattern[str]:
    """Match a street name after a house number (``data/address_words.toml``)."""
    table = toml_table("address_words.toml")
    after = "|".join(table["after_name"]["types"])
    before = "|".join(table["before_name"]["types"])
    particles = r"(?:(?:de|du|des|della|del|da|do|das|dos)[ ])?(?:[dl]['’])?"
    return re.compile(
        r"[ ](?:(?:[A-Z][\w'’-]*|de|la|del|van|von)[ ]){1,3}(?:" + after + r")\b"
        r"|[ ](?:" + before + r")[ ]" + particles + "[A-Z]")


# A number after a capitalised code that follows a label naming what the code
# and number together identify: an airline's two-character designator after
# "flight" ("Flight BA 117", "flight U2 8513"; IATA codes are two letters or a
# letter and a digit), or a court's abbreviation after the bracketed year of a
# neutral citation ("[2025] VSC 118", "[2019] UKSC 41", "[2021] EWCA Civ 1234";
# the judgment's number, in the medium-neutral style of OSCOLA and the AGLC).
_CODED_NAME_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?i:flights?)[ \u00a0](?=[A-Z0-9]{2}[ \u00a0]$)[A-Z]?[A-Z0-9][A-Z]?"
    r"|\[(?:1[5-9]|20)[0-9]{2}\][ \u00a0][A-Z]{2,8}(?:[ \u00a0][A-Z][a-z]{1,5})?)[ \u00a0]$")
#: The longest text _CODED_NAME_BEFORE reads before a number.
_CODED_NAME_REACH = len("[2021] EWCA Civ ") + 6


# A case, a statute or a rule cited by volume (or title), reporter and page, as the
# Bluebook writes them: "597 U.S. 215", "410 U.S. 113, 153", "5 U.S.C. 2302(b)(8)",
# "42 CFR 483.10", "123 F.3d 456", "550 F. Supp. 2d 1", "115 Stat. 272", "89 Fed. Reg.
# 1234". Matched from the space after the volume; both numbers name, neither counts. A
# month's abbreviation is no reporter ("12 Feb. 2025" is a date).
_REPORTER_CITATION = re.compile(
    r"[ \u00a0](?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"(?:(?:[A-Z][A-Za-z]{0,5}\.){1,4}(?:\d(?:d|th))?"
    r"(?:[ \u00a0](?:[A-Z][A-Za-z]{0,5}\.|\d(?:d|th)))*"
    r"|CFR|USC)[ \u00a0](?:§§?[ \u00a0]?)?\d{1,5}(?:\.\d{1,4})?(?:\([0-9A-Za-z]{1,4}\))*"
    r"(?:,[ \u00a0]\d{1,5}(?:[-–]\d{1,5})?)?(?![\w-]|[.,]\d)")


def reporter_citation_end(text: str, e: int, limit: int) -> int | None:
    """End of a volume-reporter-page citation whose volume ends at ``e``, or None.

    "597 U.S. 215 (2022)": the citation ends after "215" (_REPORTER_CITATION).
    """
    if e + 3 >= limit or text[e] not in " \u00a0" or not text[e + 1].isupper():
        return None
    match = _REPORTER_CITATION.match(text, e, limit)
    return match.end() if match is not None else None


#: Emergency and public-service telephone numbers, as national regulators assign them (the
#: UK's 999, 111 and 101, the EU's 112, North America's 911, 988, 311 and 211, Australia's
#: 000, Japan's 110 and 119, India's 100, 102 and 108): after a verb of calling a
#: telephone number, no count ("call 101", "dial 911"; "called 300 customers" counts).
SERVICE_NUMBERS = frozenset("999 111 101 112 911 988 311 211 000 110 119 100 102 108".split())
_CALLING_BEFORE = re.compile(r"(?<![\w-])(?i:call|calling|dial|dialling|dialing|ring|text|phone"
                             r"|called|dialled|dialed|rang)(?:[ ](?:police|the[ ]police|us)"
                             r"[ ]on)?[ ]$")


#: A plural noun after the number: what a caller called, counted ("called 100 customers").
_PLURAL_AFTER = re.compile(r"[ ][a-z]{2,}s\b")


def service_number_before(text: str, s: int, e: int, lower: int) -> bool:
    """Whether ``text[s:e]`` is an emergency or service number called ("call 101")."""
    return text[s:e] in SERVICE_NUMBERS and _PLURAL_AFTER.match(text, e) is None \
        and _CALLING_BEFORE.search(text, max(lower, s - len("calling the police on ")),
                                   s) is not None


#: The number of one of the 17 Sustainable Development Goals ("SDG 6", "SDG 13.2"); a
#: larger sum after "SDG" is Sudanese pounds (its ISO 4217 code).
_GOAL_NUMBER = re.compile(r"(?:1[0-7]|[1-9])(?:\.[0-9a-c]{1,2})?(?![0-9,])")
#: Labels of a place that also name a period a year may follow ("Quarter 5" of a city,
#: but "Third Quarter 2025").
PERIOD_LABELS = frozenset({"Quarter", "QUARTER", "Half", "HALF"})
_YEAR_AT = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")


#: Labels that are function words of other languages, with those languages: Spanish and
#: Portuguese "para" (to, for: "subiu para 14", "un 55% para 2030") names no paragraph.
FUNCTION_WORD_LABELS = {"para": frozenset({"es", "pt", "gl", "ca"})}


def _after_label(text: str, s: int, lower: int, language: _Language | None = None) -> bool:
    """Whether a NUMBER_LABELS word, or a code named by one, comes right (or a space) before ``s``.

    The code after a label: "Flight BA 117", "[2025] VSC 118" (_CODED_NAME_BEFORE).
    A label that is a function word of the article's ``language`` is none there
    (FUNCTION_WORD_LABELS).
    """
    if not (text[s - 2].isalpha() or text[s - 2] in "§.&" or text[s - 1] == "§"):
        return False
    label = _LABEL_BEFORE.search(text, max(lower, s - 17), s)  # "Recommendation 3"
    if label is None:
        return False
    written = label.group("label")
    if written == "SDG" and not _GOAL_NUMBER.match(text, s):
        return False  # "SDG 150,000": Sudanese pounds, not one of the 17 goals
    if written in PERIOD_LABELS and _YEAR_AT.match(text, s):
        return False  # "Third Quarter 2025 Results": the year of a period, no name
    if written.lower() in NUMBER_LABELS or written in CAPITALISED_NUMBER_LABELS \
            or _is_model_name(written):
        return not (written.lower() in FUNCTION_WORD_LABELS and language is not None
                    and language.code in FUNCTION_WORD_LABELS[written.lower()])
    if written.lower() in _LABEL_PHRASE_ENDS and _after_label_phrase(text, s, lower):
        return True
    return text[s - 1] == " " and text[s - 2].isalnum() and label.group("label")[-1].isalpha() \
        and _CODED_NAME_BEFORE.search(text, max(lower, s - _CODED_NAME_REACH), s) is not None


def _is_model_name(word: str) -> bool:
    """Whether ``word`` is written as a product's name: lower case, then a capital.

    "iPhone 16", "iPad 10", "macOS 14", "eReader 3": a brand written so names
    the model by the number after it. Capitalised words before a number are
    left alone, as they name a place or a team as often as a product ("In
    Gaza 40 were killed", "Chelsea 2, Arsenal 1").
    """
    return word[:1].islower() and word.isalpha() and any(c.isupper() for c in word[1:])


def _after_label_phrase(text: str, s: int, lower: int) -> bool:
    """Whether a LABEL_PHRASES entry ("the number") ends right (or a space) before ``s``."""
    before = text[max(lower, s - _LABEL_PHRASE_REACH):s].rstrip().lower()
    before = " ".join(before.split())
    return any(before.endswith(phrase) and (len(before) == len(phrase)
                                             or not before[-len(phrase) - 1].isalnum())
               for phrase in LABEL_PHRASES)


def _phone_end(text: str, begin: int, lower: int, limit: int) -> int | None:
    """End of the telephone number starting at ``begin``, or None when there is none.

    A run of digit groups (_PHONE) is a telephone number when it has 7 to 15
    digits and a mark of one: an international "+", a bracketed area code, a
    trunk "0" ("0800 123 4567") or three or more groups joined by dashes
    ("415-555-0123"), which no range or score has.
    """
    if begin < lower:
        return None
    vanity = _VANITY_PHONE.match(text, begin, limit)
    if vanity is not None:
        return vanity.end()
    match = _PHONE.match(text, begin, limit)
    if match is None:
        return None
    number = match.group()
    digits = sum(c.isdigit() for c in number)
    if not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
        return None
    if number[0] in "+(0" or "(" in number or number.count("-") >= 2:
        return match.end()
    return None
