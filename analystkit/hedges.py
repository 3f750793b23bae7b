"""Hedge cues: words that signal the writer is not asserting outright.

The cue list is ``data/hedges.txt``. A few readings are set aside because they
are not hedges in news copy: "May" the month, "could not" (a negated past
ability), "as soon as possible", a poll's "likely voters", a compared likelihood
("three times more likely", "less likely to be hired"), an estimate as the
thing published ("the previous estimate"), "believe in", "suspect" the noun
("the suspect", "le suspect"), German "sollen" with no perfect infinitive ("Die
Hilfe soll bis März kommen": an intention, not hearsay) and a cue inside a question
put to someone ("Asked whether cuts were likely, …").
"""

from __future__ import annotations

import re
import sys
from functools import cache

from .lexicons import WordGate, phrase_pattern, toml_table, word_list

#: "May" the month: before a day or year, after a day, or opening a sentence as the
#: subject of a finite verb ("May was the wettest month", "May came and went", "May
#: ended with …"): the modal is followed by a bare infinitive, never by these forms
#: (past tenses in -ed, though not "-eed": "May exceed", "May proceed" are modal).
_MONTH_MAY = re.compile(
    r"May(?=\s+\d|\s+(?:of\s+)?(?:19|20)\d\d"
    r"|\s+(?:is|was|has|had|saw|brought|came|began|marks|will\s+be|\w*[^e\s]ed)\b)"
    r"|(?<=\d\s)May")
#: Adverbs of degree that research findings put before a compared likelihood.
_STATISTICAL_DEGREE = r"(?:significantly|substantially|considerably|much|far|slightly|no)"
#: Cue words in senses that assert: "could not" (inability), "as soon as possible",
#: "suggest" as propose or evoke ("suggest launching", "suggest where to go"), not
#: as "indicate" ("the data suggest the plan failed"); "likely voters", the people
#: a poll counts; and a measured likelihood ("three times more likely to", "twice
#: as likely", "50% more likely", "more likely than women").
_NOT_HEDGES = re.compile(
    r"\bcould\s+not\b|\bcouldn[’']t\b|\bas\s+\w+\s+as\s+possible\b|\bif\s+possible\b"
    r"|\bsuggests?\s+(?:\w+ing|where|how|what|why|ways?)\b"
    r"|\blikely\s+(?:[A-Z][a-z]+\s+)?(?:voters?|electorate|caucus-?goers)\b"
    r"|\b(?:times|twice|half)\s+(?:more|less|as)\s+likely\b"
    r"|\b(?:more|less)\s+likely\s+than\b|%\s+(?:more|less)\s+likely\b",
    re.IGNORECASE,
)
#: Readings that assert, each looked for only when its cue was found (a scan of every
#: hedged sentence for each would cost more than finding the cues):
_NOT_HEDGES_BY_CUE = {
    # a compared likelihood measured in the past or qualified as statistics are ("Women
    # were less likely to be hired", "significantly more likely to"): a finding, as
    # "twice as likely" is, unlike a forecast ("Rates are more likely to rise"); "may be
    # less likely" keeps its "may"
    "likely": re.compile(
        r"\b(?:(?:were|was)\s+(?:" + _STATISTICAL_DEGREE + r"\s+)?|" + _STATISTICAL_DEGREE
        + r"\s+)(?:more|less)\s+likely\s+to\b", re.IGNORECASE),
    # "could" of ability after what it is able to do ("gave what they could", "ran as
    # fast as she could", "everything we could find", "no statistic we could find"), not
    # "what they could be facing"; or before which something happened ("died before
    # patients could reach a clinic", "before they could be treated")
    "could": re.compile(
        r"\b(?:what|all|everything|whatever|anything|as\s+\w+\s+as|statistics?|data|"
        r"evidence|figures?|records?)\s+(?:they|we|i|he|she|you|it|one|people)\s+could\b"
        r"(?!\s+(?:be|have)\b)"
        r"|\b(?:before|until|by\s+the\s+time)\s+(?:\w+\s+){1,3}?could\b", re.IGNORECASE),
    # "estimated" in the name of a clinical measure ("estimated glomerular filtration
    # rate", "an estimated GFR"), which is computed, not guessed; and the estimate
    # published before, that a figure now measured is compared with ("expanded at a faster
    # pace than previously estimated", "than first estimated", "GDP, initially estimated at
    # 2.1%, was revised")
    "estimated": re.compile(
        r"\b(?:an\s+)?estimated\s+(?:glomerular|GFR|creatinine)\b"
        r"|\b(?:than\s+(?:(?:previously|initially|originally|first|earlier)\s+)?"
        r"|(?:previously|initially|originally)\s+)estimated\b(?!\s+(?:that|to)\b)",
        re.IGNORECASE),
    # "Imo" the name or the Nigerian state ("Imo Ekpo", "Imo State"), not "IMO"/"imo";
    # and the International Maritime Organization or a ship's number ("The IMO said",
    # "the IMO's rules", "IMO 9123456", "IMO number"), not the "IMO, …" of a post
    "imo": re.compile(r"\bImo(?=\s+[A-Z])|(?<![\w-])(?i:the|an)\s+IMO\b"
                      r"|\bIMO(?=['’]s\b|\s+(?:\d|(?:numbers?|rules|regulations|standards|convention"
                      r"|guidelines|members?|secretary)\b|[A-Z]))"),
    # an estimate as the thing published ("the previous estimate", "its latest estimate",
    # "GDP first quarterly estimate", "unrevised from the advance estimate", "The Labour
    # Force Survey estimates for October"), not as a hedge on the claim
    "estimate": re.compile(
        r"\b(?:previous|earlier|latest|initial|first|second|third|final|official|quarterly|"
        r"monthly|annual|preliminary|provisional|revised|flash|population|mid-year|census|"
        r"advance|survey|interim|updated|benchmark)"
        # (not the verb, before what is estimated: "The survey estimates 3 million people")
        r"\s+estimates?\b(?!\s+(?:[\d$€£¥]|(?:of|that|puts?|suggests?|shows?|the|a|an|about"
        r"|around|roughly|some|nearly|almost|more|over|up)\b))"
        # a maker's estimate changed or kept, which reports the new figure ("It trimmed its
        # estimate for this year to 1.0%", "raised its growth estimate", "kept the estimate")
        r"|\b(?:rais|lower|trimm|cut|revis|upgrad|downgrad|lift|reduc|slash|nudg|pare|hik|"
        r"boost|kep|held|hold|maintain)\w{0,4}\s+(?:its|their|his|her|our|the)\s+"
        r"(?:[a-z-]+\s+){0,2}?estimates?\b(?!\s+(?:that|puts?|suggests?|shows?)\b)"
        # a result measured against forecasts, as earnings copy does ("beat estimates",
        # "below Wall Street estimates", "compared with estimates of $2.0 billion")
        r"|\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|"
        r"above|below|ahead\s+of|short\s+of|in\s+line\s+with|compared\s+with|versus|vs\.?|"
        r"against|than)\s+(?:(?:the|analysts['’]?|wall\s+street|street|consensus|market|average|"
        r"mean|median|lseg|factset|bloomberg|refinitiv|their|its)\s+){0,3}estimates?\b",
        re.IGNORECASE),
}
_NOT_HEDGES_BY_CUE["estimates"] = _NOT_HEDGES_BY_CUE["estimate"]
_NOT_HEDGES_BY_CUE["an estimated"] = _NOT_HEDGES_BY_CUE["estimated"]
# "believe in" holds a value ("Mozilla believes in freedom of speech"), no uncertain fact
_NOT_HEDGES_BY_CUE["believe"] = re.compile(
    r"\bbelie(?:ves?|ved)\s+(?:(?:both|firmly|strongly|deeply)\s+)?in\b", re.IGNORECASE)
