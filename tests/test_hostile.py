"""Hostile and pathological input: fast, clear errors or tables; article text never runs as HTML."""

from __future__ import annotations

import pytest

import analystkit as ak
from tests.contract import check_contract

HOSTILE = '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>'


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", [
    "[" * 200_000,
    "]" * 200_000,
    "[1" * 100_000,
    "1," * 100_000 + "1",
    "word " * 1_000_000,
    "x" * 5_000_000,
    "." * 500_000,
    "… " * 200_000,
    "$" * 100_000 + "1",
    "(" * 100_000 + "Reuters) -",
    "\n".join(["- item [1]"] * 50_000),
    "Sources:" + "[1] x " * 50_000,
    "<!-- note -->\n" * 60 + "The ministry said 35 people were hurt.",
    "<!---->" * 400 + "The ministry said 35 people were hurt.",
    "[a]: " + "x" * 200_000 + " y\n[b]",
    " ".join(["123"] * 30_000),
    "Key: value\n" * 60_000,
    "Notes\n\n" + " ".join(f"Claim {i} said 3 people.[^{i}]" for i in range(8_000)) + "\n\n"
    + "\n".join(f"[^{i}]: Source {i}." for i in range(8_000)),
], ids=["open-brackets", "close-brackets", "unclosed-markers", "digit-commas", "many-words",
        "one-5MB-line", "dots", "ellipses", "dollars", "parens", "many-bullets", "many-sources",
        "leading-comments", "empty-comments", "long-link-definition",
        "three-digit-list", "key-value-lines", "noted-sentences"])
def test_pathological_text_finishes(text):
    article = ak.parse_article(text, "hostile")
    check_contract(article)


@pytest.mark.timeout(60)
def test_deeply_nested_html(tmp_path):
    depth = 5000
    page = "<html><body>" + "<div>" * depth + "<p>Officials said 300 homes were evacuated.</p>" + \
        "</div>" * depth + "</body></html>"
    path = tmp_path / "nested.html"
    path.write_text(page)
    article = ak.load_article(path)
    assert any("300 homes" in text for text in article.claims["text"])


@pytest.mark.timeout(60)
def test_html_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body> </body></html>")
    with pytest.raises(ak.EmptyArticleError, match="empty.html"):
        ak.load_article(path)


def test_card_escapes_article_text():
    text = (f"Officials said the plan {HOSTILE} would cost $5 million.\n\n"
            f"Sources:\n[1] Evil Outlet: \"{HOSTILE}\"\n")
    article = ak.parse_article(text, "evil<id>")
    card = article._repr_html_()
    assert "<script>" not in card and "<img" not in card and "<a href" not in card
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "evil&lt;id&gt;" in card


def test_hostile_html_page_text_is_data(tmp_path):
    page = ("<html><head><title>T &lt;script&gt;</title></head><body><article>"
            "<h1>Plans &lt;img src=x onerror=alert(1)&gt; revealed</h1>"
            "<p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; 300 homes were evacuated, "
            "according to the council.</p><script>alert('run')</script></article></body></html>")
    path = tmp_path / "evil.html"
    path.write_text(page)
    article = ak.load_article(path)
    joined = " ".join(article.claims["text"])
    assert "alert('run')" not in joined
    assert "<script>alert(1)</script>" in joined
    card = article._repr_html_()
    assert "<script>" not in card


def test_markup_inside_page_metadata_is_dropped_not_read_into_names():
    page = ("<html><head><title>Minister quits</title>"
            "<meta name=\"author\" content=\"<script>alert('a')</script>Jane Roe\">"
            "</head><body><article><h1>Minister quits</h1>"
            "<p>The minister resigned on Monday after a memo leaked, officials said.</p>"
            "</article></body></html>")
    article = ak.parse_article(page, fmt="html")
    assert article.articles["author"].tolist() == ["Jane Roe"]


@pytest.mark.timeout(60)
def test_audit_of_thousands_of_counts_of_one_subject_finishes():
    text = "Floods\n\n" + "\n\n".join(
        f"In Town {i}, {1000 + i} people were displaced." for i in range(6000))
    findings = ak.parse_article(text, "floods").audit()
    conflicts = findings[findings["check"] == "conflicting_figures"]
    assert len(conflicts) == 1 and "'people' is given as 1,000, 1,001" in conflicts["detail"].iloc[0]


def test_template_content_a_browser_never_shows_gives_no_claim():
    page = ("<html><body><article><h1>Ferry fares rise in May</h1><p>Fares will rise by 4% in "
            "May, the operator said on Monday.</p><template><p>Fares will fall by 90% tomorrow, "
            "the hidden text says.</p></template><p>The council approved the rise by 7 votes "
            "to 2.</p></article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert not any("90%" in text for text in art.claims["text"])
    assert 90.0 not in art.figures["value"].tolist()


@pytest.mark.timeout(60)
def test_a_long_article_of_many_capitalised_openings_finishes():
    # 2.6 MB of sentences that open with a capitalised word: each one looks for an
    # earlier full name, which once meant reading every earlier claim again (~90 s)
    import random

    rng = random.Random(7)
    words = ("the council said river people bridge officials report water city minister plan "
             "budget rose fell percent year Monday residents police hospital").split()
    text = "Long report\n\n" + "\n\n".join(
        " ".join(" ".join(rng.choice(words) for _ in range(12)).capitalize()
                 + f" {rng.randint(1, 99999)}." for _ in range(5))
        for _ in range(6000))
    assert len(ak.parse_article(text, "long").claims) == 30_000
