"""What a figure counts.

The noun phrase after it ("25,000 North Korean workers"), the noun before "of"
("compensation of $5,000"), and where other languages end that phrase. The
subject of a verb before a figure ("Sales rose 6%") is read by ``verb_subjects``.
"""

from __future__ import annotations

import re

from ..language import is_function_word
from ..lexicons import english_months, month_names, word_list
from .model import FoundFigure, _Figure
from .vocabulary import (
    _OF_STARTS,
    _SUBJECT_STOPS,
    CAPITAL_NAMES,
    COUNT_VERBS,
    PREPOSITIONS,
    SCALES,
    TREND_VERBS,
    stop_form,
)

#: Most words kept in a figure's subject ("North Korean drone factory workers").
MAX_SUBJECT_WORDS = 4
#: Words that end a subject: the stops, the scale words ("two million") and the
#: words that join ranges or write a sign in other languages ("entre 25 et 35").
_SUBJECT_ENDS = _SUBJECT_STOPS | frozenset(SCALES) | frozenset(
    ("et", "y", "e", "und", "en", "à", "bis", "tot", "minus", "plus"))
#: Verbs that end a subject after its first word ("people face"); see the data file.
_SUBJECT_VERBS = frozenset(word_list("subject_verbs.txt"))
#: Prepositions that are adjectives too before a noun: they end a subject only after
#: its first word ("300 homes near the river", but "12 near misses").
LATER_SUBJECT_ENDS = frozenset({"near", "past"})
#: A month ends a subject ("3 March", "5 Jan"): it dates the figure.
_MONTHS = frozenset(english_months())
# Up to five words after a number, each after one to three spaces or tabs; a
# word has no space in it, so the match splits into its words.
# A word opens with a Latin letter (accented too: "300 élèves") or a Cyrillic one ("850
# человек"); scripts without spaces between words have no such words.
_SUBJECT_WORDS = re.compile(r"(?:(?:[ \t]{1,3}|[ \t]?\n[ \t]{0,8})"
                            # (an ampersand inside a name: "S&P", "R&D", "AT&T")
                            # (a slash between words: "EU/EEA countries")
                            r"[A-Za-zÀ-ÖØ-öø-ɏА-яЁёІіЇїЄєҐґ](?:[\w'’.&-]|/(?=[A-Za-z])){0,40})"
                            r"{1,5}")
#: Initialisms written with dots ("U.S.", "U.K."): before a lower-case word the
#: last dot ends the initialism, not the sentence.
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,5}")
_OF = re.compile(r"[ \t]{1,3}of(?:[ \t]{1,3}(?:the|all|those|these|its|their))?(?=[ \t])")
# "compensation of $5,000", "a fine of 2 million euros", "a turnout of 71.8%": the
# noun before "of" names what the amount measures.
# (an acronym too: "Adjusted EBITDA of $598 million")
_NOUN_OF_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][a-z'’-]{2,30}|[A-Z]{2,8})[ \t]+"
                             r"(?:of|worth)[ \t]+$")
# "the time of" after a preposition says when, no time measured ("at the time of").
_WHEN_THE_TIME = re.compile(r"\b(?:at|by|from|since|until|around)[ \t]+the[ \t]+$",
                            re.IGNORECASE)
#: Words before "of" that are no noun the amount measures ("most of", "because of").
_NOT_MEASURED = _SUBJECT_STOPS | frozenset(
    "out because instead ahead worth kind sort lot lots number total part share portion "
    # the compound prepositions "in front of", "in spite of" ("in front of 12,337")
    "front spite "
    "range tune excess upwards average capita one high low peak record maximum minimum median "
    "mean "
    # spans of time that name no measure ("a period of three months", "a matter of hours")
    "period matter space span course".split())


def _noun_of_before(text: str, figure: _Figure, lower: int,
                    limit: int | None = None) -> str | None:
    """Return the noun phrase in "<noun> of" right before a figure, or None.

    "compensation of $5,000" → "compensation"; the words that modify that noun
    come with it (_modifiers_before: "Free cash flow of $96 million"). Before a
    noun of change (CHANGE_NOUNS but "growth", the name of a measure) what changed
    is named by "in" after the figure, read up to ``limit`` ("an increase of 12% in
    malnutrition" → "malnutrition"; not a place: "in Lilongwe"), or else by those
    words alone: "a pay cut of 5%" → "pay", "a drop of 18%" → None.
    """
    start = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if start - lower < 6 or text[start - 1] != " " or text[start - 3:start - 1] != "of" \
            and text[start - 6:start - 1] != "worth":
        return None  # "compensation of $5,000"; "dredging contracts worth $31 million"
    match = _NOUN_OF_BEFORE.search(text, max(lower, start - 36), start)
    if match is None or match.group("noun").lower() in _NOT_MEASURED \
            and not (figure.kind == "duration" and match.group("noun").lower() == "time"
                     and _WHEN_THE_TIME.search(text, max(lower, match.start() - 10),
                                               match.start()) is None):
        return None  # (a duration measures a time: "a winning time of 2:01:09")
    modifiers, phrase_start = _modifiers_before(text, match.start(), lower)
    if match.group("noun").lower() in CHANGE_NOUNS and match.group("noun").lower() != "growth":
        # "a drop of 18%" measures a change, no thing; "a pay cut of 5%" a change in pay;
        # "a rise of 30% in cholera cases" one in cholera cases
        preposition = _IN_PHRASE.match(text, figure.end, limit) if limit is not None else None
        if preposition is not None and _TITLE_WORD.match(text, preposition.end()) is None:
            changed = _changed_phrase(text, preposition.end(), limit or len(text))
            if changed is not None:
                return changed
        return " ".join(modifiers) or None
    words = modifiers + [match.group("noun")]
    joined = _joined_noun_before(text, phrase_start, lower)
    return " ".join(([joined, "and"] if joined and len(words) < MAX_SUBJECT_WORDS else [])
                    + words)


