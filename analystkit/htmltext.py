"""HTML → article text: the main text of a page, as light Markdown, plus its metadata.

Main-text extraction is trafilatura's (the benchmark leader for news pages);
its Markdown keeps headings, lists and paragraph breaks, which the structure
step reads. Citation markup survives: Wikipedia-style ``<sup class="reference">``
markers become ``[n]`` in the text, and the page's reference lists
(``ol.references``) are appended as a "References" section with one entry per
line, so they become sources and citations like any other reference list.
Pages the HTML parser cannot read (hostile nesting, fragments) fall back to a
streaming pass of the standard library's HTMLParser.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from .errors import DocumentReadError, EmptyArticleError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_ESCAPES = re.compile(r"\\([\[\]*_#`>|()!+\-.])")
_SUP = re.compile(r"<sup>\s*(\[[^\]<>]{1,40}\])\s*</sup>")
_EDIT_LINKS = re.compile(r"\[edit\]", re.IGNORECASE)
_LEFTOVER_TAG = re.compile(r"</?(?:sup|sub|span|br)\b[^<>]{0,200}>", re.IGNORECASE)
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header "
                        "footer blockquote pre title".split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_METADATA_FIELDS = {"title": "title", "author": "author", "date": "published", "url": "url",
                    "sitename": "outlet", "description": "description", "tags": "tags"}
_BACKLINKS = re.compile(r"^\s*\^\s*(?:(?:[a-z]{1,2}|\d+(?:\.\d+)?)\s+){0,30}")
_CLASS_XPATH = '//{tag}[contains(concat(" ", normalize-space(@class), " "), " {cls} ")]'
_BACKLINK_XPATH = './/*[contains(@class, "mw-cite-backlink")] | .//style | .//script'
#: Superscripts that link within the page: footnote calls on sites without
#: Wikipedia's classes. Only those printing a bare number (or numbers: "2,3",
#: "1-3") become ``[n]`` markers; a superscript "2" of units ("km<sup>2</sup>") has no
#: in-page link and stays text.
_NOTE_SUP_XPATH = '//sup[.//a[starts-with(@href, "#")]]'
#: Links to a note that print its number, outside a superscript: "footnote-anchor"
#: (Substack), "footnote-ref" (Pandoc, with the <sup> inside), role="doc-noteref".
_NOTE_ANCHOR_XPATH = ('//a[starts-with(@href, "#")][contains(@class, "footnote")'
                      ' or contains(@class, "fnref") or contains(@class, "noteref")'
                      ' or @role = "doc-noteref" or .//sup]')
#: Sections or boxes holding a page's footnotes as a list (Pandoc, Kramdown, Hugo).
_FOOTNOTES_XPATH = ('//section[contains(concat(" ", normalize-space(@class), " "), " footnotes ")'
                    ' or @role = "doc-endnotes"]'
                    ' | //div[contains(concat(" ", normalize-space(@class), " "), " footnotes ")]'
                    # WordPress's footnotes block (since 6.3): the list itself
                    ' | //ol[contains(concat(" ", normalize-space(@class), " "),'
                    ' " wp-block-footnotes ")]')
#: Superscripts with no link: a note call printed as a superscript ("…in the
#: journal.<sup>1</sup>", "<sup>2,3</sup>") or a unit's power ("km<sup>2</sup>"); both
#: become Unicode superscripts, which the citation step reads as each is. One after a
#: digit ("10<sup>6</sup>") is a power of ten and is left as it is.
_PLAIN_SUP_XPATH = "//sup[not(.//a)]"
_PLAIN_SUP_NUMBERS = re.compile(r"[0-9]{1,3}(?:[,–-][0-9]{1,3}){0,5}")
#: A variable's single letter before a power other than ² and ³ ("x<sup>4</sup>"): left
#: as the page's text gives it, as no superscript the citation step reads as a power.
_SINGLE_LETTER_END = re.compile(r"(?:^|[\s\d(])[A-Za-z]$")
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LEADING_NOTE = re.compile(r"\[[0-9]{1,3}\]")
_FOOTNOTE_BACKLINK_XPATH = ('.//a[contains(@class, "reversefootnote") or contains(@class, "back")'
                            ' or @role = "doc-backlink"'
                            ' or starts-with(@aria-label, "Jump to footnote reference")]')
_BARE_NOTE = re.compile(r"\[?\s*([0-9]{1,3}(?:\s*[,–-]\s*[0-9]{1,3}){0,5})\s*\]?")
#: Heading under which a page's reference lists are appended to its text.
REFERENCES_HEADING = "## References"


def html_to_text(html: str, source: str) -> tuple[str, dict[str, str | None]]:
    """Extract an HTML page's article text and metadata.

    Parameters
    ----------
    html : str
        The decoded page.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        Markdown-style text (``#`` headings, ``-`` list items, blank lines
        between paragraphs, ``[n]`` citation markers, a References section)
        and a dict with ``title``, ``author``, ``published``, ``url``,
        ``outlet``, ``description`` and ``tags`` (None where the page has none).

    Raises
    ------
    EmptyArticleError
        The page holds no readable text.
    """
    meta: dict[str, str | None] = dict.fromkeys(_METADATA_FIELDS.values())
    text = None
    too_deep = False
    try:
        import trafilatura

        tree, too_deep = _load_page(html)
        if tree is not None and not too_deep:
            references = _take_references(tree)
            _expose_source_links(tree)
            _flatten_metadata_lists(tree)
            _drop_templates(tree)
            _drop_link_lists(tree)
            _defuse_markup_in_attributes(tree)
            _quote_inline_quotations(tree)
            _mark_block_quotations(tree)
            time_date = _time_element_date(tree)  # (read before the times become text)
            _label_entry_times(tree)
            found = trafilatura.extract_metadata(tree, extensive=False)
            if found is not None:
                for name, key in _METADATA_FIELDS.items():
                    value = getattr(found, name, None)
                    if isinstance(value, list):  # keywords and article:tag values
                        value = ", ".join(str(v) for v in value if v)
                    meta[key] = str(value).strip() if value else None
            if meta["author"] is None:
                meta["author"] = _byline_in_page(tree)
            meta["url"] = original_of_archived(meta["url"])
            meta["outlet"] = _outlet_from_title(tree, meta["outlet"])
            review = _claim_review(tree)
            if review is not None:  # a fact check's own date and checker, not the claim's
                date, _, claim_date = review
                if date and (meta["published"] is None or claim_date
                             and meta["published"][:10] == claim_date[:10]):
                    meta["published"] = date
                if review[1] and (not meta["outlet"] or _HOST_NAME.fullmatch(meta["outlet"])):
                    meta["outlet"] = review[1]
            meta["declared_language"] = _declared_language(tree)
            meta["published"] = _page_date(tree, meta["published"], time_date)
            text = trafilatura.extract(tree, output_format="markdown", include_links=False,
                                       include_tables=True, include_comments=False,
                                       include_formatting=False, deduplicate=False,
                                       config=_extraction_config())
            if text:
                text = _mark_headings(clean_markdown(text), tree)
                text = _restore_dropped_parts(tree, text, meta["title"], meta["description"])
            if text:
                text = _restore_fact_check_box(tree, text)
                text = _restore_tag_lines(tree, text)
            if text and references:
                text = "\n\n".join((text.rstrip(), REFERENCES_HEADING, references))
    except (ValueError, RecursionError, MemoryError, TypeError, AttributeError):
        text = None
    if too_deep:
        raise DocumentReadError(
            source, f"the HTML page nests its elements more than {MAX_HTML_DEPTH:,} levels "
            "deep, past what the HTML parser reads, so part of its text would be lost")
    if text:
        text = clean_markdown(text)
    if not text or not text.strip():
        text = _plain_text(html)
    if not text.strip():
        raise EmptyArticleError(source, "the HTML page holds no readable text")
    if _NO_SCRIPT_NOTICE.fullmatch(text.strip()):
        raise EmptyArticleError(
            source, "the HTML page holds only a notice that it needs JavaScript or frames "
            f"({' '.join(text.split())[:80]!r}): its article is loaded by a script; save the "
            "page from a browser after it has loaded")
    return text, meta


# A web archive's address of a saved page: the Wayback Machine's and archive.today's
# "…/web/20240304142205/https://www.example.com/…" (a URL cleaner may have folded the
# original's "//" to one slash).
_ARCHIVED_URL = re.compile(r"https?://(?:web\.)?archive\.(?:org|today|ph|is)/(?:web/)?"
                           r"\d{8,14}(?:[a-z]{2}_)?/(?P<scheme>https?):/+(?P<rest>\S+)")


def original_of_archived(url: str | None) -> str | None:
    """Return the original address of a page saved by a web archive, else ``url``.

    "https://web.archive.org/web/20240304142205/https://www.harbourpost.co.uk/news/…"
    → "https://www.harbourpost.co.uk/news/…": the article's own address, whose site
    is its outlet.
    """
    match = _ARCHIVED_URL.fullmatch(url) if url else None
    return f"{match.group('scheme')}://{match.group('rest')}" if match else url


#: What a page built by scripts (an app shell) or of frames shows without them: "You
#: need to enable JavaScript to run this app." (create-react-app), "Please enable
#: JavaScript to view this article.", "Your browser does not support frames."; a page
#: whose whole text is such notices holds no article.
_NO_SCRIPT_NOTICE = re.compile(
    r"(?:[#*_ ]*(?:(?:you\s+(?:need|have|must)\s+to\s+|please\s+|kindly\s+)?"
    r"(?:enable|turn\s+on|activate)\s+javascript[^\n]{0,100}"
    r"|(?:this\s+(?:site|page|app|website)\s+(?:requires|needs)\s+javascript[^\n]{0,100})"
    r"|your\s+browser\s+does\s+not\s+support\s+(?:frames|javascript|iframes)[^\n]{0,60}"
    r"|loading\s*(?:\.\.\.|…)?)[ \t]*\n*)+", re.IGNORECASE)
#: The deepest nesting of elements the HTML parser reads (libxml2's limit with its
#: "huge" option; 256 without it, which real pages built of nested wrappers pass).
MAX_HTML_DEPTH = 2048


def _load_page(html: str) -> tuple[HtmlElement | None, bool]:
    """Parse a page as trafilatura does, past the parser's default depth of 256.

    Return the tree (None when the text is no HTML) and whether the page nests
    deeper than MAX_HTML_DEPTH, where the parser drops what lies below.
    """
    from lxml import html as lxml_html
    from trafilatura.utils import load_html, repair_faulty_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True,
                                  remove_pis=True, huge_tree=True)
    try:
        tree = lxml_html.fromstring(repair_faulty_html(html, html[:50].lower()), parser=parser)
    except (ValueError, TypeError):  # an encoding declaration in a str, no markup at all
        tree = None
    too_deep = any(entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" in entry.message
                   for entry in parser.error_log)
    if tree is None or len(tree) < 1:
        tree = load_html(html)
    return tree, too_deep


_LANGUAGE_TAG = re.compile(r"([a-z]{2})(?:[-_][A-Za-z0-9]{2,8})*")


def _declared_language(tree: HtmlElement) -> str | None:
    """Return the ISO 639-1 code a page declares (``<html lang="ar">``, og:locale), or None."""
    declared = [tree.getroot().get("lang") if hasattr(tree, "getroot") else tree.get("lang")]
    declared += tree.xpath('//meta[@property="og:locale"]/@content')
    for value in declared:
        match = _LANGUAGE_TAG.fullmatch((value or "").strip().lower())
        if match:
            return match.group(1)
    return None


#: An outlet that is a host name, as the metadata reader falls back on when a page names
#: no site.
_HOST_NAME = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
# (a bar or a dash; some sites part the site's name with guillemets, a middle dot or a
# double colon: "Headline « Site", "Headline :: Site")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—«»·-]|::)\s+")
#: A site's name after a title's headline is short ("Coastline Times", "BBC News").
MAX_SITE_NAME_WORDS = 5


def _outlet_from_title(tree: HtmlElement, outlet: str | None) -> str | None:
    """Return the site's name: from a "Headline – Site" ``<title>``, not its headline part.

    With no site in the metadata, a title whose one end is the page's ``<h1>``
    names the site at its other end ("Headline | Site", "Site | Headline").

    The metadata reader may take the first part of such a title for the site;
    when it did, the last part is the site's name.
    """
    parts = _TITLE_SEPARATOR.split(" ".join((tree.findtext(".//title") or "").split()))
    site = _og_site_name(tree)
    if site and (not outlet or outlet == site or outlet in parts and outlet != parts[-1]
                 or _HOST_NAME.fullmatch(outlet)):
        # the page's own og:site_name over a part of its title ("PolitiFact | No, Texas
        # did not …" read headline first)
        return site
    if not outlet:
        # none in the metadata: a title "Headline - Site" whose first part is the
        # page's headline names the site in its last part
        headline = " ".join((tree.findtext(".//h1") or "").split())
        if len(parts) >= 2 and headline and parts[0] == headline and _site_name(parts[-1]):
            return parts[-1]
        if len(parts) >= 2 and headline and parts[-1] == headline and _site_name(parts[0]):
            return parts[0]  # the site first: "Site | Headline"
        return outlet
    if len(parts) >= 2 and parts[0] == outlet and parts[-1] != outlet:
        return parts[-1]
    if _HOST_NAME.fullmatch(outlet) and len(parts) >= 2 and _site_name(parts[-1]):
        return parts[-1]  # a host name in the metadata, the site's name in the title
    if _PUBLISHING_COMPANY.search(outlet) and len(parts) >= 2 and _site_name(parts[-1]):
        return parts[-1]  # "Wikimedia Foundation, Inc." publishes; "Wikipedia" is the site
    return outlet


def _og_site_name(tree: HtmlElement) -> str | None:
    """Return the page's ``og:site_name`` when it reads as a site's name, or None."""
    for element in tree.iterfind(".//meta[@property='og:site_name']"):
        content = " ".join((element.get("content") or "").split())
        if content and _site_name(content):
            return content
    return None


#: Words that name the company behind a site rather than the site ("Wikimedia Foundation,
#: Inc.", "The New York Times Company", "Guardian News & Media Ltd"): a page's JSON-LD
#: publisher is often the company, while its title ends in the site's own name.
_PUBLISHING_COMPANY = re.compile(
    r"\b(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|AG|S\.?A|S\.?L|Corp|Corporation|Company|Co|Foundation|"
    r"Holdings|Group|Limited)\b\.?\s*$")


#: Title parts that name a part of a series or a page's kind, no site ("Part 2",
#: "Opinion", "Live").
_NO_SITE = re.compile(r"(?:part|episode|chapter|vol\.?|volume|page|day)\s*\d+|opinion|"
                      r"live(?:\s+(?:updates?|blog|coverage|news))?|"
                      r"analysis|explainer|interview|review|video|podcast|photos|updates?|"
                      r"breaking(?:\s+news)?|exclusive", re.IGNORECASE)


def _site_name(part: str) -> bool:
    """Whether the last part of a title can name a site: short, and not lower-case.

    "- live updates" and "- analysis" name no site; a name in a script without
    case ("صحيفة الوادي") may.
    """
    return (len(part.split()) <= MAX_SITE_NAME_WORDS and part[:1].isalpha()
            and not part[:1].islower() and not _NO_SITE.fullmatch(part))


def _quote_inline_quotations(tree: HtmlElement) -> None:
    """Print each ``<q>`` as its text between quotation marks, as a browser shows it.

    The extractor would drop the element's marks and break the paragraph at it,
    parting '<q>We will work around the clock,</q> its chief executive said' from
    its speaker.
    """
    for quotation in list(tree.iter("q")):
        text = " ".join(quotation.text_content().split())
        _replace_with_text(quotation, f"“{text}”" if text else "")


def _mark_block_quotations(tree: HtmlElement) -> None:
    """Print each ``<blockquote>`` as Markdown quote lines, its ``<footer>`` as the credit.

    The extractor keeps neither the quotation's mark nor its footer; written as
    "> …" lines with "> — Dana Moyo" last, the quotation is a quote block
    credited to the person its footer names.
    """
    for quotation in list(tree.iter("blockquote")):
        # the credit: a <footer>, or a <cite> of the quotation's own (not one inside
        # a sentence of it, which names a work)
        for footer in quotation.xpath(".//footer | ./cite"):
            credit = " ".join(footer.text_content().split()).lstrip("—―–- ")
            tail = footer.tail
            footer.clear()
            footer.tag, footer.text, footer.tail = "p", f"— {credit}" if credit else "", tail
        if quotation.text and not quotation.text.strip():
            quotation.text = None  # the page's indentation before the first paragraph
        for paragraph in quotation.xpath(".//p") or [quotation]:
            paragraph.text = "> " + (paragraph.text or "").lstrip()


#: Elements that hold a byline by their test or component name, as the BBC's and other
#: React-built pages mark it (``data-testid="byline-name"``), where the metadata reader
#: looks for classes and ``rel``/``itemprop`` only.
_BYLINE_ELEMENTS_XPATH = ('//*[contains(@data-testid, "byline") or contains(@data-component, '
                          '"byline")]')
#: The most words a byline element's text has; a longer one holds more than names.
MAX_BYLINE_ELEMENT_WORDS = 12


def _byline_in_page(tree: HtmlElement) -> str | None:
    """Return the names of the page's first byline element ("By Fiona Hartley"), or None.

    An element named a byline by its test or component name, else a byline printed
    under the headline (_byline_under_headline).
    """
    from .structure import _byline_names

    for element in tree.xpath(_BYLINE_ELEMENTS_XPATH):
        words = element.text_content().split()
        if not words or len(words) > MAX_BYLINE_ELEMENT_WORDS:
            continue
        if words[0].lower() == "by":
            words = words[1:]
        names = _byline_names(" ".join(words)) if words else None
        if names:
            return names
    return _byline_under_headline(tree)


#: Elements whose text is never the article's byline: menus, asides, footers, forms.
_NO_BYLINE_ANCESTORS = frozenset({"nav", "aside", "footer", "form", "menu"})
#: How many elements after the ``<h1>`` are searched for a byline, at most.
BYLINE_SEARCH_ELEMENTS = 40


def _byline_under_headline(tree: HtmlElement) -> str | None:
    """Return the names of a byline printed between the headline and the body, or None.

    The extractor drops a line of stamps set in spans ('<div class="live-meta"><span>
    Updated 2 hours ago</span> <span>By Sara Nouri and James Holt</span></div>'), and
    the byline with it. An element after the page's one ``<h1>`` and before its first
    paragraph of MIN_ANCHOR_WORDS words that reads as a byline ("By …", as
    ``structure.byline_names`` reads it) names the authors; a standfirst before it
    is no body.
    """
    from .structure import byline_names

    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return None  # no headline, or a site's name set as one too: no place to look
    after = h1s[0].itersiblings() if h1s[0].getnext() is not None else \
        (h1s[0].getparent().itersiblings() if h1s[0].getparent() is not None else ())
    searched = 0
    for top in after:
        for element in top.iter():
            if not isinstance(element.tag, str):
                continue
            searched += 1
            words = element.text_content().split()
            if searched > BYLINE_SEARCH_ELEMENTS or element.tag == "p" \
                    and len(words) >= MIN_ANCHOR_WORDS and not _marked_standfirst(element) \
                    and not _all_emphasised(element):
                return None  # the body has begun (a standfirst over the byline is passed)
            if not words or len(words) > MAX_BYLINE_ELEMENT_WORDS or any(
                    a.tag in _NO_BYLINE_ANCESTORS
                    for a in (element, *element.iterancestors())):
                continue
            names = byline_names(" ".join(words))
            if names:
                return names
    return None


#: Elements whose ``<time>`` dates something else than the article: a list of links to
#: other stories, a menu, an aside, a footer, a comment.
_ELSEWHERE_TAGS = frozenset({"li", "nav", "aside", "footer"})
_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]")


#: A checked statement's date as a fact check prints it over the statement: "stated on
#: March 3, 2025 in a post on X:", "said on 3 March 2025", "posted on Jan. 9, 2025". The
#: page's own date is never one of these ("Published on March 7, 2025" is not matched).
_STATEMENT_DATE = re.compile(
    r"\b(?:stated|said|posted|claimed|wrote|tweeted|shared)\s+on\s+(?P<date>"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})")


def _page_date(tree: HtmlElement, published: str | None, time_date: str | None) -> str | None:
    """Return the page's date: ``published`` from its metadata, or one printed in it.

    With no date in the metadata, the page's ``<time datetime>`` (``time_date``, see
    _time_element_date) or a date printed in it. A date the page prints as a checked
    statement's ("stated on March 3, 2025 in a post on X:", _STATEMENT_DATE) is no date
    of the page, though a metadata reader may take it: ``time_date`` (or none) stands.
    """
    from .structure import printed_date

    page = " ".join(" ".join(tree.itertext()).split())  # (parts apart: "Halloway" "stated")
    statement_dates = {printed_date(match.group("date"))
                       for match in _STATEMENT_DATE.finditer(page)}
    if published is not None and published[:10] not in statement_dates:
        return published
    found = time_date or (None if published else _date_in_page(tree))
    return found if found is None or found[:10] not in statement_dates else None


def _time_element_date(tree: HtmlElement) -> str | None:
    """Return the date of the page's first ``<time datetime>`` outside lists and asides.

    News pages print the article's date so ("<time datetime="2025-03-11T06:02:14Z">"),
    before any date of a related story in a list under it; htmldate, asked for the
    original date, would take the oldest date on the page, which is a related story's.
    """
    for element in tree.iter("time"):
        found = _ISO_DATE.match((element.get("datetime") or "").strip())
        if found is None:
            continue
        if any(ancestor.tag in _ELSEWHERE_TAGS or "comment" in (ancestor.get("class") or "")
               for ancestor in element.iterancestors()):
            continue
        return found.group()
    return None


#: The most a link list's own text may hold beyond its links, as a share of its text.
MAX_LINK_LIST_OTHER_SHARE = 0.5


def _drop_link_lists(tree: HtmlElement) -> None:
    """Remove lists of links to other stories under a heading such as "More on this story".

    The extractor keeps such a list and drops its heading, after which the links
    ("Storm leaves homes under water Published 3 December 2023") would read as the
    article's claims. The heading's container goes when links make most of its
    text; otherwise the heading and the list right after it.
    """
    from .structure import FURNITURE_LIST_HEADING

    for heading in list(tree.iter("h2", "h3", "h4")):
        name = " ".join(heading.text_content().split()).strip(" :")
        if not name or FURNITURE_LIST_HEADING.fullmatch(name) is None:
            continue
        container = heading.getparent()
        if container is not None and container.tag in ("section", "div", "aside", "nav") \
                and _mostly_links(container, heading):
            if container.getparent() is not None:
                container.drop_tree()
            continue
        following = heading.getnext()
        if following is not None and following.tag in ("ul", "ol") \
                and _mostly_links(following, None):
            following.drop_tree()
            heading.drop_tree()


def _mostly_links(element: HtmlElement, heading: HtmlElement | None) -> bool:
    """Whether links make most of ``element``'s text (besides ``heading``'s)."""
    total = len(" ".join(element.text_content().split()))
    if heading is not None:
        total -= len(" ".join(heading.text_content().split()))
    linked = sum(len(" ".join(link.text_content().split())) for link in element.iter("a"))
    return linked > 0 and total - linked <= MAX_LINK_LIST_OTHER_SHARE * total


#: Most JSON-LD text read for a fact check's ClaimReview record.
MAX_JSON_LD_CHARS = 200_000


def _claim_review(tree: HtmlElement) -> tuple[str | None, str | None, str | None] | None:
    """Return a fact check's date, checker and checked claim's date (ClaimReview), or None.

    A ClaimReview nests the checked claim (``itemReviewed``) with the claim's own
    date and author; a metadata reader that takes the first ``datePublished`` in
    the page dates the fact check by the claim. The record's top-level
    ``datePublished`` and ``author`` name are the fact check's.
    """
    import json

    for element in tree.iter("script"):
        if "ld+json" not in (element.get("type") or "").lower() or not element.text \
                or "ClaimReview" not in element.text or len(element.text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(element.text)
        except (ValueError, RecursionError):
            continue
        found = data.get("@graph", [data]) if isinstance(data, dict) else data
        for record in found if isinstance(found, list) else []:
            kind = record.get("@type") if isinstance(record, dict) else None
            if kind == "ClaimReview" or isinstance(kind, list) and "ClaimReview" in kind:
                author, item = record.get("author"), record.get("itemReviewed")
                claim_date = item.get("datePublished") if isinstance(item, dict) else None
                return (_text_value(record.get("datePublished")),
                        _text_value(author.get("name") if isinstance(author, dict) else None),
                        _text_value(claim_date))
    return None


def _text_value(value: object) -> str | None:
    """``value`` stripped when it is a non-empty string, else None."""
    return value.strip() or None if isinstance(value, str) else None


def _drop_templates(tree: HtmlElement) -> None:
    """Remove what a browser never shows as text, but the JSON-LD the metadata comes from.

    ``<template>`` markup a script may copy, and scripts and styles (a ``<script>``
    inside a heading would join the title).
    """
    for template in list(tree.iter("template")):
        template.drop_tree()
    for element in list(tree.iter("script", "style")):
        if "ld+json" not in (element.get("type") or "").lower() \
                and element.getparent() is not None:
            element.drop_tree()


def _defuse_markup_in_attributes(tree: HtmlElement) -> None:
    """Replace markup inside ``<meta content>`` values by its text, scripts dropped.

    A page may carry ``content="<script>…</script>Jane Roe"``; read as it is, the
    script's text would run into the author's name.
    """
    from lxml import html as lxml_html

    for element in tree.iter("meta"):
        value = element.get("content")
        if value and "<" in value:
            fragment = lxml_html.fragment_fromstring(value, create_parent="div")
            for unwanted in fragment.xpath(".//script|.//style"):
                unwanted.drop_tree()
            element.set("content", " ".join(fragment.text_content().split()))


#: Shortest main text trafilatura keeps before it falls back on other extractors.
#: Its default (250 characters) sends short pages (a brief, or a page whose
#: reference list was taken out first) to a fallback that flattens headings and
#: paragraphs into one line; short text is still the article's text.
MIN_EXTRACTED_CHARS = 25


@cache
def _extraction_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_CHARS))
    return config


def _date_in_page(tree) -> str | None:
    """Return the publication date printed in the page when its metadata gives none.

    htmldate's extensive search also falls back on any bare year on the page
    (a footer's "© 2024") and reports it as 1 January: that is no publication
    date, so such a guess is dropped.
    """
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=True, original_date=True)
    except (ValueError, TypeError):
        return None
    return None if found is None or found.endswith("-01-01") else found


def _take_references(tree) -> str:
    """Turn citation superscripts into ``[n]`` and lift out the reference lists.

    Returns the reference entries as lines ``[label] text URL`` and removes
    the lists from the tree so the extractor does not repeat them.
    """
    labels: dict[str, str] = {}
    for sup in tree.xpath(_CLASS_XPATH.format(tag="sup", cls="reference")):
        printed = " ".join(sup.text_content().split())
        link = sup.find(".//a")
        match = re.fullmatch(r"\[\s*([\w.-]{1,16})\s*\]", printed)
        if match and link is not None and (link.get("href") or "").startswith("#"):
            labels.setdefault(link.get("href")[1:], match.group(1))
        _replace_with_text(sup, printed if match else "")
    for sup in tree.xpath(_NOTE_SUP_XPATH):
        # '<sup><a href="#ref2">2</a></sup>': a footnote link printed without brackets
        printed = " ".join(sup.text_content().split())
        match = _BARE_NOTE.fullmatch(printed)
        if match:
            _replace_with_text(sup, "[" + match.group(1) + "]")
    for sup in tree.xpath(_PLAIN_SUP_XPATH):
        # '…in the journal.<sup>1</sup>': printed as a superscript, as a note call is; the
        # text keeps it so (¹), and the citation step tells a note from "km²" by the unit
        printed = "".join(sup.text_content().split())
        before = _text_before(sup)
        if _PLAIN_SUP_NUMBERS.fullmatch(printed) and not before[-1:].isdigit() \
                and not (_SINGLE_LETTER_END.search(before) and printed not in "23"):
            # a list or a range of notes is bracketed: no unit has that power
            _replace_with_text(sup, printed.translate(_SUPERSCRIPT_DIGITS) if printed.isdigit()
                               else f"[{printed}]")
    lines = _take_footnotes(tree)
    for anchor in tree.xpath(_NOTE_ANCHOR_XPATH):
        # '<a class="footnote-anchor" href="#footnote-1">1</a>', '<a href="#fn1"><sup>1</sup></a>'
        match = _BARE_NOTE.fullmatch(" ".join(anchor.text_content().split()))
        if match:
            _replace_with_text(anchor, "[" + match.group(1) + "]")
    for ol in tree.xpath(_CLASS_XPATH.format(tag="ol", cls="references")):
        for position, item in enumerate(ol.xpath("./li"), start=1):
            label = labels.get(item.get("id") or "", str(position))
            for extra in item.xpath(_BACKLINK_XPATH):
                _replace_with_text(extra, "")
            body = " ".join(item.text_content().split())
            body = _BACKLINKS.sub("", body)
            urls = [a.get("href") for a in item.xpath(".//a[@href]")
                    if (a.get("href") or "").startswith(("http://", "https://", "//"))]
            url = urls[0] if urls else ""
            url = "https:" + url if url.startswith("//") else url
            if body:
                lines.append(f"[{label}] {body}" + (f" {url}" if url and url not in body else ""))
        parent = ol.getparent()
        if parent is not None:
            parent.remove(ol)
    return "\n".join(lines)


#: Fewest words of a page's ``<h1>`` that is its headline, not a site logo ("CNN").
MIN_HEADLINE_WORDS = 3


#: The text's first line (the headline, as a heading or not) and the one after it;
#: the extractor parts paragraphs by blank lines, or by single line breaks when it
#: falls back on its baseline reading.
_FIRST_LINES = re.compile(r"(?P<headline>[^\n]+)(?P<gap>\n+)(?P<next>[^\n]*)")
#: Words of a standfirst: a line under the headline, not a kicker or a whole story.
STANDFIRST_WORDS = (4, 60)
#: Classes that name a standfirst, as publishing systems call it.
_STANDFIRST_CLASS = re.compile(r"standfirst|dek|summary|excerpt|teaser|chapo|subtitle|"
                               r"sub-title|subhead|lede|lead|intro|desc|strapline",
                               re.IGNORECASE)
#: Attributes that name an element's part in the page: its classes, and the id and test
#: or component names that NYT ("article-summary"), the Washington Post
#: (data-qa="subheadline") and React-built pages give instead.
_ROLE_ATTRIBUTES = ("class", "id", "data-qa", "data-testid", "data-component")


def _marked_standfirst(element: HtmlElement) -> bool:
    """Whether an element's class, id or test name calls it a standfirst."""
    return any(_STANDFIRST_CLASS.search(element.get(name) or "") for name in _ROLE_ATTRIBUTES)
#: Classes of the element under a headline that hold a byline or a date, not a standfirst.
_BYLINE_CLASS = re.compile(r"byline|author|date|time|meta|credit|tag|kicker|breadcrumb",
                           re.IGNORECASE)


def _standfirst(h1: HtmlElement, description: str | None) -> tuple[str, bool] | None:
    """Return the standfirst under a page's headline and whether it sits right under it.

    The element right after the ``<h1>`` (a ``<p>``, ``<h2>`` or ``<div>`` of one
    paragraph's length that is no byline or date), or else the page's element
    whose text is its meta description (which may as well be the lede's copy).
    """
    following = _next_element(h1)
    parent = h1.getparent()
    if following is None and parent is not None and len(parent) == 1:
        # the headline alone in its wrapper, the subtitle first in the next one (Medium:
        # '<div><h1 …></div><div><h2 class="pw-subtitle-paragraph">…</h2>…')
        wrapper = _next_element(parent)
        if wrapper is not None and _marked_standfirst(wrapper):
            following = wrapper  # '<div class="headline"><h1>…</h1></div><h2 data-qa=…>'
        elif wrapper is not None and len(wrapper) and isinstance(wrapper[0].tag, str) \
                and _marked_standfirst(wrapper[0]):
            following = wrapper[0]
    candidates = []
    if following is not None and following.tag in ("p", "h2", "h3", "div") \
            and not _BYLINE_CLASS.search(following.get("class") or "") \
            and following.find(".//time") is None and len(following) <= 2 \
            and (following.tag == "h2" or _marked_standfirst(following)
                 or _all_emphasised(following)):
        # a subtitle, a standfirst by its class or set in italics: not the lede of a
        # body that runs on right under the headline
        candidates.append((" ".join(following.text_content().split()), True))
    if description:
        wanted = " ".join(description.split())
        root = h1.getroottree()
        if any(" ".join(e.text_content().split()) == wanted
               for e in root.iter("p", "h2", "div") if len(e) <= 2):
            candidates.append((wanted, False))
    low, high = STANDFIRST_WORDS
    for text, beside_headline in candidates:
        if low <= len(text.split()) <= high and not text.lower().startswith("by "):
            return text, beside_headline
    return None


def _next_element(element: HtmlElement) -> HtmlElement | None:
    """Return the element after ``element`` among its siblings, comments passed."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _all_emphasised(element: HtmlElement) -> bool:
    """Whether all of an element's text is one ``<i>``/``<em>`` ("<p><i>Funding led …</i></p>")."""
    return (len(element) == 1 and element[0].tag in ("i", "em")
            and not (element.text or "").strip() and not (element[0].tail or "").strip())


def _mark_standfirst(text: str, h1: HtmlElement, headline: str, description: str | None) -> str:
    """Put a standfirst the extractor dropped or read as a heading under the headline, as a dek.

    The standfirst is written as an emphasised line right after the headline,
    which the structure step reads as the ``dek``: "Les restrictions d'eau
    s'étendent à 42 départements." under its headline, where the extractor kept
    only the body. A standfirst found by the meta description alone is put back
    only when the text lacks it: a description often copies the lede.
    """
    found = _standfirst(h1, description)
    lines = _headline_line(text, headline)
    if found is None or found[0] == headline or lines is None:
        return text  # the headline does not open the text: no place for a dek
    standfirst, beside_headline = found
    head, rest = text[:lines.end("headline")], text[lines.end("gap"):]
    if beside_headline and lines.group("next").lstrip("#* ").rstrip("* ") == standfirst:
        rest = text[lines.end():].lstrip("\n")  # kept as a paragraph or heading: a dek
    elif standfirst in " ".join(rest.split()):
        return text  # in the body: leave it there
    return f"{head}\n\n*{standfirst}*\n\n{rest}"


def _headline_line(text: str, headline: str) -> re.Match[str] | None:
    """Match the headline's line among the text's first lines (a kicker may open it)."""
    position = 0
    while position < min(len(text), 600):
        match = _FIRST_LINES.match(text, position)
        if match is None:
            return None
        if " ".join(match.group("headline").lstrip("# ").split()) == headline:
            return match
        position = match.end("gap")  # the next line
    return None


def _restore_dropped_parts(tree: HtmlElement, text: str, title: str | None,
                           description: str | None = None) -> str:
    """Put back the headline and source lists the extractor left out of a page's text.

    The main-text extractor drops what it takes for page furniture, and on some
    layouts that is the headline (an ``<h1>`` in a header ``<div>``) or the list
    under a "Sources" heading. The page's one ``<h1>`` is its headline when its
    ``<title>`` (or og:title) holds it; a list right after an ``<h2>``–``<h4>``
    that names a source list (``data/source_headings.txt``) is a source list.
    Either is put back only when the text lacks it.
    """
    from .structure import source_heading

    flat = " ".join(text.split())
    h1s = list(tree.iter("h1"))
    headings = [" ".join(h.text_content().split()) for h in h1s]
    if len(headings) == 1 and len(headings[0].split()) >= MIN_HEADLINE_WORDS \
            and headings[0] not in flat and title \
            and headings[0].lower() in " ".join(title.split()).lower():
        text = f"# {headings[0]}\n\n{text}"
    # the <h1> the text opens with (a site's name may be an <h1> too, in its navigation
    # bar), perhaps under a kicker ("Markets")
    first_lines = [" ".join(line.lstrip("# ").split()) for line in text.split("\n", 4)[:4]]
    opening = [(h1, heading) for h1, heading in zip(h1s, headings, strict=True)
               if heading and heading in first_lines]
    if len(opening) == 1:
        text = _mark_standfirst(text, opening[0][0], opening[0][1], description)
    lists = []
    for heading in tree.iter("h2", "h3", "h4"):
        name = " ".join(heading.text_content().split())
        following = heading.getnext()
        if not source_heading(name) or following is None or following.tag not in ("ol", "ul"):
            continue
        items = [" ".join(item.text_content().split()) for item in following.iter("li")]
        items = [item for item in items if item]
        if items and items[0] not in flat:
            marks = [f"{n}." if following.tag == "ol" else "-" for n in range(1, len(items) + 1)]
            lists.append(f"## {name}\n\n" + "\n".join(
                f"{mark} {item}" for mark, item in zip(marks, items, strict=True)))
    text = "\n\n".join([text.rstrip(), *lists]) if lists else text
    return _restore_dropped_between(tree, text)


#: Fewest words of a paragraph that anchors a restored part: a sentence, not a label.
MIN_ANCHOR_WORDS = 8
#: The end of a paragraph that introduces the list under it, which anchors the list
#: however short it is: "Key 2024 highlights include:", "The plan sets out the
#: following.", "The terms are as follows:". Not a sentence that only ends in
#: "following" ("… in the days following.") or a colon inside it. A list of links
#: after one ("Read more:") is still no part (_rendered_part).
_LIST_LEAD_IN_END = re.compile(r"(?::|\b(?:the\s+following|as\s+follows)\s*[.:]?)\s*$",
                               re.IGNORECASE)
#: Fewest words a restored list's items hold on average: sentences or facts, not links.
MIN_LIST_ITEM_WORDS = 3
#: Elements whose parts are page furniture, never restored.
_FURNITURE_ANCESTORS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})


