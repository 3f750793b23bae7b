"""What an amount measures in German, French, Spanish, Italian and Portuguese copy.

The subject of the verb of change or level before the amount ("Der Umsatz sank um 4,2
Prozent", "Le taux de chômage est passé à 7,4 %", "Las ventas cayeron un 4,2%", "Il
fatturato è cresciuto del 5%"), as figures/verb_subjects.py reads it in English. The
verbs and the little words around them are in data/level_verbs_foreign.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..language import function_words
from ..lexicons import toml_table
from .model import FoundFigure

#: Kinds of figure that measure what the verb's subject names; a count names what it
#: counts after it ("um 300 Stellen"), read by figures/subjects.py.
LEVEL_KINDS = frozenset({"percent", "money", "measure", "number"})
#: Most words between the verb and the amount: a time or a place ("sank im dritten
#: Quartal um", "cayeron en el tercer trimestre un") and the link.
MAX_WORDS_BETWEEN = 6
#: Most words of the subject's noun phrase, its determiner left out ("Die Zahl der
#: Arbeitslosen in Bayern", "Los precios de la vivienda en alquiler").
MAX_SUBJECT_WORDS = 6
#: Most words between an amount and the next one the same verb gives: the link of the
#: level after a change ("sank um 4,2 Prozent auf 1,3 Milliarden", "è salito dal 3% al
#: 5%", "cayeron un 4,2% en el año hasta 1.300 millones").
MAX_CHAIN_WORDS = 4
#: How far before a figure a verb is looked for by may_have_level_verb: the words
#: between (MAX_WORDS_BETWEEN) and the verb itself.
_VERB_REACH = 80
# Words, an elided article or preposition ("l'inflation", "dell'economia", "jusqu'à",
# "all'1,9%") as a word of its own.
_WORD = re.compile(r"(?:(?:[lLdDsS]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[jJ]usqu|[qQ]u)['’]"
                   r"(?=[^\W_]))|[^\W\d_][^\W_]*(?:-[^\W\d_]+)*")
# Where the clause the amount stands in starts: the end of a sentence, a colon or
# semicolon, or a new line.
_CLAUSE_BREAK = re.compile(r"[.!?;:](?=\s)|\n")


@dataclass(frozen=True, slots=True)
class _Grammar:
    """One language's verbs of change and level and the words around them."""

    verbs: frozenset[str]
    direct: frozenset[str]
    links: frozenset[str]
    determiners: frozenset[str]
    joins: frozenset[str]
    auxiliaries: frozenset[str]
    level_copulas: frozenset[str]
    #: Words that end a noun phrase read backwards: the language's function words,
    #: besides the determiners and joins the phrase is built with.
    stops: frozenset[str]
    #: Whether nouns are written with a capital (German), and a subject may follow
    #: its verb ("Im Mai sank der Umsatz um 4 Prozent").
    capitalised_nouns: bool


@cache
def _grammar(language: str) -> _Grammar | None:
    """Return ``language``'s grammar from data/level_verbs_foreign.toml, or None."""
    table = toml_table("level_verbs_foreign.toml").get(language)
    if table is None:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower().replace("’", "'") for word in table[key])

    determiners, joins = words("determiners"), words("joins")
    return _Grammar(words("verbs"), words("direct"), words("links"), determiners, joins,
                    words("auxiliaries"), words("level_copulas"),
                    function_words(language) - determiners - joins,
                    capitalised_nouns=language == "de")


@dataclass(frozen=True, slots=True)
class _Word:
    lower: str
    start: int
    end: int
    capitalised: bool


def _words(text: str, start: int, end: int) -> list[_Word]:
    # (read a character further, so an elision before the amount sees its digit: "all'1,9%")
    return [_Word(m.group().lower().replace("’", "'"), m.start(), m.end(),
                  m.group()[:1].isupper())
            for m in _WORD.finditer(text, start, min(len(text), end + 1)) if m.end() <= end]


@cache
def _verb_forms() -> frozenset[str]:
    """Return the verb forms (last words) of every language of data/level_verbs_foreign.toml."""
    return frozenset(form.split()[-1].lower()
                     for table in toml_table("level_verbs_foreign.toml").values()
                     for key in ("verbs", "level_copulas") for form in table[key])


_LETTERS = re.compile(r"[^\W\d_]+")


