"""Figures: every number in a text, with its value, kind, unit, qualifier and subject.

The scanner reads digits (``25,000``, ``1.5``, ``-3.2``, ``4e14``, ``2.48×10−5``,
``1/4``, ``2 1/2``, ``½``, ``70%``, ``$4.9bn``, ``1988-2006``), number words
(``two``, ``twenty-five thousand``, ``one-third``, ``two and a half``,
``a dozen``, ``dozens``), dates (``December 29, 2014``) and the words around
them: a qualifier before (``up to``, ``more than`` — ``data/qualifiers.toml``),
a scale word (``1.5 million``), a unit or currency after (``data/units.toml``,
``data/currencies.toml``), a rate (``per hour``) and the noun phrase that says
what is counted ("25,000 North Korean workers"). Two numbers joined by
``to``, a dash, or ``between … and`` are one range ("50 to 100 metres",
"$2 to $3 billion", "between 44 mg and 50 mg"), its value the low end and
``value_high`` the high end.

Years are four-digit numbers between 1500 and 2100 written without a thousands
comma (news style writes counts of that size as "2,024"), so a year is never a
count. Clock times ("2:30", "5 p.m."), codes ("F-16", "COVID-19", "3G",
"9/11") and numbers inside URLs are not figures.

Every pattern is bounded or anchored so that no input makes it backtrack
catastrophically, and the work per text is linear in its length.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .language import (
    CJK_PUNCTUATION,
    HAN,
    HAN_COMPATIBILITY,
    HANGUL_JAMO,
    HANGUL_SYLLABLES,
    KANA,
    detect_language,
)
from .lexicons import month_names, toml_table, word_list

#: Four-digit numbers in this range, without separators, are read as years.
YEAR_RANGE = (1500, 2100)
#: A year ending in 0 with a plural "s" names a decade ("1990s": 1990 to 1999),
#: or a century when it ends in 00 ("1800s", "1900s"), except "2000s", which
#: news copy uses for the decade 2000–2009.
DECADE_YEARS, CENTURY_YEARS = 9, 99
#: Most words kept in a figure's subject ("North Korean drone factory workers").
MAX_SUBJECT_WORDS = 4
#: Vague plural scale words read as "at least two of the unit": "dozens" is at
#: least 24, "hundreds" at least 200, with qualifier "at least".
VAGUE_PLURALS = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2_000.0,
                 "millions": 2e6, "billions": 2e9, "trillions": 2e12, "tens": 20.0}
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
    # Russian, with the abbreviations its press prints ("2,3 млн", "1,5 млрд", "60 тыс.")
    "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тыс": 1e3,
    "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
}
#: Two-word scales: "3,5 mil millones" is 3.5 × 10^9.
SCALE_PHRASES = {("mil", "millones"): 1e9, ("mil", "milhões"): 1e9}
_SCALE_PHRASE_STARTS = frozenset(first for first, _ in SCALE_PHRASES)
#: "of" between a scale and a currency in those languages ("480 millones de euros",
#: "2 millions d'euros"); what follows is read as a currency word.
SCALE_OF = (" de ", " di ", " d'", " d’")
#: Languages whose copy writes a decimal comma and groups thousands with dots
#: ("1.234,5"). Where the article is in one of them, "45.300" is 45300 and
#: "1,500" is 1.5; elsewhere the English reading holds (45.3 and 1500).
#: Forms only one convention can write are read the same in every article:
#: "480,7" (one or two digits after a lone comma), "84.669.326" (several dot
#: groups), "1.234,5" (dot groups before a comma).
DECIMAL_COMMA_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "ru"})
#: Percent written as words in those languages ("7,3 Prozent", "5 por ciento").
FOREIGN_PERCENT_WORDS = frozenset({"prozent", "procent"})
FOREIGN_PERCENT_PHRASES = frozenset({("pour", "cent"), ("por", "ciento"), ("por", "cento"),
                                     ("per", "cento")})
#: Abbreviated scales after a money amount ("$3bn", "£2.5m", "€10B", "$2.174T").
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
                "t": 1e12, "tn": 1e12, "trn": 1e12}
#: Abbreviated scales that mean a scale without a currency too ("10bn barrels",
#: "0.5k miles", "10M users"); "m" alone is a metre, "B" a grade and "4K" a
#: screen resolution.
BARE_SCALES = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
GLUED_BARE_SCALES = {"k": 1e3, "M": 1e6}
#: Nouns that are counted, never measured in metres: a glued "m" before them is
#: a million in British style ("2.5m people", "3m tonnes"), as it is before a
#: currency word ("2.5m euros"); elsewhere "330m" stays a length.
MILLION_COUNTED_NOUNS = frozenset(
    "people persons residents inhabitants citizens voters users customers subscribers viewers "
    "visitors tourists passengers patients children adults households homes jobs workers "
    "votes barrels tonnes tons shares copies".split())
#: A capital C or F glued to a number is a temperature in British style ("30C").
GLUED_TEMPERATURES = {"C": "degC", "F": "degF"}
#: Denominators written as words ("two thirds", "one-sixth", "a quarter").
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
             "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
             "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
             "thousandth": 1000, "thousandths": 1000}
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5,
                    "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8,
                    "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
#: "N/M" is a fraction when N < M and either N is 1 or M is at most this; so
#: "3/4" and "1/40" are fractions, "9/11" and "24/7" are names, not numbers.
MAX_FRACTION_DENOMINATOR = 10
#: Qualifiers that make a bare "one" a count ("at least one shell"); "about",
#: "over" and "around" before "one" are far more often prepositions ("talking
#: about one area").
BOUNDS_FOR_ONE = frozenset({"at least", "more than", "only", "exactly", "at most", "up to",
                            "fewer than", "less than"})
#: Qualifiers that are also verbs taking an object: read as a bound only when no
#: counted noun follows ("the toll passed 1,000", not "passed two laws").
VERB_QUALIFIERS = frozenset({"passed"})
#: Longest unknown lower-case suffix glued to a number that still leaves it a
#: number ("1cds", "10x"); longer letter runs are words or codes.
MAX_UNKNOWN_SUFFIX = 3
#: Lower-case prefixes a hyphen may join to a number ("mid-2015", "top-10");
#: after any other word a hyphenated number is a code ("F-16", "COVID-19").
HYPHEN_PREFIXES = frozenset("pre post mid late early non top sub over under anti".split())
_UNIT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
               "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = [*_UNIT_WORDS, *_TENS_WORDS, *SCALES, "dozen"]
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# Words that end a subject noun phrase: function words, auxiliaries and
# adverbs that follow a count but are not what is counted, and "times"
# ("four times a week" is a multiplier, not a count of times).
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
higher lower above below ahead behind better worse earlier later
came went left fled fell rose died took got made ran saw stood sat slept won lost sought fought
spent sold bought paid held kept met thought brought began became grew knew gave found remain
remained
don't don’t didn't didn’t won't won’t can't can’t aren't aren’t weren't weren’t haven't haven’t
""".split())

#: Words that end a subject: the stops, the scale words ("two million") and the
#: words that join ranges or write a sign in other languages ("entre 25 et 35").
_SUBJECT_ENDS = _SUBJECT_STOPS | frozenset(SCALES) | frozenset(
    ("et", "y", "e", "und", "en", "à", "bis", "tot", "minus", "plus"))
#: Verbs that end a subject after its first word ("people face"); see the data file.
_SUBJECT_VERBS = frozenset(word_list("subject_verbs.txt"))

