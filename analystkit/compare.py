"""Compare articles: the same figures, the same claims and the same sources across a corpus.

Every function takes the dict of tables a :class:`~analystkit.corpus.Corpus`
(or an :class:`~analystkit.article.Article`) builds — ``corpus.tables()`` —
and returns a tidy DataFrame, so the same calls work on tables read back from
CSV or computed with Dask.

- :func:`compare_figures` — figures grouped by what they count, one row per
  value an article gives.
- :func:`match_claims` — pairs of claims in different articles that say the
  same thing, scored by lexical similarity (rapidfuzz).
- :func:`unmatched_claims` — claims no other article repeats.
- :func:`cited_outlets` and :func:`shared_sources` — who is cited, and which
  source-list entries several articles share.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

Tables = Mapping[str, "pd.DataFrame"]

#: Figure kinds compared by default: amounts of something, not dates or ranks.
COMPARED_KINDS = ("count", "money", "percent", "measure", "number")
#: Words that open a subject without changing what is counted ("the workers").
SUBJECT_DETERMINERS = frozenset(
    "the a an some its their his her our your these those such more additional further extra "
    "another other".split())
#: Nouns that name the same thing in news copy (after singularising). Kept
#: small on purpose: each entry merges figures, so each must be safe.
SUBJECT_SYNONYMS = {
    "laborer": "worker", "labourer": "worker", "workman": "worker",
    "soldier": "troop", "people": "person", "individual": "person",
}
_IRREGULAR = {"people": "people", "men": "man", "women": "woman", "children": "child",
              "news": "news", "series": "series", "species": "species", "data": "data"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}\b)")
_URL_ARCHIVE = re.compile(r"^(?:https?://)?web\.archive\.org/web/\d+[a-z_]*/", re.IGNORECASE)
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


# -- words -----------------------------------------------------------------------


def singular(word: str) -> str:
    """Return a crude singular of a lower-case English noun ("laborers" → "laborer").

    Examples
    --------
    >>> [singular(w) for w in ("workers", "casualties", "buses", "troops", "status")]
    ['worker', 'casualty', 'bus', 'troop', 'status']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes", "uses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise_word(word: str) -> str:
    """Lower-case, strip a possessive, singularise and map synonyms."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = singular(word)
    return SUBJECT_SYNONYMS.get(word, word)


def subject_key(subject: str) -> tuple[frozenset[str], str]:
    """Split a figure's subject into (modifiers, head noun), both normalised.

    Examples
    --------
    >>> modifiers, head = subject_key("North Korean laborers")
    >>> sorted(modifiers), head
    (['korean', 'north'], 'worker')
    >>> subject_key("the workers")
    (frozenset(), 'worker')
    """
    words = _WORD.findall(subject)
    while words and words[0].lower() in SUBJECT_DETERMINERS:
        words = words[1:]
    if not words:
        return frozenset(), subject.strip().lower()
    words = [normalise_word(w) for w in words]
    return frozenset(words[:-1]), words[-1]


# -- figures ---------------------------------------------------------------------


def compare_figures(tables: Tables, *, kinds: Sequence[str] | None = COMPARED_KINDS,
                    min_articles: int = 2, include_sources: bool = False) -> pd.DataFrame:
    """Put the figures different articles give for the same subject side by side.

    Figures are grouped by what they count: the subject's head noun
    (singularised, with a few synonyms merged: "laborers" and "workers"),
    its kind and unit, and its modifiers. "North Korean workers" and
    "Korean workers" join when the corpus counts no other kind of Korean
    worker. A bare "workers" joins the one qualified group its own article
    counts ("North Korean workers": the text makes clear who is meant); it
    stays a group of its own when its article counts none or several.
    Figures that count what happened to different people stay apart ("killed
    41 people" and "displaced 25,000 people": :func:`figure_outcome`).

    Parameters
    ----------
    tables : mapping of str to DataFrame
        ``corpus.tables()`` (needs ``figures``, ``articles``, ``blocks`` and
        ``claims``).
    kinds : sequence of str, optional
        Figure kinds to compare (default COMPARED_KINDS); None for all.
    min_articles : int, default 2
        Keep groups given by at least this many articles (1 keeps all).
    include_sources : bool, default False
        Also compare figures in source-list entries (what other works say).

    Returns
    -------
    DataFrame
        One row per distinct value (``value``, ``value_high``, ``qualifier``,
        ``unit``) an article gives for a group: ``group_id``, ``group`` (the
        subject as most often written), ``article_id``, ``outlet``,
        ``published``, ``figure_id`` (first mention), ``claim_id``, ``text``,
        ``value``, ``value_high``, ``qualifier``, ``kind``, ``unit``,
        ``subject``, ``n_mentions``, ``n_articles`` and ``n_values`` (in the
        group), and ``claim`` (the sentence). Groups are numbered by how many
        articles give them, then name; rows in a group by publication date
        (missing last), then corpus order.

    Examples
    --------
    >>> table = corpus.compare_figures()  # doctest: +SKIP
    >>> table[table["n_values"] > 1]  # subjects the reports disagree on  # doctest: +SKIP
    """
    import pandas as pd

    figures = tables["figures"]
    blocks = tables["blocks"][["article_id", "block_id", "kind"]]
    blocks = blocks.rename(columns={"kind": "block_kind"})
    figs = figures.merge(blocks, on=["article_id", "block_id"], how="left", sort=False)
    keep = figs["value"].notna()
    if kinds is not None:
        keep &= figs["kind"].astype("str").isin(list(kinds))
    if not include_sources:
        keep &= figs["block_kind"].astype("str") != "sources"
    # a subject that only names an outcome ("The death toll rose to 57": "death toll")
    # names nothing counted, as no subject does
    outcome_only = figs["subject"].map(
        lambda subject: isinstance(subject, str) and _only_outcome(subject)).astype(bool)
    named = keep & figs["subject"].notna() & ~outcome_only
    keep, unnamed_keep = named, keep & (figs["subject"].isna() | outcome_only)
    order = {aid: i for i, aid in enumerate(tables["articles"]["article_id"])}
    unnamed_figs = figs[unnamed_keep.fillna(False).astype(bool)]
    unnamed = _unnamed_amounts(unnamed_figs, tables["claims"], order)
    figs = figs[keep.fillna(False).astype(bool)].reset_index(drop=True)
    if figs.empty and unnamed.empty:
        return _empty_comparison(figures)

    outcomes = _outcomes(figs, tables["claims"])
    subjects = [subject_without_outcome(subject) for subject in figs["subject"]]
    columns = zip(figs["article_id"], subjects, figs["kind"], figs["unit"], strict=True)
    rows = [_FigureRow(i, aid, subject, str(kind), _opt(unit), order.get(aid, 0), outcome)
            for i, ((aid, subject, kind, unit), outcome)
            in enumerate(zip(columns, outcomes, strict=True))]
    labels = _group_figures(rows)
    figs["group"] = [labels[row.index] for row in rows]
    unnamed = pd.concat([unnamed, _unnamed_outcomes(unnamed_figs, tables["claims"], rows,
                                                    labels)], ignore_index=True)
    if not unnamed.empty:
        figs = pd.concat([figs, unnamed], ignore_index=True) if not figs.empty else unnamed

    figs["_qual"] = figs["qualifier"].fillna("")
    figs["_high"] = figs["value_high"].fillna(-1.0)
    figs["_unit"] = figs["unit"].fillna("")
    keys = ["group", "article_id", "value", "_high", "_qual", "_unit"]
    mentions = figs.groupby(keys, sort=False)["figure_id"].transform("size")
    figs["n_mentions"] = mentions.astype("Int64")
    figs = figs.drop_duplicates(keys, keep="first")
    n_articles = figs.groupby("group", sort=False)["article_id"].nunique().rename("n_articles")
    n_values = (figs.drop_duplicates(["group", "value", "_high"])
                .groupby("group", sort=False).size().rename("n_values"))
    figs = figs.join(n_articles, on="group").join(n_values, on="group")
    figs = figs[figs["n_articles"] >= min_articles]
    if figs.empty:
        return _empty_comparison(figures)
    ranked = sorted(figs["group"].unique(), key=lambda g: (-n_articles[g], g.lower(), g))
    figs["group_id"] = figs["group"].map({g: i for i, g in enumerate(ranked, start=1)})

    meta = tables["articles"][["article_id", "outlet", "published"]]
    figs = figs.merge(meta, on="article_id", how="left", sort=False)
    claims = tables["claims"][["article_id", "claim_id", "text"]].rename(columns={"text": "claim"})
    figs = figs.merge(claims, on=["article_id", "claim_id"], how="left", sort=False)
    figs["_order"] = figs["article_id"].map(order)
    figs = figs.sort_values(["group_id", "published", "_order", "figure_id"],
                            na_position="last", kind="stable")
    figs["group_id"] = figs["group_id"].astype("Int64")
    for column in ("n_articles", "n_values"):
        figs[column] = figs[column].astype("Int64")
    figs["group"] = figs["group"].astype("str")
    return figs[list(_COMPARISON_COLUMNS)].reset_index(drop=True)


#: Kinds of figure whose subject the text often leaves unsaid ("will pay 5,000 dollars
#: to each family"): such amounts are grouped by the claims they sit in.
UNNAMED_KINDS = ("money", "percent")


def _unnamed_amounts(figs: pd.DataFrame, claims: pd.DataFrame,
                     order: dict[str, int]) -> pd.DataFrame:
    """Group amounts without a subject, across articles, by what their claims say.

    Two amounts of one kind and unit in different articles join when their
    claims score at least MIN_CLAIM_SCORE by :func:`claim_similarity` ("Blue
    Strait Lines said it would pay $8,000 to each victim's family" and "… would
    pay 5,000 dollars to each victim's family"). A group is named by its unit and
    the content words its claims share. Returns the figures that found a match,
    with a ``group`` column; amounts no other article matches are left out.
    """
    import pandas as pd

    figs = figs[figs["kind"].astype("str").isin(UNNAMED_KINDS) & figs["unit"].notna()
                & figs["claim_id"].notna()].reset_index(drop=True)
    if figs.empty:
        return figs.assign(group=pd.Series(dtype="str"))
    texts = {(a, c): t for a, c, t in claims[["article_id", "claim_id", "text"]].itertuples(
        index=False)}
    words = [" ".join(claim_words(texts.get((a, c), ""))) for a, c in
             zip(figs["article_id"], figs["claim_id"], strict=True)]
    parent = list(range(len(figs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = list(zip(figs["article_id"], figs["kind"].astype("str"), figs["unit"], strict=True))
    for i in range(len(figs)):
        for j in range(i + 1, len(figs)):
            if keys[i][0] != keys[j][0] and keys[i][1:] == keys[j][1:] \
                    and claim_similarity(words[i], words[j]) >= MIN_CLAIM_SCORE:
                parent[root(j)] = root(i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(figs)):
        members[root(i)].append(i)
    labels: dict[int, str] = {}
    for group in members.values():
        if len({keys[i][0] for i in group}) < 2:
            continue
        first = min(group, key=lambda i: (order.get(keys[i][0], 0), i))
        shared = set.intersection(*(set(words[i].split()) for i in group))
        common = [w for w in dict.fromkeys(words[first].split()) if w in shared and
                  not w.isdigit()][:MAX_LABEL_WORDS]
        label = f"{keys[first][2]}: {' '.join(common) or 'amount'}"
        for i in group:
            labels[i] = label
    figs = figs[[i in labels for i in range(len(figs))]].copy()
    figs["group"] = [labels[i] for i in figs.index]
    return figs.reset_index(drop=True)


#: Kinds of figure without a subject that join a group by their outcome alone.
OUTCOME_ONLY_KINDS = ("count", "number")


def _unnamed_outcomes(figs: pd.DataFrame, claims: pd.DataFrame, rows: list[_FigureRow],
                      labels: dict[int, str]) -> pd.DataFrame:
    """Put counts without a subject in the one group their outcome points to.

    "The death toll rose to 57" names nothing it counts, but when the corpus
    has one group of the dead ("people (dead)"), that is what 57 counts. When it
    has none or several, the count is left out.
    """
    import pandas as pd

    figs = figs[figs["kind"].astype("str").isin(OUTCOME_ONLY_KINDS)
                & figs["claim_id"].notna()].reset_index(drop=True)
    groups: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.outcome:
            groups[row.outcome].add(labels[row.index])
    if figs.empty or not groups:
        return figs.iloc[:0].assign(group=pd.Series(dtype="str"))
    found = [next(iter(groups[outcome])) if outcome and len(groups[outcome]) == 1 else None
             for outcome in _outcomes(figs, claims)]
    figs = figs.assign(group=found)
    return figs[figs["group"].notna()].reset_index(drop=True)


#: Most content words in the name of a group of unnamed amounts.
MAX_LABEL_WORDS = 5

_COMPARISON_COLUMNS = ("group_id", "group", "article_id", "outlet", "published", "figure_id",
                       "claim_id", "text", "value", "value_high", "qualifier", "kind", "unit",
                       "subject", "n_mentions", "n_articles", "n_values", "claim")


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pd.NA."""
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _opt(value: Any) -> str | None:
    return None if _missing(value) else str(value)


def _empty_comparison(figures: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    dtypes = {"group_id": "Int64", "group": "str", "outlet": "str", "published": "str",
              "n_mentions": "Int64", "n_articles": "Int64", "n_values": "Int64", "claim": "str"}
    data = {c: pd.array([], dtype=dtypes[c]) if c in dtypes else figures[c].iloc[:0].array
            for c in _COMPARISON_COLUMNS}
    return pd.DataFrame(data)


#: How far around a figure (characters before its number, after its subject) the
#: outcome of what it counts is looked for ("killed at least 41 people", "25,000
#: people were forced from their homes").
OUTCOME_WINDOW = 40


@cache
def _outcome_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from .lexicons import phrase_pattern, toml_table

    outcome_of = {phrase: outcome for outcome, phrases in toml_table("outcomes.toml").items()
                  for phrase in phrases}
    return phrase_pattern(list(outcome_of), lower_case=True), outcome_of


#: What parts one clause from the next, so that an outcome worded there is not the
#: figure's ("killing 3 passengers and injuring 40": 40 were injured, not killed).
_CLAUSE_BOUNDARY = re.compile(r"[,;:()]|\s(?:and|but|while|whereas|including)\s")


def figure_outcome(claim: str, figure_text: str, subject: str | None) -> str | None:
    """Return what happened to what a figure counts (``data/outcomes.toml``), or None.

    The outcome worded nearest the figure in its own clause, before its number or
    after its subject, within OUTCOME_WINDOW characters; or the outcome its subject
    ends with ("57 people dead").

    Examples
    --------
    >>> figure_outcome("The storm killed at least 41 people and displaced 25,000 people.",
    ...                "25,000", "people")
    'displaced'
    """
    pattern, outcome_of = _outcome_pattern()
    ending = _outcome_ending(subject) if subject else None
    if ending:
        return outcome_of[ending.group()]
    if subject and _only_outcome(subject):  # "41 dead", "the death toll from the floods"
        return outcome_of[pattern.match(subject.lower()).group()]
    lower = claim.lower()
    start = lower.find(figure_text.lower())
    if start < 0:
        return None
    end = start + len(figure_text)
    if subject:
        found = lower.find(subject.lower(), end)
        if 0 <= found <= end + OUTCOME_WINDOW:
            end = found + len(subject)
    best: tuple[int, str] | None = None
    for match in pattern.finditer(lower, max(0, start - OUTCOME_WINDOW), end + OUTCOME_WINDOW):
        if match.end() <= start:
            between = lower[match.end():start]
        elif match.start() >= end:
            between = lower[end:match.start()]
        else:
            continue
        if _CLAUSE_BOUNDARY.search(between):
            continue  # another clause's outcome
        if best is None or len(between) < best[0]:
            best = (len(between), outcome_of[match.group()])
    return best[1] if best else None


def _outcome_ending(subject: str) -> re.Match[str] | None:
    """Return the outcome a subject ends with, after at least one word ("people dead")."""
    pattern, _ = _outcome_pattern()
    lower = subject.lower()
    for match in pattern.finditer(lower):
        if match.end() == len(lower) and match.start() > 0:
            return match
    return None


def _only_outcome(subject: str) -> bool:
    """Whether a subject is an outcome's word alone ("death toll", "fatalities").

    What it happened in may follow ("death toll from the floods", "toll in Gaza").
    """
    pattern, _ = _outcome_pattern()
    lowered = subject.lower()
    if pattern.fullmatch(lowered) is not None:
        return True
    found = pattern.match(lowered)
    return found is not None and _EVENT_AFTER_OUTCOME.match(lowered, found.end()) is not None


#: What an outcome's word may be followed by in a subject that still counts nothing
#: but the outcome: the event or place it happened in ("from the floods", "in Gaza").
_EVENT_AFTER_OUTCOME = re.compile(r"[ \t]+(?:from|in|of|at|after|since)[ \t]+\S")


def subject_without_outcome(subject: str) -> str:
    """Return a subject without the outcome it ends with ("people dead" → "people")."""
    ending = _outcome_ending(subject)
    return subject[:ending.start()].rstrip() if ending else subject


def _outcomes(figs: pd.DataFrame, claims: pd.DataFrame) -> list[str | None]:
    """Return the outcome (:func:`figure_outcome`) of every figure, from its claim."""
    texts = {(a, c): t for a, c, t in claims[["article_id", "claim_id", "text"]].itertuples(
        index=False)}
    return [figure_outcome(texts[(aid, cid)], text, _opt(subject))
            if not _missing(cid) and (aid, cid) in texts else None
            for aid, cid, text, subject in zip(figs["article_id"], figs["claim_id"],
                                               figs["text"], figs["subject"], strict=True)]


class _FigureRow:
    __slots__ = ("index", "article_id", "subject", "mods", "head", "bucket", "order",
                 "outcome")

    def __init__(self, index: int, article_id: str, subject: str, kind: str, unit: str | None,
                 order: int, outcome: str | None = None) -> None:
        self.index, self.article_id, self.subject, self.order = index, article_id, subject, order
        self.mods, self.head = subject_key(subject)
        self.outcome = outcome
        self.bucket = (self.head, kind, unit or "", outcome or "")


def _group_figures(rows: list[_FigureRow]) -> dict[int, str]:
    """Assign every figure a group label (see :func:`compare_figures`)."""
    by_bucket: dict[tuple, list[_FigureRow]] = defaultdict(list)
    for row in rows:
        by_bucket[row.bucket].append(row)
    labels: dict[int, str] = {}
    used: dict[str, tuple] = {}
    for bucket, members in by_bucket.items():
        mod_sets = {r.mods for r in members if r.mods}
        maximal = [m for m in mod_sets if not any(m < other for other in mod_sets)]

        def canon(mods: frozenset[str], maximal: list[frozenset[str]] = maximal) -> frozenset[str]:
            supersets = [m for m in maximal if mods <= m]
            return supersets[0] if len(supersets) == 1 else mods

        article_sets: dict[str, set[frozenset[str]]] = defaultdict(set)
        for r in members:
            if r.mods:
                article_sets[r.article_id].add(canon(r.mods))
        assigned: dict[int, frozenset[str]] = {}
        for r in members:
            if r.mods:
                assigned[r.index] = canon(r.mods)
            elif len(article_sets[r.article_id]) == 1:
                assigned[r.index] = next(iter(article_sets[r.article_id]))
            else:
                assigned[r.index] = frozenset()
        for mods in set(assigned.values()):
            group = [r for r in members if assigned[r.index] == mods]
            named = [r for r in group if r.mods == mods] or group
            counts = Counter(r.subject for r in named)
            first = {}
            for r in sorted(named, key=lambda r: (r.order, r.index)):
                first.setdefault(r.subject, (r.order, r.index))
            label = min(counts, key=lambda s: (-counts[s], first[s]))
            if bucket[3]:
                label = f"{label} ({bucket[3]})"  # "people (dead)", "people (displaced)"
            key = (bucket, mods)
            if label in used and used[label] != key:
                label = f"{label} ({bucket[1]}{', ' + bucket[2] if bucket[2] else ''})"
            used[label] = key
            for r in group:
                labels[r.index] = label
    return labels


# -- claims ----------------------------------------------------------------------

#: Default least similarity (0–100) for two claims to count as saying the same thing.
#: Measured with :func:`claim_similarity`: restatements in the illustrative
#: examples score 61–85 (ledes that give different numbers for the same
#: thing 61–67); across the 34 mostly unrelated articles of the shared
#: evaluation corpus one pair of different claims scores above 60 (two
#: "… contributed to this report." sign-offs, 65.9) and four above 55.
MIN_CLAIM_SCORE = 60.0
#: Pairs must share at least this many content words to be scored.
MIN_SHARED_WORDS = 2
#: A word in more than this share of claims (and at least 50 of them) does not
#: propose candidate pairs; it still counts in the score.
MAX_WORD_SHARE = 0.05


@cache
def _stopwords(language: str) -> frozenset[str]:
    from .lexicons import toml_table

    table = toml_table("stopwords.toml")
    return frozenset(table.get(language) or table.get("en") or ())


def claim_words(text: str, language: str | None = "en") -> list[str]:
    """Content words of a claim, normalised for matching.

    Lower-cased, digit groups joined ("25,000" → "25000"), stop words of the
    article's language dropped, nouns singularised and synonyms merged.

    Examples
    --------
    >>> claim_words("About 12,000 North Korean laborers have arrived.")
    ['about', '12000', 'north', 'korean', 'worker', 'arrived']
    """
    stops = _stopwords(language or "en")
    text = _DIGIT_GROUPS.sub("", text)
    return [normalise_word(w) for w in _WORD.findall(text) if w.lower() not in stops]


@cache
def _negations(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Return a language's negations and the phrases that hold one but negate nothing."""
    from .lexicons import phrase_pattern, toml_table

    table = toml_table("negations.toml")
    words = table.get(language) or table["en"]
    exceptions = table["not_negating"].get(language) or []
    return (phrase_pattern(words, lower_case=True),
            phrase_pattern(exceptions, lower_case=True) if exceptions else None)


_NEGATED_FORMS = ("n't", "n’t", "n'", "n’")
#: "No. 10 said": the abbreviation of "number", not a negation.
_NUMBER_ABBREVIATION = re.compile(r"\bno\.\s*(?=\d)")


def negated(text: str, language: str | None = "en") -> bool:
    """Whether a claim holds a negation or a verb of denial (``data/negations.toml``).

    Examples
    --------
    >>> negated("The fire wasn't caused by a power line.")
    True
    >>> negated("The company denied that the dam had been inspected.")
    True
    >>> negated("The fire was caused by a power line.")
    False
    """
    words, exceptions = _negations(language or "en")
    lower = _NUMBER_ABBREVIATION.sub(" ", text.lower())
    if exceptions is not None:
        lower = exceptions.sub(" ", lower)
    if words.search(lower):
        return True
    return any(word.endswith(_NEGATED_FORMS[:2])
               or (language == "fr" and word.startswith(_NEGATED_FORMS[2:]))
               for word in _WORD.findall(lower))


def claim_similarity(a: str, b: str) -> float:
    """Default score of :func:`match_claims`, 0–100, on space-joined content words.

    The mean of rapidfuzz's token-set ratio (forgives extra words in one
    claim), token-sort ratio (penalises them, at the character level) and
    the Dice overlap of the two word sets (penalises claims that share a
    couple of words and little else, like two "X contributed to this
    report." sign-offs).

    Examples
    --------
    >>> round(claim_similarity("deployment follow mobilization 11000 north korean troop",
    ...                        "plan follow deployment 11000 north korean troop"), 1)
    87.5
    """
    from rapidfuzz import fuzz

    words_a, words_b = set(a.split()), set(b.split())
    if not words_a or not words_b:
        return 0.0
    dice = 200.0 * len(words_a & words_b) / (len(words_a) + len(words_b))
    shorter, longer = sorted((len(words_a), len(words_b)))
    if shorter <= SHORT_CLAIM_WORDS and longer >= 2 * shorter:
        # a headline fragment ("Floods hit valley") inside a longer claim: the token-set
        # ratio would call it the same claim; only the words both share count
        return dice
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b) + dice) / 3


#: Most content words of a claim short enough that its words all turning up in a claim at
#: least twice as long says nothing about the two saying the same thing.
SHORT_CLAIM_WORDS = 3


def match_claims(tables: Tables, *, min_score: float = MIN_CLAIM_SCORE,
                 scorer: Callable[[str, str], float] | None = None) -> pd.DataFrame:
    """Find pairs of claims in different articles that say the same thing.

    Claims are reduced to their content words (:func:`claim_words`); pairs
    that share at least MIN_SHARED_WORDS of them are scored with ``scorer``
    and kept from ``min_score`` up.
    Words common to many claims (MAX_WORD_SHARE) do not propose pairs, so
    the work grows with the number of plausible pairs, not its square.

    Parameters
    ----------
    tables : mapping of str to DataFrame
        ``corpus.tables()`` (needs ``claims``, ``articles`` and ``figures``).
    min_score : float, default MIN_CLAIM_SCORE
        Least score kept, 0–100.
    scorer : callable, optional
        ``scorer(words_a, words_b) -> float`` on the space-joined content
        words, 0–100; default :func:`claim_similarity`. Any rapidfuzz scorer
        (``rapidfuzz.fuzz.token_set_ratio`` …) fits.

    Returns
    -------
    DataFrame
        One row per pair: ``article_id_a``, ``claim_id_a``, ``article_id_b``,
        ``claim_id_b`` (``a`` is the article earlier in the corpus),
        ``score``, ``text_a``, ``text_b``, ``figures_differ`` — True when
        both claims give figures (counts, money, percentages, measures) of the
        same thing (the same head noun of their subject, outcome, kind and unit)
        and the values differ, False when all such figures agree, NA when the
        claims give no figures of a same thing —
        and ``negation_differs`` — True when one claim is negated or denied
        (:func:`negated`: "was not caused by", "denied that") and the other is
        not: the two read alike but state opposite things.
        Sorted by score (highest first), then corpus order.
    """
    import pandas as pd

    claims = tables["claims"]
    scorer = scorer or claim_similarity
    pairs = _scored_pairs(tables, scorer=scorer, min_score=min_score)
    if not pairs:
        return _empty_matches()
    aid, cid, text = (claims["article_id"].tolist(), claims["claim_id"].tolist(),
                      claims["text"].tolist())
    values = _claim_values(tables)
    language = dict(zip(tables["articles"]["article_id"], tables["articles"]["language"],
                        strict=True))
    rows: dict[str, list] = defaultdict(list)
    for i, j, score in pairs:
        rows["article_id_a"].append(aid[i])
        rows["claim_id_a"].append(cid[i])
        rows["article_id_b"].append(aid[j])
        rows["claim_id_b"].append(cid[j])
        rows["score"].append(round(score, 1))
        rows["text_a"].append(text[i])
        rows["text_b"].append(text[j])
        va, vb = values.get((aid[i], cid[i])), values.get((aid[j], cid[j]))
        rows["figures_differ"].append(_figures_differ(va, vb, score))
        rows["negation_differs"].append(negated(text[i], _opt(language.get(aid[i])))
                                        != negated(text[j], _opt(language.get(aid[j]))))
    dtypes = dict(_MATCH_COLUMNS)
    return pd.DataFrame({c: pd.array(rows[c], dtype=dtypes[c]) for c in dtypes})


_MATCH_COLUMNS = (("article_id_a", "str"), ("claim_id_a", "Int64"), ("article_id_b", "str"),
                  ("claim_id_b", "Int64"), ("score", "Float64"), ("text_a", "str"),
                  ("text_b", "str"), ("figures_differ", "boolean"), ("negation_differs", "bool"))


def _empty_matches() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.array([], dtype=d) for c, d in _MATCH_COLUMNS})


