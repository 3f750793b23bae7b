"""A JSON article record (.json) → article text, plus the metadata the record carries.

Scrapers, readers and news APIs save an article as one JSON object: its text
(plain, HTML or Markdown) beside its title, authors, date, address and outlet.
newspaper4k and news-please, trafilatura's ``--json``, Readability.js, Firecrawl,
Diffbot, the Guardian's content API and schema.org ``NewsArticle`` JSON-LD all
write one, each with field names of its own. The object may be the whole file
or sit inside a wrapper that holds one article (``{"article": {…}}``,
``{"response": {"content": {…}}}``, a list of one, a JSON-LD ``@graph``).

Field names are compared without case or punctuation ("publishedAt",
"published_at" and "published-at" are one name). A body in HTML is read by the
HTML reader; a body in Markdown keeps its headings and lists; a plain body with
no blank lines has one paragraph per line. A file of many articles (a list, JSON
Lines) is refused with a clear error: one file is one article.
"""

from __future__ import annotations

import ast
import datetime
import html
import json
import re
from collections.abc import Iterator
from typing import Any

from .errors import DocumentReadError, EmptyArticleError

#: Fields that hold an article's text, in order of preference (normalised names:
#: lower case, letters and digits only). The first present is read, except that a
#: body in HTML or Markdown is preferred to a plain one: its headings, lists and
#: paragraphs survive (the Guardian's "bodyText" and Readability's "textContent"
#: run all paragraphs into one line; their "body" and "content" keep them).
BODY_FIELDS = (
    "articlebody",  # schema.org NewsArticle
    "markdown",  # Firecrawl, Jina Reader
    "body", "bodyhtml", "bodytext",  # the Guardian, many CMS exports
    "text", "textcleaned",  # newspaper3k / newspaper4k, Diffbot, trafilatura
    "maintext",  # news-please
    "content", "contenthtml", "contentencoded",  # Readability.js, NewsAPI, RSS items
    "html", "articlehtml",  # Diffbot, newspaper4k with its article's HTML
    "fulltext", "articletext", "plaintext", "rawtext", "textcontent",
)
#: Fields of the record's metadata, by the ``articles`` column each one fills, in
#: order of preference.
META_FIELDS = {
    "title": ("title", "headline", "webtitle", "ogtitle"),
    "author": ("authors", "author", "byline", "bylines", "creator", "creators"),
    "published": ("publishdate", "published", "publishedat", "datepublished", "datepublish",
                  "publishedtime", "articlepublishedtime", "webpublicationdate",
                  "publicationdate", "pubdate", "firstpublished", "date"),
    "url": ("url", "canonicallink", "canonicalurl", "canonical", "weburl", "pageurl",
            "articleurl", "sourceurl", "link"),
    "outlet": ("sitename", "metasitename", "ogsitename", "sourcename", "publisher",
               "publication", "outlet", "source", "sourcedomain", "hostname", "domain"),
    "language": ("language", "lang", "inlanguage", "metalang"),
    "tags": ("keywords", "tags", "metakeywords", "categories"),
}
#: Objects inside the record whose fields are the record's too: the Guardian's
#: "fields", Firecrawl's "metadata".
NESTED_FIELDS = ("fields", "metadata", "meta")
#: Fields of a nested object (an author, a publisher, a headline) that name it.
NAME_FIELDS = ("name", "main", "title", "original", "text", "value", "displayname")
#: How deep a wrapper is searched for the article in it.
MAX_WRAPPER_DEPTH = 4
#: A body that is HTML: one of the tags that lay out an article's text.
_HTML_BODY = re.compile(r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table|article|section|figure)"
                        r"\b[^>]*>", re.IGNORECASE)
#: A body that is Markdown: a heading line or a link.
_MARKDOWN_BODY = re.compile(r"^#{1,6}[ \t]+\S|\[[^\]\n]+\]\((?:https?:|/)", re.MULTILINE)
#: A news API's preview of the text, cut with a count of what is missing
#: (NewsAPI: "… [+3127 chars]").
_CUT_BODY = re.compile(r"(?:…|\.\.\.)?\s*\[\+\d+ chars?\]\s*$")
#: A JSON-LD type that is an article ("NewsArticle", "ReportageNewsArticle", "BlogPosting").
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report", re.IGNORECASE)


