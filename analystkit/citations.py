"""Citation markers in running text, and the entries of a source list.

Marker styles understood: ``[1]``, ``[1][2]``, ``[1, 2]``, ``[1-3]``,
``[1–3]``, ``[^1]`` (Markdown footnotes), ``[KEY]`` (RFC-style keys, only when
the source list defines that key), superscript digits (``¹²``), note numbers
printed as plain digits or in parentheses against a numbered note list, and
author-date citations (``(Smith et al., 2021)``, ``(Lee and Kim 2019; Smith
2021)``, ``Garcia (2018)``) when the reference list has an entry by that first
author in that year.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .lexicons import may_match, required_literals

#: Largest span a numeric range marker may expand to ("[1-300]" is not a
#: citation of 300 sources, more likely a typo or a year range).
MAX_RANGE_SPAN = 50

_SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4",
                 "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}

#: Wikipedia's inline cleanup tags, as copied text prints them: "[citation needed]",
#: "[clarification needed]", "[who?]", "[according to whom?]", "[dubious – discuss]",
#: "[failed verification]" (en.wikipedia.org, Category:Inline cleanup templates). Any
#: bracketed lower-case phrase ending in "needed" or "?" is one; they cite nothing and
#: mark the claim before them as unsupported or vague.
CLEANUP_TAG = (r"[A-Za-z][a-z]*(?:[ -][a-z]+){0,4}(?: needed|\?)"
               r"|(?:dubious|disputed)(?:\s*[–—-]\s*discuss)?|failed verification"
               r"|not in (?:citation|source) given|weasel words|vague")

#: A four-digit year (1500–2099), as figures reads years.
_YEAR = r"(?:1[5-9]|20)\d\d"
# One bracketed marker. Numeric lists and ranges, footnote labels, a cleanup tag, or a
# key of letters/digits/dots/hyphens (checked against the source list later).
MARKER = re.compile(
    r"(?=[\[¹²³⁰⁴-⁹])"  # a cheap first-character test: most positions start no marker
    r"(?:\[(?:"
    # a year or a span of years in brackets is no note number: a law report's
    # neutral citation ("[2025] VSC 118"), an editor's date ("[1998]")
    r"(?!" + _YEAR + r"(?:\s{0,2}[-–]\s{0,2}" + _YEAR + r")?\])"
    r"(?P<nums>\d{1,4}(?:\s{0,2}[-–,;]\s{0,2}\d{1,4}){0,30})"
    r"|(?P<tag>" + CLEANUP_TAG + r")"
    r"|\^(?P<foot>[\w-]{1,32})"
    r"|(?P<key>[A-Za-z][\w.+-]{0,31})"
    r")\](?![(:])"  # not a Markdown link "[1975](url)" nor a definition "[1]:"
    # (not an exponent: a superscript after a power's base "10" ("10⁶"), nor the rest of
    # a run of superscripts ("²⁵⁰⁰⁰"); after other numbers it cites: "in 2024¹")
    r"|(?<=[\w.,;:!?\"”’)\]])(?<![¹²³⁰⁴-⁹])(?<!(?<![0-9])10)(?P<sup>[¹²³⁰⁴-⁹]{1,4})"
    r"(?![\w¹²³⁰⁴-⁹]))"
)


class Marker(NamedTuple):
    """A citation marker found in text: where it stands and what it cites."""

    start: int
    end: int
    printed: str
    targets: tuple[str, ...]
    is_key: bool
    #: A cleanup tag ("[citation needed]"): no target, removed from claim text.
    is_tag: bool = False


#: Words before a judgment's paragraph number in brackets, as neutral citations pin
#: them ("[2014] UKSC 56, at [25]", "observed at [52] that", "para [41]").
_PIN_CITE_BEFORE = re.compile(r"(?<![\w])(?:at|para|paras|paragraph|paragraphs)[ \t]?$",
                              re.IGNORECASE)


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Find citation markers in ``text[start:end]``.

    Returns
    -------
    list of Marker
        Each marker with its span and the source markers it points to
        (``"[1-3]"`` → ``("1", "2", "3")``). ``[KEY]`` markers are returned with
        ``is_key=True``; the caller keeps them only if a source has that key.
    """
    end = len(text) if end is None else end
    found = []
    for m in marker_matches(text, start, end):
        if m.start() > 0 and text[m.start() - 1] == "]" and _after_link_text(text, m.start()):
            continue  # the "[1]" of a reference-style link "[Skyline Imaging][1]"
        if m.group("nums") is not None:
            if _PIN_CITE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
                continue  # "at [25]", "para [41]": a judgment's paragraph, not a note
            targets = _expand_numbers(m.group("nums"))
            if not targets:
                continue
            found.append(Marker(m.start(), m.end(), m.group(0), targets, False))
        elif m.group("tag") is not None:
            found.append(Marker(m.start(), m.end(), m.group(0), (), False, True))
        elif m.group("foot") is not None:
            found.append(Marker(m.start(), m.end(), m.group(0), (m.group("foot"),), False))
        elif m.group("key") is not None:
            found.append(Marker(m.start(), m.end(), m.group(0), (m.group("key"),), True))
        else:
            digits = "".join(_SUPERSCRIPTS[c] for c in m.group("sup"))
            found.append(Marker(m.start(), m.end(), m.group(0), (digits,), False))
    return found


