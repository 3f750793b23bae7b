"""Extract: blocks → claims, sources, citations and figures (plain records).

Each step is a small function over the article text and its blocks; the table
layer turns the records into DataFrames once, at the end.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from .attribution import (
    ACCORDING_TO,
    INTRODUCTORY_WORDS,
    ORGANISATION_WORDS,
    PRONOUNS,
    attribution,
    capitalised_run,
    credits_sentence_before,
    group_by_role,
    leading_person,
    looks_like_person,
)
from .citations import (
    Marker,
    entry_author_year,
    find_author_date_markers,
    find_bare_note_markers,
    find_markers,
    find_parenthesised_note_markers,
    parse_note,
    parse_source_entry,
    strip_markers,
)
from .figures import FoundFigure, find_figures
from .figures.countries import settle_shared_currencies
from .figures.grid import table_figures
from .hedges import hedge_cues
from .language import HAN, HAN_COMPATIBILITY, KANA
from .lexicons import GatedRules, english_months, required_literals, rules_pattern, word_list
from .records import (
    CLAIM_KINDS,
    FIGURE_KINDS,
    TABLE_LABEL,
    Block,
    Claim,
    Figure,
    Source,
    SourceEntry,
)
from .segment import SENTENCE_OPENERS, split_sentences
from .structure import PARLIAMENTARY_NAME, SECTOR_LABEL, list_mark_end

#: A sentence needs at least this many words to be a claim ("Yes." is not).
MIN_CLAIM_WORDS = 3
#: Chinese and Japanese write no spaces between words: a sentence with this many
#: ideographs or kana (about three words' worth) can be a claim.
MIN_CLAIM_IDEOGRAPHS = 6
_IDEOGRAPH = re.compile("[" + KANA + HAN + HAN_COMPATIBILITY + "]")
#: A space before punctuation, in text whose whitespace runs are single spaces.
#: (A pattern that opens with a literal lets ``re`` jump from one space to the next.)
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[.,;:!?](?:[\s\"”’)\]]|$))")
_ALNUM = re.compile(r"[^\W_]")
# (an address may hold one level of brackets: "…/wiki/Mercury_(planet)")
_MD_LINK = re.compile(r"!?\[(?P<text>[^\]\n]{0,300})\]\((?:[^()\s]{1,2000}|\([^()\s]{0,200}\)){0,8}"
                      r"(?:\s+\"[^\"]{0,200}\")?\)")
# Emphasis and code spans; underscores only at word edges (snake_case is not emphasis).
_MD_EMPHASIS = re.compile(
    r"(\*\*|\*|`)(?P<inner>\S(?:[^\n]{0,300}?\S)?)\1"
    r"|(?<!\w)(__|_)(?P<uinner>\S(?:[^\n]{0,300}?\S)?)\3(?!\w)")
_MD_BOLD = re.compile(r"\*\*(?P<inner>\S(?:[^\n]{0,300}?\S)?)\*\*")
# Inline HTML that Markdown writers use for styling; other angle brackets are text.
_HTML_TAG = re.compile(r"</?(?:sub|sup|span|b|i|em|strong|u|small|mark|br|a|abbr|cite|q|s"
                       r"|p|div|section|aside|blockquote|figure|figcaption|font|center)"
                       r"(?:\s[^<>]{0,200})?/?>", re.IGNORECASE)
# A reference-style link: "[Skyline Imaging][1]", "[GeoWatch][gw]", "[GeoWatch][]".
# Not glued to a word before it: written links follow a space or a mark, while
# "effort[see note][2]" is bracketed text and a citation marker.
_MD_REFERENCE_LINK = re.compile(
    r"(?<![^\W_])\[(?P<text>[^\[\]\n]{1,300})\]\[[^\[\]\n]{0,40}\]")


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article, as records."""

    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dangling: list[tuple[int, str]] = field(default_factory=list)
    #: (claim_id, tag) for each cleanup tag printed after a claim ("[citation needed]").
    flagged: list[tuple[int, str]] = field(default_factory=list)

    @property
    def citations(self) -> list[tuple[int, int]]:
        """``(claim_id, source_id)`` pairs in reading order, read off the claims.

        Derived rather than stored: a corpus holds the records of every article.
        """
        return [(claim.claim_id, source_id) for claim in self.claims
                for source_id in claim.source_ids]


def extract(text: str, blocks: list[Block], *, markdown: bool = False,
            language: str | None = None) -> Extraction:
    """Run every extractor over an article's blocks.

    Parameters
    ----------
    text : str
        The article text the blocks point into.
    blocks : list of Block
        Classified blocks from :func:`analystkit.structure.build_blocks`.
    markdown : bool
        Strip Markdown inline markup (links, emphasis) from claim text.
    language : str, optional
        ISO 639-1 code of the article's language: settles numbers that read
        differently by language ("45.300"); detected when needed if not given.

    Returns
    -------
    Extraction
        Claims, sources, claim↔source citations, figures, and the citation
        markers that point at no source (``dangling``).
    """
    result = Extraction()
    result.sources = extract_sources(text, blocks)
    by_marker = {s.marker: s.source_id for s in result.sources}
    keys = {m for m in by_marker if not m.isdigit()}
    by_author_year = _author_year_index(text, blocks, result.sources)
    found = find_markers(text)
    if by_author_year:  # "(Smith et al., 2021)" cites the entry "Smith, J., … (2021)."
        found = sorted(found + find_author_date_markers(text, by_author_year.keys()))
    bare: list[Marker] = []
    cuts: list[int] = []
    numbered = {m for m in by_marker if m.isdigit()}
    if numbered and not any(t in numbered for m in found for t in m.targets):
        # no marker in the body cites the numbered notes: they may be printed as plain
        # digits after the sentences ("… in 2023.1 The decline …")
        claim_blocks = [b for b in blocks if b.kind in CLAIM_KINDS and b.duplicate_of is None]
        bare = [m for b in claim_blocks
                for m in find_bare_note_markers(text, numbered, b.content_start, b.end)]
        cuts = [m.end for m in bare]
        if not bare:  # or in parentheses ("… 56 percent (1).", "… doubled. (2) The …")
            bare = [m for b in claim_blocks for m in
                    find_parenthesised_note_markers(text, numbered, b.content_start, b.end)]
            cuts = [m.end for m in bare if text[m.start - 1] in SENTENCE_END_MARKS]
        found = sorted(found + bare)
    markers = MarkerIndex(found)
    markers_by_block = {
        b.block_id: [m for m in markers.within(b.content_start, b.end)
                     if not m.is_key or m.targets[0] in keys]
        for b in blocks if b.kind in CLAIM_KINDS and b.duplicate_of is None
    }
    result.claims, claim_markers = extract_claims(text, blocks, markers_by_block,
                                                  markdown=markdown, cuts=cuts)
    for claim, inside in zip(result.claims, claim_markers, strict=True):
        cited: list[int] = []
        for target in dict.fromkeys(t for m in inside for t in m.targets):
            source_id = by_marker.get(target) or by_author_year.get(target)
            if source_id is None:
                result.dangling.append((claim.claim_id, target))
            elif source_id not in cited:
                cited.append(source_id)
        if cited:
            claim.source_ids = tuple(cited)
        result.flagged.extend((claim.claim_id, m.printed) for m in inside if m.is_tag)
    result.figures = extract_figures(text, blocks, result.claims, markers, result.sources,
                                     language=language)
    return result


#: Marks that end a sentence, with the closing quotation marks after them: a note
#: number in parentheses after one starts no sentence of its own.
SENTENCE_END_MARKS = frozenset('.!?"”’')


#: The longest marker that can stand as a span of its own ("(12, 13)", "[140]").
MAX_NOTE_CHARS = 24


def _with_trailing_notes(spans: list[tuple[int, int]],
                         markers: list[Marker]) -> list[tuple[int, int]]:
    """Join a span that is only a citation marker to the sentence before it.

    "The rate doubled. (2)": the splitter ends the sentence at its full stop, and
    the note number after it cites that sentence.
    """
    if len(spans) < 2 or not markers \
            or all(end - start > MAX_NOTE_CHARS for start, end in spans[1:]):
        return spans
    bounds = {(m.start, m.end) for m in markers}
    joined = [spans[0]]
    for start, end in spans[1:]:
        if any(a <= start and end <= b for a, b in bounds) or (start - 1, end) in bounds:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _author_year_index(text: str, blocks: list[Block], sources: list[Source]) -> dict[str, int]:
    """Map the author-date key of each reference-list entry ("smith 2021") to its source."""
    index: dict[str, int] = {}
    for (_, entry), source in zip(_list_entries(blocks), sources, strict=True):
        if not entry.is_note:
            key = entry_author_year(text[entry.content_start:entry.end])
            if key is not None:
                index.setdefault(key, source.source_id)
    return index