_NOT_HEDGES_BY_CUE["believes"] = _NOT_HEDGES_BY_CUE["believe"]
_NOT_HEDGES_BY_CUE["believed"] = _NOT_HEDGES_BY_CUE["believe"]
# "suspect" the noun, after a determiner, a number, an adjective or a crime ("the
# suspect", "two suspects", "the remaining suspects", "a murder suspect"), or before a
# verb or a preposition a noun takes ("Suspects were held", "suspects in the case"),
# against the verb ("Police suspect arson"); French has the noun too ("Le suspect aurait agi
# seul": "aurait" hedges, "suspect" not)
_NOT_HEDGES_BY_CUE["suspect"] = re.compile(
    r"\b(?:the|a|an|le|un|les|des|du|au|aux|one|two|three|four|five|six|seven|eight|nine|ten|several|other|another|"
    r"main|prime|key|first|second|third|no|more|both|all|each|murder|terror|terrorism|"
    r"shooting|robbery|attack|bombing|his|her|their|its|remaining|arrested|alleged|"
    r"unidentified|unnamed|male|female|armed|fleeing|detained|possible|potential|"
    r"\d+)\s+suspects?\b"
    r"|\bsuspects?\s+(?:are|were|was|is|have|had|has|who|whom|in|on|at|from|remain|"
    r"remained|appeared|face|faced|fled|allegedly)\b", re.IGNORECASE)
