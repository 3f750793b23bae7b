"""Comparison across articles: figures side by side, matched claims, cited and shared sources."""

from __future__ import annotations

import pandas as pd
import pytest

import analystkit as ak
from analystkit import compare
from analystkit.corpus import Corpus

from .conftest import REPO, SEED

EXAMPLES = REPO / "seeds" / "examples"
DATES = {"meridian_post_drone_workers": {"published": "2025-06-03"},
         "harbor_wire_drone_workers": {"published": "2025-06-18"},
         "eastgate_monitor_drone_workers": {"published": "2025-07-02"}}
SEED_ID = "000_bb73dd05cbc6060c"
EAST, HARBOR, MERIDIAN = ("eastgate_monitor_drone_workers", "harbor_wire_drone_workers",
                          "meridian_post_drone_workers")


@pytest.fixture(scope="module")
def story() -> Corpus:
    return ak.load_corpus([SEED, EXAMPLES], metadata=DATES)


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    part = frame[columns].astype(object)
    return [tuple(r) for r in part.where(part.notna(), None).itertuples(index=False)]


def _corpus(*texts: str) -> Corpus:
    return Corpus([ak.parse_article(t, article_id=f"a{n}") for n, t in enumerate(texts, start=1)])


# -- words ----------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "expected"), [
    ("workers", "worker"), ("laborers", "worker"), ("labourers", "worker"), ("troops", "troop"),
    ("soldiers", "troop"), ("casualties", "casualty"), ("buses", "bus"), ("boxes", "box"),
    ("status", "status"), ("glass", "glass"), ("people", "person"), ("children", "child"),
    ("Pyongyang's", "pyongyang"), ("drone", "drone"),
])
def test_normalise_word(word, expected):
    assert compare.normalise_word(word) == expected


@pytest.mark.parametrize(("subject", "modifiers", "head"), [
    ("North Korean workers", {"north", "korean"}, "worker"),
    ("North Korean laborers", {"north", "korean"}, "worker"),
    ("the workers", set(), "worker"),
    ("their additional troops", set(), "troop"),
    ("Shahed drones", {"shahed"}, "drone"),
])
def test_subject_key(subject, modifiers, head):
    assert compare.subject_key(subject) == (frozenset(modifiers), head)


# -- compare_figures -------------------------------------------------------------------


def test_compare_figures_story(story):
    table = story.compare_figures()
    assert list(table.columns) == list(compare._COMPARISON_COLUMNS)
    assert _rows(table, ["group_id", "group", "article_id", "text", "value", "qualifier",
                         "subject", "n_mentions"]) == [
        (1, "North Korean workers", MERIDIAN, "up to 25,000", 25000.0, "up to",
         "North Korean workers", 2),
        (1, "North Korean workers", HARBOR, "About 12,000", 12000.0, "about",
         "North Korean laborers", 2),
        (1, "North Korean workers", HARBOR, "up to 25,000", 25000.0, "up to", "workers", 1),
        (1, "North Korean workers", HARBOR, "only 12,000", 12000.0, "only", "workers", 1),
        (1, "North Korean workers", EAST, "more than 8,000", 8000.0, "more than",
         "North Korean workers", 1),
        (1, "North Korean workers", EAST, "as many as 25,000", 25000.0, "up to", "workers", 1),
        (1, "North Korean workers", SEED_ID, "up to 25,000", 25000.0, "up to",
         "North Korean workers", 2),
        (1, "North Korean workers", SEED_ID, "25,000", 25000.0, None, "North Korean workers", 1),
        (2, "North Korean troops", MERIDIAN, "11,000", 11000.0, None, "North Korean troops", 1),
        (2, "North Korean troops", HARBOR, "11,000", 11000.0, None, "North Korean troops", 1),
        (2, "North Korean troops", SEED_ID, "11,000", 11000.0, None, "North Korean troops", 1),
    ]
    first = table.iloc[0]
    assert first["published"] == "2025-06-03" and first["outlet"] == "Meridian Post"
    assert first["claim"] == "Russia may take in up to 25,000 North Korean workers for drone plant"
    assert table.groupby("group")[["n_articles", "n_values"]].first().to_dict("index") == {
        "North Korean troops": {"n_articles": 3, "n_values": 1},
        "North Korean workers": {"n_articles": 4, "n_values": 3},
    }