class MarkerIndex:
    """The citation markers of a whole text, looked up by span.

    The text is scanned once; each block then takes the markers that lie
    inside it, instead of scanning every block (and some twice) again.
    """

    __slots__ = ("markers", "starts")

    def __init__(self, markers: list[Marker]) -> None:
        self.markers = markers
        self.starts = [m.start for m in markers]

    def within(self, start: int, end: int) -> list[Marker]:
        """Markers lying entirely inside ``[start, end)``."""
        first = bisect.bisect_left(self.starts, start)
        found = []
        for marker in islice(self.markers, first, None):
            if marker.start >= end:
                break
            if marker.end <= end:
                found.append(marker)
        return found


def _list_entries(blocks: list[Block]) -> list[tuple[Block, SourceEntry]]:
    """Every source-list entry with its block, in reading order (one per source)."""
    return [(block, entry) for block in blocks if block.kind == "sources"
            for entry in block.entries]


def extract_sources(text: str, blocks: list[Block]) -> list[Source]:
    """Parse every source-list entry into a :class:`Source`.

    ``source_id`` is the entry's number where every entry is numbered with a
    distinct number, else its 1-based position across all source lists.
    """
    entries = _list_entries(blocks)
    markers = [entry.marker for _, entry in entries]
    numbered = (all(m.isdigit() and int(m) > 0 for m in markers)
                and len(set(markers)) == len(markers))
    sources = []
    for position, (block, entry) in enumerate(entries, start=1):
        content = text[entry.content_start:entry.end]
        fields = parse_note(content) if entry.is_note else parse_source_entry(content)
        sources.append(Source(
            source_id=int(entry.marker) if numbered else position,
            marker=_plain_marker(entry.marker),
            outlet=fields.outlet, title=fields.title, url=fields.url,
            start=entry.start, end=entry.end, block_id=block.block_id,
        ))
    return sources


#: A paragraph that ends by introducing the block quotation under it ("Environment
#: Minister Anna Cole said:", "The company told investors on Monday:").
_INTRODUCES_QUOTATION = re.compile(
    r"\b(?:said|says|added|adds|explained|commented|wrote|writes|stated|declared|continued"
    r"|told[ \t][^:\n]{1,40})(?:[ \t]+(?:on|in|at)[ \t][^:\n]{1,30})?[ \t]*:[ \t]*$")
#: An introduction this short states nothing itself: the quotation is the claim.
MAX_INTRODUCTION_WORDS = 10


def _plain_marker(marker: str) -> str:
    """Return a source marker with any leading zeros dropped ("01" → "1").

    The entry's own string is returned when it is already plain, so that a
    corpus keeps one string per marker rather than two equal ones.
    """
    if not marker.isdigit():
        return marker
    plain = str(int(marker))
    return marker if plain == marker else plain


def extract_claims(text: str, blocks: list[Block], markers_by_block: dict[int, list[Marker]],
                   *, markdown: bool = False,
                   cuts: list[int] | None = None) -> tuple[list[Claim], list[list[Marker]]]:
    """Split claim-bearing blocks into sentences and keep those that assert something.

    Headline, dek, paragraph, bullet and quote blocks that are not repeats
    yield claims; questions and fragments under MIN_CLAIM_WORDS words do not.
    ``cuts`` are offsets where a sentence ends besides those the splitter
    finds (after a note number printed as plain digits: "… in 2023.1 The …").

    Returns
    -------
    claims : list of Claim
    markers : list of list of Marker
        For each claim, the markers inside its sentence, in order (the caller
        resolves their targets to source ids and reports their cleanup tags).
    """
    claims: list[Claim] = []
    claim_markers: list[list[Marker]] = []
    people = _People()
    previous_quote_speaker: str | None = None
    speakers: dict[str, str | None] = {}  # transcript labels and who they name
    turns = Counter(block.label for block in blocks if block.label)
    if turns["Q"] and turns["A"]:
        speakers["A"] = interviewee(text)  # a Q&A: the answers are the interviewee's
    quotation_claims = 0  # where the claims of the last block quotation start
    introduced: tuple[int, str | None, bool] | None = None  # "X said:" (block, X, drop it)
    cuts = sorted(cuts) if cuts else None
    for label in turns:
        if label not in speakers:
            speakers[label] = transcript_speaker(label, text, turns=turns[label], labels=turns)
    # a transcript: speakers' turns labelled; a paragraph with no label goes on the turn
    transcript = sum(turns[label] for label, who in speakers.items() if who) \
        >= MIN_TRANSCRIPT_TURNS
    turn_speaker: str | None = None  # who has the floor in a transcript
    for block in blocks:
        if block.kind == "heading" or block.kind in ("meta", "boilerplate") \
                and text[block.content_start:block.content_start + 1] in "([":
            turn_speaker = None  # a heading or a stage direction ("(COMMERCIAL BREAK)")
        if block.kind not in CLAIM_KINDS or block.duplicate_of is not None:
            continue
        label_speaker = None
        if block.label:
            label_speaker = speakers[block.label]
            if label_speaker or not _CLOCK_LABEL.fullmatch(block.label):
                turn_speaker = label_speaker  # a question's label ends the turn, a time not
            elif transcript and block.kind == "paragraph":
                label_speaker = turn_speaker  # "[00:01:12] First, the Secretary will …"
        elif transcript and block.kind == "paragraph":
            if _UNREAD_LABEL.match(text, block.content_start, block.end) \
                    or _ENDS_IN_QUESTION.search(text, block.content_start, block.end) \
                    or _QUESTION_MARK_OPENING.match(text, block.content_start, block.end):
                # "Kevin O'Hara: Hi, …", "Rachel Osei (00:02:40):", a question ("… Can
                # you confirm?", "Q Reporters were told …"): another voice's turn
                turn_speaker = None
            label_speaker = turn_speaker  # the turn goes on in a paragraph of its own
        block_markers = markers_by_block.get(block.block_id, [])
        first_claim = len(claims)
        body_end, credited = block.end, None
        if block.kind == "quote":
            body_end, credited = quotation_credit(text, block.content_start, block.end)
            if credited and body_end <= block.content_start:
                # a credit line of its own ("> — Dana Moyo") closes the quotation before it
                for claim in claims[quotation_claims:]:
                    claim.attribution = claim.attribution or credited
                continue
            quotation_claims = first_claim
            if introduced is not None and introduced[0] == block.block_id - 1:
                # 'Anna Cole said:' over the quotation: she says it
                credited = credited or introduced[1]
                if introduced[2] and claims:
                    claims.pop()
                    claim_markers.pop()
                    first_claim = quotation_claims = len(claims)
        elif introduced is not None and introduced[0] == block.block_id - 1 \
                and block.kind == "paragraph" \
                and text[block.content_start:block.content_start + 1] in _OPEN_QUOTES:
            # "Minister for Transport, Ana Cole, said:" over a paragraph that opens with a
            # quotation mark, as government releases print a quote: she says it
            credited = introduced[1]
            if introduced[2] and claims:
                claims.pop()
                claim_markers.pop()
                first_claim = len(claims)
        introduced = None
        spans = _cut_at(text, split_sentences(text, block.content_start, body_end), cuts)
        marker_starts = [m.start for m in block_markers]  # in order: each sentence's by bisection
        for start, end in _with_trailing_notes(spans, block_markers):
            # the block's own offset objects where they coincide (a corpus keeps them all)
            start = block.content_start if start == block.content_start else start
            end = block.end if end == block.end else end
            inside = [m for m in block_markers[bisect.bisect_left(marker_starts, start):
                                                bisect.bisect_left(marker_starts, end)]
                      if m.end <= end] if block_markers else []
            sentence = clean_sentence(text[start:end], inside, start, markdown=markdown)
            if len(claims) > first_claim and sentence[:1] in _CREDIT_DASHES:
                who = _inline_credit(sentence, claims[-1])
                if who:  # '"Crime has fallen by 30%." — Mayor Rosa Delgado, in a video.'
                    claims[-1].attribution = who
                    people.saw(who)
                    continue
            if not is_assertion(sentence, in_list=block.kind == "bullet"):
                continue
            speaker = attribution(sentence)
            if speaker is None and not label_speaker and not credited \
                    and (is_instruction(sentence) or is_note_on_the_text(sentence)) \
                    or not label_speaker and is_appeal(sentence):
                # "Never drive through flooded roads.": advice; "The interview has been
                # edited for length.": a note about the text; "Anyone with information
                # should call 101.": an appeal, whoever makes it ("The District Attorney
                # urged anyone with information to call 555-0100."). No claim.
                continue
            if speaker in PRONOUNS:
                # "he"/"she" is a person named before, not an organisation quoted since,
                # or the one this sentence opens with ("John Thune called the vote a
                # step, but he acknowledged that …"); "I"/"we" in a transcript is
                # whoever has the floor
                if speaker in ("he", "she"):
                    people.saw(leading_person(sentence))
                speaker = people.resolve(speaker) if speaker in ("he", "she") else \
                    label_speaker if speaker in ("i", "we") else \
                    _group_just_credited(claims, block.block_id) if speaker == "they" else \
                    _body_just_credited(claims, block.block_id) if speaker == "it" else None
            people.saw(leading_person(sentence)
                       or _surname_subject(sentence, claims, text, people)
                       or _agent_person(sentence))
            if speaker and speaker not in PRONOUNS and looks_like_person(speaker) \
                    and not _ACCORDING_TO.search(sentence):
                # what a claim is "according to" is mostly no person; a speaker is the
                # person named last, after the one the sentence opens with ("Mahama won
                # 6.3 million votes, commission chair Jean Mensa said." then "…, she said")
                people.saw(speaker)
            speaker = speaker or label_speaker or credited  # "BELLO: …", "> … — Dana Moyo"
            if speaker and len(claims) > first_claim and claims[-1].attribution is None \
                    and credits_sentence_before(sentence):
                # "L'inflazione è scesa all'1,2%." then "Lo comunica l'Istat …": the
                # speaker said the sentence before in the paragraph too
                claims[-1].attribution = speaker
            if speaker is None and claims and claims[-1].attribution \
                    and block.block_id - claims[-1].block_id <= THEY_REACH_BLOCKS \
                    and _reported_in_german(sentence):
                speaker = claims[-1].attribution  # "…, sagte Herrmann." "Es seien 22.000 …"
            claims.append(Claim(
                claim_id=len(claims) + 1, block_id=block.block_id, section=block.section,
                label=block.label, text=sentence, start=start, end=end,
                hedge_cues=tuple(hedge_cues(sentence)), attribution=speaker,
            ))
            claim_markers.append(inside)
        previous_quote_speaker = credit_quotations(claims[first_claim:], previous_quote_speaker)
        if block.kind == "paragraph" and len(claims) > first_claim \
                and claims[-1].text.endswith(":") \
                and _INTRODUCES_QUOTATION.search(claims[-1].text):  # most end otherwise
            last = claims[-1]
            introduced = (block.block_id, last.attribution,
                          last.end >= block.end - 1
                          and len(last.text.split()) <= MAX_INTRODUCTION_WORDS)
    _name_speakers_in_full(claims)
    return claims, claim_markers