#: Verbs of a race run, swum or ridden, before the race and "in" its time.
RACE_VERBS = frozenset("won wins win ran runs run swam swims swim rode rides completed "
                       "completes finished finishes clocked covered".split())
# A race named after its verb and a determiner, right before "in" and its time: "won the
# Berlin Marathon in 2:03:45", "swam the 200m freestyle in 1:42.3" (up to four words).
_RACE_BEFORE_TIME = re.compile(
    r"(?<![\w'’-])(?P<verb>[a-z]+)[ \t]+(?:the|her|his|their|its|a)[ \t]+"
    r"(?P<race>[\w'’.-]+(?:[ \t][\w'’.-]+){0,3}?)[ \t]+in[ \t]+$")


def _race_before_time(text: str, figure: _Figure, lower: int) -> str | None:
    """Return the race a duration after "in" is the time of, or None.

    "Kiprotich won the Berlin Marathon in 2:03:45" → "Berlin Marathon", "Lyles won the
    100m final in 9.79 seconds" → "100m final": the object of a verb of racing
    (RACE_VERBS); "crossed the line in 2:13:44" names no race.
    """
    start = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    if start - lower < 8 or not text.endswith("in ", lower, start):
        return None
    match = _RACE_BEFORE_TIME.search(text, max(lower, start - 60), start)
    if match is None or match.group("verb") not in RACE_VERBS:
        return None
    return match.group("race")


#: Qualifiers of a bound that are prepositions too: after a noun they bound it ("a
#: guaranteed fee below €90m", "take their summer spending past £160m").
BOUND_PREPOSITIONS = frozenset({"below", "above", "under", "over", "past", "beyond"})
#: Determiners that open the noun phrase before a bound ("a fee below", "their spending past").
BOUND_DETERMINERS = frozenset("a an the their its his her our this that".split())
_NOUN_BEFORE_BOUND = re.compile(r"(?<![\w'’-])(?P<noun>[a-z][a-z'’-]{2,30})[ \t]+$")
# The word before a phrase, one letter too ("a").
_OPENER_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Za-z][a-z-]{0,30})[ \t]$")


def _noun_before_bound(text: str, figure: _Figure, lower: int) -> str | None:
    """Return the noun phrase a bound before a sum or a share is set on, or None.

    "a guaranteed fee below €90m" → "guaranteed fee", "take their summer spending past
    £160m" → "summer spending": the phrase right before the bound's preposition
    (BOUND_PREPOSITIONS), opened by a determiner (BOUND_DETERMINERS), so that a verb
    before the bound ("Inflation holds above 2%", "stayed below 5%") is never read as
    its noun; a participle right after the determiner modifies the noun.
    """
    start = figure.qualifier_start
    if start is None or start - lower < 8 or text[start - 1] not in " \t":
        return None
    bound = text[start:figure.bare_start].split()
    if len(bound) != 1 or bound[0].lower() not in BOUND_PREPOSITIONS:
        return None
    match = _NOUN_BEFORE_BOUND.search(text, max(lower, start - 36), start)
    if match is None or _ends_modifiers(match.group("noun")) \
            and not _looks_plural(match.group("noun")) \
            or match.group("noun") in _NOT_MEASURED or match.group("noun") in CHANGE_NOUNS \
            or match.group("noun") in _TIME_NOUNS:
        return None  # (not a time: "a day above 30C")
    modifiers, phrase_start = _modifiers_before(text, match.start(), lower)
    opener = _OPENER_BEFORE.search(text, max(lower, phrase_start - 33), phrase_start)
    if opener is not None and opener.group("word").endswith("ed") and not modifiers:
        participle = opener
        opener = _OPENER_BEFORE.search(text, max(lower, opener.start() - 33), opener.start())
        if opener is not None and opener.group("word").lower() in BOUND_DETERMINERS:
            modifiers = [participle.group("word")]  # "a guaranteed fee below €90m"
    if opener is None or opener.group("word").lower() not in BOUND_DETERMINERS:
        return None
    return " ".join(modifiers + [match.group("noun")])


#: A noun joined by "and" to the noun phrase before "of" ("Cash and equivalents of
#: $212 million", "Research and development expenses of $12 million"): the amount is
#: of both together, so both are its subject.
_JOINED_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][a-z-]{1,30})[ \t]+and[ \t]+$")


def _joined_noun_before(text: str, position: int, lower: int) -> str | None:
    """Return the noun joined by "and" to the phrase at ``position``, or None.

    It must open its clause or follow a stop word or a preposition ("with cash and
    equivalents of"; not a verb: "raised prices and profits of"), and be no verb or
    stop word itself ("rose and").
    """
    match = _JOINED_NOUN_BEFORE.search(text, max(lower, position - 36), position)
    if match is None or _ends_modifiers(match.group("noun").lower()) \
            and not _looks_plural(match.group("noun").lower()):
        return None
    before = text[max(lower, match.start() - 40):match.start()].rstrip()
    word_before = _last_word(before).lower()
    if before and before[-1] not in _CLAUSE_BREAKS \
            and word_before not in _SUBJECT_ENDS and word_before not in PREPOSITIONS:
        return None  # "raised prices and profits of $3 million": the verb's object
    return match.group("noun")


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Za-z][a-z-]{1,30})[ \t]$")
#: Where a sentence or clause starts: a word after one of these, or at the start of
#: the text, may be capitalised and still modify the noun ("Operating income of").
_CLAUSE_BREAKS = ".!?:;"


#: Modals, after which a word is a verb in its plain form, no modifier of the noun after
#: it ("would cause delays of …", "could require injections of …"); not "to", as often a
#: preposition ("leveling out to pre-pandemic levels of 2.4 percent").
VERB_OPENERS = frozenset("will would could can may might must shall should".split())