def json_to_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """Read an article's text and metadata from a JSON record.

    Parameters
    ----------
    data : bytes
        The .json file's bytes (UTF-8, UTF-16 or another encoding analystkit
        reads text in).
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        The article's text and ``title``, ``author`` ("; "-separated),
        ``published``, ``url``, ``outlet``, ``language`` and ``tags`` (None where
        the record has none), with ``text_format``: how the text is laid out
        (``"html"`` when it was written from an HTML body, ``"markdown"`` or
        ``"text"``).

    Raises
    ------
    DocumentReadError
        Not valid JSON; JSON Lines or a list of several articles; no field of
        article text; a body cut short by a news API.
    NotTextError
        Binary data.
    EmptyArticleError
        The article's text is empty.
    """
    from .reading import decode_bytes

    text, _ = decode_bytes(data, source)
    try:
        value = json.loads(text)
    except RecursionError:
        raise DocumentReadError(source, "JSON nested too deeply to read") from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            raise DocumentReadError(source, "holds several JSON objects (JSON Lines?); "
                                    "analystkit reads one article per file") from exc
        raise DocumentReadError(source, f"not valid JSON: {exc.msg} at line {exc.lineno}, "
                                        f"column {exc.colno}") from exc
    record = _article_record(value, source)
    fields = _fields(record)
    body_name, body = _body(fields, source)
    meta = {column: _meta_value(column, fields, names) for column, names in META_FIELDS.items()}
    title = meta["title"]
    # The title goes over the text, where a page or a file prints it, unless the text
    # opens with it already: it is the article's headline.
    headed = title is None or _opens_with(body, title)
    if _HTML_BODY.search(body):
        from .htmltext import html_to_text

        heading = "" if headed else f"<h1>{html.escape(title or '')}</h1>"
        text, page_meta = html_to_text(
            f"<html><body><article>{heading}{body}</article></body></html>", source)
        meta = {key: meta.get(key) or page_meta.get(key) for key in (*meta, *page_meta)}
        meta["text_format"] = "html"
    elif body_name == "markdown" or _MARKDOWN_BODY.search(body):
        text = body if headed else f"# {title}\n\n{body}"
        meta["text_format"] = "markdown"
    else:
        # scrapers write a paragraph a line; no body is wrapped at a column
        text = body if "\n\n" in body else body.replace("\n", "\n\n")
        text = text if headed else f"{title}\n\n{text}"
        meta["text_format"] = "text"
    if not text.strip():
        raise EmptyArticleError(source, f"the article's text ({body_name!r}) is empty")
    return text, meta


def _article_record(value: Any, source: str) -> dict[str, Any]:
    """Return the JSON object that holds the article, from the file's value or its wrapper."""
    if not isinstance(value, (dict, list)):
        raise DocumentReadError(source, f"holds a JSON {type(value).__name__}, not an "
                                        "article record (an object with its text)")
    level: list[Any] = [value]
    for _ in range(MAX_WRAPPER_DEPTH + 1):
        records = [item for item in level if isinstance(item, dict) and _is_article(item)]
        if len(records) == 1:
            return records[0]
        if len(records) > 1:
            raise DocumentReadError(source, f"holds {len(records)} articles; analystkit reads "
                                            "one article per file (save each in a file of "
                                            "its own)")
        level = [child for item in level for child in _children(item)]
        if not level:
            break
    if isinstance(value, dict):
        found = next(((key, text) for key, text in _own_and_nested(value)
                      if _normalised(key) in BODY_FIELDS), None)
        if found is not None and isinstance(found[1], (str, list)):
            raise EmptyArticleError(source, f"the article's text ({found[0]!r}) is empty")
        if found is not None:
            kind = {int: "a number", float: "a number", bool: "true or false", dict: "an object",
                    type(None): "null"}.get(type(found[1]), type(found[1]).__name__)
            raise DocumentReadError(source, f"the article's text field {found[0]!r} holds "
                                            f"{kind}, not text")
    if isinstance(value, dict):
        holds = "the record holds " + (", ".join(sorted(map(str, value))[:12]) or "no fields")
    else:
        holds = f"the file holds a list of {len(value)} values" if value \
            else "the file holds an empty list"
    raise DocumentReadError(source, "no article text found: no field such as articleBody, "
                                    f"text, body or content ({holds})")


def _opens_with(body: str, title: str) -> bool:
    """Whether the body's first line is the title already (a page's text often opens so)."""
    from .structure import normalised_words

    opening = re.sub(r"<[^>]*>", "\n", body[:len(title) * 3 + 200]).lstrip(" \t\n#")
    return normalised_words(opening.split("\n", 1)[0]) == normalised_words(title)


def _children(value: Any) -> Iterator[Any]:
    """Yield the objects and lists directly inside a JSON object or list."""
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) \
        else ()
    return (item for item in items if isinstance(item, (dict, list)))