#: The line that credits a block quotation, last in it: "— Union general secretary
#: Dana Moyo", "-- Dana Moyo, union leader" (a dash, then who said it).
_QUOTATION_CREDIT = re.compile(r"(?:^|\n)[ \t>]*(?:[—―–]|--?)[ \t]*(?P<who>[^\n]{2,100}?)[ \t]*\Z")
#: Month names that may follow a name in a credit line's date ("Dana Moyo March 3").
_MONTH_WORDS = frozenset(name.capitalize() for name in english_months())
#: An account handle in brackets, as embedded posts print it after the name.
_ACCOUNT_HANDLE = re.compile(r"\(@\w{1,30}\)")
#: Most words in a credit line; a longer dash-led line is part of the quotation.
MAX_CREDIT_WORDS = 10


#: Dashes that open a credit after a quotation ("— Mayor Rosa Delgado"); "--" too.
_CREDIT_DASHES = ("—", "―", "–", "-")
#: A credit after a quotation in the same paragraph: a dash, the name, then what it is
#: set off by a comma ("— Mayor Rosa Delgado, in a campaign video posted on 2 May.").
_INLINE_CREDIT = re.compile(r"(?:[—―–]|--?)[ \t]*(?P<who>[^,.;:\n]{2,80})(?:[,.;:]|$)")
_OPENING_QUOTES = ("\"", "“", "‘", "'", "«")


def _inline_credit(sentence: str, quotation: Claim) -> str | None:
    """Return the person a dash-led credit names for the quotation before it, or None.

    '"Violent crime has fallen by 30%." — Mayor Rosa Delgado, in a campaign video.':
    the sentence after the quotation names who said it. Only when that claim is a
    quotation with no speaker yet, and the credit names a person.
    """
    if quotation.attribution or not quotation.text.startswith(_OPENING_QUOTES):
        return None
    match = _INLINE_CREDIT.match(sentence)
    if match is None or len(match.group("who").split()) > MAX_CREDIT_WORDS:
        return None
    name = " ".join(_name_after_title(match.group("who").split()))
    return name if name and looks_like_person(name) else None


#: Words inside a title before the name it ends with ("Member of the European
#: Parliament Karel Dvořák"): a capitalised run after one of them starts inside the title.
_TITLE_JOINERS = frozenset({"of", "the", "for", "and"})


def _name_after_title(words: list[str]) -> list[str]:
    """Return the capitalised run that ends the words, without a title's last part.

    "Member of the European Parliament Karel Dvořák" → "Karel Dvořák": the run
    after "the" ("European Parliament Karel Dvořák") ends a title before the name;
    "Mayor Rosa Delgado" stays whole.
    """
    run = capitalised_run(words)
    if 2 < len(run) < len(words) and words[-len(run) - 1].lower() in _TITLE_JOINERS \
            and looks_like_person(" ".join(run[-2:])):
        return run[-2:]
    return run


def quotation_credit(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Return where a block quotation's words end and the person its credit line names.

    ``text[start:end]`` is the quotation. Its last line, after a dash, may say
    who said it ("— Union leader Dana Moyo" → Dana Moyo, the capitalised run that
    ends the credit's first part). Without such a line: ``(end, None)``.
    """
    credit = _QUOTATION_CREDIT.search(text[start:end])
    if credit is None or len(credit.group("who").split()) > MAX_CREDIT_WORDS:
        return end, None
    who = credit.group("who").split(",")[0].strip(" .")
    name = capitalised_run(who.split())
    if not name:  # "Dana Moyo (@danamoyo) March 3": the name opens the credit
        for word in who.split():
            if not word[:1].isupper():
                break
            name.append(word)
        name = name[:-1] if name and name[-1] in _MONTH_WORDS else name
    # an embedded post's credit gives the account after the name ("County Teachers Union
    # (@CountyTU) February 19, 2024"): whoever holds it, a person or an organisation
    if not name or not (looks_like_person(" ".join(name)) or _ACCOUNT_HANDLE.search(who)):
        return end, None
    return start + credit.start(), " ".join(name)


#: A person named as the agent of a passive ("The race was won by Daniel Korir."):
#: a first and last name at least, whom a later "he"/"she" may mean.
_PASSIVE_AGENT = re.compile(
    r"(?<![\w-])by[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’-]+)")


def _agent_person(sentence: str) -> str | None:
    """Return the last person a sentence names as a passive's agent, or None."""
    if "by " not in sentence:
        return None  # most sentences: no agent
    names = [m.group("name") for m in _PASSIVE_AGENT.finditer(sentence)]
    return names[-1] if names and looks_like_person(names[-1]) else None


#: How many people named last "he" or "she" may mean: the nearest whose gender the
#: text has not shown to be the other (MAX_PEOPLE_REMEMBERED back at most).
MAX_PEOPLE_REMEMBERED = 3
#: Titles that say whether a person is "he" or "she" ("Mr Hale", "Ms. Ruiz").
#: Titles a second reference puts before a surname ("Ms Bullock", "Dr. Lee").
SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})


#: Institutions a speaker is named by in one capitalised word, which no full name ends
#: with as a surname: "The House said" is the chamber, not a "White House" official.
INSTITUTION_WORDS = frozenset({"house", "senate", "congress", "parliament", "assembly",
                               "cabinet", "commons", "lords", "kremlin", "pentagon",
                               "government", "court", "council", "ministry", "police"})