def test_compare_figures_dtypes(story):
    table = story.compare_figures()
    figures = story.figures
    for column in ("article_id", "figure_id", "claim_id", "text", "value", "value_high",
                   "qualifier", "kind", "unit", "subject"):
        assert table[column].dtype == figures[column].dtype, column
    assert str(table["group_id"].dtype) == "Int64"
    assert str(table["group"].dtype) == "str"


def test_source_list_figures_are_left_out_unless_asked(story):
    def harbor_25000(table):
        rows = table[(table["article_id"] == HARBOR) & (table["value"] == 25000)]
        return _rows(rows, ["figure_id", "n_mentions"])

    assert harbor_25000(story.compare_figures()) == [(4, 1)]
    # the source title "Russia may take in up to 25,000 …" is a second mention
    assert harbor_25000(story.compare_figures(include_sources=True)) == [(4, 2)]


def test_min_articles_one_keeps_single_article_groups(story):
    groups = set(story.compare_figures(min_articles=1)["group"])
    assert {"drones", "nations", "shifts"} <= groups


def test_bare_subject_joins_only_what_its_article_makes_clear():
    corpus = _corpus(
        "Plant hires\n\nThe plant hired 300 North Korean workers in May. Since then 500 workers "
        "have arrived in total.\n",
        "Plant hires more\n\nAbout 400 workers arrived at the plant in June, officials said.\n",
        "Two groups\n\nThe plant employs 200 Russian workers and 100 North Korean workers. "
        "In all 300 workers are on site, officials said.\n",
    )
    table = corpus.compare_figures(min_articles=1)
    keys = zip(table["article_id"], table["text"], strict=True)
    groups = dict(zip(keys, table["group"], strict=True))
    assert groups[("a1", "500")] == "North Korean workers"     # its article says which workers
    assert groups[("a2", "About 400")] == "workers"            # no article-level hint
    assert groups[("a3", "300")] == "workers"                  # two kinds named: ambiguous
    assert groups[("a3", "200")] == "Russian workers"


def test_compare_figures_empty_results_keep_columns():
    corpus = _corpus("Plant hires\n\nThe plant hired 300 workers in May, officials said.\n")
    table = corpus.compare_figures()
    assert table.empty and list(table.columns) == list(compare._COMPARISON_COLUMNS)
    assert str(table["value"].dtype) == "Float64"


def test_compare_functions_accept_article_tables(seed):
    table = compare.compare_figures(seed.tables(), min_articles=1)
    assert set(table["group"]) >= {"North Korean workers", "North Korean troops"}
    assert compare.match_claims(seed.tables()).empty  # one article: no pairs


def test_compare_figures_keeps_apart_what_happened_to_people(tmp_path):
    (tmp_path / "one.txt").write_text(
        "Quake update\n\nThe earthquake killed 120 people and forced 3,000 people from their homes, "
        "officials said.\n")
    (tmp_path / "two.txt").write_text(
        "Quake toll rises\n\nAt least 140 people died in the earthquake, and about 4,500 "
        "people were evacuated from the valley.\n")
    table = ak.load_corpus(tmp_path).compare_figures()
    assert sorted(zip(table["group"], table["article_id"], table["value"], strict=True)) == [
        ("people (dead)", "one", 120.0), ("people (dead)", "two", 140.0),
        ("people (displaced)", "one", 3000.0), ("people (displaced)", "two", 4500.0),
    ]


def test_compare_figures_outcomes_stay_in_their_own_clause(tmp_path):
    (tmp_path / "one.txt").write_text(
        "Bus crash\n\nThe crash killed 2 pupils and injured 30 pupils, the council said.\n\n"
        "The death toll rose to 5 on Friday.\n")
    (tmp_path / "two.txt").write_text(
        "Bus crash toll\n\nFive pupils died and 28 pupils were wounded in the crash.\n\n"
        "The crash left 3 pupils dead, police said.\n")
    table = ak.load_corpus(tmp_path).compare_figures()
    assert sorted(zip(table["group"], table["article_id"], table["value"], strict=True)) == [
        ("pupils (dead)", "one", 2.0), ("pupils (dead)", "one", 5.0),
        ("pupils (dead)", "two", 3.0), ("pupils (dead)", "two", 5.0),
        ("pupils (injured)", "one", 30.0), ("pupils (injured)", "two", 28.0),
    ]


