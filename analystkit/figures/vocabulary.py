"""Words the figure scan knows.

Scales, fractions, months, units and currencies (``data/units.toml``,
``data/currencies.toml``), qualifiers (``data/qualifiers.toml``), prepositions,
and the verbs that put what a figure counts or measures before it
(``data/count_verbs.txt``, ``data/change_verbs.txt``, ``data/fall_verbs.txt``).
"""

from __future__ import annotations

from functools import cache

from ..lexicons import toml_table, word_list

SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Scale words of the languages in DECIMAL_COMMA_LANGUAGES, read after a number
#: ("480,7 Milliarden Euro", "€3,5 Mrd", "2,3 millions de personnes", "1,2
#: millones"). None is an English word that follows a number, so they are read
#: in any article; none is a number word on its own (SCALES are). German
#: "Billionen" is 10^12; Spanish "mil" (a thousand) is slang for a million in
#: English, so it counts only in "mil millones" (SCALE_PHRASES).
FOREIGN_SCALES = {
    "tausend": 1e3,
    "millionen": 1e6, "mio": 1e6, "millions": 1e6, "millones": 1e6,
    "millón": 1e6, "milioni": 1e6, "milione": 1e6, "milhões": 1e6, "milhão": 1e6,
    "miljoen": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "milliard": 1e9, "milliards": 1e9,
    "miliardo": 1e9, "miliardi": 1e9, "miljard": 1e9,
    "billionen": 1e12,
    # South Asian English: a lakh is 10^5, a crore 10^7 ("Rs 4,500 crore", "1.2 lakh
    # households", "₹3 lakh crore" = 3 × 10^12).
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "bilhão": 1e9, "bilhões": 1e9,  # Brazilian Portuguese (Portugal: "mil milhões")
    "bilião": 1e12, "biliões": 1e12,  # European Portuguese: the long scale's 10^12
    # Russian, with the abbreviations its press prints ("2,3 млн", "1,5 млрд", "60 тыс.")
    "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тыс": 1e3,
    "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
    "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "трлн": 1e12,
    # Ukrainian ("3 тис. людей", "250 тисяч споживачів", "2 мільйони")
    "тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "тисяча": 1e3, "тисячу": 1e3,
    "мільйон": 1e6, "мільйони": 1e6, "мільйонів": 1e6, "мільярд": 1e9, "мільярди": 1e9,
    "мільярдів": 1e9,
    # Polish, Dutch and Turkish, with the abbreviations their press prints ("184 mld zł",
    # "8,1 tys. zł", "€ 1,5 mld", "45 milyar lira", "52 milyon turist")
    "tys": 1e3, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3,
    "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "milyon": 1e6,
    "mld": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "milyar": 1e9,
    "trilyon": 1e12,
    # Arabic, singular and plural ("1.5 مليار دولار", "300 ألف", "5 ملايين")
    "ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
}
#: Percent written as words in those languages and Arabic ("7,3 Prozent", "5 por ciento",
#: "12 في المئة").
FOREIGN_PERCENT_WORDS = frozenset({"prozent", "procent", "proc", "بالمئة", "بالمائة",
                                   # Russian, in its cases ("на 14 процентов", "12,5 процента")
                                   "процент", "процента", "процентов",
                                   # Ukrainian ("12,9 відсотка", "на 5 відсотків")
                                   "відсоток", "відсотка", "відсотки", "відсотків"})
FOREIGN_PERCENT_PHRASES = frozenset({("pour", "cent"), ("por", "ciento"), ("por", "cento"),
                                     ("per", "cento"), ("في", "المئة"), ("في", "المائة")})
#: Abbreviated scales after a money amount ("$3bn", "£2.5m", "€10B", "$2.174T").
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
                "t": 1e12, "tn": 1e12, "trn": 1e12}
#: Abbreviated scales that mean a scale without a currency too ("10bn barrels",
#: "0.5k miles", "10M users"); "m" alone is a metre, "B" a grade and "4K" a
#: screen resolution.
BARE_SCALES = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5,
                    "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8,
                    "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_UNIT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
               "fourteen fifteen sixteen seventeen eighteen nineteen").split()