def unmatched_claims(tables: Tables, *, min_score: float = MIN_CLAIM_SCORE,
                     scorer: Callable[[str, str], float] | None = None) -> pd.DataFrame:
    """Claims reported by one article only: rows of ``claims`` with no match elsewhere.

    Parameters are those of :func:`match_claims`.
    """
    claims = tables["claims"]
    matched = {k for i, j, _ in _scored_pairs(tables, scorer=scorer or claim_similarity,
                                              min_score=min_score) for k in (i, j)}
    mask = [i not in matched for i in range(len(claims))]
    return claims[mask].reset_index(drop=True)


def _scored_pairs(tables: Tables, *, scorer: Callable[[str, str], float],
                  min_score: float) -> list[tuple[int, int, float]]:
    """(row i, row j, score) for claim pairs across articles, i's article first in corpus order."""
    claims = tables["claims"]
    articles = tables["articles"]
    order = {a: n for n, a in enumerate(articles["article_id"])}
    language = dict(zip(articles["article_id"], articles["language"], strict=True))
    aids = claims["article_id"].tolist()
    words = [claim_words(text, _opt(language.get(aid)))
             for text, aid in zip(claims["text"], aids, strict=True)]
    joined = [" ".join(w) for w in words]
    sets = [set(w) for w in words]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(sets):
        for w in ws:
            postings[w].append(i)
    cap = max(50, int(MAX_WORD_SHARE * len(words)))
    shared: Counter[tuple[int, int]] = Counter()
    for rows in postings.values():
        if len(rows) > cap:
            continue
        for x, i in enumerate(rows):
            for j in rows[x + 1:]:
                if aids[i] != aids[j]:
                    shared[(i, j)] += 1
    pairs = []
    for (i, j), n in shared.items():
        if n < MIN_SHARED_WORDS:
            continue
        score = float(scorer(joined[i], joined[j]))
        if score >= min_score:
            if order.get(aids[j], 0) < order.get(aids[i], 0):
                i, j = j, i
            pairs.append((i, j, score))
    pairs.sort(key=lambda p: (-p[2], order.get(aids[p[0]], 0), p[0],
                              order.get(aids[p[1]], 0), p[1]))
    return pairs


