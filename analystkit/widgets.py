"""Interactive views of an article's tables, with ipywidgets.

Each view is an ``ipywidgets.VBox`` built from an :class:`~analystkit.Article`
(or a Corpus, or a mapping of table name → DataFrame). Its controls are
public attributes, and it renders into an ``ipywidgets.HTML`` widget,
``view.result``, so the same view can be driven from code and tested without
a browser::

    explorer = ak.widgets.ClaimExplorer(art)
    explorer.hedged.value = "hedged"
    explorer.result.value        # the HTML shown under the controls
    explorer.matches()           # the matching claims as a DataFrame

Every piece of article text is escaped with :func:`html.escape` before it
goes into the HTML; highlights are the only markup added.

Views: :class:`ClaimExplorer`, :class:`FigureSelector`, :class:`SourcePicker`,
:class:`AuditBrowser`.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import numpy as np

from . import insights
from ._palette import CITED_COLORS, HEDGE_COLORS, OUTSIDE_COLOR, SEVERITY_COLORS
from .highlight import cue_list, mark_spans, phrase_spans

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ALL", "AuditBrowser", "ClaimExplorer", "FigureSelector", "SourcePicker", "UNCITED"]

#: Option value meaning "no filter" (or "nothing to pick") in every dropdown. A string,
#: not None: a Dropdown whose value is None shows no selection in the browser.
ALL = "(all)"
#: Source-filter value for claims that cite no source.
UNCITED = "uncited"

_BOX = "font-family:system-ui,-apple-system,sans-serif;font-size:14px;line-height:1.45"
_MUTED = "color:#666;font-size:85%"
_WIDE = {"description_width": "initial"}


def _badge(text: str, color: str) -> str:
    return (f'<span style="background:{color};color:white;border-radius:3px;padding:0 5px;'
            f'font-size:80%;margin-left:4px;white-space:nowrap">{escape(text)}</span>')


def _key(aid: Any, item_id: Any, multi: bool) -> Any:
    return (str(aid), int(item_id)) if multi else int(item_id)


class _View(widgets.VBox):
    """Shared plumbing: the data, the result widget and re-rendering on change."""

    def __init__(self, data: Any, controls: list[widgets.Widget], result: widgets.HTML) -> None:
        self._data = data
        super().__init__(children=[*controls, result])
        self.result = result

    def _watch(self, *controls: widgets.Widget) -> None:
        for control in controls:
            control.observe(lambda _change: self.refresh(), names="value")

    def refresh(self) -> None:
        """Re-render ``result`` from the current control values."""
        self.result.value = f'<div class="analystkit-view" style="{_BOX}">{self._render()}</div>'

    def _render(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class _Claims:
    """Claims with their citations, sources and labels, for rendering cards."""

    def __init__(self, data: Any) -> None:
        self.overview = insights.claim_overview(data)
        self.multi = len(insights.article_ids(data)) > 1
        sources = insights.table(data, "sources")
        columns = ["article_id", "source_id", "marker", "outlet", "title"]
        self.source_names = {
            (str(a), int(s)): insights.source_label(m, o, int(s), t)
            for a, s, m, o, t in sources[columns].itertuples(index=False)}
        self.cites: dict[tuple[str, int], list[int]] = {}
        citations = insights.table(data, "citations")
        for aid, cid, sid in citations[["article_id", "claim_id", "source_id"]].itertuples(
                index=False):
            self.cites.setdefault((str(aid), int(cid)), []).append(int(sid))

    def card(self, row: Any, *, search: str = "", sole_source: bool = False) -> str:
        """Return one claim as an HTML card: ids, section, text with highlights, citations."""
        aid, cid = str(row.article_id), int(row.claim_id)
        text = row.text if isinstance(row.text, str) else ""
        spans = phrase_spans(text, [search], "search", whole_words=False) if search else []
        spans += phrase_spans(text, cue_list(row.hedge_cues), "hedge")
        hedged = bool(row.hedged)
        head = [f"<b>{escape(insights.claim_label(aid, cid, self.multi))}</b>",
                escape(insights.section_of(row.section))]
        if isinstance(row.label, str) and row.label:
            head.append(f"<i>{escape(row.label)}</i>")
        badges = _badge("hedged: " + row.hedge_cues, HEDGE_COLORS["hedged"]) if hedged else ""
        if sole_source:
            badges += _badge("only source", SEVERITY_COLORS["warning"])
        sids = self.cites.get((aid, cid), [])
        if sids:
            names = [self.source_names.get((aid, s), f"[{s}] (not in the source list)")
                     for s in sids]
            cites = "cites " + " · ".join(escape(n) for n in names)
        else:
            cites = f'<span style="color:{CITED_COLORS["uncited"]}">cites no source</span>'
        color = HEDGE_COLORS["hedged" if hedged else "asserted"]
        return (f'<div class="ak-claim" style="margin:6px 0;padding:4px 10px;'
                f'border-left:4px solid {color}">'
                f'<div style="{_MUTED}">{" · ".join(head)}{badges}</div>'
                f'<div class="ak-text">{mark_spans(text, spans)}</div>'
                f'<div class="ak-cites" style="{_MUTED}">{cites}</div></div>')


# -- claim explorer -------------------------------------------------------------
class ClaimExplorer(_View):
    """Filter claims by section, hedging, cited source and free text.

    Matching claims are listed with their hedge cues and the search text
    highlighted and the sources they cite.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``claims``, ``citations`` and ``sources`` tables come from.
    max_claims : int, default 50
        Show at most this many matching claims (all are counted).

    Attributes
    ----------
    article : ipywidgets.Dropdown
        Article filter (:data:`ALL` = all); shown only for several articles.
    section : ipywidgets.Dropdown
        Section filter: a section name, ``"(lead)"`` for claims before the
        first heading, or :data:`ALL`.
    hedged : ipywidgets.ToggleButtons
        ``"all"``, ``"hedged"`` or ``"asserted"``.
    source : ipywidgets.Dropdown
        :data:`ALL` (any), :data:`UNCITED`, or a source id (``(article_id,
        source_id)`` for several articles): claims citing that source.
    search : ipywidgets.Text
        Case-insensitive text the claim (or its bullet label) must contain.
    result : ipywidgets.HTML
        The matching claims, rendered.

    Examples
    --------
    >>> explorer = ClaimExplorer(art)  # doctest: +SKIP
    >>> explorer.hedged.value = "hedged"  # doctest: +SKIP
    >>> list(explorer.matches()["claim_id"])  # doctest: +SKIP
    [1, 3, 12, 14]
    """

    def __init__(self, data: Any, *, max_claims: int = 50) -> None:
        self._claims = _Claims(data)
        self.max_claims = max_claims
        overview = self._claims.overview
        multi = self._claims.multi
        ids = insights.article_ids(data)
        article = widgets.Dropdown(options=[("(all articles)", ALL)] + [(a, a) for a in ids],
                                   value=ALL, description="Article", style=_WIDE)
        article.layout.display = None if multi else "none"
        sections = list(dict.fromkeys(overview["section"]))
        section = widgets.Dropdown(options=[("(all sections)", ALL)] + [(s, s) for s in sections],
                                   value=ALL, description="Section", style=_WIDE,
                                   layout=widgets.Layout(width="auto"))
        hedged = widgets.ToggleButtons(options=["all", "hedged", "asserted"], value="all",
                                       description="Claims",
                                       style={**_WIDE, "button_width": "80px"})
        support = insights.source_support(data)
        source_options = [("(any source or none)", ALL), ("(cites no source)", UNCITED)] + [
            (f"{s} ({n})" if not multi else f"{a}: {s} ({n})", _key(a, sid, multi))
            for a, sid, s, n in support[["article_id", "source_id", "source", "n_claims"]]
            .itertuples(index=False)]
        source = widgets.Dropdown(options=source_options, value=ALL, description="Cited source",
                                  style=_WIDE, layout=widgets.Layout(width="auto"))
        search = widgets.Text(value="", placeholder="words in the claim", description="Search",
                              continuous_update=True, style=_WIDE)
        self.article, self.section, self.hedged = article, section, hedged
        self.source, self.search = source, search
        controls = [widgets.HBox([article, section, hedged]), widgets.HBox([source, search])]
        super().__init__(data, controls, widgets.HTML())
        self._watch(article, section, hedged, source, search)
        self.refresh()

    def matches(self) -> pd.DataFrame:
        """Return the claims matching the current filters (``claim_overview`` columns)."""
        table = self._claims.overview
        keep = table["claim_id"].notna()
        if self.article.value != ALL:
            keep &= table["article_id"].astype(str) == self.article.value
        if self.section.value != ALL:
            keep &= table["section"] == self.section.value
        if self.hedged.value == "hedged":
            keep &= table["hedged"].astype(bool)
        elif self.hedged.value == "asserted":
            keep &= ~table["hedged"].astype(bool)
        if self.source.value == UNCITED:
            keep &= ~table["cited"]
        elif self.source.value != ALL:
            wanted = self.source.value
            keep &= np.array([self._cites(a, c, wanted) for a, c in
                              zip(table["article_id"], table["claim_id"], strict=True)], dtype=bool)
        needle = self.search.value.strip().lower()
        if needle:
            text = table["text"].fillna("").str.lower()
            label = table["label"].fillna("").str.lower()
            keep &= text.str.contains(needle, regex=False) | label.str.contains(needle, regex=False)
        return table[keep].reset_index(drop=True)

    def _cites(self, aid: Any, cid: Any, wanted: Any) -> bool:
        aid, cid = str(aid), int(cid)
        sid = wanted[1] if isinstance(wanted, tuple) else wanted
        if isinstance(wanted, tuple) and wanted[0] != aid:
            return False
        return sid in self._claims.cites.get((aid, cid), [])

    def _render(self) -> str:
        found = self.matches()
        total = len(self._claims.overview)
        head = f'<div class="ak-count" style="{_MUTED}">{len(found)} of {total} claims</div>'
        if found.empty:
            return head + "<p><i>No claim matches these filters.</i></p>"
        search = self.search.value.strip()
        cards = "".join(self._claims.card(row, search=search)
                        for row in found.head(self.max_claims).itertuples(index=False))
        more = len(found) - self.max_claims
        tail = f'<div style="{_MUTED}">… and {more} more</div>' if more > 0 else ""
        return head + cards + tail


#: Most cards a view lists at once (the source picker's claims, the audit browser's
#: findings); the rest is counted, so that a long article's view stays light.
MAX_SHOWN = 100


def _more(hidden: int) -> str:
    """Return the line that counts the cards a view leaves out, or ""."""
    return f'<div style="{_MUTED}">… and {hidden} more</div>' if hidden > 0 else ""


# -- figure selector ------------------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s|\n")


class FigureSelector(_View):
    """Pick a number and see it highlighted in its sentence, with what it counts.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``figures``, ``claims`` and ``blocks`` tables come from. With
        an Article or Corpus the sentence is cut from the article's text
        (citation markers included); with bare tables, from the claim or
        block text.

    Attributes
    ----------
    figure : ipywidgets.Dropdown
        The figure shown: its ``figure_id`` (``(article_id, figure_id)`` for
        several articles).
    result : ipywidgets.HTML
        The sentence with the figure highlighted, the figure's fields, and
        the other mentions of the same number and whether they agree.

    Examples
    --------
    >>> selector = FigureSelector(art)  # doctest: +SKIP
    >>> selector.figure.value = 1  # doctest: +SKIP
    >>> "<mark" in selector.result.value  # doctest: +SKIP
    True
    """

    def __init__(self, data: Any) -> None:
        self._figures = insights.figure_places(data)
        self._multi = len(insights.article_ids(data)) > 1
        self._claims = insights.table(data, "claims")
        self._blocks = insights.table(data, "blocks")
        options = []
        for row in self._figures.itertuples(index=False):
            what = row.subject if isinstance(row.subject, str) and row.subject else f"({row.kind})"
            prefix = f"{row.article_id}: " if self._multi else ""
            options.append((f"{prefix}F{int(row.figure_id)} · {row.text} — {what} [{row.place}]",
                            _key(row.article_id, row.figure_id, self._multi)))
        figure = widgets.Dropdown(options=options or [("(no figures)", ALL)],
                                  value=options[0][1] if options else ALL,
                                  description="Figure", style=_WIDE,
                                  layout=widgets.Layout(width="auto"))
        self.figure = figure
        super().__init__(data, [figure], widgets.HTML())
        self._watch(figure)
        self.refresh()

    def selected(self) -> pd.Series | None:
        """Return the selected figure's row (with ``place`` and ``context``), or None."""
        value = self.figure.value
        if value == ALL:
            return None
        aid, fid = value if isinstance(value, tuple) else (None, value)
        rows = self._figures[self._figures["figure_id"] == fid]
        if aid is not None:
            rows = rows[rows["article_id"].astype(str) == aid]
        return rows.iloc[0] if len(rows) else None

    def sentence(self) -> tuple[str, int, int] | None:
        """Return the selected figure's sentence and the figure's offsets in it.

        For a figure inside a claim this is the claim as printed (citation
        markers included); elsewhere (a title, a bullet label, a source list)
        it is the sentence of the block around the figure, cut at most
        ``reach`` characters either side with "…".
        """
        fig = self.selected()
        if fig is None:
            return None
        aid = str(fig["article_id"])
        text = insights.article_text(self._data, aid)
        if text is None or insights._isna(fig["start"]):
            return self._sentence_from_tables(fig, aid)
        start, end = int(fig["start"]), int(fig["end"])
        lo, hi = self._span(fig, aid)
        if lo is None:
            lo, hi = 0, len(text)
        before = after = ""
        if insights._isna(fig["claim_id"]):
            lo, hi, cut_left, cut_right = self._window(text, lo, hi, start, end)
            before, after = "…" if cut_left else "", "…" if cut_right else ""
        return before + text[lo:hi] + after, start - lo + len(before), end - lo + len(before)

    def _span(self, fig: pd.Series, aid: str) -> tuple[int | None, int | None]:
        """Return the offsets of the claim holding the figure, else of its block."""
        if not insights._isna(fig["claim_id"]):
            rows = self._claims[(self._claims["article_id"].astype(str) == aid)
                                & (self._claims["claim_id"] == fig["claim_id"])]
        else:
            rows = self._blocks[(self._blocks["article_id"].astype(str) == aid)
                                & (self._blocks["block_id"] == fig["block_id"])]
        if not len(rows):
            return None, None
        return int(rows["start"].iloc[0]), int(rows["end"].iloc[0])

    @staticmethod
    def _window(text: str, lo: int, hi: int, start: int, end: int,
                reach: int = 120) -> tuple[int, int, bool, bool]:
        """Narrow [lo, hi) to the sentence around [start, end), at most ``reach`` each side.

        Cuts fall on whitespace so no word is split; the flags say whether
        each end was cut inside a sentence.
        """
        left, cut_left = lo, False
        for m in _SENTENCE_END.finditer(text, lo, start):
            left = m.end()
        if start - left > reach:
            space = text.find(" ", start - reach, start)
            left, cut_left = (space + 1 if space >= 0 else start - reach), True
        m = _SENTENCE_END.search(text, end, hi)
        right, cut_right = (m.start() + 1 if m else hi), False
        if right - end > reach:
            space = text.rfind(" ", end, end + reach)
            right, cut_right = (space if space >= 0 else end + reach), True
        return left, right, cut_left, cut_right

    def _sentence_from_tables(self, fig: pd.Series, aid: str) -> tuple[str, int, int] | None:
        rows = []
        if not insights._isna(fig["claim_id"]):
            rows = list(self._claims.loc[(self._claims["article_id"].astype(str) == aid)
                                         & (self._claims["claim_id"] == fig["claim_id"]), "text"])
        if not rows:
            rows = list(self._blocks.loc[(self._blocks["article_id"].astype(str) == aid)
                                         & (self._blocks["block_id"] == fig["block_id"]), "text"])
        if not rows or not isinstance(rows[0], str):
            return None
        text = rows[0]
        found = text.find(str(fig["text"]))
        if found < 0:
            return text, 0, 0
        end = found + len(str(fig["text"]))
        if not insights._isna(fig["claim_id"]):
            return text, found, end
        lo, hi, cut_left, cut_right = self._window(text, 0, len(text), found, end)
        before, after = "…" if cut_left else "", "…" if cut_right else ""
        return before + text[lo:hi] + after, found - lo + len(before), end - lo + len(before)

    def _render(self) -> str:
        fig = self.selected()
        if fig is None:
            return "<p><i>This article mentions no numbers.</i></p>"
        got = self.sentence()
        context = str(fig["context"])
        color = {"hedged": HEDGE_COLORS["hedged"], "asserted": HEDGE_COLORS["asserted"]}.get(
            context, OUTSIDE_COLOR)
        if got is None:
            sentence_html = "<i>(sentence not available)</i>"
        else:
            sentence, a, b = got
            sentence_html = mark_spans(sentence, [(a, b, "figure")] if b > a else [])
        fields = [("value", insights.format_value(fig["value"], fig["value_high"], fig["kind"])),
                  ("kind", str(fig["kind"])), ("unit", fig["unit"]),
                  ("qualifier", fig["qualifier"]), ("subject", fig["subject"]),
                  ("where", f"{fig['place']} ({context})")]
        rows = "".join(
            f'<tr><td style="{_MUTED};padding-right:10px">{escape(k)}</td>'
            f'<td>{escape(str(v)) if isinstance(v, str) and v else "—"}</td></tr>'
            for k, v in fields)
        return (f'<div class="ak-sentence" style="font-size:110%;padding:6px 10px;'
                f'border-left:4px solid {color}">{sentence_html}</div>'
                f'<table style="margin:6px 0">{rows}</table>{self._others(fig)}')

    def _others(self, fig: pd.Series) -> str:
        figures = self._figures
        same = figures[(figures["article_id"] == fig["article_id"])
                       & (figures["kind"].astype(str) == str(fig["kind"]))
                       & (figures["value"] == fig["value"])
                       & (figures["figure_id"] != fig["figure_id"])]
        if insights._isna(fig["value_high"]):
            same = same[same["value_high"].isna()]
        else:
            same = same[same["value_high"] == fig["value_high"]]
        if same.empty:
            return f'<div style="{_MUTED}">The number appears nowhere else.</div>'
        verdict = "agree"
        repeats = insights.figure_repeats({"figures": figures, "claims": self._claims,
                                           "blocks": self._blocks})
        ids = str(int(fig["figure_id"]))
        for r in repeats.itertuples(index=False):
            if r.article_id == fig["article_id"] and ids in r.figure_ids.split(", "):
                verdict = r.verdict
        items = "".join(f"<li>F{int(r.figure_id)} “{escape(str(r.text))}” in {escape(r.place)}"
                        f" ({escape(r.context)})"
                        + (f", counting {escape(r.subject)}" if isinstance(r.subject, str) else "")
                        + "</li>" for r in same.itertuples(index=False))
        return (f'<div>Same number elsewhere — <b>{escape(verdict)}</b>:'
                f'<ul style="margin:2px 0">{items}</ul></div>')


