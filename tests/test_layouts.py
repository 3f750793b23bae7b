"""Page layouts written for these tests: how lines become blocks of which kind.

Each test spells out the rows it expects (kinds, sections, labels, claims) and
a case where the rule must not fire.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analystkit as ak


def rows(art, *columns: str) -> list[tuple]:
    """The blocks table's ``columns``, NA as None, row by row."""
    table = art.blocks[list(columns)].astype(object)
    return [tuple(None if value != value else value for value in row)
            for row in table.itertuples(index=False)]


# --- Setext headings ------------------------------------------------------

SETEXT = ("Harbour dredging plan approved\n"
          "==============================\n\n"
          "The port board approved the dredging of the outer channel on Thursday.\n\n"
          "What it costs\n"
          "-------------\n\n"
          "The work will cost 18 million pounds over three years.\n\n"
          "Who objects?\n"
          "------------\n\n"
          "Two fishing groups said the spoil would harm the oyster beds.\n")


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_underlined_lines_are_headings_and_their_underlines_no_blocks(fmt):
    art = ak.parse_article(SETEXT, fmt=fmt)
    assert rows(art, "kind", "section", "text") == [
        ("headline", None, "Harbour dredging plan approved"),
        ("paragraph", None,
         "The port board approved the dredging of the outer channel on Thursday."),
        ("heading", None, "What it costs"),
        ("paragraph", "What it costs", "The work will cost 18 million pounds over three years."),
        ("heading", None, "Who objects?"),
        ("paragraph", "Who objects?",
         "Two fishing groups said the spoil would harm the oyster beds."),
    ]
    assert art.claims["text"].tolist()[0] == "Harbour dredging plan approved"
    assert art.articles.loc[0, "headline"] == "Harbour dredging plan approved"


def test_an_underlined_two_word_heading_on_top_is_the_headline_not_a_section_label():
    art = ak.parse_article("Tidal power\n===========\n\n"
                           "A tidal lagoon off the coast would power 40,000 homes, its "
                           "backers said.\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",)]


def test_an_underlined_heading_under_the_headline_stays_a_heading_not_a_title():
    art = ak.parse_article("Ferry fares to rise in spring\n\n"
                           "Why the operator says it must\n"
                           "-----------------------------\n\n"
                           "Fuel costs rose by a third last year, the operator said.\n")
    assert rows(art, "kind", "section") == [
        ("headline", None), ("heading", None),
        ("paragraph", "Why the operator says it must")]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_dashes_under_a_sentence_or_after_a_blank_line_are_a_rule(fmt):
    art = ak.parse_article("Ferry fares to rise in spring\n\n"
                           "Fuel costs rose by a third last year, the operator said.\n"
                           "--------------------------------------------------------\n\n"
                           "Season tickets will cost 4% more.\n\n"
                           "---\n\n"
                           "Fares were last raised in 2022.\n", fmt=fmt)
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",),
                                 ("paragraph",), ("boilerplate",), ("paragraph",)]
    assert art.claims["text"].tolist()[1:] == [
        "Fuel costs rose by a third last year, the operator said.",
        "Season tickets will cost 4% more.", "Fares were last raised in 2022."]


def test_in_plain_text_a_short_rule_under_a_long_line_underlines_nothing():
    art = ak.parse_article("Ferry fares to rise in spring\n\n"
                           "Fuel costs rose by a third last year, the operator said.\n\n"
                           "Season tickets and day returns\n"
                           "-----\n"
                           "Both will cost 4% more from April.\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("heading",),
                                 ("boilerplate",), ("paragraph",)]


def test_an_equals_rule_alone_is_no_empty_paragraph():
    art = ak.parse_article("Ferry fares to rise in spring\n\n"
                           "Fuel costs rose by a third last year, the operator said.\n\n"
                           "==========\n\n"
                           "Season tickets will cost 4% more.\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",),
                                 ("paragraph",)]


def test_front_matter_dashes_are_still_front_matter_under_setext_reading():
    art = ak.parse_article("---\ntitle: Ferry fares to rise\n---\n\n"
                           "Ferry fares to rise in spring\n"
                           "-----------------------------\n\n"
                           "Fuel costs rose by a third last year, the operator said.\n",
                           fmt="markdown")
    assert rows(art, "kind") == [("meta",), ("headline",), ("paragraph",)]
    assert art.articles.loc[0, "title"] == "Ferry fares to rise"


# --- a wire headline with a figure above the dateline ----------------------

WIRE_LEDE = ("LISBON, March 3 (Reuters) - Floods in the Tagus valley forced the evacuation of "
             "about 1,200 people, civil protection officials said.\n\n"
             "Rain is expected to ease by Thursday.\n")


@pytest.mark.parametrize("headline", [
    "Tagus floods: 1,200 evacuated",        # a topic, a colon, a figure and a word
    "Portugal floods: 3 dead",
    "Tagus valley floods force evacuations",  # no figure: a heading all along
])
def test_a_wire_headline_with_a_figure_above_the_dateline_is_the_headline(headline):
    art = ak.parse_article(headline + "\n\n" + WIRE_LEDE)
    assert rows(art, "kind", "text")[0] == ("headline", headline)
    assert art.articles.loc[0, "headline"] == headline
    assert art.articles.loc[0, "dateline"] == "LISBON"
    assert art.claims["text"].tolist()[0] == headline


@pytest.mark.parametrize("above", [
    "Rescuers carry a resident through a flooded street in Santarem.",  # a caption
    "Death toll: 3 people",  # a labelled figure under the headline, not the headline
])
def test_other_lines_above_the_dateline_are_still_teasers(above):
    art = ak.parse_article("Floods force evacuations in Portugal\n\n" + above + "\n\n" + WIRE_LEDE)
    assert rows(art, "kind")[:3] == [("headline",), ("boilerplate",), ("paragraph",)]


# --- fact-check labels on a line of their own -------------------------------

FACT_CHECK = ("Did the port lose 900 jobs last year?\n\n"
              "Claim: The port of Kellhaven shed 900 jobs in 2024.\n\n"
              "{rating}\n\n"
              "Payroll filings show the port employed 4,310 people at the end of 2024.\n\n"
              "{heading}\n\n"
              "The union said the figure came from a leaflet printed in 2019.\n")


@pytest.mark.parametrize("rating", ["Rating: False", "Our ruling: Mostly false",
                                    "VERDICT: MISLEADING"])
def test_a_fact_check_rating_on_its_own_line_is_a_label_not_a_section(rating):
    art = ak.parse_article(FACT_CHECK.format(rating=rating, heading="Where the number came from"))
    label = rating.split(":")[0]
    assert rows(art, "kind", "section", "label") == [
        ("headline", None, None),
        ("paragraph", None, "Claim"),
        ("paragraph", None, label),
        ("paragraph", None, None),
        ("heading", None, None),
        ("paragraph", "Where the number came from", None),
    ]
    assert art.claims["text"].tolist() == [
        "The port of Kellhaven shed 900 jobs in 2024.",
        "Payroll filings show the port employed 4,310 people at the end of 2024.",
        "The union said the figure came from a leaflet printed in 2019."]


@pytest.mark.parametrize("heading", ["Ratings agencies weigh in", "Verdict of the inquiry",
                                     "Claims under review", "Context matters here"])
def test_headings_that_open_with_a_label_word_stay_headings(heading):
    art = ak.parse_article(FACT_CHECK.format(rating="Rating: False", heading=heading))
    assert rows(art, "kind", "section")[4:] == [("heading", None), ("paragraph", heading)]


def test_a_fact_checks_context_note_is_a_label_and_its_sentence_a_claim():
    # Snopes prints a note beside its rating: "Context: …"
    art = ak.parse_article(FACT_CHECK.format(
        rating="Rating: False\n\nContext: The port did cut 90 jobs in 2024.", heading="Sources"))
    assert rows(art, "label")[1:4] == [("Claim",), ("Rating",), ("Context",)]
    assert art.claims["text"].tolist()[1] == "The port did cut 90 jobs in 2024."


_OPED_BODY = ("\n\nBy Helen Marchetti\nTuesday 11 March 2025 06.00 GMT\n\n"
              "I have spent 20 years studying how cities grow, and I have never seen a policy "
              "debate as confused as this one.\n\n"
              "Ministers say the answer is to build 1.5 million homes in this parliament.\n")


@pytest.mark.parametrize("top", [
    "Britain's housing crisis is a planning crisis. It's time we admitted it\n"
    "Councils are sitting on permissions for 1.1 million homes. The problem is the rules",
    "OPINION\nBritain's housing crisis is a planning crisis. It's time we admitted it\n"
    "Councils are sitting on permissions for 1.1 million homes. The problem is the rules",
    "Britain's housing crisis is a planning crisis. It's time we admitted it\n\n"
    "Councils are sitting on permissions for 1.1 million homes. The problem is the rules",
])
def test_a_pasted_op_eds_headline_and_dek_on_consecutive_lines_are_parted(top):
    art = ak.parse_article(top + _OPED_BODY)
    kinds = [kind for (kind,) in rows(art, "kind") if kind != "meta"]
    assert kinds[:3] == ["headline", "dek", "paragraph"]
    assert art.articles.loc[0, ["title", "author"]].tolist() == [
        "Britain's housing crisis is a planning crisis. It's time we admitted it",
        "Helen Marchetti"]


@pytest.mark.parametrize("top", [
    # a wrapped first paragraph over the byline: the text's paragraphs wrap too
    "The council has spent 20 years arguing about how the city\n"
    "Should grow, and the argument has got nowhere at all this year.",
    # the first line ends as a wrapped sentence does
    "Ministers say the answer is to build more homes, and\n"
    "Councils say the answer is to change the rules on planning permission.",
])
def test_a_first_paragraph_that_wraps_is_not_parted_into_headline_and_dek(top):
    body = _OPED_BODY.replace("debate as confused as this one.", "debate as confused\nas this one.")
    art = ak.parse_article(top + (body if "city" in top else _OPED_BODY))
    assert "dek" not in [kind for (kind,) in rows(art, "kind")]
    assert pd.isna(art.articles.loc[0, "headline"])

# --- bylines, sign-offs and signatures ---------------------------------------

_COPPER = ("Copper rose 4% on Monday to $9,800 a tonne, traders said in London.\n\n"
           "The metal has gained 12% this year, the exchange said.\n")


@pytest.mark.parametrize(("top", "author"), [
    ("Copper prices jump\n\nInterview by Leah Brennan\n\n", "Leah Brennan"),
    ("Copper prices jump\n\nDr Tomasz Wielgus and Priya Raman\n\n",
     "Dr Tomasz Wielgus; Priya Raman"),
    ("Copper prices jump\n\nTomasz Wielgus, Senior Fellow, and Priya Raman, Research "
     "Analyst\n\n", "Tomasz Wielgus; Priya Raman"),
    # under a kicker and a headline, over the authors' institute and a date
    ("COMMENTARY\n\nCopper prices jump\n\nTomasz Wielgus and Priya Raman\n"
     "Institute for Trade Studies\n14 February 2025\n\n", "Tomasz Wielgus; Priya Raman"),
    # a role after a byline's comma ends its names
    ("Copper prices jump\n\n18 February 2025 | By Priya Raman, Health Fact Checker\n\n",
     "Priya Raman"),
    ("Copper prices jump\n\nBy Priya Raman, Research Analyst\n\n", "Priya Raman"),
    ("Copper prices jump\n\nBy Priya Raman, Tom Hale\n\n", "Priya Raman; Tom Hale"),
])
def test_credit_lines_and_lines_of_names_under_the_headline_are_bylines(top, author):
    art = ak.parse_article(top + _COPPER)
    assert art.articles.loc[0, ["title", "author"]].tolist() == ["Copper prices jump", author]
    assert art.claims["text"].tolist()[0] == "Copper prices jump"


@pytest.mark.parametrize("line", ["Key Findings and Next Steps", "Energy Security and Net Zero",
                                  "Rishi Sunak and Keir Starmer"])
def test_capitalised_words_alone_under_the_headline_are_no_byline(line):
    art = ak.parse_article(f"Copper prices jump\n\n{line}\n\n" + _COPPER)
    assert pd.isna(art.articles.loc[0, "author"])
    assert rows(art, "kind")[1] != ("meta",)


@pytest.mark.parametrize("under", ["Harbour Times, Kellhaven", "Health correspondent"])
def test_the_line_right_under_a_byline_is_meta_not_a_section(under):
    art = ak.parse_article("Hospital waiting lists fall for a third month\n\n"
                           f"By Priya Nandakumar\n{under}\n\n"
                           "Waiting lists at the county's two hospitals fell by 4% in May, "
                           "the health board said.\n")
    assert rows(art, "kind", "section") == [("headline", None), ("meta", None), ("meta", None),
                                            ("paragraph", None)]
    assert art.articles.loc[0, "author"] == "Priya Nandakumar"


def test_a_heading_after_a_blank_line_under_the_byline_stays_a_heading():
    art = ak.parse_article("Hospital waiting lists fall for a third month\n\n"
                           "By Priya Nandakumar\n\n"
                           "By the numbers\n\n"
                           "Waiting lists fell by 4% in May, the health board said.\n")
    assert rows(art, "kind", "section") == [
        ("headline", None), ("meta", None), ("heading", None),
        ("paragraph", "By the numbers")]


LETTERS = ("Letters to the editor\n\n"
           "Keep the library open\n\n"
           "Sir, – Closing the Mill Lane library would leave 3,000 members without a branch "
           "within walking distance.\n\n"
           "Margaret Oduya\n"
           "Thornbury\n\n"
           "Parking charges\n\n"
           "Sir, – The new charges have emptied the high street on Saturdays.\n\n"
           "Prof. Ian McAllister\n")


def test_a_letter_writers_name_and_town_sign_the_letter_and_head_nothing():
    art = ak.parse_article(LETTERS)
    assert rows(art, "kind", "section", "text") == [
        ("headline", None, "Letters to the editor"),
        ("title", None, "Keep the library open"),
        ("paragraph", None, "Sir, – Closing the Mill Lane library would leave 3,000 members "
                            "without a branch within walking distance."),
        ("meta", None, "Margaret Oduya"),
        ("meta", None, "Thornbury"),
        ("heading", None, "Parking charges"),
        ("paragraph", "Parking charges",
         "Sir, – The new charges have emptied the high street on Saturdays."),
        ("meta", None, "Prof. Ian McAllister"),
    ]