# A note number printed as plain digits right after a sentence's last mark, as
# text copied from a PDF report prints superscripts: "fell by 40% by 2023.1 The
# decline …", "clinics doubled.2 Vaccination …". What follows is the next
# sentence (or the end of the block).
_BARE_NOTE = re.compile(r"(?<=[.!?;:”\"’)])(?P<num>\d{1,3}(?:[,–-]\d{1,3}){0,5})"
                        r"(?=[ \t]+[\"“(]?(?P<next>[A-Z]\w*)|[ \t]*(?:\n|$))")


def find_bare_note_markers(text: str, numbers: frozenset[str] | set[str], start: int = 0,
                           end: int | None = None) -> list[Marker]:
    """Find note numbers printed as plain digits after a sentence ("… in 2023.1 The …", ".2,3").

    Only numbers of the article's numbered notes (``numbers``) count. After a
    digit and a full stop ("2023.1") the next word must open a sentence
    (SENTENCE_OPENERS): "$3.5 Billion" is a decimal, not a note.

    Returns
    -------
    list of Marker
        In order, each pointing at its note number.
    """
    from .segment import SENTENCE_OPENERS

    end = len(text) if end is None else end
    found = []
    for m in _BARE_NOTE.finditer(text, start, end):
        targets = _expand_numbers(m.group("num"))
        if not targets or not set(targets) <= numbers:
            continue
        after_digit = m.start() >= 2 and text[m.start() - 2].isdigit()
        following = m.group("next")
        if after_digit and following is not None and following.lower() not in SENTENCE_OPENERS:
            continue
        found.append(Marker(m.start(), m.end(), m.group("num"), targets, False))
    return found


# A note number in parentheses after a sentence or a phrase, as fact-checks and
# newsletters print their notes: "rose by 56 percent (1).", "… cited (2, 3); …".
# Kept only when the article has numbered notes of those numbers, and only at the
# end of a phrase (punctuation or the end of the line after it), or after a
# sentence's last mark with the next sentence after it: an enumeration "(1) cut
# taxes" goes on with its item.
_PARENTHESISED_NOTE = re.compile(
    r"[ \t]?\((?P<num>\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3}){0,5})\)"
    r"(?=[ \t]*(?:[.,;:!?](?:\s|$)|\n|$)|[ \t]+[\"“]?(?P<next>[A-Z]))")


def find_parenthesised_note_markers(text: str, numbers: frozenset[str] | set[str],
                                    start: int = 0, end: int | None = None) -> list[Marker]:
    """Find note numbers printed in parentheses ("… 56 percent (1).", "… doubled. (2) The …").

    Only numbers of the article's numbered notes (``numbers``) count; a marker
    before the next sentence must follow a sentence's last mark, and one before
    punctuation must follow a word, a number or a closing mark.

    Returns
    -------
    list of Marker
        In order, each pointing at its note numbers; the span takes the space before it.
    """
    end = len(text) if end is None else end
    found = []
    for m in _PARENTHESISED_NOTE.finditer(text, start, end):
        targets = _expand_numbers(m.group("num"))
        if not targets or not set(targets) <= numbers or m.start() == start:
            continue
        before = text[m.start() - 1] if text[m.start()] == "(" else text[m.start() - 1:m.start()]
        if not before or before.isspace() or before in "([":
            continue
        if m.group("next") is not None and before not in ".!?\"”’":
            continue  # "(1) The plan": an enumeration, unless a sentence ended before it
        found.append(Marker(m.start(), m.end(), m.group(0).strip(), targets, False))
    return found


def _after_link_text(text: str, position: int) -> bool:
    """Whether the bracket closing at ``position - 1`` holds link text, not another marker."""
    opening = text.rfind("[", max(0, position - 302), position - 1)
    if opening == -1:
        return False
    previous = MARKER.match(text, opening, position)
    return previous is None or previous.end() != position


#: The characters a marker can start with. ``re`` jumps from one to the next in a
#: tight loop; MARKER itself, which opens with assertions, is tried at every position.
_MARKER_START = re.compile(r"[\[¹²³⁰⁴-⁹]")