def may_have_level_verb(text: str, figures: list[FoundFigure], lower: int) -> bool:
    """Whether a verb of change or level of another language may stand before a figure.

    Cheap to ask before detecting the language of a text in which some figures found
    no subject: only the words just before those of LEVEL_KINDS are looked at.
    """
    forms = _verb_forms()
    for figure in figures:
        if figure.subject is None and figure.kind in LEVEL_KINDS:
            window = text[max(lower, figure.start - _VERB_REACH):figure.start].lower()
            if not forms.isdisjoint(_LETTERS.findall(window)):
                return True
    return False


def read_level_subjects(text: str, figures: list[FoundFigure], language: str | None,
                        lower: int) -> None:
    """Give each amount after a verb of change or level its subject, in place.

    Parameters
    ----------
    text : str
        The article text.
    figures : list of FoundFigure
        The figures of one block, in reading order; those of LEVEL_KINDS without a
        subject are read.
    language : str or None
        ISO 639-1 code of the article's language; nothing is read in a language
        data/level_verbs_foreign.toml has no table for.
    lower : int
        Where the block starts: no clause is read before it.

    Examples
    --------
    >>> from analystkit.figures import find_figures
    >>> text = "Im dritten Quartal sank der Umsatz um 4,2 Prozent auf 1,3 Milliarden Euro."
    >>> found = find_figures(text, language="de")
    >>> read_level_subjects(text, found, "de", 0)
    >>> [(f.text, f.subject) for f in found]
    [('4,2 Prozent', 'Umsatz'), ('1,3 Milliarden Euro', 'Umsatz')]
    """
    grammar = _grammar((language or "")[:2].lower())
    if grammar is None:
        return
    previous: FoundFigure | None = None
    for index, figure in enumerate(figures):
        if figure.subject is None and figure.kind in LEVEL_KINDS:
            chained = previous is not None and _chained(text, previous, figure, grammar)
            subject = previous.subject if chained and previous is not None \
                else _subject_of_verb_before(text, figure, grammar, lower)
            if subject is not None:
                figures[index] = figure = _without_level_bound(text, figure, grammar)
                figure.subject = subject
                previous = figure
                continue
        previous = figure if previous is not None and figure.subject == previous.subject \
            else None


def _chained(text: str, previous: FoundFigure, figure: FoundFigure, grammar: _Grammar) -> bool:
    """Whether ``figure`` is the level after the change ``previous`` gave a subject to."""
    between = _words(text, previous.end, figure.start)
    link = between[-1].lower if between else _word_opening(text, figure)
    return len(between) <= MAX_CHAIN_WORDS and link in grammar.links \
        and not re.search(r"[.!?;:,\n]", text[previous.end:figure.start])


def _word_opening(text: str, figure: FoundFigure) -> str | None:
    """Return the word a figure opens with when its qualifier holds one ("hasta 1.300")."""
    if figure.qualifier is None:
        return None
    words = _words(text, figure.start, figure.end)
    return words[0].lower if words and words[0].start == figure.start else None


def _without_level_bound(text: str, figure: FoundFigure, grammar: _Grammar) -> FoundFigure:
    """Drop an "up to" that is the link of the level a change reached ("cayeron hasta 1.300").

    After a verb of change "hasta", "jusqu'à" and "até" give the level reached, not a
    bound on the amount.
    """
    link = _word_opening(text, figure)
    if figure.qualifier != "up to" or link is None or link not in grammar.links:
        return figure
    number = re.search(r"[\d]", text[figure.start:figure.end])
    if number is None:
        return figure
    start = figure.start + number.start()
    return FoundFigure(start, figure.end, text[start:figure.end], figure.value,
                       figure.value_high, figure.kind, figure.unit, None, figure.subject)


def _subject_of_verb_before(text: str, figure: FoundFigure, grammar: _Grammar,
                            lower: int) -> str | None:
    """Return the subject of the verb of change or level before ``figure``, or None."""
    clause_start = lower
    for clause_break in _CLAUSE_BREAK.finditer(text, lower, figure.start):
        clause_start = clause_break.end()
    words = _words(text, clause_start, figure.start)
    opening = _word_opening(text, figure)
    for verb_end in range(len(words) - 1, max(-1, len(words) - MAX_WORDS_BETWEEN - 2), -1):
        verb_start = _verb_starting(words, verb_end, grammar)
        if verb_start is None:
            continue
        verb = " ".join(word.lower for word in words[verb_start:verb_end + 1])
        between = words[verb_end + 1:]
        if "," in text[words[verb_end].end:figure.start] \
                or not _linked(verb, [w.lower for w in between], opening, grammar,
                               percent=figure.kind == "percent"):
            return None
        subject = _noun_phrase_before(text, words, verb_start, grammar)
        if subject is None and grammar.capitalised_nouns and between \
                and between[0].lower in grammar.determiners:
            subject = _noun_phrase_after(text, between, grammar)
        return subject
    return None


