"""Source-list entries in the citation styles of news, policy and academic writing."""

import pytest

import analystkit as ak
from analystkit.citations import (
    SourceFields,
    entry_author_year,
    find_author_date_markers,
    find_markers,
    parse_note,
    parse_source_entry,
)


@pytest.mark.parametrize(("entry", "expected"), [
    # APA with a bare DOI: the DOI becomes the URL, the journal the outlet.
    ("Smith, J. (2020). Title of the paper on water. Journal of Hydrology, 12(3), 45–67. "
     "doi:10.1111/abc.123",
     SourceFields("Journal of Hydrology", "Title of the paper on water",
                  "https://doi.org/10.1111/abc.123")),
    # Vancouver, with and without a DOI link.
    ("Smith J, Lee A. Title of the paper on water. Lancet. 2020;395:45-67. "
     "https://doi.org/10.1016/S0140-6736(20)30183-5",
     SourceFields("Lancet", "Title of the paper on water",
                  "https://doi.org/10.1016/S0140-6736(20)30183-5")),
    ("Smith J, Lee AB, Park C, et al. Title of the paper on water. Lancet. 2020;395:45-67.",
     SourceFields("Lancet", "Title of the paper on water", None)),
    ("Trewick SA, Morgan-Richards M. 2014. New Zealand Wild Life. Penguin, New Zealand.",
     SourceFields("Penguin", "New Zealand Wild Life", None)),
    # Harvard, title in single quotes (an apostrophe inside it stays).
    ("Lee, A. and Kim, B. (2019) 'Irrigation in the valley', Water Policy, 21(2), pp. 1-20. "
     "DOI: 10.2166/wp.2019.001",
     SourceFields("Water Policy", "Irrigation in the valley", "https://doi.org/10.2166/wp.2019.001")),
    ("Lee, A. (2019) ‘Irrigation in the valley’s farms’, Water Policy, 21(2), pp. 1-20.",
     SourceFields("Water Policy", "Irrigation in the valley’s farms", None)),
    # News styles keep working.
    ("Reuters: Russia to hire workers", SourceFields("Reuters", "Russia to hire workers", None)),
    # an underscore inside a word is kept; emphasis underscores are not
    ("Maxar: _Satellite image 20240604_081233_", SourceFields(
        "Maxar", "Satellite image 20240604_081233", None)),
    ("Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998",
     SourceFields(None, "Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998", None)),
    # a venue keeps its bracketed acronym, not a file format
    ("Birjandtalab, J.; Nourani, M. (2016). Nonlinear dimension reduction. 2016 IEEE-EMBS "
     "International Conference on Biomedical and Health Informatics (BHI). pp. 595–598.",
     SourceFields("2016 IEEE-EMBS International Conference on Biomedical and Health Informatics"
                  " (BHI)", "Nonlinear dimension reduction", None)),
    ('Martin, M. (2006). "Atheism". The Cambridge Companion to Atheism (PDF). Cambridge.',
     SourceFields("The Cambridge Companion to Atheism", "Atheism", None)),
    # an organisation as author publishes what it writes; a place after it is no outlet
    ('World Bank (2021). "Water and Energy Nexus in South Asia". Washington, DC.',
     SourceFields("World Bank", "Water and Energy Nexus in South Asia", None)),
    ('OECD (2020). "Economic Outlook". Paris.', SourceFields("OECD", "Economic Outlook", None)),
    ('Maaten (2008). "Visualizing data". JMLR.', SourceFields("JMLR", "Visualizing data", None)),
    # a title in italics, after its publisher, or between its authors and its publisher
    ("Government of Punjab, *Groundwater Resource Assessment 2023*.",
     SourceFields("Government of Punjab", "Groundwater Resource Assessment 2023", None)),
    ("Smith, J. (2020). *Water in the valley*. Oxford University Press.",
     SourceFields("Oxford University Press", "Water in the valley", None)),
    ("*The Guardian*, 3 May 2024", SourceFields(None, "The Guardian, 3 May 2024", None)),
    # Vancouver: the date before the volume is no part of the journal's name
    ("Smith A, et al. Ultra-processed food and heart disease. BMJ 2025;388:e078123.",
     SourceFields("BMJ", "Ultra-processed food and heart disease", None)),
    ("Lee K, Park J. Heat and mortality. JAMA 2019 Mar 5;321(9):870-879.",
     SourceFields("JAMA", "Heat and mortality", None)),
    # no authors, in sentences: the publisher and date last, or the organisation first
    ("National Diet and Nutrition Survey, Years 9-11. Public Health England, 2020.",
     SourceFields("Public Health England", "National Diet and Nutrition Survey, Years 9-11",
                  None)),
    ("Flooding displaces thousands. Reuters, 3 March 2024.",
     SourceFields("Reuters", "Flooding displaces thousands", None)),
    ("World Health Organization. Global tuberculosis report 2023. Geneva: WHO; 2023.",
     SourceFields("World Health Organization", "Global tuberculosis report 2023", None)),
    ("The data were collected in 2019. See Smith, 2020.",
     SourceFields(None, "The data were collected in 2019. See Smith, 2020", None)),
    # a Markdown link is the title, its address the URL, a short name beside it the outlet
    ("City Police Department, [Annual crime report 2024](https://police.example/r/2024.pdf)",
     SourceFields("City Police Department", "Annual crime report 2024",
                  "https://police.example/r/2024.pdf")),
    ("[Flooding displaces thousands](https://www.reuters.com/world/flood) - Reuters",
     SourceFields("Reuters", "Flooding displaces thousands", "https://www.reuters.com/world/flood")),
    ("[Flood (disambiguation)](https://en.wikipedia.org/wiki/Flood_(disambiguation))",
     SourceFields("en.wikipedia.org", "Flood (disambiguation)",
                  "https://en.wikipedia.org/wiki/Flood_(disambiguation)")),
    ("Smith, J. (2020). [Water in the valley](https://doi.org/10.1/abc). Oxford University Press.",
     SourceFields("Oxford University Press", "Water in the valley", "https://doi.org/10.1/abc")),
    # an agency's report: "Publisher, Title, Date", a colon in the title allowed
    ("UNICEF, Immunization Coverage Estimates, 2024.",
     SourceFields("UNICEF", "Immunization Coverage Estimates", None)),
    ("OCHA, Humanitarian Needs Overview: Central Sahel 2025, January 2025. "
     "https://www.unocha.org/hno-2025",
     SourceFields("OCHA", "Humanitarian Needs Overview: Central Sahel 2025",
                  "https://www.unocha.org/hno-2025")),
    ("Planet Labs, PlanetScope imagery, 7 and 10 March 2025.",
     SourceFields("Planet Labs", "PlanetScope imagery", None)),
    ("Smith, J., Water policy, 2020.", SourceFields(None, "Smith, J., Water policy, 2020", None)),
    # a Vancouver title ending in a question; reports by an organisation, place and
    # publisher closing them
    ("Tuttle KR, Cherney DZI, et al. A weekly step forward for kidney disease? N Engl J Med. "
     "2024;391(2):109-121.",
     SourceFields("N Engl J Med", "A weekly step forward for kidney disease?", None)),
    # an organisation as an author-date reference's author: what follows is its place
    ("IEA (2024). World Energy Outlook 2024. Paris.",
     SourceFields("IEA", "World Energy Outlook 2024", None)),
    ("Garcia (2018). Water use in farms. Water Policy.",
     SourceFields("Water Policy", "Water use in farms", None)),
    ("Public Health England. Health profile for England 2021. London: PHE; 2021.",
     SourceFields("Public Health England", "Health profile for England 2021", None)),
    ("Centers for Disease Control and Prevention. Chronic Kidney Disease in the United States, "
     "2023. Atlanta, GA: US Department of Health and Human Services; 2023.",
     SourceFields("Centers for Disease Control and Prevention",
                  "Chronic Kidney Disease in the United States, 2023", None)),
])
def test_citation_styles(entry, expected):
    assert parse_source_entry(entry) == expected