def marker_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Yield the matches of MARKER in ``text[start:end]``, as ``MARKER.finditer`` does.

    MARKER is tried only where a marker can start, found by a fast scan.
    """
    end = len(text) if end is None else end
    position = start
    while (candidate := _MARKER_START.search(text, position, end)) is not None:
        match = MARKER.match(text, candidate.start(), end)
        if match is None:
            position = candidate.start() + 1
        elif match.group("sup") in EXPONENTS and _UNIT_BEFORE_EXPONENT.search(
                text, max(0, match.start() - 4), match.start()) is not None:
            position = match.end()  # "85 m²", "1.73 m²", "µg/m³": a unit's power
        else:
            yield match
            position = match.end()


#: Superscripts that raise a unit or a variable to a power when they follow one ("85
#: m²", "12 km²", "µg/m³", "9.8 m/s²", "2n²"); there they are no note numbers.
EXPONENTS = frozenset("²³")
# A unit symbol an exponent follows: a metre with its prefix, a foot, mile, inch or yard,
# a second, or a variable's single letter, standing alone after a number, a space, a
# slash or a bracket.
_UNIT_BEFORE_EXPONENT = re.compile(r"(?:^|[\s\d/(])(?:[kcmdµμ]?m|ft|mi|in|yd|[A-Za-z])$")


_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*")
_RANGE_SEPARATOR = re.compile(r"\s*[-–]\s*")


def _expand_numbers(spec: str) -> tuple[str, ...]:
    if spec.isdigit():  # the common "[12]"
        return (sys.intern(str(int(spec))),)
    targets: list[str] = []
    for part in _LIST_SEPARATOR.split(spec.strip()):
        bounds = _RANGE_SEPARATOR.split(part)
        if len(bounds) == 1:
            targets.append(str(int(bounds[0])))
            continue
        if len(bounds) != 2:
            return ()
        low, high = int(bounds[0]), int(bounds[1])
        if not 0 < high - low <= MAX_RANGE_SPAN:
            return ()
        targets.extend(str(n) for n in range(low, high + 1))
    return tuple(dict.fromkeys(sys.intern(t) for t in targets))


def strip_markers(text: str, markers: list[Marker], offset: int = 0) -> str:
    """Return ``text`` with the given markers removed.

    ``offset`` is the position of ``text[0]`` in the coordinates the markers use.
    """
    runs: list[list[int]] = []  # adjacent markers ("[1][2]") are removed as one run
    for marker in markers:
        a, b = marker.start - offset, marker.end - offset
        if a < 0 or b > len(text):
            continue
        if runs and a == runs[-1][1]:
            runs[-1][1] = b
        elif not runs or a > runs[-1][1]:
            runs.append([a, b])
    pieces, position = [], 0
    for a, b in runs:
        pieces.append(text[position:a])
        if a > 0 and b < len(text) and text[a - 1].isalnum() and text[b].isalnum():
            pieces.append(" ")  # "said[2]0" must not become "said0"
        position = b
    pieces.append(text[position:])
    return "".join(pieces)


# --- source list entries -------------------------------------------------

_URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>\"”]{1,2000})>?")
_QUOTED = re.compile(r"[\"“„«‘]\s{0,3}(?P<title>[^\"“”„«»]{2,400}?)\s{0,3}[\"”»’](?![\w])")
# An author-date lead ("Smith, J. (2010).", "Maaten, L. (Nov 2008).") marks the
# text before a title as authors, not an outlet.
_AUTHOR_DATE = re.compile(r"\([^()]{0,30}\b(?:1[5-9]|20)\d\d[a-z]?\b[^()]{0,30}\)")
#: A DOI printed without a link ("doi:10.1111/abc.123", "DOI: 10.2166/wp.2019.001"):
#: it names the work as surely as a URL does, and resolves at https://doi.org/.
_DOI = re.compile(r"\b(?:doi:?|DOI:?)\s*(?P<doi>10\.\d{4,9}/[^\s\"<>]{1,300})")
#: Authors in Vancouver style, the usual medical form ("Smith J, Lee AB, et al."):
#: surnames with initials (no dots: "Parlet B. N." is another style), an optional
#: year, then the title.
_VANCOUVER_AUTHORS = re.compile(
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}, ){0,30}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r" [A-Z]{1,3}(?:,? et al)?\.\s+(?![A-Z]\.)(?:(?:1[5-9]|20)\d\d[a-z]?\.\s+)?")
#: A title in quotes right after an author-date lead, single quotes included
#: (Harvard style: "Lee, A. (2019) 'Irrigation in the valley', Water Policy").
_LEAD_QUOTED = re.compile(r"[\"“‘'](?P<title>[^\n]{2,400}?)[\"”’'](?=[,.;:]|\s|$)")
_TRAILING_NOTES = re.compile(
    r"\s*[.,;]?\s*(?:Retrieved|Accessed|Archived|Last accessed)\b.{0,300}$", re.IGNORECASE
)
_MD_LINK_TEXT = re.compile(r"\[(?P<text>[^\]]{0,200})\]\s*\([^)]{0,2000}\)")
# What any match of a pattern that ``re`` would try at every position (it opens with
# an optional part, a lookbehind or ``\b``) must hold: an entry without it is not
# searched. The trailing notes ignore case, so their words are looked for in the
# lower-cased entry, where only ASCII text is certain to agree.
_URL_LITERALS = required_literals(_URL.pattern)
_DOI_LITERALS = required_literals(_DOI.pattern)
_TRAILING_NOTES_LITERALS = required_literals(_TRAILING_NOTES.pattern, ignore_case=True)
_EDGE_PUNCT = " \t\n-–—:;,.|*_"


@dataclass(frozen=True)
class SourceFields:
    """The parts of one source-list entry."""

    outlet: str | None
    title: str | None
    url: str | None


def parse_source_entry(entry: str) -> SourceFields:
    """Split one source-list entry into outlet, title and URL (whitespace collapsed)."""
    fields = _parse_entry(entry)
    outlet, title = (" ".join(v.split()) if v else None for v in (fields.outlet, fields.title))
    return SourceFields(outlet, title, fields.url)


def _parse_entry(entry: str) -> SourceFields:
    """Split one source-list entry into outlet, title and URL.

    Handles ``Outlet: "Title"``, ``"Title". Outlet.``, ``Author (2010).
    "Title". Outlet. Retrieved …`` (Wikipedia), ``Title - Outlet``,
    ``Outlet: Title`` and bare URLs; quotes are removed from the title.

    Parameters
    ----------
    entry : str
        The entry text without its marker.

    Returns
    -------
    SourceFields
        Fields that could not be found are ``None``.
    """
    link = _MD_LINK.search(entry) if "](" in entry else None
    if link is not None:
        # "City Police Department, [Annual report 2024](https://…)": the link's text in
        # place of the link, and its address as the URL
        linked = _linked_entry(entry, link)
        if linked is not None:
            return linked
        entry = entry[:link.start()] + link.group("text") + entry[link.end():]
        if not _URL.search(entry):
            entry += " " + link.group("url")
    url_match = _URL.search(entry) if may_match(_URL_LITERALS, entry) else None
    url = url_match.group("url").rstrip(".,;)]") if url_match else None
    if url and url.startswith("www."):
        url = "http://" + url
    body = _URL.sub(" ", entry) if url_match else entry
    doi = _DOI.search(body) if may_match(_DOI_LITERALS, body) else None
    if doi:
        url = url or "https://doi.org/" + doi.group("doi").rstrip(".,;)]")
        body = body[:doi.start()] + body[doi.end():]
    if not body.isascii() or may_match(_TRAILING_NOTES_LITERALS, body.lower()):
        body = _TRAILING_NOTES.sub("", body)
    body = _MD_LINK_TEXT.sub(lambda m: m.group("text"), body)
    emphasised = _EMPHASISED_TITLE.search(body) if "*" in body or "_" in body else None
    if emphasised and not _QUOTED.search(body):
        # "Government of Punjab, *Groundwater Resource Assessment 2023*": a report's or a
        # book's title set in italics after its publisher, or after its authors and
        # before its publisher ("Smith, J. (2020). *Water*. Oxford University Press.")
        before = body[:emphasised.start()].strip(_EDGE_PUNCT)
        title = (emphasised.group("a") or emphasised.group("b")).strip(_EDGE_PUNCT)
        outlet = None
        dated = _AUTHOR_DATE.search(before)
        article_title = before[dated.end():].strip(_EDGE_PUNCT) if dated else ""
        if len(article_title.split()) >= 2:
            # "Smith, A. (2021). Flexibility from domestic heating. *Renewable and
            # Sustainable Energy Reviews*, 145.": an article's title, then its journal in
            # italics (APA)
            return SourceFields(title, article_title, url)
        if dated:
            outlet = _organisation_author(before) \
                or _first_segment(body[emphasised.end():].strip(_EDGE_PUNCT))
        elif len(before.split()) <= 8:
            outlet = before or None
        if title and before:
            return SourceFields(outlet or _venue_domain(url), title, url)
    body = body.replace("*", "")
    if "_" in body:
        body = _EMPHASIS_UNDERSCORE.sub(" ", body)
    quoted = _QUOTED.search(body)
    if quoted:
        title = quoted.group("title").strip().rstrip(".,")
        before = body[: quoted.start()].strip(_EDGE_PUNCT)
        after = body[quoted.end():].strip(_EDGE_PUNCT)
        outlet = None
        if before and len(before.split()) <= 8 and not _AUTHOR_DATE.search(before):
            outlet = before
        elif before and (organisation := _organisation_author(before)):
            # "World Bank (2021). "Water and Energy Nexus". Washington, DC.": the body
            # that wrote it publishes it; the place after it is no outlet
            outlet = organisation
        elif after:
            outlet = _first_segment(re.sub(r"^\([^()]{0,20}\)[\s.,]*", "", after))
        return SourceFields(outlet or _domain(url), title or None, url)
    author_date = _AUTHOR_DATE.search(body)
    if author_date and author_date.start() < 200:
        # Unquoted citation style: "Authors (2016). Title. Venue. Pages."
        rest = body[author_date.end():].strip(_EDGE_PUNCT)
        organisation = _organisation_author(body[:author_date.end()])
        if organisation and not _LEAD_QUOTED.match(rest):
            # an organisation as the author ("IEA (2024).", "World Bank (2021)."): what
            # follows the title is its place, not a venue ("… World Energy Outlook. Paris.")
            title = re.split(r"(?<=[\w)\]])\.\s+", rest, maxsplit=1)[0].strip(_EDGE_PUNCT)
            return SourceFields(organisation, title or None, url)
        quoted_lead = _LEAD_QUOTED.match(rest)
        if quoted_lead:
            title = quoted_lead.group("title").strip(_EDGE_PUNCT) or None
            outlet = _first_segment(rest[quoted_lead.end():].strip(_EDGE_PUNCT))
            return SourceFields(outlet or _venue_domain(url), title, url)
        return _title_then_venue(rest, url)
    vancouver = _VANCOUVER_AUTHORS.match(body.strip())
    if vancouver:
        return _title_then_venue(body.strip()[vancouver.end():], url)
    text = re.sub(r"\s{2,}", " ", body).strip(_EDGE_PUNCT)
    if not text:
        return SourceFields(_domain(url), None, url)
    in_sentences = _sentences_entry(text, url) if ". " in text else None
    if in_sentences:
        return in_sentences
    listed = _publisher_title_date(text, url) if text.count(",") >= 2 else None
    if listed:
        return listed
    colon = re.match(r"(?P<left>[^:]{2,60}):\s+(?P<right>.{2,})$", text)
    if colon and len(colon.group("left").split()) <= 6:
        left, right = colon.group("left").strip(), colon.group("right").strip(_EDGE_PUNCT)
        return SourceFields(left, right, url)
    dash = re.match(r"(?P<left>.{2,}?)\s+[-–—|]\s+(?P<right>[^-–—|]{2,60})$", text)
    if dash and len(dash.group("right").split()) <= 5:
        return SourceFields(dash.group("right").strip(), dash.group("left").strip(_EDGE_PUNCT), url)
    return SourceFields(_domain(url), text, url)


#: A publisher's name opening an entry of comma-separated parts: capitalised words with
#: the joiners of a name, or an acronym ("UNICEF", "International Organization for
#: Migration", "Planet Labs").
_PUBLISHER_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|on|&)){0,7}")
#: A date that closes such an entry: a year, a month and year, or a day (or two days:
#: "7 and 10 March 2025"), month and year.
_CLOSING_DATE = re.compile(r"(?:(?:\d{1,2}(?:\s*(?:and|to|-|–)\s*\d{1,2})?\s+)?[A-Z][a-z]{2,8}\.?"
                           r"\s+(?:\d{1,2},?\s+)?)?(?:1[5-9]|20)\d\d")
#: An author's initials as the second part ("Smith, J., Title, 2020"): no publisher.
_INITIALS = re.compile(r"(?:[A-Z]\.\s*){1,3}")


def _publisher_title_date(text: str, url: str | None) -> SourceFields | None:
    """Read "Publisher, Title, Date" ("UNICEF, Immunization Coverage Estimates, 2024."), or None.

    Reports of agencies and data services are cited so; the title may hold a colon
    ("OCHA, Humanitarian Needs Overview: Central Sahel 2025, January 2025").
    """
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 3 or not _CLOSING_DATE.fullmatch(parts[-1].strip(_EDGE_PUNCT)):
        return None
    publisher, title = parts[0], ", ".join(parts[1:-1]).strip(_EDGE_PUNCT)
    if not _PUBLISHER_NAME.fullmatch(publisher) or publisher.split()[0] in _NOT_PUBLISHERS \
            or _INITIALS.fullmatch(parts[1]) or not title:
        return None
    return SourceFields(publisher, title, url)


#: The last piece of an entry without authors that names its publisher and date
#: ("… Public Health England, 2020.", "… Reuters, 3 March 2024."): capitalised words,
#: with the joiners of a name between them.
_PUBLISHER_DATE = re.compile(
    r"(?P<publisher>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,7}),\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?:1[5-9]|20)\d\d[a-z]?")
#: Words that open a cross-reference, not a publisher's name ("See Smith, 2020").
_NOT_PUBLISHERS = frozenset({"See", "In", "Cf", "Also", "Ibid"})


def _sentences_entry(text: str, url: str | None) -> SourceFields | None:
    """Read an entry without authors written in sentences, or return None.

    "Title. Publisher, 2020." gives the publisher as outlet and the rest as title;
    "Organisation. Title. Place: Publisher; 2023." gives the organisation that wrote
    it (_organisation_author) as outlet and the sentence after it as title.
    """
    parts = [part for part in (piece.strip(_EDGE_PUNCT) for piece in
                               re.split(r"(?<=[\w)\]])\.\s+", text)) if part]
    if len(parts) < 2:
        return None
    publisher = _PUBLISHER_DATE.fullmatch(parts[-1])
    if publisher and publisher.group("publisher").split()[0] not in _NOT_PUBLISHERS:
        return SourceFields(publisher.group("publisher"), ". ".join(parts[:-1]), url)
    organisation = _organisation_author(parts[0])
    if organisation:
        return SourceFields(organisation, parts[1], url)
    if len(parts) >= 3 and _PLACE_PUBLISHER_YEAR.fullmatch(parts[-1]) \
            and "," not in parts[0] and not re.search(r"\b[A-Z]{1,3}\b(?![A-Za-z])", parts[0]) \
            and _PUBLISHER_NAME.fullmatch(parts[0]):
        # a Vancouver reference by an organisation: "Public Health England. Health profile
        # for England 2021. London: PHE; 2021." (its author opens it, a name's words only)
        return SourceFields(parts[0], parts[1], url)
    return None


#: The place, publisher and year that close a Vancouver reference to a report ("London:
#: PHE; 2021", "Atlanta, GA: US Department of Health and Human Services; 2023").
_PLACE_PUBLISHER_YEAR = re.compile(r"[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z]{2})?:\s*[^;:]{2,120};"
                                   r"\s*(?:1[5-9]|20)\d\d")


#: A Markdown link with a web address: "[Annual report 2024](https://example.org/r.pdf)".
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,300})\]\(\s*<?(?P<url>https?://[^\s()<>]{1,2000}"
                      r"(?:\([^\s()]{0,200}\)[^\s()<>]{0,200})*)>?(?:\s+\"[^\"]{0,200}\")?\s*\)")


def _linked_entry(entry: str, link: re.Match[str]) -> SourceFields | None:
    """Read a news-style entry whose title is a Markdown link, or return None.

    The link's text is the title and a short name set off before or after it the
    outlet ("City Police Department, [Annual report](…)", "[Title](…) - Reuters",
    "Outlet: [Title](…)"); with nothing else around it, the site's domain. Entries
    in academic styles (a date in brackets, a quoted title) are left to the rest.
    """
    before = entry[:link.start()].strip(_EDGE_PUNCT)
    after = entry[link.end():].strip(_EDGE_PUNCT)
    url = link.group("url")
    title = " ".join(link.group("text").split()).strip(_EDGE_PUNCT)
    unlinked = f"{before} {title} {after}"
    if _AUTHOR_DATE.search(unlinked) or _QUOTED.search(unlinked) or not title:
        return None
    if _URL.fullmatch(title):
        return SourceFields(_domain(url), None, url)  # "[https://…](https://…)"
    if len(title.split()) < 2 and not (before or after):
        return SourceFields(title, None, url)  # "[Reuters](https://…)": a name, no title
    outlet = None
    for side in (before, after):
        if side and len(side.split()) <= 8 and not _URL.search(side):
            outlet = side
            break
    return SourceFields(outlet or _domain(url), title, url)


#: Words that make an author an organisation, which publishes what it writes ("World
#: Bank", "Pew Research Center"); a lone acronym counts too ("OECD", "FAO").
ORGANISATION_AUTHOR_WORDS = frozenset(
    "bank fund institute institution center centre council commission committee agency "
    "organization organisation office department ministry authority bureau foundation "
    "association society federation union board service services survey trust forum "
    "programme program group government university academy".split())


def _organisation_author(lead: str) -> str | None:
    """Return a citation's author, without its date, when it is an organisation, or None.

    "World Bank (2021)." → "World Bank", "OECD (2020)" → "OECD"; people ("Smith,
    J. (2010)", "Rodell, M. et al.") give None.
    """
    author = _AUTHOR_DATE.sub("", lead).strip(_EDGE_PUNCT)
    if not author or "," in author or re.search(r"\b[A-Z]\.", author) or " et al" in author:
        return None
    words = author.split()
    if len(words) == 1:
        return author if words[0].isupper() and len(words[0]) >= 2 else None
    if len(words) <= 8 and any(word.lower().strip(".") in ORGANISATION_AUTHOR_WORDS
                               for word in words):
        return author
    return None


#: A title set in Markdown italics after its publisher or its authors ("Government of
#: Punjab, *Groundwater Resource Assessment 2023*."), ending the entry but for a
#: place, a date or pages after it.
_EMPHASISED_TITLE = re.compile(
    r"(?<![*\w])(?:\*(?P<a>[^*\n]{3,300})\*|_(?P<b>[^_\n]{3,300})_)(?![*\w])"
    r"(?=[\s.,;:()]*(?:[^*_\n]{0,80})$)")
#: Markdown emphasis by underscores ("_Nature_"); an underscore inside a word stays
#: ("report_2024_final.pdf", "20240604_081233").
_EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_+|_+(?!\w)")


def parse_note(note: str) -> SourceFields:
    """Read a footnote as a source: its text is the title, its first link the URL.

    A note written as a reference (a quoted title, ``Outlet: "Title"``, or
    ``Author (2023). Title. Venue.``) is read like a source-list entry.

    Parameters
    ----------
    note : str
        The footnote's text (Markdown links allowed).

    Returns
    -------
    SourceFields
        ``outlet`` is the linked site's domain, if any.
    """
    link = re.search(r"\]\((?P<url>https?://[^)\s]{1,2000})\)", note) or _URL.search(note)
    url = link.group("url").rstrip(".,;)]") if link else None
    text = re.sub(r"\[(?P<t>[^\]]{0,300})\]\([^)]{0,2000}\)", lambda m: m.group("t"), note)
    text = re.sub(r"</?\w+[^<>]{0,100}>", "", text)
    text = " ".join(text.replace("*", "").split())
    if _QUOTED.search(text) or _AUTHOR_DATE.search(text[:200]):
        fields = parse_source_entry(text)
        return SourceFields(fields.outlet, fields.title, fields.url or url)
    return SourceFields(_domain(url), text or None, url)


def _title_then_venue(rest: str, url: str | None) -> SourceFields:
    """Read "Title. Venue. Pages." (what follows the authors of an unquoted citation).

    A title may end in a question or an exclamation ("A step forward for kidney disease?
    N Engl J Med. 2024;391:109."): the venue starts after it.
    """
    parts = re.split(r"(?<=[\w)\]])\.\s+|(?<=[?!])\s+(?=[A-Z])", rest.strip(_EDGE_PUNCT),
                     maxsplit=1)
    title = parts[0].strip(_EDGE_PUNCT) or None
    venue = parts[1] if len(parts) > 1 else ""
    date = _VENUE_DATE.search(venue, 0, 120)
    if date:
        venue = venue[:date.start()]  # "BMJ 2025;388:e078123": the journal is "BMJ"
    outlet = _first_segment(venue) if venue else None
    return SourceFields(outlet or _venue_domain(url), title, url)


#: The date between a journal and its volume in Vancouver style ("BMJ 2025;388:e078123",
#: "JAMA 2019 Mar 5;321(9):870"): no part of the journal's name.
_VENUE_DATE = re.compile(r"[ \t]+(?:1[5-9]|20)\d\d(?:[ \t]+[A-Z][a-z]{2}(?:[ \t]+\d{1,2})?)?"
                         r"[ \t]*(?=;)")


def _venue_domain(url: str | None) -> str | None:
    """Return the URL's site as a fallback outlet; a DOI resolver names no venue."""
    domain = _domain(url)
    return None if domain in ("doi.org", "dx.doi.org") else domain


#: File formats that reference lists print in brackets after a title ("(PDF)").
_FILE_FORMATS = r"(?:PDF|DOCX?|HTML?|XLSX?|PPTX?|CSV|ZIP|EPUB)"


#: Where the first piece of a citation tail ends: a full stop, a comma, a semicolon, a
#: colon or an opening bracket; a bracketed acronym after a name belongs to it ("…
#: Health Informatics (BHI)"), a file format does not ("(PDF)").
_SEGMENT_END = re.compile(r"(?<=[\w)])\.\s|[,;:]|\((?!(?!" + _FILE_FORMATS + r"\))"
                          r"[A-Z][A-Za-z&-]{1,11}\)(?:[\s.,;]|$))")


def _first_segment(text: str) -> str | None:
    """Return the first sentence-like piece of a citation tail: its outlet or venue."""
    segment = _SEGMENT_END.split(text, maxsplit=1)[0].strip(_EDGE_PUNCT)
    if not segment or not any(c.isalpha() for c in segment) or len(segment.split()) > 12:
        return None
    return segment


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"(?:https?://)?(?:www\.)?([^/:?#]+)", url)
    return match.group(1) if match else None


# --- author-date citations ------------------------------------------------------

#: A surname as printed in a citation ("Smith", "O'Neil", "García-Márquez", "van Dijk").
_SURNAME = r"(?:(?:van|von|de|da|del|der|den|di|du|le|la)\s+)?[A-Z][\w'’-]+"
#: Years of cited works (a letter tells works of one author and year apart: "2021a").
_CITED_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
#: One author-date citation inside parentheses, with optional lead-in and pages:
#: "Smith et al., 2021", "Lee and Kim 2019", "see Smith, 2021, p. 4".
_AUTHOR_DATE_CITE = re.compile(
    rf"(?:(?:see|see also|e\.g\.|cf\.|i\.e\.),?\s+)?(?P<author>{_SURNAME})"
    rf"(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_SURNAME}|(?:,\s+{_SURNAME}){{1,4}},?\s+(?:and|&)\s+{_SURNAME})?"
    rf",?\s+(?P<year>{_CITED_YEAR})(?:,\s*(?:p|pp)\.\s*\d[\d–-]*)?")
#: Capitalised words before a year that are no authors ("(January 2019)", "(Spring 2020)").
_NOT_AUTHORS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter "
    "since until from in by circa".split())