def test_a_heading_named_like_a_person_over_its_paragraph_stays_a_heading():
    art = ak.parse_article("Three candidates for mayor\n\n"
                           "The city votes for a new mayor on 6 May.\n\n"
                           "Margaret Oduya\n\n"
                           "The former head teacher has led the council's Labour group "
                           "since 2019.\n\n"
                           "Ian McAllister\n"
                           "The retired surveyor stands for the Greens.\n")
    assert rows(art, "kind", "section")[2:] == [
        ("heading", None), ("paragraph", "Margaret Oduya"),
        ("heading", None), ("paragraph", "Ian McAllister")]


def test_a_signature_delimiter_late_in_a_newsletter_closes_it():
    art = ak.parse_article("Weekly council briefing\n\n"
                           "The council will publish its budget on Thursday, a spokesman said.\n\n"
                           "Rates are expected to rise by 4.9%, the finance chief said.\n\n"
                           "--\nSent to 4,200 readers every Monday.\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("paragraph",),
                                 ("boilerplate",), ("boilerplate",)]
    assert art.claims["text"].tolist()[-1] == (
        "Rates are expected to rise by 4.9%, the finance chief said.")


def test_a_double_dash_early_in_the_text_closes_nothing():
    art = ak.parse_article("Weekly council briefing\n\n"
                           "--\n\n"
                           "The council will publish its budget on Thursday, a spokesman said.\n\n"
                           "Rates are expected to rise by 4.9%, the finance chief said.\n")
    assert rows(art, "kind") == [("headline",), ("boilerplate",), ("paragraph",),
                                 ("paragraph",)]


@pytest.mark.parametrize("line", [
    "You are receiving this because you signed up at harbourtimes.example.",
    "You're receiving this newsletter as a subscriber.",
])
def test_subscription_footers_are_boilerplate(line):
    art = ak.parse_article("Weekly council briefing\n\n"
                           "The council will publish its budget on Thursday, a spokesman said.\n\n"
                           + line + "\n")
    assert rows(art, "kind")[-1] == ("boilerplate",)


# --- results tables: labelled values and their caption -----------------------

RESULTS = ("Brakke Shipping lifts dividend after record quarter\n\n"
           "Brakke Shipping said on Thursday that freight revenue rose 9% in the third quarter."
           "\n\n{caption}\n"
           "Freight revenue: DKK 4.1bn (3.8bn)\n"
           "Net profit: USD 212m (187m)\n"
           "Fleet utilisation: 94.2% (91.0%)\n\n"
           "The company raised its dividend to DKK 3.20 a share.\n")


def test_a_results_table_gives_no_headings_and_its_caption_labels_no_claim():
    art = ak.parse_article(RESULTS.format(caption="Highlights (Q3 2025 vs Q3 2024):"))
    assert rows(art, "kind", "section", "label") == [
        ("headline", None, None),
        ("paragraph", None, None),
        ("paragraph", None, "Highlights (Q3 2025 vs Q3 2024)"),
        ("paragraph", None, None),
        ("paragraph", None, None),
        ("paragraph", None, None),
        ("paragraph", None, None),
    ]
    assert art.claims["text"].tolist()[2:] == [
        "Freight revenue: DKK 4.1bn (3.8bn)", "Net profit: USD 212m (187m)",
        "Fleet utilisation: 94.2% (91.0%)",
        "The company raised its dividend to DKK 3.20 a share."]


def test_a_sentence_ending_in_a_colon_over_a_list_keeps_its_claim():
    art = ak.parse_article(RESULTS.format(
        caption="The board gave three reasons for raising the payout:\n"
                "- Freight rates held up.\n\n"
                "Analysts had expected this:"))
    assert rows(art, "kind", "label")[2:4] == [("paragraph", None), ("bullet", None)]
    assert "The board gave three reasons for raising the payout:" in art.claims["text"].tolist()
    # a caption is a label only over a labelled value, at most eight words long
    assert rows(art, "label")[4] == ("Analysts had expected this",)


@pytest.mark.parametrize("heading", ["Shipping outlook for 2026", "Red Sea: routes reopen"])
def test_headings_with_a_colon_or_a_year_stay_headings(heading):
    art = ak.parse_article("Brakke Shipping lifts dividend\n\n"
                           "Freight revenue rose 9% in the third quarter, the company said.\n\n"
                           f"{heading}\n\n"
                           "Rates are expected to ease next year, analysts said.\n")
    assert rows(art, "kind", "section")[2:] == [("heading", None), ("paragraph", heading)]


# --- calls to action standing alone -------------------------------------------

LEAD = ("Boil-water notice for Kellhaven\n\n"
        "Residents of Kellhaven must boil tap water after bacteria were found in 4 of 52 "
        "samples, the water company said.\n\n")