_KEYS = {"smith 2021", "garcia 2018", "lee 2019", "dijk 2020a"}


@pytest.mark.parametrize(("text", "printed", "targets"), [
    ("Levels fell (Smith et al., 2021).", "(Smith et al., 2021)", ("smith 2021",)),
    ("Use rose (Lee and Kim 2019; Smith et al., 2021).", "(Lee and Kim 2019; Smith et al., 2021)",
     ("lee 2019", "smith 2021")),
    ("See (Smith, Jones, and Brown 2021, p. 4).", "(Smith, Jones, and Brown 2021, p. 4)",
     ("smith 2021",)),
    ("Farmers may switch, according to Garcia (2018).", "(2018)", ("garcia 2018",)),
    ("As Lee and Kim (2019) show, use rose.", "(2019)", ("lee 2019",)),
    ("Dikes held, van Dijk (2020a) found.", "(2020a)", ("dijk 2020a",)),
    # a citation of a work the list lacks is still a citation (a dangling one)
    ("Rain fell (Jones, 2017).", "(Jones, 2017)", ("jones 2017",)),
])
def test_author_date_citations(text, printed, targets):
    [marker] = find_author_date_markers(text, _KEYS)
    assert (marker.printed, marker.targets) == (printed, targets)
    assert text[marker.start:marker.end] == printed


