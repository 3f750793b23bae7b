"""Readings over the tables: small derived tables the charts, widgets and notebooks share.

Every function takes an :class:`~analystkit.Article`, a Corpus, or a mapping
of table name → DataFrame (``art.tables()``), and returns a DataFrame or a
string. Nothing here parses text again; it only joins and counts the tables
of the contract, so a reader can check every number against them.

>>> import analystkit as ak
>>> from analystkit import insights
>>> art = ak.load_article("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
>>> insights.claim_overview(art)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from .records import CLAIM_KINDS, TABLE_LABEL

if TYPE_CHECKING:
    import pandas as pd

#: Section name shown for claims before the first heading.
LEAD = "(lead)"

#: Role of a block in "what the page is made of", in display order.
ROLES = ("claim text", "structure", "references", "padding", "repetition")

_ROLE_OF_KIND = {
    "title": "structure", "heading": "structure",
    "sources": "references", "tags": "references",
    "boilerplate": "padding", "meta": "padding",
}
_SET_ASIDE_REASON = {
    "title": "page title: the claim is taken from the headline",
    "heading": "section heading: names the section of the claims below it",
    "sources": "source list: read into the sources table",
    "tags": "tag list: read into the tags table",
    "boilerplate": "page furniture (navigation, sign-off, author blurb)",
    "meta": "about the article, not about the world",
}


# -- access -------------------------------------------------------------------
def table(data: Any, name: str) -> pd.DataFrame:
    """Return one table from an Article, a Corpus or a mapping of tables.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Anything with the contract's table attributes, or ``art.tables()``.
    name : str
        ``"claims"``, ``"figures"``, … or ``"audit"`` (calls ``data.audit()``
        unless the mapping holds an ``"audit"`` table).

    Returns
    -------
    DataFrame
    """
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, Mapping):
        if name in data:
            return data[name]
        hint = (" (add it: {**art.tables(), 'audit': art.audit()})" if name == "audit" else "")
        raise KeyError(f"no {name!r} table in the mapping (it has {sorted(data)}){hint}")
    if not hasattr(data, name):
        raise TypeError("expected an Article, a Corpus or a mapping of table name to DataFrame "
                        f"(art.tables()), got {type(data).__name__}"
                        + (" (load it first: ak.load_article(path))" if isinstance(data, str)
                           else ""))
    value = getattr(data, name)
    return value() if callable(value) else value


def article_ids(data: Any) -> list[str]:
    """Return the article ids in the data, in the order they first appear."""
    for name in ("articles", "blocks", "claims"):
        try:
            ids = table(data, name)["article_id"]
        except KeyError:
            continue
        return list(dict.fromkeys(ids.astype(str)))
    return []


def article_text(data: Any, article_id: str) -> str | None:
    """Return the text of one article, or None when only tables are at hand.

    Works for an Article (its ``text``) and for a Corpus (``corpus[article_id].text``).
    """
    text = getattr(data, "text", None)
    if getattr(data, "article_id", None) == article_id and isinstance(text, str):
        return text
    if not isinstance(data, Mapping) and hasattr(data, "__getitem__"):
        try:
            text = data[article_id].text
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
        return text if isinstance(text, str) else None
    return None


def claim_label(article_id: str, claim_id: int, multi: bool) -> str:
    """Return the short label of a claim: ``C5``, or ``article·C5`` across articles."""
    return f"{article_id}·C{claim_id}" if multi else f"C{claim_id}"


def source_label(marker: Any, outlet: Any, source_id: int, title: Any = None) -> str:
    """Return ``[1] The Guardian`` for a source row.

    The marker falls back to the id, the outlet to the shortened title, then
    to ``(no outlet)``.
    """
    mark = str(marker) if isinstance(marker, str) and marker else str(source_id)
    if isinstance(outlet, str) and outlet:
        name = outlet
    elif isinstance(title, str) and title:
        name = shorten(title, 40)
    else:
        name = "(no outlet)"
    return f"[{mark}] {name}"


def section_of(value: Any) -> str:
    """Return a claim's section, or :data:`LEAD` when it precedes every heading."""
    return value if isinstance(value, str) and value else LEAD