def _name_speakers_in_full(claims: list[Claim]) -> None:
    """Credit a speaker given by surname alone with the full name the article gives them.

    "Latasha Abney said …" then "Abney said …": both claims are Latasha Abney's,
    so that one person is one key when claims are counted by speaker. Only where
    one full name credited in the article ends with that surname ("Ms Bullock" →
    "Michele Bullock", "Oyelaran" → "Dr. Marcus Oyelaran"), or, with none credited,
    where the claims print one full name with it and no other ("The study was led by
    Dr. Helena Voss" … "Voss said" → "Helena Voss"; not "Meadows" in an article that
    names Mark, Debbie and Scott Meadows); a single word no full name ends with stays.
    """
    full: dict[str, set[str]] = {}
    for claim in claims:
        who = claim.attribution
        if who and " " in who and who[:1].isupper() and looks_like_person(who):
            words = who.split()
            if words[0].lower().rstrip(".") not in SURNAME_TITLES or len(words) > 2:
                full.setdefault(words[-1], set()).add(who)
    printed: dict[str, set[str]] = {}  # surname → the full names the claims print with it
    for claim in claims:
        who = claim.attribution
        if not who or who[:1].islower():
            continue
        words = who.split()
        if len(words) == 2 and words[0].lower().rstrip(".") in SURNAME_TITLES:
            words = words[1:]
        if len(words) != 1 or words[0].lower() in INSTITUTION_WORDS:
            continue  # "The House said": the chamber, not a "White House" surname
        if len(full.get(words[0], ())) == 1:
            claim.attribution = next(iter(full[words[0]]))
        elif words[0] not in full and looks_like_person(words[0]):
            if words[0] not in printed:
                printed[words[0]] = _full_names_printed(words[0], claims)
            if len(printed[words[0]]) == 1:
                claim.attribution = next(iter(printed[words[0]]))


#: Most blocks back to the claim whose group "they" may mean: the same paragraph or
#: the one before.
THEY_REACH_BLOCKS = 1


#: German reported speech: the subjunctive I of the third person ("sei", "seien", "habe",
#: "werde", "könne", "müsse"), which carries on what the speaker before said ("…, sagte
#: Herrmann." then "Rund 22.000 Helfer seien im Einsatz."), in a sentence with German
#: function words and no first person ("ich habe", "wir werden" are indicative).
_GERMAN_SUBJUNCTIVE = re.compile(r"\b(?:sei|seien|habe|hätten|werde|würden|könne|müsse|solle"
                                 r"|dürfe|gebe|bleibe|liege|stehe|gehe|komme)\b")
_GERMAN_FUNCTION_WORD = re.compile(r"\b(?i:der|die|das|und|nicht|im|mit|auf|für|den|dem|ein"
                                   r"|eine|noch|auch|bis)\b")
_FIRST_PERSON_DE = re.compile(r"\b(?:ich|wir|Ich|Wir)\b")


def _reported_in_german(sentence: str) -> bool:
    """Whether a sentence carries on German reported speech (_GERMAN_SUBJUNCTIVE)."""
    return _GERMAN_SUBJUNCTIVE.search(sentence) is not None \
        and _GERMAN_FUNCTION_WORD.search(sentence) is not None \
        and _FIRST_PERSON_DE.search(sentence) is None


def _group_just_credited(claims: list[Claim], block_id: int) -> str | None:
    """Return the group "they" means: the speaker of the claim just before, if a group.

    "Obama administration officials said that …" then "They said that Sudan …":
    the officials. The claim before must be in this block or the one before
    (THEY_REACH_BLOCKS) and credited to people by a plural ("officials", "analysts"),
    not to a person, an organisation or "it".
    """
    if not claims or claims[-1].attribution is None \
            or block_id - claims[-1].block_id > THEY_REACH_BLOCKS:
        return None
    group = claims[-1].attribution
    # a plural names people by role ("officials", "Analysts" opening a sentence); a
    # person's or an organisation's name ends in a capitalised word ("Reuters")
    return group if group_by_role(group) else None


def _body_just_credited(claims: list[Claim], block_id: int) -> str | None:
    """Return the body "it" means: the speaker of the claim just before, if a body.

    "Russia launched 90 drones, the Ukrainian Air Force said." then "It said 60 were
    shot down.": the air force. The claim before must be in this block or the one
    before (THEY_REACH_BLOCKS) and credited to one organisation or body, not to a
    person, a group of people or a pronoun.
    """
    if not claims or claims[-1].attribution is None \
            or block_id - claims[-1].block_id > THEY_REACH_BLOCKS:
        return None
    body = claims[-1].attribution
    if body.lower() in PRONOUNS or group_by_role(body) or looks_like_person(body) \
            and not _names_organisation(body) and not _one_name(body):
        return None
    return body


def _one_name(name: str) -> bool:
    """Whether ``name`` is one capitalised word with no title ("Parametrix", "Microsoft").

    After such a speaker "it" means it: a person named by surname alone is "he" or
    "she", never "it".
    """
    return " " not in name and name[:1].isupper() and name.isalpha()


def _names_organisation(name: str) -> bool:
    """Whether a capitalised name holds a word of an organisation ("Ukrainian Air Force")."""
    return any(word.lower().removesuffix("'s").removesuffix("’s").strip(".,") in BODY_NAME_WORDS
               for word in name.split())


#: Words that make a capitalised name a body "it" may stand for: ORGANISATION_WORDS and
#: the armed and uniformed services ("Ukrainian Air Force", "General Staff").
BODY_NAME_WORDS = ORGANISATION_WORDS | frozenset({
    "force", "forces", "army", "navy", "guard", "guards", "police", "command", "staff",
    "service", "services", "fleet", "corps"})


GENDERED_TITLES = {"mr": "he", "sir": "he", "mrs": "she", "ms": "she", "miss": "she",
                   "dame": "she"}


@dataclass(slots=True)
class _People:
    """The people an article has named so far, for resolving "he" and "she".

    A person's gender is known only from a clean signal: a title ("Mr", "Ms") or
    "he"/"she" already taken to mean them. No first name is read for it.
    """

    recent: list[str] = field(default_factory=list)  # the last one named last
    genders: dict[str, str] = field(default_factory=dict)  # surname → "he" or "she"
    # surname → (claims looked at, the latest full name in them): each claim is read
    # once for each surname asked about, however long the article
    full_names: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # surname → whether the article also writes it in lower case, a word as well
    common_words: dict[str, bool] = field(default_factory=dict)

    def saw(self, person: str | None) -> None:
        """Note that ``person`` was named (now the last person named)."""
        if not person:
            return
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)
        del self.recent[:-MAX_PEOPLE_REMEMBERED]
        title = person.split()[0].lower().rstrip(".")
        if title in GENDERED_TITLES:
            self.genders.setdefault(_surname(person), GENDERED_TITLES[title])

    def resolve(self, pronoun: str) -> str | None:
        """Return the person "he" or "she" means: the last named not known as the other.

        With no such person the last person named is meant, as before any gender
        was known. The person is then known by ``pronoun``.
        """
        person = next((p for p in reversed(self.recent)
                       if self.genders.get(_surname(p), pronoun) == pronoun),
                      self.recent[-1] if self.recent else None)
        if person:
            self.genders.setdefault(_surname(person), pronoun)
        return person


def _surname(person: str) -> str:
    """Return the last word of a person's name ("Prime Minister Luis Costa" → "Costa")."""
    return person.split()[-1].strip(".,")