@pytest.mark.parametrize("text", [
    "Prices rose (January 2019) and fell (Since 2020).",
    "The Olympics (2016) drew crowds.",  # a narrative "Name (year)" only for a listed work
    "The plan (costs: $5m in 2019, $6m in 2020) was approved.",
])
def test_no_author_date_citation(text):
    assert find_author_date_markers(text, _KEYS) == []


@pytest.mark.parametrize(("entry", "key"), [
    ("Garcia, M. (2018). Crop choice under scarcity. Water Policy, 20(1), 1-15.", "garcia 2018"),
    ("Lee, A., & Kim, B. (2019). Irrigation in the valley.", "lee 2019"),
    ("Smith J, Lee A. Title of the paper. Lancet. 2020;395:45-67.", "smith 2020"),
    ("van Dijk, R. (2020a). Dikes.", "dijk 2020a"),
    ("Reuters: Russia to hire 25,000 workers, 2024", None),
    ("The Guardian (2024). Why?", None),
])
def test_entry_author_year(entry, key):
    assert entry_author_year(entry) == key


def test_author_date_article_links_claims_to_its_references():
    text = ("Groundwater is falling across the valley\n\n"
            "Groundwater levels fell by 2 metres between 2010 and 2020 (Smith et al., 2021). "
            "Irrigation accounts for 70% of withdrawals (Lee and Kim 2019; Smith et al., 2021). "
            "Farmers may switch crops, according to Garcia (2018). "
            "Rain fell by a tenth (Jones, 2017).\n\n"
            "References\n\n"
            "Garcia, M. (2018). Crop choice under scarcity. Water Policy, 20(1), 1-15.\n"
            "Lee, A., & Kim, B. (2019). Irrigation in the valley. Journal of Hydrology, 21(2), 1-20.\n"
            "Smith, J., Jones, K., & Brown, L. (2021). Falling water tables. Nature Water, 1, 10-18.\n")
    art = ak.parse_article(text)
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "sources"]
    assert art.claims["text"].tolist() == [
        "Groundwater is falling across the valley",
        "Groundwater levels fell by 2 metres between 2010 and 2020.",
        "Irrigation accounts for 70% of withdrawals.",
        "Farmers may switch crops, according to Garcia.",
        "Rain fell by a tenth."]
    assert art.sources[["outlet", "title"]].values.tolist() == [
        ["Water Policy", "Crop choice under scarcity"],
        ["Journal of Hydrology", "Irrigation in the valley"],
        ["Nature Water", "Falling water tables"]]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [
        [2, 3], [3, 2], [3, 3], [4, 1]]
    dangling = art.audit().query("check == 'dangling_citation'")
    assert dangling["claim_id"].tolist() == [5]
    assert "2017" not in art.figures["text"].tolist()  # a cited year is no figure


def test_news_parentheses_are_no_citations_without_an_author_date_list():
    text = ("Storm hits the coast\n\nThe storm killed 12 people (Reuters, 2014), officials said.\n\n"
            "Sources\n\n1. Reuters: Storm kills 12\n")
    art = ak.parse_article(text)
    assert art.claims["text"].tolist()[1] == (
        "The storm killed 12 people (Reuters, 2014), officials said.")
    assert art.audit().query("check == 'dangling_citation'").empty


@pytest.mark.parametrize(("note", "expected"), [
    ('ASML, "Q3 2024 financial results", 15 October 2024, https://www.asml.com/en/investors',
     SourceFields("ASML", "Q3 2024 financial results", "https://www.asml.com/en/investors")),
    ('Reuters: "Netherlands expands export curbs", 6 September 2024.',
     SourceFields("Reuters", "Netherlands expands export curbs", None)),
    ("Allen, G. (2023). Choking off China's AI access to US chips. CSIS.",
     SourceFields("CSIS", "Choking off China's AI access to US chips", None)),
    # a note that is prose stays whole
    ("This figure excludes contractors, see [the report](https://example.org/r).",
     SourceFields("example.org", "This figure excludes contractors, see the report.",
                  "https://example.org/r")),
])
def test_footnotes_written_as_references_are_read_like_entries(note, expected):
    assert parse_note(note) == expected