def shorten(text: Any, width: int = 60) -> str:
    """Cut text to ``width`` characters on a word boundary, adding an ellipsis."""
    text = " ".join(str(text).split()) if isinstance(text, str) else ""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,;:") + "…"


# -- claims -------------------------------------------------------------------
def claim_overview(data: Any) -> pd.DataFrame:
    """Return one row per claim with its section, hedging and the sources it cites.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``claim_id``, ``section`` (``(lead)`` before the
        first heading), ``label``, ``text``, ``hedged``, ``hedge_cues``,
        ``n_sources``, ``sources`` (e.g. ``"[1] [2] [4]"``, ``""`` when none)
        and ``cited`` (bool); sorted by article and claim.
    """
    claims = table(data, "claims")
    citations = table(data, "citations")
    markers = _source_markers(data)
    cited: dict[tuple[str, int], list[str]] = {}
    for aid, cid, sid in citations[["article_id", "claim_id", "source_id"]].itertuples(index=False):
        marker = markers.get((str(aid), int(sid)), f"[{sid}]")
        cited.setdefault((str(aid), int(cid)), []).append(marker)
    out = claims[["article_id", "claim_id", "section", "label", "text", "hedged", "hedge_cues",
                  "n_sources"]].copy()
    out["section"] = [section_of(s) for s in out["section"]]
    out["sources"] = [" ".join(cited.get((str(a), int(c)), []))
                      for a, c in zip(out["article_id"], out["claim_id"], strict=True)]
    out["cited"] = out["n_sources"].fillna(0).astype(int) > 0
    return out.sort_values(["article_id", "claim_id"], kind="stable").reset_index(drop=True)


def _source_markers(data: Any) -> dict[tuple[str, int], str]:
    sources = table(data, "sources")
    return {(str(a), int(s)): f"[{m if isinstance(m, str) and m else s}]"
            for a, s, m in sources[["article_id", "source_id", "marker"]].itertuples(index=False)}


def claims_by_section(data: Any, *, by: str = "section") -> pd.DataFrame:
    """Count claims per section (or bullet label): hedged, asserted, cited, uncited.

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the claims and citations come from.
    by : {"section", "label"}
        Group by the nearest heading, or by the bullet's lead-in (claims
        outside bullets are grouped under their section in parentheses).

    Returns
    -------
    DataFrame
        Columns ``group``, ``claims``, ``hedged``, ``asserted``, ``cited``,
        ``uncited``; groups in reading order.
    """
    import pandas as pd

    if by not in ("section", "label"):
        raise ValueError(f"by must be 'section' or 'label', not {by!r}")
    overview = claim_overview(data)
    if by == "section":
        groups = overview["section"]
    else:
        pairs = zip(overview["label"], overview["section"], strict=True)
        groups = pd.Series([lab if isinstance(lab, str) and lab else
                            (sec if sec.startswith("(") else f"({sec})") for lab, sec in pairs])
    frame = pd.DataFrame({"group": list(groups), "hedged": overview["hedged"].astype(bool),
                          "cited": overview["cited"].astype(bool)})
    order = list(dict.fromkeys(frame["group"]))
    counts = frame.groupby("group", sort=False).agg(
        claims=("hedged", "size"), hedged=("hedged", "sum"), cited=("cited", "sum"))
    counts = counts.reindex(order)
    counts["asserted"] = counts["claims"] - counts["hedged"]
    counts["uncited"] = counts["claims"] - counts["cited"]
    counts = counts.astype(int).reset_index()
    return counts[["group", "claims", "hedged", "asserted", "cited", "uncited"]]


@cache
def _booster_spans_pattern():
    from .lexicons import phrase_pattern, word_list

    return phrase_pattern(word_list("boosters.txt"))


