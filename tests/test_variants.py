"""The seed rewritten in other house styles, and articles written for these tests.

Each variant keeps the seed's content but changes how it is printed — citation
style, source list layout, heading syntax — and must give the same tables.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import analystkit as ak

SEED_CITES_PER_SOURCE = [5, 5, 4, 4, 1]


@pytest.fixture(scope="module")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


def _parts(seed_text: str) -> tuple[str, list[tuple[str, str, str]], str]:
    head, rest = seed_text.split("Sources:")
    sources, tail = rest.split("Tags:")
    entries = re.findall(r"\[(\d)\] ([^:]+): \"([^\"]+)\"", sources)
    return head, entries, "Tags:" + tail


def _assert_seed_tables(article) -> None:
    assert len(article.claims) == 14
    assert len(article.citations) == 19
    assert article.citations.groupby("source_id").size().tolist() == SEED_CITES_PER_SOURCE
    assert article.sources["outlet"].tolist() == [
        "The Guardian", "Japan Today", "The Verge", "The Diplomat", "National Interest"]
    assert article.claims["hedged"].sum() == 4


def test_comma_list_markers(seed_text):
    head, entries, tail = _parts(seed_text)

    def as_list(match):
        return "[" + ", ".join(re.findall(r"\d+", match.group(0))) + "]"

    article = ak.parse_article(re.sub(r"(?:\[\d\])+", as_list, head) + seed_text[len(head):], "v")
    _assert_seed_tables(article)


def test_range_markers(seed_text):
    text = seed_text.replace("[1][2][3][4][5]", "[1-5]").replace("[1][2][3][4]", "[1–4]")
    text = text.replace("[1][2][3]", "[1-3]")
    _assert_seed_tables(ak.parse_article(text, "v"))


def test_numbered_references_with_urls(seed_text):
    head, entries, tail = _parts(seed_text)
    refs = "References\n\n" + "\n".join(
        f'{n}. {outlet}. "{title}". https://example.org/story-{n}' for n, outlet, title in entries)
    article = ak.parse_article(head + refs + "\n\n" + tail, "v")
    _assert_seed_tables(article)
    assert article.sources["url"].tolist() == [f"https://example.org/story-{n}" for n in range(1, 6)]
    assert article.sources["title"].iloc[2] == "Now North Korea wants to make Iranian drones"


def test_sources_one_per_line(seed_text):
    head, entries, tail = _parts(seed_text)
    lines = "\n".join(f'[{n}] {outlet}: "{title}"' for n, outlet, title in entries)
    article = ak.parse_article(head + "Sources:\n" + lines + "\n\n" + tail, "v")
    _assert_seed_tables(article)
    assert article.tags["tag"].tolist()[:2] == ["Ukraine", "Russia"]


def test_markdown_headings_and_dash_bullets(seed_text):
    text = seed_text
    for heading in ("Why North Korea's Hands are Needed", "The Stakes and the Shift"):
        text = text.replace(heading, "## " + heading)
    text = text.replace("  • ", "- ")
    article = ak.parse_article(text, "v", fmt="markdown")
    _assert_seed_tables(article)
    sections = article.claims["section"].dropna().unique().tolist()
    assert sections == ["Why North Korea's Hands are Needed", "The Stakes and the Shift"]
    assert article.claims["label"].dropna().nunique() == 6


def test_superscript_markers(seed_text):
    digits = str.maketrans("12345", "¹²³⁴⁵")
    text = re.sub(r"(?:\[\d\])+", lambda m: "".join(re.findall(r"\d", m.group(0))).translate(digits),
                  seed_text.split("Sources:")[0])
    # Superscripts run together ("¹²³") read as one number, so cite one source per sentence.
    text = re.sub(r"([¹²³⁴⁵])[¹²³⁴⁵]+", r"\1", text)
    article = ak.parse_article(text + "Sources:" + seed_text.split("Sources:")[1], "v")
    assert len(article.claims) == 14
    assert article.citations["source_id"].tolist() == [1, 1, 1, 1, 1, 2, 3]


FIELD_REPORT = """\
Flood Defences Hold as River Crests Near Record

The river peaked at 7.4 metres on Sunday, about 30 centimetres below the 1998 record, officials said[1].

Water Board spokeswoman Ana Ruiz said more than 1,200 volunteers filled sandbags overnight[2][3]. Some 300 homes were evacuated as a precaution, according to the county council[3].

## What happens next

- Inspections: Engineers will inspect all 14 pumping stations this week[1].
- Costs: The repairs could cost up to $4.5 million, the council estimated[4].