# -- source picker ----------------------------------------------------------------
class SourcePicker(_View):
    """Pick a source and list the claims that cite it.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the ``sources``, ``citations`` and ``claims`` tables come from.

    Attributes
    ----------
    source : ipywidgets.Dropdown
        The source shown: its ``source_id`` (``(article_id, source_id)`` for
        several articles). Citations to a number missing from the source list
        are offered too.
    result : ipywidgets.HTML
        The source's outlet, title and link, and the claims citing it; claims
        that rest on it alone are marked "only source".

    Examples
    --------
    >>> picker = SourcePicker(art)  # doctest: +SKIP
    >>> picker.source.value = 5  # doctest: +SKIP
    >>> list(picker.claims()["claim_id"])  # doctest: +SKIP
    [5]
    """

    def __init__(self, data: Any) -> None:
        self._claims = _Claims(data)
        self._support = insights.source_support(data)
        sources = insights.table(data, "sources")
        self._urls = {(str(a), int(s)): u for a, s, u in
                      sources[["article_id", "source_id", "url"]].itertuples(index=False)}
        multi = self._claims.multi
        options = [((f"{a}: " if multi else "") + f"{s} — {insights.shorten(t, 50)} ({n})",
                    _key(a, sid, multi))
                   for a, sid, s, t, n in self._support[
                       ["article_id", "source_id", "source", "title", "n_claims"]].itertuples(
                       index=False)]
        source = widgets.Dropdown(options=options or [("(no sources)", ALL)],
                                  value=options[0][1] if options else ALL,
                                  description="Source", style=_WIDE,
                                  layout=widgets.Layout(width="auto"))
        self.source = source
        super().__init__(data, [source], widgets.HTML())
        self._watch(source)
        self.refresh()

    def _selected(self) -> tuple[str, int] | None:
        value = self.source.value
        if value == ALL:
            return None
        if isinstance(value, tuple):
            return value
        return str(self._support["article_id"].iloc[0]), int(value)

    def claims(self) -> pd.DataFrame:
        """Return the claims citing the selected source (``claim_overview`` columns)."""
        overview = self._claims.overview
        key = self._selected()
        if key is None:
            return overview.iloc[0:0]
        cites = self._claims.cites
        pairs = zip(overview["article_id"].astype(str), overview["claim_id"], strict=True)
        keep = np.array([a == key[0] and key[1] in cites.get((a, int(c)), []) for a, c in pairs],
                        dtype=bool)
        return overview[keep].reset_index(drop=True)

    def _render(self) -> str:
        key = self._selected()
        if key is None:
            return "<p><i>This article lists no sources.</i></p>"
        row = self._support[(self._support["article_id"].astype(str) == key[0])
                            & (self._support["source_id"] == key[1])].iloc[0]
        url = self._urls.get(key)
        link = ""
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            link = (f' · <a href="{escape(url, quote=True)}" target="_blank" '
                    f'rel="noopener noreferrer">{escape(url)}</a>')
        title = f"“{escape(row['title'])}”" if row["title"] else "<i>(no title)</i>"
        head = (f'<div style="font-size:110%"><b>{escape(row["source"])}</b> {title}{link}</div>')
        claims = self.claims()
        if claims.empty:
            return head + (f'<p style="color:{SEVERITY_COLORS["warning"]}">'
                           "No claim cites this source.</p>")
        sole = int(row["sole"])
        summary = (f'<div style="{_MUTED}">cited by {len(claims)} claim'
                   f'{"s" if len(claims) != 1 else ""}'
                   + (f"; {sole} rest{'s' if sole == 1 else ''} on it alone" if sole else "")
                   + "</div>")
        cards = "".join(self._claims.card(c, sole_source=int(c.n_sources) == 1)
                        for c in claims.head(MAX_SHOWN).itertuples(index=False))
        return head + summary + cards + _more(len(claims) - MAX_SHOWN)


