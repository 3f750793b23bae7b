"""Figures: exact readings of sentences written for these tests, properties, speed."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import analystkit as ak
from analystkit.figures import find_figures

KINDS = {"count", "year", "date", "money", "percent", "measure", "duration", "ordinal", "number"}


def read(text: str, language: str | None = None) -> list[tuple]:
    return [(f.text, f.value, f.value_high, f.kind, f.unit, f.qualifier, f.subject)
            for f in find_figures(text, language=language)]


CASES = {
    # money
    "Petrol cost $2.554 a litre in March.": [
        ("$2.554 a litre", 2.554, None, "money", "USD", None, "Petrol")],
    "Cleaners earn US$2.50 per hour.": [
        ("US$2.50 per hour", 2.5, None, "money", "USD", None, None)],
    "The bank lent €3bn to the utility.": [
        ("€3bn", 3e9, None, "money", "EUR", None, None)],
    "The 10kg bag and the 5km route cost £15.": [
        ("10kg", 10.0, None, "measure", "kg", None, "bag"),
        ("5km", 5.0, None, "measure", "km", None, "route"),
        ("£15", 15.0, None, "money", "GBP", None, None)],
    "Donors gave 2 million dollars and Rs. 300.": [
        ("2 million dollars", 2e6, None, "money", "USD", None, None),
        ("Rs. 300", 300.0, None, "money", "INR", None, None)],
    # percent
    "Fares rose by 49 percent, and 70% of riders complained.": [
        ("49 percent", 49.0, None, "percent", "%", None, "Fares"),
        ("70%", 70.0, None, "percent", "%", None, "riders")],
    "Support slipped 3 percentage points to 41 per cent.": [
        ("3 percentage points", 3.0, None, "percent", "pp", None, "Support"),
        ("41 per cent", 41.0, None, "percent", "%", None, "Support")],
    # ranges
    "Divers searched 50 to 100 metres below the surface.": [
        ("50 to 100 metres", 50.0, 100.0, "measure", "m", None, None)],
    "The survey ran from 1988-2006.": [
        ("1988-2006", 1988.0, 2006.0, "year", None, None, None)],
    "Sales reached $2 to $3 billion, between 5 and 10 million units.": [
        ("$2 to $3 billion", 2e9, 3e9, "money", "USD", None, "Sales"),
        ("5 and 10 million", 5e6, 1e7, "count", None, None, "units")],
    "The budget for 2013-14 grew by 8-10%.": [
        ("2013-14", 2013.0, 2014.0, "year", None, None, None),
        ("8-10%", 8.0, 10.0, "percent", "%", None, None)],
    "Rods of 8- to 16-meter length.": [
        ("8- to 16-meter", 8.0, 16.0, "measure", "m", None, "length")],
    # measures and durations
    "The debris field spans 4,500 square nautical miles, 120 km from shore, "
    "in winds of 25 knots.": [
        ("4,500 square nautical miles", 4500.0, None, "measure", "sq nmi", None, None),
        ("120 km", 120.0, None, "measure", "km", None, None),
        ("25 knots", 25.0, None, "measure", "kn", None, "winds")],
    "The crew waited three days and 14 hours after an 11-year lull.": [
        ("three days and 14 hours", 3.0 + 14 / 24, None, "duration", "day", None, None),
        ("11-year", 11.0, None, "duration", "year", None, "lull")],
    "Light travels 3e8 metres per second.": [
        ("3e8 metres per second", 3e8, None, "measure", "m/s", None, None)],
    # dates and years: never counts
    "The vote was held on 12 March 2015, on December 29, 2014 and again in 2019.": [
        ("12 March 2015", 2015.0, None, "date", None, None, None),
        ("December 29, 2014", 2014.0, None, "date", None, None, None),
        ("2019", 2019.0, None, "year", None, None, None)],
    "The 2024 budget, the 1990s boom and the 21st century.": [
        ("2024", 2024.0, None, "year", None, None, None),
        ("1990s", 1990.0, 1999.0, "year", None, None, None),
        ("21st", 21.0, None, "ordinal", None, None, None)],
    "In 2014 there were 2,024 cases.": [
        ("2014", 2014.0, None, "year", None, None, None),
        ("2,024", 2024.0, None, "count", None, None, "cases")],
    # number words
    "Three boats, one-third of the fleet and dozens of volunteers took part.": [
        ("Three", 3.0, None, "count", None, None, "boats"),
        ("one-third", 1 / 3, None, "number", None, None, "fleet"),
        ("dozens", 24.0, None, "count", None, "at least", "volunteers")],
    "Roughly a dozen officials, half a million residents, two and a half miles away.": [
        ("Roughly a dozen", 12.0, None, "count", None, "about", "officials"),
        ("half a million", 5e5, None, "count", None, None, "residents"),
        ("two and a half miles", 2.5, None, "measure", "mi", None, None)],
    "A hundred and two guests and twenty-five thousand fans came; tens of thousands watched.": [
        ("A hundred and two", 102.0, None, "count", None, None, "guests"),
        ("twenty-five thousand", 25000.0, None, "count", None, None, "fans"),
        ("tens of thousands", 20000.0, None, "number", None, "at least", None)],
    "Only one team left, at least one shell landed and one day passed.": [
        ("Only one", 1.0, None, "count", None, "only", "team"),
        ("at least one", 1.0, None, "count", None, "at least", "shell"),
        ("one day", 1.0, None, "duration", "day", None, None)],
    # multipliers
    "The agency will spend 1.5 million on repairs.": [
        ("1.5 million", 1.5e6, None, "number", None, None, None)],
    # a glued "m" is a million before a currency or a counted noun, a metre elsewhere
    "The state promised 2.5m euros to 3m people, and a 330m dam.": [
        ("2.5m euros", 2.5e6, None, "money", "EUR", None, None),
        ("3m", 3e6, None, "count", None, None, "people"),
        ("330m", 330.0, None, "measure", "m", None, "dam")],
    # thousands grouped with plain spaces (French, Nordic, SI style) before a counted noun
    "The town has 12 000 residents and 1 234 567 votes were cast, 3 100 and 200 in all.": [
        ("12 000", 12000.0, None, "count", None, None, "residents"),
        ("1 234 567", 1234567.0, None, "count", None, None, "votes"),
        ("3", 3.0, None, "number", None, None, None),
        ("100", 100.0, None, "number", None, None, None),
        ("200", 200.0, None, "number", None, None, None)],
    # qualifiers
    "Around 300 people, about 40 vessels, up to 12 aircraft, more than 2,000 homes "
    "and nearly 90 schools were affected.": [
        ("Around 300", 300.0, None, "count", None, "about", "people"),
        ("about 40", 40.0, None, "count", None, "about", "vessels"),
        ("up to 12", 12.0, None, "count", None, "up to", "aircraft"),
        ("more than 2,000", 2000.0, None, "count", None, "more than", "homes"),
        ("nearly 90", 90.0, None, "count", None, "nearly", "schools")],
    "Inflation fell below 2 percent after the index passed 5,000 points.": [
        ("below 2 percent", 2.0, None, "percent", "%", "under", "Inflation"),
        ("passed 5,000 points", 5000.0, None, "measure", "points", "over", None)],
    "Some 300 homes and ~40 cars.": [
        ("Some 300", 300.0, None, "count", None, "about", "homes"),
        ("~40", 40.0, None, "count", None, "about", "cars")],
    # subjects
    "The plane carried 162 people, and 21 aircraft joined the search.": [
        ("162", 162.0, None, "count", None, None, "people"),
        ("21", 21.0, None, "count", None, None, "aircraft")],
    "Officials said 25,000 North Korean workers would go and 30 stayed.": [
        ("25,000", 25000.0, None, "count", None, None, "North Korean workers"),
        ("30", 30.0, None, "number", None, None, None)],
    # scientific notation, fractions, negatives
    "The error was 2.5×10−3, the dose 1.2e-4 grams and the gain 3 x 10^5.": [
        ("2.5×10−3", 0.0025, None, "number", None, None, None),
        ("1.2e-4 grams", 1.2e-4, None, "measure", "g", None, None),
        ("3 x 10^5", 3e5, None, "number", None, None, None)],
    "Add 1/4 cup of flour, 2 1/2 cups of water and ½ teaspoon of salt.": [
        ("1/4 cup", 0.25, None, "measure", "cup", None, "flour"),
        ("2 1/2 cups", 2.5, None, "measure", "cup", None, "water"),
        ("½ teaspoon", 0.5, None, "measure", "tsp", None, "salt")],
    "Temperatures fell to -12 °C and the account showed -$40.": [
        ("-12 °C", -12.0, None, "measure", "degC", None, "Temperatures"),
        ("-$40", -40.0, None, "money", "USD", None, None)],
    "The reading was 45±3 units; the power 10 to the 6th.": [
        ("45±3", 42.0, 48.0, "count", None, None, "units"),
        ("10 to the 6th", 1e6, None, "number", None, None, None)],
    # verbs, ordinals and colloquial forms that look like figures
    "The assembly passed two laws after the toll passed 1,000.": [
        ("two", 2.0, None, "count", None, None, "laws"),
        ("passed 1,000", 1000.0, None, "number", None, "over", None)],
    "For a fourth time a third of voters stayed home, worried about one area.": [
        ("a third", 1 / 3, None, "number", None, None, "voters")],
    "It is worth between a billion and a billion-five.": [
        ("a billion", 1e9, None, "number", None, None, None)],
    # not figures: clock times, codes, names, addresses
    "He arrived at 10:30, left at 5 p.m. and at 6pm, after the F-16 flew and COVID-19 "
    "tests ran.": [],
    "On 9/11 the 24/7 desk saw 3G and G7 news; mail a.b@x.org or see https://x.org/2014/5.": [],
    # a score or a vote stays two figures, level or not
    "City drew 1-1 with United and 2-2 with Rovers.": [
        ("1", 1.0, None, "number", None, None, None),
        ("1", 1.0, None, "number", None, None, None),
        ("2", 2.0, None, "number", None, None, None),
        ("2", 2.0, None, "number", None, None, None)],
    "The court ruled 5 to 4 and the team won 3-2.": [  # a court's split is its votes
        ("5", 5.0, None, "count", None, None, "votes"),
        ("4", 4.0, None, "count", None, None, "votes"),
        ("3", 3.0, None, "number", None, None, None),
        ("2", 2.0, None, "number", None, None, None)],
    # a rate after a range's high end is the range's
    "He will earn between £12m and £20m a year.": [
        ("£12m and £20m a year", 12e6, 20e6, "money", "GBP", None, None)],
    # "over" a count of seasons after a sum spreads it; before the count alone it bounds it
    "The league agreed a TV deal worth £6.7bn over four seasons.": [
        ("£6.7bn", 6.7e9, None, "money", "GBP", None, "deal"),
        ("four", 4.0, None, "count", None, None, "seasons")],
    "Over 40 sessions were held.": [("Over 40", 40.0, None, "count", None, "over", "sessions")],
    # "up to" a year is until then, no bound ("hasta 2027", "bis 2030")
    "The plan runs up to 2027.": [("2027", 2027.0, None, "year", None, None, None)],
    # a German time of day is no count
    "Der Streik soll am Donnerstag um 18.00 Uhr enden.": [],
    "Die Sitzung beginnt um 9 Uhr.": [],
    # an irregular plural of a hyphenated count
    "United beat ten-man Castleford Town.": [("ten-man", 10.0, None, "count", None, None, "men")],
    # an age set off after a full name at the end of a sentence
    "The case also involved his brother-in-law, Victor Mraz, 61.": [
        ("61", 61.0, None, "duration", "year", None, "age")],
    "Turnout was highest in Ohio, 61.": [("61", 61.0, None, "number", None, None, None)],
    # the verb after a count that agrees with a singular head before it
    "A target of 200,000 homes means little without land.": [
        ("200,000", 200000.0, None, "count", None, None, "homes")],
    # a part of "their last five"
    "They have won four of their last five league matches.": [
        ("four", 4.0, None, "count", None, None, "league matches"),
        ("five", 5.0, None, "count", None, None, "league matches")],
    # what a number counts, with the phrase after it
    "The number of ferries in service fell to 9.": [
        ("9", 9.0, None, "count", None, None, "ferries in service")],
    # currencies by their names; a count of places after "over" spreads, as a rate's
    "The euro fell 0.4% to 11.21 krona after cuts of 12 billion Swedish kronor.": [
        ("0.4%", 0.4, None, "percent", "%", None, "euro"),
        ("11.21 krona", 11.21, None, "money", "SEK", None, "euro"),
        ("12 billion Swedish kronor", 12e9, None, "money", "SEK", None, "cuts")],
    "Oslo spent 40 billion Norwegian kroner and 5,000 zlotys.": [
        ("40 billion Norwegian kroner", 40e9, None, "money", "NOK", None, None),
        ("5,000 zlotys", 5000.0, None, "money", "PLN", None, None)],
    "Russia said it destroyed 45 Ukrainian drones over seven regions.": [
        ("45", 45.0, None, "count", None, None, "Ukrainian drones"),
        ("seven", 7.0, None, "count", None, None, "regions")],
    "Cases were found in over 40 countries.": [
        ("over 40", 40.0, None, "count", None, "over", "countries")],
    "At a rate of 5.2pc over 25 years, repayments are high.": [
        ("5.2pc", 5.2, None, "percent", "%", None, "rate"),
        ("25 years", 25.0, None, "duration", "year", None, None)],
    # a place on the map, and numbers that name a vehicle or a player
    "The column moved to a road at 48.9271, 38.2453 near the village.": [],
    "The euro traded at 1.0912, 1.0850 and 1.0799.": [
        ("1.0912", 1.0912, None, "number", None, None, "euro"),
        ("1.0850", 1.085, None, "number", None, None, None),
        ("1.0799", 1.0799, None, "number", None, None, None)],
    "The tactical number 214 was painted on it, and he wore number 10.": [],
    # an age band after people
    "An estimated 310,000 children under five are malnourished.": [
        ("An estimated 310,000", 310000.0, None, "count", None, "about", "children"),
        ("under five", 5.0, None, "duration", "year", "under", "age")],
    "Prices for children under 5,000 are wrong.": [
        ("under 5,000", 5000.0, None, "number", None, "under", None)],
    # what a sum is worth, a sum before its noun, an acronym before "of", a hyphenated
    # modifier before its noun
    "He steered dredging contracts worth about $31 million to two companies.": [
        ("about $31 million", 31e6, None, "money", "USD", "about", "dredging contracts"),
        ("two", 2.0, None, "count", None, None, "companies")],
    "The house is worth $5 million.": [
        ("$5 million", 5e6, None, "money", "USD", None, "house")],
    "The firm was ordered to pay a $250,000 fine.": [
        ("$250,000", 250000.0, None, "money", "USD", None, "fine")],
    "It was a $3 billion year for the firm.": [
        ("$3 billion", 3e9, None, "money", "USD", None, None)],
    "Adjusted EBITDA of $598 million rose.": [
        ("$598 million", 598e6, None, "money", "USD", None, "Adjusted EBITDA")],
    "Rent takes 36 per cent of take-home pay.": [
        ("36 per cent", 36.0, None, "percent", "%", None, "take-home pay")],
    "The economy is forecast to contract by 0.3%.": [
        ("0.3%", 0.3, None, "percent", "%", None, "economy")],
    # a participle before the plural noun it describes, no plural yet; a verb after a
    # pronoun or with no noun before it
    "Between 40 and 60 Russian armoured vehicles have been lost.": [
        ("40 and 60", 40.0, 60.0, "count", None, None, "Russian armoured vehicles")],
    "The column included seven BMP-2 infantry fighting vehicles.": [
        ("seven", 7.0, None, "count", None, None, "BMP-2 infantry fighting vehicles")],
    "10 students visited museums on Monday.": [
        ("10", 10.0, None, "count", None, None, "students")],
    "3,000 workers marched hundreds of miles.": [
        ("3,000", 3000.0, None, "count", None, None, "workers"),
        ("hundreds", 200.0, None, "count", None, "at least", "miles")],
    "Of these, four appear to be destroyed.": [("four", 4.0, None, "number", None, None, None)],
    "The number of internally displaced persons rose to 2.1 million.": [
        ("2.1 million", 2.1e6, None, "count", None, None, "internally displaced persons")],
    "It projected inflation would fall to 2.4%.": [
        ("2.4%", 2.4, None, "percent", "%", None, "inflation")],
    # a rate's level after its change in basis points; earnings per diluted share
    "The bank raised its benchmark rate by 25 basis points to 4.50%.": [
        ("25 basis points", 25.0, None, "measure", "bp", None, "benchmark rate"),
        ("4.50%", 4.5, None, "percent", "%", None, "benchmark rate")],
    "Earnings were $1.37 per diluted share.": [
        ("$1.37 per diluted share", 1.37, None, "money", "USD", None, "Earnings")],
    # an age in years "old"; two days of one date
    "She is 34 years old and lives in Leeds.": [
        ("34 years", 34.0, None, "duration", "year", None, "age")],
    # the year of a period named in capitals; a place named by number stays no figure
    "Northwind Reports Third Quarter 2025 Results": [
        ("2025", 2025.0, None, "year", None, None, None)],
    "Fire damaged homes in Quarter 5 of the city.": [],
    # another language's function word after a number names nothing
    "Die GDL fordert eine Absenkung der Wochenarbeitszeit von 38 auf 35 Stunden.": [
        ("38", 38.0, None, "number", None, None, None),
        ("35 Stunden", 35.0, None, "duration", "h", None, None)],
}


def test_a_scaled_decimal_is_the_number_printed():
    """2.05 × 1e9 is 2049999999.9999998 in binary; the value is the number printed."""
    values = [f.value for f in find_figures("Revenue was $2.05 billion, guidance $16.6 "
                                             "billion and 0.1 million and 1.1 trillion.")]
    assert values == [2.05e9, 16.6e9, 1e5, 1.1e12]


@pytest.mark.parametrize("text", list(CASES))
def test_exact_readings(text):
    got = read(text)
    expected = CASES[text]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-9)
        assert (g[2] is None and e[2] is None) or g[2] == pytest.approx(e[2], rel=1e-9)
        assert g[3:] == e[3:], g


def test_offsets_respect_the_slice_and_masks():
    text = "Header 99. Up to 25,000 workers[12] left. Footer 77."
    start, end = text.index("Up"), text.index(" Footer")
    marker = text.index("[12]")
    found = find_figures(text, start, end, masked=[(marker, marker + 4)])
    assert [(f.text, f.value, f.subject) for f in found] == [
        ("Up to 25,000", 25000.0, "workers")]
    assert text[found[0].start:found[0].end] == found[0].text


def test_qualifier_never_crosses_the_slice_start():
    text = "up to 25 people"
    found = find_figures(text, text.index("25"))
    assert [(f.text, f.qualifier) for f in found] == [("25", None)]


def test_words_value_is_cached_at_module_level():
    from analystkit.figures import number_words

    find_figures("twenty-two boats")
    assert number_words._text2num is not None
    assert number_words._words_value.cache_info().currsize >= 1


# --- properties ---------------------------------------------------------------------

PIECES = ["25,000", "1.5", " million", "$", "US$", "€", "3bn", "%", " percent", " to ", "-", "–",
          " and ", "between ", "up to ", "about ", " people", " km", " metres", "1988", "2006",
          "December 29, 2014", " three", "-third", " dozens", "½", "1/4", "2 1/2", "4e14", "×10−5",
          "±", "10:30", " p.m.", "F-16", "[1]", "(", ")", " ", ".", ",", "\n", "a", "one", "°C",
          "https://x.org/1", "@", "\u00a0", "'s", "th", "İ"]
texts = st.one_of(st.text(max_size=200),
                  st.lists(st.sampled_from(PIECES), max_size=40).map("".join))


def _check(text: str, lo: int, hi: int, masked: list[tuple[int, int]]) -> None:
    found = find_figures(text, lo, hi, masked)
    previous_end = lo
    for f in found:
        assert lo <= f.start < f.end <= hi
        assert f.start >= previous_end
        previous_end = f.end
        assert text[f.start:f.end] == f.text
        assert f.kind in KINDS
        assert f.value is None or math.isfinite(f.value)
        if f.value_high is not None:
            assert f.value is not None and f.value_high >= f.value
        for a, b in masked:
            assert not (f.start < b and a < f.end)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example(text="0a$0")  # a unit after one number that is the currency of the next
def test_figures_are_spans_of_the_text(text):
    _check(text, 0, len(text), [])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, data=st.data())
def test_figures_stay_inside_slices_and_out_of_masks(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    a = data.draw(st.integers(lo, hi))
    b = data.draw(st.integers(a, hi))
    _check(text, lo, hi, [(a, b)] if b > a else [])


# --- pathological inputs: each must finish well within the bound ----------------------

PATHOLOGICAL = {
    "brackets": "[" * 200_000,
    "digit-comma run": ",".join(["1"] * 100_000),
    "digit-dot run": ".".join(["1"] * 100_000),
    "long number": "9" * 100_000,
    "exponent-like": "1e" * 100_000,
    "dots": "." * 300_000,
    "ellipses": "… " * 200_000,
    "dashes between numbers": "-".join(["12"] * 100_000),
    "number words": "twenty " * 30_000,
    "ands": "one and " * 30_000,
    "spaced thousands": "1" + " 000" * 100_000 + " dollars",
    "one 5 MB line": ("The council met on Tuesday to discuss the budget, which rose by 4.5 percent "
                      "to $2.1 billion after a long debate about roads, schools and the harbour. "
                      * 35_000)[:5_000_000],
}


# A guard against runaway matching (a quadratic or exponential regex never finishes on
# these), not a speed target: the 5 MB line takes about 14 s on a quiet 2-core machine and
# more on a loaded one; speed is measured in benchmarks/run.py. The limit matches
# tests/test_hostile.py's.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_finish(name):
    text = PATHOLOGICAL[name]
    found = find_figures(text)
    assert all(text[f.start:f.end] == f.text for f in found[:1000])


def test_qualifier_opening_a_block_is_read():
    import analystkit as ak

    article = ak.parse_article("Intro line here.\n\nAbout 12,000 workers arrived on Monday.", "q")
    row = article.figures.iloc[0]
    assert (row["text"], row["qualifier"], row["subject"]) == ("About 12,000", "about", "workers")


# --- decimal comma and dot-grouped thousands (continental copy) -------------------------

def test_decimal_comma_and_dot_groups_in_a_german_article():
    import analystkit as ak

    text = ("Der Bundeshaushalt umfasst 480,7 Milliarden Euro, die Inflation liegt bei 7,3 % "
            "und die Regierung plant €3,5 Mrd für die Schulen. Im Land leben 84.669.326 "
            "Menschen, davon 45.300 in der Stadt, und der Preis ist 1.234,5 Euro.")
    figures = ak.parse_article(text, "x").figures
    got = list(zip(figures["text"], figures["value"], figures["kind"], strict=True))
    assert got == [("480,7 Milliarden Euro", pytest.approx(480.7e9), "money"),
                   ("7,3 %", pytest.approx(7.3), "percent"),
                   ("€3,5 Mrd", pytest.approx(3.5e9), "money"),
                   ("84.669.326", 84669326.0, "count"),
                   ("45.300", 45300.0, "number"),
                   ("1.234,5 Euro", pytest.approx(1234.5), "money")]
    assert list(figures["unit"].dropna()) == ["EUR", "%", "EUR", "EUR"]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("2,3 millions de personnes", "fr", 2.3e6),
    ("480 millones de euros", "es", 4.8e8),
    ("3,5 mil millones de euros", "es", 3.5e9),
    ("1,500 kilómetros", "es", 1.5),
    ("1,500 kilometres", "en", 1500.0),
    ("45.300 habitantes", "es", 45300.0),
    ("45.300 residents", "en", 45.3),
    ("84.669.326 residents", "en", 84669326.0),   # several dot groups: no English decimal
    ("a rate of 7,25 points", "en", 7.25),        # one or two digits after a comma
    ("1.234,5 units", "en", 1234.5),
    ("1,500,000 units", "de", 1.5e6),             # several comma groups: no decimal
])
def test_ambiguous_separators_follow_the_language(text, language, value):
    found = find_figures(text, language=language)
    assert found[0].value == pytest.approx(value)


def test_language_is_detected_from_the_whole_text():
    text = "Die Stadt hat 45.300 Einwohner und die Zahl ist seit dem Jahr gestiegen."
    assert find_figures(text)[0].value == 45300.0
    assert find_figures("The town has 45.300 residents, the mayor said on Monday.")[0].value \
        == 45.3


def test_hashes_and_addresses_are_no_words_of_a_language():
    from analystkit.language import detect_language

    iocs = ("The loader has infected 1,500 machines since the campaign began in March.\n"
            "- SHA-256: de4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\n"
            "- SHA-256: 0a1e2d3c4b5a69788796a5b4c3d2e1f00a1e2d3c4b5a69788796a5b4c3d2e1f0\n"
            "- MAC address 00:1A:2B:3C:4D:5E\n")
    assert detect_language(iocs) == "en"
    art = ak.parse_article("Loader campaign\n\n" + iocs)
    assert art.figures.loc[art.figures["text"] == "1,500", "value"].tolist() == [1500.0]


def test_a_function_word_or_two_in_a_short_text_settle_no_language():
    from analystkit.language import detect_language

    # "per" is an Italian function word, "in" a German one: by chance, in a few words
    assert detect_language("Rent per month in Northgate and Riverside") is None
    table = "# Rents\n\n| District | Rent per month |\n|---|---|\n| Northgate | 1,150 |\n"
    assert ak.parse_article(table, fmt="markdown").figures["value"].tolist() == [1150.0]
    assert detect_language("Die Stadt hat 45.300 Einwohner und die Zahl ist seit dem Jahr "
                           "gestiegen.") == "de"


# --- subjects end before the verb -------------------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("About 1.5 million people face water restrictions.", "people"),
    ("Some 20 health workers need help.", "health workers"),
    ("They ordered 500 face masks.", "face masks"),  # the verb's form as a modifier stays
    ("It issued 3 million work permits.", "work permits"),
    ("Yet two windows don't open.", "windows"),
    # a modifier in -ing or -ed after an adjective, not a verb
    ("The trial recorded 37 serious bleeding events.", "serious bleeding events"),
    ("Police counted 4 new armed groups.", "new armed groups"),
    ("There were 5 cases confirmed on Monday.", "cases"),
    ("About 30 stayed behind.", None),  # a verb, with its sentence's stop after the adverb
])
def test_subject_ends_before_a_verb(text, subject):
    assert find_figures(text)[0].subject == subject


@pytest.mark.parametrize(("text", "low", "high"), [
    ("in the 1990s", 1990.0, 1999.0),
    ("the 1980's boom", 1980.0, 1989.0),
    ("since the mid-2000s", 2000.0, 2009.0),
    ("in the 1800s", 1800.0, 1899.0),
    ("the 1995s", 1995.0, None),
])
def test_decades_are_year_ranges(text, low, high):
    (found,) = find_figures(text)
    assert (found.kind, found.value, found.value_high) == ("year", low, high)


@pytest.mark.parametrize(("text", "value"), [
    ("on 12/03/2024.", 2024.0), ("on 2024-03-12.", 2024.0), ("on 3-12-2024.", 2024.0),
    ("am 12.03.2024.", 2024.0), ("on 2024/03/12.", 2024.0), ("on 12/03/24.", None),
])
def test_numeric_dates_are_one_date(text, value):
    (found,) = find_figures(text)
    assert (found.text, found.kind, found.value) == (text[3:-1], "date", value)


@pytest.mark.parametrize(("text", "figure_text", "value"), [
    ("Exports fell in 2025Q3.", "2025Q3", 2025.0), ("Exports fell in Q3 2025.", "Q3 2025", 2025.0),
    ("Sales rose in H1 2024.", "H1 2024", 2024.0), ("It peaked in 2024-Q4.", "2024-Q4", 2024.0),
    ("It peaked in 3Q 2024.", "3Q 2024", 2024.0),
])
def test_a_quarter_or_half_with_its_year_is_one_date(text, figure_text, value):
    (found,) = find_figures(text)
    assert (found.text, found.kind, found.value) == (figure_text, "date", value)


def test_a_quarter_without_its_year_is_no_date():
    # "Q3" alone names a quarter, no figure; a year after other words stays a year
    assert [(f.text, f.kind) for f in find_figures("The Q3 results were weak in 2025.")] == [
        ("2025", "year")]


def test_numeric_date_look_alikes_are_not_dates():
    assert find_figures("open 24/7 since 9/11 and 13/13/2024") == []


# --- not figures: telephone numbers, numbered names, versions --------------------------

@pytest.mark.parametrize("text", [
    "Call 0800 123 4567 today.", "Call +1 (415) 555-0123 today.", "Ring (020) 7946 0958.",
    "Dial 1-800-555-0123 now.", "Dial 415-555-0123 now.", "Ring +44 20 7946 0958.",
    "He lives at No. 10 Downing Street.", "Nr. 5 is closed.", "№ 3 won.",
    "Version v2.3.1 and version 2.3.1 shipped.",
    "The world No 1 wore the No 9 shirt.",
])
def test_phone_numbers_names_and_versions_are_not_figures(text):
    assert find_figures(text) == []


def test_no_before_a_hyphenated_word_is_a_determiner():
    assert [(f.text, f.subject) for f in find_figures("No 16-year-old should drive.")] \
        == [("16-year-old", "age")]


def test_phone_look_alikes_stay_figures():
    got = [(f.text, f.value, f.value_high) for f in find_figures(
        "Prices rose 5-10% in 2015-2020; +3 000 jobs, 0.5 percent.")]
    assert got == [("5-10%", 5.0, 10.0), ("2015-2020", 2015.0, 2020.0), ("3 000", 3000.0, None),
                   ("0.5 percent", 0.5, None)]


# --- ratios -----------------------------------------------------------------------------

def test_one_in_five_is_a_share():
    got = [(f.text, f.value, f.kind, f.qualifier, f.subject) for f in find_figures(
        "One in five adults lack access, nearly 1 in 10 children and one in every four homes.")]
    assert got == [("One in five", 0.2, "number", None, "adults"),
                   ("nearly 1 in 10", 0.1, "number", "nearly", "children"),
                   ("one in every four", 0.25, "number", None, "homes")]


def test_counts_after_in_that_are_no_shares():
    got = [(f.text, f.value) for f in find_figures("Born in 1990, 3 in 2 cases, 5 in 10 km.")]
    assert got == [("1990", 1990.0), ("3", 3.0), ("2", 2.0), ("5", 5.0), ("10 km", 10.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It ran a trial of ARC-101 in 1,214 patients.", [("1,214", 1214.0, "patients")]),
    ("It treated COVID-19 in 2,000 hospitals.", [("2,000", 2000.0, "hospitals")]),
    ("The iPhone 16 in 40 countries sold out.", [("40", 40.0, "countries")]),
])
def test_a_code_or_a_models_number_before_in_is_no_share(text, expected):
    assert [(f.text, f.value, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Turnout was 58.7%, down 6.2 points.",
     [("58.7%", "%", "Turnout"), ("6.2 points", "pp", "Turnout")]),
    ("Support for Reform rose 5 points to 21%.",
     [("5 points", "pp", "Support for Reform"), ("21%", "%", "Support for Reform")]),
    ("The poll has a margin of error of plus or minus 2.9 points.",
     [("plus or minus 2.9 points", "pp", "margin of error")]),
    ("It has a margin of sampling error of 3.1 percentage points.",
     [("3.1 percentage points", "pp", "margin of sampling error")]),
    # an index's points: beside its level, or restated as a percent
    ("The FTSE rose 35 points to 8,310.", [("35 points", "points", "FTSE"),
                                          ("8,310", None, "FTSE")]),
    ("The Dow fell 500 points, or 1.2%.", [("500 points", "points", "Dow"),
                                          ("1.2%", "%", "Dow")]),
    # a percent in another sentence
    ("Labour won 34%. The team scored 24 points.", [("34%", "%", "Labour"),
                                                    ("24 points", "points", None)]),
])
def test_points_beside_percents_are_percentage_points(text, expected):
    assert [(f.text, f.unit, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Labour leads by 5 points in the latest YouGov poll.", [("5 points", "pp")]),
    ("In the Ipsos survey, the Conservatives hold a six-point edge.", [("six-point", "pp")]),
    ("Voters gave the Greens a 7-point lead in the by-election.", [("7-point", "pp")]),
    # a plan's or a scale's points, a sports ranking poll and an index keep theirs
    ("Labour's 10-point plan was rated 7 points out of 10 in the poll.",
     [("10-point", "points"), ("7 points", "points"), ("10", None)]),
    ("The Celtics, No. 3 in the AP poll, held a 12-point lead.", [("12-point", "points")]),
    ("The FTSE 100 rose 45 points as the exit poll came out.", [("45 points", "points")]),
    ("The Lakers led by 14 points at halftime.", [("14 points", "points")]),
])
def test_points_in_a_paragraph_of_a_poll_are_percentage_points(text, expected):
    assert [(f.text, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The party's share collapsed to 6.2 per cent from 17.8 per cent.",
     [("6.2 per cent", "party's share"), ("17.8 per cent", "party's share")]),
    ("Turnout is running at around 60%.", [("around 60%", "Turnout")]),
    ("Sales slumped 12% to $4 billion.", [("12%", "Sales"), ("$4 billion", "Sales")]),
    # a gap counts nothing; an adjective before a noun is the noun's
    ("Labour finished 32 short of a majority.", [("32", None)]),
    ("The 3 short films won prizes.", [("3", "short films")]),
])
def test_steep_falls_running_levels_and_gaps_name_their_subjects(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Mindestens neun Menschen kamen ums Leben, zwölf weitere wurden verletzt.",
     [("Mindestens neun", 9.0, "at least", "Menschen"), ("zwölf", 12.0, None, "weitere")]),
    ("fr", "Au moins quatre personnes ont été tuées et quatorze blessées.",
     [("Au moins quatre", 4.0, "at least", "personnes"), ("quatorze", 14.0, None, "blessées")]),
    ("es", "Cuatro muertos y tres personas heridas.",
     [("Cuatro", 4.0, None, "muertos"), ("tres", 3.0, None, "personas")]),
    ("de", "Tausende Menschen mussten ihre Häuser verlassen.",
     [("Tausende", 2000.0, "at least", "Menschen")]),
    ("fr", "Des milliers de personnes ont été évacuées.",
     [("milliers", 2000.0, "at least", "personnes")]),
    ("fr", "Une vingtaine de maisons ont été détruites.",
     [("Une vingtaine", 20.0, "about", "maisons")]),
    ("de", "Dreiundzwanzig Menschen wurden verletzt.",
     [("Dreiundzwanzig", 23.0, None, "Menschen")]),
    # no count: "new", "twice", a date in words, a quarantine
    ("fr", "Le bâtiment neuf est vide, il a été construit deux fois.", []),
    ("es", "Firmaron el acuerdo el dos de mayo.", []),
    ("fr", "Ils ont imposé une quarantaine de 14 jours.", [("14 jours", 14.0, None, None)]),
])
def test_counts_in_words_of_other_languages(language, text, expected):
    got = [(f.text, f.value, f.qualifier, f.subject)
           for f in find_figures(text, language=language)]
    assert got == expected


def test_counts_in_words_of_other_languages_are_not_read_in_english():
    assert find_figures("Ils ont deux chats et quatre chiens.", language="en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden trails Trump 46-48 in the poll.", [("46", None), ("48", None)]),
    ("Harmon leads 47-44 percent.", [("47", "%"), ("44 percent", "%")]),
    ("The proposition failed, 47.3 percent to 52.7 percent.",
     [("47.3 percent", "%"), ("52.7 percent", "%")]),
    # ranges stay ranges
    ("Between 40% and 50% of voters agree.", [("40% and 50%", "%")]),
    ("He served 5-10 years.", [("5-10 years", "year")]),
])
def test_a_contests_split_is_two_numbers_not_a_range(text, expected):
    assert [(f.text, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text", [
    "The committee voted by a majority of 7-2 to raise rates.", "Vote: 7-2"])
def test_a_committees_split_is_its_votes(text):
    assert [(f.value, f.subject) for f in find_figures(text)] == [(7.0, "votes"),
                                                                   (2.0, "votes")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Diluted EPS were $1.05, compared with $0.92 in the prior-year quarter.",
     ["Diluted EPS", "Diluted EPS"]),
    ("Net sales were $1.2 billion, up 6% from $1.13 billion a year earlier.",
     ["Net sales", "Net sales", "Net sales"]),
    ("Operating margin was 14.2%, up 180 basis points.",
     ["Operating margin", "Operating margin"]),
    ("It raised its EPS guidance to $3.30 to $3.40, from $3.10 to $3.25.",
     ["EPS guidance", "EPS guidance"]),
    ("The bank cut rates by 0.25 percentage points, to 4%.", ["rates", "rates"]),
    ("Inflation fell from 7.9% in June to 6.8% in July.", ["Inflation", "Inflation"]),
    # a sum of another kind is no level compared
    ("He gave 5% of his income to charity and $40 to his brother.", [None, None]),
])
def test_a_level_compared_with_another_measures_the_same(text, expected):
    assert [f.subject for f in find_figures(text) if f.kind not in ("year", "date")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Labour is on 39 per cent, the Conservatives 24, Reform 16 and the Lib Dems 11.",
     [("%", "Labour"), ("%", "Conservatives"), ("%", "Reform"), ("%", "Lib Dems")]),
    ("Labour has 403 seats, the Conservatives 111 and the Lib Dems 68.",
     [(None, "seats")] * 3),
    # no list of named items: a score, a date
    ("Arsenal beat Chelsea 3, Spurs 2.", [(None, None)] * 2),
    # where the first item's count is, its share in brackets, "with" and a verb in -ing
    ("The CDU would win 52 seats in the Landtag and the SPD 41.", [(None, "seats")] * 2),
    ("Mr Torrance received 38,414 votes (36.92%), Ms Arden 31,905 (30.66%) and Mr Zhang "
     "17,220 (16.55%).", [(None, "votes"), ("%", None)] * 3),
    ("The LDF won 5,613 seats and the UDF 5,487, with the NDA winning about 1,600.",
     [(None, "seats")] * 3),
    ("The INDIA bloc won 234 seats, with the Congress party winning 99.",
     [(None, "seats")] * 2),
])
def test_a_list_of_named_items_shares_the_first_items_measure(text, expected):
    assert [(f.unit, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Rao won 51,234 votes out of 98,000 cast.",
     [("51,234", "count", "votes"), ("98,000", "count", "votes")]),
    ("The BJP won 240 of the 543 seats, short of the 272 needed for a majority.",
     [("240", "count", "seats"), ("543", "count", "seats"), ("272", "count", "seats")]),
    ("He got 45,210 votes to Smith's 39,877.",
     [("45,210", "count", "votes"), ("39,877", "count", "votes")]),
    # the noun after the possessive is counted; a cast of actors is one
    ("He gave 5 books to Anna's 3 children.",
     [("5", "count", "books"), ("3", "count", "children")]),
    ("A cast of 12 actors was praised.", [("12", "count", "actors")]),
])
def test_a_tallys_number_without_its_noun_counts_the_noun_before(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The appeal targets 850K people in three provinces.",
     [("850K", 850000.0, "people"), ("three", 3.0, "provinces")]),
    ("Some 120K refugees arrived in Chad.", [("Some 120K", 120000.0, "refugees")]),
    ("3M people were affected.", [("3M", 3e6, "people")]),
    # kelvin, a screen's resolution
    ("The sample was cooled to 4K in the lab.", []),
    ("It streams in 4K resolution.", []),
])
def test_a_capital_k_before_a_plural_is_thousands(text, expected):
    assert [(f.text, f.value, f.subject) for f in find_figures(text)] == expected


def test_a_figure_in_emphasis_names_the_noun_after_it():
    (figure,) = find_figures("- **30.4M** people were displaced")
    assert (figure.kind, figure.subject) == ("count", "people")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Each family gets BDT 6,500.", 6500.0, "BDT"),
    ("The fund paid XOF 75,000 to each family.", 75000.0, "XOF"),
    ("A cash transfer of SDG 150,000 was made.", 150000.0, "SDG"),
])
def test_iso_currency_codes_before_an_amount_are_money(text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.kind, figure.value, figure.unit) == ("money", value, unit)


def test_a_goal_of_the_sdgs_stays_a_name():
    assert find_figures("SDG 6 covers water; SDG 13.2 covers climate policy.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Attackers demanded about 72 BTC.", [("about 72 BTC", "money", "BTC")]),
    ("The gang asked for 120,000 ETH.", [("120,000 ETH", "money", "ETH")]),
    ("They sold 350 bitcoin.", [("350 bitcoin", "money", "BTC")]),
    # codes, versions, ports and standards of security copy name no figure
    ("About 12% of requests failed with HTTP 503 errors.", [("About 12%", "percent", "%")]),
    ("Support for TLS 1.3 connections rose.", []),
    ("The firm holds FIPS 140-3 and SOC 2 Type II certification.", []),
    ("It probed ports 22, 80 and 443.", []),
    ("It exploited a 0-day in Chrome.", []),
    # a list after a label ends where a word it would count follows
    ("Section 230 and 40 other rules apply.", [("40", "count", None)]),
])
def test_crypto_sums_and_security_identifiers(text, expected):
    assert [(f.text, f.kind, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("The attack peaked at 3.8 Tbps.", "Tbit/s"), ("The cache holds 14 GiB.", "GiB"),
    ("It served 71 million rps at peak.", "request/s"), ("Latency was 850 µs.", "µs"),
    ("The disk did 120,000 IOPS.", "IOPS"),
])
def test_units_of_network_and_cloud_copy(text, unit):
    (figure,) = find_figures(text)
    assert figure.unit == unit


def test_outbreak_and_food_security_labels():
    assert [(f.text, f.subject) for f in find_figures(
        "The outbreak has killed 10 people (CFR 67%).")] == [("10", "people"), ("67%", "CFR")]
    assert find_figures("Parts of the region face famine (IPC 5).") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("p99 latency rose from 120 ms to 4,300 ms.", ["p99 latency", "p99 latency"]),
    ("Replication lag grew to 14 seconds.", ["Replication lag"]),
    ("He was jailed for 3 years.", [None]),  # a sentence, no measure of him
])
def test_a_systems_times_name_what_they_measure(text, expected):
    assert [f.subject for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Of the 1,204 voters surveyed, 47% said they would vote.", ["voters", "voters"]),
    ("The BJP won 37 of Uttar Pradesh's 80 seats.", ["seats", "seats"]),
    ("Officials identified 281 contacts, of whom 212 were traced.", ["contacts", "contacts"]),
    ("The attack killed 30 aid workers, 12 of whom were local staff.",
     ["aid workers", "aid workers"]),
])
def test_a_part_takes_the_noun_of_its_whole(text, expected):
    assert [f.subject for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The survey was fielded 3/5 to 3/8 among 800 likely voters.",
     [("3/5 to 3/8", "date"), ("800", "count")]),
    ("From 1/4 to 1/3 of homes were hit.", [("1/4 to 1/3", "count")]),
    ("About 3/5 of voters agree.", [("About 3/5", "number")]),
])
def test_a_polls_days_written_month_first_are_dates(text, expected):
    assert [(f.text, f.kind) for f in find_figures(text)] == expected


def test_a_verbs_up_before_to_is_no_bound():
    (figure,) = find_figures("The job queue backed up to 1.8 million messages.")
    assert (figure.qualifier, figure.subject) == (None, "messages")
    (figure,) = find_figures("The firm will hire up to 400 staff.")
    assert figure.qualifier == "up to"


def test_language_is_detected_only_for_ambiguous_separators_and_subjects():
    from analystkit.figures import conventions

    conventions._language_of.cache_clear()
    find_figures("The fund paid 25 percent, $1.5 billion, in 2024.")
    assert conventions._language_of.cache_info().misses == 0
    find_figures("The town has 45.300 residents.")
    assert conventions._language_of.cache_info().misses == 1
    find_figures("Prices rose for 1,500,000 units.")  # a subject: read as its language builds it
    assert conventions._language_of.cache_info().misses == 2
    find_figures("Prices rose for 1,500,000 units.", language="en")
    assert conventions._language_of.cache_info().misses == 2


@pytest.mark.parametrize(("language", "text", "subject"), [
    ("fr", "Plus de 68 millions de personnes vivent en France selon l'Insee.", "personnes"),
    ("fr", "Selon l'ONU, 3 millions d'enfants ont faim dans le pays.", "enfants"),
    ("es", "Según la ONU, 3 millones de personas huyeron del país.", "personas"),
    ("it", "Secondo l'Istat, 2 milioni di persone vivono in povertà.", "persone"),
    ("pt", "Segundo o IBGE, 12 milhões de pessoas estão desempregadas.", "pessoas"),
    ("de", "Im Land leben 84 Millionen Menschen seit Jahren.", "Menschen"),
    ("de", "Dort arbeiten 25.000 nordkoreanische Arbeiter seit Jahren.",
     "nordkoreanische Arbeiter"),
    ("nl", "Volgens het CBS zijn 25.000 mensen gevlucht uit het land.", "mensen"),
    ("nl", "Volgens het CBS zijn er 12 nieuwe gevallen gemeld.", "nieuwe gevallen"),
    ("en", "Officials said 25,000 North Korean workers left.", "North Korean workers"),
])
def test_subject_ends_where_the_articles_language_ends_its_noun_phrase(language, text, subject):
    (figure,) = find_figures(text, language=language)
    assert (figure.kind, figure.subject) == ("count", subject)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Plus de 68 millions de personnes", "more than"), ("Casi 3 millones de personas", "nearly"),
    ("Rund 84 Millionen Menschen", "about"), ("Bis zu 25.000 Arbeiter", "up to"),
    ("Mais de 12 milhões de pessoas", "more than"), ("jusqu’à 25 000 ouvriers", "up to"),
])
def test_bounds_and_approximations_in_other_languages(text, qualifier):
    (figure,) = find_figures(text)
    assert figure.qualifier == qualifier and figure.text.lower().startswith(
        text.split()[0].lower())


@pytest.mark.parametrize("text", ["El titular del Juzgado de Instrucción 3 de Palma.",
                                  "Más de 40 resultaron heridas en el accidente."])
def test_a_proper_noun_or_a_verb_after_a_number_in_a_noun_first_language_is_no_subject(text):
    (figure,) = find_figures(text, language="es")
    assert (figure.kind, figure.subject) == ("number", None)


@pytest.mark.parametrize(("text", "figure_text", "year"), [
    ("Citada el próximo 8 de marzo en Palma.", "8 de marzo", None),
    ("Le sommet a eu lieu le 8 mars 2024 à Paris.", "8 mars 2024", 2024.0),
    ("Am 8. März 2024 in Berlin.", "8. März 2024", 2024.0),
    ("Foi preso em 12 de março de 2023.", "12 de março de 2023", 2023.0),
    ("Het gebeurde op 3 maart.", "3 maart", None),
    ("Это случилось 12 февраля 2024 года.", "12 февраля 2024", 2024.0),
])
def test_dates_with_month_names_of_other_languages(text, figure_text, year):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.value) == (figure_text, "date", year)


@pytest.mark.parametrize(("text", "expected"), [
    ("La mesure entrera en vigueur au 1er novembre 2024.", [("1er novembre 2024", "date")]),
    ("Le 1ᵉʳ février, la grève a commencé.", [("1ᵉʳ février", "date")]),
    ("Il a fini 1er sur 20 coureurs.", [("1er", "number"), ("20", "count")]),
])
def test_the_first_of_a_month_in_french_is_a_date(text, expected):
    assert [(f.text, f.kind) for f in find_figures(text)] == expected


def test_a_capitalised_lookalike_month_is_no_date():
    assert [f.kind for f in find_figures("The 2 Mars rovers and 8 mayors.")] == ["number",
                                                                                "count"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Die Schulden betragen 1 234,5 Millionen Euro.", 1234.5e6, "EUR"),
    ("Il y a 12 345,6 tonnes de blé.", 12345.6, "t"),
    ("The sample weighed 1 234.5 kg in all.", 1234.5, "kg"),
])
def test_space_grouped_thousands_with_a_decimal_part(text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("He won the seat by a margin of 1,20,717 votes.", 120717.0, "votes"),
    ("Polling took place across 1,00,186 polling stations.", 100186.0, "polling stations"),
    ("The bill came to Rs 12,45,67,890.", 124567890.0, None),
])
def test_numbers_grouped_the_indian_way_are_read_whole(text, value, subject):
    (figure,) = find_figures(text)
    assert (figure.value, figure.subject) == (value, subject)


def test_article_language_from_page_metadata_settles_ambiguous_numbers():
    page = ("<html lang='de-DE'><head><title>Arbeitsmarkt</title>"
            "<meta http-equiv='content-language' content='de-DE'></head><body><article>"
            "<h1>Arbeitslosigkeit sinkt</h1>"
            "<p>Die Zahl der Arbeitslosen sank im Mai um 45.300 Personen, teilte die Behörde mit."
            "</p></article></body></html>")
    article = ak.parse_article(page, fmt="html")
    assert article.figures["value"].tolist() == [45300.0]


@pytest.mark.parametrize(("language", "value"), [("es-ES", 45300.0), ("pt_BR", 45300.0),
                                                  ("en-GB", 45.3)])
def test_language_with_a_region_settles_ambiguous_numbers(language, value):
    found = find_figures("El paro bajó en 45.300 personas.", language=language)
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("台风造成12人死亡。", [("12", 12.0, "count", None, "人")]),
    ("约3,000户断电。", [("3,000", 3000.0, "count", None, "户")]),
    ("损失达1.5亿元。", [("1.5亿元", 1.5e8, "money", "CNY", None)]),
    ("投资100亿美元。", [("100亿美元", 1e10, "money", "USD", None)]),
    ("売上高は3兆円だった。", [("3兆円", 3e12, "money", "JPY", None)]),
    ("東京では大雨で500人が避難した。", [("500", 500.0, "count", None, "人")]),
    ("서울에서 500명이 대피했다.", [("500", 500.0, "count", None, "명")]),
    ("증가율은 3.5%였다.", [("3.5%", 3.5, "percent", "%", None)]),
    ("2024年3月12日，收入增长了20%。", [("2024年3月12日", 2024.0, "date", None, None),
                                  ("20%", 20.0, "percent", "%", None)]),
    ("3年前，公司成立。", [("3年", 3.0, "duration", "year", None)]),
])
def test_chinese_japanese_korean_figures(text, expected):
    found = [(f.text, f.value, f.kind, f.unit, f.subject) for f in find_figures(text)]
    assert found == expected


@pytest.mark.parametrize(("text", "value", "unit", "subject"), [
    ("The company raised Rs 4,500 crore last year.", 4.5e10, "INR", None),
    ("A ₹3 lakh crore plan.", 3e12, "INR", "plan"),  # a sum before its noun names it
    ("Aid reached 1.2 lakh households.", 1.2e5, None, "households"),
])
def test_lakh_and_crore(text, value, unit, subject):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit, figure.subject) == (pytest.approx(value), unit, subject)


def test_a_range_that_repeats_its_currency_sign_is_one_positive_range():
    got = [(f.text, f.value, f.value_high, f.unit) for f in find_figures(
        "It now expects $4.4bn-$4.7bn, and £2m-£3m in fees, after losses of -$3m.")]
    assert got == [("$4.4bn-$4.7bn", 4.4e9, 4.7e9, "USD"), ("£2m-£3m", 2e6, 3e6, "GBP"),
                   ("-$3m", -3e6, None, "USD")]


@pytest.mark.parametrize(("text", "figure_text", "value", "unit"), [
    ("Temperatures fell to minus 12 degrees overnight.", "minus 12 degrees", -12.0, "deg"),
    ("It was minus 12C at dawn.", "minus 12C", -12.0, "degC"),
    ("Growth of minus 0.5% was recorded.", "minus 0.5%", -0.5, "%"),
    ("Il faisait moins 5 degrés à Lyon.", "moins 5 degrés", -5.0, "deg"),
    # "at least" in French and Spanish, not a minus
    ("Au moins 7 personnes sont mortes.", "Au moins 7", 7.0, None),
    ("Al menos 7 personas murieron.", "Al menos 7", 7.0, None),
    ("Hubo por lo menos 12 heridos.", "por lo menos 12", 12.0, None),
])
def test_a_written_minus_makes_the_number_negative(text, figure_text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.unit) == (figure_text, value, unit)


@pytest.mark.parametrize(("text", "kind", "unit"), [
    ("He was paid 1.5 million pounds by the club.", "money", "GBP"),
    ("The plant recalled 1.5 million pounds of beef.", "measure", "lb"),
    ("The bag weighed 50 pounds.", "measure", "lb"),
])
def test_millions_of_pounds_are_sterling_unless_of_says_what_weighs(text, kind, unit):
    (figure,) = find_figures(text)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize("text", [
    "Section 230 of the Communications Decency Act shields platforms.",
    "The council served a section 114 notice.",
    "He was charged under § 793 and §12 of the act.",
    "The S&P 500 and the FTSE 100 fell, as did the Fortune 500 list.",
    "Article 5 of the treaty applies.",
    "He was charged under 18 U.S.C. with leaking.",
    "Call +44 1633 455400 for details.",
    # cases and statutes cited by volume, reporter and page (Bluebook)
    "The law, 5 U.S.C. 2302(b)(8), protects whistleblowers.",
    "In Bruen, 597 U.S. 215, the court struck down the rule.",
    "The court cited Roe v. Wade, 410 U.S. 113, 153.",
    "It relied on 142 S. Ct. 2111 and 550 F. Supp. 2d 1.",
    "The rule at 42 CFR 483.10 applies, as does 115 Stat. 272.",
    "Under 18 U.S.C. § 1030 the act is a crime.",
    "The act became Public Law 115-73, amending Pub. L. 111-148 and P.L. 117-58.",
])
def test_numbers_that_name_a_law_an_index_or_a_phone_are_no_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm employs 500 U.S. workers and 300 abroad.", ["500", "300"]),
    ("Prices were 12 Feb. 2025 levels.", ["12 Feb. 2025"]),
    ("About 597 U.S. troops remain; 215 left.", ["About 597", "215"]),
    # the year of a decision stays a year
    ("In Bruen, 597 U.S. 215 (2022), the court struck it down.", ["2022"]),
])
def test_a_number_before_an_abbreviation_is_no_citation_without_a_page(text, expected):
    assert [text[f.start:f.end] for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("To join, enter conference ID 8834512 and passcode 4419.", []),
    ("Witnesses should call 101, quoting crime reference 47250012345.", []),
    ("Please quote incident 457 when you call.", []),
    ("The charity (registered charity no. 1123456) helped 3,000 families.", ["3,000"]),
    ("It filed its Form 10-K, reporting 4,500 employees.", ["4,500"]),
    ("The plant holds ISO 27001 certification and employs 300 people.", ["300"]),
    ("She dialled 999 after the crash; 40 people called 911.", ["40"]),
    # a count after a verb of calling stays one
    ("The firm called 100 customers.", ["100"]),
])
def test_references_registrations_and_service_numbers_are_no_figures(text, expected):
    assert [text[f.start:f.end] for f in find_figures(text)] == expected


def test_label_words_counted_by_a_number_stay_counts():
    got = [(f.value, f.subject) for f in find_figures("The report has 5 articles and 2 sections.")]
    assert got == [(5.0, "articles"), (2.0, "sections")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Il governo ha stanziato 300 milioni di euro per le famiglie.", 3e8, "EUR"),
    ("O governo liberou R$ 28,8 bilhões para o setor.", 2.88e10, "BRL"),
    ("Бюджет составил 1,5 млрд рублей.", 1.5e9, "RUB"),
    ("В городе живут 60 тысяч человек.", 6e4, None),
    ("Os juros subiram 0,5 ponto percentual.", 0.5, "pp"),
])
def test_scales_currencies_and_units_of_other_languages(text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Les victimes avaient entre 25 et 35 ans.", 25.0, 35.0, "year"),
    ("De slachtoffers waren tussen 25 en 35 jaar.", 25.0, 35.0, "year"),
    ("Die Opfer waren zwischen 25 und 35 Jahren alt.", 25.0, 35.0, "year"),
    ("Le chantier durera de 3 à 5 jours.", 3.0, 5.0, "day"),
    ("Die Arbeiten dauern 3 bis 5 Tage.", 3.0, 5.0, "day"),
])
def test_ranges_in_other_languages(text, low, high, unit):
    (figure,) = find_figures(text)
    assert (figure.value, figure.value_high, figure.unit) == (low, high, unit)


def test_and_without_between_joins_no_range_in_other_languages_either():
    assert [f.value for f in find_figures("Il y avait 25 et 35 personnes.", language="fr")] \
        == [25.0, 35.0]


@pytest.mark.parametrize(("text", "expected"), [
    ("They won 58 of the 150 seats.", [(58.0, "seats"), (150.0, "seats")]),
    ("Nearly 4.2 million of the country's 5.8 million voters cast a ballot.",
     [(4.2e6, "voters"), (5.8e6, "voters")]),
    ("Crews removed 1.2 million litres of solvent and 20 km of road.",
     [(1.2e6, "solvent"), (20.0, "road")]),
    ("The shaft is 10 km deep.", [(10.0, "shaft")]),
])
def test_a_part_takes_its_wholes_subject_and_a_measure_its_of_phrase(text, expected):
    assert [(f.value, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("Nine out of ten fish died.", 0.9, "fish"),
    ("Only 3 out of 4 voters agreed.", 0.75, "voters"),
])
def test_out_of_shares(text, value, subject):
    (figure,) = find_figures(text)
    assert (figure.value, figure.subject) == (value, subject)


@pytest.mark.parametrize("text", ["A magnitude 6.2 earthquake struck the coast.",
                                  "A magnitude-6.2 quake hit at dawn.",
                                  "The quake had a magnitude of 6.2, the USGS said."])
def test_an_earthquakes_magnitude_is_a_measure(text):
    (figure,) = find_figures(text)
    assert (figure.value, figure.kind, figure.unit) == (6.2, "measure", "Mw")


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Sales rose 12% over two years.", None), ("Over 3 years, the fund grew.", None),
    ("He was jailed for over 5 years.", "over"), ("It took over 10 days to arrive.", "over"),
    ("Over 300 people came.", "over"), ("Spending rises by $300 billion over two years.", None),
    ("Any request over one second is an error.", "over"),
    ("The mural was painted and filmed over 40 hours.", None),
    ("The bonds are repaid over 12 years.", None), ("Fees are phased in over three years.", None),
    ("She spent over 6 years abroad.", "over"), ("The song was recorded over 20 years ago.", "over"),
])
def test_over_before_a_duration_means_across_after_a_figure_or_opening_a_clause(
        text, qualifier):
    assert find_figures(text)[-1].qualifier == qualifier


@pytest.mark.parametrize(("text", "figure_text", "value", "unit"), [
    ("He finished in 2 hours 18 minutes 46 seconds.", "2 hours 18 minutes 46 seconds",
     2 + 18 / 60 + 46 / 3600, "h"),
    ("The trial lasted 2 years and 3 months.", "2 years and 3 months", 2.25, "year"),
])
def test_a_compound_duration_is_one_figure_in_its_largest_unit(text, figure_text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.unit) == (figure_text, pytest.approx(value), unit)


def test_durations_whose_units_do_not_get_smaller_stay_apart():
    assert [f.text for f in find_figures("It took 5 minutes and 10 hours, then 2 days 3 days.")] \
        == ["5 minutes", "10 hours", "2 days", "3 days"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Earnings were 11 cents a share.", 0.11, "USD"), ("It costs 50 pence.", 0.5, "GBP"),
    ("Fares rose by 20 euro cents.", 0.2, "EUR"),
])
def test_minor_currency_units_are_money(text, value, unit):
    (figure,) = find_figures(text)
    assert (figure.kind, figure.value, figure.unit) == ("money", pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "The office at 14 Mill Lane closed.", "Protesters gathered at 1600 Pennsylvania Avenue.",
    "Le siège est au 12 rue de Rivoli.", "She lives at 10 Downing St. now.",
    "Scene KRW-2412 shows the site.",
    "Officers were called to the 1200 block of Main Street.",
    "A man was shot in the 400 block of West Elm Avenue on Sunday.",
])
def test_house_numbers_and_identifiers_are_no_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("text", [
    "The crash closed the northbound side of Interstate 95 on Monday.",
    "Police recovered a Glock 19 from the car.",
    "The officer, badge number 4471, was placed on leave.",
    "The case number is 24-CR-118.", "Court records (case 2024-CF-001234) show the charge.",
])
def test_roads_guns_badges_and_dockets_named_by_number_are_no_figures(text):
    assert find_figures(text) == []


def test_a_gun_maker_apart_from_its_number_leaves_a_count():
    assert [(f.value, f.subject) for f in find_figures("Glock and 12 firms bid.")] \
        == [(12.0, "firms")]


def test_a_block_of_things_in_lower_case_counts():
    assert [(f.value, f.subject) for f in find_figures("The firm sold the 200 block of shares.")] \
        == [(200.0, "block")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Output hit 2.3m t of grain.", 2.3e6, "t"), ("Exports reached 1.2m bbl a day.", 1.2e6, "bbl/day"),
    ("A 5m wall stands there.", 5.0, "m"), ("It rose 12pp to 60%.", 12.0, "pp"),
])
def test_glued_millions_before_a_unit_and_percentage_points(text, value, unit):
    figure = find_figures(text)[0]
    assert (figure.value, figure.unit) == (value, unit)


def test_a_line_break_of_hard_wrapped_text_is_a_space():
    got = [(f.value, f.unit, f.subject) for f in find_figures(
        "The fund holds about $9.5\nmillion and ran for eight\nhours with 300\nworkers.")]
    assert got == [(9.5e6, "USD", None), (8.0, "h", None), (300.0, None, "workers")]


@pytest.mark.parametrize(("text", "subject"), [
    ("Families will get compensation of 5,000 dollars each.", "compensation"),
    ("The election saw a turnout of 71.8%.", "turnout"),
    ("Most of $5m was spent.", None), ("A total of $8m was spent.", None),
    ("Output: 5%.", "Output"),  # a label names the value after its colon
    # a noun joined by "and" at the phrase's start: the amount is of both together
    ("Cash and equivalents of $212.4 million were held.", "Cash and equivalents"),
    ("Research and development expenses of $12.1 million rose.",
     "Research and development expenses"),
    ("The firm ended the year with cash and equivalents of $212 million.",
     "cash and equivalents"),
    ("The firm raised prices and profits of $3 million.", "profits"),
    ("Prices rose and revenue of $5 million followed.", "revenue"),
    # a range after "of" too
    ("The company expects revenue of $182 million to $185 million.", "revenue"),
])
def test_the_noun_before_of_names_what_an_amount_measures(text, subject):
    assert find_figures(text)[0].subject == subject


@pytest.mark.parametrize(("text", "expected"), [
    ("Bus fares will go from $2.40 to $2.95 in May.", [("$2.40", 2.4, None), ("$2.95", 2.95, None)]),
    ("Fares went up from $2.40 to $2.95.", [("$2.40", 2.4, None), ("$2.95", 2.95, None)]),
    ("The jobless rate climbed from 4.1% to 4.6%.", [("4.1%", 4.1, None), ("4.6%", 4.6, None)]),
    ("The levy was raised sharply from 12% to 15%.", [("12%", 12.0, None), ("15%", 15.0, None)]),
    ("The herd grew from 40 to 65 cows.", [("40", 40.0, None), ("65", 65.0, None)]),
    ("Stocks fell from 48% to 38%.", [("48%", 48.0, None), ("38%", 38.0, None)]),
    ("From 30 to 45 pupils sat the exam.", [("30 to 45", 30.0, 45.0)]),
    ("Depths ranged from 8 to 12 metres.", [("8 to 12 metres", 8.0, 12.0)]),
    ("The water rose to between 3 and 6 metres.", [("3 and 6 metres", 3.0, 6.0)]),
    ("The mill will cut from 200 to 300 jobs.", [("200 to 300", 200.0, 300.0)]),
])
def test_a_change_after_a_change_word_is_two_figures_and_from_alone_a_range(text, expected):
    assert [(f.text, f.value, f.value_high) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Support is put at 39%-44% among women.", [("39%-44%", 39.0, 44.0)]),
    ("The incumbent leads 51%-47% in the latest survey.", [("51%", 51.0, None),
                                                           ("47%", 47.0, None)]),
    ("Rates of 2%-3% are expected.", [("2%-3%", 2.0, 3.0)]),
    ("Pools were kept at 26°-28° all summer.", [("26°-28°", 26.0, 28.0)]),
])
def test_a_hyphen_after_a_percent_joins_two_figures_and_is_no_minus(text, expected):
    assert [(f.text, f.value, f.value_high) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text", [
    "Flight QF 93 diverted to Perth.", "Passengers on flight LH 400 were delayed.",
    "In Episode 212 the hosts discuss type 1 diabetes.",
    "A phase 2 study enrolled patients with stage 3 melanoma.",
    "The court cited [para 12] and [paras 40-44] of the ruling.", "Shoppers got a 3-for-2 offer and a two-for-one deal.",
    "They met in Room 101 after the crash closed junction 10.", "Season 3 airs on route 42 buses.",
    "Test scores rose in every school.",  # a noun, not "scores of"
])
def test_numbers_that_name_a_flight_an_episode_a_class_a_judgment_or_an_offer_are_no_figures(
        text):
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("See Brown v Green [2024] NSWSC 1375 at [para 12].", 2024.0),
    ("The ruling in [2019] EWCA Civ 77 stands.", 2019.0),
])
def test_a_neutral_citation_keeps_its_year_but_not_its_judgment_number(text, year):
    assert [(f.value, f.kind) for f in find_figures(text)] == [(year, "year")]


def test_counts_of_the_label_words_and_bracketed_years_stay_figures():
    got = [(f.value, f.kind, f.subject) for f in find_figures(
        "There are 3 types of 4 flights in [2020] and 2 phases.")]
    assert got == [(3.0, "count", "types"), (4.0, "count", "flights"), (2020.0, "year", None),
                   (2.0, "count", "phases")]


@pytest.mark.parametrize(("text", "expected"), [
    ("She won the 50 km walk in 3:48:15 on Saturday.",
     [("3:48:15", 3 + 48 / 60 + 15 / 3600, "h", None)]),
    ("The leaders reached halfway in 63:10.", [("63:10", 63 + 10 / 60, "min", None)]),
    ("He held roughly 3:05 per kilometre, then 5:20/mile.",
     [("roughly 3:05 per kilometre", 3 + 5 / 60, "min/km", "about"),
      ("5:20/mile", 5 + 20 / 60, "min/mi", None)]),
    ("The fastest ultra finish was 25:41:02.", [("25:41:02", 25 + 41 / 60 + 2 / 3600, "h", None)]),
    # a decimal before a glued "s" is seconds; a whole number before it a plural
    ("Leclerc was a further 3.4s back; 1,000s of fans stayed.", [("3.4s", 3.4, "s", None)]),
    # "m" right before seconds is minutes; a length stays one before a longer distance
    ("He lapped in 1m 29.5s over 100m 10.5s later.",
     [("1m 29.5s", 1 + 29.5 / 60, "min", None), ("10.5s", 10.5, "s", None)]),
    # a gap behind or ahead of another is minutes, but a clock time after "at"
    ("Vingegaard finished 1:14 behind; the bus left at 10:30 behind schedule.",
     [("1:14", 1 + 14 / 60, "min", None)]),
    # a decimal of a second makes m:ss a time no clock shows, after "at" too
    ("She swam 1:42.3 and he clocked in at 1:29.708.",
     [("1:42.3", 1 + 42.3 / 60, "min", None), ("1:29.708", 1 + 29.708 / 60, "min", None)]),
])
def test_race_times_and_paces_are_durations_in_their_largest_unit(text, expected):
    got = [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text)
           if f.kind == "duration"]
    assert got == [(t, pytest.approx(v), u, q) for t, v, u, q in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The 6-foot-8 forward weighs 220 pounds.",
     [("6-foot-8", 6 + 8 / 12, "forward"), ("220 pounds", 220.0, None)]),
    ("He stands 6 feet 2 inches; she is 5ft 11in.",
     [("6 feet 2 inches", 6 + 2 / 12, None), ("5ft 11in", 5 + 11 / 12, None)]),
    # no inches after the feet, or more than a foot of them: apart
    ("The 6-foot fence is 6ft 14in.", [("6-foot", 6.0, "fence"), ("6ft", 6.0, "6-foot fence"),
                                       ("14in", 14.0, None)]),
])
def test_a_height_in_feet_and_inches_is_one_length_in_feet(text, expected):
    got = [(f.text, f.value, f.subject) for f in find_figures(text, language="en")]
    assert got == [(t, pytest.approx(v), s) for t, v, s in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a race named after its verb, and a time "of", name what a race time measures
    ("Kiprotich won the Berlin Marathon in 2:03:45.", [("2:03:45", "Berlin Marathon")]),
    ("Lyles won the 100m final in 9.79 seconds.",
     [("100m", "final"), ("9.79 seconds", "100m final")]),
    ("She won in a time of 2:18:45.", [("2:18:45", "time")]),
    # no verb of racing, or "the time of" saying when
    ("Hassan crossed the line in 2:13:44.", [("2:13:44", None)]),
    ("At the time of 5 minutes past, nothing moved.", [("5 minutes", None)]),
])
def test_race_times_name_their_race(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize("text", [
    "The tremor hit at 03:17:40 UTC.", "Doors open at 6:45:00 sharp.",
    "The log shows 16:20:05 as the last entry.", "The bell rang at 9:30.",
    "Trains leave at 7:15 a.m. and 18:40.", "Assets were shared in a 60:40 split.",
    "Read John 3:16 again.", "Kick-off is at 3:00 and the bus leaves at 10:30. 5 wait.",
])
def test_clock_times_splits_and_verses_are_no_durations(text):
    assert [f for f in find_figures(text) if f.kind == "duration"] == []


@pytest.mark.parametrize(("text", "figure_text", "unit"), [
    ("Patients took 2.5mg/kg each day.", "2.5mg/kg", "mg/kg"),
    ("Gusts reached 130km/h at the pier.", "130km/h", "km/h"),
    ("Soot peaked at 95 micrograms per cubic metre overnight.",
     "95 micrograms per cubic metre", "µg/m3"),
    ("The monitor read 41 µg/m³ at noon.", "41 µg/m³", "µg/m3"),
    ("The phone has a 48-megapixel lens.", "48-megapixel", "MP"),
    ("Its 64MP sensor is new.", "64MP", "MP"),
])
def test_compound_and_glued_units(text, figure_text, unit):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.unit) == (figure_text, "measure", unit)


def test_a_spaced_mp_is_no_megapixel():
    assert [(f.kind, f.unit) for f in find_figures("The 3 MP spoke.")] == [("count", None)]


@pytest.mark.parametrize(("text", "figure_text", "qualifier"), [
    ("Forecasters give roughly a 30% chance of snow.", "roughly a 30%", "about"),
    ("Buyers get up to a 15% discount.", "up to a 15%", "up to"),
    ("The poll's margin is ±2.8 percentage points.", "±2.8 percentage points", "plus or minus"),
    ("Readings vary by +/- 4%.", "+/- 4%", "plus or minus"),
    ("The margin is plus or minus 3 points.", "plus or minus 3 points", "plus or minus"),
    ("It weighs 7 ± 1 kg.", "7 ± 1 kg", None),
])
def test_a_qualifier_before_an_article_and_a_margin_before_the_figure(text, figure_text, qualifier):
    (figure,) = find_figures(text)
    assert (figure.text, figure.qualifier) == (figure_text, qualifier)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der Ausbau kostet bis zu 4,8 Mrd. Euro.",
     [("bis zu 4,8 Mrd. Euro", 4.8e9, "money", "EUR", "up to", None)]),
    ("de", "Im Oktober 2023 begann der Bau.", [("Oktober 2023", 2023.0, "date", None, None, None)]),
    ("es", "Las obras empezaron en abril de 2022.",
     [("abril de 2022", 2022.0, "date", None, None, None)]),
    ("es", "El pantano guarda 35 hectómetros cúbicos.",
     [("35 hectómetros cúbicos", 35.0, "measure", "hm3", None, None)]),
    ("de", "Rund 300 der insgesamt 4.200 Schulen sind betroffen.",
     [("Rund 300", 300.0, "count", None, "about", "Schulen"),
      ("4.200", 4200.0, "count", None, None, "Schulen")]),
    ("es", "Quedan 80 que esperan turno.", [("80", 80.0, "number", None, None, None)]),
])
def test_scales_dates_units_parts_and_relatives_of_other_languages(language, text, expected):
    got = [(f.text, f.value, f.kind, f.unit, f.qualifier, f.subject)
           for f in find_figures(text, language=language)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rovers edged past Athletic 4-0 in the replay.", [("4", 4.0), ("0", 0.0)]),
    ("Senators backed the bill 7-3.", [("7", 7.0), ("3", 3.0)]),
])
def test_a_score_or_a_vote_is_two_numbers(text, expected):
    got = read(text)
    assert [(g[0], g[1]) for g in got] == expected
    assert {g[2:] for g in got} == {(None, "number", None, None, None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The House passed it 310-112.", ["310", "112"]),
    ("After a 3-2 ruling the board held a 2-1 vote.", ["3", "2", "2", "1"]),
    ("The plan was approved on a 4-3 vote.", ["4", "3"]),
    ("The motion was carried 34-21.", ["34", "21"]),
    ("The council passed a $1.4 billion budget 7-2.", ["7", "2"]),
    ("Council passes budget 7-2", ["7", "2"]),
    ("The board approved the plan 5 to 4.", ["5", "4"]),
])
def test_a_bodys_decision_or_a_vote_after_its_tally_counts_votes(text, expected):
    tally = [f for f in find_figures(text, language="en") if f.kind != "money"]
    assert [f.text for f in tally] == expected
    assert {(f.kind, f.subject) for f in tally} == {("count", "votes")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The 2023-24 season drew 10-12 fans a night.", [
        ("2023-24", 2023.0, 2024.0, "year", None, None, None),
        ("10-12", 10.0, 12.0, "count", None, None, "fans")]),
    ("Ring 020-7946-0958 or see ISBN 978-1-4028-9462-6.", []),
    ("Under the 2024-1 amendment the fee was $12-10.", []),
])
def test_no_score_in_a_rising_range_a_year_span_or_a_code(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Tickets for under-16s are free and the over-60s ride at half price.",
    "The under-21 side trained on Tuesday.",
    "The special edition, Issue 87, went to print.",
    "Commuters on the number 73 bus were delayed.",
    "Table 4-2 and Figure 3 summarise the survey.",
])
def test_age_bands_issues_and_numbered_things_are_no_figures(text):
    assert read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The town issued 340 licences.", [("340", 340.0, None, "count", None, None, "licences")]),
    ("Under 16 pupils sat the exam.",
     [("Under 16", 16.0, None, "count", None, "under", "pupils")]),
    ("The number of ferries fell to 9.", [("9", 9.0, None, "count", None, None, "ferries")]),
    ("It is the issue 60% of readers raised.",
     [("60%", 60.0, None, "percent", "%", None, "readers")]),
    ("A table 3 metres long was built.", [("3 metres", 3.0, None, "measure", "m", None, None)]),
])
def test_label_words_before_no_label_leave_the_count(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The county spent KSh 40 million on clinics.",
     [("KSh 40 million", 4e7, None, "money", "KES", None, "clinics")]),
    ("Farmers were paid Kshs. 3,500 a month.",
     [("Kshs. 3,500 a month", 3500.0, None, "money", "KES", None, None)]),
    ("Prices rose 3.4pc in March.", [("3.4pc", 3.4, None, "percent", "%", None, "Prices")]),
    ("A stamp now costs 95p.", [("95p", 0.95, None, "money", "GBP", None, "stamp")]),
    ("La facture pourrait dépasser 80 M€.",
     [("dépasser 80 M€", 8e7, None, "money", "EUR", "over", None)]),
    ("Le billet coûte 1 250 €.", [("1 250 €", 1250.0, None, "money", "EUR", None, None)]),
    ("Repairs may exceed $2m.", [("exceed $2m", 2e6, None, "money", "USD", "over", "Repairs")]),
])
def test_currency_and_percent_abbreviations(text, expected):
    got = read(text, language="fr" if "€" in text else "en")
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-9)
        assert g[2:] == e[2:]


@pytest.mark.parametrize(("text", "expected"), [
    ("The lab bought 5 PCs and a PC.", [("5", 5.0, None, "count", None, None, "PCs")]),
    ("The film streams in 1080p.", []),  # a video format, no quantity (nor pence)
    ("The shop shuts at 3p.m. daily.", []),
    ("The codes ksh5 and rs.9 and HRS20 ran.", []),
])
def test_abbreviations_that_are_no_currency_or_percent(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta set aside Rp1.5 trillion for roads.",
     [("Rp1.5 trillion", 1.5e12, None, "money", "IDR", None, "roads")]),
    ("Petronas posted RM2.5 billion in profit.",
     [("RM2.5 billion", 2.5e9, None, "money", "MYR", None, "profit")]),
    ("The county budget is Sh2 billion.",
     [("Sh2 billion", 2e9, None, "money", "KES", None, "county budget")]),
    ("Traders paid USh500,000 in fees.", [("USh500,000", 5e5, None, "money", "UGX", None, "fees")]),
    ("Dhaka allocated Tk 500 crore.", [("Tk 500 crore", 5e9, None, "money", "BDT", None, None)]),
    ("The fine was Dh500.", [("Dh500", 500.0, None, "money", "AED", None, "fine")]),
    ("Qatar paid QR10 million.", [("QR10 million", 1e7, None, "money", "QAR", None, None)]),
    ("Cairo paid LE 500 million.", [("LE 500 million", 5e8, None, "money", "EGP", None, None)]),
    ("Cairo paid E£20 billion.", [("E£20 billion", 2e10, None, "money", "EGP", None, None)]),
    ("Accra lost GH¢5 million.", [("GH¢5 million", 5e6, None, "money", "GHS", None, None)]),
    # a lone capital letter is money only before a scaled or grouped amount
    ("Eskom will receive R15 billion.",
     [("R15 billion", 1.5e10, None, "money", "ZAR", None, None)]),
    ("The grant rose to R1,500.", [("R1,500", 1500.0, None, "money", "ZAR", None, "grant")]),
    ("Lagos spent N5bn on roads.", [("N5bn", 5e9, None, "money", "NGN", None, "roads")]),
    ("Manila set aside P5 billion.", [("P5 billion", 5e9, None, "money", "PHP", None, None)]),
    # or before a price's rate, or after a word of price where the amount ends its phrase
    ("The rand firmed to R18.21 per dollar.",
     [("R18.21", 18.21, None, "money", "ZAR", None, "rand")]),
    ("Petrol now costs N480 a litre.",
     [("N480 a litre", 480.0, None, "money", "NGN", None, "Petrol")]),
    ("Bread costs R21.50, up from R19.99.",
     [("R21.50", 21.5, None, "money", "ZAR", None, "Bread"),
      ("R19.99", 19.99, None, "money", "ZAR", None, "Bread")]),
])
def test_currency_marks_of_national_presses(text, expected):
    got = read(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-9)
        assert g[2:] == e[2:]


@pytest.mark.parametrize("text", [
    "Traffic on the R2 road and at the P5 talks was light.",
    "Nurses asked for N95 masks and K9 units.",
    "The price of N95 masks rose.",
    "Drivers on SH1 were delayed.",  # a New Zealand state highway, not shillings
    "The Mk 48 torpedo and the SR 520 bridge.",
])
def test_letters_before_numbers_that_are_no_currency(text):
    assert [g for g in read(text) if g[3] == "money"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Its profit was SEK 2.10 a share a year ago.",
     [("SEK 2.10 a share", 2.1, None, "money", "SEK", None, "profit")]),
    ("Rent was $800 a month earlier.", [("$800", 800.0, None, "money", "USD", None, "Rent")]),
    ("Guards earned 40,000 pesos a month, or 3 million euros a year.",
     [("40,000 pesos a month", 40000.0, None, "money", "MXN", None, None),
      ("3 million euros a year", 3e6, None, "money", "EUR", None, None)]),
    ("The mine paid $30 a day before the strike.",
     [("$30 a day", 30.0, None, "money", "USD", None, None)]),
])
def test_a_rate_after_written_money_and_a_time_ago_that_is_none(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the label before the colon names both the figure and its earlier period
    ("Net sales: SEK 8.4bn (7.9bn)", [
        ("SEK 8.4bn", 8.4e9, None, "money", "SEK", None, "Net sales"),
        ("7.9bn", 7.9e9, None, "money", "SEK", None, "Net sales")]),
    ("Earnings per share: EUR 1.92 (1.70)", [
        ("EUR 1.92", 1.92, None, "money", "EUR", None, "Earnings per share"),
        ("1.70", 1.7, None, "money", "EUR", None, "Earnings per share")]),
    ("Order intake: $2.2bn (1.8)", [
        ("$2.2bn", 2.2e9, None, "money", "USD", None, "Order intake"),
        ("1.8", 1.8e9, None, "money", "USD", None, "Order intake")]),
])
def test_a_bare_number_in_brackets_after_money_is_money_of_an_earlier_period(text, expected):
    got = read(text, language="en")
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-9)
        assert g[2:] == e[2:]


@pytest.mark.parametrize(("text", "expected"), [
    ("The grant of £4m (60 flats) was approved.", [
        ("£4m", 4e6, None, "money", "GBP", None, "grant"),
        ("60", 60.0, None, "count", None, None, "flats")]),
    ("Yes: 52% (310)", [
        ("52%", 52.0, None, "percent", "%", None, "Yes"),  # the answer's share
        ("310", 310.0, None, "number", None, None, None)]),
    ("It cost $9 (in 2019) and $7 (4 and 5).", [
        ("$9", 9.0, None, "money", "USD", None, None),
        ("2019", 2019.0, None, "year", None, None, None),
        ("$7", 7.0, None, "money", "USD", None, None),
        ("4", 4.0, None, "number", None, None, None),
        ("5", 5.0, None, "number", None, None, None)]),
])
def test_brackets_holding_a_count_a_year_or_more_keep_their_reading(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Volunteers could number as many as 3,000 next year.",
     [("as many as 3,000", 3000.0, None, "count", None, "up to", "Volunteers")]),
    ("By Friday, confirmed cases totalled 412.",
     [("412", 412.0, None, "count", None, None, "confirmed cases")]),
    ("The survivors now number 85.", [("85", 85.0, None, "count", None, None, "survivors")]),
])
def test_a_subject_before_a_verb_of_counting(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They number 40.", [("40", 40.0, None, "number", None, None, None)]),
    ("Sales totalled $5bn.", [("$5bn", 5e9, None, "money", "USD", None, None)]),
    ("Fans wore the number 7 shirt.", []),
    ("The squads numbered 11 players each.",
     [("11", 11.0, None, "count", None, None, "players")]),
])
def test_no_subject_before_a_pronoun_and_the_number_as_a_name(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelters took in 640 last night.", [("640", 640.0, None, "number", None, None, None)]),
    ("Ridership may reach 9,000 next March.",
     [("9,000", 9000.0, None, "count", None, None, "Ridership")]),
    ("Engineers made 3 last-minute fixes.",
     [("3", 3.0, None, "count", None, None, "last-minute fixes")]),
])
def test_last_or_next_with_a_time_ends_a_subject(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le débit du Rhône a chuté à 310 mètres cubes par seconde jeudi.",
     [("310 mètres cubes par seconde", 310.0, None, "measure", "m3/s", None, "débit du Rhône")]),
    ("fr", "Les rafales ont atteint 130 kilomètres par heure sur la côte.",
     [("130 kilomètres par heure", 130.0, None, "measure", "km/h", None, "rafales")]),
    ("es", "El incendio arrasó 18 kilómetros cuadrados de monte.",
     [("18 kilómetros cuadrados", 18.0, None, "measure", "km2", None, None)]),
    ("es", "Los técnicos cobran 22 euros por hora.",
     [("22 euros por hora", 22.0, None, "money", "EUR", None, None)]),
    ("de", "Die Pumpen fördern 75 Kubikmeter pro Sekunde.",
     [("75 Kubikmeter pro Sekunde", 75.0, None, "measure", "m3/s", None, None)]),
    ("en", "The spillway released 2,400 cubic metres per second overnight.",
     [("2,400 cubic metres per second", 2400.0, None, "measure", "m3/s", None, None)]),
])
def test_square_and_cubic_units_in_words_and_rates_in_other_languages(language, text, expected):
    assert read(text, language=language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new line will store 3 gigawatt-hours of power.",
     [("3 gigawatt-hours", 3.0, None, "measure", "GWh", None, "power")]),
    ("Homes used 410 kilowatt hours in January.",
     [("410 kilowatt hours", 410.0, None, "measure", "kWh", None, None)]),
    ("The farm sold 900 megawatt hours, and the grid lost 1.2 terawatt-hours.",
     [("900 megawatt hours", 900.0, None, "measure", "MWh", None, None),
      ("1.2 terawatt-hours", 1.2, None, "measure", "TWh", None, None)]),
    ("Each 6-megawatt turbine cost $9 per megawatt hour to run.",
     [("6-megawatt", 6.0, None, "measure", "MW", None, "turbine"),
      ("$9 per megawatt hour", 9.0, None, "money", "USD", None, "6-megawatt turbine")]),
])
def test_energy_units_in_words(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "pro", "par" and "por" are rate words only before a rate's unit
    ("Lawyers gave 120 hours pro bono.", [("120 hours", 120.0, None, "duration", "h", None, None)]),
    ("Part-time coaches earn $40 pro rata.",
     [("$40", 40.0, None, "money", "USD", None, None)]),
    ("The mill turned 40 hours a week.",
     [("40 hours", 40.0, None, "duration", "h", None, None)]),
])
def test_rate_words_without_a_rate_unit_read_no_rate(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Surveys found between 2.5 billion and 6 billion insects per hectare.",
     [("2.5 billion and 6 billion", 2.5e9, 6e9, "count", None, None, "insects")]),
    ("Estimates run from 3 million to 5 million households.",
     [("3 million to 5 million", 3e6, 5e6, "count", None, None, "households")]),
    # a change stays two figures, and a scaled number before a smaller count is no range
    ("Membership rose from 3 million to 5 million households.",
     [("3 million", 3e6, None, "count", None, None, "Membership"),
      ("5 million", 5e6, None, "count", None, None, "households")]),
    ("The charity gave 2 million to 400 schools.",
     [("2 million", 2e6, None, "number", None, None, None),
      ("400", 400.0, None, "count", None, None, "schools")]),
])
def test_a_range_of_two_scaled_numbers_before_a_count(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine national training colleges will merge.",
     [("Nine", 9.0, None, "count", None, None, "national training colleges")]),
    ("The city runs 14 public housing estates.",
     [("14", 14.0, None, "count", None, None, "public housing estates")]),
    # a noun before a verb in -ed still ends the subject
    ("Police said 7 rivals retired.", [("7", 7.0, None, "count", None, None, "rivals")]),
    ("By Friday 11 hospitals reported.",
     [("11", 11.0, None, "count", None, None, "hospitals")]),
])
def test_adjectives_in_al_or_ic_keep_the_noun_phrase(text, expected):
    assert read(text, language="en") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "La Junta destina 450 millones para la reforma de los puertos.",
     [("450 millones", 4.5e8, None, "number", None, None, None)]),
    ("fr", "L'État débloque 80 millions pour les hôpitaux.",
     [("80 millions", 8e7, None, "number", None, None, None)]),
    ("pt", "O estado perde 900 milhões por ano.",
     [("900 milhões", 9e8, None, "number", None, None, None)]),
    ("es", "Se vendieron 700 de los pisos.", [("700", 700.0, None, "number", None, None, None)]),
    # the counted noun after a partitive stays
    ("es", "Hay 2 millones de hogares sin luz.",
     [("2 millones", 2e6, None, "count", None, None, "hogares")]),
    ("fr", "La ville compte 45 000 habitants pour 12 lycées.",
     [("45 000", 45000.0, None, "count", None, None, "habitants"),
      ("12", 12.0, None, "count", None, None, "lycées")]),
])
def test_a_romance_preposition_or_article_is_no_subject(language, text, expected):
    assert read(text, language=language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Post erhöht das Porto um etwa acht Prozent.",
     [("etwa acht Prozent", 8.0, None, "percent", "%", "about", None)]),
    ("de", "Gut drei Millionen Haushalte heizen mit Öl.",
     [("drei Millionen", 3e6, None, "count", None, None, "Haushalte")]),
    ("de", "Zweiundzwanzig Prozent der Befragten stimmten zu.",
     [("Zweiundzwanzig Prozent", 22.0, None, "percent", "%", None, "Befragten")]),
    ("fr", "Le budget atteint trois cents millions d'euros.",
     [("trois cents millions d'euros", 3e8, None, "money", "EUR", None, "budget")]),
    ("es", "Cerca de quince por ciento de los pozos está seco.",
     [("Cerca de quince por ciento", 15.0, None, "percent", "%", "about", "pozos")]),
    # elsewhere these words are no figures: an article, a vague plural
    ("de", "Ein Sprecher nannte die Kosten in Millionenhöhe.", []),
    ("fr", "Des millions de touristes et un guide.",
     [("millions", 2e6, None, "number", None, "at least", None)]),
])
def test_number_words_of_other_languages_before_a_percent_or_scale_word(language, text,
                                                                         expected):
    assert read(text, language=language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("بلغت قيمة الصفقة 2.4 مليار دولار العام الماضي.",
     [("2.4 مليار دولار", 2.4e9, None, "money", "USD", None, None)]),
    ("خصصت الحكومة 750 مليون ريال للمشروع.",
     [("750 مليون ريال", 7.5e8, None, "money", "SAR", None, None)]),
    ("تراجعت المبيعات 8 في المئة.", [("8 في المئة", 8.0, None, "percent", "%", None, None)]),
    ("استقبلت المدينة 250 ألف زائر.", [("250 ألف", 2.5e5, None, "number", None, None, None)]),
    # a number before other words stays a number; the pound (جنيه) is no currency here
    ("يعمل في المصنع 40 عاملا.", [("40", 40.0, None, "number", None, None, None)]),
    ("دفع 90 جنيه.", [("90", 90.0, None, "number", None, None, None)]),
])
def test_arabic_scale_words_currencies_and_percent(text, expected):
    assert read(text, language="ar") == expected


def test_foreign_scale_word_inside_a_compound_is_no_amount():
    figures = ak.parse_article("Projekt gestoppt\n\nEin Millionen-Projekt wurde am Montag "
                               "in Köln gestoppt, sagte die Stadt. Die Kosten stiegen um "
                               "zehn Prozent.\n").figures
    assert figures[["text", "value"]].values.tolist() == [["zehn Prozent", 10.0]]


def test_page_references_are_no_figures():
    figures = ak.parse_article("Audit\n\nThe costs are set out on p. 48 and pp. 60-62 of the "
                               "audit. Page 9 lists 31 contracts. The audit runs to 140 pages.\n",
                               fmt="text").figures
    assert figures[["text", "subject"]].values.tolist() == [["31", "contracts"],
                                                            ["140", "pages"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a change, then the level after it: two figures
    ("Season tickets will go up by $15 to $120.", [("$15", 15.0, None), ("$120", 120.0, None)]),
    ("Copper slipped 45 cents to $4.12 a pound.", [("45 cents", 0.45, None),
                                                    ("$4.12 a pound", 4.12, None)]),
    ("The board trimmed the grant by £2m to £30m.", [("£2m", 2e6, None), ("£30m", 3e7, None)]),
    ("Jobless claims were up 0.3% to 4.8%.", [("0.3%", 0.3, None), ("4.8%", 4.8, None)]),
    ("The city will lift parking charges from $3.20 to $3.90.", [("$3.20", 3.2, None),
                                                                  ("$3.90", 3.9, None)]),
    ("Ministers lowered the speed limit sharply from 70 to 50 mph.",
     [("70", 70.0, None), ("50 mph", 50.0, None)]),
    # ranges stay ranges
    ("Wages should rise by 3 to 4 percent.", [("3 to 4 percent", 3.0, 4.0)]),
    ("Rents rose by 2% to 3% in most towns.", [("2% to 3%", 2.0, 3.0)]),
    ("Traders see the stock at $7.40 to $7.90.", [("$7.40 to $7.90", 7.4, 7.9)]),
    ("Tickets cost between $12 and $40.", [("$12 and $40", 12.0, 40.0)]),
    ("The path runs from 20 to 80 metres above the lake.", [("20 to 80 metres", 20.0, 80.0)]),
    ("The plant will cut from 150 to 250 posts.", [("150 to 250", 150.0, 250.0)]),
])
def test_a_change_by_an_amount_to_a_level_is_two_figures(text, expected):
    assert [(f.text, f.value, f.value_high) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "subject"), [
    # the plain verb after a counted plural ends the subject
    ("About 4,500 commuters drive into the city.", "commuters"),
    ("The three districts account for half the vote.", "districts"),
    ("Some 800 pupils travel by bus.", "pupils"),
    ("At least 60 people gather at the gates.", "people"),
    ("The 12 new cafes open in spring.", "new cafes"),
    # a preposition ends it too
    ("The four bakeries beyond the station closed.", "bakeries"),
    ("Two clinics within a mile shut.", "clinics"),
    # a noun before a plural head, a possessive and a plural object stay
    ("Police seized 200 sports cars in the raid.", "sports cars"),
    ("It lost 30% of Europe's market share.", "Europe's market share"),
    ("Organisers sold 5,000 season tickets on Friday.", "season tickets"),
])
def test_a_subject_ends_before_its_verb_and_a_preposition(text, subject):
    assert [f.subject for f in find_figures(text) if f.subject] == [subject]


@pytest.mark.parametrize(("text", "expected"), [
    # a number that names a class, a district or a place is no figure
    ("The storm grew into a category 4 cyclone overnight.", []),
    ("Residents of Ward 7 and District 12 objected.", []),
    ("Ferries leave from Pier 3 and Berth 6.", []),
    ("SECTOR 4 CLEAN-UP BEGINS", []),
    ("Sales for Quarter 3 2024 slipped.", [("2024", "year")]),
    ("Schools moved to Level 2 restrictions.", []),
    # in lower case most of these words are nouns a count or a measure may follow
    ("The ward 30 nurses staff is full.", [("30", "count")]),
    ("The river level 3 metres above normal worried them.", [("3 metres", "measure")]),
    ("In the second quarter 40 shops closed.", [("40", "count")]),
])
def test_a_number_after_a_label_word_names_a_place_or_class(text, expected):
    assert [(f.text, f.kind) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The county borrowed 3.5 billion shillings last year.", [(3.5e9, "money", "KES")]),
    ("A ticket costs 850 pesos.", [(850.0, "money", "MXN")]),
    ("The farmers said they were paid 12,000 Tanzanian shillings for each bag of the coffee.",
     [(12000.0, "money", "TZS")]),
    ("Manila set aside 4 billion Philippine pesos.", [(4e9, "money", "PHP")]),
    ("Bogotá spent 90 million Colombian pesos.", [(9e7, "money", "COP")]),
    # a currency word that counts nothing stays none
    ("The peso slid for 3 days.", [(3.0, "duration", "day")]),
])
def test_shillings_and_pesos_are_money(text, expected):
    assert [(f.value, f.kind, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vote's tally after "passed" is no bound
    ("The levy passed 58% to 42% on Tuesday.", [("58%", None), ("42%", None)]),
    ("The proposal passed 5,200 to 4,100.", [("5,200", None), ("4,100", None)]),
    # a figure the count passes is one
    ("Enrolment passed 9,000 this autumn.", [("passed 9,000", "over")]),
    ("Support passed 60% in the final poll.", [("passed 60%", "over")]),
])
def test_passed_before_a_tally_is_the_vote_not_a_bound(text, expected):
    assert [(f.text, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table's unit note is no amount
    ("Operating results (in thousands, except per-unit amounts)", []),
    ("Euros in millions", []),
    ("Net debt (in billions of euros)", []),
    ("Results for the year, in millions, are in the table below.", []),
    # a vague plural in prose still is one
    ("Power was cut, in millions of homes, for hours.", [("millions", 2e6, "at least")]),
    ("Thousands of fans queued overnight.", [("Thousands", 2000.0, "at least")]),
    ("The bill ran into the millions.", [("millions", 2e6, "at least")]),
    ("Copies sold in thousands within a week.", [("thousands", 2000.0, "at least")]),
])
def test_a_unit_note_in_millions_is_no_figure(text, expected):
    assert [(f.text, f.value, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Classes held an average of 27 pupils.", [("27", None, "pupils")]),
    ("Yields rose to an average of 4.1 per cent.", [("4.1 per cent", None, "Yields")]),
    ("Rents were around £900 on average.", [("around £900", "about", "Rents")]),
])
def test_an_average_is_no_approximation(text, expected):
    assert [(f.text, f.qualifier, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "subject"), [
    # the verb after a share agrees with its "one" and takes an -s
    ("Only one in six riders pays the full fare.", "riders"),
    ("One in three tenants faces eviction.", "tenants"),
    ("1 in 8 patients waits over a year.", "patients"),
    ("One in five children needs glasses.", "children"),
    # a noun before a plural head stays
    ("One in four sports clubs closed.", "sports clubs"),
    ("One in ten delivery drivers quit.", "delivery drivers"),
])
def test_the_singular_verb_after_a_share_ends_its_subject(text, subject):
    assert [f.subject for f in find_figures(text)] == [subject]


@pytest.mark.parametrize(("text", "expected"), [
    # a brand written lower case then capital names its model by the number
    ("She swapped her iPad 9 for a laptop.", []),
    ("The update reaches macOS 15 next week.", []),
    # ballot measures are named by number
    ("Voters rejected Proposition 22 and Prop 7.", []),
    ("Amendment 3 passed easily.", []),
    # a capitalised word before a count is left alone
    ("In Leeds 300 people marched.", [("300", "people")]),
    ("Apple shipped 12 million iPhones.", [("12 million", "iPhones")]),
])
def test_a_model_or_ballot_measure_number_is_no_figure(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("About 80 houses near the quarry were sold.", "houses"),
    ("Some 250 nurses train abroad.", "nurses"),
    ("Roughly 90 caravans park near the beach.", "caravans"),
    ("Inspectors logged 14 near misses.", "near misses"),
    ("It covered 6 past winners.", "past winners"),
])
def test_near_past_and_abroad_end_a_subject_after_its_first_word(text, subject):
    assert [f.subject for f in find_figures(text)] == [subject]


@pytest.mark.parametrize(("text", "expected"), [
    ("The casualty count has climbed to 212.", [("212", "count", "casualty count")]),
    ("Attendance dropped sharply to 9,300.", [("9,300", "count", "Attendance")]),
    ("The jobless rate was raised to 6.1%.", [("6.1%", "percent", "jobless rate")]),
    # a noun phrase with a preposition's phrase after it is the subject as written
    ("Stakes in Orbitel fell to 38.", [("38", "count", "Stakes in Orbitel")]),
    ("It rose to 50.", [("50", "number", None)]),
    # an object after the verb: the subject after the number counts
    ("The council cut 40 posts.", [("40", "count", "posts")]),
])
def test_the_noun_before_a_rise_or_fall_to_a_number_is_its_subject(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change written right after its verb, or after "by" or "from"
    ("Sales rose 6% last year.", [("6%", "percent", "Sales")]),
    ("Exports increased 5%.", [("5%", "percent", "Exports")]),
    ("Consumer prices would rise by 7.3 percent this year.",
     [("7.3 percent", "percent", "Consumer prices")]),
    ("Fares were raised by 5%.", [("5%", "percent", "Fares")]),
    ("The BSE Sensex gained 0.03 percent.", [("0.03 percent", "percent", "BSE Sensex")]),
    ("Brent crude oil has fallen more than $45 a barrel since June.",
     [("more than $45 a barrel", "money", "Brent crude oil")]),
    # a direction after a trend verb, a session verb or "be"
    ("Shares edged up 0.1%.", [("0.1%", "percent", "Shares")]),
    ("Reliance Industries closed down 1.9 percent.",
     [("1.9 percent", "percent", "Reliance Industries")]),
    ("Ticket sales were up 12%.", [("12%", "percent", "Ticket sales")]),
    # a level: "at" after a verb of level, or the object of "reach" or "hit"
    ("Unemployment stood at 4.2% in March.", [("4.2%", "percent", "Unemployment")]),
    ("The index closed at 27,403 on Friday.", [("27,403", "number", "index")]),
    ("Inflation hit 9% in June.", [("9%", "percent", "Inflation")]),
    ("Sustained winds may reach 23 mph.", [("23 mph", "measure", "Sustained winds")]),
    ("Unemployment claims had topped 6 million.",  # the qualifier is the verb
     [("topped 6 million", "count", "Unemployment claims")]),
    # an amount after a form of "be"; a bare number there has no subject
    ("The jobless rate is 5.2%.", [("5.2%", "percent", "jobless rate")]),
    ("It was 5%.", [("5%", "percent", None)]),
    ("The answer is 42.", [("42", "number", None)]),
    # a level with a decimal measures, it counts nothing
    ("The sentiment index stood at 88.8 in November.",
     [("88.8", "number", "sentiment index")]),
    # the level after a change measures the same thing
    ("Revenue rose from $5m to $7m.", [("$5m", "money", "Revenue"), ("$7m", "money", "Revenue")]),
    ("Margins fell from 48% to 38%.",
     [("48%", "percent", "Margins"), ("38%", "percent", "Margins")]),
    ("The death toll rose from 40 to 47.",
     [("40", "count", "death toll"), ("47", "count", "death toll")]),
    ("Oil fell 97 cents to $73.44.", [("97 cents", "money", "Oil"), ("$73.44", "money", "Oil")]),
    # after "of": the whole phrase, or what a count or share is of
    ("The value of the apartment fell from $327 million.",
     [("$327 million", "money", "value of the apartment")]),
    ("The number of ferries fell to 9.", [("9", "count", "ferries")]),
    ("The share of adults fell to 40%.", [("40%", "percent", "adults")]),
    # a verb with its own subject ends the phrase; an adjective in -ed does not
    ("The IMF projected consumer prices would rise by 7.3 percent.",
     [("7.3 percent", "percent", "consumer prices")]),
    ("The reported deaths rose to 40.", [("40", "count", "reported deaths")]),
    # verbs that take the amount as their object: who acted is no subject
    ("The council raised $5 million.", [("$5 million", "money", None)]),
    ("Acme lost $5 million in March.", [("$5 million", "money", None)]),
    ("The index moved 5% in a week.", [("5%", "percent", None)]),
    # a bare number after "by" or a trend verb opens a range, keeps no subject
    ("Wages should rise by 3 to 4 percent.", [("3 to 4 percent", "percent", None)]),
    ("The firm will cut from 500 to 700 jobs.", [("500 to 700", "count", "jobs")]),
    # no verb phrase, or a relative pronoun (a label before a colon names its value)
    ("Output: 5%.", [("5%", "percent", "Output")]),
    ("The figure was 5%.", [("5%", "percent", None)]),  # a word that names nothing
    ("Sales and profits rose 5%.", [("5%", "percent", None)]),  # which of the two?
    ("Revenue hit $163 million, which was up 33%.",
     [("$163 million", "money", "Revenue"), ("33%", "percent", None)]),
    ("Inflation in the euro zone rose to 2.4%.",
     [("2.4%", "percent", "Inflation in the euro zone")]),
    # but not inside two of them: which phrase would it be?
    ("Grants to students for college rose 4%.", [("4%", "percent", None)]),
    # but for a poll's measure among some voters
    ("Support for Reform among over-65s rose to 31%.",
     [("31%", "percent", "Support for Reform among over-65s")]),
    ("Approval of the president among independents was 38%.",
     [("38%", "percent", "Approval of the president among independents")]),
])
def test_what_rose_fell_or_stood_at_an_amount_is_its_subject(text, expected):
    # English, as an article's language says (a sentence alone is too short to tell)
    got = [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of a share: the part before it
    ("Dairy products accounted for 17.7% of the total.", [("17.7%", "percent", "total")]),
    ("Dairy products accounted for 17.7%.", [("17.7%", "percent", "Dairy products")]),
    ("Women made up 40%.", [("40%", "percent", "Women")]),
    ("Imports represent 12% in all.", [("12%", "percent", "Imports")]),
    ("Lawyers represented 40 clients.", [("40", "count", "clients")]),
    # an amount alone in brackets belongs to the label before it
    ("Minority religions include Hinduism (2.6%), Buddhism (1.1%) and Islam (1.3%).",
     [("2.6%", "percent", "Hinduism"), ("1.1%", "percent", "Buddhism"),
      ("1.3%", "percent", "Islam")]),
    ("Its partners are China (NZ$27.8b) and the European Union ($22.9b).",
     [("NZ$27.8b", "money", "China"), ("$22.9b", "money", "European Union")]),
    ("Mount Everest (8,849 m) is the highest.", [("8,849 m", "measure", "Mount Everest")]),
    ("Exports in 2018 were meat (8.8%) and wood (6.2%).",
     [("2018", "year", None), ("8.8%", "percent", "meat"), ("6.2%", "percent", "wood")]),
    ("The unemployment rate (5.2%) was the lowest.",
     [("5.2%", "percent", "unemployment rate")]),
    # brackets that convert an amount, or hold more than one, or follow a verb
    ("The road is 2,000 kilometres (1,200 mi) long.",
     [("2,000 kilometres", "measure", "road"), ("1,200 mi", "measure", None)]),
    ("Density is 18.2/km2 (47.1/sq mi).",
     [("18.2/km2", "number", None), ("47.1/sq mi", "measure", None)]),
    ("The fine was £4m (€5 million).", [("£4m", "money", "fine"), ("€5 million", "money", None)]),
    ("Prices rose (5%) in May.", [("5%", "percent", None)]),
    # a noun of change after a modifier is a label, not a verb
    ("Rents outpaced wage growth (3.9%) again.", [("3.9%", "percent", "wage growth")]),
    ("Exports grew (by 5%) in May.", [("5%", "percent", None)]),
    # a change signed with a plus, like one below zero; a word of exclusion ends the label
    ("Ireland (+2.4%) recorded the highest increase, followed by Portugal (+0.8%) and "
     "Spain (+0.6%).", [("2.4%", "percent", "Ireland"), ("0.8%", "percent", "Portugal"),
                        ("0.6%", "percent", "Spain")]),
    ("It was positive for all countries except Germany (-0.3%) and Finland (-0.9%).",
     [("-0.3%", "percent", "Germany"), ("-0.9%", "percent", "Finland")]),
    ("Prices rose (+5%) in May.", [("5%", "percent", None)]),
    # a change signed in brackets after another is the same change; "+A to B" a change
    # and the level it reached, no range
    ("Average hourly wages rose 3.4% (+$1.21 to $36.85).",
     [("3.4%", "percent", "Average hourly wages"), ("$1.21", "money", "Average hourly wages"),
      ("$36.85", "money", "Average hourly wages")]),
    ("Average hourly wages fell 0.4% (-$0.12).",
     [("0.4%", "percent", "Average hourly wages"), ("-$0.12", "money", "Average hourly wages")]),
    ("Revenue rose 3.4% ($1.2bn).", [("3.4%", "percent", "Revenue"), ("$1.2bn", "money", None)]),
    ("Tickets cost $12 to $15.", [("$12 to $15", "money", "Tickets")]),
])
def test_a_share_verb_or_a_bracketed_amount_names_its_subject(text, expected):
    got = [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the object of a change verb before "from", "to" or "by" is what changed
    ("The bank is likely to cut interest rates from 4.5% to 4.25% next month.",
     [("4.5%", "interest rates"), ("4.25%", "interest rates")]),
    ("The council will raise single fares from $4.50 to $5.25 in May.",
     [("$4.50", "single fares"), ("$5.25", "single fares")]),
    ("The ministry cut the budget by £3m to £45m.", [("£3m", "budget"), ("£45m", "budget")]),
    ("The IMF raised its forecast to 3.1% for next year.", [("3.1%", "forecast")]),
    ("Acme raised prices by 5% last year.", [("5%", "prices")]),
    ("The firm cut jobs from 500 to 300.", [("500", "jobs"), ("300", "jobs")]),
    # the amount as the verb's object, or a range right after the verb, or after "by"
    ("The council raised $5 million for the school.", [("$5 million", None)]),
    ("The mill will cut from 200 to 300 jobs.", [("200 to 300", "jobs")]),
    ("The bank lifted the rate by 3 to 4 percent.", [("3 to 4 percent", None)]),
    ("The ministry cut the total by 5%.", [("5%", None)]),
])
def test_the_object_of_a_change_verb_is_what_changed(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Adjusted net profit of $41 million beat forecasts.",
     [("$41 million", "money", "Adjusted net profit")]),
    ("The club posted operating losses of £3m.", [("£3m", "money", "operating losses")]),
    ("Its gross margin of 38% held.", [("38%", "percent", "gross margin")]),
    # a verb, a preposition-like participle or a name mid-sentence is no modifier
    ("The board approved spending of $12 million.", [("$12 million", "money", "spending")]),
    ("Excluding charges of $7m, profit rose.", [("$7m", "money", "charges")]),
    ("Harlow won damages of £900.", [("£900", "money", "damages")]),
])
def test_the_words_before_the_noun_before_of_belong_to_the_subject(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A capacity crowd of 31,250 packed the stadium.", [("31,250", "count", "capacity crowd")]),
    ("A queue of nearly 600 formed.", [("nearly 600", "count", "queue")]),
    ("Its birth rate of 1.4 is low.", [("1.4", "number", "birth rate")]),
    # no noun, a pronoun-like word or a pair of numbers after "of"
    ("The unit generating revenue of $8m grew.", [("$8m", "money", "revenue")]),
    ("He is one of 30.", [("30", "number", None)]),
    ("A panel of five or six judges met.", [("five", "count", "judges"), ("six", "count", "judges")]),
])
def test_the_noun_before_of_names_what_a_number_counts(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly 45% of the U.K. workforce commutes.", [("Nearly 45%", "U.K. workforce")]),
    ("About 8 U.N. agencies left.", [("About 8", "U.N. agencies")]),
    # a capital after the dots starts a new sentence
    ("They sold 70 trucks in the U.S. Prices rose.", [("70", "trucks")]),
    # after "of" a singular whole takes a verb in -s
    ("Roughly 30% of the electorate expects a recount.", [("Roughly 30%", "electorate")]),
    ("They saved 200 human lives.", [("200", "human lives")]),
])
def test_an_initialism_and_a_singular_verb_in_a_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gusts near 90 km/h felled trees.", [("near 90 km/h", "about")]),
    ("Unemployment hovered near 7%.", [("near 7%", "about")]),
    ("The real cost is closer to $40m.", [("closer to $40m", "about")]),
    # before a count "near" places something
    ("Floods reached near 60 farms.", [("60", None)]),
])
def test_near_and_closer_to_approximate_an_amount(text, expected):
    assert [(f.text, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The club signed 41 players over three years.",
     [("41", None), ("three years", None)]),
    ("Volunteers logged 900 site visits over 20 weeks.",
     [("900", None), ("20 weeks", None)]),
    # with no count before it "over" bounds the length
    ("The trial lasted over 4 months.", [("over 4 months", "over")]),
])
def test_over_after_a_count_spreads_it_across_a_duration(text, expected):
    assert [(f.text, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They bought a 950-square-foot studio.", [("950-square-foot", "measure", "sq ft", "studio")]),
    ("A 25-square-metre balcony.", [("25-square-metre", "measure", "m2", "balcony")]),
    ("Runners face a 42-km course.", [("42-km", "measure", "km", "course")]),
    ("A 9-storey block burned.", [("9-storey", "count", None, "storeys")]),
    ("A five-member jury sat.", [("five-member", "count", None, "members")]),
    ("It formed a 3-party alliance.", [("3-party", "count", None, "parties")]),
    # adjectives, approximations and multiples joined to a number count nothing
    ("A two-pronged attack.", [("two", "number", None, None)]),
    ("Some 60-odd guests came.", [("Some 60", "number", None, None)]),
    ("A 640px-wide banner.", [("640px", "number", None, None)]),
    ("A 17-year war ended.", [("17-year", "duration", "year", "war")]),
])
def test_a_unit_or_noun_joined_to_a_number_by_a_hyphen(text, expected):
    assert [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")] \
        == expected


AGE = ("duration", "year", "age")


@pytest.mark.parametrize(("text", "expected"), [
    ("Rafael Ortiz, 63, a retired pilot, testified.", [("63", *AGE)]),
    ("Kowalczyk, 29, declined to comment.", [("29", *AGE)]),
    ("He was 94.", [("94", *AGE)]),
    ("The painter died aged 77 in Lyon.", [("77", *AGE)]),
    ("The sisters, aged 12 and 15, were rescued.", [("12", *AGE), ("15", *AGE)]),
    ("A 9-year-old girl won.", [("9-year-old", *AGE)]),
    ("She began at the age of 6.", [("6", *AGE)]),
    # in brackets after a full name, as continental and tabloid style give it
    ("Luis Carrera (34), a fisherman from Vigo, was rescued.", [("34", *AGE)]),
    ("Anna Müller (34) aus Köln wurde verletzt.", [("34", *AGE)]),
    ("María José García (71) murió el lunes.", [("71", *AGE)]),
    # goals after a scorer, a pair, a party's seats and a sentence's end are no ages
    ("Scorers: Harry Kane (2), Bukayo Saka.", [("2", "number", None, None)]),
    ("Jane Smith (34) and her son were found.", [("34", "number", None, None)]),
    ("The Labour Party (34) won seats.", [("34", "number", None, None)]),
    ("The winner was Luis Carrera (34).", [("34", "number", None, None)]),
    # a range of ages is one age range
    ("Those aged 30 to 44 agreed.", [("30 to 44", *AGE)]),
    ("Adults aged 40-74 are invited.", [("40-74", *AGE)]),
    ("Women aged between 50 and 71 are screened.", [("50 and 71", *AGE)]),
    ("Patients between the ages of 18 and 65 were included.", [("18 and 65", *AGE)]),
    # a date, a tally, a range of other things and a real duration are no ages
    ("On Tuesday, 14, not 12, were counted.", [("14", "number", None, None),
                                               ("12", "number", None, None)]),
    ("The score was 94.", [("94", "number", None, None)]),
    ("Those ranked 30 to 44 agreed.", [("30 to 44", "number", None, None)]),
    ("A 30-year lease ended.", [("30-year", "duration", "year", "lease")]),
])
def test_a_persons_age_is_a_duration_in_years_with_subject_age(text, expected):
    assert [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kent reached 301/8 in 45 overs.", [("45", 45.0, None)]),
    ("The striker netted 5 in 7 matches.", [("5", 5.0, None), ("7", 7.0, None)]),
    # a share keeps its reading, after any other verb too
    ("Surveys find 2 in 5 renters struggle.", [("2 in 5", 0.4, None)]),
    ("The virus infects one in ten bats.", [("one in ten", 0.1, None)]),
])
def test_a_score_or_a_tally_of_goals_is_no_share(text, expected):
    assert [(f.text, f.value, f.value_high) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Osaka beat Kerber 2-6, 6-3, 6-4.",
     [(2.0, None), (6.0, None), (6.0, None), (3.0, None), (6.0, None), (4.0, None)]),
    # a tiebreak's points glued in brackets are no figure; spaced, they stay one
    ("Sinner won 6-7(5) 7-6(3), 6-4 (3) today.",
     [(6.0, None), (7.0, None), (7.0, None), (6.0, None), (6.0, None), (4.0, None),
      (3.0, None)]),
    ("Gauff beat Sabalenka 4-6 6-3 6-2.",
     [(4.0, None), (6.0, None), (6.0, None), (3.0, None), (6.0, None), (2.0, None)]),
    # a run of ranges, all low first, stays ranges
    ("Bands for ages 4-7, 8-11 and 12-15 train.", [(4.0, 7.0), (8.0, 11.0), (12.0, 15.0)]),
    ("Sizes 4-7 8-11 ship.", [(4.0, 7.0), (8.0, 11.0)]),
    ("Tickets cost 2-5 euros.", [(2.0, 5.0)]),
    # a pair before a noun of result, or a bowler's figures, is written low first
    ("They slumped to a 0-3 home defeat.", [(0.0, None), (3.0, None)]),
    ("Denver ended with a 38-44 record.", [(38.0, None), (44.0, None)]),
    ("Starc had figures of 4-32.", [(4.0, None), (32.0, None)]),
    ("Cummins returned 3-45 and Lyon 2-61.",
     [(3.0, None), (45.0, None), (2.0, None), (61.0, None)]),
    ("Hazlewood took 2-38 off nine overs.", [(2.0, None), (38.0, None), (9.0, None)]),
    ("Ferrari secured a 1-2 finish.", [(1.0, None), (2.0, None)]),
    # a headline's sides on either side of the score
    ("Chelsea 1-3 Arsenal: Saka double sinks Blues", [(1.0, None), (3.0, None)]),
    ("Temperatures To Reach 30-35 Degrees", [(30.0, 35.0)]),
    ("Ages 5-10 Kids Club", [(5.0, 10.0)]),
    # a team's formation is a code, no figure
    ("They switched from 3-5-2 to a 4-2-3-1.", []),
    # a range before any other noun, or named by "and" with no figures, stays one
    ("Expect a 2-3 day wait.", [(2.0, 3.0)]),
    ("Kids aged 5-10-year-old play.", [(5.0, 10.0)]),
    ("Ages 5-10 and Lyon 2-61 apply.", [(5.0, 10.0), (2.0, 61.0)]),
])
def test_pairs_in_a_run_of_scores_are_no_ranges(text, expected):
    assert [(f.value, f.value_high) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Collingwood 12.10 (82) defeated Carlton 9.8 (62).",
     [("12", "count", "goals"), ("10", "count", "behinds"), ("82", "number", None),
      ("9", "count", "goals"), ("8", "count", "behinds"), ("62", "number", None)]),
    # a total that does not add up, or too small for a side, keeps the decimal
    ("Output was 12.10 (80) units.", [("12.10", "number", None), ("80", "number", None)]),
    ("EPS was 1.4 (10).", [("1.4", "number", None), ("10", "number", None)]),
])
def test_an_australian_football_score_is_goals_and_behinds(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("(odds ratio 1.35; 95% CI, 1.10-1.66; p=0.004)",
     [("1.35", None, "odds ratio"), ("1.10-1.66", None, "95% CI"), ("0.004", None, "p")]),
    ("Mortality fell (HR 0.81, 90% CI: 0.70 to 0.93, P<0.01).",
     [("0.81", None, "HR"), ("0.70 to 0.93", None, "90% CI"), ("<0.01", "less than", "P")]),
    ("Uptake was 61.2% (95% CI: 58.0% to 64.4%).",
     [("61.2%", None, "Uptake"), ("58.0% to 64.4%", None, "95% CI")]),
    # a capitalised name matches only as written; a level is kept with no interval
    ("Choose 3 or 4 options.", [("3", None, "options"), ("4", None, "options")]),
    ("About 95% of CI users agree.", [("About 95%", "about", "CI users")]),
])
def test_a_statistic_named_before_its_value_is_its_subject(text, expected):
    assert [(f.text, f.qualifier, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair runs from 9 to 12 October.", [("9 to 12 October", None)]),
    ("Talks are set for March 3-5, 2027.", [("March 3-5, 2027", 2027.0)]),
    ("Polls close on 14th–16th July.", [("14th–16th July", None)]),
    ("Output dipped from July to September 2024.", [("July to September 2024", 2024.0)]),
    # a falling pair of days, a first month with its own year and a count stay apart
    ("It moved from 28 to 3 May.", [("28", 28.0), ("3 May", None)]),
    ("From May 2023 to June 2024 it grew.", [("May 2023", 2023.0), ("June 2024", 2024.0)]),
    ("They won 3 to 5 games on 2 May.", [("3 to 5", 3.0), ("2 May", None)]),
    # a day before a date with its month ("between 7 and 10 March"), not a change
    ("The video was filmed between 7 and 10 March.", [("7 and 10 March", None)]),
    ("The summit runs 7-10 March 2025.", [("7-10 March 2025", 2025.0)]),
    ("Prices rose 5% to 10 March levels.", [("5%", 5.0), ("10 March", None)]),
    # month first, the days joined by "and"; not before what the second number counts
    ("The offices close between April 16 and 18.", [("April 16 and 18", None)]),
    ("Voting ran on May 3 and 4, 2024, in 12 districts.",
     [("May 3 and 4, 2024", 2024.0), ("12", 12.0)]),
    ("On April 16 and 18 people died.", [("April 16", None), ("18", 18.0)]),
    # days across the end of a month, the first date taking the second's year
    ("The poll was conducted March 30 to April 2 among 1,502 adults.",
     [("March 30 to April 2", None), ("1,502", 1502.0)]),
    ("Fieldwork ran from 28 February to 3 March 2025.", [("28 February to 3 March 2025", 2025.0)]),
    ("It was fielded Nov. 29-Dec. 2.", [("Nov. 29-Dec. 2", None)]),
    # a date moved to another, and a first date with its own year, stay two
    ("The vote was postponed from March 30 to April 2.", [("March 30", None), ("April 2", None)]),
    ("From 30 March 2024 to 2 April 2025 it grew.",
     [("30 March 2024", 2024.0), ("2 April 2025", 2025.0)]),
])
def test_a_range_of_days_or_months_is_one_date(text, expected):
    assert [(f.text, f.value) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Waiting lists shrank by half.", [("half", 0.5)]),
    ("Fares were cut by a quarter in March.", [("a quarter", 0.25)]),
    ("Exports dropped by a third to 12 tonnes.", [("a third", 1 / 3), ("12 tonnes", 12.0)]),
    # a fraction that names a noun after "by" is none
    ("Deals signed by a third party stalled.", []),
    ("The lead grew by half time.", []),
])
def test_a_fraction_after_by_is_the_size_of_a_change(text, expected):
    assert [(f.text, f.value) for f in find_figures(text, language="en")] == expected


PP = ("percent", "pp")


@pytest.mark.parametrize(("text", "expected"), [
    ("The bank raised rates by half a percentage point.",
     [("half a percentage point", 0.5, *PP)]),
    ("It cut by a quarter of a percentage point to 4.25%.",
     [("a quarter of a percentage point", 0.25, *PP), ("4.25%", 4.25, "percent", "%")]),
    ("Yields rose three-quarters of a percentage point.",
     [("three-quarters of a percentage point", 0.75, *PP)]),
    ("Inflation was 0.3 of a percentage point higher.",
     [("0.3 of a percentage point", 0.3, *PP)]),
    ("Rates fell a full percentage point.", [("a full percentage point", 1.0, *PP)]),
    ("It rose by one percentage point.", [("one percentage point", 1.0, *PP)]),
    # no article, a moment and a fraction of something else: no point read
    ("The percentage point gap narrowed.", []),
    ("At one point the crowd surged.", []),
    ("Half a million people marched.", [("Half a million", 5e5, "count", None)]),
])
def test_a_fraction_or_an_article_before_a_percentage_point(text, expected):
    assert [(f.text, f.value, f.kind, f.unit) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents have nearly doubled.", [("nearly doubled", 2.0, "nearly")]),
    ("Demand is set to more than triple.", [("more than triple", 3.0, "more than")]),
    ("Tolls quadrupling angered drivers.", [("quadrupling", 4.0, None)]),
    ("Fines tripled to £600.", [("tripled", 3.0, None), ("£600", 600.0, None)]),
    # a factor and "fold", in words or in digits
    ("Cases have increased tenfold since January.", [("tenfold", 10.0, None)]),
    ("Deaths rose almost two-fold.", [("almost two-fold", 2.0, "nearly")]),
    ("Measles cases rose 30-fold.", [("30-fold", 30.0, None)]),
    # adjectives and phrasal verbs multiply nothing
    ("She booked a triple room.", []),
    ("He folded the letter twice.", []),
    ("The shed doubled as a studio.", []),
    ("A double-decker bus came.", []),
])
def test_a_verb_of_multiplying_is_its_factor(text, expected):
    assert [(f.text, f.value, f.qualifier) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a currency sign before brackets: accounting's negative, with its scale
    ("The company reported a net loss of $(4.5) million in the quarter.",
     [("$(4.5) million", -4.5e6, "USD")]),
    ("Operating cash flow was €(120) in the year.", [("€(120)", -120.0, "EUR")]),
    ("Free cash flow came to US$(1.2) billion.", [("US$(1.2) billion", -1.2e9, "USD")]),
    # an amount in brackets in prose is an aside, not a negative
    ("The price ($99.99) is high.", [("$99.99", 99.99, "USD")]),
    ("Sales reached 40,000 units (2,000 more than planned).",
     [("40,000", 40000.0, None), ("2,000", 2000.0, None)]),
])
def test_a_sum_in_accounting_brackets_is_negative(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change restated in another unit, then the level after it: one subject for all
    ("Brent crude futures rose 43 cents, or 0.6%, to $74.12 a barrel by 0930 GMT.",
     [("43 cents", "Brent crude futures"), ("0.6%", "Brent crude futures"),
      ("$74.12 a barrel", "Brent crude futures")]),
    ("Gold rose $12, or 0.5%, to $2,650 an ounce.",
     [("$12", "Gold"), ("0.5%", "Gold"), ("$2,650 an ounce", "Gold")]),
    ("Acme shares fell 2%, or 3%, depending on the exchange.",
     [("2%", "Acme shares"), ("3%", None)]),
    # an index's points, and its level; a name that ends in a number
    ("The FTSE 100 rose 35.2 points to 8,310.5.",
     [("35.2 points", "FTSE 100"), ("8,310.5", "FTSE 100")]),
    ("The Dow Jones Industrial Average fell 120.5 points, or 0.3%, to 42,310.2.",
     [("120.5 points", "Dow Jones Industrial Average"), ("0.3%", "Dow Jones Industrial Average"),
      ("42,310.2", "Dow Jones Industrial Average")]),
    ("The S&P 500 fell 1.2% on Friday.", [("1.2%", "S&P 500")]),
    ("The 3 firms rose 5% in May.", [("3", "firms"), ("5%", "firms")]),
])
def test_market_moves_share_their_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a 24-hour time of day is no count
    ("The curfew starts at 2100 local time and ends at 0600 hours.", []),
    ("Trading closed at 1600 EST.", []),
    ("Police reviewed 1200 hours of footage.", [("1200 hours", 1200.0, "h")]),
    # "won" as a verb is no Korean currency
    ("Team 7 won 3 games.", [("7", 7.0, None), ("3", 3.0, None)]),
    ("The ticket cost 10,000 won.", [("10,000 won", 10000.0, "KRW")]),
])
def test_times_of_day_and_the_verb_won_are_no_amounts(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the level a change started from, after "down from" or "up from"
    ("Unemployment fell to 4.1% in May, down from 4.3% in April.",
     [("4.1%", "Unemployment"), ("4.3%", "Unemployment")]),
    ("Inflation rose to 3.1%, up from 2.9% a month earlier.",
     [("3.1%", "Inflation"), ("2.9%", "Inflation")]),
    ("Sales fell to $5m. Up from $3m, profits rose.", [("$5m", "Sales"), ("$3m", None)]),
    # the level after a change in per cent, over a period or not
    ("Revenue rose 5% to $7 million.", [("5%", "Revenue"), ("$7 million", "Revenue")]),
    ("The average house price rose 2.3% year on year to £285,000 in March.",
     [("2.3%", "average house price"), ("£285,000", "average house price")]),
    # a gerund after "of" names what a share is of; a participle does not
    ("Interest will eat up 13 percent of government spending.",
     [("13 percent", "government spending")]),
    ("About 5% of total lending went to farmers.", [("About 5%", "total lending")]),
    ("About 20% of people living in poverty are children.", [("About 20%", "people")]),
])
def test_levels_before_and_after_a_change_and_gerunds_share_subjects(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of harm whose noun is left out takes the noun of the count before it
    ("At least 12 people were killed and 40 injured in a drone strike.",
     [("At least 12", "count", "people"), ("40", "count", "people")]),
    ("The outbreak has infected 1,234 people and killed 56 since January.",
     [("1,234", "count", "people"), ("56", "count", "people")]),
    ("Five soldiers died, 12 were wounded and 3 are missing.",
     [("Five", "count", "soldiers"), ("12", "count", "soldiers"), ("3", "count", "soldiers")]),
    # not outside a list of harm, nor across a sentence
    ("The team scored 3 goals and conceded 2.", [("3", "count", "goals"), ("2", "number", None)]),
    ("Police found 3 bodies. Later, 2 were injured.",
     [("3", "count", "bodies"), ("2", "count", "people")]),
])
def test_a_count_of_harm_shares_the_noun_left_out(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare number that a verb of harm, flight or rescue takes counts people
    ("Cyclone Mocha killed at least 42 in Rakhine state and left 1,200 injured.",
     [("at least 42", "count", "people"), ("1,200", "count", "people")]),
    ("The floods have displaced more than 300,000, killing 17 and injuring 240.",
     [("more than 300,000", "count", "people"), ("17", "count", "people"),
      ("240", "count", "people")]),
    ("Rescue teams evacuated 25,000 from low-lying areas on Tuesday.",
     [("25,000", "count", "people")]),
    # and so does one before its auxiliary and its fate, or "died"
    ("At least 42 were killed and 12 remain missing, while 9 died in hospital.",
     [("At least 42", "count", "people"), ("12", "count", "people"), ("9", "count", "people")]),
    # its own noun stays, as does an elided list's noun and a verb of no harm
    ("Floods killed 42 cattle and left 3,000 homeless.",
     [("42", "count", "cattle"), ("3,000", "count", "homeless")]),
    ("At least 12 soldiers were killed and 40 injured.",
     [("At least 12", "count", "soldiers"), ("40", "count", "soldiers")]),
    ("The company laid off 300 in March, and 40 were transferred.",
     [("300", "number", None), ("40", "number", None)]),
    ("The tremor left 12 without power.", [("12", "number", None)]),
    # a fate after "with" counts people, not the level before
    ("The toll climbed to 213, with 47 still missing and 300 injured.",
     [("213", "count", "toll"), ("47", "count", "people"), ("300", "count", "people")]),
    ("A ward with 12 injured soldiers.", [("12", "count", "injured soldiers")]),
    ("The toll stands at 58 dead and 212 injured.",
     [("58", "count", "dead"), ("212", "count", "injured")]),
    # "in need" is a fate too; the whole of a share keeps its noun
    ("Some 1.3 million people were affected and 400,000 are in need of food aid.",
     [("Some 1.3 million", "count", "people"), ("400,000", "count", "people")]),
    ("Of the 100 soldiers, 42 were killed.",
     [("100", "count", "soldiers"), ("42", "count", "soldiers")]),
    ("Sales rose, with 4 new stores and 30 more planned.",
     [("4", "count", "new stores"), ("30", "number", None)]),
])
def test_a_bare_number_a_verb_of_harm_takes_counts_people(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "half of" without an article is a share; a half of a period or a whole is not
    ("Nearly half of voters backed the plan.", [("Nearly half", 0.5, "voters")]),
    ("More than half of the city was flooded.", [("More than half", 0.5, "city")]),
    ("In the first half of 2024, sales rose.", [("2024", 2024.0, None)]),
    ("The other half of the team stayed.", []),
    # an adverb of degree before the verb is no part of its subject
    ("Exports nearly doubled to $4.2bn last year.",
     [("nearly doubled", 2.0, None), ("$4.2bn", 4.2e9, "Exports")]),
    ("Sales more than tripled to $9m.", [("more than tripled", 3.0, None), ("$9m", 9e6, "Sales")]),
])
def test_half_of_and_adverbs_before_a_change(text, expected):
    assert [(f.text, f.value, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb of a price: what is priced is the subject
    ("The project will cost an estimated £1.2bn over 10 years.",
     [("an estimated £1.2bn", "project"), ("10 years", None)]),
    ("Tickets cost between £45 and £120.", [("£45 and £120", "Tickets")]),
    # a bare number after "between" opens a range; a phrase cut by a glued token is unsure
    ("The water rose to between 3 and 6 metres.", [("3 and 6 metres", None)]),
    ("The 10kg bag and the 5km route cost £15.",
     [("10kg", "bag"), ("5km", "route"), ("£15", None)]),
])
def test_the_verb_of_a_price_names_what_is_priced(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount after a participle of report or expectation and "to be"
    ("The transfer fee was reported to be £45m.", [("£45m", "transfer fee")]),
    ("Growth is expected to be 3% next year.", [("3%", "Growth")]),
    ("The cost is going to be $5m.", [("$5m", "cost")]),
    ("He wants to be 5% richer.", [("5%", None)]),
])
def test_an_amount_expected_to_be_names_its_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a large count with its thousands grouped after a form of "be"
    ("Attendance was 53,400, the club said.", [("53,400", "count", "Attendance")]),
    ("The state's confirmed caseload of Covid-19 is nearly 162,000.",
     [("nearly 162,000", "count", "caseload of Covid-19")]),
    ("The population is 5.1 million.", [("5.1 million", "count", "population")]),
    # not a small or ungrouped number, nor a word that names nothing
    ("The answer is 42.", [("42", "number", None)]),
    ("The code is 1234.", [("1234", "number", None)]),
    ("The figure was 12,000.", [("12,000", "number", None)]),
])
def test_a_large_grouped_count_after_be_names_its_subject(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fraction after "by" is the size of a change in what the verb's subject names
    ("The company's market value fell by a fifth to $800bn.",
     [("a fifth", "company's market value"), ("$800bn", "company's market value")]),
    ("Prices were cut by a third.", [("a third", "Prices")]),
    ("The vote split by half.", [("half", None)]),
])
def test_a_fraction_of_change_names_what_changed(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a session's close with its direction after the amount, and the level it closed at
    ("The FTSE 250 closed 1.2% higher at 20,114.", [("1.2%", "FTSE 250"), ("20,114", "FTSE 250")]),
    ("Shares ended 3% lower.", [("3%", "Shares")]),
    # the level after a change measured against something, or reached from a level before
    ("The pound fell 0.8% against the dollar to $1.24.", [("0.8%", "pound"), ("$1.24", "pound")]),
    ("Mortgage approvals dropped to 43,300 in March from 49,500 in February.",
     [("43,300", "Mortgage approvals"), ("49,500", "Mortgage approvals")]),
    ("Unemployment fell to 4.1% from 4.3%.", [("4.1%", "Unemployment"), ("4.3%", "Unemployment")]),
    ("The charity received $5m from 3,000 donors.", [("$5m", None), ("3,000", "donors")]),
])
def test_market_closes_and_levels_before_and_after_share_their_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate that ran slower or faster, and the level before it
    ("Headline CPI slowed to 2.4% in September from 2.5% in August.",
     [("2.4%", "Headline CPI"), ("2.5%", "Headline CPI")]),
    ("Inflation accelerated to 3.1% in May.", [("3.1%", "Inflation")]),
    ("Core inflation moderated to 3.2% from 3.4%.",
     [("3.2%", "Core inflation"), ("3.4%", "Core inflation")]),
    # a rate a central bank kept, as its object or in the passive
    ("The South African Reserve Bank held the repo rate at 8.25%.", [("8.25%", "repo rate")]),
    ("The RBI left its key rate unchanged at 6.5%.", [("6.5%", "key rate")]),
    ("Rates were held at 5.25%.", [("5.25%", "Rates")]),
    ("Unemployment held at 3.7%.", [("3.7%", "Unemployment")]),
    ("Bank Rate was left unchanged at 5%.", [("5%", "Bank Rate")]),
    ("Inflation remained unchanged at 3%.", [("3%", "Inflation")]),
    # a bare number or a sum kept at a place: no level
    ("Police held 40 people at the station.", [("40", "people")]),
    ("The bank kept $5 million at the branch.", [("$5 million", None)]),
])
def test_rates_that_slowed_quickened_or_were_kept_name_their_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reporting period between a subject and its verb is a time, no part of the subject
    ("Net profit for the three months to 30 June rose 12%.", [("12%", "Net profit")]),
    ("Net profit for the quarter ended September 30 rose 8% to R4.2 billion.",
     [("8%", "Net profit"), ("R4.2 billion", "Net profit")]),
    ("Pre-tax profit for the half-year ended 30 June 2025 fell 4%.", [("4%", "Pre-tax profit")]),
    ("Revenue for the quarter ended June 30, 2025 was up 6%.", [("6%", "Revenue")]),
    ("Operating profit in the first quarter rose 9%.", [("9%", "Operating profit")]),
    # a phrase of what, not when, stays with its noun, and a year without its date
    ("Shares in Acme rose 5%.", [("5%", "Shares in Acme")]),
    ("Mortality in the first year was 12%.", [("12%", "Mortality in the first year")]),
])
def test_a_reporting_period_before_the_verb_is_no_part_of_the_subject(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")
           if f.kind not in ("date", "duration")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of change, "of" and its amount: what changed is named after "in"
    ("There was a rise of 0.3 percentage points in the jobless rate.",
     [("0.3 percentage points", "jobless rate")]),
    ("The data showed an increase of 12,000 in the number of claimants.",
     [("12,000", "claimants")]),
    ("The bank announced a cut of 25 basis points in its policy rate.",
     [("25 basis points", "policy rate")]),
    # a time after "in" names nothing that changed
    ("A drop of 18% in a year is steep.", [("18%", None)]),
])
def test_a_change_of_an_amount_names_what_changed_after_in(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a market gauge's or a currency's level counts nothing
    ("The index rose to 5,210.", [("5,210", "number", "index")]),
    ("The blue-chip gauge ended at 7,432.", [("7,432", "number", "blue-chip gauge")]),
    ("The naira fell to 1,600 against the dollar.", [("1,600", "number", "naira")]),
    ("The yen weakened to 152 per dollar.", [("152", "number", "yen")]),
    # a crowd's level is counted
    ("Attendance rose to 5,210.", [("5,210", "count", "Attendance")]),
])
def test_a_gauges_or_currencys_level_is_no_count(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the level a session's change closed or settled at takes the change's subject
    ("The Nifty 50 climbed 1.1% to end at 22,500.", [("1.1%", "Nifty 50"), ("22,500", "Nifty 50")]),
    ("The Sensex jumped 600 points, or 0.8%, to close at 74,200.",
     [("600 points", "Sensex"), ("0.8%", "Sensex"), ("74,200", "Sensex")]),
    ("Brent fell 1.2% to settle at $81.40 a barrel.",
     [("1.2%", "Brent"), ("$81.40 a barrel", "Brent")]),
])
def test_the_level_a_change_closed_at_takes_its_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what moved in a phrase after "with", and the next item after "and", with no verb
    ("Wall Street's main indexes closed higher, with the S&P 500 up 0.8%.",
     [("0.8%", "S&P 500")]),
    ("Stocks fell, with oil down 1.2% and the Nasdaq Composite lower by 1%.",
     [("1.2%", "oil"), ("1%", "Nasdaq Composite")]),
    ("The economy grew, with exports up 5% and imports down 2%.",
     [("5%", "exports"), ("2%", "imports")]),
    # a share after "with" names what it is of
    ("She won with 52% of the vote.", [("52%", "vote")]),
])
def test_what_moved_after_with_or_and_is_the_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount sizes a change noun: what changed, after "in", is its subject
    ("Acme reported a 12% jump in quarterly profit.", [("12%", "percent", "quarterly profit")]),
    ("There was a 20% drop in house prices.", [("20%", "percent", "house prices")]),
    ("The council faces a $5 million cut in funding for schools.",
     [("$5 million", "money", "funding")]),
    ("Acme posted a 5-7% increase in sales.", [("5-7%", "percent", "sales")]),
    ("There was a 3% rise in the number of tourists.", [("3%", "percent", "tourists")]),
    ("The economy added a 3,000 increase in jobs.", [("3,000", "count", "jobs")]),
    # an amount before a comparative and a noun; "more"/"fewer" only before a plural
    ("Smokers had a 19% higher risk of heart disease.",
     [("19%", "percent", "risk of heart disease")]),
    ("The scheme moved 20% more people and 3,000 more cars.",
     [("20%", "percent", "people"), ("3,000", "count", "cars")]),
    # "other" before a plural is no part of what is counted; with no noun it names none
    ("Three other men were charged, and two other victims were treated.",
     [("Three", "count", "men"), ("two", "count", "victims")]),
    ("He beat 3 other.", [("3", "number", None)]),
    # not a time or manner after "in", the change counted itself, a bare number's
    # adjective, or a comparative with no noun
    ("Acme posted a 5% increase in the second quarter.", [("5%", "percent", None)]),
    ("Spending saw a 2% rise in real terms.", [("2%", "percent", None)]),
    ("Officials approved 12 increases in the fee.", [("12", "count", "increases")]),
    ("The archipelago has around 600 smaller islands.",
     [("around 600", "count", "smaller islands")]),
    ("The car is 20% more expensive than the van.", [("20%", "percent", "car")]),
])
def test_an_amount_of_change_names_what_changed(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an expectation before "to" and the verb of change
    ("Unemployment is expected to rise to 6% next year.", [("6%", "Unemployment")]),
    ("Prices are set to rise by 4% in April.", [("4%", "Prices")]),
    ("The death toll is likely to climb to 50.", [("50", "death toll")]),
    ("He wants to rise to 6% in the polls.", [("6%", None)]),
    # a sale and its price, a value or a price level
    ("The painting sold for $4.5 million at auction.", [("$4.5 million", "painting")]),
    ("The house was sold for $450,000.", [("$450,000", "house")]),
    ("The painting fetched $4.5 million.", [("$4.5 million", "painting")]),
    ("The stake is valued at $2 billion.", [("$2 billion", "stake")]),
    ("Acme valued the deal at $2 billion.", [("$2 billion", None)]),
    ("Acme sold the unit for $2 billion.", [("$2 billion", None)]),
])
def test_an_expected_change_or_a_price_names_its_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nouns between an amount and a noun of change are what changed
    ("The plan is funded by a 0.25% sales tax increase.", [("0.25%", "sales tax")]),
    ("Nurses were offered a 5% pay rise.", [("5%", "pay")]),
    ("Acme posted a 5% annual increase.", [("5%", None)]),
    ("The index posted a 2% weekly gain.", [("2%", None)]),
    # a sum "in" what it is of, written in lower case without a determiner
    ("The flood caused an estimated $210 million in damage.",
     [("an estimated $210 million", "damage")]),
    ("The state received $2 billion in federal aid.", [("$2 billion", "federal aid")]),
    ("Police seized $3 million in cash and jewels.", [("$3 million", "cash")]),
    ("He paid $500 in fines over two years.", [("$500", "fines"), ("two years", None)]),
    ("Acme earned $5 million in the first quarter.", [("$5 million", None)]),
    ("Acme spent $5 million in Texas.", [("$5 million", None)]),
    ("He paid $500 in advance.", [("$500", None)]),
    ("Acme was fined $5 million in connection with the leak.", [("$5 million", None)]),
    # "on" after a verb of spending; a mean over a period; a median is no subject
    ("The government will spend £2.5bn on new prisons.", [("£2.5bn", "new prisons")]),
    ("Acme was fined $5 million on charges of fraud.", [("$5 million", None)]),
    ("Mortgage rates averaged 6.8% last week.", [("6.8%", "Mortgage rates")]),
    ("Prices reached a median of $412,000.", [("$412,000", "Prices")]),
    # two counts joined by "and"/"or" share the noun after the second
    ("Police recorded 1,120 and 784 incidents.", [("1,120", "incidents"), ("784", "incidents")]),
    ("Two or three people were hurt.", [("Two", "people"), ("three", "people")]),
    # a noun of change before "of" measures no thing; "growth" names a measure
    ("That is a drop of 18%.", [("18%", None)]),
    ("Growth of 5% in exports was reported.", [("5%", "Growth")]),
    # a verb's subject comes first; a market's session is no subject
    ("Shares of Acme rose to $412.50 in premarket trading.", [("$412.50", "Shares of Acme")]),
    ("The stock was at $412.50 in premarket trading.", [("$412.50", None)]),
    # an adverb of place ends what is counted
    ("The company employs about 150,000 people worldwide.", [("about 150,000", "people")]),
    # an adverb in -ly ends it; a noun or adjective in -ly is its head
    ("Some 5,000 people annually visit the site.", [("Some 5,000", "people")]),
    ("Some 40 heavily armed men attacked.", [("Some 40", "heavily armed men")]),
    ("The country produces 2% of world supply.", [("2%", "world supply")]),
    ("About 3% of the elderly live alone.", [("About 3%", "elderly")]),
])
def test_a_sum_names_what_it_is_of_after_in_or_before_a_change(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ticker or an acronym in brackets between the name and its verb
    ("Reliance Industries (RELI.NS) closed down 1.9 percent.",
     [("1.9 percent", "Reliance Industries")]),
    ("Acme (NYSE: ACM) rose 3% to $41.", [("3%", "Acme"), ("$41", "Acme")]),
    ("They (the police) fell 5%.", [("5%", None)]),
    # an aside between dashes or a relative clause set off before the verb
    ("Services inflation - watched closely by the bank - eased only slightly to 5.9%.",
     [("5.9%", "Services inflation")]),
    ("Core inflation, which excludes energy and food, fell to 3.9% from 4.2%.",
     [("3.9%", "Core inflation"), ("4.2%", "Core inflation")]),
    ("Turnout in the election, held over six weeks from April 19 to June 1, was 65.79%.",
     [("over six weeks", None), ("April 19 to June 1", None),
      ("65.79%", "Turnout in the election")]),
    ("Sales, excluding autos, rose 2%.", [("2%", "Sales")]),
    ("In March, prices rose 5%.", [("5%", "prices")]),
    # a word of change after a determiner is a noun, with no subject
    ("Economists had expected a bigger fall to 2.1%.", [("2.1%", None)]),
    # a verb of a spread of values; an adverb before the link; an expectation phrase
    ("Temperatures range from 10 °C in the south.", [("10 °C", "Temperatures")]),
    ("Prices ranged between 5% and 7%.", [("5% and 7%", "Prices")]),
    ("Unemployment rose back to 7% in 2009.", [("7%", "Unemployment"), ("2009", None)]),
    ("The cost of interest is on track to hit $390 billion.",
     [("$390 billion", "cost of interest")]),
    # the level after a change in per cent and "at"; not a count with its own noun
    ("The Sensex gained 0.03 percent at 27,403.54 points.",
     [("0.03 percent", "Sensex"), ("27,403.54 points", "Sensex")]),
    ("Sales rose 5% at 3 stores.", [("5%", "Sales"), ("3", "stores")]),
])
def test_a_verb_s_subject_past_a_ticker_an_adverb_or_an_expectation(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change set off after the level it led to measures what the level measures
    ("Revenue was $4.2bn, up 12% year-on-year.", [("$4.2bn", "Revenue"), ("12%", "Revenue")]),
    ("Profit fell to $300m, down $40m on the year.", [("$300m", "Profit"), ("$40m", "Profit")]),
    # words of how the amount is taken between the verb and the amount
    ("Wages grew by an average of 4.5% last year.", [("4.5%", "Wages")]),
    ("Inflation hit a record high of 9.1% in June.", [("9.1%", "Inflation")]),
    ("The fund has a total of $40 million.", [("$40 million", None)]),
])
def test_a_change_after_a_level_and_an_amount_after_an_average_of(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time phrase between the verb of change and its link
    ("Unemployment rose in May to 5.2%.", [("5.2%", "Unemployment")]),
    ("Prices fell over the past year to $3.20.", [("$3.20", "Prices")]),
    ("Exports rose last year by 4%.", [("4%", "Exports")]),
    ("Sales rose in 2023 to $5bn.", [("2023", None), ("$5bn", "Sales")]),
])
def test_a_time_phrase_between_a_change_and_its_link(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # "mil" and "mila" after a number are thousands in the languages that write them so
    ("Cerca de 3 mil famílias estão desalojadas.", "pt",
     [("Cerca de 3 mil", 3000.0, "count", None)]),
    ("Um auxílio de R$ 500 mil foi aprovado.", "pt", [("R$ 500 mil", 5e5, "money", "BRL")]),
    ("Unas 40 mil hectáreas ardieron.", "es", [("Unas 40 mil hectáreas", 4e4, "measure", "ha")]),
    ("Circa 12 mila persone sono state evacuate.", "it",
     [("Circa 12 mila", 12000.0, "count", None)]),
    ("Costó 2 mil millones de euros.", "es",
     [("2 mil millones de euros", 2e9, "money", "EUR")]),
    # in English "mil" after a number is no thousand
    ("The sheet is 5 mil thick, officials said.", "en", [("5", 5.0, "count", None)]),
    # Portuguese and Spanish "para" before a number is "to", no paragraph
    ("O número de mortos subiu para 14.", "pt", [("14", 14.0, "number", None)]),
    ("Un recorte del 55% para 2030.", "es",
     [("55%", 55.0, "percent", "%"), ("2030", 2030.0, "year", None)]),
    ("The court agreed at para 38 of its ruling.", "en", []),
    # a unit after a scale and "de" ("1,2 milhão de toneladas"), Romance hectares
    ("Foram 1,2 milhão de toneladas de soja.", "pt",
     [("1,2 milhão de toneladas", 1.2e6, "measure", "t")]),
    ("Circa 5.000 ettari di terreni agricoli.", "it",
     [("Circa 5.000 ettari", 5000.0, "measure", "ha")]),
])
def test_thousands_paragraphs_and_units_in_romance_languages(text, language, expected):
    assert [(f.text, f.value, f.kind, f.unit)
            for f in find_figures(text, language=language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Potassium above 5.5 mmol/L was seen.", [("above 5.5 mmol/L", "measure", "mmol/L")]),
    ("Creatinine rose to 140 µmol/L.", [("140 µmol/L", "measure", "µmol/L")]),
    ("Systolic pressure fell by 8 mmHg.", [("8 mmHg", "measure", "mmHg")]),
    ("Each child got 2.5 mL of the vaccine.", [("2.5 mL", "measure", "ml")]),
    ("Levels hit 35 μg/m3 in May.", [("35 μg/m3", "measure", "µg/m3")]),
    ("Glucose was 126 mg/dL.", [("126 mg/dL", "measure", "mg/dL")]),
])
def test_clinical_units(text, expected):
    assert [(f.text, f.kind, f.unit) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack rate was 86 cases per 100,000 population.",
     [("86", 86.0, "measure", "per 100,000", "cases")]),
    ("The rate rose to 12.4 per 100,000 people.",
     [("12.4 per 100,000", 12.4, "measure", "per 100,000", "rate")]),
    ("It had 32 deaths per 1,000 live births.",
     [("32", 32.0, "measure", "per 1,000", "deaths")]),
    # a base that is no power of ten, or set off, stays a count
    ("It gave 3 doses per 7 days.", [("3", 3.0, "count", None, "doses"),
                                     ("7 days", 7.0, "duration", "day", None)]),
    ("The clinic sees 40 patients, per 100 visits logged.",
     [("40", 40.0, "count", None, "patients"), ("100", 100.0, "count", None, "visits")]),
])
def test_a_rate_per_a_power_of_ten_is_one_figure(text, expected):
    assert [(f.text, f.value, f.kind, f.unit, f.subject)
            for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a magnitude joined by a hyphen, as "magnitude 7.8"
    ("The 7.8-magnitude earthquake struck at dawn.", [("7.8-magnitude", "measure", "Mw", "earthquake")]),
    # "zero-day" and "zero-hour" name a kind of thing, no time
    ("The flaw was exploited as a zero-day last spring.", []),
    ("Workers on zero-hour contracts rose.", []),
    # bills, versions and stations named by number
    ("The bill, H.R. 8070, passed the House.", []),
    ("The Senate passed S. 1409 on Tuesday.", []),
    ("It was fixed in Chrome 123, Windows 11 and OpenSSL 3.0.", []),
    ("In a BBC Radio 4 interview, she defended it.", []),
    # legal provisions and their subsections, and identifiers printed on goods and ships
    ("The firm was designated pursuant to Executive Order 14024 and E.O. 13660.", []),
    ("It breached s. 12(3) of the Act and section 12(3)(a) of the Code.", []),
    ("Affected units have lot number 2411; lot 2307 is affected too.", []),
    ("The vessel, IMO 9123456, was seized.", []),
    # ballot measures, and parties and terms of polls whose names hold a number
    ("Prop. 22 passed, Measure 110 was repealed and Initiative 2117 failed.", []),
    ("The Five Star Movement and Polska 2050 lead Bündnis 90/Die Grünen.", []),
    ("Labor leads on a two-party-preferred basis.", []),
    ("Five star hotels are a two-party affair.",
     [("Five", "count", None, "star hotels"), ("two-party", "count", None, "parties")]),
    # a hazard ratio stays a statistic
    ("Mortality fell (HR 0.81).", [("0.81", "number", None, "HR")]),
    # a qualifier inside Markdown emphasis, and "as high as"
    ("*More than 3,000 families* were displaced.",
     [("More than 3,000", "count", None, "families")]),
    ("The toll could be as high as 1.5 million.",
     [("as high as 1.5 million", "count", None, "toll")]),
    # "over" after a count of people spreads it across the time
    ("The virus killed 40 people over three weeks.",
     [("40", "count", None, "people"), ("three weeks", "duration", "week", None)]),
    # a share "of GDP" measures what the sentence names before it, unless nothing else
    ("Debt rose from 85% to 98% of GDP.",
     [("85%", "percent", "%", "Debt"), ("98%", "percent", "%", "Debt")]),
    ("Some 40% of GDP comes from services.", [("Some 40%", "percent", "%", "GDP")]),
    # a relative clause or a participle's phrase between the subject and its verb
    ("The death toll from the quake that struck southern Turkey rose to 4,300.",
     [("4,300", "count", None, "death toll from the quake")]),
    ("The number of people waiting more than a year for treatment was 298,000.",
     [("298,000", "count", None, "people")]),
    ("The number of people living in poverty rose to 14 million.",
     [("14 million", "count", None, "people living in poverty")]),
    # the level a change reached after a dated level
    ("Revenue rose from $5m in 2023 to $7m in 2024.",
     [("$5m", "money", "USD", "Revenue"), ("2023", "year", None, None),
      ("$7m", "money", "USD", "Revenue"), ("2024", "year", None, None)]),
    # a verb of opinion ends a share's subject
    ("Some 68% of parents support age checks.", [("Some 68%", "percent", "%", "parents")]),
])
def test_readings_from_disaster_security_legislative_and_health_copy(text, expected):
    assert [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an earthquake's magnitude: a mark before the decimal, a quake after it, the
    # Richter scale or a verb of its size
    ("A magnitude 7.2 earthquake struck, followed by an M5.8 aftershock.",
     [("7.2", "measure", "Mw", "earthquake"), ("M5.8", "measure", "Mw", "aftershock")]),
    ("The 6.1 quake struck at dawn and by Thursday the death toll rose to 213.",
     [("6.1", "measure", "Mw", "quake"), ("213", "count", None, "death toll")]),
    ("The quake measured 6.8 on the Richter scale, at a depth of 10 km.",
     [("6.8", "measure", "Mw", "quake"), ("10 km", "measure", "km", "depth")]),
    ("A tremor measuring about 5.4 shook Lima, and an Mw 5.1 aftershock followed.",
     [("about 5.4", "measure", "Mw", "tremor"), ("Mw 5.1", "measure", "Mw", "aftershock")]),
    # whole numbers, other decimals and marks with no earthquake stay as they were
    ("Two quakes hit the region.", [("Two", "count", None, "quakes")]),
    ("Inflation of 6.1 was recorded.", [("6.1", "number", None, "Inflation")]),
    ("Traffic on the M5 was slow and the M4.5 rifle jammed.", []),
])
def test_an_earthquakes_magnitude_is_read_from_its_words(text, expected):
    assert [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # food aid's metric tonnes are tonnes of the food
    ("WFP delivered 12,000 metric tonnes of rice and 40 MT of oil.",
     [("12,000 metric tonnes", "measure", "t", "rice"), ("40 MT", "measure", "t", "oil")]),
    ("Only 2 Mt of emissions.", [("Only 2 Mt", "measure", "Mt", "emissions")]),
    # "sub-zero" is below a zero of no named scale: no amount; a written minus still is
    ("Temperatures fell to sub-zero levels, with lows of minus 30 degrees Celsius.",
     [("minus 30 degrees Celsius", "measure", "degC", "lows")]),
    ("The score was zero.", [("zero", "number", None, None)]),
])
def test_food_aid_tonnes_and_sub_zero(text, expected):
    assert [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the currencies of humanitarian copy by name, and names of three words
    ("Families received 5 million kyat, or 150,000 kwacha in Malawi.",
     [("5 million kyat", 5e6, "MMK"), ("150,000 kwacha", 150000.0, "MWK")]),
    ("It cost 20,000 Zambian kwacha, 2,000 afghanis and 30 million dong.",
     [("20,000 Zambian kwacha", 20000.0, "ZMW"), ("2,000 afghanis", 2000.0, "AFN"),
      ("30 million dong", 3e7, "VND")]),
    ("He paid 5,000 Hong Kong dollars and 3,000 Sri Lankan rupees.",
     [("5,000 Hong Kong dollars", 5000.0, "HKD"), ("3,000 Sri Lankan rupees", 3000.0, "LKR")]),
    ("Traders asked 500 South Sudanese pounds and 1,000 CFA francs.",
     [("500 South Sudanese pounds", 500.0, "SSP"), ("1,000 CFA francs", 1000.0, "XOF")]),
    # a number before other words keeps its reading
    ("He slept 5 hours in 3 Kong villages.", [("5 hours", 5.0, "h"), ("3", 3.0, None)]),
])
def test_currencies_of_humanitarian_copy_are_money(text, expected):
    assert [(f.text, f.value, f.unit) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mark several countries print takes the currency of the country named most
    ("ISLAMABAD — Sindh will pay Rs 50,000 a family in Pakistan's flood-hit districts, "
     "where crops worth 2 billion rupees were lost. India offered help.",
     [("Rs 50,000", "PKR"), ("2 billion rupees", "PKR")]),
    ("KATHMANDU — Nepal will pay Rs 200,000 to each family; India pledged help.",
     [("Rs 200,000", "NPR")]),
    ("COLOMBO — Sri Lanka will pay Rs 10,000; the Indian Ocean storm also hit India.",
     [("Rs 10,000", "LKR")]),
    ("In Goma, families paid 5,000 francs for water.", [("5,000 francs", "CDF")]),
    ("Uganda's ministry in Kampala set aside Sh 2 billion.", [("Sh 2 billion", "UGX")]),
    # the default where no other country is named more, and a country's adjective stands
    ("Kerala will pay Rs 4 lakh to families; Pakistan saw floods too. India, Kerala.",
     [("Rs 4 lakh", "INR")]),
    ("Officials in Pakistan found 1,000 Indian rupees.", [("1,000 Indian rupees", "INR")]),
    ("The bank in Zurich and Kigali holds 5 million Swiss francs.",
     [("5 million Swiss francs", "CHF")]),
])
def test_a_shared_currency_mark_takes_the_articles_country(text, expected):
    import analystkit as ak

    figures = ak.parse_article(text + "\n", "c").figures
    money = figures[figures["kind"] == "money"]
    assert list(zip(money["text"], money["unit"], strict=True)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of change before "of" and the amount: what "in" names after it, or its modifier
    ("Clinics saw an increase of 12% in malnutrition.", [("12%", "malnutrition")]),
    ("There was a drop of 18% in the number of tourists.", [("18%", "tourists")]),
    ("A price spike of 40% hit traders.", [("40%", "price")]),
    ("A 40% spike in food prices was reported.", [("40%", "food prices")]),
    # a time or a place after "in" names no measure
    ("A rise of 5% in the second quarter was seen.", [("5%", None)]),
    ("A rise of 5% in Lilongwe was seen.", [("5%", None)]),
])
def test_a_noun_of_change_before_its_amount_takes_what_in_names(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a force that carries a measure to a level names the measure as its object
    ("The heatwave pushed temperatures to 50.5C in Jacobabad.", [("50.5C", "temperatures")]),
    ("The storm drove river levels to 9.2 metres.", [("9.2 metres", "river levels")]),
    # its object after the amount, or a market's move, stays as it was
    ("The company pushed back 300 jobs.", [("300", "jobs")]),
    ("Stocks pushed 2% higher on Monday.", [("2%", None)]),
])
def test_a_force_that_carries_a_measure_to_a_level_names_it(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O governo anunciou nesta quarta-feira (5) um pacote de R$ 2,5 bilhões.",
     [("R$ 2,5 bilhões", 2.5e9)]),
    ("A chuva voltou no domingo (9) e 12 pessoas morreram.", [("12", 12.0)]),
])
def test_a_bracketed_day_after_a_weekday_is_no_figure(text, expected):
    assert [(f.text, f.value) for f in find_figures(text, language="pt")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # greenhouse gases and concentrations
    ("Emissions are estimated at 41.6GtCO2, up from 41.2GtCO2 in 2024.",
     [("41.6GtCO2", "measure", "GtCO2"), ("41.2GtCO2", "measure", "GtCO2"),
      ("2024", "year", None)]),
    ("The UK emitted 384 MtCO2e in 2023.",
     [("384 MtCO2e", "measure", "MtCO2e"), ("2023", "year", None)]),
    ("CO2 reached 425.7 parts per million (ppm) in May.",
     [("425.7 parts per million", "measure", "ppm")]),
    ("Methane reached 1,930 ppb.", [("1,930 ppb", "measure", "ppb")]),
    # "GB" before the people a poll counts is Great Britain
    ("YouGov interviewed 1,742 GB adults online.", [("1,742", "count", None)]),
    ("The phone has 256 GB of storage.", [("256 GB", "measure", "GB")]),
    # fiscal years written with a slash, as with a dash
    ("Borrowing will reach £71.9bn in 2025/26.",
     [("£71.9bn", "money", "GBP"), ("2025/26", "year", None)]),
    ("In 2024/2025 it rose.", [("2024/2025", "year", None)]),
    ("It was 3/4 full.", [("3/4", "number", None)]),
    # "net zero" and a zero joined to a word name goals and kinds, no amounts
    ("Countries set net-zero targets.", []),
    ("Zero-carbon power grew.", []),
    ("Inflation fell to zero.", [("zero", "count", None)]),
    # a baseline year keeps no bound
    ("Emissions are some 53% below 1990 levels.",
     [("some 53%", "percent", "%"), ("1990", "year", None)]),
])
def test_climate_budget_and_poll_readings(text, expected):
    assert [(f.text, f.kind, f.unit) for f in find_figures(text, language="en")] == expected


def test_a_fiscal_years_span():
    (year,) = [f for f in find_figures("Spending in 2025/26 rose.") if f.kind == "year"]
    assert (year.value, year.value_high) == (2025.0, 2026.0)


@pytest.mark.parametrize(("text", "expected"), [
    # a time of day in words or with "o'clock" is no figure
    ("She woke at two o'clock.", []),
    ("The meeting ended at 3 o'clock.", []),
    ("It ended a little after three in the morning.", []),
    ("Three in the morning shift quit.", [("Three", "number", None)]),
    # a verb of saying or showing ends the subject before it
    ("He noted that council tax would rise by 4.99%.", [("4.99%", "percent", "council tax")]),
    ("The report shows food prices rose by 4%.", [("4%", "percent", "food prices")]),
])
def test_clock_times_in_words_and_subjects_after_a_verb_of_saying(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a record" and "a new high of" between a verb and its amount
    ("Meta spent a record $24.4 million on federal lobbying.",
     [("$24.4 million", None, "federal lobbying")]),
    ("Emissions will reach a record 37.4bn tonnes this year.",
     [("37.4bn tonnes", None, "Emissions")]),
    ("Emissions rose 0.8% to a new high of 37.4bn tonnes.",
     [("0.8%", None, "Emissions"), ("37.4bn tonnes", None, "Emissions")]),
    # a qualified fraction after "by"
    ("Solar generation jumped by almost a third.",
     [("almost a third", "nearly", "Solar generation")]),
    # an age band's lower bound
    ("Adults aged 60 and over were offered it.", [("60", "at least", "age")]),
    ("Children aged 5 years and older were included.", [("5 years", "at least", "age")]),
])
def test_records_qualified_fractions_and_age_bands(text, expected):
    assert [(f.text, f.qualifier, f.subject) for f in find_figures(text, language="en")] \
        == expected


def test_a_negative_score_is_no_count():
    assert [f.kind for f in find_figures("Net favourability stands at -23, down from -17.")] \
        == ["number", "number"]


@pytest.mark.parametrize(("text", "expected"), [
    # a number joined to its noun as a modifier belongs to the subject
    ("The 10-year yield climbed 12 basis points to 4.47%.",
     [("10-year", "yield"), ("12 basis points", "10-year yield"), ("4.47%", "10-year yield")]),
    # a sum converted in brackets is no label's
    ("Aid of 3 million euros ($3.2 million) was sent.",
     [("3 million euros", "Aid"), ("$3.2 million", None)]),
    ("Australia ($26.2b) led.", [("$26.2b", "Australia")]),
])
def test_modifier_numbers_and_converted_sums(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


def test_a_table_caption_with_a_currency_and_a_scale_after_a_comma():
    art = ak.parse_article("# Budget\n\nBorrowing fell last year.\n\nPublic sector net "
                           "borrowing, £bn\n\n| Year | Borrowing |\n|---|---|\n"
                           "| 2023-24 | 121.4 |\n| 2024-25 | 87.2 |\n")
    assert art.figures[["value", "unit"]].values.tolist() == [[121.4e9, "GBP"], [87.2e9, "GBP"]]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Chinese scales in a row, "多" before a scale, a sum in 元 of four digits, bounds
    ("拉动消费超1.5万亿元。", "zh", [("1.5万亿元", 1.5e12, "money", "CNY", "more than")]),
    ("惠及3600多万名消费者。", "zh", [("3600多万", 3.6e7, "count", None, "over")]),
    ("不超过2000元。", "zh", [("2000元", 2000.0, "money", "CNY", "up to")]),
    ("约3000人参加。", "zh", [("3000", 3000.0, "count", None, "about")]),
    ("3000人以上。", "zh", [("3000", 3000.0, "count", None, "at least")]),
    ("2024年3月12日发布。", "zh", [("2024年3月12日", 2024.0, "date", None, None)]),
    # Russian trillions, the accusative thousand, percent words, dollars, bounds
    ("Объем превысил 46 трлн рублей.", "ru", [("46 трлн рублей", 4.6e13, "money", "RUB", None)]),
    ("Зарплата составила 71 тысячу рублей.", "ru",
     [("71 тысячу рублей", 71000.0, "money", "RUB", None)]),
    ("Цены выросли на 14 процентов.", "ru", [("14 процентов", 14.0, "percent", "%", None)]),
    ("Экспорт составил 5 млн долларов.", "ru",
     [("5 млн долларов", 5e6, "money", "USD", None)]),
    ("Инфляция составит около 7% в этом году.", "ru",
     [("около 7%", 7.0, "percent", "%", "about")]),
])
def test_chinese_and_russian_scales_currencies_and_bounds(text, language, expected):
    assert [(f.text, f.value, f.kind, f.unit, f.qualifier)
            for f in find_figures(text, language=language)] == expected


def test_a_chinese_number_after_a_normalised_comma_is_read():
    art = ak.parse_article("国家统计局数据显示，2024年全国居民人均可支配收入41314元。"
                           "事故发生后，12人受伤，3人失踪。\n")
    assert art.figures["text"].tolist() == ["2024年", "41314元", "12", "3"]


def test_a_chinese_paragraph_opening_with_a_number_is_no_heading():
    art = ak.parse_article("商务部开展检查\n\n3月5日，商务部在全国范围内开展消费品质量检查。\n\n"
                           "2024年，全国居民人均可支配收入41314元。\n")
    assert "heading" not in art.blocks["kind"].tolist()
    # (reading normalises the full-width comma)
    assert art.claims["text"].tolist()[1:] == ["3月5日,商务部在全国范围内开展消费品质量检查。",
                                               "2024年,全国居民人均可支配收入41314元。"]


@pytest.mark.parametrize(("text", "expected"), [
    # a year older than 1500 after a preposition of time
    ("The town was founded in 1214 by monks.", [("1214", "year", None)]),
    ("A charter of 1214 granted rights.", [("1214", "year", None)]),
    ("It sold 1214 homes in 2024.", [("1214", "count", "homes"), ("2024", "year", None)]),
    # the value forecasters expected is no count of them
    ("Payrolls rose by 275,000, far above the 190,000 economists polled by Reuters had "
     "forecast.", [("275,000", "number", None), ("190,000", "number", None)]),
    ("Some 40 economists expected a cut.", [("Some 40", "count", "economists")]),
])
def test_early_years_and_consensus_forecasts(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name's level is no count of it
    ("The Dow ended at 41,880 on Friday.", [("41,880", "number", "Dow")]),
    ("The FTSE 100 closed at 8,250 on Monday.", [("8,250", "number", "FTSE 100")]),
    ("Some 187 Republicans voted for it.", [("Some 187", "count", "Republicans")]),
    # how a deal is paid names nothing it buys
    ("Harrowgate agreed to buy Veltrane for $12.5 billion in cash and stock.",
     [("$12.5 billion", "money", None)]),
])
def test_index_levels_and_deal_payments(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


def test_a_hard_wrapped_lines_break_is_a_space_before_a_figure():
    wrapped = ak.parse_article("HALVIK (Reuters) - Cargo handled at the river port of Halvik\n"
                               "fell 12% last year, the port authority said.\n", "x")
    flat = ak.parse_article("HALVIK (Reuters) - Cargo handled at the river port of Halvik "
                            "fell 12% last year, the port authority said.\n", "x")
    assert wrapped.figures["subject"].tolist() == flat.figures["subject"].tolist() != [None]


def test_a_changes_noun_after_its_confidence_interval():
    assert [(f.text, f.subject) for f in find_figures(
        "We find a 23% (95% CI 18–28%) reduction in heat-pump electricity use.",
        language="en")] == [("23%", "heat-pump electricity use"), ("18–28%", "95% CI")]


@pytest.mark.parametrize(("text", "expected"), [
    # Polish: dots group thousands, scale words and their abbreviations, the złoty
    ("W tym roku pracę straciło 1.250 osób, podał GUS.", [("1.250", 1250.0, "count", None)]),
    ("Deficyt wyniesie w tym roku 184 mld zł.", [("184 mld zł", 1.84e11, "money", "PLN")]),
    ("Wynagrodzenie wyniosło 8,1 tys. zł brutto.", [("8,1 tys. zł", 8100.0, "money", "PLN")]),
    # a Polish bilion is 10^12
    ("Eksport wzrósł do 1,4 bln zł w ub. roku.", [("1,4 bln zł", 1.4e12, "money", "PLN")]),
    ("Inflacja wyniosła 4,2 proc. w październiku.", [("4,2 proc", 4.2, "percent", "%")]),
    ("Eksport wzrósł do ok. 1,4 mld zł w zeszłym roku.",
     [("ok. 1,4 mld zł", 1.4e9, "money", "PLN")]),
    # Turkish: dots group thousands, the percent before the number
    ("Bu yıl 45.000 kişi işini kaybetti ve bu çok önemli.", [("45.000", 45000.0, "count", None)]),
    ("Hükümet altyapıya 45 milyar lira ayıracak ve bu çok önemli.",
     [("45 milyar lira", 4.5e10, "money", "TRY")]),
    ("Ekonomi yüzde 3,2 büyüdü ve bu çok önemli.", [("yüzde 3,2", 3.2, "percent", "%")]),
    ("Enflasyon %3,2 oldu ve bu da çok önemli.", [("%3,2", 3.2, "percent", "%")]),
    # Dutch "mld", and "ten" that is no number
    ("De overheid gaf € 1,5 mld meer uit dan vorig jaar.", [("€ 1,5 mld", 1.5e9, "money", "EUR")]),
    ("Het gaat om een daling ten opzichte van vorig jaar.", []),
    # English keeps its billion and its ten
    ("The deal was worth $1.2 bln, the company said.", [("$1.2 bln", 1.2e9, "money", "USD")]),
    ("Ten people died, officials said.", [("Ten", 10.0, "count", None)]),
])
def test_polish_turkish_and_dutch_amounts(text, expected):
    art = ak.parse_article(text)
    assert [(f.text, f.value, f.kind, None if pd.isna(f.unit) else f.unit)
            for f in art.figures.itertuples()] == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("W tym roku pracę straciło 1.250 osób, podał GUS.", "osób"),
    ("Bu yıl 45.000 kişi işini kaybetti ve bu çok önemli.", "kişi"),
])
def test_polish_and_turkish_subjects_are_the_word_after_the_number(text, subject):
    assert ak.parse_article(text).figures["subject"].tolist() == [subject]


@pytest.mark.parametrize(("text", "language"), [
    ("W tym roku pracę straciło 1.250 osób. Inflacja wyniosła 4,2 proc., jak podał GUS, "
     "który także ocenia, że ceny są wysokie.", "pl"),
    ("Bu yıl 45.000 kişi işini kaybetti. TÜİK verilerine göre ekonomi yüzde 3,2 büyüdü ve "
     "işsizlik daha çok düştü.", "tr"),
])
def test_polish_and_turkish_are_detected(text, language):
    from analystkit.language import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(("text", "expected"), [
    ("The council voted 6-1 on Thursday to approve the plan.", [(6.0, "votes"), (1.0, "votes")]),
    ("The Senate passed the bill 61-39 on Friday.", [(61.0, "votes"), (39.0, "votes")]),
    ("The resolution was adopted by 143 votes to 9.", [(143.0, "votes"), (9.0, "votes")]),
    ("The council adopted it by a vote of 12 to 0.", [(12.0, "votes"), (0.0, "votes")]),
    # a match's score stays two numbers
    ("Chelsea won 2-1 at home.", [(2.0, None), (1.0, None)]),
])
def test_a_votes_tally_counts_votes(text, expected):
    assert [(f.value, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an age after a person's noun set off by commas, a decade of life, "lived to"
    ("The man, 34, was arrested at the scene.", [(34.0, None, "age")]),
    ("She advised students well into her 80s.", [(80.0, 89.0, "age")]),
    ("He was in his early 40s when he moved.", [(40.0, 43.0, "age")]),
    ("She lived to 104.", [(104.0, None, "age")]),
    ("The unit, 12, was closed.", [(12.0, None, None)]),
    # sports copy's players by position, a capitalised modifier before them too
    ("The veteran goalkeeper, 38, and the rookie, 22, signed.",
     [(38.0, None, "age"), (22.0, None, "age")]),
    ("The England captain, 31, and the Real Madrid forward, 24, met.",
     [(31.0, None, "age"), (24.0, None, "age")]),
    ("The Chelsea squad, 23, trained.", [(23.0, None, None)]),
    # a range measured by the noun before "of"; winds before their speed
    ("Rainfall totals of 150 to 200 mm were recorded.", [(150.0, 200.0, "Rainfall totals")]),
    ("Southeasterly winds gusting 90 km/h are forecast, with gusts to 120km/h.",
     [(90.0, None, "winds"), (120.0, None, "gusts")]),
    ("The car drove at 90 km/h.", [(90.0, None, None)]),
    # "worth of" names what the sum buys
    ("The firm shipped more than $38 million worth of integrated circuits.",
     [(38e6, None, "integrated circuits")]),
    # "third-party" is no fraction
    ("The parts were supplied by a third-party vendor.", []),
    # a fraction before "time" names a break in a match
    ("Sydney led at three-quarter time and at quarter-time.", []),
    ("A three-quarter majority is needed.", [(0.75, None, None)]),
    ("Sales fell by a third.", [(1 / 3, None, "Sales")]),
])
def test_ages_ranges_winds_and_worth(text, expected):
    assert [(f.value, f.value_high, f.subject)
            for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number written in its scales' parts is one number
    ("訪日外国人客数は推計で331万2千人となり、過去最多を更新した。", [("331万2千", 3312000.0, "count")]),
    ("訪日客の消費額は1兆9480億円で、過去最高となった。", [("1兆9480億円", 1.948e12, "money")]),
    ("去年有3万人，今年有2万人。", [("3万", 3e4, "count"), ("2万", 2e4, "count")]),
    # Arabic-Indic digits and the Arabic decimal separator, kept as written
    ("قال الوزير إن الاستثمارات بلغت ٥٠٠ مليون دولار في عام ٢٠٢٤ وإن النمو بلغ ٣٫٢ بالمئة.",
     [("٥٠٠ مليون دولار", 5e8, "money"), ("٢٠٢٤", 2024.0, "year"), ("٣٫٢ بالمئة", 3.2, "percent")]),
])
def test_numbers_in_their_scripts_parts_and_digits(text, expected):
    assert [(f.text, f.value, f.kind) for f in find_figures(text)] == expected


def test_arabic_is_detected():
    from analystkit.language import detect_language

    assert detect_language("قال الوزير إن الاستثمارات بلغت 500 مليون دولار في عام 2024، كما أن "
                           "هذا من أهم المؤشرات التي تم الإعلان عنها.") == "ar"


@pytest.mark.parametrize(("text", "expected"), [
    # products, standards, vehicles and identifiers named by a number
    ("The GeForce RTX 4090 remains the card to beat.", []),
    ("The phone supports Wi-Fi 7 and Bluetooth 5.3 with a Snapdragon 8 Gen 3 chip.", []),
    ("It uses a PCIe 5.0 SSD and HDMI 2.1.", []),
    ("Britain sent 14 Challenger 2 tanks.", [("14", "count")]),
    ("The tanker (MMSI 538009876) has IMO number 9308065.", []),
    ("The GRU's Unit 29155 and military unit 74455 met near Hill 203.", []),
    ("The service listens on port 443.", []),
    ("The ship left port 3 days later.", [("3 days", "duration")]),
    # video formats, and device and astronomy units
    ("It runs games at 1440p and streams 720p video.", []),
    ("The phone has a 5,000mAh battery.", [("5,000mAh", "measure")]),
    ("It records at 60 fps with 2,000 nits.", [("60 fps", "measure"), ("2,000 nits", "measure")]),
    ("The comet is 1.5 AU from the Sun.", [("1.5 AU", "measure")]),
    # "over" places a count across places, however they are described
    ("Units destroyed 88 drones over seven Russian regions overnight.",
     [("88", "count"), ("seven", "count")]),
])
def test_names_formats_and_units_of_technology_and_defence_copy(text, expected):
    assert [(f.text, f.kind) for f in find_figures(text, language="en")] == expected


def test_a_time_word_after_a_count_is_no_part_of_its_subject():
    assert [f.subject for f in find_figures(
        "Russia launched 90 drones overnight, the Ukrainian Air Force said.")] == ["drones"]


@pytest.mark.parametrize(("text", "expected"), [
    # map coordinates with degree signs are places, no quantities
    ("The video was filmed at 48.5862° N, 38.0006° E, near the village.", []),
    ("It was 12° C on the slope.", [("12° C", None)]),
    # a record level takes the change's subject; "came in at" gives a level
    ("Services revenue rose 12% to a record $25bn.",
     [("12%", "Services revenue"), ("$25bn", "Services revenue")]),
    ("Diluted EPS came in at $1.64.", [("$1.64", "Diluted EPS")]),
    # a comparison names nothing counted
    ("The new chip is 3x faster than the M1.", [("3x", None)]),
    # a star's magnitude is no earthquake's
    ("The comet reached magnitude 4.2.", [("4.2", None)]),
    # a change of a long object's price and its level
    ("Tesla cut the price of the Model Y by $2,000 to $47,990.", [("$2,000", None),
                                                                   ("$47,990", None)]),
    # a military formation's ordinal is part of its name
    ("Elements of the 1st Guards Tank Army attacked.", []),
    ("She finished 3rd in the race.", [("3rd", None)]),
])
def test_coordinates_records_comparisons_magnitudes_and_formations(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


def test_a_star_magnitude_has_no_earthquake_unit():
    assert [f.unit for f in find_figures("A magnitude 6.1 earthquake struck.")] == ["Mw"]
    assert [f.unit for f in find_figures("The comet reached magnitude 4.2.")] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Of the 40 drones, 34 were shot down.", [("40", "drones"), ("34", "drones")]),
    ("In 2024, 34 were shot down.", [("2024", None), ("34", None)]),
    ("Of the 941 panchayats, the UDF won 412.", [("941", "panchayats"), ("412", "panchayats")]),
    # counts each the subject of its verb; margins after "by"
    ("2,941 stocks declined on the BSE, while 1,022 advanced and 98 remained unchanged.",
     [("2,941", "stocks"), ("1,022", "stocks"), ("98", "stocks")]),
    ("Some 300 workers went on strike and 40 returned.",
     [("Some 300", "workers"), ("40", "workers")]),
    ("He hired 300 staff and 40 left.", [("300", "staff"), ("40", None)]),
    ("In Elm Park she won by 61 votes, and in Kings North the Liberal incumbent held on by 87.",
     [("61", "votes"), ("87", "votes")]),
    ("Prices rose by 5 points and fell by 3.", [("5 points", "Prices"), ("3", None)]),
])
def test_a_part_after_its_whole_named_first(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


def test_a_power_of_ten_with_a_raised_exponent_and_a_superscript_note_after_a_year():
    assert [(f.text, f.value) for f in find_figures("The fund holds 10⁶ dollars.")] == [
        ("10⁶ dollars", 1e6)]
    art = ak.parse_article("The deal closed in 2024¹.\n\nNotes\n\n1. Ministry report.\n")
    assert art.citations[["claim_id", "source_id"]].values.tolist() == [[1, 1]]


def test_a_source_titles_count_is_no_conflicting_figure():
    art = ak.parse_article('The ministry said 40 people were displaced [1].\n\nSources\n1. Reuters, '
                           '"Floods displace 35 people in north", 2023. https://example.com/a\n')
    assert "conflicting_figures" not in set(art.audit()["check"])


@pytest.mark.parametrize(("text", "expected"), [
    # a period's months and a company's name are no millions
    ("Revenue for 9M 2025 was NOK 35.8bn.", [("2025", 2025.0, "year"),
                                              ("NOK 35.8bn", 35.8e9, "money")]),
    ("Shares of 3M rose 2.1%.", [("2.1%", 2.1, "percent")]),
    ("The app has 10M users.", [("10M", 10e6, "count")]),
    # scales read only after a currency
    ("The bank posted R$ 40 bi in profit.", [("R$ 40 bi", 40e9, "money")]),
    ("It invested R$ 450 mi.", [("R$ 450 mi", 450e6, "money")]),
    ("It earned a net profit of Rs 3,500 cr.", [("Rs 3,500 cr", 3.5e10, "money")]),
    ("The trail is 40 mi long.", [("40 mi", 40.0, "measure")]),
    # a glued "m" before what posts and petitions count is a million
    ("The video was viewed 1.2m times.", [("1.2m", 1.2e6, "number")]),
    ("The petition got 1.5m signatures.", [("1.5m", 1.5e6, "count")]),
    ("The wall is 1.5m high.", [("1.5m", 1.5, "measure")]),
    # thousands grouped by spaces after a currency, and a group of 000
    ("WHO released US$ 500 000 from its fund.", [("US$ 500 000", 5e5, "money")]),
    ("The fund holds US$ 2 500 000.", [("US$ 2 500 000", 2.5e6, "money")]),
    ("They counted 1 234 567 voters, up from 1 100 000.",
     [("1 234 567", 1234567.0, "count"), ("1 100 000", 1.1e6, "count")]),
    # a minor unit joined by a hyphen
    ("It was narrower than the 51-cent loss.", [("51-cent", 0.51, "money")]),
    # numbered weeks, recommendations and goals are names
    ("Between epidemiological week 10 and epidemiological week 12, cases rose.", []),
    ("Recommendation 3 calls on the Treasury.", []),
    ("SDG 6 targets universal access.", []),
])
def test_periods_names_and_scales_only_after_a_currency(text, expected):
    assert [(f.text, f.value, f.kind) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Firms with 50 or more employees must report.", [("50 or more", "at least", "employees")]),
    ("Schools with 1,000 or fewer pupils.", [("1,000 or fewer", "up to", "pupils")]),
    ("Firms with 250 employees or more.", [("250", "at least", "employees")]),
    ("It rose 5% or more than forecast.", [("5%", None, None)]),
    # "over" a duration after a sum spreads it; "for over" bounds it
    ("The plan would add $2.4 trillion to the deficit over ten years.",
     [("$2.4 trillion", None, None), ("ten years", None, None)]),
    ("He was fined $500 for driving for over ten years.",
     [("$500", None, None), ("over ten years", "over", None)]),
])
def test_bounds_written_after_the_amount_and_over_a_span(text, expected):
    assert [(f.text, f.qualifier, f.subject) for f in find_figures(text, language="en")] \
        == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a number after an elided Italian article or preposition
    ("L'inflazione è salita all'1,7% dall'1,5% di gennaio.", "it",
     [("1,7%", 1.7, "percent", "%"), ("1,5%", 1.5, "percent", "%")]),
    ("Il fatturato è cresciuto dell'8%.", "it", [("8%", 8.0, "percent", "%")]),
    # currencies named in Italian, Portuguese and Ukrainian words
    ("L'azienda ha investito 300 milioni di dollari.", "it",
     [("300 milioni di dollari", 3e8, "money", "USD")]),
    ("A empresa investiu 300 milhões de dólares.", "pt",
     [("300 milhões de dólares", 3e8, "money", "USD")]),
    ("Уряд виділив 1,5 млрд гривень.", "uk", [("1,5 млрд гривень", 1.5e9, "money", "UAH")]),
    # Ukrainian scales and percent, Russian units in their cases
    ("Понад 3 тис. людей евакуювали.", "uk", [("Понад 3 тис", 3e3, "count", None)]),
    ("Інфляція сповільнилася до 12,9 відсотка.", "uk",
     [("12,9 відсотка", 12.9, "percent", "%")]),
    ("Уровень воды поднялся на 3,2 метра.", "ru", [("3,2 метра", 3.2, "measure", "m")]),
    ("Ставки выросли на 112 punti base.", "it", [("112 punti base", 112.0, "measure", "bp")]),
])
def test_figures_in_italian_portuguese_russian_and_ukrainian(text, language, expected):
    assert [(f.text, f.value, f.kind, f.unit) for f in find_figures(text, language=language)] \
        == expected


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("Более 2 тысяч человек эвакуировали.", "ru", "человек"),
    ("Повреждены 1 250 жилых домов.", "ru", "жилых домов"),
    ("Близько 250 тисяч споживачів без світла.", "uk", "споживачів"),
    ("Sont inscrits 300 élèves cette année.", "fr", "élèves"),
])
def test_cyrillic_and_accented_subjects(text, language, subject):
    assert [f.subject for f in find_figures(text, language=language)][0] == subject


@pytest.mark.parametrize(("text", "language"), [
    ("Київ. Понад 3 тис. людей евакуювали, що підтвердили в уряді та від громад. Це вже "
     "третій раз за тиждень, як і у вересні, але для них це не нове.", "uk"),
    ("Москва. Более 2 тысяч человек эвакуировали, что подтвердили в правительстве. Это уже "
     "третий раз за неделю, как и в сентябре, но для них это не ново.", "ru"),
])
def test_ukrainian_is_told_from_russian(text, language):
    assert ak.parse_article(text).articles.loc[0, "language"] == language


@pytest.mark.parametrize(("text", "expected"), [
    # a measure "a" unit of time is a rate; "a side" is none
    ("Sea levels are rising by 3.7 mm a year.", [("3.7 mm a year", "mm/year", "Sea levels")]),
    ("The tower is 30 m a side.", [("30 m", "m", "tower")]),
    ("The river rose 2 metres a year ago.", [("2 metres", "m", "river")]),
    # a unit written with a space before its gas
    ("Emissions reached 37.4 Gt CO2 last year.", [("37.4 Gt CO2", "GtCO2", "Emissions")]),
    # the object of a change keeps what it is of; a plural that modifies a noun
    ("The drug reduced the risk of death by 23%.", [("23%", "%", "risk of death")]),
    ("The trial found an odds ratio of 1.8.", [("1.8", None, "odds ratio")]),
])
def test_rates_gases_risks_and_ratios_in_study_copy(text, expected):
    assert [(f.text, f.unit, f.subject) for f in find_figures(text, language="en")] == expected


def test_a_stock_index_named_with_its_region_is_no_count():
    figures = find_figures("The Stoxx Europe 600 rose 0.5%.", language="en")
    assert [(f.text, f.subject) for f in figures] == [("0.5%", "Stoxx Europe 600")]


@pytest.mark.parametrize(("text", "subject"), [
    # a toll opening the sentence is what the number after its verb counts
    ("The number of people killed when a dam burst above the English town of Aldbury Bridge "
     "rose to 27, police said.", "people killed"),
    ("The death toll from the collapse of the Hollins Ford dam has risen to 27.", "death toll"),
    ("Death toll from floods in Pakistan rises to 40", "death toll"),
    ("The death toll from the quake that struck southern Turkey rose to 4,300.",
     "death toll from the quake"),
    ("The number of ferries rose to 12.", "ferries"),
])
def test_a_toll_that_opens_the_sentence_is_its_subject(text, subject):
    assert [f.subject for f in find_figures(text, language="en")] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("Capital expenditure has been budgeted at Rs 11.21 lakh crore.", "Capital expenditure"),
    ("Gross market borrowing is pegged at Rs 14.82 lakh crore.", "Gross market borrowing"),
    ("The damage was estimated at $40 million.", "damage"),
    ("The crowd was estimated at 5,000.", "crowd"),
    ("Interest rates were set at 5%.", "Interest rates"),
])
def test_a_level_set_in_the_passive_names_its_subject(text, subject):
    assert [f.subject for f in find_figures(text, language="en")] == [subject]


@pytest.mark.parametrize(("text", "expected"), [
    # a span of numbered weeks is a name, both its ends
    ("Cases rose in epidemiological weeks 10–12 of 2025.", [("2025", None)]),
    # a participle's agent, not the participle, is the subject
    ("Revenue grew, helped by record tax revenue projected at ¥78.4 trillion.",
     [("¥78.4 trillion", "record tax revenue")]),
    # Cyrillic subjects in a text of no known language end at the noun
    ("Около 15 тыс. предприятий получили льготные кредиты.", [("Около 15 тыс", "предприятий")]),
])
def test_week_spans_participles_and_cyrillic_subjects_without_a_language(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der Umsatz sank im dritten Quartal um 4,2 Prozent auf 1,3 Milliarden Euro.",
     [("4,2 Prozent", "Umsatz"), ("1,3 Milliarden Euro", "Umsatz")]),
    # the subject after its verb, German word order after an adverbial
    ("de", "Im dritten Quartal sank der Umsatz um 4,2 Prozent.", [("4,2 Prozent", "Umsatz")]),
    ("de", "Die Inflationsrate lag im März bei 2,2 Prozent.",
     [("2,2 Prozent", "Inflationsrate")]),
    ("de", "Die Exporte erhöhten sich um 3 Prozent.", [("3 Prozent", "Exporte")]),
    ("fr", "Le taux de chômage est passé à 7,4 %.", [("7,4 %", "taux de chômage")]),
    ("fr", "Le taux de chômage est de 7,4 %.", [("7,4 %", "taux de chômage")]),
    ("fr", "Les prix à la consommation ont augmenté de 2,1 % sur un an.",
     [("2,1 %", "prix à la consommation")]),
    ("fr", "Le chiffre d'affaires a reculé de 4,2 % à 1,3 milliard d'euros.",
     [("4,2 %", "chiffre d'affaires"), ("1,3 milliard d'euros", "chiffre d'affaires")]),
    # "hasta" after a fall is the level reached, no "up to"
    ("es", "Las ventas cayeron un 4,2% hasta 1.300 millones de euros.",
     [("4,2%", "ventas"), ("1.300 millones de euros", "ventas")]),
    ("es", "En marzo, la tasa de paro se situó en el 11,7%.", [("11,7%", "tasa de paro")]),
    ("es", "Los precios de la vivienda subieron un 8,4% interanual.",
     [("8,4%", "precios de la vivienda")]),
    ("it", "Il fatturato è cresciuto del 5% a 2 miliardi di euro.",
     [("5%", "fatturato"), ("2 miliardi di euro", "fatturato")]),
    ("it", "L'inflazione è salita dal 3% al 5,2%.", [("3%", "inflazione"), ("5,2%", "inflazione")]),
    ("pt", "A inflação subiu para 4,5% em março.", [("4,5%", "inflação")]),
    # an object after the verb is what changed, the verb's subject is who changed it
    ("fr", "Le gouvernement a augmenté les impôts de 5 %.", [("5 %", None)]),
    ("de", "Die Regierung erhöhte die Steuer um 2 Prozent.", [("2 Prozent", None)]),
    # a name is no measure; a noun that is a verb's form stays a noun ("une baisse")
    ("es", "Madrid subió un 3% en las encuestas.", [("3%", None)]),
    ("fr", "Le marché enregistre une baisse de 5 %.", [("5 %", None)]),
])
def test_verbs_of_change_in_other_languages_name_their_subjects(language, text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language=language)]
    assert got == expected
    assert all(f.qualifier is None for f in find_figures(text, language=language))


@pytest.mark.parametrize(("text", "expected"), [
    ("Un homme de 67 ans a été blessé par balle.", ("67 ans", "age")),
    ("Jean Dupont, 67 ans, a été interpellé.", ("67 ans", "age")),
    ("La victime, âgée de 34 ans, est décédée.", ("34 ans", "age")),
    ("Un hombre de 45 años murió en el accidente.", ("45 años", "age")),
    ("La mujer, de 52 años, fue trasladada al hospital.", ("52 años", "age")),
    ("Un uomo di 45 anni è morto nell'incidente.", ("45 anni", "age")),
    ("Um homem de 45 anos morreu no acidente.", ("45 anos", "age")),
    ("Der 67-jährige Mann wurde verletzt.", ("67-jährige", "age")),
    ("Ein 34-Jähriger wurde festgenommen.", ("34-Jähriger", "age")),
    ("Die Polizei nahm einen 27 Jahre alten Mann fest.", ("27 Jahre", "age")),
    # sports copy's players, after an elided article too
    ("Le club a recruté l'attaquant de 22 ans.", ("22 ans", "age")),
    ("L'Inter ha preso l'attaccante di 24 anni.", ("24 anni", "age")),
    ("Llega el delantero de 19 años.", ("19 años", "age")),
    ("Der 24-jährige Stürmer kommt aus Wien.", ("24-jährige", "age")),
    ("L'accord de 5 ans a été signé.", ("5 ans", None)),
    # lengths of time, no ages
    ("Nach 30-jähriger Haft kam er frei.", ("30-jähriger", None)),
    ("Le contrat de 10 ans a été signé.", ("10 ans", None)),
    ("Er erhielt einen Vertrag von 10 Jahren.", ("10 Jahren", None)),
])
def test_ages_in_other_languages(text, expected):
    (figure,) = find_figures(text)
    assert (figure.text, figure.subject) == expected
    assert (figure.kind, figure.unit) == ("duration", "year")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Il a été condamné à cinq ans de prison dont deux avec sursis.",
     [("cinq ans", 5.0, "year")]),
    ("de", "Er wurde zu einer Haftstrafe von drei Jahren und sechs Monaten verurteilt.",
     [("drei Jahren und sechs Monaten", 3.5, "year")]),
    ("es", "Fue condenado a cinco años de prisión.", [("cinco años", 5.0, "year")]),
    ("it", "È stato condannato a tre anni e sei mesi di reclusione.",
     [("tre anni e sei mesi", 3.5, "year")]),
    ("pt", "Ele foi condenado a quatro anos de prisão.", [("quatro anos", 4.0, "year")]),
    # a cardinal before no word of time still counts only a plural noun
    ("fr", "Deux fois par an, dix personnes sont tirées au sort.",
     [("dix", 10.0, None)]),
])
def test_lengths_of_time_in_words_of_other_languages(language, text, expected):
    got = [(f.text, f.value, f.unit) for f in find_figures(text, language=language)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He faces a maximum penalty of 20 years in prison.", ("20 years", "maximum penalty")),
    ("She got a mandatory minimum sentence of 10 years.",
     ("10 years", "mandatory minimum sentence")),
    ("He served a term of 12 years.", ("12 years", "term")),
    ("The work took a period of three months.", ("three months", None)),
    ("The flight was delayed by a matter of two hours.", ("two hours", None)),
])
def test_a_duration_after_its_noun_and_of_takes_that_noun(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Temperatures in the cloud reach 10^7 kelvin.", [("10^7 kelvin", 1e7, None, "K")]),
    ("The galaxy holds 10^8 to 10^11 stars.", [("10^8 to 10^11", 1e8, 1e11, None)]),
    ("The strain was as small as 10⁻²¹ in the detector.", [("10⁻²¹", 1e-21, None, None)]),
    ("A survey of 2^10 samples.", [("2^10", 1024.0, None, None)]),
])
def test_a_bare_power_with_a_caret_or_a_raised_minus(text, expected):
    got = [(f.text, f.value, f.value_high, f.unit) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The drug cut deaths (HR, 0.71; 95% CI, 0.58 to 0.87; P = .001).",
     (".001", 0.001, None, "P")),
    ("The difference was significant (P<.05).", ("<.05", 0.05, "less than", "P")),
    ("Correlation was modest (r = .45).", (".45", 0.45, None, "r")),
])
def test_a_statistic_written_without_its_leading_zero(text, expected):
    figure = find_figures(text, language="en")[-1]
    assert (figure.text, figure.value, figure.qualifier, figure.subject) == expected


@pytest.mark.parametrize("text", [
    "The batting average was .312 this season.",
    "The app runs on .NET 8 and v1.2.3.",
])
def test_a_point_before_digits_elsewhere_is_no_figure(text):
    assert [f.value for f in find_figures(text, language="en") if f.value < 1] == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The refinery processes 110,000 bpd of crude.",
     ("110,000 bpd", 110000.0, "bbl/day")),
    ("en", "The IEA raised its forecast by 1.22 mb/d.", ("1.22 mb/d", 1.22, "mb/d")),
    ("en", "Europe imported about 60 bcm of gas.", ("about 60 bcm", 60.0, "bcm")),
    ("en", "The terminal will have 126 mtpa of capacity.", ("126 mtpa", 126.0, "Mt/year")),
    ("en", "The reservoir holds 1.2 million acre-feet of water.",
     ("1.2 million acre-feet", 1.2e6, "acre-ft")),
    ("en", "Emissions will reach 37.4 billion tonnes of CO2 this year.",
     ("37.4 billion tonnes of CO2", 3.74e10, "tCO2")),
    ("en", "Direct emissions totalled 184,000 tonnes of CO2e.",
     ("184,000 tonnes of CO2e", 184000.0, "tCO2e")),
    ("es", "La central producirá 52.400 gigavatios hora al año.",
     ("52.400 gigavatios hora", 52400.0, "GWh")),
    ("es", "El parque tendrá 7.000 megavatios de potencia.", ("7.000 megavatios", 7000.0, "MW")),
    ("it", "La produzione ha raggiunto 120 terawattora.", ("120 terawattora", 120.0, "TWh")),
    ("it", "Mancano 180 milioni di metri cubi d'acqua.",
     ("180 milioni di metri cubi", 1.8e8, "m3")),
    ("de", "Die Anlage erzeugt 15 Terawattstunden im Jahr.", ("15 Terawattstunden", 15.0, "TWh")),
])
def test_energy_and_volume_units_of_the_trade_and_of_other_languages(language, text, expected):
    (figure,) = find_figures(text, language=language)
    assert (figure.text, figure.value, figure.unit) == expected
    assert figure.kind == "measure"


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm cut its scope 1 and 2 GHG emissions by 42%.", ["42%"]),
    ("Scope 1, 2 and 3 emissions fell 12% last year.", ["12%"]),
    ("The drug is in phase 2 and 3 trials for type 1 and 2 diabetes.", []),
    ("Drone debris hit Reactor 4 of the Zaporizhzhia plant.", []),
    ("Troops gathered at Checkpoint 300 near Kalandia.", []),
    ("On Day 3 of the trial, the jury heard from 12 witnesses.", ["12"]),
    ("Victims should contact the FBI at 1-800-CALL-FBI.", []),
    # a second item of two digits or more after a label may count ("keeps the 40")
    ("Section 230 and 40 other rules were challenged.", ["40"]),
    # in lower case a count may follow the noun
    ("The building 40 people fled was searched.", ["40"]),
    # parts of a competition and names holding a number
    ("Game 7 follows Games 5 and 6 after Round 3 and Matchday 5.", []),
    ("He crashed at Turn 4 on lap 34 of 57 laps.", ["57"]),
    ("Maroon 5 and Sum 41 played before the Formula 1 race in Ligue 1's city.", []),
    ("The Movimento 5 Stelle won 12 seats.", ["12"]),
    ("The game 3 points from safety ran 57 laps; the sum 41 is prime.",
     ["3 points", "57", "41"]),
])
def test_classes_places_and_lines_named_by_number_are_no_figures(text, expected):
    assert [f.text for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("Emissions have decreased by about 20% since 2005.", "Emissions"),
    ("Coal use is projected to keep falling by 3.8% a year.", "Coal use"),
    ("Prices kept rising to 7% in May.", "Prices"),
])
def test_decreases_and_continued_changes_name_their_subject(text, subject):
    assert find_figures(text, language="en")[0].subject == subject


@pytest.mark.parametrize(("text", "expected"), [
    # "as much as" after a verb of a jump is a bound; the verb's own "up to" is none
    ("Oil prices jumped as much as 4% on Monday.",
     [("as much as 4%", None, "percent", "up to", "Oil prices")]),
    ("Shares jumped up to 4%.", [("4%", None, "percent", None, "Shares")]),
    # a whole number after a change in per cent counts its plural subject
    ("Homicides fell by 8% to 570 last year.",
     [("8%", None, "percent", None, "Homicides"), ("570", None, "count", None, "Homicides")]),
    ("Shares of Acme rose 5% to 120.",
     [("5%", None, "percent", None, "Shares of Acme"), ("120", None, "number", None,
                                                        "Shares of Acme")]),
    ("Inflation rose 2% to 120.",
     [("2%", None, "percent", None, "Inflation"), ("120", None, "number", None, "Inflation")]),
    # a subject before both ends of a range is the range's
    ("Casualties were estimated at 40 to 60 per day.",
     [("40 to 60", 60.0, "count", None, "Casualties")]),
    ("The charity gave 5 books to 10 students.",
     [("5", None, "count", None, "books"), ("10", None, "count", None, "students")]),
])
def test_bounds_levels_and_ranges_after_verbs(text, expected):
    got = [(f.text, f.value_high, f.kind, f.qualifier, f.subject)
           for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The vaccine costs $280 per dose in the US.", ("$280 per dose", "money", "USD")),
    ("The test costs about £120 per patient.", ("about £120 per patient", "money", "GBP")),
    ("There were 1.7 cases per million doses administered.",
     ("1.7", "measure", "per 1,000,000")),
    ("There were 3 deaths per thousand births.", ("3", "measure", "per 1,000")),
])
def test_prices_per_dose_and_rates_per_a_scale_word(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.kind, figure.unit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A pack costs 812.40 Danish crowns.", ("812.40 Danish crowns", "money", "DKK")),
    ("The fund holds 3 billion Swedish crowns.", ("3 billion Swedish crowns", "money", "SEK")),
    ("The planet has about 2.1 Earth masses.", ("about 2.1 Earth masses", "measure", "Earth mass")),
    ("The signal reached 3.6 sigma.", ("3.6 sigma", "measure", "σ")),
    ("Take 2,000 IU of vitamin D.", ("2,000 IU", "measure", "IU")),
    ("The pulse lasted 250 femtoseconds.", ("250 femtoseconds", "duration", "fs")),
    ("The laser reached 1.2 petawatts.", ("1.2 petawatts", "measure", "PW")),
])
def test_currencies_named_in_english_and_units_of_science(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.kind, figure.unit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Median time was 5.6 years (interquartile range 4.1-7.2).",
     ("4.1-7.2", "interquartile range")),
    ("The test had a specificity of 88.7%.", ("88.7%", "specificity")),
    ("Experts estimated an R0 of between 1.5 and 2.", ("1.5 and 2", "R0")),
    ("Patients had a mean HbA1c of 8.1%.", ("8.1%", "HbA1c")),
    ("The odds ratio for hospitalisation was 1.34.", ("1.34", "odds ratio")),
    ("The hazard ratio for death from any cause was 0.71.", ("0.71", "hazard ratio")),
])
def test_statistics_named_with_what_they_are_for_or_a_range(text, expected):
    figure = find_figures(text, language="en")[-1]
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vaccines are offered to people 60 and older.", ("60", "year", "at least")),
    ("Children under five years of age are most at risk.", ("under five years", "year", "under")),
    ("It is approved for those aged 6 months and older.", ("6 months", "month", "at least")),
    ("The share of people 60 years of age and older rose.", ("60 years", "year", "at least")),
])
def test_ages_of_people_in_bands(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.unit, figure.qualifier, figure.subject) == (*expected, "age")


def test_a_noun_in_ing_after_a_plural_is_its_verb():
    (figure,) = find_figures("Police said 12 people meeting in secret were held.", language="en")
    assert figure.subject == "people"


def test_a_number_and_more_of_a_thing_is_no_age():
    (figure,) = find_figures("The firm has 60 and more staff.", language="en")
    assert figure.subject != "age"


@pytest.mark.parametrize(("text", "expected"), [
    ("He was given a 14-year term.", ("14-year", "term")),
    ("She got a 12-month community order.", ("12-month", "community order")),
    ("The 36-month sentence was suspended.", ("36-month", "sentence")),
    ("A 17-year-old boy was hurt.", ("17-year-old", "age")),
    # a noun in -ing is the head, not a verb (data/nouns_in_ing.txt)
    ("The council held a 14-hour budget meeting on Tuesday.", ("14-hour", "budget meeting")),
    ("A three-day hearing began.", ("three-day", "hearing")),
    # so are nouns that only end in -ing; a verb after a plural stays one
    ("The poll shows a 3-point swing to Labour.", ("3-point", "swing")),
    ("Voters in 12 seats swing to Labour.", ("12", "seats")),
])
def test_a_length_of_time_joined_to_its_noun_names_it(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brent crude was up 88 cents at $78.13 a barrel.",
     [("88 cents", "Brent crude"), ("$78.13 a barrel", "Brent crude")]),
    ("Sales rose 5% at 3 stores.", [("5%", "Sales"), ("3", "stores")]),
    # a year compared with is no bound
    ("CO2 rose 2.8 ppm above 2023.", [("2.8 ppm", "CO2"), ("2023", None)]),
])
def test_levels_after_a_change_in_money_and_years_compared_with(text, expected):
    found = find_figures(text, language="en")
    assert [(f.text, f.subject) for f in found] == expected
    assert all(f.qualifier is None for f in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of private landlords fell by around 600 to 9,400.",
     [("around 600", "private landlords"), ("9,400", "private landlords")]),
    ("The waiting list rose by 2,600 to 14,500 households.",
     [("2,600", "households"), ("14,500", "households")]),
    ("Bus journeys fell 4 million to 212 million.",
     [("4 million", "Bus journeys"), ("212 million", "Bus journeys")]),
    # a change as close to the level as a range's ends stays a range
    ("Attendance rose by 50 to 100 people.", [("50 to 100", "people")]),
    ("Prices rose by 2 to 3 percent.", [("2 to 3 percent", None)]),
])
def test_a_change_by_a_count_and_the_level_after_it(text, expected):
    found = find_figures(text, language="en")
    assert [(f.text, f.subject) for f in found] == expected
    assert all(f.kind in ("count", "percent") for f in found)


@pytest.mark.parametrize("text", [
    "Under Bylaw 2024-17 the fee rises.",
    "Take Exit 64 off I-95.",
    "He lives in Flat 12.",
    "Line 5 Eglinton opens next year.",
    "Traffic between junctions 4 and 6 stopped.",
    "Wards 1 to 6 vote today.",
])
def test_local_laws_and_places_named_by_number_are_no_figures(text):
    assert find_figures(text, language="en") == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "O excedente foi de 1,2 biliões de euros.", ("1,2 biliões de euros", 1.2e12, "EUR")),
    ("it", "Ci sono stati 10mila incidenti.", ("10mila", 1e4, None)),
    ("it", "Servono 500mila euro.", ("500mila euro", 5e5, "EUR")),
    ("it", "Il totale sale a 24 milioni 198 mila persone.", ("24 milioni 198 mila", 24198000.0,
                                                          None)),
    ("pt", "Foram 1 milhão e 200 mil pessoas.", ("1 milhão e 200 mil", 1.2e6, None)),
    ("it", "La Lega perde 0,5 punti e scende al 22,1%.", ("0,5 punti", 0.5, "pp")),
])
def test_scales_glued_and_in_parts_and_points_of_other_languages(language, text, expected):
    (figure, *_) = find_figures(text, language=language)
    assert (figure.text, figure.value, figure.unit) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "La Lega scende al 22,1%.", ("22,1%", "Lega")),
    ("it", "L'inflazione è scesa all'1,9%.", ("1,9%", "inflazione")),
    ("it", "Il Pil è in calo dello 0,2%.", ("0,2%", "Pil")),
    ("pt", "A gasolina subiu 1,2% em março.", ("1,2%", "gasolina")),
    ("pt", "O PIB cresceu 1,4% no trimestre.", ("1,4%", "PIB")),
    ("pt", "A taxa de desemprego fixou-se em 6,4%.", ("6,4%", "taxa de desemprego")),
    ("pt", "O IPCA registrou alta de 0,16% em agosto.", ("0,16%", "IPCA")),
    ("it", "Gli arrestati sono 12 secondo la Questura.", ("12", None)),
])
def test_verbs_of_change_in_italian_and_portuguese_name_their_subjects(language, text,
                                                                     expected):
    (figure,) = find_figures(text, language=language)
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("The council will allocate £1.1m towards school places.", "school places"),
    ("The city set aside $18.5 million for road resurfacing.", "road resurfacing"),
    ("The state awarded $3m for flood defences in Kent.", "flood defences"),
    ("Hartmoor faces £12.3m funding gap", "funding gap"),
    ("Council unveils $2.3 million pool upgrade", "pool upgrade"),
    ("Firm wins $5m contract", "contract"),
    # no verb of setting aside, or a time after the sum: no subject
    ("They paid $5m for the company.", None),
    ("The firm won $5m last year.", None),
])
def test_what_a_sum_is_set_aside_for_or_a_headline_names(text, subject):
    (figure,) = find_figures(text, language="en")
    assert figure.subject == subject


@pytest.mark.parametrize(("text", "expected"), [
    ("A 60-bed care home will open.", [("60-bed", "count", "beds")]),
    ("A 3-hospital trust was formed.", [("3-hospital", "count", "hospitals")]),
    ("City threw away a three-goal cushion.", [("three-goal", "count", "goals")]),
    ("Norway ended with a nine-medal haul.", [("nine-medal", "count", "medals")]),
    ("The 3-dimensional model is a three-pronged plan.", [("3", "number", None),
                                                          ("three", "number", None)]),
    ("The plant will make 2 million 155mm shells a year.",
     [("2 million", "count", "shells"), ("155mm", "measure", "shells")]),
    ("It rained 20 mm on Monday.", [("20 mm", "measure", None)]),
])
def test_counts_held_by_nouns_in_ed_al_and_counts_before_a_calibre(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


def test_an_adjective_joined_to_a_number_still_counts_nothing():
    (figure,) = find_figures("A 12-sided die was rolled.", language="en")
    assert (figure.kind, figure.subject) == ("number", None)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an aside set off before the verb is passed; a span of ages is no subject
    ("it", "La disoccupazione giovanile, tra i 15 e i 24 anni, scende al 19,8%.",
     ("19,8%", "disoccupazione giovanile")),
    ("it", "Gli inattivi tra i 15 e i 64 anni sono diminuiti dello 0,4%.", ("0,4%", None)),
    ("pt", "O dólar fechou em queda de 0,6%.", ("0,6%", "dólar")),
    # a verb after a modal is no modifier of the noun before "of"
    ("en", "Repairs would cause delays of up to 45 minutes.", ("up to 45 minutes", "delays")),
    ("en", "The plan would require injections of about 60 bcm.", ("about 60 bcm", "injections")),
])
def test_subjects_past_asides_spans_and_verbs(language, text, expected):
    figure = find_figures(text, language=language)[-1]
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a figure set against the one before it takes its subject: the claimed and the actual
    ("The real death toll was 4,012, not 40,000.",
     [("4,012", "count", "real death toll"), ("40,000", "count", "real death toll")]),
    ("Cases reached 2,113 in 2024, not the 20,000 claimed.",
     [("2,113", "count", "Cases"), ("2024", "year", None), ("20,000", "count", "Cases")]),
    ("The deficit was $3bn compared with $5bn.",
     [("$3bn", "money", "deficit"), ("$5bn", "money", "deficit")]),
    # an estimate put at an amount names what it estimates
    ("Official data put the number of measles cases at 2,113.",
     [("2,113", "count", "measles cases")]),
    ("The ministry pegged losses at $2bn.", [("$2bn", "money", "losses")]),
    ("They put it at 5%.", [("5%", "percent", None)]),
    # a multiple is no count
    ("The big tech names trade at around 30 times forward earnings.",
     [("around 30", "number", "big tech names")]),
    # a quoted weight of something
    ('The firm recalled "2.4 million pounds" of chicken.',
     [("2.4 million pounds", "measure", None)]),
    ('It raised "2.4 million pounds" for charity.', [("2.4 million pounds", "money", None)]),
])
def test_contrasts_estimates_multiples_and_quoted_weights(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reform is on 31.4%, while the Greens are now on 9%.", ["Reform", "Greens"]),
    ("Labour was on 38 per cent, with the Tories on 24 per cent.", ["Labour", "Tories"]),
    ("The latest YouGov poll puts Labour on 38% and the Conservatives at 24%.",
     ["Labour", "Conservatives"]),
    ("A Quinnipiac poll showed Harris at 47% and Trump at 45%.", ["Harris", "Trump"]),
    ("The survey puts Labour on 27%, Reform on 23%, the Conservatives on 19%, the Liberal "
     "Democrats on 12% and the Greens on 10%.",
     ["Labour", "Reform", "Conservatives", "Liberal Democrats", "Greens"]),
    ("Reform is on 31% nationally, ahead of Labour.", ["Reform"]),
    # a noun after the amount is what it describes; a second share without a first
    ("The focus is on 5% growth.", [None]),
    ("Prices rose 5% in May, and Tesco at 3%.", ["Prices", None]),
])
def test_a_partys_share_on_or_at_a_level_names_the_party(text, expected):
    assert [f.subject for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harris is polling 44%, and Trump is polling at 46%.", ["Harris", "Trump"]),
    ("Reform UK polled 29% in the latest survey.", ["Reform UK"]),
    ("Prices rose, and wages fell 2%.", ["wages"]),
    # a bare number polled counts those asked; two subjects joined name neither
    ("Gallup polled 1,015 adults.", ["adults"]),
    ("Maxima and minima are 42.4 °C and 3 °C.", [None, None]),
    # a share of the vote won, a name joined by a slash; a sum or a count won has its object
    ("The CDU/CSU won 28.5 percent.", ["CDU/CSU"]),
    ("Morena took 54%.", ["Morena"]),
    ("Acme won $5 million in damages.", ["damages"]),
    ("The BJP won 240 seats.", ["seats"]),
])
def test_a_verb_of_polling_and_a_clause_after_and_name_their_subject(text, expected):
    assert [f.subject for f in find_figures(text, language="en")] == expected


def test_a_bullets_emphasised_label_names_its_value():
    art = ak.parse_article(
        "Copper notes\n\nKey numbers this week:\n\n"
        "- **Mine supply growth:** just 1.8%, the weakest since 2020.\n"
        "- **Price:** $9,850 a tonne, up 4%.\n", fmt="markdown")
    got = [(f.text, None if pd.isna(f.subject) else f.subject)
           for f in art.figures.itertuples()]
    assert got == [("just 1.8%", "Mine supply growth"), ("2020", None),
                   ("$9,850 a tonne", "Price"), ("4%", "Price")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tech makes up 38% of the S&P 500.", ("38%", "S&P")),
    ("The council spent £23.4m on temporary accommodation last year.",
     ("£23.4m", "temporary accommodation")),
    ("Global surface temperature last year was 1.45C.", ("1.45C", "surface temperature")),
    ("The plan would cost taxpayers $1.9 trillion.", ("$1.9 trillion", "plan")),
    ("The strike cost the state £5m.", ("£5m", "strike")),
])
def test_subjects_with_an_ampersand_a_time_after_or_a_payer_between(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rovers have agreed a £250,000-a-week contract with the winger.",
     [("£250,000-a-week", 250000.0, "contract")]),
    ("It is a $5-a-day habit.", [("$5-a-day", 5.0, "habit")]),
    ("She took a £20-an-hour job.", [("£20-an-hour", 20.0, "job")]),
    ("He signed a £210,000 a week contract.", [("£210,000 a week", 210000.0, "contract")]),
    # a hyphen before no rate's unit
    ("It was a $5-a-piece deal.", [("$5", 5.0, None)]),
])
def test_a_rate_joined_by_hyphens_stays_with_its_sum(text, expected):
    assert [(f.text, f.value, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a compound preposition names nothing counted
    ("Dunmore beat Kirkhill 3-0 in front of 12,337 at Riverside Park.",
     [("3", "number", None), ("0", "number", None), ("12,337", "number", None)]),
    ("The club drew a crowd of 18,402.", [("18,402", "count", "crowd")]),
    # a side's score in a results line counts no name after it
    ("Real Sociedad 2 Athletic Club 2 (Oyarzabal 12)",
     [("2", "number", None), ("2", "number", None), ("12", "number", None)]),
    ("Leeds 3 Burnley 1", [("3", "number", None), ("1", "number", None)]),
    ("The House has 187 Republicans.", [("187", "count", "Republicans")]),
    ("In Texas 12 Democrats 3 weeks ago quit.",
     [("12", "count", "Democrats"), ("3 weeks", "duration", None)]),
    # a verb in -s with its object after a bare total
    ("Hale's unbeaten 148 puts England in command.", [("148", "number", None)]),
    ("500 put options expired.", [("500", "count", "put options")]),
    ("300 people take the bus.", [("300", "count", "people")]),
    # a verb before the noun the sum is of is no modifier of it
    ("The rules allow losses of up to £105m.", [("up to £105m", "money", "losses")]),
    ("Banks race to meet new capital requirements of N500 billion.",
     [("N500 billion", "money", "new capital requirements")]),
    ("It has a three-year work permit.", [("three-year", "duration", "work permit")]),
    # a deal's term and its sum both name the deal
    ("Ohtani signed a 10-year, $700 million contract.",
     [("10-year", "duration", "contract"), ("$700 million", "money", "contract")]),
    ("In a 10-year, $700 million year", [("10-year", "duration", None),
                                        ("$700 million", "money", None)]),
    # "away" right after a number and before a plural modifies it
    ("Castlebridge had won four of their last five away games.",
     [("four", "count", "away games"), ("five", "count", "away games")]),
    ("Some 2,000 away fans travelled.", [("Some 2,000", "count", "away fans")]),
    ("The team is two away from the record.", [("two", "number", None)]),
    # a share after an article names the noun after it, as a sum does
    ("Rovers agreed a 10% sell-on clause and a guaranteed fee below €90m.",
     [("10%", "percent", "sell-on clause"), ("below €90m", "money", "guaranteed fee")]),
    ("It bought a 15% stake in Acme.", [("15%", "percent", "stake")]),
    ("It was a 5% year.", [("5%", "percent", None)]),
    ("Sales had a 5% rise.", [("5%", "percent", None)]),
    ("He won a 52% share of the vote.", [("52%", "percent", None)]),
    ("It was 71 per cent, compared to a 72 per cent contribution last year.",
     [("71 per cent", "percent", None), ("72 per cent", "percent", None)]),
    # a bound after a noun a determiner opens; "past" bounds a sum, not a time or a place
    ("The deal would take their summer spending past £160m.",
     [("past £160m", "money", "summer spending")]),
    ("Inflation stayed below 2%.", [("below 2%", "percent", None)]),
    ("It was a day above 30C.", [("above 30C", "measure", None)]),
    ("Over the past 12 months prices rose.", [("12 months", "duration", None)]),
    ("He drove past 10 homes.", [("10", "count", "homes")]),
    # a word of payment before "in"
    ("The fee is £50m, with a further €15m payable in add-ons.",
     [("£50m", "money", "fee"), ("€15m", "money", "add-ons")]),
    ("It is $5m payable in cash.", [("$5m", "money", None)]),
])
def test_sports_and_transfer_subjects(text, expected):
    assert [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "costs" before a verb is the noun, no verb with a payer after it
    ("Housing costs rose 5.8 per cent over the year.", ("5.8 per cent", "Housing costs")),
    ("Energy costs were 9% higher.", ("9%", "Energy costs")),
    ("The scheme costs households £40.", ("£40", "scheme")),
    # two nouns joined inside an "of" phrase are both what the head is of
    ("Prices of bread and cereals fell by 0.4% in October.",
     ("0.4%", "Prices of bread and cereals")),
    ("The price of food and soft drinks rose 2%.", ("2%", "price of food and soft drinks")),
    ("Prices of cereals fell by 0.4% in October.", ("0.4%", "Prices of cereals")),
    ("Exports and imports rose 4%.", ("4%", None)),
    # an aside in brackets between the subject and its verb
    ("Core CPI (excluding energy, food, alcohol and tobacco) rose by 3.2%.", ("3.2%", "Core CPI")),
    ("Sales (in dollars) rose 5%.", ("5%", "Sales")),
    # an acronym names a long name the phrase read falls short of
    ("The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 3.8%.",
     ("3.8%", "CPIH")),
    ("The Consumer Price Index (CPI) rose 3%.", ("3%", "Consumer Price Index")),
    ("The Harmonised Index of Consumer Prices (HICP) rose 2.4%.",
     ("2.4%", "Harmonised Index of Consumer Prices")),
    ("Shares of Acme (ACM) rose 3%.", ("3%", "Shares of Acme")),
    # a participle after a determiner modifies: the word after it is a noun, no verb
    ("The trimmed mean measure rose to 2.9 per cent.", ("2.9 per cent", "trimmed mean measure")),
    ("The IMF projected consumer prices would rise 5%.", ("5%", "consumer prices")),
    # an ampersand spaced inside a name; the rest of an owner's name cut by the word limit
    ("Shares of Johnson & Johnson rose 2%.", ("2%", "Shares of Johnson & Johnson")),
    ("Mahindra & Mahindra rose 2.1 per cent.", ("2.1 per cent", "Mahindra & Mahindra")),
    ("Marks & Spencer shares rose 3%.", ("3%", "Marks & Spencer shares")),
    ("The S&P 500 fell 1.2%.", ("1.2%", "S&P 500")),
    ("Hong Kong's Hang Seng index fell 1.5%.", ("1.5%", "Hang Seng index")),
    ("Japan's Nikkei 225 fell 1.5%.", ("1.5%", "Japan's Nikkei 225")),
])
def test_subjects_before_a_verb_read_whole(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Según el INE, el 40% de los hogares tiene coche.", ("40%", "hogares")),
    ("fr", "Selon l'Insee, 12 % de l'électorat hésite.", ("12 %", "électorat")),
    ("fr", "Au total, 40 % des ménages ont une voiture.", ("40 %", "ménages")),
    ("it", "Secondo l'Istat il 30% degli italiani non legge.", ("30%", "italiani")),
    ("pt", "Segundo o IBGE, 40% das famílias têm carro.", ("40%", "famílias")),
    ("de", "Laut Destatis haben 40 Prozent der befragten Haushalte ein Auto.",
     ("40 Prozent", "befragten Haushalte")),
    # a month dates the share (the level's subject stays); a pronoun names no whole
    ("it", "Le vendite sono in calo del 5% da gennaio.", ("5%", "vendite")),
    ("de", "Davon haben 30 Prozent von ihnen kein Auto.", ("30 Prozent", None)),
])
def test_a_share_names_its_whole_after_a_partitive(language, text, expected):
    (figure,) = [f for f in find_figures(text, language=language) if f.kind == "percent"]
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Secondo l'Istat due terzi delle famiglie hanno un mutuo.",
     [("due terzi", 2 / 3, "famiglie")]),
    ("it", "Secondo l'Istat uno su tre giovani è disoccupato.", [("uno su tre", 1 / 3, "giovani")]),
    ("it", "Secondo l'Istat la metà degli italiani non legge.", [("la metà", 0.5, "italiani")]),
    ("es", "Uno de cada cinco españoles vive solo, según el INE.",
     [("Uno de cada cinco", 0.2, "españoles")]),
    ("es", "Según el INE, dos tercios de los hogares tienen coche.",
     [("dos tercios", 2 / 3, "hogares")]),
    ("pt", "Segundo o IBGE, um em cada três jovens está desempregado.",
     [("um em cada três", 1 / 3, "jovens")]),
    ("fr", "Selon l'Insee, un Français sur trois part en vacances.",
     [("un Français sur trois", 1 / 3, "Français")]),
    ("fr", "Selon l'Insee, deux tiers des ménages ont une voiture.",
     [("deux tiers", 2 / 3, "ménages")]),
    ("de", "Laut der Umfrage sind zwei Drittel der Befragten dafür.",
     [("zwei Drittel", 2 / 3, "Befragten")]),
    # a share's digits replace the number read for them
    ("it", "Secondo l'Istat uno su 10 giovani fuma.", [("uno su 10", 0.1, "giovani")]),
    # a verb agreeing with "uno" names nothing counted, though it ends as a plural does
    ("it", "Secondo il sondaggio uno su 10 beve alcolici.", [("uno su 10", 0.1, None)]),
    # about something, the middle of a time, a rate: no shares
    ("fr", "Le gouvernement a signé un accord sur trois points.", [("trois points", 3.0, None)]),
    ("it", "Il treno passa a metà del mese.", []),
])
def test_fractions_and_shares_in_words_of_other_languages(language, text, expected):
    got = [(f.text, f.value, f.subject) for f in find_figures(text, language=language)]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1])
        assert g[2] == e[2]


@pytest.mark.parametrize(("text", "expected"), [
    ("Output rose 0.4% over the past two quarters.",
     [("0.4%", 0.4, "Output"), ("two", 2.0, "quarters")]),
    ("Three quarters of voters backed it.", [("Three quarters", 0.75, "voters")]),
    ("Three-quarters said yes.", [("Three-quarters", 0.75, None)]),
])
def test_quarters_spaced_from_their_number_without_of_are_counted(text, expected):
    got = [(f.text, f.value, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mortality at 28 days was 22.9% in the treatment group.",
     [("28 days", None), ("22.9%", "Mortality at 28 days")]),
    ("Weight loss at 68 weeks averaged 14.9%.",
     [("68 weeks", None), ("14.9%", "Weight loss at 68 weeks")]),
    ("Deaths within 30 days rose to 412.", [("30 days", None), ("412", "Deaths within 30 days")]),
    # a time with no noun before it names nothing; a noun after a year is still read
    ("Over the past 12 months prices rose 5%.", [("12 months", None), ("5%", None)]),
    ("In 2023 sales rose 5%.", [("2023", None), ("5%", "sales")]),
    # so it does past a count after a preposition and a determiner; not a count opening it
    ("Voter turnout across the 543 constituencies was 65.8%.",
     [("543", "constituencies"), ("65.8%", "Voter turnout across the 543 constituencies")]),
    ("Support in the 12 swing states fell to 44%.",
     [("12", "swing states"), ("44%", "Support in the 12 swing states")]),
    ("The 3 firms rose 5%.", [("3", "firms"), ("5%", "firms")]),
])
def test_a_subject_goes_on_past_the_number_of_a_time_inside_it(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients received 10 mg of apixaban twice daily.", ("10 mg", "apixaban")),
    ("They took 5 mg of the drug once a day.", ("5 mg", "drug")),
    ("Participants were given 2,000 IU of vitamin D daily.", ("2,000 IU", "vitamin D")),
    # before its noun the word of how often is an adjective of the subject
    ("Traders moved 10% of daily trading volume.", ("10%", "daily trading volume")),
])
def test_how_often_a_dose_is_given_ends_its_subject(text, expected):
    (figure,) = find_figures(text, language="en")
    assert (figure.text, figure.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("About 40% of US adults are obese.", [("About 40%", "percent", "US adults")]),
    ("US inflation rose to 3%.", [("3%", "percent", "US inflation")]),
    ("Cases were found in 12 US states.", [("12", "count", "US states")]),
    ("It employs 12 IT workers.", [("12", "count", "IT workers")]),
    # the pronoun in lower case still ends a subject
    ("He told us 5 people died.", [("5", "count", "people")]),
])
def test_us_and_it_in_capitals_are_names_in_a_subject(text, expected):
    got = [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It occurred in 569 of 8,803 patients (6.5%) in the drug group and 701 of 8,801 (8.0%)"
     " in the placebo group.",
     [("569", "count", "patients"), ("8,803", "count", "patients"), ("6.5%", "percent", None),
      ("701", "count", "patients"), ("8,801", "count", "patients"), ("8.0%", "percent", None)]),
    # a bare part and whole in the next sentence count nothing named
    ("It occurred in 8 of 20 mice. Then 3 of 7 said yes.",
     [("8", "count", "mice"), ("20", "count", "mice"), ("3", "number", None),
      ("7", "number", None)]),
])
def test_a_bare_part_and_whole_count_the_noun_of_the_pair_before(text, expected):
    got = [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cases were reported in 14 EU/EEA countries.", [("14", "count", "EU/EEA countries")]),
    ("It has spread to 40 countries/territories.", [("40", "count", "countries/territories")]),
    # a stop word before the slash still ends the subject
    ("They saw 12 and/or 13 cases.", [("12", "number", None), ("13", "count", "cases")]),
])
def test_words_joined_by_a_slash_are_one_word_of_a_subject(text, expected):
    got = [(f.text, f.kind, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a market's and a currency's moves in wire copy, and the level they reached
    ("The Nikkei shed 1.2% to 38,400.", [("1.2%", "Nikkei"), ("38,400", "Nikkei")]),
    ("The Nasdaq Composite added 0.4%.", [("0.4%", "Nasdaq Composite")]),
    ("The Dow lost 300 points to 38,900.", [("300 points", "Dow"), ("38,900", "Dow")]),
    ("The rand firmed to 18.2 per dollar.", [("18.2", "rand")]),
    ("The rand, which is sensitive to risk appetite, weakened 0.4% to 18.35 per dollar.",
     [("0.4%", "rand"), ("18.35", "rand")]),
    ("Copper rallied 2% to $9,800 a tonne.", [("2%", "Copper"), ("$9,800 a tonne", "Copper")]),
    ("Brent crude settled 0.4% higher at $82.10 a barrel.",
     [("0.4%", "Brent crude"), ("$82.10 a barrel", "Brent crude")]),
    ("The euro was little changed at $1.0850.", [("$1.0850", "euro")]),
    ("The euro was little changed from $1.08.", [("$1.08", "euro")]),
    ("The BJP's vote share was 36.56%, little changed from 37.36%.",
     [("36.56%", "BJP's vote share"), ("37.36%", "BJP's vote share")]),
    ("The shilling was steady at 129.5 per dollar.", [("129.5", "shilling")]),
    ("Sterling was last up 0.3% at $1.2710.", [("0.3%", "Sterling"), ("$1.2710", "Sterling")]),
    # a small move said with its direction, then "to" the level
    ("Unemployment ticked up to 4.3% in August.", [("4.3%", "Unemployment")]),
    ("The jobless rate edged down to 3.9%.", [("3.9%", "jobless rate")]),
    ("The unemployment rate inched up to 4.1%.", [("4.1%", "unemployment rate")]),
    # a sum lost or gained, a count added, a bound after "be up to": no subject before
    ("Acme lost $5 million last year.", [("$5 million", None)]),
    ("The economy added 200,000 jobs.", [("200,000", "jobs")]),
    ("Acme added $5 million to its buyback.", [("$5 million", None)]),
])
def test_market_verbs_name_the_index_or_currency_that_moved(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate or a pace a change or a level ran at is its subject's, not the word "rate"
    ("Inflation ran at a 3.4% rate in March.", [("3.4%", "Inflation")]),
    ("The economy grew at an annualised 2.8% pace.", [("2.8%", "economy")]),
    ("GDP expanded at a seasonally adjusted 1.6% annual rate.", [("1.6%", "GDP")]),
    ("Core inflation was running at a 3.1% annual rate.", [("3.1%", "Core inflation")]),
    ("Prices rose at an annual rate of 2.9%.", [("2.9%", "Prices")]),
    # no verb of change or level before "at": the rate stays the thing named
    ("Mortgages are offered at a 5% rate.", [("5%", "rate")]),
    ("The unemployment rate of 4.1% was low.", [("4.1%", "unemployment rate")]),
])
def test_a_rate_or_pace_ran_at_names_the_verbs_subject(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a revision gives the estimate before and after it, both of what was revised
    ("Second-quarter growth was revised down from 2.1% to 1.8%.",
     [("2.1%", "Second-quarter growth"), ("1.8%", "Second-quarter growth")]),
    ("Retail sales growth was revised up to 0.4% from 0.2%.",
     [("0.4%", "Retail sales growth"), ("0.2%", "Retail sales growth")]),
    ("Retail sales growth was revised up from 0.2% to 0.4%.",
     [("0.2%", "Retail sales growth"), ("0.4%", "Retail sales growth")]),
    ("The statistics office revised second-quarter growth down from 2.1% to 1.8%.",
     [("2.1%", "second-quarter growth"), ("1.8%", "second-quarter growth")]),
    # a headline's noun of change before its direction is the subject's head
    ("Wage growth up 2%.", [("2%", "Wage growth")]),
])
def test_a_revision_names_what_was_revised(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Median survival was 11.2 months.", [("11.2 months", "Median survival")]),
    ("Life expectancy fell to 76.4 years in 2021.",
     [("76.4 years", "Life expectancy"), ("2021", None)]),
    ("Median overall survival was 16.0 months versus 12.4 months with chemotherapy.",
     [("16.0 months", "Median overall survival"), ("12.4 months", "Median overall survival")]),
    ("Mean systolic pressure was 138 mmHg, compared with 152 mmHg at baseline.",
     [("138 mmHg", "Mean systolic pressure"), ("152 mmHg", "Mean systolic pressure")]),
    # a time that dates or spaces something measures nothing named before it
    ("The attack was 10 years ago.", [("10 years", None)]),
    ("Smith was two years older.", [("two years", None)]),
    ("The war was three years into its course.", [("three years", None)]),
])
def test_a_length_of_time_measures_the_subject_of_its_verb(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Life expectancy at birth is forecast to increase from 80 years to 85 years in 2050.",
     [("80 years", "Life expectancy at birth"), ("85 years", "Life expectancy at birth"),
      ("2050", None)]),
    ("The yield on the 10-year Treasury note has risen by more than half a percentage point.",
     [("10-year", "Treasury note"),
      ("more than half a percentage point", "yield on the 10-year Treasury note")]),
])
def test_a_subject_before_a_long_verb_phrase_is_read_whole(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The incidence rate was 12.3 per 100,000 person-years.",
     [("12.3 per 100,000", "per 100,000", "incidence rate")]),
    ("The notification rate was 2.7 per 100 000 population.",
     [("2.7 per 100 000", "per 100,000", "notification rate")]),
    ("TB incidence fell to 195 per lakh population.", [("195", "per 100,000", "TB incidence")]),
    # a rate with its noun keeps it
    ("There were 4.2 cases per 100,000 population.", [("4.2", "per 100,000", "cases")]),
])
def test_a_bare_rate_measures_the_subject_of_its_verb(text, expected):
    got = [(f.text, f.unit, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambulance response times fell to 32 minutes.",
     [("32 minutes", "Ambulance response times")]),
    ("Average A&E waiting times rose 12% last year.", [("12%", "Average A&E waiting times")]),
    # a number word before "times" makes a multiple, no noun
    ("Prices rose four times to 5%.", [("four", None), ("5%", None)]),
])
def test_times_after_a_modifier_is_the_subjects_noun(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Each child was given a 0.5 ml dose of the vaccine.", [("0.5 ml", "dose")]),
    ("She ran a 5 km race.", [("5 km", "race")]),
    # a change names no thing measured; a rate keeps none
    ("There was an 8 mmHg reduction.", [("8 mmHg", None)]),
    ("He walked a 10 km a day.", [("10 km a day", None)]),
])
def test_a_measure_after_an_article_names_the_noun_after_it(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He weighs 15st 4lb.", [("15st 4lb", 15 + 4 / 14, "st")]),
    ("She was 12 stone 7 pounds.", [("12 stone 7 pounds", 12.5, "st")]),
    # pounds of a stone or more are no part of a weight in stone
    ("He was 12 stone 20 pounds.", [("12", 12.0, None), ("20 pounds", 20.0, "lb")]),
])
def test_a_weight_in_stone_and_pounds_is_one_weight(text, expected):
    got = [(f.text, f.value, f.unit) for f in find_figures(text, language="en")]
    assert got == [(t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of ages in words after "aged", each an age
    ("Two girls aged seven and nine were hurt.",
     [(2.0, "count", None, "girls"), (7.0, "duration", None, "age"),
      (9.0, "duration", None, "age")]),
    # a number after the list that counts what follows it is no age
    ("A boy aged 14 and two men were hurt.",
     [(14.0, "duration", None, "age"), (2.0, "count", None, "men")]),
    # a bound before "the age of" is the age's qualifier, as "under 12" is
    ("Sales to children under the age of 12 are banned.", [(12.0, "duration", "under", "age")]),
    ("It is open to people over the age of 18.", [(18.0, "duration", "over", "age")]),
    ("He left school at the age of 15.", [(15.0, "duration", None, "age")]),
])
def test_lists_of_ages_and_bounds_before_the_age_of(text, expected):
    assert [(f.value, f.kind, f.qualifier, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # micrograms as prescriptions and seizures write them, the kilo in the singular
    ("Pills held 5 mcg of fentanyl.", [("5 mcg", 5.0, "µg", "fentanyl")]),
    ("He wore a 50mcg patch.", [("50mcg", 50.0, "µg", "patch")]),
    # a bare "one" before a mass written out
    ("Police seized one kilo of heroin and one ounce of cannabis.",
     [("one kilo", 1.0, "kg", "heroin"), ("one ounce", 1.0, "oz", "cannabis")]),
    # but not before other units or a lone symbol
    ("At one point he walked one mile; One g of it.", []),
])
def test_drug_amounts_are_masses(text, expected):
    assert [(f.text, f.value, f.unit, f.subject) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The share of adults who smoke has fallen to 11.9%.", [("11.9%", "adults")]),
    ("Patients who relapsed rose to 12%.", [("12%", "Patients")]),
    ("The death toll from the quake that struck southern Turkey rose to 4,300.",
     [("4,300", "death toll from the quake")]),
])
def test_a_relative_clause_of_one_word_before_the_verb_is_passed(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Uptake was well below the 95% target set by the WHO.", [("95%", "target")]),
    ("The charity received a $5m grant made by the trust.", [("$5m", "grant")]),
])
def test_a_participle_with_its_agent_ends_the_subject(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vaccine efficacy was 94.1% (95% CI 89.3–96.8).",
     [("94.1%", "percent", "%", "Vaccine efficacy"), ("89.3–96.8", "percent", "%", "95% CI")]),
    # the interval of a ratio stays a plain number
    ("The hazard ratio was 0.80 (95% CI 0.72-0.90).",
     [("0.80", "number", None, "hazard ratio"), ("0.72-0.90", "number", None, "95% CI")]),
])
def test_the_interval_of_a_percentage_is_in_per_cent(text, expected):
    got = [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Risk was higher (adjusted odds ratio [aOR] 2.4; 95% CI: 1.8-3.2).",
     [("2.4", "adjusted odds ratio"), ("1.8-3.2", "95% CI")]),
    ("The hazard ratio (HR) was 0.71.", [("0.71", "hazard ratio")]),
])
def test_a_statistics_name_may_have_its_abbreviation_in_brackets(text, expected):
    got = [(f.text, f.subject) for f in find_figures(text, language="en")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of the money of courts and police names the sum before it after anything
    ("He is being held on $500,000 bail.", [("$500,000", "bail")]),
    ("He was ordered to pay £200 compensation and £85 costs.",
     [("£200", "compensation"), ("£85", "costs")]),
    # after an article any noun does; after no article another noun names nothing
    ("She was released on a $10,000 bond.", [("$10,000", "bond")]),
    ("He sent $500 home.", [("$500", None)]),
])
def test_bail_and_other_sums_of_courts_name_the_sum(text, expected):
    assert [(f.text, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a parent described by their children counts the children
    ("The father-of-two was stabbed.", [(2.0, "count", "children")]),
    ("A grandmother-of-five was hurt.", [(5.0, "count", "grandchildren")]),
    # another hyphenated "of" counts what follows it
    ("It is a one-of-two design.", [(2.0, "count", "design")]),
])
def test_a_parent_of_so_many_counts_children(text, expected):
    assert [(f.value, f.kind, f.subject) for f in find_figures(text, language="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("There were 4.2 cases per 100,000 population, up from 3.1.",
     [("4.2", "measure", "per 100,000", "cases"), ("3.1", "measure", "per 100,000", "cases")]),
    # a level with its own unit keeps it
    ("Unemployment fell to 4.1% in May, down from 4.3%.",
     [("4.1%", "percent", "%", "Unemployment"), ("4.3%", "percent", "%", "Unemployment")]),
])
def test_a_bare_level_before_a_rate_is_that_rate(text, expected):
    got = [(f.text, f.kind, f.unit, f.subject) for f in find_figures(text, language="en")]
    assert got == expected