_SPACE = "[ \t\u00a0]"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A run of digits with thousands or decimal separators, or a vulgar fraction.
# It starts with a character class, so the scan skips text quickly, and it
# always succeeds once started, so a long run ("1,1,1,…") is read once.
_TOKEN = re.compile(
    r"[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?:(?<=[0-9])[0-9]*(?:[,.\u00a0\u202f\u2009][0-9]+){0,1000})?")
_GROUPED = {",": re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"),
            "\u00a0": re.compile(r"[0-9]{1,3}(?:\u00a0[0-9]{3})+(?:[.,][0-9]+)?"),
            "\u202f": re.compile(r"[0-9]{1,3}(?:\u202f[0-9]{3})+(?:[.,][0-9]+)?"),
            "\u2009": re.compile(r"[0-9]{1,3}(?:\u2009[0-9]{3})+(?:[.,][0-9]+)?")}
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Continental style: thousands grouped with dots ("84.669.326", "45.300") and
# a decimal comma, after plain digits or dot groups ("480,7", "1.234,5").
_DOT_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_COMMA_DECIMAL = re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+),(?P<frac>[0-9]+)")
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
#: Characters a digit token (_TOKEN) may run on with, and the fewest characters
#: a token search skips at the end of a masked span (_Mask.skip).
_TOKEN_CHARS = frozenset("0123456789,.\u00a0\u202f\u2009")
_WORTH_SKIPPING = 3
#: Characters after a number that start nothing _GLUED reads, and those that
#: may follow a single space and still be glued ("2 1/2", "3 x 10^5").
_NEVER_GLUED = frozenset(",;)]}\"”!?\n\t\r")
_GLUE_AFTER_SPACE = frozenset("0123456789x×·*±+")
_CURRENCY_CHARS = frozenset("$€£¥₹₽₩₺₦₪₱₫₴-−")
#: Characters right before a digit that make it part of a code, a decimal or an
#: address ("v2", ".5" after a word, "#3", "@2", "50%3").
#: Last characters of a currency mark a space may part from its number ("Rs. 50",
#: "R$ 28,8", "€ 5"); an upper-case letter ends the codes ("USD 5").
_CURRENCY_MARK_ENDS = frozenset("s.$€£¥₹₽₩₺₦₪₱₫₴")
_CODE_BEFORE = frozenset("_.,/:^#@%\\&'’")
#: Signs that make the number after them a name or label, not a quantity
#: ("No. 10 Downing Street", "Nr. 5", "№ 3", "n° 7"). Lower-case "no." is left
#: out: it ends sentences ("He said no. 5 …" is rare, but "no." is common).
NUMBER_SIGNS = ("No.", "Nos.", "Nr.", "Nrs.", "Nr", "№", "N°", "n°")
_NUMBER_SIGN_ENDS = frozenset(sign[-1] for sign in NUMBER_SIGNS)
#: Words after which a number is a name: "Section 230", "§ 793", "S&P 500" (see the data file).
NUMBER_LABELS = frozenset(word_list("number_labels.txt"))
#: Legal codes cited by title number first ("18 U.S.C. § 793", "40 C.F.R. 60"):
#: the number before them is the title's name.
CODE_TITLES_AFTER = ("U.S.C.", "USC ", "C.F.R.", "CFR ")
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<label>[^\s\d]{1,12})[ \u00a0]?$")
# A telephone number from its first digit (or the "+" or "(" before it): digit
# groups joined by single spaces, dots or dashes, a bracketed area code allowed
# ("+1 (415) 555-0123", "0800 123 4567", "(020) 7946 0958", "1-800-555-0123").
# _phone_end decides whether a match is one.
_PHONE = re.compile(
    r"(?:\+[0-9]{1,3}|\([0-9]{2,5}\)|[0-9]{1,5})(?:[ .\u00a0-]?\([0-9]{1,5}\))?"
    r"(?:[ .\u00a0-][0-9]{2,6}){1,5}(?![0-9]|[.,][0-9])")
#: Digits in a telephone number (E.164 allows at most 15).
PHONE_DIGITS = (7, 15)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?P<cur>(?<![A-Za-z])[A-Za-z]{0,3}\$|[€£¥₹₽₩₺₦₪₱₫₴]|(?<![A-Za-z])(?:Rs\.?|RMB|[A-Z]{3}))"
    r"[ \u00a0]?(?P<neg>[-−])?|(?<![\w)\]])(?P<neg2>[-−])(?P<cur2>[A-Za-z]{0,3}\$|[€£¥₹₽₩₺₦₪₱₫₴])"
    r"|(?<![\w)\]])(?P<sign>[-−]))$")
_ISO_DATE = re.compile(r"(?P<sep>[-/])(?P<m>[0-9]{2})(?P=sep)(?P<d>[0-9]{2})(?![0-9])")
# Numeric dates after their first part: "12/03/2024", "3-12-2024", "12/03/24"
# (day and month in either order); dotted ones are one digit token ("12.03.2024").
_NUMERIC_DATE = re.compile(
    r"(?P<sep>[-/])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})(?![0-9]|[-/.,][0-9])")
_DOTTED_DATE = re.compile(r"(?P<a>[0-9]{1,2})\.(?P<b>[0-9]{1,2})\.(?P<y>[0-9]{4})"
                          r"|(?P<y2>[0-9]{4})\.(?P<m2>[0-9]{2})\.(?P<d2>[0-9]{2})")
_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])(?P<month>" + _MONTH + r")\.?,?[ \u00a0]{1,2}$",
                           re.IGNORECASE)
_DAY_AFTER_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:,?[ \u00a0]{1,2}(?P<year>[0-9]{4})(?![0-9]))?")
_MONTH_AFTER_DAY = re.compile(
    r"(?:st|nd|rd|th)?[ \u00a0]{1,2}(?:of[ ]+)?(?P<month>" + _MONTH + r")(?![A-Za-z])\.?"
    r"(?:,?[ \u00a0]{1,2}(?P<year>[0-9]{4})(?![0-9]))?", re.IGNORECASE)
#: Month names of other languages (data/months.toml), less the English ones.
FOREIGN_MONTHS = month_names() - frozenset(MONTHS)
_LOWER_CASE_MONTHS = frozenset(toml_table("months.toml")["lower_case_only"]["months"])
# A day written before a month of another language, with a year perhaps:
# "8 de marzo", "8 mars 2024", "8. März 2024", "12 de março de 2023".
_FOREIGN_MONTH_AFTER_DAY = re.compile(
    r"\.?[ \u00a0]{1,2}(?:de[ ]+)?(?P<month>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r")(?![\w])(?:,?[ \u00a0]{1,2}(?:de[ ]+|del[ ]+)?(?P<year>[0-9]{4})(?![0-9]))?",
    re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[ ]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![A-Za-z])")
# Thousands grouped by spaces ("12 000", SI and French style), with a decimal
# part after either mark ("1 234,5", "1 234.5"): after space groups a comma or
# dot can only be the decimal mark.
_SPACED_GROUPS = re.compile(
    r"(?P<groups>(?: [0-9]{3}(?![0-9]))+)(?:[,.](?P<frac>[0-9]+))?(?![0-9,.])")
_PLUS_MINUS = re.compile(
    r"[ ]?(?:±|\+/-|\+-)[ ]?(?P<num>[0-9]+(?:\.[0-9]+)?(?:[eE][-−+]?[0-9]{1,3})?)")
_POWER = re.compile(r"[ ]to[ ]the[ ](?P<power>[0-9]{1,2})(?:st|nd|rd|th)?(?:[ ]power)?(?![\w])")
_SCALE_AFTER = re.compile(
    _SPACE + r"{1,3}(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|m|k)"
    r"(?![\w-])|-(?P<hscale>hundred|thousand|million|billion|trillion)(?![\w-])", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<word>[A-Za-z]{1,20})(?P<old>-(?:old|long))?(?![\w-])")