#: A run of two to four capitalised words: a person's full name, which a later
#: sentence may give by the surname alone ("Isabel Moreno won …" … "Moreno, 46, …").
_FULL_NAME = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+(?![\w'’-])")
#: One capitalised word opening a sentence as its subject: before a lower-case verb
#: ("Hale conceded …") or set off by a comma ("Moreno, 46, a former …, campaigned").
_SURNAME_SUBJECT = re.compile(r"[\"“'‘]?(?P<surname>[A-Z][\w'’-]+)(?:[ \t]+[a-z]|,)")


#: Words kept of a full name: a first name and the surname. A longer capitalised run
#: is mostly a title or a company before them ("Super Value Debra Symonette").
FULL_NAME_WORDS = 2
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _after_capitalised_word(text: str, word: str) -> bool:
    """Whether ``word`` follows a capitalised word somewhere in ``text`` ("Isabel Moreno")."""
    position = text.find(" " + word)
    while position != -1:
        before = text.rfind(" ", 0, position) + 1
        if text[before:before + 1].isupper():
            return True
        position = text.find(" " + word, position + 1)
    return False


def _full_name_before(surname: str, claims: list[Claim], people: _People) -> str | None:
    """Return the full name the latest earlier claim prints with ``surname``, or None.

    Looked for only when a sentence opens with a lone capitalised word, so that
    most sentences cost nothing: "Isabel Moreno won …" … "Moreno, 46, …". The
    claims read for a surname before are not read again (``people.full_names``).
    """
    seen, found = people.full_names.get(surname, (0, None))
    latest = _latest_full_name(surname, claims[seen:])
    found = latest or found
    people.full_names[surname] = (len(claims), found)
    return found


def _full_names_printed(surname: str, claims: list[Claim]) -> set[str]:
    """Return the full names (a first name and ``surname``) that ``claims`` print."""
    names: set[str] = set()
    for claim in claims:
        if surname in claim.text and _after_capitalised_word(claim.text, surname):
            names.update(_names_with(surname, claim.text))
    return names


def _names_with(surname: str, text: str) -> list[str]:
    """Return the full names in ``text`` that end with ``surname``, a first name and it."""
    found = []
    for match in _FULL_NAME.finditer(text):
        words = match.group().split()
        while words and (words[0].lower() in _NOT_NAME_STARTS
                         or words[0].lower() in INTRODUCTORY_WORDS):
            words.pop(0)  # "By Daniel Kerr", "On Tuesday Isabel Moreno"
        if len(words) == 2 and words[0].lower().rstrip(".") in SURNAME_TITLES:
            continue  # "Ms Phillipson": the surname again, no full name
        if len(words) >= 2 and words[-1] == surname and looks_like_person(" ".join(words)):
            found.append(" ".join(words[-FULL_NAME_WORDS:]))
    return found


def _latest_full_name(surname: str, claims: list[Claim]) -> str | None:
    """Return the full name the last of ``claims`` to print one with ``surname`` gives."""
    for claim in reversed(claims):
        if surname not in claim.text or not _after_capitalised_word(claim.text, surname):
            continue
        found = _names_with(surname, claim.text)
        if found:
            return found[-1]
    return None


def _surname_subject(sentence: str, claims: list[Claim], text: str,
                     people: _People) -> str | None:
    """Return the full name of a person a sentence opens with by surname alone, or None.

    "Hale conceded shortly after 11 p.m." means "Gregory Hale" when an earlier
    claim named him in full: a later "he"/"she" may mean him. A surname that the
    article (``text``) also writes in lower case is a word as well ("Price rises
    …" after "Tom Price"), and a sentence's capital says nothing.
    """
    opening = _SURNAME_SUBJECT.match(sentence)
    if opening is None or opening.group("surname").endswith(_POSSESSIVE_ENDS):
        return None  # "Meadows' plans were kept secret": the plans are the subject
    lower = opening.group("surname").lower()
    if lower in _NOT_NAME_STARTS or lower in SENTENCE_OPENERS or lower in INTRODUCTORY_WORDS:
        return None  # "The council said …", "But …": no surname
    surname = opening.group("surname")
    full_name = _full_name_before(surname, claims, people)
    if full_name is None:
        return None
    if surname not in people.common_words:
        people.common_words[surname] = re.search(
            rf"(?<![\w'’-]){re.escape(surname.lower())}(?![\w'’-])", text) is not None
    return None if people.common_words[surname] else full_name


def _cut_at(text: str, spans: list[tuple[int, int]],
            cuts: list[int] | None) -> list[tuple[int, int]]:
    """Split sentence spans at the given sorted offsets (those strictly inside a span)."""
    if not cuts:
        return spans
    result = []
    for start, end in spans:
        first = bisect.bisect_right(cuts, start)
        for cut in cuts[first:bisect.bisect_left(cuts, end)]:  # those strictly inside
            if cut <= start:
                continue  # inside the space skipped after the previous cut
            result.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        result.append((start, end))
    return result


_ACCORDING_TO = re.compile(ACCORDING_TO, re.IGNORECASE)
#: Labelled turns of named speakers that make a text a transcript, in which a paragraph
#: with no label goes on the turn before it.
MIN_TRANSCRIPT_TURNS = 3
#: A name and a colon opening a paragraph that was read as no label (a voice with one
#: turn only): in a transcript it still ends the turn before it.
_UNREAD_LABEL = re.compile(r"[*_]{0,2}[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
                           r"(?:[ \t]*\([^()\n]{1,60}\)){0,2}[*_]{0,2}:[*_]{0,2}(?:[ \t]|$)")
#: A paragraph that ends in a question, or opens with a lone "Q": a reporter's turn.
_ENDS_IN_QUESTION = re.compile(r"\?[\"”’)]*[ \t]*$")
_QUESTION_MARK_OPENING = re.compile(r"Q[ \t]+(?=[A-Z])")
#: A label that is a time ("00:12:31", "14:32"): a live blog's entry or a recording's
#: time, no speaker and no end of a turn.
_CLOCK_LABEL = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?")
#: Paragraph labels in capitals that name no speaker: interviewer and answer
#: marks and the labels of live blogs, fact checks, corrections and minutes.
NOT_SPEAKER_LABELS = frozenset({
    "Q", "A", "QUESTION", "Question", "ANSWER", "UPDATE", "UPDATED", "CORRECTION",
    "CLARIFICATION", "NOTE", "EDITOR'S NOTE",
    "BREAKING", "WATCH", "READ", "LISTEN", "ANALYSIS", "CONTEXT", "BACKGROUND", "CLAIM",
    "VERDICT", "RATING", "FACT CHECK", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "WARNING",
    "DISCLAIMER", "SUMMARY", "KEY POINTS", "TRANSCRIPT", "NARRATOR", "UNIDENTIFIED",
    # the decisions and actions of a meeting's minutes ("RESOLVED: That …")
    "RESOLVED", "AGREED", "NOTED", "DECISION", "DECIDED", "ACTION", "ACTIONS", "MOVED",
    "CARRIED", "RECOMMENDATION", "RECOMMENDED", "MOTION",
})
_CAPITALS_LABEL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3}")
#: A situation report's sector label ("WASH", "HEALTH", "Shelter and NFI"): no speaker.
_SECTOR_LABEL = re.compile(SECTOR_LABEL)
#: A word of a name: capitalised; a full stop only after an initial or a short title
#: ("J.", "Dr.", "St."), so a name never reaches back over a sentence's end ("House.").
_NAME_WORD = r"[A-ZÀ-Þ](?:[\w'’-]{0,2}\.|[\w'’-]+)(?:\.[A-ZÀ-Þ]\.?)?"
#: A transcript gives each speaker several turns.
MIN_SPEAKER_TURNS = 2
#: A speaker label in mixed case: a name of two to four capitalised words ("Ingrid Vos").
_MIXED_CASE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,3}")
_LABEL_CONNECTIVES = frozenset({"AND", "OF", "THE", "FOR", "IN", "ON", "TO", "&"})
#: Capitalised words that open a sentence or a byline before a name.
_NOT_NAME_STARTS = frozenset({"by", "the", "a", "an", "and", "but", "as", "when", "with",
                              "from", "for", "of", "to", "in", "on", "at", "said", "says",
                              # "according to" in the languages read: "Selon Macron",
                              # "Laut Scholz", "Según Sánchez" name no "Selon Macron"
                              "selon", "según", "laut", "segundo", "secondo", "per",
                              # a host naming themself: "I'm Marcus Oyelaran"
                              "i'm", "i’m"})


#: A member's title and name in a parliamentary record's speaker label, inside
#: brackets after an office ("The Secretary of State for Environment (Ms Rachel
#: Holt)") or before a seat and party ("Sir Geoffrey Lamb (North Fenmouth) (Con)").
_MEMBER = re.compile(r"(?:^|\()(?P<name>" + PARLIAMENTARY_NAME + r")(?:\)|[ \t]*\(|$)")


def _member_named(label: str) -> str | None:
    """Return the title and name in a parliamentary speaker label, or None."""
    member = _MEMBER.search(label)
    return member.group("name") if member else None