#: Parentheses holding author-date citations, and a narrative one ("Garcia (2018)",
#: whose marker is the parenthesised year: the name stays part of the sentence).
_AUTHOR_DATE_PARENS = re.compile(rf"\((?P<inner>[^()\n]{{0,400}}?{_CITED_YEAR}[^()\n]{{0,30}})\)")
_NARRATIVE_AUTHOR = re.compile(
    rf"(?P<author>{_SURNAME})(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_SURNAME})?\s+$")
_YEAR_ONLY = re.compile(_CITED_YEAR)
#: The first author and year of a reference-list entry: "Smith, J., … (2021).",
#: "Smith J, Lee A. Title. Lancet. 2020;…", "Garcia, M. 2018. Title."
_ENTRY_AUTHOR = re.compile(rf"\s*(?P<author>{_SURNAME})(?=,|\s+[A-Z]{{1,3}}[,.\s])")
_ENTRY_YEAR = re.compile(
    rf"\((?P<paren>{_CITED_YEAR})\)|(?<![\d/.-])(?P<bare>{_CITED_YEAR})(?![\d/-])")


#: The first part of a reference-list entry whose author is an organisation: its name,
#: then the year in brackets ("World Bank (2023).", "Department for Energy Security and
#: Net Zero. (2023).").
_ORGANISATION_ENTRY = re.compile(
    rf"\s*(?!The\s)(?P<author>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the|on|&))"
    rf"{{0,9}})\.?\s+\((?P<year>{_CITED_YEAR})\)")  # not a title: "The Guardian (2024). Why?"


