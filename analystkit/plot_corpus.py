"""Charts of a corpus comparison, with matplotlib.

- :func:`figure_comparison` — the values articles give for one subject, side
  by side ("up to 25,000 workers" in one report, "about 12,000" in a later one).
- :func:`outlets_cited` — the outlets the articles cite, by how many articles.

Like :mod:`analystkit.plot`, each function draws one chart with a title,
labelled axes and a size fixed by its data, returns the matplotlib ``Figure``
and accepts ``ax=`` to draw into axes of your own. Exact values use the
"asserted" colour of :data:`analystkit._palette.HEDGE_COLORS`, qualified ones
("up to", "about", "more than" …) the "hedged" colour.
"""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ._palette import CITED_COLORS, HEDGE_COLORS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["figure_comparison", "outlets_cited"]

#: Qualifier → how the value bounds the truth, which sets the marker.
QUALIFIER_BOUNDS = {
    "up to": "at most", "as many as": "at most", "fewer than": "at most", "less than": "at most",
    "under": "at most", "at most": "at most", "no more than": "at most", "nearly": "at most",
    "almost": "at most",
    "more than": "at least", "over": "at least", "at least": "at least", "above": "at least",
    "upwards of": "at least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about",
    "only": "exact", "just": "exact", "exactly": "exact",
}
#: Bound → (marker, legend text).
BOUND_MARKERS = {
    "exact": ("o", "exact value"),
    "about": ("D", "about / around"),
    "at most": ("<", "up to / fewer than / nearly"),
    "at least": (">", "more than / at least"),
    "other": ("s", "other qualifier"),
}
_TEXT_COLOR = "#333333"
_ROW_HEIGHT = 0.42


def _label(text: str, width: int) -> str:
    """Shorten a label and drop glyphs the chart font lacks (:func:`analystkit.plot._label`)."""
    from .plot import _label as label  # plot imports this module: imported when drawn

    return label(text, width)


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    return fig, ax


def _table(data: Any, method: str) -> pd.DataFrame:
    """Return the comparison table of a Corpus (calling ``method``), or the table itself."""
    if hasattr(data, method):
        return getattr(data, method)()
    return data


def _bound(qualifier: Any) -> str:
    if not isinstance(qualifier, str) or not qualifier:
        return "exact"
    return QUALIFIER_BOUNDS.get(qualifier.lower(), "other")


