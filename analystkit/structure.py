"""Structure: text → blocks in reading order, each with a kind.

Lines are grouped into blocks (paragraphs, bullet items, headings, quotes,
source lists, tag lines); each block is then classified, given the nearest
heading above it as its section, and checked against earlier blocks for
repetition. Rules come from the word lists under ``data/``; nothing here knows
any particular page.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from .attribution import ORGANISATION_WORDS, looks_like_person
from .citations import MARKER, looks_like_reference, marker_matches
from .figures.grid import CELL_GAP, holds_data
from .lexicons import (
    GatedRules,
    english_month_pattern,
    english_months,
    first_characters,
    foreign_month_numbers,
    longest_first,
    month_names,
    opens_with_run,
    phrase_pattern,
    required_literals,
    rules_pattern,
    word_list,
)
from .records import TABLE_LABEL, Block, SourceEntry

#: Similarity (rapidfuzz ``ratio``, 0–100) from which a block counts as a near
#: repeat of an earlier one. Reworded or truncated repeats of a headline score
#: 80–90; distinct sentences on the same topic stay below 70.
NEAR_DUPLICATE_MIN_SIMILARITY = 80
#: Blocks shorter than this many words are only compared for exact repeats.
NEAR_DUPLICATE_MIN_WORDS = 4
#: A block is compared for near repeats with at most this many earlier blocks
#: (the first ones: a repeat copies the headline or the lead). Articles hold far
#: fewer; it keeps a huge file of look-alike paragraphs from costing time
#: quadratic in its length. Exact repeats are found at any distance.
NEAR_DUPLICATE_MAX_EARLIER = 100
#: A block is ``meta`` when this many cues from ``data/meta.txt`` match.
META_MIN_CUES = 2
#: A heading is a single short line with no sentence end: at most this many
#: whitespace-separated words (news headlines run to about 15 words; body
#: sentences, however short, end with punctuation)…
HEADING_MAX_WORDS = 16
#: …and a headline (the first content line of a plain-text page) at most this
#: many: headlines run to about 20 words, wire ledes to 30 and more.
HEADLINE_MAX_WORDS = 24
#: An encyclopedia entry names its subject early in its first paragraph
#: (Wikipedia's MOS:FIRST): a one- or two-word first line found within this many
#: characters of the body is the entry's name, not a site-section label.
NAMED_ENTRY_LEAD = 200
#: A bullet's lead-in label has at most this many words.
LABEL_MAX_WORDS = 8
#: A wire dateline ("JAKARTA (Reuters) -") is looked for in this many first blocks.
DATELINE_SEARCH_BLOCKS = 6

#: How a byline opens in English and the other languages analystkit reads ("Par
#: Jean Dupont", "Por Ana Ruiz", "di Giulia Ferraris", "Von Hans Müller", "Door Sanne
#: de Vries"), in each case as printed: capitalised, in capitals, or in lower case.
BYLINE_WORDS = tuple(form for word in ("by", "par", "por", "di", "von", "door")
                     for form in (word.capitalize(), word.upper(), word))
#: A byline: "By Jane Doe", "By JANE DOE Associated Press", "By Ann Lee and Bo Kim,
#: Reuters", "BY Ann Lee | Staff Writer", "By Ann Lee in Kyiv", "By Ann Lee at
#: Wembley", "By Ann Lee for The Harbour Gazette". What follows the names (an outlet,
#: a place, a role) is cut at the first comma, bar or dash, at "in", "at" or "for"
#: before a capital, or where all-capital names end.
#: Longer openers of a byline: "Written by Ann Lee", "Words by …", "Interview by …" (a
#: Q&A's interviewer, its author), and a labelled
#: credit, bold too, as reports and briefs print it ("**Authors:** Helen Marsh and …").
BYLINE_OPENERS = tuple(form for phrase in ("written by", "words by", "text by",
                                          "interview by", "interviewed by")
                       for form in (phrase.capitalize(), phrase.upper(), phrase)) + (
    # and the label in German, Spanish, Portuguese, Polish and Italian ("Autor:",
    # "Autorin:", "Autora:", "Autorka:", "Autore:")
    r"(?:Authors?|AUTHORS?|Autor(?:in|a|ka|e|es)?|AUTOR)[*_]{0,2}[ \t]*:[*_]{0,2}",)
_BYLINE = re.compile(
    r"[*_ ]*(?:" + "|".join((*BYLINE_OPENERS, *BYLINE_WORDS)) + r")[ \t]+"
    r"(?P<names>(?:(?:[A-Z][\w.'’-]*|van|von|de|den|der|ter|ten|da|di|du|dos|das|del|la|le|and"
    r"|&|e|et|und)[ \t]+){0,7}"
    r"[A-Z][\w.'’-]*)"
    # a desk credited after the names: "By Marta Kovalenko and the Open Source Desk"
    r"(?:[ \t]+and[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]*){1,4})?"
    r"[ \t]*(?:(?:[,|·•–—-]|(?<=[ \t])(?:in|at|for)[ \t]+(?=[A-Z]))[^\n]{0,80})?"
    r"[*_ ]*")
#: Words that open a time phrase, not a name ("By Monday Evening, …").
_BYLINE_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split())
#: A line that ends like a sentence ("… had left the town.") is no byline.
_SENTENCE_END = re.compile(r"\b[a-z]{2,}[.!?][\"”’')*_ ]*$")  # not "10:15 a.m."
#: Words that start a byline's role after the names ("By Ann Lee Staff Writer").
_BYLINE_ROLES = frozenset({"staff", "writer", "reporter", "correspondent", "editor",
                           "columnist", "contributor", "special", "senior", "chief"})
#: Lines that close a press release: what follows ("About Acme", "Media contact") is
#: page furniture, not news.
END_OF_RELEASE = re.compile(r"#{3}|-[ \t]?30[ \t]?-|-*[ \t]*ends[ \t]*-*", re.IGNORECASE)
#: The line that opens an e-mail's signature ("-- ", RFC 3676 section 4.3), its
#: trailing space often lost: in a newsletter, the footer follows. Only read in
#: the second half of the text, where a footer can be.
SIGNATURE_DELIMITER = "--"
#: Connecting words a section label may hold ("Business and Economy", "Arts & Culture").
_LABEL_CONNECTORS = frozenset({"and", "&", "of", "the", "in", "for", "+"})
_MD_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(?P<text>[^\n]*?)[ \t]*#*[ \t]*$")
#: A Setext underline: a run of "=" (a first-level heading) or "-" (a second-level
#: one) on the line right under a one-line paragraph, as Markdown writes headings and
#: plain text (reStructuredText, e-mail) underlines them. It is no part of any block.
_SETEXT_UNDERLINE = re.compile(r"[ \t]{0,3}(?P<mark>=+|-+)[ \t]*(?:\n|$)")
#: How a sentence ends, closing marks aside ("… on Monday.", "… said.”").
_SENTENCE_STOP = re.compile(r"[.!…:;,][\"”’')*_]*$")
#: Fewer marks than this are no underline: "--" is an e-mail signature's delimiter.
SETEXT_MIN_MARKS = 3
#: In plain text a line of "-" under a paragraph may be a rule. An underline runs
#: about as long as the line it underlines (reStructuredText requires at least as
#: long); one at least this share of the line's length counts.
SETEXT_MIN_COVER = 0.75
_BULLET = re.compile(r"[ \t]*(?:[•·▪◦‣●○■□►▸–—*+]|-(?!-)|\d{1,3}[.)](?!\d))[ \t]+(?=\S)")
#: Dashes that open a quotation's credit line ("— Dana Moyo"); no Markdown list marker.
CREDIT_DASHES = "—―–"
_QUOTE_LINE = re.compile(r"[ \t]{0,3}(?:>[ \t]?){1,64}")  # nested quotes (">> …") too
_FOOTNOTE_DEF = re.compile(r"[ \t]{0,3}\[\^(?P<label>[\w-]{1,32})\]:[ \t]*")
_ENTRY_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?\[(?:\^)?[\w.-]{1,32}\]")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")
_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]$")
#: A bullet's lead-in before a colon and what follows it: a word, a quotation, or an
#: amount that opens with its currency sign or a qualifier's ("Stadium bid: $1.2bn").
#: Most words after a bullet's colon that, with a number among them, make a value, not
#: a sentence: "- Total cost: $4.8 billion", "- Attendance: 27,418". Such a bullet is one
#: claim, label and value; a lead-in labels the sentence after it ("- Ramping up
#: production: Russia is …", "- Proof: as claimed.").
LABELLED_VALUE_MAX_WORDS = 2
#: A bullet's lead-in label, in bold or italics too ("- **Spending:** Total …", "- *Cost*:").
_LABEL = re.compile(r"(?:\*{1,2}|_{1,2})?(?P<label>[^:.!?\n*]{2,80}?)(?:\*{1,2}|_{1,2})?:"
                    r"(?:\*{1,2}|_{1,2})?[ \t]+(?=[\"“'‘(\w$€£¥₹~≈<>+−])")
#: A paragraph's lead-in, kept as its label and left out of its claims: a transcript
#: speaker ("Q:", "A:", "LOPEZ:", "DR. ANA RUIZ:" - all capitals, up to four words, the
#: convention of interview transcripts and press-briefing records) or a live blog's
#: timestamp ("14:32 GMT —", "9.05am:", "14:32 -"). Mixed-case lead-ins ("Cole said:")
#: are left alone: they are mostly sentences introducing a quotation.
#: Fact-check write-ups label the statement they check and their finding the same way
#: ("Claim: …", "Verdict: …"), structured abstracts their sections ("Methods: …"), and
#: reports number their paragraphs ("1.2 This report …").
#: Titles before a speaker's name in a parliamentary record (Hansard, Congressional
#: Record style): "Mr Speaker", "Ms Holt", "Sir Geoffrey Lamb", "Baroness Ash".
PARLIAMENTARY_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Senator"
                       r"|Sen|Rep|Madam)\.?")
#: A member as a record names them: a title, then one to four capitalised words.
PARLIAMENTARY_NAME = PARLIAMENTARY_TITLE + r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
#: The labels of a fact check's statement and finding: on a line of their own
#: ("Rating: False", "Our ruling: Mostly true") still a label, not a heading.
FACT_CHECK_LABELS = ("Claim", "The claim", "What was claimed", "Verdict", "Our verdict",
                     "Rating", "Our rating", "Ruling", "Our ruling",
                     # Snopes' note beside its rating ("Context: Costco did issue a recall")
                     "Context",
                     # Spanish, French and German fact checks (Maldita, Newtral, AFP
                     # Factuel, Correctiv): "Bulo:", "Afirmación:", "Behauptung:"
                     "Afirmación", "Bulo", "Calificación", "Veredicto", "Affirmation",
                     "Notre verdict", "Behauptung", "Bewertung")
_FACT_CHECK_LABELS_LOWER = frozenset(label.lower() for label in FACT_CHECK_LABELS)  # "RATING"
#: The sectors of a humanitarian situation report that label its paragraphs (data file).
SECTOR_LABELS = word_list("sector_labels.txt")
_SECTOR = "(?:" + "|".join(re.escape(label) for label in sorted(SECTOR_LABELS, key=len,
                                                                    reverse=True)) + ")"
#: A sector's label: one sector or two joined ("Shelter and NFI", "Health & Nutrition",
#: "Shelter/NFI"), perhaps with its acronym in brackets ("Food Security and Livelihoods
#: (FSL)"), in any case.
SECTOR_LABEL = (r"(?i:" + _SECTOR + r"(?:[ \t]*(?:and|&|/)[ \t]*" + _SECTOR + r")?)"
                r"(?:[ \t]+\([A-Z/&-]{2,12}\))?")
_PARAGRAPH_LEAD_IN = re.compile(
    r"[*_]{0,2}(?P<label>(?:[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}"
    r"|" + "|".join(FACT_CHECK_LABELS) + r"|Fact check|Conclusion|Bottom line|Background"
    # the sections of a structured abstract (ICMJE, CONSORT for abstracts)
    r"|Objectives?|Aims?|Methods?|Design|Setting|Participants|Interventions?|Results?"
    r"|Findings|Conclusions|Interpretation|Funding|Trial registration|Limitations"
    # the roles transcripts label turns with in mixed case ("Operator:", an earnings
    # call's; "Spokesperson:", a UN noon briefing's)
    r"|(?:Operator|Moderator|Spokesperson|Spokesman|Spokeswoman|Host|Interviewer|Presenter"
    r"|Anchor|Answer)(?=:[ \t]+[A-Z\"“‘'])"  # (a turn opens with a capital: "Host: 3pp.io" not)
    # a situation report's sector ("WASH: Partners have …", "Shelter: Some 4,500 …")
    r"|" + SECTOR_LABEL + r"(?=[*_]{0,2}:[ \t]+[A-Z0-9\"“‘'(])"
    # a parliamentary record's speaker: a title and a name, perhaps after an office
    # and before a seat and a party ("Ms Holt:", "Sir Geoffrey Lamb (North Fenmouth)
    # (Con):", "The Secretary of State for Environment (Ms Rachel Holt):")
    r"|(?:The[ \t]+[A-Z][\w,' ’-]{2,80}?[ \t]+\()?" + PARLIAMENTARY_NAME
    + r"\)?(?:[ \t]+\([^()\n]{2,60}\)){0,2}"
    # (a speech opens with a capital; a teaser, "Mr Smith: a profile of …", does not)
    r"(?=:[ \t]+[A-Z\"“‘'])"
    r")(?=[*_]{0,2}:)"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4}\b)?)"
    r"[*_]{0,2}(?::[*_]{0,2}|[ \t]*[—–-])[ \t]+(?=\S)"  # "**A:** …" as well as "**A**: …"
    # a reporter's question as briefing transcripts mark it: "Q. The governor says …",
    # "Q    Thanks, Karen." (the White House's), "Question: …"
    r"|(?P<question>Q)(?:\.[ \t]+|[ \t]{2,})(?=[A-Z\"“])|(?P<asked>Question):[ \t]+(?=\S)"
    r"|(?P<number>\d{1,2}(?:\.\d{1,2}){1,3}\.?)[ \t]+(?=[A-Z])"
    # a live blog's entry time run into its text ("12:15 Officials said …", "Updated 09:10
    # The number …"): a clock with a colon, before a capital
    r"|[*_]{0,2}(?:Updated?:?[ \t]+)?(?P<clock>\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?"
    r"(?:[ \t]+[A-Z]{2,4}\b)?)[*_]{0,2}[ \t]+(?=[A-Z\"“])")  # "**20:40** The fire …" too
#: A speaker's name in capitals in a transcript's label.
_CAPITALS_NAME = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){1,3}"
#: One to three words in capitals, a speaker's role beside the name in a label.
_CAPITALS_ROLE = r"[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}"
#: A transcript's capitals label that sets the speaker's role beside the name, as podcast
#: and broadcast transcripts do: "HOST (MARCUS OYELARAN):", "MARCUS OYELARAN, HOST:". The
#: name labels the turn; the role must be one of data/label_roles.txt ("AUTHOR, TITLE:"
#: or "WASHINGTON (REUTERS):" is none).
_ROLE_NAME_LEAD_IN = re.compile(
    r"[*_]{0,2}(?:(?P<role1>" + _CAPITALS_ROLE + r")[ \t]*\((?P<name1>" + _CAPITALS_NAME + r")\)"
    r"|(?P<name2>" + _CAPITALS_NAME + r"),[ \t]*(?P<role2>" + _CAPITALS_ROLE + r"))"
    r"[*_]{0,2}:[*_]{0,2}[ \t]+(?=\S)")


@cache
def _speaker_roles() -> frozenset[str]:
    """Return the roles a speaker label may print beside a name (``data/label_roles.txt``)."""
    return frozenset(word_list("label_roles.txt"))


def _role_and_name(text: str, start: int, end: int) -> tuple[str, int] | None:
    """Return the name of a role-and-name speaker label at ``start`` and where the turn opens.

    "HOST (MARCUS OYELARAN): Welcome back" → ("MARCUS OYELARAN", the offset of
    "Welcome"); None unless every word of the role is a speaker's role (_ROLE_NAME_LEAD_IN).
    """
    match = _ROLE_NAME_LEAD_IN.match(text, start, end)
    if match is None:
        return None
    role = match.group("role1") or match.group("role2")
    if not set(role.split()) <= _speaker_roles():
        return None
    return match.group("name1") or match.group("name2"), match.end()


#: A line wholly in brackets that says what happens, not what anyone says: a
#: transcript's stage direction ("(The briefing was concluded at 2:31 p.m.)",
#: "[Crosstalk]", "(BEGIN VIDEO CLIP)").
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]\n]{2,120}[)\]]")
#: A recording's timestamp opening a bullet or paragraph, as show notes and
#: transcripts print it ("[00:12:30] Why prices fell", "(12:30) Intro"): its label.
_MEDIA_TIMESTAMP = re.compile(
    r"[\[(](?P<stamp>\d{1,2}(?::\d{2}){1,2})[\])][ \t]*(?:[—–-][ \t]*)?(?=\S)")
_TAGS_SPLIT = re.compile(r"\s+[-–•|]\s+|\s*[,;|•#]\s*|\n+\s*[-*•]?\s*")
#: ANSA's months, three capitals in calendar order ("ROMA, 12 MAR -").
ANSA_MONTHS = ("GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV",
               "DIC")
#: Spanish, Portuguese and French agencies' abbreviated months after the day, with their
#: numbers ("LONDRES, 11 mar (EFE) -", "Lisboa, 28 abr 2025 (Lusa) -", "PARIS, 3 févr").
AGENCY_MONTHS = {"ene": 1, "feb": 2, "fev": 2, "févr": 2, "mar": 3, "abr": 4, "avr": 4,
                 "may": 5, "jun": 6, "jul": 7, "juil": 7, "ago": 8, "sep": 9, "sept": 9,
                 "set": 9, "oct": 10, "out": 10, "nov": 11, "dic": 12, "dez": 12, "déc": 12,
                 "janv": 1}
_DATELINE_MONTH = ("(?:" + english_month_pattern(capitalised=True)
                   # other languages' months, as their datelines print them ("12 февраля")
                   + r"|(?i:" + longest_first(month_names()) + r")"
                   + r"|(?:" + "|".join(ANSA_MONTHS) + r")(?![A-Z])"
                   + r"|(?:" + longest_first(frozenset(AGENCY_MONTHS)) + r")(?![\w]))\.?")
#: The day, agency month and year of a dateline ("28 abr 2025", "19 OTT 2024").
_AGENCY_DATE = re.compile(r"(?P<day>\d{1,2})\.?[ \t]+(?:de[ \t]+)?(?P<month>[^\W\d_]{3,4})\.?"
                          r",?[ \t]+(?:de[ \t]+)?(?P<year>\d{4})\b")


#: A dateline's date in digits, day first ("Brasília, 15/03/2025 (Agência Brasil) -").
_DATELINE_DIGITS = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b")


def _agency_date(dateline: str) -> str | None:
    """Return the date an agency's dateline prints with an abbreviated month, or None.

    "Lisboa, 28 abr 2025 (Lusa) -" → "2025-04-28"; the month is one of AGENCY_MONTHS
    or ANSA_MONTHS. A dateline with no year ("ROMA, 12 MAR -") gives none. A date in
    digits is read day first, as the agencies that print one do ("Brasília, 5/3/2025
    (Agência Brasil) -" → "2025-03-05"), unless only the second part can be a day.
    """
    digits = _DATELINE_DIGITS.search(dateline)
    if digits is not None:
        day, month, year = (int(digits.group(g)) for g in ("day", "month", "year"))
        if month > MONTHS_IN_YEAR:
            day, month = month, day
        try:
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    match = _AGENCY_DATE.search(dateline)
    if match is None:
        return None
    word = match.group("month")
    month = AGENCY_MONTHS.get(word.lower()) or (
        ANSA_MONTHS.index(word) + 1 if word in ANSA_MONTHS else None)
    try:
        return _dt.date(int(match.group("year")), month, int(match.group("day"))).isoformat() \
            if month else None
    except ValueError:
        return None
# "JAKARTA (Reuters) -", "SEOUL, June 5 (Reuters) -", "Paris, 3 June (AFP) -",
# "WASHINGTON, Oct. 3, 2024 (AP) —": a place, an optional date, an optional outlet, or
# the outlet first ("(ANSA) - BOLOGNA, 19 OTT -").
# Agencies that write their name in lower case ("BERLIN (dpa) -") and press-release
# wires ("SAN FRANCISCO, Oct. 15, 2024 /PRNewswire/ --") count as outlets too.
_DATELINE = re.compile(
    # ANSA's web pages set the agency first: "(ANSA) - BOLOGNA, 19 OTT - …"
    r"(?:\((?P<agency>[A-Z]{2,10})\)[ \t]*[-—–][ \t]*(?=[A-Z]))?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[^\W\d_]|[.'’/-])+"
    r"(?:(?:[ ,]+|[ ]&[ ])[^\W\d_](?:[^\W\d_]|[.'’/-])+){0,4})?"
    # the day before the month as other languages write it: "12 de febrero", "5. März"
    r"(?:,?[ \t]+(?:" + _DATELINE_MONTH + r"[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+(?:de[ \t]+)?"
    + _DATELINE_MONTH + r")(?:,?[ \t]+(?:de[ \t]+)?\d{4})?\.?"
    # or in digits, as Brazilian agencies print it: "Brasília, 15/03/2025 (Agência Brasil) -"
    r"|,[ \t]+\d{1,2}/\d{1,2}/\d{4})?\s*"
    # EFE closes its outlet with a full stop: "MADRID (EFE).-"; TASS sets it between
    # slashes after a full stop, with no dash: "МОСКВА, 12 марта. /ТАСС/."
    # Business Wire sets its name and the date between double dashes: "HOUSTON--(BUSINESS
    # WIRE)--Jan. 9, 2025-- Kestrel …"
    r"(?:(?:(?:--)?[(/](?P<outlet>[A-ZА-ЯЁ][\w .&-]{1,30}|[a-z]{2,6})[)/]\.?\s*"
    r"(?:--[ \t]?" + _DATELINE_MONTH + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]?(?=--))?)?[-—–]{1,2}"
    r"(?:\s|(?=[A-ZА-ЯЁ])|$)|/(?P<slashed>[A-ZА-ЯЁ][\w .&-]{1,30})/\.[ \t]+)"
)
#: A dateline with no dash, as Indian agencies print it: a place (in capitals too), a
#: date, the agency in capitals in brackets, perhaps a colon, then the story ("New Delhi,
#: Jun 4 (PTI) The BJP-led NDA …", "CHENNAI, Nov 3 (IANS): The state …").
_DASHLESS_DATELINE = re.compile(
    r"(?P<place>[A-Z](?:[a-z]+|[A-Z]+)(?:[ ][A-Z](?:[a-z]+|[A-Z]+)){0,2}),[ \t]+"
    + _DATELINE_MONTH + r"\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?[ \t]+\((?P<outlet>[A-Z]{2,8})\)"
    r":?[ \t]+(?=[A-Z\"“‘'])")
_WORD = re.compile(r"[\w'’]+")
#: Every ASCII byte outside _WORD as a space; the bytes of UTF-8 sequences (>= 0x80) stay:
#: text translated with it splits on whitespace into the words _WORD finds, faster.
_UTF8_NON_WORD = bytes(c if c >= 0x80 or _WORD.match(chr(c)) else 0x20 for c in range(256))
#: A dateline closed by a colon, as South Asian and some wire copy prints it
#: ("NEW DELHI: The Senate …"). Capitals only, and only when no later paragraph
#: opens the same way (then the capitals are transcript speakers or labels).
_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=[A-Z\"“‘'])")
#: Capitalised lead-ins with a colon that are labels, not places.
_NOT_PLACES = frozenset({
    "update", "updated", "note", "breaking", "breaking news", "exclusive", "analysis",
    "opinion", "editorial", "watch", "listen", "read", "read more", "correction",
    "clarification", "warning", "editor's note", "live", "video", "photos", "related",
    "summary", "background", "context", "fact check", "claim", "verdict", "rating", "q", "a",
    "transcript", "host", "interviewer", "source", "sources", "disclaimer", "contact"})
_IMAGE_ONLY = re.compile(r"(?:!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)\s*)+")
_MONTH = english_month_pattern() + r"\.?"
#: A date stamp's word in the other languages analystkit reads, all of which print the
#: day before the month ("Veröffentlicht", "Stand", "Publicado", "Mis à jour").
_FOREIGN_STAMP_WORDS = (r"(?:veröffentlicht|aktualisiert|stand|publicado|actualizado|publié"
                        r"|mis\s+à\s+jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
                        r"|atualizado|опубликовано|обновлено)")
# What a date stamp may say before its date: "Published 14 November 2024",
# "Last updated: Jan. 3, 2025", "Posted on 3 Jan 2025", "Date of judgment: 9 April 2025".
_STAMP_LEAD = (r"(?:(?:first\s+|last\s+)?(?:published|updated|modified|posted|released|issued"
               r"|filed|dated|delivered|(?:[a-z]{3,12}\s+)?date(?:\s+of\s+[a-z]{3,12})?"
               r"|judgment\s+(?:delivered|handed\s+down)"
               # a situation report's stamp: "As of 10:00 local time, 14 November 2025",
               # "Situation as of 14 November 2025", "Figures as at 3 March 2025"
               r"|(?:(?:situation|data|figures|numbers|information|status)\s+)?as\s+(?:of|at)"
               # the same in the languages analystkit reads ("Veröffentlicht am", "Stand:",
               # "Publicado el", "Mis à jour le", "Aggiornato il")
               r"|" + _FOREIGN_STAMP_WORDS + r")\s*:?\s*"
               r"(?:on|am|el|le|il|em|op)?\s*)?")
#: A time ago in the other languages analystkit reads, as their pages print it after a
#: stamp word ("Atualizado há 2 horas", "Actualizado hace 3 horas", "vor 2 Stunden",
#: "il y a 5 minutes", "2 ore fa"); only with a count and a unit of time, not "há anos".
_FOREIGN_TIME_AGO = (
    r"(?:(?:há|hace|vor|il\s+y\s+a)\s+(?:\d{1,2}|uma?|una?|einer?)\s+"
    r"(?:minutos?|horas?|dias?|días|semanas?|minuten?|stunden?|tage?n?|wochen?|heures?"
    r"|jours?)"
    r"|\d{1,2}\s+(?:minuti|ore|giorni|settimane)\s+fa)")
#: Which clock a stamp's time is on, after it: "local time", "(UTC+6)", "hrs" (its zone,
#: "GMT", is matched with it).
_LOCAL_TIME = r"|\s+local\s+time|\s+hrs|\s*\((?:UTC|GMT)\s?[+-−]\s?\d{1,2}(?::?\d{2})?\)"
_STAMP_DATE = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    # a day before a month of another language: "14. November 2024", "3 de marzo de 2024"
    r"|\d{1,2}\.?\s+(?:de\s+)?(?:" + longest_first(month_names())
    + r")(?:\s+de)?,?\s+\d{4}"
    # a time ago, as live pages print it: "3 hours ago", "a day ago"
    r"|(?:\d{1,2}|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|" + _FOREIGN_TIME_AGO + r")"
    # its time after a comma, a dash or a bar ("12.03.2025 | 14:35", "à 14h35")
    r"(?:(?:,|\s*[|·])?\s*[-–]?\s*(?:at\s+|um\s+|a\s+las\s+|alle\s+|às\s+|à\s+|om\s+|в\s+)?"
    r"\d{1,2}(?:[:.]|h(?=\d))\d{2}(?:\s*[ap]\.?m\.?|\s*uhr|h)?"
    r"(?:\s+[A-Z]{2,4}" + _LOCAL_TIME + r")?)?")
#: A time of day as records and live pages print it ("11.42 am", "2:30 p.m. EST",
#: "14:05 GMT").
_CLOCK_TIME = (r"(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?|\d{1,2}:\d{2})(?:\s+[A-Z]{2,4}" + _LOCAL_TIME
               + r")?")
# A line that is only a date stamp, or two ("Published 3 May 2024 | Updated 4 May 2024"),
# or only a time of day as records print a sitting's time ("11.42 am", "2:30 p.m. EST"),
# perhaps with its date after it ("Updated 16:05 GMT, 12 March 2025").
#: A document symbol alone on its line, as the UN and other bodies number their releases
#: and papers ("SC/15890", "S/2024/123", "A/RES/78/1", "GA/12345").
_DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.-]{1,12}){1,4}")
#: A UN body's sitting as its press releases head them ("9876th Meeting (AM)",
#: "79th Session, 45th Meeting (PM)").
_MEETING_NUMBER = re.compile(r"(?:\d{1,5}(?:st|nd|rd|th)[ \t]+(?:Session|Sitting),?[ \t]+)?"
                             r"\d{1,5}(?:st|nd|rd|th)[ \t]+Meeting(?:[ \t]*\((?:AM|PM|Night)\))?")
#: Who issued a stamped bulletin, before its stamp ("Met Service bulletin issued 11:00
#: Monday 3 February 2025", "NWS warning updated 4:10 PM"): capitalised names and the
#: kind of document.
_STAMP_ISSUER = (r"(?:(?:(?-i:[A-Z])[\w.&'’-]*|bulletin|warning|watch|forecast|statement"
                 r"|advisory|notice|update|alert)\s+){1,5}"
                 r"(?=(?:issued|updated|published|released)\b)")
#: A place or a document's kind before the date of a release or a commentary ("Geneva,
#: 7 March 2025", "Commentary, 12 February 2025"): capitalised words and a comma.
_STAMP_PLACE = r"(?:(?-i:[A-Z])[\w.'’-]*(?:[ \t]+(?-i:[A-Z])[\w.'’-]*){0,2},[ \t]+)"
#: What parts two stamps on one line: a bar, a dot or a comma, or a space before the
#: second one's word ("10/09/2024 09h05 Atualizado há 2 horas").
#: (The group it opens closes after the second stamp, which is optional.)
_SECOND_STAMP = r"(?:(?:\s*[|·•,;]\s*|\s+(?=[^\W\d]))"
_DATE_ONLY = re.compile(r"(?:" + _STAMP_ISSUER + r"|" + _STAMP_PLACE + r")?(?:"
                        + _STAMP_LEAD + _STAMP_DATE + _SECOND_STAMP + _STAMP_LEAD
                        + _STAMP_DATE + r")?"
                        r"|" + _STAMP_LEAD + _CLOCK_TIME + r"(?:,?\s+(?:on\s+)?" + _STAMP_DATE
                        + r")?)", re.IGNORECASE)
#: A release's notice of when it may run, alone on its line: "FOR IMMEDIATE RELEASE",
#: perhaps with its date ("**FOR IMMEDIATE RELEASE** | Wednesday, September 18, 2024"),
#: and an embargo with its time and date ("EMBARGOED UNTIL 23:30 BST, WEDNESDAY 9 JULY
#: 2025", "Embargoed: 00:01 GMT Tuesday 4 March 2025", "Not for publication before
#: 00:01 GMT …"). About the text, not the world; not a headline about an embargo
#: ("Embargoed oil cargo seized off Oman", "Embargo: EU agrees ban on Russian LNG": no
#: "until", and no digit after the colon).
_RELEASE_NOTICE = re.compile(
    r"for[ \t]+immediate[ \t]+release(?:[*_ \t]*[|·•,:–—-]?[*_ \t]*(?P<date>[^\n]{4,60}))?"
    r"|(?:strictly[ \t]+)?(?:(?:under[ \t]+embargo|embargoed)[ \t]+(?:until|till)\b"
    r"|not[ \t]+for[ \t]+(?:publication|release|broadcast)(?:[ \t]+or[ \t]+\w+)?[ \t]+"
    r"(?:until|before)\b|embargo(?:ed)?[ \t]*:(?=[^\n\d]{0,20}\d))[^\n]{1,80}",
    re.IGNORECASE)


def _release_notice(line: str) -> bool:
    """Whether a line is a release's notice of when it may run (_RELEASE_NOTICE).

    The date after "FOR IMMEDIATE RELEASE" is a date stamp's; an embargo's notice is
    no sentence.
    """
    line = line.strip(_EMPHASIS_EDGE)
    match = _RELEASE_NOTICE.fullmatch(line)
    if match is None or "\n" in line or _SENTENCE_END.search(line):
        return False
    date = match.group("date")
    return date is None or _DATE_ONLY.fullmatch(date.strip(_EMPHASIS_EDGE)) is not None


#: The longest line read as a date alone when it follows another with no blank line.
DATE_LINE_MAX_CHARS = 40
#: A line that is only a time of day: a live blog's entry time over the entry.
_CLOCK_LINE = re.compile(r"[*_]{0,2}(?P<time>" + _CLOCK_TIME + r")[*_]{0,2}", re.IGNORECASE)
#: A month and a year after a day written with a stop ("12. März 2025", as German prints
#: it): a date, though "12." opens a numbered list's item too.
_MONTH_YEAR_AFTER_DAY = re.compile(
    r"(?i:" + longest_first(month_names()) + r"|" + english_month_pattern()
    + r")\.?,?[ \t]+\d{4}\b")
# A date as pages print it, searched anywhere in a line: "March 6, 2024", "14 May
# 2024", "2024-05-14".
_PRINTED_DATE = re.compile(
    # (a dash joins no date to a code, but a double dash sets one off: "--Jan. 9, 2025--")
    r"(?<!\w)(?:(?<=--)|(?<!-))"
    r"(?:(?P<m1>" + _MONTH + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH + r"),?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    # a day before a month of another language: "12 de marzo de 2025", "12. März 2025",
    # "12 марта 2025 года"
    r"|(?P<d4>\d{1,2})\.?\s+(?:de\s+)?(?P<m4>" + longest_first(month_names())
    + r")(?:\s+de)?,?\s+(?P<y4>\d{4}))(?!\w)(?:(?=--)|(?!-))", re.IGNORECASE)
#: A masthead line under the headline: short segments parted by bars or middle dots
#: ("Statistical bulletin | Released 14 May 2024 | Office for National Statistics").
_MASTHEAD_SEPARATOR = re.compile(r"\s[|·•]\s")
MASTHEAD_MAX_CHARS = 200
# A sentence end with a note number printed after it as plain digits ("ministry.1",
# "in 2021.2,3" after a word); "Section 3.2" (a digit before the stop) is no sentence.
_NOTE_AFTER_SENTENCE = re.compile(r"[^\W\d_%)][.!?][\"”’)]?(?:\d{1,3}(?:[,–-]\d{1,3}){0,5}"
                                  r"|[ \t]?\(\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3}){0,5}\))$")
# Markdown link reference definitions ("[1]: https://… \"Title\""): where links
# point, not text; footnotes ("[^1]: …") are read as sources instead.
_LINK_DEFINITIONS = re.compile(r"(?:[-*]?[ \t]*\[[^\]^\n][^\]\n]{0,40}\]:[ \t]+\S[^\n]*(?:\n|$))+")
# A numbered question on a line of its own: the heading of an explainer's part
# ("1. What is being built?", "5 things to know" pieces).
_NUMBERED_QUESTION = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z][^\n]{2,120}\?[ \t]*")
# A field of a memo's or a bulletin's header ("Issued by: Lakeshore County Department of
# Public Health", "Date: 9 September 2025", "Subject: Measles exposure at …", "To: All
# staff"), one per line. Each is a block of its own: meta, but for the subject, which
# heads the text (``content_start`` after its label). The value opens with a capital
# or a digit and is no sentence: "To: the surprise of residents, work began." is prose.
_MEMO_LABELS = (
    r"(?i:issued\s+by|from|to|cc|bcc|date|subject|re|ref|reference|attn|attention"
    r"|classification|distribution|memo(?:randum)?\s+(?:no|number)\.?"
    # a bill's and a judgment's header fields, as Congress.gov and court summaries print
    # them ("Sponsor: Rep. Maria Delgado [D-NM-1]", "Latest Action: 03/26/2025 …")
    r"|sponsor|cosponsors?|committees?|latest\s+action|introduced|judgment\s+date"
    r"|justices|judges?|neutral\s+citation"
    # an emergency appeal's, an incident report's and a security advisory's header fields
    # ("Appeal No.: MDRBD035", "Glide No.: FL-2025-000112-BGD", "Reporting period: 7 – 20
    # March 2025", "Incident ID: INC-0117", "Severity: SEV-1", "Package: lodash")
    r"|appeal\s+(?:no|number)\.?|glide\s+(?:no|number)\.?|operation\s+(?:start|end)\s+date"
    r"|operation\s+timeframe|reporting\s+period|incident\s+(?:id|no\.?|number)|severity"
    r"|status|package|ecosystem|advisory\s+id|cve\s+ids?"
    # a US Justice Department release's fields ("Topic: Financial Fraud", "Component: USAO -
    # Florida, Southern", "Press Release Number: 24-412")
    r"|topic|component|(?:press\s+)?release\s+(?:no|number)\.?"
    # a statistical release's fields, under its table or at its end ("Next release: 12
    # December 2025", "Reference period: July to September 2025", "Frequency: Quarterly")
    r"|next\s+(?:release|update|publication|edition)|(?:release|publication)\s+date"
    r"|date\s+of\s+(?:release|publication)|reference\s+period|period\s+covered"
    r"|survey\s+period|frequency)")
# (its label may be set in bold, the colon inside or out: "**Next release:** 12 December")
_MEMO_FIELD = re.compile(r"(?P<mark>\*\*|__)?(?P<label>" + _MEMO_LABELS
                         + r")[ \t]*(?:(?(mark)(?P=mark)):|:(?(mark)(?P=mark)))[ \t]+"
                         r"(?=[A-Z0-9\"“'‘@])")
#: A field's label alone, which a page may set as a heading over its value ("## Press
#: Release Number:" over "24-412", "## Topic" over "Drug Trafficking").
_MEMO_LABEL_ALONE = re.compile(_MEMO_LABELS + r"[ \t]*:?")
#: A memo field's label ends within this many characters ("Memorandum number:").
MEMO_LABEL_MAX_CHARS = 24
#: The memo fields that say what the text is about.
_MEMO_SUBJECTS = frozenset({"subject", "re"})
# A question in bold on a line of its own, as Q&A explainers set their questions
# ("**What happened?**", "__Is the water safe?__", an HTML <p><strong>…?</strong>):
# the heading of the answer under it. One opening with an interviewer's mark is a
# question turn of an interview ("**Q: Is Cape Town safe?**", over "**A:** No. …").
_BOLD_QUESTION = re.compile(r"(\*\*|__)(?!(?:Q|Question):[ \t])[A-Z][^*_\n]{2,150}\?[\"”’]?\1")
#: The labels of an interviewer's turn that a line wholly in bold still opens
#: ("**Q: Is Cape Town safe?**"): a turn, not a heading ("## Q: How do I apply?", an
#: FAQ's heading, stays one).
_QUESTION_LABELS = frozenset({"q", "question"})
# A label and a figure on one line, as fact boxes print them ("Ships waiting:\t320",
# "Daily losses: $38 million"): the value is a number and at most two words.
# Results tables print the currency as a code ("Revenue: NOK 12.3bn") and the
# year-earlier value in brackets after it ("(11.6bn)", "Margin: 15.0% (13.4%)").
_LABELLED_VALUE = re.compile(
    r"[^:\n]{2,60}:[ \t]+[-+−~≈<>]?(?:[A-Z]{3}[ \t]?)?[$€£¥₹]?[0-9][\d.,]*"
    r"(?:[ \t]*[%\w$€£¥₹.-]+){0,2}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$")
_EMPHASIS_EDGE = "*_ "
#: Running page headers and footers of paginated plain text (RFCs, reports
#: printed to text): "Smith   [Page 4]", "Internet-Draft   Title   May 2015".
#: They are skipped like blank lines so they do not split a paragraph or list.
PAGE_FURNITURE_LINE = re.compile(
    r"[^\n]{0,80}\[Page \d{1,4}\][ \t]*"
    r"|(?:Internet-Draft|RFC \d{1,5})[ \t]{2,}[^\n]{1,80}[ \t]{2,}[A-Z][a-z]{2,8} \d{4}[ \t]*"
    r"|\f[ \t]*")


@dataclass
class Dateline:
    """A wire-style dateline at the start of the body."""

    place: str | None
    outlet: str | None
    block_id: int
    published: str | None = None  # the date it prints, as an ISO date ("SEOUL, June 5, 2024")


@dataclass
class Front:
    """What the top of the body says about the article: its dateline and byline."""

    dateline: Dateline | None = None
    author: str | None = None
    published: str | None = None  # ISO date printed at the top (date stamp, byline, masthead)
    masthead: str | None = None  # the name a masthead line gives with its date


def furniture_rule_lines() -> list[str]:
    """Return the rules of page furniture: ``data/boilerplate.txt`` and ``data/appeals.txt``."""
    return [*word_list("boilerplate.txt"), *word_list("appeals.txt")]


@cache
def _boilerplate_rules() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    whole, prefix = [], []
    for rule in furniture_rule_lines():
        (prefix if rule.startswith("~") else whole).append(rule.lstrip("~"))
    whole_re = re.compile("(?:" + "|".join(whole) + ")", re.IGNORECASE)
    prefix_re = re.compile("(?:" + "|".join(prefix) + ")", re.IGNORECASE) if prefix else None
    return whole_re, prefix_re


@cache
def _boilerplate_rule_sets() -> tuple[re.Pattern[str] | None, _FirstCharacterRules,
                                      GatedRules, GatedRules]:
    r"""Return the rules of ``data/boilerplate.txt`` for ASCII blocks.

    Most rules open with a literal: they stay in one alternation each (whole
    block, prefix), which ``re`` rejects at a block's first character; the prefix
    rules are parted by the characters they may open with (_FirstCharacterRules), so
    a block tries only those its first character may open. The few that open with a
    run of almost any character ("[^.\n]{1,200} contributed to this report",
    ".{0,60}\b(live|real-time) …") cost a try at every length of the run, so they are
    gated (:class:`~analystkit.lexicons.GatedRules`): run only on a block whose
    lower-cased text holds the literals any match of them holds. Whether any rule
    matches is unchanged.

    Returns
    -------
    tuple
        The whole-block alternation (None when no rule is left for it), the prefix
        rules by first character, and the gated whole-block and prefix rules.
    """
    alternations: dict[bool, list[str]] = {False: [], True: []}
    gated: dict[bool, list] = {False: [], True: []}
    for rule in furniture_rule_lines():
        is_prefix = rule.startswith("~")
        pattern = rule.lstrip("~")
        required = required_literals(pattern, ignore_case=True)
        if required and opens_with_run(pattern):
            gated[is_prefix].append((re.compile(pattern, re.IGNORECASE), required))
        else:
            alternations[is_prefix].append(pattern)
    whole_re = re.compile("(?:" + "|".join(alternations[False]) + ")", re.IGNORECASE) \
        if alternations[False] else None
    return (whole_re, _FirstCharacterRules(alternations[True]), GatedRules(gated[False]),
            GatedRules(gated[True]))


class _FirstCharacterRules:
    """Rules matched at a text's start, parted by the characters they may open with.

    One alternation per first character (lower-cased), holding the rules that may open
    with it and those that may open with anything (``first_characters`` None).
    """

    __slots__ = ("any_rule", "by_first")

    def __init__(self, patterns: list[str]) -> None:
        firsts = [(pattern, first_characters(pattern, ignore_case=True)) for pattern in patterns]
        anywhere = [pattern for pattern, first in firsts if first is None]

        def alternation(chosen: list[str]) -> re.Pattern[str] | None:
            return re.compile("(?:" + "|".join(chosen) + ")", re.IGNORECASE) if chosen else None

        characters = {c for _, first in firsts if first is not None for c in first}
        self.by_first = {c: alternation([p for p, first in firsts
                                         if first is None or c in first])
                         for c in characters}
        self.any_rule = alternation(anywhere)

    def match(self, text: str) -> re.Match[str] | None:
        """Match the rules ``text``'s first character may open at its start."""
        rule = self.by_first.get(text[:1].lower(), self.any_rule)
        return rule.match(text) if rule is not None else None


@cache
def _meta_rules() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rule, re.IGNORECASE) for rule in word_list("meta.txt"))