def modality(data: Any) -> pd.DataFrame:
    """Return, per claim, its hedge cues, its boosters and its strongest word.

    A claim's words are ranked booster (``certainly``, ``in fact``, …; see
    ``data/boosters.txt``) > plain assertion > hedge. A claim *whose strongest
    word is a hedge* carries hedge cues and no booster: nothing in the
    sentence asserts more firmly than the hedge.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``claim_id``, ``text``, ``hedge_cues``,
        ``boosters`` (comma-separated, ``""`` when none), ``n_hedges``,
        ``stacked`` (two or more hedge cues), ``strongest`` (``"booster"``,
        ``"plain"`` or ``"hedge"``) and ``strongest_word``.
    """
    from .highlight import cue_list

    claims = table(data, "claims")
    pattern = _booster_spans_pattern()
    rows = []
    columns_in = ["article_id", "claim_id", "text", "hedge_cues"]
    for aid, cid, text, cues_value in claims[columns_in].itertuples(index=False):
        cues = cue_list(cues_value)
        boosters = list(dict.fromkeys(" ".join(m.group(0).lower().split())
                                      for m in pattern.finditer(text or "")))
        if boosters:
            strongest, word = "booster", boosters[0]
        elif cues:
            strongest, word = "hedge", cues[0]
        else:
            strongest, word = "plain", ""
        rows.append({"article_id": aid, "claim_id": cid, "text": text,
                     "hedge_cues": ", ".join(cues), "boosters": ", ".join(boosters),
                     "n_hedges": len(cues),
                     "stacked": len(cues) >= 2, "strongest": strongest, "strongest_word": word})
    import pandas as pd

    columns = ["article_id", "claim_id", "text", "hedge_cues", "boosters", "n_hedges", "stacked",
               "strongest", "strongest_word"]
    return pd.DataFrame(rows, columns=columns)


def hedge_led_claims(data: Any) -> pd.DataFrame:
    """Return the claims whose strongest word is a hedge (see :func:`modality`)."""
    table_ = modality(data)
    return table_[table_["strongest"] == "hedge"].reset_index(drop=True)


# -- blocks -------------------------------------------------------------------
def block_role(kind: str, duplicate_of: Any, label: Any = None) -> str:
    """Return the role of a block: claim text, structure, references, padding or repetition.

    A data table (label ``table``) is a reference: its numbers back the claims
    and are listed in ``figures``, though its kind is ``boilerplate``.
    """
    import pandas as pd

    if not pd.isna(duplicate_of):
        return "repetition"
    if kind in CLAIM_KINDS:
        return "claim text"
    if label == TABLE_LABEL:
        return "references"
    return _ROLE_OF_KIND.get(str(kind), "padding")


def block_composition(data: Any, *, by: str = "kind") -> pd.DataFrame:
    """Count blocks and characters per block kind (or per role).

    Parameters
    ----------
    data : Article, Corpus or mapping of str to DataFrame
        Where the blocks come from.
    by : {"kind", "role"}
        ``kind`` gives one row per block kind present (in the categorical
        order); ``role`` groups kinds into claim text, structure, references,
        padding and repetition (duplicate blocks of any kind).

    Returns
    -------
    DataFrame
        Columns ``kind`` (or ``role``), ``blocks``, ``chars``, ``repeated_chars``
        (characters in duplicate blocks) and ``share`` (of all block characters,
        0–1).
    """
    import pandas as pd

    blocks = table(data, "blocks")
    chars = (blocks["end"] - blocks["start"]).astype(int)
    repeated = blocks["duplicate_of"].notna()
    if by == "kind":
        keys = blocks["kind"].astype(str)
        order = [k for k in blocks["kind"].cat.categories if k in set(keys)] if hasattr(
            blocks["kind"], "cat") else list(dict.fromkeys(keys))
    elif by == "role":
        keys = pd.Series([block_role(k, d, label) for k, d, label in zip(
            blocks["kind"], blocks["duplicate_of"], blocks["label"], strict=True)],
            index=blocks.index)
        order = [r for r in ROLES if r in set(keys)]
    else:
        raise ValueError(f"by must be 'kind' or 'role', not {by!r}")
    frame = pd.DataFrame({by: keys, "chars": chars, "repeated_chars": chars.where(repeated, 0)})
    out = frame.groupby(by, sort=False).agg(blocks=("chars", "size"), chars=("chars", "sum"),
                                            repeated_chars=("repeated_chars", "sum"))
    out = out.reindex(order).astype(int).reset_index()
    total = out["chars"].sum()
    out["share"] = (out["chars"] / total).round(3) if total else 0.0
    return out