@pytest.mark.parametrize("line", [
    "More details at https://water.example/notices/kellhaven or email help@water.example.",
    "Further information is available at www.water.example/notices",
    "Call 0800 123 4567 for help.",
    "Follow @KellhavenWater for updates 👉 #BoilWater",
    "Follow us for live updates",
    "For more information, ring the Kellhaven helpline on 0800 123 4567 (open 24 hours) "
    "or see water.example.",
    "Anyone who saw the burst main is asked to contact the company, quoting reference 4471.",
    "Customer contact: Ria Bose, +44 113 496 0000, ria.bose@water.example",
    "Contact details for this notice\nnotices@water.example",
    "That's all for this edition. Forward this newsletter to a neighbour.",
    "Follow us on Instagram: @kellwater | Facebook /kellwater\nUnsubscribe | Update "
    "preferences\n(c) 2025 Kellhaven Water, 3 Mill Lane",
    "This release contains forward-looking statements that involve risks and uncertainties.",
    "Share this article: Facebook Twitter Email",
    "Sign up to our daily newsletter for the latest news.",
    # police appeals and press-office lines in their other forms
    "Witnesses or anyone with dashcam footage should call 101, quoting crime reference "
    "47250012345.",
    "If you have any information, please call police on 101 quoting Operation Falcon.",
    "Alternatively, information can be given anonymously to Crimestoppers on 0800 555 111.",
    # an appeal with a reference to quote, however long, the reference before or after
    "Anyone with information about drug dealing should contact police on 101, quoting "
    "incident 1234 of 14/10/2023, or report via the LiveChat function at www.gmp.police.uk.",
    "Quoting log 567 of 3 March, call 101 or use the online form on the force website if you "
    "saw anything near the pumping station on Saturday night.",
    "For media enquiries, please contact the press office on 020 7946 0000.",
    "Press office: 020 7946 0000 (out of hours: 020 7946 0001)",
    "Learn more at kellhavenwater.example.",
    # the UN's and ReliefWeb's stock notices and a contact line
    "The boundaries and names shown and the designations used on this map do not imply "
    "official endorsement or acceptance by the United Nations.",
    "For information media. Not an official record.",
    "Jane Mwangi, Head of Communications, Kellhaven Water, mwangi@water.example, "
    "+44 113 496 0000",
    "For further information, specifically related to this operation please contact:",
])
def test_a_call_to_action_on_its_own_is_boilerplate(line):
    art = ak.parse_article(LEAD + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",)]


@pytest.mark.parametrize("line", [
    "Call centre staff walked out on Monday over the new rota, the union said.",
    "Follow-up tests on 31 samples found no bacteria, the company said.",
    "For more details on the cause, the company pointed to a burst main on Friday.",
    "More details at the inquiry showed the valve had failed twice.",
    "Anyone with a private well should test it, the council said on Friday.",
    "For more information on costs, the company said customers should wait for the bill.",
    "Forward planning at the plant had failed, the inspector found.",
    "Residents called 999 after hearing the main burst, police said.",
    "If you think your water is unsafe, contact the council, the regulator said.",
    "Residents can email help@water.example for advice, the council said in a statement.",
    "The inspector's report, quoting incident logs from 2019, found 40 failures at the plant.",
    "Engineers called at 30 homes, quoting reference numbers from the old bills, the firm said.",
])
def test_news_that_opens_like_a_call_to_action_stays_a_claim(line):
    art = ak.parse_article(LEAD + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("paragraph",)]
    assert art.claims["text"].tolist()[-1] == line


@pytest.mark.parametrize(("paragraph", "claims"), [
    ("Police are seeking a man who used a stolen card on May 30. Anyone with information is "
     "asked to call Fishkill police at 845-896-5200 and reference case No. 25-01187.",
     ["Police are seeking a man who used a stolen card on May 30."]),
    ("Officers were called to the scene at 11.15pm. Anyone with information should call "
     "police on 101 quoting log 1234 of 12 March, or Crimestoppers on 0800 555 111.",
     ["Officers were called to the scene at 11.15pm."]),
    # the appeal reported as a request of the police or a prosecutor, credited or not
    ("Officers were called at 11pm. The District Attorney urged anyone with information to "
     "call 555-0100.",
     ["Officers were called at 11pm."]),
    ("Det. Sgt. Jane Lee appealed to anyone who saw the crash to contact police on 101. The "
     "driver was 34.",
     ["The driver was 34."]),
    # a request naming no way to get in touch, or sharing its sentence with news, stays
    ("The mayor urged residents to call their representatives about the budget.",
     ["The mayor urged residents to call their representatives about the budget."]),
    ("Police said the man was arrested and urged anyone with information to call 101.",
     ["Police said the man was arrested and urged anyone with information to call 101."]),
    # news that opens like an appeal stays a claim inside a paragraph too
    ("Officers were called at 11.15pm. Residents called 999 after hearing the main burst, "
     "police said.",
     ["Officers were called at 11.15pm.",
      "Residents called 999 after hearing the main burst, police said."]),
])
def test_an_appeal_inside_a_paragraph_is_no_claim(paragraph, claims):
    art = ak.parse_article(LEAD + paragraph + "\n")
    assert art.claims["text"].tolist()[2:] == claims


# --- a US Justice Department release's stock notices --------------------------

PLEA = ("Coral Gables man pleads guilty to wire fraud\n\n"
        "MIAMI – A Coral Gables man pleaded guilty today to laundering $4.3 million, "
        "prosecutors said.\n\n")


@pytest.mark.parametrize("line", [
    "An indictment is merely an allegation, and all defendants are presumed innocent until "
    "proven guilty beyond a reasonable doubt in a court of law.",
    "An indictment is merely an accusation. All defendants are presumed innocent until "
    "proven guilty in a court of law.",
    "The charges contained in the complaint are merely allegations.",
    "Actual sentences for federal crimes are typically less than the maximum penalties. A "
    "federal district court judge will determine any sentence after taking into account the "
    "U.S. Sentencing Guidelines and other statutory factors.",
    "A federal district court judge will determine any sentence after considering the U.S. "
    "Sentencing Guidelines and other statutory factors.",
    "Related court documents and information may be found on the website of the District "
    "Court for the Eastern District of Virginia or on PACER by searching for Case No. "
    "1:24-cr-00231.",
    "Victims who believe they may have been affected are encouraged to contact the FBI at "
    "1-800-CALL-FBI or visit tips.fbi.gov.",
])
def test_a_justice_department_releases_stock_notices_are_boilerplate(line):
    art = ak.parse_article(PLEA + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",)]
    assert art.figures["text"].tolist() == ["$4.3 million"]


@pytest.mark.parametrize("line", [
    "The judge will determine the sentence on December 12, prosecutors said.",
    "The indictment alleges that Delgado moved $1.8 million through shell companies.",
    "Victims of the scheme lost $4.3 million, prosecutors said.",
    "Delgado's lawyer said the charges were merely a misunderstanding of the fund's rules.",
])
def test_news_about_a_sentence_an_indictment_or_victims_stays_a_claim(line):
    art = ak.parse_article(PLEA + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("paragraph",)]
    assert art.claims["text"].tolist()[-1] == line


# --- furniture under an article: print notices, tool rows, disclosures ----------

HARBOUR = ("Ferry operator cuts winter sailings\n\n"
           "Solent Link will run 14 crossings a day from November, down from 22, the "
           "company said on Tuesday.\n\n")


@pytest.mark.parametrize("line", [
    "A version of this article appears in print on March 2, 2025, Section A, Page 12 "
    "of the Coastal edition with the headline: Ferries Cut Back.",
    "This article appeared in the print edition of the Weekly Ledger under the headline "
    "\"Choppy waters\".",
    "A version of this story ran in the April issue of Harbour Monthly.",
    "Order Reprints | Today’s Paper | Subscribe",
    "Share · Save · Gift this article",
    "This story was produced in partnership with the Coastal Reporting Fund.",
    "This fact check is part of our partnership with a video platform's review programme.",
    "Read our methodology.",
    "Learn more about our editorial standards",
    "Our Standards: The Harbour Wire Editorial Code.",
    "Telephone: 01632 960 411",
    "Tel. +44 1632 960411",
    "Is this page useful?",
    "Was this article helpful? Yes No",
    "Report a problem with this page",
    # a podcast's closing credits and transcript notes
    "The Balance Sheet is produced by Harbourline Audio.",
    "This episode was produced by Dana Kim and mixed by Leo Park.",
    "This transcript was generated automatically and may contain errors.",
    "Transcript automatically generated; it may contain errors.",
    "Nothing in this episode constitutes investment advice.",
    # a newsletter's footer, its unsubscribe link in Markdown
    "[Unsubscribe](https://example.com/u) · © 2025 The Copper Letter",
    # a fact-checker's note on its programme, a picture's credit, a pointer to reading
    "This article is part of our work fact checking potentially false pictures, videos and "
    "stories on Facebook.",
    "Image courtesy of Jane Ortiz",
    "You can read more about how we check claims here.",
])
def test_notices_tool_rows_and_disclosures_under_an_article_are_boilerplate(line):
    art = ak.parse_article(HARBOUR + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",)]
    assert art.claims["text"].tolist() == [
        "Ferry operator cuts winter sailings",
        "Solent Link will run 14 crossings a day from November, down from 22, the "
        "company said on Tuesday."]


@pytest.mark.parametrize("footer", [
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "© 2025 Harbour Wire. All rights reserved. Republication is prohibited without consent.",
    "(c) 2025 Harbour Wire Ltd. Reuse of this article needs our permission.",
    "All rights reserved. No part of this article may be reproduced.",
    "Harbour Wire's coverage of coastal towns is supported by a grant from the Tide Trust. "
    "Our funders have no say in our journalism.",
    "*This story was made possible by a grant from the Coastal Reporting Fund. Our funders "
    "are not involved in editorial decisions.*",
    "This article is part of our work with a video platform's third-party fact-checking "
    "programme. Read our methodology.",
])
def test_a_paragraph_of_footer_notices_opened_by_one_is_boilerplate_whole(footer):
    art = ak.parse_article(HARBOUR + footer + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("boilerplate",)]
    assert len(art.claims) == 2


@pytest.mark.parametrize("line", [
    "Copyright claims rose 20% in 2024. The intellectual property office blamed the growth "
    "of streaming.",
    "Copyright in the timetable belongs to the operator. It has refused to share the data "
    "with rival companies.",
    "The council's ferry plan is funded by a grant from the lottery. Work starts in May.",
    "Our reporting is based on 40 interviews. Several crew members spoke anonymously.",
])
def test_news_about_copyright_or_a_funded_plan_stays_content(line):
    art = ak.parse_article(HARBOUR + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("paragraph",)]
    assert art.claims["text"].tolist()[2:] == [sentence if sentence.endswith(".") else
                                               sentence + "." for sentence in line.split(". ")]


@pytest.mark.parametrize("line", [
    "The letter first appeared in print in a local paper in 1998, the council said.",
    "This article appears to contradict the operator's own timetable, campaigners said.",
    "A version of this plan appeared in the council's draft budget last year.",
    "This project was funded as part of the county's transport plan, officials said.",
    "Our standards of service have slipped, the chief executive admitted.",
    "Passengers can call the operator on 01632 960 411 from Monday to rebook.",
    "Share prices in Solent Link fell 3% after the announcement.",
    "Share prices fell: the index dropped 2% after the announcement.",
    "About 40 people protested at the terminal on Wednesday.",
])
def test_news_that_mentions_print_standards_or_a_phone_number_stays_a_claim(line):
    art = ak.parse_article(HARBOUR + line + "\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("paragraph",)]
    assert art.claims["text"].tolist()[-1] == line


@pytest.mark.parametrize("count", ["3.4K", "870 claps", "12K views"])
def test_a_bare_reaction_count_under_the_title_is_no_heading(count):
    art = ak.parse_article("What a year of cycling to work taught me\n\n"
                           f"{count}\n\n"
                           "I rode 4,200 kilometres last year and kept a log of every trip.\n")
    assert rows(art, "kind", "section") == [("headline", None), ("boilerplate", None),
                                            ("paragraph", None)]


def test_a_distance_heading_of_a_results_table_stays_a_heading():
    art = ak.parse_article("County athletics championships\n\n"
                           "Rain delayed the meeting by an hour on Saturday.\n\n"
                           "400m\n\n"
                           "Amira Hassan won in 54.2 seconds, a championship record.\n")
    assert rows(art, "kind", "section")[2:] == [("heading", None), ("paragraph", "400m")]


# --- press releases: the company's "About" section and the contact ---------------

RELEASE = ("Kestrel Foods opens second bakery in Leeds\n\n"
           "LEEDS, March 3, 2025 /NewsLine/ -- Kestrel Foods today opened a second bakery "
           "in Leeds, creating 120 jobs.\n\n"
           "\"Demand for fresh bread has doubled since 2021,\" said Priya Nair, chief "
           "executive of Kestrel Foods.\n\n"
           "The bakery will supply 300 shops across Yorkshire.\n\n"
           "{heading}\n\n"
           "{blurb}\n\n"
           "Press enquiries:\n\n"
           "Tom Ashby\n\n"
           "Head of Communications\n\n"
           "tom.ashby@kestrel.example\n")


@pytest.mark.parametrize("blurb", [
    "Kestrel Foods is a family-owned baker founded in 1962. It employs 2,400 people in 11 "
    "bakeries.",
    "The Kestrel Foods group is a family-owned baker. It employs 2,400 people in 11 bakeries.",
])
@pytest.mark.parametrize("heading", [
    "About Kestrel Foods", "ABOUT KESTREL FOODS", "About Kestrel Foods, Inc.",
    "About Kestrel Foods (NYSE: KSTL)"])
def test_a_release_s_about_the_company_section_and_contact_are_boilerplate(blurb, heading):
    art = ak.parse_article(RELEASE.format(heading=heading, blurb=blurb))
    assert rows(art, "kind", "section") == [
        ("headline", None), ("paragraph", None), ("paragraph", None), ("paragraph", None),
        ("boilerplate", None), ("boilerplate", None), ("boilerplate", None),
        ("boilerplate", None), ("boilerplate", None), ("boilerplate", None)]
    assert art.claims["text"].tolist()[-1] == "The bakery will supply 300 shops across Yorkshire."


def test_an_about_section_naming_the_company_after_an_opening_phrase_is_boilerplate():
    art = ak.parse_article(RELEASE.format(
        heading="About Save the Bread", blurb="Founded in 1962, Save the Bread has given "
        "2 million loaves to food banks."))
    assert rows(art, "kind")[4:6] == [("boilerplate",), ("boilerplate",)]


@pytest.mark.parametrize("heading", [
    "Forward-Looking Statements", "Safe Harbor Statement",
    "Cautionary Note Regarding Forward-Looking Statements", "Disclaimer", "Legal disclaimer",
    "Revision history"])
def test_a_legal_notices_section_is_boilerplate(heading):
    art = ak.parse_article(RELEASE.format(
        heading=heading, blurb="Certain statements in this release may constitute "
        "predictions. Actual results could differ materially from those projected."))
    assert rows(art, "kind")[4:6] == [("boilerplate",), ("boilerplate",)]
    assert art.claims["text"].tolist()[-1] == "The bakery will supply 300 shops across Yorkshire."


@pytest.mark.parametrize(("heading", "blurb"), [
    ("About the study", "The researchers followed 1,200 bakery workers for ten years."),
    ("About Leeds", "The city has added 40,000 jobs since 2015, council figures show."),
])
def test_an_about_heading_over_other_text_stays_a_section(heading, blurb):
    art = ak.parse_article(RELEASE.format(heading=heading, blurb=blurb))
    assert rows(art, "kind", "section")[4:6] == [("heading", None), ("paragraph", heading)]
    assert blurb.split(", council")[0].split(" for ten")[0] in art.claims["text"].iloc[-1]


def test_questions_in_bold_head_the_answers_of_an_explainer():
    art = ak.parse_article(
        "Why the ferry stopped\n\n**What happened?**\n\nThe ferry hit a sandbank at 6am, "
        "the operator said.\n\n**Is anyone hurt?**\n\nNo one was hurt, the coastguard said."
        "\n\nWho pays for the salvage? **The operator**, its insurer said.\n", fmt="markdown")
    assert rows(art, "kind")[1:5] == [("heading",), ("paragraph",), ("heading",), ("paragraph",)]
    assert art.claims[["section", "text"]].values.tolist()[1:] == [
        ["What happened?", "The ferry hit a sandbank at 6am, the operator said."],
        ["Is anyone hurt?", "No one was hurt, the coastguard said."],
        ["Is anyone hurt?", "The operator, its insurer said."]]


def test_a_memo_header_is_meta_and_its_subject_heads_the_text():
    art = ak.parse_article(
        "FLOOD NOTICE\nIssued by: Vale District Council\nDate: 4 March 2025\n"
        "Subject: River Ure flood defences at Northby\n\n"
        "The council will close the Northby towpath from Monday while 300 metres of "
        "wall are raised, engineers said.\n\nTo: the surprise of residents, work began early.\n")
    assert rows(art, "kind") == [("meta",), ("meta",), ("meta",), ("headline",),
                                 ("paragraph",), ("paragraph",)]
    assert art.articles[["headline", "published"]].values.tolist() == [
        ["River Ure flood defences at Northby", "2025-03-04"]]
    assert art.claims["text"].iloc[0] == "River Ure flood defences at Northby"


def test_an_advisorys_remedies_are_no_claims():
    art = ak.parse_article(
        "Gateway flaw under attack\n\nThe flaw affects 12,000 devices, the vendor said.\n\n"
        "Upgrade to Corvane Gateway 7.4.4 or 7.2.9. Disable the management interface on "
        "exposed hosts. Updates to the firmware fixed 3 bugs, the vendor said.\n")
    assert art.claims["text"].tolist()[1:] == [
        "The flaw affects 12,000 devices, the vendor said.",
        "Updates to the firmware fixed 3 bugs, the vendor said."]


def test_sentences_closed_by_an_emoji_are_no_heading():
    art = ak.parse_article("Coffee diary\n\nI drank 412 cups last year, my app says.\n\n"
                           "Anyway, I am doing it again this year. Wish me luck ☕️\n\n"
                           "So far so good. 🙂\n\nSummer reading, at last ☀️\n\n"
                           "I read 12 books.\n")
    assert rows(art, "kind")[2:] == [("paragraph",), ("paragraph",), ("heading",),
                                     ("paragraph",)]


def test_instructions_to_the_reader_are_no_claims_unless_someone_gives_them():
    art = ak.parse_article(
        "Boil-water notice for Kellhaven\n\nBacteria were found in 4 of 52 samples, the water "
        "company said.\n\nNever drink tap water without boiling it. Do not use ice from the "
        "freezer. Check your neighbours are aware. Please call 0800 123 4567 with questions.\n\n"
        "Call centres will stay open late. Never before has the town had such a notice. "
        "Keep bottles by the sink, the company advised. \"Stay calm,\" the mayor said.\n")
    claims = art.claims.astype(object).where(art.claims.notna(), None)
    assert claims[["text", "attribution"]].values.tolist()[2:] == [
        ["Call centres will stay open late.", None],
        ["Never before has the town had such a notice.", None],
        ["Keep bottles by the sink, the company advised.", "company"],
        ['"Stay calm," the mayor said.', "mayor"]]



@pytest.mark.parametrize(("sentence", "instruction"), [
    # a health advisory's advice, with a number or not
    ("Drink at least 2 litres of water a day.", True),
    ("Avoid going outside between 12pm and 5pm.", True),
    ("Try using a fan at night.", True),
    ("Eat more fruit and vegetables.", True),
    ("Check on elderly neighbours.", True),
    # a noun or a participle of the verb's form opens a claim
    ("Drink sales rose 5% in June.", False),
    ("Cut emissions are the aim of 3 plans.", False),
    ("Use of force fell 12% last year.", False),
    ("Take up of the vaccine rose to 80%.", False),
    ("Avoiding crowds cut cases by 40%.", False),
    ("Limit your time outdoors to 2 hours.", True),
    # a pledge's item after "we will:" is no advice to the reader
    ("Use the Mozilla assets to keep the Internet an open platform;", False),
    ("Limit the rise in prices to 2% a year.", False),
])
def test_advice_is_an_instruction_whatever_its_numbers(sentence, instruction):
    from analystkit.extract import is_instruction
    assert is_instruction(sentence) is instruction


def test_a_heatwave_advice_list_gives_no_claims():
    art = ak.parse_article(
        "Heat grips the south\n\nTemperatures hit 47.3C on Sunday, the weather agency said."
        "\n\n### What to do in a heatwave\n\n- Drink at least 2 litres of water a day.\n"
        "- Avoid going outside between 12pm and 5pm.\n- Check on elderly neighbours.\n",
        fmt="markdown")
    assert art.claims["text"].tolist()[1:] == [
        "Temperatures hit 47.3C on Sunday, the weather agency said."]
    litres = art.figures[art.figures["value"] == 2.0]
    assert litres["claim_id"].isna().tolist() == [True]  # a figure outside claims

def test_a_table_set_out_with_spaces_is_no_claim():
    art = ak.parse_article(
        "Kestrel Foods lifts sales\n\n"
        "Kestrel Foods said sales rose 6% in the year to March.\n\n"
        "Results (in millions)\n"
        "                   2025      2024     Change\n"
        "Sales              £412      £389     6%\n"
        "Operating profit   £38       £31      23%\n\n"
        "Typists put two spaces after a full stop.  This paragraph was typed so.  It "
        "stays one paragraph of three claims.\n")
    # the header and rows are one data table: no claim, its numbers in figures
    assert rows(art, "kind", "label")[3:] == [("boilerplate", "table"), ("paragraph", None)]
    assert "£412" not in " ".join(art.claims["text"])
    assert art.figures.loc[art.figures["text"] == "£412", "claim_id"].isna().all()
    assert art.claims["text"].tolist()[-2:] == [
        "This paragraph was typed so.", "It stays one paragraph of three claims."]


# --- summary boxes ------------------------------------------------------------

BOX = ("Ports brace for longer queues\n\n"
       "Ships waited nine days on average to unload at Kellport in May.\n\n"
       "{before}"
       "{box}\n\n"
       "- Waiting times doubled in May.\n"
       "- Two berths are closed for repairs.\n\n"
       "Shipping lines said the delays were costing them $2 million a day.\n\n"
       "Outlook\n\n"
       "The port expects queues to ease by August.\n")


@pytest.mark.parametrize("box", ["Key points", "At a glance", "What we know", "Key findings", "Summary"])
def test_a_summary_box_heading_heads_its_list_not_the_body_after_it(box):
    art = ak.parse_article(BOX.format(before="", box=box))
    assert rows(art, "kind", "section") == [
        ("headline", None), ("paragraph", None), ("heading", None), ("bullet", box),
        ("bullet", box), ("paragraph", None), ("heading", None), ("paragraph", "Outlook")]


def test_after_a_summary_box_inside_a_section_the_section_goes_on():
    art = ak.parse_article(BOX.format(before="Delays\n\nTwo cranes broke down in April.\n\n",
                                      box="Key facts"))
    assert rows(art, "section")[3:] == [
        ("Delays",), (None,), ("Key facts",), ("Key facts",), ("Delays",), (None,),
        ("Outlook",)]


def test_an_ordinary_heading_over_a_list_heads_the_text_after_the_list():
    art = ak.parse_article(BOX.format(before="", box="Why ships are waiting"))
    assert rows(art, "section")[5] == ("Why ships are waiting",)


# --- interviews set out as a dialogue -------------------------------------------

DIALOGUE = ("Keeping the trams running\n\n"
            "City Ledger spoke to Marta Kowalczyk, who runs the city's tram network.\n\n"
            "City Ledger: Why were so many trams cancelled in January?\n\n"
            "Marta Kowalczyk: Frost damaged 40 overhead wires in one night. We had to "
            "close two lines.\n\n"
            "City Ledger: Will it happen again?\n\n"
            "Marta Kowalczyk: We are replacing 12 kilometres of wire this year.\n")


def test_names_taking_turns_before_a_colon_label_an_interview_s_answers():
    art = ak.parse_article(DIALOGUE)
    assert rows(art, "kind", "label")[2:] == [
        ("paragraph", "City Ledger"), ("paragraph", "Marta Kowalczyk"),
        ("paragraph", "City Ledger"), ("paragraph", "Marta Kowalczyk")]
    assert art.claims[["label", "attribution", "text"]].values.tolist()[2:] == [
        ["Marta Kowalczyk", "Marta Kowalczyk", "Frost damaged 40 overhead wires in one night."],
        ["Marta Kowalczyk", "Marta Kowalczyk", "We had to close two lines."],
        ["Marta Kowalczyk", "Marta Kowalczyk",
         "We are replacing 12 kilometres of wire this year."]]


def test_one_name_before_a_colon_is_no_dialogue():
    art = ak.parse_article(DIALOGUE.replace("City Ledger: ", ""))
    assert all(label is None for (label,) in rows(art, "label"))
    assert "Marta Kowalczyk: We are replacing 12 kilometres of wire this year." in \
        art.claims["text"].tolist()


@pytest.mark.parametrize("paragraph", [
    "Follow @HarbourAlerts for updates, the coastguard told residents, though the feed has "
    "only 800 followers.",
    "You are receiving this because your bank failed, the letters sent to 90,000 savers read, "
    "according to the regulator.",
    "A version of this article appeared in print for the last time on Saturday, the "
    "publisher said.",
    # credits' and notes' words in news
    "The film was produced by Ealing Studios.",
    "The vaccine is produced by Pfizer.",
    "The council published the full list of schools here.",
    "The ministry said the data, courtesy of NASA, showed a rise.",
])
def test_news_that_opens_like_page_furniture_stays_a_claim(paragraph):
    art = ak.parse_article(f"Harbour news\n\nThe port reopened on Monday.\n\n{paragraph}\n")
    assert paragraph in art.claims["text"].tolist()


@pytest.mark.parametrize(("line", "kind"), [
    ("*Disclosure: I own shares in Glencore.*", "meta"),
    ("Full disclosure: the author advises the port authority.", "meta"),
    ("Disclosures of holdings rose 12% in 2024, the regulator said.", "paragraph"),
])
def test_an_authors_disclosure_is_about_the_article(line, kind):
    art = ak.parse_article(HARBOUR + line + "\n", fmt="markdown")
    assert rows(art, "kind")[2] == (kind,)


def test_about_a_company_in_a_news_story_is_news_and_a_lone_dash_line_closes_nothing():
    art = ak.parse_article(
        "Grocer cuts jobs\n\nNorthgate Foods will cut 400 jobs, its chief executive said on "
        "Tuesday.\n\nThe union called the cuts a betrayal.\n\n--\n\n"
        "Staff at the Hull depot will be told on Friday, a union official said.\n\n"
        "About Northgate Foods\n\nNorthgate Foods, founded in 1958, runs 210 shops. Its shares "
        "fell 6% on the news.\n")
    claims = art.claims["text"].tolist()
    assert "Staff at the Hull depot will be told on Friday, a union official said." in claims
    assert "Its shares fell 6% on the news." in claims


def test_race_distance_headings_are_no_reaction_counts():
    art = ak.parse_article("Park run results\n\nOver 300 runners took part.\n\n5K\n\n"
                           "Amy Lowe won in 17:02.\n\n10K\n\nRaj Patel won in 34:40.\n")
    assert art.blocks["kind"].tolist() == [
        "headline", "paragraph", "heading", "paragraph", "heading", "paragraph"]


# --- standfirsts, bylines and labels of policy and news pages ----------------

def test_a_standfirst_under_the_headline_and_over_a_byline_and_dateline_is_the_dek():
    art = ak.parse_article(
        "Congress\n\nHouse passes kids' online safety bill, setting up fight with Senate\n\n"
        "The measure would require platforms to turn off algorithmic feeds for users under "
        "17 by default, but its prospects in the Senate remain uncertain\n\n"
        "By Rachel Ostrowski and Theo Banerjee\n\n" + WIRE_LEDE)
    assert rows(art, "kind")[:5] == [("meta",), ("headline",), ("dek",), ("meta",),
                                     ("paragraph",)]
    assert art.claims["text"].tolist()[1].startswith("The measure would require platforms")
    assert art.articles.loc[0, "author"] == "Rachel Ostrowski; Theo Banerjee"


@pytest.mark.parametrize("line", [
    "Do you have more information about the breach? You can contact Dana Whitlock securely "
    "on Signal at +1 415 555 0142, or by email.",
    "Got a tip? You can contact this reporter on Signal at 415 555 0142.",
])
def test_a_reporters_tip_line_is_boilerplate(line):
    art = ak.parse_article("Breach hits retailer\n\nThe retailer said 2.3 million records "
                           "were taken in the attack last week.\n\n" + line + "\n")
    assert rows(art, "kind")[-1] == ("boilerplate",)


def test_an_appeal_that_names_no_contact_stays_text():
    art = ak.parse_article("Council plan\n\nThe council set out its plan on Monday.\n\n"
                           "Do you have a view on this? The council wants to hear from "
                           "residents by Friday.\n")
    assert rows(art, "kind")[-1] == ("paragraph",)


def test_a_bullets_label_in_bold_or_italics_is_its_label():
    art = ak.parse_article("# Brief\n\nKey findings:\n\n"
                           "- **Spending:** Total spending on courts fell by 18% in real terms.\n"
                           "- **Backlogs**: The Crown Court backlog reached 73,000 cases.\n"
                           "- *Estate:* HMCTS closed 239 courts.\n")
    assert art.claims[["label", "text"]].values.tolist() == [
        ["Spending", "Total spending on courts fell by 18% in real terms."],
        ["Backlogs", "The Crown Court backlog reached 73,000 cases."],
        ["Estate", "HMCTS closed 239 courts."]]


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("**Authors:** Helen Marsh and Tomasz Wierzbicki", "Helen Marsh; Tomasz Wierzbicki", None),
    ("Author: Helen Marsh", "Helen Marsh", None),
    ("Written by Helen Marsh", "Helen Marsh", None),
    # a byline among a masthead line's segments
    ("*Full Check* | By Hannah Okoro | 14 March 2025", "Hannah Okoro", "Full Check"),
])
def test_labelled_and_masthead_bylines_give_the_author(line, author, outlet):
    art = ak.parse_article("# Digital courts: what the evidence says\n\n" + line + "\n\n"
                           "Court closures have cut the estate by 239 courts since 2010, the "
                           "ministry said on Monday.\n")
    assert rows(art, "kind")[:3] == [("headline",), ("meta",), ("paragraph",)]
    assert art.articles.loc[0, "author"] == author
    found = art.articles.loc[0, "outlet"]
    assert (None if found != found else found) == outlet


def test_a_date_on_the_line_under_the_headline_is_its_own_stamp():
    art = ak.parse_article("Marburg virus disease - United Republic of Tanzania\n24 January "
                           "2025\n\nOn 20 January 2025, WHO was notified of 10 suspected "
                           "cases.\n")
    assert rows(art, "kind") == [("headline",), ("meta",), ("paragraph",)]
    assert art.articles.loc[0, ["headline", "published"]].tolist() == [
        "Marburg virus disease - United Republic of Tanzania", "2025-01-24"]


@pytest.mark.parametrize("fields", [
    "Appeal No.: MDRBD035\nGlide No.: FL-2025-000112-BGD\nReporting period: 7 – 20 March 2025",
    "Incident ID: INC-2024-0117\nSeverity: SEV-1\nStatus: Resolved",
])
def test_a_reports_header_fields_are_meta(fields):
    art = ak.parse_article("Bangladesh: monsoon floods emergency appeal\n\n" + fields + "\n\n"
                           "Floods have affected 1.2 million people, the IFRC said.\n")
    assert rows(art, "kind") == [("headline",), ("meta",), ("meta",), ("meta",), ("paragraph",)]
    assert art.figures["text"].tolist() == ["1.2 million"]


@pytest.mark.parametrize("fields", [
    "Next release: 12 December 2025\n\nFrequency: Quarterly",
    "**Next release:** 12 December 2025\n\n**Reference period**: July to September 2025",
])
def test_a_statistical_releases_fields_are_meta(fields):
    art = ak.parse_article("Jobless rate holds steady\n\nThe jobless rate was 4.1% in the third "
                           "quarter, the statistics office said.\n\n" + fields + "\n\n"
                           "The next release will be on 12 December, the office said.\n")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("meta",), ("meta",),
                                 ("paragraph",)]
    assert art.figures["text"].tolist() == ["4.1%", "12 December"]


DOJ_RELEASE = ("Two Men Indicted for Operating Darknet Marketplace\n\n"
               "ALEXANDRIA, Va. – A federal grand jury returned a 14-count indictment today, "
               "prosecutors said.\n\n{fields}\n\nUpdated November 6, 2024\n")


@pytest.mark.parametrize("fields", [
    "Topic: Drug Trafficking\n\nComponent: USAO - Virginia, Eastern\n\n"
    "Press Release Number: 24-412",
    # set as headings over their values, as the Justice Department's pages print them
    "## Topic\nDrug Trafficking\n## Component\nUSAO - Virginia, Eastern\n"
    "## Press Release Number:\n24-412",
])
def test_a_justice_department_releases_fields_are_meta_and_give_no_figure(fields):
    art = ak.parse_article(DOJ_RELEASE.format(fields=fields), fmt="markdown")
    kinds = art.blocks["kind"].tolist()
    assert kinds[:2] == ["headline", "paragraph"]
    assert set(kinds[2:]) == {"meta"}
    assert art.figures["text"].tolist() == ["Two", "14-count"]
    assert art.claims["section"].isna().all()


@pytest.mark.parametrize("contact", ["## Contact", "Contact", "**Contact:**"])
def test_a_contact_heading_makes_the_press_officer_under_it_boilerplate(contact):
    art = ak.parse_article(DOJ_RELEASE.format(
        fields=f"{contact}\nJoshua Stueve, Public Affairs Officer, (703) 842-4050"),
        fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "boilerplate",
                                           "boilerplate", "meta"]
    assert art.figures["text"].tolist() == ["Two", "14-count"]


@pytest.mark.parametrize(("fields", "kinds"), [
    # a heading over a sentence heads its section
    ("## Status\n\nThe bridge stays shut until May, the council said.", ["heading", "paragraph"]),
    ("## Topic\n\n## The Vote", ["heading", "heading"]),
    ("Contact with the two men was lost in 2023, agents said.", ["paragraph"]),
])
def test_a_heading_named_like_a_field_over_a_sentence_stays_a_heading(fields, kinds):
    art = ak.parse_article(DOJ_RELEASE.format(fields=fields), fmt="markdown")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", *kinds, "meta"]


@pytest.mark.parametrize("issuer", [
    "Human Rights Monitoring Mission in Ukraine",
    "U.S. Attorney's Office, Eastern District of Virginia",
    "Office for the Coordination of Humanitarian Affairs",
    "Ministry of Foreign Affairs",
])
def test_the_issuers_name_under_the_headline_is_meta_not_a_dek(issuer):
    art = ak.parse_article("UN monitors record highest monthly civilian toll\n\n"
                           f"{issuer}\n\nGeneva, 10 April 2025 – At least 164 civilians were "
                           "killed in March, the mission said.\n")
    assert rows(art, "kind", "section") == [("headline", None), ("meta", None),
                                            ("paragraph", None)]
    assert art.claims["text"].tolist() == [
        "UN monitors record highest monthly civilian toll",
        "At least 164 civilians were killed in March, the mission said."]


def test_a_justice_department_releases_header_gives_the_dek_only():
    art = ak.parse_article(
        "Two Men Indicted for Operating Darknet Fentanyl Marketplace\n\n"
        "*Defendants allegedly sold counterfeit pills to buyers in 42 states*\n\n"
        "For Immediate Release\n\nU.S. Attorney's Office, Eastern District of Virginia\n\n"
        "ALEXANDRIA, Va. – A federal grand jury returned a 14-count indictment today.\n")
    assert rows(art, "kind", "section") == [("headline", None), ("dek", None), ("meta", None),
                                            ("meta", None), ("paragraph", None)]
    assert art.figures["text"].tolist() == ["Two", "42", "14-count"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Police Arrest Two Men After Harbour Raid", "dek"),  # a verb after the body's word
    ("Bank of England Holds Rates Steady", "dek"),
    ("## Ministry of Defence", "heading"),  # a section the writer marked
])
def test_a_title_case_subhead_or_a_marked_heading_naming_a_body_is_no_issuer(line, kind):
    art = ak.parse_article("# Harbour raid ends in arrests\n\n" + line + "\n\nKELLHAVEN – "
                           "Two men were arrested on Tuesday, police said.\n", fmt="markdown")
    assert rows(art, "kind")[:2] == [("headline",), (kind,)]