_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


#: A word boundary at the start of a rule: the scanners check it themselves.
_LEADING_BOUNDARY = r"\b"
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@cache
def _meta_scanners() -> tuple[GatedRules, dict[re.Pattern[str], bool]]:
    r"""Return each meta rule for lower-cased text, and whether it opens with ``\b``.

    ``re`` jumps straight to the places where a pattern can start when the
    pattern opens with a literal or with alternatives that do; a leading
    ``\b`` or a capturing group makes it try a match at every position.
    So each rule is kept apart, without its leading ``\b`` (checked where a
    match starts) and with plain groups (only whether it matches is asked),
    and is run over lower-cased text, which ``re`` scans faster than any text
    with a case-insensitive pattern. The rules are gated
    (:class:`~analystkit.lexicons.GatedRules`): a block that lacks the literal
    text any match of a rule holds is not scanned with it, most blocks with none.

    Returns
    -------
    tuple of (GatedRules, dict)
        The scanners, and for each whether it opens with ``\b``.
    """
    scanners = []
    bounded_by: dict[re.Pattern[str], bool] = {}
    for rule in word_list("meta.txt"):
        rule = _UPPER_LITERAL.sub(lambda m: m.group().lower(), rule)  # "\\S" stays "\\S"
        bounded = rule.startswith(_LEADING_BOUNDARY)
        if bounded:
            rule = rule[len(_LEADING_BOUNDARY):]
        if not _BACKREFERENCE.search(rule):  # "\\1" needs its group
            rule = _uncaptured(rule)
        scanner = re.compile(rule)
        bounded_by[scanner] = bounded
        required = required_literals(rule)
        if not required:
            raise ValueError(f"meta rule without a literal word: {rule!r}")
        scanners.append((scanner, required))
    return GatedRules(scanners), bounded_by