def set_aside(data: Any) -> pd.DataFrame:
    """Return the blocks that yield no claims, with the reason each was set aside.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``block_id``, ``kind``, ``reason``, ``text``
        (shortened); in reading order.
    """
    import pandas as pd

    blocks = table(data, "blocks")
    claims = table(data, "claims")
    with_claims = set(zip(claims["article_id"].astype(str), claims["block_id"].astype(int),
                          strict=True))
    rows = []
    for b in blocks.itertuples(index=False):
        key = (str(b.article_id), int(b.block_id))
        if key in with_claims:
            continue
        if not pd.isna(b.duplicate_of):
            reason = f"repeats block {int(b.duplicate_of)}"
        elif b.kind in CLAIM_KINDS:
            reason = "no sentence in it asserts anything"
        elif b.label == TABLE_LABEL:
            reason = "data table: its numbers are read into figures, cell by cell"
        else:
            reason = _SET_ASIDE_REASON.get(str(b.kind), str(b.kind))
        rows.append({"article_id": b.article_id, "block_id": int(b.block_id), "kind": str(b.kind),
                     "reason": reason, "text": shorten(b.text, 70)})
    return pd.DataFrame(rows, columns=["article_id", "block_id", "kind", "reason", "text"])


def repeated_blocks(data: Any) -> pd.DataFrame:
    """Return each duplicate block next to the block it repeats.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``block_id``, ``kind``, ``duplicate_of``,
        ``original_kind``, ``text``, ``original``, ``exact`` (the texts are
        identical).
    """
    import pandas as pd

    blocks = table(data, "blocks")
    by_key = {(str(a), int(i)): (k, t) for a, i, k, t in
              blocks[["article_id", "block_id", "kind", "text"]].itertuples(index=False)}
    rows = []
    for b in blocks[blocks["duplicate_of"].notna()].itertuples(index=False):
        okind, otext = by_key.get((str(b.article_id), int(b.duplicate_of)), ("", ""))
        rows.append({"article_id": b.article_id, "block_id": int(b.block_id), "kind": str(b.kind),
                     "duplicate_of": int(b.duplicate_of), "original_kind": str(okind),
                     "text": b.text, "original": otext,
                     "exact": " ".join(str(b.text).split()) == " ".join(str(otext).split())})
    columns = ["article_id", "block_id", "kind", "duplicate_of", "original_kind", "text",
               "original", "exact"]
    return pd.DataFrame(rows, columns=columns)


# -- figures ------------------------------------------------------------------
def format_value(value: Any, value_high: Any = None, kind: Any = None) -> str:
    """Format a figure's value: ``25,000``, ``1.5``, ``1988–2006`` (years without separators)."""
    import pandas as pd

    def one(v: Any) -> str:
        v = float(v)
        if str(kind) == "year" and v.is_integer():
            return str(int(v))
        return f"{v:,.0f}" if v.is_integer() else f"{v:,.6g}"

    if value is None or pd.isna(value):
        return ""
    if value_high is not None and not pd.isna(value_high):
        return f"{one(value)}–{one(value_high)}"
    return one(value)


def figure_places(data: Any) -> pd.DataFrame:
    """Return, per figure, where it stands and whether that claim is hedged.

    Returns
    -------
    DataFrame
        The figures table plus ``place`` (``C1``, or the kind of block for
        figures outside claims: ``title``, ``sources``, ``bullet label``, …)
        and ``context`` (``hedged``, ``asserted`` or ``outside claims``).
    """
    figures = table(data, "figures").copy()
    claims = table(data, "claims")
    blocks = table(data, "blocks")
    multi = len(article_ids(data)) > 1
    hedged = {(str(a), int(c)): bool(h) for a, c, h in
              claims[["article_id", "claim_id", "hedged"]].itertuples(index=False)}
    kinds = {(str(a), int(b)): str(k) for a, b, k in
             blocks[["article_id", "block_id", "kind"]].itertuples(index=False)}
    places, contexts = [], []
    for aid, cid, bid in figures[["article_id", "claim_id", "block_id"]].itertuples(index=False):
        if cid is not None and not _isna(cid):
            places.append(claim_label(str(aid), int(cid), multi))
            contexts.append("hedged" if hedged.get((str(aid), int(cid))) else "asserted")
        else:
            kind = kinds.get((str(aid), int(bid)), "text") if not _isna(bid) else "text"
            places.append("bullet label" if kind == "bullet" else kind)
            contexts.append("outside claims")
    figures["place"] = places
    figures["context"] = contexts
    return figures