#: An organisation cited by name and year inside brackets ("World Bank, 2023").
_ORGANISATION_CITE = re.compile(
    rf"(?P<author>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the|on|&)){{1,9}}),?\s+"
    rf"(?P<year>{_CITED_YEAR})")


def author_year_key(author: str, year: str) -> str:
    """Return the key that ties an author-date citation ("Smith", "2021": "smith 2021")."""
    return f"{author.split()[-1].lower()} {year}"


def entry_author_year(entry: str) -> str | None:
    """Return the author-date key of a reference-list entry, or None.

    >>> entry_author_year("Smith, J., & Lee, A. (2021). Falling water tables. Nature, 1, 10-18.")
    'smith 2021'
    """
    author = _ENTRY_AUTHOR.match(entry)
    if author is None:
        organisation = _ORGANISATION_ENTRY.match(entry)
        if organisation is None:
            return None
        # "(World Bank, 2023)" cites it by its name's last word, as a surname is cited
        return author_year_key(organisation.group("author"), organisation.group("year"))
    year = _ENTRY_YEAR.search(entry, author.end(), author.end() + 300)
    if year is None:
        return None
    return author_year_key(author.group("author"), year.group("paren") or year.group("bare"))


def looks_like_reference(line: str) -> bool:
    """Whether a line reads as a reference-list entry ("Garcia, M. (2018). Title. …").

    An organisation may be the author ("World Bank (2023). Title. …", "Department for
    Energy Security and Net Zero. (2023). *Heat pump investment roadmap*.").
    """
    return len(line) <= 1_000 and entry_author_year(line) is not None \
        and (_AUTHOR_DATE_OR_VANCOUVER.match(line) is not None
             or _ORGANISATION_ENTRY.match(line) is not None)