#: What a claim's figure measures, for comparing two claims' figures: the head noun of
#: its subject (None when it has none), the outcome, its kind and its unit.
_ValueKey = tuple[str | None, str | None, str, str | None]


def _claim_values(tables: Tables) -> dict[tuple[str, int], dict[_ValueKey, frozenset]]:
    """Map each claim to its figures' values, by what each measures (_ValueKey).

    Two claims' figures differ only where they measure the same thing: "41
    people killed" and "30,000 people from their homes" give no verdict, "two
    shifts" and "two officials" none either.
    """
    figures = tables["figures"]
    kinds = figures["kind"].astype("str").isin(list(COMPARED_KINDS))
    figs = figures[kinds & figures["claim_id"].notna() & figures["value"].notna()]
    if figs.empty:
        return {}
    outcomes = _outcomes(figs.reset_index(drop=True), tables["claims"])
    found: dict[tuple[str, int], dict[_ValueKey, set]] = defaultdict(lambda: defaultdict(set))
    rows = zip(figs["article_id"], figs["claim_id"], figs["value"], figs["value_high"],
               figs["subject"], figs["kind"], figs["unit"], outcomes, strict=True)
    for aid, cid, value, high, subject, kind, unit, outcome in rows:
        head = None
        if isinstance(subject, str) and not _only_outcome(subject):
            head = subject_key(subject_without_outcome(subject))[1]
        key = (head, outcome, str(kind), _opt(unit))
        found[(aid, int(cid))][key].add((float(value), None if _missing(high) else float(high)))
    return {claim: {key: frozenset(v) for key, v in by_key.items()}
            for claim, by_key in found.items()}