@pytest.mark.parametrize(("claim", "figure", "subject", "outcome"), [
    ("Police arrested 14 protesters and 3 officers were injured.", "14", "protesters",
     "detained"),
    ("Police arrested 14 protesters and 3 officers were injured.", "3", "officers", "injured"),
    ("The death toll rose to 57 people.", "57", "people", "dead"),
    ("About 900 people remain missing.", "About 900", "people", "missing"),
    ("The plant employs 2,000 people.", "2,000", "people", None),
    # another clause's outcome is not the figure's
    ("Six guards died and 12 guards were wounded.", "12", "guards", "injured"),
    ("Eight climbers, including 2 who were hurt, were flown out.", "Eight", "climbers", None),
    # an outcome read into the subject
    ("The blast left 9 miners dead.", "9", "miners dead", "dead"),
    ("Police took 40 fans into custody.", "40", "fans", "detained"),
    # headlines word a toll in the present tense
    ("Floods kill 41", "41", "people", "dead"),
    ("12 die in bus crash", "12", "people", "dead"),
    ("Blast injures 30 workers", "30", "workers", "injured"),
    ("Skills shortage hits 40 firms", "40", "firms", None),
])
def test_figure_outcome(claim, figure, subject, outcome):
    assert compare.figure_outcome(claim, figure, subject) == outcome


# -- match_claims ---------------------------------------------------------------------


def test_match_claims_story(story):
    matches = story.match_claims()
    assert [c for c, _ in compare._MATCH_COLUMNS] == list(matches.columns)
    assert _rows(matches, ["article_id_a", "claim_id_a", "article_id_b", "claim_id_b",
                           "figures_differ"]) == [
        (HARBOR, 5, MERIDIAN, 4, False),
        (SEED_ID, 1, MERIDIAN, 1, False),
        (SEED_ID, 9, HARBOR, 5, False),
        (HARBOR, 1, MERIDIAN, 1, True),   # headlines: 12,000 arrived vs. up to 25,000 to come
        (HARBOR, 2, MERIDIAN, 2, True),   # the same two ledes
        (SEED_ID, 9, MERIDIAN, 4, False),
    ]
    assert matches["score"].is_monotonic_decreasing
    assert matches["score"].between(compare.MIN_CLAIM_SCORE, 100).all()
    first = matches.iloc[0]
    assert first["text_a"].startswith("The deployment follows the mobilization of 11,000")
    assert first["text_b"].startswith("The plan follows the deployment of 11,000")


def test_match_claims_flags_a_negated_or_denied_restatement(tmp_path):
    (tmp_path / "first.txt").write_text(
        "Bridge closure\n\nThe harbour bridge was closed because of cracks in its deck.\n\n"
        "The port operator said the cranes had been inspected in March.\n")
    (tmp_path / "second.txt").write_text(
        "Bridge reopens\n\nThe harbour bridge wasn't closed because of cracks in its deck.\n\n"
        "The port operator denied the cranes had been inspected in March.\n")
    matches = ak.load_corpus(tmp_path).match_claims()
    got = {(row.text_a, row.text_b): row.negation_differs for row in matches.itertuples()}
    assert got == {
        ("The harbour bridge was closed because of cracks in its deck.",
         "The harbour bridge wasn't closed because of cracks in its deck."): True,
        ("The port operator said the cranes had been inspected in March.",
         "The port operator denied the cranes had been inspected in March."): True,
    }
    assert str(matches["negation_differs"].dtype) == "bool"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Officials did not confirm the figure.", "en", True),
    ("No one was hurt.", "en", True),
    ("The minister denied the report.", "en", True),
    ("Officials confirmed the figure.", "en", False),
    ("Notably, the figure was confirmed.", "en", False),  # "Notably" is no "not"
    ("Le ministre n'a pas confirmé le chiffre.", "fr", True),
    ("Le ministre a confirmé le chiffre.", "fr", False),
    ("O governo não confirmou o número.", "pt", True),
    ("Die Polizei bestätigte die Zahl nicht.", "de", True),
    ("The agency dismissed claims that the pipe leaked.", "en", True),
    ("The board ruled out further cuts.", "en", True),
    # phrases that hold a negation but state nothing opposite
    ("The repairs were nothing but a patch.", "en", False),
    ("The bridge serves not only cars but also trams.", "en", False),
    ("There is no doubt the levee held.", "en", False),
    ("Two reporters were denied entry to the court.", "en", False),
    ("No. 10 said the review would go ahead.", "en", False),
    ("Sin embargo, el puente sigue abierto.", "es", False),
    ("The road is no longer closed.", "en", True),
])
def test_negated(text, language, expected):
    assert compare.negated(text, language) is expected