def test_a_un_releases_header_is_meta_over_its_headline():
    art = ak.parse_article("SC/15998\n12 March 2025\nSecurity Council\n9876th Meeting (AM)\n\n"
                           "Humanitarian Situation in Sudan Catastrophic, Top Relief Official "
                           "Tells Security Council\n\nThe situation in Sudan is catastrophic, "
                           "the top UN relief official told the Security Council today.\n")
    assert rows(art, "kind") == [("meta",)] * 4 + [("headline",), ("paragraph",)]
    assert art.figures.empty


def test_a_key_figures_box_names_each_figure_by_the_words_after_it():
    art = ak.parse_article("# Sudan: situation report\n\n## Key figures\n\n"
                           "- **30.4M** people in need\n- 20.9M people targeted\n"
                           "- **US$ 4.2B** required\n- 1,200 people died\n\n"
                           "Fighting continued in Darfur, the UN said on Friday.\n",
                           fmt="markdown")
    assert art.figures[["text", "kind", "subject"]].values.tolist() == [
        ["30.4M", "count", "people in need"], ["20.9M", "count", "people targeted"],
        ["US$ 4.2B", "money", "required"], ["1,200", "count", "people"]]


@pytest.mark.parametrize("stamp", [
    "Stand: 12.03.2025", "12.03.2025, 14:35 Uhr", "Aktualisiert am 12.03.2025 um 14:35 Uhr",
    "Actualizado 12/03/2025 14:35", "Publié le 12/03/2025 à 14:35",
    "Mis à jour le 12/03/2025 à 14h35", "Publicado: 12.03.2025 | 14:35",
    "12. März 2025, 14:35 Uhr", "Updated 3/12/2025", "Updated 25/03/2025",
    # a second stamp after a space, its time ago in the page's language
    "12/03/2025 09h05 Atualizado há 2 horas", "12/03/2025 14:35 Aktualisiert vor 3 Stunden"])