NOTES_ARTICLE = (
    "Child mortality falls in Nandi\n\n"
    "Child mortality in Nandi county fell by 40% between 2015 and 2023.1 The decline was "
    "fastest in rural wards, where clinics doubled.2 Vaccination coverage reached 91%.3\n\n"
    "The budget rose to $3.5 Billion in 2024, officials said.\n\n"
    "Notes\n\n"
    "1. Ministry of Health, Annual Report 2023, p. 14.\n"
    '2. UNICEF, "Kenya Country Office Annual Report", 2023.\n'
    "3. WHO/UNICEF Estimates of National Immunization Coverage, 2024.\n")


def test_note_numbers_printed_as_plain_digits_cite_the_numbered_notes():
    art = ak.parse_article(NOTES_ARTICLE)
    assert art.claims["text"].tolist()[1:] == [
        "Child mortality in Nandi county fell by 40% between 2015 and 2023.",
        "The decline was fastest in rural wards, where clinics doubled.",
        "Vaccination coverage reached 91%.",
        "The budget rose to $3.5 Billion in 2024, officials said."]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2], [4, 3]]
    in_claims = art.figures[art.figures["claim_id"].notna()]
    assert in_claims["text"].tolist() == ["40%", "2015 and 2023", "doubled", "91%",
                                          "$3.5 Billion", "2024"]


def test_plain_digits_are_no_notes_without_a_numbered_note_list():
    art = ak.parse_article("Budget grows\n\nThe budget rose by 4% in 2023.1 The rest "
                           "went to roads, officials said.\n")
    assert art.citations.empty


def test_a_note_list_after_a_comma_and_a_note_ending_the_lead():
    art = ak.parse_article(
        "Clinics expand across Nandi county\n\n"
        "Clinic visits doubled in rural wards, said the ministry.1\n\n"
        "Coverage rose by 40% in 2021.2,3 The rest came later.\n\n"
        "Notes\n\n1. Ministry of Health, Annual Report 2023, p. 14.\n"
        '2. UNICEF, "Kenya Country Office Annual Report", 2023.\n3. WHO/UNICEF Estimates, 2024.\n')
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "paragraph", "sources"]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [[2, 1], [3, 2], [3, 3]]
    assert art.claims["text"].tolist()[2] == "Coverage rose by 40% in 2021."


PARENTHESISED_NOTES = (
    "Is the ferry really twice as full?\n\n"
    "A post says ferry use doubled since 2021. The claim is half right, the port said.\n\n"
    "Weekday crossings rose by 48 percent (1). Weekend crossings doubled. (2)\n\n"
    "Fares fell (1, 2); the timetable grew (2). The port set two aims: (1) cut waits, "
    "(2) add boats. Freight stayed flat. (3) Cruise calls fell.\n\n"
    "Sources:\n"
    '1. Harbour Board, "Crossings 2024", https://example.org/crossings\n'
    '2. Harbour Board, "Weekend counts", https://example.org/weekends\n'
    "3. Port of Selby freight bulletin (2024)\n")


def test_note_numbers_in_parentheses_cite_the_numbered_notes():
    art = ak.parse_article(PARENTHESISED_NOTES)
    claims = art.claims.set_index("claim_id")["text"]
    assert claims.tolist()[2:] == [
        "Weekday crossings rose by 48 percent.", "Weekend crossings doubled.",
        "Fares fell; the timetable grew.",
        "The port set two aims: (1) cut waits, (2) add boats.",  # an enumeration stays
        "Freight stayed flat.", "Cruise calls fell."]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [
        [3, 1], [4, 2], [5, 1], [5, 2], [7, 3]]
    assert art.figures["text"].tolist()[:3] == ["doubled", "2021", "48 percent"]  # no note
    assert not art.audit()["check"].eq("unused_source").any()


def test_parenthesised_numbers_are_no_notes_without_a_numbered_note_list():
    art = ak.parse_article("Ferry use grows\n\nWeekday crossings rose by 48 percent (1). "
                           "The rest were freight (2), officials said.\n")
    assert art.citations.empty
    assert art.claims["text"].iloc[1] == "Weekday crossings rose by 48 percent (1)."