def _restore_dropped_between(tree: HtmlElement, text: str) -> str:
    """Put back a subheading or a list the extractor dropped after a kept paragraph.

    On pages with no ``<article>`` (an e-mail newsletter, a bare page) the extractor
    may keep the paragraphs and drop an ``<h2>`` or a ``<ul>`` between them. A part is
    put back right after the paragraph before it when that paragraph and the paragraph
    (or table) after it are in the text, the part is in no navigation, header, footer or
    aside, and a list's items read as text (MIN_LIST_ITEM_WORDS on average, not only
    links).
    """
    flat = " ".join(text.split())
    lines = text.split("\n")
    for element in tree.iter("h2", "h3", "ul", "ol"):
        if any(a.tag in _FURNITURE_ANCESTORS for a in element.iterancestors()):
            continue
        rendered = _rendered_part(element)
        if rendered is None or rendered[1] in flat:
            continue
        before, after = _anchor_paragraph(element, -1), _anchor_paragraph(element, 1)
        if before is None or before not in flat or after is None \
                or after != _TABLE_ANCHOR and after not in flat:
            continue  # at the page's end ("More stories"), or beside no kept text
        at = next((i for i, line in enumerate(lines)
                   if " ".join(line.split()).lstrip("#*> ").startswith(before)), None)
        if at is not None:  # right after the paragraph before it, as the page orders them
            lines[at + 1:at + 1] = ["", rendered[0]]
            flat = " ".join("\n".join(lines).split())
    return "\n".join(lines)


