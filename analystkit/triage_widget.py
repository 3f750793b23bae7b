"""A widget to step through an article's claims and record a verdict on each.

>>> from analystkit.triage_widget import TriageWidget
>>> triage = TriageWidget(art, "verdicts.sqlite", reviewer="ann")  # doctest: +SKIP
>>> triage  # doctest: +SKIP

It shows one claim at a time — its sentence in the paragraph around it, the
sources it cites and the numbers it states — and saves the chosen verdict,
a note, the reviewer and the time to a :class:`~analystkit.triage.VerdictStore`.

Every string that comes from the article (claims, headings, source titles,
URLs) is passed through :func:`html.escape` before it reaches an
``ipywidgets.HTML``; links are made only from ``http``/``https`` URLs. The
controls are plain attributes, so code and tests can drive the widget
without a browser: set ``triage.verdict.value = "disputed"`` and call
``triage.save_button.click()``.
"""

from __future__ import annotations

import os
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import AnalystkitError
from .triage import VERDICT_COLORS, VERDICTS, VerdictStore, default_reviewer, open_store

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article

#: Filter name → (label, test on the claims table).
FILTERS: dict[str, str] = {
    "all": "All claims",
    "uncited": "Uncited",
    "hedged": "Hedged",
    "single-source": "Single source",
    "unreviewed": "Not yet reviewed",
}

_CSS_CLASS = "analystkit-triage"


