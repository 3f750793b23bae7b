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
@pytest.mark.parametrize("depth", [300, 2000])
def test_html_nested_past_the_parsers_default_depth_is_read_whole(tmp_path, depth):
    # the parser's default limit is 256 levels: past it the deep part was dropped, and
    # a shallow menu and footer were read as the article
    page = ("<html><body><nav><a>Home</a> <a>News</a></nav>" + "<div>" * depth
            + "<p>Officials said 300 homes were evacuated after the river rose overnight.</p>"
            + "</div>" * depth + "<footer>Contact us</footer></body></html>")
    path = tmp_path / "nested.html"
    path.write_text(page)
    article = ak.load_article(path)
    assert article.claims["text"].tolist() == [
        "Officials said 300 homes were evacuated after the river rose overnight."]


@pytest.mark.timeout(60)
def test_html_nested_deeper_than_the_parser_reads_is_a_clear_error(tmp_path):
    depth = 5000
    page = ("<html><body><nav><a>Home</a> <a>News</a></nav>" + "<div>" * depth
            + "<p>Officials said 300 homes were evacuated.</p>" + "</div>" * depth
            + "</body></html>")
    path = tmp_path / "nested.html"
    path.write_text(page)
    with pytest.raises(ak.DocumentReadError, match=r"nested\.html: .*2,048 levels deep"):
        ak.load_article(path)


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


# -- documents built to break a reader: one clear error naming the file, or NA fields --

ARTICLE = "Flooding closed 14 schools on Monday, officials said.\n"


def _zip(entries: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("suffix", "entries"), [
    (".docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * 40_000_000}),
    (".odt", {"mimetype": b"application/vnd.oasis.opendocument.text",
              "content.xml": b" " * 40_000_000}),
])
def test_a_package_that_inflates_past_the_limit_is_refused_before_reading(tmp_path, suffix,
                                                                           entries):
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(_zip(entries))
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ak.DocumentReadError, match="inflates to 40,0.*over the"):
        ak.load_article(path)


def test_a_damaged_deflate_stream_in_an_odt_is_a_clear_error(tmp_path):
    from tests.test_odt import make_odt

    data = bytearray(make_odt("<text:p>" + "Flooding closed 14 schools. " * 200 + "</text:p>"))
    middle = data.index(b"content.xml") + 200
    data[middle:middle + 12] = b"\x00" * 12
    path = tmp_path / "damaged.odt"
    path.write_bytes(bytes(data))
    with pytest.raises(ak.DocumentReadError, match="damaged.odt"):
        ak.load_article(path)


def test_an_rtf_character_past_unicode_is_a_clear_error(tmp_path):
    path = tmp_path / "big.rtf"
    path.write_text(r"{\rtf1\ansi Flooding closed 14 schools \u99999999999? on Monday.}")
    with pytest.raises(ak.DocumentReadError, match="big.rtf: the RTF document cannot be read"):
        ak.load_article(path)


@pytest.mark.timeout(30)
def test_front_matter_built_to_explode_is_not_expanded():
    laughs = "\n".join(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]"
                       for prev, name in zip("abcdefgh", "bcdefghi", strict=True))
    art = ak.parse_article(f"---\na: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n{laughs}\n"
                           f"title: [*i]\n---\n\n{ARTICLE}", "laughs", fmt="markdown")
    assert art.claims["text"].tolist() == [ARTICLE.strip()]
    deep = ak.parse_article("```json\n" + "[" * 100_000 + "]" * 100_000 + "\n```\n\n" + ARTICLE,
                            "deep", fmt="markdown")
    assert deep.claims["text"].tolist() == [ARTICLE.strip()]


def test_metadata_that_is_no_text_no_date_or_no_language_is_na():
    import json

    record = {"title": "Floods \ud800", "publish_date": "2025-13-45T99:99:99",
              "language": "<img src=x onerror=alert(1)>", "authors": [{"x": 1}],
              "text": ARTICLE}
    art = ak.parse_article(json.dumps(record), "meta", fmt="json")
    row = art.articles.iloc[0]
    assert row["title"] == "Floods \ufffd"
    assert pd_isna(row.get("published")) and pd_isna(row.get("author"))
    assert row["language"] != "<img src=x onerror=alert(1)>"
    art = ak.parse_article(json.dumps({**record, "publish_date": 10 ** 400}), "big", fmt="json")
    assert pd_isna(art.articles.iloc[0].get("published"))
    front = ak.parse_article("---\ntitle: [1, 2]\ndate: 2025-02-30\n---\n\n" + ARTICLE, "fm",
                             fmt="markdown")
    assert pd_isna(front.articles.iloc[0].get("published"))
    corpus = ak.Corpus([art, front])  # a lone surrogate must not stop the tables
    assert len(corpus.tables()["articles"]) == 2


def pd_isna(value: object) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


def test_utf8_with_a_few_stray_bytes_stays_utf8():
    data = ("Aid of €40 million — and €12 million — reached the region. " * 2).encode() \
        + b"\x81\x8d\x8f\x90\x9d and more text follows here.\n"
    art = ak.parse_article(data, "stray")
    assert art.articles.iloc[0]["encoding"] == "utf-8 (stray bytes replaced)"
    assert art.figures["text"].tolist()[:2] == ["€40 million", "€12 million"]