References
1. Regional Water Board. "River levels bulletin". https://water.example.org/bulletin
2. Daily Courier: "Volunteers race to fill sandbags"
3. County Council. "Evacuation notice".
"""


def test_article_written_for_tests():
    article = ak.parse_article(FIELD_REPORT, "flood", fmt="markdown")
    claims = article.claims
    assert claims["text"].tolist() == [
        "Flood Defences Hold as River Crests Near Record",
        "The river peaked at 7.4 metres on Sunday, about 30 centimetres below the 1998 record, "
        "officials said.",
        "Water Board spokeswoman Ana Ruiz said more than 1,200 volunteers filled sandbags overnight.",
        "Some 300 homes were evacuated as a precaution, according to the county council.",
        "Engineers will inspect all 14 pumping stations this week.",
        "The repairs could cost up to $4.5 million, the council estimated.",
    ]
    assert claims["label"].dropna().tolist() == ["Inspections", "Costs"]
    assert claims["section"].dropna().unique().tolist() == ["What happens next"]
    assert claims["hedged"].tolist() == [False, False, False, False, False, True]
    assert [None if pd.isna(a) else a for a in claims["attribution"]] == [
        None, "officials", "Ana Ruiz", "county council", None, "council"]
    pairs = list(article.citations[["claim_id", "source_id"]].itertuples(index=False, name=None))
    assert pairs == [(2, 1), (3, 2), (3, 3), (4, 3), (5, 1)]
    audit = article.audit()
    dangling = audit[audit["check"] == "dangling_citation"]
    assert dangling["claim_id"].tolist() == [6]
    assert "[4]" in dangling["detail"].iloc[0]
    sources = article.sources
    assert sources["outlet"].tolist() == ["Regional Water Board", "Daily Courier", "County Council"]
    assert sources["url"].iloc[0] == "https://water.example.org/bulletin"
    figures = article.figures.set_index("text")
    assert figures.loc["7.4 metres", ["value", "kind", "unit"]].tolist() == [7.4, "measure", "m"]
    assert figures.loc["about 30 centimetres", "qualifier"] == "about"
    assert figures.loc["1998", "kind"] == "year"
    assert figures.loc["more than 1,200", ["value", "subject", "qualifier"]].tolist() == [
        1200.0, "volunteers", "more than"]
    assert figures.loc["up to $4.5 million", ["value", "kind", "unit"]].tolist() == [
        4_500_000.0, "money", "USD"]
    assert figures.loc["14", "subject"] == "pumping stations"


@pytest.mark.parametrize(("lede", "outlet", "place", "first_claim"), [
    ("SEOUL, June 5 (Reuters) - North Korea said on Thursday it would send workers.",
     "Reuters", "SEOUL", "North Korea said on Thursday it would send workers."),
    ("WASHINGTON, Oct. 3, 2024 (AP) — The Senate voted on Tuesday to pass the bill.",
     "AP", "WASHINGTON", "The Senate voted on Tuesday to pass the bill."),
    ("Paris, 3 June (AFP) - France will raise its defence budget, the minister said.",
     "AFP", "Paris", "France will raise its defence budget, the minister said."),
    ("NEW YORK, March 12 -- Stocks fell sharply on Monday as investors weighed the data.",
     None, "NEW YORK", "Stocks fell sharply on Monday as investors weighed the data."),
    ("May 5 - the council met, and it says a lot of things happened.",
     None, None, "May 5 - the council met, and it says a lot of things happened."),
    ("BERLIN (dpa) - Die Regierung plant neue Ausgaben, sagte ein Sprecher am Montag.",
     "dpa", "BERLIN", "Die Regierung plant neue Ausgaben, sagte ein Sprecher am Montag."),
    ("SAN FRANCISCO, Calif., Oct. 15, 2024 /PRNewswire/ -- Acme Corp said revenue rose 23%.",
     "PRNewswire", "SAN FRANCISCO, Calif.", "Acme Corp said revenue rose 23%."),
    # the UN's and NGOs' mixed-case place and full date
    ("Geneva, 14 March 2025 – The UN refugee agency said 40,000 people fled.", None,
     "Geneva", "The UN refugee agency said 40,000 people fled."),
    ("**Oslo/Amman, 4 August 2025** – NRC warned that aid was short.", None, "Oslo/Amman",
     "NRC warned that aid was short."),
    ("Paris – The city voted on Sunday to ban scooters.", None, None,
     "Paris – The city voted on Sunday to ban scooters."),
    # an Indian agency's dateline, no dash
    ("New Delhi, Jun 4 (PTI) The BJP-led NDA crossed the majority mark of 272 seats.",
     "PTI", "New Delhi", "The BJP-led NDA crossed the majority mark of 272 seats."),
    ("CHENNAI, Nov 3 (IANS): The state government ordered schools shut.", "IANS", "CHENNAI",
     "The state government ordered schools shut."),
    ("Apple (AAPL) Shares rose 3% on Monday after the launch event.", None, None,
     "Apple (AAPL) Shares rose 3% on Monday after the launch event."),
    # Business Wire's double dashes, one city or two
    ("HOUSTON--(BUSINESS WIRE)--Jan. 9, 2025-- Kestrel Energy Corp. (NYSE: KSTR) today "
     "announced a deal.", "BUSINESS WIRE", "HOUSTON",
     "Kestrel Energy Corp. (NYSE: KSTR) today announced a deal."),
    ("BOSTON & SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--Helix Health today opened "
     "a clinic.", "BUSINESS WIRE", "BOSTON & SAN FRANCISCO",
     "Helix Health today opened a clinic."),
    # a press release's city and state with no wire named
    ("TULSA, Oklahoma, March 4, 2025 -- Redbud Mills today opened its second mill.",
     None, "TULSA, Oklahoma", "Redbud Mills today opened its second mill."),
    ("OMAHA, Trade officials said -- the talks failed again on Monday.",
     None, None, "OMAHA, Trade officials said -- the talks failed again on Monday."),
])
def test_wire_datelines_with_dates(lede, outlet, place, first_claim):
    art = ak.parse_article(f"A headline about the world today\n\n{lede}\n")
    row = art.articles.iloc[0]
    assert (None if pd.isna(row["outlet"]) else row["outlet"]) == outlet
    assert (None if pd.isna(row["dateline"]) else row["dateline"]) == place
    assert art.claims["text"].tolist()[1] == first_claim


@pytest.mark.parametrize(("line", "outlet", "place"), [
    ("MADRID, 4 Mar. (EUROPA PRESS) -", "EUROPA PRESS", "MADRID"),
    ("VALENCIA, 12 mar (EFE).-", "EFE", "VALENCIA"),
])
def test_a_dateline_on_a_line_of_its_own_is_meta(line, outlet, place):
    art = ak.parse_article("El Gobierno aprueba un plan de vivienda\n\n" + line + "\n\n"
                           "El Consejo de Ministros ha aprobado un plan para construir 40.000 "
                           "viviendas, según ha informado el Ministerio de Vivienda.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    assert art.articles.loc[0, ["outlet", "dateline"]].tolist() == [outlet, place]
    assert art.figures["text"].tolist() == ["40.000"]


def test_a_business_wire_datelines_date_is_the_published_date_and_no_figure():
    art = ak.parse_article("Kestrel signs power deal\n\nHOUSTON--(BUSINESS WIRE)--Jan. 9, "
                           "2025-- Kestrel Energy Corp. today announced a 450 megawatt deal.\n")
    assert art.articles.loc[0, "published"] == "2025-01-09"
    assert art.figures["text"].tolist() == ["450 megawatt"]


def test_a_subhead_over_a_dateline_is_the_dek_and_gives_a_claim():
    art = ak.parse_article(
        "Redbud Mills reports record harvest\n\nFlour sales up 12% to $310 million; two mills "
        "to open\n\nTULSA, Oklahoma, March 4, 2025 -- Redbud Mills today reported record "
        "sales for 2024.\n")
    assert art.blocks["kind"].tolist() == ["headline", "dek", "paragraph"]
    assert art.figures.loc[art.figures["text"] == "12%", "claim_id"].tolist() == [2]


def test_a_fact_boxs_labels_name_their_values():
    art = ak.parse_article(
        "Kingsmere close in on record deal\n\nKey numbers:\n- Transfer fee: €95m (£82m), "
        "rising to €110m\n- Attendance: 27,418\n- Unemployment rate: 4.2%\n\n"
        "The vote was close: 51% to 49%.\n")
    bullets = art.blocks[art.blocks["kind"] == "bullet"]
    # a lead-in labels the words after it; a label and its value are one claim
    assert bullets["label"].fillna("-").tolist() == ["Transfer fee", "-", "-"]
    assert art.claims["text"].tolist()[1:4] == [
        "€95m (£82m), rising to €110m", "Attendance: 27,418", "Unemployment rate: 4.2%"]
    got = art.figures[["text", "kind", "subject"]].fillna("-").values.tolist()
    assert got == [["€95m", "money", "Transfer fee"], ["£82m", "money", "-"],
                   ["€110m", "money", "Transfer fee"],  # the fee it rises to
                   ["27,418", "count", "Attendance"],
                   ["4.2%", "percent", "Unemployment rate"],
                   ["51%", "percent", "-"], ["49%", "percent", "-"]]  # a sentence, no label


def test_a_live_blogs_entry_times_label_their_entries():
    art = ak.parse_article(
        "Quake live: death toll rises, rescuers search rubble\nBy Clara Mendes and Tom Okafor, "
        "The Harbour Times\nUpdated 16:05 GMT, 12 March 2025\n\n"
        "14:32 GMT — The death toll rose to 214, officials said.\n\n"
        "14:05 GMT\nThe Red Cross says 3,000 people are in shelters.\n\n"
        "13:40 GMT\nRoads to the coast reopened, police said.\n\n"
        "12:15 Officials said 40 crews were on the line.\n\n"
        "Updated 09:10 The number of evacuees rose to 3,200, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "meta", "paragraph", "meta",
                                           "paragraph", "meta", "paragraph", "paragraph",
                                           "paragraph"]
    row = art.articles.iloc[0]
    assert (row["author"], row["published"]) == ("Clara Mendes; Tom Okafor", "2025-03-12")
    assert art.claims[["label", "text", "attribution"]].values.tolist()[1:] == [
        ["14:32 GMT", "The death toll rose to 214, officials said.", "officials"],
        ["14:05 GMT", "The Red Cross says 3,000 people are in shelters.", "Red Cross"],
        ["13:40 GMT", "Roads to the coast reopened, police said.", "police"],
        ["12:15", "Officials said 40 crews were on the line.", "Officials"],
        ["09:10", "The number of evacuees rose to 3,200, officials said.", "officials"]]


@pytest.mark.parametrize(("dateline", "sign_off"), [
    ("MADRID (EFE).- ", "EFE\nabc/mr"), ("Berlin (dpa) - ", "dpa mb yydd n1 rum")])
def test_a_wire_agencys_dateline_and_sign_off(dateline, sign_off):
    art = ak.parse_article(
        f"Sequía en Cataluña\n\n{dateline}El Gobierno ha decretado el estado de emergencia "
        f"en 202 municipios, según informó la Agencia Catalana del Agua.\n\n{sign_off}\n")
    row = art.articles.iloc[0]
    assert (row["outlet"], row["dateline"]) == (dateline.split()[1].strip("().-"),
                                                dateline.split()[0])
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "boilerplate"]
    assert art.claims["text"].tolist()[1].startswith("El Gobierno ha decretado")


def test_a_standfirst_that_credits_what_it_says_is_the_dek():
    art = ak.parse_article(
        "House prices rise 4.7pc as first-time buyers return to market\n\n"
        "Average price now £285,000 but affordability remains stretched, Nationwide says\n\n"
        "*By Harriet Cole and the Money Desk | 12 November 2025*\n\n"
        "House prices rose 4.7pc in the year to October, according to Nationwide.\n",
        fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "dek", "meta", "paragraph"]
    row = art.articles.iloc[0]
    assert (row["title"], row["author"], row["published"]) == (
        "House prices rise 4.7pc as first-time buyers return to market", "Harriet Cole",
        "2025-11-12")
    assert art.claims["attribution"].tolist()[1:] == ["Nationwide", "Nationwide"]


@pytest.mark.parametrize("byline", ["By Marta Lindqvist", "By RACHEL OSEI Associated Press"])
def test_a_subhead_over_a_byline_and_a_dateline_is_the_dek(byline):
    art = ak.parse_article(
        "Former port official jailed for nine years\n\nJudge says he \"betrayed the public "
        f"trust\"\n\n{byline}\n\nASHFORD, Ohio, March 14, 2025 -- A former deputy director "
        "was sentenced on Thursday.\n")
    assert art.blocks["kind"].tolist() == ["headline", "dek", "meta", "paragraph"]
    assert art.articles.iloc[0]["title"] == "Former port official jailed for nine years"
    assert art.claims["text"].tolist()[1] == 'Judge says he "betrayed the public trust"'


def test_each_brief_of_a_digest_starts_after_its_own_dateline():
    art = ak.parse_article(
        "World briefs\n\nOSLO (NTB) - Norway will open two new oil fields, the energy "
        "ministry said.\n\nQUITO (EFE) - Ecuador's central bank said inflation fell to 1.2%."
        "\n\nMADRID - Traffic was heavy on Friday.\n")
    assert art.claims["text"].tolist() == [
        "Norway will open two new oil fields, the energy ministry said.",
        "Ecuador's central bank said inflation fell to 1.2%.",
        "MADRID - Traffic was heavy on Friday."]  # no agency named: it may open a sentence
    assert art.claims["attribution"].tolist()[:2] == ["energy ministry", "Ecuador's central bank"]
    assert art.articles[["dateline", "outlet"]].values.tolist() == [["OSLO", "NTB"]]


def test_html_superscript_links_without_brackets_are_citations(tmp_path):
    # footnote calls printed as bare numbers in <sup><a href="#…">, as news and
    # think-tank sites do without Wikipedia's classes; a unit's <sup>2</sup> stays text
    page = ("<html><body><article><h1>Water use climbs in the valley this year</h1>"
            '<p>Water use rose 12% in 2023, the agency said.<sup><a href="#fn1">1</a></sup> '
            'Farms used 70% of the total.<sup><a href="#fn2">2,3</a></sup></p>'
            "<p>The area covers 40 km<sup>2</sup> of farmland and employs 3,000 people.</p>"
            "<p>Rainfall over the valley has been below the long-term average for four of the "
            "last five years, and the reservoirs that feed its canals have not refilled.</p>"
            '<h2>References</h2><ol class="references">'
            '<li id="fn1">Valley Water Agency, "Annual report 2023"</li>'
            '<li id="fn2">Farm Bureau, "Irrigation survey"</li>'
            '<li id="fn3">State Journal, "Dry years"</li></ol></article></body></html>')
    path = tmp_path / "notes.html"
    path.write_text(page.replace("><", ">\n<"), encoding="utf-8")
    article = ak.load_article(path)
    assert article.claims["text"].tolist()[1:] == [
        "Water use rose 12% in 2023, the agency said.", "Farms used 70% of the total.",
        "The area covers 40 km² of farmland and employs 3,000 people.",
        "Rainfall over the valley has been below the long-term average for four of the last five "
        "years, and the reservoirs that feed its canals have not refilled."]
    assert article.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2], [3, 3]]
    assert article.audit().query("check == 'dangling_citation'").empty


def test_html_superscripts_without_links_are_notes_after_words_and_powers_after_units(tmp_path):
    # a plain <sup>1</sup> after a sentence calls a note (extraction glued it on as
    # "Medicine.1"); "m<sup>2</sup>" and "2n<sup>2</sup>" are powers, "10<sup>6</sup>" too
    page = ("<html><body><article><h1>Weekly drug slows kidney decline, trial finds</h1>"
            "<p>The injection cut the risk of kidney failure by 24%, researchers reported in "
            "the journal.<sup>1</sup> About 850 million people have kidney disease.<sup>2,3"
            "</sup></p><p>Baseline eGFR was 47 mL/min per 1.73 m<sup>2</sup>, and each clinic "
            "covered 12 km<sup>2</sup> of land across the two rural districts.</p>"
            "<p>Rainfall over the valley has been below the long-term average for four of the "
            "last five years, and the reservoirs that feed its canals have not refilled.</p>"
            "<h2>References</h2><ol><li>Perkovic V. Effects of semaglutide. N Engl J Med. 2024."
            "</li><li>Jager KJ. A single number for advocacy. Kidney Int. 2019.</li>"
            "<li>GBD Collaboration. Global burden of kidney disease. Lancet. 2020.</li></ol>"
            "</article></body></html>")
    path = tmp_path / "trial.html"
    path.write_text(page.replace("><", ">\n<"), encoding="utf-8")
    article = ak.load_article(path)
    assert article.claims["text"].tolist()[1:4] == [
        "The injection cut the risk of kidney failure by 24%, researchers reported in the "
        "journal.", "About 850 million people have kidney disease.",
        "Baseline eGFR was 47 mL/min per 1.73 m², and each clinic covered 12 km² of land "
        "across the two rural districts."]
    assert article.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2], [3, 3]]
    assert ("12 km²", "km2") in set(zip(article.figures["text"], article.figures["unit"], strict=True))


def test_html_copyright_year_is_not_a_publication_date(tmp_path):
    page = ("<html><head><title>Flood</title></head><body><article>\n"
            "<h1>Flood forces hundreds from homes in the valley</h1>\n"
            "<p>Officials said 300 people left the town on Monday after the river rose.</p>\n"
            "<p>The river crested two metres above its usual level, the agency said.</p>\n"
            "</article><footer>© 2024 The Daily Example. All rights reserved.</footer>"
            "</body></html>")
    path = tmp_path / "flood.html"
    path.write_text(page, encoding="utf-8")
    assert pd.isna(ak.load_article(path).articles["published"][0])


def test_html_date_printed_in_the_page_is_the_publication_date(tmp_path):
    page = ("<html><head><title>Flood</title></head><body><article>\n"
            "<h1>Flood forces hundreds from homes in the valley</h1>\n"
            "<p class='byline'>Published 15 November 2017</p>\n"
            "<p>Officials said 300 people left the town on Monday after the river rose.</p>\n"
            "<p>The river crested two metres above its usual level, the agency said.</p>\n"
            "</article><footer>© 2024 The Daily Example.</footer></body></html>")
    path = tmp_path / "flood.html"
    path.write_text(page, encoding="utf-8")
    assert ak.load_article(path).articles["published"][0] == "2017-11-15"


_FLOOD_LEDE = "Flood waters forced 12,000 people from their homes, officials said on Monday."


@pytest.mark.parametrize(("byline", "author"), [
    ("By JANE DOE Associated Press", "Jane Doe"),
    ("By Ann Lee and Bo Kim, Reuters", "Ann Lee; Bo Kim"),
    ("By Ann Lee | Staff Writer", "Ann Lee"),
    ("BY Ann Lee Senior Correspondent", "Ann Lee"),
    ("*By Maria de la Cruz*", "Maria de la Cruz"),
    ("By Oskar Lind in Gdansk", "Oskar Lind"),
    ("By Nia Okoro at Lord's", "Nia Okoro"),
    ("By Pia Held for The Harbour Gazette", "Pia Held"),
    # emphasis around the names only, the role after it plain
    ("**By Marisol Ochoa**, Weather and Climate Reporter", "Marisol Ochoa"),
    ("By **Ann Lee** and _Bo Kim_, Reuters", "Ann Lee; Bo Kim"),
    ("__By Oskar Lind__ in Gdansk", "Oskar Lind"),
])
def test_byline_is_meta_and_names_the_author(byline, author):
    art = ak.parse_article(f"Flood waters force thousands from homes\n\n{byline}\n\n{_FLOOD_LEDE}\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    row = art.articles.iloc[0]
    assert row["author"] == author
    assert row["title"] == "Flood waters force thousands from homes"
    assert art.claims["text"].tolist() == ["Flood waters force thousands from homes", _FLOOD_LEDE]


@pytest.mark.parametrize(("credit", "author"), [
    ("(Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by Joy Das)",
     "Andy Bruce; Ankur Banerjee"),
    ("(Reporting by Ana de la Cruz, Tom Li and Jo Ray; Writing by Sam Cole)",
     "Ana de la Cruz; Tom Li; Jo Ray"),
    ("Reporting by Indulal PM; Editing by Sunil Nair", "Indulal PM"),
    ("(Editing by Mark Lowe)", None),
    ("(Reporting by the Kyiv newsroom)", None),
])
def test_a_wire_credit_line_names_the_reporters_as_authors(credit, author):
    art = ak.parse_article(f"Flood waters force thousands from homes\n\n{_FLOOD_LEDE}\n\n"
                           f"More rain is expected on Tuesday.\n\n{credit}\n")
    assert art.blocks["kind"].tolist()[-1] == "boilerplate"
    found = art.articles.iloc[0]["author"]
    assert (None if pd.isna(found) else found) == author


@pytest.mark.parametrize("line", [
    "By the way, the river rose again on Tuesday and the town flooded.",
    "By Monday, 300 people had left the town.",
    "By Monday Evening, Most Residents Had Left The Town",
    "By Ann Lee, who had left the town.",
    "Bystanders Watch The River",
    "**By Monday**, 300 people had left the town.",
])
def test_sentences_opening_with_by_are_no_byline(line):
    art = ak.parse_article(f"Flood waters force thousands from homes\n\n{line}\n\n{_FLOOD_LEDE}\n")
    assert pd.isna(art.articles.iloc[0]["author"])
    assert "meta" not in art.blocks["kind"].tolist()


def test_three_word_headline_is_a_headline_and_a_section_label_is_meta():
    lede = "The storm hit the coast on Monday, killing 12 people, officials said."
    art = ak.parse_article(f"Storm batters coast\n\n{lede}\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"]
    assert art.headline == "Storm batters coast"
    for label in ("Politics", "World News", "Arts and Culture"):
        art = ak.parse_article(f"{label}\n\nStorm batters coast\n\n{lede}\n")
        assert art.blocks["kind"].tolist() == ["meta", "headline", "paragraph"], label


@pytest.mark.parametrize("kicker", ["World | Asia", "Business › Personal Finance",
                                    "## Opinion | Columnists"])
def test_a_kicker_of_a_section_and_its_part_is_meta_over_the_headline(kicker):
    lede = "The storm hit the coast on Monday, killing 12 people, officials said."
    art = ak.parse_article(f"{kicker}\n\nStorm batters the coast\n\n{lede}\n")
    assert art.blocks["kind"].tolist() == ["meta", "headline", "paragraph"]
    assert art.headline == "Storm batters the coast"


def test_a_barred_headline_over_the_first_paragraph_stays_the_headline():
    lede = "The chancellor raised taxes by 40 billion pounds on Wednesday, officials said."
    art = ak.parse_article(f"Budget 2025 | What It Means\n\n{lede}\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"]


def test_press_release_ends_at_its_closing_mark():
    text = ("Acme posts record revenue for the year\n\n"
            "Acme said revenue rose 23% to $1.2 billion in the year to June, the company said.\n\n"
            "###\n\nAbout Acme Corp\nAcme Corp is the leading maker of widgets and serves 10,000 "
            "customers.\n\nMedia Contact:\nJohn Roe\n+1 (415) 555-0123\n")
    art = ak.parse_article(text)
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"] + ["boilerplate"] * 6
    assert len(art.claims) == 2
    assert art.figures["value"].tolist() == [23.0, 1.2e9]


def test_short_html_page_keeps_its_headline_and_paragraphs(tmp_path):
    page = ("<html><head><title>Water</title></head><body><article>"
            "<h1>Water use climbs in the valley this year</h1>"
            "<p>Water use rose 12% in 2023, the agency said.<sup><a href='#r1'>1</a></sup></p>"
            "<p>Farms used 70% of the total.<sup><a href='#r2'>2</a></sup></p>"
            "<h2>References</h2><ol class='references'>"
            "<li id='r1'>Valley Agency: Annual water report 2023</li>"
            "<li id='r2'>Farm Bureau: Irrigation survey</li></ol></article></body></html>")
    path = tmp_path / "short.html"
    path.write_text(page, encoding="utf-8")
    article = ak.load_article(path)
    assert article.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph", "sources"]
    assert article.claims["text"].tolist() == [
        "Water use climbs in the valley this year",
        "Water use rose 12% in 2023, the agency said.", "Farms used 70% of the total."]
    assert article.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2]]


def test_html_subheadings_stay_headings_when_they_read_as_sentences(tmp_path):
    # the extractor's plain Markdown drops heading marks; a subheading that asks a
    # question or ends in a full stop would otherwise be a paragraph of claims
    page = ("<html><head><title>Inflation falls</title></head><body><article>"
            "<h1>Inflation falls to 2.3% as food prices ease</h1>"
            "<p>UK inflation fell to 2.3% in the year to September, the ONS said.</p>"
            "<h2>What is inflation?</h2>"
            "<p>Inflation is the rate at which prices rise.</p>"
            "<h3>Prices rose faster in 2022.</h3>"
            "<p>The index peaked at 11.1% in October 2022.</p>"
            "</article></body></html>")
    path = tmp_path / "inflation.html"
    path.write_text(page, encoding="utf-8")
    article = ak.load_article(path)
    assert article.blocks["kind"].tolist() == [
        "headline", "paragraph", "heading", "paragraph", "heading", "paragraph"]
    assert article.claims["section"].isna().tolist() == [True, True, False, False]
    assert article.claims[["text", "section"]].values.tolist()[2:] == [
        ["Inflation is the rate at which prices rise.", "What is inflation?"],
        ["The index peaked at 11.1% in October 2022.", "Prices rose faster in 2022."]]


def _div_layout_page(h1: str, title: str, sources_heading: str = "Sources") -> str:
    """A page laid out in plain <div>s whose headline and source list the extractor drops."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{title}</title></head><body>"
            "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
            f"<div class='article'><div class='top'><h1>{h1}</h1><p class='by'>By Ola Dahl</p>"
            "</div><div class='body'>"
            "<p>Ferry crossings on the fjord fell by 18% last winter, the county said.</p>"
            "<p>About 2,400 commuters switched to the new tunnel, a survey found.</p>"
            "<p>The operator plans to cut two of its six evening departures from March.</p>"
            f"<h2>{sources_heading}</h2><ol>"
            "<li>County transport office: \"Winter traffic count\" https://example.org/count</li>"
            "<li>Fjordline: \"Timetable 2026\"</li></ol></div></div>"
            "<footer>© 2026 Example Media</footer></body></html>")