def _rendered_part(element: HtmlElement) -> tuple[str, str] | None:
    """Return a heading or a list as Markdown, with a piece of its text to look for."""
    from .structure import HEADING_MAX_WORDS

    if element.tag in ("h2", "h3"):
        name = " ".join(element.text_content().split())
        return (f"## {name}", name) if 0 < len(name.split()) <= HEADING_MAX_WORDS else None
    items = [" ".join(item.text_content().split()) for item in element.iterchildren("li")]
    items = [item for item in items if item]
    if not items or sum(len(item.split()) for item in items) < MIN_LIST_ITEM_WORDS * len(items) \
            or all(any(" ".join(a.text_content().split()) == item for a in li.iter("a"))
                   for item, li in zip(items, element.iterchildren("li"), strict=False)):
        return None  # no items, or links only: a menu
    marks = [f"{n}." if element.tag == "ol" else "-" for n in range(1, len(items) + 1)]
    return "\n".join(f"{mark} {item}" for mark, item in zip(marks, items, strict=True)), items[0]


#: What _anchor_paragraph returns for a table after a part.
_TABLE_ANCHOR = "<table>"


def _anchor_paragraph(element: HtmlElement, step: int) -> str | None:
    """Return the opening words of the paragraph beside ``element`` (before: -1, after: 1).

    Headings and lists between are passed; None when the sibling is no paragraph of
    MIN_ANCHOR_WORDS words, or, before a list, of its lead-in (_LIST_LEAD_IN_END).
    """
    sibling = element.getprevious() if step < 0 else element.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str)
                                   or sibling.tag in ("h2", "h3", "ul", "ol")):
        sibling = sibling.getprevious() if step < 0 else sibling.getnext()
    if sibling is not None and sibling.tag == "table" and step > 0:
        return _TABLE_ANCHOR  # a data table after it, which the text keeps
    if sibling is None or sibling.tag != "p":
        return None
    words = " ".join(sibling.text_content().split())
    if step < 0 and element.tag in ("ul", "ol") and words and _LIST_LEAD_IN_END.search(words):
        return words[:40]  # the list's own lead-in, kept as the paragraph before it
    return words[:40] if len(words.split()) >= MIN_ANCHOR_WORDS else None


