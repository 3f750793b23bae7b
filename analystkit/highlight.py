"""Highlight spans of article text as HTML, escaping everything else.

Widgets show claims with their hedge cues, figures and search hits marked.
Every character of article text goes through :func:`html.escape`; only the
``<mark>`` tags written here are markup.

>>> mark_spans("a <b> may c", [(6, 9, "hedge")])
'a &lt;b&gt; <mark class="ak-hedge" style="background:#FBDFA0">may</mark> c'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from ._palette import MARK_COLORS

Span = tuple[int, int, str]


def mark_spans(text: str, spans: Iterable[Span]) -> str:
    """Return ``text`` as escaped HTML with the given spans wrapped in ``<mark>``.

    Parameters
    ----------
    text : str
        Plain text (from the article); it is escaped.
    spans : iterable of (start, end, kind)
        Character offsets into ``text`` and a kind (``"hedge"``, ``"figure"``,
        ``"search"`` or any name; unknown kinds get no background). When spans
        overlap, the one listed first wins and later ones are dropped.

    Returns
    -------
    str
        HTML safe to put inside an element.
    """
    chosen: list[Span] = []
    for start, end, kind in spans:
        start, end = max(0, int(start)), min(len(text), int(end))
        if start >= end or any(start < e and s < end for s, e, _ in chosen):
            continue
        chosen.append((start, end, kind))
    chosen.sort()
    out, pos = [], 0
    for start, end, kind in chosen:
        out.append(escape(text[pos:start]))
        style = f' style="background:{MARK_COLORS[kind]}"' if kind in MARK_COLORS else ""
        out.append(f'<mark class="ak-{escape(kind)}"{style}>{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def phrase_spans(text: str, phrases: Iterable[str], kind: str, *,
                 whole_words: bool = True) -> list[Span]:
    """Find every occurrence of some phrases in ``text``, ignoring case.

    Parameters
    ----------
    text : str
        Text to search.
    phrases : iterable of str
        Words or phrases (e.g. hedge cues "may", "is rumored"); spaces inside
        a phrase match any run of whitespace. Empty phrases are ignored.
    kind : str
        Kind given to every span found.
    whole_words : bool, default True
        Match whole words only ("may" does not match "mayor").

    Returns
    -------
    list of (start, end, kind)
        In order of position.
    """
    words = [p.split() for p in phrases if p and p.strip()]
    if not words:
        return []
    alternatives = sorted((r"\s+".join(map(re.escape, w)) for w in words), key=len, reverse=True)
    body = "|".join(alternatives)
    pattern = rf"(?<![\w-])(?:{body})(?![\w-])" if whole_words else f"(?:{body})"
    return [(m.start(), m.end(), kind) for m in re.finditer(pattern, text, re.IGNORECASE)]


def cue_list(hedge_cues: object) -> list[str]:
    """Split a ``claims.hedge_cues`` value ("may, potentially") into cues."""
    if not isinstance(hedge_cues, str):
        return []
    return [c.strip() for c in hedge_cues.split(",") if c.strip()]
