"""HTML → article text: the main text of a page, as light Markdown, plus its metadata.

Main-text extraction is trafilatura's (the benchmark leader for news pages);
its Markdown keeps headings, lists and paragraph breaks, which the structure
step reads. Pages trafilatura cannot read (deeply nested or fragmentary HTML)
fall back to a streaming pass of the standard library's HTMLParser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .errors import EmptyArticleError

_ESCAPES = re.compile(r"\\([\[\]*_#`>|()!+-.])")
_SUP = re.compile(r"<sup>\s*(\[[^\]<>]{1,40}\])\s*</sup>")
_EDIT_LINKS = re.compile(r"\[edit\]", re.IGNORECASE)
_LEFTOVER_TAG = re.compile(r"</?(?:sup|sub|span|br)\b[^<>]{0,200}>", re.IGNORECASE)
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header "
                        "footer blockquote pre title".split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_METADATA_FIELDS = ("title", "author", "date", "url", "sitename", "description")


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
        between paragraphs) and a dict with ``title``, ``author``, ``published``,
        ``url``, ``outlet`` and ``description`` (None where the page has none).

    Raises
    ------
    EmptyArticleError
        The page holds no readable text.
    """
    meta: dict[str, str | None] = dict.fromkeys(("title", "author", "published", "url", "outlet",
                                                 "description"))
    text = None
    try:
        import trafilatura

        text = trafilatura.extract(html, output_format="markdown", include_links=False,
                                   include_tables=False, include_comments=False,
                                   include_formatting=False, deduplicate=False)
        found = trafilatura.extract_metadata(html)
        if found is not None:
            for name in _METADATA_FIELDS:
                value = getattr(found, name, None)
                key = {"date": "published", "sitename": "outlet"}.get(name, name)
                meta[key] = str(value).strip() if value else None
    except (ValueError, RecursionError, MemoryError, TypeError):
        text = None
    if text:
        text = clean_markdown(text)
    if not text or not text.strip():
        text = _plain_text(html)
    if not text.strip():
        raise EmptyArticleError(source, "the HTML page holds no readable text")
    return text, meta


def clean_markdown(text: str) -> str:
    """Undo trafilatura's Markdown escapes and keep citation markers as ``[n]``."""
    text = _SUP.sub(lambda m: _ESCAPES.sub(r"\1", m.group(1)), text.replace("\\[", "[").replace("\\]", "]"))
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