def test_html_headline_and_source_list_dropped_by_the_extractor_are_put_back(tmp_path):
    path = tmp_path / "ferry.html"
    path.write_text(_div_layout_page("Ferry traffic falls as tunnel opens",
                                     "Ferry traffic falls as tunnel opens | Fjord Post"))
    article = ak.load_article(path)
    assert article.blocks["kind"].tolist() == [
        "headline", "meta", "paragraph", "paragraph", "paragraph", "sources"]
    assert article.claims["text"].iloc[0] == "Ferry traffic falls as tunnel opens"
    assert article.sources[["outlet", "title"]].values.tolist() == [
        ["County transport office", "Winter traffic count"], ["Fjordline", "Timetable 2026"]]
    assert article.sources["url"].tolist()[0] == "https://example.org/count"
    assert article.sources["url"].isna().tolist() == [False, True]


def test_html_h1_not_in_the_title_or_list_under_another_heading_is_not_put_back(tmp_path):
    # a logo-like <h1> the <title> does not hold, and a list under "More stories"
    path = tmp_path / "ferry.html"
    path.write_text(_div_layout_page("Fjord Post", "Ferry traffic falls as tunnel opens",
                                     sources_heading="More stories"))
    article = ak.load_article(path)
    assert "Fjord Post" not in article.blocks["text"].str.cat(sep=" ")
    assert article.sources.empty
    assert "Fjordline" not in article.blocks["text"].str.cat(sep=" ")


def _page_with_standfirst(under_h1: str, description: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Tram fares frozen for a second year | Valley Courier</title>"
            f"<meta name='description' content='{description}'></head><body>"
            "<div class='article'><div class='top'><h1>Tram fares frozen for a second year</h1>"
            f"{under_h1}</div><div class='body'>"
            "<p>The transport authority will keep single fares at 2.20 euros until 2027.</p>"
            "<p>Ridership rose 9% last year, the authority said in its annual report.</p>"
            "<p>Operators had asked for a rise of 15 cents to cover energy costs.</p>"
            "</div></div></body></html>")


def test_html_standfirst_under_the_headline_is_the_dek(tmp_path):
    path = tmp_path / "fares.html"
    path.write_text(_page_with_standfirst(
        "<p class='standfirst'>Commuters are spared as energy costs ease.</p>",
        "Commuters are spared as energy costs ease."))
    article = ak.load_article(path)
    assert article.blocks["kind"].tolist()[:3] == ["headline", "dek", "paragraph"]
    assert article.claims["text"].tolist()[:2] == [
        "Tram fares frozen for a second year", "Commuters are spared as energy costs ease."]


def test_html_byline_under_the_headline_and_a_description_copying_the_lede_are_no_dek(
        tmp_path):
    path = tmp_path / "fares.html"
    path.write_text(_page_with_standfirst(
        "<p class='byline'>By Mira Holm and Teo Sand, transport reporters</p>",
        "The transport authority will keep single fares at 2.20 euros until 2027."))
    article = ak.load_article(path)
    assert "dek" not in article.blocks["kind"].tolist()
    assert "The transport authority will keep single fares at 2.20 euros until 2027." \
        in article.claims["text"].tolist()


@pytest.mark.parametrize("markup", ["newsletter", "converter"])
def test_html_footnotes_of_newsletters_and_document_converters_are_sources(tmp_path, markup):
    if markup == "newsletter":  # one div.footnote per note, calls as plain links
        calls = ['<a class="footnote-anchor" href="#footnote-{n}" id="footnote-anchor-{n}">{n}</a>']
        notes = "".join(
            f'<div class="footnote"><a class="footnote-number" href="#footnote-anchor-{n}" '
            f'id="footnote-{n}">{n}</a><div class="footnote-content"><p>{text}</p></div></div>'
            for n, text in ((1, "Harbour Board, Annual traffic review 2024."),
                            (2, "Port of Vessa, Press release, 3 March 2025.")))
    else:  # a footnotes section with a list and back-links, calls as links around <sup>
        calls = ['<a href="#fn{n}" class="footnote-ref" id="fnref{n}"><sup>{n}</sup></a>']
        notes = ('<section class="footnotes"><hr><ol>'
                 '<li id="fn1"><p>Harbour Board, Annual traffic review 2024. '
                 '<a href="#fnref1" class="footnote-back">↩︎</a></p></li>'
                 '<li id="fn2"><p>Port of Vessa, Press release, 3 March 2025. '
                 '<a href="#fnref2" class="footnote-back">↩︎</a></p></li></ol></section>')
    call = calls[0]
    page = ("<html><head><title>Cargo slump</title></head><body><article>"
            "<h1>Container traffic slumps at the northern ports</h1>"
            f"<p>Container traffic fell 14% last year.{call.format(n=1)}</p>"
            f"<p>The port of Vessa lost two shipping lines in March.{call.format(n=2)}</p>"
            f"<p>Dockworkers expect more cuts.</p>{notes}</article></body></html>")
    path = tmp_path / "cargo.html"
    path.write_text(page, encoding="utf-8")
    article = ak.load_article(path)
    assert article.claims["text"].tolist() == [
        "Container traffic slumps at the northern ports", "Container traffic fell 14% last year.",
        "The port of Vessa lost two shipping lines in March.", "Dockworkers expect more cuts."]
    assert article.sources["marker"].tolist() == ["1", "2"]
    assert article.sources["title"].str.contains("Annual traffic review").tolist() == [True, False]
    assert article.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2]]


def test_html_declared_language_when_the_text_does_not_tell_and_site_name_over_host(tmp_path):
    page = ("<html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            "<title>ارتفاع أسعار القمح | صحيفة الوادي</title>"
            "<meta property='og:site_name' content='alwadi.example'></head><body><article>"
            "<h1>ارتفاع أسعار القمح</h1><p>ارتفعت أسعار القمح في الأسواق المحلية هذا الأسبوع.</p>"
            "<p>وقال التجار إن الطلب زاد قبل الشتاء.</p></article></body></html>")
    path = tmp_path / "wheat.html"
    path.write_text(page, encoding="utf-8")
    row = ak.load_article(path).articles.iloc[0]
    assert row["language"] == "ar"
    assert row["outlet"] == "صحيفة الوادي"