_NOT_HEDGES_BY_CUE["suspects"] = _NOT_HEDGES_BY_CUE["suspect"]
# an outbreak's case definitions ("3,500 suspected cases", "suspected deaths"), also with
# the disease named between ("suspected cholera cases", "suspected dengue fever deaths",
# "suspected and confirmed measles cases"): the class a case is counted in, as "confirmed"
# and "probable" are, not a doubt about the claim; "a suspected militant" stays a hedge
_NOT_HEDGES_BY_CUE["suspected"] = re.compile(
    r"\bsuspected\s+(?:and\s+confirmed\s+)?"
    r"(?:(?!(?:in|on|of|at|by|for|with|from|to|the|a|an|and|or|his|her|their|its)\b)"
    r"[^\W\d_][\w-]*\s+){0,2}?"
    r"(?:cases?|deaths?|infections?|outbreaks?)\b",
    re.IGNORECASE)


def _permission_may() -> re.Pattern[str]:
    """Return "may" of permission: a rule's role, named generically, "may" a verb of a right.

    ``data/permissions.toml`` lists the roles and the verbs ("A candidate may apply for a
    recount", "Voters may cast their ballot at any polling place", "Any member may
    request a ballot"); "Voters may face long queues" and "The candidate may appeal" are
    no rule.
    """
    table = toml_table("permissions.toml")
    plurals = [role[:-1] + "ies" if role.endswith("y") and role[-2:-1] not in "aeiou"
               else role + "s" for role in table["roles"]]
    singular = "|".join(sorted(table["roles"], key=len, reverse=True))
    plural = "|".join(sorted(plurals, key=len, reverse=True))
    verbs = "|".join(sorted(table["verbs"], key=len, reverse=True))
    return re.compile(
        r"(?:\b(?:a|an|any|each|every|no)\s+(?:[a-z-]+\s+)?(?:" + singular + r")"
        # a bare plural opening the sentence or a clause ("Voters may", "…, voters may",
        # "Eligible voters may")
        # (not after a determiner or a quantifier: "The voters may cast", "Many voters may")
        r"|(?:^|(?<=[,;:]\s)|\b(?:all|any|only|and|if|when|where)\s+)[\"“]?"
        r"(?:(?!(?:the|these|those|their|its|our|his|her|my|your|many|some|most|few|several)\b)"
        r"[a-z-]+\s+)?"
        r"(?:" + plural + r"))"
        r"\s+may\s+(?:(?:also|only|still|then|now|instead|either)\s+)?(?:" + verbs + r")\b"
        r"(?!\s+to\b)",  # "Voters may choose to stay home": what they might do
        re.IGNORECASE)


_NOT_HEDGES_BY_CUE["may"] = _permission_may()
#: Past participles of forecasting that hedge after a noun ("a figure projected to rise").
_FORECAST_PARTICIPLE = r"(?:expected|projected|forecast(?:ed)?)\s+to\b"
# the same words read otherwise: the active verb after a pronoun, "who" or "had" ("We
# expected to win", "she had expected to be freed"), a comparison ("rose more than
# expected to $5bn", "as forecast to 3.2%"), "to" before an amount or a determiner ("up
# faster than projected to 4%", "the forecast to 2030") and the noun ("the forecast to")
_NOT_HEDGES_BY_CUE["expected to"] = re.compile(
    r"\b(?:i|we|you|he|she|it|they|who|had|have|has)\s+(?:\w+ly\s+)?" + _FORECAST_PARTICIPLE
    + r"|\b(?:than|as)\s+(?:\w+ly\s+)?" + _FORECAST_PARTICIPLE
    + r"|\b" + _FORECAST_PARTICIPLE
    + r"(?=\s+(?:[\d$€£¥]|(?:the|a|an|its|their|this|that|date)\b))"
    r"|\b(?:the|a|an|its|their|his|her|our|this|that|latest|new|revised)\s+forecast\s+to\b",
    re.IGNORECASE)
_NOT_HEDGES_BY_CUE["projected to"] = _NOT_HEDGES_BY_CUE["expected to"]
# "expect" hedges only as a forecast with its object and an infinitive ("Pollsters expect
# turnout to rise"); not an intention ("We expect to win"), "what to expect", nor "expect
# delays"
_NOT_HEDGES_BY_CUE["expect"] = re.compile(
    r"\bexpects?\b(?!(?:\s+(?!(?:to|of|with|in|on|at|for|by|from|as|and|or|that)\b)"
    r"[\w'’%.,$€£-]+){1,5}?\s+to\s+[a-z])", re.IGNORECASE)
_NOT_HEDGES_BY_CUE["expects"] = _NOT_HEDGES_BY_CUE["expect"]
# "understands" hedges only closing the sentence, after a comma and the outlet it credits
# ("…, The Touchline understands."), not with its object ("She understands the risks")
# nor as the sentence's own verb ("Nobody understands.")
_NOT_HEDGES_BY_CUE["understands"] = re.compile(
    r"\bunderstands\b(?![ \t]*[.!]?[\"”’)]*[ \t]*$)|^[^,]*\bunderstands\b", re.IGNORECASE)
