"""Display: the HTML summary card shown for an Article in Jupyter.

Every piece of article text goes through :func:`html.escape`; nothing from an
article is ever written into the page as markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article

_STYLE = ("font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:6px;"
          "padding:10px 14px;max-width:760px")
#: How many claims the card previews.
CARD_CLAIMS = 3


def article_card(article: Article) -> str:
    """Return a compact HTML card: headline, counts and the first claims, all escaped."""
    ex = article._records.extraction
    meta = article._records.meta
    facts = [("claims", len(ex.claims)), ("hedged", sum(bool(c.hedge_cues) for c in ex.claims)),
             ("figures", len(ex.figures)), ("sources", len(ex.sources)),
             ("citations", len(ex.citations)), ("blocks", len(article._records.blocks))]
    counts = " · ".join(f"<b>{n}</b> {escape(label)}" for label, n in facts)
    details = " · ".join(escape(str(meta[key])) for key in ("outlet", "published", "language")
                         if meta.get(key))
    items = "".join(_claim_item(c.text, c.hedge_cues) for c in ex.claims[:CARD_CLAIMS])
    more = len(ex.claims) - CARD_CLAIMS
    more_line = (f"<div style='color:#666'>… and {more} more claims in <code>.claims</code></div>"
                 if more > 0 else "")
    heading = escape(article.headline or article.title or "(no headline)")
    return (
        f"<div class='analystkit-card' style='{_STYLE}'>"
        f"<div style='color:#666;font-size:90%'>{escape(article.article_id)}"
        f"{' · ' + details if details else ''}</div>"
        f"<div style='font-size:120%;font-weight:600;margin:4px 0'>{heading}</div>"
        f"<div>{counts}</div><ul style='margin:6px 0'>{items}</ul>{more_line}</div>"
    )


def _claim_item(text: str, cues: list[str]) -> str:
    hedged = f" <i>(hedged: {escape(', '.join(cues))})</i>" if cues else ""
    return f"<li>{escape(text)}{hedged}</li>"