def transcript_speaker(label: str, text: str, *, turns: int = 1,
                       labels: Mapping[str, int] | None = None) -> str | None:
    """Return who a transcript label ("BELLO", "DR. ANA RUIZ") names, or None.

    The label's surname is looked up among the names the article prints
    ("water minister Amina Bello" → "Amina Bello"). A label the article names
    no further is a speaker only when it opens MIN_SPEAKER_TURNS paragraphs
    or more (``turns``), and is then given in title case ("Bello"): a lone
    capitals lead-in is a section teaser ("STRESS: How to look after …").
    Labels that are no speakers (NOT_SPEAKER_LABELS, times, mixed case) give None.
    Roles before the name are dropped ("SPOKESPERSON ANITA RAO" → "Anita Rao"), and
    a label that is the end of a fuller one among ``labels`` (each with its number
    of turns) names the same person ("RAO" after "SPOKESPERSON ANITA RAO"), whose
    turns are then both labels' turns.
    """
    if _SECTOR_LABEL.fullmatch(label):
        return None  # "WASH:", "HEALTH:" over a situation report's paragraphs
    member = _member_named(label)
    if member is not None:
        label = member  # "Ms Holt", from "Ms Holt (Fenmouth) (Lab)" or "The Minister (Ms Holt)"
    elif turns >= MIN_SPEAKER_TURNS and _MIXED_CASE_NAME.fullmatch(label) \
            and looks_like_person(label):
        return label  # a dialogue's "Ingrid Vos:", taking turns with another voice
    elif not _CAPITALS_LABEL.fullmatch(label) or label in NOT_SPEAKER_LABELS \
            or any(word in _LABEL_CONNECTIVES for word in label.split()):
        return None
    else:
        fuller = _fuller_label(label, labels or {})
        if fuller is not None:  # "RAO", after "SPOKESPERSON ANITA RAO"
            return transcript_speaker(fuller, text, turns=turns + (labels or {})[fuller])
    label, role = _without_role(label)
    words = label.replace("’", "'").split() if member else label.replace("’", "'").title().split()
    surname = words[-1]
    if member and len(words) > 2:
        return label  # named in full: "Sir Geoffrey Lamb"
    if len(surname.strip(".")) < 2:
        return None
    named = re.search(rf"(?<![\w'’-])(?:{_NAME_WORD}{_WITHIN_PARAGRAPH})"
                      rf"{{1,3}}{re.escape(surname)}(?![\w'’-])", text)
    if named is None:
        # a role before two words or more says they name a person
        named_by_role = role and len(words) > 1 and looks_like_person(" ".join(words))
        return " ".join(words) if turns >= MIN_SPEAKER_TURNS or named_by_role else None
    found = named.group().split()
    while len(found) > 1 and found[0].lower() in _NOT_NAME_STARTS:
        found.pop(0)  # "By Daniel Kerr", "And Amina Bello"
    return " ".join(found)


#: Whitespace between the words of one name: never a paragraph break, so that a name
#: that ends a headline and opens the paragraph under it is not read as one name.
_WITHIN_PARAGRAPH = r"(?:[ \t]|\n(?![ \t]*\n))+"


@cache
def _label_roles() -> frozenset[str]:
    """Return the roles a speaker label may print before a name (``data/label_roles.txt``)."""
    return frozenset(word_list("label_roles.txt"))


def _without_role(label: str) -> tuple[str, bool]:
    """Return a capitals label without the roles before its name, and whether it had one.

    "SPOKESPERSON ANITA RAO" → ("ANITA RAO", True); roles come from
    ``data/label_roles.txt``. A label that is nothing but roles is kept whole.
    """
    words = label.split()
    roles = _label_roles()
    kept = words
    while len(kept) > 1 and kept[0].upper() in roles:
        kept = kept[1:]
    return " ".join(kept), len(kept) < len(words)


def _fuller_label(label: str, labels: Iterable[str]) -> str | None:
    """Return the one other label whose name ends with all of ``label``'s words, or None.

    "RAO" is "SPOKESPERSON ANITA RAO" and "FERRANTE" "LUCIA FERRANTE": a transcript
    names a speaker in full once and by surname after. Two such labels ("ANN LEE" and
    "TOM LEE" for "LEE") leave it open.
    """
    words = label.split()
    fuller = [other for other in labels
              if len(other_words := _without_role(other)[0].split()) > len(words)
              and other_words[-len(words):] == words]
    return fuller[0] if len(fuller) == 1 else None


#: How a Q&A names who answers: "an interview with Sofia Lindqvist", "in
#: conversation with Dr Ana Ruiz", "we spoke to Carla Mendes", "Q&A with …".
_INTERVIEW_WITH = re.compile(
    r"(?<![\w-])(?i:interview|conversation|q&a|spoke|speaks|talked|talks)[ \t]+(?:with|to)[ \t]+"
    r"(?P<who>(?:[A-Z][\w'’.-]+[ \t]+){0,3}[A-Z][\w'’-]+)")


def interviewee(text: str) -> str | None:
    """Return who answers in a Q&A: the person the text says it interviews, or None.

    >>> interviewee("Grid delays: an interview with Sofia Lindqvist. Q: Why? A: …")
    'Sofia Lindqvist'
    """
    for match in _INTERVIEW_WITH.finditer(text):
        who = match.group("who")
        if who[0].isupper() and looks_like_person(who):
            return who
        # "In an interview with The Harbour Times, Sofia Lindqvist discussed …": the
        # interview is with the paper; the person the sentence goes on to name answers
        rest = text[match.end("who"):match.end("who") + INTERVIEWEE_REACH]
        rest = rest[:_SENTENCE_STOP.search(rest).start()] if _SENTENCE_STOP.search(rest) else rest
        for name in _NAME_RUN.finditer(rest):
            if looks_like_person(name.group()):
                return name.group()
    return None


#: How far after "an interview with <an outlet>" the person who answers is looked for.
INTERVIEWEE_REACH = 120
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
#: Two to four capitalised words: a person's name, if ``looks_like_person`` agrees.
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}")


_OPEN_QUOTES = "\"“«„»"
#: The marks that close a quotation, by the mark it opens with: English “…”, German
#: „…“ and »…«, French «…».
_CLOSING_MARKS = {'"': '"', "“": "”", "„": "“”", "«": "»", "»": "«"}


def credit_quotations(block_claims: list[Claim], carried: str | None) -> str | None:
    """Give every sentence of a quotation the speaker named where the quotation ends.

    News copy names the speaker once per quotation ('"… . … ," Gates said.'),
    and a paragraph that opens with a quotation and names nobody continues the
    previous paragraph's speaker. A quotation that names nobody right after a
    person's reported speech is that person's ('Kovac, 31, said he was unsure. "My
    elbow is not 100%."'). Returns the speaker to carry into the next paragraph
    (None unless this one ends inside an attributed quotation).
    """
    run: list[Claim] = []
    open_quote = False
    closing = '"”'  # the marks that close the quotation open now
    speaker_out: str | None = None
    speaker_in_block: str | None = None
    reported_before: str | None = None  # the person whose reported speech is just before
    for index, claim in enumerate(block_claims):
        text = claim.text
        body_start = 1  # skip the opening mark itself
        if not open_quote and text[:1] in _OPEN_QUOTES:
            open_quote, run = True, []
            closing = _CLOSING_MARKS[text[0]]
            previous = block_claims[index - 1] if index else None
            reported_before = previous.attribution if previous is not None \
                and previous.attribution and previous.text[:1] not in _OPEN_QUOTES \
                and not any(mark in previous.text for mark in _OPEN_QUOTES) \
                and looks_like_person(previous.attribution) else None
        elif not open_quote:
            # 'Cole said: "Prices might go up. But …"': a quotation opened after its
            # speaker runs on into the next sentences, which the speaker also says
            body_start = _unclosed_quotation(text)
            open_quote, run = body_start > 0, []
            closing = _CLOSING_MARKS.get(text[body_start - 1], '"”') if body_start else '"”'
        if open_quote:
            run.append(claim)
            body = text[body_start:] if len(run) == 1 else text
            if any(mark in body for mark in closing) or index == len(block_claims) - 1:
                speaker = next((c.attribution for c in reversed(run) if c.attribution), None)
                if speaker is None:
                    # An untagged quotation continues the paragraph's (or the previous
                    # paragraph's) last quoted speaker.
                    speaker = carried if run[0] is block_claims[0] else \
                        speaker_in_block or reported_before
                speaker_in_block = speaker or speaker_in_block
                for member in run:
                    member.attribution = member.attribution or speaker
                open_quote = False
                speaker_out = speaker if speaker and run[0].text[:1] in _OPEN_QUOTES else None
    return speaker_out


def _unclosed_quotation(text: str) -> int:
    """Where the quotation a sentence opens and leaves open starts, else 0."""
    if text.count('"') % 2:
        return text.rindex('"') + 1
    german = "„" in text  # there “ closes what „ opens, and « what » opens
    pairs = (("„", "“"), ("»", "«")) if german else (("“", "”"), ("«", "»"), ("»", "«"))
    for opening, closing in pairs:
        position = text.rfind(opening)
        if position > 0 and text.find(closing, position + 1) == -1:
            return position + 1
    return 0


_EDGE_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=[.!?]?$)")  # "5**." too


def _link_text(link: re.Match[str]) -> str:
    """Return a Markdown link's text, parted by a space from a word run on after the link.

    "[KEY][ref]Skip" reads "KEY Skip": the link's text and the next word are two
    words, as the text they stand in prints them.
    """
    following = link.string[link.end():link.end() + 1]
    return link.group("text") + (" " if following.isalnum() else "")


