"""Charts of triage verdicts: how the claims of an article were judged, by section and source.

>>> from analystkit.plot_triage import plot_verdicts
>>> fig = plot_verdicts(art, store=store)  # doctest: +SKIP

matplotlib is imported on first use, not with the module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .triage import VERDICT_COLORS, VERDICTS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from .article import Article
    from .triage import VerdictStore

NO_SECTION = "(no section)"
NO_SOURCE = "(no source)"
FIGSIZE = (11.0, 4.8)
_MAX_LABEL = 34


def _short(label: str, limit: int = _MAX_LABEL) -> str:
    from .plot import _label

    return _label(label, limit)  # shortened, and without glyphs the chart font lacks


def verdict_summary(verdicts: pd.DataFrame, citations: pd.DataFrame | None = None,
                    sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Count claims by verdict, per section and per cited source.

    Parameters
    ----------
    verdicts : DataFrame
        Claims with their verdicts, from :func:`analystkit.triage.join_verdicts`.
    citations, sources : DataFrame, optional
        The article's (or corpus') ``citations`` and ``sources`` tables; the
        per-source counts need both. A claim counts once for each source it
        cites; claims citing none count under ``(no source)``.

    Returns
    -------
    DataFrame
        Tidy counts: ``by`` (``section`` or ``source``), ``group`` (the
        section heading, or ``[marker] outlet``), ``order`` (reading order of
        the group), ``verdict`` (categorical, :data:`~analystkit.triage.VERDICTS`
        order) and ``n_claims``; zero counts included.
    """
    import pandas as pd

    frames = []
    section = verdicts["section"].astype(object).where(verdicts["section"].notna(), NO_SECTION)
    order = {name: i for i, name in enumerate(dict.fromkeys(section))}
    frames.append(pd.DataFrame({"by": "section", "group": section,
                                "order": section.map(order), "verdict": verdicts["verdict"]}))
    if citations is not None and sources is not None:
        keys = ["article_id", "claim_id"]
        src = sources.assign(
            group=[f"[{m}] {o}" if isinstance(o, str) else f"[{m}]"
                   for m, o in zip(sources["marker"], sources["outlet"], strict=True)])
        linked = (verdicts[keys + ["verdict"]]
                  .merge(citations[keys + ["source_id"]], on=keys, how="left")
                  .merge(src[["article_id", "source_id", "group"]],
                         on=["article_id", "source_id"], how="left"))
        group = linked["group"].astype(object).where(linked["group"].notna(), NO_SOURCE)
        source_order = linked["source_id"].astype("Float64").fillna(float("inf"))
        frames.append(pd.DataFrame({"by": "source", "group": group,
                                    "order": source_order.astype(float),
                                    "verdict": linked["verdict"]}))
    rows = pd.concat(frames, ignore_index=True)
    rows["verdict"] = pd.Categorical(rows["verdict"].astype(object), categories=list(VERDICTS))
    order_of = rows.groupby(["by", "group"], sort=False)["order"].min()
    counts = (rows.groupby(["by", "group", "verdict"], observed=False, sort=False).size()
              .rename("n_claims").reset_index())
    # keep every verdict for each (by, group) that occurs, not other combinations
    counts = counts.merge(order_of.reset_index(), on=["by", "group"], how="inner")
    counts = counts.sort_values(["by", "order", "group", "verdict"], kind="stable")
    counts["n_claims"] = counts["n_claims"].astype("Int64")
    return counts[["by", "group", "order", "verdict", "n_claims"]].reset_index(drop=True)


def _panel(ax: Any, table: pd.DataFrame, *, title: str, ylabel: str,
           xlabel: str = "claims") -> None:
    wide = (table.pivot_table(index=["order", "group"], columns="verdict", values="n_claims",
                              aggfunc="sum", observed=False, fill_value=0)
            .sort_index(level=0))
    labels = [_short(str(g)) for _, g in wide.index]
    y = list(range(len(labels)))
    left = [0] * len(labels)
    for verdict in VERDICTS:
        values = ([int(v) for v in wide[verdict]] if verdict in wide.columns
                  else [0] * len(labels))
        ax.barh(y, values, left=left, color=VERDICT_COLORS[verdict], label=verdict,
                edgecolor="white", linewidth=0.5)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()  # reading order from the top
    ax.set_title(title, fontsize=11)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)


def plot_verdicts(verdicts: pd.DataFrame | Article, citations: pd.DataFrame | None = None,
                  sources: pd.DataFrame | None = None, *, store: VerdictStore | None = None,
                  figsize: tuple[float, float] = FIGSIZE) -> Figure:
    """Draw the verdicts on an article's claims by section and by cited source.

    Two panels of stacked horizontal bars (one colour per verdict, the same
    colours as the triage widget), groups in reading order.

    Parameters
    ----------
    verdicts : DataFrame or Article
        Claims joined with verdicts (:func:`analystkit.triage.join_verdicts`),
        or an Article together with ``store=``.
    citations, sources : DataFrame, optional
        Needed for the by-source panel when ``verdicts`` is a DataFrame; taken
        from the article otherwise. Without them only the section panel is drawn.
    store : VerdictStore, optional
        Where to read verdicts when ``verdicts`` is an Article.
    figsize : (float, float), default (11.0, 4.8)
        Figure size in inches; fixed, so outputs compare across runs.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    from .article import Article
    from .errors import AnalystkitError
    from .triage import join_verdicts

    if isinstance(verdicts, Article):
        if store is None:
            raise AnalystkitError(verdicts.article_id, "plot_verdicts(article) needs store=")
        art = verdicts
        verdicts = join_verdicts(art, store)
        citations = art.citations if citations is None else citations
        sources = art.sources if sources is None else sources
    summary = verdict_summary(verdicts, citations, sources)
    by_source = summary[summary["by"] == "source"]
    n_panels = 2 if len(by_source) else 1
    fig, axes = plt.subplots(1, n_panels, figsize=figsize, squeeze=False,
                             layout="constrained")
    _panel(axes[0][0], summary[summary["by"] == "section"], title="By section",
           ylabel="section")
    if n_panels == 2:
        _panel(axes[0][1], by_source, title="By cited source", ylabel="source",
               xlabel="claims (once per source cited)")
    reviewed = int((verdicts["verdict"] != "unreviewed").sum())
    fig.suptitle(f"Verdicts on {len(verdicts)} claims ({reviewed} reviewed)", fontsize=13)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=len(VERDICTS), frameon=False)
    return fig