def test_stamps_with_dates_in_digits_give_the_published_date(stamp):
    art = ak.parse_article("Hochwasser in Bayern: Tausende evakuiert\n\n" + stamp + "\n\n"
                           "Das Wasser stieg am Montag um zwei Meter, sagte ein Sprecher.\n")
    assert rows(art, "kind") == [("headline",), ("meta",), ("paragraph",)]
    expected = "2025-03-25" if "25/03" in stamp else "2025-03-12"
    assert art.articles.loc[0, "published"] == expected


@pytest.mark.parametrize(("line", "author"), [
    ("A report by the Institute for Dryland Studies", "Institute for Dryland Studies"),
    ("*A policy brief from the Centre for Cities*", "Centre for Cities"),
    ("Prepared by the Office of the Auditor General", "Office of the Auditor General"),
    ("Research paper by Ana Ruiz and Tom Lee", "Ana Ruiz; Tom Lee"),
])
def test_a_documents_credit_line_under_its_title_names_the_author(line, author):
    art = ak.parse_article("# Water security in the Sahel\n\n" + line + "\n\n"
                           "## 1 Introduction\n\nRainfall in the region fell 20% between "
                           "1990 and 2020, the report says.\n\n## 2 Findings\n\n"
                           "About 4.2 million people depend on wells that are drying.\n")
    assert rows(art, "kind")[:3] == [("headline",), ("meta",), ("heading",)]
    assert art.articles.loc[0, ["author", "title"]].tolist() == [
        author, "Water security in the Sahel"]
    assert art.figures["text"].tolist() == ["20%", "1990 and 2020", "About 4.2 million"]


@pytest.mark.parametrize("top", [
    "",  # the credit first
    "EMBARGOED UNTIL 23:30 BST, WEDNESDAY 9 JULY 2025\n\n",
])
def test_a_releases_credit_line_over_its_headline_is_meta_and_names_the_issuer(top):
    art = ak.parse_article(f"{top}Press release from Kestrel University\n\nGut bacteria may "
                           "predict who responds to immunotherapy, study suggests\n\nPatients "
                           "with a diverse gut microbiome were twice as likely to respond, "
                           "researchers said.\n")
    assert art.blocks["kind"].tolist()[-3:] == ["meta", "headline", "paragraph"]
    assert art.articles.loc[0, ["author", "headline"]].tolist() == [
        "Kestrel University",
        "Gut bacteria may predict who responds to immunotherapy, study suggests"]
    assert art.claims["text"].tolist() == [
        "Gut bacteria may predict who responds to immunotherapy, study suggests",
        "Patients with a diverse gut microbiome were twice as likely to respond, researchers "
        "said."]


@pytest.mark.parametrize("line", [
    "The release from prison of Alan Ward",  # a release, no credit
    "Press release from Kestrel University angers staff",  # no name alone: a headline
])
def test_a_release_that_is_no_credit_line_stays_the_headline(line):
    art = ak.parse_article(f"{line}\n\nThe decision was made on Tuesday, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"]
    assert pd.isna(art.articles.loc[0, "author"])


@pytest.mark.parametrize("line", [
    "A report by the end of the year is due",  # no credit: a time
    "A new report from Amnesty International finds 30 deaths.",  # a sentence, a dek
])
def test_a_line_that_only_mentions_a_report_is_no_credit(line):
    art = ak.parse_article("# Water security in the Sahel\n\n" + line + "\n\n"
                           "Rainfall in the region fell 20% between 1990 and 2020.\n")
    assert pd.isna(art.articles.loc[0, "author"])
    assert "meta" not in art.blocks["kind"].tolist()


def test_a_headings_number_names_its_section_only_where_headings_count_in_sequence():
    report = ("# Water security\n\n## 1 Introduction\n\nWells are drying.\n\n"
              "## 2 Findings\n\n### 2.1 Groundwater\n\nAbout 4.2 million people depend "
              "on wells.\n")
    assert ak.parse_article(report, fmt="markdown").figures["text"].tolist() == [
        "About 4.2 million"]
    listicle = "# Bills\n\n## 5 Ways to Cut Your Energy Bills\n\nTurn the heating down.\n"
    (figure,) = ak.parse_article(listicle, fmt="markdown").figures.itertuples()
    assert (figure.text, figure.value, figure.subject) == ("5", 5.0, "Ways")