def test_match_claims_threshold_and_scorer(story):
    assert len(story.match_claims(min_score=80)) == 1
    assert len(story.match_claims(min_score=70)) == 3
    from rapidfuzz import fuzz

    loose = story.match_claims(scorer=fuzz.token_set_ratio, min_score=90)
    assert _rows(loose, ["article_id_a", "claim_id_a", "article_id_b", "claim_id_b"]) == [
        (SEED_ID, 9, HARBOR, 5)]  # token-set ratio alone: 94.6 for these two


def test_unmatched_claims_are_the_rest(story):
    matches = story.match_claims()
    matched = set(zip(matches["article_id_a"], matches["claim_id_a"], strict=True)) | set(
        zip(matches["article_id_b"], matches["claim_id_b"], strict=True))
    lone = story.unmatched_claims()
    assert list(lone.columns) == list(story.claims.columns)
    assert len(lone) == len(story.claims) - len(matched)
    assert not matched & set(zip(lone["article_id"], lone["claim_id"], strict=True))


def test_claims_in_the_same_article_are_not_paired():
    text = ("Port reopens\n\nThe port of Halden reopened on Monday after the storm. "
            "The port of Halden reopened on Monday after the storm passed.\n")
    assert _corpus(text).match_claims().empty
    other = text + "\nFerries resumed their service to the islands on Tuesday morning.\n"
    assert len(_corpus(text, other).match_claims()) == 4
    assert _corpus(text, text).match_claims().empty  # the same report twice counts once


def test_similarity_separates_restatements_from_sign_offs():
    same = compare.claim_similarity(
        " ".join(compare.claim_words("The deployment follows the mobilization of 11,000 troops.")),
        " ".join(compare.claim_words("The plan follows the deployment of 11,000 troops.")))
    sign_off = compare.claim_similarity(
        " ".join(compare.claim_words("Alex Isenstadt contributed to this report.")),
        " ".join(compare.claim_words("Heba Habib contributed to this report.")))
    assert same > 80 > compare.MIN_CLAIM_SCORE
    assert sign_off < same - 15
    assert compare.claim_similarity("", "a b") == 0.0


# -- sources --------------------------------------------------------------------------


def test_cited_outlets(story):
    table = story.cited_outlets()
    assert _rows(table, ["outlet", "n_articles", "n_entries", "n_claims", "in_corpus"]) == [
        ("Northern Ledger", 3, 3, 3, False),
        ("Eastgate Monitor", 2, 2, 2, True),
        ("Harbor Wire", 2, 2, 2, True),
        ("Japan Today", 1, 1, 5, False),
        ("The Guardian", 1, 1, 5, False),
        ("The Diplomat", 1, 1, 4, False),
        ("The Verge", 1, 1, 4, False),
        ("Meridian Post", 1, 1, 1, True),
        ("National Interest", 1, 1, 1, False),
    ]
    assert table.iloc[0]["article_ids"] == f"{EAST}, {HARBOR}, {MERIDIAN}"


def test_shared_sources(story):
    table = story.shared_sources()
    assert _rows(table, ["shared_id", "outlet", "title", "article_id", "source_id",
                         "n_articles"]) == [
        (1, "Northern Ledger", "Inside the Alabuga drone plant", EAST, 1, 3),
        (1, "Northern Ledger", "Inside the Alabuga drone plant", HARBOR, 1, 3),
        (1, "Northern Ledger", "Inside the Alabuga drone plant", MERIDIAN, 3, 3),
        (2, "Eastgate Monitor", "North Korean troops in Kursk", HARBOR, 3, 2),
        (2, "Eastgate Monitor", "North Korean troops in Kursk", MERIDIAN, 2, 2),
        (3, "Harbor Wire", "Seoul says Pyongyang may send drone workers to Russia", EAST, 2, 2),
        (3, "Harbor Wire", "Seoul says Pyongyang may send drone workers to Russia", MERIDIAN, 1, 2),
    ]
    assert len(story.shared_sources(min_articles=1)) == len(story.sources)


@pytest.mark.parametrize(("a", "b"), [
    ("https://www.example.com/story/", "http://example.com/story"),
    ("https://web.archive.org/web/20100522061011/http://www.example.com/a", "example.com/a"),
    ("https://example.com/a#section", "https://EXAMPLE.com/a"),
])
def test_url_key(a, b):
    assert compare.url_key(a) == compare.url_key(b)