def _verb_starting(words: list[_Word], end: int, grammar: _Grammar) -> int | None:
    """Where the verb (or copula) ending at ``words[end]`` starts, or None if it is none."""
    if end >= 1 and f"{words[end - 1].lower} {words[end].lower}" in grammar.verbs:
        return end - 1  # "se situó", "belief sich"
    if words[end].lower in grammar.verbs or words[end].lower in grammar.level_copulas:
        return end
    return None


def _linked(verb: str, between: list[str], opening: str | None, grammar: _Grammar, *,
            percent: bool = False) -> bool:
    """Whether the words between a verb and an amount join them as its change or level.

    A change in per cent may follow its verb with no link ("A gasolina subiu 1,2%", "O
    PIB cresceu 1,4%"), as in English.
    """
    if len(between) >= 2 and between[-1] in grammar.determiners and between[-2] in grammar.links:
        between = between[:-1]  # the article of a percentage: "se situó en el 11,7%"
    link = between[-1] if between else opening
    if verb in grammar.level_copulas and verb not in grammar.verbs:
        # "Le taux est de 7 %", "La tasa fue del 3%": the link right after "be"
        return len(between) == 1 and link in grammar.links
    if between and between[0] in grammar.determiners and not grammar.capitalised_nouns:
        return False  # an object after the verb: "a augmenté les impôts de 5 %"
    if link in grammar.links:
        return True
    if percent and not between and opening is None and verb in grammar.verbs:
        return True
    # a verb of reaching takes the amount as its object: "erreichte 5 Prozent", "a
    # atteint 7 %", "alcanzó el 3%"
    return verb in grammar.direct and (not between or len(between) == 1
                                       and between[0] in grammar.determiners)


def _noun_phrase_before(text: str, words: list[_Word], verb_start: int,
                        grammar: _Grammar) -> str | None:
    """Return the noun phrase ending before the verb (and its auxiliaries), or None."""
    end = verb_start - 1
    for _ in range(2):
        if end >= 1 and f"{words[end - 1].lower} {words[end].lower}" in grammar.auxiliaries:
            end -= 2
        elif end >= 0 and words[end].lower in grammar.auxiliaries:
            end -= 1
    if end >= 0 and "," in text[words[end].end:words[verb_start].start]:
        # an aside set off before the verb: "La disoccupazione giovanile, tra i 15 e i 24
        # anni, scende al 19,8%": the subject is before its opening comma
        end = next((i for i in range(end - 1, -1, -1)
                    if "," in text[words[i].end:words[i + 1].start]), -1)
    first = end
    while first >= 0 and end - first < MAX_SUBJECT_WORDS:
        word = words[first]
        if first < end and "," in text[word.end:words[first + 1].start]:
            return None
        if word.lower in grammar.determiners:
            if any(c.isdigit() for c in text[word.end:words[end].end]):
                return None  # "tra i 15 e i 24 anni": a span of ages, no subject
            if first >= 1 and words[first - 1].lower in grammar.joins:
                first -= 1  # "Los precios de la vivienda": a determiner inside the phrase
                continue
            return _phrase(text, words, first + 1, end, grammar)
        if word.lower in grammar.stops and word.lower not in grammar.joins \
                or word.lower in grammar.verbs or word.lower in grammar.auxiliaries:
            return None
        first -= 1
    if first < 0 and grammar.capitalised_nouns:
        return _phrase(text, words, 0, end, grammar)  # "Exporte stiegen um 3 Prozent"
    return None


def _noun_phrase_after(text: str, between: list[_Word], grammar: _Grammar) -> str | None:
    """Return the subject after its verb: the phrase from a determiner to the next link."""
    end = next((i for i, word in enumerate(between) if i and word.lower in grammar.links), None)
    if end is None:
        return None
    return _phrase(text, between, 1, end - 1, grammar)


def _phrase(text: str, words: list[_Word], first: int, last: int,
            grammar: _Grammar) -> str | None:
    """Return ``words[first:last + 1]`` as written if they may be a noun phrase, else None."""
    if first > last or words[first].lower in grammar.joins or words[last].lower in grammar.joins:
        return None
    if grammar.capitalised_nouns and not any(word.capitalised for word in words[first:last + 1]):
        return None
    # (a Romance phrase opens with a determiner, so a bare name is none: "Madrid subió";
    # with one a name is a body or a measure: "La Lega scende al 22,1%", "El PIB")
    return text[words[first].start:words[last].end]
