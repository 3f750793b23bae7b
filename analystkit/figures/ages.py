"""A person's age: "Dorothy Pell, 71,", "Luis Carrera (34)", "she was 88.", "aged 24".

An age is read as a `duration` in years whose subject is "age", as "a
17-year-old boy" is; a bare number is an age only where news style writes one.
"""

from __future__ import annotations

import re

from ..attribution import looks_like_person
from ..lexicons import english_months, toml_table, word_list
from .model import _Figure
from .vocabulary import _UNIT_WORDS

#: The subject of a figure read as a person's age.
AGE_SUBJECT = "age"
#: Oldest age read from a bare number; above it the number is something else.
MAX_AGE = 120
#: Capitalised words that are no name before ", 71,": months and weekdays date.
_NOT_NAMES = frozenset(english_months()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())
# An age in words, as a list of ages after "aged" spells them ("aged seven and nine").
_AGE_WORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" \
    + "|".join(_UNIT_WORDS[1:10]) + r"))?|" + "|".join(_UNIT_WORDS[1:]) + ")"
# Words before a number that make it an age: "aged 24" (also "aged 24, 29 and
# 31", "aged seven and nine"), "at the age of 12", "died at 88", and a pronoun's
# "she was 88" (checked to end its clause by _AGE_AFTER_VERB).
_AGE_BEFORE = re.compile(
    r"(?:\baged[ ](?:(?:[0-9]{1,3}|" + _AGE_WORD + r")(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ]))*"
    r"|\bage[ ]of[ ]|\b(?:died|dies|retired|retires)[ ](?:at|aged)[ ]|\blived[ ]to[ ](?:be[ ])?)$",
    re.IGNORECASE)
#: People a news report gives an age after, set off by commas ("The man, 34, was
#: arrested", "The striker, 23, joined"): nouns for a person, not a group or a thing
#: (``data/age_person_nouns.txt``).
AGE_PERSON_NOUNS = frozenset(word_list("age_person_nouns.txt"))
# (capitalised modifiers too: "The England captain, 31,", "the Real Madrid forward, 24,")
_PERSON_NOUN_COMMA = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[ ](?:[A-Za-z][a-z-]*[ ]){0,3}"
                                r"(?P<noun>[a-z-]+),[ ]$")