def _uncaptured(rule: str) -> str:
    """Return a regex with its capturing groups made non-capturing ("(a|b)" → "(?:a|b)")."""
    out: list[str] = []
    escaped = False
    class_start = -1  # where the character class being read opened, or -1
    for i, char in enumerate(rule):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:
            # a "]" first in a class ("[]…]", "[^]…]") is one of its characters
            if char == "]" and i > class_start + 1 + (rule[class_start + 1] == "^"):
                class_start = -1
        elif char == "[":
            class_start = i
        elif char == "(" and not rule.startswith("?", i + 1):
            char = "(?:"
        out.append(char)
    return "".join(out)


@cache
def _editorial_note() -> re.Pattern[str]:
    """How a correction or an editor's note opens (``data/editorial_notes.txt``)."""
    return rules_pattern("editorial_notes.txt")


def _mentions_meta(block_text: str) -> bool:
    return _meta_cues(block_text, 1) >= 1


def _meta_cues(block_text: str, enough: int) -> int:
    """Count the meta rules that match in ``block_text``, stopping at ``enough``.

    The rules are the lower-cased scanners, run on the lower-cased block.
    """
    lowered = block_text.lower()
    scanners, bounded_by = _meta_scanners()
    cues = 0
    for scanner in scanners.candidates(lowered):
        if _scan(scanner, lowered, bounded_by[scanner]):
            cues += 1
            if cues >= enough:
                break
    return cues


def _scan(scanner: re.Pattern[str], text: str, bounded: bool) -> bool:
    """Whether ``scanner`` matches in ``text``, at a word boundary if ``bounded``."""
    match = scanner.search(text)
    while match is not None and bounded and not _at_word_boundary(text, match.start()):
        match = scanner.search(text, match.start() + 1)
    return match is not None


def _at_word_boundary(text: str, position: int) -> bool:
    r"""Whether ``\b`` holds at ``position``: a word character on one side only."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


@cache
def _heading_words(name: str) -> re.Pattern[str]:
    words = phrase_pattern(word_list(name)).pattern
    # Optional Markdown hashes, emphasis and section numbering ("17.1. Normative
    # References", "**Sources:**"), and "Our" before the word ("Our Sources", PolitiFact's)
    return re.compile(r"(?:#{1,6}[ \t]+)?(?:\*{1,2}|_{1,2})?(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]+)?"
                      r"(?:our[ \t]+)?(?P<word>" + words
                      + r")(?:[ \t]*:(?:\*{1,2}|_{1,2})?|(?:\*{1,2}|_{1,2})[ \t]*:?(?=[ \t]*$)"
                      r"|[ \t]*$)", re.IGNORECASE)


def source_heading(line: str) -> bool:
    """Whether a heading's text names a list of sources ("Sources", "References", "Notes")."""
    match = _heading_words("source_headings.txt").match(line.strip())
    return match is not None and match.end() == len(line.strip())


def tag_line_heading(line: str) -> str | None:
    """Return the label of a line that lists tags after it ("Topics:" in "Topics: NATO, …").

    Examples
    --------
    >>> tag_line_heading("Topics: NATO, Ukraine, Defence industry")
    'Topics'
    >>> tag_line_heading("Topics that matter to voters") is None
    True
    """
    match = _heading_words("tag_headings.txt").match(line.strip())
    if match is None or not match.group(0).rstrip().endswith(":") \
            or not line.strip()[match.end():].strip():
        return None
    return match.group("word")


#: Headings of a press release's notes to editors: a source list when its notes are
#: numbered, as the release's text calls them ("[1]"), else paragraphs of background.
EDITOR_NOTES_HEADINGS = frozenset({"notes to editors", "notes for editors", "note to editors",
                                   "note for editors", "editors' notes", "editor's notes"})
_NUMBERED_NOTE = re.compile(
    r"[ \t:]*\n?\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)][ \t]|[¹²³⁴⁵⁶⁷⁸⁹])")


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    style: str  # "line", "heading", "bullet", "quote", "footnote", "fence", "entry", "table"
    content_start: int
    indent: int = 0


#: How many blocks from the top a headline run into its dek is looked for (under a
#: kicker: "OPINION").
HEADLINE_DEK_BLOCKS = 2
#: Words a line may not end with where a headline ends: a wrapped sentence breaks so.
_WRAPPED_LINE_END = re.compile(r"(?:[.,;:—–-]|\b(?:the|a|an|of|to|and|or|in|on|for|with|by|at"
                               r"|from|that|is|are|was|were))[\"”’')]*$", re.IGNORECASE)