def test_html_template_language_does_not_override_the_text(tmp_path):
    page = ("<html lang='en'><head><title>Nuevo puente</title></head><body><article>"
            "<h1>El nuevo puente abre en marzo</h1>"
            "<p>El ayuntamiento dijo que el puente costará 12,5 millones de euros y que las obras "
            "terminarán en marzo.</p></article></body></html>")
    path = tmp_path / "puente.html"
    path.write_text(page, encoding="utf-8")
    article = ak.load_article(path)
    assert article.articles["language"].iloc[0] == "es"
    assert article.figures["value"].iloc[0] == 12_500_000


def test_html_live_blog_entry_times_are_the_labels_of_their_paragraphs(tmp_path):
    entries = "".join(
        f'<div class="entry"><time datetime="2025-02-11T{t}:00Z">{t}</time><p>{text}</p></div>'
        for t, text in (("16:20", "The ferry service resumed at 4pm, the operator said."),
                        ("14:05", "Winds reached 110 km/h on the coast.")))
    page = ("<html><head><title>Storm live</title></head><body><main>"
            "<h1>Storm Ada live: ferries resume after gales</h1>"
            f"<p class='byline'>By Lena Voss <time>9.05am</time></p>{entries}</main></body></html>")
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    claims = ak.load_article(path).claims
    assert claims[["label", "text"]].values.tolist()[-2:] == [
        ["16:20", "The ferry service resumed at 4pm, the operator said."],
        ["14:05", "Winds reached 110 km/h on the coast."]]


def test_html_inline_times_keep_their_text_and_one_time_stamp_is_no_label(tmp_path):
    page = ("<html><head><title>Polls close | City Post</title></head><body><article>"
            "<h1>Polls close in the mayoral race</h1><time>08:10</time>"
            "<p>Voters are choosing a new mayor. The vote closes at <time>22:00</time> today.</p>"
            "<p>Results are expected by <time>6pm</time> on Friday.</p>"
            "<div class='footnotes'><p>Reporting by Ana Lund; editing by Tom Berg.</p></div>"
            "</article></body></html>")
    path = tmp_path / "polls.html"
    path.write_text(page, encoding="utf-8")
    article = ak.load_article(path)
    assert article.claims["text"].tolist()[1:] == [
        "Voters are choosing a new mayor.", "The vote closes at 22:00 today.",
        "Results are expected by 6pm on Friday."]
    assert article.claims["label"].isna().all()
    assert article.sources.empty  # a "footnotes" box with no numbered notes holds no sources


def test_html_title_part_naming_a_series_part_is_no_site(tmp_path):
    page = ("<html><head><title>Why I quit nursing | Part 2</title>"
            "<meta property='og:site_name' content='newsdesk.example.com'></head><body><article>"
            "<h1>Why I quit nursing</h1><p>Staff shortages reached 30% on some wards, a former "
            "nurse said.</p></article></body></html>")
    path = tmp_path / "quit.html"
    path.write_text(page, encoding="utf-8")
    assert ak.load_article(path).articles["outlet"].iloc[0] == "newsdesk.example.com"


def test_chinese_and_japanese_sentences_are_claims():
    art = ak.parse_article("台风造成12人死亡。官员表示，约3,000户断电。救援工作仍在继续！"
                           "他们会来吗？\n\n東京では大雨で500人が避難した。気象庁によると、"
                           "雨は明日まで続く見込みだ。\n")
    assert art.claims["text"].tolist() == [
        "台风造成12人死亡。", "官员表示,约3,000户断电。", "救援工作仍在继续！",
        "東京では大雨で500人が避難した。", "気象庁によると、雨は明日まで続く見込みだ。"]
    assert ak.parse_article("台风造成12人死亡。官员表示，约3,000户断电。").articles[
        "language"][0] == "zh"


@pytest.mark.parametrize(("text", "language"), [
    ("東京では大雨で500人が避難した。気象庁によると、雨は明日まで続く見込みだ。", "ja"),
    ("서울에서 폭우로 500명이 대피했다. 기상청은 비가 내일까지 계속될 것이라고 밝혔다.", "ko"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία την Δευτέρα.", "el"),
    ("The “workers” said that the plant was closed for the winter — again.", "en"),
])
def test_language_from_its_own_script(text, language):
    assert ak.parse_article(text).articles["language"][0] == language


def test_reference_lists_give_figures_of_titles_only():
    text = ("Water use climbs in the valley\n\n"
            "Water use rose 12% in 2023, the agency said [1]. Farms used 70% of it [2].\n\n"
            "References\n"
            "1. Smith, J. (2020). 40 years of water use in 3 valleys. Journal of Hydrology, "
            "12(3), 45–67. doi:10.1111/abc.123\n"
            "2. Valley Agency: Farms took 70% of water in 2023. Retrieved 2024-03-01.\n")
    figures = ak.parse_article(text).figures
    in_sources = figures[figures["claim_id"].isna()]
    assert in_sources["text"].tolist() == ["40 years", "3", "70%", "2023"]


_PAGE = ("<!DOCTYPE html><html><head><title>Flood</title></head><body><article>"
         "<h1>Flood forces hundreds from homes</h1>"
         "<p>Officials said 300 people left the town on Monday after the river rose.</p>"
         "<p>The river crested two metres above its usual level, the agency said.</p>"
         "</article></body></html>")


def test_html_document_saved_as_text_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(_PAGE, encoding="utf-8")
    for article in (ak.load_article(path), ak.parse_article(_PAGE)):
        assert article.articles["format"][0] == "html"
        assert article.claims["text"].tolist() == [
            "Flood forces hundreds from homes",
            "Officials said 300 people left the town on Monday after the river rose.",
            "The river crested two metres above its usual level, the agency said."]
    # an explicit format is kept, and text that merely mentions tags stays text
    assert ak.parse_article(_PAGE, fmt="text").articles["format"][0] == "text"
    assert ak.parse_article("Use <html> tags, the guide said on Monday.").articles[
        "format"][0] == "text"


def test_plain_text_pasted_from_markdown_loses_bold_and_links():
    text = ("Flood forces hundreds from homes\n\n"
            "Officials said **300 people** left [the town](https://example.org/town) on Monday.\n\n"
            "The river rose two metres*, the agency said.\n")
    assert ak.parse_article(text).claims["text"].tolist() == [
        "Flood forces hundreds from homes",
        "Officials said 300 people left the town on Monday.",
        "The river rose two metres*, the agency said."]


@pytest.mark.parametrize("closer", [
    # wire sign-offs
    "burs-abc/xyz", "jm/lb", "(ends)", "-- ENDS --",
    # newsletter sign-offs, disclaimers, transcript notes and teasers
    "Thanks for reading! If you enjoyed this, please share it with a friend.",
    "The views expressed here are the author's own.",
    "This interview has been edited for length and clarity.",
    "Read more: Interactive flood map",
    # a link to another story set in the text, in brackets or not
    "[Read: Why the river keeps flooding the old town]",
    "Watch: Residents wade through the flooded high street",
])
def test_sign_offs_disclaimers_and_teasers_are_boilerplate(closer):
    text = ("Flood forces hundreds from homes\n\n"
            "PARIS (AFP) - Officials said 300 people left the town on Monday.\n\n"
            f"{closer}\n")
    art = ak.parse_article(text)
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "boilerplate"]
    assert len(art.claims) == 2