#: Most words of a fact check's labelled line ("Rating: False", "Claim: …") put back.
MAX_FACT_CHECK_LINE_WORDS = 80
#: The words that open a checked statement's intro, between the speaker's name and the
#: statement: "stated on March 3, 2025 in a post on X:", "said in a speech:" (PolitiFact
#: and its peers print the three as parts of one box). A sentence is none ("said the
#: figure was wrong"): the intro is short and ends in a colon.
_STATEMENT_INTRO = re.compile(
    r"(?:stated|said|posted|claimed|wrote|tweeted|shared)\b[^:!?]{0,100}:", re.IGNORECASE)
MAX_STATEMENT_INTRO_WORDS = 16


def _restore_fact_check_box(tree: HtmlElement, text: str) -> str:
    """Put back the parts of a fact check's box the extractor dropped, before the body.

    A fact check prints the statement it checks and its finding in a box over the
    article: labelled lines ("Claim: …", "Rating: False", "Context: …", the labels of
    ``structure.FACT_CHECK_LABELS``) or the speaker's name, an intro and the statement
    ("Greg Halloway" / "stated on March 3, 2025 in a post on X:" / "“Ohio lost …”"), put
    back as one quotation. The extractor takes short parts of it for furniture. Each
    part the text lacks is written back on a line of its own before the first part of
    the page after it that the text keeps, in the page's order; one in a menu, header,
    footer or aside is not.
    """
    flat = " ".join(text.split())
    lines = text.split("\n")
    for element, line in _fact_check_parts(tree):
        if " ".join(line.split()).lstrip("> ") in flat:
            continue
        at = _kept_line_after(element, lines)
        if at is not None:
            lines[at:at] = [line, ""]
            flat = " ".join("\n".join(lines).split())
    return "\n".join(lines)