def _modifiers_before(text: str, position: int, lower: int) -> tuple[list[str], int]:
    """Return the words before a noun at ``position`` that modify it, and where they start.

    The words come in order; where they start is ``position`` when there are none.

    Up to MAX_SUBJECT_WORDS - 1 words: lower-case nouns and adjectives ("net
    income", "free cash flow"), or the capitalised first word of a sentence
    ("Operating income", "Adjusted profit"). A stop word, a preposition, a verb
    (one in -ed or -s, the subject and trend verbs) after a clause's start, an
    adverb in -ly or punctuation ends them; a word in -ing modifies only after
    a stop word, a verb or at a clause's start ("its operating income", "posted
    operating losses", but "the unit generating revenue of").
    """
    words: list[str] = []
    while len(words) < MAX_SUBJECT_WORDS - 1:
        match = _WORD_BEFORE.search(text, max(lower, position - 33), position)
        if match is None:
            break
        word, lower_word = match.group("word"), match.group("word").lower()
        # the few characters before the word: its clause's start or the word before it
        # (a line break alone is where hard-wrapped text wraps, no clause's start)
        before = text[max(lower, match.start() - 40):match.start()].rstrip()
        at_start = not before or before[-1] in _CLAUSE_BREAKS
        if not at_start and (word[0].isupper() or _ends_modifiers(lower_word)) \
                or lower_word in _SUBJECT_ENDS or lower_word in PREPOSITIONS:
            break
        if lower_word.endswith("ing") and (lower_word in PARTICIPLE_PREPOSITIONS or not at_start
                                           and not _ends_modifiers(_last_word(before).lower())):
            break
        if _last_word(before).lower() in VERB_OPENERS:
            break  # "would cause delays of 45 minutes": the plain verb after a modal
        words.insert(0, word)
        position = match.start()
        if at_start:
            break
    return words, position


#: Words in -ing that work as prepositions and take the noun as their object
#: ("Using buckets of 5%", "Excluding fees of $20"): they never modify it.
PARTICIPLE_PREPOSITIONS = frozenset("using including excluding following regarding concerning "
                                    "considering given assuming counting during".split())


def _ends_modifiers(word: str) -> bool:
    """Whether lower-case ``word`` is no modifier of a noun after it (a verb, a stop)."""
    return word in _SUBJECT_ENDS or word in PREPOSITIONS or word in _SUBJECT_VERBS \
        or word in TREND_VERBS or word in COUNT_VERBS \
        or word.endswith(("ed", "ly")) and word not in NOT_ADVERBS_IN_LY \
        or _looks_plural(word) and word not in PLURAL_MODIFIERS


def _last_word(text: str) -> str:
    """Return the last run of letters in ``text``."""
    match = re.search(r"[A-Za-z'’]+$", text)
    return match.group() if match else ""


#: Adjectives of distance after a count and before "of": "32 short of a majority", "two
#: clear of the rest", "three shy of the record" measure a gap, they count nothing.
GAP_WORDS = frozenset({"short", "shy", "clear"})


# A results line as round-ups print a match, each side's name then its goals: "Arsenal 3
# Chelsea 1", "Real Sociedad 2 Athletic Club 2 (Oyarzabal 12, …)". The number after the
# first side counts no name: the second side's name, then its score, follow it.
_SIDE_BEFORE_SCORE = re.compile(r"(?:^|(?<=[\s(]))[A-Z][\w'’.-]*[ \t]$")
_SIDE_AND_SCORE_AFTER = re.compile(
    r"[ \t](?:[A-Z][\w'’.-]*[ \t]){1,3}[0-9]{1,2}(?=[ \t]*(?:$|[.,;:()\n]|[ \t][A-Z(]))")


def _score_in_results_line(text: str, end: int, limit: int) -> bool:
    """Whether the number ending at ``end`` is a side's score in a results line.

    A capitalised name stands right before it, and another name and a number of at
    most two digits after it, with no lower-case word after that ("Arsenal 3 Chelsea
    1", "Leeds 2 Burnley 0 (Bamford 34)"; not "sold 500 Model 3 cars").
    """
    digits = end
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    if end - digits not in (1, 2):
        return False
    return _SIDE_BEFORE_SCORE.search(text, max(0, digits - 30), digits) is not None \
        and _SIDE_AND_SCORE_AFTER.match(text, end, limit) is not None