def _isna(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def figure_repeats(data: Any) -> pd.DataFrame:
    """Return the numbers mentioned more than once, and whether the mentions agree.

    Mentions are grouped by article, figure ``kind`` and value (low and high
    end). They count the *same thing* when their subjects share a head noun
    ("North Korean workers" and "workers"); they *agree* when they also carry
    the same qualifier ("up to", "about", none). "up to 25,000" and a bare
    "25,000" for the same workers do not agree: one is a ceiling, the other
    reads as a fact.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``value`` (formatted), ``kind``, ``mentions``,
        ``figure_ids``, ``places``, ``texts``, ``subjects``, ``qualifiers``,
        ``same_thing``, ``agree`` (bool) and ``verdict`` (``"agree"``,
        ``"qualifier differs: …"`` or ``"different things (…)"``); largest
        groups first.
    """
    import pandas as pd

    figures = figure_places(data)
    rows = []
    keys = ["article_id", "kind", "value", "value_high"]
    grouped = figures.assign(value_high=figures["value_high"].fillna(-1.0)).groupby(
        keys, sort=False, observed=True, dropna=False)
    for (aid, kind, value, high), group in grouped:
        if len(group) < 2 or _isna(value):
            continue
        qualifiers = [q if isinstance(q, str) and q else "none" for q in group["qualifier"]]
        subjects = [s if isinstance(s, str) and s else "(none)" for s in group["subject"]]
        heads = {s.lower().split()[-1] for s in subjects if s != "(none)"}
        same_thing = len(heads) <= 1
        agree = same_thing and len(set(qualifiers)) == 1
        if not same_thing:
            verdict = "different things (" + " / ".join(dict.fromkeys(subjects)) + ")"
        elif len(set(qualifiers)) > 1:
            counts = pd.Series(qualifiers).value_counts(sort=False)
            verdict = "qualifier differs: " + ", ".join(
                f"{'no qualifier' if q == 'none' else repr(q)} ×{n}" for q, n in counts.items())
        else:
            verdict = "agree"
        rows.append({
            "article_id": aid, "value": format_value(value, None if high == -1.0 else high, kind),
            "kind": str(kind), "mentions": len(group),
            "figure_ids": ", ".join(str(int(i)) for i in group["figure_id"]),
            "places": ", ".join(group["place"]), "texts": " | ".join(group["text"]),
            "subjects": " | ".join(dict.fromkeys(subjects)),
            "qualifiers": " | ".join(dict.fromkeys(qualifiers)),
            "same_thing": same_thing, "agree": agree, "verdict": verdict,
        })
    columns = ["article_id", "value", "kind", "mentions", "figure_ids", "places", "texts",
               "subjects", "qualifiers", "same_thing", "agree", "verdict"]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["article_id", "mentions"], ascending=[True, False],
                           kind="stable").reset_index(drop=True)


def figure_conflicts(data: Any) -> pd.DataFrame:
    """Return subjects counted in different claims with values that disagree.

    The audit's ``conflicting_figures`` check, as a table: counts of one subject
    (ignoring case) and unit in one article, at most a small factor apart and
    from different claims (see ``analystkit.conflicts``).

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``subject``, ``values``, ``figure_ids``; empty
        when no counts disagree.
    """
    import pandas as pd

    from .conflicts import Count, conflicting_counts

    figures = table(data, "figures")
    counted = figures[figures["subject"].notna() & figures["value"].notna()
                      & (figures["kind"].astype(str) == "count")]
    rows = []
    for aid, group in counted.groupby(counted["article_id"], sort=False):
        counts = [Count(int(f.figure_id), None if _isna(f.claim_id) else int(f.claim_id),
                        str(f.subject), "" if _isna(f.unit) else str(f.unit), float(f.value),
                        None if _isna(f.value_high) else float(f.value_high))
                  for f in group.itertuples(index=False)]
        for found in conflicting_counts(counts):
            values = sorted({(c.value, c.value_high) for c in found},
                            key=lambda pair: (pair[0], pair[1] or pair[0]))
            rows.append({"article_id": aid, "subject": found[0].subject.lower(),
                         "values": ", ".join(format_value(v, h) for v, h in values),
                         "figure_ids": ", ".join(str(c.figure_id) for c in found)})
    return pd.DataFrame(rows, columns=["article_id", "subject", "values", "figure_ids"])