# Up to five words after a number, each after one to three spaces or tabs; a
# word has no space in it, so the match splits into its words.
_SUBJECT_WORDS = re.compile(r"(?:(?:[ \t]{1,3}|[ \t]?\n[ \t]{0,8})[A-Za-z][\w'’.-]{0,40}){1,5}")
_OF_STARTS = (" of", "\tof")
_OF = re.compile(r"[ \t]{1,3}of(?:[ \t]{1,3}(?:the|all|those|these|its|their))?(?=[ \t])")
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
#: The longest local part (before the "@") that _URL reads in an e-mail address.
_MAX_LOCAL_PART = 64
_CURRENCY_AFTER_OF = re.compile(r"[ ](?:de[ ]|di[ ]|d['’])(?P<word>[^\W\d_]{2,20})(?![\w])")
# "one in five", "1 in every 10" before a count: a share, read as the fraction
# (0.2) the way "a fifth of adults" is. Small numerators only, in words or digits.
_RATIO_BEFORE = re.compile(
    r"(?<![\w.,])(?P<num>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ ](?:in|out[ ]of)[ ](?:every[ ])?$", re.IGNORECASE)
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
_BETWEEN = re.compile(r"(?<![^\W\d_])(?:" + "|".join(BETWEEN_WORDS) + r")[ \t]{1,3}$",
                      re.IGNORECASE)
_RANGE_GAP = re.compile(
    r"-?[ \t\u00a0]{0,3}(?:(?P<word>" + "|".join([*RANGE_TO_WORDS, *sorted(RANGE_AND_WORDS)])
    + r")|[-–—])[ \t\u00a0]{0,3}", re.IGNORECASE)


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
)



_WORD_STARTS = frozenset(_NUMBER_WORDS) | frozenset(FRACTIONS) | frozenset(VAGUE_PLURALS)
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


#: Words a figure ends with, after which "over" before a duration spreads that
#: figure across the time ("$300 billion over two years").
_FIGURE_END_WORDS = frozenset(SCALES) | frozenset(SHORT_SCALES) | {"percent", "cent"}


def _over_means_across(text: str, over: int, lower: int) -> bool:
    """Whether "over" at ``over`` before a duration means "across" rather than "more than".

    It does after a figure ("$300 billion over two years", "rose 12% over two
    years") and opening a clause ("Over 3 years, the fund grew"); elsewhere it
    bounds the length ("jailed for over 5 years", "any request over one second").
    """
    before = text[lower:over].rstrip()
    if not before or before[-1] in ",;:(—–" or before[-1].isdigit() or before[-1] == "%":
        return True
    return _word_before(text, len(before) + lower, lower).lower() in _FIGURE_END_WORDS
#: Units named before their number: an earthquake's magnitude ("a magnitude 6.2
#: earthquake", "magnitude-7.1 quake", "a magnitude of 6.2"; USGS reports moment
#: magnitude, Mw).
SCALES_BEFORE = {"magnitude": "Mw"}
_SCALE_BEFORE = re.compile(r"(?<![\w-])(?P<name>" + "|".join(SCALES_BEFORE)
                           + r")(?:[ -]|[ ]of[ ])$", re.IGNORECASE)
#: Words that write a minus sign ("minus 12 degrees", "moins 5", "минус 12").
MINUS_WORDS = ("minus", "moins", "menos", "meno", "минус")
_MINUS_WORD_ENDS = frozenset(word[-1] for word in MINUS_WORDS) | frozenset(
    word[-1].upper() for word in MINUS_WORDS)
# Not after "au", "al", "lo": "au moins 7" and "al menos 7", "por lo menos 12" are
# "at least" (qualifiers.toml), not a minus sign.
_MINUS_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!au )(?<!al )(?<!lo )(?:" + "|".join(MINUS_WORDS) + r") $",
    re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<art>an?)[ -]$", re.IGNORECASE)


@dataclass(slots=True)
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


@dataclass(slots=True)
class _Figure:
    """A figure while it is being read: the public fields plus what range merging needs."""

    start: int
    end: int
    value: float | None
    value_high: float | None = None
    kind: str = "number"
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    scale: float = 1.0
    per: str | None = None
    qualifier_start: int | None = None
    fraction: bool = False
    qualifier_key: str | None = None
    bare_start: int = 0


# --- data ------------------------------------------------------------------------

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
def _currency_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return the prefix table, the suffix table and the suffix table's any-case part."""
    tables = toml_table("currencies.toml")
    prefix, suffix = tables["prefix"], tables["suffix"]
    return prefix, suffix, _any_case(suffix)


def _minor_unit(words: list[tuple[str, int]]) -> tuple[tuple[str, float], int] | None:
    """Return the currency and worth of a minor unit ("cents") the words open, and its length."""
    minor = toml_table("currencies.toml")["minor"]
    for n in (2, 1):
        if len(words) >= n:
            found = minor.get(" ".join(w for w, _ in words[:n]).lower())
            if found is not None:
                return (found[0], float(found[1])), n
    return None


def _suffix_currency(surface: str) -> str | None:
    _, suffix, any_case = _currency_tables()
    found = suffix.get(surface)
    return found if found is not None else any_case.get(surface.lower())


_text2num = None


@lru_cache(maxsize=4096)
def _words_value(words: tuple[str, ...]) -> float | None:
    """Value of a run of number words ("twenty", "one"), or None when it is no number."""
    global _text2num
    words = tuple(w for w in words if w != "and")
    if not words:
        return None
    if words[-1] == "dozen":
        base = 1.0 if len(words) == 1 else _words_value(words[:-1])
        return None if base is None else base * 12
    if "dozen" in words:
        return None
    if _text2num is None:
        try:
            from text_to_num import text2num
        except ImportError:  # pragma: no cover - a declared dependency
            return None
        _text2num = text2num
    try:
        return float(_text2num(" ".join(words), "en"))
    except ValueError:
        return None


# --- the scan ----------------------------------------------------------------------