def _subject_after(text: str, end: int, limit: int, *, after_of_only: bool = False) -> str | None:
    """Return the noun phrase after a count ("162 people", "25,000 North Korean workers").

    Up to MAX_SUBJECT_WORDS words, stopping at function words, verbs, months,
    scale words and punctuation; money and percentages take a subject only
    after "of" ("40% of voters").
    """
    position = end
    after_of = False
    while text[position:position + 1] in ("*", "_") and position < limit:
        position += 1  # "**30.4M** people in need": the emphasis closes before the noun
    if text.startswith(". ", position) and text[position + 2:position + 3].islower() \
            and text[position - 1:position].isalpha():
        position += 1  # "3 тис. людей", "15 тыс. предприятий": the dot of an abbreviation
    if text.startswith(" worth of ", position):
        position += len(" worth")  # "$38 million worth of integrated circuits"
    if text.startswith(_OF_STARTS, position):
        of = _OF.match(text, position, limit)
        if of:
            position, after_of = of.end(), True
        elif after_of_only:
            return None
    elif after_of_only:
        return None
    if position == end and text[end:end + 1] == " " and text[end + 1:end + 2].isupper() \
            and _score_in_results_line(text, end, limit):
        return None
    match = _SUBJECT_WORDS.match(text, position, limit)
    if match is None:
        return None
    found = match.group().split()
    words: list[str] = []
    for i, raw in enumerate(found[:MAX_SUBJECT_WORDS]):
        word = raw.rstrip(".") if raw[-1] == "." else raw
        if raw != word and _INITIALISM.fullmatch(raw) and i + 1 < len(found) \
                and found[i + 1][:1].islower():
            word = raw  # "60% of the U.S. population": the dot ends an initialism
        lower = stop_form(word)
        singular = lower.rstrip("s") if lower[-1:] == "s" else lower
        if not words and lower in MODIFYING_ADVERBS and i + 1 < len(found) \
                and _looks_plural(found[i + 1].rstrip(".,;:")) \
                and found[i + 1].lower() not in _SUBJECT_STOPS:
            words.append(word)  # "their last five away games": a modifier
            continue
        if lower in _SUBJECT_ENDS or singular in _MONTHS or not word \
                or "/" in lower and lower.split("/", 1)[0] in _SUBJECT_ENDS \
                or not words and lower not in CAPITAL_NAMES and is_function_word(lower) \
                and lower not in PARTITIVE_WORDS:
            break  # "von 38 auf 35 Stunden": another language's function word names nothing
        if words and lower.endswith("ly") and len(lower) > 4 and lower not in NOT_ADVERBS_IN_LY:
            break  # "5,000 people annually visit": an adverb ends the noun phrase
        if words and lower in IRREGULAR_PARTICIPLES and i + 1 < len(found) and raw == word \
                and found[i + 1].lower() == "by":
            break  # "the 95% target set by the WHO": a participle and its agent
        if words and (lower in FREQUENCY_WORDS or lower in FREQUENCY_ADVERBS
                      and (i + 1 == len(found) or raw != word
                           or found[i + 1].lower().rstrip(".,;:") in _SUBJECT_ENDS)):
            break  # "10 mg of apixaban twice daily", "2,000 IU of vitamin D daily": how often
        if words and lower.endswith(PLACE_ADVERB_ENDINGS):
            break  # "150,000 people worldwide", "40 offices nationwide": where, not what
        if lower in TIME_DEICTICS and i + 1 < len(found) \
                and found[i + 1].lower().rstrip(".,") in _TIME_NOUNS:
            break  # "3,000 next year", "KSh 155 million last year": when, not what
        if not words and lower in GAP_WORDS and i + 1 < len(found) \
                and found[i + 1].lower() == "of":
            break  # "32 short of a majority": how far from it, no noun
        if not words and lower in _SUBJECT_VERBS and i + 1 < len(found) \
                and found[i + 1].lower() in ("to", "that"):
            break  # "four appear to be destroyed": a verb with no noun before it
        if not words and raw == word and _singular_verb(lower, "") and i + 1 < len(found) \
                and (found[i + 1][:1].isupper() or found[i + 1].lower() in OBJECT_OPENERS):
            break  # "Hale's unbeaten 148 puts England in command": a verb and its object
        if lower.endswith(("ed", "ing")) and not word[0].isupper() \
                and not (lower in NOUNS_IN_ING and not any(_looks_plural(kept) for kept in words)):
            # (a noun in -ing before any plural is the head: "a 14-hour budget meeting")
            following = found[i + 1].lower().rstrip(".") \
                if i + 1 < len(found) and raw == word else ""
            if following and raw == word and _looks_plural(following) \
                    and following not in _SUBJECT_STOPS and following not in VAGUE_PLURALS \
                    and not any(_looks_plural(kept) for kept in words):
                # a participle before the plural noun it describes, no plural yet: "60
                # Russian armoured vehicles", "seven BMP-2 infantry fighting vehicles"
                words.append(word)
                continue
            if after_of and lower.endswith("ing") and lower not in PARTICIPLE_PREPOSITIONS \
                    and (not following or following in _SUBJECT_STOPS
                         and following not in PREPOSITIONS):
                # "13 percent of government spending", "of total lending went": a gerund,
                # the noun; not "of the population living in cities", a participle
                words.append(word)
                break
            if not following or following in _SUBJECT_STOPS \
                    or words and not all(_looks_adjective(kept) or kept[:1].isupper()
                                         for kept in words):
                break  # a verb ("30 stayed", "5 cases confirmed"), not a modifier
                # ("5 armed men", "37 serious bleeding events")
        elif words and (lower in _SUBJECT_VERBS or lower in LATER_SUBJECT_ENDS
                        or lower in AGREEING_VERBS and _looks_plural(words[-1])
                        or after_of and _singular_verb(lower, words[-1])) \
                and not ("-" in words[-1] and words[-1].islower()):
            # (after a hyphenated modifier comes its noun: "36 per cent of take-home pay")
            break  # "1.5 million people face …": the verb, not more of the subject
        elif words and _bare_verb_after_plural(words[-1], word, found[i + 1:], raw != word):
            break  # "92,000 vehicles cross the bridge", "3,000 workers walk to …"
        words.append(word)
        if raw != word:
            break  # the sentence ends
    if len(words) > 1 and len(words) == len(found) and words[-1] == found[-1] \
            and _AMOUNT_NEXT.match(text, match.end(), limit):
        words.pop()  # "a 6-megawatt turbine cost $9": a verb before its amount
    if words and words[-1].lower().endswith("ly") and words[-1].lower() not in NOT_ADVERBS_IN_LY:
        words.pop()  # "5,000 people annually": how often, not what
    if words and words[-1].endswith(("'s", "’s")):
        words.pop()  # "4.2 million of the country's 5.8 million voters": a possessive
    if len(words) == 1 and len(found) > 1 and found[1].lower() == "than" \
            and words[0].lower().endswith(("er", "more", "less")):
        return None  # "3x faster than the M1": a comparison, no thing counted
    return " ".join(words) or None


#: Participles not in -ed that describe the noun before them with their agent after "by"
#: ("the 95% target set by the WHO", "a $5m grant made by the trust").
IRREGULAR_PARTICIPLES = frozenset("set put cut led held made paid sold kept built run won shown "
                                  "seen given taken known drawn written brought bought sent "
                                  "spent lent told".split())