def _split_headline_and_dek(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Split a pasted op-ed's headline from the dek on the line under it.

    Copied from a page, an op-ed's headline and dek come on consecutive lines and read
    as one paragraph: "Britain's housing crisis is a planning crisis. It's time we
    admitted it" over "Councils are sitting on permissions for 1.1 million homes. The
    problem isn't builders — it's the rules". A block of two such lines at the top, over
    a byline or a date stamp, is split when the first is a headline's length, ends as a
    headline may (_WRAPPED_LINE_END), and is shorter than the second, which opens with a
    capital; and the text's paragraphs are not wrapped, so that a wrapped first paragraph
    is never split.
    """
    for n, raw in enumerate(raws[:HEADLINE_DEK_BLOCKS]):
        lines = text[raw.start:raw.end].split("\n")
        if raw.style != "line" or len(lines) != 2 or n + 1 >= len(raws):
            continue
        first, second = (line.strip() for line in lines)
        under = text[raws[n + 1].start:raws[n + 1].end].split("\n")[0].strip()
        if not (byline_names(under) or _DATE_ONLY.fullmatch(under.strip("*_ "))) \
                or len(first.split()) > HEADLINE_MAX_WORDS or _WRAPPED_LINE_END.search(first) \
                or len(first) >= len(second) or not second[:1].isupper() \
                or any("\n" in text[r.start:r.end].strip() for r in raws[n + 2:]
                       if r.style == "line"):
            continue
        cut = raw.start + len(lines[0])
        return [*raws[:n], _Raw(raw.start, cut, "line", raw.start),
                _Raw(cut + 1, raw.end, "line", cut + 1), *raws[n + 1:]]
    return raws


def build_blocks(text: str, *, markdown: bool = False, soft_wrap: bool = True,
                 author: str | None = None) -> tuple[list[Block], Front]:
    """Split ``text`` into classified blocks.

    Parameters
    ----------
    text : str
        The article's normalised text.
    markdown : bool
        Read Markdown syntax (headings, lists, quotes, footnote definitions,
        front matter). Markdown-style headings and bullets are also honoured
        in plain text, where they mean the same.
    soft_wrap : bool
        Join hard-wrapped lines into paragraphs. Text extracted from HTML has
        one paragraph per line, so it is read with ``soft_wrap=False``.
    author : str, optional
        The author the page's metadata names ("Ann Lee; Bo Kim"), besides any
        byline: a short paragraph introducing them is an author blurb.

    Returns
    -------
    tuple of (list of Block, Front)
        Blocks in reading order with ``block_id`` from 1, and the wire dateline
        and byline if the body opens with them.
    """
    raws = _group_lines(text, markdown=markdown, soft_wrap=soft_wrap)
    raws = _split_headline_and_dek(text, raws)
    blocks = _classify(text, raws)
    _mark_fact_box_captions(text, blocks)
    _mark_list_lead_ins(text, blocks)
    _mark_split_fields(text, blocks)
    _label_entries_under_times(text, blocks)
    _label_under_fact_check_headings(text, blocks)
    _mark_dialogue_turns(text, blocks)
    _label_turns_under_speaker_lines(text, blocks)
    byline_author = _mark_byline(text, blocks) or _credit_line_author(text, blocks)
    _mark_author_blurbs(text, blocks, "; ".join(filter(None, (byline_author, author))))
    author = byline_author
    published, masthead = _top_date(text, blocks)
    dateline = _mark_front_matter(text, blocks)
    if dateline is not None:
        _strip_later_datelines(text, blocks, dateline.block_id)
    mark_duplicates(text, blocks)
    letterhead = _mark_letterhead(text, blocks)
    if published is None and letterhead:
        published, masthead = _top_date(text, blocks[letterhead:])  # the date under it
    _mark_headline(text, blocks, markdown=markdown)
    _mark_end_matter(text, blocks)
    _mark_furniture_lists(text, blocks)
    _mark_numbered_item_headings(text, blocks)
    _mark_sign_offs(text, blocks)
    _mark_release_boilerplate(text, blocks)
    for block in blocks:
        if block.kind not in _CONTENT_KINDS:
            block.duplicate_of = None
    _assign_sections(text, blocks)
    if published is None and dateline is not None:
        published = dateline.published
    return blocks, Front(dateline, author, published, masthead)


# --- grouping lines into raw blocks ---------------------------------------

#: The lines that open and close front matter: YAML's "---", TOML's "+++" (Hugo, Zola).
FRONT_MATTER_FENCES = ("---\n", "+++\n")


def _group_lines(text: str, *, markdown: bool, soft_wrap: bool = True) -> list[_Raw]:
    raws: list[_Raw] = []
    current: _Raw | None = None
    previous_line = ""
    in_fence = False
    position = 0
    length = len(text)
    fence = text[:4]
    if markdown and fence in FRONT_MATTER_FENCES:
        close = text.find("\n" + fence[:3], 4)
        if close != -1:
            end = close + 4
            raws.append(_Raw(0, end, "frontmatter", 0))
            position = text.find("\n", end)
            position = length if position == -1 else position + 1
    while position < length:
        newline = text.find("\n", position)
        line_end = length if newline == -1 else newline
        line = text[position:line_end]
        stripped = line.strip()
        if _FENCE.match(line):
            if not in_fence:
                current = _flush(raws, current)
                current = _Raw(position, line_end, "fence", position)
                in_fence = True
            else:
                current.end = line_end
                current = _flush(raws, current)
                in_fence = False
        elif in_fence:
            current.end = line_end
        elif not stripped:
            current = _flush(raws, current)
        elif PAGE_FURNITURE_LINE.fullmatch(line):
            pass
        elif stripped[0] in "=-" and current is not None \
                and _underlines(text, current, line, markdown=markdown):
            current.style = "heading"  # "Budget 2025\n===========": the line above is a heading
            current = _flush(raws, current)
        elif "|" in stripped and current is not None and current.style == "line" \
                and _PIPE_DELIMITER_ROW.fullmatch(stripped) \
                and _pipe_header(text[current.start:current.end], stripped):
            # "Region | Volume" over "--- | ---": a Markdown table without its outer pipes
            current.style, current.end = "table", line_end
        else:
            style, content = _line_style(line, position)
            indent = len(line) - len(line.lstrip())
            hanging = (current is not None and current.style in ("entry", "bullet", "footnote")
                       and style == "line" and indent > current.indent)
            # "— Name (@handle) May 3, 2024" right under a quotation is its credit line, not
            # a list item: Markdown knows no dash-led list, so the line continues the quote
            hanging = hanging or (style == "bullet" and current is not None
                                  and current.style == "quote"
                                  and stripped[0] in CREDIT_DASHES)
            # the rows of a table, one a line, make one block
            table_row = current is not None and current.style == "table" and (
                style == "table" or style == "line" and "|" in stripped
                and _pipeless_table(text, current))
            if not hanging and not table_row and (
                    style != "line" or current is None or not soft_wrap
                    or not _continues(previous_line, stripped, current)):
                current = _flush(raws, current)
                start = position + indent
                # Most blocks have no bullet or marker: their content starts where they
                # do, and one int object serves both offsets of every block a corpus keeps.
                current = _Raw(start, line_end, style, start if content == start else content,
                               indent)
                if style == "heading":
                    current = _flush(raws, current)
            else:
                current.end = line_end
        previous_line = stripped
        position = line_end + 1
    _flush(raws, current)
    return raws


#: A Markdown table's delimiter row without outer pipes needed ("--- | :---: | ---:"): cells
#: of hyphens, an alignment colon at either end, parted by pipes.
_PIPE_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _pipe_header(header: str, delimiter: str) -> bool:
    """Whether a one-line block is the header row over a table's delimiter row.

    The header parts its cells with pipes, as many as the delimiter row has
    ("Region | Volume (TEU) | Change" over "--- | --- | ---").
    """
    if "\n" in header:
        return False
    cells = _UNESCAPED_PIPE.split(header.strip().strip("|"))
    return len(cells) >= 2 and len(cells) == len(delimiter.strip("|").split("|"))


def _pipeless_table(text: str, current: _Raw) -> bool:
    """Whether a table block is a Markdown table written without its outer pipes.

    Its rows carry on while each line holds a pipe; a table with outer pipes ends
    at a line that does not open with one.
    """
    first = text[current.start:current.end].split("\n", 1)[0]
    return not first.startswith("|") and "|" in first


def _underlines(text: str, current: _Raw, line: str, *, markdown: bool) -> bool:
    """Whether ``line`` is a Setext underline of the one-line block right above it.

    Markdown underlines any one-line paragraph (CommonMark), bar a sentence over
    dashes, which writers mean as a rule (_SENTENCE_STOP). In plain text the
    line above must read as a heading (a question too) and the underline run
    about as long (SETEXT_MIN_COVER): a short rule under a sentence stays a rule.
    """
    underline = _SETEXT_UNDERLINE.fullmatch(line)
    if underline is None or len(underline.group("mark")) < SETEXT_MIN_MARKS \
            or current.style != "line" or "\n" in text[current.start:current.end]:
        return False
    above = text[current.start:current.end].strip()
    if underline.group("mark")[0] == "-" and _SENTENCE_STOP.search(above):
        return False  # a sentence over a rule of dashes, however Markdown reads it
    if markdown:
        return True
    return len(underline.group("mark")) >= SETEXT_MIN_COVER * len(above) \
        and (is_heading_line(above) or is_heading_line(above.rstrip("?")))


def _flush(raws: list[_Raw], current: _Raw | None) -> None:
    if current is not None:
        raws.append(current)
    return None


def _aligned_row(line: str) -> bool:
    """Whether a line is a row of a table set out with spaces or tabs.

    ("Revenue    $1,420    $1,310    8.4%"): its cells are parted by two gaps or
    more (``figures.grid.CELL_GAP``, which splits the row into the same cells). One
    gap is matched at a time: a pattern for the whole row would backtrack.
    """
    inner = line.strip()
    if "  " not in inner and "\t" not in inner:
        return False
    gaps = CELL_GAP.finditer(inner)
    return next(gaps, None) is not None and next(gaps, None) is not None


def _line_style(line: str, position: int) -> tuple[str, int]:
    if _aligned_row(line):
        return "table", position + len(line) - len(line.lstrip())
    if line.lstrip(" \t")[:1].isalpha():
        # The common plain line: every marked style opens with a mark or a digit.
        return "line", position + len(line) - len(line.lstrip())
    heading = _MD_HEADING.match(line)
    if heading:
        return "heading", position + heading.start("text")
    footnote = _FOOTNOTE_DEF.match(line)
    if footnote:
        return "footnote", position + footnote.end()
    if _ENTRY_LINE.match(line):
        return "entry", position + len(line) - len(line.lstrip())
    bullet = _BULLET.match(line)
    if bullet and not (line.lstrip()[:1].isdigit() and _MONTH_YEAR_AFTER_DAY.match(line,
                                                                                  bullet.end())):
        return "bullet", position + bullet.end()  # (not "12. März 2025, 14:35 Uhr": a date)
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        return "table", position + len(line) - len(line.lstrip())
    quote = _QUOTE_LINE.match(line)
    if quote:
        return "quote", position + quote.end()
    return "line", position + len(line) - len(line.lstrip())


def _continues(previous: str, current: str, block: _Raw) -> bool:
    """Whether a plain line continues the block above (a soft-wrapped line)."""
    if block.style in ("heading", "fence", "frontmatter", "table"):
        return False
    if current[:1].isupper() and _MEMO_FIELD.match(current):
        return False  # a memo's header: one field a line
    if current[:1].isdigit() and len(current) <= DATE_LINE_MAX_CHARS \
            and _DATE_ONLY.fullmatch(current.strip()) is not None:
        return False  # a date on its own line under a headline: "24 January 2025"
    if block.style in ("quote",):
        return False
    if previous.endswith(("...", "…")):
        return False
    starts_lower = current[:1].islower() or current[:1] in "(,;–—"
    if not starts_lower and current.lstrip("*_").startswith(BYLINE_WORDS) \
            and byline_names(current):
        return False  # a byline right under the headline, no blank line between
    if not starts_lower and previous.lstrip("*_").startswith(BYLINE_WORDS) \
            and byline_names(previous):
        return False  # the date or role printed on the line under a byline
    if _TERMINAL.search(previous):
        return starts_lower and not previous.endswith((".", "!", "?", "”", '"'))
    return starts_lower or len(previous) >= 50


# --- classification -------------------------------------------------------

def _classify(text: str, raws: list[_Raw]) -> list[Block]:
    blocks: list[Block] = []
    index = 0
    while index < len(raws):
        raw = raws[index]
        kind, label, content_start = _kind_of(text, raw)
        block = Block(
            block_id=len(blocks) + 1, kind=kind, start=raw.start, end=raw.end,
            label=label, content_start=content_start,
        )
        index += 1
        if raw.style == "footnote":
            label_match = _FOOTNOTE_DEF.match(text, raw.start)
            marker = label_match.group("label") if label_match else str(len(blocks) + 1)
            body_end = _trim_end(text, raw.content_start, raw.end)
            block.entries = [SourceEntry(marker, raw.start, body_end, raw.content_start, 0,
                                         is_note=True)]
        elif kind == "sources":
            index = _absorb_list(text, raws, index, block, _entry_like)
            block.entries = _source_entries(text, block)
        elif kind == "tags":
            index = _absorb_list(text, raws, index, block, _tag_like)
            block.tags = split_tags(text[block.content_start:block.end])
        blocks.append(block)
    return blocks


def _kind_of(text: str, raw: _Raw) -> tuple[str, str | None, int]:
    content = text[raw.content_start:raw.end]
    stripped = content.strip()
    if raw.style == "frontmatter":
        return "meta", None, raw.start
    if raw.style == "fence" and raw.start == 0 and re.match(r"\s*(```|~~~)\s*json\b", text):
        return "meta", None, raw.start  # a JSON metadata block heading the file
    if raw.style in ("fence", "table"):
        # Code and table rows hold no sentences to read as claims; a table's numbers
        # are read cell by cell into figures (labelled TABLE_LABEL).
        if raw.style == "table" and holds_data(text, raw.start, raw.end):
            return "boilerplate", TABLE_LABEL, raw.start
        return "boilerplate", None, raw.start
    if raw.style == "footnote":
        return "sources", None, raw.content_start
    whole = text[raw.start:raw.end].strip()
    source_head = _heading_words("source_headings.txt").match(whole)
    if source_head and (raw.style == "heading" or _head_ends_label(whole, source_head)):
        if " ".join(source_head.group("word").lower().replace("’", "'").split()) \
                in EDITOR_NOTES_HEADINGS \
                and _NUMBERED_NOTE.match(text, raw.start + source_head.end()) is None:
            # a release's notes to editors in paragraphs, not numbered: facts, no sources
            return "heading", None, raw.content_start
        return "sources", None, raw.start + source_head.end()
    if whole[:1] in "([" and whole[-1:] in ")]" and "\n" not in whole:
        # a credit in brackets under a paragraph: "[Source: English Housing Survey]"
        inner = whole[1:-1]
        source_head = _heading_words("source_headings.txt").match(inner)
        if source_head and _head_ends_label(inner, source_head):
            lead = text.index(whole, raw.start) + 1
            return "sources", None, lead + source_head.end()
    tag_head = _heading_words("tag_headings.txt").match(whole)
    if tag_head and (raw.style == "heading" or _head_ends_label(whole, tag_head)):
        return "tags", None, raw.start + tag_head.end()
    if is_boilerplate(stripped) and not _live_blog_headline(text, raw, stripped) \
            or _IMAGE_ONLY.fullmatch(stripped) \
            or _LINK_DEFINITIONS.fullmatch(stripped) \
            or "\n" in stripped and _lines_of_furniture(stripped):
        return "boilerplate", None, raw.content_start
    if _DATE_ONLY.fullmatch(stripped.strip("*_ ")) or _release_notice(stripped):
        # a date stamp, a release's "FOR IMMEDIATE RELEASE" or its embargo: about the
        # article, not the world
        return "meta", None, raw.content_start
    if "/" in stripped and _DOCUMENT_SYMBOL.fullmatch(stripped.strip("*_ ")):
        return "meta", None, raw.content_start  # a release's number: "SC/15890", "S/2024/123"
    if "Meeting" in stripped and _MEETING_NUMBER.fullmatch(stripped.strip("*_ ")):
        return "meta", None, raw.content_start  # "9876th Meeting (AM)": the sitting's number
    if is_meta(stripped) or _editorial_note().match(stripped.lstrip("*_ ")):
        return "meta", None, raw.content_start
    if raw.style == "heading" or raw.style == "line" and stripped.startswith(("**", "__")) \
            and _BOLD_QUESTION.fullmatch(stripped):
        return "heading", None, raw.content_start
    memo = _MEMO_FIELD.match(text, raw.content_start, raw.end) \
        if raw.style == "line" and ":" in stripped[:MEMO_LABEL_MAX_CHARS] else None
    if memo and "\n" not in stripped and not _SENTENCE_END.search(stripped):
        if memo.group("label").lower() in _MEMO_SUBJECTS:
            return "heading", None, memo.end()
        return "meta", None, raw.content_start
    timestamp = _MEDIA_TIMESTAMP.match(text, raw.content_start, raw.end)
    if timestamp and raw.style in ("bullet", "entry", "line"):
        kind = "paragraph" if raw.style == "line" else "bullet"
        role_and_name = _role_and_name(text, timestamp.end(), raw.end)
        if role_and_name is not None:  # "[00:00:00] HOST (MARCUS OYELARAN): Welcome back …"
            return kind, *role_and_name
        speaker = _PARAGRAPH_LEAD_IN.match(text, timestamp.end(), raw.end)
        if speaker and speaker.group("label"):
            # "[00:00:24] WENDT: It's really …": the speaker labels the turn, not its time
            return kind, speaker.group("label"), speaker.end()
        return kind, timestamp.group("stamp"), timestamp.end()
    if raw.style == "line" and stripped[:1] in "(["  and stripped[-1:] in ")]" \
            and _STAGE_DIRECTION.fullmatch(stripped):
        return "meta", None, raw.content_start  # "(The briefing was concluded at 2:31 p.m.)"
    if raw.style in ("bullet", "entry"):
        if _NUMBERED_QUESTION.fullmatch(text, raw.start, raw.end):
            return "heading", None, raw.content_start  # "2. Why is Castria worried?"
        label_match = _LABEL.match(text, raw.content_start, raw.end)
        if label_match and _is_label(label_match.group("label")) \
                and not _labelled_value(text[label_match.end():raw.end]):
            return "bullet", label_match.group("label").strip(), label_match.end()
        return "bullet", None, raw.content_start
    if raw.style == "quote":
        return "quote", None, raw.content_start
    lead_in = None
    if is_heading_line(stripped):
        lead_in = _PARAGRAPH_LEAD_IN.match(text, raw.content_start, raw.end)
        turn_labels = _QUESTION_LABELS if stripped.startswith(("**", "__")) else frozenset()
        if lead_in is None or (lead_in.group("label") or "").lower() \
                not in _FACT_CHECK_LABELS_LOWER | turn_labels:
            return "heading", None, raw.content_start
    role_and_name = _role_and_name(text, raw.content_start, raw.end) if lead_in is None else None
    if role_and_name is not None:
        return "paragraph", *role_and_name  # "MARCUS OYELARAN, HOST: Welcome back …"
    lead_in = lead_in or _PARAGRAPH_LEAD_IN.match(text, raw.content_start, raw.end)
    if lead_in:
        label = lead_in.group("label") or lead_in.group("number") or lead_in.group("clock") \
            or lead_in.group("question") or lead_in.group("asked")
        if label and label[0].isdigit() and lead_in.group("number") is None \
                and is_boilerplate(text[lead_in.end():raw.end]):
            # a live blog's entry time before its welcome post ("08:01 GMT – Welcome to
            # our live coverage …"): the post is furniture, as it is with no time
            return "boilerplate", None, raw.content_start
        return "paragraph", label, lead_in.end()
    return "paragraph", None, raw.content_start


#: A live blog named in its own headline ("Floods in southern Pakistan: Live updates"),
#: which elsewhere on a page is a link to one.
_LIVE_BLOG = re.compile(r"\b(?:live|real-time|rolling) (?:coverage|updates|blog)\b", re.IGNORECASE)


def _live_blog_headline(text: str, raw: _Raw, stripped: str) -> bool:
    """Whether a block is a live blog's headline, not a link to a live blog.

    The headline is a "#" heading or the page's first line; elsewhere such a line
    links to another page's live coverage.
    """
    first = raw.style == "heading" and text.startswith("# ", raw.start) \
        or not text[:raw.start].strip()
    return first and "\n" not in stripped and _LIVE_BLOG.search(stripped) is not None \
        and not is_boilerplate(_LIVE_BLOG.sub("", stripped))


def _mark_fact_box_captions(text: str, blocks: list[Block]) -> None:
    """Make the caption over a fact box the label of its paragraph, which then holds no claim.

    "Key figures (Q4 2024 vs Q4 2023):" over "Revenue: NOK 12.3bn (11.6bn)"
    introduces the labelled values under it and states nothing itself. It is a
    one-line paragraph of at most LABEL_MAX_WORDS words ending in a colon, right
    over a labelled value (_LABELLED_VALUE).
    """
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.kind != "paragraph" or block.label is not None \
                or text[block.end - 1] != ":" or following.kind != "paragraph":
            continue
        caption = text[block.content_start:block.end - 1].strip()
        if "\n" not in caption and 1 <= len(caption.split()) <= LABEL_MAX_WORDS \
                and _LABELLED_VALUE.fullmatch(text[following.start:following.end].strip()):
            block.label, block.content_start = caption, block.end


#: A lead-in over a list has at most as many words as a fact box's caption:
#: "Key 2024 highlights include:" (4) or "Our main recommendations to the government
#: are:" (8) introduce the items and state nothing themselves, while "The board gave
#: three reasons for raising the payout:" (9) and "The ministry said on Monday that three
#: things had changed in the rules:" (15) report a claim of their own.
MAX_LIST_LEAD_IN_WORDS = LABEL_MAX_WORDS


def _mark_list_lead_ins(text: str, blocks: list[Block]) -> None:
    """Make a short lead-in over a list the label of its paragraph, which then holds no claim.

    "Key 2024 highlights include:" over "- Renewable electricity: 96% of …" introduces
    the items, as a fact box's caption does its values (_mark_fact_box_captions). It
    is a one-line paragraph of at most MAX_LIST_LEAD_IN_WORDS words ending in a colon,
    right over a bullet; a longer one states a claim and stays.
    """
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.kind != "paragraph" or block.label is not None \
                or text[block.end - 1] != ":" or following.kind != "bullet":
            continue
        lead_in = text[block.content_start:block.end - 1].strip()
        if "\n" not in lead_in and 1 <= len(lead_in.split()) <= MAX_LIST_LEAD_IN_WORDS \
                and _PASSIVE_END.search(lead_in) is None:
            block.label, block.content_start = lead_in, block.end


#: A lead-in that ends in a passive verb reports what happened to the items: "Three other
#: men were also sentenced:", "Four people have been arrested:" state a fact and stay
#: claims ("Key 2024 highlights include:" does not).
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be)[ \t]+"
                          r"(?:\w+ly[ \t]+|also[ \t]+|now[ \t]+)?"
                          r"\w+(?:ed|en|wn|un|ht|lt)$", re.IGNORECASE)


def _label_under_fact_check_headings(text: str, blocks: list[Block]) -> None:
    """Label the block under a fact check's label set as a heading ("## Claim:", "Rating").

    Snopes and Full Fact print "Claim" or "What was claimed" as a heading over the
    statement they check, and "Rating" over the finding: the block under it takes the
    label, as "Claim: …" on one line gives it, and a short finding ("False") under
    its label is a paragraph, not a heading.
    """
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.kind != "heading" or following.label is not None \
                or following.kind not in ("paragraph", "heading", "quote"):
            continue
        label = text[block.content_start:block.end].strip().strip("#*_ \t").rstrip(":").strip()
        if label.lower() in _FACT_CHECK_LABELS_LOWER:
            following.label = label
            if following.kind == "heading":
                following.kind = "paragraph"


def _mark_split_fields(text: str, blocks: list[Block]) -> None:
    """Mark a header field set as a heading over its value ``meta``, the value too.

    Pages print a field's label as a heading and its value on the line under it
    ("## Press Release Number:" over "24-412", "## Topic" over "Drug Trafficking"),
    as a memo prints "Topic: Drug Trafficking" on one line: about the text, neither
    a section nor a figure. The value is one short line and no sentence ("## Status"
    over "The bridge stays shut until May." heads a section).
    """
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.kind != "heading" or following.kind not in ("heading", "paragraph", "meta") \
                or not _MEMO_LABEL_ALONE.fullmatch(heading_text(text[block.start:block.end])):
            continue
        value = text[following.start:following.end].strip()
        if "\n" in value or value.startswith("#") or _SENTENCE_END.search(value) \
                or _TERMINAL.search(value) or len(value.split()) > LABEL_MAX_WORDS:
            continue
        for field in (block, following):
            field.kind, field.label = "meta", None


def _label_entries_under_times(text: str, blocks: list[Block]) -> None:
    """Label a paragraph with the time of day printed alone on the line over it.

    A live blog prints each entry's time over the entry ("15:48 GMT", then "The Red
    Cross says …"): the time labels the entry, as "15:48 GMT — The Red Cross says …"
    does. The time's own line stays ``meta``. Only where two times or more stand so: one
    alone under a headline is when the page was published.
    """
    entries = [(_CLOCK_LINE.fullmatch(text, block.start, block.end), following)
               for block, following in zip(blocks, blocks[1:], strict=False)
               if block.kind == "meta" and following.kind == "paragraph"
               and following.label is None]
    entries = [(time, following) for time, following in entries if time is not None]
    if len(entries) >= 2:
        for time, following in entries:
            following.label = time.group("time")


def _head_ends_label(whole: str, match: re.Match[str]) -> bool:
    rest = whole[match.end():]
    return match.group(0).rstrip().endswith(":") or not rest.strip()


def _labelled_value(rest: str) -> bool:
    """Whether what follows a bullet's colon is a value: a number in a word or two."""
    words = rest.split()
    return len(words) <= LABELLED_VALUE_MAX_WORDS and any(c.isdigit() for c in rest)


def _is_label(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= LABEL_MAX_WORDS and (label[0].isupper() or label[0].isdigit())


def _lines_of_furniture(block_text: str) -> bool:
    """Whether a block of several lines is page furniture line by line.

    A footer's lines run together into one block ("Follow us: …" / "Unsubscribe |
    Manage preferences" / "(c) 2025 …"), which no rule matches whole.
    """
    if "\n" not in block_text:
        return False
    lines = [line for line in block_text.split("\n") if line.strip()]
    return len(lines) <= MAX_FURNITURE_LINES and all(is_boilerplate(line) for line in lines)


#: Most lines of a block read as furniture line by line: a footer is a few lines.
MAX_FURNITURE_LINES = 8


def is_boilerplate(block_text: str) -> bool:
    """Whether a block is page furniture by the rules in ``data/boilerplate.txt``."""
    core = block_text.strip(" \t\n:;,.!?-–—|•*#>_()=")
    if not core:
        return True
    if core.isascii():  # lower case matches as the rules' IGNORECASE does
        whole_re, prefix_rules, gated_whole, gated_prefix = _boilerplate_rule_sets()
        if prefix_rules.match(core):
            return True
        short = len(core) <= 160
        if short and whole_re is not None and whole_re.fullmatch(core):
            return True
        lowered = core.lower()
        if short and any(rule.fullmatch(core) for rule in gated_whole.candidates(lowered)):
            return True
        return any(rule.match(core) for rule in gated_prefix.candidates(lowered))
    whole_re, prefix_re = _boilerplate_rules()
    if len(core) <= 160 and whole_re.fullmatch(core):
        return True
    return bool(prefix_re and prefix_re.match(core))


def is_meta(block_text: str) -> bool:
    """Whether a block talks about the article itself (``data/meta.txt``)."""
    if block_text.isascii():
        # ASCII text lower-cased matches the lower-cased rules as it matches the
        # case-insensitive ones; most blocks hold the words of no rule (GatedRules)
        return _meta_cues(block_text, META_MIN_CUES) >= META_MIN_CUES
    if not _mentions_meta(block_text):
        return False  # the common case, in one scan
    cues = sum(1 for rule in _meta_rules() if rule.search(block_text))
    return cues >= META_MIN_CUES


def _without_trailing_symbols(line: str) -> str:
    """``line`` without the emoji, pictographs and spaces it ends with."""
    end = len(line)
    while end and (line[end - 1].isspace() or unicodedata.category(line[end - 1])[0] == "S"
                   or line[end - 1] in "\ufe0f\u200d"):
        end -= 1
    return line[:end].rstrip("\"”’') ")


def _chatty(line: str) -> bool:
    """Whether a line before its closing emoji ends a sentence or holds one."""
    return line.endswith((".", "!", "?")) or _INNER_SENTENCE_END.search(line) is not None


#: A full stop after a lower-case word, then the next sentence's capital.
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][ \t]+[A-Z]")


# A sentence's end, then an aside in brackets closing the line.
_ASIDE_AFTER_SENTENCE = re.compile(r"[a-z0-9%)][.!?][\"”’']?[ \t]+[(\[][^()\[\]\n]{1,80}[)\]]$")
# A sentence's end, then a labelled credit closing the line: "… compiled by analysts.
# Source: Reuters calculations", "… by region. Chart: Lena Ortiz".
_CREDIT_AFTER_SENTENCE = re.compile(r"[a-z0-9%)][.!?][\"”’']?[ \t]+(?:Sources?|Data|Chart|Graphic"
                                    r"|Credit|Photo|Map)[ \t]*:[ \t]*\S")


def is_heading_line(line: str) -> bool:
    """Whether a plain-text line reads as a heading: one short line, no sentence end."""
    return _heading_shaped(line) and not _LABELLED_VALUE.fullmatch(line.strip(_EMPHASIS_EDGE))


def _heading_shaped(line: str) -> bool:
    """Whether a line reads as a heading or as a fact box's labelled value."""
    line = line.strip(_EMPHASIS_EDGE)
    if "\n" in line or not line or len(line) > 120:
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    if line[0] in "\"“‘'" or line.endswith((":", ",", ";", "-", "–", "—")):
        return False
    if line.rstrip("\"”’') ").endswith((".", "!", "?", "…")) or "。" in line:
        return False  # a sentence (Chinese and Japanese end one at 。 wherever it is)
    last = line.rstrip("\ufe0f\u200d")[-1:]  # an emoji's variation selector or joiner
    if last and unicodedata.category(last)[0] == "S" and _chatty(_without_trailing_symbols(line)):
        return False  # a post's sentences closed by an emoji ("… this year. Wish me luck ☕")
    if _NOTE_AFTER_SENTENCE.search(line) or _ASIDE_AFTER_SENTENCE.search(line) \
            or _CREDIT_AFTER_SENTENCE.search(line):
        # a sentence and its note number ("… said the ministry.1"), or its aside in
        # brackets: a source or a vote ("… costs £5,400 a year. (ORR data)", "…
        # be approved. (For 10, Against 2)", "… last year. [Source: ORR]"), or its
        # credit ("… compiled by analysts. Source: Reuters calculations")
        return False
    words = [w for w in line.split() if any(c.isalnum() for c in w)]
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    return not MARKER.search(line)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n-–—;|":
        end -= 1
    return end


# --- lists: sources and tags ----------------------------------------------

def _entry_like(text: str, raw: _Raw) -> bool:
    if raw.style in ("entry", "bullet", "footnote"):
        return True
    lines = text[raw.start:raw.end].strip().split("\n")
    # one line, or lines run together into one block when each is an entry ("FBI, Crime
    # Data Explorer, accessed March 10, 2025" over "Thornton for Ohio, email, March 3, 2025")
    return len(lines) <= MAX_RUN_TOGETHER_ENTRIES \
        and all(_entry_line(line.strip()) for line in lines)


def _entry_line(line: str) -> bool:
    """Whether one line reads as a source entry.

    A link, an academic reference without one ("Garcia, M. (2018). Title. …"), or a
    fact check's dated entry ("Carla Whitman, post on X, May 27, 2025").
    """
    return _LINK_IN_ENTRY.search(line) is not None or looks_like_reference(line) \
        or _DATED_ENTRY.fullmatch(line) is not None


_LINK_IN_ENTRY = re.compile(r"https?://|www\.")
#: Most lines of one block read as entries one a line.
MAX_RUN_TOGETHER_ENTRIES = 60
#: A short line of parts parted by commas, ending in a date or a year, as source lists
#: set one entry a paragraph ("Texas Division of Emergency Management, spending report,
#: May 2025").
_DATED_ENTRY = re.compile(r"[^\n,]{2,120}(?:,[^\n,]{1,120}){0,6},[ \t]*(?:[^\n,]{0,60}[ \t])?"
                          r"(?:19|20)\d\d\.?")


def _tag_like(text: str, raw: _Raw) -> bool:
    return raw.style == "bullet" and len(_WORD.findall(text[raw.content_start:raw.end])) <= 6


def _absorb_list(text, raws, index, block, belongs) -> int:
    """Extend a list block with the following raw blocks that belong to it."""
    has_items = bool(text[block.content_start:block.end].strip(" \t\n:-"))
    item_style = None
    while index < len(raws):
        raw = raws[index]
        if item_style and raw.style in ("entry", "bullet") and raw.style != item_style:
            break  # "[KEY]" entries followed by a numbered section heading, etc.
        following = raws[index + 1] if index + 1 < len(raws) else None
        if (not has_items and raw.style == "line" and following is not None
                and following.style in ("bullet", "entry")
                and is_heading_line(text[raw.start:raw.end].strip())):
            break  # an empty list heading followed by the next section's heading
        if raw.style in ("entry", "bullet"):
            item_style = item_style or raw.style
        gap = text[block.end:raw.start]
        if not belongs(text, raw) and (has_items or gap.count("\n") > 2 or raw.style == "heading"):
            if not (not has_items and raw.style == "line" and gap.count("\n") <= 1):
                break
        block.end = raw.end
        has_items = True
        index += 1
    return index


_ENTRY_START = re.compile(
    r"(?=[ \t\-*•\[\d^])"  # a cheap first-character test before the lookbehinds
    r"(?:(?<=^)|(?<=\n)|(?<=[\s:;\"”’.)-]))[ \t]*(?:[-*•][ \t]*)?"
    # a bracketed key ("[RFC2119]"), not a Markdown link's text ("[Reuters](https://…)");
    # a number up to 9999 ("1000. …" in a long list)
    r"(?:\[(?P<bracket>\^?[\w.-]{1,32})\](?!\():?|(?P<num>\d{1,4})[.)](?=[ \t])"
    r"|(?P<caret>\^)(?=[ \t]))[ \t]*",
)
_LINE_ITEM = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?", re.MULTILINE)
_BULLET_MARK = re.compile(r"[ \t]*[-*•][ \t]+")


def _source_entries(text: str, block: Block) -> list[SourceEntry]:
    body_start, body_end = block.content_start, block.end
    body = text[body_start:body_end]
    starts = [m for m in _ENTRY_START.finditer(body) if _entry_marker_ok(body, m)]
    at_line_start = [m for m in starts if _at_line_start(body, m.start())]
    if len(at_line_start) >= 2:
        # A list with one entry per line: brackets inside an entry ("arXiv:1706 [cs.LG]")
        # are not entry markers.
        starts = at_line_start
    entries: list[SourceEntry] = []
    if starts:
        for i, match in enumerate(starts):
            stop = starts[i + 1].start() if i + 1 < len(starts) else len(body)
            marker = (match.group("bracket") or match.group("num") or str(i + 1)).lstrip("^")
            marker_group = next(g for g in ("bracket", "num", "caret") if match.group(g))
            entry_start = body_start + match.start(marker_group) - (marker_group == "bracket")
            content_start = body_start + match.end()
            entry_end = _trim_end(text, content_start, body_start + stop)
            if entry_end > content_start:
                entries.append(SourceEntry(marker, entry_start, entry_end, content_start,
                                           len(entries) + 1))
        return entries
    position = body_start
    lines = body.split("\n")
    bulleted = sum(1 for line in lines if _BULLET_MARK.match(line)) >= 2
    gap = False
    for line in lines:
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        item = _LINE_ITEM.match(line)
        after_gap, gap = gap, not line.strip()
        if bulleted and after_gap and line.strip() and not _BULLET_MARK.match(line):
            break  # "*Full Check is an independent charity. Read our …*" under a bulleted list
        content_start = line_start + (item.end() if item else 0)
        entry_end = _trim_end(text, content_start, line_end)
        while entry_end > content_start and text[entry_end - 1] in ")]" \
                and text.count("([" [")]".index(text[entry_end - 1])], content_start,
                               entry_end) < text.count(text[entry_end - 1], content_start,
                                                       entry_end):
            entry_end -= 1  # the bracket closing a credit "[Source: …]", not the entry's own
        if entry_end > content_start:
            entries.append(SourceEntry(str(len(entries) + 1), content_start, entry_end,
                                       content_start, len(entries) + 1))
    return entries


def _at_line_start(body: str, position: int) -> bool:
    line_start = body.rfind("\n", 0, position) + 1
    return not body[line_start:position].strip(" \t-*•")


def _entry_marker_ok(body: str, match: re.Match[str]) -> bool:
    """Numbered "12." starts an entry only at the start of a line."""
    if match.group("num") or match.group("caret"):
        line_start = body.rfind("\n", 0, match.start()) + 1
        return not body[line_start:match.start()].strip(" \t-*•")
    return True


def list_mark_end(text: str, start: int, end: int) -> int:
    """Return where a list item's content begins: after its bullet or number ("- ", "1. ")."""
    mark = _BULLET.match(text, start, end)
    return mark.end() if mark else start


def split_tags(body: str) -> list[str]:
    """Split a tag list ("Floods; Weather | Milltown", "a, b, c") into its tags."""
    tags = [t.strip(" \t\n-*•#.") for t in _TAGS_SPLIT.split(body)]
    return [t for t in tags if t and len(t) <= 80]


# --- page-level passes ----------------------------------------------------

_CONTENT_KINDS = ("paragraph", "bullet", "quote", "heading", "headline", "dek", "title")


def _mark_byline(text: str, blocks: list[Block]) -> str | None:
    """Mark a byline near the top as ``meta`` and return its names ("Ann Lee; Bo Kim")."""
    for block in blocks[:DATELINE_SEARCH_BLOCKS]:
        if block.kind not in ("paragraph", "heading"):
            continue
        block_text = text[block.start:block.end]
        if "\n" in block_text.strip() or _SENTENCE_END.search(block_text):
            continue
        names = byline_names(block_text)
        if not names and len(block_text) <= MASTHEAD_MAX_CHARS \
                and _MASTHEAD_SEPARATOR.search(block_text):
            # a masthead line with a byline among its segments: "Full Check | By Hannah
            # Okoro | 14 March 2025"
            names = next(filter(None, (byline_names(segment) for segment in
                                       _MASTHEAD_SEPARATOR.split(block_text.strip())[1:])),
                         None)
            if names:
                return names  # the masthead is read (as meta) for its name and date
        if names:
            block.kind = "meta"
            _mark_byline_line(text, blocks, block)
            return names
        credited = document_credit(block_text) \
            if block.block_id > 1 or _RELEASE_CREDIT.match(block_text) else None
        if credited:  # (under a title: a first line so worded is the headline, but for
            # a release's credit, which heads no story: "Press release from …")
            block.kind = "meta"  # "A report by the Institute for Dryland Studies"
            return credited
    _mark_outlet_credit(text, blocks)
    return _mark_bare_byline(text, blocks)


#: A byline crediting an outlet or a desk, not a person: a byline word and one to four
#: capitalised words or brand names with a digit ("Por g1 Rio", "By Reuters"); not "By
#: the numbers", whose words are lower case.
_OUTLET_CREDIT = re.compile(r"(?:" + "|".join(BYLINE_WORDS) + r")(?:[ \t]+(?:[A-Z][\w.&'’-]*"
                            r"|[a-z]{1,4}\d{1,3}))[ \t]+(?:[A-Z][\w.&'’-]*[ \t]*){0,3}|"
                            r"(?:" + "|".join(BYLINE_WORDS) + r")[ \t]+[a-z]{1,4}\d{1,3}")


def _mark_outlet_credit(text: str, blocks: list[Block]) -> None:
    """Mark a byline that credits an outlet, right over the date stamp, ``meta``.

    "Por g1 Rio" over "16/03/2025 08h12 · Atualizado há 3 horas" names the site's
    desk, no person and no section; it gives no author.
    """
    for block in blocks[:DATELINE_SEARCH_BLOCKS]:
        following = blocks[block.block_id] if block.block_id < len(blocks) else None
        if block.kind == "heading" and following is not None and following.kind == "meta" \
                and _OUTLET_CREDIT.fullmatch(text[block.start:block.end].strip()) \
                and _DATE_ONLY.fullmatch(text[following.start:following.end].strip("*_ ")):
            block.kind = "meta"
            return


#: A word of a name printed alone as a byline: capitalised, not in capitals ("Jessica",
#: "O'Neil", "McAllister", "Mary-Jane"; not "ABC" nor "and").
_NAME_WORD = re.compile(r"[A-Z](?:[a-z]+|['’][A-Z][a-z]+|a?c[A-Z][a-z]+)(?:[-'’][A-Z]?[a-z]+)*")
# A year in the date stamp under a bare byline ("Posted Tue 24 Jun 2025 at 5:42pm").
_YEAR_IN_STAMP = re.compile(r"\b(?:19|20)\d{2}\b")
#: How many words a byline printed with no "By" holds: a given name and one or two
#: surnames ("Jessica Tran", "Ana Lopez Ruiz").
BARE_BYLINE_WORDS = (2, 3)


def _mark_bare_byline(text: str, blocks: list[Block]) -> str | None:
    """Mark a name printed alone under the headline, over its date stamp, as the byline.

    ABC pages print the reporter's name with no "By" between the headline and the
    "Posted …" or "Updated …" line: "Jessica Tran" there is the author, no section.
    Only the second content line, two or three capitalised words that may name a
    person (``looks_like_person``), right over a date stamp; a box's heading ("Key
    Findings") or a list's ("Top Stories") is none.
    """
    content = [block for block in blocks[:DATELINE_SEARCH_BLOCKS]
               if block.kind not in ("meta", "boilerplate")]
    if len(content) < 2 or content[1].kind != "heading" or content[0].kind != "paragraph" \
            and content[0].kind != "heading":
        return None
    block = content[1]
    following = blocks[block.block_id] if block.block_id < len(blocks) else None
    stamp = text[following.start:following.end].strip("*_ ") if following is not None else ""
    names = _mark_names_only_byline(text, blocks, content)
    if names is not None:  # "Dr Tomasz Wielgus and Priya Raman", with no date stamp needed
        return names
    line = text[block.start:block.end].strip()
    if following is None or following.kind != "meta" or not _DATE_ONLY.fullmatch(stamp) \
            or _YEAR_IN_STAMP.search(stamp) is None:
        return None  # (a time alone, "2.31 pm", stamps a record's sitting, not a story)
    words = line.split()
    if len(words) not in BARE_BYLINE_WORDS or not all(map(_NAME_WORD.fullmatch, words)) \
            or line.lower() in BOX_HEADINGS or FURNITURE_LIST_HEADING.fullmatch(line) \
            or not looks_like_person(line):
        return None
    block.kind = "meta"
    return line


#: The parts of a line of names: people and their roles, parted by commas and "and".
_NAME_PARTS = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]*")
#: A title of address before a name in a line of names ("Dr Tomasz Wielgus").
_NAME_TITLE = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+")
#: Fewest people a line of names alone must name to be a byline: one name alone under a
#: headline may be a subject's, and needs a date stamp under it (_mark_bare_byline).
MIN_NAMES_ONLY_BYLINE = 2


