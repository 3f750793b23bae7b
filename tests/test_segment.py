"""Sentence splitting: exact splits of sentences written for these tests, properties, speed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analystkit.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


CASES = [
    # Markdown emphasis closing after the stop
    ("**Verdict: 4 out of 5 stars.** The phone lasts two days. It is *cheap.* Buy it.",
     ["**Verdict: 4 out of 5 stars.**", "The phone lasts two days.", "It is *cheap.*",
      "Buy it."]),
    # plain terminal punctuation
    ("The port reopened on Monday. Ships queued outside.",
     ["The port reopened on Monday.", "Ships queued outside."]),
    ("Will the ferry run? Nobody knows! Officials are silent.",
     ["Will the ferry run?", "Nobody knows!", "Officials are silent."]),
    ("Really?! The mayor resigned.", ["Really?!", "The mayor resigned."]),
    # a unit after its number ends a sentence before a capital ("ms" is also the title)
    ("Latency rose from 38 ms to 610 ms. Median latency fell. He ran 5 km. Then he rested.",
     ["Latency rose from 38 ms to 610 ms.", "Median latency fell.", "He ran 5 km.",
      "Then he rested."]),
    ("She met Ms. Jones at 5 p.m. Monday.", ["She met Ms. Jones at 5 p.m. Monday."]),
    # titles, initials and abbreviations
    ("Dr. Amal Haddad met Gov. Ruth Osei and Sen. Ito on Friday.",
     ["Dr. Amal Haddad met Gov. Ruth Osei and Sen. Ito on Friday."]),
    # council titles ("Coun.", "Ald.", "Cllr.", Australia's "Cr.")
    ("Ward 2 Coun. Cameron Kroetsch said the levy would rise. Ald. Maria Lopez agreed.",
     ["Ward 2 Coun. Cameron Kroetsch said the levy would rise.", "Ald. Maria Lopez agreed."]),
    ("Cr. Jo Smith and Cllr. Ann Lee voted against it.",
     ["Cr. Jo Smith and Cllr. Ann Lee voted against it."]),
    # "cr." after a sum in crores still ends its sentence
    ("The plan costs Rs 500 cr. The state will pay.",
     ["The plan costs Rs 500 cr.", "The state will pay."]),
    ("The report by J. R. Tolland was late. It ran to 40 pages.",
     ["The report by J. R. Tolland was late.", "It ran to 40 pages."]),
    ("Troops from the U.S. Army arrived. The U.S. said nothing.",
     ["Troops from the U.S. Army arrived.", "The U.S. said nothing."]),
    ("She moved to the U.S. in 2019.", ["She moved to the U.S. in 2019."]),
    ("Talks resume on Jan. 12 in Geneva.", ["Talks resume on Jan. 12 in Geneva."]),
    ("The deal with Harlow & Co. closed. It was signed at 9 a.m. on Tuesday.",
     ["The deal with Harlow & Co. closed.", "It was signed at 9 a.m. on Tuesday."]),
    ("See p. 14 and No. 7, e.g. the annex.", ["See p. 14 and No. 7, e.g. the annex."]),
    # "No." before a word is the answer, not the abbreviation of "number"
    ("Did the dam hold? No. Water reached the mill by noon.",
     ["Did the dam hold?", "No.", "Water reached the mill by noon."]),
    ("Lots Nos. 2 and 9 went unsold.", ["Lots Nos. 2 and 9 went unsold."]),
    ("The wreck lies off Mt. Desert Island, Me. Divers found it.",
     ["The wreck lies off Mt. Desert Island, Me.", "Divers found it."]),
    ("It was me and I. Did you see King Henry I. Tudor?",
     ["It was me and I.", "Did you see King Henry I. Tudor?"]),
    # scale abbreviations of German copy run on ("Mrd. Euro"), but still end a sentence
    ("Die Neuverschuldung soll bei 51,3 Mrd. Euro liegen. Der Etat steigt.",
     ["Die Neuverschuldung soll bei 51,3 Mrd. Euro liegen.", "Der Etat steigt."]),
    ("Rund 3 Mio. Menschen leben dort. Das sagte er.",
     ["Rund 3 Mio. Menschen leben dort.", "Das sagte er."]),
    # numbers
    ("The fare is $2.50 now. It was $2.", ["The fare is $2.50 now.", "It was $2."]),
    ("Turnout was 58.3 percent. 2,000 ballots were void.",
     ["Turnout was 58.3 percent.", "2,000 ballots were void."]),
    # citation markers stay with the sentence they follow
    ("Prices rose.[1] Wages fell.[2][3] Rents held.[4, 5] Fees doubled.[^6] Taxes too.¹ End.",
     ["Prices rose.[1]", "Wages fell.[2][3]", "Rents held.[4, 5]", "Fees doubled.[^6]",
      "Taxes too.¹", "End."]),
    ("The treaty was signed in 2024[1][2]. It took effect in May.",
     ["The treaty was signed in 2024[1][2].", "It took effect in May."]),
    # quotations
    ('"We will rebuild," she said. "It will take years."',
     ['"We will rebuild," she said.', '"It will take years."']),
    ('"Can we rebuild?" Ortega asked. Nobody answered.',
     ['"Can we rebuild?" Ortega asked.', "Nobody answered."]),
    ("“Was it paid?” Wallace asked Trump. He paused.",
     ["“Was it paid?” Wallace asked Trump.", "He paused."]),
    ('He called it "a disaster." The council disagreed.',
     ['He called it "a disaster."', "The council disagreed."]),
    ("“Stay indoors,” the agency warned. “The storm is close.”",
     ["“Stay indoors,” the agency warned.", "“The storm is close.”"]),
    ("The minister (who declined to comment.) left early.",
     ["The minister (who declined to comment.) left early."]),
    # ellipses
    ("The talks stalled... Then a deal came.", ["The talks stalled...", "Then a deal came."]),
    ("He paused … and went on. Nobody spoke.", ["He paused … and went on.", "Nobody spoke."]),
    ("The letter read “we regret [...] the delay” and ended.",
     ["The letter read “we regret [...] the delay” and ended."]),
    # missing space, addresses
    ("The vote failed.Critics cheered.", ["The vote failed.", "Critics cheered."]),
    ("Write to press.office@example.org. Replies take a day.",
     ["Write to press.office@example.org.", "Replies take a day."]),
    ("Details are at https://example.org/a.b.html. The page is new.",
     ["Details are at https://example.org/a.b.html.", "The page is new."]),
    # lists and bullets written inline
    ("1. Close the valve. 2. Call the crew.", ["1. Close the valve.", "2. Call the crew."]),
    ("a) water b) food c) blankets", ["a) water", "b) food", "c) blankets"]),
    ("• Roads closed • Schools open", ["• Roads closed", "• Schools open"]),
    # line breaks: a headline above its paragraph, wrapped prose, a caption run on
    ("Floods Close Coastal Road\nThe road was shut on Sunday after heavy rain.",
     ["Floods Close Coastal Road", "The road was shut on Sunday after heavy rain."]),
    ("The council met late on Sunday evening to discuss the flood barrier and\n"
     "Emergency Services reported that the water had begun to recede overnight.",
     ["The council met late on Sunday evening to discuss the flood barrier and\n"
      "Emergency Services reported that the water had begun to recede overnight."]),
    ("Rescue boats at the harbour In the morning the boats set out.",
     ["Rescue boats at the harbour", "In the morning the boats set out."]),
    ("The pier was closed.\n\nIt reopened later.", ["The pier was closed.", "It reopened later."]),
    # a day as German prints it, before its month; "vols." before a number only
    ("Der Vertrag war am 31. Oktober 2023 ausgelaufen. Seitdem wird gestreikt.",
     ["Der Vertrag war am 31. Oktober 2023 ausgelaufen.", "Seitdem wird gestreikt."]),
    ("The total was 12. May saw more.", ["The total was 12.", "May saw more."]),
    ("easyJet a annulé 230 vols. Ses appareils sont restés au sol.",
     ["easyJet a annulé 230 vols.", "Ses appareils sont restés au sol."]),
    ("See vols. 2 and 3, and Vol. XII of the series.",
     ["See vols. 2 and 3, and Vol. XII of the series."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_splits(text, expected):
    assert sentences(text) == expected


def test_offsets_are_into_the_full_text():
    text = "HEADER. First one. Second one. FOOTER."
    start = text.index("First")
    end = text.index(" FOOTER")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert spans[0][0] == start


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_input(text):
    assert split_sentences(text) == []


def test_slice_outside_the_text():
    assert split_sentences("abc", 5, 10) == []
    assert split_sentences("abc. Def.", 0, 100) == [(0, 4), (5, 9)]


# --- properties ---------------------------------------------------------------------

PIECES = ["Mr.", " Smith", ". ", "? ", "! ", "...", "…", " [1]", "[2, 3]", "[^4]", "¹", '"', "“",
          "”", "'", ")", "(", "\n", "\n\n", " U.S.", " 3.5", " 1. ", " a) ", " • ", " In the ",
          "e.g.", "x@y.com", "https://a.b/c.d", " ", "\t", "A", "b", "\u00a0", "\u2028"]
texts = st.one_of(st.text(max_size=300),
                  st.lists(st.sampled_from(PIECES), max_size=60).map("".join))


def _check_spans(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    previous_end = lo
    for start, end in spans:
        assert lo <= start < end <= hi
        assert start >= previous_end
        previous_end = end
        piece = text[start:end]
        assert piece == piece.strip()
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(text[lo:hi].split()) == "".join(covered.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_spans_in_order_within_bounds_and_stripped(text):
    _check_spans(text, split_sentences(text), 0, len(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, data=st.data())
def test_slices_stay_inside_the_slice(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    _check_spans(text, split_sentences(text, lo, hi), lo, hi)


# --- pathological inputs: each must finish well within the bound ----------------------

PATHOLOGICAL = {
    "brackets": "[" * 200_000,
    "closed brackets after a stop": "End." + "[1]" * 100_000 + " Next.",
    "digit-comma run": ",".join(["1"] * 100_000),
    "dots": "." * 300_000,
    "spaced dots": ". " * 200_000,
    "ellipses": "… " * 200_000 + "Done.",
    "quotes and stops": '."' * 150_000,
    "one 5 MB line": ("The ministry said 1,200 people left. Mr. Lee agreed [1]. "
                      * 90_000)[:5_000_000],
    "newlines": "Title line\n" * 100_000,
    "enumeration": "1. a " * 100_000,
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_finish(name):
    text = PATHOLOGICAL[name]
    spans = split_sentences(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)


@pytest.mark.parametrize("text", [
    "Prezes mówił o tym przy ul. Świętokrzyskiej w Warszawie.",
    "Eksport wzrósł do ok. 1,4 mld zł w zeszłym roku.",
])
def test_polish_abbreviations_run_on(text):
    assert sentences(text) == [text]


def test_lower_case_ok_still_ends_an_english_sentence():
    assert sentences("The food was ok. The service was not.") == ["The food was ok.",
                                                                  "The service was not."]


def test_an_abbreviation_in_brackets_before_a_number_ends_no_sentence():
    text = "It was designated under Executive Order (E.O.) 13660 last year. It appealed."
    assert sentences(text) == ["It was designated under Executive Order (E.O.) 13660 last year.",
                               "It appealed."]
    assert sentences("He left (see above.) 12 people stayed.") == ["He left (see above.)",
                                                                  "12 people stayed."]


def test_a_full_stop_before_a_letter_of_a_script_without_case_ends_a_sentence():
    assert sentences("وأضاف أن الاقتصاد نما. وقال إن الاستثمارات بلغت 25 مليار دولار.") == [
        "وأضاف أن الاقتصاد نما.", "وقال إن الاستثمارات بلغت 25 مليار دولار."]
