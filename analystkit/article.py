"""The Article: one article read into tidy tables.

``load_article`` reads a file; ``parse_article`` takes a string. Both run the
pipeline once — read → structure → extract — and keep plain records; the
DataFrames are built on first use.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import unicodedata
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    AnalystkitError,
    ArticleTooLargeError,
    EmptyArticleError,
    UnsupportedFormatError,
)
from .extract import clean_sentence, extract
from .language import detect_language
from .reading import (
    DOCUMENT_FORMATS,
    check_format,
    check_max_bytes,
    decode_bytes,
    document_to_text,
    is_html_document,
    max_bytes_default,
    normalise_text,
    read_path,
)
from .structure import build_blocks, printed_date, split_tags
from .tables import ArticleRecords, build_tables

if TYPE_CHECKING:
    import pandas as pd

_ID_UNSAFE = re.compile(r"[^\w.-]+")


class Article:
    """One article taken apart into tables.

    Attributes
    ----------
    article_id : str
        Key of this article in every table.
    text : str
        The text as read (decoded and normalised; for HTML, the extracted
        text). Every ``start``/``end`` offset points into it.
    title, headline : str
        The page's title and the headline of the text (the same for plain
        text that carries no separate title).
    claims, figures, sources, citations, blocks, tags, articles : DataFrame
        The tables described in ``docs/tables.md``.
    """

    def __init__(self, records: ArticleRecords) -> None:
        self._records = records
        self.article_id = records.article_id
        self.path: str | None = records.meta.get("path")
        self.title: str = records.meta.get("title") or ""
        self.headline: str = records.meta.get("headline") or ""

    @property
    def text(self) -> str:
        """The text as read; every ``start``/``end`` offset points into it."""
        return self._records.text

    # -- tables ---------------------------------------------------------------
    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        return build_tables([self._records])

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table, keyed by name (articles, blocks, claims, …)."""
        return {name: table.copy() for name, table in self._tables.items()}

    @property
    def articles(self) -> pd.DataFrame:
        """One row of article-level fields."""
        return self._tables["articles"]

    @property
    def blocks(self) -> pd.DataFrame:
        """Blocks of the page in reading order."""
        return self._tables["blocks"]

    @property
    def claims(self) -> pd.DataFrame:
        """Sentences that assert something about the world."""
        return self._tables["claims"]

    @property
    def citations(self) -> pd.DataFrame:
        """Links between claims and the sources they cite."""
        return self._tables["citations"]

    @property
    def figures(self) -> pd.DataFrame:
        """Numbers mentioned in the article, with what they count."""
        return self._tables["figures"]

    @property
    def sources(self) -> pd.DataFrame:
        """Entries of the article's source or reference list."""
        return self._tables["sources"]

    @property
    def tags(self) -> pd.DataFrame:
        """Tags of the article."""
        return self._tables["tags"]

    def audit(self) -> pd.DataFrame:
        """Return the findings of every audit check (see ``analystkit.audit``)."""
        from .audit import audit_records

        return audit_records([self._records])

    # -- display ----------------------------------------------------------------
    def __repr__(self) -> str:
        ex = self._records.extraction
        return (f"<Article {self.article_id!r}: {len(ex.claims)} claims, "
                f"{len(ex.figures)} figures, {len(ex.sources)} sources, "
                f"{len(ex.citations)} citations>")

    def _repr_html_(self) -> str:
        from .display import article_card

        return article_card(self)