_NOT_HEDGES_BY_CUE["forecast to"] = _NOT_HEDGES_BY_CUE["expected to"]
_NOT_HEDGES_BY_CUE["forecasted to"] = _NOT_HEDGES_BY_CUE["expected to"]
# German "sollen" is hearsay only with a perfect infinitive before the clause ends ("soll
# … überflutet haben", "sollen … gewesen sein"); else it is "shall", an intention or an
# order ("Die Hilfe soll bis März kommen", "Die Brücke soll 2026 fertig werden"). Any words
# may come between, numbers with their separators too ("soll … 1,5 Promille … gehabt haben",
# "soll … 300.000 Euro veruntreut haben")
_NOT_HEDGES_BY_CUE["soll"] = re.compile(
    r"\bsoll(?:en)?\b(?!(?:[^.,;:!?]|(?<=\d)[.,](?=\d))*\b\w+(?:t|en)\s+(?:haben|sein)\b"
    r"[ \t]*(?:[.,;:!?]|$))",
    re.IGNORECASE)
_NOT_HEDGES_BY_CUE["sollen"] = _NOT_HEDGES_BY_CUE["soll"]
#: Words _ASKED_QUESTION needs, one of each, looked for before it is run.
_QUESTION_WORDS = ("whether", " if ", " how ", " when ")
_QUESTION_PUT_WORDS = ("asked", "declined", "refused", " not ", "n't", "n’t")
#: A hedge cue inside a question someone was asked or would not answer ("Asked whether
#: cuts were likely, she said …", "She declined to say whether an appeal was likely"):
#: the likelihood is the question's, not the claim's. Up to the clause's end.
_ASKED_QUESTION = re.compile(
    r"\b(?:asked|(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|"
    r"couldn['’]t)\s+(?:to\s+)?(?:say|comment\s+on|confirm|disclose|reveal|specify))"
    r"\s+(?:whether|if|how|when)\b[^,;:.!?]*",
    re.IGNORECASE,
)


@cache
def _cue_pattern(lower_case: bool = False) -> re.Pattern[str]:
    return phrase_pattern(word_list("hedges.txt"), lower_case=lower_case)


@cache
def _cue_gate() -> WordGate:
    """Return the gate before _cue_pattern(lower_case=True), whose phrases are lower case."""
    return WordGate([phrase.lower() for phrase in word_list("hedges.txt")])


def _cue_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the hedge phrases in a sentence, found on its lower-cased copy when possible."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):  # offsets agree (they do not for a few letters, e.g. "İ")
        if not _cue_gate().may_match(lowered):
            return []  # most sentences: no hedge word at all
        return [m.span() for m in _cue_pattern(lower_case=True).finditer(lowered)]
    return [m.span() for m in _cue_pattern().finditer(sentence)]


def hedge_cues(sentence: str) -> list[str]:
    """Return the hedge cues found in a sentence, lower-cased, in order.

    Parameters
    ----------
    sentence : str
        One sentence, citation markers removed.

    Returns
    -------
    list of str
        Distinct cues in order of appearance; empty when the sentence asserts
        plainly.

    Examples
    --------
    >>> hedge_cues("Russia may potentially recruit up to 25,000 workers.")
    ['may', 'potentially']
    >>> hedge_cues("The workers will bolster production.")
    []
    """
    spans = _cue_spans(sentence)
    if not spans:
        return []
    excluded = [m.span() for m in _NOT_HEDGES.finditer(sentence)]
    found_cues = {sentence[start:end].lower() for start, end in spans}
    for cue in found_cues & _NOT_HEDGES_BY_CUE.keys():
        excluded += [m.span() for m in _NOT_HEDGES_BY_CUE[cue].finditer(sentence)]
    lowered = sentence.lower()
    if any(word in lowered for word in _QUESTION_WORDS) \
            and any(word in lowered for word in _QUESTION_PUT_WORDS):
        excluded += [m.span() for m in _ASKED_QUESTION.finditer(sentence)]
    cues: list[str] = []
    for start, end in spans:
        if any(a <= start and end <= b for a, b in excluded):
            continue  # "could" in "could not"; "could not independently verify" stays
        found = sentence[start:end]
        if found == "May" and (start > 0 or _MONTH_MAY.match(sentence, start)):
            continue  # mid-sentence "May" is the month; the modal is lower case there
        cue = sys.intern(" ".join(found.lower().split()))  # a handful of cues, kept once
        if cue not in cues:
            cues.append(cue)
    return cues
