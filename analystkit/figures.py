"""Figures: every number in a text, with its value, kind, unit, qualifier and subject.

The scanner reads digits (``25,000``, ``1.5``, ``70%``, ``$4.9bn``, ``1988-2006``),
number words (``two``, ``twenty-five thousand``, ``one-third``, ``dozens``),
dates (``December 29, 2014``) and the words around them: a qualifier before
(``up to``, ``more than`` — ``data/qualifiers.toml``), a scale word, a unit or
currency after (``data/units.toml``, ``data/currencies.toml``), and the noun
phrase that says what is counted ("25,000 North Korean workers"). Years are
four-digit numbers between 1500 and 2100 written without a thousands comma
(news style writes counts of that size as "2,024"), so a year is never a count.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from .lexicons import toml_table

#: Four-digit numbers in this range, without separators, are read as years.
YEAR_RANGE = (1500, 2100)
#: Most words kept in a figure's subject ("North Korean drone factory workers").
MAX_SUBJECT_WORDS = 4
#: Vague plural scale words read as "at least two of the unit": "dozens" is at
#: least 24, "hundreds" at least 200, with qualifier "at least".
VAGUE_PLURALS = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2_000.0,
                 "millions": 2e6, "billions": 2e9, "trillions": 2e12, "tens": 20.0}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "dozen": 12.0}
#: Abbreviated scales glued to or following a number ("$3bn", "£2.5m", "10k").
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
                "tn": 1e12, "trn": 1e12}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# Words that end a subject noun phrase: function words, auxiliaries and
# adverbs that follow a count but are not what is counted.
_SUBJECT_STOPS = frozenset("""
a an the this that these those which who whom whose what where when while whereas if as than
and or but nor so yet to for in on at by with from of off into onto over under about around
after before since until during between among against through across per via each every
is are was were be been being am will would shall should can could may might must do does did
has have had having it its they them their he him his she her we us our you your i me my
not no also still just already only even ever never now then there here currently recently
more most less least many much few some any all both either neither such other another own
same said says say told according including include includes included like up down out
back away ago again yet too very well percent per cent
""".split())
_MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

_DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<md>(?P<m1>" + _MONTH_NAMES + r")\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?)"
    r"|(?P<dm>(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MONTH_NAMES + r")\.?(?:,?\s+(?P<y2>\d{4}))?)"
    r"|(?P<my>(?P<m3>" + _MONTH_NAMES + r")\.?,?\s+(?P<y3>\d{4}))"
    r")(?![\w-])",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGITS = re.compile(
    r"(?<![\w$€£¥₹₽₩.,/:-])"
    r"(?P<prefix>(?:US|AU|CA|NZ|HK|TT|A|C|S|B|R)?[$€£¥₹₽₩])?"
    r"(?P<num>" + _NUMBER + r")"
    r"(?:(?P<mixed>[-\s]\d/\d{1,2})|[-–](?P<high>" + _NUMBER + r"))?"
    r"(?P<glued>%|°[CF]?|[A-Za-z]{1,5}|'s)?"
    r"(?![\w/:])"
)
_WORD_NUMBER = re.compile(
    r"(?<![\w-])(?P<run>(?:(?:a|an|" + "|".join(_UNITS_WORDS + _TENS_WORDS) +
    r"|hundred|thousand|million|billion|trillion|dozen|and)(?:[\s-]{1,3}|(?=[^\w-])|$)){1,8})"
    r"(?:-?(?P<frac>halves|half|thirds?|quarters?|fifths?|tenths?)(?![\w-]))?",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"(?<![\w-])(?P<vague>(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(?:tens|dozens|hundreds|thousands|millions|billions|trillions)){0,2})(?![\w-])",
    re.IGNORECASE,
)
_SCALE_AFTER = re.compile(r"[ \t]{1,3}(?P<scale>hundred|thousand|million|billion|trillion|mn|bn|tn|m|k)\b",
                          re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"[ \t]{0,2}(?P<pct>%|per ?cent|percentage points?)(?![\w])", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"[ \t]{0,3}(?P<join>to|-|–|—|and)[ \t]{0,3}", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"-(?P<unit>year|month|week|day|hour|minute|second)s?(?:-old)?(?![\w-])",
                          re.IGNORECASE)
_SUBJECT_WORD = re.compile(r"[ \t]{1,3}(?P<word>[A-Za-z][\w'’.-]{0,40})")
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")


@dataclass
class FoundFigure:
    """A figure found in a text, before ids are given."""

    start: int
    end: int
    text: str
    value: float | None
    value_high: float | None
    kind: str
    unit: str | None
    qualifier: str | None
    subject: str | None


@cache
def _qualifier_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = toml_table("qualifiers.toml")["qualifiers"]
    words = sorted(table, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in q.split()) for q in words)
    return re.compile(r"(?:^|(?<=[\s(]))(?P<q>" + alternation + r")\s{1,3}$", re.IGNORECASE), table


@cache
def _unit_pattern() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    table = toml_table("units.toml")["units"]
    words = sorted(table, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in u.split()) for u in words)
    return re.compile(r"[ \t]{0,2}(?P<unit>" + alternation + r")(?![\w/])", re.IGNORECASE), table


@cache
def _currency_tables() -> tuple[dict[str, str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    tables = toml_table("currencies.toml")
    prefix, suffix = tables["prefix"], tables["suffix"]
    word_prefixes = [p for p in prefix if p[-1].isalpha() or p.endswith(".")]
    prefix_re = re.compile(
        r"(?:^|(?<=[\s(]))(?P<cur>" + "|".join(re.escape(p) for p in sorted(word_prefixes, key=len, reverse=True))
        + r")\s{0,2}$", re.IGNORECASE)
    suffix_re = re.compile(
        r"[ \t]{1,2}(?P<cur>" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(suffix, key=len, reverse=True))
        + r")(?![\w])", re.IGNORECASE)
    return prefix, suffix, prefix_re, suffix_re


def find_figures(text: str, start: int = 0, end: int | None = None,
                 masked: list[tuple[int, int]] | None = None) -> list[FoundFigure]:
    """Find the figures in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int, optional
        The slice to scan; offsets in the result are offsets into ``text``.
    masked : list of (int, int), optional
        Spans to ignore, such as citation markers.

    Returns
    -------
    list of FoundFigure
        In reading order, non-overlapping.
    """
    end = len(text) if end is None else end
    masked = list(masked or []) + [m.span() for m in _URL.finditer(text, start, end)]
    taken: list[tuple[int, int]] = []
    found: list[FoundFigure] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in masked + taken)

    for match in _DATE.finditer(text, start, end):
        if free(*match.span()):
            figure = _date_figure(text, match)
            if figure:
                found.append(figure)
                taken.append(match.span())
    for match in _DIGITS.finditer(text, start, end):
        if free(*match.span()):
            figure = _digit_figure(text, match, end)
            if figure and free(figure.start, figure.end):
                found.append(figure)
                taken.append((figure.start, figure.end))
    for match in _VAGUE.finditer(text, start, end):
        if free(*match.span()):
            figure = _vague_figure(text, match, end)
            if figure and free(figure.start, figure.end):
                found.append(figure)
                taken.append((figure.start, figure.end))
    for match in _WORD_NUMBER.finditer(text, start, end):
        figure = _word_figure(text, match, end)
        if figure and free(figure.start, figure.end):
            found.append(figure)
            taken.append((figure.start, figure.end))
    found.sort(key=lambda f: f.start)
    return found


# --- dates ------------------------------------------------------------------

def _date_figure(text: str, match: re.Match[str]) -> FoundFigure | None:
    g = match.groupdict()
    if g["iso"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
    elif g["md"] or g["dm"]:
        day = int(g["d1"] or g["d2"])
        year_text = g["y1"] or g["y2"]
        year = int(year_text) if year_text else None
        if not 1 <= day <= 31:
            return None
        if (g["m1"] or "").lower() == "may" and not year and not g["d1"]:
            return None
    else:
        if _month_key(g["m3"]) == 5 and g["m3"] == "may":
            return None
        year = int(g["y3"])
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            return None
    return FoundFigure(match.start(), match.end(), match.group(0),
                       float(year) if year else None, None, "date", None, None, None)


def _month_key(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name, MONTHS.get(name[:3], 0))


# --- digits -----------------------------------------------------------------

def _to_float(number: str) -> float:
    return float(number.replace(",", ""))


def _digit_figure(text: str, match: re.Match[str], limit: int) -> FoundFigure | None:
    prefix, glued = match.group("prefix"), match.group("glued") or ""
    value = _to_float(match.group("num"))
    value_high = _to_float(match.group("high")) if match.group("high") else None
    if match.group("mixed"):
        numerator, denominator = match.group("mixed").strip(" -").split("/")
        if int(denominator) == 0:
            return None
        value += int(numerator) / int(denominator)
    start, end = match.start(), match.end()
    currency = _prefix_currency(prefix)
    kind, unit = None, None
    if currency is None:
        currency, start = _word_currency_before(text, start)
    plain = _is_plain_integer(match.group("num"))
    glued_lower = glued.lower()
    scale = 1.0
    if glued:
        if glued == "%":
            kind, unit = "percent", "%"
        elif glued_lower in ("st", "nd", "rd", "th") and plain and value_high is None:
            return _make(text, start, end, value, None, "ordinal", None, None, None)
        elif glued_lower in ("s", "'s") and plain and len(match.group("num")) == 4:
            return _make(text, start, end, value, None, "year", None, None, None)
        elif glued_lower in SHORT_SCALES and (currency or glued_lower in ("bn", "mn", "tn", "trn", "bln", "mln")):
            scale = SHORT_SCALES[glued_lower]
        elif glued.startswith("°"):
            kind, unit = "measure", {"°c": "degC", "°f": "degF"}.get(glued_lower, "deg")
        else:
            unit_info = _unit_pattern()[1].get(glued_lower)
            if unit_info is None:
                return None  # a code such as "3G" or "20mg/kg": not a figure we can read
            unit, kind = unit_info
    if scale == 1.0 and kind is None:
        scale_match = _SCALE_AFTER.match(text, end, limit)
        if scale_match:
            word = scale_match.group("scale").lower()
            if word in SCALES:
                scale = SCALES[word]
                end = scale_match.end()
            elif word in SHORT_SCALES and currency:
                scale = SHORT_SCALES[word]
                end = scale_match.end()
    value *= scale
    if value_high is not None:
        value_high *= scale
    # A range written out: "50 to 100 metres", "from $2 to $3 billion".
    if value_high is None and kind is None:
        value_high, end, unit_hint = _range_after(text, start, end, limit, currency)
        if value_high is not None and scale == 1.0 and unit_hint:
            value *= unit_hint
    if kind is None:
        kind, unit, end, currency = _unit_after(text, end, limit, currency)
    if kind is None and currency:
        kind, unit = "money", currency
    if kind is None and value_high is None and plain and _is_year(value) and scale == 1.0:
        return _make(text, start, end, value, None, "year", None, None, None)
    if kind is None and value_high is not None and plain and _is_year(value) and _is_year(value_high):
        return _make(text, start, end, value, value_high, "year", None, None, None)
    hyphen = _HYPHEN_UNIT.match(text, end, limit)
    if kind is None and hyphen:
        kind, unit = "duration", hyphen.group("unit").lower()
        end = hyphen.end()
    qualifier, start = _qualifier_before(text, start)
    subject = None
    if kind in (None, "money", "percent"):
        subject = _subject_after(text, end, limit, after_of_only=kind is not None)
    if kind is None:
        kind = "count" if subject else "number"
    if value_high is not None and value_high < value:
        return None
    return _make(text, start, end, value, value_high, kind, unit, qualifier, subject)


def _is_plain_integer(number: str) -> bool:
    return number.isdigit()


def _is_year(value: float) -> bool:
    return value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _prefix_currency(prefix: str | None) -> str | None:
    if not prefix:
        return None
    return _currency_tables()[0].get(prefix.lower(), "USD" if prefix.endswith("$") else None)


def _word_currency_before(text: str, start: int) -> tuple[str | None, int]:
    prefix, _, prefix_re, _ = _currency_tables()
    window = text[max(0, start - 8):start]
    match = prefix_re.search(window)
    if match and (match.group("cur").isupper() or match.group("cur").lower().startswith("rs")):
        return prefix[match.group("cur").lower()], start - (len(window) - match.start("cur"))
    return None, start


def _range_after(text, start, end, limit, currency) -> tuple[float | None, int, float | None]:
    join = _RANGE_JOIN.match(text, end, limit)
    if not join:
        return None, end, None
    word = join.group("join").lower()
    if word == "and" and not re.search(r"\bbetween\s+\S*$", text[max(0, start - 20):start], re.IGNORECASE):
        return None, end, None
    nxt = _DIGITS.match(text, join.end(), limit)
    if not nxt or nxt.group("high") or (nxt.group("glued") and nxt.group("glued") != "%"):
        return None, end, None
    if nxt.group("prefix") and not currency:
        return None, end, None
    high = _to_float(nxt.group("num"))
    stop = nxt.end()
    scale_match = _SCALE_AFTER.match(text, stop, limit)
    factor = None
    if scale_match and scale_match.group("scale").lower() in SCALES:
        factor = SCALES[scale_match.group("scale").lower()]
        high *= factor
        stop = scale_match.end()
    if nxt.group("glued") == "%":
        stop = nxt.end()
    return high, stop, factor


def _unit_after(text, end, limit, currency):
    """Read a percent sign, currency word or unit right after a number."""
    pct = _PERCENT_AFTER.match(text, end, limit)
    if pct:
        unit = "pp" if pct.group("pct").lower().startswith("percentage") else "%"
        return "percent", unit, pct.end(), currency
    _, suffix, _, suffix_re = _currency_tables()
    cur = suffix_re.match(text, end, limit)
    if cur and not currency:
        return "money", suffix[" ".join(cur.group("cur").lower().split())], cur.end(), suffix[" ".join(cur.group("cur").lower().split())]
    pattern, table = _unit_pattern()
    unit = pattern.match(text, end, limit)
    if unit and not currency:
        canonical, kind = table[" ".join(unit.group("unit").lower().split())]
        if unit.group("unit") in ("m", "g") and text[unit.end():unit.end() + 1] == ".":
            return None, None, end, currency
        return kind, canonical, unit.end(), currency
    return None, None, end, currency


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    window = text[max(0, start - 24):start]
    pattern, table = _qualifier_pattern()
    match = pattern.search(window)
    if not match:
        return None, start
    surface = " ".join(match.group("q").lower().split())
    return table[surface], start - (len(window) - match.start("q"))


def _subject_after(text: str, end: int, limit: int, *, after_of_only: bool = False) -> str | None:
    position = end
    of = re.match(r"[ \t]{1,3}of(?:[ \t]{1,3}(?:the|all|those|these|its|their))?(?=[ \t])", text[position:limit])
    if of:
        position += of.end()
    elif after_of_only:
        return None
    words: list[str] = []
    while len(words) < MAX_SUBJECT_WORDS:
        match = _SUBJECT_WORD.match(text, position, limit)
        if not match:
            break
        word = match.group("word").rstrip(".")
        lower = word.lower()
        if lower in _SUBJECT_STOPS or lower.rstrip("s") in MONTHS or lower in SCALES:
            break
        if words and (lower.endswith("ed") or lower.endswith("ing")) and not word[0].isupper():
            break
        words.append(word)
        position = match.start("word") + len(word)
        if match.group("word").endswith(".") or not text[position:position + 1].isspace():
            break
    if words and words[-1].lower().endswith(("ly",)):
        words.pop()
    return " ".join(words) or None


def _make(text, start, end, value, value_high, kind, unit, qualifier, subject) -> FoundFigure:
    return FoundFigure(start, end, text[start:end], value, value_high, kind, unit, qualifier, subject)


# --- number words -------------------------------------------------------------

def _word_figure(text: str, match: re.Match[str], limit: int) -> FoundFigure | None:
    run = match.group("run")
    words = [w for w in re.split(r"[\s-]+", run.strip().lower()) if w]
    while words and words[-1] in ("and", "a", "an"):
        words.pop()
    while words and words[0] == "and":
        words.pop(0)
    if not words:
        return None
    frac = (match.group("frac") or "").lower()
    start = match.start("run") + (len(run) - len(run.lstrip()))
    if words[0] in ("a", "an") and len(words) == 1 and not frac:
        return None
    if frac:
        end = match.end()
        numerator = _words_value(words) if words not in (["a"], ["an"]) else 1.0
        if numerator is None:
            return None
        value = numerator * FRACTIONS[frac.rstrip("s") if frac not in FRACTIONS else frac]
    else:
        consumed = " ".join(words)
        end = start + _surface_length(run, consumed)
        value = _words_value(words)
        if value is None:
            return None
        if value == 1 and not any(w in SCALES for w in words):
            return None  # bare "one"/"a" is a pronoun or article far more often than a count
    qualifier, start = _qualifier_before(text, start)
    kind, unit, end2, _ = _unit_after(text, end, limit, None)
    subject = None
    if kind is None:
        subject = _subject_after(text, end, limit, after_of_only=bool(frac))
        kind = "count" if subject and not frac else "number"
    else:
        end = end2
    return _make(text, start, end, value, None, kind, unit, qualifier, subject)


def _surface_length(run: str, consumed: str) -> int:
    """Length of ``run`` covering the words in ``consumed`` (trailing "and"/"a" dropped)."""
    target = consumed.split()
    count, position = 0, 0
    for m in re.finditer(r"[A-Za-z]+", run):
        if count == len(target):
            break
        count += 1
        position = m.end()
    return position


def _words_value(words: list[str]) -> float | None:
    words = ["one" if w in ("a", "an") else w for w in words if w != "and"]
    if not words:
        return None
    if words == ["dozen"] or (len(words) == 2 and words[1] == "dozen"):
        base = 1.0 if len(words) == 1 else _words_value(words[:1])
        return None if base is None else base * 12
    try:
        from text_to_num import text2num

        return float(text2num(" ".join(words), "en"))
    except (ValueError, ImportError):
        return None


def _vague_figure(text: str, match: re.Match[str], limit: int) -> FoundFigure | None:
    parts = re.split(r"\s+of\s+", match.group("vague").lower())
    value = math.prod(VAGUE_PLURALS[p] / (2 if i else 1) for i, p in enumerate(parts))
    start, end = match.start(), match.end()
    qualifier, start = _qualifier_before(text, start)
    currency_kind, unit, end2, _ = _unit_after(text, end, limit, None)
    of_money = re.match(r"\s+of\s+(?P<cur>dollars|euros|pounds|yen|yuan|rupees)\b", text[end:limit], re.IGNORECASE)
    if of_money:
        kind, unit = "money", _currency_tables()[1][of_money.group("cur").lower()]
        end += of_money.end()
        subject = None
    else:
        subject = _subject_after(text, end, limit, after_of_only=True)
        kind = "count" if subject else "number"
    return _make(text, start, end, value, None, kind, unit, qualifier or "at least", subject)