def parse_article(text: str | bytes, article_id: str = "article", fmt: str | None = None, *,
                  path: str | None = None, max_bytes: int | None = None) -> Article:
    """Take an article given as a string (or its undecoded bytes) apart into tables.

    Parameters
    ----------
    text : str or bytes
        The article: plain text, Markdown or HTML. Bytes are checked and
        decoded as a file's are (byte-order mark, UTF-8, then the best
        legacy-encoding guess). A Word, OpenDocument or PDF document is given
        as its file's bytes, with ``fmt="docx"``, ``fmt="odt"`` or ``fmt="pdf"``; an
        e-mail message, an MHTML web archive, an RTF document or a JSON article record as its
        bytes or its text, with ``fmt="email"``, ``fmt="mhtml"``, ``fmt="rtf"`` or ``fmt="json"``.
    article_id : str, default "article"
        Key of the article in every table.
    fmt : {"text", "markdown", "html", "docx", "odt", "rtf", "pdf", "email", "mhtml", "json"}, \
optional
        How to read ``text``; by default ``"html"`` for a whole HTML document
        (starting ``<!DOCTYPE html>`` or ``<html>``), ``"markdown"`` for a text
        that opens with YAML or TOML front matter, else ``"text"``. Bytes
        are read as a document only when ``fmt`` says so (a PDF's bytes with
        no ``fmt`` raise NotTextError, as a PDF saved as .txt does).
    path : str, optional
        Recorded in the ``articles`` table.
    max_bytes : int, optional
        Largest input accepted (UTF-8 bytes); defaults to the reader's limit.

    Returns
    -------
    Article

    Raises
    ------
    AnalystkitError
        Empty text, an unsupported format, text over the size limit, or a
        damaged, encrypted or text-less document; the message names ``article_id``.
    """
    if not isinstance(article_id, str) or not article_id.strip():
        raise AnalystkitError(repr(article_id)[:60],
                              "article_id must be a non-empty string naming the article")
    limit = check_max_bytes(max_bytes_default() if max_bytes is None else max_bytes,
                            article_id)
    if fmt is not None and check_format(fmt, article_id) in DOCUMENT_FORMATS:
        return _parse_document(text, check_format(fmt, article_id), article_id, path, limit)
    encoding = None
    if isinstance(text, (bytes, bytearray)):
        if len(text) > limit:
            raise ArticleTooLargeError(article_id,
                                       f"text is over the {limit:,}-byte limit (max_bytes=)")
        text, encoding = decode_bytes(bytes(text), article_id)
    if not isinstance(text, str):
        raise AnalystkitError(article_id, "expected the article as str or bytes, got "
                              f"{type(text).__name__}")
    if fmt is None:
        fmt = "html" if is_html_document(text) else _text_format(text)
    fmt = check_format(fmt, article_id)
    if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
        raise ArticleTooLargeError(article_id,
                                   f"text is over the {limit:,}-byte limit (max_bytes=)")
    text = normalise_text(text)
    if not text.strip():
        raise EmptyArticleError(article_id, "holds no text")
    return _build(text, fmt, article_id, {"path": path, "encoding": encoding})


def _text_format(text: str) -> str:
    """Return the format of a text given with no ``fmt``: Markdown when it opens with front matter.

    Front matter ("---" over "title: …", "date: …") is a Markdown file's metadata; read
    as plain text its lines would be claims ("--- title: …").
    """
    if text[:3] not in ("---", "+++"):
        return "text"
    from .frontmatter import opens_with_front_matter

    return "markdown" if opens_with_front_matter(text) else "text"


def _parse_document(data: object, fmt: str, article_id: str, path: str | None,
                    limit: int) -> Article:
    """Read a document given as bytes (``parse_article(..., fmt="pdf")``).

    A message (``fmt="email"`` or ``"mhtml"``) may come as text too: its
    headers say how its parts are encoded, and text it holds as such is UTF-8.
    """
    if isinstance(data, str) and fmt in TEXT_DOCUMENT_FORMATS:
        data = data.encode("utf-8", "surrogateescape")
    if not isinstance(data, (bytes, bytearray)):
        raise UnsupportedFormatError(article_id, f"a {fmt} document is read from its bytes, "
                                                 f"got {type(data).__name__}")
    if len(data) > limit:
        raise ArticleTooLargeError(article_id,
                                   f"document is over the {limit:,}-byte limit (max_bytes=)")
    text, page_meta = document_to_text(bytes(data), fmt, article_id)
    return _build(text, fmt, article_id, {"path": path, "encoding": None}, page_meta=page_meta)


def load_article(path: str | os.PathLike[str], *, article_id: str | None = None,
                 max_bytes: int | None = None) -> Article:
    """Read an article file and take it apart into tables.

    Parameters
    ----------
    path : str or path-like
        A ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``, Word ``.docx``,
        OpenDocument ``.odt``, ``.rtf``, ``.pdf``, e-mail ``.eml``, web archive
        ``.mhtml``/``.mht`` or JSON article record ``.json`` file.
    article_id : str, optional
        Key of the article in every table; defaults to the file name without
        its suffix.
    max_bytes : int, optional
        Largest file accepted; defaults to 20 MiB or ANALYSTKIT_MAX_BYTES.

    Returns
    -------
    Article

    Raises
    ------
    AnalystkitError
        Not found, a folder, empty, binary, undecodable, too large, an
        unsupported format, or a damaged, encrypted or text-less (scanned)
        document; the message names the path.

    Examples
    --------
    >>> import analystkit as ak
    >>> art = ak.load_article("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
    >>> art.claims[["claim_id", "text", "hedged"]].head()  # doctest: +SKIP
    """
    raw = read_path(path, max_bytes=max_bytes)
    aid = article_id or article_id_for(Path(path))
    return _build(raw.text, raw.fmt, aid, {"path": str(path), "encoding": raw.encoding},
                  source=raw.source, page_meta=raw.meta)