#: Words of how often that end a subject after its noun: a dose's schedule ("10 mg of
#: apixaban twice daily", "5 mg of the drug once a day"), not what is measured.
FREQUENCY_WORDS = frozenset({"once", "twice", "thrice"})
#: Adjectives of how often that are adverbs when no noun follows them in the subject
#: ("2,000 IU of vitamin D daily"; but "10% of daily trading volume" keeps its noun).
FREQUENCY_ADVERBS = frozenset("daily nightly weekly fortnightly monthly yearly hourly".split())
#: Words in -ly that are nouns or adjectives, not adverbs (``data/nouns_in_ly.txt``):
#: they end a subject as its noun ("2% of global supply", "30% of the elderly").
NOT_ADVERBS_IN_LY = frozenset(word_list("nouns_in_ly.txt"))
#: Words in -ing that are nouns (``data/nouns_in_ing.txt``): before any plural they are
#: a subject's head ("a 14-hour meeting", "a three-day hearing"), not its verb.
NOUNS_IN_ING = frozenset(word_list("nouns_in_ing.txt"))
#: Plurals that count rather than name ("marched hundreds of miles"): no noun a
#: participle before them describes.
VAGUE_PLURALS = frozenset("hundreds thousands millions billions dozens scores tens".split())
#: Verbs in -s that agree with a singular head before the count, so follow its plural
#: noun: "A target of 200,000 homes means little", "a fleet of 40 ships remains".
AGREEING_VERBS = frozenset("means remains seems looks shows makes matters needs stands "
                           "represents requires suggests includes".split())
#: Function words that say what an amount is of ("1,5 millones de personas", "80 Prozent
#: der Fernzüge", "12 milioni di euro"): the subject follows them.
PARTITIVE_WORDS = frozenset({"of", "de", "di", "del", "della", "des", "du", "da", "do", "dos",
                             "das", "der", "van", "von", "het"})


#: Words that open a verb's object after it ("148 puts the side ahead").
OBJECT_OPENERS = frozenset("the a an his her their its them him us".split())
#: Stop words that modify a plural noun right after a number ("five away games",
#: "2,000 away fans"); after a noun they say where ("10 miles away").
MODIFYING_ADVERBS = frozenset({"away"})


def _singular_verb(word: str, before: str) -> bool:
    """Whether ``word`` is a subject verb in its -s form after a singular noun.

    After "of" the whole may be one thing ("60% of the population agrees"), so
    its verb takes an -s: "agrees", "backs" after a noun that is no plural.
    """
    if _looks_plural(before) or not word.endswith("s"):
        return False
    return word[:-1] in _SUBJECT_VERBS or word.endswith("es") and word[:-2] in _SUBJECT_VERBS


# A number or a currency sign next: the word before it is a verb taking an amount.
_AMOUNT_NEXT = re.compile(r"[ \t]{1,3}[0-9$€£¥₹]")


#: Plurals without an -s that a count names ("1,200 people walk to work").
IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "police", "staff"})
#: Endings of words in -s that are no plural ("a bus", "its status", "the analysis",
#: a possessive "the country's").
NON_PLURAL_S_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def _looks_plural(word: str) -> bool:
    """Whether ``word`` reads as a plural noun ("vehicles", "people"), in lower case."""
    lower = word.lower()
    return lower in IRREGULAR_PLURALS or (
        lower.endswith("s") and len(lower) > 3 and not lower.endswith(NON_PLURAL_S_ENDINGS))


def _bare_verb_after_plural(before: str, word: str, rest: list[str], ends: bool) -> bool:
    """Whether ``word`` is the plain form of a verb after a counted plural noun.

    After a count the subject ends in a plural noun ("vehicles", "workers"); a
    lower-case word after it that is no plural (_looks_plural) and is followed by a
    function word or ends the sentence is that subject's verb in its plain present
    form ("92,000 vehicles cross the bridge", "the two regions amount to", "3,000
    workers walk to work"), as a noun modifier before a plural head is not ("200
    sports cars", "12 arms dealers in"): the head there takes the -s.
    """
    if not word[:1].islower() or _looks_plural(word) or not _looks_plural(before):
        return False
    if ends:
        return True
    following = rest[0].lower().rstrip(".,;:") if rest else ""
    return following in _SUBJECT_STOPS or following in LATER_SUBJECT_ENDS


#: Nouns written in the plural before the noun they modify ("sports fans", "arms
#: dealers", "savings accounts"): after one a word in -s is the head, not a verb.
PLURAL_MODIFIERS = frozenset("sports arms goods savings news sales customs earnings arts "
                             "clothes communications jobs odds".split())


def _without_singular_verb(subject: str | None) -> str | None:
    """Drop the verb that ends a share's subject ("one in four shoppers arrives by car").

    The verb after "one in four …" agrees with its "one", so it takes an -s and
    reads like a plural noun: a word in -s after a plural is that verb, as the
    head of the counted phrase is the only plural in it, but after a noun written
    in the plural as a modifier (PLURAL_MODIFIERS: "one in five sports fans").
    """
    words = (subject or "").split()
    for i in range(1, len(words)):
        verb, noun = words[i], words[i - 1]
        if verb[:1].islower() and _looks_plural(verb) and _looks_plural(noun) \
                and noun.lower() not in PLURAL_MODIFIERS:
            return " ".join(words[:i])
    return subject


#: Endings of adverbs of place after a counted noun ("people worldwide", "stores
#: nationwide", "schools statewide"): they end its subject.
PLACE_ADVERB_ENDINGS = ("wide",)
#: Words that with a time noun after them date a figure ("3,000 next year", "40 last
#: week"), so they end its subject; a time noun is a unit of time, a weekday or a month.
TIME_DEICTICS = frozenset({"last", "next"})
_TIME_NOUNS = frozenset(
    "year years month months week weeks day days night nights weekend weekends season "
    "seasons quarter quarters decade century time monday tuesday wednesday thursday friday "
    "saturday sunday".split()) | _MONTHS