#: Least score of two claims whose figures say neither what they count nor what happened
#: for those figures to measure the same thing: the same words around them ("Floods kill
#: 41", "Floods kill 45"), not a loose match ("64 of them were beyond repair", "600 or so
#: were checked").
MIN_SCORE_UNNAMED_FIGURES = 80.0


def _figures_differ(a: dict[_ValueKey, frozenset] | None,
                    b: dict[_ValueKey, frozenset] | None, score: float = 100.0) -> bool | None:
    """Whether two claims give different values for something both measure; None if nothing."""
    if not a or not b:
        return None
    shared = {key for key in a.keys() & b.keys()
              if key[0] is not None or key[1] is not None or score >= MIN_SCORE_UNNAMED_FIGURES}
    if not shared:
        return None
    return any(a[key] != b[key] for key in shared)


# -- sources ---------------------------------------------------------------------


def outlet_key(name: str) -> str:
    """Normalise an outlet name for matching ("The Guardian" → "guardian")."""
    words = _WORD.findall(name.lower())
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def url_key(url: str) -> str:
    """Normalise a URL for matching: no archive prefix, scheme, ``www.`` or trailing slash."""
    url = _URL_ARCHIVE.sub("", url.strip())
    url = _URL_PREFIX.sub("", url)
    return url.split("#", 1)[0].rstrip("/").lower()