def article_id_for(path: Path) -> str:
    """Return a readable article id from a file name ("Reuters 2014.txt" → "Reuters_2014")."""
    # composed form first: a name saved decomposed ("A" + combining diaeresis, as macOS
    # writes "Ärger") gives the id its composed spelling gives
    return _ID_UNSAFE.sub("_", unicodedata.normalize("NFC", path.stem)).strip("_") or "article"


#: Document formats that are text themselves (MIME messages, RTF, JSON records), so
#: given as str too.
TEXT_DOCUMENT_FORMATS = ("email", "mhtml", "rtf", "json")
#: Formats whose text carries Markdown syntax: a Markdown file, and the light
#: Markdown the HTML, Word and RTF readers write (headings, list items, tables).
MARKDOWN_FORMATS = ("markdown", "html", "docx", "odt", "rtf")
#: Formats whose text has one paragraph per line, needing no line-joining: the
#: HTML, Word, RTF and PDF readers join each paragraph's lines themselves.
ONE_LINE_PARAGRAPH_FORMATS = ("html", "docx", "odt", "rtf", "pdf")


def _build(text: str, fmt: str, article_id: str, meta: dict[str, Any],
           source: str | None = None, page_meta: Mapping[str, Any] | None = None) -> Article:
    page_meta = _clean_page_meta(page_meta or {})
    if fmt == "html":
        from .htmltext import html_to_text

        text, page_meta = html_to_text(text, source or article_id)
    # an e-mail's or a web archive's body is laid out as the page or the text it holds
    layout = page_meta.pop("text_format", None) or fmt
    markdown = layout in MARKDOWN_FORMATS
    blocks, front = build_blocks(text, markdown=markdown,
                                 soft_wrap=layout not in ONE_LINE_PARAGRAPH_FORMATS,
                                 author=page_meta.get("author"))
    dateline = front.dateline
    if fmt == "markdown" and blocks and blocks[0].kind == "meta":
        from .frontmatter import read_front_matter

        page_meta = _clean_page_meta(read_front_matter(text[blocks[0].start:blocks[0].end]))
    # A page's declared language (<html lang>) only when the text does not tell: page
    # templates often declare "en" over text in another language.
    language = (page_meta.get("language") or detect_language(text)
                or page_meta.get("declared_language"))
    extraction = extract(text, blocks, markdown=markdown, language=language)
    headline = _block_text(text, blocks, "headline", markdown=markdown)
    title = _block_text(text, blocks, "title", markdown=markdown)
    meta = {
        **meta,
        "format": fmt,
        "title": page_meta.get("title") or title or headline,
        "headline": headline or page_meta.get("title"),
        "outlet": page_meta.get("outlet") or (dateline.outlet if dateline else None)
        or front.masthead,
        "author": _distinct_names(page_meta.get("author") or front.author),
        "url": page_meta.get("url"),
        "published": page_meta.get("published") or front.published,
        # the language's ISO 639-1 code, whatever region a document's metadata gives
        # ("en-GB" → "en"), as detection gives it
        "language": re.split(r"[-_]", language, maxsplit=1)[0].lower() if language else None,
        "dateline": dateline.place if dateline else None,
        "n_chars": len(text),
        # the page's own keywords (front matter, <meta name="keywords">, article:tag)
        "tags": tuple(split_tags(page_meta["tags"])) if page_meta.get("tags") else None,
    }
    # Only the fields the article has: readers use meta.get, and a corpus keeps every meta.
    meta = {key: value for key, value in meta.items() if value is not None}
    records = ArticleRecords.with_text(text, article_id=article_id, meta=meta, blocks=blocks,
                                       extraction=extraction)
    return Article(records)


#: Longest metadata value kept: a title or an author list, never a body of text.
MAX_META_CHARS = 1_000
#: A language code as pages and documents declare it ("en", "pt-BR", "zh_Hant").
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}")
#: A year printed in a date ("Spring 2025"), not inside a longer run of digits.
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
#: An ISO date or date and time that opens a ``published`` value.
_ISO_DATE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?P<time>[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$")


def _clean_page_meta(page_meta: Mapping[str, Any]) -> dict[str, Any]:
    r"""Return a page's or document's metadata as text the tables can hold, or None.

    A value that is no text (a list, a mapping, bytes read from YAML front matter or a
    PDF's info) is dropped, as a ``repr`` is no title; lone surrogates ("\ud800" in
    JSON) become U+FFFD and control characters go; a ``published`` value that is no
    real date ("2025-13-45") and a ``language`` that is no language code are dropped.
    """
    from .reading import normalise_text

    cleaned: dict[str, Any] = {}
    for key, value in page_meta.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            cleaned[key] = None
            continue
        value = " ".join(normalise_text(value).split())[:MAX_META_CHARS] or None
        if value is not None and key == "published" and not _real_date(value):
            value = None
        if value is not None and key in ("language", "declared_language") \
                and not _LANGUAGE_CODE.fullmatch(value):
            value = None
        cleaned[key] = value
    return cleaned


def _real_date(value: str) -> bool:
    """Whether a ``published`` value may be a date: a real ISO date, or words with a year.

    "2025-13-45", "Infinity" and "99999999999999999999999" are none; "Spring 2025"
    and "8 May 2025" are kept as written.
    """
    iso = _ISO_DATE.match(value)
    if iso is None:
        return printed_date(value) is not None or _YEAR.search(value) is not None
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00") if iso.group("time") else
                                   iso.group("date"))
    except ValueError:
        return False
    return True