def test_a_role_or_desk_after_a_name_in_a_pages_author_field_is_no_author():
    page = ("<html><head><title>Trial</title></head><body><article>"
            "<h1>Weekly drug slows kidney decline</h1><p class=\"byline\">By Priya Raman, "
            "Senior Medical Correspondent and Tom Reed, Science Desk</p><p>A weekly injection "
            "cut the risk of kidney failure by 24%, researchers reported on Monday.</p>"
            "<p>The trial enrolled 3,533 participants across 28 countries.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles.loc[0, "author"] == "Priya Raman; Tom Reed"


def test_an_ansa_dateline_and_sign_off():
    art = ak.parse_article(
        "Alluvione in Emilia-Romagna, danni per 1,2 miliardi di euro\n\n"
        "Il governo stanzia i primi fondi. Oltre 15.000 persone ancora fuori casa\n\n"
        "ROMA, 12 MAR - Ammontano a circa 1,2 miliardi di euro i danni provocati "
        "dall'alluvione che ha colpito l'Emilia-Romagna e parte delle Marche.\n\n"
        "Il bilancio delle vittime è salito a nove, secondo la Protezione civile.\n\n(ANSA).\n")
    assert rows(art, "kind") == [("headline",), ("dek",), ("paragraph",), ("paragraph",),
                                 ("boilerplate",)]
    assert art.articles.loc[0, "dateline"] == "ROMA"
    assert art.claims["text"].tolist()[3].startswith("Ammontano a circa 1,2 miliardi")


@pytest.mark.parametrize(("line", "author"), [
    ("Por Ana Carolina Mendes e Rafael Teixeira", "Ana Carolina Mendes; Rafael Teixeira"),
    ("Par Jean Dupont et Marie Curie", "Jean Dupont; Marie Curie"),
    ("Von Hans Müller und Anna Schmidt", "Hans Müller; Anna Schmidt"),
])
def test_a_bylines_names_joined_in_other_languages(line, author):
    art = ak.parse_article("# Chuvas deixam 3 mil desalojados no Sul\n\n" + line + "\n\nAs "
                           "chuvas deixaram 14 mortos, informou a Defesa Civil.\n")
    assert rows(art, "kind")[:3] == [("headline",), ("meta",), ("paragraph",)]
    assert art.articles.loc[0, "author"] == author


def test_minutes_and_listicle_lines_read_as_text_credits_and_labels():
    art = ak.parse_article(
        "Minutes of the meeting\n\n"
        "RESOLVED: That the capital programme be approved. (For 10, Against 2, Abstentions 1)\n\n"
        "A season ticket from Reading costs £5,400 a year. (ORR data)\n\n"
        "One in five households rents privately.\n\n"
        "[Source: English Housing Survey 2023-24]\n\n"
        "RESOLVED: That the fees schedule for 2025/26 be adopted.\n")
    # a sentence with a bracketed aside after it is no heading; a bracketed credit is a source
    assert [kind for (kind,) in rows(art, "kind")] == [
        "headline", "paragraph", "paragraph", "paragraph", "sources", "paragraph"]
    assert art.claims[["text", "label", "attribution"]].astype(object).where(
        art.claims[["text", "label", "attribution"]].notna(), None).values.tolist()[1:] == [
        ["That the capital programme be approved.", "RESOLVED", None],
        ["A season ticket from Reading costs £5,400 a year.", None, None],
        ["One in five households rents privately.", None, None],
        ["That the fees schedule for 2025/26 be adopted.", "RESOLVED", None]]
    assert art.sources["title"].tolist() == ["English Housing Survey 2023-24"]


def test_a_headings_section_number_is_no_figure():
    art = ak.parse_article("# Ten numbers on housing\n\n## 1. 1.2 million homes\n\n"
                           "There are 1.2 million households on waiting lists.\n\n"
                           "## 7.1 Temporary accommodation\n\n"
                           "Members declared an interest in item 7.2 and left.\n\n"
                           "## 3.5 million homes built since 2010\n")
    assert art.figures["text"].tolist() == ["Ten", "1.2 million", "1.2 million", "3.5 million",
                                            "2010"]


def test_the_date_on_the_line_under_a_byline_with_a_role_is_its_own_line():
    art = ak.parse_article("Labour lead widens to 17 points\n\nBy Anthony Wells, Head of European "
                           "Political Research\n6 June 2025\n\nLabour leads the Conservatives by "
                           "17 points, the latest poll shows.\n")
    assert rows(art, "kind") == [("headline",), ("meta",), ("meta",), ("paragraph",)]
    assert art.articles.loc[0, ["author", "published"]].tolist() == ["Anthony Wells",
                                                                     "2025-06-06"]


@pytest.mark.parametrize(("line", "author"), [
    ("By Ann Lee, Bo Kim and Cy Park", "Ann Lee; Bo Kim; Cy Park"),
    ("**Authors:** Fiona MacLeod¹, Tomasz Nowak², Priya Raman¹ ³",
     "Fiona MacLeod; Tomasz Nowak; Priya Raman"),
    ("By Ann Lee and Bo Kim, Reuters", "Ann Lee; Bo Kim"),
    ("By Ann Lee, Harbour Gazette", "Ann Lee"),
    ("By Ann Lee, Staff Writer", "Ann Lee"),
    ("**By Marisol Ochoa**, Weather and Climate Reporter", "Marisol Ochoa"),
    # where each writes from, after each name
    ("By Sara Nouri in Doha and James Holt in Jerusalem", "Sara Nouri; James Holt"),
    ("By Ann Lee in Kyiv, Bo Kim in Lviv and Cy Park in New York", "Ann Lee; Bo Kim; Cy Park"),
    ("By Nia Okoro at Lord's and Tom Hale at Wembley", "Nia Okoro; Tom Hale"),
    ("By Ann Lee and Bo Kim in Kyiv", "Ann Lee; Bo Kim"),
    # one place: what follows "and" may be a second place
    ("By Ann Lee in Kyiv and New York", "Ann Lee"),
    ("By Ann Lee in Trinidad and Tobago", "Ann Lee"),
])
def test_a_byline_lists_its_names_apart_from_its_outlet_and_role(line, author):
    art = ak.parse_article("# Heat pumps cut peak demand by a quarter\n\n" + line + "\n\nThe "
                           "trial enrolled 1,204 households in Scotland during the winter.\n")
    assert art.articles.loc[0, "author"] == author


def test_the_links_under_see_also_and_external_links_are_furniture():
    art = ak.parse_article("# Kestrelford\n\nKestrelford is a port city of 1.2 million people."
                           "\n\n## See also\n\n- List of cities in Valdmark\n- Orne Regatta\n\n"
                           "## External links\n\n- Official website of the City of Kestrelford\n")
    assert art.claims["text"].tolist() == ["Kestrelford is a port city of 1.2 million people."]


def test_notes_to_editors_is_a_notes_list():
    art = ak.parse_article("# Dental recovery plan expanded\n\nThe scheme will fund 2,500 more "
                           "appointments a week.[1]\n\n## Notes to editors\n\n1. NHS Business "
                           "Services Authority, dental activity data, 2024.\n")
    assert art.sources["outlet"].tolist() == ["NHS Business Services Authority"]
    assert len(art.citations) == 1


@pytest.mark.parametrize("line", [
    "This article is for information only and does not constitute investment advice.",
    "Disclaimer: Nothing in this article constitutes financial advice.",
])
def test_an_investment_disclaimer_is_boilerplate(line):
    art = ak.parse_article("Bitcoin rallies\n\nBitcoin rose 4% to $97,450 on Tuesday, traders "
                           "said.\n\n" + line + "\n")
    assert rows(art, "kind")[-1] == ("boilerplate",)


def test_a_bullet_separator_after_a_bylines_name():
    art = ak.parse_article("Bitcoin rallies to a record high\n\nBy Ravi Chandran • 15 January "
                           "2025\n\nBitcoin rose 4% to $97,450 on Tuesday, traders said.\n")
    assert art.articles.loc[0, ["author", "published"]].tolist() == ["Ravi Chandran",
                                                                     "2025-01-15"]


def test_a_tass_dateline():
    art = ak.parse_article("Зарплаты в России выросли за год\n\nМОСКВА, 12 марта. /ТАСС/. Средняя "
                           "зарплата выросла на 14 процентов, сообщил Росстат в среду.\n")
    assert art.articles.loc[0, ["dateline", "outlet"]].tolist() == ["МОСКВА", "ТАСС"]
    assert art.claims["text"].tolist()[-1].startswith("Средняя зарплата")


@pytest.mark.parametrize(("sub", "kind"), [
    ("## The state pays for fewer births each year. Nurses like Dana Whitcombe pay the price.",
     "dek"),
    ("## Background", "heading"),
    ("## Why did the hospital close its maternity unit?", "heading"),
])
def test_a_subheading_of_sentences_under_the_headline_is_the_dek(sub, kind):
    art = ak.parse_article("# The last night shift\n\n" + sub + "\n\nAt 3 a.m. the unit is "
                           "quiet, and the nurses count the beds that will close next month.\n")
    assert rows(art, "kind")[1] == (kind,)


def test_a_pull_quote_of_an_earlier_paragraphs_words_is_a_repeat():
    art = ak.parse_article("# The last night shift\n\nAt 3 a.m. the unit is quiet. \"That's the "
                           "sound of nobody being born,\" says Dana Whitcombe, the midwife in "
                           "charge.\n\nThe unit will close in June after 40 years.\n\n> \"That's "
                           "the sound of nobody being born.\"\n")
    assert art.blocks["duplicate_of"].tolist()[3] == 2
    assert "That's the sound" not in " ".join(art.claims["text"].tolist()[3:])
    assert (art.audit()["check"] == "repeated_text").any()


BBC_STYLE_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Flood barrier delayed by two years - BBC News</title></head><body><article>
<h1 id="main-heading">Flood barrier delayed by two years</h1>
<div data-testid="byline-name">By Fiona Hartley</div>
<time datetime="2025-03-11T06:02:14.000Z">11 March 2025</time>
<div data-component="text-block"><p>A flood barrier meant to protect 1,200 homes will not be
finished until 2027, the Environment Agency has said.</p></div>
<div data-component="text-block"><p>The £38m scheme was approved in 2020 after storms flooded
the harbour three times in one winter.</p></div>
<div data-component="text-block"><p><i>Follow BBC Cornwall on <a href="#">Facebook</a>,
<a href="#">X</a> and <a href="#">Instagram</a>. Send your story ideas to
<a href="#">spotlight@bbc.co.uk</a>.</i></p></div>
<section data-component="links-block"><h2>More on this story</h2><ul>
<li><a href="/n/1">Storm leaves harbour homes under water</a><span>Published 3 December
2023</span></li>
<li><a href="/n/2">Flood defence plan gets go-ahead</a><span>Published 14 June 2020</span></li>
</ul></section></article></body></html>"""


def test_a_broadcaster_page_keeps_its_date_and_byline_and_drops_its_link_list():
    art = ak.parse_article(BBC_STYLE_PAGE, fmt="html")
    meta = art.articles.iloc[0]
    # the <time> of the article, not the oldest date of a related story
    assert meta["published"] == "2025-03-11"
    assert meta["author"] == "Fiona Hartley"
    # the related stories and the call to follow the channel are no claims
    assert [text.split(",")[0] for text in art.claims["text"]] == [
        "Flood barrier delayed by two years",
        "A flood barrier meant to protect 1",
        "The £38m scheme was approved in 2020 after storms flooded the harbour three times in "
        "one winter."]


def test_wire_pages_drop_their_promos_and_credit_trailers_and_name_case_their_bylines():
    page = ("<html><head><title>Wildfire | AP News</title></head><body><main>"
            "<h1>Wildfire forces evacuation of mountain town</h1>"
            "<div class='Page-byline'>By ANN LEE and BO KIM</div><div class='RichTextStoryBody'>"
            "<p>PINE HOLLOW, Colo. (AP) — Hundreds of residents were ordered to leave their "
            "homes Monday, fire officials said.</p>"
            "<p>Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
            "newsletter. Sign up here.</p>"
            "<p>About 1,800 people live in Pine Hollow, a former mining town.</p><p>___</p>"
            "<p>Lee reported from Denver. Associated Press writer Carla Ruiz in Phoenix "
            "contributed to this report.</p></div></main></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles["author"].iloc[0] == "Ann Lee; Bo Kim"
    assert art.claims["text"].tolist()[1:] == [
        "Hundreds of residents were ordered to leave their homes Monday, fire officials said.",
        "About 1,800 people live in Pine Hollow, a former mining town."]


@pytest.mark.parametrize("heading", ["## Notes to editors", "Note to editors:",
                                     "Editors' notes", "NOTES FOR EDITORS:", "Editor’s notes"])
def test_notes_to_editors_in_paragraphs_are_background_not_sources(heading):
    text = ("# Rural bus funding boost\n\nAround 300 rural bus routes will be protected under a "
            f"£95 million package announced today.\n\n{heading}\n\nThe funding is part "
            "of the Bus Services Improvement Plan budget.\n\nCouncils were told of their "
            "allocations in a letter sent on 10 March.\n")
    art = ak.parse_article(text, fmt="markdown")
    assert art.sources.empty
    assert art.blocks["section"].dropna().tolist() == [heading.lstrip("# ")] * 2
    assert art.claims["text"].tolist()[2:] == [
        "The funding is part of the Bus Services Improvement Plan budget.",
        "Councils were told of their allocations in a letter sent on 10 March."]
    numbered = text.replace("\n\nThe funding", "\n\n1. The funding").replace(
        "\n\nCouncils", "\n\n2. Councils")
    assert len(ak.parse_article(numbered, fmt="markdown").sources) == 2


def test_a_document_kind_on_a_masthead_line_is_no_outlet():
    art = ak.parse_article("Treasury Sanctions Procurement Network\n\nPress Release | November 19, "
                           "2024\n\nWASHINGTON — The Treasury Department today sanctioned 12 "
                           "companies.\n")
    meta = art.articles.iloc[0]
    assert pd.isna(meta["outlet"]) and meta["published"] == "2024-11-19"


def test_an_issuers_stamp_and_a_document_symbol_are_metadata():
    art = ak.parse_article("Heavy rain warning for Canterbury\n\nMet Service bulletin issued 11:00 "
                           "Monday 3 February 2025\n\nHeavy rain is expected from 6pm Tuesday, "
                           "forecasters said.\n\nSC/15890\n\nThe council met on Tuesday.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph", "meta", "paragraph"]
    meta = art.articles.iloc[0]
    assert meta["title"] == "Heavy rain warning for Canterbury"
    assert meta["published"] == "2025-02-03"
    assert art.claims["section"].isna().all()


@pytest.mark.parametrize(("notice", "published"), [
    ("EMBARGOED UNTIL 23:30 BST, WEDNESDAY 9 JULY 2025", "2025-07-09"),
    ("Embargoed: 00:01 GMT Tuesday 4 March 2025", "2025-03-04"),
    ("Embargoed until 00:01 GMT, Wednesday 13 November 2024", "2024-11-13"),
    ("Not for publication before 00:01 GMT Thursday 6 March 2025", "2025-03-06"),
    ("FOR IMMEDIATE RELEASE", None),
    ("**FOR IMMEDIATE RELEASE** | Wednesday, September 18, 2024", "2024-09-18"),
])
def test_a_releases_embargo_or_immediate_release_line_is_meta_over_its_headline(notice,
                                                                                published):
    art = ak.parse_article(f"{notice}\n\nBlood test spots pancreatic cancer years earlier\n\n"
                           "A new blood test detected 92% of early pancreatic cancers, "
                           "researchers said.\n")
    assert art.blocks["kind"].tolist() == ["meta", "headline", "paragraph"]
    meta = art.articles.iloc[0]
    assert meta["headline"] == "Blood test spots pancreatic cancer years earlier"
    assert (None if pd.isna(meta["published"]) else meta["published"]) == published
    assert pd.isna(meta["outlet"])
    assert art.claims["text"].tolist() == [
        "Blood test spots pancreatic cancer years earlier",
        "A new blood test detected 92% of early pancreatic cancers, researchers said."]
    assert art.figures["text"].tolist() == ["92%"]


@pytest.mark.parametrize("headline", [
    "Embargoed oil cargo seized off Oman",
    "Embargo: EU agrees ban on Russian gas imports",
    "For immediate release, the prisoners must wait",
])
def test_a_headline_about_an_embargo_or_a_release_stays_the_headline(headline):
    art = ak.parse_article(f"{headline}\n\nThe tanker was boarded on Tuesday, officials said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "paragraph"]
    assert art.articles["headline"].iloc[0] == headline


@pytest.mark.parametrize(("byline", "author"), [
    ("Door Pieter van den Berg", "Pieter van den Berg"),
    ("Autor: Anna Kowalczyk", "Anna Kowalczyk"),
])
def test_dutch_and_polish_bylines(byline, author):
    art = ak.parse_article(f"Banen verdwijnen in Rotterdam\n\n{byline}\n\nROTTERDAM (ANP) - Bij de "
                           "haven verdwijnen 1.250 banen, zei de directie dinsdag.\n")
    assert art.articles["author"].iloc[0] == author
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]


def test_a_place_and_date_line_is_the_release_date():
    art = ak.parse_article("Protection of Civilians in Ukraine\n\nGeneva, 7 March 2025\n\nAt least "
                           "123 civilians were killed in February, the mission said.\n")
    assert art.blocks["kind"].tolist() == ["headline", "meta", "paragraph"]
    assert art.articles["published"].iloc[0] == "2025-03-07"


@pytest.mark.parametrize("page", [
    # NYT names the summary in its id, the Washington Post in a test attribute after the
    # headline's wrapper, Le Monde in a "desc" class
    '<header><h1>Council approves road budget</h1><p id="article-summary" class="css-79rysd">'
    "The plan doubles spending on potholes after years of complaints.</p><p>By Ann Smith</p>"
    "</header><section><p>ALBANY — The city council approved a budget of $4.2 million, "
    "officials said.</p><p>Repairs begin in June.</p></section>",
    '<div class="headline"><h1>Council approves road budget</h1></div><h2 data-qa="subheadline">'
    "The plan doubles spending on potholes after years of complaints.</h2><div><p>The city "
    "council approved a budget of $4.2 million, officials said.</p><p>Repairs begin in June.</p>"
    "</div>",
    '<h1>Council approves road budget</h1><p class="article__desc">The plan doubles spending on '
    "potholes after years of complaints.</p><article><p>The city council approved a budget of "
    "$4.2 million, officials said.</p><p>Repairs begin in June.</p></article>",
])
def test_standfirsts_named_by_id_test_attribute_or_desc_class(page):
    art = ak.parse_article(f"<html><body><main>{page}</main></body></html>", fmt="html")
    assert art.blocks["kind"].tolist()[:2] == ["headline", "dek"]


def test_news_site_furniture_between_and_after_paragraphs_is_boilerplate():
    page = ("<html><body><article><h1>Floods in southern Pakistan: Live updates</h1>"
            "<p>The city council approved a budget of $4.2 million, officials said.</p>"
            "<p>Story continues below advertisement</p><p>Repairs will begin in June.</p>"
            "<p>SKIP ADVERTISEMENT</p><p>The rest of this article is reserved for subscribers.</p>"
            "<p>Subscribe for €5.99 a month. Cancel anytime.</p>"
            "<p>Jane Doe is a reporter covering local government in the District.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert art.articles["headline"].iloc[0] == "Floods in southern Pakistan: Live updates"
    assert art.claims["text"].tolist()[1:] == [
        "The city council approved a budget of $4.2 million, officials said.",
        "Repairs will begin in June."]
    assert art.claims["section"].isna().all()


def test_a_live_blog_card_labels_its_entry_with_its_time():
    card = ('<div class="card"><div class="hdr"><time>{t}</time></div><h2>{h}</h2>'
            '<div class="body"><p>{p}</p></div></div>')
    entries = [("11:42", "Budget approved", "The council approved a budget of $4.2 million."),
               ("10:15", "Mayor speaks", "Mayor Ann Lowe said repairs would begin in June."),
               ("08:30", "Survey", "Residents had complained for years, a survey found.")]
    page = "<html><body><article><h1>Council budget vote</h1>" + "".join(
        card.format(t=t, h=h, p=p) for t, h, p in entries) + "</article></body></html>"
    art = ak.parse_article(page, fmt="html")
    assert art.claims["label"].tolist()[1:] == ["11:42", "10:15", "08:30"]
    assert art.claims["section"].tolist()[1:] == ["Budget approved", "Mayor speaks", "Survey"]


def test_a_script_inside_a_heading_is_no_text():
    art = ak.parse_article('<html><body><article><h1>Floods hit north<script>var x="stolen";'
                           "</script></h1><p>The ministry said 25,000 people were displaced.</p>"
                           "</article></body></html>", fmt="html")
    assert art.articles["title"].iloc[0] == "Floods hit north"
    assert "stolen" not in art.text


def test_nested_quotes_and_links_with_brackets_in_their_address():
    art = ak.parse_article(">> The ministry said 25,000 people were displaced.\n\nOfficials said "
                           "[Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)) has no "
                           "moons.\n", fmt="markdown")
    assert art.claims["text"].tolist() == ["The ministry said 25,000 people were displaced.",
                                           "Officials said Mercury has no moons."]


def test_a_markdown_link_as_a_numbered_source_entry():
    art = ak.parse_article("The ministry said 5 people died [1].\n\n## Sources\n\n"
                           "1. [Reuters](https://reuters.com/a)\n", fmt="markdown")
    assert art.sources[["marker", "outlet", "url"]].values.tolist() == [
        ["1", "Reuters", "https://reuters.com/a"]]
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [[1, 1]]


# --- Fact checks ----------------------------------------------------------

def test_a_headline_that_denies_a_claim_is_no_repeat_of_it():
    art = ak.parse_article(
        "It is false that the government raised VAT on electricity to 40%\n\nBy Ana Ruiz\n\n"
        'Claim: "The government raised VAT on electricity to 40%."\n\nRating: False\n')
    assert rows(art, "kind", "label") == [
        ("headline", None), ("meta", None), ("paragraph", "Claim"), ("paragraph", "Rating")]
    assert art.blocks["duplicate_of"].isna().all()
    assert art.claims["label"].astype(object).tolist()[1] == "Claim"
    # the same words without the denial stay a repeat
    repeat = ak.parse_article("The government raised VAT on electricity to 40 percent\n\n"
                              "By Ana Ruiz\n\nThe government raised VAT on electricity to "
                              "40 percent.\n")
    assert art.blocks["duplicate_of"].isna().all()
    assert repeat.blocks["duplicate_of"].tolist()[-1] == 1


def test_a_fact_check_label_set_as_a_heading_labels_the_block_under_it():
    art = ak.parse_article(
        "# Did Walmart close 1,200 stores?\n\nBy Jo Lee\n\n## Claim:\n\nWalmart announced it "
        "would close 1,200 U.S. stores by June 2025.\n\n## Rating:\n\nFalse\n\n## Origin\n\n"
        "The rumor spread in March, the company said.\n", fmt="markdown")
    assert rows(art, "kind", "label")[2:] == [
        ("heading", None), ("paragraph", "Claim"), ("heading", None), ("paragraph", "Rating"),
        ("heading", None), ("paragraph", None)]


@pytest.mark.parametrize("heading", ["**Sources:**", "**Sources**", "Our Sources", "## Fuentes",
                                     "**Our sources**"])
def test_source_headings_in_emphasis_with_our_and_in_other_languages(heading):
    art = ak.parse_article(f"Did it happen?\n\nThe claim is false, the agency said.\n\n{heading}"
                           "\n\n- Agency data, 2024\n- Ministry report, 2023\n", fmt="markdown")
    assert rows(art, "kind") == [("headline",), ("paragraph",), ("sources",)]
    assert len(art.sources) == 2


def test_a_heading_in_emphasis_that_runs_on_is_no_source_list():
    art = ak.parse_article("Did it happen?\n\n**Sources of funding** are many, the agency said."
                           "\n", fmt="markdown")
    assert len(art.sources) == 0


CLAIM_REVIEW_PAGE = """<html><head><title>PolitiFact | No, the mayor did not cut 5,000 jobs</title>
<meta property="og:site_name" content="PolitiFact">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"ClaimReview",
 "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Mayor Tom Riley"},
   "datePublished":"2024-11-02"},
 "claimReviewed":"Mayor cut 5,000 police jobs",
 "author":{"@type":"Organization","name":"Eastbridge Fact Desk"},
 "datePublished":"2025-01-09"}