#: How many content lines from the top a line of names alone may stand: under the
#: headline, which may stand under a kicker ("COMMENTARY").
NAMES_ONLY_BYLINE_LINES = 3


def _mark_names_only_byline(text: str, blocks: list[Block], content: list[Block]) -> str | None:
    """Mark a line of names alone under the headline ``meta``; return its names or None."""
    for block in content[1:NAMES_ONLY_BYLINE_LINES]:
        # a date stamp under it, perhaps under the authors' affiliation
        under = blocks[block.block_id:block.block_id + 2]
        names = _names_only_byline(text[block.start:block.end].strip(),
                                   stamped=any(b.kind == "meta" for b in under)) \
            if block.kind == "heading" else None
        if names is not None:
            block.kind = "meta"
            return names
    return None


def _names_only_byline(line: str, *, stamped: bool) -> str | None:
    """Return the people a line of names alone credits, "; "-separated, or None.

    Think tanks and journals print their authors under the title with no "By": "Dr
    Tomasz Wielgus and Priya Raman", "Tomasz Wielgus, Senior Fellow, and Priya Raman,
    Research Analyst". Every part is a name of two or three capitalised words (a title
    of address before it) or, after a name, a role with a byline role's word; at least
    MIN_NAMES_ONLY_BYLINE names. Capitalised words pass for names too readily ("Key
    Findings and Next Steps"), so a title of address, a role or a meta line under it
    (``stamped``: a date stamp) must say they are people.
    """
    names: list[str] = []
    previous_name, people = False, stamped
    for part in _NAME_PARTS.split(line.strip(" *_")):
        title = _NAME_TITLE.match(part)
        bare = part[title.end():] if title else part
        words = bare.split()
        if len(words) in BARE_BYLINE_WORDS and all(map(_NAME_WORD.fullmatch, words)) \
                and looks_like_person(bare) and not _role_words(words):
            names.append(part)
            previous_name, people = True, people or title is not None
        elif previous_name and words and _role_words(words):
            previous_name, people = False, True  # "Senior Fellow" after "Tomasz Wielgus"
        else:
            return None
    return "; ".join(names) if people and len(names) >= MIN_NAMES_ONLY_BYLINE else None


def _role_words(words: list[str]) -> bool:
    """Whether capitalised ``words`` name a writer's role ("Senior Fellow", "Research Analyst")."""
    return words[-1].lower() in _BYLINE_ROLE_ENDS or any(w.lower() in _BYLINE_ROLES
                                                        for w in words)


#: Documents a report's credit line names ("A report by …", "A policy brief from …").
DOCUMENT_KINDS = ("report", "briefing", "brief", "paper", "study", "analysis", "review",
                  "assessment", "submission", "evaluation", "audit", "survey", "investigation",
                  # a release's credit over or under its headline ("Press release from
                  # Kestrel University"); not "release" alone: "The release from prison of …"
                  "press release", "news release", "media release")
#: A release's credit line, which names who issues it wherever it stands.
_RELEASE_CREDIT = re.compile(r"[*_ ]*(?:an?[ \t]+|the[ \t]+)?(?:joint[ \t]+)?"
                             r"(?:press|news|media)[ \t]+release[ \t]+(?:from|by)\b",
                             re.IGNORECASE)
#: A document's credit line under its title: "A report by the Institute for Dryland
#: Studies", "A policy brief from the Centre for Cities", "Prepared by the Office of the
#: Auditor General", "Research paper by Ana Ruiz and Tom Lee": the body or the people
#: who wrote it, a leading "the" dropped.
_DOCUMENT_CREDIT = re.compile(
    r"[*_ ]*(?:(?:(?:An?|The)[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}?(?i:" + "|".join(DOCUMENT_KINDS)
    + r")[ \t]+(?:by|from)|(?:Prepared|Produced|Compiled|Commissioned|Researched)[ \t]+(?:by|for))"
    r"[ \t]+(?:the[ \t]+)?(?P<credit>[A-Z][\w.&'’-]*"
    r"(?:(?:[ \t]+(?:of|for|on|and|&|the|de|du|des|la|del))*[ \t]+[A-Z(][\w.&'’()-]*){0,9})"
    r"[*_ ]*\.?[*_ ]*")


def document_credit(line: str) -> str | None:
    """Return who a document's credit line names as its author, or None.

    People are "; "-separated, as in a byline; a body is given whole.

    Examples
    --------
    >>> document_credit("A report by the Institute for Dryland Studies")
    'Institute for Dryland Studies'
    >>> document_credit("Research paper by Ana Ruiz and Tom Lee")
    'Ana Ruiz; Tom Lee'
    >>> document_credit("A report by the end of the year") is None
    True
    """
    match = _DOCUMENT_CREDIT.fullmatch(line.strip())
    if match is None:
        return None
    credit = match.group("credit")
    people = [part.strip() for part in re.split(r"[ \t]+(?:and|&)[ \t]+|,[ \t]*", credit)]
    if len(people) > 1 and all(2 <= len(p.split()) <= 4 and all(w[0].isupper() for w in p.split())
                               and not any(w.lower() in _ORGANISATION_NAME_WORDS
                                           for w in p.split()) for p in people):
        return "; ".join(people)
    return credit


def _mark_byline_line(text: str, blocks: list[Block], byline: Block) -> None:
    """Mark the line printed right under a byline, no sentence, as ``meta``.

    "By Grace Njeri" over "BBC News, Nairobi" or "Health correspondent": the
    byline's outlet, place or role, not a heading over the article.
    """
    following = blocks[byline.block_id] if byline.block_id < len(blocks) else None
    if following is not None and following.kind in ("paragraph", "heading") \
            and _next_line(text, byline, following) \
            and _heading_shaped(text[following.start:following.end]) \
            and len(text[following.start:following.end].split()) <= LABEL_MAX_WORDS:
        following.kind, following.label = "meta", None


def _next_line(text: str, block: Block, following: Block) -> bool:
    """Whether ``following`` starts on the line right under ``block`` (no blank line)."""
    return text.count("\n", block.end, following.start) == 1 \
        and not text[block.end:following.start].strip()


#: A name leading a paragraph in an interview set out as a dialogue ("Ingrid Vos: The
#: gauge fell …", "Freight Today: Will more dredging help?"): two to four capitalised
#: words, in mixed case (all-capitals lead-ins are _PARAGRAPH_LEAD_IN's).
_NAME_LEAD_IN = re.compile(
    r"[*_]{0,2}(?P<label>[A-Z][a-z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|van|von|de|der|da|di"
    r"|du|le|la|bin)){1,3})[*_]{0,2}:[*_]{0,2}[ \t]+(?=[A-Z\"“‘'])")
#: A dialogue has at least two voices, each opening at least this many paragraphs:
#: one name before a colon twice is no interview ("Key Points: …").
MIN_DIALOGUE_TURNS = 2


def _mark_dialogue_turns(text: str, blocks: list[Block]) -> None:
    """Label the paragraphs of an interview set out as a dialogue with their speaker.

    Mixed-case lead-ins are mostly sentences ("Cole said: …"), so a name before a
    colon is a label only where two or more names each open MIN_DIALOGUE_TURNS
    paragraphs or more: the interviewer and the interviewee taking turns.
    """
    found: list[tuple[Block, re.Match[str]]] = []
    for block in blocks:
        # (after a recording's time too: "[00:00:09] Clara Voss: Thanks …")
        if block.kind == "paragraph" and (block.label is None
                                          or _RECORDING_TIME.fullmatch(block.label)):
            match = _NAME_LEAD_IN.match(text, block.content_start, block.end)
            if match is not None:
                found.append((block, match))
    turns = Counter(match.group("label") for _, match in found)
    voices = {label for label, count in turns.items() if count >= MIN_DIALOGUE_TURNS}
    if len(voices) < 2:
        return
    for block, match in found:
        if match.group("label") in voices:
            block.label, block.content_start = match.group("label"), match.end()


#: A recording's time as a label takes it from a media timestamp ("00:00:09", "12:30").
_RECORDING_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
#: A speaker's name and the recording's time alone on the line over their turn, as
#: Rev and Otter transcripts print them: "Clara Voss (00:00:09):", "CLARA VOSS [00:09]".
#: The longest line a speaker's name and a recording's time fill ("Clara Voss (00:00:09):").
MAX_SPEAKER_LINE = 100
_SPEAKER_OVER_TURN = re.compile(
    r"[*_]{0,2}(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*"
    r"[\[(]\d{1,2}(?::\d{2}){1,2}[\])][*_]{0,2}:?[*_]{0,2}")


def _label_turns_under_speaker_lines(text: str, blocks: list[Block]) -> None:
    """Label a turn with the speaker named on the line over it, with the recording's time.

    "Clara Voss (00:00:09):" alone over "Thanks for having me." labels that paragraph
    "Clara Voss", and the line is ``meta``, when the name opens MIN_DIALOGUE_TURNS such
    lines or more: one name and a time in brackets once is no transcript.
    """
    found = []
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.end - block.content_start > MAX_SPEAKER_LINE or block.kind != "paragraph":
            continue  # (the common case: a paragraph too long to be a name and a time)
        line = text[block.content_start:block.end].strip()
        match = _SPEAKER_OVER_TURN.fullmatch(line) if "\n" not in line else None
        if block.kind == "paragraph" and block.label is None and match is not None \
                and following.kind == "paragraph" and following.label is None:
            found.append((block, following, match.group("label")))
    turns = Counter(label for _, _, label in found)
    for block, following, label in found:
        if turns[label] >= MIN_DIALOGUE_TURNS:
            block.kind, following.label = "meta", label


#: A press release's company boilerplate: "About Northwind Robotics" over "Northwind
#: Robotics builds …". The heading names the company in capitals (not "About the
#: study"), and the paragraph under it opens with that name.
_ABOUT_COMPANY = re.compile(
    r"(?:About|ABOUT)[ \t]+(?P<name>(?!(?i:the|this|these|our|us|me|him|her|them|it|its|what"
    r"|how|why)\b)"
    r"[A-Z][\w&'’.-]*(?:,?[ \t]+(?:[A-Z0-9][\w&'’.,-]*|&|of|and|for|the|to|in|on|de|du|la|von"
    r"|der)){0,6})"
    # the company's ticker after its name: "About Helix Health Systems (NYSE: HLXH)"
    r"(?:[ \t]*\([A-Z]{2,10}:[ \t]*[A-Z.]{1,8}\))?")
#: The heading of a release's legal notice: its section, up to the next heading, is the
#: notice ("Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note
#: Regarding Forward-Looking Statements", "Disclaimer").
_LEGAL_NOTICE_HEAD = re.compile(
    r"(?:(?:cautionary|important)[ \t]+(?:note|statement|notice|information)"
    r"(?:[ \t]+(?:regarding|concerning|about|on))?[ \t]+)?"
    r"(?:forward[- ]looking[ \t]+(?:statements?|information)|safe[ \t]+harbou?r"
    r"(?:[ \t]+(?:statement|notice|provision))?|(?:legal[ \t]+|important[ \t]+)?disclaimers?"
    r"|legal[ \t]+notices?|terms[ \t]+of[ \t]+use"
    # an advisory's record of its own versions ("Revision history": "1.0 (2024-05-07):
    # Initial publication.")
    r"|(?:revision|document|version)[ \t]+history)[ \t]*:?",
    re.IGNORECASE)
