"""Attribution: who a claim is credited to in the text.

Patterns, tried in order: "according to X"; a reporting verb followed by its
speaker ("…," said Steve Cowan); a speaker followed by a reporting verb
("Officials said", "Soelistyo told Reuters"). Reporting verbs come from
``data/reporting_verbs.txt``. Pronoun speakers ("she said") are resolved to
the most recent named speaker by the caller.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicons import word_list

#: Most words an attributed speaker may have ("a spokesman for the Pennsylvania
#: Department of Transportation" is cut at "for").
MAX_SPEAKER_WORDS = 7
#: Longer "sentences" are lists or tables run together, not prose; attribution
#: is not looked for in them (and the patterns stay linear in the input).
MAX_SENTENCE_CHARS = 2_000
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
#: Speakers that are not names but still say who is speaking.
_GENERIC_SPEAKERS = re.compile(
    r"(?:^|\s)(?:officials?|authorities|police|experts?|analysts?|sources?|witnesses|residents|"
    r"investigators|researchers|scientists|spokes(?:man|woman|person)|diplomats?|"
    r"prosecutors?|lawmakers|economists|observers|critics|officers?|doctors|aides?|"
    r"organi[sz]ers|activists|government|ministry|agency|company|report|study|survey|"
    r"airline|carrier|firm|bank|department|military|army|court|council|board|commission|"
    r"committee|office|embassy|group|campaign|team|club|union|hospital|university|"
    r"statement|data|figures)$",
    re.IGNORECASE,
)
#: Connectives that can open a clause before its speaker ("But Gates said").
_LEADING_CONNECTIVES = frozenset({"but", "and", "so", "yet", "still", "however", "meanwhile",
                                  "now", "well", "then", "also", "instead", "later"})
#: A time phrase between speaker and verb ("The WHO on Monday said").
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier|later)?\s*(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|"
    r"night))+$", re.IGNORECASE)
#: How an appositive after a name starts ("…, a spokesman for …, said").
_APPOSITIVE_START = re.compile(
    r"(?:a|an|the|head|chief|director|president|chairman|chairwoman|spokes\w+|member|leader|"
    r"founder|professor|editor|author|minister|secretary|senator|governor|mayor)\b")
#: Name particles that start a surname in lower case ("van Sebille").
_PARTICLES = ("van ", "von ", "de ", "da ", "di ", "du ", "al-", "el-", "bin ", "le ", "la ")
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w.'’-]*\s+|(?:van|von|de|da|di|du|bin|le|la)\s+){0,4}"
    r"[A-Z][\w'’-]+),\s*$")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,;:.!?\"“”()\[\]]{2,120})", re.IGNORECASE)
_STOP_WORDS = frozenset({
    "for", "of", "at", "in", "on", "with", "who", "which", "that", "from", "to", "and",
    "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "during", "after", "before", "by", "when", "while",
})
_DETERMINERS = ("the ", "a ", "an ")
#: Words that cannot end a speaker: quantifiers, auxiliaries and adverbs.
_NOT_SPEAKERS = frozenset({
    "no", "any", "some", "all", "is", "are", "was", "were", "be", "been", "being", "have", "has",
    "had", "would", "will", "could", "can", "should", "may", "might", "must", "also", "not",
    "never", "publicly", "previously", "later", "earlier", "then", "once", "first", "widely",
    "but", "and", "so", "yet", "well", "still", "however", "meanwhile", "yes", "oh", "now",
})


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(word_list("reporting_verbs.txt"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + verbs + r")(?![\w-])")


#: How far before or after a reporting verb the speaker is looked for.
SPEAKER_WINDOW = 160
_CLAUSE_BREAK = re.compile(r"[,;:!?\"“”()\[\]]")
_SPEAKER_END = re.compile(r"[,;:.!?\"“”()]")


def attribution(sentence: str) -> str | None:
    """Return who a sentence is attributed to, or None.

    Parameters
    ----------
    sentence : str
        One sentence, citation markers removed.

    Returns
    -------
    str or None
        The speaker as written ("NHK", "Steve Cowan", "officials"), a pronoun
        when the text gives only that, or None when nothing is attributed.

    Examples
    --------
    >>> attribution("The storm weakened overnight, according to NHK.")
    'NHK'
    >>> attribution('"We dodged a bullet," said Steve Cowan, a spokesman.')
    'Steve Cowan'
    """
    if len(sentence) > MAX_SENTENCE_CHARS:
        return None
    match = _ACCORDING.search(sentence)
    if match:
        return _clean_speaker(match.group("who"), forward=False, any_speaker=True)
    verbs = list(_verb_pattern().finditer(sentence))
    for verb in verbs:  # '…," said Steve Cowan' / '…, said officials'
        before = sentence[max(0, verb.start() - 4):verb.start()].rstrip()
        if before[-1:] in (",", '"', "”", "’"):
            after = sentence[verb.end():verb.end() + SPEAKER_WINDOW]
            end = _SPEAKER_END.search(after)
            who = _clean_speaker(after[: end.start() if end else len(after)], forward=False)
            if who:
                return who
    for verb in verbs:  # "Officials said", "Soelistyo, head of the agency, told"
        window_start = max(0, verb.start() - SPEAKER_WINDOW)
        before = sentence[window_start:verb.start()].rstrip()
        before = before[:-1] if before.endswith(",") else before
        breaks = list(_CLAUSE_BREAK.finditer(before))
        segment_start = breaks[-1].end() if breaks else 0
        segment = before[segment_start:].strip()
        if not segment:
            continue
        who = _clean_speaker(segment, forward=True)
        if (_APPOSITIVE_START.match(segment) and who not in PRONOUNS
                and not (who and _GENERIC_SPEAKERS.search(who.lower()))):
            # An appositive: "Erik van Sebille, a physical oceanographer at …, told Reuters"
            name = _NAME_BEFORE.search(sentence, 0, window_start + segment_start)
            if name:
                return name.group("name")
        if who:
            return who
    return None


def _clean_speaker(raw: str, *, forward: bool, any_speaker: bool = False) -> str | None:
    words = raw.split()
    if forward:
        # The speaker is the end of the clause before the verb; a function word
        # right before the verb ("no confirmed", "that suggested") means the
        # verb is not reporting speech.
        words = _TRAILING_TIME.sub("", " ".join(words)).split()
        while words and words[0].lower() in _LEADING_CONNECTIVES:
            words = words[1:]
        if not words or words[-1].lower() in _STOP_WORDS or words[-1].lower() in _NOT_SPEAKERS:
            return None
        tail: list[str] = []
        for word in reversed(words):
            if word.lower() in _STOP_WORDS and tail:
                break
            tail.insert(0, word)
            if len(tail) >= MAX_SPEAKER_WORDS:
                break
        words = tail
        while words and words[-1].lower() in _STOP_WORDS:
            words.pop()
    else:
        kept: list[str] = []
        for word in words:
            if word.lower() in _STOP_WORDS and kept:
                break
            kept.append(word)
            if len(kept) >= MAX_SPEAKER_WORDS:
                break
        words = kept
    who = " ".join(words).strip(" '\"“”‘’")
    if not who:
        return None
    lower = who.lower()
    if lower in PRONOUNS:
        return lower
    for determiner in _DETERMINERS:
        if lower.startswith(determiner) and len(who) > len(determiner):
            who = who[len(determiner):]
            lower = who.lower()
            break
    if any(word.lower() in _NOT_SPEAKERS for word in who.split()):
        return None
    if (any_speaker or who[0].isupper() or who[0].isdigit() or lower.startswith(_PARTICLES)
            or _GENERIC_SPEAKERS.search(lower)):
        return who
    return None