# Words that end a subject noun phrase: function words, auxiliaries and
# adverbs that follow a count but are not what is counted, and "times"
# ("four times a week" is a multiplier, not a count of times), and the words of
# exclusion ("all countries except Germany (-0.3%)" labels `Germany`).
_SUBJECT_STOPS = frozenset("""
a an the this that these those which who whom whose what where when while whereas if as than
and or but nor so yet to for in on at by with from of off into onto over under about around
after before since until during between among against through across per via each every
is are was were be been being am will would shall should can could may might must do does did
has have had having it its they them their he him his she her we us our you your i me my
not no also still just already only even ever never now then there here currently recently
more most less least many much few some any all both either neither such other another own
same said says say told according including include includes included like up down out
back away ago again yet too very well percent per cent times time whilst amid despite
because although though unless whether
except excluding
overnight yesterday today tonight
within without along beneath beside besides toward towards upon throughout beyond
underneath abroad
higher lower above below ahead behind better worse earlier later
came went left fled fell rose died took got made ran saw stood sat slept won lost sought fought
spent sold bought paid held kept met thought brought began became grew knew gave found remain
remained
don't don’t didn't didn’t won't won’t can't can’t aren't aren’t weren't weren’t haven't haven’t
""".split())
#: Function words that are names when written in capitals: "US" is the country and "IT"
#: information technology ("40% of US adults", "US inflation rose", "12 IT staff"), no
#: pronoun to end a subject at.
CAPITAL_NAMES = frozenset({"US", "IT"})


def stop_form(word: str) -> str:
    """Return ``word`` as the stop words are looked up: lower case, but CAPITAL_NAMES as written."""
    return word if word in CAPITAL_NAMES else word.lower()


_CODE_BEFORE = frozenset("_.,/:^#@%\\&'’")
#: Signs that make the number after them a name or label, not a quantity
#: ("No. 10 Downing Street", "Nr. 5", "№ 3", "n° 7"). Lower-case "no." is left
#: out: it ends sentences ("He said no. 5 …" is rare, but "no." is common). "No" with
#: no dot is British style ("the world No 1", "the No 10 shirt", "No 10 said"); before a
#: hyphenated word it is the determiner ("No 16-year-old should …", codes.py).
NUMBER_SIGNS = ("No.", "Nos.", "Nr.", "Nrs.", "Nr", "No", "№", "N°", "n°")
_OF_STARTS = (" of", "\tof")
#: Units named before their number: an earthquake's magnitude ("a magnitude 6.2
#: earthquake", "magnitude-7.1 quake", "a magnitude of 6.2"; USGS reports moment
#: magnitude, Mw).
SCALES_BEFORE = {"magnitude": "Mw"}


def _any_case(table: dict) -> dict:
    """Entries of ``table`` that match in any case: words of three or more letters in lower case."""
    return {key: value for key, value in table.items()
            if len(key) >= 3 and key.islower() and key.replace(" ", "").isalpha()}


@cache
def _unit_tables() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    """Return the unit table, its any-case part and the rate table (``[per]``)."""
    tables = toml_table("units.toml")
    units, per = tables["units"], tables["per"]
    return units, _any_case(units), per


def _lookup_unit(surface: str) -> list[str] | None:
    """Canonical unit and kind of a surface form, honouring symbol case."""
    units, any_case, _ = _unit_tables()
    found = units.get(surface)
    return found if found is not None else any_case.get(surface.lower())