</script></head>
<body><article><h1>No, the mayor did not cut 5,000 jobs</h1>
<p>City payroll records show the force shrank by 312 officers between 2021 and 2024.</p>
</article></body></html>"""


def test_a_claim_review_dates_the_fact_check_and_og_site_name_names_the_site():
    art = ak.parse_article(CLAIM_REVIEW_PAGE, fmt="html")
    assert art.articles.loc[0, ["outlet", "published"]].tolist() == ["PolitiFact", "2025-01-09"]
    without_site = ak.parse_article(CLAIM_REVIEW_PAGE.replace(
        '<meta property="og:site_name" content="PolitiFact">', "").replace(
        "PolitiFact | ", ""), fmt="html")
    assert without_site.articles.loc[0, "outlet"] == "Eastbridge Fact Desk"


@pytest.mark.parametrize(("stamp", "date"), [
    ("Publicado el 12 de marzo de 2025", "2025-03-12"),
    ("Pubblicato il 12 marzo 2025 alle 14:32", "2025-03-12"),
    ("Veröffentlicht am 3. Jänner 2025", "2025-01-03"),
    ("Опубликовано 12 марта 2025", "2025-03-12"),
])
def test_date_stamps_in_other_languages_date_the_article(stamp, date):
    art = ak.parse_article(f"Inflation falls\n\n{stamp}\n\nPrices fell 2% in March, the "
                           "statistics office said.\n")
    assert art.articles.loc[0, "published"] == date
    assert rows(art, "kind")[1] == ("meta",)


# --- Briefing and call transcripts -------------------------------------------

@pytest.mark.parametrize(("question", "kind", "label"), [
    ("**Q: Is Cape Town safe?**", "paragraph", "Q"),
    ("__Q: Is Cape Town safe?__", "paragraph", "Q"),
    ("**Q:** Is Cape Town safe?", "paragraph", "Q"),
    # a bold question with no mark, and an FAQ's heading, head the answer
    ("**Is Cape Town safe?**", "heading", None),
    ("## Q: Is Cape Town safe?", "heading", None),
])
def test_a_bold_question_with_an_interviewers_mark_is_a_question_turn(question, kind, label):
    art = ak.parse_article("Drought expert warns of second Day Zero\n\nIn an interview with The Times, "
                           "Nomvula Dlamini discussed the risk of another water crisis.\n\n"
                           f"{question}\n\n**A:** No. The dams are only 62% full.\n\n"
                           "**Q: Are you optimistic?**\n\n**A:** Cautiously. Young engineers "
                           "understand the problem.\n", fmt="markdown")
    assert rows(art, "kind", "label")[2] == (kind, label)
    if label:
        assert art.claims["attribution"].tolist()[-2:] == ["Nomvula Dlamini"] * 2


_PODCAST_TURNS = ("Episode 12: The fight over the Fed\n\n"
                  "{host}Welcome back. I'm Marcus Oyelaran, and today I'm talking to Clara "
                  "Voss of Northgate Capital.\n\n"
                  "{guest}I think the Fed will cut twice this year.\n\n"
                  "{host2}Markets are pricing three cuts.\n\n"
                  "{guest2}Core inflation is still running at 3.1%.\n")


@pytest.mark.parametrize(("host", "guest", "host2", "guest2", "labels"), [
    # Rev and Otter: the name and the time alone over the turn
    ("Marcus Oyelaran (00:00:03):\n\n", "Clara Voss (00:00:09):\n\n",
     "Marcus Oyelaran (00:00:21):\n\n", "Clara Voss (00:00:25):\n\n",
     ["Marcus Oyelaran", "Clara Voss", "Marcus Oyelaran", "Clara Voss"]),
    # the time, then the name in mixed case
    ("[00:00:03] Marcus Oyelaran: ", "[00:00:09] Clara Voss: ",
     "[00:00:21] Marcus Oyelaran: ", "[00:00:25] Clara Voss: ",
     ["Marcus Oyelaran", "Clara Voss", "Marcus Oyelaran", "Clara Voss"]),
    # a role beside the name in capitals, then the surname alone
    ("[00:00:03] HOST (MARCUS OYELARAN): ", "[00:00:09] CLARA VOSS: ",
     "[00:00:21] OYELARAN: ", "[00:00:25] VOSS: ",
     ["MARCUS OYELARAN", "CLARA VOSS", "OYELARAN", "VOSS"]),
    ("MARCUS OYELARAN, HOST: ", "CLARA VOSS: ", "OYELARAN: ", "VOSS: ",
     ["MARCUS OYELARAN", "CLARA VOSS", "OYELARAN", "VOSS"]),
])
def test_podcast_transcript_speaker_labels_name_the_speaker(host, guest, host2, guest2, labels):
    art = ak.parse_article(_PODCAST_TURNS.format(host=host, guest=guest, host2=host2,
                                                 guest2=guest2))
    turns = art.blocks[art.blocks["kind"] == "paragraph"]
    assert turns["label"].tolist() == labels
    assert art.claims[["text", "attribution"]].values.tolist()[1:] == [
        ["I'm Marcus Oyelaran, and today I'm talking to Clara Voss of Northgate Capital.",
         "Marcus Oyelaran"],
        ["I think the Fed will cut twice this year.", "Clara Voss"],
        ["Markets are pricing three cuts.", "Marcus Oyelaran"],
        ["Core inflation is still running at 3.1%.", "Clara Voss"]]


@pytest.mark.parametrize("text", [
    # one name and a time once is no transcript's speaker line
    "Budget day\n\nClara Voss (00:00:09):\n\nThe chancellor cut fuel duty by 5p.\n",
    # a role the label roles do not list: no speaker beside it
    "Budget day\n\nWASHINGTON, REUTERS: The chancellor cut fuel duty by 5p.\n",
    # a show note's title after its time is no name
    "Budget day\n\n[00:00:09] Fuel Duty: The chancellor cut fuel duty by 5p.\n\n"
    "[00:01:09] Fuel Duty: Drivers will pay less.\n",
])
def test_names_and_times_that_are_no_speaker_labels(text):
    art = ak.parse_article(text)
    assert not art.blocks["label"].isin(["Clara Voss", "WASHINGTON", "Fuel Duty"]).any()
    assert art.claims["attribution"].isna().all()


BRIEFING = """Department Press Briefing

MR REYES: Good afternoon. The Secretary will travel to Nairobi next week.

More than 11 million people need food aid, and we are adding $120 million.

QUESTION: Reports say 12 trucks were looted. Can you confirm?

MR REYES: We have seen those reports. Aid groups say 40 trucks crossed on Monday.

Q. The governor of Texas says 40,000 troops are on standby.

MR REYES: I would refer you to the governor. [Crosstalk] We sent 300 advisers.

[00:12:31] MR REYES: The talks resumed on Friday, and 14 countries joined.