def _text(value: Any) -> str:
    """Escape one value from the article for HTML ("" for missing)."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return escape(str(value), quote=True)


def _link(url: Any, label: str) -> str:
    """Return an anchor for http(s) URLs; anything else (``javascript:`` …) as plain text."""
    safe = _text(url)
    if not safe:
        return label
    if urlsplit(str(url).strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{safe}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return f'{label} <code>{safe}</code>'


def _badge(verdict: str) -> str:
    color = VERDICT_COLORS.get(verdict, "#BBBBBB")
    return (f'<span class="ak-verdict" style="background:{color};color:#000;padding:1px 6px;'
            f'border-radius:8px">{escape(verdict)}</span>')


class TriageWidget:
    """Step through claims and record a verdict on each.

    Parameters
    ----------
    article : Article
        The article to triage.
    store : VerdictStore, str or path-like, optional
        Where verdicts go; a path is opened with
        :func:`~analystkit.triage.open_store`, and ``None`` opens the default
        store (``analystkit-verdicts.sqlite`` beside the notebook).
    reviewer : str, optional
        Name recorded with each verdict; defaults to
        :func:`~analystkit.triage.default_reviewer`. Editable in the widget.
    filter : {"all", "uncited", "hedged", "single-source", "unreviewed"}
        Which claims to step through first.
    auto_advance : bool, default True
        Move to the next claim after a verdict is saved.

    Attributes
    ----------
    filter : ipywidgets.Dropdown
        Which claims to step through (values are the keys of :data:`FILTERS`).
    prev_button, next_button : ipywidgets.Button
        Move through the selected claims.
    position : ipywidgets.HTML
        "Claim 2 of 7" and the claim's current verdict.
    claim_view : ipywidgets.HTML
        The claim, highlighted in its paragraph, with section, label, hedge
        cues and attribution.
    evidence_view : ipywidgets.HTML
        The sources the claim cites and the figures it states.
    verdict : ipywidgets.ToggleButtons
        One of :data:`~analystkit.triage.VERDICTS`.
    note, reviewer : ipywidgets.Textarea, ipywidgets.Text
        Free-text note and reviewer name saved with the verdict.
    auto_advance : ipywidgets.Checkbox
        Move on after saving.
    save_button : ipywidgets.Button
        Save the verdict to the store.
    status : ipywidgets.HTML
        What the last save did (or why it failed).
    widget : ipywidgets.VBox
        The whole widget (what Jupyter displays).
    store : VerdictStore
        The store verdicts are saved to.
    """

    def __init__(self, article: Article, store: VerdictStore | str | os.PathLike[str] |
                 None = None, *, reviewer: str | None = None, filter: str = "all",
                 auto_advance: bool = True) -> None:
        import ipywidgets as w

        from .article import Article

        if not isinstance(article, Article):
            raise AnalystkitError(repr(article)[:60], "TriageWidget reviews one article, got "
                                  f"{type(article).__name__}; for a corpus pass "
                                  "corpus[article_id]")
        if filter not in FILTERS:
            raise AnalystkitError(article.article_id, f"unknown triage filter {filter!r}; use "
                                                      f"one of {', '.join(FILTERS)}")
        self.article = article
        self.store = store if isinstance(store, VerdictStore) else open_store(store)
        self._claims = article.claims.reset_index(drop=True)
        self._selection: pd.DataFrame = self._claims
        self.index = 0
        self._relabelling = False

        self.filter = w.Dropdown(options=self._filter_options(), value=filter,
                                 description="Claims", layout=w.Layout(width="280px"))
        self.prev_button = w.Button(description="Previous", icon="arrow-left",
                                    tooltip="Previous claim", layout=w.Layout(width="110px"))
        self.next_button = w.Button(description="Next", icon="arrow-right",
                                    tooltip="Next claim", layout=w.Layout(width="110px"))
        self.position = w.HTML()
        self.claim_view = w.HTML(layout=w.Layout(width="100%"))
        self.evidence_view = w.HTML(layout=w.Layout(width="100%"))
        self.verdict = w.ToggleButtons(options=list(VERDICTS), value="unreviewed",
                                       description="Verdict", style={"button_width": "118px"})
        self.note = w.Textarea(placeholder="Why? Evidence, links, who to ask …",
                               description="Note", layout=w.Layout(width="100%", height="60px"))
        self.reviewer = w.Text(value=default_reviewer() if reviewer is None else reviewer,
                               description="Reviewer", layout=w.Layout(width="280px"))
        self.auto_advance = w.Checkbox(value=auto_advance, description="Next claim after saving",
                                       indent=False)
        self.save_button = w.Button(description="Save verdict", button_style="primary",
                                    icon="check", tooltip="Save the verdict to the store")
        self.status = w.HTML()

        self.filter.observe(self._on_filter, names="value")
        self.prev_button.on_click(lambda _: self.show(self.index - 1))
        self.next_button.on_click(lambda _: self.show(self.index + 1))
        self.save_button.on_click(lambda _: self.save())

        nav = w.HBox([self.filter, self.prev_button, self.next_button, self.position])
        actions = w.HBox([self.reviewer, self.auto_advance, self.save_button])
        self.widget = w.VBox([nav, self.claim_view, self.evidence_view, self.verdict,
                              self.note, actions, self.status])
        self.widget.add_class(_CSS_CLASS)
        self._select(filter)

    # -- display ------------------------------------------------------------------------
    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        return self.widget._repr_mimebundle_(**kwargs)

    def __repr__(self) -> str:
        return (f"<TriageWidget {self.article.article_id!r}: {len(self._selection)} "
                f"{self.filter.value} claims>")

    # -- selection ----------------------------------------------------------------------
    def _mask(self, name: str) -> pd.Series:
        claims = self._claims
        if name == "uncited":
            return claims["n_sources"].fillna(0) == 0
        if name == "hedged":
            return claims["hedged"].astype(bool)
        if name == "single-source":
            return claims["n_sources"].fillna(0) == 1
        if name == "unreviewed":
            current = self.store.current(self.article)
            from .triage import claim_key

            done = set(current.loc[current["verdict"] != "unreviewed", "claim_key"])
            return claims["text"].map(lambda t: claim_key(t) not in done).astype(bool)
        return claims["claim_id"].notna()

    def _filter_options(self) -> list[tuple[str, str]]:
        return [(f"{label} ({int(self._mask(name).sum())})", name)
                for name, label in FILTERS.items()]

    def _select(self, name: str) -> None:
        self._selection = self._claims[self._mask(name)].reset_index(drop=True)
        self.show(0)

    def _on_filter(self, change: dict[str, Any]) -> None:
        if not self._relabelling:
            self._select(change["new"])

    def _relabel_filters(self) -> None:
        """Refresh the counts in the filter labels, keeping the selection as it is."""
        value = self.filter.value
        self._relabelling = True
        try:
            self.filter.options = self._filter_options()
            self.filter.value = value
        finally:
            self._relabelling = False

    @property
    def selection(self) -> pd.DataFrame:
        """The claims the current filter selects, in reading order."""
        return self._selection.copy()

    @property
    def claim_id(self) -> int | None:
        """``claim_id`` of the claim shown, or None when the filter selects none."""
        if self._selection.empty:
            return None
        return int(self._selection["claim_id"].iloc[self.index])

    def goto(self, claim_id: int) -> None:
        """Show one claim, switching the filter to "all" if it is not selected.

        Parameters
        ----------
        claim_id : int
            The claim's ``claim_id``.
        """
        ids = [int(c) for c in self._selection["claim_id"]]
        if int(claim_id) not in ids:
            if int(claim_id) not in {int(c) for c in self._claims["claim_id"]}:
                raise AnalystkitError(self.article.article_id, f"has no claim {claim_id}")
            self.filter.value = "all"
            ids = [int(c) for c in self._selection["claim_id"]]
        self.show(ids.index(int(claim_id)))

    # -- rendering ----------------------------------------------------------------------
    def show(self, index: int) -> None:
        """Show the claim at ``index`` of the selection (clipped to its range).

        Parameters
        ----------
        index : int
            Position in :attr:`selection`, from 0.
        """
        n = len(self._selection)
        self.index = max(0, min(int(index), n - 1)) if n else 0
        self.prev_button.disabled = self.index <= 0
        self.next_button.disabled = self.index >= n - 1
        self.save_button.disabled = n == 0
        if n == 0:
            self.position.value = "<b>No claims match this filter.</b>"
            self.claim_view.value = ""
            self.evidence_view.value = ""
            self.verdict.value = "unreviewed"
            self.note.value = ""
            return
        claim = self._selection.iloc[self.index]
        current = self.store.current_row(self.article, int(claim["claim_id"]))
        verdict = "unreviewed" if current is None else current["verdict"]
        self.verdict.value = verdict
        note = "" if current is None else (current["note"] or "")
        # A withdrawn verdict's note (e.g. "verdict moved to claim 3") is shown, not
        # loaded into the box, so it is not saved again with the next verdict.
        self.note.value = note if verdict != "unreviewed" else ""
        by = "" if current is None else f" by {_text(current['reviewer'])}"
        if note and verdict == "unreviewed":
            by += f' <span class="ak-old-note" style="color:#555">({_text(note)})</span>'
        self.position.value = (f"Claim {self.index + 1} of {n} "
                               f"(claim_id {int(claim['claim_id'])}) — {_badge(verdict)}{by}")
        self.claim_view.value = self._claim_html(claim)
        self.evidence_view.value = self._evidence_html(int(claim["claim_id"]))

    def _claim_html(self, claim: pd.Series) -> str:
        import pandas as pd

        text = self.article.text
        blocks = self.article.blocks
        block = blocks[blocks["block_id"] == claim["block_id"]]
        start, end = int(claim["start"]), int(claim["end"])
        if len(block):
            b_start, b_end = int(block["start"].iloc[0]), int(block["end"].iloc[0])
        else:
            b_start, b_end = start, end
        b_start, b_end = min(b_start, start), max(b_end, end)
        context = (_text(text[b_start:start])
                   + f'<mark class="ak-claim" style="background:#FBDFA0">'
                     f'{_text(text[start:end])}</mark>'
                   + _text(text[end:b_end]))
        where = [p for p in (_text(claim["section"]), _text(claim["label"])) if p]
        facts = []
        if bool(claim["hedged"]):
            facts.append(f"hedged: <i>{_text(claim['hedge_cues'])}</i>")
        if not pd.isna(claim["attribution"]):
            facts.append(f"attributed to <b>{_text(claim['attribution'])}</b>")
        facts.append(f"{int(claim['n_sources'])} source(s), {int(claim['n_figures'])} figure(s)")
        head = " › ".join(where) if where else "(no section)"
        return (f'<div class="ak-claim-context" style="line-height:1.5">'
                f'<div style="color:#555">{head}</div>'
                f'<blockquote style="margin:4px 0 4px 0;padding-left:8px;'
                f'border-left:3px solid #ccc">{context}</blockquote>'
                f'<div style="color:#555">{" · ".join(facts)}</div></div>')

    def _evidence_html(self, claim_id: int) -> str:
        art = self.article
        cites = art.citations[art.citations["claim_id"] == claim_id]
        sources = art.sources.set_index("source_id")
        items = []
        for sid in cites["source_id"]:
            if sid in sources.index:
                src = sources.loc[sid]
                title = _text(src["title"]) or "(untitled)"
                outlet = _text(src["outlet"])
                label = f"{outlet}: “{title}”" if outlet else f"“{title}”"
                items.append(f"<li>[{_text(src['marker'])}] {_link(src['url'], label)}</li>")
            else:
                items.append(f"<li>[{_text(sid)}] (no entry in the source list)</li>")
        figs = art.figures[art.figures["claim_id"] == claim_id]
        fig_items = []
        for _, fig in figs.iterrows():
            subject = _text(fig["subject"])
            fig_items.append(f"<li><b>{_text(fig['text'])}</b> — {_text(fig['kind'])}"
                             + (f" of {subject}" if subject else "") + "</li>")
        sources_html = "".join(items) or "<li><i>cites no source</i></li>"
        figures_html = "".join(fig_items) or "<li><i>no figures</i></li>"
        return ('<div class="ak-evidence" style="display:flex;gap:2em">'
                f'<div><b>Sources cited</b><ul style="margin:2px 0">{sources_html}</ul></div>'
                f'<div><b>Figures</b><ul style="margin:2px 0">{figures_html}</ul></div></div>')

    # -- saving -------------------------------------------------------------------------
    def save(self) -> dict[str, Any] | None:
        """Save the chosen verdict and note for the claim shown.

        Errors (a store locked too long, a closed store) are shown in
        :attr:`status` rather than raised, as they happen in a click handler.

        Returns
        -------
        dict or None
            The history row written, or None when nothing was saved.
        """
        claim_id = self.claim_id
        if claim_id is None:
            self.status.value = "Nothing to save: no claim is shown."
            return None
        reviewer = self.reviewer.value.strip() or default_reviewer()
        try:
            row = self.store.record(self.article, claim_id, self.verdict.value,
                                    note=self.note.value.strip(), reviewer=reviewer)
        except AnalystkitError as exc:
            self.status.value = (f'<span class="ak-error" style="color:#D55E00">Not saved: '
                                 f'{_text(exc)}</span>')
            return None
        self.status.value = (f'<span class="ak-saved">Saved {_badge(row["verdict"])} on claim '
                             f'{claim_id} by {_text(reviewer)}.</span>')
        self._relabel_filters()  # the count of claims not yet reviewed changed
        if self.auto_advance.value and self.index < len(self._selection) - 1:
            self.show(self.index + 1)
        else:
            self.show(self.index)
        return row