def cited_outlets(tables: Tables) -> pd.DataFrame:
    """Outlets named in the source lists, most cited first.

    Parameters
    ----------
    tables : mapping of str to DataFrame
        ``corpus.tables()`` (needs ``sources`` and ``articles``).

    Returns
    -------
    DataFrame
        One row per outlet (names matched without case or a leading "The"):
        ``outlet`` (as most often written), ``n_articles`` citing it,
        ``n_entries`` in source lists, ``n_claims`` citing those entries,
        ``in_corpus`` (the outlet also published an article of the corpus)
        and ``article_ids`` (comma-separated, corpus order). Sorted by
        ``n_articles``, then ``n_claims`` (both descending), then name.
    """
    import pandas as pd

    sources = tables["sources"]
    articles = tables["articles"]
    order = {a: n for n, a in enumerate(articles["article_id"])}
    own = {outlet_key(o) for o in articles["outlet"].dropna()}
    groups: dict[str, dict[str, Any]] = {}
    for aid, outlet, n_claims in zip(sources["article_id"], sources["outlet"], sources["n_claims"],
                                     strict=True):
        if not isinstance(outlet, str) or not outlet_key(outlet):
            continue
        g = groups.setdefault(outlet_key(outlet), {"names": Counter(), "articles": set(),
                                                   "n_entries": 0, "n_claims": 0})
        g["names"][outlet] += 1
        g["articles"].add(aid)
        g["n_entries"] += 1
        g["n_claims"] += 0 if _missing(n_claims) else int(n_claims)
    rows = []
    for key, g in groups.items():
        name = min(g["names"], key=lambda n: (-g["names"][n], n))
        rows.append((name, len(g["articles"]), g["n_entries"], g["n_claims"], key in own,
                     ", ".join(sorted(g["articles"], key=lambda a: order.get(a, 0)))))
    rows.sort(key=lambda r: (-r[1], -r[3], r[0].lower()))
    columns = (("outlet", "str"), ("n_articles", "Int64"), ("n_entries", "Int64"),
               ("n_claims", "Int64"), ("in_corpus", "bool"), ("article_ids", "str"))
    return pd.DataFrame({c: pd.array([r[n] for r in rows], dtype=d)
                         for n, (c, d) in enumerate(columns)})