@cache
def _currency_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Return the currency tables of ``currencies.toml``.

    The prefix table, the suffix table, the suffix table's any-case part and the single
    letters that are a currency only before a scaled amount.
    """
    tables = toml_table("currencies.toml")
    prefix, suffix = tables["prefix"], tables["suffix"]
    return prefix, suffix, _any_case(suffix), tables["scaled_letter"]


def _minor_unit(words: list[tuple[str, int]]) -> tuple[tuple[str, float], int] | None:
    """Return the currency and worth of a minor unit ("cents") the words open, and its length."""
    minor = toml_table("currencies.toml")["minor"]
    for n in (2, 1):
        if len(words) >= n:
            found = minor.get(" ".join(w for w, _ in words[:n]).lower())
            if found is not None:
                return (found[0], float(found[1])), n
    return None


def _glued_minor_unit(suffix: str) -> tuple[str, float] | None:
    """Return the currency and worth of a minor unit written onto a number ("250p"), or None."""
    found = toml_table("currencies.toml")["minor_glued"].get(suffix)
    return None if found is None else (found[0], float(found[1]))


def _suffix_currency(surface: str) -> str | None:
    _, suffix, any_case, _ = _currency_tables()
    found = suffix.get(surface)
    return found if found is not None else any_case.get(surface.lower())


def _prefix_currency(mark: str | None) -> tuple[str | None, int]:
    """ISO code of a currency mark before a number, and how many of its characters to skip.

    Symbols and their letter forms match in any case ("US$", "us$", "Rs."); ISO
    codes only in capitals. Unknown letters before "$" are not part of it.
    """
    if not mark:
        return None, 0
    prefix = _currency_tables()[0]
    key = mark.strip()
    if key in prefix:
        return prefix[key], 0
    lower = key.lower()
    if lower in prefix:  # a lower-case key: a symbol form, any case ("US$", "Rs.")
        return prefix[lower], 0
    if lower.endswith(".") and lower[:-1].isalpha() and lower[:-1] in prefix:
        return prefix[lower[:-1]], 0  # an abbreviation's dot ("Kshs. 2,000")
    if key[-1] in "$£":  # unknown letters before a sign are not part of it ("UK£5")
        return prefix[key[-1]], len(key) - 1
    return None, 0


@cache
def _leads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of every unit, currency and percent phrase: exact, and any-case."""
    units, any_units, _ = _unit_tables()
    _, suffix, any_suffix, _ = _currency_tables()
    exact = {key.split()[0] for key in (*units, *suffix)} | {"%"}
    minor = {key.split()[0] for key in toml_table("currencies.toml")["minor"]}
    loose = {key.split()[0] for key in (*any_units, *any_suffix)} | {
        "percent", "pct", "per", "percentage"} | FOREIGN_PERCENT_WORDS | {
        first for first, _ in FOREIGN_PERCENT_PHRASES} | minor
    return frozenset(exact), frozenset(loose)


def _may_lead(word: str) -> bool:
    """Whether a unit, currency or percent phrase can start with ``word``."""
    exact, loose = _leads()
    if word in exact or word.lower() in loose:
        return True
    head = word.partition("/")[0]
    return head != word and (head in exact or head.lower() in loose)


@cache
def _qualifiers() -> tuple[dict[str, str], frozenset[str], dict[str, int]]:
    """Return the qualifier table and the last words of its phrases (a quick first test).

    The last words map to the most words a phrase ending in them has.
    """
    table = toml_table("qualifiers.toml")["qualifiers"]
    longest: dict[str, int] = {}
    for phrase in table:
        words = phrase.split()
        longest[words[-1]] = max(longest.get(words[-1], 0), len(words))
    return table, frozenset(longest), longest


# Words of the verbs that put what a figure counts or measures before it
# (figures/subjects.py, figures/verb_subjects.py).

#: Verbs after what they count and before the number ("the workers may number up to
#: 25,000"); see the data file.
COUNT_VERBS = frozenset(word_list("count_verbs.txt"))
#: Modal verbs and adverbs that may stand between a subject and a COUNT_VERBS verb
#: ("may number", "now total", "could eventually number").
SUBJECT_GAP_WORDS = frozenset("may might could would will should must can now already still "
                              "currently eventually reportedly together combined "
                              # adverbs of degree and manner before the verb ("Exports nearly
                              # doubled", "Sales more than tripled", "Prices sharply rose")
                              "nearly almost roughly approximately sharply steadily slightly "
                              "barely just only also further more than".split())
#: Prepositions: a noun right after one, before a verb, is inside a phrase that
#: qualifies the verb's subject ("grants to students for college total $30
#: billion", "shares in Acme rose to 47"), never that subject itself.
PREPOSITIONS = frozenset("of for in on at by with from into onto to about over under after "
                         "before between among against through across per via within "
                         "without during since".split())
#: Verbs of a rise or fall (change_verbs.txt, fall_verbs.txt): with "to" right
#: after them and no object between, what changed is the noun phrase before the
#: verb ("The death toll has risen to 47", "Turnout fell to 61%").
RISE_VERBS = frozenset(word_list("change_verbs.txt"))
TREND_VERBS = RISE_VERBS | frozenset(word_list("fall_verbs.txt"))
#: Auxiliaries that may stand between a subject and a TREND_VERBS verb ("has
#: risen", "had fallen", "was raised"), besides the SUBJECT_GAP_WORDS.
TREND_GAP_WORDS = SUBJECT_GAP_WORDS | frozenset("has have had is are was were been be".split())