#: The heading over a release's contacts ("Media contact:", "Press enquiries").
_CONTACT_HEAD = re.compile(
    r"(?:(?:media|press|investor|news)[ \t]+)?(?:contacts?|enquiries|inquiries|relations)"
    r"[ \t]*:?", re.IGNORECASE)


#: What shows a text is a press release, not news about a company: a wire's tag in the
#: dateline ("/PRNewswire/"), the "###" or "-30-" that ends a release, a media-contact
#: line, "FOR IMMEDIATE RELEASE". Only a release's "About <Company>" is boilerplate.
_PRESS_RELEASE_SIGN = re.compile(
    r"/\s*(?:PRNewswire|Business ?Wire|BizWire|GLOBE NEWSWIRE|EINPresswire|ACCESSWIRE|"
    r"PRWeb|Newswire)[^/\n]{0,40}/|--\((?:BUSINESS WIRE|GLOBE NEWSWIRE)\)--"
    r"|^[ \t]*(?:#{3}|-[ \t]?30[ \t]?-)[ \t]*$"
    r"|^[ \t]*(?:media|press|investor) (?:contacts?|enquiries|inquiries)\b"
    r"|\bfor immediate release\b", re.IGNORECASE | re.MULTILINE)


def _opens_with_name(text: str, position: int, name: str) -> bool:
    """Whether the first sentence at ``position`` names ``name``'s first word.

    "About Greenfield Water Authority" over "The Greenfield Water …", "Founded in
    1987, Greenfield …"; in any case ("ABOUT HELIX HEALTH" over "Helix Health …").
    """
    first_word = name.split()[0].rstrip(",.").lower()
    sentence = text[position:position + ABOUT_NAME_REACH].lower()
    at = sentence.find(first_word)
    return at != -1 and not _FIRST_SENTENCE_END.search(sentence, 0, at)


#: How far into an "About" section's first paragraph its company's name is looked for.
ABOUT_NAME_REACH = 160
#: A full stop ending a sentence (not "Inc." or "U.S."): past it the first sentence is over.
_FIRST_SENTENCE_END = re.compile(r"[a-z]{3}\.\s")


#: Blocks that end the section a heading opens.
_SECTION_ENDS = ("heading", "headline", "title", "sources", "tags")


def _section_under(blocks: list[Block], place: int) -> list[Block]:
    """Return the blocks under ``blocks[place]`` up to the next heading or list."""
    section = []
    for following in blocks[place + 1:]:
        if following.kind in _SECTION_ENDS:
            break
        section.append(following)
    return section


def _mark_furniture(blocks: list[Block]) -> None:
    """Make the content blocks among ``blocks`` boilerplate (no label)."""
    for block in blocks:
        if block.kind in _CONTENT_KINDS:
            block.kind, block.label = "boilerplate", None


def _mark_release_boilerplate(text: str, blocks: list[Block]) -> None:
    """Mark a press release's "About <Company>" section, legal notices and contacts boilerplate.

    In the second half of a release, a heading "About <Name>" (its legal form or
    ticker after it, in capitals or not) whose first paragraph names the company in
    its first sentence ("Founded in 1987, Helix …") is the company's standard blurb:
    it and its section (up to the next heading) are furniture. Anywhere, a legal
    notice's heading ("Forward-Looking Statements", "Safe Harbor Statement",
    "Disclaimer") makes its section furniture. The short lines right under a
    contacts heading ("Jamie Cole", "Head of Communications") are the contact, not
    headings.
    """
    half = len(text) // 2
    release: bool | None = None  # looked for at the first "About <Name>" heading only
    for place, block in enumerate(blocks):
        if block.kind in ("heading", "boilerplate") and _LEGAL_NOTICE_HEAD.fullmatch(
                heading_text(text[block.start:block.end]).strip(_EMPHASIS_EDGE)):
            block.kind, block.label = "boilerplate", None
            _mark_furniture(_section_under(blocks, place))  # the notice, to the next part
            continue
        if block.kind in ("heading", "paragraph") and block.start >= half:
            # (a heading ending in a legal form's stop reads as a paragraph: "About Acme, Inc.")
            about = _ABOUT_COMPANY.fullmatch(heading_text(text[block.start:block.end]).strip())
            if about is None:
                continue
            if release is None:
                release = _PRESS_RELEASE_SIGN.search(text) is not None
            if not release:
                continue
            section = _section_under(blocks, place)
            first = next((b for b in section if b.kind == "paragraph"), None)
            if first is not None and _opens_with_name(text, first.content_start,
                                                      about.group("name")):
                _mark_furniture([block, *section])
        if block.kind == "boilerplate" and _CONTACT_HEAD.fullmatch(
                heading_text(text[block.start:block.end])):
            for following in blocks[place + 1:]:
                lines = text[following.start:following.end].split("\n")
                # (a name over a company's name reads as a sign-off, "meta", too)
                if following.kind in ("heading", "paragraph", "meta") and len(lines) <= \
                        MAX_FURNITURE_LINES and all(_contact_line(line) for line in lines):
                    following.kind, following.label = "boilerplate", None
                elif following.kind != "boilerplate":
                    break


def _contact_line(line: str) -> bool:
    """Whether a line under a contacts heading is part of the contact.

    A name, a role or a company ("Jamie Cole", "Head of Communications"), or an
    e-mail address or a telephone number (``is_boilerplate``'s contact rule); not
    the page's date stamp after them ("Updated November 6, 2024").
    """
    if _DATE_ONLY.fullmatch(line.strip(_EMPHASIS_EDGE)):
        return False
    return (_heading_shaped(line) and len(line.split()) <= LABEL_MAX_WORDS) \
        or is_boilerplate(line)


#: A letter's or a column's sign-off: the writer's name, perhaps after a title
#: ("Jane Porter", "Dr Omar Siddiqui", "Prof. A. N. Other"), each word capitalised.
_SIGN_OFF_NAME = re.compile(
    r"(?:(?:Dr|Prof|Cllr|Rev|Revd|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|van|von|de|da|di|du|la|le|bin|al-\w+)){1,3}")
#: A sign-off is the name and at most this many lines more (a role, a town).
SIGN_OFF_MAX_LINES = 3


def _mark_sign_offs(text: str, blocks: list[Block]) -> None:
    """Mark the sign-offs under letters and columns as ``meta``.

    After body text, a name on a line of its own over a town or a role on the
    next line ("Jane Porter" / "Ashby-de-la-Zouch"), or alone, last on the page
    right under a paragraph, signs what precedes: it heads nothing. A heading
    stands alone over its paragraph.
    """
    seen_body = False
    last_content = max((b.block_id for b in blocks if b.kind not in ("boilerplate", "meta")),
                       default=0)
    for block in blocks:
        if block.kind == "paragraph":
            seen_body = True
            continue
        if not seen_body or block.kind != "heading" \
                or not _SIGN_OFF_NAME.fullmatch(text, block.start, block.end):
            continue
        lines = [block]
        for following in blocks[block.block_id:block.block_id + SIGN_OFF_MAX_LINES - 1]:
            if following.kind not in ("heading", "meta") \
                    or not _next_line(text, lines[-1], following):
                break
            lines.append(following)
        # alone, it closes the page right under the text it signs
        last = block.block_id == last_content and blocks[block.block_id - 2].kind == "paragraph"
        if len(lines) > 1 or last:
            for line in lines:
                line.kind = "meta"


#: An author blurb is short: "Rosalind Achterberg is a senior fellow at the Centre
#: for Labour Economics." (one or two sentences; op-ed pages and newsletters).
BLURB_MAX_CHARS = 300
#: How a blurb goes on after the author's name.
_BLURB_VERBS = r"(?:is|was|has\s+been|writes|covers|reports|teaches|leads|directs)\b"


def _mark_author_blurbs(text: str, blocks: list[Block], authors: str) -> None:
    """Mark short paragraphs introducing an author ("X is a senior fellow at …") boilerplate."""
    names = {name.strip() for name in authors.split(";") if len(name.split()) >= 2}
    if not names:
        _mark_closing_reporter_blurb(text, blocks)
        return
    full = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    surnames = "|".join(re.escape(name.split()[-1]) for name in names)
    # the full name before any blurb verb; the surname alone only before "is a/an/the"
    blurb = re.compile(r"[*_ ]*(?:(?:" + full + r")[*_]*\s+" + _BLURB_VERBS
                       + r"|(?:" + surnames + r")[*_]*\s+is\s+(?:a|an|the)\s)")
    for block in blocks:
        if block.kind == "paragraph" and block.end - block.start <= BLURB_MAX_CHARS \
                and blurb.match(text, block.content_start, block.end):
            block.kind = "boilerplate"


#: A closing paragraph that introduces a reporter by their beat, when the page names no
#: author ("Jane Doe is a reporter covering local government …", "Ann Lee covers
#: energy for The Post"): a name, then "is a … reporter/correspondent/…" or "covers".
_REPORTER_BLURB = re.compile(
    r"[*_ ]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]+(?:is[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}(?:reporter|correspondent|writer|editor|journalist|columnist"
    r"|contributor|producer)\b|covers[ \t])")


def _mark_closing_reporter_blurb(text: str, blocks: list[Block]) -> None:
    """Mark the last paragraph boilerplate when it introduces a reporter by their beat."""
    last = next((block for block in reversed(blocks)
                 if block.kind not in ("boilerplate", "meta", "sources", "tags")), None)
    if last is not None and last.kind == "paragraph" \
            and last.end - last.start <= BLURB_MAX_CHARS \
            and _REPORTER_BLURB.match(text, last.content_start, last.end):
        last.kind = "boilerplate"


#: A wire story's closing credit line ("(Reporting by Anya Patel in San Francisco;
#: Editing by Mark Lowe)"): the reporters named first are its authors; writing,
#: editing and additional reporting credits are not.
_CREDIT_LINE = re.compile(r"[ \t]*\(?[ \t]*Reporting[ \t]+by[ \t]+(?P<credit>[^;()\n]{2,300})"
                          r"(?:;[^()\n]{0,300})?\)?[ \t]*")
#: What parts the reporters of a credit line, and the place after each name.
_CREDIT_SEPARATOR = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_CREDIT_PLACE = re.compile(r"[ \t]+(?:in|at|from)[ \t]+(?=[A-Z]).*$")
#: A reporter's name in a credit line: two to five capitalised words or particles.
_CREDIT_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|van|von|de|da|di|du|la|le))"
                          r"{1,4}")
#: How far from the end a credit line is looked for, in blocks.
CREDIT_LINE_SEARCH_BLOCKS = 4


def _credit_line_author(text: str, blocks: list[Block]) -> str | None:
    """Return the reporters a closing wire credit line names ("Ann Lee; Bo Kim"), or None.

    "(Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by
    Joyjeet Das)" → "Andy Bruce; Ankur Banerjee": the place after each name is cut,
    and the other credits are no authors.
    """
    for block in blocks[-CREDIT_LINE_SEARCH_BLOCKS:]:
        match = _CREDIT_LINE.fullmatch(text, block.start, block.end)
        if match is None:
            continue
        names = [_CREDIT_PLACE.sub("", piece.strip())
                 for piece in _CREDIT_SEPARATOR.split(match.group("credit"))]
        if names and all(_CREDIT_NAME.fullmatch(name) for name in names):
            return "; ".join(names)
    return None


def byline_names(line: str) -> str | None:
    """Return the names of a byline printed on one line, "; "-separated, or None.

    Examples
    --------
    >>> byline_names("By Ann Lee and Bo Kim, Reuters")
    'Ann Lee; Bo Kim'
    >>> byline_names("By Monday evening") is None
    True
    """
    line = without_emphasis(line.strip())
    if len(_BYLINE_PLACE.findall(line)) >= MIN_BYLINE_PLACES:
        line = _BYLINE_PLACE.sub("", line)
    match = _BYLINE.fullmatch(line)
    if match is None:
        return None
    names = _byline_names(match.group("names"))
    if names is None:
        return None
    # more names set off by commas ("By Ann Lee, Bo Kim and Cy Park"): each two to four
    # capitalised words, none a role or a desk (", Reuters" or ", Staff Writer" ends them)
    more = []
    position = match.end("names")
    while (following := _MORE_NAMES.match(line, position)) is not None:
        name = following.group("name").translate(_NOTE_NUMBERS)
        if name.split()[0] == "The" or name.split()[-1].lower() in _BYLINE_ROLE_ENDS or any(
                word.lower() in _BYLINE_ROLES or word.lower() in _ORGANISATION_NAME_WORDS
                for word in name.split()):
            break
        more.append(name)
        position = following.end()
    return "; ".join([names, *more])


#: Where each of a byline's people writes from, before the next name or the line's end:
#: "in Doha" and "in Jerusalem" in "By Sara Nouri in Doha and James Holt in Jerusalem",
#: "at Lord's" in "By Nia Okoro at Lord's and Tom Hale at Wembley"; dropped, so that each
#: name is read. Not "for The Harbour Gazette" (an outlet), nor lower-case words ("in the
#: field"). Only where two places or more are printed (MIN_BYLINE_PLACES): in "By Ann Lee
#: in Kyiv and New York" what follows "and" is a second place, no second name.
_BYLINE_PLACE = re.compile(r"[ \t]+(?:in|at)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
                           r"(?=[ \t]*(?:,|(?:and|&)[ \t]|$))")
#: Fewest places in a byline for them to be read as each name's own (_BYLINE_PLACE).
MIN_BYLINE_PLACES = 2
#: Markdown emphasis marks at a word's edge: "**By Marisol Ochoa**, Weather Reporter",
#: "_By Ann Lee_ in Kyiv", "**Authors:** Helen Marsh". Not a mark inside a word
#: ("snake_case"), nor one standing alone between spaces.
_EMPHASIS_MARKS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])")


def without_emphasis(line: str) -> str:
    """Return ``line`` without Markdown emphasis marks, as its reader sees it.

    Examples
    --------
    >>> without_emphasis("**By Marisol Ochoa**, Weather and Climate Reporter")
    'By Marisol Ochoa, Weather and Climate Reporter'
    """
    if "*" not in line and "_" not in line:
        return line  # the common case, with no mark to take out
    return _EMPHASIS_MARKS.sub("", line)


#: A further name after a byline's first, set off by a comma or "and", with the note
#: numbers an academic byline gives it ("Tomasz Nowak²").
_MORE_NAMES = re.compile(r"[¹²³⁴-⁹*†‡ ]*(?:,|,?[ \t]+(?:and|&))[ \t]+"
                         r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|van|von|de|da)){1,3})"
                         r"(?=[¹²³⁴-⁹*†‡ ]*(?:,|[ \t]+(?:and|&)[ \t]|[ \t]*$))")
#: Words that end a writer's role after a byline's comma ("By Priya Raman, Health Fact
#: Checker", "…, Research Analyst"): no surname, so the part is no further name.
_BYLINE_ROLE_ENDS = frozenset({"checker", "fact-checker", "analyst", "fellow", "researcher",
                               "producer", "journalist", "economist", "scientist", "strategist",
                               "adviser", "advisor", "consultant", "officer", "director",
                               "lecturer", "professor", "associate"})
#: Note numbers after a name in an academic byline, dropped from it.
_NOTE_NUMBERS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡")
#: Words that make a part of a byline after a comma an organisation, not a name.
_ORGANISATION_NAME_WORDS = frozenset({"news", "press", "times", "post", "media", "agency",
                                      "associated", "reuters", "desk", "team", "staff",
                                      "university", "institute", "school", "gazette", "herald",
                                      "journal", "tribune", "chronicle", "daily", "weekly",
                                      "courier", "telegraph", "guardian", "observer", "review",
                                      "magazine", "radio", "television", "tv", "network"})


#: Words that join a byline's names: English, and Portuguese and Italian "e", French
#: "et", German "und" ("Por Ana Carolina Mendes e Rafael Teixeira"); not Spanish "y",
#: which joins the two surnames of one name ("José Ortega y Gasset").
BYLINE_CONJUNCTIONS = ("and", "&", "e", "et", "und")


def _byline_names(written: str) -> str | None:
    """Return a byline's names "; "-separated ("JANE DOE Associated Press" → "Jane Doe")."""
    words = written.split()
    if words[0].lower() in _BYLINE_NOT_NAMES:
        return None
    role = next((i for i, w in enumerate(words) if w.lower() in _BYLINE_ROLES), len(words))
    words = words[:role]
    if not words:
        return None
    if words[0].isupper() and len(words[0]) > 1:
        # AP style prints the names in capitals and the outlet after them.
        shouted = [w for w in words if w.isupper() or w.lower() in BYLINE_CONJUNCTIONS]
        words = words[:len(shouted)] if words[:len(shouted)] == shouted else words
        words = [w if w.lower() in BYLINE_CONJUNCTIONS else w.capitalize() for w in words]
    people = [" ".join(p).strip().translate(_NOTE_NUMBERS)
              for p in _split_on(words, BYLINE_CONJUNCTIONS)]
    people = [p for p in people if len(p.split()) >= 2]
    return "; ".join(people) or None


def _split_on(words: list[str], separators: tuple[str, ...]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word.lower() in separators:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def printed_date(line: str) -> str | None:
    """Return the first date printed in ``line`` as an ISO date ("2024-03-06"), or None.

    Examples
    --------
    >>> printed_date("By Lauren Meeks | March 6, 2024 | Updated March 7, 2024")
    '2024-03-06'
    """
    for match in _PRINTED_DATE.finditer(line):
        if match.group("y3"):
            year, month, day = (int(match.group(g)) for g in ("y3", "m3", "d3"))
        elif match.group("y4"):
            year, day = int(match.group("y4")), int(match.group("d4"))
            month = foreign_month_numbers().get(match.group("m4").lower(), 0)
        else:
            which = "1" if match.group("m1") else "2"
            month = english_months().get(match.group("m" + which).lower().rstrip("."), 0)
            year, day = int(match.group("y" + which)), int(match.group("d" + which))
        try:
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            continue  # "February 30": no date
    return _numeric_stamp_date(line)


#: A date in digits on a stamp line: "12.03.2025", "12/03/2025", "3/12/2025".
_NUMERIC_DATE = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)"
                           r"(?P<year>(?:19|20)\d{2})(?![\w/-]|\.\d)")
#: Stamp words of the languages that put the day first: with one of them a slashed date
#: is read day first ("Publié le 12/03/2025"), as is any dotted one ("Stand: 12.03.2025").
_DAY_FIRST_LEAD = re.compile(r"\b" + _FOREIGN_STAMP_WORDS + r"\b", re.IGNORECASE)


def _numeric_stamp_date(line: str) -> str | None:
    """Return the date a stamp line prints in digits as an ISO date, or None.

    Dotted dates are day first ("Stand: 12.03.2025" → 2025-03-12); slashed ones are
    day first after a stamp word of a day-first language ("Publié le 12/03/2025") or
    where only the first part can be a day ("25/03/2025"), else month first, as US
    pages print them ("Updated 3/12/2025" → 2025-03-12).
    """
    match = _NUMERIC_DATE.search(line)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    day_first = match.group("sep") == "." or a > MONTHS_IN_YEAR or (
        b <= MONTHS_IN_YEAR and _DAY_FIRST_LEAD.search(line) is not None)
    day, month = (a, b) if day_first else (b, a)
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


MONTHS_IN_YEAR = 12


def _top_date(text: str, blocks: list[Block]) -> tuple[str | None, str | None]:
    """Read the date printed at the top: a date stamp, a byline's date or a masthead line.

    A masthead line (MASTHEAD_MAX_CHARS, segments parted by bars) that carries a
    date becomes ``meta``; its first segment, a name of capitalised words with no
    digit ("The Harbour Briefing | Friday, 7 February 2025"), is returned with
    the date as the publication's name.
    """
    for block in blocks[:DATELINE_SEARCH_BLOCKS]:
        block_text = text[block.start:block.end]
        masthead = None
        if block.kind in ("paragraph", "heading", "title", "meta") and "\n" not in \
                block_text.strip() and len(block_text) <= MASTHEAD_MAX_CHARS \
                and _MASTHEAD_SEPARATOR.search(block_text):
            found = printed_date(block_text)
            if found:
                block.kind = "meta"
                masthead = _masthead_name(_MASTHEAD_SEPARATOR.split(block_text.strip())[0])
        elif block.kind == "meta" and len(block_text) <= MASTHEAD_MAX_CHARS:
            found = printed_date(block_text)  # a date stamp or a byline with its date
        else:
            continue
        if found:
            return found, masthead
    return None, None


