"""Charts of an article's tables, with matplotlib.

Every function takes an :class:`~analystkit.Article`, a Corpus or a mapping
of table name → DataFrame (``art.tables()``), draws one chart with a title,
labelled axes and a fixed size, and returns the matplotlib ``Figure`` (its
axes are ``fig.axes``). Pass ``ax=`` to draw into axes of your own.

Colours are shared by every chart and widget: :data:`KIND_COLORS` for block
kinds and :data:`HEDGE_COLORS` for hedged/asserted claims.

>>> import analystkit as ak
>>> art = ak.load_article("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
>>> fig = ak.plot.citation_matrix(art)  # doctest: +SKIP

This module imports matplotlib; ``import analystkit`` does not, and loads
``analystkit.plot`` on first use of ``ak.plot``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from . import insights
from ._palette import (
    CITED_COLORS,
    HEDGE_COLORS,
    KIND_COLORS,
    OUTSIDE_COLOR,
    REPEAT_HATCH,
    ROLE_COLORS,
    SEVERITY_COLORS,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "CITED_COLORS", "HEDGE_COLORS", "KIND_COLORS", "ROLE_COLORS", "SEVERITY_COLORS",
    "audit_summary", "blocks_by_kind", "citation_matrix", "claims_by_section",
    "claims_per_source", "figures_by_subject", "page_map", "sources_per_claim",
]

_TEXT_COLOR = "#333333"
_EMPTY_COLOR = "#F2F2F2"


# -- helpers ------------------------------------------------------------------
def _axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    return fig, ax


@cache
def _font_has():
    from matplotlib import font_manager, rcParams

    family = rcParams["font.family"]
    path = font_manager.findfont(font_manager.FontProperties(family=family))
    font = font_manager.get_font(path)
    return lambda ch: ch.isspace() or bool(font.get_char_index(ord(ch)))


def _label(text: Any, width: int = 40) -> str:
    """Shorten article text for a tick label, dropping glyphs the font lacks.

    Emoji such as flags would otherwise make matplotlib warn on stderr.
    """
    has = _font_has()
    if not isinstance(text, str):
        return ""
    drawable = "".join(ch for ch in text if has(ch))
    if text.strip() and not drawable.strip():
        return UNDRAWABLE_LABEL  # Chinese text without a CJK font: never an empty label
    return insights.shorten(drawable, width)


#: A label whose every character the chart's font lacks (Chinese or Arabic text where no
#: font for it is installed).
UNDRAWABLE_LABEL = "(text the chart font cannot draw)"


def _legend(ax: Axes, handles: list | None = None, *, below: bool = False) -> None:
    """Put the legend outside the plotting area (right, or below for wide strips)."""
    kwargs: dict[str, Any] = {"frameon": False, "fontsize": 9}
    if handles is not None and not handles:
        return  # nothing to name: an empty chart
    if handles is not None:
        kwargs["handles"] = handles
    if below:
        n = len(handles) if handles is not None else 3
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=min(n, 7), **kwargs)
    else:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), **kwargs)


def _mark_hedged_ticks(ax: Axes, labels: list[str], hedged: list[bool]) -> None:
    """Colour the y tick labels of hedged claims with the hedged colour."""
    is_hedged = dict(zip(labels, hedged, strict=True))
    for tick in ax.get_yticklabels():
        if is_hedged.get(tick.get_text()):
            tick.set_color(HEDGE_COLORS["hedged"])
            tick.set_fontweight("bold")


def _finish(ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold", color=_TEXT_COLOR)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _one_article(data: Any, article_id: str | None) -> tuple[Any, str]:
    ids = insights.article_ids(data)
    if not ids:
        raise ValueError("no article in the data")
    aid = article_id or ids[0]
    if aid not in ids:
        raise ValueError(f"no article {aid!r} in the data (it has {', '.join(ids[:5])}…)")
    return insights._subset(data, aid), aid


def _stacked_barh(ax: Axes, labels: list[str], parts: list[tuple[str, list[float], str]],
                  *, hatches: dict[str, str] | None = None) -> None:
    """Draw horizontal stacked bars, first label at the top."""
    y = np.arange(len(labels))[::-1]
    left = np.zeros(len(labels))
    for name, values, color in parts:
        values = np.asarray(values, dtype=float)
        ax.barh(y, values, left=left, color=color, label=name, height=0.7,
                hatch=(hatches or {}).get(name), edgecolor="white", linewidth=0.8)
        left += values
    ax.set_yticks(y, labels)


# -- blocks -------------------------------------------------------------------
def page_map(data: Any, *, article_id: str | None = None, ax: Axes | None = None,
             figsize: tuple[float, float] = (10, 2.6)) -> Figure:
    """Draw the page as a strip of blocks in reading order, coloured by kind.

    Each block is a bar as wide as its text (in characters); repeated blocks
    are hatched. Block ids are written on the wider bars.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``blocks`` table comes from.
    article_id : str, optional
        Which article to draw when ``data`` holds several (default: the first).
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (10, 2.6)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        One bar patch per block in ``fig.axes[0].patches``.
    """
    tables, aid = _one_article(data, article_id)
    blocks = tables["blocks"]
    if blocks.empty:
        raise ValueError(f"article {aid!r} has no blocks to draw")
    fig, ax = _axes(ax, figsize)
    total = int(blocks["end"].max()) if len(blocks) else 0
    for b in blocks.itertuples(index=False):
        width = int(b.end) - int(b.start)
        repeated = not insights._isna(b.duplicate_of)
        ax.barh(0, width, left=int(b.start), height=0.8, color=KIND_COLORS.get(str(b.kind), "#999"),
                edgecolor="white", linewidth=0.8, hatch=REPEAT_HATCH if repeated else None)
        if total and width >= 0.025 * total:
            ax.text(int(b.start) + width / 2, 0, str(int(b.block_id)), ha="center", va="center",
                    fontsize=8, color="white", fontweight="bold")
    present = [k for k in KIND_COLORS if k in set(blocks["kind"].astype(str))]
    handles = [Patch(color=KIND_COLORS[k], label=k) for k in present]
    if blocks["duplicate_of"].notna().any():
        handles.append(Patch(facecolor="white", edgecolor="#666", hatch=REPEAT_HATCH,
                             label="repeat"))
    _legend(ax, handles, below=True)
    ax.set_xlim(0, max(total, 1))
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    _finish(ax, f"What the page is made of: {len(blocks)} blocks in reading order",
            "characters from the top of the page", "blocks")
    return fig


def blocks_by_kind(data: Any, *, by: str = "kind", ax: Axes | None = None,
                   figsize: tuple[float, float] = (8, 4)) -> Figure:
    """Draw how many characters of the page each block kind (or role) takes.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``blocks`` table comes from.
    by : {"kind", "role"}, default "kind"
        One bar per block kind, or per role (claim text, structure,
        references, padding, repetition; see :func:`analystkit.insights.block_composition`).
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (8, 4)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Bars for first occurrences, and hatched bars stacked on them for
        characters in repeated blocks (when ``by="kind"``).
    """
    comp = insights.block_composition(data, by=by)
    fig, ax = _axes(ax, figsize)
    labels = list(comp[by])
    palette = KIND_COLORS if by == "kind" else ROLE_COLORS
    first = comp["chars"] - comp["repeated_chars"] if by == "kind" else comp["chars"]
    y = np.arange(len(labels))[::-1]
    colors = [palette.get(label, "#999") for label in labels]
    ax.barh(y, first, color=colors, height=0.7, edgecolor="white")
    if by == "kind" and comp["repeated_chars"].any():
        some = (comp["repeated_chars"] > 0).to_numpy()
        ax.barh(y[some], comp["repeated_chars"][some], left=first[some],
                color=[c for c, s in zip(colors, some, strict=True) if s], height=0.7,
                edgecolor="white", hatch=REPEAT_HATCH, alpha=0.6)
        _legend(ax, [Patch(facecolor="white", edgecolor="#666", hatch=REPEAT_HATCH,
                           label="in repeated blocks")])
    elif by == "role":
        for bar, label in zip(ax.patches, labels, strict=True):
            if label == "repetition":
                bar.set_hatch(REPEAT_HATCH)
    for yi, chars, share, n in zip(y, comp["chars"], comp["share"], comp["blocks"], strict=True):
        ax.text(chars, yi, f"  {chars:,} ({share:.0%}, {n} block{'s' if n != 1 else ''})",
                va="center", fontsize=9, color=_TEXT_COLOR)
    ax.set_yticks(y, labels)
    ax.set_xlim(0, comp["chars"].max() * 1.45 if len(comp) else 1)
    what = "block kind" if by == "kind" else "role"
    _finish(ax, f"Where the page's characters go, by {what}", "characters", what)
    return fig


# -- claims -------------------------------------------------------------------
def claims_by_section(data: Any, *, by: str = "section", split: str = "hedged",
                      ax: Axes | None = None, figsize: tuple[float, float] = (8, 3.5)) -> Figure:
    """Draw the number of claims per section (or bullet), split hedged/asserted or cited/uncited.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``claims`` and ``citations`` tables come from.
    by : {"section", "label"}, default "section"
        Group by the nearest heading (``(lead)`` before the first one) or by
        bullet lead-in.
    split : {"hedged", "cited"}, default "hedged"
        Split each bar into asserted/hedged (:data:`HEDGE_COLORS`) or
        cited/uncited (:data:`CITED_COLORS`) claims.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (8, 3.5)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Two bar containers (one per part of the split), one bar per group.
    """
    if split not in ("hedged", "cited"):
        raise ValueError(f"split must be 'hedged' or 'cited', not {split!r}")
    counts = insights.claims_by_section(data, by=by)
    fig, ax = _axes(ax, figsize)
    labels = [_label(g, 38) for g in counts["group"]]
    if split == "hedged":
        parts = [("asserted", list(counts["asserted"]), HEDGE_COLORS["asserted"]),
                 ("hedged", list(counts["hedged"]), HEDGE_COLORS["hedged"])]
    else:
        parts = [("cited", list(counts["cited"]), CITED_COLORS["cited"]),
                 ("uncited", list(counts["uncited"]), CITED_COLORS["uncited"])]
    _stacked_barh(ax, labels, parts)
    for yi, total in zip(np.arange(len(labels))[::-1], counts["claims"], strict=True):
        ax.text(total, yi, f" {total}", va="center", fontsize=9, color=_TEXT_COLOR)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(int(counts["claims"].max()) if len(counts) else 1, 1) * 1.15)
    _legend(ax)
    first, second = (("asserted", "hedged") if split == "hedged" else ("cited", "uncited"))
    group = "section" if by == "section" else "bullet (lead-in)"
    _finish(ax, f"Claims by {'section' if by == 'section' else 'bullet'}: {first} vs {second}",
            "claims", group)
    return fig


def sources_per_claim(data: Any, *, ax: Axes | None = None, max_claims: int = 60,
                      figsize: tuple[float, float] | None = None) -> Figure:
    """Draw how many sources each claim cites, coloured hedged/asserted.

    Claims citing nothing are marked "uncited"; a dashed line marks the
    single-source threshold.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``claims`` table comes from.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    max_claims : int, default 60
        Draw at most this many claims (the first, in reading order).
    figsize : (float, float), optional
        Size of a new figure; by default 8 inches wide and tall enough for
        one row per claim.

    Returns
    -------
    matplotlib.figure.Figure
        One bar per claim.
    """
    everything = insights.claim_overview(data)
    overview = everything.head(max_claims)
    shown = (f" (the first {len(overview)} of {len(everything)} claims)"
             if len(overview) < len(everything) else "")
    multi = len(insights.article_ids(data)) > 1
    fig, ax = _axes(ax, figsize or (8, min(1.2 + 0.3 * max(len(overview), 3), 20)))
    labels = [f"{insights.claim_label(a, c, multi)} {_label(t, 42)}" for a, c, t in
              zip(overview["article_id"], overview["claim_id"], overview["text"], strict=True)]
    y = np.arange(len(labels))[::-1]
    n = overview["n_sources"].fillna(0).astype(int).to_numpy()
    colors = [HEDGE_COLORS["hedged" if h else "asserted"] for h in overview["hedged"]]
    ax.barh(y, n, color=colors, height=0.7, edgecolor="white")
    for yi, value in zip(y, n, strict=True):
        ax.text(value, yi, "  uncited" if value == 0 else f" {value}", va="center", fontsize=8,
                color=CITED_COLORS["uncited"] if value == 0 else _TEXT_COLOR)
    ax.axvline(1, color="#888", linestyle="--", linewidth=0.8)
    ax.set_yticks(y, labels, fontsize=8)
    _mark_hedged_ticks(ax, labels, list(overview["hedged"].astype(bool)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(int(n.max()) if len(n) else 1, 1) + 1)
    _legend(ax, [Patch(color=HEDGE_COLORS[k], label=k) for k in HEDGE_COLORS])
    _finish(ax, "How many sources back each claim" + shown, "sources cited", "claim")
    return fig


# -- figures ------------------------------------------------------------------
def figures_by_subject(data: Any, *, kinds: tuple[str, ...] | None = None, ax: Axes | None = None,
                       figsize: tuple[float, float] = (8, 3.5)) -> Figure:
    """Draw how often each thing is counted, split by where the number stands.

    One bar per subject ("North Korean workers", "troops"; numbers without a
    subject are grouped by kind, e.g. "(year)"), as long as the number of
    mentions, split into mentions in asserted claims, in hedged claims and
    outside any claim (title, source list); the numbers as printed are
    written at the end of each bar.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``figures``, ``claims`` and ``blocks`` tables come from.
    kinds : tuple of str, optional
        Only figures of these kinds (``"count"``, ``"money"``, …); all by default.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (8, 3.5)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Three bar containers (asserted, hedged, outside claims).
    """
    figures = insights.figure_places(data)
    if kinds is not None:
        kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)  # "count" alone too
        figures = figures[figures["kind"].astype(str).isin(kinds)]
    subjects = [s if isinstance(s, str) and s else f"({k})"
                for s, k in zip(figures["subject"], figures["kind"].astype(str), strict=True)]
    figures = figures.assign(_subject=subjects)
    order = list(dict.fromkeys(subjects))
    fig, ax = _axes(ax, figsize)
    contexts = [("asserted", HEDGE_COLORS["asserted"]), ("hedged", HEDGE_COLORS["hedged"]),
                ("outside claims", OUTSIDE_COLOR)]
    parts = []
    for name, color in contexts:
        counts = figures[figures["context"] == name].groupby("_subject").size()
        parts.append((name, [int(counts.get(s, 0)) for s in order], color))
    _stacked_barh(ax, [_label(s, 32) for s in order], parts)
    totals = figures.groupby("_subject").size()
    for yi, subject in zip(np.arange(len(order))[::-1], order, strict=True):
        texts = " · ".join(dict.fromkeys(figures.loc[figures["_subject"] == subject, "text"]))
        ax.text(totals[subject], yi, f"  {_label(texts, 40)}", va="center", fontsize=9,
                color=_TEXT_COLOR)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, (int(totals.max()) if len(totals) else 1) * 1.8)
    _legend(ax)
    _finish(ax, "What the numbers count: mentions by subject", "mentions",
            "what is counted (subject)")
    return fig


# -- sources ------------------------------------------------------------------
def citation_matrix(data: Any, *, ax: Axes | None = None, max_claims: int = 60,
                    figsize: tuple[float, float] | None = None) -> Figure:
    """Draw the claim × source citation matrix as a heatmap.

    A cell is filled when the claim cites the source: blue for an asserted
    claim, orange for a hedged one (:data:`HEDGE_COLORS`). Column labels give
    each source's claim count; row ends give each claim's source count, so
    uncited claims (empty rows) and unused sources (empty columns) stand out.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``claims``, ``sources`` and ``citations`` tables come from.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    max_claims : int, default 60
        Draw at most this many claims (the first, in reading order).
    figsize : (float, float), optional
        Size of a new figure; by default sized to the matrix.

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.axes[0].images[0]`` is the heatmap; its array has one row per
        claim and one column per source (0 = not cited, 1 = cited by an
        asserted claim, 2 = cited by a hedged claim). An article with no
        claims or no source list gets no heatmap: the chart says so.
    """
    everything = insights.claim_overview(data)
    overview = everything.head(max_claims)
    support = insights.source_support(data)
    citations = insights.table(data, "citations")
    multi = len(insights.article_ids(data)) > 1
    rows = {(str(a), int(c)): i for i, (a, c) in
            enumerate(zip(overview["article_id"], overview["claim_id"], strict=True))}
    cols = {(str(a), int(s)): j for j, (a, s) in
            enumerate(zip(support["article_id"], support["source_id"], strict=True))}
    matrix = np.zeros((len(rows), len(cols)), dtype=int)
    hedged = list(overview["hedged"].astype(bool))
    for aid, cid, sid in citations[["article_id", "claim_id", "source_id"]].itertuples(index=False):
        i, j = rows.get((str(aid), int(cid))), cols.get((str(aid), int(sid)))
        if i is not None and j is not None:
            matrix[i, j] = 2 if hedged[i] else 1
    size = figsize or (min(3.8 + 1.0 * max(len(cols), 2), 16),
                       min(1.8 + 0.3 * max(len(rows), 3), 20))
    fig, ax = _axes(ax, size)
    shown = (f" (the first {len(overview)} of {len(everything)} claims)"
             if len(overview) < len(everything) else "")
    if matrix.size == 0:
        # no claims or no source list: nothing to cross, said on the chart
        missing = "no source list" if not cols else "no claims"
        ax.text(0.5, 0.5, f"The article has {missing}: no citations to draw.",
                ha="center", va="center", transform=ax.transAxes, color=_TEXT_COLOR)
        ax.set_xticks([])
        ax.set_yticks([])
        _finish(ax, "Which claims cite which sources" + shown, "source", "claim")
        return fig
    cmap = ListedColormap([_EMPTY_COLOR, HEDGE_COLORS["asserted"], HEDGE_COLORS["hedged"]])
    ax.imshow(matrix, cmap=cmap, vmin=0, vmax=2, aspect="auto", interpolation="nearest")
    ylabels = [f"{insights.claim_label(a, c, multi)} {_label(t, 38)}" for a, c, t in
               zip(overview["article_id"], overview["claim_id"], overview["text"], strict=True)]
    xlabels = [f"{_label(s, 22)}\n({n} claim{'s' if n != 1 else ''})"
               for s, n in zip(support["source"], support["n_claims"], strict=True)]
    ax.set_yticks(range(len(ylabels)), ylabels, fontsize=8)
    ax.set_xticks(range(len(xlabels)), xlabels, fontsize=8, rotation=30, ha="right",
                  rotation_mode="anchor")
    ax.set_xticks(np.arange(-0.5, len(cols), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(rows), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for i, n in enumerate(matrix.astype(bool).sum(axis=1)):
        ax.text(len(cols) - 0.35, i, "uncited" if n == 0 else str(n), va="center", fontsize=8,
                color=CITED_COLORS["uncited"] if n == 0 else _TEXT_COLOR)
    ax.set_xlim(-0.5, len(cols) + 0.6)
    _legend(ax, [Patch(color=HEDGE_COLORS["asserted"], label="cited by an\nasserted claim"),
                 Patch(color=HEDGE_COLORS["hedged"], label="cited by a\nhedged claim")])
    _mark_hedged_ticks(ax, ylabels, hedged)
    _finish(ax, "Which claims cite which sources" + shown, "source", "claim")
    for side in ax.spines.values():
        side.set_visible(False)
    return fig


def claims_per_source(data: Any, *, ax: Axes | None = None,
                      figsize: tuple[float, float] = (8, 3.5)) -> Figure:
    """Draw how many claims cite each source, split asserted/hedged.

    The end of each bar says how many of those claims rest on that source
    alone; sources no claim cites are marked "cited by nothing".

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``sources``, ``citations`` and ``claims`` tables come from.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (8, 3.5)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Two bar containers (asserted, hedged), one bar per source.
    """
    support = insights.source_support(data)
    fig, ax = _axes(ax, figsize)
    labels = [_label(s, 30) for s in support["source"]]
    _stacked_barh(ax, labels, [
        ("asserted", list(support["asserted"]), HEDGE_COLORS["asserted"]),
        ("hedged", list(support["hedged"]), HEDGE_COLORS["hedged"])])
    for yi, n, sole in zip(np.arange(len(labels))[::-1], support["n_claims"], support["sole"],
                           strict=True):
        if n == 0:
            ax.text(0, yi, "  cited by nothing", va="center", fontsize=9,
                    color=SEVERITY_COLORS["warning"])
        else:
            alone = f" ({sole} rest{'s' if sole == 1 else ''} on it alone)" if sole else ""
            ax.text(n, yi, f"  {n}{alone}", va="center", fontsize=9, color=_TEXT_COLOR)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(int(support["n_claims"].max()) if len(support) else 1, 1) * 1.6)
    _legend(ax)
    _finish(ax, "Claims per source", "claims citing the source", "source")
    return fig


# -- audit --------------------------------------------------------------------
def audit_summary(data: Any, *, ax: Axes | None = None,
                  figsize: tuple[float, float] = (8, 3.5)) -> Figure:
    """Draw the number of audit findings per check, split by severity.

    Every check is listed, so a check with no finding reads "none" rather
    than disappearing.

    Parameters
    ----------
    data : Article, Corpus, mapping of str to DataFrame, or DataFrame
        Something with an ``audit()`` method, a mapping holding an ``"audit"``
        table, or the audit table itself.
    ax : matplotlib Axes, optional
        Draw into these axes instead of a new figure.
    figsize : (float, float), default (8, 3.5)
        Size of a new figure in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Two bar containers (warning, info), one bar per check.
    """
    from .audit import CHECKS

    audit = insights.table(data, "audit")
    checks = list(CHECKS) + sorted(set(audit["check"]) - set(CHECKS))
    counts = audit.groupby(["check", "severity"]).size()
    fig, ax = _axes(ax, figsize)
    parts = [(sev, [int(counts.get((c, sev), 0)) for c in checks], color)
             for sev, color in SEVERITY_COLORS.items()]
    _stacked_barh(ax, [c.replace("_", " ") for c in checks], parts)
    totals = audit.groupby("check").size()
    for yi, check in zip(np.arange(len(checks))[::-1], checks, strict=True):
        n = int(totals.get(check, 0))
        ax.text(n, yi, f"  {n}" if n else "  none", va="center", fontsize=9,
                color=_TEXT_COLOR if n else "#888")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(int(totals.max()) if len(totals) else 1, 1) * 1.2)
    _legend(ax)
    _finish(ax, "Audit findings by check", "findings", "check")
    return fig


# Charts for corpora and for claim triage live in their own modules; they are
# re-exported here so that every chart is one import away.
from .plot_corpus import figure_comparison, outlets_cited  # noqa: E402
from .plot_triage import plot_verdicts, verdict_summary  # noqa: E402

__all__ += ["figure_comparison", "outlets_cited", "plot_verdicts", "verdict_summary"]