def _block_text(text: str, blocks: list, kind: str, *, markdown: bool) -> str | None:
    """Clean text of the first block of ``kind``, or None."""
    block = next((b for b in blocks if b.kind == kind and b.duplicate_of is None), None)
    if block is None:
        return None
    cleaned = clean_sentence(text[block.content_start:block.end], [], 0, markdown=markdown)
    return cleaned.lstrip("# ").strip() or None


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _distinct_names(names: str | None) -> str | None:
    """Drop repeats and dates from a "; "-separated author list.

    "Ann Lee; ANN LEE" → "Ann Lee"; "Oskar Lind; November 8" (a byline's date
    read into the page's author field) → "Oskar Lind".
    """
    if not names:
        return None
    seen: dict[str, str] = {}
    for name in re.split(r"\s*;\s*", names):
        # a separator a byline printed before its date ("By Ravi Chandran · 15 January")
        name = _OTHER_CREDIT.sub("", _BY.sub("", name)).strip(" ·•|–—-,")
        if name.isupper() and len(name) > 3:  # AP prints bylines in capitals: "ANN LEE"
            name = _LETTER_RUN.sub(lambda m: m.group().capitalize(), name)
        if name and name.casefold() not in seen and not _HAS_DIGIT.search(name) \
                and not _common_noun_phrase(name) and not (seen and _role_title(name)):
            seen[name.casefold()] = name
    return "; ".join(seen.values()) or None


#: Last words of a byline's role or desk after a name ("By Priya Raman, Senior Medical
#: Correspondent", "… and Tom Reed, Science Desk"), which a page's author field splits
#: off as if it were a second author.
ROLE_TITLE_ENDS = frozenset({"correspondent", "editor", "reporter", "writer", "desk",
                             "columnist", "contributor", "producer", "journalist"})


def _role_title(name: str) -> bool:
    """Whether an author field's part is a role or a desk, not a person ("Science Desk")."""
    words = name.split()
    return bool(words) and words[-1].lower().strip(".,") in ROLE_TITLE_ENDS


#: "By" before a byline's names.
_BY = re.compile(r"^by\s+", re.IGNORECASE)
#: Credits after the author's names that are not authorship ("Rob Ewaschuk Edited by
#: Betsy Beyer", "… Photographs by …").
_OTHER_CREDIT = re.compile(r"(?:^|[\s,;|]+)(?:(?:edited|photographs?|photos?|illustrations?|"
                           r"illustrated|translated|graphics?|additional reporting)\s+by)\b.*$",
                           re.IGNORECASE)
# A digit: a date or a time where a name should be ("November 8", "8 Nov", "10:15").
_HAS_DIGIT = re.compile(r"\d")
#: Lower-case words a name may hold ("Ana de la Cruz", "Vincent van Gogh", "Bank of
#: England", "Smith and Jones").
NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la",
                            "le", "van", "von", "der", "den", "ter", "bin", "binti", "al", "el",
                            "y", "e", "und", "and", "of", "the", "for"})
#: Lower-case words of a newsroom's credit ("Reuters staff", "Staff reporter").
CREDIT_WORDS = frozenset({"staff", "reporter", "reporters", "correspondent", "correspondents",
                          "desk", "editors", "team", "writer", "writers"})


def _common_noun_phrase(name: str) -> bool:
    """Whether an author field holds a lower-case word that is no name particle.

    Page metadata takes its author from elements whose class holds "author", and
    a page's "Authority control" box is no author; a newsroom's credit ("Reuters
    staff") is kept.
    A name written all in lower case (a user name, "jdoe") is kept.
    """
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    if not words or all(word.islower() for word in words):
        return False
    return any(word.islower() and word not in NAME_PARTICLES and word not in CREDIT_WORDS
               for word in words)