def _fact_check_parts(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Return a fact check's labelled lines and its statement, each with its last element."""
    from .structure import FACT_CHECK_LABELS

    labels = tuple(label.lower() + ":" for label in FACT_CHECK_LABELS)
    parts = []
    for element in tree.iter("p", "div", "li"):
        if any(a.tag in _FURNITURE_ANCESTORS for a in element.iterancestors()):
            continue
        words = " ".join(element.text_content().split())
        if words.lower().startswith(labels) and len(words.split()) <= MAX_FACT_CHECK_LINE_WORDS \
                and not any(child.tag in ("p", "div", "li") for child in element.iterdescendants()):
            parts.append((element, words))
        elif _STATEMENT_INTRO.fullmatch(words) and len(words.split()) <= MAX_STATEMENT_INTRO_WORDS:
            statement = _statement_line(element, words)
            if statement is not None:
                parts.append(statement)
    return parts


def _statement_line(intro: HtmlElement, words: str) -> tuple[HtmlElement, str] | None:
    """Return a checked statement's line, the speaker and the intro before the statement.

    The speaker is the text before the intro in its parent ("Greg Halloway"); the
    statement the first element with text after the intro's parent or the intro.
    """
    parent = intro.getparent()
    if parent is None:
        return None
    speaker = " ".join(" ".join(parent.text_content().split()).split(words)[0].split())
    for holder in (intro, parent):
        following = holder.getnext()
        while following is not None and not " ".join(following.text_content().split()):
            following = following.getnext()
        if following is not None:
            statement = " ".join(following.text_content().split())
            # set as the quotation the page prints it as (no headline, however short)
            return following, "> " + " ".join(filter(None, (speaker, words, statement)))
    return None


def _kept_line_after(element: HtmlElement, lines: list[str]) -> int | None:
    """Return the index of the first line of ``lines`` holding a part after ``element``."""
    after = False
    starts = [" ".join(line.split()).lstrip("#*>-_ ") for line in lines]
    for other in element.getroottree().iter():
        if other is element:
            after = True
            continue
        if not after or not isinstance(other.tag, str) or other in element.iterancestors() \
                or other.tag not in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
            continue
        opening = _opening_words(other)[:40]
        if opening:
            at = next((i for i, start in enumerate(starts) if start.startswith(opening)), None)
            if at is not None:
                return at
    return None


#: Most words of an element that lists a page's tags: a line, not a paragraph.
MAX_TAG_LINE_WORDS = 40
#: Elements whose tag lines are the site's, not the article's: menus and forms, and a
#: page's own header, footer or aside (one inside an ``<article>`` is the article's).
_SITE_FURNITURE = frozenset({"nav", "menu", "form"})
_PAGE_FURNITURE = frozenset({"header", "footer", "aside"})


def _restore_tag_lines(tree: HtmlElement, text: str) -> str:
    """Put back a line of the article's tags the extractor dropped.

    The extractor drops an element it takes for furniture by its class, and so
    '<p class="tags">Topics: NATO, Ukraine, Defence industry</p>' (the same line with
    no class is kept). An element whose text opens with a tag label and a colon
    (``structure.tag_line_heading``) and lists the tags after it, inside the page's
    ``<article>`` or ``<main>`` when it has one, is written back as that line, tags set
    as items or links parted by commas (_tag_list). It goes at the text's end, or before
    the source list that closes it: a source list reads on to the next heading, and
    would take the line for an entry.
    """
    from .structure import source_heading, tag_line_heading

    flat = " ".join(text.split())
    lines = []
    bodies = set(tree.iter("article", "main"))
    for element in tree.iter("p", "div", "span", "ul", "section", "footer"):
        if tag_line_heading(_opening_words(element)) is None:
            continue  # (read first, so that no page's every <div> is read whole)
        if bodies and not bodies.intersection(element.iterancestors()):
            continue  # beside the page's <article> or <main>: the site's topics
        words = " ".join(element.text_content().split())
        label = tag_line_heading(words) if len(words.split()) <= MAX_TAG_LINE_WORDS else None
        if label is None or words in flat or _site_furniture(element) or any(
                child.tag in ("p", "div", "li", "ul") and child.text_content().strip()
                and tag_line_heading(" ".join(child.text_content().split()))
                for child in element.iter() if child is not element):
            continue  # no tag line, kept already, the site's own, or one inside holds it
        line = f"{label}: {_tag_list(element, words[words.index(':') + 1:].strip(), label)}"
        if line not in lines:
            lines.append(line)
    if not lines:
        return text
    # before a closing list of sources, which reads on to the next heading
    parts = text.split("\n")
    at = next((i for i in range(len(parts) - 1, -1, -1)
               if parts[i].strip() and source_heading(parts[i].strip().lstrip("#").strip())),
              len(parts))
    return "\n".join([*parts[:at], "", *"\n\n".join(lines).split("\n"), "", *parts[at:]]).strip()


def _tag_list(element: HtmlElement, rest: str, label: str) -> str:
    """Return the tags after a tag line's label, parted by commas when set as items or links.

    "Categories: <ul><li>Mozilla</li><li>Netscape</li></ul>" (Wikipedia's, its label a
    link too) and "Tags: <a>NATO</a> <a>Ukraine</a>" print no separator between the
    tags; their items or links make them "Mozilla, Netscape" and "NATO, Ukraine".
    """
    for parts in (element.iter("li"), element.iter("a")):
        items = [" ".join(part.text_content().split()) for part in parts]
        items = [item for item in items if item and item != label]
        if items and "".join(items).replace(" ", "") == rest.replace(" ", ""):
            return ", ".join(items)
    return rest


#: How much of an element's text is read to tell whether it opens with a label.
OPENING_CHARS = 60


def _opening_words(element: HtmlElement) -> str:
    """Return the first OPENING_CHARS characters of an element's text, spaces folded."""
    opening = ""
    for piece in element.itertext():
        opening += piece
        if len(opening) >= OPENING_CHARS:
            break
    return " ".join(opening.split())


def _site_furniture(element: HtmlElement) -> bool:
    """Whether an element sits in a menu or form, or in the page's header, footer or aside."""
    ancestors = list(element.iterancestors())
    if any(a.tag in _SITE_FURNITURE for a in ancestors):
        return True
    in_article = any(a.tag == "article" for a in ancestors)
    return not in_article and any(a.tag in _PAGE_FURNITURE for a in ancestors)


#: Labels of a page's metadata set out as a description list: GOV.UK's header box
#: ("From: Department of Health …", "Published 12 March 2025"), a report's details.
METADATA_LIST_LABELS = frozenset({"from", "published", "updated", "last updated", "date",
                                  "part of", "author", "authors", "by", "issued", "released"})


def _flatten_metadata_lists(tree: HtmlElement) -> None:
    """Write a ``<dl>`` of page metadata as "Label: value" lines, in place.

    The extractor reads each ``<dt>`` and ``<dd>`` as a list item of its own, so the
    sender ("Department of Health and Social Care") read as a sentence; as "From: …"
    and "Published: 12 March 2025" lines they are the page's stamps.
    """
    from lxml import html as lxml_html

    for listing in list(tree.iter("dl")):
        terms = [" ".join(dt.text_content().split()).rstrip(":").lower()
                 for dt in listing.iterchildren("dt")]
        if not terms or any(term not in METADATA_LIST_LABELS for term in terms):
            continue
        lines = []
        for dt in listing.iterchildren("dt"):
            dd = dt.getnext()
            value = " ".join(dd.text_content().split()) if dd is not None and dd.tag == "dd" \
                else ""
            label = " ".join(dt.text_content().split()).rstrip(":")
            if value:
                lines.append(f"{label}: {value}")
        replacement = lxml_html.fragment_fromstring("<div></div>")
        for line in lines:
            paragraph = lxml_html.Element("p")
            paragraph.text = line
            replacement.append(paragraph)
        listing.getparent().replace(listing, replacement)


def _expose_source_links(tree: HtmlElement) -> None:
    """Write the address of each link in a source list into its text, in place.

    The extractor keeps a link's words and drops its address, so "City Police
    Department, <a href=…>Annual crime report 2024</a>" under a "Sources" heading
    would lose the report's URL; it is written at the entry's end, as a list of
    sources in plain text gives it.
    """
    from .structure import source_heading

    for heading in tree.iter("h2", "h3", "h4"):
        following = _next_element(heading)
        if following is None or following.tag not in ("ol", "ul") \
                or not source_heading(" ".join(heading.text_content().split())):
            continue
        for item in following.iter("li"):
            url = _first_web_link(item)
            if not url or url in item.text_content():
                continue
            if len(item):  # at the entry's end, as a reference list prints its address
                item[-1].tail = (item[-1].tail or "").rstrip() + f" {url}"
            else:
                item.text = (item.text or "").rstrip() + f" {url}"


def _first_web_link(element: HtmlElement) -> str:
    """Return the first http(s) address an element links to ("" when none)."""
    for anchor in element.xpath(".//a[@href]"):
        href = anchor.get("href") or ""
        if href.startswith(("http://", "https://", "//")):
            return "https:" + href if href.startswith("//") else href
    return ""


def _take_footnotes(tree) -> list[str]:
    """Lift a page's footnotes out of the tree as ``[n] text`` lines.

    Footnotes as blog and newsletter platforms and document converters print them:
    one ``div.footnote`` per note with its number in a link (Substack), or a list in
    a ``footnotes`` section or div (Pandoc, Kramdown, Hugo). Back-links ("↩") are
    dropped.
    """
    lines = []
    for note in tree.xpath(_CLASS_XPATH.format(tag="div", cls="footnote")):
        number = note.find(".//a")
        label = " ".join(number.text_content().split()) if number is not None else ""
        if number is not None:
            _replace_with_text(number, "")
        body = " ".join(note.text_content().split())
        if body and _BARE_NOTE.fullmatch(label):
            lines.append(f"[{label}] {body}")
            _replace_with_text(note, "")
    for box in tree.xpath(_FOOTNOTES_XPATH):
        items = box.xpath("./li") if box.tag == "ol" else (
            box.xpath(".//ol/li") or box.xpath("./p | ./div"))  # one <p> per note (O'Reilly)
        if box.tag != "ol" and not box.xpath(".//ol") and not all(
                _LEADING_NOTE.match(" ".join(item.text_content().split())) for item in items):
            continue  # a box named "footnotes" holding credits or asides, no numbered notes
        found = []
        for position, item in enumerate(items, start=1):
            for backlink in item.xpath(_FOOTNOTE_BACKLINK_XPATH):
                _replace_with_text(backlink, "")
            body = " ".join(item.text_content().split()).rstrip(" ↩\ufe0e\ufe0f")
            url = _first_web_link(item)
            if body and url and url not in body:
                body = f"{body} {url}"  # the address its link gives, which the text loses
            if body:  # a note that prints its number ("[22]Sometimes …") keeps it
                found.append(body if _LEADING_NOTE.match(body) else f"[{position}] {body}")
        if found:
            lines.extend(found)
            _replace_with_text(box, "")
    return lines


#: A clock time as live blogs print an entry's time ("11:42", "9.05am", "14:30 BST").
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?", re.IGNORECASE)
#: Fewest timed entries that make a page a live blog: one time before a paragraph is
#: a story's time stamp, no entry's label.
MIN_TIMED_ENTRIES = 2
#: The separator after a time label, which the structure step reads as a label's end.
TIME_LABEL_SEPARATOR = " — "


def _mark_headings(text: str, tree: HtmlElement) -> str:
    """Return the extracted text with a Markdown ``##`` before each line of a heading.

    The extractor's plain Markdown drops heading marks, so that a subheading that
    reads as a question ("What is inflation?") or as a sentence would be read as a
    paragraph of claims. A line is marked when it is the whole text of one of the
    page's ``<h2>``–``<h6>`` elements.
    """
    headings = {" ".join(h.text_content().split()) for h in tree.iter("h2", "h3", "h4", "h5", "h6")}
    headings.discard("")
    if not headings:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line[:1] not in ("#", "") and " ".join(line.split()) in headings:
            lines[index] = "## " + line.strip()
    return "\n".join(lines)


#: How many levels above a live blog entry's ``<time>`` its card may wrap it.
ENTRY_CARD_LEVELS = 3


def _entry_paragraph(time: HtmlElement, order: dict[HtmlElement, int]) -> HtmlElement | None:
    """Return the first paragraph after ``time`` in the card that holds them both.

    Live blogs wrap an entry's time and text in a card ('<div class="card"><div
    class="hdr"><time>11:42</time></div><div class="body"><p>…'); the card may hold
    no other time.
    """
    at = order.get(time, -1)
    for ancestor in list(time.iterancestors())[:ENTRY_CARD_LEVELS]:
        if any(other is not time for other in ancestor.iter("time")):
            return None
        following = [p for p in ancestor.iter("p")
                     if order.get(p, -1) > at and p.text_content().strip()]
        if following:
            return following[0]
    return None


def _label_entry_times(tree: HtmlElement) -> None:
    """Write a live blog entry's ``<time>`` before its first paragraph ("11:42 — …").

    The extractor drops ``<time>`` elements, and with them the time of every entry
    of a live blog; as the paragraph's lead-in the structure step keeps it as the
    claims' label.
    """
    entries = []
    times = list(tree.iter("time"))
    order = {element: n for n, element in enumerate(tree.iter())} if times else {}
    for time in times:
        printed = " ".join(time.text_content().split())
        paragraph = next((sibling for sibling in time.itersiblings()
                          if sibling.tag == "p" and sibling.text_content().strip()), None)
        if paragraph is None and _CLOCK_TIME.fullmatch(printed):
            paragraph = _entry_paragraph(time, order)
        if _CLOCK_TIME.fullmatch(printed) and paragraph is not None:
            entries.append((time, printed, paragraph))
        else:
            _replace_with_text(time, printed)  # "The vote closes at <time>22:00</time>"
    for time, printed, paragraph in entries:
        if len(entries) >= MIN_TIMED_ENTRIES:
            paragraph.text = printed + TIME_LABEL_SEPARATOR + (paragraph.text or "")
            printed = ""
        _replace_with_text(time, printed)


def _text_before(element) -> str:
    """Return the text right before ``element``: a sibling's tail or the parent's text."""
    previous = element.getprevious()
    if previous is not None:
        return previous.tail or ""
    parent = element.getparent()
    return (parent.text or "") if parent is not None else ""


def _replace_with_text(element, text: str) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = (text or "") + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def clean_markdown(text: str) -> str:
    """Undo trafilatura's Markdown escapes and keep citation markers as ``[n]``."""
    text = _SUP.sub(lambda m: m.group(1), text.replace("\\[", "[").replace("\\]", "]"))
    text = _ESCAPES.sub(r"\1", text)
    text = _EDIT_LINKS.sub("", text)
    return _LEFTOVER_TAG.sub("", text)


class _TextCollector(HTMLParser):
    """Streaming text collector; depth-independent, so hostile nesting is harmless."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):  # noqa: D102
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):  # noqa: D102
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):  # noqa: D102
        if not self.skip_depth:
            self.parts.append(data)


def _plain_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