def find_figures(text: str, start: int = 0, end: int | None = None,
                 masked: list[tuple[int, int]] | None = None,
                 language: str | None = None) -> list[FoundFigure]:
    """Find the figures in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int, optional
        The slice to scan (one block); offsets in the result are offsets into
        ``text`` and every figure lies inside the slice.
    masked : list of (int, int), optional
        Spans to ignore, such as citation markers.
    language : str, optional
        ISO 639-1 code of the article's language, which settles "45.300" and
        "1,500" (DECIMAL_COMMA_LANGUAGES); by default detected from ``text``
        (the whole article, so every block of it reads alike).

    Returns
    -------
    list of FoundFigure
        In reading order, non-overlapping; ``text[f.start:f.end] == f.text``.

    Examples
    --------
    >>> [(f.text, f.value, f.kind) for f in find_figures("Up to 25,000 workers left.")]
    [('Up to 25,000', 25000.0, 'count')]
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    block = text[start:end]
    if not block.isascii() and _UNSPACED_SCRIPT.search(block) is not None:
        return _unspaced_script_figures(text, start, end, masked, language)
    if "İ" in block:
        block = block.replace("İ", "I")  # the one character whose lower case is longer
    letters, may_hold_digits, word_candidates = _survey(block)
    if not may_hold_digits and not word_candidates:
        return []  # most blocks of prose
    spans = masked or []
    if "@" in block or "://" in block or "www." in block:
        spans = [*spans, *_url_spans(text, start, end)]
    mask = _Mask(spans) if spans else None
    figures: list[_Figure] = []
    if may_hold_digits:
        figures = _digit_figures(text, start, end, letters if block.isascii() else None, mask,
                                 _Language(text, language))
    if word_candidates:
        figures = _add_word_figures(text, start, end, block, word_candidates, figures, mask)
    figures = _read_ratios(text, figures, start)
    figures = _without_overlaps(_merge_durations(text, _merge_ranges(text, figures, start)))
    _share_subjects(text, figures)
    found = [_public(text, f) for f in figures]
    if any(f.subject for f in found):
        _subjects_in_language(found, language or _language_of(text))
    return found


# --- Chinese, Japanese and Korean -------------------------------------------------

#: Scripts that glue words, counters and particles to numbers ("12人", "500명이",
#: "1.5亿元"): their characters are read as spaces, then the number's neighbours
#: below tell its scale, currency or what it counts.
_UNSPACED_SCRIPT = re.compile("[" + CJK_PUNCTUATION + KANA + HAN + HAN_COMPATIBILITY
                              + HANGUL_JAMO + HANGUL_SYLLABLES + "]")
#: Scale characters written after a number: 万 ten thousand, 亿/億 a hundred million,
#: 兆 a trillion (Japanese and Chinese financial use), 千 a thousand.
CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12, "千": 1e3}
#: Currencies written after a number, longest first.
CJK_CURRENCIES = (("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"),
                  ("英镑", "GBP"), ("ユーロ", "EUR"), ("ドル", "USD"), ("달러", "USD"),
                  ("유로", "EUR"), ("元", "CNY"), ("円", "JPY"), ("원", "KRW"))
#: Counters that say a number counts people or households.
CJK_COUNTERS = frozenset("人名户戶家명")
_CJK_MONTH_DAY = re.compile(r"\d{1,2}月(?:\d{1,2}日)?")
#: Characters after a number that make it part of a date or a time ("3月12日", "8時").
CJK_DATE_PARTS = frozenset("月日时時点點분초")


@lru_cache(maxsize=2)
def _spaced(text: str) -> str:
    """``text`` with every character of an unspaced script read as a space (same offsets)."""
    return _UNSPACED_SCRIPT.sub(" ", text)


def _unspaced_script_figures(text: str, start: int, end: int,
                             masked: list[tuple[int, int]] | None,
                             language: str | None) -> list[FoundFigure]:
    """Find figures in a block of Chinese, Japanese or Korean text."""
    language = language or _language_of(text)
    found = []
    for figure in find_figures(_spaced(text), start, end, masked, language):
        read = _read_cjk_neighbours(text, figure, end)
        if read is not None:
            found.append(read)
    return found


def _read_cjk_neighbours(text: str, figure: FoundFigure, limit: int) -> FoundFigure | None:
    """Read the scale, currency, counter or date part glued after a figure."""
    value, high, kind, unit, subject = (figure.value, figure.value_high, figure.kind,
                                        figure.unit, figure.subject)
    stop = figure.end
    after = text[stop:stop + 1] if stop < limit else ""
    if after in CJK_DATE_PARTS:
        return None  # "3月12日": a date's month or day, a clock time
    if after == "年":
        stop += 1
        kind = "year" if len(figure.text) == 4 and figure.text.isdigit() else "duration"
        unit = None if kind == "year" else "year"
        month_day = _CJK_MONTH_DAY.match(text, stop, limit) if kind == "year" else None
        if month_day is not None:  # "2024年3月12日": one date, valued at its year
            stop, kind = month_day.end(), "date"
    elif after in CJK_SCALES and value is not None:
        scale = CJK_SCALES[after]
        value, high = value * scale, high * scale if high is not None else None
        stop += 1
        kind = "number"
    currency = next(((word, code) for word, code in CJK_CURRENCIES
                     if text.startswith(word, stop, limit)), None)
    if currency is not None and kind in ("number", "count"):
        stop += len(currency[0])
        kind, unit = "money", currency[1]
    elif text[stop:stop + 1] in CJK_COUNTERS and kind in ("number", "count"):
        kind, subject = "count", text[stop]
    return FoundFigure(figure.start, stop, text[figure.start:stop], value, high, kind, unit,
                       figure.qualifier, subject)


@lru_cache(maxsize=8)
def _language_of(text: str) -> str | None:
    """Detect the language of ``text`` once per text (find_figures runs once per block)."""
    return detect_language(text)


class _Language:
    """The language of a text, detected only when a number needs it ("45.300", "1,500")."""

    __slots__ = ("_decimal_comma", "language", "text")

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.language = language
        self._decimal_comma: bool | None = None

    @property
    def decimal_comma(self) -> bool:
        """Whether the text writes a decimal comma (DECIMAL_COMMA_LANGUAGES)."""
        if self._decimal_comma is None:
            language = self.language or _language_of(self.text) or ""
            # page metadata may give a region too ("de-DE", "pt_BR")
            self._decimal_comma = language[:2].lower() in DECIMAL_COMMA_LANGUAGES
        return self._decimal_comma


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
        figure, resume = _digit_figure(text, s, position, token.group(), start, limit,
                                       language)
        if figure is not None and (mask is None or not mask.hits(figure.start, figure.end)):
            figures.append(figure)
    return figures


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


class _Mask:
    """Spans to keep figures out of, merged into disjoint sorted runs and queried by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self.starts = starts
        self.ends = ends

    def hits(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def next_start(self, position: int, limit: int) -> int:
        """Where the first span at or after ``position`` starts, or ``limit``."""
        i = bisect.bisect_left(self.starts, position)
        return min(self.starts[i], limit) if i < len(self.starts) else limit

    def cut_before(self, start: int, end: int) -> int | None:
        """Where ``[start, end)``, starting outside every span, first runs into one, or None."""
        i = bisect.bisect_right(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end and (i == 0 or self.ends[i - 1] <= start):
            return self.starts[i]
        return None

    def skip(self, text: str, start: int, end: int, limit: int) -> int | None:
        """Tell where a token search may go on after the masked ``text[start:end]``.

        None when the token overlaps no span (it is not masked).

        Every token that starts inside a masked span is masked too. So when the
        token starts inside a span that no token can run on past (its last
        character is no digit or separator), the search may go on at the span's
        end, or stop at ``limit``; it does so when that skips a few characters
        (a run of citation markers, a URL), and otherwise goes on at ``end``.
        """
        i = bisect.bisect_left(self.starts, end) - 1
        if i < 0 or self.ends[i] <= start:
            return None
        span_end = self.ends[i]
        if self.starts[i] > start or span_end - end < _WORTH_SKIPPING:
            return end
        if span_end >= limit:
            return limit
        return end if text[span_end - 1] in _TOKEN_CHARS else span_end


def _public(text: str, f: _Figure) -> FoundFigure:
    return FoundFigure(f.start, f.end, text[f.start:f.end], f.value, f.value_high, f.kind,
                       f.unit, f.qualifier, f.subject)


# --- digits -------------------------------------------------------------------------

def _parse_number(raw: str, language: _Language | None = None) -> float | None:
    """Value of a digit token, or None when its separators make no number.

    ``language`` settles the forms both conventions write: "45.300" and
    "1,500" are 45300 and 1.5 in DECIMAL_COMMA_LANGUAGES, 45.3 and 1500
    otherwise and without it; the other forms read the same in any language,
    and only these two make it detect the language.
    """
    if raw.isdigit():
        return float(raw)
    if raw in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[raw]
    if raw.isascii():  # of the separators only the comma is ASCII
        if "," not in raw:
            if _DECIMAL.fullmatch(raw) is not None:
                if _DOT_GROUPED.fullmatch(raw) is not None and language is not None \
                        and language.decimal_comma:
                    return float(raw.replace(".", ""))  # "45.300"
                return float(raw)
            return float(raw.replace(".", "")) if _DOT_GROUPED.fullmatch(raw) else None
        if _GROUPED[","].fullmatch(raw) is not None and not (
                raw.count(",") == 1 and "." not in raw and language is not None
                and language.decimal_comma):  # "1,500"
            return float(raw.replace(",", ""))
        continental = _COMMA_DECIMAL.fullmatch(raw)
        if continental is None or not (len(continental.group("frac")) <= 2 or "." in raw
                                       or language is not None and language.decimal_comma):
            return None
        return float(continental.group("int").replace(".", "") + "." + continental.group("frac"))
    for separator, pattern in _GROUPED.items():
        if separator in raw:
            if pattern.fullmatch(raw) is None:
                return None
            return float(raw.replace(separator, "").replace(",", "."))
    if _DECIMAL.fullmatch(raw) is None:
        return None
    return float(raw)


def _skip_code(text: str, position: int, limit: int) -> int:
    """End of the alphanumeric code a figure candidate turned out to be part of."""
    while position < limit and (text[position].isalnum() or text[position] in "-/.:_"):
        joiner = text[position] in "-/.:_"
        if joiner and not (position + 1 < limit and text[position + 1].isalnum()):
            break
        position += 1
    return position


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
    if prev.isalnum() or prev in _CODE_BEFORE:
        return None, _skip_code(text, e, limit)
    if (prev in _NUMBER_SIGN_ENDS or prev == " " and s - 2 >= lower
            and text[s - 2] in _NUMBER_SIGN_ENDS) and _after_number_sign(text, s, lower):
        return None, _skip_code(text, e, limit)  # "No. 10", "№ 3": a name
    if (prev in " \u00a0§" and s - 2 >= lower) and _after_label(text, s, lower):
        return None, e  # "Section 230", "§ 793", "S&P 500": a name
    if e + 2 < limit and text[e] == " " and text.startswith(CODE_TITLES_AFTER, e + 1):
        return None, e  # "18 U.S.C. § 793": a title of a legal code
    if raw.isdigit() and len(raw) <= 5 and e + 2 < limit and text[e] == " " \
            and text[e + 1].isalpha() and _address().match(text, e, limit) is not None:
        return None, e  # "14 Mill Lane", "12 rue de Rivoli": a house number
    begin, currency, negative = s, None, False
    if prev in _CURRENCY_CHARS or prev in " \u00a0" and s - 2 >= lower and (
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
    if currency is None and prev in "-−":
        ahead = s - 2
        if ahead >= lower and (text[ahead].isalnum() or text[ahead] in ")]_"):
            word = _word_before(text, s - 1, lower)
            if word.lower() not in HYPHEN_PREFIXES and word.lower() not in SCALES_BEFORE:
                return None, _skip_code(text, e, limit)
        else:
            negative, begin = True, s - 1
    plain = raw.isdigit()

    if plain and len(raw) <= 4:
        date = _date_at(text, s, e, raw, lower, limit)
        if date is not None:
            return date, date.end

    nxt = text[e] if e < limit else " "
    if plain and (prev in "+(" or nxt in "-)" or raw[0] == "0" and len(raw) > 1):
        phone = _phone_end(text, s - 1 if prev in "+(" else s, lower, limit)
        if phone is not None:
            return None, phone
    if nxt in _NEVER_GLUED or nxt == " " and (e + 1 >= limit
                                              or text[e + 1] not in _GLUE_AFTER_SPACE):
        return _bare_figure(text, begin, e, raw, -value if negative else value, plain, lower,
                            limit, currency)
    return _glued_figure(text, begin, e, raw, value, negative, plain, lower, limit, currency,
                         language)


def _after_number_sign(text: str, s: int, lower: int) -> bool:
    """Whether a NUMBER_SIGNS entry, standing alone, comes right (or a space) before ``s``."""
    stop = s - 1 if text[s - 1] == " " else s
    for sign in NUMBER_SIGNS:
        begin = stop - len(sign)
        if begin >= lower and text.startswith(sign, begin) and (
                begin == lower or not text[begin - 1].isalnum()):
            return True
    return False


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


def _after_label(text: str, s: int, lower: int) -> bool:
    """Whether a NUMBER_LABELS word comes right (or a space) before ``s``."""
    if not (text[s - 2].isalpha() or text[s - 2] in "§.&" or text[s - 1] == "§"):
        return False
    label = _LABEL_BEFORE.search(text, max(lower, s - 14), s)
    return label is not None and label.group("label").lower() in NUMBER_LABELS


def _phone_end(text: str, begin: int, lower: int, limit: int) -> int | None:
    """End of the telephone number starting at ``begin``, or None when there is none.

    A run of digit groups (_PHONE) is a telephone number when it has 7 to 15
    digits and a mark of one: an international "+", a bracketed area code, a
    trunk "0" ("0800 123 4567") or three or more groups joined by dashes
    ("415-555-0123"), which no range or score has.
    """
    if begin < lower:
        return None
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
    if e + 1 < limit and text[e] == " " and text[e + 1] in "apAP":  # "5 pm", "5 a.m."
        clock = _CLOCK_AFTER.match(text, e, limit)
        if clock is not None and _looks_like_clock(raw, figure):
            return None, clock.end()
    return _finish(text, figure, lower, limit, currency, plain), figure.end


def _glued_figure(text: str, begin: int, e: int, raw: str, value: float, negative: bool,
                  plain: bool, lower: int, limit: int, currency: str | None,
                  language: _Language | None = None) -> tuple[_Figure | None, int]:
    """Read a number and what is glued to it: an exponent, a fraction, a range, a suffix."""
    glued = _GLUED.match(text, e, limit)
    end = glued.end()
    if glued.group("clock"):
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
    if not readable or not math.isfinite(figure.value or 0.0):
        return None, end
    if figure.kind == "skip":
        return None, end
    if glued.group("susp"):
        figure.end = glued.start("susp")
        return _finish(text, figure, lower, limit, currency, plain), glued.end("susp")
    if figure.kind == "year" and not glued.group("dash") and glued.group("suffix"):
        return _finish(text, figure, lower, limit, None, plain, done=True), figure.end
    if plain and glued.group("suffix") is None and glued.end() == e and len(raw) <= 3 \
            and not currency:
        spaced = _SPACED_GROUPS.match(text, e, limit)
        if spaced is not None and _unit_or_currency_follows(text, spaced.end(), limit):
            figure.value = float(raw + spaced.group("groups").replace(" ", "") + "."
                                 + (spaced.group("frac") or "0"))
            figure.end = spaced.end()
            plain = False  # a grouped number is a count, never a year ("2 100 runners")
    clock = _CLOCK_AFTER.match(text, figure.end, limit)
    if clock is not None and _looks_like_clock(raw, figure):
        return None, clock.end()
    return _finish(text, figure, lower, limit, currency, plain), figure.end


def _looks_like_clock(raw: str, figure: _Figure) -> bool:
    if figure.value_high is not None or figure.kind != "number":
        return False
    if raw.isdigit():
        return 0 <= int(raw) <= 12
    hours, _, minutes = raw.partition(".")
    return hours.isdigit() and int(hours) <= 12 and len(minutes) == 2 and int(minutes) < 60


def _word_before(text: str, position: int, lower: int) -> str:
    stop = position
    while position > lower and text[position - 1].isalpha():
        position -= 1
    return text[position:stop]


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
    if key.endswith("$"):
        return "USD", len(key) - 1
    return None, 0


def _unit_or_currency_follows(text: str, position: int, limit: int) -> bool:
    """Whether a counted noun, a unit or a currency follows a number.

    Thousands grouped with plain spaces are read then ("12 000 habitants", "3 400 km",
    "1 234,5 Millionen Euro"), as French, Nordic and SI style print them.
    """
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
            figure.kind = "skip"  # a score ("won 3-2", "drew 1-1"), not a range
            return True
        figure.value_high = high
    return _read_suffix(figure, g("suffix"), g("per"), plain, raw, currency)


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
    elif lower in ("st", "nd", "rd", "th"):
        if not plain or figure.value_high is not None:
            return False
        figure.kind = "ordinal"
    elif currency and lower in SHORT_SCALES:
        figure.scale = SHORT_SCALES[lower]
        figure.kind, figure.unit = "money", currency
    elif currency:
        return False  # "$5abc"
    elif suffix in GLUED_TEMPERATURES:
        figure.kind, figure.unit = "measure", GLUED_TEMPERATURES[suffix]
    elif lower in BARE_SCALES or suffix in GLUED_BARE_SCALES:
        figure.scale = BARE_SCALES.get(lower) or GLUED_BARE_SCALES[suffix]
    elif lower in ("am", "pm"):
        figure.kind = "skip" if _looks_like_clock(raw, figure) else "number"
    else:
        unit = _lookup_unit(suffix.replace("^", "").replace("²", "2").replace("³", "3")) \
            or _lookup_unit(suffix)
        if unit is not None:
            figure.unit, figure.kind = unit
        elif not (suffix.islower() and len(suffix) <= MAX_UNKNOWN_SUFFIX):
            return False  # a code ("3G", "737MAX") or a word run on ("23If")
        # else an unknown lower-case unit ("1cds", "10x"): keep the number
    if figure.scale != 1.0:
        figure.value = (figure.value or 0.0) * figure.scale
        if figure.value_high is not None:
            figure.value_high *= figure.scale
    return True


def _date_at(text: str, s: int, e: int, raw: str, lower: int, limit: int) -> _Figure | None:
    """Read a date around the day or year ``text[s:e] == raw``.

    "2014-12-29", "December 29, 2014", "May 2014", "8 de marzo de 2024", "8. März".
    """
    number = int(raw)
    if len(raw) == 4 and e < limit and text[e] in "-/":
        iso = _ISO_DATE.match(text, e, limit)
        if iso and 1 <= int(iso.group("m")) <= 12 and 1 <= int(iso.group("d")) <= 31:
            return _Figure(s, iso.end(), float(number), kind="date")
    if len(raw) <= 2 and e < limit and text[e] in "-/":
        numeric = _NUMERIC_DATE.match(text, e, limit)
        if numeric is not None and _day_and_month(number, int(numeric.group("b"))):
            year = float(numeric.group("y"))
            if len(numeric.group("y")) == 4:
                return _Figure(s, numeric.end(), year, kind="date") if _is_year(year) else None
            return _Figure(s, numeric.end(), None, kind="date")  # "12/03/24": century unsaid
    month = None
    if s - 2 >= lower and text[s - 1] in " \u00a0" and (text[s - 2].isalpha()
                                                         or text[s - 2] in ".,"):
        window = text[max(lower, s - 12):s]
        if not window.islower():  # a month counts only with a capital ("May 2014")
            month = _MONTH_BEFORE.search(window)
    if month is not None and month.group("month")[0].isupper():
        begin = s - (len(window) - month.start())
        if len(raw) <= 2 and 1 <= number <= 31:
            after = _DAY_AFTER_MONTH.match(text, e, limit)
            year = after.group("year")
            if year and not _is_year(float(year)):
                year = None
            stop = after.end("year") if year else e + _ordinal_length(text, e, limit)
            return _Figure(begin, stop, float(year) if year else None, kind="date")
        if len(raw) == 4 and _is_year(float(number)):
            return _Figure(begin, e, float(number), kind="date")
    if len(raw) <= 2 and 1 <= number <= 31 and e < limit and text[e] in " \u00a0snrtSNRT":
        after = _MONTH_AFTER_DAY.match(text, e, limit)
        if after is not None and after.group("month")[0].isupper():
            year = after.group("year")
            if year and _is_year(float(year)):
                return _Figure(s, after.end(), float(year), kind="date")
            return _Figure(s, after.end("month"), None, kind="date")
    if len(raw) <= 2 and 1 <= number <= 31 and e < limit and text[e] in " \u00a0.":
        after = _FOREIGN_MONTH_AFTER_DAY.match(text, e, limit)
        if after is not None and (after.group("month")[0].islower()
                                  or after.group("month").lower() not in _LOWER_CASE_MONTHS):
            year = after.group("year")
            if year and _is_year(float(year)):
                return _Figure(s, after.end(), float(year), kind="date")
            return _Figure(s, after.end("month"), None, kind="date")
    return None


def _day_and_month(a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` are a day and a month in either order."""
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _dotted_date(text: str, s: int, e: int, raw: str, lower: int) -> _Figure | None:
    """Read a date written as one dotted digit token ("12.03.2024", "2024.03.12")."""
    if s > lower and (text[s - 1].isalnum() or text[s - 1] in _CODE_BEFORE):
        return None
    dotted = _DOTTED_DATE.fullmatch(raw)
    if dotted is None:
        return None
    if dotted.group("y"):
        valid = _day_and_month(int(dotted.group("a")), int(dotted.group("b")))
        year = float(dotted.group("y"))
    else:
        valid = 1 <= int(dotted.group("m2")) <= 12 and 1 <= int(dotted.group("d2")) <= 31
        year = float(dotted.group("y2"))
    return _Figure(s, e, year, kind="date") if valid and _is_year(year) else None


def _ordinal_length(text: str, position: int, limit: int) -> int:
    return 2 if text[position:min(limit, position + 2)].lower() in ("st", "nd", "rd", "th") \
        and not text[position + 2:position + 3].isalpha() else 0


def _is_year(value: float) -> bool:
    return value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _finish(text: str, figure: _Figure, lower: int, limit: int, currency: str | None,
            plain: bool, *, done: bool = False) -> _Figure:
    """Read scale, unit, rate, qualifier and subject around a number and settle its kind."""
    if not done:
        _read_after(text, figure, limit, currency)
        if figure.kind == "number" and plain and figure.scale == 1.0 and figure.unit is None:
            if figure.value_high is None and _is_year(figure.value or 0.0):
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
        if scale is not None:  # "a magnitude 6.2 earthquake", "magnitude-7.1 quake"
            figure.kind, figure.unit = "measure", SCALES_BEFORE[scale.group("name").lower()]
    _read_qualifier(text, figure, lower)
    if figure.qualifier_key == "over" and figure.kind == "duration" \
            and _over_means_across(text, figure.qualifier_start or 0, lower):
        # "$300 billion over two years": across the time, not more than it
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    fraction = figure.fraction
    if figure.kind in ("number", "money", "percent", "measure") and figure.value_high is None \
            or figure.kind == "number":
        figure.subject = _subject_after(text, figure.end, limit,
                                        after_of_only=figure.kind != "number" or fraction)
        if figure.kind == "number" and figure.subject and not fraction:
            figure.kind = "count"
    if figure.subject is None and figure.kind in ("money", "percent", "measure") \
            and figure.value_high is None:
        figure.subject = _noun_of_before(text, figure, lower)  # "compensation of $5,000"
    if figure.qualifier_key in VERB_QUALIFIERS and figure.subject:
        # "the legislature passed two laws": a verb with its object, not a bound
        figure.start = figure.bare_start
        figure.qualifier = figure.qualifier_key = figure.qualifier_start = None
    return figure


def _read_after(text: str, figure: _Figure, limit: int, currency: str | None) -> None:
    """Read what follows a number: power, ±, scale words, percent, currency, unit, rate.

    The next few words are read once and looked up in the unit, currency and
    scale tables, longest phrase first.
    """
    end = figure.end
    if figure.kind in ("ordinal", "year", "date") or end >= limit:
        return
    first = text[end]
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
            elif word in FOREIGN_SCALES:
                factor = FOREIGN_SCALES[word]
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
    rest = words[i:]
    if i and not currency and text.startswith(SCALE_OF, end):
        of = _CURRENCY_AFTER_OF.match(text, end, limit)
        code = _suffix_currency(of.group("word")) if of is not None else None
        if code is not None:  # "480 millones de euros"
            figure.kind, figure.unit = "money", code
            figure.end = of.end()
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
            for n in (2, 1):
                if len(rest) >= n and (code := _suffix_currency(
                        " ".join(w for w, _ in rest[:n]))) is not None:
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
                        end = figure.end = hyphen.end()
                        rest = []
    if figure.kind in ("measure", "money", "duration") and figure.per is None and rest:
        _read_rate(text, figure, rest)


_UNIT_START = frozenset("%°µ")
#: From this scale up, "pounds" after a number is sterling unless "of" names
#: what weighs: "paid 1.5 million pounds" is money, "recalled 1.5 million pounds
#: of beef" a weight; below it ("a 5-pound bag", "200 pounds") weight is commoner.
POUNDS_AS_MONEY_SCALE = 1e6
_POUND_WORDS = frozenset({"pound", "pounds"})


def _pounds_sterling(text: str, figure: _Figure, word: tuple[str, int]) -> bool:
    """Whether the unit word ``word`` after a scaled number is sterling (POUNDS_AS_MONEY_SCALE)."""
    written, stop = word
    return (figure.scale >= POUNDS_AS_MONEY_SCALE and written.lower() in _POUND_WORDS
            and not text.startswith(_OF_STARTS, stop))


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


@cache
def _leads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of every unit, currency and percent phrase: exact, and any-case."""
    units, any_units, _ = _unit_tables()
    _, suffix, any_suffix = _currency_tables()
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


def _read_rate(text: str, figure: _Figure, rest: list[tuple[str, int]]) -> None:
    """Read "per hour", "a gallon" (money only) after a unit or amount."""
    lead = rest[0][0].lower()
    if lead not in ("per", "a", "an") or len(rest) < 2 or lead != "per" and figure.kind != "money":
        return
    table = _unit_tables()[2]
    for n in (2, 1):
        if len(rest) > n:
            surface = " ".join(w for w, _ in rest[1:n + 1])
            rate = table.get(surface) or table.get(surface.lower())
            if rate is not None:
                figure.per = rate
                figure.end = rest[n][1]
                if figure.kind != "money" and figure.unit:
                    figure.unit = f"{figure.unit}/{rate}"
                return


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


def _read_qualifier(text: str, figure: _Figure, lower: int) -> None:
    """Read a qualifier ("up to", "more than", "~") right before the figure."""
    start = figure.start
    if start <= lower:
        return
    before = text[start - 1]
    if before not in " \t\u00a0":
        if before in "~≈<>":
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
    if window[-1] in "~≈<>":
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


_OPENERS = "(\"“‘'"
#: Longest qualifier in words ("no fewer than", "in excess of").
MAX_QUALIFIER_WORDS = 4


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


# "compensation of $5,000", "a fine of 2 million euros", "a turnout of 71.8%": the
# noun before "of" names what the amount measures.
_NOUN_OF_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][a-z'’-]{2,30})[ \t]+of[ \t]+$")
#: Words before "of" that are no noun the amount measures ("most of", "because of").
_NOT_MEASURED = _SUBJECT_STOPS | frozenset(
    "out because instead ahead worth kind sort lot lots number total part share portion "
    "range tune excess upwards average capita".split())


def _noun_of_before(text: str, figure: _Figure, lower: int) -> str | None:
    """Return the noun in "<noun> of" right before a figure, or None."""
    start = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if start - lower < 6 or text[start - 1] != " " or text[start - 3:start - 1] != "of":
        return None
    match = _NOUN_OF_BEFORE.search(text, max(lower, start - 36), start)
    if match is None or match.group("noun").lower() in _NOT_MEASURED:
        return None
    return match.group("noun")


def _subject_after(text: str, end: int, limit: int, *, after_of_only: bool = False) -> str | None:
    """Return the noun phrase after a count ("162 people", "25,000 North Korean workers").

    Up to MAX_SUBJECT_WORDS words, stopping at function words, verbs, months,
    scale words and punctuation; money and percentages take a subject only
    after "of" ("40% of voters").
    """
    position = end
    if text.startswith(_OF_STARTS, position):
        of = _OF.match(text, position, limit)
        if of:
            position = of.end()
        elif after_of_only:
            return None
    elif after_of_only:
        return None
    match = _SUBJECT_WORDS.match(text, position, limit)
    if match is None:
        return None
    found = match.group().split()
    words: list[str] = []
    for i, raw in enumerate(found[:MAX_SUBJECT_WORDS]):
        word = raw.rstrip(".") if raw[-1] == "." else raw
        lower = word.lower()
        if lower in _SUBJECT_ENDS or (lower.rstrip("s") if lower[-1:] == "s" else lower) in MONTHS \
                or not word:
            break
        if lower.endswith(("ed", "ing")) and not word[0].isupper():
            following = found[i + 1].lower() if i + 1 < len(found) and raw == word else ""
            if words or not following or following in _SUBJECT_STOPS:
                break  # a verb ("30 stayed"), not a modifier ("5 armed men")
        elif words and lower in _SUBJECT_VERBS:
            break  # "1.5 million people face …": the verb, not more of the subject
        words.append(word)
        if raw != word:
            break  # the sentence ends
    if words and words[-1].lower().endswith("ly"):
        words.pop()
    if words and words[-1].endswith(("'s", "’s")):
        words.pop()  # "4.2 million of the country's 5.8 million voters": a possessive
    return " ".join(words) or None


#: Languages that put the counted noun first and join it to the number with a
#: partitive ("68 millions d'habitants", "3 millones de personas", "2 milioni di
#: persone"): the subject is that noun, since what follows it (adjectives, then
#: the rest of the clause: "habitants selon l'Insee") is not ended by the English
#: stop words _subject_after knows.
NOUN_FIRST_LANGUAGES = frozenset({"fr", "es", "it", "pt"})
#: Endings of the third-person plural past in Spanish, Portuguese and Italian
#: ("resultaron", "morreram", "morirono"): a word ending so is a verb, not a noun.
ROMANCE_PLURAL_PAST_ENDINGS = ("aron", "ieron", "eron", "aram", "eram", "iram", "arono",
                               "erono", "irono")
#: Languages that capitalise every noun: the counted phrase ends at its first
#: capitalised word ("84 Millionen Menschen im Land" → "Menschen", "25.000
#: nordkoreanische Arbeiter" → "nordkoreanische Arbeiter").
CAPITALISED_NOUN_LANGUAGES = frozenset({"de"})
#: Languages whose attributive adjectives end in -e before the noun ("12 nieuwe
#: gevallen", "25.000 mensen gevlucht"): the phrase ends at its first word
#: without that ending.
INFLECTED_ADJECTIVE_LANGUAGES = frozenset({"nl"})
#: Partitives between a count and its noun in NOUN_FIRST_LANGUAGES; the elided
#: forms ("d'habitants", "dell'anno") are read by _ELIDED_PARTITIVE.
PARTITIVES = frozenset({"de", "des", "du", "di", "del", "dei", "degli", "delle", "della",
                        "da", "do", "dos", "das"})
_ELIDED_PARTITIVE = re.compile(r"(?:d|dell|degl)['’](?=\w)", re.IGNORECASE)


def _subjects_in_language(figures: list[FoundFigure], language: str | None) -> None:
    """Trim each figure's subject to the noun phrase as ``language`` builds it, in place."""
    language = (language or "")[:2].lower()
    if language not in NOUN_FIRST_LANGUAGES and language not in CAPITALISED_NOUN_LANGUAGES \
            and language not in INFLECTED_ADJECTIVE_LANGUAGES:
        return
    for figure in figures:
        if figure.subject:
            figure.subject = _subject_in_language(figure.subject, language)
            if figure.subject is None and figure.kind == "count":
                figure.kind = "number"


def _subject_in_language(subject: str, language: str) -> str | None:
    """Return the counted noun phrase of ``subject`` in ``language`` (NOUN_FIRST_LANGUAGES)."""
    words = subject.split()
    if language in NOUN_FIRST_LANGUAGES:
        if words[0].lower() in PARTITIVES:
            words = words[1:]
        elif (elided := _ELIDED_PARTITIVE.match(words[0])) is not None:
            words[0] = words[0][elided.end():]
        # these languages write what is counted in lower case: "3 de Palma" names a court;
        # a past-tense plural verb is no noun ("más de 40 resultaron heridas")
        if not words or not words[0][:1].islower() or words[0].lower().endswith(
                ROMANCE_PLURAL_PAST_ENDINGS):
            return None
        return words[0]
    if language in CAPITALISED_NOUN_LANGUAGES:
        noun = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
        return " ".join(words[:noun + 1])
    noun = next((i for i, word in enumerate(words) if not word.endswith("e")), len(words) - 1)
    return " ".join(words[:noun + 1])


# --- number words ---------------------------------------------------------------------

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
        for figure in _word_figures(text, lowered, match, start, end):
            if (mask is None or not mask.hits(figure.start, figure.end)) \
                    and not taken.hits(figure.start, figure.end):
                found.append(figure)
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: f.start)


def _word_figures(text: str, lowered: str, match: re.Match[str], lower: int,
                  limit: int) -> list[_Figure]:
    """Figures in one run of number words (a run may hold several: "two three")."""
    offset = lower
    if match.group("vague"):
        return [_vague_figure(text, match, offset, limit)]
    if match.group("fraconly"):
        return _fraction_only(text, lowered, match, offset, limit)
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
        if bare_one and finished.qualifier not in BOUNDS_FOR_ONE and finished.kind != "duration":
            continue  # "one" alone is a pronoun ("at one point") far more often than a count
        result.append(finished)
    return result


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
    if match.group("frac"):
        figure.value = (figure.value or 0.0) / FRACTIONS[match.group("frac")]
        figure.end = offset + match.end("frac")
        figure.kind = "number"
        figure.fraction = True
    return figure


def _fraction_only(text: str, lowered: str, match: re.Match[str], offset: int,
                   limit: int) -> list[_Figure]:
    """Read "a third of", "a quarter century", "half a million"; not "a third term"."""
    first = match.start("fraconly")
    word = match.group("fraconly")
    article = _ARTICLE_BEFORE.search(lowered, max(0, first - 4), first)
    if match.group("hscale") and (word == "half" or article is not None):
        scale_word = match.group("hscale").split()[-1]
        value = (SCALES.get(scale_word) or 12.0) / FRACTIONS[word]
        begin = first if article is None else article.start()
        figure = _Figure(offset + begin, offset + match.end("hscale"), value)
        return [_finish(text, figure, offset, limit, None, plain=False)]
    if article is None or word.endswith("s") and word != "halves":
        return []
    figure = _Figure(offset + article.start(), offset + match.end("fraconly"),
                     1 / FRACTIONS[word], fraction=True)
    of = lowered.startswith(" of ", match.end("fraconly"))
    figure = _finish(text, figure, offset, limit, None, plain=False)
    if not of and figure.kind not in ("measure", "duration"):
        return []  # "a fourth time", "a third term": an ordinal, not a share
    return [figure]


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


# --- ratios and ranges ----------------------------------------------------------------

def _read_ratios(text: str, figures: list[_Figure], lower: int) -> list[_Figure]:
    """Read "one in five adults", "1 in 10 children", "nine out of ten" as one fraction.

    The count after "in" becomes the ratio, its subject kept; a numerator read
    as a figure of its own (the digit "1") is dropped; a bare "one" never is one.
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
                if 0 < numerator < value:
                    if result and result[-1].end == ratio.end("num"):
                        result.pop()  # the "1" of "1 in 10"
                    share = _Figure(ratio.start(), figure.end, numerator / value,
                                    subject=figure.subject, fraction=True)
                    _read_qualifier(text, share, lower)
                    result.append(share)
                    continue
        result.append(figure)
    return result


# "58 of the 150 seats", "4.2 million of the country's 5.8 million voters"
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|all)[ \t]+)?(?:[\w.-]+['’]s[ \t]+)?")


def _share_subjects(text: str, figures: list[_Figure]) -> None:
    """Give a part the subject of its whole ("58 of the 150 seats": 58 seats), in place."""
    for part, whole in zip(figures, figures[1:], strict=False):
        if part.subject is None and whole.subject and part.unit is None \
                and part.kind in ("number", "count") and not part.fraction \
                and _PART_OF.fullmatch(text, part.end, whole.start) is not None:
            part.subject, part.kind = whole.subject, "count"


#: Seconds in each duration unit, to add up a compound duration ("2 hours 18
#: minutes 46 seconds" → 2.3128 h); months and years as their average lengths.
SECONDS_IN = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0,
              "week": 604800.0, "month": 2629800.0, "year": 31557600.0}
_DURATION_JOIN = re.compile(r"(?:,?[ \t]+and|,)?[ \t]+")


def _merge_durations(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Join "2 hours 18 minutes 46 seconds" (units getting smaller) into one duration."""
    if len(figures) < 2:
        return figures
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
    for figure in figures:
        if merged and _joinable(text, merged[-1], figure, lower):
            merged[-1] = _join(merged[-1], figure)
        else:
            merged.append(figure)
    return merged


def _joinable(text: str, a: _Figure, b: _Figure, lower: int) -> bool:
    if b.start - a.end > 12 or a.value_high is not None or b.value_high is not None:
        return False
    if a.value is None or b.value is None or b.qualifier is not None \
            or a.kind in ("date", "ordinal") or b.kind in ("date", "ordinal"):
        return False
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return False
    word = (gap.group("word") or "").lower()
    head = a.qualifier_start if a.qualifier_start is not None else a.start
    if word in RANGE_AND_WORDS and not _BETWEEN.search(text, max(lower, head - 10), head):
        return False
    if a.subject and a.kind == "count":
        return False  # "gave 5 books to 10 students"
    if abs(b.value) < abs(a.value) * _minor_worth(a, b):
        return False  # "won 3-2", "fell from 48% to 38%": a score, a vote or a change
    if a.kind == "year" or b.kind == "year":
        return a.kind == b.kind == "year"
    if a.kind in ("number", "count") and a.unit is None:
        return b.kind not in ("count",) or a.scale == 1.0
    if b.kind in ("number", "count") and b.unit is None:
        return False  # "rose 1.2 percent to 27,000": a change and a level
    return (a.kind, a.unit, a.per) == (b.kind, b.unit, b.per)


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
    subject = b.subject
    if kind in ("number",) and subject:
        kind = "count"
    return _Figure(a.start, b.end, low, high, kind, unit, a.qualifier, subject,
                   max(a.scale, b.scale), per, a.qualifier_start)
