"""RTF documents (.rtf): news archives' exports and word processors' files."""

from __future__ import annotations

import pytest

import analystkit as ak
from analystkit.errors import DocumentReadError, EmptyArticleError, NotTextError

# (a line break in RTF source is no space: a wrapped line opens with one)
STORY = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}
{\info{\title Harbour strike enters third week}{\author Ana Ruiz}{\creatim\yr2026\mo3\dy14\hr9\min5}}
{\*\generator Riched20 10.0.19041}
\pard\plain\f0\fs28\b Harbour strike enters third week\b0\par
\pard\plain\f0\fs22 LISBON, March 14 (Reuters) - Dock workers at the port of Lisbon extended
 their strike on Thursday, the union said, leaving about 40 ships waiting offshore.\par
\pard "We will not go back until the pay offer improves," union leader Jo\'e3o Silva told
 reporters. The port handles about 12% of Portugal\rquote s container traffic.\par
{\pict\pngblip\picw10\pich10 89504e470d0a1a0a}
\pard\plain\f0\fs22 Losses could reach \u8364?25 million a week, the shipping association
 estimated.\par
\trowd\cellx2000\cellx4000\cellx6000
\intbl Week\cell Ships waiting\cell Containers delayed\cell\row
\trowd\cellx2000\cellx4000\cellx6000
\intbl 1\cell 18\cell 4,200\cell\row
\trowd\cellx2000\cellx4000\cellx6000
\intbl 2\cell 40\cell 9,800\cell\row
\pard\par
}
"""


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "harbour strike.rtf"
    path.write_bytes(STORY.encode("ascii"))
    return path


def test_an_rtf_story_gives_its_tables_and_metadata(story):
    article = ak.load_article(story)
    row = article.articles.iloc[0]
    assert (row["format"], row["title"], row["author"], row["published"], row["outlet"],
            row["dateline"]) == ("rtf", "Harbour strike enters third week", "Ana Ruiz",
                                 "2026-03-14", "Reuters", "LISBON")
    assert article.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph",
                                               "paragraph", "boilerplate"]
    assert article.claims["text"].tolist()[1:] == [
        "Dock workers at the port of Lisbon extended their strike on Thursday, the union "
        "said, leaving about 40 ships waiting offshore.",
        '"We will not go back until the pay offer improves," union leader João Silva told '
        "reporters.",
        "The port handles about 12% of Portugal’s container traffic.",
        "Losses could reach €25 million a week, the shipping association estimated."]
    assert article.claims["attribution"].fillna("").tolist()[1:] == [
        "union", "João Silva", "", "shipping association"]
    figures = article.figures
    assert figures[["text", "value"]].values.tolist()[:3] == [
        ["about 40", 40.0], ["about 12%", 12.0], ["€25 million a week", 25e6]]
    assert figures["unit"].fillna("").tolist()[:3] == ["", "%", "EUR"]
    # the table's cells, with their row and column labels
    table = figures[figures["claim_id"].isna()]
    assert table[["text", "subject"]].values.tolist() == [
        ["18", "Ships waiting (1)"], ["4,200", "Containers delayed (1)"],
        ["40", "Ships waiting (2)"], ["9,800", "Containers delayed (2)"]]
    # nothing of the picture, the font table or the generator reaches the text
    assert "89504e" not in article.text and "Arial" not in article.text \
        and "Riched20" not in article.text


def test_rtf_text_is_decoded_by_its_code_page_or_as_utf8():
    cyrillic = (r"{\rtf1\ansi\ansicpg1251 \'d6\'e5\'ed\'fb \'e2\'fb\'f0\'EE\'F1\'EB\'E8 "
                r"\'ed\'e0 5%.\par}").encode("ascii")
    assert ak.parse_article(cyrillic, fmt="rtf").text.strip() == "Цены выросли на 5%."
    # raw UTF-8 where escapes belong, as some generators write, given as bytes or as text
    utf8 = "{\\rtf1\\ansi Préço subiu 5% em março.\\par}"
    assert ak.parse_article(utf8.encode("utf-8"), fmt="rtf").text.strip() == \
        "Préço subiu 5% em março."
    assert ak.parse_article(utf8, fmt="rtf").text.strip() == "Préço subiu 5% em março."


def test_an_rtf_file_under_a_text_name_is_read_as_rtf(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("ascii"))
    article = ak.load_article(path)
    assert article.articles["format"].tolist() == ["rtf"]
    assert "\\par" not in article.text and "fonttbl" not in article.text


def test_a_folder_reads_rtf_files_beside_the_others(tmp_path, story):
    (tmp_path / "note.txt").write_text("Prices rose 5% in May, the ministry said.\n",
                                       encoding="utf-8")
    corpus = ak.load_corpus(tmp_path, progress=False)
    assert sorted(corpus.articles["format"]) == ["rtf", "text"]
    assert corpus.errors.empty


@pytest.mark.parametrize(("content", "error", "says"), [
    (b"Prices rose 5% in May.", NotTextError, "is not an RTF document"),
    (b"", EmptyArticleError, "file is empty"),
    (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}", EmptyArticleError, "holds no text"),
    (b"{\\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5000 + b"}", DocumentReadError,
     "nests groups"),
])
def test_bad_rtf_files_raise_one_clear_error(tmp_path, content, error, says):
    path = tmp_path / "bad.rtf"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        ak.load_article(path)
    assert str(path) in str(caught.value) and says in str(caught.value)


NOTED = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}
{\stylesheet{\s0 Normal;}{\*\cs16\super footnote reference;}}
\pard\plain\s0 Cargo at the port of Halvik fell 12% last year, the port authority said.{\cs16\super\chftn}{\footnote\pard\plain\s0\fs20 {\cs16\super\chftn} Port of Halvik Authority, \'93Annual traffic report 2024\'94, https://www.halvikport.example/traffic-2024}\par
\pard\plain\s0 The channel dropped to 1.6 metres in March, according to the hydrology office.{\cs16\super\chftn}{\footnote\pard\plain\s0\fs20 {\cs16\super\chftn} National Hydrology Office, \'93River levels bulletin\'94, https://hydrology.example.gov/2025-03-10} Barges were ordered to carry less.\par
}
"""


