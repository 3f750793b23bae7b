"""Charts of analystkit.plot: the artists they draw for the seed article."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import analystkit as ak  # noqa: E402
from analystkit import plot  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"

UNUSED_SOURCE_TEXT = """Officials may send 500 workers to the plant 🇰🇵, reports say.

The plant employs 1,200 people, according to the company[1].

Sources:
[1] Daily Planet: "Plant news"
[2] Unused Outlet: "Nobody cites me"
"""


@pytest.fixture(scope="module")
def art():
    return ak.load_article(SEED)


@pytest.fixture(scope="module")
def unused():
    return ak.parse_article(UNUSED_SOURCE_TEXT, article_id="unused")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _widths(container) -> list[float]:
    return [round(bar.get_width(), 6) for bar in container]


def _hex(color) -> str:
    return to_hex(color).upper()


CHARTS = {
    "page_map": (10, 2.6),
    "blocks_by_kind": (8, 4),
    "claims_by_section": (8, 3.5),
    "figures_by_subject": (8, 3.5),
    "claims_per_source": (8, 3.5),
    "audit_summary": (8, 3.5),
    "sources_per_claim": None,
    "citation_matrix": None,
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_has_title_labels_and_fixed_size(art, name):
    fig = getattr(plot, name)(art)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title(loc="left")
    assert ax.get_xlabel() and ax.get_ylabel()
    size = CHARTS[name]
    if size is not None:
        assert tuple(fig.get_size_inches()) == pytest.approx(size)
    again = getattr(plot, name)(art)
    assert tuple(again.get_size_inches()) == tuple(fig.get_size_inches())


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_accepts_a_mapping_of_tables_and_given_axes(art, name):
    tables = art.tables()
    tables["audit"] = art.audit()
    fig, ax = plt.subplots(figsize=(9, 6))
    assert getattr(plot, name)(tables, ax=ax) is fig
    assert ax.get_title(loc="left")


def test_citation_matrix_is_claims_by_sources(art):
    fig = plot.citation_matrix(art)
    ax = fig.axes[0]
    matrix = np.asarray(ax.images[0].get_array())
    assert matrix.shape == (14, 5)
    assert int((matrix > 0).sum()) == len(art.citations) == 19
    # claim 5 cites all five sources; claims 12 and 14 are hedged and cite [1] and [3]
    assert list(matrix[4]) == [1, 1, 1, 1, 1]
    assert list(matrix[11]) == [2, 0, 0, 0, 0]
    assert list(matrix[13]) == [0, 0, 2, 0, 0]
    assert int((matrix == 2).sum()) == 2
    assert [t.get_text() for t in ax.texts].count("uncited") == 7
    hedged_ticks = [t.get_text()[:3].strip() for t in ax.get_yticklabels()
                    if _hex(t.get_color()) == plot.HEDGE_COLORS["hedged"]]
    assert hedged_ticks == ["C1", "C3", "C12", "C14"]


def test_citation_matrix_shows_an_unused_source(unused):
    fig = plot.citation_matrix(unused)
    matrix = np.asarray(fig.axes[0].images[0].get_array())
    assert matrix.shape == (2, 2)
    assert list(matrix[:, 1]) == [0, 0]
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[1].endswith("(0 claims)")


def test_page_map_draws_one_bar_per_block_coloured_by_kind(art):
    ax = plot.page_map(art).axes[0]
    bars = ax.patches
    assert len(bars) == len(art.blocks) == 24
    kinds = list(art.blocks["kind"].astype(str))
    assert [_hex(b.get_facecolor()) for b in bars] == [plot.KIND_COLORS[k].upper() for k in kinds]
    hatched = [i + 1 for i, b in enumerate(bars) if b.get_hatch()]
    assert hatched == [4, 5, 7]
    assert [b.get_x() for b in bars] == list(art.blocks["start"].astype(int))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "repeat" and "boilerplate" in legend


def test_blocks_by_kind_counts_characters(art):
    ax = plot.blocks_by_kind(art).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["title", "headline", "heading", "paragraph", "bullet", "sources", "tags",
                      "boilerplate", "meta"]
    total = int((art.blocks["end"] - art.blocks["start"]).sum())
    assert sum(b.get_width() for b in ax.patches) == total
    repeated = [b.get_width() for b in ax.patches if b.get_hatch()]
    assert repeated == [314]


def test_blocks_by_role(art):
    ax = plot.blocks_by_kind(art, by="role").axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["claim text", "structure", "references", "padding", "repetition"]
    assert ax.get_ylabel() == "role"


def test_claims_by_section_splits_hedged_and_asserted(art):
    ax = plot.claims_by_section(art).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "(lead)", "Why North Korea's Hands are Needed", "The Stakes and the Shift"]
    asserted, hedged = ax.containers
    assert _widths(asserted) == [3, 4, 3]
    assert _widths(hedged) == [2, 0, 2]
    assert _hex(asserted[0].get_facecolor()) == plot.HEDGE_COLORS["asserted"]
    assert _hex(hedged[0].get_facecolor()) == plot.HEDGE_COLORS["hedged"]


def test_claims_by_bullet_split_cited(art):
    ax = plot.claims_by_section(art, by="label", split="cited").axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "(lead)" and labels[-1] == "Crisis technology proliferation"
    cited, uncited = ax.containers
    assert sum(_widths(cited)) == 7 and sum(_widths(uncited)) == 7
    assert _hex(uncited[0].get_facecolor()) == plot.CITED_COLORS["uncited"]
    with pytest.raises(ValueError, match="split"):
        plot.claims_by_section(art, split="bogus")


def test_figures_by_subject(art):
    ax = plot.figures_by_subject(art).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "North Korean workers", "workers", "nations", "(year)", "North Korean troops", "fronts"]
    asserted, hedged, outside = ax.containers
    assert _widths(asserted) == [0, 0, 1, 1, 1, 0]
    assert _widths(hedged) == [1, 1, 0, 0, 0, 0]
    assert _widths(outside) == [1, 1, 0, 0, 0, 1]
    assert "up to 25,000 · 25,000" in [t.get_text().strip() for t in ax.texts]
    only_counts = plot.figures_by_subject(art, kinds=("count",)).axes[0]
    assert "(year)" not in [t.get_text() for t in only_counts.get_yticklabels()]


def test_claims_per_source(art, unused):
    ax = plot.claims_per_source(art).axes[0]
    asserted, hedged = ax.containers
    assert _widths(asserted) == [4, 5, 3, 4, 1]
    assert _widths(hedged) == [1, 0, 1, 0, 0]
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "[5] National Interest"
    texts = [t.get_text().strip() for t in plot.claims_per_source(unused).axes[0].texts]
    assert "cited by nothing" in texts


def test_sources_per_claim(art):
    ax = plot.sources_per_claim(art).axes[0]
    assert _widths(ax.containers[0]) == list(art.claims["n_sources"].astype(float))
    assert [t.get_text().strip() for t in ax.texts].count("uncited") == 7
    colours = [_hex(b.get_facecolor()) for b in ax.patches]
    assert colours.count(plot.HEDGE_COLORS["hedged"]) == 4
    assert len(plot.sources_per_claim(art, max_claims=5).axes[0].patches) == 5


def test_audit_summary_lists_every_check(art):
    from analystkit.audit import CHECKS

    ax = plot.audit_summary(art).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [c.replace("_", " ") for c in CHECKS]
    warning, info = ax.containers
    counts = dict(zip(CHECKS, np.add(_widths(warning), _widths(info)), strict=True))
    assert counts["uncited_claim"] == 7 and counts["hedged_claim"] == 4
    assert counts["unused_source"] == 0
    assert "none" in [t.get_text().strip() for t in ax.texts]
    from_table = plot.audit_summary(art.audit()).axes[0]
    assert [_widths(c) for c in from_table.containers] == [_widths(warning), _widths(info)]


def test_palettes_are_shared(art):
    hedged_bars = [plot.claims_by_section(art).axes[0].containers[1][0],
                   plot.claims_per_source(art).axes[0].containers[1][0]]
    assert {_hex(b.get_facecolor()) for b in hedged_bars} == {plot.HEDGE_COLORS["hedged"]}
    assert set(plot.KIND_COLORS) == set(art.blocks["kind"].cat.categories)


def test_emoji_in_article_text_draws_without_warnings(unused):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in CHARTS:
            fig = getattr(plot, name)(unused)
            fig.canvas.draw()
    labels = [t.get_text() for t in plot.citation_matrix(unused).axes[0].get_yticklabels()]
    assert "🇰🇵" not in labels[0] and labels[0].startswith("C1 Officials may send")


def test_corpus_like_tables_get_article_prefixed_labels(art, unused):
    tables = {name: pd.concat([getattr(art, name), getattr(unused, name)], ignore_index=True)
              for name in ("articles", "blocks", "claims", "citations", "figures", "sources")}
    matrix = np.asarray(plot.citation_matrix(tables).axes[0].images[0].get_array())
    assert matrix.shape == (14 + 2, 5 + 2)
    assert int((matrix > 0).sum()) == 19 + 1
    labels = [t.get_text() for t in plot.citation_matrix(tables).axes[0].get_yticklabels()]
    assert labels[-1].startswith("unused·C2")
    assert len(plot.page_map(tables, article_id="unused").axes[0].patches) == len(unused.blocks)


def test_import_analystkit_stays_light():
    code = ("import sys, analystkit as ak; art = ak.load_article(sys.argv[1]); art.claims; "
            "art.audit(); from analystkit import insights; insights.analyst_summary(art); "
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'ipywidgets')]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_an_article_without_sources_or_claims_draws_an_empty_matrix_without_warnings():
    headline_only = ak.parse_article("Just A Headline Here\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot.citation_matrix(headline_only)
    ax = fig.axes[0]
    assert not ax.images and "no" in ax.texts[0].get_text()
    assert ax.get_title(loc="left").startswith("Which claims cite which sources")
    plt.close(fig)


def test_a_cut_matrix_says_how_many_claims_it_shows(art):
    fig = plot.citation_matrix(art, max_claims=3)
    assert fig.axes[0].get_title(loc="left").endswith(f"(the first 3 of {len(art.claims)} claims)")
    plt.close(fig)
    fig = plot.sources_per_claim(art, max_claims=3)
    assert fig.axes[0].get_title(loc="left").endswith(f"(the first 3 of {len(art.claims)} claims)")
    plt.close(fig)


def test_charts_name_the_data_they_take_and_open_no_figure_on_bad_input(art):
    before = len(plt.get_fignums())
    with pytest.raises(TypeError, match="expected an Article, a Corpus or a mapping"):
        plot.claims_by_section("seeds/000_bb73dd05cbc6060c.txt")
    tables = dict(art.tables())
    tables["blocks"] = tables["blocks"].iloc[:0]
    with pytest.raises(ValueError, match="has no blocks to draw"):
        plot.page_map(tables)
    assert len(plt.get_fignums()) == before


def test_figures_by_subject_takes_one_kind_as_a_string(art):
    fig = plot.figures_by_subject(art, kinds="count")
    assert fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_a_label_the_font_cannot_draw_is_never_empty():
    assert plot._label("第一部分 经济增长") in (plot.UNDRAWABLE_LABEL, "第一部分 经济增长")
    assert plot._label("") == ""


def test_figure_comparison_takes_a_group_id_from_its_own_table():
    corpus = ak.load_corpus(REPO / "seeds" / "examples")
    group = corpus.compare_figures()["group_id"].iloc[0]  # a numpy integer
    fig = plot.figure_comparison(corpus, group)
    assert fig.axes[0].get_title().startswith("What each article says about")
    plt.close(fig)