#: Nouns of a change an amount before them sizes ("a 5% increase in sales"); see the
#: data file.
CHANGE_NOUNS = frozenset(word_list("change_nouns.txt"))
#: Comparatives that, with a noun after them, name what an amount before them
#: compares ("a 19% higher risk of stroke", "a 30% lower price").
COMPARATIVES = frozenset("higher lower greater smaller larger bigger".split())
#: Comparatives of a count, and "other": only a plural noun after them names what it
#: counts ("20% more people", "3,000 more people", "30% fewer deaths", "three other men"
#: → men, "two other victims" → victims), as "20% more expensive" and "5 more than" have
#: none.
COUNTED_COMPARATIVES = frozenset({"more", "fewer", "other"})
#: Heads of a phrase after "in" that say when, where or how, not what changed ("a
#: 5% increase in the second quarter", "in real terms", "in line with forecasts").
NOT_CHANGED = _TIME_NOUNS | frozenset("half period term terms line total response part "
                                      "place advance addition exchange return kind full "
                                      "person public private principle effect order "
                                      "particular general cents connection relation respect "
                                      "lieu case light spite charge favour favor "
                                      # a market's session: "$412.50 in premarket trading"
                                      "trading trade premarket session dealings".split())
#: How a price is paid, after "for": "buy Veltrane for $12.5bn in cash and stock" names
#: nothing bought ("seized $3 million in cash" does name what was seized).
PAYMENT_WORDS = frozenset({"cash", "stock", "shares", "and", "or"})
_CHANGE_WORD_AFTER = re.compile(r"[ \t]{1,3}(?P<word>[a-z]+)(?=[ \t.,;:!?])")
_IN_PHRASE = re.compile(r"[ \t]{1,3}in(?:[ \t]{1,3}(?:the|its|their|our|his|her))?(?=[ \t])")


def _changed_after(text: str, end: int, limit: int, *, amount: bool = True) -> str | None:
    """Return what an amount changes or compares, named after it, or None.

    "a 5% increase in sales" → "sales" (CHANGE_NOUNS), "a 19% higher risk of
    stroke" → "risk of stroke" (COMPARATIVES, for an ``amount`` only: a bare
    number's comparative describes what it counts, "600 smaller islands"), "20%
    more people" → "people" (COUNTED_COMPARATIVES). An "of" phrase after the noun
    comes with it, or stands for it after a noun of a count ("a 3% rise in the
    number of tourists" → "tourists"); none for a time or a manner after "in"
    (NOT_CHANGED).
    """
    match = _CHANGE_WORD_AFTER.match(text, end, limit)
    if match is None:
        return None
    word, position = match.group("word"), match.end()
    if word in CHANGE_NOUNS:
        preposition = _IN_PHRASE.match(text, position, limit)
        if preposition is None:
            return None
        position = preposition.end()
    elif word not in COUNTED_COMPARATIVES and (not amount or word not in COMPARATIVES):
        return _noun_before_change(text, end, limit) if amount else None
    return _changed_phrase(text, position, limit, counted=word in COUNTED_COMPARATIVES)


#: A word in title case: after "in" a place, no measure that changed ("in Lilongwe").
_TITLE_WORD = re.compile(r"[ \t]{1,3}[A-Z][a-z]")


def _changed_phrase(text: str, position: int, limit: int, *, counted: bool = False
                    ) -> str | None:
    """Return what changed, named at ``position`` after a change's "in" or a comparative.

    "sales", "funding" ("a 10% cut in funding for schools": a gerund alone), "tourists"
    ("the number of tourists"), "risk of stroke"; None for a time or a manner
    (NOT_CHANGED), and after a ``counted`` comparative ("more", "fewer") for no plural.
    """
    gerund = _CHANGE_WORD_AFTER.match(text, position, limit)
    if gerund and gerund.group("word").endswith("ing") \
            and gerund.group("word") not in PARTICIPLE_PREPOSITIONS:
        subject = gerund.group("word")  # "a 10% cut in funding for schools": the noun
    else:
        subject = _subject_after(text, position, limit)
    if subject is None:
        return None
    head = subject.split()[-1]
    if head.lower() in NOT_CHANGED or counted and not _looks_plural(head):
        return None
    head_end = text.find(head, position, limit) + len(head)
    if text.startswith(_OF_STARTS, head_end):
        whole = _subject_after(text, head_end, limit)
        if whole:
            if len(subject.split()) == 1 and head.lower() in _NOT_MEASURED:
                return whole  # "the number of tourists"
            return f"{subject} of {whole}"
    return subject


#: Lower-case words after a sum and "in" with no determiner: what the sum is of ("$210
#: million in damage", "$2 billion in federal aid", "$3 million in cash and jewels").
_IN_WHAT = re.compile(r"[ \t]{1,3}(?:(?P<payable>payable|paid|due|owed)[ \t]{1,3}(?=in[ \t]))?"
                      # (a word of payment before "in": "a further €15m payable in add-ons")
                      r"(?P<preposition>in|on|for|towards|toward)"
                      r"(?P<words>(?:[ \t]{1,3}[a-z][a-z'’-]{1,30}){1,3})")