def _masthead_name(segment: str) -> str | None:
    """Return a masthead's first segment if it reads as a name ("The Harbour Briefing")."""
    segment = segment.strip(_EMPHASIS_EDGE + " ")
    words = segment.split()
    if not 1 <= len(words) <= MAX_MASTHEAD_NAME_WORDS or any(c.isdigit() for c in segment) \
            or printed_date(segment) or segment.lower().startswith(_MASTHEAD_NOT_NAMES) \
            or segment.lower() in MASTHEAD_DOCUMENT_KINDS:
        return None
    return segment if all(w[:1].isupper() or w.lower() in _LABEL_CONNECTORS
                          for w in words) else None


#: Most words of a publication's name on its masthead line.
MAX_MASTHEAD_NAME_WORDS = 5
#: A masthead's first segment that is a stamp or a label, not the publication's name.
_MASTHEAD_NOT_NAMES = ("published", "updated", "posted", "issue", "edition", "vol", "by ",
                       "for immediate release", "embargo")
#: A masthead's first segment that names the kind of document, not who publishes it
#: ("Press Release | November 19, 2024").
MASTHEAD_DOCUMENT_KINDS = frozenset({
    "press release", "news release", "media release", "press statement", "statement",
    "media advisory", "news", "opinion", "analysis", "commentary", "fact sheet", "readout",
    "speech", "blog", "blog post", "update", "announcement", "notice", "report"})


def _mark_front_matter(text: str, blocks: list[Block]) -> Dateline | None:
    """Find a wire dateline; captions and teasers above it are furniture."""
    for block in blocks[:DATELINE_SEARCH_BLOCKS]:
        if block.kind != "paragraph":
            continue
        block_text = text[block.start:block.end]
        lead = len(block_text) - len(block_text.lstrip(_EMPHASIS_EDGE))
        match = _DATELINE.match(block_text.replace("*", " "), lead) \
            or _DASHLESS_DATELINE.match(block_text, lead)
        if not match or not (match.group("outlet") or match.groupdict().get("slashed")
                             or _is_caps_place(match.group("place"))
                             or _dated_place(match)):
            match = _colon_dateline(text, blocks, block, lead)
            if match is None:
                continue
            block.label = None
        block.has_dateline = True
        top = True  # no content above yet
        for earlier in blocks[: block.block_id - 1]:
            if earlier.kind == "paragraph" and not (top and (
                    _headline_with_figure(text, earlier)
                    or earlier.block_id == 1 and _headline_line(text, earlier))):
                # (a long first line with no sentence's end over the dateline is the
                # headline, not a caption: "Budget 2025: Sitharaman pegs deficit at …")
                if _standfirst_over_dateline(text, blocks, earlier, block):
                    earlier.kind = "heading"  # _mark_title reads it as the dek
                else:
                    earlier.kind, earlier.label = "boilerplate", None
            top = top and earlier.kind in ("boilerplate", "meta")
        block.content_start = block.start + match.end()
        if not block_text[match.end():].strip():
            block.kind = "meta"  # the dateline on a line of its own: "MADRID, 4 Mar. (EUROPA
            # PRESS) -" over the first paragraph
        return Dateline(
            published=_agency_date(block_text[:match.end()])
            or printed_date(block_text[:match.end()]),
            place=(match.group("place") or "").strip(" ,-") or None,
            outlet=match.groupdict().get("outlet") or match.groupdict().get("slashed")
            or match.groupdict().get("agency"),
            block_id=block.block_id,
        )
    return None


#: A caption's or a teaser's end: a photo credit in brackets, or a credit line's words.
_CAPTION_END = re.compile(r"(?:\)|\b(?:Photo|Photograph|Getty Images|Reuters|AFP|AP|EPA)"
                          r"[^.\n]{0,40})[.\s]*$")


def _standfirst_over_dateline(text: str, blocks: list[Block], block: Block,
                              dateline: Block) -> bool:
    """Whether a paragraph above a wire dateline is the standfirst under the headline.

    It follows the headline (a line shaped as a heading, perhaps under a kicker)
    with only bylines and stamps between it and the dateline, and is one line of at
    most DEK_MAX_WORDS words that ends in no full stop and no photo credit: "House
    passes kids' online safety bill" / "The measure would require platforms to …" /
    "By …" / "WASHINGTON —".
    """
    block_text = text[block.start:block.end].strip()
    between = blocks[block.block_id:dateline.block_id - 1]
    # a sentence ends a standfirst too when a byline parts it from the dateline (NYT's
    # summary: "The plan doubles spending …." / "By Ann Smith" / "ALBANY —")
    bylined = any(b.kind == "meta"
                  and _BYLINE.fullmatch(without_emphasis(text[b.start:b.end])) is not None
                  for b in between)
    if "\n" in block_text or len(block_text.split()) > DEK_MAX_WORDS \
            or block_text.rstrip("*_ ").endswith((".", "!", "?")) and not (
                bylined and block_text.rstrip("*_ ").endswith(".")) \
            or _CAPTION_END.search(block_text) or "?" in block_text or "Please " in block_text \
            or _LABELLED_VALUE.fullmatch(block_text.strip(_EMPHASIS_EDGE)) is not None:
        # a photo caption ends as a sentence does ("Rescuers carry a resident through a
        # flooded street."), a teaser asks ("Are you in the storm? Please share …"), a
        # fact box's line labels a figure ("Death toll: 3 people"); a standfirst does not
        return False
    content = [b for b in blocks[:block.block_id - 1] if b.kind not in ("boilerplate", "meta")]
    if not 1 <= len(content) <= 2 or any(b.kind != "heading" for b in content):
        return False  # the headline, perhaps under a section's kicker ("Congress")
    return all(b.kind in ("boilerplate", "meta") for b in between)


def _strip_later_datelines(text: str, blocks: list[Block], first: int) -> None:
    """Start each later paragraph of a news digest after its own wire dateline.

    A round-up of briefs opens every story with one ("TOKYO (Kyodo) - …", "LIMA
    (EFE) - …"). Only datelines naming their agency count after the first: a
    place in capitals and a dash alone may open a sentence.
    """
    for block in blocks[first:]:
        if block.kind != "paragraph" or not text[block.start:block.start + 1].isupper():
            continue
        match = _DATELINE.match(text, block.start, block.end)
        if match and match.group("outlet") and _is_caps_place(match.group("place")):
            block.content_start = match.end()


def _headline_with_figure(text: str, block: Block) -> bool:
    """Whether a first line reads as a wire headline with a figure after its topic.

    "Alder Creek fire: 40 homes lost" has the form of a fact box's labelled value
    (_LABELLED_VALUE), so it is no heading; on top of the page, above a dateline,
    it is the headline, not a teaser.
    """
    line = text[block.start:block.end].strip()
    return "\n" not in line and _heading_shaped(line) \
        and _LABELLED_VALUE.fullmatch(line.strip(_EMPHASIS_EDGE)) is not None


def _colon_dateline(text: str, blocks: list[Block], block: Block,
                    lead: int) -> re.Match[str] | None:
    """Match "NEW DELHI: " at the start of the first body paragraph, or return None."""
    if any(b.kind == "paragraph" and not (b.block_id == 1 and _headline_line(text, b))
           for b in blocks[:block.block_id - 1]):
        return None  # (a long first line over it is the headline, not a paragraph)
    match = _COLON_DATELINE.match(text[block.start:block.end], lead)
    if match is None or match.group("place").lower().strip(" ,.") in _NOT_PLACES:
        return None
    for later in blocks[block.block_id:]:
        again = _COLON_DATELINE.match(text, later.start, later.end) \
            if later.kind == "paragraph" else None
        if again is not None and again.group("place").lower() not in _NOT_PLACES:
            return None  # "LOPEZ: …" again further down: speakers, not a place
    return match


def _headline_line(text: str, block: Block) -> bool:
    """Whether a block is one line that ends with no full stop, as a headline does."""
    line = text[block.start:block.end].strip()
    return "\n" not in line and not line.endswith((".", "!", "?", ":")) \
        and _CAPTION_END.search(line) is None


def _dated_place(match: re.Match[str]) -> bool:
    """Whether a dateline in mixed case names its place and a full date before its dash.

    "Geneva, 14 March 2025 – …", "Oslo/Amman, 4 August 2025 – …", as the UN and NGOs
    date their releases: the date with its year tells it from a sentence that opens
    with a capitalised word and a dash. The place is one to three capitalised words
    (two places joined by "/").
    """
    place = match.group("place") or ""
    words = place.replace("/", " ").split()
    return 1 <= len(words) <= MAX_DATED_PLACE_WORDS and all(w[:1].isupper() for w in words) \
        and _PRINTED_DATE.search(match.group(), len(place)) is not None \
        and match.group().rstrip()[-1:] in "-—–"


#: Most words of a place in a mixed-case dateline ("New York", "Port-au-Prince", "Oslo/Amman").
MAX_DATED_PLACE_WORDS = 3


def _is_caps_place(place: str | None) -> bool:
    """Whether a dateline's place is a city in capitals, with its state or country after.

    "JAKARTA", "NEW DELHI", and "COLUMBUS, Ohio" / "AUSTIN, Texas" as US press
    releases print it: the words after the comma are capitalised, at most
    MAX_DATELINE_REGION_WORDS of them.
    """
    if not place:
        return False
    city, _, region = place.partition(",")
    if not (city.upper() == city and any(c.isalpha() for c in city)):
        return False
    words = region.replace(",", " ").split()
    return len(words) <= MAX_DATELINE_REGION_WORDS and all(w[:1].isupper() for w in words)


#: Most words of the state or country after a dateline's city ("COLUMBUS, Ohio",
#: "SANTA FE, New Mexico", "SAN JUAN, Puerto Rico").
MAX_DATELINE_REGION_WORDS = 3


def _mark_headline(text: str, blocks: list[Block], *, markdown: bool) -> None:
    """Mark the first content block as the headline when it is one short line."""
    for block in blocks:
        if block.kind in ("boilerplate", "meta"):
            continue
        if block.kind not in ("paragraph", "heading") or block.has_dateline:
            return
        block_text = text[block.start:block.end]
        if is_breadcrumb(block_text):
            block.kind = "meta"  # "Home > News > World", "AFRICA CHECK | Fact-checks | Kenya"
            continue
        if _section_and_subsection(block_text) and _headline_follows(text, blocks, block):
            block.kind = "meta"  # a kicker of a section and its part: "World | Asia"
            continue
        words = len(_WORD.findall(block_text))
        following = blocks[block.block_id] if block.block_id < len(blocks) else None
        md_title = (block_text.lstrip().startswith("#") and markdown) \
            or _underlined(text, block, following)
        named_entry = False
        if block.kind == "heading" and words <= 3 and not md_title \
                and _reads_as_section_label(block_text):
            following = next((blocks[i] for i in range(block.block_id, len(blocks))
                              if blocks[i].kind not in ("boilerplate", "meta")), None)
            name = heading_text(block_text).lower()
            lead = "" if following is None else \
                text[following.start:following.start + NAMED_ENTRY_LEAD].lower()
            if (following is None or following.kind != "paragraph" or name not in lead) \
                    and not (following is not None and following.label):
                block.kind = "meta"  # a site-section label such as "Politics"
                continue
            # a short title over a record's first speaker ("Coastal Flood Defences",
            # then "Mr Speaker: Order."), or an encyclopedia entry: its first sentence
            # names its subject ("Lake Orva is a freshwater lake …"), however short
            named_entry = True
        if md_title or named_entry or ("\n" not in block_text.strip()
                                       and 3 <= words <= HEADLINE_MAX_WORDS
                        and not block_text.rstrip().endswith(":")):
            block.kind = "headline"
            slug = _WIRE_SLUG.match(text, block.content_start, block.end)
            if slug is not None:
                block.content_start = slug.end()  # "UPDATE 2-Death toll from …": the story's
            _mark_issuer_lines(text, blocks[block.block_id:])
            _mark_title(text, blocks[block.block_id:], headline=block_text)
        return


#: Words that end the name of a publication, a series or an outlet, no issuing office
#: ("Disease Outbreak News", "Reuters News", "Weekly Bulletin"): a line ending so under
#: a headline is the series it belongs to.
PUBLICATION_WORDS = frozenset({"news", "times", "post", "journal", "herald", "bulletin",
                               "gazette", "review", "digest", "weekly", "daily"})
#: Words that head the name of a body issuing a text: the organisations attribution
#: knows, and the offices, missions and units that issue releases ("Human Rights
#: Monitoring Mission in Ukraine", "Directorate-General for Health"), less those of a
#: publication.
ISSUER_WORDS = ORGANISATION_WORDS - PUBLICATION_WORDS | frozenset({
    "mission", "secretariat", "directorate", "directorate-general", "division", "unit",
    "programme", "program", "embassy", "consulate", "delegation", "tribunal", "observatory",
    "taskforce", "ombudsman", "inspectorate", "regulator", "commissioner"})
_ISSUER_CAPITAL = r"[A-Z][\w.'’&-]*"
_ISSUER_CONNECTORS = r"(?:of|in|for|on|and|&|the|de|du|des|la|del)"
# a connector and one or two capitalised words, as often as a name has them: "of Foreign
# Affairs", "for the Coordination of Humanitarian Affairs"; three ("of England Holds
# Rates") make a headline
_ISSUER_TAIL = (r"(?:[ \t]+" + _ISSUER_CONNECTORS + r"(?:[ \t]+the)?[ \t]+" + _ISSUER_CAPITAL
                + r"(?:[ \t]+" + _ISSUER_CAPITAL + r")?)*")
#: The name of a body that issues the text, alone on its line under the headline:
#: capitalised words up to a word of ISSUER_WORDS, the connected words after it, and a
#: unit after a comma ("U.S. Attorney's Office, Eastern District of Virginia"). No verb
#: follows the body's word: "Police Arrest Two Men" is a headline.
_ISSUER_LINE = re.compile(
    r"(?:" + _ISSUER_CAPITAL + r"[ \t]+){0,6}(?=[A-Z])(?i:"
    + "|".join(sorted((re.escape(word) for word in ISSUER_WORDS), key=len, reverse=True))
    + r")\b" + _ISSUER_TAIL + r"(?:,[ \t]+" + _ISSUER_CAPITAL + r"(?:[ \t]+" + _ISSUER_CAPITAL
    + r"){0,2}" + _ISSUER_TAIL + r")?")


#: The kinds of release a line over its headline names ("NEWS RELEASE", "Press Release").
RELEASE_KINDS = frozenset({"press release", "news release", "media release", "press statement",
                           "media advisory", "media statement"})
#: How many blocks from the top a release's notice heading it is looked for.
LETTERHEAD_MAX_BLOCKS = 8
#: The longest line of a letterhead: an office's name, its address, its telephone.
LETTERHEAD_MAX_CHARS = 90


def _mark_letterhead(text: str, blocks: list[Block]) -> int:
    """Mark an issuing office's letterhead over a release's notice ``meta``.

    Prosecutors', police forces' and councils' releases open with the office's
    name, address and telephone ("OFFICE OF THE DISTRICT ATTORNEY", "221 Court
    Street, Suite 400, Easton, PA 18042") over the release's kind or its notice
    ("NEWS RELEASE", "FOR IMMEDIATE RELEASE"), then the headline. The lines above
    the notice, short and with no sentence's end, say who issues the release: not
    its headline, nor sections. Only when a line shaped as a headline follows the
    notice (past its date), not the name of the issuing body: a headline set over
    the notice stays the headline. Return how many blocks the letterhead holds (0 for none).
    """
    for index, block in enumerate(blocks[:LETTERHEAD_MAX_BLOCKS]):
        line = heading_text(text[block.start:block.end]).strip(_EMPHASIS_EDGE)
        kind = line.lower() in RELEASE_KINDS
        if not kind and not (block.kind == "meta" and _release_notice(line)):
            continue
        notice = index
        while notice + 1 < len(blocks) and blocks[notice + 1].kind == "meta":
            notice += 1  # the notice's date, or the notice under the kind
        following = next((b for b in blocks[notice + 1:]
                          if b.kind not in ("boilerplate", "meta")), None)
        if not _headline_follows(text, blocks, blocks[notice]) or _ISSUER_LINE.fullmatch(
                text[following.start:following.end].strip().strip(_EMPHASIS_EDGE)):
            return 0  # (the issuing body's name under the notice: the headline is above)
        above = blocks[:index]
        if not all(_letterhead_lines(text[b.start:b.end]) for b in above):
            return 0
        for letterhead in above + ([block] if kind else []):
            if letterhead.kind in ("heading", "paragraph", "headline", "title", "dek"):
                letterhead.kind, letterhead.label = "meta", None
        return index
    return 0


def _letterhead_lines(block_text: str) -> bool:
    """Whether each line of a block may be a letterhead's: short, no sentence."""
    return all(0 < len(line) <= LETTERHEAD_MAX_CHARS and not _SENTENCE_END.search(line)
               for line in (part.strip() for part in block_text.strip().split("\n")))


def _mark_issuer_lines(text: str, after_headline: list[Block]) -> None:
    """Mark the line naming who issues the text, between the headline and the body, ``meta``.

    UN and government releases print the issuing body under the headline ("Human
    Rights Monitoring Mission in Ukraine", "U.S. Attorney's Office, Eastern District
    of Virginia"): who speaks, no standfirst and no section over the body. Only plain
    lines read so (_ISSUER_LINE), not "#" headings, up to the first paragraph.
    """
    for block in after_headline:
        if block.kind not in ("heading", "meta", "boilerplate"):
            return
        line = text[block.start:block.end].strip()
        if block.kind == "heading" and not line.startswith("#") \
                and _ISSUER_LINE.fullmatch(line.strip(_EMPHASIS_EDGE)):
            block.kind, block.label = "meta", None


#: What parts a breadcrumb trail's links: a bar, an angle or a slash between spaces.
_BREADCRUMB_SEPARATOR = re.compile(r"[ \t]+[|>›»/][ \t]+")
#: Most words of one link of a breadcrumb trail ("Fact-checks", "Middle East").
BREADCRUMB_MAX_WORDS = 4


def is_breadcrumb(line: str) -> bool:
    """Whether a line is a page's breadcrumb trail: three or more short capitalised links.

    Examples
    --------
    >>> is_breadcrumb("Home > News > World")
    True
    >>> is_breadcrumb("AFRICA CHECK | Fact-checks | Kenya")
    True
    >>> is_breadcrumb("Kenya's debt has not tripled, despite viral claim")
    False
    """
    links = _BREADCRUMB_SEPARATOR.split(heading_text(line).strip())
    return len(links) >= 3 and all(
        1 <= len(link.split()) <= BREADCRUMB_MAX_WORDS and link[0].isupper()
        and link[-1] not in ".!?:;," for link in links)


#: A wire's slug before its headline, saying which version of the story it is ("UPDATE
#: 2-Death toll rises …", "REFILE-…", "EXCLUSIVE-…", "WRAPUP 1-…"): no part of the headline.
_WIRE_SLUG = re.compile(r"[ \t#]*(?:UPDATE|REFILE|CORRECTED|CORRECTED-UPDATE|EXCLUSIVE|WRAPUP"
                        r"|RPT|REPEAT|INSIGHT|FACTBOX|EXPLAINER|ANALYSIS|BREAKINGVIEWS"
                        r"|PREVIEW|TIMELINE)(?:[ \t]\d{1,2})?[ \t]?[-–][ \t]?(?=[A-Z\d\"“'‘])")


def _underlined(text: str, block: Block, following: Block | None) -> bool:
    """Whether a heading is underlined ("Budget 2025" over "=====", read by ``_underlines``).

    Like a Markdown ``#``, the underline marks a heading its writer meant, not a
    short line read as one. ``following`` is the next block: an underline is in
    no block, a line of dashes left a block of its own is a rule.
    """
    if block.kind != "heading":
        return False
    underline = _SETEXT_UNDERLINE.match(text, block.end + 1)
    return underline is not None and len(underline.group("mark")) >= SETEXT_MIN_MARKS \
        and (following is None or following.start > underline.start("mark"))


def _section_and_subsection(line: str) -> bool:
    """Whether a line is a kicker naming a site's section and its part ("World | Asia").

    Two short links parted as a breadcrumb trail's are (is_breadcrumb wants three),
    each of which reads as a section label: "Business › Personal Finance", "Opinion |
    Columnists"; not "Budget 2025 | what it means for you".
    """
    links = _BREADCRUMB_SEPARATOR.split(heading_text(line).strip())
    return len(links) == 2 and all(
        1 <= len(link.split()) <= BREADCRUMB_MAX_WORDS and link[0].isupper()
        and link[-1] not in ".!?:;," and _reads_as_section_label(link) for link in links)


def _headline_follows(text: str, blocks: list[Block], block: Block) -> bool:
    """Whether the next content block after ``block`` is shaped as a headline.

    One line of at most HEADLINE_MAX_WORDS words with no sentence's full stop at
    its end: the story's first paragraph is no headline.
    """
    following = next((b for b in blocks[block.block_id:]
                      if b.kind not in ("boilerplate", "meta")), None)
    if following is None or following.kind not in ("heading", "paragraph"):
        return False
    line = text[following.start:following.end].strip()
    return "\n" not in line and len(_WORD.findall(line)) <= HEADLINE_MAX_WORDS \
        and not _ENDS_IN_FULL_STOP.search(line)