def _source_keys(sources: pd.DataFrame) -> list[str | None]:
    """Key each source-list entry so that entries of the same source share it.

    Entries are joined by the same URL, or by the same outlet and title: one entry
    printed with its URL and another without it are the same source.
    """
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    own: list[list[str]] = []
    for outlet, title, url in zip(sources["outlet"], sources["title"], sources["url"], strict=True):
        keys = []
        if isinstance(url, str) and url.strip():
            keys.append("url:" + url_key(url))
        if isinstance(title, str) and title.strip():
            keys.append("title:" + outlet_key(outlet if isinstance(outlet, str) else "") + "|"
                        + " ".join(_WORD.findall(title.lower())))
        for key in keys[1:]:
            parent[root(key)] = root(keys[0])
        own.append(keys)
    return [min(root(k) for k in keys) if keys else None for keys in own]


def shared_sources(tables: Tables, *, min_articles: int = 2) -> pd.DataFrame:
    """Source-list entries that several articles cite.

    Entries are the same source when their URLs match (ignoring scheme,
    ``www.``, trailing slash and web.archive.org wrappers) or when outlet and
    title match ignoring case and punctuation (one entry may give a URL the
    other leaves out).

    Parameters
    ----------
    tables : mapping of str to DataFrame
        ``corpus.tables()`` (needs ``sources`` and ``articles``).
    min_articles : int, default 2
        Keep sources cited by at least this many articles.

    Returns
    -------
    DataFrame
        One row per (shared source, citing article): ``shared_id``,
        ``outlet``, ``title``, ``url`` (as the first citing article gives
        them), ``article_id``, ``source_id``, ``n_claims`` (claims of that
        article citing it) and ``n_articles``. Sorted by ``n_articles``
        (descending), then title, then corpus order.
    """
    import pandas as pd

    sources = tables["sources"].reset_index(drop=True)
    order = {a: n for n, a in enumerate(tables["articles"]["article_id"])}
    keys = _source_keys(sources)
    sources = sources.assign(_key=keys, _order=sources["article_id"].map(order))
    sources = sources[sources["_key"].notna()]
    n_articles = sources.groupby("_key")["article_id"].nunique()
    sources = sources.join(n_articles.rename("n_articles"), on="_key")
    sources = sources[sources["n_articles"] >= min_articles]
    sources = sources.sort_values(["_order", "source_id"], kind="stable")
    first = sources.drop_duplicates("_key")[["_key", "outlet", "title", "url"]]
    first = first.assign(_title=first["title"].fillna("").str.lower())
    sources = sources.drop(columns=["outlet", "title", "url"]).merge(first, on="_key", how="left")
    sources = sources.sort_values(["n_articles", "_title", "_key", "_order", "source_id"],
                                  ascending=[False, True, True, True, True], kind="stable")
    ids = {k: n for n, k in enumerate(dict.fromkeys(sources["_key"]), start=1)}
    sources["shared_id"] = pd.array(sources["_key"].map(ids).tolist(), dtype="Int64")
    sources["n_articles"] = sources["n_articles"].astype("Int64")
    columns = ["shared_id", "outlet", "title", "url", "article_id", "source_id", "n_claims",
               "n_articles"]
    return sources[columns].reset_index(drop=True)