#: A decade of a person's life after a possessive ("into her 80s", "in his early 40s"):
#: the decade, or its first, middle or last years.
_LIFE_DECADE_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our)[ ](?:(?P<part>early|mid|late)[ -]?)?$", re.IGNORECASE)
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}
_PRONOUN_BE = re.compile(r"\b(?:[Hh]e|[Ss]he|I)[ ](?:was|is|turned|turns|will[ ]be)[ ]$")
# A name set off by commas before the number: "Dorothy Pell, 71," ("Pell, ").
_NAME_COMMA = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z'’-]{1,30}),[ ]$")
# A first and a last name set off before the number: "Victor Mraz, 61."
_FULL_NAME_COMMA = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’-]{1,30}[ ][A-Z][a-z'’-]{1,30},[ ]$")
# A first and a last name (and a middle one) right before an age in brackets, as German,
# Dutch, Spanish, Scandinavian and British tabloid style give it: "Luis Carrera (34),".
_FULL_NAME_BRACKET = re.compile(
    r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}(?:[ ][A-ZÀ-ÖØ-Þ][^\W\d_'’-]*[^\W\d_]){1,2}[ ]\($")
# What follows the bracketed age: the sentence going on in lower case ("(34), a
# fisherman", "(34) was rescued", "(34) aus Vigo"), not a list or a pair ("Harry Kane
# (2), Bukayo Saka": goals; "(34) and her son").
_AFTER_BRACKETED_AGE = re.compile(
    r"\)(?:,[ ]|[ ])(?!(?:and|or|und|oder|y|o|et|ou|en|of|och|og|e)\b)[^\W\d_A-ZÀ-ÖØ-Þ]")
#: Qualifiers that bound an age after people ("children under five", "people over 65").
AGE_BOUNDS = frozenset({"under", "over"})
# People an age band follows: "children under five", "adults over 65".
_PEOPLE_BEFORE = re.compile(r"\b(?:children|kids|babies|infants|toddlers|people|adults|girls|boys"
                            r"|men|women|patients|residents|pensioners|those|anyone|everyone)[ ]$",
                            re.IGNORECASE)
# A second number joined to the first as a range ("18 to 24", "18-24").
_RANGE_AFTER = re.compile(r"(?:[ ]to[ ]|[ ]?[-–][ ]?)[0-9]")
# A counted noun after a number: a plural in -s but a verb's or "years", or a plural
# without -s ("two men", "three victims"; not "nine were hurt", "nine respectively").
_COUNTED_AFTER = re.compile(r"[ ](?!(?:was|is|has|does|years|yrs)\b)(?:[a-z]{2,}s|men|women"
                            r"|children|people|police|staff)\b")
# What ends the number's clause after a pronoun's verb: "she was 88." or "88,".
_CLAUSE_END = re.compile(r"[.,;:)]|$")


def _is_age(text: str, figure: _Figure, lower: int, limit: int) -> bool:
    """Whether the bare number ``figure`` is a person's age, as news style writes one."""
    value = figure.value or 0.0
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or not value.is_integer() or not 0 < value <= MAX_AGE:
        return False
    if figure.qualifier:
        # an age band after people: "children under five", "adults over 65"
        return figure.qualifier in AGE_BOUNDS and _PEOPLE_BEFORE.search(
            text, max(lower, figure.start - 20), figure.start) is not None
    if _AND_OVER.match(text, figure.end, limit) is not None and _PEOPLE_BEFORE.search(
            text, max(lower, figure.start - 20), figure.start) is not None:
        return True  # "people 60 and older", "adults 65 and over"
    if _RANGE_AFTER.match(text, figure.end, limit):
        return False  # "aged 18 to 24": a range, read as one later
    start = figure.start
    window = text[max(lower, start - 40):start]
    before = _AGE_BEFORE.search(window)
    if before is not None:
        # a later item of a list of ages, unless it counts what follows ("a boy aged 14
        # and two men": two men)
        return not before.group().lower().startswith("aged ") or len(before.group()) == 5 \
            or _COUNTED_AFTER.match(text, figure.end, limit) is None
    after_ends = _CLAUSE_END.match(text, figure.end, limit) is not None \
        or figure.end >= limit
    if not after_ends:
        return False
    if _PRONOUN_BE.search(window):
        return True
    if window.endswith("("):
        bracketed = _FULL_NAME_BRACKET.search(window)
        return bracketed is not None and looks_like_person(bracketed.group()[:-2]) \
            and _AFTER_BRACKETED_AGE.match(text, figure.end, limit) is not None
    person = _PERSON_NOUN_COMMA.search(window)
    if person is not None and person.group("noun") in AGE_PERSON_NOUNS \
            and text.startswith(",", figure.end):
        return True  # "The man, 34, was arrested"
    name = _NAME_COMMA.search(window)
    if name is None or name.group("name").lower() in _NOT_NAMES:
        return False
    # "Dorothy Pell, 71, said"; at the end of a sentence only after a full name
    # ("…, his brother-in-law, Victor Mraz, 61.")
    return text.startswith(",", figure.end) or text.startswith(
        (".", ";"), figure.end) and _FULL_NAME_COMMA.search(window) is not None


def _read_age(text: str, figure: _Figure, lower: int, limit: int) -> bool:
    """Read ``figure`` as an age (a duration in years, subject "age") if it is one.

    "aged 60 and over" and "aged 5 years and older" are ages of at least so many years.
    """
    if _read_life_decade(text, figure, lower) or read_age_range(text, figure, lower):
        return True
    years_after_aged = figure.kind == "duration" and figure.unit in AGE_UNITS \
        and figure.value_high is None and (
            _AGE_BEFORE.search(text, max(lower, figure.start - 40), figure.start) is not None
            or figure.unit == "year" and (_OF_AGE_AFTER.match(text, figure.end, limit)
                                          or _foreign_age(text, figure, lower, limit)))
    if not years_after_aged and _foreign_age_after(text, figure, limit):
        years_after_aged = True  # "Ein 34-Jähriger", "der 67-jährige Mann"
    if not years_after_aged and not _is_age(text, figure, lower, limit):
        return False
    # a bare number is an age in years; a child's keeps its months ("aged 6 months")
    figure.unit = figure.unit if figure.kind == "duration" else "year"
    figure.kind, figure.subject = "duration", AGE_SUBJECT
    if figure.qualifier is None and _AND_OVER.match(text, figure.end, limit) is not None:
        figure.qualifier = figure.qualifier_key = "at least"
    if figure.qualifier is None:
        bound = _BOUND_BEFORE_AGE_OF.search(text, max(lower, figure.start - 24), figure.start)
        if bound is not None:  # "children under the age of 12": under 12
            figure.qualifier_key = bound.group("bound").lower()
            figure.qualifier = _AGE_OF_BOUNDS[figure.qualifier_key]
    return True


# A bound before "the age of" ("under the age of 12", "over the age of 18", "above the
# age of 65"), read as "under 12" is; the bounds map to their qualifier.
_BOUND_BEFORE_AGE_OF = re.compile(r"\b(?P<bound>under|over|above|below)[ ]the[ ]age[ ]of[ ]$",
                                  re.IGNORECASE)
_AGE_OF_BOUNDS = {"under": "under", "below": "under", "over": "over", "above": "over"}


# Words before a range of ages: "aged 40 to 74", "aged between 50 and 71", "between the
# ages of 18 and 65", "ages 18-24".
_AGE_RANGE_BEFORE = re.compile(
    r"(?:\baged[ ](?:between[ ])?|\bages[ ](?:of[ ])?(?:between[ ])?"
    r"|\bbetween[ ]the[ ]ages[ ]of[ ])$", re.IGNORECASE)


def read_age_range(text: str, figure: _Figure, lower: int) -> bool:
    """Read a range of whole numbers after "aged" or "the ages of" as an age range in years.

    "adults aged 40 to 74" → 40–74, a `duration` in `year`, subject "age", as "aged 24" is
    one age; a range of other things after those words ("aged 6 months to 5 years" has
    two units) is left as it is.
    """
    low, high = figure.value, figure.value_high
    if figure.kind != "number" or figure.unit is not None or low is None or high is None \
            or not float(low).is_integer() or not float(high).is_integer() \
            or not 0 <= low < high <= MAX_AGE:
        return False
    head = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if _AGE_RANGE_BEFORE.search(text, max(lower, head - 30), head) is None:
        return False
    figure.kind, figure.unit, figure.subject = "duration", "year", AGE_SUBJECT
    return True


def _read_life_decade(text: str, figure: _Figure, lower: int) -> bool:
    """Read "her 80s", "his early 40s" as an age range in years, if ``figure`` is one."""
    value = figure.value or 0.0
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or text[figure.end - 1:figure.end] != "s" or not value.is_integer() \
            or value % 10 or not 10 <= value <= MAX_AGE:
        return False
    decade = _LIFE_DECADE_BEFORE.search(text, max(lower, figure.start - 12), figure.start)
    if decade is None:
        return False
    low, high = _DECADE_PARTS[(decade.group("part") or "").lower() or None]
    figure.value, figure.value_high = value + low, value + high
    figure.kind, figure.unit, figure.subject = "duration", "year", AGE_SUBJECT
    return True


#: Units an age is given in after "aged": years, and the months and weeks of a child's
#: ("aged 6 months and older", "babies aged 8 weeks").
AGE_UNITS = frozenset({"year", "month", "week"})
# "of age" after years: "children under five years of age", "18 years of age or older".
_OF_AGE_AFTER = re.compile(r"[ ]of[ ]age\b")
# What after an age makes it a lower bound: "aged 60 and over", "5 years and older".
_AND_OVER = re.compile(r"(?:[ ]of[ ]age)?[ ](?:and|or)[ ](?:over|older|above)\b")


def _phrases(key: str) -> list[str]:
    """Return the phrases of ``key`` in every language of data/age_words.toml, longest first."""
    table = toml_table("age_words.toml")
    return sorted({phrase for words in table.values() for phrase in words[key]},
                  key=len, reverse=True)


def _alternatives(phrases: list[str]) -> str:
    return "|".join(re.escape(phrase) for phrase in phrases)


# An age in another language's words before it (data/age_words.toml): "Un homme de 67
# ans", "un uomo di 45 anni", "âgée de 34 ans", "Jean Dupont, 67 ans,", "La mujer, de 52
# años,". A name or a person before a comma needs a comma after the age too. An elided
# article may stand right before the person ("l'attaquant de 22 ans", "l'attaccante di 24
# anni", "un'atleta di 20 anni").
_ELIDED_OR_WORD_START = r"(?:(?<![\w'’-])|(?<=[A-Za-z]['’]))"
_FOREIGN_AGE_BEFORE = re.compile(
    rf"(?:{_ELIDED_OR_WORD_START}(?:{_alternatives(_phrases('people'))})[ ]"
    rf"(?:{_alternatives(_phrases('of'))})"
    rf"|(?<![\w'’-])(?:{_alternatives(_phrases('aged'))}))[ ]$", re.IGNORECASE)
_FOREIGN_AGE_AFTER_COMMA = re.compile(
    rf"(?:(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][^\W\d_]{{1,30}}|(?<![\w'’-])(?:{_alternatives(_phrases('people'))}))"
    rf",[ ](?:(?:{_alternatives(_phrases('of'))})[ ])?$", re.IGNORECASE)
_FOREIGN_YEARS = re.compile(rf"(?:{_alternatives(_phrases('years'))})$")
# German "-jährig" after the number: the noun of a person ("Ein 34-Jähriger"), or the
# adjective before one ("der 67-jährige Mann"); before another noun it is a length of
# time ("nach 30-jähriger Haft").
_GERMAN_YEARS_AFTER = re.compile(
    r"-(?P<word>[Jj]ährig(?:e[nrms]?)?)(?![\w-])(?:[ ](?P<noun>[A-ZÄÖÜ][^\W\d_]+))?")
_GERMAN_PEOPLE = frozenset(toml_table("age_words.toml")["de"]["people"])
# "einen 27 Jahre alten Mann", "Er ist 45 Jahre alt": German's "old" after the years.
_GERMAN_OLD_AFTER = re.compile(r"[ ]alt(?:e|en|er|em|es)?(?![\w-])")


def _foreign_age(text: str, figure: _Figure, lower: int, limit: int) -> bool:
    """Whether a duration in years is a person's age in another language's words."""
    if _FOREIGN_YEARS.search(text, figure.start, figure.end) is None:
        return False
    if _GERMAN_OLD_AFTER.match(text, figure.end, limit) is not None:
        return True
    window = max(lower, figure.start - 40)
    if _FOREIGN_AGE_BEFORE.search(text, window, figure.start) is not None:
        return True
    return text.startswith(",", figure.end) \
        and _FOREIGN_AGE_AFTER_COMMA.search(text, window, figure.start) is not None


def _foreign_age_after(text: str, figure: _Figure, limit: int) -> bool:
    """Read a bare number before German "-Jährige(r)" as an age, taking the word in.

    Before a noun that names no person "-jährig" makes the number a duration in
    years, and no age: False is returned.
    """
    if figure.kind != "number" or figure.unit is not None or figure.value_high is not None \
            or not text.startswith("-", figure.end):
        return False
    after = _GERMAN_YEARS_AFTER.match(text, figure.end, limit)
    if after is None:
        return False
    figure.end = after.end("word")
    if after.group("word")[0] == "J" or after.group("noun") in _GERMAN_PEOPLE:
        return True
    figure.kind, figure.unit = "duration", "year"
    return False