def _reads_as_section_label(block_text: str) -> bool:
    """Whether a short first line names a site section ("Politics", "Arts & Culture").

    Section labels are one or two capitalised words; a line of three words with
    a lower-case word is a sentence-case headline ("Storm batters coast").
    """
    words = heading_text(block_text).split()
    if len(words) <= 2:
        return True
    return all(w[:1].isupper() or w.lower() in _LABEL_CONNECTORS for w in words)


#: A standfirst is one or two sentences; a longer italic block is body text.
DEK_MAX_WORDS = 60
#: Fewest words of a subheading under the headline read as a standfirst, when it holds
#: a sentence ended by a full stop: a section's heading is shorter, or a question.
MIN_DEK_SENTENCE_WORDS = 8
_FULL_STOP = re.compile(r"[a-z0-9)%]\.[\"”’'*_]*(?:\s|$)")
#: A headline ended by a full stop, as a scraped page's summary set first is.
_ENDS_IN_FULL_STOP = re.compile(r"[a-z0-9)%]\.[\"”’'*_]*\s*$")
# A block set wholly in emphasis ("*…*", "_…_", "**…**"), as newsletters and
# Markdown clippers print the standfirst under the headline.
_EMPHASISED_LINE = re.compile(r"\s*(?P<mark>\*{1,2}|_{1,2})(?=\S)[^\n*_]+(?<=\S)(?P=mark)\s*")


#: A line that ends by crediting what it says: "…, Nationwide says", "…, study finds".
_CREDITED_LINE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|new[ \t]+)?(?:[\w'’&.-]+[ \t]+){0,3}"
                            r"(?:says|said|warns|finds|found|suggests|shows|reports|claims)"
                            r"[.!]?[*_ \t]*$")


#: What makes a line under a headline a standfirst rather than a display title: a
#: semicolon joining two statements or a figure ("IPCA acumula alta de 4,24% em 12
#: meses; alimentos têm queda de 0,44%", "Waiting list … hits record 14,500 households").
#: A display title is a short name for the story ("Keep the library open").
_STANDFIRST_MARK = re.compile(r";|\d")


def _standfirst_under(line: str, headline: str) -> bool:
    """Whether a line under a headline is its standfirst (a ``dek``), not a display title.

    A page that prints its display title under another headline gives it after a
    sentence ended by a full stop (a scraped page's summary first: "Russia may recruit
    up to 25,000 North Korean workers …." over "A military-industrial gamble: …"), and
    that stays a title. Under a headline set as a headline, a line that states more
    than the headline does, with a figure, a semicolon or more words than the headline
    ("Segundo a PM, criminosos atiraram contra um bar em Madureira na noite de
    sábado"), is the standfirst, whose statements are claims.
    """
    if _ENDS_IN_FULL_STOP.search(headline):
        return False  # (not one inside: "… a planning crisis. It's time we admitted it")
    words = _WORD.findall(line)
    if words and not any(word[:1].islower() for word in words if len(word) > 3):
        return False  # set in title case, as a name or a title is: "… Areas) Act 1990"
    return _STANDFIRST_MARK.search(line) is not None or len(words) > len(_WORD.findall(headline))


def _mark_title(text: str, after_headline: list[Block], *, headline: str = "") -> None:
    """Mark the standfirst or display title between the headline and the body.

    A block set wholly in emphasis right under the headline is the dek (the
    standfirst). Scraped pages often give a one-sentence headline first and
    the display title (the page's H1) just above the body; it is a title, not
    a section. A line under a headline that states more than it does
    (``_standfirst_under``) is the dek.
    """
    for place, block in enumerate(after_headline):
        if block.duplicate_of is not None:
            continue
        block_text = text[block.start:block.end]
        if block.kind in ("paragraph", "heading") and _EMPHASISED_LINE.fullmatch(block_text) \
                and len(block_text.split()) <= DEK_MAX_WORDS \
                and not _BOLD_QUESTION.fullmatch(block_text.strip()):  # a Q&A's first question
            block.kind = "dek"  # "*An open-source investigation by the Verification Desk*"
            return
        if block.kind in ("paragraph", "bullet", "quote", "sources", "tags"):
            return
        if place == 0 and block.kind == "heading" and block_text.lstrip().startswith("##") \
                and MIN_DEK_SENTENCE_WORDS <= len(block_text.split()) <= DEK_MAX_WORDS \
                and _FULL_STOP.search(block_text) and "?" not in block_text:
            # "## The state pays for fewer births each year. Nurses pay the price." right
            # under the "#" headline: a standfirst written as a subheading, no section
            block.kind = "dek"
            return
        following = after_headline[place + 1] if place + 1 < len(after_headline) else None
        if block.kind == "heading" and not block_text.lstrip().startswith("#") \
                and not _underlined(text, block, following):
            # a byline may stand between the subhead and the dateline ("By Ann Lee")
            body = next((later for later in after_headline[place + 1:]
                         if later.kind not in ("meta", "boilerplate")), None)
            if body is not None and body.has_dateline or _CREDITED_LINE.search(block_text):
                # a release's or a wire story's subhead over its dateline, or a standfirst
                # that credits what it says ("…, Nationwide says")
                block.kind = "dek"
            elif len(block_text.split()) >= NEAR_DUPLICATE_MIN_WORDS \
                    and not _NUMBERED_QUESTION.fullmatch(block_text) \
                    and not (body is not None and body.kind == "bullet"):
                # a numbered question heads the first part instead, and a line over a
                # list heads its box ("If your time is short", "Situation at a glance")
                block.kind = "dek" if _standfirst_under(block_text.strip(), headline) \
                    else "title"
            return


#: Headings of a page's lists of links to other pages, whose items are furniture ("See
#: also", "Related content", "External links", "More stories", "You may also like").
FURNITURE_LIST_HEADING = re.compile(
    r"(?:see also|related(?: content| articles| stories| links| reading| coverage)?"
    r"|external links|more stories|more from [^\n]{1,40}|you (?:may|might) also like"
    r"|recommended(?: for you| reading)?|popular|most read|read next|other links"
    # BBC's, the Guardian's and news apps' link lists at an article's foot
    r"|more on this (?:story|topic)|related topics|explore more on (?:these|this) topics?"
    r"|top stories|latest (?:news|stories)|most (?:popular|viewed|watched|shared)"
    r"|trending(?: now)?|editor['’]s picks|more to explore|elsewhere on [^\n]{1,40})",
    re.IGNORECASE)


def _mark_furniture_lists(text: str, blocks: list[Block]) -> None:
    """Make the items of a list under a heading such as "See also" page furniture.

    The heading is furniture already (``data/boilerplate.txt``); the links listed
    under it ("- List of cities in Valdmark") are no claims of the article either, up
    to the next heading or paragraph.
    """
    under = False
    for block in blocks:
        if block.kind in ("heading", "boilerplate") and block.label != TABLE_LABEL:
            name = heading_text(text[block.start:block.end]).strip(" :")
            if FURNITURE_LIST_HEADING.fullmatch(name):
                under = True
                block.kind = "boilerplate"
                continue
            if block.kind == "heading":
                under = False
        elif under and block.kind == "bullet":
            block.kind, block.label = "boilerplate", None
        elif block.kind not in ("boilerplate", "meta"):
            under = False


def _mark_end_matter(text: str, blocks: list[Block]) -> None:
    """Blocks after a closing source list or tag line are page furniture."""
    closing = None
    seen_body = False
    for block in blocks:
        block_text = text[block.start:block.end]
        footnote = block_text.lstrip().startswith("[^")
        # a source list or its heading closes the article (what follows is furniture);
        # one credit line ("Source: ministry data") under a chart or paragraph does not
        is_list = block.kind == "tags" or (
            block.kind == "sources" and not footnote
            and (len(block.entries) != 1 or "\n" in block_text.strip()))
        if is_list and block.start >= len(text) // 2:
            closing = block
            break
        if seen_body and END_OF_RELEASE.fullmatch(block_text.strip()):
            closing = block  # "###": the release ends; "About Acme", contacts follow
            break
        if seen_body and block_text.strip() == SIGNATURE_DELIMITER \
                and block.start >= len(text) // 2 and _signature_follows(text, blocks, block):
            closing = block  # "-- ": an e-mail's signature and footer follow
            break
        seen_body = seen_body or block.kind == "paragraph"
    if closing is None:
        return
    for block in blocks[closing.block_id:]:
        if block.kind in _CONTENT_KINDS:
            about_article = _mentions_meta(text[block.start:block.end])
            if block.kind == "paragraph":
                block.label = None  # a lead-in labels claims, and furniture has none
            block.kind = "meta" if about_article else "boilerplate"


#: Most words of the line after "--" that opens a signature (a name, an address);
#: a longer one is news after a separator line ("--" between a match report's parts).
SIGNATURE_MAX_WORDS = 12


def _signature_follows(text: str, blocks: list[Block], delimiter: Block) -> bool:
    """Whether the block after a "--" line reads as a signature, not as more news."""
    following = blocks[delimiter.block_id:delimiter.block_id + 1]
    if not following:
        return True
    line = text[following[0].start:following[0].end]
    return len(line.split()) <= SIGNATURE_MAX_WORDS or "@" in line or "http" in line


#: A numbered item that titles the paragraphs under it ("2. You can buy a phone
#: without a charger"): one line, no sentence end.
_NUMBERED_TITLE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[^\n]{2,120}?(?<![.!?:;,])[ \t]*")
#: A listicle numbers at least this many items that each head a paragraph.
MIN_NUMBERED_TITLES = 2


def _mark_numbered_item_headings(text: str, blocks: list[Block]) -> None:
    """Make the numbered items of a listicle headings of the paragraphs under them.

    "7 things to know …" articles number short titles, each followed by its
    paragraphs. An ordinary numbered list is a run of items; only its last one
    is followed by a paragraph, so at least MIN_NUMBERED_TITLES such items are
    needed.
    """
    titles = []
    for block, following in zip(blocks, blocks[1:], strict=False):
        if block.kind == "bullet" and following.kind == "paragraph" \
                and len(text[block.start:block.end].split()) <= HEADLINE_MAX_WORDS + 1 \
                and _NUMBERED_TITLE.fullmatch(text, block.start, block.end):
            titles.append(block)
    if len(titles) >= MIN_NUMBERED_TITLES:
        for block in titles:
            block.kind, block.label = "heading", None


#: Headings of a summary box set above or inside the body ("Key points", "At a
#: glance"): they head the list under them, not the body text that follows it.
BOX_HEADINGS = frozenset({
    "key points", "key facts", "key figures", "key takeaways", "takeaways", "at a glance",
    "in brief", "in short", "the facts", "fast facts", "quick facts", "the essentials",
    "what we know", "what you need to know", "need to know", "highlights",
    "tl;dr", "tldr", "in numbers", "by the numbers",
    # a report's launch and a situation report ("Key findings", "Key messages",
    # "Situation at a glance", "If your time is short")
    "key findings", "main findings", "key messages", "situation at a glance",
    "if your time is short", "summary",
})


def _assign_sections(text: str, blocks: list[Block]) -> None:
    """Give each paragraph, bullet and quote the heading it stands under.

    A summary box's heading (BOX_HEADINGS) right over a list heads that list
    only: after the list the section is again the one before the box.
    """
    section = None
    outer = None  # the section a box interrupts, while in the box's list
    in_box = False
    for block in blocks:
        if block.kind == "heading":
            name = heading_text(text[block.start:block.end])
            following = blocks[block.block_id] if block.block_id < len(blocks) else None
            if name.lower().rstrip(":") in BOX_HEADINGS and following is not None \
                    and following.kind == "bullet":
                outer = section if not in_box else outer
                in_box = True
            else:
                in_box = False
            section = name
            continue
        if in_box and block.kind in ("paragraph", "quote"):
            section, in_box = outer, False  # the list ends, the body goes on
        if block.kind in ("paragraph", "bullet", "quote"):
            block.section = section


def heading_text(block_text: str) -> str:
    """Return a heading's words without Markdown ``#`` marks or emphasis."""
    match = _MD_HEADING.match(block_text)
    value = match.group("text") if match else block_text
    return value.strip().strip("*_").strip()


def normalised_words(block_text: str) -> str:
    """Lower-case words and numbers of a block, for repeat detection."""
    lowered = _markers_to_spaces(block_text).lower()
    if lowered.isascii():
        # its bytes translated: a str.translate table looks up (and misses) each character
        return b" ".join(lowered.encode().translate(_UTF8_NON_WORD).split()).decode()
    # What " ".join(_WORD.findall(lowered)) returns, without testing the Unicode category
    # of every character: the few distinct non-ASCII characters outside _WORD become
    # spaces, then the UTF-8 bytes are translated and split as ASCII text is (the
    # multi-byte characters left are word characters; no byte of them is ASCII).
    for char in set(lowered):
        if char > "\x7f" and _WORD.match(char) is None:
            lowered = lowered.replace(char, " ")
    return b" ".join(lowered.encode().translate(_UTF8_NON_WORD).split()).decode()


def _markers_to_spaces(block_text: str) -> str:
    """Return ``block_text`` with each citation marker replaced by a space (as ``MARKER.sub``)."""
    if block_text.isascii() and "[" not in block_text:
        return block_text  # a marker opens with "[" or a superscript digit (not ASCII)
    pieces, position = [], 0
    for marker in marker_matches(block_text):
        pieces += (block_text[position:marker.start()], " ")
        position = marker.end()
    if not pieces:
        return block_text
    pieces.append(block_text[position:])
    return "".join(pieces)


#: Fewest words of a quotation read as a pull quote of an earlier paragraph's words.
MIN_PULL_QUOTE_WORDS = 5


def mark_duplicates(text: str, blocks: list[Block]) -> None:
    """Set ``duplicate_of`` on blocks that repeat an earlier block.

    Exact repeats (ignoring case, punctuation and citation markers) always
    count; blocks of at least NEAR_DUPLICATE_MIN_WORDS words also count when
    they are near repeats (a reworded headline) or truncated copies ending in
    "..." of an earlier block, or the full text of an earlier truncated one.
    A near repeat states no number or name that the block it repeats lacks.
    """
    from rapidfuzz import fuzz

    first_with: dict[str, int] = {}  # normalised text → the first block that has it
    near: list[_RepeatCandidate] = []  # the first long blocks, to compare with
    near_norms: list[str] = []  # their normalised texts, for rapidfuzz's batch scoring
    near_truncated: list[int] = []  # the places in ``near`` of cut copies
    for block in blocks:
        if block.kind not in _CONTENT_KINDS:
            continue
        block_text = text[block.start:block.end]
        norm = normalised_words(block_text)
        if not norm:
            continue
        marks = _currency_marks(block_text) if "$" in block_text or not block_text.isascii() \
            else []
        words = len(norm)
        if marks:  # signs drop out of the words, but "$5 million" is no "€5 million"
            norm = " ".join((norm, *marks))
        if norm in first_with:
            block.duplicate_of = first_with[norm]
            continue
        if block.kind == "quote" and words >= MIN_PULL_QUOTE_WORDS:
            # a pull quote: a sentence of an earlier paragraph set again as a quotation
            block.duplicate_of = next((earlier for earlier_norm, earlier in first_with.items()
                                       if f" {norm} " in f" {earlier_norm} "), None)
            if block.duplicate_of is not None:
                continue
        this = _RepeatCandidate(block.block_id, norm, block_text.rstrip().endswith(("...", "…")),
                                block_text, norm[:words])
        long_enough = norm.count(" ") + 1 >= NEAR_DUPLICATE_MIN_WORDS
        for earlier in _likely_repeated(this, near, near_norms, near_truncated) \
                if long_enough and block.kind != "heading" else ():
            if this.truncated or earlier.truncated:
                short, full = (this, earlier) if this.truncated else (earlier, this)
                if fuzz.ratio(short.norm, full.norm[: len(short.norm)]) \
                        < NEAR_DUPLICATE_MIN_SIMILARITY:
                    continue
                same_facts = short.facts() <= full.words()
            elif _lengths_part(len(norm), len(earlier.norm)) \
                    or fuzz.ratio(norm, earlier.norm) < NEAR_DUPLICATE_MIN_SIMILARITY:
                continue
            else:
                same_facts = this.facts() <= earlier.words() and earlier.facts() <= this.words()
            if same_facts:
                block.duplicate_of = earlier.block_id
                break
        if block.duplicate_of is None:
            first_with[norm] = block.block_id
            if long_enough and len(near) < NEAR_DUPLICATE_MAX_EARLIER:
                if this.truncated:
                    near_truncated.append(len(near))
                near.append(this)
                near_norms.append(norm)


def _lengths_part(size: int, other: int) -> bool:
    """Whether the shorter of two lengths is under 3/4 of the longer (no near repeat)."""
    return 4 * size < 3 * other if size <= other else 4 * other < 3 * size


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """Import rapidfuzz's scorers and batch scoring once, on first use."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def _likely_repeated(this: _RepeatCandidate, near: list[_RepeatCandidate], near_norms: list[str],
                     near_truncated: list[int]) -> list[_RepeatCandidate]:
    """Return the earlier blocks ``this`` may repeat, in order: a superset of its repeats.

    Whole blocks similar enough are scored in one rapidfuzz call; cut copies,
    which compare by prefix, are all returned when either side is cut.
    """
    if this.truncated or not near:
        return near
    fuzz, process = _rapidfuzz()
    similar = process.extract(this.norm, near_norms, scorer=fuzz.ratio, limit=None,
                              score_cutoff=NEAR_DUPLICATE_MIN_SIMILARITY)
    places = sorted({place for _, _, place in similar}.union(near_truncated))
    return [near[place] for place in places]


#: A section number before a heading or a contents entry ("1.1 Eich promotion"):
#: the same heading without it is still a repeat.
_SECTION_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:(?:\.\d{1,3})+\.?|[.)])[ \t]+(?=[A-Z])")
#: Words that change what a sentence states, so two blocks that differ in one are
#: no repeats however alike they read: numbers and ordinals in words ("Three people
#: died" / "Four people died"), negations ("would pass" / "would not pass") and
#: directions ("rose 5%" / "fell 5%", "the north" / "the south"); denials too, as fact
#: checks word them ("It is false that the government raised VAT" is no repeat of "The
#: government raised VAT"), in the languages analystkit reads.
FACT_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions dozen dozens half
first second third fourth fifth sixth seventh eighth ninth tenth
not no never none nobody nothing without nor
false untrue fake misleading wrong debunked falso falsa faux fausse bulo engañoso
nicht kein keine nie pas nunca niet geen non não
rose rise rises risen rising fell fall falls fallen falling up down increased increase
decreased decrease higher lower gained lost more less fewer
north south east west northern southern eastern western
""".split())
#: A negation written as a contraction ("didn't", "isn’t"): a fact word too.
_NEGATED_CONTRACTIONS = ("n't", "n’t")
#: Currency signs: "$5 million" and "€5 million" are different sums.
_CURRENCY_MARKS = "$€£¥₹₽"


def _currency_marks(block_text: str) -> list[str]:
    """Return the currency signs a block prints (_CURRENCY_MARKS), in that order."""
    return [mark for mark in _CURRENCY_MARKS if mark in block_text]


#: A capitalised word inside a block (not its first word): a name, as far as a
#: repeat check needs to know.
_INNER_NAME = re.compile(r"(?<=[ \t(\"“‘'])[A-Z][\w'’-]*")


@dataclass(slots=True)
class _RepeatCandidate:
    """A block compared for near repeats, with its words and facts read once."""

    block_id: int
    norm: str  # normalised_words of the block, then the currency signs it prints
    truncated: bool  # ends in "..."
    text: str
    plain: str  # normalised_words of the block alone
    _words: frozenset[str] | None = None
    _facts: frozenset[str] | None = None

    def words(self) -> frozenset[str]:
        """Return the block's normalised words, and the currency signs it prints."""
        if self._words is None:
            self._words = frozenset(self.norm.split())
        return self._words

    def facts(self) -> frozenset[str]:
        """Return its numbers and capitalised words, normalised: what a repeat must hold too.

        "In Kent, about 14,000 homes were without power" and "In Sussex, about
        9,500 homes were without power" read alike but state different facts.
        Reworded headlines ("recruit … workers" against "hire … laborers") and
        Title Case copies hold the same ones (a Title Case line's capitals are no
        names). A section number does not count, nor the last word of a cut copy
        ("Tatarst...").
        """
        if self._facts is None:
            text = self.text.rsplit(None, 1)[0] if self.truncated else self.text
            words = self.plain.split()[:-1] if self.truncated else self.plain.split()
            numbering = _SECTION_NUMBER.match(text)
            if numbering:
                text = text[numbering.end():]
                words = words[len(_WORD.findall(numbering.group())):]
            numbers = [word for word in words if word[0].isdigit() or word in FACT_WORDS
                       or word.endswith(_NEGATED_CONTRACTIONS)]  # "didn't", "isn’t"
            names = _WORD.findall(" ".join(_INNER_NAME.findall(text)).lower())
            if 2 * len(names) > len(words):
                names = []  # Title Case: its capitals name nothing
            self._facts = frozenset(numbers + names + _currency_marks(text))
        return self._facts