@pytest.mark.parametrize(("text", "printed"), [
    ("In Marlow v Port Authority [2025] VSC 118 the court struck the dues down [3].", ["[3]"]),
    ("The memoir [1998] was reissued with the 2004 letters [4-5].", ["[4-5]"]),
    ("The survey [2019–2021] found the same trend [12].", ["[12]"]),
])
def test_bracketed_years_are_no_note_numbers(text, printed):
    from analystkit.citations import find_markers

    assert [marker.printed for marker in find_markers(text)] == printed


@pytest.mark.parametrize(("text", "printed"), [
    # a superscript after a word or a sentence calls a note
    ("Rates fell in 2023.² The trend held.", ["²"]),
    ("Output rose sharply³ in the north.", ["³"]),
    ("The flat measures 85 m² in all.", []),
    ("Air held 287 µg/m³ of dust.", []),
    ("It accelerated at 9.8 m/s² downhill.", []),
    ("It covers 12 km² and 40 ft² of sheds.", []),
    ("The space has dimension n² over the reals.", []),
])
def test_a_superscript_after_a_unit_or_a_variable_is_its_power(text, printed):
    assert [m.printed for m in find_markers(text)] == printed


def test_a_note_under_a_bulleted_source_list_is_no_source():
    art = ak.parse_article(
        "# Claim checked\n\nThe list rose by 1.2 million, the data show.\n\n## Sources\n\n"
        "- NHS England, [Waiting Times Data 2024-25](https://www.england.nhs.uk/rtt)\n"
        "- The Health Foundation, [Waiting for care](https://www.health.org.uk/waiting)\n\n"
        "*Full Check is an independent fact-checking charity. Read our [corrections policy]"
        "(https://fullcheck.example/corrections).*\n")
    assert art.sources["outlet"].tolist() == ["NHS England", "The Health Foundation"]


def test_an_apa_list_with_an_organisation_as_an_author_and_journals_in_italics():
    art = ak.parse_article(
        "# Smart heat pumps\n\nBritain aims to install 600,000 heat pumps a year "
        "(Department for Energy Security and Net Zero, 2023). Flexibility is cheaper "
        "(Smith et al., 2021).\n\n## References\n\n"
        "Abadie, A., & Athey, S. (2023). When should you adjust standard errors for "
        "clustering? *The Quarterly Journal of Economics*, 138(1), 1–35.\n\n"
        "Department for Energy Security and Net Zero. (2023). *Heat pump investment "
        "roadmap*. HM Government.\n\n"
        "Smith, A., Jones, B., & Chen, L. (2021). Flexibility from domestic heating: a review. "
        "*Renewable and Sustainable Energy Reviews*, 145, 111042.\n")
    assert art.sources[["outlet", "title"]].values.tolist() == [
        ["The Quarterly Journal of Economics",
         "When should you adjust standard errors for clustering?"],
        ["Department for Energy Security and Net Zero", "Heat pump investment roadmap"],
        ["Renewable and Sustainable Energy Reviews",
         "Flexibility from domestic heating: a review"]]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [[2, 2], [3, 3]]


def test_a_note_set_off_after_a_full_stop_belongs_to_the_sentence_before():
    art = ak.parse_article("# Update\n\nRussian forces advanced near Toretsk. [1] Ukrainian forces "
                           "repelled an assault. [2], [3] The front held. Officials denied the "
                           "claim.[2],[3]\n\n## Sources\n\n[1] https://example.org/a\n\n"
                           "[2] https://example.org/b\n\n[3] https://example.org/c\n")
    assert art.claims["text"].tolist() == [
        "Russian forces advanced near Toretsk.", "Ukrainian forces repelled an assault.",
        "The front held.", "Officials denied the claim."]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [
        [1, 1], [2, 2], [2, 3], [4, 2], [4, 3]]


def test_a_judgments_paragraph_pin_cite_is_no_note_call():
    art = ak.parse_article("Ruling\n\nIt relied on Moseley v Haringey [2014] UKSC 56, at [25], "
                           "and the appeal failed.\n\nLord Sales observed at [52] that 40 "
                           "councils had erred.\n\nSources\n\n[25] Court record, 2014.\n")
    assert art.claims["text"].tolist()[:2] == [
        "It relied on Moseley v Haringey [2014] UKSC 56, at [25], and the appeal failed.",
        "Lord Sales observed at [52] that 40 councils had erred."]
    assert art.citations.empty