#: Words that open a time after what a sum is of ("last year", "this month", "each week").
TIME_OPENERS = frozenset({"last", "next", "this", "every", "each"})
#: Verbs of spending right before a sum, after which "on" names what it is spent on
#: ("will spend £2.5bn on new prisons", "invested $40m on research").
_SPENDING_BEFORE = re.compile(r"(?<![\w'’-])(?:spend|spends|spent|spending|invest|invests"
                              r"|invested|investing"
                              # and of setting money aside, after which "for" or "towards"
                              # names its use ("set aside $18.5 million for road
                              # resurfacing", "allocated £1.1m towards school places")
                              r"|allocate|allocates|allocated|earmark|earmarks|earmarked"
                              r"|set[ \t]+aside|sets[ \t]+aside|budgeted|committed|pledged"
                              r"|provide|provides|provided|award|awards|awarded)[ \t]+"
                              r"(?:an?[ \t]+(?:new[ \t]+)?(?:record|further|extra|additional)"
                              r"[ \t]+)?$")  # "spent a record", "pledged a further"


def _money_in_after(text: str, figure: _Figure, lower: int, limit: int) -> str | None:
    """Return what a sum is of, after "in": "$210 million in damage" → "damage", or None.

    After a verb of spending or of setting money aside right before the sum
    (_SPENDING_BEFORE) "on", "for" or "towards" names it too: "spend £2.5bn on new
    prisons" → "new prisons", "set aside $18.5 million for road resurfacing". A word of
    payment may stand before "in": "a further €15m payable in add-ons" → "add-ons".

    Up to three lower-case words, ending at a function word or a preposition ("in
    fines over two years" → "fines"); none for a place or a time, which a capital, a
    determiner or a number opens ("in Texas", "in the first quarter", "in 2023"), nor
    for a time or a manner in lower case ("in recent years", "in advance"; NOT_CHANGED).
    """
    match = _IN_WHAT.match(text, figure.end, limit)
    if match is None or match.group("preposition") != "in" and _SPENDING_BEFORE.search(
            text, max(lower, figure.start - 30), figure.start) is None:
        return None
    words: list[str] = []
    for word in match.group("words").split():
        if word in _SUBJECT_ENDS or word in PREPOSITIONS or word in TIME_OPENERS:
            break  # (a time ends it: "£23.4m on temporary accommodation last year")
        words.append(word)
    if not words or any(word in NOT_CHANGED or word in _MONTHS for word in words):
        return None
    if set(words) <= PAYMENT_WORDS and (text.endswith("for ", lower, figure.start)
                                        or match.group("payable")):
        return None  # "for $12.5 billion in cash and stock", "payable in cash": how it is paid
    return " ".join(words)


#: Adjectives of size, manner and time before a noun of change, which say how it
#: changed, not what ("a 5% annual increase", "a 2% sharp drop").
DEGREE_ADJECTIVES = frozenset("sharp steep modest slight small big large huge massive sudden "
                              "further overall average real nominal net gross expected planned "
                              "proposed first second third last latest recent previous initial "
                              "total year month week day one two three".split())
_NOUN_BEFORE_CHANGE = re.compile(
    r"(?P<words>(?:[ \t]{1,3}[a-z]{2,20}){1,2})[ \t]{1,3}(?:"
    + "|".join(sorted(CHANGE_NOUNS, key=len, reverse=True)) + r")(?![\w-])")


def _noun_before_change(text: str, end: int, limit: int) -> str | None:
    """Return the nouns between an amount and a noun of change, what changed, or None.

    "a 0.25% sales tax increase" → "sales tax", "a 5% pay rise" → "pay"; not an
    adjective or an adverb ("a 5% annual increase", "a 2% sharp drop"; ADJECTIVE_ENDINGS,
    DEGREE_ADJECTIVES), a function word or a verb.
    """
    match = _NOUN_BEFORE_CHANGE.match(text, end, limit)
    if match is None:
        return None
    words = match.group("words").split()
    if any(word in DEGREE_ADJECTIVES or word in _SUBJECT_ENDS or word in PREPOSITIONS
           or _looks_adjective(word) or word.endswith(("ly", "ed", "ing"))
           or word in TREND_VERBS for word in words):
        return None
    return " ".join(words)


#: Endings and words of adjectives that may stand before a modifier in -ing or
#: -ed ("37 serious bleeding events", "4 new armed groups", "12 regional building
#: societies", "3 public housing estates"); a noun there ends the subject ("5 cases
#: confirmed"). Nouns in -al or -ic ("rival", "clinic") are rarely counted in the
#: singular before an -ing word.
ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "ical", "able", "ible", "less", "al", "ic")
COMMON_ADJECTIVES = frozenset({"new", "old", "major", "minor", "severe", "further",
                               "additional", "small", "large", "big", "other", "more"})


def _looks_adjective(word: str) -> bool:
    """Whether ``word`` reads as an adjective (ADJECTIVE_ENDINGS, COMMON_ADJECTIVES)."""
    lower = word.lower()
    return lower in COMMON_ADJECTIVES or lower.endswith(ADJECTIVE_ENDINGS)


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
#: Relative pronouns of NOUN_FIRST_LANGUAGES: after a number they open a clause
#: about an elided noun ("frente a los 612 que pueden almacenar", "les 40 qui
#: restent", "i 12 che mancano"), never name what is counted.
ROMANCE_RELATIVE_WORDS = frozenset({"que", "qui", "quoi", "dont", "où", "che", "cui",
                                    "quale", "quali", "cuyo", "cuya", "cuyos", "cuyas",
                                    "donde", "cujo", "cuja", "onde"})
