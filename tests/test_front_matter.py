"""Front matter written for these tests: YAML, TOML and JSON blocks into ``articles``."""

from __future__ import annotations

import pytest

import analystkit as ak
from analystkit.frontmatter import opens_with_front_matter, read_front_matter

BODY = "\n\nThe ferry carried 412 passengers on its first crossing, the operator said.\n"


def meta(front: str) -> dict:
    """The ``articles`` row of a Markdown file opening with ``front``."""
    art = ak.parse_article(front + BODY, fmt="markdown")
    row = art.articles.iloc[0]
    return {key: (None if row[key] != row[key] else row[key])
            for key in ("title", "outlet", "author", "published", "language")}


def test_toml_front_matter_fills_the_articles_row_and_gives_no_claims():
    art = ak.parse_article('+++\ntitle = "Ferry service resumes"\ndate = 2025-03-14\n'
                           'authors = ["Ann Lee", "Bo Kim"]\npublisher = "Island Post"\n'
                           'tags = ["ferries", "transport"]\n+++' + BODY, fmt="markdown")
    assert art.blocks["kind"].tolist() == ["meta", "headline"]
    assert art.claims["text"].tolist() == [
        "The ferry carried 412 passengers on its first crossing, the operator said."]
    row = art.articles.iloc[0]
    assert (row["title"], row["outlet"], row["author"], row["published"]) == (
        "Ferry service resumes", "Island Post", "Ann Lee; Bo Kim", "2025-03-14")
    assert art.tags["tag"].tolist() == ["ferries", "transport"]


def test_toml_that_does_not_parse_is_read_line_by_line():
    assert read_front_matter('+++\ntitle = "Ferry service resumes"\ndate = 14 March\n'
                             'broken = [\n+++') == {"title": "Ferry service resumes",
                                                    "published": "14 March"}


@pytest.mark.parametrize(("line", "published"), [
    ("date: 14 March 2025", "2025-03-14"),                    # printed: an ISO date
    ("date: March 14, 2025", "2025-03-14"),
    ("date: 2025-03-14", "2025-03-14"),                       # a YAML date
    ("published: 2025-03-14T08:30:00Z", "2025-03-14T08:30:00+00:00"),  # a YAML timestamp
    ("publishDate: 2025-03-14T08:30:00+01:00", "2025-03-14T08:30:00+01:00"),  # Hugo's key
    ("date_published: '2025-03-14'", "2025-03-14"),
    ("date: Spring 2025", "Spring 2025"),                     # unreadable: as written
])
def test_front_matter_dates_are_written_in_iso_form_where_they_can_be_read(line, published):
    assert meta(f"---\ntitle: Ferry service resumes\n{line}\n---")["published"] == published


def test_a_json_front_matter_timestamp_is_kept_as_written():
    front = '```json\n{"title": "Ferry service resumes", "published": "2025-03-14T08:30:00Z"}\n```'
    assert meta(front)["published"] == "2025-03-14T08:30:00Z"


def test_publication_names_the_outlet_and_an_author_list_is_semicolon_separated():
    assert meta("---\ntitle: Ferry service resumes\npublication: Island Post\n"
                "authors:\n  - Ann Lee\n  - Bo Kim\n---") == {
        "title": "Ferry service resumes", "outlet": "Island Post", "author": "Ann Lee; Bo Kim",
        "published": None, "language": "en"}


def test_plus_lines_in_plain_text_or_unclosed_are_no_front_matter():
    text = '+++\ntitle = "Ferry service resumes"\n\nThe ferry carried 412 passengers.\n'
    for fmt in ("text", "markdown"):
        art = ak.parse_article(text, fmt=fmt)
        assert "meta" not in set(art.blocks["kind"])
        assert art.articles.loc[0, "title"] != "Ferry service resumes"


def test_front_matter_with_no_format_given_is_read_as_markdown():
    text = ("---\ntitle: Ferry service resumes\nauthor: Ann Lee\ndate: 2025-06-04\n"
            "site_name: Island Post\n---" + BODY)
    art = ak.parse_article(text)
    assert art.claims["text"].tolist() == [
        "The ferry carried 412 passengers on its first crossing, the operator said."]
    assert art.figures["value"].tolist() == [412.0]
    row = art.articles.iloc[0]
    assert (row["format"], row["title"], row["outlet"], row["author"], row["published"]) == (
        "markdown", "Ferry service resumes", "Island Post", "Ann Lee", "2025-06-04")


@pytest.mark.parametrize(("text", "front"), [
    ("---\ntitle: Floods\ndate: 2025-06-04\n---\n\nRain fell.", True),
    ('+++\ntitle = "Floods"\n+++\n\nRain fell.', True),
    ("---\ntitle: Floods\ntags:\n  - rain\n- storms\n\n---\nRain fell.", True),
    # a rule over prose, lines with no known key, no closing fence
    ("---\nThe storm hit the coast on Monday.\n---\n", False),
    ("---\nUpdate: 3 boats sank\n---\n", False),
    ("---\ntitle: Floods\n\nRain fell on 3 towns.\n", False),
    ("----\ntitle: Floods\n----\n", False),
])
def test_only_key_value_lines_between_fences_open_with_front_matter(text, front):
    assert opens_with_front_matter(text) is front


def test_a_plain_text_opening_with_a_rule_stays_plain_text():
    art = ak.parse_article("---\n\nThe storm hit the coast on Monday, killing 3 people.\n\n"
                           "---\n\nFour boats sank.\n")
    assert art.articles.loc[0, "format"] == "text"
    assert art.claims["text"].tolist() == [
        "The storm hit the coast on Monday, killing 3 people.", "Four boats sank."]
