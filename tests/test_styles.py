"""Article styles analystkit was not first written for: other languages, live blogs,
interviews, wiki-style text. Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

import analystkit as ak
from analystkit.attribution import attribution
from analystkit.hedges import hedge_cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("El plan podría beneficiar a 200.000 familias.", ["podría"]),
    ("Según fuentes del sector, la medida al parecer llega tarde.", ["al parecer"]),
    ("Presuntamente, parte de los fondos se destinará a promotoras.", ["presuntamente"]),
    ("Se estima que el déficit supera las 600.000 unidades.", ["se estima"]),
    ("Por supuesto, el plan se aprobó el martes.", []),  # "of course", no hedge
    ("Selon des syndicats, le plan pourrait ne pas suffire.", ["pourrait"]),
    ("Il semble que les urgences soient les plus touchées.", ["il semble"]),
    ("Le nombre de lits aurait baissé de 5 %.", ["aurait"]),  # conditionnel journalistique
    ("Le ministre a déclaré que 10.000 postes seraient créés.", []),  # reported speech
    ("Vox habría negociado su abstención a cambio de fondos.", ["habría"]),
    ("Le suspect aurait agi seul.", ["aurait"]),  # the noun is no hedge
    # German "sollen": hearsay with a perfect infinitive, an intention without one
    ("Das Wasser soll rund 300 Häuser überflutet haben.", ["soll"]),
    ("Unter den Toten sollen zwei Feuerwehrleute gewesen sein.", ["sollen"]),
    ("Die Hilfe soll bis Ende März kommen.", []),
    ("Die Strecke bleibt voraussichtlich bis Freitag gesperrt.", ["voraussichtlich"]),
    # an outbreak's case definition is no doubt; a suspected person is
    ("Over 3,500 suspected cases and 48 deaths have been reported.", []),
    ("A suspected militant was arrested.", ["suspected"]),
])
def test_spanish_and_french_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "speaker"), [
    # German: "Das" before the verb is what was said; "teilte … mit" split; verb-last
    ("Das teilte das Unternehmen am Dienstag in Wolfsburg mit.", "Unternehmen"),
    ("Der Umsatz sank um 4 Prozent, wie Nordwerk mitteilte.", "Nordwerk"),
    ("Der Umsatz sank, wie das Statistische Bundesamt am Montag mitteilte.",
     "Statistische Bundesamt"),
    ("Der Vorstand teilte die Gewinne mit den Aktionären.", None),  # shared, said nothing
    # the article before a role and a person goes; a name with its article stays
    ("Die Präsidentin Sabine Kühn sagte am Montag, die Lage sei ernst.",
     "Präsidentin Sabine Kühn"),
    ("Die Linke sagte, die Mieten seien zu hoch.", "Die Linke"),
    ("Así lo ha anunciado la ministra de Turismo, Isabel Rodríguez.", "Isabel Rodríguez"),
    ("El plan beneficiará a 200.000 familias, según el Ministerio de Vivienda.",
     "Ministerio de Vivienda"),
    ("Según fuentes del sector, la medida llega tarde.", "fuentes del sector"),
    ("La ministra Ana Ruiz dijo que los precios bajarán en 2026.", "Ana Ruiz"),
    ("Le plan coûte 3 milliards d'euros, selon le ministère de la Santé.",
     "ministère de la Santé"),
    ("Le ministre Paul Martin a déclaré que 10.000 postes seraient créés.",
     "Paul Martin"),
    ("Les lits ont baissé de 5 %, d'après un rapport de la Cour des comptes.",
     "rapport de la Cour des comptes"),
    ("Le taux a baissé, selon Le Monde.", "Le Monde"),  # a capitalised article is a name
    ("The storm weakened, according to La Stampa.", "La Stampa"),
])
def test_spanish_and_french_attribution(sentence, speaker):
    assert attribution(sentence) == speaker


def test_wikipedia_cleanup_tags_leave_claim_text_and_are_audited():
    text = ("Lake Orva\n\nLake Orva is a freshwater lake in the north. It covers 54 square "
            "kilometres.[1] The lake is believed to be the deepest in the region.[citation "
            "needed] It is said to freeze in some winters.[who?]\n\nReferences\n\n"
            "1. National Survey of Lakes, 2010.\n")
    art = ak.parse_article(text, article_id="lake")
    claims = art.claims.set_index("claim_id")["text"]
    assert not claims.str.contains(r"\[", regex=True).any()
    # "[who?]" does not make the sentence a question
    assert "It is said to freeze in some winters." in set(claims)
    found = art.audit().query("check == 'citation_needed'")
    assert [claims[c] for c in found["claim_id"]] == [
        "The lake is believed to be the deepest in the region.",
        "It is said to freeze in some winters."]
    assert list(found["detail"]) == ["the text tags this claim [citation needed]",
                                     "the text tags this claim [who?]"]
    assert set(found["severity"]) == {"warning"}
    assert art.audit().query("check == 'dangling_citation'").empty


def test_a_situation_reports_sector_labels_are_labels_and_name_no_speaker():
    sitrep = ("Mozambique: Cyclone Flash Update No. 5\n\n"
              "WASH: Partners distributed 12,000 hygiene kits in Zambezia.\n\n"
              "Access remains difficult in some districts.\n\n"
              "HEALTH: Cholera cases rose by 30% in the week.\n\n"
              "WASH: In Sofala, 40 water points were rehabilitated.\n\n"
              "HEALTH: Two treatment centres opened.\n\n"
              "Shelter and NFI: Some 4,500 houses were destroyed.\n\n"
              "Food Security and Livelihoods (FSL): 3 million people need aid.\n\n"
              "Needs: More tarpaulins are required.\n\n"
              "Health: a look at the clinics of the north.\n")
    claims = ak.parse_article(sitrep, article_id="sitrep").claims
    assert list(zip(claims["label"].fillna(""), claims["text"], claims["attribution"].fillna(""),
                    strict=True))[1:] == [
        ("WASH", "Partners distributed 12,000 hygiene kits in Zambezia.", ""),
        ("", "Access remains difficult in some districts.", ""),
        ("HEALTH", "Cholera cases rose by 30% in the week.", ""),
        ("WASH", "In Sofala, 40 water points were rehabilitated.", ""),
        ("HEALTH", "Two treatment centres opened.", ""),
        ("Shelter and NFI", "Some 4,500 houses were destroyed.", ""),
        ("Food Security and Livelihoods (FSL)", "3 million people need aid.", ""),
        ("Needs", "More tarpaulins are required.", ""),
        # a sector word before a lower-case teaser is no label
        ("", "Health: a look at the clinics of the north.", "")]


def test_transcript_speakers_and_live_blog_times_are_labels_not_claim_text():
    transcript = ("Interview: the minister on water prices\n\n"
                  "Q: Will prices go up next year?\n\n"
                  "A: Prices will rise by about 4 percent. We cannot avoid that.\n\n"
                  "LOPEZ: The reservoirs are at 38 percent.\n\n"
                  "Q: Thank you.\n\nA: Thank you.\n")
    claims = ak.parse_article(transcript, article_id="qa").claims
    assert list(zip(claims["label"].fillna(""), claims["text"], strict=True))[1:] == [
        ("A", "Prices will rise by about 4 percent."), ("A", "We cannot avoid that."),
        ("LOPEZ", "The reservoirs are at 38 percent.")]  # "Thank you." is no claim
    blog = ("Storm Alba live: power cuts across the coast\n\n"
            "14:32 GMT — The coastguard says two fishing boats are missing.\n\n"
            "9.05am: Around 40,000 homes are without power, according to Northgrid.\n")
    claims = ak.parse_article(blog, article_id="blog").claims
    assert list(claims["label"])[1:] == ["14:32 GMT", "9.05am"]
    assert claims["text"].iloc[1] == "The coastguard says two fishing boats are missing."
    assert claims["attribution"].iloc[2] == "Northgrid"
    # a mixed-case lead-in introduces a quotation and stays in the sentence
    quoted = ak.parse_article('Title line for the test\n\nCole said: "Prices will go up."\n',
                              article_id="q").claims
    assert quoted["label"].isna().all()


@pytest.mark.parametrize("opening", ['"', "“"])
def test_quotation_opened_after_its_speaker_credits_every_sentence(opening):
    closing = '"' if opening == '"' else "”"
    text = (f"Briefing on the tariff plan today\n\nAsked about prices, Cole said: {opening}Prices "
            f"might go up a little. But the long-term gain is enormous.{closing}\n\n"
            "The plan starts in March for all imports.\n")
    claims = ak.parse_article(text, article_id="brief").claims
    assert list(claims["attribution"].iloc[1:3]) == ["Cole", "Cole"]
    assert claims["attribution"].isna().iloc[3]  # the quotation has closed


@pytest.mark.parametrize(("sentence", "cues"), [
    ("May came and went without a new network.", []),
    ("May was the wettest month on record.", []),
    ("May ended with floods in the north.", []),
    ("May exceed the limit set by the council.", ["may"]),  # -eed: a bare infinitive
    ("The deal may collapse next week.", ["may"]),
])
def test_may_the_month_opening_a_sentence(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # polls count likely voters; a measured likelihood is a finding
    ("The survey of 640 likely voters puts Ruiz at 44%.", []),
    ("Among likely voters, the mayor leads by six points.", []),
    ("Cyclists were three times more likely to be injured than drivers.", []),
    ("Women were twice as likely to report pain.", []),
    ("Children were 50% more likely to fall ill.", []),
    ("The poll of 900 likely Republican voters shows a tie.", []),
    ("Rates are more likely to rise in June.", ["likely"]),
    ("Tenants were less likely to be evicted after the reform.", []),
    ("Those who cycled may be significantly less likely to fall ill.", ["may"]),
    # a cue inside a question put to someone, and an estimate as what is published
    ("Asked whether a strike was likely, the union said talks would go on.", []),
    ("He would not say if the deal could collapse.", []),
    ("The agency revised its previous estimate on Monday.", []),
    ("The official estimate puts losses at $2 million.", ["estimate"]),
    # stance and received opinion
    ("IMO the ferry is the better deal.", ["imo"]),
    ("Imo State officials said 40 roads were shut.", []),
    ("The IMO said the rules would take effect in 2027.", []),
    ("Under IMO rules the vessel, IMO 9123456, was held.", []),
    ("Volunteers gave what they could to the food bank.", []),
    ("She ran as fast as she could.", []),
    ("It is all we could find, she said, and it could be too late.", ["could"]),
    ("Landlords allege that the rules were changed without notice.", ["allege"]),
    ("Tide gauges are widely considered to understate the rise.", ["widely considered"]),
    ("Turnout is likely to fall in the rain.", ["likely"]),
    # an estimate is no count, whatever the verb form
    ("Hydrologists estimate that the lake lost a fifth of its water.", ["estimate"]),
    ("The agency estimates the repairs at $40 million.", ["estimates"]),
    ("An estimated 3,000 homes flooded.", ["an estimated"]),
])
def test_likely_voters_measured_odds_and_estimates(sentence, cues):
    assert hedge_cues(sentence) == cues


def test_an_encyclopedia_entry_name_is_its_headline_but_a_section_label_is_meta():
    entry = ak.parse_article("Lake Orva\n\nLake Orva is a freshwater lake in the north. It "
                             "covers 54 square kilometres.\n", article_id="lake")
    assert entry.blocks["kind"].iloc[0] == "headline" and entry.headline == "Lake Orva"
    section = ak.parse_article("Investing\n\nThe fund manager raised fees for the third "
                               "time this year.\n", article_id="fund")
    assert section.blocks["kind"].iloc[0] == "meta"


@pytest.mark.parametrize(("sentence", "cues"), [
    ("I suspect most residents agree.", ["i suspect"]),
    ("In my view, the plan fails.", ["in my view"]),
    ("Aid will arrive soon, I believe.", ["i believe"]),
    ("I know the bridge fell.", []),
    # the plural stance, a stated doubt and a forecast's scenario
    ("In our view, the ECB should cut.", ["in our view"]),
    ("We think the ECB will cut twice.", ["we think"]),
    ("I'm not sure the numbers add up.", ["i'm not sure"]),
    ("I don't think it's a bubble.", ["i don't think"]),
    ("In our base case, rates peak at 4%.", ["in our base case"]),
    ("We would not be surprised to see only two cuts.", ["would not be surprised"]),
    ("I'm sure the numbers add up.", []),
    ("We know the ECB cut rates.", []),
    # Spanish: an inability to check, not a check made
    ("No hemos podido verificar el origen del mensaje.", ["no hemos podido verificar"]),
    ("Maldita.es no ha podido confirmar la cifra.", ["no ha podido confirmar"]),
    ("Maldita.es ha podido confirmar la cifra.", []),
])
def test_first_person_stance_is_a_hedge(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("It is arguably the clearest sign yet.", ["arguably"]),
    ("Maybe the rains came early.", ["maybe"]),
    ("Shadow angles suggest the video was filmed at noon.", ["suggest"]),
    ("We could not independently verify claims that 11 civilians were killed.",
     ["could not independently verify"]),
    ("The footage could not be independently verified.", ["could not be independently verified"]),
    ("There are reports that the army moved north.", ["there are reports that"]),
    ("He could not attend the hearing.", []),
    ("I suggested a change to the plan.", []),
    ("The demos suggest launching into 3D space.", []),
    ("They suggest where you are headed.", []),
    ("The claim could not be verified.", ["could not be verified"]),
    ("The death has not been confirmed.", ["has not been confirmed"]),
    # belief and suspicion passed on; "believe in" and "the suspect" are no hedges
    ("Items thought to be unique to the island are called Kiwiana.", ["thought to be"]),
    ("A man believed to be the leader was held.", ["believed to be"]),
    ("Officials believe the fire was started deliberately.", ["believe"]),
    ("Police suspect the fire was arson.", ["suspect"]),
    ("A suspected militant was arrested.", ["suspected"]),
    ("Mozilla believes both in equality and freedom of speech.", []),
    ("Police arrested a suspect on Monday.", []),
    ("Two suspects were arrested.", []),
    ("A murder suspect escaped.", []),
    ("The remaining suspects are due in court on June 25.", []),
    ("Suspects in the case were held overnight.", []),
    ("Investigators believed the group had moved 1,200 kg of cocaine.", ["believed"]),
    ("She believed in the plan.", []),
    # British copy's unnamed-source formula and an amount passed on from reports
    ("The 23-year-old is understood to have agreed personal terms.", ["is understood to"]),
    ("It is understood that the club rejected the bid.", ["it is understood"]),
    ("The midfielder, understood to be a target for three clubs, trained alone.",
     ["understood to be"]),
    ("Harcourt, who joined for a reported £3.5m, scored twice.", ["a reported"]),
    ("Everyone understood the rules.", []),
    # forecasts passed on, and intelligence estimative language
    ("The Bank of England is widely expected to cut the base rate.", ["is widely expected to"]),
    ("Capital expenditures are forecast to be about $700 million.", ["are forecast to"]),
    ("The median age is projected to rise to 43 years.", ["is projected to"]),
    ("We assess with moderate confidence that the column belonged to the brigade.",
     ["we assess", "with moderate confidence"]),
    ("We cannot rule out that the vehicles belonged to one of its units.", ["cannot rule out"]),
    ("The forecast to 2030 is bleak.", []),
])
def test_verification_caveats_and_epistemic_adverbs(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("Il ministro potrebbe dimettersi entro venerdì.", ["potrebbe"]),
    ("O presidente poderá vetar a lei.", ["poderá"]),
    ("Der Täter ist angeblich ins Ausland geflohen.", ["angeblich"]),
    ("Het kabinet zou kunnen vallen.", ["zou kunnen"]),
    ("Он, вероятно, уехал в Москву.", ["вероятно"]),
    ("Der Minister trat am Montag zurück.", []),
])
def test_hedges_in_italian_portuguese_german_dutch_and_russian(sentence, cues):
    assert hedge_cues(sentence) == cues


def test_fact_check_labels_and_numbered_paragraphs():
    art = ak.parse_article("Crime did not halve\n\n"
                           "Claim: Crime fell by 50 percent last year, the mayor said.\n\n"
                           "Verdict: False. Police data show crime fell by 4 percent.\n\n"
                           "1.1 This report reviews the data for 2023.\n\n"
                           "2.5 million people live in the city, officials said.\n")
    claims = art.claims
    assert claims["text"].tolist()[1:] == [
        "Crime fell by 50 percent last year, the mayor said.",
        "Police data show crime fell by 4 percent.",
        "This report reviews the data for 2023.",
        "2.5 million people live in the city, officials said."]
    assert claims["label"].tolist()[1:4] == ["Claim", "Verdict", "1.1"]
    assert pd.isna(claims["label"].iloc[4])


def test_structured_abstract_sections_are_labels():
    art = ak.parse_article(
        "Deworming and attendance: a cluster-randomised trial\n\n"
        "Methods: We randomised 84 primary schools in the district to albendazole.\n\n"
        "Results: Attendance was 4.3 percentage points higher in treated schools.\n\n"
        "Conclusions: Deworming modestly increased attendance in the district.\n\n"
        "Trial registration: ISRCTN 48151623.\n")
    assert art.claims["label"].tolist()[1:] == ["Methods", "Results", "Conclusions"]
    assert art.claims["text"].tolist()[2] == ("Attendance was 4.3 percentage points higher in "
                                              "treated schools.")
    assert 48151623.0 not in art.figures["value"].tolist()


def test_selon_lui_credits_the_person_named_before():
    art = ak.parse_article("Incendie à Lyon\n\nLe maire Jean-Marc Roux a déclaré que le feu "
                           "était maîtrisé.\n\nSelon lui, 12 familles ont été relogées.\n")
    assert art.claims["attribution"].tolist()[1:] == ["Jean-Marc Roux"] * 2


@pytest.mark.parametrize(("sentence", "cues"), [
    # expectations and forecasts passed on in the past
    ("The toll was expected to rise sharply.", ["was expected to"]),
    ("Prices were forecast to rise.", ["were forecast to"]),
    # what is not known yet
    ("It is not yet clear what caused the outbreak.", ["not yet clear"]),
    ("The cause is not yet known.", ["not yet known"]),
    # "could" of ability before which something happened, or after what was found
    ("Many died before patients could reach a health facility.", []),
    ("Many died before they could be treated.", []),
    ("There is no official statistic we could find.", []),
    ("It could rise before March.", ["could"]),
    # "estimated" in the name of a computed clinical measure
    ("Patients with an estimated glomerular filtration rate below 30 were excluded.", []),
    ("Patients with an estimated GFR below 30 were excluded.", []),
    ("An estimated 850 million people have it.", ["an estimated"]),
])
def test_hedges_in_the_past_what_is_not_known_yet_and_asserting_readings(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("La situazione meteo dovrebbe migliorare da venerdì.", ["dovrebbe"]),
    ("Il ministro avrebbe ricevuto la lettera.", ["avrebbe"]),
    ("O valor pode aumentar nos próximos dias.", ["pode"]),
    ("Algumas lavouras parecem ter sido perdidas.", ["parecem"]),
    ("O ministro teria recebido o relatório.", ["teria"]),
    ("La Protezione civile mantiene l'allerta rossa.", []),
])
def test_italian_and_portuguese_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("Die Bahn dürfte rund 25 Millionen Euro verlieren.", ["dürfte"]),
    ("Berichten zufolge soll der Streik enden.", ["berichten zufolge"]),
])
def test_german_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # a result measured against estimates asserts; estimating still hedges
    ("Adjusted earnings per share of $10.99 beat estimates.", []),
    ("Revenue came in below Wall Street estimates.", []),
    ("Sales were $3bn, compared with estimates of $2.0 billion.", []),
    ("The company estimates profit will fall.", ["estimates"]),
])
def test_estimates_as_a_benchmark_are_no_hedge(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # the estimate a statistics office published, compared with or revised, asserts
    ("The core PCE price index increased at a 2.6% rate, unrevised from the advance "
     "estimate.", []),
    ("The US economy expanded at a faster pace than previously estimated in the third "
     "quarter.", []),
    ("Sales rose more than estimated.", []),
    ("The Labour Force Survey estimates for October are for the week of October 12 to 18, "
     "2025.", []),
    ("Net profit beat Street estimates.", []),
    ("It trimmed its estimate for this year to 1.0%.", []),
    ("The IMF raised its growth estimate for India.", []),
    # estimating still hedges, a survey's estimate of an amount too
    ("The survey estimates 3 million people are affected.", ["estimates"]),
    ("The damage was estimated at $5bn.", ["estimated"]),
    ("Police estimate the crowd at 5,000.", ["estimate"]),
    ("Officials estimated that 40 people died.", ["estimated"]),
    # the passive of "cannot rule out" hedges; "has been ruled out" asserts
    ("A pause in January cannot be ruled out, especially if the Fed turns more hawkish.",
     ["cannot be ruled out"]),
    ("A second wave could not be ruled out.", ["could not be ruled out"]),
    ("A cut has been ruled out.", []),
])
def test_a_published_estimate_is_no_hedge_and_a_passive_ruling_out_is(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # "may" of a rule: a role named generically, a verb of claiming a right
    ("A candidate may apply for a recount within four days of the official addition.", []),
    ("Voters may cast their ballot at any polling place in the division.", []),
    ("Eligible voters may register online until Friday.", []),
    ("Under the rules, members may request a ballot.", []),
    ("Any shareholder may nominate a director.", []),
    # what might happen, to a role or to one person, still hedges
    ("Voters may face long queues.", ["may"]),
    ("The candidate may appeal the ruling.", ["may"]),
    ("The voters may cast their ballots elsewhere.", ["may"]),
    ("Many voters may cast a protest vote.", ["may"]),
    ("Voters may choose to stay home.", ["may"]),
])
def test_may_of_permission_in_a_rule_is_no_hedge(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # disaster copy's counts not yet checked, and wire copy's caveat before a check
    ("Dozens more are feared dead in Zambezia province.", ["are feared"]),
    ("At least 40 people are feared trapped under the rubble.", ["are feared"]),
    ("Forty people feared dead after landslide", ["feared dead"]),
    ("Around 1,300 villages are reported to be inundated.", ["are reported to"]),
    ("The claim could not be immediately verified.", ["could not be immediately verified"]),
    ("Officials said reports that 11 boats were still missing could not be immediately "
     "confirmed.", ["could not be immediately confirmed"]),
    ("Reuters could not immediately confirm the report.", ["could not immediately confirm"]),
    # fear as the active verb, a report with its reporter, and an inability to reach assert
    ("She feared for her life.", []),
    ("The ministry reported 12 deaths.", []),
    ("Reuters could not immediately reach the ministry for comment.", []),
])
def test_counts_feared_or_reported_and_immediate_checks_hedge(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # a forecast in the active with its object and an infinitive hedges
    ("Pollsters expect turnout to rise.", ["expect"]),
    ("The company expects revenue to grow 5%.", ["expects"]),
    # an intention, what to expect and a plain object do not
    ("We expect to win.", []),
    ("Acme expects to hire 200 people.", []),
    ("Here is what to expect.", []),
    ("Residents can expect delays.", []),
])
def test_an_active_forecast_with_an_infinitive_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # an outlet's "understands" closing the claim passes it on, as "it is understood" does
    ("The German club will receive a 10% sell-on clause, The Touchline understands.",
     ["understands"]),
    ("Rovers will pay £40m, the BBC understands.", ["understands"]),
    # with an object, a clause, or as the sentence's own verb it asserts
    ("She understands the risks.", []),
    ("Nobody understands.", []),
    ("The club understands that fans are angry.", []),
])
def test_an_outlet_that_understands_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    ("ISW cannot independently verify the claim.", ["cannot independently verify"]),
    ("There is a realistic possibility that the strike killed senior officers.",
     ["realistic possibility"]),
    ("Russia will almost certainly continue strikes.", ["almost certainly"]),
])
def test_the_probability_scale_of_assessments_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


def test_german_reported_speech_carries_on_the_speaker_before():
    art = ak.parse_article("Hochwasser in Bayern\n\nDie Lage ist ernst, sagte Innenminister "
                           "Joachim Herrmann am Montag.\n\nRund 22.000 Helfer seien im Einsatz. "
                           "Die Strecke bleibe bis Freitag gesperrt.\n\nDer Pegel stieg auf "
                           "10,85 Meter.\n")
    speakers = art.claims["attribution"].tolist()[-4:]
    assert speakers[:3] == ["Innenminister Joachim Herrmann"] * 3
    assert pd.isna(speakers[3])  # the indicative: the paper's own report


@pytest.mark.parametrize(("sentence", "cues"), [
    # an outbreak's case definition with the disease named between is no doubt
    ("The ministry reported 12,847 suspected cholera cases.", []),
    ("There were 300 suspected dengue fever deaths.", []),
    ("It counted 40 suspected and confirmed measles cases.", []),
    # a suspected person, and a case that belongs to a phrase of its own, still hedge
    ("A suspected militant was arrested.", ["suspected"]),
    ("Police detained a suspected smuggler in the case.", ["suspected"]),
])
def test_suspected_cases_of_a_named_disease_are_a_case_definition(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # German hearsay "sollen … haben/sein" with any words between, numbers too
    ("Er soll zuvor mehr als 1,5 Promille Alkohol im Blut gehabt haben.", ["soll"]),
    ("Laut Anklage soll der 45-Jährige mehr als 300.000 Euro veruntreut haben.", ["soll"]),
    ("Der Angeklagte soll mehrfach eingestochen haben, sagte der Richter.", ["soll"]),
    # the future or an obligation with "werden" is no hearsay
    ("Die Brücke soll 2026 fertig werden.", []),
    ("Die Brücke soll bis 2026 für 1,5 Millionen Euro saniert werden.", []),
])
def test_german_hearsay_sollen_across_numbers(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # a forecast as a participle after a noun is the passive cue
    ("It is a figure projected to rise to 1.4 million by 2040.", ["projected to"]),
    ("With growth expected to slow, the bank cut rates.", ["expected to"]),
    ("Output, forecast to fall 3% this year, is at a low.", ["forecast to"]),
    # the active verb, a comparison and the noun are not
    ("We expected to win the match.", []),
    ("She had expected to be freed on Monday.", []),
    ("The company said it expected to post a loss.", []),
    ("Sales rose more than expected to $5bn.", []),
    ("Inflation rose faster than forecast to 3.2% in May.", []),
    ("The forecast to 2030 is bleak.", []),
    ("It was unexpected to see him there.", []),
])
def test_a_forecast_participle_after_a_noun_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # what material claims to be is passed on, not vouched for
    ("Footage purporting to show the strike circulated online.", ["purporting to"]),
    ("A letter purported to be from the minister was posted.", ["purported to"]),
    ("The document purports to list 40 sites.", ["purports to"]),
    ("The purported leader was held.", []),
])
def test_material_purporting_to_show_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # a verification caveat put as an inability
    ("Global Wire has not been able to verify the video.", ["has not been able to verify"]),
    ("Reuters was unable to confirm the report.", ["was unable to confirm"]),
    ("Officials were unable to independently verify the toll.", ["unable to independently verify"]),
    # a check that was made asserts
    ("Reuters was able to verify the video.", []),
    ("The lab has been able to confirm 12 cases.", []),
])
def test_a_verification_caveat_put_as_an_inability_hedges(sentence, cues):
    assert hedge_cues(sentence) == cues


@pytest.mark.parametrize(("sentence", "cues"), [
    # an allegation stated as someone's standing
    ("Delgado is accused of defrauding 37 investors.", ["is accused of"]),
    ("The two men were accused of smuggling 1,200 kg of cocaine.", ["were accused of"]),
    ("The firm has been accused of hiding losses.", ["been accused of"]),
    # the verb of accusing and the noun are no hedges
    ("Delgado accused the minister of lying.", []),
    ("The accused appeared in court on Monday.", []),
])
def test_being_accused_of_is_an_allegation(sentence, cues):
    assert hedge_cues(sentence) == cues