#: Languages that capitalise every noun: the counted phrase ends at its first
#: capitalised word ("84 Millionen Menschen im Land" → "Menschen", "25.000
#: nordkoreanische Arbeiter" → "nordkoreanische Arbeiter").
CAPITALISED_NOUN_LANGUAGES = frozenset({"de"})
#: Languages whose attributive adjectives end in -e before the noun ("12 nieuwe
#: gevallen", "25.000 mensen gevlucht"): the phrase ends at its first word
#: without that ending.
INFLECTED_ADJECTIVE_LANGUAGES = frozenset({"nl"})
#: Languages whose subjects are read no further than the word after the number
#: ("1.250 osób", "ponad 300 osób", "45.000 kişi işini kaybetti" → "kişi"): Polish
#: and Turkish put the counted noun first and a verb or its object soon after, whose
#: words the English reading would take in.
ONE_WORD_SUBJECT_LANGUAGES = frozenset({"pl", "tr"})
#: Languages that put agreeing adjectives before the counted noun in its case ("1 250
#: жилых домов", "250 тисяч споживачів"): the phrase is the noun, or an adjective
#: (SLAVIC_ADJECTIVE_ENDINGS: the plural and oblique endings a count takes, not the
#: nominative singular's -ий, which genitive plural nouns share: "предприятий") and its
#: noun; Russian and Ukrainian.
ADJECTIVE_FIRST_LANGUAGES = frozenset({"ru", "uk"})
_CYRILLIC = re.compile(r"[А-яЁёІіЇїЄєҐґ]")
SLAVIC_ADJECTIVE_ENDINGS = ("ых", "их", "ые", "ие", "ого", "его", "ому", "ему")
#: Partitives between a count and its noun in NOUN_FIRST_LANGUAGES; the elided
#: forms ("d'habitants", "dell'anno") are read by _ELIDED_PARTITIVE.
#: Prepositions and articles of NOUN_FIRST_LANGUAGES: after a count they open what
#: the amount is for or by ("2.000 millones para la sequía", "300 millions pour la
#: rénovation", "500 milhões por ano"), so the figure has no subject; after a
#: partitive an article makes the count a part of a whole ("1.000 de los pisos").
ROMANCE_FUNCTION_WORDS = frozenset("""
pour par sur sous avec sans dans chez vers contre selon depuis pendant après avant entre au aux
para por con sin sobre bajo según desde hasta hacia durante tras ante al
com sem até pelo pela pelos pelas ao aos em no na nos nas segundo conforme
per senza su sul sulla sui tra fra contro verso dopo nel nella nei secondo
le la les el los las il lo gli un une una uno um uma
""".split())
PARTITIVES = frozenset({"de", "des", "du", "di", "del", "dei", "degli", "delle", "della",
                        "da", "do", "dos", "das"})
_ELIDED_PARTITIVE = re.compile(r"(?:d|dell|degl)['’](?=\w)", re.IGNORECASE)


def _subjects_in_language(figures: list[FoundFigure], language: str | None) -> None:
    """Trim each figure's subject to the noun phrase as ``language`` builds it, in place."""
    language = (language or "")[:2].lower()
    if not language and any(f.subject and _CYRILLIC.match(f.subject) for f in figures):
        language = "ru"  # a short text of no known language: its Cyrillic subjects read so
    if language not in NOUN_FIRST_LANGUAGES and language not in CAPITALISED_NOUN_LANGUAGES \
            and language not in INFLECTED_ADJECTIVE_LANGUAGES \
            and language not in ONE_WORD_SUBJECT_LANGUAGES \
            and language not in ADJECTIVE_FIRST_LANGUAGES:
        return
    for figure in figures:
        if figure.subject and figure.subject not in figure.text:
            # (a subject inside the figure's own text is its noun: "un Français sur trois")
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
                ROMANCE_PLURAL_PAST_ENDINGS) or words[0].lower() in ROMANCE_RELATIVE_WORDS \
                or words[0].lower() in ROMANCE_FUNCTION_WORDS:
            return None
        return words[0]
    if language in ONE_WORD_SUBJECT_LANGUAGES:
        return words[0] if words[0][:1].islower() else None
    if language in ADJECTIVE_FIRST_LANGUAGES:
        if not words[0][:1].islower() or is_function_word(words[0].lower()):
            return None
        if len(words) > 1 and words[0].lower().endswith(SLAVIC_ADJECTIVE_ENDINGS) \
                and words[1][:1].islower():
            return " ".join(words[:2])
        return words[0]
    if language in CAPITALISED_NOUN_LANGUAGES:
        noun = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
        return " ".join(words[:noun + 1])
    noun = next((i for i, word in enumerate(words) if not word.endswith("e")), len(words) - 1)
    return " ".join(words[:noun + 1])


#: Languages whose shares name their whole after a partitive, the way English does after
#: "of" ("el 40% de los hogares", "40 % des ménages", "il 30% degli italiani", "40% das
#: famílias", "40 Prozent der Haushalte").
PARTITIVE_SHARE_LANGUAGES = NOUN_FIRST_LANGUAGES | CAPITALISED_NOUN_LANGUAGES
_WHOLE_AFTER_SHARE = re.compile(
    r"[ \t\u00a0]+(?:(?:de[ \t]+l|dell|degl|d)['’](?=\w)|(?:de[ \t]+(?:los|las|la)|del|dei|degli"
    r"|delle|della|dello|des|du|dos|das|do|da|di|de|der|aller)[ \t]+)"
    r"(?P<whole>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})", re.IGNORECASE)


def _partitive_subjects(text: str, figures: list[FoundFigure], language: str) -> None:
    """Give a share in ``language`` the whole its partitive names, in place.

    "el 40% de los hogares" → "hogares", "40 Prozent der befragten Haushalte" →
    "befragten Haushalte"; a month after the partitive dates the share ("del 40% de
    enero"), and in German the whole is a noun, so capitalised ("40 Prozent von ihnen"
    names none).
    """
    for figure in figures:
        if figure.subject is not None or figure.kind != "percent":
            continue
        whole = _WHOLE_AFTER_SHARE.match(text, figure.end)
        if whole is None or whole.group("whole").split()[0].lower() in month_names():
            continue
        words = whole.group("whole").split()
        if language in CAPITALISED_NOUN_LANGUAGES and not any(w[:1].isupper() for w in words[:2]):
            continue
        figure.subject = _subject_in_language(" ".join(words), language)