(The briefing was concluded at 2:31 p.m.)
"""


def test_a_briefing_transcript_keeps_its_turns():
    art = ak.parse_article(BRIEFING)
    assert rows(art, "kind", "label") == [
        ("headline", None), ("paragraph", "MR REYES"), ("paragraph", None),
        ("paragraph", "QUESTION"), ("paragraph", "MR REYES"), ("paragraph", "Q"),
        ("paragraph", "MR REYES"), ("paragraph", "MR REYES"), ("meta", None)]
    claims = art.claims[["text", "attribution"]].astype(object)
    assert [tuple(None if v != v else v for v in row) for row in claims.itertuples(index=False)
            ][1:] == [
        ("The Secretary will travel to Nairobi next week.", "Mr Reyes"),
        # a paragraph with no label goes on the turn before it
        ("More than 11 million people need food aid, and we are adding $120 million.",
         "Mr Reyes"),
        ("Reports say 12 trucks were looted.", "Reports"),
        ("We have seen those reports.", "Mr Reyes"),
        ("Aid groups say 40 trucks crossed on Monday.", "Aid groups"),
        # "Q." marks a question, dropped from its text
        ("The governor of Texas says 40,000 troops are on standby.", "governor of Texas"),
        ("I would refer you to the governor.", "Mr Reyes"),
        # a stage direction inside a turn is no part of what is said
        ("We sent 300 advisers.", "Mr Reyes"),
        # a timestamp before a speaker's label
        ("The talks resumed on Friday, and 14 countries joined.", "Mr Reyes")]


def test_an_unread_label_and_an_operator_end_a_turn():
    call = ("Q4 Earnings Call\n\nOperator: Good morning, and welcome to the call.\n\n"
            "TOM ALBRECHT: Revenue grew 11% to $4.82 billion.\n\nWe opened six new hubs.\n\n"
            "CARLA NUNES: Diluted EPS was $1.47.\n\nOperator: Our first question comes from "
            "Kevin Hara.\n\nKevin Hara: Your peers say volumes fell 3%.\n\nThat is a big "
            "change for the sector.\n\nTOM ALBRECHT: January volumes were up about 6%.\n\n"
            "CARLA NUNES: Pricing rose 4%.\n")
    speakers = ak.parse_article(call).claims["attribution"].astype(object)
    assert [None if v != v else v for v in speakers] == [
        None, None, "Tom Albrecht", "Tom Albrecht", "Carla Nunes", None,
        "Your peers", None, "Tom Albrecht", "Carla Nunes"]


def test_paragraphs_with_no_label_outside_a_transcript_keep_no_speaker():
    art = ak.parse_article("Harbour plan\n\nLOPEZ: A summer of works.\n\nThe port will "
                           "close in June for 12 weeks.\n")
    assert art.claims["attribution"].isna().tolist()[-1]


LONG_HEADLINE = ("Budget 2025: Sitharaman pegs fiscal deficit at 4.4% of GDP for FY26, raises capex "
                 "to Rs 11.21 lakh crore")


@pytest.mark.parametrize("dateline", ["NEW DELHI (Reuters) -", "NEW DELHI:"])
def test_a_long_headline_over_a_dateline_stays_the_headline(dateline):
    art = ak.parse_article(f"{LONG_HEADLINE}\n\nBy Anand Krishnan | New Delhi\n\n{dateline} "
                           "Finance Minister Nirmala Sitharaman on Saturday set a deficit target "
                           "of 4.4% of GDP.\n\nCapital expenditure was budgeted at Rs 11.21 lakh "
                           "crore.\n")
    assert art.articles.loc[0, ["headline", "dateline"]].tolist() == [LONG_HEADLINE, "NEW DELHI"]
    assert art.blocks["label"].isna().all()  # the place is no transcript speaker
    assert art.claims["attribution"].isna().all()


def test_a_caption_over_a_dateline_is_still_furniture():
    art = ak.parse_article("Rescuers carry a resident through a flooded street. (Photo: Ana Ruiz)"
                           "\n\nJAKARTA (Reuters) - Floods killed 12 people on Monday, officials "
                           "said.\n")
    assert rows(art, "kind")[0] == ("boilerplate",)


def test_a_wire_slug_is_no_part_of_the_headline():
    art = ak.parse_article("UPDATE 2-Death toll from English dam collapse rises to 27\n\n"
                           "LONDON, March 10 (Reuters) - The death toll from the collapse of a "
                           "dam rose to 27 on Monday, police said.\n")
    assert art.articles.loc[0, "headline"] == "Death toll from English dam collapse rises to 27"
    assert art.figures["text"].tolist() == ["27", "27"]


@pytest.mark.parametrize("time", ["", "08:01 GMT – ", "08:01 ", "**08:01** "])
def test_a_live_blogs_welcome_post_is_boilerplate_with_its_entry_time_or_without(time):
    art = ak.parse_article("Ukraine war live: Kyiv hit by drones\n\n"
                           f"{time}Welcome to our live coverage of the war in Ukraine. I'm Sara "
                           "Nouri and I'll be bringing you the latest updates.\n\n"
                           "08:15 GMT – The air force says 40 drones were shot down.\n")
    assert rows(art, "kind", "label") == [("headline", None), ("boilerplate", None),
                                          ("paragraph", "08:15 GMT")]
    assert art.claims["text"].tolist() == ["Ukraine war live: Kyiv hit by drones",
                                           "The air force says 40 drones were shot down."]


def test_a_live_entry_that_only_mentions_live_coverage_stays_an_entry():
    art = ak.parse_article("Ukraine war live: Kyiv hit by drones\n\n"
                           "08:20 GMT – Ukraine's public broadcaster has suspended its live "
                           "coverage of the parliament after an air raid warning, officials "
                           "said on Tuesday morning.\n")
    assert rows(art, "kind", "label") == [("headline", None), ("paragraph", "08:20 GMT")]


def test_a_live_entry_time_in_bold_labels_the_entry():
    art = ak.parse_article("# Dam collapse: live\n\n**20:40** The fire service says 112 people "
                           "were rescued.\n\n**21:15** Chief Constable Martin Eades said 19 "
                           "people are missing.\n", fmt="markdown")
    assert art.claims["label"].tolist()[1:] == ["20:40", "21:15"]
    assert art.claims["attribution"].tolist()[1:] == ["fire service",
                                                      "Chief Constable Martin Eades"]


@pytest.mark.parametrize(("line", "place", "outlet"), [
    ("LONDRES, 11 mar (Agencia Atlántica) - Al menos 27 personas murieron.", "LONDRES",
     "Agencia Atlántica"),
    ("LISBOA, 12 mar (Lusa) - As chuvas mataram 3 pessoas.", "LISBOA", "Lusa"),
])
def test_agency_datelines_with_an_abbreviated_month_of_their_language(line, place, outlet):
    art = ak.parse_article(f"Presa rota\n\n{line}\n")
    assert art.articles.loc[0, ["dateline", "outlet"]].tolist() == [place, outlet]
    assert art.figures["value"].tolist()[0] != 11.0


@pytest.mark.parametrize(("line", "fields", "claim"), [
    # a dateline's date with its year is the published date
    ("Lisboa, 28 abr 2025 (Lusa) - As chuvas mataram 3 pessoas.",
     ["Lisboa", "Lusa", "2025-04-28"], "As chuvas mataram 3 pessoas."),
    # ANSA's web pages put the agency first; no year, no date
    ("(ANSA) - BOLOGNA, 19 OTT - Sono circa 1.200 le persone evacuate.",
     ["BOLOGNA", "ANSA", None], "Sono circa 1.200 le persone evacuate."),
    # a date in digits, day first
    ("Brasília, 15/03/2025 (Agência Brasil) - O governo cortou R$ 1,2 bilhão.",
     ["Brasília", "Agência Brasil", "2025-03-15"], "O governo cortou R$ 1,2 bilhão."),
    ("Brasília, 5/3/2025 (Agência Brasil) - O governo cortou R$ 1,2 bilhão.",
     ["Brasília", "Agência Brasil", "2025-03-05"], "O governo cortou R$ 1,2 bilhão."),
    # the agency alone, no place: an outlet's dateline as before
    ("(ANSA) - Sono circa 1.200 le persone evacuate.", [None, "ANSA", None],
     "Sono circa 1.200 le persone evacuate."),
    # a date in digits in a sentence's opening is no dateline
    ("Em 15/03/2025 o governo cortou R$ 1,2 bilhão.", [None, None, None],
     "Em 15/03/2025 o governo cortou R$ 1,2 bilhão."),
])
def test_an_agency_dateline_gives_its_place_outlet_and_date(line, fields, claim):
    art = ak.parse_article(f"Presa rota a Faenza\n\n{line}\n")
    values = art.articles.loc[0, ["dateline", "outlet", "published"]].astype(object).tolist()
    assert [None if v != v else v for v in values] == fields
    assert art.claims["text"].tolist()[1] == claim


def test_a_transcript_turn_ends_at_an_unread_label_a_stage_direction_and_a_question():
    art = ak.parse_article(
        "Sunday Matters\n\nCORLISS: Gas prices are up 18 cents.\n\nHART: Prices are lower than "
        "two years ago.\n\nWe released 30 million barrels.\n\nCORLISS: Critics say it did "
        "nothing.\n\nSEN. PAUL DYER (R-OH): A nickel at the pump, maybe.\n\nHART: The reserve "
        "holds 395 million barrels.\n\n(COMMERCIAL BREAK)\n\nCopyright 2025 Channel 9 News.\n\n"
        "HART: We added 26 gigawatts.\n\nReporters were told 12 trucks were looted. Can you "
        "confirm?\n")
    speakers = art.claims["attribution"].astype(object)
    assert [None if v != v else v for v in speakers] == [
        "Corliss", "Hart", "Hart", "Critics", None, "Hart", "Hart", None]
    assert art.blocks["kind"].tolist()[7:9] == ["meta", "boilerplate"]


@pytest.mark.parametrize("entries", [
    "FBI, Crime Data Explorer, accessed March 10, 2025\nRebecca Thornton, speech in Dayton, "
    "Feb. 28, 2025\nThornton for Ohio, fundraising email, March 3, 2025",
    "FBI, Crime Data Explorer, accessed March 10, 2025\n\nRebecca Thornton, speech in Dayton, "
    "Feb. 28, 2025\n\nThornton for Ohio, fundraising email, March 3, 2025",
])
def test_dated_source_entries_one_a_line_or_a_paragraph(entries):
    art = ak.parse_article(f"Did crime fall?\n\nCrime fell 5%, the FBI said.\n\nOur Sources\n"
                           f"\n{entries}\n")
    assert len(art.sources) == 3
    assert art.blocks["kind"].tolist() == ["headline", "paragraph", "sources"]


# --- a standfirst under the headline, not a second title --------------------

@pytest.mark.parametrize(("headline", "line", "kind"), [
    # a figure, a semicolon or more words than the headline: the standfirst
    ("Renters squeezed as average rents rise in a year",
     "Waiting list for social housing hits record 14,500 households", "dek"),
    ("Inflação oficial desacelera em agosto, aponta IBGE",
     "IPCA acumula alta em 12 meses; alimentos têm queda", "dek"),
    ("Tiroteio deixa três mortos na Zona Norte do Rio",
     "Segundo a PM, criminosos atiraram contra um bar em Madureira", "dek"),
    # a short name for the story under the headline stays its display title
    ("Letters to the editor", "Keep the library open", "title"),
    # under a sentence headline a page's display title stays one, figure and all
    ("Russia may recruit up to 25,000 North Korean workers to build drones.",
     "A military-industrial gamble: 25,000 workers for drones", "title"),
])
def test_a_line_under_the_headline_that_states_more_is_its_standfirst(headline, line, kind):
    art = ak.parse_article(f"{headline}\n\n{line}\n\nThe council said 1,032 families are "
                           "in temporary housing, up from 900 last year.\n")
    assert rows(art, "kind") == [("headline",), (kind,), ("paragraph",)]
    assert art.articles.loc[0, "title"] == (line if kind == "title" else headline)
    assert (line in art.claims["text"].tolist()) is (kind == "dek")


# --- a name or an outlet alone over the date stamp --------------------------

@pytest.mark.parametrize(("line", "stamp", "kind", "author"), [
    # ABC prints the reporter's name with no "By" over the stamp
    ("Jessica Tran", "Posted Tue 24 Jun 2025 at 5:42pm", "meta", "Jessica Tran"),
    ("Mary-Jane O'Neil", "Updated 24 June 2025", "meta", "Mary-Jane O'Neil"),
    # an outlet's desk credited after "Por"/"By": no author
    ("Por g1 Rio", "16/03/2025 08h12 · Atualizado há 3 horas", "meta", None),
    # a box's heading, a list's heading and a shouted name are no byline
    ("Key Findings", "Updated 24 June 2025", "heading", None),
    ("Top Stories", "Updated 24 June 2025", "boilerplate", None),
    ("JESSICA TRAN ABC", "Updated 24 June 2025", "heading", None),
    # "By the numbers" is lower case after "By"
    ("By the numbers", "Updated 24 June 2025", "heading", None),
])
def test_a_name_or_an_outlet_alone_over_the_date_stamp_is_the_byline(line, stamp, kind, author):
    art = ak.parse_article(f"Ratepayers face 3.5 per cent rise\n\n{line}\n\n{stamp}\n\n"
                           "Residential rates will rise 3.5 per cent, the council said.\n")
    assert rows(art, "kind")[:3] == [("headline",), (kind,), ("meta",)]
    value = art.articles.loc[0, "author"]
    assert (None if value != value else value) == author


def test_a_name_alone_under_the_headline_with_no_stamp_under_it_stays_a_heading():
    art = ak.parse_article("Three candidates for mayor\n\nMargaret Oduya\n\n"
                           "The former head teacher has led the council's Labour group "
                           "since 2019.\n")
    assert rows(art, "kind") == [("headline",), ("heading",), ("paragraph",)]
    assert art.articles.loc[0, "author"] != art.articles.loc[0, "author"]  # NA


def test_a_series_name_under_the_headline_is_no_issuer_and_its_sections_stay():
    art = ak.parse_article(
        "Cholera – Republic of Maralia\n\nDisease Outbreak News\n\n18 September 2025\n\n"
        "Situation at a glance\n\nThe ministry reported 1,204 cases in the week.\n")
    assert art.articles["title"].iloc[0] == "Cholera – Republic of Maralia"
    kinds = dict(zip(art.blocks["text"], art.blocks["kind"], strict=True))
    assert kinds["Situation at a glance"] == "heading"


@pytest.mark.parametrize(("lead_in", "claimed"), [
    ("Three other men were also sentenced:", True),
    ("Four people have been arrested:", True),
    ("Key 2024 highlights include:", False),
    ("Our main recommendations are:", False),
])
def test_a_lead_in_that_reports_what_happened_stays_a_claim(lead_in, claimed):
    art = ak.parse_article(
        "Court round-up\n\nThe court heard the case on Monday and gave its ruling.\n\n"
        f"{lead_in}\n\n- John Smith, 34, got two years.\n- Ann Lee, 29, got one year.\n")
    assert (lead_in in art.claims["text"].tolist()) is claimed


def test_a_title_case_name_under_the_headline_is_no_dek():
    art = ak.parse_article(
        "Town and Country Planning Act 1990\n\n"
        "Planning (Listed Buildings and Conservation Areas) Act 1990\n\n"
        "Notice is hereby given that an application has been made.\n")
    assert art.blocks["kind"].tolist()[:2] == ["headline", "title"]


def test_a_charts_caption_line_is_furniture_and_a_credit_after_a_sentence_no_claim():
    art = ak.parse_article(
        "Wheat exports hit a five-year high\n\n"
        "Chart: Exports by destination, million tonnes. Source: Ministry of Agriculture\n\n"
        "Graphic: Lena Ortiz | Source: FAO\n\nTable 2: Exports by port, 2024-2025\n\n"
        "The figures were compiled by analysts. Source: Reuters calculations based on customs "
        "data\n\nMap data shows the river rose 2 metres.\n")
    assert rows(art, "kind", "section") == [
        ("headline", None), ("boilerplate", None), ("boilerplate", None), ("boilerplate", None),
        ("paragraph", None), ("paragraph", None)]
    assert art.claims["text"].tolist() == [
        "Wheat exports hit a five-year high", "The figures were compiled by analysts.",
        "Map data shows the river rose 2 metres."]
    tennis = ak.parse_article("Wheat exports hit a five-year high\n\nTable tennis: England won "
                              "3-1, the federation said.\n")
    assert len(tennis.claims) == 2


@pytest.mark.parametrize("stamp", [
    "As of 10:00 local time, 14 November 2025",
    "Situation as of 14 November 2025, 18:00 (UTC+6)",
    "Figures as at 14 November 2025",
])
def test_a_situation_reports_as_of_stamp_is_meta_and_dates_it(stamp):
    art = ak.parse_article(f"Flash Update No. 4: Cyclone Mira\n\n{stamp}\n\nAs of 14 November "
                           "2025, 23 people have died, officials said.\n")
    assert rows(art, "kind", "section") == [("headline", None), ("meta", None),
                                            ("paragraph", None)]
    assert art.articles.loc[0, "published"] == "2025-11-14"


LETTERHEAD_RELEASE = (
    "OFFICE OF THE DISTRICT ATTORNEY\nCounty of Marlow\n\n"
    "221 Court Street, Suite 400, Easton, PA 18042\n\n{notice}\n\nNovember 12, 2025\n\n"
    "Easton man sentenced to 12 years for fentanyl trafficking\n\n"
    "District Attorney Karen Holt said Darnell Price, 34, was sentenced on Tuesday.\n")


@pytest.mark.parametrize("notice", ["NEWS RELEASE", "FOR IMMEDIATE RELEASE"])
def test_an_offices_letterhead_over_a_releases_notice_is_meta(notice):
    art = ak.parse_article(LETTERHEAD_RELEASE.format(notice=notice))
    assert rows(art, "kind") == [("meta",)] * 5 + [("headline",), ("paragraph",)]
    assert art.articles.loc[0, ["headline", "published"]].tolist() == [
        "Easton man sentenced to 12 years for fentanyl trafficking", "2025-11-12"]


def test_a_headline_over_a_releases_notice_stays_the_headline():
    art = ak.parse_article("Acme posts record revenue for 2025\n\nFOR IMMEDIATE RELEASE\n\n"
                           "NEW YORK, March 3, 2026 -- Acme Corp said revenue rose 12% to $4 "
                           "billion.\n")
    assert rows(art, "kind") == [("headline",), ("meta",), ("paragraph",)]


@pytest.mark.parametrize(("line", "kind"), [
    ("Phone: (610) 555-0147", "boilerplate"),
    ("Tel: (020) 7946 0958 Email: press@met.example.org", "boilerplate"),
    ("(2024) 15 people were hurt in the blast.", "paragraph"),
])
def test_a_telephone_line_with_its_area_code_in_brackets_is_furniture(line, kind):
    art = ak.parse_article("Two arrested after harbour raid\n\nOfficers arrested two men on "
                           f"Tuesday, police said.\n\n{line}\n")
    assert rows(art, "kind")[-1] == (kind,)


@pytest.mark.parametrize(("line", "kind"), [
    ("Note: Figures are not seasonally adjusted and cover 680 items.", "meta"),
    ("**Notes:** Totals may not sum due to rounding.", "meta"),
    ("Note: the company did not respond to a request for comment.", "paragraph"),
])
def test_a_note_on_the_numbers_is_meta(line, kind):
    art = ak.parse_article("Inflation eases to 2.1% in October\n\nConsumer prices rose 2.1% in "
                           f"the year to October, the bureau said.\n\n{line}\n")
    assert rows(art, "kind")[-1] == (kind,)
    assert art.figures["text"].tolist() == ["2.1%", "2.1%"]