def _is_article(record: dict[str, Any]) -> bool:
    """Whether an object holds an article's text (a JSON-LD object must be an article)."""
    kind = record.get("@type")
    if kind is not None and not any(_ARTICLE_TYPE.search(str(k)) for k in
                                    (kind if isinstance(kind, list) else [kind])):
        return False
    return any(_normalised(key) in BODY_FIELDS and _has_text(value)
               for key, value in _own_and_nested(record))


def _own_and_nested(record: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield the record's fields, then those of its nested field objects (NESTED_FIELDS)."""
    yield from record.items()
    for key, value in record.items():
        if _normalised(key) in NESTED_FIELDS and isinstance(value, dict):
            yield from value.items()


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record's fields by normalised name; the record's own win over nested ones."""
    fields: dict[str, Any] = {}
    for key, value in _own_and_nested(record):
        fields.setdefault(_normalised(key), value)
    return fields


def _normalised(key: object) -> str:
    """Return a field name without case or punctuation ("published_at" → "publishedat")."""
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


def _has_text(value: Any) -> bool:
    """Whether a body field holds text: a non-empty string or list of paragraphs."""
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and any(_paragraph(item) for item in value)


def _body(fields: dict[str, Any], source: str) -> tuple[str, str]:
    """Return the name and text of the body field read (BODY_FIELDS)."""
    present = [(name, _body_text(fields[name])) for name in BODY_FIELDS
               if name in fields and _has_text(fields[name])]
    laid_out = [(name, body) for name, body in present
                if name == "markdown" or _HTML_BODY.search(body)]
    name, body = (laid_out or present)[0]
    if _CUT_BODY.search(body):
        raise DocumentReadError(source, f"the article's text ({name!r}) is cut short, as a "
                                        "news API's preview is; save the full text")
    return name, body


def _body_text(value: Any) -> str:
    """Return a body's text: the string, or a list's paragraphs with blank lines between."""
    if isinstance(value, str):
        return value
    return "\n\n".join(filter(None, (_paragraph(item) for item in value)))


def _paragraph(item: Any) -> str:
    """Return a paragraph of a list body: a string, or an object's text ("## " a heading)."""
    if isinstance(item, str):
        return item.strip()
    if not isinstance(item, dict):
        return ""
    text = _name_of(item)
    kind = str(item.get("type", "")).lower()
    return f"## {text}" if text and "head" in kind else text


def _meta_value(column: str, fields: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """Return the first of ``names`` with a value, written as the ``articles`` column holds it."""
    from .frontmatter import iso_date

    for name in names:
        value = fields.get(name)
        if column == "published" and _epoch(value) is not None:
            return _epoch(value)
        values = _values(value)
        if column == "author":
            values = [_person(value) for value in values]
        values = [value for value in values if value]
        if not values:
            continue
        if column == "published":
            return str(iso_date(values[0]))
        return ("; " if column == "author" else ", ").join(dict.fromkeys(values))
    return None


#: Seconds since 1970 a timestamp may hold, from 2001-09-09 to 2286-11-20: a number
#: of ten digits is seconds, of thirteen milliseconds (JavaScript's Date.now()).
EPOCH_SECONDS = (10**9, 10**10)


def _epoch(value: Any) -> str | None:
    """Return a timestamp in seconds or milliseconds since 1970 as ISO date and time."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not -EPOCH_SECONDS[1] * 1000 < value < EPOCH_SECONDS[1] * 1000:
        return None  # also 10**400 and infinity, which no clock shows
    seconds = value / 1000 if value >= EPOCH_SECONDS[1] * 100 else value
    if not EPOCH_SECONDS[0] <= seconds < EPOCH_SECONDS[1]:
        return None
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    return moment.isoformat(timespec="seconds")


def _values(value: Any) -> list[str]:
    """Return a field's value as strings: a string, a list of strings or named objects."""
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        value = _listed(value)  # a list saved as its printed form ("['Ann Lee']")
    items = value if isinstance(value, list) else [value]
    strings = [item if isinstance(item, str) else _name_of(item) if isinstance(item, dict)
               else "" for item in items]
    return [" ".join(item.split()) for item in strings if item and item.strip()]


def _listed(printed: str) -> Any:
    """Return a list written out as text ("['Ann Lee']") read, else the text itself."""
    for parse in (json.loads, ast.literal_eval):
        try:
            value = parse(printed)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            continue
        if isinstance(value, list):
            return value
    return printed


def _name_of(item: dict[str, Any]) -> str:
    """Return the name of a nested object (an author, a publisher) or a headline's text."""
    for key, value in item.items():
        if _normalised(key) in NAME_FIELDS and isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _person(written: str) -> str:
    """Return an author field's names: a byline's ("By Ann Lee and Bo Kim") or as given."""
    from .structure import byline_names

    if re.match(r"by\s", written, re.IGNORECASE):
        return byline_names(written) or ""
    return written