#: A reference opens with "Surname, I." / "Surname, First" or "Surname I," (Vancouver).
_AUTHOR_DATE_OR_VANCOUVER = re.compile(
    rf"\s*{_SURNAME}(?:,\s+(?:[A-Z]\.|[A-Z][a-z]+)|\s+[A-Z]{{1,3}}[,.])")


def find_author_date_markers(text: str, keys: frozenset[str] | set[str]) -> list[Marker]:
    """Find author-date citations in ``text`` that cite one of ``keys``.

    Parameters
    ----------
    text : str
        The article text.
    keys : set of str
        Author-date keys of the reference list (:func:`entry_author_year`).
        Every parenthesis that reads as author-date citations is a marker (one
        citing no entry is a dangling citation); a narrative "Name (2018)" only
        when the list has that entry, since "the Olympics (2016)" is no citation.

    Returns
    -------
    list of Marker
        In text order; ``targets`` are the keys cited. Parenthetical citations
        span their parentheses; narrative ones ("Garcia (2018)") only the year's.
    """
    found: list[Marker] = []
    for parens in _AUTHOR_DATE_PARENS.finditer(text):
        targets = []
        for part in parens.group("inner").split(";"):
            cite = _AUTHOR_DATE_CITE.fullmatch(part.strip())
            if cite is None:
                # an organisation as the author ("World Bank, 2023"): cited only where the
                # list has that entry, as "the Olympics, 2016" is no citation
                named = _ORGANISATION_CITE.fullmatch(part.strip())
                key = author_year_key(named.group("author"), named.group("year")) \
                    if named is not None else None
                if key is not None and key in keys:
                    targets.append(key)
                    continue
            if cite is None or cite.group("author").lower() in _NOT_AUTHORS:
                targets = []
                break
            targets.append(author_year_key(cite.group("author"), cite.group("year")))
        if targets:
            found.append(Marker(parens.start(), parens.end(), parens.group(0), tuple(targets),
                                False))
            continue
        if not _YEAR_ONLY.fullmatch(parens.group("inner")):
            continue
        narrative = _NARRATIVE_AUTHOR.search(text, max(0, parens.start() - 120), parens.start())
        if narrative is not None:
            key = author_year_key(narrative.group("author"), parens.group("inner"))
            if key in keys:
                found.append(Marker(parens.start(), parens.end(), parens.group(0), (key,), False))
    return found