def test_rtf_footnotes_are_kept_as_notes_the_claims_cite(tmp_path):
    # Word, LexisNexis and Factiva write each note inside the paragraph that calls it
    path = tmp_path / "noted.rtf"
    path.write_bytes(NOTED.encode("ascii"))
    article = ak.load_article(path)
    assert article.sources[["outlet", "url"]].values.tolist() == [
        ["Port of Halvik Authority", "https://www.halvikport.example/traffic-2024"],
        ["National Hydrology Office", "https://hydrology.example.gov/2025-03-10"]]
    assert article.citations[["claim_id", "source_id"]].values.tolist() == [[1, 1], [2, 2]]
    assert article.claims["text"].tolist() == [
        "Cargo at the port of Halvik fell 12% last year, the port authority said.",
        "The channel dropped to 1.6 metres in March, according to the hydrology office.",
        "Barges were ordered to carry less."]


@pytest.mark.parametrize(("declared", "expected"), [
    # a code page Python has no codec for is read as Windows Latin, not as UTF-8
    (r"\ansicpg99999", "Cargo fell 12% to € 4.2 million, said Jörg Müller."),
    (r"\ansicpg1252", "Cargo fell 12% to € 4.2 million, said Jörg Müller."),
])
def test_the_declared_code_page_reads_escaped_bytes(tmp_path, declared, expected):
    path = tmp_path / "cp.rtf"
    path.write_bytes((r"{\rtf1\ansi" + declared + r"\deff0{\fonttbl{\f0 Times;}}\pard Cargo fell "
                      r"12% to \'80 4.2 million, said J\'f6rg M\'fcller.\par}").encode("ascii"))
    article = ak.load_article(path)
    assert article.claims["text"].tolist() == [expected]
    assert ("€ 4.2 million", "EUR") in set(zip(article.figures["text"], article.figures["unit"],
                                               strict=True))