def _number(value: float, _pos: Any = None) -> str:
    if abs(value) >= 1e6 and value % 1e5 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def figure_comparison(data: Any, group: str | int | None = None, *,
                      ax: Axes | None = None) -> Figure:
    """Chart the values each article gives for one subject, side by side.

    Parameters
    ----------
    data : Corpus or DataFrame
        A corpus (its :meth:`~analystkit.corpus.Corpus.compare_figures` is
        used) or a table returned by it.
    group : str or int, optional
        The subject: its ``group`` name or ``group_id``. Default: group 1,
        the subject most articles give a figure for.
    ax : matplotlib Axes, optional
        Draw here instead of a new figure.

    Returns
    -------
    matplotlib.figure.Figure
        One row per value an article gives, in the table's order
        (publication date, then corpus order); ranges as lines, markers
        showing whether the value is exact, approximate, an upper or a lower
        bound, each point labelled with the text as printed.

    Raises
    ------
    ValueError
        The table is empty or holds no such group.
    """
    table = _table(data, "compare_figures")
    if table.empty:
        raise ValueError("no figure is given by several articles; nothing to compare "
                         "(try compare_figures(min_articles=1))")
    if group is None:
        group = int(table["group_id"].min())
    column = "group_id" if isinstance(group, numbers.Integral) else "group"
    rows = table[table[column] == group]
    if rows.empty:
        known = ", ".join(dict.fromkeys(table["group"].astype(str)))
        raise ValueError(f"no group {group!r} in the comparison; groups: {known}")
    name = str(rows["group"].iloc[0])
    rows = rows.reset_index(drop=True)
    n = len(rows)
    fig, ax = _axes(ax, (8.0, round(1.9 + _ROW_HEIGHT * n, 2)))

    labels = []
    for y, row in enumerate(rows.itertuples(index=False)):
        bound = _bound(row.qualifier)
        colour = HEDGE_COLORS["asserted" if bound == "exact" and not _vague(row.qualifier)
                              else "hedged"]
        value = float(row.value)
        high = row.value_high
        if isinstance(high, float) and high == high:
            ax.plot([value, float(high)], [y, y], color=colour, linewidth=3, solid_capstyle="butt")
        ax.plot([value], [y], marker=BOUND_MARKERS[bound][0], markersize=9, color=colour,
                linestyle="none")
        ax.annotate(_label(str(row.text), 30), (value, y), xytext=(8, 0),
                    textcoords="offset points", va="center", fontsize=9, color=_TEXT_COLOR)
        outlet = row.outlet if isinstance(row.outlet, str) else row.article_id
        date = f" · {row.published}" if isinstance(row.published, str) else ""
        labels.append(_label(f"{outlet}{date}", 40))
    ax.set_yticks(range(n), labels)
    ax.set_ylim(n - 0.5, -0.5)
    top = float(max(rows["value"].max(), rows["value_high"].max(skipna=True)
                    if rows["value_high"].notna().any() else 0))
    ax.set_xlim(0, top * 1.4 if top > 0 else 1)
    ax.xaxis.set_major_formatter(FuncFormatter(_number))
    kind = str(rows["kind"].iloc[0])
    unit = rows["unit"].iloc[0]
    ax.set_xlabel(f"{_label(name, 60)} ({kind}{', ' + unit if isinstance(unit, str) else ''})")
    ax.set_ylabel("Article (earliest first)")
    ax.set_title(f"What each article says about {_label(name, 60)}")
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    used = [b for b in BOUND_MARKERS if b in {_bound(q) for q in rows["qualifier"]}]
    handles = [Line2D([], [], marker=BOUND_MARKERS[b][0], linestyle="none", markersize=8,
                      color=HEDGE_COLORS["asserted" if b == "exact" else "hedged"],
                      label=BOUND_MARKERS[b][1]) for b in used]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.5 / n),
              ncol=min(3, len(handles)), fontsize=8, frameon=False)
    return fig


def _vague(qualifier: Any) -> bool:
    return isinstance(qualifier, str) and QUALIFIER_BOUNDS.get(qualifier.lower()) != "exact"


def outlets_cited(data: Any, *, top: int = 10, ax: Axes | None = None) -> Figure:
    """Chart the outlets the articles cite, by how many articles cite each.

    Parameters
    ----------
    data : Corpus or DataFrame
        A corpus (its :meth:`~analystkit.corpus.Corpus.cited_outlets` is
        used) or a table returned by it.
    top : int, default 10
        How many outlets to show (the most cited).
    ax : matplotlib Axes, optional
        Draw here instead of a new figure.

    Returns
    -------
    matplotlib.figure.Figure
        Horizontal bars, most cited on top, coloured by whether the outlet
        also published an article of the corpus.
    """
    table = _table(data, "cited_outlets").head(top).reset_index(drop=True)
    n = max(len(table), 1)
    fig, ax = _axes(ax, (7.0, round(1.6 + 0.36 * n, 2)))
    colours = [CITED_COLORS["cited"] if inside else CITED_COLORS["uncited"]
               for inside in table["in_corpus"]]
    ax.barh(range(len(table)), table["n_articles"].astype(int), color=colours)
    ax.set_yticks(range(len(table)), [_label(o, 40) for o in table["outlet"].astype(str)])
    ax.set_ylim(n - 0.5, -0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Articles citing the outlet")
    ax.set_ylabel("Outlet")
    ax.set_title("Outlets cited by the articles" if len(table) else "No outlet is cited")
    handles = [Line2D([], [], color=CITED_COLORS[k], linewidth=8, label=label) for k, label in
               (("cited", "also in the corpus"), ("uncited", "not in the corpus"))]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.5 / n),
              ncol=2, fontsize=8, frameon=False)
    return fig