def test_outlet_key():
    assert compare.outlet_key("The Guardian") == compare.outlet_key("guardian") == "guardian"


# -- the shared evaluation corpus ---------------------------------------------------------


@pytest.fixture(scope="module")
def shared(request):
    import warnings

    corpus_dir = request.getfixturevalue("corpus_dir")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a failing file is test_corpus's business
        return ak.load_corpus(corpus_dir / "articles", workers=2)


def test_shared_corpus_same_article_twice_matches(shared):
    matches = shared.match_claims()
    pair = {"cnn_thanksgiving_storm_2013_html", "cnn_thanksgiving_storm_2013_txt"}
    high = matches[matches["score"] >= 90]
    assert len(high) >= 40
    assert all({a, b} == pair for a, b in zip(high["article_id_a"], high["article_id_b"],
                                              strict=True))
    others = matches[~(matches["article_id_a"].isin(pair) & matches["article_id_b"].isin(pair))]
    assert len(others) <= 3  # unrelated articles: at most a stray sign-off


def test_shared_corpus_outlets_and_figures(shared):
    outlets = shared.cited_outlets()
    assert outlets["n_entries"].sum() == shared.sources["outlet"].notna().sum()
    table = shared.compare_figures()
    assert (table["n_articles"] >= 2).all()
    assert table["group_id"].is_monotonic_increasing


# -- charts ---------------------------------------------------------------------------


def test_figure_comparison_chart(story):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analystkit import plot_corpus

    fig = plot_corpus.figure_comparison(story)
    ax = fig.axes[0]
    assert ax.get_title() == "What each article says about North Korean workers"
    assert ax.get_xlabel() == "North Korean workers (count)"
    assert ax.get_ylabel() == "Article (earliest first)"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["Meridian Post · 2025-06-03", "Harbor Wire · 2025-06-18"]
    assert labels[-1] == SEED_ID
    notes = [t.get_text() for t in ax.texts]
    assert notes == story.compare_figures().query("group_id == 1")["text"].tolist()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["exact value", "about / around", "up to / fewer than / nearly",
                      "more than / at least"]
    assert tuple(fig.get_size_inches()) == (8.0, round(1.9 + 0.42 * 8, 2))
    plt.close(fig)

    by_name = plot_corpus.figure_comparison(story.compare_figures(), "North Korean troops")
    assert by_name.axes[0].get_title() == "What each article says about North Korean troops"
    plt.close(by_name)
    with pytest.raises(ValueError, match="no group 'drones'"):
        plot_corpus.figure_comparison(story, "drones")
    with pytest.raises(ValueError, match="nothing to compare"):
        plot_corpus.figure_comparison(story.compare_figures().iloc[:0])

    fig, ax = plt.subplots()
    assert plot_corpus.figure_comparison(story, 2, ax=ax) is fig
    plt.close(fig)


def test_outlets_cited_chart(story):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analystkit import plot_corpus

    fig = plot_corpus.outlets_cited(story, top=3)
    ax = fig.axes[0]
    assert ax.get_title() == "Outlets cited by the articles"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Articles citing the outlet", "Outlet")
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Northern Ledger", "Eastgate Monitor", "Harbor Wire"]
    assert [p.get_width() for p in ax.patches] == [3, 2, 2]
    plt.close(fig)


def test_amounts_without_a_subject_are_compared_by_the_claims_they_sit_in():
    corpus = _corpus(
        "Ferry sinks off Tellis\n\nThe operator said it would pay 5,000 dollars to each "
        "victim's family.\n\nShares in the operator fell 12% on Tuesday.\n",
        "Ferry disaster\n\nThe operator said it would pay $8,000 to each victim's family.\n\n"
        "The harbour reopened on Friday, officials said.\n")
    table = corpus.compare_figures()
    assert _rows(table, ["group", "value", "unit", "n_values"]) == [
        ("USD: operator would pay each victim", 5000.0, "USD", 2),
        ("USD: operator would pay each victim", 8000.0, "USD", 2)]