def clean_sentence(raw: str, markers: list[Marker], offset: int, *, markdown: bool = False) -> str:
    """Return a sentence without citation markers, markup or extra whitespace."""
    sentence = strip_markers(raw, markers, offset)
    if markdown:
        sentence = _MD_LINK.sub(_link_text, sentence)
        if "][" in sentence:
            sentence = _MD_REFERENCE_LINK.sub(_link_text, sentence)
        for _ in range(2):  # nested emphasis: **_bold italic_**
            sentence = _MD_EMPHASIS.sub(lambda m: m.group("inner") or m.group("uinner"), sentence)
        sentence = _HTML_TAG.sub(" ", sentence)  # "said<b>Skip" must not become "saidSkip"
        # emphasis that spans sentences leaves its marks at their edges
        sentence = _EDGE_EMPHASIS.sub("", sentence.strip())
    else:
        # Plain text pasted from Markdown keeps its bold and its links; both are
        # unambiguous markup (a lone "*" may be a footnote mark and stays).
        if "](" in sentence:
            sentence = _MD_LINK.sub(_link_text, sentence)
        if "**" in sentence:
            sentence = _MD_BOLD.sub(lambda m: m.group("inner"), sentence)
    if "[" in sentence or "(" in sentence:
        # "[Crosstalk]", "(LAUGHTER)", "[00:08:15]" inside a transcript's turn
        sentence = _INLINE_STAGE_DIRECTION.sub(" ", sentence)
    sentence = " ".join(sentence.split())  # whitespace runs → one space, ends stripped
    if sentence.endswith((",", ";")):
        # the commas between note markers after the full stop ("… the claim.[5],[6]")
        sentence = _SEPARATORS_AFTER_END.sub(r"\g<end>", sentence)
    return _SPACE_BEFORE_PUNCTUATION.sub("", sentence)


#: What transcripts print in brackets inside a turn that nobody says: a recording's
#: time and the stage directions of transcription services and broadcasters.
_INLINE_STAGE_DIRECTION = re.compile(
    r"[\[(](?:\d{1,2}(?::\d{2}){1,2}|(?i:crosstalk|inaudible|unintelligible|laughs?|laughter"
    r"|applause|interruption|pause|sighs?|coughs?|cheers|cheering|music|silence|overlapping"
    r"|technical[ ]difficulties|(?:begin|end)[ ]video[ ]clip|commercial[ ]break"
    r"|(?:begin|end)[ ]audio[ ]clip))\.?[\])]")
_SEPARATORS_AFTER_END = re.compile(r"(?P<end>[.!?][\"”’)]?)[ ,;]+$")


def is_assertion(sentence: str, *, in_list: bool = False) -> bool:
    """Whether a sentence can be a claim: enough words and not a question.

    In a list, a label and its value state a fact in two words ("- Attendance: 27,418").
    """
    if not _has_words(sentence, MIN_CLAIM_WORDS) and len(
            _IDEOGRAPH.findall(sentence, 0, 4 * MIN_CLAIM_IDEOGRAPHS)) < MIN_CLAIM_IDEOGRAPHS \
            and not (in_list and _LABELLED_VALUE.fullmatch(sentence) is not None):
        return False
    return not sentence.rstrip("\"'”’)]」』） ").endswith(("?", "？")) \
        and _QUOTED_QUESTION.match(sentence) is None \
        and _BRACKETED_ASIDE.fullmatch(sentence) is None


# An aside wholly in brackets with no sentence in it: a credit or a tally under a
# paragraph ("(ONS House Price Index, January 2025)", "(For 10, Against 2, Abstentions
# 1)"); "(The company declined to comment.)" ends as a sentence and stays.
_BRACKETED_ASIDE = re.compile(r"[(\[][^()\[\]]*(?<![.!?…])(?<![.!?…][\"”’'])[)\]]")


# A quotation that is a question, then only who asked it ('"Are we keeping these?" she
# says.', '"Why now?" asked Tom Reyes, a farmer.'): a question reported, no claim.
_QUOTED_QUESTION = re.compile(
    r"[\"“‘'][^\"“”]{1,300}\?[\"”’'][ \t]*,?[ \t]*(?:[A-Za-z][\w'’.-]*[ \t]+){0,4}"
    r"(?:says|said|asks|asked|wonders|wondered|adds|added|recalls|recalled)"
    r"(?:[ \t,]+[^.!?\n]{0,60})?[.!]?$")


#: A label and a value with a digit: "Attendance: 27,418", "Turnout: 61%".
_LABELLED_VALUE = re.compile(r"[A-Z][\w'’-]*:[ \t]+[^\s]*\d[^\s]*")


def is_note_on_the_text(sentence: str) -> bool:
    """Whether a sentence is about the text itself (``data/text_notes.txt``), no claim.

    >>> is_note_on_the_text("This interview has been edited for length and clarity.")
    True
    """
    return sentence[:1] in "TtWwIiAaRrCcSsDdGgPpMm" and _text_note().match(sentence) is not None


@cache
def _text_note() -> re.Pattern[str]:
    """Return the openings of sentences about the text itself (``data/text_notes.txt``)."""
    return rules_pattern("text_notes.txt")


def is_appeal(sentence: str) -> bool:
    """Whether a sentence asks the reader to get in touch (``data/appeals.txt``), no claim.

    >>> is_appeal("Anyone with information is asked to call police on 101.")
    True
    >>> is_appeal("Police called for calm.")
    False
    """
    core = sentence.strip(" \t\n:;,.!?-–—\"“”'‘’")
    lowered = core.lower()
    whole, prefix = _appeal_rules()
    return any(rule.fullmatch(core) for rule in whole.candidates(lowered)) \
        or any(rule.match(core) for rule in prefix.candidates(lowered))


@cache
def _appeal_rules() -> tuple[GatedRules, GatedRules]:
    """Return the rules of ``data/appeals.txt``: whole-sentence and opening, each gated."""
    rules: dict[bool, list] = {False: [], True: []}
    for rule in word_list("appeals.txt"):
        pattern = rule.lstrip("~")
        rules[rule.startswith("~")].append(
            (re.compile(pattern, re.IGNORECASE), required_literals(pattern, ignore_case=True)))
    return GatedRules(rules[False]), GatedRules(rules[True])


def is_instruction(sentence: str) -> bool:
    """Whether a sentence instructs the reader (_INSTRUCTION) rather than asserting.

    Only where no one is credited with it: "Take the bus, the council urged" reports
    the council's advice.
    """
    return sentence[:1] in _INSTRUCTION_INITIALS and _INSTRUCTION.match(sentence) is not None


#: An instruction to the reader, as advisories and service pieces print them ("Never
#: drive through flooded roads.", "Do not return until …", "Check your vaccination
#: status.", "Please call …"): it asserts nothing about the world. A verb of advice
#: counts only before what it acts on ("Check your", "Stay indoors"), so that "Call
#: centres closed" and "Contact tracing began" stay claims; a quoted instruction is
#: reported speech and stays one too.
_INSTRUCTION = re.compile(
    r"(?:please|(?:do\s+not|don['’]t|never)(?!\s+(?:before|again|once|has|have|had|was|were|is|"
    r"are|did|does|mind|been)\b)\s+[a-z]+"
    r"|(?:make|be)\s+sure|remember\s+to"
    r"|(?:check|call|contact|visit|wash|wear|seek|secure|avoid|stay|keep|boil|"
    r"stock\s+up\s+on|sign\s+up|register"
    # an advisory's remedies ("Upgrade to Corvane Gateway 7.4.4.", "Apply the patch",
    # "Restrict access to the management interface", "Disable the service")
    r"|upgrade|update|apply|install|restrict|disable|enable|rotate|reset|patch|block)"
    r"\s+(?:your|yours|the|a|an|all|any|this|these|those|our|up|out|away|indoors|inside|home|"
    r"calm|safe|off|on|at|for|with|in|to)\b"
    # a health advisory's advice on what to consume, before a determiner or an amount
    # ("Drink at least 2 litres of water a day.", "Eat more fruit"), and on what to do with
    # the reader's own things ("Use your inhaler", "Limit your time outdoors"; a pledge's
    # list goes on "we will:" with "- Use the assets to …", "- Limit the rise to …"), so
    # that a noun of the same form stays the subject ("Drink sales rose 5%", "Use of force
    # fell", "Take up of the vaccine rose")
    r"|(?:drink|eat)\s+(?:your|the|a|an|plenty|lots|at\s+least|at\s+most|no\s+more|more|less|"
    r"only|enough|\d)"
    r"|(?:use|take|carry|limit)\s+your\b"
    # an action to keep from or try, before its gerund ("Avoid going outside between 12pm
    # and 5pm.", "Try using a fan", "Consider wearing a hat")
    r"|(?:avoid|try|consider)\s+[a-z]+ing\b"
    # a live page's call to read on ("Follow along for the latest updates.")
    r"|follow\s+(?:along|us|our|this|live)\b)",
    re.IGNORECASE)