# -- sources ------------------------------------------------------------------
def source_support(data: Any) -> pd.DataFrame:
    """Return, per source, the claims citing it and how many rest on it alone.

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``source_id``, ``source`` (``[1] The Guardian``),
        ``title``, ``n_claims``, ``hedged`` and ``asserted`` (claims citing it),
        ``sole`` (claims citing only this source), ``claim_ids``
        (e.g. ``"5, 7, 8"``); also sources missing from the list that a
        citation points to (``title`` ``"(not in the source list)"``).
    """
    import pandas as pd

    sources = table(data, "sources")
    citations = table(data, "citations")
    claims = table(data, "claims")
    hedged = {(str(a), int(c)): bool(h) for a, c, h in
              claims[["article_id", "claim_id", "hedged"]].itertuples(index=False)}
    n_sources = {(str(a), int(c)): int(n) for a, c, n in
                 claims[["article_id", "claim_id", "n_sources"]].itertuples(index=False)}
    citing: dict[tuple[str, int], list[int]] = {}
    for aid, cid, sid in citations[["article_id", "claim_id", "source_id"]].itertuples(index=False):
        citing.setdefault((str(aid), int(sid)), []).append(int(cid))
    rows = []
    listed = set()
    for s in sources.itertuples(index=False):
        key = (str(s.article_id), int(s.source_id))
        listed.add(key)
        rows.append(_support_row(key, source_label(s.marker, s.outlet, int(s.source_id), s.title),
                                 s.title if isinstance(s.title, str) else "", citing, hedged,
                                 n_sources))
    for key in citing:
        if key not in listed:
            rows.append(_support_row(key, f"[{key[1]}] (missing)", "(not in the source list)",
                                     citing, hedged, n_sources))
    columns = ["article_id", "source_id", "source", "title", "n_claims", "hedged", "asserted",
               "sole", "claim_ids"]
    return pd.DataFrame(rows, columns=columns)


def _support_row(key, label, title, citing, hedged, n_sources) -> dict[str, Any]:
    cids = sorted(set(citing.get(key, [])))
    n_hedged = sum(hedged.get((key[0], c), False) for c in cids)
    return {"article_id": key[0], "source_id": key[1], "source": label, "title": title,
            "n_claims": len(cids), "hedged": n_hedged, "asserted": len(cids) - n_hedged,
            "sole": sum(n_sources.get((key[0], c), 0) == 1 for c in cids),
            "claim_ids": ", ".join(map(str, cids))}


def single_source_claims(data: Any) -> pd.DataFrame:
    """Return the claims that cite exactly one source, with that source."""
    overview = claim_overview(data)
    return overview[overview["n_sources"] == 1][
        ["article_id", "claim_id", "section", "text", "hedged", "sources"]].reset_index(drop=True)


def uncited_claims(data: Any) -> pd.DataFrame:
    """Return the claims that cite no source."""
    overview = claim_overview(data)
    return overview[~overview["cited"]][
        ["article_id", "claim_id", "section", "text", "hedged"]].reset_index(drop=True)


# -- summary ------------------------------------------------------------------
def analyst_summary(data: Any) -> str:
    """Return a short plain-text summary of the audit an analyst can paste into a report.

    One block of bullet points per article: how much of the page is claim
    text, which claims are uncited or rest on one source, what is hedged,
    what repeats and which repeated numbers disagree.

    Returns
    -------
    str
        Plain text (Markdown-compatible bullets), one block per article.

    Examples
    --------
    >>> print(analyst_summary(art))  # doctest: +SKIP
    Russia may potentially recruit up to 25,000 North Korean workers …
    - 14 claims from 24 blocks; claim text is 47% of the page, …
    """
    ids = article_ids(data)
    return "\n\n".join(_summary_one(_subset(data, aid), aid) for aid in ids)