def _flood_corpus(tmp_path):
    (tmp_path / "one.txt").write_text("Floods kill 41\n\nFloods killed 41 people in the valley, "
                                      "officials said.\n")
    (tmp_path / "two.txt").write_text("Floods kill 45\n\nFloods killed 45 people in the valley, "
                                      "officials said.\n")
    (tmp_path / "three.txt").write_text("Death toll rises to 57 in valley floods\n\nThe death "
                                        "toll from the floods rose to 57, officials said.\n")
    (tmp_path / "four.txt").write_text("Valley floods\n\nValley floods: 41 dead, thousands "
                                       "displaced.\n\nFloods forced 30,000 people from their "
                                       "homes.\n")
    (tmp_path / "five.txt").write_text("Floods hit valley\n\nFloods killed at least 41 people in "
                                       "the valley.\n")
    return ak.load_corpus(tmp_path)


def test_a_toll_of_an_event_and_a_bare_outcome_join_the_group_of_the_dead(tmp_path):
    corpus = _flood_corpus(tmp_path)
    compared = corpus.compare_figures()
    assert set(compared["group"]) == {"people (dead)"}
    assert sorted(compared[["article_id", "value"]].itertuples(index=False, name=None)) == [
        ("five", 41.0), ("four", 41.0), ("one", 41.0), ("three", 57.0), ("two", 45.0)]
    # "thousands displaced" after "41 dead" counts the displaced, not the dead
    four = corpus.figures.query("article_id == 'four'")
    assert four["subject"].tolist() == ["dead", "displaced", "people"]


def test_figures_differ_only_for_figures_of_the_same_thing(tmp_path):
    matches = _flood_corpus(tmp_path).match_claims()
    got = {frozenset((row.text_a, row.text_b)): bool(row.figures_differ)
           for row in matches.itertuples()}
    assert got[frozenset(("Floods killed 41 people in the valley, officials said.",
                          "Floods killed 45 people in the valley, officials said."))] is True
    assert got[frozenset(("Floods killed 41 people in the valley, officials said.",
                          "Floods killed at least 41 people in the valley."))] is False
    # a headline fragment pairs with no longer claim
    assert not any("Floods hit valley" in pair for pair in got)


def test_a_source_printed_with_and_without_its_url_is_shared(tmp_path):
    (tmp_path / "a.md").write_text("# Plant hiring\n\nThe plant is hiring, the paper said.[1]\n\n"
                                   "## Sources\n\n1. Baltic Courier, \"Drone plant hiring\", "
                                   "https://balticcourier.example/drone-plant\n")
    (tmp_path / "b.md").write_text("# Plant hires\n\nThe plant hires 40 people.[1]\n\n"
                                   "## Sources\n\n1. Baltic Courier, \"Drone plant hiring\"\n")
    shared = ak.load_corpus(tmp_path).shared_sources()
    assert shared["article_id"].tolist() == ["a", "b"]
    assert shared["n_articles"].tolist() == [2, 2]


def test_a_passage_repeated_many_times_is_a_few_findings():
    text = "# Title here\n\n" + "\n\n".join(["The same paragraph repeats here once again."] * 20)
    found = ak.parse_article(text + "\n").audit().query("check == 'repeated_text'")
    assert found["detail"].tolist() == ["repeats block 2"] * 5 + [
        "repeats block 2 14 more times (blocks 8–21)"]


def test_figures_that_name_nothing_differ_only_in_near_identical_claims(tmp_path):
    (tmp_path / "a.txt").write_text("Dam inquiry\n\nEngineers said 64 of them were beyond "
                                    "repair after the dam burst.\n")
    (tmp_path / "b.txt").write_text("Dams checked\n\nEngineers said the dam burst after 600 or "
                                    "so were checked.\n")
    matches = ak.load_corpus(tmp_path).match_claims(min_score=40)
    assert len(matches) == 1
    assert matches["figures_differ"].isna().all()


@pytest.mark.parametrize(("claim", "figure", "subject", "outcome"), [
    ("Al menos 27 personas murieron en la inundación.", "27", "personas", "dead"),
    ("Otras 19 personas siguen desaparecidas.", "19", "personas", "missing"),
    ("Quelque 3 000 habitants ont été évacués.", "3 000", "habitants", "displaced"),
    ("Nearly 4,000 people have been driven from their homes.", "4,000", "people", "displaced"),
    ("Helicopters airlifted 86 people from rooftops.", "86", "people", "rescued"),
])
def test_outcomes_in_other_languages_and_more_english_wordings(claim, figure, subject, outcome):
    from analystkit.compare import figure_outcome
    assert figure_outcome(claim, figure, subject) == outcome