_INSTRUCTION_INITIALS = frozenset("PpDdNnMmBbRrCcVvWwSsAaKkFfUuIiEeTtLl")


def _has_words(sentence: str, count: int) -> bool:
    r"""Whether ``count`` whitespace-separated tokens (``\S+``) hold a letter or digit (_ALNUM).

    ``str.split`` splits on the whitespace ``\S`` excludes; most tokens are all
    letters (``str.isalnum``) and need no regex.
    """
    found = 0
    for token in sentence.split():
        if token.isalnum() or _ALNUM.search(token):
            found += 1
            if found >= count:
                return True
    return False


def extract_figures(text: str, blocks: list[Block], claims: list[Claim],
                    markers: MarkerIndex | None = None,
                    sources: list[Source] | None = None, *,
                    language: str | None = None) -> list[Figure]:
    """Find the figures of every block that can hold meaningful numbers.

    Page furniture, tags and repeated blocks are skipped; figures outside any
    claim (headings, bullet labels, source titles) get ``claim_id`` None. In a
    source list only the titles of the ``sources`` are read: what a cited work
    says counts, its volume, issue, pages, dates and identifiers do not.
    """
    markers = markers or MarkerIndex(find_markers(text))
    figures: list[Figure] = []
    claim_spans = sorted((c.start, c.end, c.claim_id) for c in claims)
    claim_starts = [start for start, _, _ in claim_spans]  # claims do not overlap
    beside_titles = _outside_titles(text, sources or [])
    numbered = _numbered_headings(text, blocks)
    for index, block in enumerate(blocks):
        if block.duplicate_of is not None:
            continue
        if block.label == TABLE_LABEL and block.kind == "boilerplate":
            masked = [(m.start, m.end) for m in markers.within(block.start, block.end)]
            found_figures = table_figures(text, block.start, block.end, masked,
                                          language=language,
                                          caption=_caption(text, blocks, index))
        elif block.kind not in FIGURE_KINDS:
            continue
        else:
            found_figures = _block_figures(text, block, markers, beside_titles, language,
                                           numbered)
        for found in found_figures:
            at = bisect.bisect_right(claim_starts, found.start) - 1
            claim_id = claim_spans[at][2] if at >= 0 and found.start < claim_spans[at][1] else None
            figures.append(Figure(
                figure_id=len(figures) + 1, claim_id=claim_id, block_id=block.block_id,
                value=found.value, value_high=found.value_high,
                kind=found.kind, unit=found.unit, qualifier=found.qualifier,
                subject=found.subject, start=found.start, end=found.end,
            ))
    settle_shared_currencies(text, figures)  # "Rs 50,000" in a Pakistani article → PKR
    return figures


#: The longest line over a table read as its caption ("Results (in millions)").
CAPTION_MAX_CHARS = 120


def _caption(text: str, blocks: list[Block], index: int) -> str | None:
    """Return the one-line block over ``blocks[index]`` (a table's caption), if any."""
    if index == 0:
        return None
    above = text[blocks[index - 1].start:blocks[index - 1].end].strip()
    return above if len(above) <= CAPTION_MAX_CHARS and "\n" not in above else None


def _block_figures(text: str, block: Block, markers: MarkerIndex,
                   beside_titles: dict[int, list[tuple[int, int]]],
                   language: str | None, numbered: frozenset[int] = frozenset()
                   ) -> list[FoundFigure]:
    """Find the figures of one block of prose, a heading or a source list.

    ``numbered`` holds the headings whose opening number is a section's
    (_numbered_headings).
    """
    masked = [(m.start, m.end) for m in markers.within(block.start, block.end)]
    masked += [(e.start, e.content_start) for e in block.entries]
    if block.kind == "sources":
        masked.append((block.start, block.entries[0].start if block.entries else block.end))
        masked += beside_titles.get(block.block_id, [])
    # a list number ("1."), a paragraph label ("1.2", "14:32 GMT —") or a dateline
    # ("SEOUL, June 5 (Reuters) -") counts nothing; a bullet's label may ("Security
    # implications on two fronts: …")
    start = block.content_start
    if block.kind == "bullet":
        start = list_mark_end(text, block.start, block.end)
    elif block.kind in ("heading", "title", "headline"):
        # a section's or an item's number ("7.1 Temporary accommodation", "## 3. One in
        # five renters …") names the part; "10 numbers that explain …" counts
        number = _SECTION_NUMBER.match(text, start, block.end)
        if number is None and block.block_id in numbered:
            number = _BARE_SECTION_NUMBER.match(text, start, block.end)  # "## 1 Introduction"
        start = number.end() if number is not None else start
    found = find_figures(text, start, block.end, masked, language=language)
    if len(found) == 1 and block.kind in ("bullet", "paragraph"):
        _name_key_figure(text, start, block.end, found[0])
    return found


#: A key figure's line: the figure first (perhaps in emphasis), then only what it counts,
#: as boxes of key figures print them ("30.4M people in need", "**US$ 4.2B** required").
_KEY_FIGURE_REST = re.compile(r"[*_]{0,2}[ \t]+(?P<name>[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5})"
                              r"[ \t]*[*_]{0,2}[ \t]*$")
#: Words that make the rest of such a line a sentence, not a name: auxiliaries, modals
#: and the finite verbs lines of figures use ("1,200 people died", "3M people need aid";
#: not "in need").
_FINITE_WORDS = frozenset("is are was were be been has have had will would can could may might "
                          "should must do does did died fled came went remain remains live "
                          "lives face faces need needs lack lacks say says said".split())


def _name_key_figure(text: str, start: int, end: int, figure: FoundFigure) -> None:
    """Name a line's only figure by all the words after it, where nothing else is on it.

    "30.4M people in need" → `people in need`, "20.9M people targeted" → `people
    targeted`, "US$ 4.2B required" → `required`: in a box of key figures the words
    after the figure are its name, not only their first noun.
    """
    opening = text[start:figure.start].strip(" \t*_-•")
    rest = _KEY_FIGURE_REST.fullmatch(text, figure.end, end)
    if opening or rest is None:
        return
    words = rest.group("name").split()
    if any(word.lower() in _FINITE_WORDS and words[i - 1].lower() != "in"
           for i, word in enumerate(words)) or len(words) < 2 and (
            figure.kind not in ("money", "percent") or not words[0].lower().endswith("ed")):
        return  # "12 people were hurt": a sentence; "1,200 people": the noun already
    figure.subject = rest.group("name")
    if figure.kind == "number":
        figure.kind = "count"


# The number a heading opens with to name its part: "7.", "3)", "7.1", "2.4.1" before a
# capitalised word (not "3.5 million homes").
_SECTION_NUMBER = re.compile(r"[#*\s]*(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+[A-Z]))\s+")
#: A heading's number with no stop after it ("1 Introduction", "2.1 Groundwater"): a
#: section's only where the headings number a sequence (_numbered_headings), since
#: "5 Ways to Cut Your Bills" counts.
_BARE_SECTION_NUMBER = re.compile(r"[#*\s]*(?P<n>\d{1,2})(?:\.\d{1,2}){0,3}\.?[ \t]+(?=[A-Z])")


def _numbered_headings(text: str, blocks: list[Block]) -> frozenset[int]:
    """Return the headings whose opening numbers name the article's sections.

    A report numbers its sections in sequence ("1 Introduction", "2 Findings",
    "2.1 Groundwater"): where two headings open with consecutive numbers, each
    heading's opening number names its section. A lone "5 Ways to Cut Your Bills"
    keeps its count.
    """
    opening: dict[int, int] = {}
    for block in blocks:
        if block.kind == "heading":
            number = _BARE_SECTION_NUMBER.match(text, block.content_start, block.end)
            if number is not None:
                opening[block.block_id] = int(number.group("n"))
    numbers = set(opening.values())
    if not any(n + 1 in numbers for n in numbers):
        return frozenset()
    return frozenset(opening)


def _outside_titles(text: str, sources: list[Source]) -> dict[int, list[tuple[int, int]]]:
    """Spans of each source entry around its title, by block (to be left unread).

    An entry whose title cannot be found as printed (or that has none) is read whole.
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for source in sources:
        if not source.title:
            continue
        at = text.find(source.title, source.start, source.end)
        if at == -1:
            continue
        spans.setdefault(source.block_id, []).extend(
            ((source.start, at), (at + len(source.title), source.end)))
    return spans