def _subset(data: Any, article_id: str) -> dict[str, pd.DataFrame]:
    tables = {}
    for name in ("articles", "blocks", "claims", "citations", "figures", "sources"):
        t = table(data, name)
        tables[name] = t[t["article_id"].astype(str) == article_id].reset_index(drop=True)
    return tables


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _ids(values, prefix: str = "C", limit: int = 12) -> str:
    values = list(values)
    shown = ", ".join(f"{prefix}{int(v)}" for v in values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _summary_one(t: dict[str, pd.DataFrame], aid: str) -> str:
    claims = claim_overview(t)
    n_claims = len(claims)
    art = t["articles"]
    headline = ""
    if len(art) and isinstance(art["headline"].iloc[0], str):
        headline = art["headline"].iloc[0]
    lines = [f"{headline} [{aid}]" if headline else f"[{aid}]"]
    roles = block_composition(t, by="role").set_index("role")
    total = int(roles["chars"].sum()) or 1
    share = {r: roles["chars"].get(r, 0) / total for r in ("claim text", "padding", "repetition")}
    lines.append(
        f"- {_plural(n_claims, 'claim')} from {_plural(len(t['blocks']), 'block')}; claim text is "
        f"{share['claim text']:.0%} of the page, padding {share['padding']:.0%}, repetition "
        f"{share['repetition']:.0%}.")
    n_sources = len(t["sources"])
    uncited = claims[~claims["cited"]]
    if n_claims and len(uncited) == n_claims:
        lines.append(f"- None of the {_plural(n_claims, 'claim')} cites a source"
                     + (f", although the article lists {_plural(n_sources, 'source')}."
                        if n_sources else "."))
    elif n_claims:
        lines.append(
            f"- {len(uncited)} of {n_claims} claims cite no source"
            + (f", although the article lists {_plural(n_sources, 'source')}" if n_sources else "")
            + (f": {_ids(uncited['claim_id'])}." if len(uncited) else "."))
    single = claims[claims["n_sources"] == 1]
    if len(single):
        verb = "rests" if len(single) == 1 else "rest"
        lines.append(f"- {_plural(len(single), 'claim')} {verb} on a single source: " + "; ".join(
            f"C{int(c)} on {s}" for c, s in zip(single["claim_id"], single["sources"], strict=True))
            + ".")
    hedged = claims[claims["hedged"]]
    if len(hedged):
        cues = list(dict.fromkeys(c for v in hedged["hedge_cues"] for c in str(v).split(", ") if c))
        led = hedge_led_claims(t)
        stacked = led[led["stacked"]]
        lines.append(
            f"- {len(hedged)} of {n_claims} claims are hedged ({', '.join(cues)}): "
            f"{_ids(hedged['claim_id'])}; in {len(led)} of them the hedge is the strongest word"
            + ("".join(f"; C{int(r.claim_id)} stacks {r.n_hedges} hedges ({r.hedge_cues})"
                       for r in stacked.itertuples(index=False))) + ".")
    if n_claims and headline and claims["text"].iloc[0].strip() == headline.strip():
        first = claims.iloc[0]
        state = ("hedged" if first["hedged"] else "asserted") + " and " + (
            "cited" if first["cited"] else "uncited")
        lines.append(f"- The headline claim (C{int(first['claim_id'])}) is {state}.")
    repeats = repeated_blocks(t)
    for original, group in repeats.groupby("duplicate_of", sort=False):
        kind = group["original_kind"].iloc[0]
        lines.append(f"- The {kind} (block {original}) is repeated {_plural(len(group), 'time')} "
                     f"(blocks {', '.join(map(str, group['block_id']))}).")
    for row in figure_repeats(t).itertuples(index=False):
        if row.same_thing and not row.agree:
            lines.append(f"- The number {row.value} appears {row.mentions} times ({row.places}): "
                         f"{row.verdict}.")
    for row in figure_conflicts(t).itertuples(index=False):
        lines.append(f"- '{row.subject}' is given different values: {row.values}.")
    support = source_support(t)
    unused = support[support["n_claims"] == 0]
    if n_sources and len(unused):
        lines.append(f"- {_plural(len(unused), 'source')} cited by no claim: "
                     + "; ".join(unused["source"]) + ".")
    elif n_sources:
        lines.append(f"- Each of the {_plural(n_sources, 'listed source')} is cited by at least "
                     "one claim.")
    return "\n".join(lines)