def test_colon_dateline_and_labels_that_are_no_places():
    art = ak.parse_article("Senate passes the budget bill\n\n"
                           "NEW DELHI: The Senate passed the bill on Monday, officials said.\n\n"
                           "UPDATE: The bill now goes to the president.\n")
    assert art.articles["dateline"][0] == "NEW DELHI"
    assert art.claims["text"].tolist()[1] == "The Senate passed the bill on Monday, officials said."
    assert pd.isna(art.claims["label"][1]) and art.claims["label"][2] == "UPDATE"
    for text in ("Budget\n\nUPDATE: The Senate passed the bill on Monday, officials said.\n",
                 "Interview with the mayor\n\nLOPEZ: We will rebuild the bridge by June.\n\n"
                 "REPORTER: How much will the new bridge cost the city?\n\n"
                 "LOPEZ: About 40 million dollars, the council says.\n"):
        assert pd.isna(ak.parse_article(text).articles["dateline"][0])


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article said 6,000 dockworkers were on strike.",
    "CLARIFICATION — The report cited was published in 2022, not 2023.",
    "Editor's note: The author's spouse works for the agency.",
    "An earlier version of this story misstated the cost as $58 million.",
    "Update, March 7: This story has been updated to include a response from the agency.",
    "Update, March 7, 9:15 a.m.: This story has been updated with the agency's reply.",
    "**Update, March 16:** Added a statement from the FBI and clarified the timeline.",
    "Update, 11:30 UTC: Adds comment from Microsoft and details of the fix.",
])
def test_corrections_and_editors_notes_are_about_the_article(note):
    art = ak.parse_article("Dockworkers end strike\n\n"
                           "About 2,400 dockworkers returned to work on Monday, the union said.\n\n"
                           f"{note}\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "meta"]
    assert art.figures["value"].tolist() == [2400.0]


def test_an_update_that_brings_news_stays_a_claim():
    art = ak.parse_article("Dockworkers end strike\n\n"
                           "About 2,400 dockworkers returned to work on Monday, the union said.\n\n"
                           "UPDATE: The port reopened on Tuesday, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph"]


@pytest.mark.parametrize(("byline", "author"), [
    ("By Lauren Meeks | March 6, 2024 | Updated March 7, 2024, 10:15 a.m.", "Lauren Meeks"),
    ("di Giulia Ferraris", "Giulia Ferraris"),
    ("Por Ricardo Almeida", "Ricardo Almeida"),
    ("Door Sanne de Vries", "Sanne de Vries"),
    ("Par Jean Dupont", "Jean Dupont"),
    ("Von Hans Müller", "Hans Müller"),
])
def test_bylines_in_other_forms_and_languages(byline, author):
    art = ak.parse_article(f"Floods close the valley road\n\n{byline}\n\n"
                           "Heavy rain closed the valley road on Monday, police said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    assert art.articles["author"].tolist() == [author]


@pytest.mark.parametrize(("lead", "place"), [
    ("SÃO PAULO – A inflação oficial do Brasil acelerou para 4,5% em março.", "SÃO PAULO"),
    ("DEN HAAG - Het tekort aan woningen is vorig jaar opgelopen tot 401.000.", "DEN HAAG"),
    ("МОСКВА, 12 февраля — В Москве за сутки выпало 42 миллиметра осадков.", "МОСКВА"),
])
def test_datelines_with_letters_beyond_ascii(lead, place):
    art = ak.parse_article(f"Headline of the report\n\n{lead}\n")
    assert art.articles["dateline"].tolist() == [place]
    assert not art.claims["text"].iloc[1].startswith(place)


def test_russian_is_told_from_its_function_words():
    art = ak.parse_article("Снегопад в Москве\n\nВ Москве за сутки выпало 42 миллиметра осадков, "
                           "что стало рекордом для этого дня за последние 70 лет, сообщили "
                           "в гидрометцентре. По данным синоптиков, в пятницу ожидается до "
                           "минус 12 градусов.\n")
    assert art.articles["language"].tolist() == ["ru"]
    assert art.figures["value"].tolist() == [42.0, 70.0, -12.0]


def test_front_matter_tags_and_keywords_fill_the_tags_table():
    text = ("---\ntitle: The Chip Cartel\nauthor: Mara Quinlan\n"
            "tags: [semiconductors, export controls, China]\n---\n\n"
            "# The Chip Cartel\n\nExports of lithography tools fell 12% in October, "
            "customs data show.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.tags["tag"].tolist() == ["semiconductors", "export controls", "China"]


def test_page_keywords_follow_the_tag_blocks_without_repeats():
    page = ("<html><head><title>Floods</title>"
            "<meta name='keywords' content='floods, weather, Milltown'></head><body><article>"
            "<h1>Floods close roads</h1><p>Flooding closed 14 roads in Milltown on Monday, "
            "police said.</p><p>Tags: Weather; Storms</p></article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.tags["tag"].tolist() == ["Weather", "Storms", "floods", "Milltown"]


@pytest.mark.parametrize(("blurb", "kind"), [
    ("Rosalind Achterberg is a senior fellow at the Centre for Labour Economics.", "boilerplate"),
    ("*Achterberg is the author of 'Working Less'.*", "boilerplate"),
    ("Achterberg said the pilots were too small.", "paragraph"),
])
def test_a_short_paragraph_introducing_the_author_is_a_blurb(blurb, kind):
    art = ak.parse_article("The four-day week is no miracle\n\nBy Rosalind Achterberg\n\n"
                           f"{blurb}\n\nPilot schemes in Britain and Iceland ran for a year.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", kind, "paragraph"]


def test_an_author_named_by_page_metadata_has_a_blurb_too():
    page = ("<html><head><title>Op-ed</title><meta name='author' content='Jane Roe'></head>"
            "<body><article><h1>Cities need trees</h1><p>Street trees cut summer heat by "
            "several degrees, studies show, and cities should plant more of them.</p>"
            "<p>Jane Roe is a professor of urban planning.</p></article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.blocks["kind"].tolist()[-1] == "boilerplate"


def test_an_emphasised_line_under_the_headline_is_the_dek():
    text = ("# Geolocating the ferry strike\n\n"
            "*Notes on the strike. We checked the footage frame by frame.*\n\n"
            "Video posted at 14:32 UTC shows a strike on a river ferry landing.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "dek", "paragraph"]
    assert art.claims["text"].tolist()[1:3] == ["Notes on the strike.",
                                                "We checked the footage frame by frame."]
    assert art.articles["title"].tolist() == ["Geolocating the ferry strike"]


@pytest.mark.parametrize(("top", "kind", "published"), [
    ("By Lauren Meeks | March 6, 2024 | Updated March 7, 2024, 10:15 a.m.", "meta", "2024-03-06"),
    ("Statistical bulletin | Released 14 May 2024 | Office for National Statistics", "meta",
     "2024-05-14"),
    ("Tuesday, 25 September 2018", "meta", "2018-09-25"),
    ("Markets | Economy", "heading", None),  # no date: no masthead
])
def test_the_date_printed_at_the_top_is_the_published_date(top, kind, published):
    art = ak.parse_article("Unemployment rises to 4.2%\n\n"
                           f"{top}\n\n"
                           "The unemployment rate rose to 4.2% in the three months to March, "
                           "the statistics office said.\n")
    assert art.blocks["kind"].tolist() == ["headline", kind, "paragraph"]
    assert art.articles["published"].astype(object).where(
        art.articles["published"].notna(), None).tolist() == [published]


@pytest.mark.parametrize(("top", "outlet"), [
    ("The Tidewater Letter | Monday, 3 March 2025", "The Tidewater Letter"),
    ("Statistical bulletin | Released 14 May 2024", None),
    ("By Lauren Meeks | March 6, 2024", None),
    ("Issue 214 | 3 March 2025", None),
])
def test_a_masthead_names_the_publication_with_its_date(top, outlet):
    art = ak.parse_article(f"{top}\n\nUnemployment rises to 4.2%\n\n"
                           "The unemployment rate rose to 4.2% in the three months to March, "
                           "the statistics office said.\n")
    found = art.articles["outlet"].iloc[0]
    assert (None if pd.isna(found) else found) == outlet


def test_printed_dates_that_do_not_exist_are_skipped():
    from analystkit.structure import printed_date

    assert printed_date("Filed February 30, 2024, updated 2024-03-01") == "2024-03-01"


def test_markdown_reference_links_inline_html_and_link_definitions():
    text = ("# Imagery shows a longer runway\n\n"
            "New imagery from [Skyline Imaging][1] shows 6 new shelters, according to "
            "[GeoWatch][gw].\n\n"
            "<p><strong>Note:</strong> Coordinates were withheld at the request of sources.</p>\n\n"
            "[1]: https://skyline.example/catalog\n"
            '[gw]: https://geowatch.example/kerrow "GeoWatch report"\n')
    art = ak.parse_article(text, fmt="markdown")
    assert art.claims["text"].tolist()[1:] == [
        "New imagery from Skyline Imaging shows 6 new shelters, according to GeoWatch.",
        "Note: Coordinates were withheld at the request of sources."]
    assert art.blocks["kind"].tolist()[-1] == "boilerplate"
    assert art.citations.empty and "dangling_citation" not in set(art.audit()["check"])



@pytest.mark.parametrize("line", ["**Verdict: 4 out of 5.** The phone lasts two days.",
                                  "**Verdict: 4 out of 5**. The phone lasts two days."])
def test_emphasis_closing_around_a_stop_leaves_no_marks_in_claims(line):
    art = ak.parse_article(f"# Review of the phone\n\n{line}\n", fmt="markdown")
    assert art.claims[["label", "text"]].values.tolist()[1:] == [
        ["Verdict", "4 out of 5."], ["Verdict", "The phone lasts two days."]]


def test_brackets_glued_to_a_word_are_no_reference_link():
    text = ("# Drone output rises\n\n"
            "The workers will speed up production, serving the war effort[see note][2].\n")
    claim = ak.parse_article(text, fmt="markdown").claims["text"].tolist()[-1]
    assert claim == "The workers will speed up production, serving the war effort[see note][2]."

@pytest.mark.parametrize("line", [
    "View this email in your browser", "You are receiving this email because you signed up.",
    "Unsubscribe | Update your preferences",
])
def test_newsletter_furniture_is_boilerplate(line):
    art = ak.parse_article(f"{line}\n\nGrain exports climb in October\n\n"
                           "Wheat exports rose 12% in October, customs data show.\n")
    assert art.blocks["kind"].tolist() == ["boilerplate", "headline", "paragraph"]


@pytest.mark.parametrize("stamp", [
    "Updated 3 hours ago", "Veröffentlicht am 14. November 2024", "Stand: 14.11.2024 10:42 Uhr",
    "Publicado el 14 de noviembre de 2024", "Actualizado: 14/11/2024 - 10:42",
    "Posted: 03/01/2025", "11:42", "Updated: 11.42 am",
])
def test_relative_numeric_and_foreign_date_stamps_are_meta_not_the_title(stamp):
    art = ak.parse_article(f"Navy orders six frigates\n\n{stamp}\n\n"
                           "The navy ordered six frigates on Monday, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    assert art.articles["title"].tolist() == ["Navy orders six frigates"]


@pytest.mark.parametrize(("stamp", "published"), [
    ("Published 14 November 2024", "2024-11-14"),
    ("Last updated: Jan. 3, 2025", "2025-01-03"),
    ("Posted on 3 Jan 2025, 10:42 GMT", "2025-01-03"),
    ("Date of judgment: 9 April 2025", "2025-04-09"),
    ("Published 3 May 2024 | Updated 4 May 2024, 9.30am BST", "2024-05-03"),
])
def test_a_date_stamp_with_its_lead_in_is_meta_and_the_published_date(stamp, published):
    art = ak.parse_article(f"Navy orders six frigates\n\n{stamp}\n\n"
                           "The navy ordered six frigates on Monday, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    assert art.articles[["title", "published"]].values.tolist() == [
        ["Navy orders six frigates", published]]
    assert art.figures["kind"].tolist() == ["count", "count"]  # no figure in the stamp


@pytest.mark.parametrize(("line", "outlet", "place"), [
    ("BARCELONA, 12 de febrero (EFE) — La sequía obligó a cortar el agua en 20 municipios.",
     "EFE", "BARCELONA"),
    ("MADRID, 3 de marzo de 2024 (Reuters) - El gobierno aprobó el plan de riego.",
     "Reuters", "MADRID"),
    ("BERLIN, 5. März (dpa) - Die Regierung hat den Plan am Montag gebilligt.", "dpa", "BERLIN"),
    ("FRANKFURT/MAIN, 12. Februar (Reuters) - Die Bank hob den Leitzins an.", "Reuters",
     "FRANKFURT/MAIN"),
])
def test_datelines_with_a_day_before_a_foreign_month(line, outlet, place):
    art = ak.parse_article(f"Titular de la noticia\n\n{line}\n")
    assert art.articles[["outlet", "dateline"]].values.tolist() == [[outlet, place]]
    assert not art.claims["text"].iloc[-1].startswith(place)


@pytest.mark.parametrize("line", [
    "Media Contact:",
    "+44 20 7946 0958\npress@harbourtrust.example.org",
    "SOURCE Harbour Trust Ltd",
    "*Cranes at the container terminal. Photo: Port Ledger*",
    "(Image: Harbour Trust)",
    "Support the show at patreon.com/harbourcast. Subscribe wherever you get your podcasts.",
])
def test_press_release_caption_and_podcast_furniture_is_boilerplate(line):
    art = ak.parse_article(f"Port volumes climb in October\n\n{line}\n\n"
                           "Container volumes rose 12% in October, the trust said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "boilerplate", "paragraph"]


def test_a_contact_name_over_its_company_is_press_release_furniture():
    art = ak.parse_article(
        "Northwind reports record quarter\n\nDENVER, Oct. 28, 2025 /PRNewswire/ -- Northwind "
        "Logistics today reported revenue of $4.21 billion, up 8% from a year earlier.\n\n"
        "Media Contact:\nLaura Chen\nNorthwind Logistics\n+1 303-555-0142\n"
        "media@northwindlogistics.com\n")
    assert art.blocks["kind"].tolist()[-4:] == ["boilerplate"] * 4
    assert art.claims["text"].tolist()[-1].startswith("Northwind Logistics today reported")


def test_a_capitalised_word_source_opening_a_sentence_is_no_press_release_furniture():
    art = ak.parse_article("Leak inquiry ends\n\n"
                           "SOURCE of the leak was never found, investigators said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"]


def test_a_one_line_source_credit_does_not_close_the_article():
    art = ak.parse_article("Council budget approved for next year\n\n"
                           "The council approved the budget on Monday, the mayor said.\n\n"
                           "Source: ministry data\n\n"
                           "The new budget takes effect in April, the mayor said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "sources", "paragraph"]
    assert art.claims["text"].tolist()[-1] == "The new budget takes effect in April, the mayor said."


def test_a_source_line_in_sentence_case_is_no_press_release_furniture():
    art = ak.parse_article("Port volumes climb in October\n\n"
                           "Container volumes rose 12% in October, the trust said.\n\n"
                           "Source: Harbour Trust monthly statistics\n")
    assert "boilerplate" not in art.blocks["kind"].tolist()


def test_a_recordings_timestamps_label_its_show_notes():
    text = ("# Episode 12: the ferry strike\n\n"
            "- [00:01:10] Why 40 crew walked out in March\n"
            "- [00:12:30] How the fare rose from $5.60 to $6.27\n\n"
            "(41:05) Listeners ask whether 3 new ferries will be enough.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.claims[["label", "text"]].values.tolist()[1:] == [
        ["00:01:10", "Why 40 crew walked out in March"],
        ["00:12:30", "How the fare rose from $5.60 to $6.27"],
        ["41:05", "Listeners ask whether 3 new ferries will be enough."]]
    assert art.figures["text"].tolist() == ["40", "$5.60", "$6.27", "3"]


def test_a_datelines_date_is_the_published_date():
    art = ak.parse_article("Ministry opens solar tender\n\n"
                           "ARDENNE CITY, 12 September 2024 /PRNewswire/ -- The ministry opened "
                           "a 500 MW solar tender on Thursday.\n")
    assert art.articles[["dateline", "published"]].values.tolist() == [["ARDENNE CITY",
                                                                        "2024-09-12"]]


def test_inline_quotations_keep_their_marks_and_the_title_names_the_site():
    page = ("<html><head><title>Port strike ends after 11 days - Coastline Times</title></head>"
            "<body><article><h1>Port strike ends after 11 days</h1><p>Dock workers voted to end "
            "an 11-day strike on Thursday after a 9.5% pay rise, the union said.</p><p>Normal "
            "operations should resume within 5 days. <q>We will work around the clock,</q> its "
            "chief executive, Lionel Haas, told the <cite>Coastline Times</cite>.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles["outlet"].tolist() == ["Coastline Times"]
    assert art.claims[["attribution", "text"]].values.tolist()[-1] == [
        "Lionel Haas", "“We will work around the clock,” its chief executive, Lionel Haas, "
        "told the Coastline Times."]


@pytest.mark.parametrize(("title", "outlet"), [
    ("Coastline Times | Port strike ends after 11 days", "Coastline Times"),
    ("Port strike ends after 11 days :: Coastline Times", "Coastline Times"),
    ("Port strike ends after 11 days « Coastline Times", "Coastline Times"),
    ("Live updates | Port strike ends after 11 days", None),
    ("Port strike ends | after 11 days", None),
])
def test_a_title_names_the_site_at_either_end_of_the_headline(title, outlet):
    page = (f"<html><head><title>{title}</title></head><body><article><h1>Port strike ends "
            "after 11 days</h1><p>Dock workers voted to end an 11-day strike on Thursday, the "
            "union said.</p></article></body></html>")
    found = ak.parse_article(page, fmt="html").articles.loc[0, "outlet"]
    assert (None if found != found else found) == outlet


@pytest.mark.parametrize(("text", "fmt"), [
    ("# Port strike ends\n\nDock workers voted to end an 11-day strike, the union said.\n\n"
     "> This deal shows what workers can win. We stood together for 11 days.\n>\n"
     "> — Union general secretary Dana Moyo\n", "markdown"),
    ("# Port strike ends\n\nDock workers voted to end an 11-day strike, the union said.\n\n"
     "> This deal shows what workers can win. We stood together for 11 days.\n"
     "> -- Dana Moyo, union general secretary\n", "markdown"),
    ("<html><body><article><h1>Port strike ends</h1><p>Dock workers voted to end an 11-day "
     "strike, the union said.</p><blockquote cite='https://example.org/s'><p>This deal shows "
     "what workers can win. We stood together for 11 days.</p><footer>— Union general "
     "secretary Dana Moyo</footer></blockquote></article></body></html>", "html"),
])
def test_a_block_quotation_is_credited_to_the_person_its_credit_line_names(text, fmt):
    art = ak.parse_article(text, fmt=fmt)
    quoted = art.claims[art.claims["block_kind"] == "quote"]
    assert quoted[["attribution", "text"]].values.tolist() == [
        ["Dana Moyo", "This deal shows what workers can win."],
        ["Dana Moyo", "We stood together for 11 days."]]
    assert art.figures["text"].tolist()[-1] == "11 days"


def test_a_quotations_cite_or_handle_credit_names_the_person_and_heads_nothing():
    page = ("<html><head><title>Union rejects pay offer - live updates</title></head><body>"
            "<article><h1>Union rejects pay offer</h1><p>The union rejected the offer on "
            "Monday, officials said.</p><blockquote><p>We will strike again in May.</p>"
            "<cite>Tom Hale</cite></blockquote><p>Talks resume on Friday, the union said.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.blocks["section"].isna().all()
    assert art.claims["attribution"].tolist()[2:] == ["Tom Hale", "union"]
    assert art.articles["outlet"].isna().all()  # "live updates" names no site
    text = "# Strike vote\n\n> We will strike again.\n> – Dana Moyo (@danamoyo) March 3, 2025\n"
    assert ak.parse_article(text, fmt="markdown").claims["attribution"].tolist()[-1] == \
        "Dana Moyo"


@pytest.mark.parametrize(("intro", "fmt"), [
    ("Harbour master Ruth Okafor said:", "markdown"),
    ("Ruth Okafor, the harbour master, told reporters on Friday:", "markdown"),
    ("<p>Harbour master Ruth Okafor said:</p>", "html"),
])
def test_a_paragraph_ending_x_said_credits_the_quotation_under_it_to_x(intro, fmt):
    quotation = "The channel is safe again. Ships can enter at any tide."
    if fmt == "html":
        text = ("<html><body><article><h1>Harbour reopens</h1><p>The harbour reopened on "
                "Friday after 6 days, the port said.</p>" + intro
                + f"<blockquote><p>{quotation}</p></blockquote><p>Ferries resume on "
                "Monday.</p></article></body></html>")
    else:
        text = ("# Harbour reopens\n\nThe harbour reopened on Friday after 6 days, the port "
                f"said.\n\n{intro}\n\n> {quotation}\n\nFerries resume on Monday.\n")
    art = ak.parse_article(text, fmt=fmt)
    # (the HTML page's first paragraph is its headline: its <h1> is two words)
    assert art.claims[["block_kind", "attribution", "text"]].fillna("-").values.tolist()[-4:] == [
        [art.claims["block_kind"].iloc[0], "port",
         "The harbour reopened on Friday after 6 days, the port said."],
        ["quote", "Ruth Okafor", "The channel is safe again."],
        ["quote", "Ruth Okafor", "Ships can enter at any tide."],
        ["paragraph", "-", "Ferries resume on Monday."]]


def test_a_said_colon_paragraph_with_more_to_say_keeps_its_claim_and_a_later_quote_is_not_x_s():
    text = ("# Harbour reopens\n\nRuth Okafor said the dredging had cost 4 million pounds and "
            "added:\n\n> The channel is safe again.\n\nThe divers said:\n\nThe wreck was moved "
            "on Tuesday.\n\n> Ships can enter at any tide.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.claims[["block_kind", "attribution", "text"]].fillna("-").values.tolist() == [
        ["paragraph", "Ruth Okafor", "Ruth Okafor said the dredging had cost 4 million pounds "
                                     "and added:"],
        ["quote", "Ruth Okafor", "The channel is safe again."],
        ["paragraph", "divers", "The divers said:"],
        ["paragraph", "-", "The wreck was moved on Tuesday."],
        ["quote", "-", "Ships can enter at any tide."]]


@pytest.mark.parametrize("credit", ["— Kellport Harbour Board (@KellportHB) June 2, 2025",
                                    "– Ruth Okafor"])
def test_a_dash_credit_line_right_under_a_quotation_credits_it_and_is_no_bullet(credit):
    text = ("# Harbour reopens\n\nThe harbour reopened on Friday after 6 days, the port said."
            f"\n\n> The channel is open again. Thanks to every diver.\n{credit}\n\n"
            "Ferries resume on Monday.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "quote", "paragraph"]
    who = "Kellport Harbour Board" if "@" in credit else "Ruth Okafor"
    assert art.claims[["attribution", "text"]].fillna("-").values.tolist()[1:] == [
        [who, "The channel is open again."], [who, "Thanks to every diver."],
        ["-", "Ferries resume on Monday."]]


def test_a_list_after_a_quotation_stays_a_list():
    text = ("# Harbour reopens\n\n> The channel is open again.\n- Ferries resume on Monday.\n"
            "\n— Kellport Harbour Board (@KellportHB)\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "quote", "bullet", "bullet"]
    assert art.claims["attribution"].isna().all()


def test_a_dash_line_that_names_no_one_stays_in_the_quotation():
    art = ak.parse_article("# Notes\n\n> Three rules guide the plan.\n> - fund repairs for 5 years\n",
                           fmt="markdown")
    assert art.claims["attribution"].isna().all()


def test_a_listicles_numbered_titles_head_their_paragraphs():
    text = ("3 things to know about the new ferry timetable\n\n"
            "1. Sailings start earlier\nThe first ferry now leaves at 5.40am, 20 minutes "
            "earlier.\n\n"
            "2. Fares stay the same\nA return still costs £18, the operator said.\n\n"
            "3. Winter sailings are cut\nThere will be 4 fewer sailings a day from November.\n")
    art = ak.parse_article(text)
    assert art.blocks["kind"].tolist() == ["headline"] + ["heading", "paragraph"] * 3
    assert art.claims["section"].dropna().tolist() == [
        "1. Sailings start earlier", "2. Fares stay the same", "3. Winter sailings are cut"]


def test_an_ordinary_numbered_list_stays_a_list():
    text = ("Council backs tree plan\n\nThe plan has three parts:\n\n"
            "1. Protect verges\n2. Replace every tree removed\n3. Fund care for 5 years\n\n"
            "The council approved it by 31 votes to 9.\n")
    assert ak.parse_article(text).blocks["kind"].tolist() == [
        "headline", "paragraph", "bullet", "bullet", "bullet", "paragraph"]


def test_page_metadata_keeps_names_and_sites_apart_from_dates_and_headlines():
    page = ("<html><head><title>Brussels approves €2.1bn rail fund – Euro Transit Review</title>"
            "<meta name='author' content='Oskar Lind; November 8'></head><body><article>"
            "<h1>Brussels approves rail fund for eastern corridors</h1><p>The Commission "
            "approved a €2.1 billion fund on Tuesday, officials said.</p></article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles[["author", "outlet"]].values.tolist() == [["Oskar Lind",
                                                                   "Euro Transit Review"]]


def test_a_publishing_company_gives_way_to_the_site_its_title_names():
    page = ("<html><head><title>Tidal barrage - Coastwiki</title>"
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "Article", "name": "Tidal barrage", "publisher": {"@type": '
            '"Organization", "name": "Open Coast Foundation, Inc."}}</script></head><body>'
            "<h1>Tidal barrage</h1><p>A tidal barrage is a dam across an estuary. The "
            "largest produces 254 megawatts.</p></body></html>")
    assert ak.parse_article(page, fmt="html").articles["outlet"].iloc[0] == "Coastwiki"


@pytest.mark.parametrize(("author", "expected"), [
    ("Authority control", None),  # a box whose class holds "author"
    ("Nadia Perel Edited by Tomas Reyes", "Nadia Perel"),  # an editor is no author
    ("By Ines de la Vega, photographs by Ola Berg", "Ines de la Vega"),
    ("Harbour Gazette staff", "Harbour Gazette staff"),
])
def test_page_author_is_a_name_or_a_newsroom_credit(author, expected):
    page = (f"<html><head><meta name='author' content='{author}'></head><body><article>"
            "<h1>Ferry fares rise</h1><p>Fares will rise by 4% in May, the operator said.</p>"
            "</article></body></html>")
    found = ak.parse_article(page, fmt="html").articles["author"].iloc[0]
    assert (None if pd.isna(found) else found) == expected


def test_fact_box_lines_are_no_headings():
    art = ak.parse_article("Port strike enters second week\n\n"
                           "Dockworkers extended their strike on Friday, the port said.\n\n"
                           "Key figures:\n\n\tShips waiting:\t320\n\n\tDaily losses:\t$38 million\n\n"
                           "Talks resume on Monday, a mediator said.\n")
    assert "heading" not in set(art.blocks["kind"])
    assert art.claims["section"].isna().all()
    assert art.figures["value"].tolist() == [320.0, 38e6]


def test_numbered_questions_head_their_parts_and_list_numbers_count_nothing():
    art = ak.parse_article("5 things to know about the dam dispute\n\n"
                           "1. What is being built?\n"
                           "The dam will be 145 metres high, officials said.\n\n"
                           "2. How much does it cost?\n"
                           "- Total cost: $4.8 billion\n"
                           "- 3 lenders have signed up so far.\n")
    assert art.blocks["kind"].tolist() == ["headline", "heading", "paragraph", "heading",
                                           "bullet", "bullet"]
    assert art.claims["section"].tolist()[1:] == ["1. What is being built?",
                                                  "2. How much does it cost?",
                                                  "2. How much does it cost?"]
    assert art.figures["text"].tolist() == ["5", "145 metres", "$4.8 billion", "3"]


def test_look_alike_paragraphs_with_other_numbers_or_names_are_no_repeats():
    text = ("Storm leaves homes without power\n\n"
            "In Kent, about 14,000 homes were without power on Thursday morning, the grid "
            "operator said.\n\n"
            "In Sussex, about 9,500 homes were without power on Thursday morning, the grid "
            "operator said.\n\n"
            "In Essex, about 9,500 homes were without power on Thursday morning, the grid "
            "operator said.\n\n"
            "In Kent, around 14,000 homes were without power on Thursday morning, the grid "
            "operator said.\n")
    art = ak.parse_article(text)
    assert art.blocks["duplicate_of"].fillna(0).tolist() == [0, 0, 0, 0, 2]
    assert art.figures.query("kind == 'count'")["value"].tolist() == [14000.0, 9500.0, 9500.0]


@pytest.mark.parametrize(("first", "second"), [
    ("Three people died in the crash on the motorway near the town, police said.",
     "Four people died in the crash on the motorway near the town, police said."),
    ("A second man was arrested after the raid on the warehouse, police said on Monday.",
     "A third man was arrested after the raid on the warehouse, police said on Monday."),
    ("The fund lost $5 million in the last quarter of the year, the auditors said.",
     "The fund lost €5 million in the last quarter of the year, the auditors said."),
    ("Unemployment rose by 5% in the last quarter of the year, the statistics office said.",
     "Unemployment fell by 5% in the last quarter of the year, the statistics office said."),
    ("The council said the budget would pass at the meeting next week, officials said.",
     "The council said the budget would not pass at the meeting next week, officials said."),
])
def test_look_alike_sentences_that_state_other_facts_are_no_repeats(first, second):
    art = ak.parse_article(f"Headline of the story here\n\n{first}\n\n{second}\n")
    assert art.blocks["duplicate_of"].isna().all()


def test_a_cut_copy_with_a_currency_sign_drops_its_cut_word_not_the_sign():
    art = ak.parse_article("Fund loses money\n\n"
                           "The fund lost $5 million in the first quarter of 2024, the auditors "
                           "said on Monday.\n\n"
                           "The fund lost $5 million in the first quarter of 20...\n")
    assert art.blocks["duplicate_of"].fillna(0).tolist() == [0, 0, 2]


def test_reworded_title_case_and_cut_copies_are_still_repeats():
    text = ("Russia May Recruit 25,000 North Korean Workers For Drone Plants\n\n"
            "Russia may recruit 25,000 North Korean workers for drone plants.\n\n"
            "Russia may recruit 25,000 North Korean laborers for drone plants.\n\n"
            "Russia may recruit 25,000 North Korean workers for drone pla...\n\n"
            "The workers would build attack drones in Tatarstan, officials said.\n")
    art = ak.parse_article(text)
    assert art.blocks["duplicate_of"].fillna(0).tolist() == [0, 1, 1, 1, 0]


def test_a_huge_file_of_look_alike_paragraphs_keeps_every_paragraph():
    paragraphs = [f"The district {n} council approved {100 + n} new homes on day {n}, "
                  f"the mayor said." for n in range(1, 1200)]
    art = ak.parse_article("Council budgets\n\n" + "\n\n".join(paragraphs) + "\n")
    assert art.blocks["duplicate_of"].isna().all()
    assert len(art.claims) == len(paragraphs)


BODY = ("<p>Between 2019 and 2023, counties cut 412 scheduled rural bus routes, according to "
        "figures compiled by the transit agency.</p><p>Operators reported 2,300 vacant driver "
        "positions across the region in 2023, up from about 900 before the pandemic.</p>")


@pytest.mark.parametrize("header", [
    # Substack: the site's name is an <h1> too, the subtitle an <h3 class="subtitle">
    '<h1 class="navbar-title">Transit Ledger</h1><article><h1 class="post-title">Rural bus '
    'routes are disappearing faster than anyone counted</h1><h3 class="subtitle">County '
    "budgets, driver shortages and a funding formula nobody revisits</h3>",
    # Medium: the headline alone in its wrapper, the subtitle first in the next one
    '<article><div><h1 class="pw-post-title">Rural bus routes are disappearing faster than '
    'anyone counted</h1></div><div><h2 class="pw-subtitle-paragraph">County budgets, driver '
    "shortages and a funding formula nobody revisits</h2><div>4 min read</div></div>",
])
def test_a_platforms_subtitle_is_the_dek(header):
    page = f"<html><head><title>Rural bus routes</title></head><body>{header}{BODY}</article>" \
        "</body></html>"
    art = ak.parse_article(page, fmt="html")
    kinds = art.blocks[["kind", "text"]].values.tolist()
    assert kinds[0] == ["headline", "Rural bus routes are disappearing faster than anyone counted"]
    assert kinds[1][0] == "dek" and "funding formula nobody revisits" in kinds[1][1]
    assert art.claims["section"].isna().all()


def test_wordpress_footnotes_and_linked_source_lists_give_sources_with_their_addresses():
    page = ("<html><head><title>Aquifer</title></head><body><article><h1>The aquifer under the "
            "valley is running down</h1><p>Groundwater has fallen by four metres since 2014, "
            'according to borehole records.<sup data-fn="a1" class="fn"><a href="#a1">1</a></sup>'
            "</p><p>Licences allow up to 38 million cubic metres a year to be pumped, roughly "
            "twice the recharge from rainfall.</p>"
            '<ol class="wp-block-footnotes"><li id="a1">Regional Water Authority, <a href="'
            'https://water.example.gov/boreholes">Borehole levels 2014–2023</a>. <a href="#a1-'
            'link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>'
            "<h3>Sources</h3><ul><li>Environment Agency, <a href=\"https://www.gov.uk/strategy\">"
            "Abstraction licensing strategy</a>, 2021</li></ul></article></body></html>")
    art = ak.parse_article(page.replace("><", ">\n<"), fmt="html")
    sources = art.sources.set_index("url")
    assert sorted(sources.index) == ["https://water.example.gov/boreholes",
                                     "https://www.gov.uk/strategy"]
    assert sources.loc["https://www.gov.uk/strategy", ["outlet", "title"]].tolist() == [
        "Environment Agency", "Abstraction licensing strategy"]
    assert sources.loc["https://water.example.gov/boreholes", "title"] \
        == "Regional Water Authority, Borehole levels 2014–2023"
    cited = art.citations.merge(art.sources, on=["article_id", "source_id"])
    assert cited[["claim_id", "url"]].values.tolist() == [
        [2, "https://water.example.gov/boreholes"]]
    assert not art.claims["text"].str.contains("↩").any()


@pytest.mark.parametrize("page", [
    '<html><head><title>NewsHub</title></head><body><noscript>You need to enable JavaScript '
    'to run this app.</noscript><div id="root"></div><script src="/main.js"></script>'
    "</body></html>",
    "<html><frameset><noframes>Your browser does not support frames.</noframes></frameset>"
    "</html>",
])
def test_a_page_that_is_only_a_script_or_frames_notice_is_a_clear_error(tmp_path, page):
    path = tmp_path / "shell.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ak.EmptyArticleError, match=r"shell\.html: .*JavaScript or frames"):
        ak.load_article(path)


def test_a_script_notice_beside_an_article_is_boilerplate():
    art = ak.parse_article("<html><body><article><h1>Council passes the 2025 budget</h1><p>The "
                           "council approved a budget of 4.2 million euros on Monday, officials "
                           "said.</p><p>Please enable JavaScript to view the comments.</p>"
                           "</article></body></html>", fmt="html")
    assert art.claims["text"].tolist()[1:] == [
        "The council approved a budget of 4.2 million euros on Monday, officials said."]


def test_a_web_archives_address_gives_the_original_page_address():
    page = ('<html><head><title>Ferry fares to rise | The Harbour Post</title><link rel="canonical" '
            'href="https://web.archive.org/web/20240304142205/https://www.harbourpost.co.uk/news/'
            'ferry-fares"></head><body><article><h1>Ferry fares to rise in April</h1><p>Fares on '
            "the island route will rise by 8% in April, the operator said on Monday.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles.loc[0, "url"] == "https://www.harbourpost.co.uk/news/ferry-fares"


def test_a_subheading_and_a_list_the_extractor_drops_between_kept_text_are_put_back():
    # an e-mail newsletter's HTML part: no <article>, one <div> around everything
    page = ("<html><body><div style='max-width:600px'><h1>Drought cuts river port cargo "
            "by 12% as channel runs shallow</h1>"
            "<p>Cargo handled at the river port of Halvik fell 12% last year to about 4.2 million "
            "tonnes, the port authority said on Friday.</p>"
            "<p>Grain exporters have been hit hardest, the regional farmers' cooperative said in "
            "its monthly report to members.</p>"
            "<h2>Who is affected</h2><p>The port authority listed the main effects of the low "
            "water on shipping this winter:</p>"
            "<ul><li>Barge calls: down to 2,140 in 2024 from 2,630 in 2023</li>"
            "<li>Average load per barge: cut by about 25%</li></ul>"
            "<p>Economists warn that the costs will spread beyond the river and into the "
            "wider regional economy.</p>"
            "<p>Forecasters expect rainfall in the catchment to stay below normal until at "
            "least June.</p><h2>More stories</h2><ul><li>Ferry fares to rise in April for "
            "island routes</li><li>New bridge opens to traffic after two years of "
            "work</li></ul></div></body></html>")
    art = ak.parse_article(page.replace("><", ">\n<"), fmt="html")
    assert [kind for kind in art.blocks["kind"]] == [
        "headline", "paragraph", "paragraph", "heading", "paragraph", "bullet", "bullet",
        "paragraph", "paragraph"]
    assert art.claims.loc[art.claims["block_kind"] == "bullet", "section"].tolist() == [
        "Who is affected", "Who is affected"]


_HIGHLIGHTS = ("<li>Renewable electricity: 96% of electricity came from renewable sources, up "
               "from 78% in 2022.</li><li>Water: water withdrawal fell to 3.1 billion litres, a "
               "9% reduction since 2020.</li>")
_RELATED_LINKS = ("<li><a href='/a'>Dairy prices climb for a third month in a row</a></li>"
                  "<li><a href='/b'>Farmers protest over new methane rules in the north</a></li>")


@pytest.mark.parametrize(("lead_in", "items", "kinds"), [
    # a short lead-in over a list of sentences: the extractor drops the list
    ("Key 2024 highlights include:", _HIGHLIGHTS, ["paragraph", "bullet", "bullet"]),
    ("Key 2024 highlights include the following.", _HIGHLIGHTS,
     ["paragraph", "bullet", "bullet"]),
    ("Highlights:", _HIGHLIGHTS, ["paragraph", "bullet", "bullet"]),
    # links to other stories stay out, lead-in or not
    ("Related coverage on this topic:", _RELATED_LINKS, ["paragraph"]),
    # a short line that introduces nothing anchors nothing
    ("Updated today", _HIGHLIGHTS, ["heading"]),
])
def test_a_list_under_a_short_lead_in_is_kept_in_the_text(lead_in, items, kinds):
    page = ("<html><head><title>Dairy maker sets net-zero target</title></head><body><div "
            "class='release'><h1>Dairy maker sets net-zero target for 2045</h1><p>Norrland "
            "commits to reduce absolute scope 1 and 2 emissions by 42% by 2030 against a 2020 "
            "baseline, the company said on Wednesday.</p><p>In 2024 its scope 1 and 2 emissions "
            "totalled 184,000 tonnes, down 17% from the 2020 baseline, the report showed.</p>"
            f"<p>{lead_in}</p><ul>{items}</ul><p>The company will invest SEK 1.2 billion in "
            "biogas, electrified boilers and heat recovery at its dairies through 2028.</p><p>"
            "Under its new loan of EUR 500 million, the margin will step down by up to 5 basis "
            "points if it meets its targets.</p></div></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.blocks["kind"].tolist() == [
        "headline", "paragraph", "paragraph", *kinds, "paragraph", "paragraph"]
    bullets = art.blocks.loc[art.blocks["kind"] == "bullet", "label"].tolist()
    assert bullets == (["Renewable electricity", "Water"] if "bullet" in kinds else [])



@pytest.mark.parametrize(("lead_in", "claim"), [
    # a lead-in of up to eight words over a list introduces it and gives no claim
    ("Key 2024 highlights include:", False),
    ("Highlights:", False),
    ("Our main recommendations to the government are:", False),
    # a longer one states a claim itself; one that does not end in a colon is a sentence
    ("The board gave three reasons for raising the payout:", True),
    ("The ministry said on Monday that three things had changed in the rules for 2025:",
     True),
    ("Key 2024 highlights include the following.", True),
])
def test_a_short_lead_in_over_a_list_gives_no_claim(lead_in, claim):
    page = ("<html><head><title>Dairy maker sets target</title></head><body><h1>Dairy maker "
            "sets net-zero target for 2045</h1><p>Norrland commits to cut emissions by 42% by "
            f"2030, the company said.</p><p>{lead_in}</p><ul>{_HIGHLIGHTS}</ul></body></html>")
    for art in (ak.parse_article(page, fmt="html"),
                ak.parse_article(f"Dairy maker sets target\n\nNorrland cut emissions by 42%."
                                 f"\n\n{lead_in}\n\n- Water: use fell 9% since 2020.\n",
                                 fmt="markdown")):
        texts = art.claims["text"].tolist()
        assert (lead_in in texts) is claim
        label = art.blocks.loc[art.blocks["text"] == lead_in, "label"].iloc[0]
        assert (None if pd.isna(label) else label) == (None if claim else lead_in[:-1])

_LIVE_ENTRY = ("<p><strong>14:05 GMT</strong> – Iran's state broadcaster says air defences were "
               "activated over Isfahan after small objects were spotted.</p>")


@pytest.mark.parametrize(("between", "after", "author"), [
    # stamps set in spans, which the extractor drops with the byline
    ('<div class="live-meta"><span>Updated 2 hours ago</span> <span>By Sara Nouri and James '
     'Holt</span></div>', "", "Sara Nouri; James Holt"),
    ("<div><span>Updated 2 hours ago</span> <span>By Sara Nouri</span></div>", "", "Sara Nouri"),
    # a standfirst over the byline is no body
    ("<p class='standfirst'>Tehran says its air defences shot down several small objects over "
     "the city</p><div><span>By Sara Nouri</span></div>", "", "Sara Nouri"),
    # after the body has begun, or in a menu, no byline
    ("", "<div><span>By Sara Nouri</span></div>", None),
    ("<nav><span>By Sara Nouri</span></nav>", "", None),
])
def test_html_byline_in_spans_under_the_headline_names_the_authors(between, after, author):
    page = ("<html><head><title>Israel-Iran live</title></head><body><main><h1>Israel-Iran live: "
            f"Explosions reported in Isfahan</h1>{between}<div class='post'>{_LIVE_ENTRY}</div>"
            f"{after}<div class='post'>{_LIVE_ENTRY.replace('14:05', '13:48')}</div></main>"
            "</body></html>")
    found = ak.parse_article(page, fmt="html").articles.loc[0, "author"]
    assert (None if pd.isna(found) else found) == author


@pytest.mark.parametrize(("markup", "tags"), [
    # dropped by the extractor for its class
    ('<p class="tags">Topics: NATO, Ukraine, Defence industry</p>',
     ["NATO", "Ukraine", "Defence industry"]),
    ('<div class="tags">Tags: <a href="/t/nato">NATO</a> <a href="/t/ukraine">Ukraine</a></div>',
     ["NATO", "Ukraine"]),
    ("<p>Topics: NATO, Ukraine</p>", ["NATO", "Ukraine"]),
    # Wikipedia's categories: the label a link, the tags items of a list
    ('<div class="catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/c1">'
     "Machine learning</a></li><li><a href='/c2'>Dimension reduction</a></li></ul></div>",
     ["Machine learning", "Dimension reduction"]),
    # no list after the label; a label inside a sentence
    ('<p class="tags">Topics:</p>', []),
    ('<p class="tags">Topics that matter to you</p>', []),
])
def test_html_tag_line_the_extractor_drops_gives_the_tags(markup, tags):
    page = ("<html><head><title>Europe scrambles for shells</title></head><body><article><h1>"
            "Europe scrambles for shells as US aid stalls</h1><p>European governments are racing "
            "to expand artillery production, officials said on Tuesday.</p><p>The European Union "
            "has pledged to supply 2 million shells to Ukraine by the end of the year.</p>"
            f"{markup}</article></body></html>")
    assert ak.parse_article(page, fmt="html").tags["tag"].tolist() == tags


def test_html_tag_line_put_back_before_a_closing_source_list_is_no_source():
    page = ("<html><head><title>Europe scrambles for shells</title></head><body><article><h1>"
            "Europe scrambles for shells as US aid stalls</h1><p>European governments are racing "
            "to expand artillery production, officials said on Tuesday.[1]</p><h2>Sources</h2>"
            "<ol><li>NATO, Defence expenditure of NATO countries, 2024.</li></ol>"
            '<p class="tags">Topics: NATO, Ukraine</p></article></body></html>')
    art = ak.parse_article(page, fmt="html")
    assert art.tags["tag"].tolist() == ["NATO", "Ukraine"]
    assert art.sources["outlet"].tolist() == ["NATO"]


def test_html_tag_line_beside_the_article_is_the_sites():
    page = ("<html><head><title>Europe scrambles for shells</title></head><body><article><h1>"
            "Europe scrambles for shells as US aid stalls</h1><p>European governments are racing "
            "to expand artillery production, officials said on Tuesday.</p></article><div "
            "class='sidebar'><p class='tags'>Topics: Politics, Business, Sport</p></div>"
            "</body></html>")
    assert ak.parse_article(page, fmt="html").tags["tag"].tolist() == []


def test_a_standfirst_under_a_headline_with_a_kicker_above_it_is_the_dek():
    page = ("<html><head><title>Bitcoin tumbles as ETF outflows mount</title></head><body>"
            "<article><p class='kicker'>Markets</p><h1>Bitcoin tumbles as ETF outflows mount"
            "</h1><p class='standfirst'>The token could fall further if outflows continue, "
            "analysts warned</p><p>Bitcoin fell 6% to $91,200 on Tuesday, its biggest drop in "
            "a month, traders said.</p><p>Ether fell 4.1% to $3,100 as liquidations topped "
            "$1.4 billion.</p></article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.blocks["kind"].tolist()[:3] == ["meta", "headline", "dek"]
    assert art.claims["hedge_cues"].tolist()[1] == "could"


def test_a_pages_metadata_in_a_description_list_is_no_claim():
    page = ("<html><head><title>Dental plan expanded - GOV.UK</title></head><body><main><h1>"
            "Dental recovery plan expanded to rural areas</h1><dl><dt>From:</dt><dd>Department "
            "of Health and Social Care and Jane Doe MP</dd><dt>Published</dt><dd>12 March 2025"
            "</dd></dl><p>The scheme will fund 2,500 more dental appointments a week in rural "
            "areas, the department said.</p><p>It will cost £48 million over two years, "
            "officials said on Wednesday.</p></main></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "meta", "paragraph", "paragraph"]
    assert art.articles.loc[0, "published"] == "2025-03-12"


@pytest.mark.parametrize(("line", "kind"), [
    # copyright notices in the page's language, with the notice after them
    ("Riproduzione riservata © Copyright ANSA", "boilerplate"),
    ("Todos os direitos reservados. É proibido todo tipo de reprodução sem autorização "
     "por escrito da Folha.", "boilerplate"),
    ("Tous droits réservés", "boilerplate"),
    # Lusa's editors' initials, two slashes between
    ("JNM // MSF", "boilerplate"),
    # the service that supplied the story, an agency's files, an Acknowledgement of Country
    ("This story was produced by the Local Democracy Reporting Service, which is funded "
     "by the BBC and the news industry.", "boilerplate"),
    ("With files from The Canadian Press", "boilerplate"),
    ("Our journalists acknowledge the Traditional Owners of the land on which we work.",
     "boilerplate"),
    # a reporter's or a newsdesk's address
    ("Contact the reporter: jane.doe@example.com", "boilerplate"),
    ("Got a story? Email newsdesk@example.co.uk", "boilerplate"),
    # not news about rights, a person's work or an acknowledgement
    ("Os direitos reservados aos indígenas foram mantidos, disse o tribunal.", "paragraph"),
    ("This report was written by the auditor general, who found 12 errors.", "paragraph"),
    ("The premier acknowledged the Traditional Owners at the opening.", "paragraph"),
    ("Files from the inquiry show 40 complaints were ignored.", "paragraph"),
])
def test_footer_notices_and_credits_are_boilerplate(line, kind):
    art = ak.parse_article("Council approves new budget for schools\n\nThe council approved "
                           f"a budget of 4 million pounds on Monday, officials said.\n\n{line}\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", kind]
    assert len(art.claims) == (3 if kind == "paragraph" else 2)


_FACT_CHECK_BODY = (
    "<p>In late January a video that racked up more than 5 million views claimed that the "
    "chain had recalled its rotisserie chicken because of listeria.</p>"
    "<p>According to a notice posted by the Food Safety and Inspection Service on Jan. 24, "
    "the supplier recalled approximately 6,120 pounds of chicken salad.</p>"
    "<p>A spokesperson told us by email that rotisserie chickens were not affected in any "
    "way and remained on sale at all 614 warehouses.</p>")
_FACT_CHECK_BOX = (
    "<div class='claim_cont'><p><strong>Claim:</strong> The chain recalled 2.4 million pounds "
    "of rotisserie chicken in January 2025.</p></div>"
    "<div class='rating_cont'><p><strong>Rating:</strong> False</p></div>"
    "<div class='context'><p><strong>Context:</strong> The chain did issue a recall, but it "
    "concerned about 6,000 pounds of chicken salad.</p></div>")


@pytest.mark.parametrize("inside", [False, True])
def test_html_fact_check_box_dropped_by_the_extractor_is_put_back_before_the_body(
        tmp_path, inside):
    box, body = (_FACT_CHECK_BOX, _FACT_CHECK_BODY)
    layout = (f"<div class='article-content'>{box}{body}</div>" if inside
              else f"{box}<div class='article-content'>{body}</div>")
    path = tmp_path / "check.html"
    path.write_text("<html><head><title>Did the chain recall its chicken? | Checkers</title>"
                    "</head><body><main><article><h1>Did the chain recall its chicken?</h1>"
                    f"<p class='author'>Dan Evon</p>{layout}</article></main>"
                    "<footer><p>Rating: all rights reserved</p></footer></body></html>")
    blocks = ak.load_article(path).blocks
    labelled = blocks[blocks["label"].notna()]
    assert labelled[["label", "text"]].values.tolist() == [
        ["Claim", "Claim: The chain recalled 2.4 million pounds of rotisserie chicken in "
                  "January 2025."],
        ["Rating", "Rating: False"],
        ["Context", "Context: The chain did issue a recall, but it concerned about 6,000 "
                    "pounds of chicken salad."]]
    assert blocks["text"].tolist().index("Context: The chain did issue a recall, but it "
                                         "concerned about 6,000 pounds of chicken salad.") \
        < blocks["text"].str.startswith("In late January").idxmax()
    assert "all rights reserved" not in blocks["text"].str.cat(sep=" ")


def _statement_page(intro: str, stamp: str) -> str:
    return ("<html><head><title>No, Ohio did not lose 300,000 factory jobs | Checkers</title>"
            "<meta name='author' content='Marisa Delgado'></head><body><main>"
            "<article class='m-statement'><div class='m-statement__quote-wrap'>"
            "<div class='m-statement__meta'><a class='m-statement__name' href='/p/'>"
            f"Greg Halloway</a><div class='m-statement__desc'>{intro}</div></div>"
            "<div class='m-statement__quote'>“Ohio lost 300,000 manufacturing jobs in 2024 "
            "alone.”</div></div><div class='m-statement__author'><p>By Marisa Delgado</p>"
            f"<p>{stamp}</p></div><article class='m-textblock'>"
            "<p>Republican state Senate candidate Greg Halloway painted a grim picture of "
            "Ohio's economy in a post on X that has been shared more than 12,000 times.</p>"
            "<p>According to the Bureau of Labor Statistics, Ohio employed 684,100 people in "
            "manufacturing in December 2024, down 9,800 from a year earlier.</p>"
            "<p>We rate this statement False, as federal data show a loss thirty times "
            "smaller.</p></article></article></main></body></html>")


@pytest.mark.parametrize(("intro", "stamp", "published"), [
    ("stated on March 3, 2025 in a post on X:",
     "<time datetime='2025-03-07'>March 7, 2025</time>", "2025-03-07"),
    ("stated in a post on X:", "<time datetime='2025-03-07'>March 7, 2025</time>",
     "2025-03-07"),
    # no date of the page's own: the statement's is none either
    ("stated on March 3, 2025 in a post on X:", "Updated weekly", None),
])
def test_html_checked_statement_is_put_back_as_a_quotation_and_never_dates_the_page(
        tmp_path, intro, stamp, published):
    path = tmp_path / "statement.html"
    path.write_text(_statement_page(intro, stamp))
    article = ak.load_article(path)
    quote = article.blocks[article.blocks["kind"] == "quote"]
    assert quote["text"].tolist() == [f"> Greg Halloway {intro} “Ohio lost 300,000 "
                                      "manufacturing jobs in 2024 alone.”"]
    assert quote.index[0] < article.blocks["text"].str.startswith("Republican").idxmax()
    value = article.articles.loc[0, "published"]
    assert (None if pd.isna(value) else value) == published
    assert article.claims["attribution"].iloc[0] == "Greg Halloway"


def test_html_date_said_of_the_page_itself_still_dates_it(tmp_path):
    # "Published on" is no checked statement's date
    path = tmp_path / "statement.html"
    path.write_text(_statement_page("said in a speech:", "Published on March 7, 2025"))
    assert ak.load_article(path).articles.loc[0, "published"] == "2025-03-07"