# -- audit browser ------------------------------------------------------------------
class AuditBrowser(_View):
    """Browse the audit findings by check, with the claim, source or block each is about.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Something with ``audit()`` (or a mapping holding an ``"audit"`` table)
        and the ``claims``, ``sources`` and ``blocks`` tables.

    Attributes
    ----------
    check : ipywidgets.Dropdown
        The check shown (``"uncited_claim"``, …) or :data:`ALL`.
    result : ipywidgets.HTML
        One line per finding.
    """

    def __init__(self, data: Any) -> None:
        self._audit = insights.table(data, "audit")
        self._claims = _Claims(data)
        blocks = insights.table(data, "blocks")
        self._blocks = {(str(a), int(b)): t for a, b, t in
                        blocks[["article_id", "block_id", "text"]].itertuples(index=False)}
        counts = self._audit.groupby("check", sort=False).size()
        check = widgets.Dropdown(
            options=[(f"(all checks) ({len(self._audit)})", ALL)]
            + [(f"{c.replace('_', ' ')} ({n})", c) for c, n in counts.items()],
            value=ALL, description="Check", style=_WIDE, layout=widgets.Layout(width="auto"))
        self.check = check
        super().__init__(data, [check], widgets.HTML())
        self._watch(check)
        self.refresh()

    def findings(self) -> pd.DataFrame:
        """Return the findings of the selected check (all when ``check.value`` is ALL)."""
        if self.check.value == ALL:
            return self._audit.reset_index(drop=True)
        return self._audit[self._audit["check"] == self.check.value].reset_index(drop=True)

    def _render(self) -> str:
        found = self.findings()
        if found.empty:
            return "<p><i>No findings.</i></p>"
        overview = self._claims.overview
        by_claim = {(str(a), int(c)): r for a, c, r in zip(
            overview["article_id"], overview["claim_id"], overview.itertuples(index=False),
            strict=True)}
        lines = []
        for f in found.head(MAX_SHOWN).itertuples(index=False):
            aid = str(f.article_id)
            about = ""
            if not insights._isna(f.claim_id) and (aid, int(f.claim_id)) in by_claim:
                about = self._claims.card(by_claim[(aid, int(f.claim_id))])
            elif not insights._isna(f.source_id):
                about = escape(self._claims.source_names.get((aid, int(f.source_id)),
                                                             f"[{int(f.source_id)}]"))
            elif not insights._isna(f.block_id):
                text = self._blocks.get((aid, int(f.block_id)), "")
                about = f"block {int(f.block_id)}: “{escape(insights.shorten(text, 120))}”"
            color = SEVERITY_COLORS.get(str(f.severity), OUTSIDE_COLOR)
            lines.append(f'<div style="margin:8px 0">{_badge(str(f.severity), color)} '
                         f'<b>{escape(str(f.check).replace("_", " "))}</b> — '
                         f'{escape(str(f.detail))}<div>{about}</div></div>')
        count = f'<div class="ak-count" style="{_MUTED}">{len(found)} findings</div>'
        return count + "".join(lines) + _more(len(found) - MAX_SHOWN)


# The triage widget lives beside its verdict store; re-exported so every widget
# is one import away.
from .triage_widget import TriageWidget  # noqa: E402

__all__ += ["TriageWidget"]
