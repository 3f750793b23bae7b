"""Attribution: who a claim is credited to in the text.

Patterns, tried in order: "according to X"; a reporting verb followed by its
speaker ("…," said Steve Cowan); a speaker followed by a reporting verb
("Officials said", "Soelistyo told Reuters"). Reporting verbs come from
``data/reporting_verbs.txt``. Pronoun speakers ("she said") are resolved to
the most recent named speaker by the caller.
"""

from __future__ import annotations

import re
from functools import cache

from .language import is_function_word
from .lexicons import WordGate, by_first_character, english_month_pattern, english_months, word_list

#: Most words an attributed speaker may have ("a spokesman for the Pennsylvania
#: Department of Transportation" is cut at "for").
MAX_SPEAKER_WORDS = 7
#: Longer "sentences" are lists or tables run together, not prose; attribution
#: is not looked for in them (and the patterns stay linear in the input).
MAX_SENTENCE_CHARS = 2_000
#: A speaker named by role after an article before a reporting verb ("The coastguard
#: says", "a spokeswoman for the agency said") has at most this many words; longer
#: lower-case runs are clauses, not speakers.
MAX_DESCRIBED_SPEAKER_WORDS = 5
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
#: Object pronouns of Italian, Spanish and Portuguese that open a sentence before its
#: verb of saying ("Lo ha detto il ministro", "Lo dijo la ministra", "O disse o
#: presidente"): they stand for what was said, and the speaker comes after the verb.
OBJECT_CLITICS = frozenset({"lo", "la", "l'", "l’", "o"})
_OPENING_CLITIC = re.compile(
    r"(?:Lo|La|O)[ \t]+(?=(?:ha|hanno|han|ha[ \t]+detto|dijo|dijeron|afirmó|aseguró|explicó"
    r"|disse|disseram|afirmou)\b)|L['’](?=(?:ha|hanno)\b)"
    # Italian in the present, and "Ciò" ("Lo comunica l'Istat", "Lo rende noto la
    # Coldiretti", "Ciò riferisce la Questura")
    r"|(?:Lo|Ciò)[ \t]+(?=(?:comunica|comunicano|rende[ \t]+noto|rendono[ \t]+noto|riferisce"
    r"|riferiscono|annuncia|annunciano|ha|hanno)\b)"
    # Russian and Ukrainian "about this" before the verb and its speaker ("Об этом сообщил
    # официальный представитель МИД Мария Захарова", "Про це повідомив …")
    r"|(?:Об[ \t]+этом|Про[ \t]+це)[ \t]+(?:также[ \t]+|також[ \t]+)?(?=[а-яіїє]+\b)"
    # German "Das"/"Dies" and Spanish "Así lo" before the verb of saying: what was said
    # ("Das teilte das Unternehmen am Dienstag mit", "Das sagte ein Sprecher", "Así lo ha
    # anunciado la ministra")
    r"|(?:Das|Dies)[ \t]+(?=(?:sagte|sagten|teilte|teilten|erklärte|erklärten|betonte"
    r"|berichtete|berichteten|bestätigte|bestätigten)\b)"
    r"|Así[ \t]+lo[ \t]+(?=(?:ha|han|dijo|dijeron|afirmó|aseguró|explicó|anunció)\b)")
def credits_sentence_before(sentence: str) -> bool:
    """Whether a sentence opens with a pronoun for what was just said, then its verb of saying.

    "Lo comunica l'Istat nella stima provvisoria.", "Lo ha reso noto l'assessora …",
    "Das teilte das Unternehmen mit.": the speaker said the sentence before too.
    """
    return sentence[:1] in "LlOОПDAC" and _OPENING_CLITIC.match(sentence) is not None


#: The same pronouns after "selon"/"según" ("selon lui", "según ella"), read as English.
FOREIGN_PRONOUNS = {"lui": "he", "elle": "she", "eux": "they", "elles": "they",
                    "él": "he", "ella": "she", "ellos": "they", "ellas": "they",
                    # German, Italian, Portuguese and Dutch ("sagte er", "disse ele")
                    "er": "he", "sie": "she", "lei": "she", "loro": "they", "ele": "he",
                    "ela": "she", "eles": "they", "elas": "they", "hij": "he", "zij": "she",
                    "ze": "she",
                    # French subject pronouns ("Il a indiqué que …"; "elle" is above)
                    "il": "he", "ils": "they",
                    # Russian and Ukrainian ("…, сказал он", "…, заявила вона")
                    "он": "he", "она": "she", "они": "they", "він": "he", "вона": "she",
                    "вони": "they"}
#: Speakers that are not names but still say who is speaking.
_GENERIC_SPEAKERS = re.compile(
    r"(?:^|\s)(?:officials?|authorities|police|experts?|analysts?|sources?|witnesses|residents|"
    r"investigators|researchers|scientists|spokes(?:man|woman|person)|diplomats?|"
    r"prosecutors?|lawmakers|economists|observers|critics|officers?|doctors|aides?|"
    r"ministers?|president|mayor|governor|secretary|chairman|chairwoman|director|"
    r"organi[sz]ers|activists|government|ministry|agency|company|report|study|survey|"
    r"airline|carrier|firm|bank|department|military|army|court|council|board|commission|"
    r"committee|office|embassy|group|campaign|team|club|union|hospital|university|"
    r"statement|data|figures)$",
    re.IGNORECASE,
)
#: Connectives that can open a clause before its speaker ("But Gates said").
_LEADING_CONNECTIVES = frozenset({"but", "and", "so", "yet", "still", "however", "meanwhile",
                                  "now", "well", "then", "also", "instead", "later", "as",
                                  "separately", "additionally", "elsewhere", "moreover",
                                  "furthermore", "similarly", "likewise", "earlier",
                                  # subordinators that open a second clause ("…, although
                                  # the researchers cautioned that …")
                                  "although", "though", "whereas", "whilst", "because",
                                  # German "as" of a clause of report ("…, wie Nordwerk
                                  # mitteilte")
                                  "wie"})
#: Words that open a clause before its speaker without being part of it: the free
#: relative "what" ("What officials said was that …" → `officials`).
_FREE_RELATIVES = frozenset({"what", "whatever"})
#: A subject that says nobody spoke ("Nobody said", "None of the officials said"): no speaker.
NEGATED_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no-one"})
#: Words that count unnamed people before their role, kept in the speaker as a
#: determiner would be dropped ("said one GOP operative" → `one GOP operative`).
COUNTED_SOURCE_WORDS = ("one ", "two ", "three ", "another ")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
#: The days a time phrase after a verb names ("Thursday", "yesterday"), as a pattern.
_DAY_NAMES = "|".join(sorted(day.capitalize() for day in WEEKDAYS)) + "|yesterday|today"
#: A time phrase between a reporting verb and its "that" ("Officials divulged Thursday
#: that …", "revealed on Monday that"): read past, so that verbs that report only
#: before "that" are found.
_TIME_BEFORE_THAT = re.compile(
    r"(?<=[a-z])[ \t]+(?:on[ \t]+)?(?:" + _DAY_NAMES
    + r"|last[ \t]+(?:week|month|year|night)|this[ \t]+(?:week|month|year))(?=[ \t]+that\b)")
#: Numbers of judges in words, as a court's vote is told ("by six votes to one").
_VOTE_NUMBERS = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                 r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|none|nil)")
#: A court's vote between its verb of judgment and "that" ("The Supreme Court ruled 6-3
#: that …", "ruled by six votes to one that", "the Court held, by six votes to one,
#: that", "found in a 2-1 decision that"): read past, as a time phrase is. Not a score
#: elsewhere ("won 6-3 that night" has no verb of judgment).
_TALLY_BEFORE_THAT = re.compile(
    r"(?P<verb>\b(?:ruled|rules|held|holds|found|finds|decided|decides|determined|concluded))"
    r"(?:[ \t]*,)?[ \t]+(?:by[ \t]+|in[ \t]+an?[ \t]+)?(?:\d{1,2}[-–]\d{1,2}|" + _VOTE_NUMBERS
    + r"[ \t]+votes?[ \t]+to[ \t]+" + _VOTE_NUMBERS + r")"
    r"(?:[ \t]+(?:decision|vote|ruling|majority|judgment))?(?:[ \t]*,)?(?=[ \t]+that\b)")
#: A time phrase between speaker and verb ("The WHO on Monday said").
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier|later)?\s*(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|"
    r"night)"
    # the same in German, where the verb of a clause of report comes last ("…, wie das
    # Statistische Bundesamt am Montag mitteilte")
    r"|\s+(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern"
    r"|heute|vormittag|nachmittag|abend))+$", re.IGNORECASE)
#: A month closing a phrase, with its day or year ("… by the league in March", "on May 4").
_TRAILING_MONTH = re.compile(r"[ \t]+(?:in|on|since|last|this|early|late)?[ \t]*(?:"
                             + english_month_pattern(capitalised=True)
                             + r")\.?(?:[ \t]+\d{1,2})?(?:,?[ \t]+\d{4})?$")
#: How an appositive after a name starts ("…, a spokesman for …, said", "…, one of the
#: leading voices on Sudan, said").
_APPOSITIVE_START = re.compile(
    r"(?:a|an|the|one[ \t]+of|among|head|chief|director|president|chairman|chairwoman|"
    r"spokes\w+|member|leader|"
    r"founder|professor|editor|author|minister|secretary|senator|governor|mayor"
    r"|of|at|from|with)\b"  # "Dr Ines Okafor, of the Tropical Disease Unit, said"
    r"|[A-Z][\w.&-]*['’]s(?=[ \t]+[a-z])")  # "David Black, Ofwat's chief executive, said"
#: Adverbs of time and manner between a speaker and the reporting verb ("Critics
#: often argue", "Officials also said", "The ministry has repeatedly said"), and the
#: perfect's auxiliary before them: dropped from the speaker. Negations ("never",
#: "not") and modals ("would say") stay, and leave no speaker.
SPEAKER_ADVERBS = frozenset({
    "often", "also", "repeatedly", "previously", "later", "earlier", "already", "again",
    "recently", "publicly", "privately", "widely", "frequently", "long", "initially",
    "separately", "first", "once", "consistently", "generally", "usually", "typically",
    "since", "reportedly", "subsequently", "quickly", "immediately", "openly", "loudly",
    # the day a press release's company speaks ("Acme, a leading provider of …, today
    # announced")
    "today", "yesterday",
})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
#: Name particles that start a surname in lower case ("van Sebille").
_PARTICLES = ("van ", "von ", "de ", "da ", "di ", "du ", "al-", "el-", "bin ", "le ", "la ")
#: Particles of a surname written in lower case: apart from it ("Erik van Sebille",
#: "Ursula von der Leyen", "Mohammed bin Salman"; "der" and "den" only after "van" or
#: "von", as German "der" is an article: "Sprecher der Deutschen Bahn") or joined to
#: it by a hyphen, as Arabic names write the article ("Ismail al-Thawabta", "Hussein
#: el-Sayed"; only before a capital: "as-yet", "an-other" are no names).
_SPACED_PARTICLE = r"(?:(?:van|von)\s+(?:der|den)|van|von|de|da|di|du|dos|das|del|bin|ibn|le|la)\s+"
_HYPHENED_PARTICLE = r"(?:al|el|ad|ash|as|az|ar|an|at|ul|ud)-(?=[A-Z])"
#: "for" and "to" inside an organisation's name, after one of its capitalised words and
#: before the next ("Syrian Observatory for Human Rights", "Committee to Protect
#: Journalists", "Centre for the Study of …").
_NAME_JOINER_FOR_TO = r"(?:(?:for|to)\s+(?:the\s+)?(?=[A-Z]))?"
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:" + _HYPHENED_PARTICLE + r")?[A-Z][\w.'’-]*\s+"
    + _NAME_JOINER_FOR_TO + r"|" + _SPACED_PARTICLE + r"){0,4}"
    r"(?:" + _HYPHENED_PARTICLE + r")?"
    r"[A-Z][\w'’-]+(?:,?[ \t]+(?:Inc|Ltd|Corp|Co)\.)?),\s*$")  # "Acme Holdings Ltd., a maker …"
#: "according to X" and its Spanish, French, Portuguese and Italian equivalents
#: ("según X", "de acuerdo con X", "selon X", "d'après X", "segundo X", "de acordo com
#: X", "secondo X"), whose source ends at a comma as in English. "segundo" and
#: "secondo" are also "second": only with no word before them ("o segundo lugar") and
#: an article or a name after them. German "laut X" and "nach Angaben X" are followed
#: by the verb with no comma: their source is the noun phrase after them
#: (_GERMAN_SOURCE). (Dutch "volgens" is not read: its nouns are not capitalised, so
#: where its source ends needs a parser.)
ACCORDING_TO = (r"(?<![\w'’])(?:according\s+to|según|selon|d['’]après"
                r"|de\s+acuerdo\s+con|de\s+acordo\s+com"
                # Russian: "по данным Росстата", "по словам вице-премьера", "по оценкам X"
                r"|по\s+(?:данным|словам|информации|оценкам|сведениям)"
                # German: "laut Statistischem Bundesamt", "nach Angaben des Verbands"
                r"|laut(?=\s+(?-i:[A-ZÄÖÜ])|\s+(?:dem|der|den|des|einer|eines|einem)\s)"
                r"|nach\s+Angaben(?:\s+(?:von|des|der|dem))?"
                r"|(?<!\w\s)(?:segundo|secondo)(?=\s+(?:(?:a|o|as|os|il|lo|la|i|gli|le|el|los|las"
                r"|un|una|uno|um|uma|fonti|fontes|dati|dados|informações|informazioni"
                # "Secondo quanto riferito dai Carabinieri, …" (_ITALIAN_QUANTO)
                r"|quanto)\s"
                r"|l['’]|(?-i:[A-Z])))"
                # after a word only before an article and a name, closing the clause with
                # no comma ("L'uomo è stato arrestato secondo la Questura di Milano"), not
                # the ordinal ("è arrivato secondo la scorsa settimana", "o segundo lugar")
                r"|(?<=\w\s)(?:segundo|secondo)(?=\s+(?:(?:il|lo|la|i|gli|le|o|a|os|as)\s+"
                r"|l['’])(?-i:[A-Z]))"
                # "per the fire brigade", "per Reuters"; not "per cent", "per day" or
                # "as per the spec" (in keeping with)
                # ("output per NHS worker fell" after a noun is a rate: only opening a
                # phrase, or before a name that ends the clause: "collapsed per Reuters.")
                r"|(?:(?:^|(?<=[,(—–:]\s)|(?<=[(—–]))per(?=\s+(?:the\s|(?-i:[A-Z])))"
                # (right after an amount "per" and a unit's letters is a rate: "$4,500
                # per FEU", "€35 per MWh"; "5% per Reuters" cites)
                r"|(?<!as\s)(?:(?<![\d%]\s)|(?!per\s+(?-i:[A-Z]{2,4}|[kMGT]Wh)\b))"
                r"per(?=\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*"
                r"(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,5}\s*(?:[,;)]|\.?[\"”’]?\s*$)))"
                # not a rate per share of a company ("0.21 Veltrane shares per Harrowgate
                # share", "40 cents per Class A share")
                r"(?!\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:shares?|units?|ADS|ADRs?)\b)"
                # Indian English "as per data from the Bureau", "…, as per Reuters", where
                # "as per the plan" and "reply as per CORS" are "in keeping with": only
                # before evidence, or before a name in a phrase of its own
                r"|as\s+per(?=\s+(?:the\s+)?(?:latest\s+|official\s+|new\s+)?"
                r"(?:data|figures|statistics|reports?|surveys?|estimates|sources|study|records)\b)"
                r"|(?:^|(?<=,\s))as\s+per(?=\s+(?-i:[A-Z])))")
# (a thousands comma is no break: "according to a study of more than 48,000 people")
_ACCORDING = re.compile(ACCORDING_TO + r"\s+(?P<who>(?:[^,;:!?\"“”()\[\]]|(?<=\d),(?=\d{3}))"
                        r"{2,120})", re.IGNORECASE)
#: The source after German "laut" or "nach Angaben": German writes nouns with a
#: capital and puts the verb right after the phrase ("Laut dem Statistischen Bundesamt
#: stiegen die Preise", "Die Preise stiegen laut Destatis um 2 Prozent"), so the phrase
#: is an article, lower-case adjectives after it and capitalised words, and may go on
#: with a genitive or "von" phrase of the same shape ("nach Angaben des Verbands der
#: Automobilindustrie").
_GERMAN_DETERMINER = r"(?:dem|der|den|des|die|das|einer|eines|einem|einen|ein|eine)\s+"
_GERMAN_NOUN_PHRASE = (r"(?:" + _GERMAN_DETERMINER
                       + r"(?:(?-i:[a-zäöüß])[\w-]*(?:en|em|er|es|e)\s+){0,2})?"
                       r"(?-i:[A-ZÄÖÜ])[\w.&'’-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.&'’-]*)*")
_GERMAN_SOURCE = re.compile(r"(?P<source>" + _GERMAN_NOUN_PHRASE
                            + r"(?:\s+(?:des|der|von|vom|für|zur|zum)\s+" + _GERMAN_NOUN_PHRASE
                            + r")*)", re.IGNORECASE)
_GERMAN_LEADING_DETERMINER = re.compile(_GERMAN_DETERMINER, re.IGNORECASE)
#: A verb of saying between "según"/"segundo" and the speaker ("según informó la Agencia
#: Catalana del Agua", "según ha explicado el ministro"): Spanish and Portuguese put the
#: verb first; the speaker follows it.
_VERB_AFTER_ACCORDING = re.compile(
    r"\s*(?:(?:ha|han|había|habían|tem|têm)\s+)?(?:dijo|dijeron|disse|disseram"
    r"|[a-záéíóúñç]+(?:ó|ou|aron|ieron|aram|eram|ado|ido))\s+(?=(?:el|la|los|las|o|a|os|as)\s"
    r"|(?-i:[A-Z]))", re.IGNORECASE)
#: Italian "secondo quanto" and the verb of saying before its agent or subject ("secondo
#: quanto riferito dai Carabinieri", "secondo quanto ha reso noto la Regione", "secondo
#: quanto riferisce l'Ansa"): passed, the speaker follows.
_ITALIAN_QUANTO = re.compile(
    r"\s*quanto\s+(?:(?:ha|hanno|è\s+stato)\s+)?[a-zàèéìòù]+(?:\s+noto)?\s+"
    r"(?:(?:dai|dal|dallo|dalla|dagli|dalle|da)\s+(?=\w)|dall['’]"
    r"|(?=(?:il|lo|la|i|gli|le)\s|l['’]|(?-i:[A-Z])))", re.IGNORECASE)
#: "according to a report by the Institute …", "imagery analysed by Maxar", "early
#: estimates by the insurer Fidelidade", "data from the Office for National Statistics":
#: the named agent after "by" (or after "from", when what comes before it is a
#: lower-case description such as "data" or "figures") is who the claim rests on.
#: Up to three lower-case words describe the agent ("the insurer", "the polling firm",
#: "the open-source analyst group Oryx").
#: Not a day or a month after the body ("figures released by the league on Friday": the
#: league, in lower case, made them).
_BY_AGENT = re.compile(r"\b(?P<prep>by|from)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,3}?"
                       r"(?!(?:" + "|".join(sorted(day.capitalize() for day in WEEKDAYS))
                       + "|" + english_month_pattern(capitalised=True) + r")\b)"
                       r"(?P<agent>[A-Z][^,;:!?\"“”()\[\]]{1,100})")
#: The same agent named in lower case, by what kind of body it is: "unofficial results
#: from the county elections office" → "county elections office" (the last word must
#: name an organisation, ORGANISATION_WORDS).
_BODY_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?P<body>[a-z][a-z'’-]*"
                         r"(?:\s+[a-z][a-z'’-]*){0,3})\s*$")
#: Records named by who made them in Italian, Spanish, Portuguese and French, after
#: "secondo", "según", "segundo", "selon": "una prima stima di Coldiretti", "uno studio
#: dell'Ispra pubblicato nel 2024", "datos del Ministerio de Sanidad", "um levantamento
#: do IBGE", "une étude de l'Insee": the body after "di"/"de"/"do" is the source.
ROMANCE_RECORD_WORDS = (
    "stima", "stime", "studio", "rapporto", "relazione", "dati", "indagine", "sondaggio",
    "ricerca", "analisi", "rilevazione", "estudio", "informe", "datos", "encuesta", "análisis",
    "estimación", "estudo", "relatório", "dados", "pesquisa", "levantamento", "estimativa",
    "étude", "rapport", "données", "enquête", "sondage", "estimation",
    # the figures of a body ("selon les chiffres du ministère de la Justice")
    "chiffres", "statistiques", "cifre", "statistiche", "cifras", "estadísticas",
    # and what a body gave out ("segundo informações da Polícia Civil")
    "informações", "informazioni", "informaciones")
#: Bodies written in lower case after their article, as these languages write a ministry
#: ("du ministère de la Justice", "del ministero della Salute"): the maker of the records.
ROMANCE_BODY_NOUNS = ("ministère", "ministero", "ministerio", "ministério")
_ROMANCE_RECORDS_AGENT = re.compile(
    r"(?:(?:una?|uno|il|lo|la|i|gli|le|el|los|las|o|os|a|as|um|uma|une|des|les|l['’])\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(ROMANCE_RECORD_WORDS) + r")\b[^,;:]{0,40}?"
    r"(?:\s(?:di|della|dello|del|dei|degli|delle|de|do|da|dos|das|du|des)\s+"
    r"|\s(?:dell|d|de\s+l)['’])(?P<agent>(?:[A-Z]|(?:" + "|".join(ROMANCE_BODY_NOUNS)
    + r")\b)[^,;:!?\"“”()\[\]]{1,100})")
#: The same records with their maker as the agent of a participle ("dados divulgados hoje
#: pelo Instituto Nacional de Estatística", "dados do sistema Deter divulgados nesta
#: quinta-feira pelo Inpe", "dati diffusi dall'Istat", "datos publicados por el INE"): the
#: agent, before any body after "di"/"do" that the records belong to.
_ROMANCE_RECORDS_BY = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(ROMANCE_RECORD_WORDS) + r")\b[^,;:]{0,80}?"
    r"(?:\s(?:pelo|pela|pelos|pelas|por|dal|dalla|dallo|dai|dagli|dalle|par)\s+"
    r"(?:(?:o|a|os|as|el|la|los|las|le|les)\s+|l['’])?|\sdall['’])"
    r"(?P<agent>(?:[A-Z]|(?:" + "|".join(ROMANCE_BODY_NOUNS) + r")\b)[^,;:!?\"“”()\[\]]{1,100})")
#: A day in brackets after a weekday, as Brazilian copy writes it ("nesta quinta-feira (7)").
_BRACKETED_DAY = re.compile(r"(?<=feira)[ \t]*\(\d{1,2}\)")
#: Unnamed sources as news copy describes them ("a person familiar with the matter",
#: "two sources close to the talks"): the whole description is the speaker.
_UNNAMED_SOURCE = re.compile(
    r"(?P<who>(?:(?:a|an|one|two|three|four|several|some|other)\s+)?(?:[a-z.-]+\s+){0,2}"
    r"(?:person|people|sources?|officials?|individuals?|insiders?|diplomats?|aides?|advis[eo]rs?"
    r"|staffers?|executives?|lawmakers?|negotiators?|employees?|investigators?|bankers?)\s+"
    r"(?:(?:who\s+(?:is|are|was|were)\s+)?(?:familiar|close|briefed|involved)\s+(?:with|to|on|in)"
    r"|with\s+(?:direct\s+)?knowledge\s+of)\s+[\w\s'’-]{1,60}?)\s*,?\s*$", re.IGNORECASE)
#: A short aside in brackets after a name: an acronym ("The National Intelligence
#: Service (NIS) told"), a party ("Sen. Ann Lee (D-Ohio) said", "Nancy Faeser (SPD), the
#: interior minister, said"). Brackets with no letter ("20,235 people (0.5%) reported")
#: are a figure's aside and stay.
_BRACKETED_ASIDE = re.compile(r"[ \t]*\((?=[^()]*[^\W\d_])[^()\[\]\n]{1,24}\)")
#: A party and state set off by commas after a name, as AP style writes them ("Sen.
#: Richard Blumenthal, D-Conn., said", "Rep. John Roe, R-Texas, who chairs …"): read as
#: the bracketed "(D-Conn.)" is, an aside about the person. The comma after it stays
#: before a relative clause.
_PARTY_STATE = re.compile(r",[ \t]+[DRI]-[A-Z][A-Za-z.]{1,12}(?:[ \t][A-Z][A-Za-z.]{1,12})?,"
                          r"(?=(?P<relative>[ \t]+(?:who|whose|which)\b)?)")
#: The confidence a finding is stated with, between its verb and "that" (the IPCC's
#: calibrated language: "concluded with high confidence that …").
_CONFIDENCE_BEFORE_THAT = re.compile(
    r"[ \t]+with[ \t]+(?:very[ \t]+)?(?:high|medium|moderate|low)[ \t]+confidence(?=[ \t]+that\b)")
#: What may follow a reporting verb that closes its sentence ("…, the ministry said on
#: Friday."): a few words and no further clause.
MAX_WORDS_AFTER_CLOSING_VERB = 5
#: A longer phrase may follow when it opens with a preposition: where or when it was
#: said ("…, the WHO said in a statement on Friday evening.", "…, Guthrie said on the
#: floor before the vote."), up to MAX_WORDS_AFTER_CLOSING_PHRASE words.
CLOSING_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "to",
                                         "via", "through", "from"})
MAX_WORDS_AFTER_CLOSING_PHRASE = 10
#: Reporting verbs whose object is who was told, never the speaker.
LISTENER_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "briefed"})
_STOP_WORDS = WEEKDAYS | frozenset({
    "for", "of", "at", "in", "on", "with", "who", "which", "that", "from", "to", "and",
    "last", "this", "yesterday", "today", "during", "after", "before", "by", "when", "while",
    "as",  # "…, even as the Congressional Budget Office estimated that"
    # the same after a speaker in German, Italian, Portuguese and Dutch ("sagte Scholz am
    # Montag", "ha detto Meloni ai giornalisti", "disse Lula nesta segunda", "zei Rutte
    # tegen de NOS")
    # and in Spanish and French ("dijo la ministra Teresa Ribas en rueda de prensa")
    "en",
    "am", "im", "beim", "gegenüber", "ai", "agli", "alla", "alle", "nel", "nella", "nesta",
    "neste", "nessa", "nesse", "tegen", "op", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag",
    # and the days said in words ("zei Jan de Boer gisteren", "sagte Scholz gestern",
    # "ha detto ieri", "disse ontem", "dijo ayer", "a déclaré hier")
    "gisteren", "vandaag", "gestern", "heute", "ieri", "oggi", "ontem", "hoje", "ayer",
    "hoy", "hier", "aujourd'hui", "aujourd’hui",
    # and in Russian ("сообщил Росстат в среду", "заявил министр на брифинге")
    "в", "во", "на", "по", "с", "со",
})


def _stop_word(word: str) -> bool:
    """Whether ``word`` is one of _STOP_WORDS; an acronym in capitals is none ("WHO chief")."""
    return word.lower() in _STOP_WORDS and not (len(word) > 1 and word.isupper())


_DETERMINERS = ("the ", "a ", "an ")
_DETERMINERS_ONLY = frozenset(d.strip() for d in _DETERMINERS)
#: Spanish, French, Italian and Portuguese articles before a speaker ("la ministra Ana
#: Ruiz", "le ministère de la Santé", "il ministro", "o ministro"): always when written
#: in lower case, and when capitalised only before a lower-case word ("Le Monde", "La
#: Stampa" are names).
_ROMANCE_DETERMINERS = re.compile(
    r"(?:el|las?|los|les?|una?|une|des|il|lo|i|gli|os?|as|um|uma|die|der|das|het)\s+(?=\w)"
    r"|l['’](?=\w)"
    r"|(?:(?:El|Las?|Los|Les?|Una?|Une|Des|Il|Lo|Gli|Os?|As|Um|Uma|Die|Der|Das|Het|De)\s+"
    r"|L['’])(?=[a-zà-ÿ])"
    # Italian "I" only before a plural in -i ("I sindacati", "I carabinieri"), where
    # English "I" is the pronoun before a verb ("I think", "I said")
    r"|I\s+(?=[a-zà-ÿ]+i\b)")
#: A German article, then a capitalised role and a person's first name and surname:
#: "Die Präsidentin Sabine Kühn", "Der Innenminister Joachim Herrmann".
_GERMAN_ARTICLE_BEFORE_NAME = re.compile(r"(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+"
                                         r"[A-ZÄÖÜ][\wäöüß'’.-]+){2,3}$")
#: Words that cannot end a speaker: quantifiers, auxiliaries and adverbs.
_NOT_SPEAKERS = frozenset({
    "no", "any", "some", "all", "is", "are", "was", "were", "be", "been", "being", "have", "has",
    "had", "would", "will", "could", "can", "should", "may", "might", "must", "also", "not",
    "would've", "would’ve", "could've", "could’ve", "should've", "should’ve", "might've",
    "might’ve", "must've", "must’ve",
    # a negated modal before the verb ("The world cannot say it did not know"): no speech
    "cannot", "can't", "can’t", "won't", "won’t", "couldn't", "couldn’t", "wouldn't",
    "wouldn’t", "didn't", "didn’t", "don't", "don’t", "doesn't", "doesn’t", "mustn't",
    "mustn’t", "shouldn't", "shouldn’t",
    "never", "publicly", "previously", "later", "earlier", "then", "once", "first", "widely",
    "but", "and", "so", "yet", "well", "still", "however", "meanwhile", "yes", "oh", "now",
})


def _german_source(text: str) -> str | None:
    """Read the source named after German "laut" or "nach Angaben", without its article."""
    phrase = _GERMAN_SOURCE.match(text)
    if phrase is None:
        return None
    source = phrase.group("source")
    opening = _GERMAN_LEADING_DETERMINER.match(source)
    return source[opening.end():] if opening else source


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = sorted(word_list("reporting_verbs.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])" + by_first_character(verbs) + r"(?![\w-])")


@cache
def _set_off_auxiliaries() -> re.Pattern[str]:
    """Return the perfect's auxiliary and adverbs between a set-off phrase and its verb.

    "Tristan Nitot, president of Mozilla Europe, has said" reads as "…, said", so
    that the rules for a speaker set off by commas apply ("Maria Lopez, 34, has
    long argued" → `Maria Lopez`).
    """
    words = sorted(PERFECT_AUXILIARIES | SPEAKER_ADVERBS, key=len, reverse=True)
    # not the verbs that also take an amount or a thing: "has added value added tax"
    verbs = sorted((verb for verb in word_list("reporting_verbs.txt")
                    if verb.lower() not in _amount_verbs()), key=len, reverse=True)
    return re.compile(r",[ \t]+(?:" + by_first_character(words) + r"[ \t]+)+(?="
                      + by_first_character(verbs) + r"(?![\w-]))")


@cache
def _verb_gate() -> WordGate:
    """Return the gate before _verb_pattern: whether a sentence may hold a reporting verb."""
    return WordGate(word_list("reporting_verbs.txt"))


@cache
def _amount_verbs() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("amount_verbs.txt"))


#: How far before or after a reporting verb the speaker is looked for.
SPEAKER_WINDOW = 160
#: (Not the comma inside a number: "A poll of 2,000 voters found".)
#: Nor the comma before a company's legal form ("Harbor Robotics, Inc. said").
_CLAUSE_BREAK = re.compile(
    r"[;:!?\"“”()\[\]]|,(?!\d{3}(?!\d)|[ \t]*(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|LP|L\.P|N\.V|S\.A"
    r"|AG|GmbH|SE)\b)")
# Inside one sentence a full stop ends a speaker only at the very end ("said a U.S. official").
#: A name set off after a speaker's role: "said the company's spokesman, Ivo
#: Marsh." or "…, Ivo Marsh, on Monday." (also "dijo el consejero, Jordi Puig.").
#: A surname's lower-case particle may stand inside it ("il presidente della Regione,
#: Michele de Pascale.").
_NAME_AFTER_ROLE = re.compile(
    r",[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]+(?:" + _SPACED_PARTICLE + r")?){1,3}[A-Z][\w'’-]+)"
    r"[ \t]*(?:,|[.!]?[\"”’)]*[ \t]*$)")
_SPEAKER_END = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;:!?\"“”()]|\.(?=[\s\"”’)]*$)")


#: French inverts the subject pronoun after its verb of saying: "…, a-t-il précisé",
#: "…, a-t-elle ajouté", "…, ont-ils dit" (the "he"/"she"/"they" of the verb).
_FRENCH_INVERSION = re.compile(
    r"(?:,|[\"”»])[ \t]*(?:a|ont)-t?-?(?P<pronoun>il|elle|ils|elles)[ \t]+"
    r"(?:précisé|dit|ajouté|expliqué|déclaré|indiqué|souligné|affirmé|assuré|estimé"
    r"|rappelé|averti|annoncé|confié|raconté|insisté|reconnu)\b", re.IGNORECASE)


def attribution(sentence: str) -> str | None:
    """Return who a sentence is attributed to, or None.

    Parameters
    ----------
    sentence : str
        One sentence, citation markers removed.

    Returns
    -------
    str or None
        The speaker as written ("NHK", "Steve Cowan", "officials"), a pronoun
        when the text gives only that, or None when nothing is attributed.

    Examples
    --------
    >>> attribution("The storm weakened overnight, according to NHK.")
    'NHK'
    >>> attribution('"We dodged a bullet," said Steve Cowan, a spokesman.')
    'Steve Cowan'
    """
    protected = "," in sentence and _NAME_COMMA not in sentence \
        and ("Department" in sentence or "Ministry" in sentence or "Secretary" in sentence
             or "Minister" in sentence or "Committee" in sentence)
    if protected:
        sentence = _LISTING_NAME.sub(lambda m: m.group().replace(",", _NAME_COMMA), sentence)
    speaker = _attribution(sentence)
    if speaker is None and (" heard" in sentence or " told" in sentence):
        hearing = _HEARING_BODY.search(sentence)  # "…, the court heard."
        speaker = hearing.group("who") if hearing is not None else None
    if speaker is None and ("-il" in sentence or "-elle" in sentence):
        inverted = _FRENCH_INVERSION.search(sentence)  # "…, a-t-il précisé."
        speaker = FOREIGN_PRONOUNS[inverted.group("pronoun").lower()] if inverted else None
    if speaker is not None and speaker[:1].isupper() and " to " in sentence:
        speaker = _head_before_span(sentence, speaker)
    if speaker is not None and speaker[:1].isupper() and " " in speaker:
        speaker = _without_opening_descriptor(sentence, speaker)
    return speaker.replace(_NAME_COMMA, ",") if protected and speaker else speaker


#: Bodies that take evidence, and the verbs by which court reports credit them with what
#: was said before them: "…, the court heard.", "The jury was told that …", "Magistrates
#: heard she had been drinking." (what a person heard is no report: "He heard shots").
_HEARING_BODY = re.compile(
    r"(?:^[\"“'‘]?|,[ \t]+)(?:the[ \t]+)?(?P<who>court|jury|tribunal|inquest|hearing|magistrates"
    r"|panel|inquiry)[ \t]+(?:heard|was[ \t]+told|were[ \t]+told)"
    r"(?:[ \t]+that\b|[ \t]*[.!]?[\"”’]?[ \t]*$|[ \t]+(?-i:[a-z]))", re.IGNORECASE)
#: A government body whose name lists its fields ("Department for Environment, Food and
#: Rural Affairs", "Ministry of Agriculture, Forestry and Fisheries", "Secretary of State
#: for Digital, Culture, Media and Sport"): its commas are no clause breaks.
_LISTING_NAME = re.compile(
    r"\b(?:Department|Ministry|Secretary|Minister|Committee)(?:[ \t]+of[ \t]+State)?"
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?[ \t]+and[ \t]+[A-Z]")
#: What stands for such a comma while the speaker is read: a letter (U+02BB), so that
#: the name stays one run of words.
_NAME_COMMA = "\u02bb"


def _head_before_span(sentence: str, speaker: str) -> str:
    """Return the people a span of places describes ("Finance ministers from Warsaw to Tokyo").

    A speaker that is the second place of "from X to Y" is the end of that span, not
    who speaks: the noun phrase before "from" is.
    """
    span = re.search(r"(?<![\w'’-])(?P<head>(?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*)"
                     r"[ \t]+from[ \t]+"
                     r"(?:[A-Z][\w'’-]*[ \t]+){1,3}to[ \t]+" + re.escape(speaker) + r"\b",
                     sentence)
    if span is None:
        return speaker
    head = span.group("head")
    words = head.split()
    if words[0].lower() in _DETERMINERS_ONLY:
        head = " ".join(words[1:])
    return head or speaker


#: Common nouns for people that news copy puts before a name as a description, not a
#: title ("Resident Janet Morales, 58, said", "Witness Tom Hale told reporters"): opening
#: a sentence they are capitalised, but the speaker is the person, as "said resident
#: Janet Morales" gives. Titles ("Mayor", "Senator", "Coach", "Attorney General") stay.
DESCRIPTORS_BEFORE_NAME = frozenset({
    "resident", "witness", "farmer", "shopper", "pensioner", "retiree", "commuter",
    "passenger", "fisherman", "activist", "volunteer", "nurse", "student", "teacher",
    "parent", "mother", "father", "neighbour", "neighbor", "survivor", "voter", "worker",
    "driver", "homeowner", "landlord", "tenant", "medic", "analyst", "economist",
    "historian", "researcher", "scientist", "expert", "novelist", "artist", "musician",
    "protester", "demonstrator", "shopkeeper", "businessman", "businesswoman",
    "entrepreneur", "veteran", "bystander", "victim", "patient", "customer", "employee",
})


def _without_opening_descriptor(sentence: str, speaker: str) -> str:
    """Drop a descriptor such as "Resident" that opens both the sentence and the speaker."""
    first, rest = speaker.split(" ", 1)
    if first.lower() not in DESCRIPTORS_BEFORE_NAME \
            or not sentence.lstrip("\"“'‘ ").startswith(speaker) \
            or len(rest.split()) < 2 or not all(w[:1].isupper() for w in rest.split()) \
            or not looks_like_person(rest):
        return speaker
    after = sentence[sentence.find(speaker) + len(speaker):]
    if _AGE_SET_OFF.match(after) is None and _PERSONAL_PRONOUN.search(after) is None:
        return speaker  # "Patient Safety Watch said it …": a name, which a person's need not be
    return rest


#: A person named, then a relative clause of saying set off ("Her death was confirmed by
#: her son, Thomas Hale, who said the cause was pneumonia"): the person says it.
_NAME_BEFORE_WHO = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]+),[ \t]+who[ \t]+"
    r"(?:(?:also|has|had|later|then|previously|repeatedly|publicly)[ \t]+)*$")


def _relative_speaker(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the person a relative clause of saying ("…, Thomas Hale, who said") is about."""
    if "who" not in sentence:
        return None
    found = _NAME_BEFORE_WHO.search(sentence, max(0, verb.start() - SPEAKER_WINDOW), verb.start())
    if found is None or not looks_like_person(found.group("name")):
        return None
    name = found.group("name")
    return None if name.split()[0] in ("The", "A", "An") else name


#: A day said in words between a verb of saying and its speaker, as French, Spanish,
#: Italian, Portuguese, Dutch and German put it ("a déclaré hier le ministre").
_LEADING_DAY_WORD = re.compile(
    r"^[ \t]+(?:hier|ayer|ieri|ontem|gisteren|gestern|heute|hoy|oggi|hoje|vandaag|aujourd['’]hui"
    # a weekday with its article, and the bracketed day Brazilian copy adds ("afirmó el
    # martes", "a déclaré mardi", "afirmou nesta quarta-feira (12)")
    r"|(?:(?:el|le|lo|il|nesta|neste|na|no)[ \t]+)?(?:lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì"
    r"|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)-feira)"
    r"(?:[ \t]*\(\d{1,2}\))?)(?=[ \t,])")
#: Who was told, right after a verb of saying placed before its speaker ("explicó a
#: Newtral una portavoz", "disse à Lusa fonte da Proteção Civil", "ha detto all'ANSA il
#: sindaco"): passed, the speaker follows.
_LEADING_LISTENER = re.compile(
    r"^[ \t]+(?:(?:à|ao|al|all['’]|alla|aux?)[ \t]*(?:l['’])?(?:agência[ \t]+|agencia[ \t]+"
    r"|agenzia[ \t]+|agence[ \t]+)?[A-Z][\w.-]*(?=[ \t]+[a-zà-ÿ])"
    # bare "a" only before an article of those languages: English "said a U.S. official"
    r"|a[ \t]+[A-Z][\w.-]*(?=[ \t]+(?:el|la|los|las|un|una|o|os|as|um|uma|il|lo|le|gli)[ \t]))")
#: Where it was said, between a verb of saying and its speaker, as Italian, Portuguese,
#: Spanish and French put it ("…, afferma in una nota il Codacons", "disse em comunicado
#: a empresa", "…, afirmó en un comunicado el ministerio"): passed, the speaker follows.
_LEADING_STATEMENT = re.compile(
    r"^[ \t]+(?:in|em|en|dans|numa?)[ \t]+(?:(?:una?|um|uma|une)[ \t]+)?(?:nota|comunicato"
    r"|comunicado|communiqué|declaração|dichiarazione|declaración|intervista|entrevista"
    r"|interview|conferenza[ \t]+stampa|coletiva)"
    r"(?=[ \t]+(?:il|lo|la|i|gli|le|o|a|os|as|el|los|las|l['’]|(?-i:[A-Z])))")


def _wholly_quoted(sentence: str) -> bool:
    """Whether a sentence is one quotation and nothing else, so no verb in it names a speaker."""
    text = sentence.strip().rstrip(".")
    return len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”" \
        and text.count('"') + text.count("“") + text.count("”") == 2


#: An age set off after a name, before a relative clause set off too.
_TRAILING_AGE = re.compile(r",[ \t]*\d{1,3}[ \t]*$")
#: Signs that the words after a descriptor name a person: an age set off after them
#: ("Resident Janet Morales, 58, said"), or a personal pronoun in what follows ("Witness
#: Tom Hale told reporters he saw smoke").
_AGE_SET_OFF = re.compile(r",[ \t]*\d{1,3},")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _attribution(sentence: str) -> str | None:
    """Return who a sentence is attributed to, or None (the work of attribution())."""
    if len(sentence) > MAX_SENTENCE_CHARS or _wholly_quoted(sentence):
        return None  # '"If the report said something, we kept it."': what is said
    sentence = _BRACKETED_ASIDE.sub("", sentence)
    if "feira (" in sentence:
        sentence = _BRACKETED_DAY.sub("", sentence)  # "divulgados nesta quinta-feira (7) pelo"
    if "-" in sentence:
        sentence = _PARTY_STATE.sub(lambda m: "," if m.group("relative") else "", sentence)
    if sentence[:1] in "LlOОПDAC" and (clitic := _OPENING_CLITIC.match(sentence)) is not None:
        # "Lo ha detto il ministro, Nello Musumeci": read as "…, ha detto il ministro"
        sentence = ", " + sentence[clitic.end():]
    match = _ACCORDING.search(sentence)
    if match:
        if match.group()[:1] in "LlNn" and match.group()[:3].lower() in ("lau", "nac"):
            return _german_source(match.group("who"))
        who = _up_to_speaker_end(match.group("who"))
        named = _NAME_AFTER_ROLE.match(sentence, match.start("who") + len(who))
        if named and who.split()[:1] and who.split()[0].lower() in _DETERMINERS_ONLY | {"its"} \
                and _role_head(who.split()).lower() in PEOPLE_BY_ROLE \
                and looks_like_person(named.group("name")):
            # "…, according to the hospital's chief financial officer, Raymond Ostrowski.",
            # "…, according to a spokesman for the group, Viktor Trehubov."
            return named.group("name")
        who = who[len(verb.group()):] if (verb := _VERB_AFTER_ACCORDING.match(who)) else who
        who = who[len(quanto.group()):] if (quanto := _ITALIAN_QUANTO.match(who)) else who
        if who.startswith("quanto "):
            return None  # "Secondo quanto si apprende, …": as is learned, from no one
        unnamed = _UNNAMED_SOURCE.match(who.strip())
        if unnamed:
            return _unnamed(unnamed)  # "a person familiar with the matter"
        if who[:1].islower():  # "a report by the Institute …", "data from the ONS"
            records = _ROMANCE_RECORDS_BY.match(who) or _ROMANCE_RECORDS_AGENT.match(who)
            if records is not None:  # "secondo una prima stima di Coldiretti" → Coldiretti
                named = _clean_speaker(records.group("agent"), forward=False, any_speaker=True)
                if named:
                    return named
            document = _DOCUMENT_OF.match(who)
            return _agent_of_records(who) or (document and document.group("document")) \
                or _clean_speaker(who, forward=False, any_speaker=True)
        agent = _BY_AGENT.search(who)
        if agent and agent.group("prep") == "from":
            agent = None  # "according to Sarah Jones from the University …": the person
        return _clean_speaker(agent.group("agent") if agent else who, forward=False,
                              any_speaker=True)
    if " as saying" in sentence:
        quoted = _quoted_as_saying(sentence)  # "RIA Novosti quoted the ministry as saying"
        if quoted:
            return quoted
    if " that" in sentence:
        sentence = _TIME_BEFORE_THAT.sub("", sentence)  # "divulged Thursday that" → "… that"
        if "vote" in sentence or any(character.isdigit() for character in sentence):
            sentence = _TALLY_BEFORE_THAT.sub(r"\g<verb>", sentence)  # "ruled 6-3 that"
        if "confidence" in sentence:  # "concluded with high confidence that" → "… that"
            sentence = _CONFIDENCE_BEFORE_THAT.sub("", sentence)
    if " ha " in sentence or " hanno " in sentence:  # "ha però avvertito" → "ha avvertito"
        sentence = _ITALIAN_ADVERB_IN_PERFECT.sub("", sentence)
    may_report = _verb_gate().may_match(sentence)
    if may_report and "," in sentence:
        sentence = _set_off_auxiliaries().sub(", ", sentence)
    verbs = [verb for verb in _verb_pattern().finditer(sentence)
             if not _aside(sentence, verb) and not _title_participle(sentence, verb)
             and not _not_speech(sentence, verb)
             and not _reduced_relative(sentence, verb)] if may_report else []
    if len(verbs) > 1 and ('"' in sentence or "“" in sentence):
        # '"Our analysts said the risk is low," Jane Smith said at a briefing.': a verb
        # inside the quotation is what the speaker says, not who says it
        outside = [verb for verb in verbs if not _inside_quotation(sentence, verb.start())]
        verbs = outside or verbs
    for verb in verbs:  # "Maria Lopez, 34, said …", "Nair, who was not involved, said …"
        who = _two_described_speakers(sentence, verb) \
            or _speaker_with_appositive(sentence, verb) or _named_after_role(sentence, verb) \
            or _relative_speaker(sentence, verb)
        if who:
            return who
    for verb in reversed(verbs):  # "…, state media KCNA said on Friday."
        rest = sentence[verb.end():]
        if _SAYING.match(rest):
            rest = ""  # "…, a spokesman said, adding that …": the speaker's own clause
        elif "," in rest and (own := _OWN_CLAUSE_AFTER_PHRASE.match(rest)) is not None:
            rest = own.group("phrase")  # "…, X said on Friday, in a report that …"
        if "," in rest or len(rest.split()) > (
                MAX_WORDS_AFTER_CLOSING_PHRASE if rest.split()[:1] and rest.split()[0].lower()
                in CLOSING_PHRASE_PREPOSITIONS else MAX_WORDS_AFTER_CLOSING_VERB):
            continue
        before = sentence[:verb.start()].rstrip()
        clause_start = before.rfind(",")
        if before.endswith(",") or clause_start == -1:
            break  # '"…," said X', or no clause of its own: the patterns below
        if len(before[clause_start + 1:].split()) <= MAX_SPEAKER_WORDS:
            who = _speaker_before(sentence, verb)
            if who:
                return who
        break
    for verb in verbs:  # '…," said Steve Cowan' / '…, said officials'
        if verb.group().lower() in LISTENER_VERBS:
            continue  # '…," Lionel Haas, told the Coastline Times': the listener follows
        before = sentence[max(0, verb.start() - 4):verb.start()].rstrip()
        if before[-1:] == "," and (_after_interjection(sentence, verb)
                                   or _after_named_appositive(sentence, verb)):
            break  # "The report, released Monday, said 12 people died": the subject said
        if before[-1:] in (",", '"', "”", "’") and not verb.group().lower().endswith(" that"):
            # (after "shows that" comes what is shown, never who shows it)
            after = sentence[verb.end():verb.end() + SPEAKER_WINDOW]
            if after[1:2].islower():  # "a déclaré hier le ministre", "dijo ayer el ministro"
                after = _LEADING_DAY_WORD.sub("", after, count=1)
                after = _LEADING_LISTENER.sub("", after, count=1)  # "explicó a Newtral una …"
                after = _LEADING_DAY_WORD.sub("", after, count=1)
                after = _LEADING_STATEMENT.sub("", after, count=1)  # "afferma in una nota il …"
            counted = _COUNTED_OF_PEOPLE.match(after)
            if counted is not None:
                return counted.group("who")  # "…, said one of the people, who was not …"
            if after.startswith((" в ", " у ")) and verb.group().lower().endswith("ли"):
                after = after[2:]  # "…, сообщили в пресс-службе Сбербанка": who said it there
            role = _up_to_speaker_end(after)
            named = _NAME_AFTER_ROLE.match(after, len(role))
            if named and _reads_as_role(role) and looks_like_person(named.group("name")):
                # "…, said the company's spokesman, Ivo Marsh.", "said Unicef's
                # representative in Pakistan, Rahim Yousaf."
                return named.group("name")
            who = _clean_speaker(role, forward=False)
            if who:
                return who
    for verb in verbs:  # "RBA holds rate, warns …", "Osei blamed the delay and said …"
        who = _coordinated_subject(sentence, verb)
        if who:
            return who
    for verb in verbs:  # "Officials said", "Soelistyo, head of the agency, told"
        who = _relative_subject(sentence, verb) or _speaker_before(sentence, verb)
        if who:
            return who
    return _participle_subject(sentence) or _closing_finding(sentence) \
        or _after_quotation(sentence) or _records_showing(sentence) \
        or _closing_disclosure(sentence) or _opening_view(sentence) or _post_claim(sentence) \
        or _putting_at_amount(sentence)


#: An estimate's source as the subject of "put(s) … at" an amount: "Official data put the
#: number of measles cases at 2,113", "The most widely cited estimate, from researchers at
#: ISGlobal, puts heat-related deaths … at 62,775" (then the estimate's maker, set off
#: after "from"). Not "put the money in a fund" nor "put it at risk": a number follows "at".
_PUTTING_AT_AMOUNT = re.compile(
    r"(?P<who>[A-Z][^,;:!?\"“”()]{1,60}?)(?:,[ \t]+from[ \t]+(?P<maker>[^,;:!?\"“”()]{2,60}),)?"
    r"[ \t]+(?:now[ \t]+)?puts?[ \t]+[^,;:!?\"“”()]{1,100}?[ \t]at[ \t]+"
    r"(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least)?[ \t]*"
    r"[$€£¥]?\d")


def _putting_at_amount(sentence: str) -> str | None:
    """Return who an opening "X put(s) Y at <amount>" credits with the figure, or None."""
    if " at " not in sentence or " put" not in sentence:
        return None
    match = _PUTTING_AT_AMOUNT.match(sentence)
    if match is None:
        return None
    if match.group("maker"):
        return _clean_speaker(match.group("maker"), forward=False, any_speaker=True)
    return _clean_speaker(match.group("who"), forward=True)


#: Things shared online that a fact check quotes as making a claim. Only after one of
#: them do "claim"/"claims" (and "reads" after a quotation) report what is said:
#: "Insurance claims rose 20%" has a noun "claims", and no such subject.
POST_NOUNS = ("posts", "post", "videos", "video", "messages", "message", "tweets", "tweet",
              "reels", "reel", "memes", "meme")
_POST_NOUN = r"(?:" + "|".join(POST_NOUNS) + r")"
#: The post as subject: up to three words before its noun and a platform after it ("A
#: widely shared Facebook post", "Viral posts", "Posts on X"), then what describes it
#: before the verb: a relative clause ("a TikTok video that racked up more than 5
#: million views claimed", "The video, which has 3.4 million views on TikTok, claims")
#: or a participle ("shared on April 16").
_POST_SUBJECT = re.compile(
    r"(?<![\w'’-])(?P<who>(?:[\w'’-]+[ \t]+){0,3}?" + _POST_NOUN
    + r"(?:[ \t]+on[ \t]+[A-Z][\w.]*)?)"
    r"(?:,[ \t]+which[ \t][^,;:\"“”]{1,80},|[ \t]+(?:that|which)[ \t][^,;:\"“”]{1,80}?"
    r"|[ \t]+(?:shared|posted|viewed|published)[ \t][^,;:\"“”]{1,60}?)?"
    r"[ \t]+(?:claims?|claimed|says|said|suggests|suggested|states|stated|alleges|alleged)"
    r"(?![\w'’-])", re.IGNORECASE)
#: The post after a quotation and its verb: '"…," reads a Facebook post shared on …'.
_POST_AFTER_QUOTATION = re.compile(
    r"[,.!?…][\"”’][ \t]+(?:reads|read|says|said|claims|claimed)[ \t]+(?P<who>(?:a|an|the|one)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}?" + _POST_NOUN + r"(?:[ \t]+on[ \t]+[A-Z][\w.]*)?)"
    r"(?![\w'’-])", re.IGNORECASE)


def _post_claim(sentence: str) -> str | None:
    """Return the post or video a claim is quoted from, or None.

    "Posts on X claim that 70% …" → `Posts on X`; "The post claims 40,000 deaths"
    → `post`; '"…," reads a Facebook post shared on April 16.' → `Facebook post`.
    """
    lower = sentence.lower()
    if not any(noun in lower for noun in POST_NOUNS):
        return None
    found = _POST_AFTER_QUOTATION.search(sentence) or _POST_SUBJECT.search(sentence)
    if found is None:
        return None
    return _clean_speaker(found.group("who"), forward=True)


#: People by role in Italian and Portuguese, whose view "Per"/"Para" opens a sentence
#: with ("Per il presidente di Federconsumatori, Michele Carrus, l'aumento …", "Para o
#: pesquisador do Imazon Carlos Souza Jr., a queda …"); "Per il 2025, …" or "Para o
#: governo, …" name no person's view.
ROMANCE_PEOPLE_BY_ROLE = frozenset({
    "presidente", "ministro", "ministra", "direttore", "direttrice", "diretor", "diretora",
    "segretario", "segretaria", "secretário", "secretária", "sindaco", "prefeito", "prefeita",
    "portavoce", "porta-voz", "esperto", "esperti", "especialista", "especialistas",
    "economista", "economisti", "analista", "analisti", "ricercatore", "ricercatrice",
    "pesquisador", "pesquisadora", "pesquisadores", "professore", "professoressa",
    "professor", "professora", "coordenador", "coordenadora", "coordinatore", "governatore",
    "governador", "governadora", "procuratore", "assessore", "assessora", "deputato",
    "deputado", "deputada", "senatore", "senador", "senadora", "leader", "líder", "fundador",
    "fondatore", "autore", "autor", "autora", "responsabile", "responsável"})
#: A sentence opened by "Per"/"Para", an article and a role, up to its comma, and a
#: person's name set off after it.
_OPENING_VIEW = re.compile(
    r"(?:Per|Para)[ \t]+(?:(?:il|lo|la|i|gli|le|o|a|os|as)[ \t]+|l['’])"
    r"(?P<role>[\w-]+)(?P<rest>[^,;:!?\"“”()]{0,80}),[ \t]+"
    r"(?:(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’.-]+),[ \t]+)?")


def _opening_view(sentence: str) -> str | None:
    """Return the person whose view "Per"/"Para" opens a sentence with, or None.

    "Per il presidente di Federconsumatori, Michele Carrus, l'aumento è …" →
    "Michele Carrus"; "Para o pesquisador do Imazon Carlos Souza Jr., a queda …" →
    the role and name; only a person by role (ROMANCE_PEOPLE_BY_ROLE) is a view's holder.
    """
    if not sentence.startswith(("Per ", "Para ")):
        return None
    match = _OPENING_VIEW.match(sentence)
    if match is None or match.group("role").lower() not in ROMANCE_PEOPLE_BY_ROLE:
        return None
    if match.group("name") and looks_like_person(match.group("name")):
        return match.group("name")
    return _clean_speaker(match.group("role") + match.group("rest"), forward=False,
                          any_speaker=True)


def _role_head(words: list[str]) -> str:
    """Return the noun a role ends with before what it serves, or "".

    "a spokesman for the group" → "spokesman", "the hospital's chief financial
    officer" → "officer".
    """
    joiner = next((i for i, w in enumerate(words) if w.lower() in ("for", "of", "at", "with")),
                  len(words))
    return words[joiner - 1] if joiner > 0 else ""


#: An Italian adverb between the perfect's auxiliary and its participle ("Legambiente ha
#: però avvertito che …", "il ministro ha anche detto"): dropped, so that the verb of
#: saying is found as it is listed ("ha avvertito").
_ITALIAN_ADVERB_IN_PERFECT = re.compile(
    r"(?:(?<=[ \t]ha)|(?<=[ \t]hanno))[ \t]+"
    r"(?:però|anche|già|inoltre|poi|infatti|invece|ancora|pure|subito)"
    r"(?=[ \t]+[a-zàèéìòù]+(?:ato|uto|ito|etto|itto)\b)")


#: "quoted X as saying": X speaks, the one who quotes only reports it ("RIA Novosti
#: quoted the ministry as saying that …" → the ministry), and in the passive the subject
#: ("The Kremlin was quoted by TASS as saying …" → the Kremlin).
_QUOTED_AS_SAYING = re.compile(
    r"\bquoted[ \t]+(?P<who>[^,;:!?\"“”()]{2,80}?)[ \t]+as[ \t]+saying\b")
_QUOTED_PASSIVE = re.compile(
    r"[ \t]+(?:is|are|was|were|(?:has|have|had)[ \t]+been)[ \t]+(?:also[ \t]+)?quoted"
    r"(?:[ \t]+by[ \t]+[^,;:!?\"“”()]{1,60}?)?[ \t]+as[ \t]+saying\b")


def _quoted_as_saying(sentence: str) -> str | None:
    """Return who a "quoted … as saying" credits (_QUOTED_AS_SAYING), or None."""
    passive = _QUOTED_PASSIVE.search(sentence)
    if passive is not None:
        before = sentence[:passive.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        return _clean_speaker(before[breaks[-1].end() if breaks else 0:], forward=True)
    active = _QUOTED_AS_SAYING.search(sentence)
    if active is None:
        return None
    who = active.group("who")
    # "The newspaper quoted him as saying": "he", resolved as a subject pronoun is
    return _OBJECT_PRONOUNS.get(who.lower()) or _clean_speaker(who, forward=False)


#: Object pronouns read as the subject pronouns they stand for ("quoted him as saying").
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}


#: Most words of an opening phrase set off by a comma before a clause's subject ("In
#: Washington,", "On Tuesday night,", "Earlier this week,").
MAX_OPENING_PHRASE_WORDS = 5


def _without_opening_phrase(clause: str) -> str:
    """``clause`` without an opening phrase set off by a comma ("In Washington, X …").

    The phrase opens with one of INTRODUCTORY_WORDS or a participle ("Standing on the
    embankment, Zahida Bibi …") and runs to its first comma, MAX_OPENING_PHRASE_WORDS
    words at most; otherwise ``clause`` is returned as it is.
    """
    comma = clause.find(",")
    if comma == -1:
        return clause
    phrase = clause[:comma].split()
    if not phrase or len(phrase) > MAX_OPENING_PHRASE_WORDS \
            or phrase[0].lower() not in INTRODUCTORY_WORDS \
            and not (phrase[0].endswith("ing") and len(phrase) > 1) \
            or _CLAUSE_BREAK.search(clause[:comma]):
        return clause
    return clause[comma + 1:].lstrip()


def _after_opening_phrase(tail: list[str]) -> list[str]:
    """Return the subject after an opening phrase no comma sets off, at the clause's end.

    "In that update Baker also said" → "Baker", "In a statement the company said" →
    "the company", "After the meeting officials said" → "officials": the phrase's noun
    comes first, then the subject, opened by a determiner, a name or a plural group.
    """
    determiner = next((i for i in range(len(tail) - 1, 0, -1)
                       if tail[i].lower() in _DETERMINERS_ONLY), None)
    if determiner is not None:
        return tail[determiner:]
    run = capitalised_run(tail)
    if run and len(run) < len(tail) and tail[-len(run) - 1].isalpha() \
            and tail[-len(run) - 1].islower():
        return run
    if (_plural_group(tail[-1:]) or _GENERIC_SPEAKERS.search(tail[-1].lower())) \
            and tail[-2].isalpha() and tail[-2].islower():
        return tail[-1:]
    return tail


#: A clause of saying set off after the main one ("…, saying the city would
#: recover", "…, arguing that it cut $2.3 billion"): its speaker is the subject the
#: sentence opens with. "adding" and "claiming" only before "that" ("Shares rose,
#: adding 3%").
_SAYING_VERBS = (r"(?:saying|arguing|noting|warning|insisting|stressing|explaining"
                 r"|contending|asserting|declaring|(?:adding|claiming)(?=[ \t]+that\b))")
_SAYING = re.compile(r",[ \t]+" + _SAYING_VERBS + r"[ \t]")
#: The speaker's own clause after a closing verb and the phrase of when or where it was
#: said, as wire copy sets it off: "…, the Labor Department said on Friday, in a report
#: that could …", "…, the ministry said in a statement, adding that …", "…, X said on
#: Monday, citing …": what comes before it is the closing phrase.
_OWN_CLAUSE_AFTER_PHRASE = re.compile(
    r"(?P<phrase>[^,;:!?\"“”()]*?),[ \t]+(?:" + _SAYING_VERBS + r"|citing|in[ \t]+(?:a|an|its"
    r"|their|the|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:report|statement|note|filing|release"
    r"|update|letter|post|interview|briefing|bulletin|survey|review|assessment|forecast)s?\b)"
    r"[ \t]")


#: A role that opens the sentence, then a person's name set off by commas right before
#: the verb: "A spokeswoman, Karoline Leavitt, said …".
_ROLE_THEN_NAME = re.compile(
    r"[\"“'‘ ]*(?P<role>[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}),[ \t]+"
    r"(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’-]+),[ \t]*")


def _reads_as_role(words: str) -> bool:
    """Whether ``words`` open as a role.

    In lower case ("the company's spokesman"), or with a body's possessive before a
    lower-case noun ("Unicef's representative").
    """
    parts = words.split()[:2]
    if not parts:
        return False
    return parts[0].islower() or len(parts) == 2 and parts[0].endswith(("'s", "’s")) \
        and parts[1].islower()


def _named_after_role(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the person named after the role the sentence opens with, or None.

    "A spokeswoman, Karoline Leavitt, said the president …" → "Karoline Leavitt":
    the name set off before the verb says it, not what follows the verb.
    """
    match = _ROLE_THEN_NAME.fullmatch(sentence, 0, verb.start())
    if match is None or match.group("role").split()[0].lower() in INTRODUCTORY_WORDS \
            or not looks_like_person(match.group("name")):
        return None
    return match.group("name")


#: A subject with a relative clause not set off, opening the clause of a reporting verb:
#: "Officials who asked not to be named said …", "Those who voted for it said …".
_RELATIVE_SUBJECT = re.compile(
    r"[\"“'‘ ]*(?P<head>(?:[A-Za-z][\w'’-]*[ \t]+){0,3}?[A-Za-z][\w'’-]*)[ \t]+who[ \t]+"
    r"(?P<clause>[^,;:\"“”()]{2,80}?)[ \t]*")
#: Heads that name no one by themselves: with them the relative clause is the speaker's
#: description ("Those who voted for the plan").
_EMPTY_HEADS = frozenset({"those", "people", "anyone", "everyone", "many", "some", "others"})


def _relative_subject(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the speaker whose relative clause stands between them and the verb, or None.

    "Officials who asked not to be named said …" → "Officials", "A senior official who
    requested anonymity told …" → "senior official"; with a head that names no one, the
    whole description: "Those who voted for the plan said …" → "Those who voted for the
    plan". Only a clause that opens the sentence (or follows an opening phrase).
    """
    before = sentence[:verb.start()]
    if " who " not in before:
        return None
    clause = _without_opening_phrase(before.lstrip())
    match = _RELATIVE_SUBJECT.fullmatch(clause)
    if match is None or match.group("head").split()[0].lower() in INTRODUCTORY_WORDS:
        return None
    head = match.group("head")
    if head.split()[-1].lower() in _EMPTY_HEADS:
        whole = f"{head} who {match.group('clause')}"
        return whole if len(whole.split()) <= MAX_SPEAKER_WORDS else None
    return _clean_speaker(head, forward=True)


def _participle_subject(sentence: str) -> str | None:
    """Return the subject of a sentence that goes on "…, saying …", or None.

    "The mayor condemned the attack, saying the city would recover" → "mayor": the
    words before the main clause's first verb, in the past in -ed or the present
    in -s (_opening_subject, as for a second verb of the subject).
    """
    match = _SAYING.search(sentence)
    if match is None:
        return None
    return _opening_subject(sentence[:match.start()], (_PAST_VERB, _PRESENT_VERB))


#: A person named after a role and set off by commas, then the clause's verb: "The
#: leader of Ennahda, Rachid Ghannouchi, condemned …".
_SET_OFF_NAME = re.compile(
    r"(?P<role>[^,;:!?\"“”()\[\]]{3,80}),[ \t]+"
    r"(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’-]+),[ \t]+(?P<verb>[a-z]+)\b")


def _opening_subject(first_clause: str, forms: tuple[re.Pattern[str], ...]) -> str | None:
    """Return the subject a sentence's first clause opens with, or None.

    The words before the clause's first verb in one of ``forms`` (the past in -ed,
    the present in -s), past an opening phrase set off by a comma
    (_without_opening_phrase), or the person named after the subject and set off by
    commas (_SET_OFF_NAME). None when the clause holds another comma or quotation,
    opens with an introductory word, or its verb is an auxiliary.
    """
    first_clause = _without_opening_phrase(first_clause)
    named = _SET_OFF_NAME.match(first_clause)
    if named and not _CLAUSE_BREAK.search(first_clause, named.end()) \
            and named.group("role").split()[0].lower() not in INTRODUCTORY_WORDS \
            and named.group("verb") not in _NOT_SPEAKERS \
            and any(form.fullmatch(named.group("verb")) for form in forms) \
            and looks_like_person(named.group("name")):
        return named.group("name")  # "The leader of Ennahda, Rachid Ghannouchi, condemned …"
    if _CLAUSE_BREAK.search(first_clause):
        return None
    words = first_clause.split()
    if not words or words[0].lower() in INTRODUCTORY_WORDS:
        return None  # "On 3 September 1939 New Zealand allied itself …": no plain subject
    for index, word in enumerate(words[1:MAX_SPEAKER_WORDS + 1], start=1):
        if _people_plural(word):
            continue  # "Highways officers recommended …": a plural of people, no verb in -s
        if any(form.fullmatch(word) for form in forms):
            if word.lower() in _NOT_SPEAKERS:
                return None  # "Prices has …", "is": an auxiliary, not the verb sought
            return _clean_speaker(" ".join(words[:index]), forward=True)
    return None


def _people_plural(word: str) -> bool:
    """Whether a word in -s is a plural of people by role ("officers", "officials", "doctors").

    It would pass for a verb in the present ("holds"), and is the subject's noun.
    """
    lower = word.lower()
    return plural_noun(lower) and lower not in RECORDS_WITHOUT_DETERMINER and (
        lower in PEOPLE_BY_ROLE or lower[:-1] in PEOPLE_BY_ROLE
        or _GENERIC_SPEAKERS.search(lower) is not None)


#: Plural and mass nouns of records that open a clause without a determiner, which a
#: document's participle may follow ("Data released on Friday showed …").
RECORDS_WITHOUT_DETERMINER = frozenset({
    "data", "figures", "statistics", "numbers", "results", "documents", "records", "papers",
    "minutes", "estimates", "files", "filings", "emails", "messages", "images", "photos",
    "videos", "footage", "polls", "surveys", "reports", "studies",
    # mass nouns of work on records: "Analysis by the IFS shows …", "Research by Oxford
    # University suggests …", "Polling by YouGov found …"
    "analysis", "research", "modelling", "modeling", "polling",
})


#: A finding's source after the claim, with a verb of finding that is no reporting
#: verb alone ("They found the bodies"): "Women were less likely to be hired, the
#: study found." The source opens with a determiner, or is a noun of records that
#: needs none after at most two lower-case words ("…, official figures showed",
#: "…, data from the statistics office show"), and closes the sentence, but for a
#: day or "yesterday"/"today" after the verb ("…, customs data showed on Friday.") and
#: a contrasting clause joined after it ("…, official data showed, but …").
_CLOSING_FINDING = re.compile(
    r",[ \t]+(?P<who>(?:(?:the|a|an|this|that|one|our)[ \t]+"
    r"|(?-i:(?:[a-z][\w'’-]*[ \t]+){0,2}(?=(?:" + "|".join(sorted(RECORDS_WITHOUT_DETERMINER))
    + r")\b)))[^,;:!?\"“”()]{1,60}?"
    # or a body's records, named before them: "…, BLS data show.", "…, Eurostat figures showed."
    r"|(?-i:[A-Z][A-Za-z&]{1,15}(?:[ \t]+[A-Z][A-Za-z&]{1,15}){0,2}[ \t]+(?:"
    + "|".join(sorted(RECORDS_WITHOUT_DETERMINER)) + r"))"
    # or a body named by its acronym or name alone: "…, UKHSA estimates."
    r"|(?-i:[A-Z][A-Za-z&]{1,10}(?:[ \t]+[A-Z][A-Za-z&]{1,15}){0,3}))[ \t]+"
    r"(?:found|find|concluded|concludes|estimated|estimates|showed|shows|show)"
    r"(?:[ \t]+(?:(?:on[ \t]+)?(?:" + _DAY_NAMES + r")|(?:last|this|earlier[ \t]+this)[ \t]+"
    r"(?:week|month|year|quarter)|yesterday|today))?(?:[ \t]*[.!]?[\"”’)]*[ \t]*$"
    # or a clause joined after it: "…, official data showed on Wednesday, but the drop …"
    r"|,[ \t]+(?:but|while|although|though|even[ \t]+as|and)[ \t]"
    # or a short phrase in lower case: "…, official data showed last week, below forecasts."
    r"|,[ \t]+(?-i:[a-z])[^,;:!?\"“”()]{0,40}[.!]?[ \t]*$)",
    re.IGNORECASE)


#: What every verb of _CLOSING_FINDING holds, looked for before the search.
_FINDING_VERB_STEMS = ("found", "find", "conclude", "estimate", "show")


#: Verbs by which records show what follows them, and what each of them holds.
_RECORDS_VERBS = ("showed", "shows", "show", "suggested", "suggests", "suggest", "indicated",
                  "indicates", "indicate", "revealed", "reveals", "reveal")
_RECORDS_VERB_STEMS = ("show", "suggest", "indicat", "reveal")
#: Records that open a sentence and show what follows, "that" left out: "Data from the
#: Office for National Statistics showed rents rose", "Separate figures released on
#: Friday show …", "Research by Oxford University suggests the drug works" (a film or a
#: photo "shows a man": no records).
#: One record a determiner opens, showing its claim as the records do: "A new poll shows
#: Labour is ahead", "A Sonoran Strategies poll showed Quintero trailing", "The study
#: suggests the drug works" (the pollster's name may stand between, up to three words).
RECORDS_AFTER_DETERMINER = frozenset({"poll", "survey", "study", "census", "audit", "review"})
_RECORDS_SHOWING = re.compile(
    r"[\"“'‘]?(?P<who>(?:(?:[A-Za-z][\w'’-]*[ \t]+){0,2}?(?i:" + "|".join(sorted(
        RECORDS_WITHOUT_DETERMINER - {"images", "photos", "videos", "footage", "messages",
                                      "emails", "papers", "minutes"}))
    + r")|(?i:an?|the|this|that|its|their|one|another)[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){0,3}?"
    r"(?i:" + "|".join(sorted(RECORDS_AFTER_DETERMINER)) + r"))"
    r"\b[^,;:!?\"“”()]{0,80}?)[ \t]+(?:" + "|".join(_RECORDS_VERBS) + r")[ \t]+(?!that\b)")


def _records_showing(sentence: str) -> str | None:
    """Return the records a sentence opens with that show its claim, or their source.

    "Data from the Office for National Statistics showed rents rose" → "Office for
    National Statistics"; "Official figures show prices fell" → "Official figures".
    """
    if not any(stem in sentence for stem in _RECORDS_VERB_STEMS):
        return None
    match = _RECORDS_SHOWING.match(sentence)
    if match is None:
        return None
    who = match.group("who")
    # the sentence's capital is no name's: "Data from the ONS" is described in lower case
    described = who[0].lower() + who[1:] if not who.split()[0][1:2].isupper() else who
    return _agent_of_records(described) or _clean_speaker(who, forward=True)


def _closing_finding(sentence: str) -> str | None:
    """Return the source a closing "…, the study found." credits, or None.

    A lower-case description of records names the body after "from" or "by" as the
    source, as "according to" does ("…, data from the Office for National Statistics
    showed" → "Office for National Statistics").
    """
    if not any(verb in sentence for verb in _FINDING_VERB_STEMS):
        return None  # most sentences: no verb of finding, no search
    match = _CLOSING_FINDING.search(sentence)
    if match is None:
        return None
    who = match.group("who")
    return _agent_of_records(who) or _clean_speaker(who, forward=True)


def _agent_of_records(who: str) -> str | None:
    """Return the body a lower-case description of evidence names after "by"/"from".

    "unofficial results from the county elections office" → "county elections office"
    (its last word names an organisation), "data from the Office for National
    Statistics" → the capitalised name; None when ``who`` names no such body.
    """
    if not who[:1].islower():
        return None
    agent = _BY_AGENT.search(who)
    if agent and agent.group("prep") == "by" \
            and who[:agent.start()].split()[-1:] in ([w] for w in OBTAINING_PARTICIPLES):
        # "records obtained by PolitiFact": the paper got the records, they show it
        return _clean_speaker(" ".join(_before_participle(who.split())), forward=True)
    if agent:
        return _clean_speaker(agent.group("agent"), forward=False, any_speaker=True)
    # (a time it was released after the body passed: "by the league on Friday", "in March")
    body = _BODY_AGENT.search(_TRAILING_MONTH.sub("", _TRAILING_TIME.sub("", who.rstrip(" \t."))))
    if body and body.group("body").split()[-1] in ORGANISATION_WORDS:
        return body.group("body")
    return None


#: Two people, each with a role set off after the name, speaking together: "Nick Clegg,
#: Meta's president of global affairs, and Jennifer Newstead, its chief legal officer,
#: said" → "Nick Clegg and Jennifer Newstead", as "Ann Lee and Bo Kim said" is read.
_TWO_DESCRIBED = re.compile(
    r"(?P<a>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}),[ \t]+[^,;:\"“”]{1,70},[ \t]+and[ \t]+"
    r"(?P<b>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}),[ \t]+[^,;:\"“”]{1,70},[ \t]*$")


def _two_described_speakers(sentence: str, verb: re.Match[str]) -> str | None:
    """Return two people set off with their roles before ``verb``, joined by "and", or None."""
    if ", and " not in sentence:
        return None
    match = _TWO_DESCRIBED.search(sentence, max(0, verb.start() - 2 * SPEAKER_WINDOW),
                                  verb.start())
    if match is None or not (looks_like_person(match.group("a"))
                             and looks_like_person(match.group("b"))):
        return None
    return f"{match.group('a')} and {match.group('b')}"


#: Verbs that report after a clause they close, where nothing can be their object: "…,
#: the company disclosed in a filing on Friday.", "…, the ministry revealed.", "…, Smith
#: notes." (elsewhere they take what is disclosed, "revealed a plan", or are the noun,
#: "the notes show"); sports and wire copy's "…, Sky Sports reports." and "…, The
#: Touchline understands." (elsewhere "reports" is as often the noun, and "understands"
#: takes what is understood: "She understands the risks").
CLOSING_ONLY_VERBS = ("disclosed", "revealed", "notes", "reports", "understands")
#: The same report with its outlet after the verb, closing the sentence: "Rovers have
#: agreed a fee of £40m, reports Sky Sports." ("reported" is a verb of saying anywhere).
_CLOSING_INVERTED_REPORT = re.compile(
    r",[ \t]+(?:reports|writes)[ \t]+(?P<who>(?:the[ \t]+)?(?-i:[A-Z][\w&.'’-]*"
    r"(?:[ \t]+[A-Z][\w&.'’-]*){0,3}))[ \t]*[.!]?[\"”’)]*[ \t]*$", re.IGNORECASE)
_CLOSING_DISCLOSURE = re.compile(
    r",[ \t]+(?P<who>(?:the|a|an)[ \t]+[^,;:!?\"“”()]{1,50}?"
    r"|(?-i:[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}))[ \t]+"
    r"(?:" + "|".join(CLOSING_ONLY_VERBS) + r")(?:[ \t]+(?:in|on|to|at|late|early)[ \t]"
    r"[^,;:!?\"“”()]{0,60})?"
    # and the speaker's own clause after it ("…, the deal notes, citing the IPCC.")
    r"(?:,[ \t]+(?:citing|adding|noting|saying)[ \t][^;:!?\"“”()]{1,80}?)?"
    r"[ \t]*[.!]?[\"”’)]*[ \t]*$", re.IGNORECASE)


def _closing_disclosure(sentence: str) -> str | None:
    """Return who a closing "disclosed" or "revealed" credits ("…, the company disclosed.").

    Also "…, Sky Sports reports.", "…, The Touchline understands." and the outlet after
    the verb: "…, reports Sky Sports."
    """
    if not any(verb in sentence for verb in CLOSING_ONLY_VERBS) and ", writes " not in sentence:
        return None
    if ", reports " in sentence or ", writes " in sentence:
        inverted = _CLOSING_INVERTED_REPORT.search(sentence)  # "…, reports Sky Sports."
        if inverted is not None:
            return _clean_speaker(inverted.group("who").rstrip("."), forward=False,
                                  any_speaker=True)
    match = _CLOSING_DISCLOSURE.search(sentence)
    return None if match is None else _clean_speaker(match.group("who"), forward=True)


#: Verbs that report only after a quotation they close ('"…," Trump responded', '"…?"
#: asked Wallace'): elsewhere they as often take an object that is no speech
#: ("responded to the fire", "recalled 5,000 cars", "asked for help").
QUOTATION_VERBS = ("responded", "answered", "recalled", "observed", "commented", "asked",
                   "quipped", "joked", "continued", "concluded", "shot back")
_QUOTED_NAME = (r"(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|he|she|they|we"
                r"|(?:the|a|an)[ \t]+[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,2})")
_QUOTED_VERB = r"(?:" + "|".join(QUOTATION_VERBS) + r")"
_CLOSING_MARKS = ('"', "”", "’")
_QUOTATION_CLOSES = r"[,.!?…—–-][\"”’][ \t]+"
_SENTENCE_CLOSES = r"[ \t]*[.!]?[ \t]*$"
#: A quotation closed by its punctuation and mark, then the speaker and the verb or
#: the verb and the speaker, closing the sentence.
_AFTER_QUOTATION = (
    re.compile(_QUOTATION_CLOSES + _QUOTED_NAME + r"[ \t]+" + _QUOTED_VERB + _SENTENCE_CLOSES),
    re.compile(_QUOTATION_CLOSES + _QUOTED_VERB + r"[ \t]+" + _QUOTED_NAME + _SENTENCE_CLOSES))


def _after_quotation(sentence: str) -> str | None:
    """Return the speaker of a quotation closed by a QUOTATION_VERBS verb, or None.

    '"I think between a billion and a billion-five," Trump responded.' → "Trump".
    """
    if not any(mark in sentence for mark in _CLOSING_MARKS):
        return None  # most sentences: no quotation, no search
    for pattern in _AFTER_QUOTATION:
        match = pattern.search(sentence)
        if match is not None:
            who = match.group("who").rstrip(".")
            return who if who in PRONOUNS else _clean_speaker(who, forward=True)
    return None


#: What joins a reporting verb to an earlier verb of the same subject: a comma in
#: headlines ("RBA holds rate at 4.35pc, warns …"), "and"/"but" in prose ("Osei
#: blamed the storm and said …").
_COORDINATION = re.compile(r"(?:,|[ \t]+(?:and|but))[ \t]*$")
#: Reporting verbs that take what is said and nothing else after them, so that a
#: second verb of a clause's subject reports ("… and said volumes would recover"),
#: unlike "declared war", "announced a plan" or "reported a loss".
CLAUSE_VERBS = frozenset({"said", "says", "warns", "warned", "argues", "argued", "insists",
                          "insisted", "adds", "added", "explains", "explained", "noted",
                          "cautions", "cautioned", "predicts", "predicted", "acknowledged",
                          "admits", "admitted"})
#: A word that may be a clause's first verb in the form of a reporting verb: the
#: present in -s ("holds") or the past in -ed ("blamed").
_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s\Wiu]s")
_PAST_VERB = re.compile(r"[a-z]{2,}ed")


def _coordinated_subject(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the subject a reporting verb shares with the clause's first verb, or None.

    "RBA holds cash rate at 4.35pc, warns inflation fight not over" and "Port chief
    Ana Lee blamed the storm and said volumes would recover": the subject before the
    first verb, in the reporting verb's form (present in -s, past in -ed), says it.
    The first clause must open the sentence (no comma or quotation before it).
    """
    before = sentence[:verb.start()]
    joined = _COORDINATION.search(before)
    if joined is None:
        return None
    word = verb.group().lower()
    if word not in CLAUSE_VERBS:
        return None
    if word.endswith("s"):
        form = _PRESENT_VERB
    elif word.endswith("ed") or word == "said":
        form = _PAST_VERB
    else:
        return None  # neither form ("say", "dijo")
    first_clause = before[:joined.start()]
    if '"' in first_clause or "“" in first_clause:
        # 'called the sum "abysmally poor" and said': a quoted phrase inside the first
        # clause is part of what it does, no clause break
        first_clause = _QUOTED_PHRASE.sub(_QUOTED_PHRASE_STAND_IN, first_clause)
    return _opening_subject(first_clause, (form,))


#: A quoted phrase of a few words inside a clause ('called the sum "abysmally poor"'): no
#: sentence's punctuation inside it, so it is no quotation of its own.
_QUOTED_PHRASE = re.compile(r"[\"“][^\"“”,.;:!?]{1,40}[\"”]")
#: What stands for such a phrase while a clause's subject is read: one lower-case word.
_QUOTED_PHRASE_STAND_IN = "quoted"


#: Words that make a speaker an organisation, not a person, for resolving "he"/"she".
ORGANISATION_WORDS = frozenset(
    "ministry agency department university institute bank company corporation corp inc ltd "
    "llc plc group council committee commission office police news media times post journal "
    "association union party court government army military service services board "
    "foundation fund organization organisation bureau centre center hospital school college "
    "airlines airways press network insurer institution authority academy society "
    "federation alliance coalition league chamber trust church museum library club "
    # and a country ("United States of America", "United Arab Emirates")
    "states nations kingdom republic emirates".split())
#: Titles before a person's name ("Prime Minister Luis Costa visited …"): a sentence
#: that opens with one introduces the person a later "he"/"she" means.
_TITLED_PERSON = re.compile(
    r"(?:(?:Prime|Foreign|Defen[cs]e|Finance|Interior|Health|Deputy|Vice|Chief|Former|Acting"
    r"|Senate|House|Majority|Minority|Opposition|Rear)\s+){0,2}"
    r"(?:Minister|President|Secretary|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|"
    r"Leader|Speaker|Whip|"
    r"Mayor|Chancellor|Judge|Justice|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.|"
    r"Ambassador|Commissioner|Director|Chairman|Chairwoman|Executive|Premier|King|Queen|"
    r"Prince|Princess|Pope|Sheikh|Colonel|Col\.|Captain|Capt\.|Lieutenant|Lt\.|Officer"
    r"|Admiral|Adm\.)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|" + _HYPHENED_PARTICLE + r"[A-Z][\w'’-]+"
    r"|van|von|de|da|di|du|la|le)){0,3})"
    r"(?=\s+[a-z(]|,)")


def looks_like_person(speaker: str) -> bool:
    """Whether a speaker may be the person a later "he"/"she" means.

    The name is the run of capitalised words the speaker ends with ("Luis Costa",
    "Abney", "spokesman Jason Kersten" → "Jason Kersten"); it is no person when a
    word of it names an organisation ("Interior Ministry", "Reuters News") or is a
    pronoun or question word ("What I").
    """
    words = speaker.split()
    run = capitalised_run(words)
    if not run or len(run) > 6 or (len(run) == 1 and _GENERIC_SPEAKERS.search(run[0])):
        return False  # "Officials" opening a sentence names no one
    if len(run) == 1 and len(words) > 1 and _ACRONYM.fullmatch(run[0]) \
            and words[-2][:1].islower():
        return False  # "Iran's state broadcaster IRIB", "state media KCNA": a body by its role
    return not any(_bare_word(w) in ORGANISATION_WORDS or w.lower() in _NOT_NAME_WORDS
                   for w in run)


#: A name written in capitals, two letters or more ("IRIB", "KCNA", "AFP").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")


def capitalised_run(words: list[str], end: int | None = None,
                    most: int | None = None) -> list[str]:
    """Return the run of capitalised words that ends at ``words[end]`` (the last by default).

    At most ``most`` words, the ones nearest the end ("Helen Marsh" in "said Professor
    Helen Marsh" with ``most=2``).
    """
    run: list[str] = []
    for word in reversed(words[:end]):
        if not (word[:1].isupper() or _PARTICLE_NAME_WORD.match(word)) \
                or (most is not None and len(run) >= most):
            break
        run.insert(0, word)
    return run


#: A surname joined to its particle by a hyphen ("al-Hams", "el-Sayed"): a word of a name.
_PARTICLE_NAME_WORD = re.compile(_HYPHENED_PARTICLE + r"[A-Z]")


#: Roles written in capitals that come before a name in a run of capitalised words
#: ("Port CEO Linda Osei", "Labour MP Jo Ward"): the person is the name after them.
ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "MP", "MEP", "MSP", "MLA",
                           "MPP", "TD"})


def _without_dashed_appositive(words: list[str]) -> list[str]:
    """Drop an appositive between dashes that ends the words before a verb.

    "Ana Lee – the port chief – said": the speaker is the name before the aside.
    """
    if len(words) < 4 or words[-1] not in _DASHES:
        return words
    opening = next((i for i in range(len(words) - 2, 0, -1) if words[i] in _DASHES), None)
    if opening is None or not _APPOSITIVE_START.match(" ".join(words[opening + 1:-1])):
        return words
    return words[:opening]


def _name_ending_cut_title(tail: list[str]) -> list[str] | None:
    """Return the person's name a title cut at MAX_SPEAKER_WORDS ends with, or None.

    "President and Chief Financial Officer of Super Value Debra Symonette said":
    the words kept start inside the title, so the name its last two capitalised
    words make is the speaker, when it looks like a person and no joiner stands
    before it ("… of Trade and Industry" stays).
    """
    name = tail[-2:]
    if len(tail) < 3 or tail[-3].lower() in _NAME_JOINERS \
            or not all(word[:1].isupper() for word in name) \
            or not looks_like_person(" ".join(name)):
        return None
    return name


def _person_after_role(words: list[str]) -> str | None:
    """Return the person named after a lower-case role ("farmer Amina Hussein"), or None.

    "WHO chief Tedros Adhanom Ghebreyesus" and "said farmer Amina Hussein" credit the
    person, as "said the farmer, Amina Hussein" does, so that one person is one speaker.
    A single capitalised word keeps its description ("state media KCNA").
    """
    run = capitalised_run(words)
    acronym = max((i for i, w in enumerate(run) if w.strip(".,") in ROLE_ACRONYMS), default=-1)
    if 0 <= acronym <= len(run) - 3:  # "Port CEO Linda Osei": the role is in the run
        name = " ".join(run[acronym + 1:])
        return name if looks_like_person(name) else None
    if len(run) < 2 or len(run) == len(words):
        return None
    role = words[-len(run) - 1]
    if not (role.isalpha() and role.islower()) or role in _STOP_WORDS or role in _NAME_JOINERS \
            or is_function_word(role) or role in ROMANCE_OF:
        return None  # "sagte Weselsky der Deutschen Presse-Agentur", "ministro degli Esteri …"
    name = " ".join(run)
    return name if looks_like_person(name) else None


#: Italian and Portuguese "of" joined to an article, inside a role before a name ("il
#: ministro degli Esteri Antonio Tajani", "presidente delle Regioni"): no role's last word.
ROMANCE_OF = frozenset({"dello", "dei", "degli", "delle", "della", "del", "dos", "das", "do",
                        "da", "di", "de"})
#: Words for a group of people that a place after them belongs to ("Those in the room").
_GROUP_WORDS = frozenset({"people", "those", "everyone", "others", "many", "residents"})
#: Nouns for a body of people that take no plural -s ("…, staff said", "court staff told
#: us", "hospital personnel said"), credited as a plural group is.
COLLECTIVE_SPEAKERS = frozenset({"staff", "personnel", "crew", "crews", "police"})
#: Quantifiers that may open a speaker ("Some economists argue"), unlike "No officials".
_OPENING_QUANTIFIERS = frozenset({"some", "all"})
#: Most words of a group named by a bare plural ("medics", "truck drivers", "aid groups").
MAX_GROUP_WORDS = 3


def _part_of_name(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is capitalised next to another capitalised word.

    Then it is a name's part ("Will Smith", "May Lin", "coach Will Still"), not the
    modal verb or adverb it also spells.
    """
    return words[index][:1].isupper() and (
        index + 1 < len(words) and words[index + 1][:1].isupper()
        or index > 0 and words[index - 1][:1].isupper())


def plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("medics", not "press" or "status")."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def group_by_role(speaker: str) -> bool:
    """Whether a speaker names people by a plural of their role ("officials", "truck drivers").

    Its last word is a lower-case plural, or a plural of a known role capitalised as the
    sentence's first word ("Analysts said …", matched by _GENERIC_SPEAKERS); a
    capitalised plural of no known role may be a name ("Reuters"), and is none.
    """
    last = speaker.split()[-1] if speaker.strip() else ""
    if plural_noun(last):
        return True
    return " " not in speaker.strip() and last[:1].isupper() and last[1:].islower() \
        and plural_noun(last.lower()) and _GENERIC_SPEAKERS.search(last) is not None


def _plural_group(words: list[str]) -> bool:
    """Whether lower-case words name a group by a plural ("medics", "truck drivers").

    "In Gaza, medics said" and "The town was flooded, firefighters said" credit the
    medics and the firefighters, as "officials" is credited.
    """
    if not 0 < len(words) <= MAX_GROUP_WORDS:
        return False
    return (all(word.isalpha() and word.islower() for word in words)
            and (plural_noun(words[-1]) or words[-1] in COLLECTIVE_SPEAKERS)
            and not any(word in _STOP_WORDS or word in _NOT_SPEAKERS
                        or word in _DETERMINER_WORDS for word in words))


def _bare_word(word: str) -> str:
    """Lower-case a word without its possessive or edge punctuation ("Ministry's" → "ministry")."""
    word = word.lower().strip(".,;:")
    return word[:-2] if word.endswith(("'s", "’s")) else word


#: Capitalised words that open a clause, not a name ("What I", "This").
_NOT_NAME_WORDS = frozenset({"i", "what", "when", "where", "why", "how", "this", "that",
                             "there", "it", "we", "they", "he", "she", "you"})


#: A person a sentence opens with, described: after a role that ends in a lower-case
#: word ("Authority director Paul Henning apologised", "Retired farmer Alec Munro"), or
#: with an age set off ("Pensioner Joan Tully, 82, uses the bus"). A later "he"/"she"
#: means them. (A capitalised run alone may be a place: "New York City officials".)
_DESCRIBED_PERSON = re.compile(
    r"(?:(?:[A-Z][a-z]+[ \t]+){0,3}"  # the capitalised words of a role ("Democratic White House")
    r"[A-Z][a-z]+(?:[ \t]+(?!(?:from|of|in|at|on|for|with|and|the|to|by|near)\b)[a-z]+){1,2}"
    r"[ \t]+(?P<named>(?:[A-Z][\w'’-]+[ \t]+){1,2}"
    r"[A-Z][\w'’-]+)(?=[ \t]+[a-z]|,)"
    r"|(?:[A-Z][a-z]+[ \t]+)?(?P<aged>(?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+),[ \t]*\d{1,3},)")


#: A role that opens a sentence, then the person's name set off by commas before the
#: clause's verb, whatever it is ("The IDF spokesperson, Rear Admiral Daniel Hagari,
#: declined to comment"): a later "he"/"she" means the person. The role's last word
#: must name people by role (PEOPLE_BY_ROLE), so that "The city, New York, is …" names
#: no one.
_NAME_SET_OFF_AFTER_ROLE = re.compile(
    r"(?:The|A|An|Its|Their)[ \t]+(?P<role>[^,;:!?\"“”()]{1,60}?),[ \t]+"
    r"(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,4}[A-Z][\w'’-]+),[ \t]+[a-z]")


def leading_person(sentence: str) -> str | None:
    """Return the person a sentence opens with, or None.

    A titled person ("Prime Minister Luis Costa visited …" → "Prime Minister Luis
    Costa"), a described one (_DESCRIBED_PERSON: "Retired farmer Alec Munro, 79,
    waited" → "Alec Munro"), or one named after a role and set off by commas
    (_NAME_SET_OFF_AFTER_ROLE: "The IDF spokesperson, Rear Admiral Daniel Hagari,
    declined …" → "Rear Admiral Daniel Hagari").
    """
    opening = sentence.lstrip("\"“'‘ ")
    after_phrase = _without_opening_phrase(opening)
    if after_phrase is not opening:
        # "Standing on the embankment, Zahida Bibi, 42, points …", "In Karachi, resident
        # Amir Khan waited": the clause after the phrase, as if it opened the sentence
        return leading_person(after_phrase[:1].upper() + after_phrase[1:])
    match = _TITLED_PERSON.match(opening)
    if match is not None:
        if any(w.endswith(("'s", "’s")) for w in match.group("name").split()):
            return None  # "Gov. Chris Christie's State of the State address": no subject
        return match.group(0).strip(" ,")
    described = _DESCRIBED_PERSON.match(opening)
    if described is None:
        set_off = _NAME_SET_OFF_AFTER_ROLE.match(opening)
        if set_off is not None and _bare_word(set_off.group("role").split()[-1]) in PEOPLE_BY_ROLE \
                and looks_like_person(set_off.group("name")):
            return set_off.group("name")  # "The IDF spokesperson, Daniel Hagari, declined …"
        return None
    name = described.group("named") or described.group("aged")
    return name if looks_like_person(name) else None


def _second_noun_phrase(words: list[str]) -> bool:
    """Whether an article inside the words starts a second phrase ("way the report")."""
    return any(word.lower() in ("the", "a", "an") and words[index - 1].lower() not in
               _PHRASE_JOINERS for index, word in enumerate(words) if index > 0)


def _up_to_speaker_end(text: str) -> str:
    """Return ``text`` up to where a speaker's name must end (_SPEAKER_END)."""
    end = _SPEAKER_END.search(text)
    return text[:end.start()] if end else text


def _unnamed(match: re.Match[str]) -> str:
    """Return the unnamed source _UNNAMED_SOURCE matched, without a connective before it.

    "But two people with knowledge of the incident told …" → "two people with
    knowledge of the incident".
    """
    words = match.group("who").split()
    while len(words) > 1 and words[0].lower() in _LEADING_CONNECTIVES:
        words = words[1:]
    return " ".join(words)


def _speaker_before(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the speaker in the clause before a reporting verb, or None."""
    window_start = max(0, verb.start() - SPEAKER_WINDOW)
    before = sentence[window_start:verb.start()].rstrip()
    set_off = before.endswith(",")  # "Erik van Sebille, a physical oceanographer …, told"
    before = before[:-1] if set_off else before
    unnamed = _UNNAMED_SOURCE.search(before)
    if unnamed:
        return _unnamed(unnamed)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    segment_start = breaks[-1].end() if breaks else 0
    segment = before[segment_start:].strip()
    if set_off and breaks and before[breaks[-1].start()] == "," \
            and _INTERJECTED.match(segment):
        # "The minister, speaking to reporters in Brussels, said": the speaker is the
        # clause before the interjected phrase, not its last noun
        segment_start = breaks[-2].end() if len(breaks) >= 2 else 0
        segment = before[segment_start:breaks[-1].start()].strip()
    if not segment:
        return None
    who = _clean_speaker(segment, forward=True)
    if set_off and breaks and before[breaks[-1].start()] == "," and who not in PRONOUNS \
            and not _APPOSITIVE_START.match(segment):
        # "Jane Doe, Minister of Health, said", "Nicholas Haysom, Special Representative
        # of …, said": a role set off after a person's name, with no article before it
        person = _person_opening(sentence, window_start + breaks[-1].start())
        if person:
            return person
    if _APPOSITIVE_START.match(segment) and who not in PRONOUNS:
        # An appositive between name and verb: set off by commas, or after a name that
        # opens its clause ('"…," Erik van Sebille, a physical oceanographer … told').
        name = _NAME_BEFORE.search(sentence, 0, window_start + segment_start)
        relative = segment.split()[-1].lower() in _RELATIVE_PRONOUNS  # "…, a group which said"
        if name and name.group("name").split()[0].lower() in INTRODUCTORY_WORDS:
            name = None  # "In Washington, the Department of Transportation said"
        if name and (set_off or relative or _opens_clause(sentence, name.start())):
            found = name.group("name")
            # "The Syrian Observatory for Human Rights, a Britain-based war monitor, said"
            return found[len("The "):] if found.startswith("The ") else found
        described = sentence[:window_start + segment_start].rstrip()
        if name is None and set_off and not relative and described.endswith(","):
            # "The ministry, a key player in the talks, said": the described body
            # before its appositive, when it opens the sentence as "The <noun>"
            words = described[:-1].split()
            if 1 < len(words) <= MAX_DESCRIBED_SPEAKER_WORDS \
                    and words[0].lower() in _DETERMINER_WORDS and words[0][0].isupper():
                return _clean_speaker(described[:-1], forward=True)
    return who


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: Appositives that say something about a speaker without naming anyone: an age
#: ("Maria Lopez, 34, said") or a relative clause ("Rajesh Nair, who was not
#: involved in the study, said"; "Another researcher, who asked not to be named, said").
_ABOUT_SPEAKER = re.compile(r"(?:\d{1,3}|(?:who|whose|which)\s.+)$")
#: Role words that may come before a name in its clause ("Council member Jorge Villanueva").
MAX_WORDS_BEFORE_NAME = 3


#: Where a person is from, set off after their age or a relative clause: "John Smith,
#: 45, of Leeds, said" and "…, 45, from Leeds said" credit John Smith; an address of up
#: to three parts too, as court reports give it ("Karen Lydiate, of Hednesford Road,
#: Cannock, admitted").
_ORIGIN = re.compile(r",[ \t]*(?:of|from)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*"
                     r"(?:,[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*){0,2},?$")
#: A role set off after a person's age: "Whitfield, 38, a former Navy officer, said" and
#: "Ng, 41, the firm's founder, said" credit the person, as "Whitfield, 38, said" does.
_ROLE_AFTER_AGE = re.compile(r",[ \t]*\d{1,3}(?P<role>,[ \t]*(?:a|an|the|[A-Z][\w'’-]*['’]s)"
                             r"[ \t]+[^,;:\"“”()\d]{1,60}),?$")


#: A comma that sets a phrase off: not one between the digits of a number ("The company,
#: which employs 150,000 people, said").
_SET_OFF_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _speaker_with_appositive(sentence: str, verb: re.Match[str]) -> str | None:
    """Return the speaker set off by an age or a relative clause before ``verb``, or None.

    "Maria Lopez, 34, said …" → "Maria Lopez"; "Another researcher, who asked
    not to be named, said …" → "Another researcher".
    """
    before = sentence[max(0, verb.start() - SPEAKER_WINDOW):verb.start()].rstrip()
    role = _ROLE_AFTER_AGE.search(before) if before.endswith(",") else None
    if role:
        before = before[:role.start("role")] + ","  # its role too is about the speaker
    origin = _ORIGIN.search(before)
    if origin:
        before = before[:origin.start()] + ","  # "John Smith, 45, of Leeds, said"
    if not before.endswith(","):
        return None
    inner = before[:-1]
    at = max((comma.start() for comma in _SET_OFF_COMMA.finditer(inner)), default=-1)
    head, comma, appositive = (inner[:at], ",", inner[at + 1:]) if at >= 0 else ("", "", inner)
    about = bool(comma) and _ABOUT_SPEAKER.match(appositive.strip()) is not None
    if origin and not about:
        head = before[:-1]  # only where they are from is set off: "The mayor, from Leeds, said"
    elif not about:
        return None
    head = _TRAILING_AGE.sub("", head)  # "Ethan Cole, 17, who collected …, said"
    clause = head[max(head.rfind(mark) for mark in ",;:\"“”(") + 1:].strip()
    unnamed = _UNNAMED_SOURCE.match(clause)
    if unnamed:  # "Two officials familiar with the talks, who spoke on condition …, said"
        return _unnamed(unnamed)
    name = _NAME_BEFORE.search(clause + ",")
    words = clause.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _AFFILIATION_JOINERS), -1)
    person = _person_before_affiliation(words, at) if name and at > 0 else None
    if person:
        # "Prof Pierre Friedlingstein of the University of Exeter, who led the study,
        # said", "Jane Holt of Leeds University, who …, said": the person before where
        # they work
        return " ".join(person)
    if name and len(clause[:name.start()].split()) <= MAX_WORDS_BEFORE_NAME:
        found = name.group("name")
        # "The American Civil Liberties Union, which …, said": the name as "The American
        # Civil Liberties Union said" gives it, without the article
        return found[len("The "):] if found.startswith("The ") else found
    if name is None and 0 < len(clause.split()) <= MAX_DESCRIBED_SPEAKER_WORDS:
        return _clean_speaker(clause, forward=True)  # "The charity, which …, said"
    if name and len(words) <= MAX_SPEAKER_WORDS:
        named = words[1:] if words[0] == "The" else words
        if named and all(w[:1].isupper() or w in ORGANISATION_NAME_JOINERS for w in named):
            return " ".join(named)  # "The Ministry of the Interior, which …, said"
        if len(words) > 2 and words[0].lower() in _DETERMINER_WORDS \
                and words[1].lower() in PEOPLE_BY_ROLE:
            # "A soldier from the 81st Brigade, who spoke on condition …, told"
            return _clean_speaker(clause, forward=True)
    return None


#: Lower-case words inside an organisation's name ("Ministry of the Interior", "Centers
#: for Disease Control and Prevention"): _NAME_JOINERS and the article.
ORGANISATION_NAME_JOINERS = frozenset({"of", "the", "for", "and", "&", "on"})


#: "say" as "for example" in an aside ("a shorter Friday, say, would …").
_ASIDE_SAY = re.compile(r"\s*[,—–-]")


#: A reporting verb as a participle set off by commas ("The plan, announced in March,
#: was scrapped") or as the passive "said to" ("Demand in China said to be weakening").
_PARTICIPLE_ASIDE = re.compile(
    r"[ \t]+(?:in|on|at|last|this|earlier|by|from|during|after|before)\b[^,;:.!?]{0,40},")
_SAID_TO = re.compile(r"[ \t]+to[ \t]+(?:be|have)\b")
#: Verbs whose subject claims to have done or to be something ("Russia's defence ministry
#: claimed to have destroyed 17 drones", "The group claims to be behind the attack"):
#: the active, not the passive "said to be". Only after no auxiliary of a passive ("was
#: claimed to be", "is claimed to have").
INFINITIVE_CLAIM_VERBS = frozenset({"claimed", "claims", "claim"})
_PASSIVE_AUXILIARY = re.compile(r"(?<![\w'’-])(?:is|are|was|were|been|being|be)[ \t]*$",
                                re.IGNORECASE)


#: An amount right after a verb: a number or a sum, after a word that rounds it or
#: adds to it ("added about 2%", "added another $40", "claimed more than 100 lives").
_AMOUNT = re.compile(
    r"[ \t]+(?:(?:about|around|nearly|almost|roughly|some|over|under|another|just|"
    r"(?:more|less|fewer)[ \t]+than|a[ \t]+further|an[ \t]+extra|up[ \t]+to)[ \t]+)*"
    r"(?:[$€£¥]|[A-Z]{1,3}\$|[+-]?\d)"
    # not a time after which something was said ("He added 12 minutes later that …",
    # "added two days later")
    r"(?![\d.,]*[ \t]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[ \t]+"
    r"(?:later|after|afterwards)\b)")


#: Reporting verbs that are as often nouns: after a determiner and at most one word
#: that is no plural subject they are the noun ("in the previous estimate", "an
#: estimate", against "The analysts estimate").
#: A possessive is a determiner too ("Ruto's claim that debt tripled", "Goldman's estimate").
REPORTING_NOUNS = frozenset({"estimate", "report that", "claim that"})  # "a report that …"
_AFTER_DETERMINER = re.compile(
    r"(?<![\w'’-])(?:the|a|an|its|their|this|that|our|his|her|[A-Za-z][\w-]*['’]s)[ \t]+"
    r"(?:[a-z]*(?:[a-rt-z]|us|ss|is)[ \t]+)?$",
    re.IGNORECASE)


#: Words after which "reports (that)" is the plural noun, not a verb of saying: an
#: adjective of a report's standing or number ("We're getting unconfirmed reports that a
#: second landslide has hit", "Conflicting reports that the dam broke circulated") or a
#: verb of receiving them ("We are getting reports that …", "have received reports that");
#: against "Sky News reports that the deal is done".
REPORT_NOUN_BEFORE = frozenset({
    "unconfirmed", "unverified", "conflicting", "contradictory", "initial", "early", "further",
    "fresh", "multiple", "several", "numerous", "widespread", "credible", "anecdotal",
    "separate", "similar", "earlier", "persistent", "getting", "received", "receiving",
    "hearing", "heard", "seen", "seeing"})
_REPORTS_NOUN_VERBS = frozenset({"reports that", "reports", "report that"})
#: Words that make "estimate" the statistic published, with no determiner before them, as
#: a dek or a table's title prints it ("Preliminary flash estimate for the third quarter
#: of 2025", "Advance estimate of GDP"); and a preposition after it that a noun takes
#: ("estimate for 2025", "estimate of losses"), where the verb takes its object.
_ESTIMATE_ADJECTIVE = re.compile(
    r"(?<![\w'’-])(?:flash|advance|preliminary|provisional|initial|first|second|third|final"
    r"|revised|interim|quarterly|monthly|annual|official|latest|previous|earlier|updated"
    r"|population|mid-year|census|consensus)[ \t]+$", re.IGNORECASE)
_NOUN_PREPOSITION_AFTER = re.compile(r"[ \t]+(?:for|of)\b", re.IGNORECASE)
#: Verbs with "that" that also take "that" as a demonstrative before a noun ("held that
#: town", "considers that risk low", "ruled that country"): they report only before a
#: clause's subject (_CLAUSE_AFTER_THAT).
DEMONSTRATIVE_THAT_VERBS = frozenset({
    "held that", "holds that", "ruled that", "rules that", "considers that", "consider that",
    "considered that", "determined that", "determines that"})
#: What opens a clause after "that": a determiner, a pronoun, a name or a number, or a
#: bare noun and its verb ("held that detention was unlawful").
_CLAUSE_AFTER_THAT = re.compile(
    r"[ \t]+(?:(?:the|a|an|its|their|his|her|our|this|these|those|it|they|he|she|we|there"
    r"|no|any|some|all|such|each|every|both|neither|none|most|many|more|only)\b"
    r"|(?-i:[A-Z\"“‘'])|\d"
    r"|[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+(?:was|is|were|are|had|has|have|would|will"
    r"|could|should|must|can|did|does|do|may|might)\b)", re.IGNORECASE)


def _not_speech(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the reporting verb reports nothing.

    A participle aside ("The plan, announced in March, …"), "said to be", or a verb
    of ``data/amount_verbs.txt`` taking an amount ("Acme added 3.7%").
    """
    if _SAID_TO.match(sentence, verb.end()) and not (
            verb.group().lower() in INFINITIVE_CLAIM_VERBS
            and not _PASSIVE_AUXILIARY.search(sentence, 0, verb.start())):
        return True  # "Demand said to be weakening", not "The ministry claimed to have …"
    if verb.group().lower() in ("told", "tells", "tell") and _TOLD_A_STORY.match(
            sentence, verb.end()):
        return True  # "Longer naps told a different story": a figure of speech
    if verb.group() in ("teilte", "teilten") and not _SPLIT_PARTICLE_MIT.search(
            sentence, verb.end()):
        return True  # "Der Vorstand teilte die Gewinne": shared, not "teilte … mit"
    if verb.group().lower() in ("declared", "declares", "declare") and _DECLARED_ACT.match(
            sentence, verb.end()):
        return True  # "The board declared a dividend", "declared war": an act
    if verb.group().endswith("that") and _RELATIVE_THAT.match(sentence, verb.end()):
        return True  # "Insurance claims that were filed rose": a relative clause, no speech
    if verb.group().lower() in DEMONSTRATIVE_THAT_VERBS \
            and not _CLAUSE_AFTER_THAT.match(sentence, verb.end()):
        return True  # "Rebels held that town for months": "that" points, no clause follows
    if verb.group().lower() == "reported" and _reported_where(sentence, verb):
        return True  # "Explosions reported in Isfahan as Tehran vows response": no agent
    if verb.group().lower() in PROMISE_VERBS and _background_promise(sentence, verb):
        return True  # "… as Tehran vows response": what is vowed, in a clause of background
    if verb.group().lower() in FINDING_VERBS and not _finding_follows(sentence, verb):
        return True  # "The army recorded a video", "predicted response with an accuracy …"
    if verb.group().lower() in ADD_VERBS and _adds_a_thing(sentence, verb):
        return True  # "The new levy adds to the pressure on households": no speech
    if verb.group().lower() in INVERTED_ONLY_VERBS and not _inverted(sentence, verb):
        return True  # "O clube conta 300 sócios", "Lula indicou Zanin": no speech
    if verb.group().lower() in _amount_verbs() and (
            _AMOUNT.match(sentence, verb.end())
            or _after_perfect(sentence, verb) and not _SPEECH_FOLLOWS.match(sentence, verb.end())):
        return True
    if verb.group().lower() in _ABSOLUTE_PARTICIPLES and sentence.startswith(
            ("With ", "with ")) and _ABSOLUTE_CLAUSE_END.match(sentence, verb.end()) \
            and "," not in sentence[:verb.start()]:
        return True  # "With 620 of 650 seats declared, Labour has 403": a count's state
    if verb.group().lower() in _REPORTS_NOUN_VERBS and sentence[:verb.start()].rstrip() \
            .rpartition(" ")[2].lower() in REPORT_NOUN_BEFORE:
        return True  # "We're getting unconfirmed reports that …": the noun
    if verb.group().lower() == "estimate" and (
            _ESTIMATE_ADJECTIVE.search(sentence, max(0, verb.start() - 40), verb.start())
            or _NOUN_PREPOSITION_AFTER.match(sentence, verb.end())):
        return True  # "Preliminary flash estimate for the third quarter": the noun
    if verb.group().lower() in REPORTING_NOUNS and _AFTER_DETERMINER.search(
            sentence, max(0, verb.start() - SPEAKER_WINDOW), verb.start()):
        return True
    return (sentence[:verb.start()].rstrip().endswith(",")
            and _PARTICIPLE_ASIDE.match(sentence, verb.end()) is not None)


#: Participles of results copy that state how far a count has got, opening a sentence with
#: "With" ("With 620 of 650 seats declared, …", "With 88% of precincts reporting, …").
_ABSOLUTE_PARTICIPLES = frozenset({"declared", "reported", "reporting", "counted", "announced",
                                   "confirmed"})
#: The end of such a clause: its comma, perhaps after a time ("declared overnight,").
_ABSOLUTE_CLAUSE_END = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]*,")
#: The particle of German "mitteilen" closing its clause ("Das teilte die Polizei mit."):
#: "teilte" reports only with it.
_SPLIT_PARTICLE_MIT = re.compile(r"[ \t]mit[ \t]*(?:[.,;:!?\"“”]|$)")
#: What "declared" does, not says: "declared a quarterly dividend", "declared war",
#: "declared bankruptcy", "declared a state of emergency".
_DECLARED_ACT = re.compile(r"[ \t]+(?:a|an|war|bankruptcy|insolvency|martial[ \t]+law"
                           r"|independence|its[ \t]+independence)\b")
#: "told" with a story as its object, the figure of speech ("The data told a different
#: story", "tell a similar tale"): nobody is told anything.
_TOLD_A_STORY = re.compile(r"[ \t]+(?:a|the|another|its|their|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                           r"(?:story|stories|tale|tales)\b")
#: An auxiliary right after a reporting phrase's "that": the relative pronoun of a
#: noun ("Insurance claims that were filed", "estimates that have been revised").
_RELATIVE_THAT = re.compile(r"[ \t]+(?:were|was|is|are|have|has|had|will|would|could|can|may"
                            r"|might|should|must)\b")
#: What follows a verb that reports: "that", a clause break or quotation, or the end.
_SPEECH_FOLLOWS = re.compile(r"[ \t]*(?:that\b|[,;:\"“”‘’—–]|[.!?]*[ \t]*$)")


#: "add" as a verb of saying, which as often adds a thing: "The new levy adds to the
#: pressure", "Each fraction of a degree adds to the toll", "The storm added to the
#: damage" say nothing. Before "to" none of its forms says something; the present
#: ("adds", "add") says something only before what is said ("that", a quotation, a
#: clause break, the clause's end: '"…," she adds.', "He adds that …", "She adds in the
#: report: …") or after it ('"…," adds Ms Lee'), where "added" also takes a clause
#: without "that" ("He added the plan was flawed").
ADD_VERBS = frozenset({"add", "adds", "added"})
_ADDS_TO = re.compile(r"[ \t]+to\b")
#: What may stand between the present of "add" and what is said: where or when
#: ("adds in a statement that", "adds on Monday:").
_ADD_PHRASE = re.compile(r"(?:[ \t]+(?:in|on|at|during|later|also)\b[^,;:.!?\"“”]{0,40}?)?"
                         r"(?=[ \t]*(?:that\b|[,;:\"“”‘’—–]|[.!?]*[\"”’]*[ \t]*$))")


#: Unnamed sources as Italian, Portuguese and Spanish copy writes them, with no article
#: and named by what they belong to after the verb ("…, riferiscono fonti di
#: maggioranza", "adiantou à Lusa fonte do Ministério das Finanças"): the whole phrase is
#: the speaker.
ROMANCE_SOURCE_HEADS = frozenset({"fonte", "fonti", "fontes", "fuente", "fuentes"})
#: Italian and Portuguese verbs of saying that as often count, indicate or take a thing
#: ("O clube conta 300 sócios", "dice" in English, "Lula indicou Zanin", "adiantou o
#: pagamento"): they report only after a comma or a closing quotation mark, with their
#: subject after them ('"Foi um estrondo", contou uma testemunha', "…, indicou a Pordata",
#: "…, aponta IBGE", "…, dice l'Istat").
INVERTED_ONLY_VERBS = frozenset({"dice", "conta", "contou", "indica", "indicou", "aponta",
                                 "apontou", "adiantou",
                                 # "Lo sciopero comunica un disagio", "Il dato si riferisce
                                 # al 2024", "annuncia un piano" (with "che" they report)
                                 "comunica", "comunicano", "riferisce", "riferiscono",
                                 "annuncia", "annunciano", "rende noto", "rendono noto"})
#: The subject after such a verb: an article, or a capitalised word, perhaps after who
#: was told ("adiantou à agência Lusa fonte do Ministério").
_SUBJECT_AFTER_VERB = re.compile(
    r"[ \t]+(?:(?:à|ao|al|all['’]|alla)[ \t]*(?:agência[ \t]+|agenzia[ \t]+)?[A-Z][\w.-]*[ \t]+)?"
    r"(?:(?:o|a|os|as|um|uma|il|lo|la|i|gli|le|un|una|uno)[ \t]+|l['’]|(?-i:[A-Z])"
    # or unnamed sources by what they belong to ("contou fonte do Ministério")
    r"|(?:" + "|".join(sorted(ROMANCE_SOURCE_HEADS)) + r")[ \t])")


def _inverted(sentence: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` follows a comma or a closing quotation mark and comes before its subject."""
    return sentence[:verb.start()].rstrip().endswith((",", '"', "”", "’", "»")) \
        and _SUBJECT_AFTER_VERB.match(sentence, verb.end()) is not None


#: A passive "reported" with no agent, where the thing reported opens the sentence and a
#: place follows ("Explosions reported in Isfahan as Tehran vows response", "Heavy
#: shelling reported across the front line", "Cases reported in Kano rose 12%"): nobody
#: is said to report it. No "that", colon or quotation may follow ("Police reported in
#: a statement that …" reports).
_REPORTED_WHERE = re.compile(
    r"[ \t]+(?:in|at|near|across|along|around|on|off|from|inside|outside|throughout|over)\b"
    r"[^\"“”:]*$")
#: Most words of the thing reported before such a passive ("Heavy shelling").
MAX_REPORTED_THING_WORDS = 3


def _reported_where(sentence: str, verb: re.Match[str]) -> bool:
    """Whether "reported" at ``verb`` is a passive with no agent (_REPORTED_WHERE).

    The words before it open the sentence with no determiner and name no speaker
    ("Officials reported on Monday …", "The ministry reported in March …" report).
    """
    match = _REPORTED_WHERE.match(sentence, verb.end())
    if match is None or re.search(r"\bthat\b", match.group()):
        return False
    before = sentence[:verb.start()]
    # a headline's label before a colon is no part of its clause ("Israel-Iran live:
    # Explosions reported in Isfahan …")
    words = before[before.rfind(": ") + 1:].split()
    if not 0 < len(words) <= MAX_REPORTED_THING_WORDS or _CLAUSE_BREAK.search(" ".join(words)):
        return False
    last = _bare_word(words[-1])
    return words[0].lower() not in _DETERMINER_WORDS and last not in PEOPLE_BY_ROLE \
        and last not in COLLECTIVE_SPEAKERS and _GENERIC_SPEAKERS.search(last) is None


#: Verbs of promising that take a thing as often as what is said: "vows revenge", "pledged
#: support", "threatens retaliation".
PROMISE_VERBS = frozenset({"vow", "vows", "vowed", "pledge", "pledges", "pledged", "threaten",
                           "threatens", "threatened"})
#: Modals and auxiliaries that make the words before them a clause's subject.
_FINITE_AUXILIARIES = (r"will|would|could|can|may|might|must|should|shall|is|are|was|were"
                       r"|has|have|had")
#: A clause of background opened by "as" before the verb, its subject a few words ("…
#: reported in Isfahan as Tehran vows response", "…, as the ministry pledged aid").
_AS_CLAUSE_SUBJECT = re.compile(r"(?<![\w'’-])as[ \t]+(?:[\w'’.-]+[ \t]+){0,4}$",
                                re.IGNORECASE)
#: A thing promised after the verb, up to the clause's end: lower-case words with no
#: "that", "to" right after the verb, auxiliary or modal, which would make them what is
#: said ("vows that …", "vows to respond", "vows the country will respond" report).
_PROMISED_THING = re.compile(
    r"[ \t]+(?!(?:that|to|it|they|he|she|we|i)\b)[a-z][\w'’-]*"
    r"(?:[ \t]+(?!(?:that|" + _FINITE_AUXILIARIES + r")\b)[\w'’-]+)*[ \t]*(?:[,;.!?]|$)")


def _background_promise(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb of promising in an "as" clause takes a thing, not words said.

    "Explosions reported in Isfahan as Tehran vows response": the "as" clause says
    what Tehran vows, in the background of the news, and reports no claim of its.
    "…, as the minister explained" (no object) and "as Tehran vows to respond" are
    left to report.
    """
    return _AS_CLAUSE_SUBJECT.search(sentence, 0, verb.start()) is not None \
        and _PROMISED_THING.match(sentence, verb.end()) is not None


#: Verbs of finding, estimating and forecasting that take a thing as often as a finding,
#: each with what its object must be for the verb to report: "count", a number ("The
#: mission recorded 23 attacks", not "The army recorded a video"); "clause", a number or
#: a clause ("The CBO estimated the law will cut …", "A study projected 2.5% fewer new
#: drugs would …", not "an estimated 5,000", "The projected deficit");
#: "grade", a clause or "as" and a grade ("WHO assesses the risk as high"). With
#: "that", or closing the sentence, they always report.
FINDING_VERBS = {"verified": "count", "documented": "count", "recorded": "count",
                 "estimated": "clause", "projected": "clause", "assesses": "grade",
                 "assessed": "grade", "expect": "infinitive", "expects": "infinitive"}
#: A forecast's object and infinitive ("expect turnout to rise", "expects the Fed to cut"),
#: a few words with no preposition before "to"; not "expect to win", an intention.
_INFINITIVE_OBJECT = re.compile(
    r"[ \t]+(?:(?!(?:to|of|with|in|on|at|for|by|from|as|and|or|that)\b)[\w'’%.,$€£-]+[ \t]+){1,5}?"
    r"to[ \t]+[a-z]")
#: A count opening the object, after words that round it, and what it counts ("12,910
#: civilian deaths", "at least 40 deaths"; not "a 5% rise", "40C").
_ROUNDING_WORDS = (r"(?:at[ \t]+least|at[ \t]+most|more[ \t]+than|fewer[ \t]+than"
                   r"|less[ \t]+than|about|around|nearly|almost|roughly|some|over|up[ \t]+to)")
_COUNTED_OBJECT = re.compile(r"[ \t]+(?:" + _ROUNDING_WORDS + r"[ \t]+)*\d[\d,]*[ \t]+[a-z]")
#: A number opening a forecast's or an estimate's object ("projected a 0.3% rise",
#: "projected 2.5% fewer new drugs", "estimated $40bn").
_AMOUNT_OBJECT = re.compile(r"[ \t]+(?:(?:" + _ROUNDING_WORDS + r"|a|an)[ \t]+)*"
                            r"(?:[$€£¥]|[A-Z]{1,3}\$|[+-]?\d)")
#: A determiner right before a participle, which is then an adjective ("an estimated").
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an|its|their|this|his|her|our)[ \t]*$",
                                re.IGNORECASE)
#: A clause as the object: a few words with no preposition, then a modal, an auxiliary or
#: a verb in -s or -ed ("the law will cut", "the planet receives", "prices rose"). (A
#: plural noun in -s may pass for a verb: "estimated the costs of …" reports.)
_CLAUSE_OBJECT = re.compile(
    r"[ \t]+(?:(?!(?:of|with|in|on|at|for|by|from|to|as|and|or)\b)[\w'’%.,-]+[ \t]+){1,6}?"
    r"(?:" + _FINITE_AUXILIARIES + r"|[a-z]{2,}(?:[^s\Wiu]s|ed))\b")
#: An assessment's grade ("assesses the overall public health risk as high").
_GRADED_OBJECT = re.compile(r"[ \t]+[^,;:!?\"“”()]{1,80}?[ \t]+as[ \t]+(?:very[ \t]+)?"
                            r"(?:high|low|moderate|medium|likely|unlikely|limited|minimal"
                            r"|severe|critical|significant)\b")
#: What may follow any of them where they report whatever they took: the sentence's end
#: or a clause break ("…, the mission recorded.", "as the model predicted, …").
_NOTHING_TAKEN = re.compile(r"[ \t]*(?:[,;:\"“”—–]|[.!?]*[\"”’)]*[ \t]*$)")


def _finding_follows(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb of FINDING_VERBS takes a finding, so that it reports."""
    end = verb.end()
    needs = FINDING_VERBS[verb.group().lower()]
    if needs == "infinitive":  # "Pollsters expect turnout to rise"; not "what to expect."
        return _INFINITIVE_OBJECT.match(sentence, end) is not None
    if _NOTHING_TAKEN.match(sentence, end) is not None:
        return True
    if _DETERMINER_BEFORE.search(sentence, max(0, verb.start() - SPEAKER_WINDOW), verb.start()):
        return False  # "an estimated 5,000 people", "the projected deficit"
    if needs == "count":
        return _COUNTED_OBJECT.match(sentence, end) is not None
    clause = _CLAUSE_OBJECT.match(sentence, end) is not None
    if needs == "clause":
        return clause or _AMOUNT_OBJECT.match(sentence, end) is not None
    return clause or _GRADED_OBJECT.match(sentence, end) is not None


def _adds_a_thing(sentence: str, verb: re.Match[str]) -> bool:
    """Whether "add"/"adds"/"added" at ``verb`` adds a thing, not words (ADD_VERBS)."""
    if _ADDS_TO.match(sentence, verb.end()):
        return True
    if verb.group().lower() == "added":
        return False
    before = sentence[:verb.start()].rstrip()
    if before.endswith((",", '"', "”", "’", "—", "–")):
        return False  # '"…," adds Ms Lee': the speaker follows
    return _ADD_PHRASE.match(sentence, verb.end()) is None


def _after_perfect(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a perfect's auxiliary, and perhaps adverbs, come right before ``verb``.

    "The ministry has added value added tax": the perfect of a verb of
    ``data/amount_verbs.txt`` reports only before "that" or a clause break.
    """
    words = sentence[max(0, verb.start() - SPEAKER_WINDOW):verb.start()].split()
    while words and words[-1].lower() in SPEAKER_ADVERBS:
        words.pop()
    return bool(words) and words[-1].lower() in PERFECT_AUXILIARIES


def _inside_quotation(sentence: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation the sentence opens and closes.

    Straight marks pair up in turn; a curly quotation is open after a "“" with no
    "”" after it before ``position``.
    """
    before = sentence[:position]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”")


def _aside(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the reporting verb is the aside "…, say, …" (for example), not speech."""
    return (verb.group() == "say" and sentence[:verb.start()].rstrip().endswith((",", "—", "–"))
            and _ASIDE_SAY.match(sentence, verb.end()) is not None)
#: A phrase set off by commas between a speaker and the verb that starts with a
#: participle ("speaking to reporters", "asked about the deal", "visiting Kyiv"), a
#: subordinator ("when asked", "after the vote") or a connective ("for example",
#: "however"); it names no speaker itself.
_INTERJECTED = re.compile(
    r"(?:[a-z]+ing|[a-z]{3,}ed|asked|when|while|after|before|in an?|on|for example"
    r"|for instance|however|too|though|meanwhile|in turn|in fact|instead)\b")
#: Dashes that set off an aside inside a clause ("… – Trump Tower – he said").
_DASHES = frozenset({"–", "—", "--", "-"})
#: Prepositions that open a clause's first phrase: a clause that opens with one and
#: holds no comma has its subject after the verb ("Among the changes announced are …").
_OPENING_PREPOSITIONS = frozenset({"among", "amongst", "amid", "in", "on", "at", "for",
                                   "with", "under", "after", "before", "during", "despite",
                                   "from", "of", "by", "into", "through", "within", "without"})


def _after_named_appositive(sentence: str, verb: re.Match[str]) -> bool:
    """Whether an appositive after a name comes right before ``verb``.

    "Erik van Sebille, a physical oceanographer at Utrecht University, said the
    plastic drifts": the name said it, not "the plastic drifts" after the verb.
    """
    before = sentence[max(0, verb.start() - SPEAKER_WINDOW):verb.start()].rstrip()[:-1]
    head, comma, phrase = before.rpartition(",")
    if not comma or not phrase.strip():
        return False
    named = phrase.strip()
    if _NAME_ONLY.fullmatch(named) and looks_like_person(named) and head.strip():
        return True  # "A spokesperson for the authority, Dana Whitfield, said the agency …"
    if not _APPOSITIVE_START.match(named):
        return _person_opening(sentence, len(head) + max(0, verb.start() - SPEAKER_WINDOW))
    name = _NAME_BEFORE.search(head + ",")
    return (name is not None and _opens_clause(head, name.start())
            and name.group("name").split()[0].lower() not in INTRODUCTORY_WORDS)


#: Some of a group named before, after the verb ("said one of the people", "said two of
#: the officials"): anonymous sourcing's speaker, whole.
_COUNTED_OF_PEOPLE = re.compile(
    r"[ \t]+(?P<who>(?:one|two|three|four|five|six|several|some|many|\d{1,2})[ \t]+of[ \t]+"
    r"(?:the|those|these)[ \t]+[a-z]+(?:[ \t]+(?:familiar[ \t]+with|briefed[ \t]+on|close[ \t]+to"
    r"|involved[ \t]+in|with[ \t]+knowledge[ \t]+of)[^,.;]{1,60})?)(?=[ \t]*(?:[,.;]|$))",
    re.IGNORECASE)
#: A name alone, two to four capitalised words ("Dana Whitfield", "Luis Pena").
_NAME_ONLY = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3}")


def _person_opening(sentence: str, comma: int) -> str | None:
    """Return the person's name that opens its clause right before the comma at ``comma``.

    "Jane Doe, Minister of Health, said", "Dr Vanessa Saliba, deputy director at the
    agency, said": a role set off after a name with no article before it is about
    the person, who is the speaker. The name has two words or more and reads as a
    person's (looks_like_person); an opening phrase ("In Washington,") is no name.
    """
    name = _NAME_BEFORE.search(sentence, 0, comma + 1)
    if name is None or name.end() != comma + 1:
        return None
    found = name.group("name")
    if len(found.split()) < 2 or found.split()[0].lower() in INTRODUCTORY_WORDS \
            or not _opens_clause(sentence, name.start()) or not looks_like_person(found):
        return None
    return found


def _after_interjection(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a phrase set off by commas (_INTERJECTED) comes right before ``verb``.

    Only after a subject, a short phrase ("The minister, speaking to reporters, said"),
    not after a clause of its own: "That translates into a reduction of 2.8 points,
    meaning 36 patients would need treatment, said Dr. Anika Rao" credits the name
    after the verb.
    """
    before = sentence[max(0, verb.start() - SPEAKER_WINDOW):verb.start()].rstrip()[:-1]
    head, comma, phrase = before.rpartition(",")
    return bool(comma and head.strip() and _INTERJECTED.match(phrase.strip())
                and _short_subject(head))


def _short_subject(head: str) -> bool:
    """Whether the clause ``head`` ends with may be a subject alone.

    A subject's words at most (MAX_SPEAKER_WORDS) and no auxiliary among them ("The
    benefit was modest" is a clause).
    """
    breaks = list(_CLAUSE_BREAK.finditer(head))
    words = head[breaks[-1].end() if breaks else 0:].split()
    return 0 < len(words) <= MAX_SPEAKER_WORDS \
        and not any(word.lower() in _AUXILIARIES for word in words)


#: Auxiliaries that make the words before a phrase set off a clause, not a subject.
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had",
                          "will", "would", "could", "can", "should", "may", "might", "must"})


#: Participles that end an explainer's title ("The housing crisis explained",
#: "Brexit deal explained in five charts"): what is explained, not who explains.
TITLE_PARTICIPLES = frozenset({"explained", "revealed", "decoded", "unpacked"})


#: After a participle that describes its noun ("Welfare cuts announced last week are
#: expected to …", "The measures announced by the chancellor will cost …"): who or when,
#: then the sentence's own verb. The participle reports nothing there.
_REDUCED_RELATIVE = re.compile(
    r"(?:[ \t]+(?:by[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[A-Z][\w'’-]*){0,3}"
    r"|(?:last|this|next)[ \t]+(?:week|month|year)|(?:on|in)[ \t]+[A-Z]?[\w'’-]+"
    r"|earlier(?:[ \t]+this[ \t]+(?:week|month|year))?|yesterday|today)){1,2}"
    r"[ \t]+(?:are|is|was|were|will|would|could|may|might|has|have|had|should|must)\b")


def _reduced_relative(sentence: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` is a past participle describing the noun before it (_REDUCED_RELATIVE)."""
    written = verb.group().lower()
    if not written.endswith("ed") or " " in written:
        return False
    before = sentence[:verb.start()].rstrip()
    return bool(before) and before[-1].isalpha() \
        and _REDUCED_RELATIVE.match(sentence, verb.end()) is not None


def _title_participle(sentence: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` is a title's participle: no punctuation before it, nothing said after."""
    if verb.group().lower() not in TITLE_PARTICIPLES:
        return False
    after = sentence[verb.end():].strip(" .!?\"”’")
    return (not after or after.split()[0].lower() in ("in", "by", "for")) \
        and "," not in sentence[:verb.start()]


def _opens_clause(sentence: str, position: int) -> bool:
    """Whether only a clause break, a quotation mark or nothing comes before ``position``."""
    before = sentence[:position].rstrip()
    return not before or before[-1] in ",;:\"“”'‘’("


#: A number with a lower-case unit or a percent sign ("4.35pc", "12bn", "5%"): never a
#: speaker, unlike a name that starts with a digit ("3M", "7-Eleven").
_LONE_AMOUNT = re.compile(r"\d[\d.,]*(?:%|[a-z]{1,3})?")


def _amount_phrase(words: list[str]) -> bool:
    """Whether words are a number and what it counts, not people ("2.8 percentage points").

    A number before lower-case words names no speaker ("40 people died", "2.8
    percentage points") unless they end in people by role ("300 doctors", "12
    residents"); a name that opens with a number stays ("3M", "10 Downing Street").
    """
    if len(words) < 2 or not _LONE_AMOUNT.fullmatch(words[0]) \
            or not any(word.islower() for word in words[1:]):
        return False
    last = words[-1].lower()
    return not (last in PEOPLE_BY_ROLE or last in COLLECTIVE_SPEAKERS
                or _GENERIC_SPEAKERS.search(last) is not None and plural_noun(last))


def _named_edition(words: list[str]) -> bool:
    """Whether words end in a name and its year ("IISS Military Balance 2025")."""
    return len(words) > 1 and _EDITION_YEAR.fullmatch(words[-1]) is not None \
        and words[-2][:1].isupper()


_EDITION_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: A span of time ends a clause, it says nothing ("… for 11 days, shows that").
_SPAN_OF_TIME = re.compile(r"[0-9][0-9,.]*[ \t]+(?:seconds?|minutes?|hours?|days?|weeks?|months?"
                           r"|years?|decades?)", re.IGNORECASE)


#: Prepositions of French, Italian, Portuguese and German that end a speaker named after
#: the verb ("a indiqué l'Insee dans une note", "ha dichiarato il governatore Fabio Panetta
#: durante un'audizione", "afirmou o ministro numa entrevista").
FOREIGN_SPEAKER_ENDS = frozenset({"dans", "lors", "pendant", "durante", "nel", "nella", "negli",
                                  "nelle", "numa", "num", "während",
                                  # "disse Haddad em entrevista coletiva"
                                  "em"})
#: Italian, Portuguese and Spanish "a" and "al" that open where or when after a speaker,
#: before a lower-case noun ("ha detto Elly Schlein a margine di un incontro", "il
#: procuratore Laura Fontana al termine dell'udienza", "dijo el ministro a los
#: periodistas"); before a capital they name a role's field ("l'assessore al Bilancio").
FOREIGN_SPEAKER_ENDS_BEFORE_NOUN = frozenset({"a", "al"})
#: Conjunctions before which "a" is the Portuguese article of a second speaker ("o
#: ministro e a ministra da Saúde").
_ROMANCE_AND = frozenset({"e", "y", "et"})


#: Openers of a clause whose subject is no one ("It's time we admitted it", "There's
#: no sign they said it"): the words before a verb after them name no speaker.
EXPLETIVE_OPENERS = frozenset({"it's", "there's", "here's"})


#: Adverbs between a personal pronoun and its verb of saying besides SPEAKER_ADVERBS
#: ("I'd probably say", "At 6-5 I just told myself", "We've always said"); not
#: negations, which leave no speaker.
PRONOUN_ADVERBS = frozenset({"just", "probably", "always", "simply", "actually", "really",
                             "even", "only", "still", "then", "certainly", "definitely",
                             "personally", "honestly", "now"})
#: A personal pronoun with a contracted auxiliary ("I'd", "we've", "she'll", "I'm").
_CONTRACTED_PRONOUN = re.compile(r"(?P<pronoun>[A-Za-z]+)(?:['’](?:d|ll|ve|m|re|s))?")


def _pronoun_subject(words: list[str]) -> str | None:
    """Return the personal pronoun a clause ends with before its verb, past adverbs, or None.

    The pronoun is the subject whatever opens the clause: "At 6-5 I just told myself"
    → "i", "I'd probably say" → "i", "Afterwards he said" → "he".
    """
    index = len(words) - 1
    while index > 0 and (words[index].lower() in SPEAKER_ADVERBS
                         or words[index].lower() in PRONOUN_ADVERBS):
        index -= 1
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None  # a lone pronoun: read as it is below
    found = _CONTRACTED_PRONOUN.fullmatch(words[index])
    if found is None or found.group("pronoun").lower() not in PRONOUNS:
        return None
    if index > 0 and words[index - 1].lower() in ("and", "or", "nor", "&"):
        return None  # "My wife and I said": both
    return found.group("pronoun").lower()


def _clean_speaker(raw: str, *, forward: bool, any_speaker: bool = False) -> str | None:
    words = raw.split()
    whole_clause = False  # the speaker is all the clause before the verb ("In Gaza, medics said")
    if forward:
        # The speaker is the end of the clause before the verb; a function word
        # right before the verb ("no confirmed", "that suggested") means the
        # verb is not reporting speech.
        words = _TRAILING_TIME.sub("", " ".join(words)).split()
        words = _without_dashed_appositive(words)
        while words and (words[0].lower() in _LEADING_CONNECTIVES
                         or words[0].lower() in _FREE_RELATIVES):
            words = words[1:]
        if words and words[0].lower() in NEGATED_SUBJECTS:
            return None
        if words and words[0].lower().replace("’", "'") in EXPLETIVE_OPENERS:
            return None  # "It's time we admitted it": no one is said to admit anything
        if words and (pronoun := _pronoun_subject(words)) is not None:
            return pronoun  # "At 6-5 I just told myself …", "I'd probably say …": "I"
        words = _without_adverbs(_before_passive_agent(_before_participle(words)))
        words = _romance_relative_head(words)
        if [word.lower() for word in words[-3:]] == ["as", "a", "whole"]:
            words = words[:-3]  # "The US as a whole has recorded …": the US
        if not words or _stop_word(words[-1]) or words[-1].lower() in _NOT_SPEAKERS:
            return None
        tail: list[str] = []
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if word in _DASHES and tail:
                break  # "… – Trump International Hotel & Tower – he said": an aside ends
            if tail and _inside_share(words, index):
                return None  # "About 9 in 10 parents said": a share of those asked, no speaker
            if _stop_word(word) and tail \
                    and (not _inside_name(words, index) or _person_of_named_place(words, index)) \
                    and not _placed_speaker(words, index) and not _role_of_phrase(words, index):
                tail = (_person_before_affiliation(words, index)
                        or _document_of_people(words, index)
                        or _document_to(words, index) or tail)
                break
            tail.insert(0, word)
            if len(tail) >= MAX_SPEAKER_WORDS:
                if index > 0 and words[index - 1][:1].isupper():
                    tail = _name_ending_cut_title(tail) or tail
                break
        if tail and tail[0].lower() in _FREE_RELATIVES:
            return None  # "a fraction of what Halloway claimed": what was claimed, no speaker
        whole_clause = len(tail) == len(words)
        if whole_clause and tail[0].lower() in _OPENING_PREPOSITIONS:
            return None  # "Among the other changes announced are …": no subject there
        if words[0].lower() in INTRODUCTORY_WORDS and len(tail) > 1 \
                and words[0].lower() != words[-len(tail)].lower():
            tail = _after_opening_phrase(tail)
        words = tail
        while words and _stop_word(words[-1]):
            words.pop()
    else:
        if not any_speaker and words and words[0] in _STOP_WORDS:
            return None  # "Rachid Ghannouchi, said in a statement": no speaker follows
        while words and not any(c.isalnum() for c in words[-1]):
            words = words[:-1]  # an emoji or a dash after the name ("Ana Gómez 😢.")
        kept: list[str] = []
        for index, word in enumerate(words):
            if kept and word.lower() in FOREIGN_SPEAKER_ENDS:
                break  # "l'Insee dans une note", "Fabio Panetta durante un'audizione"
            if word in LISTENER_ARTICLES and kept and (
                    kept[0][:1].isupper() or len(kept) == 1 and kept[0] in FOREIGN_PRONOUNS) \
                    and f"{kept[-1].lower()} " not in _PARTICLES:  # not "von der Leyen"
                break  # "sagte Weselsky der Deutschen Presse-Agentur": who was told follows
            if word in ROMANCE_CLAUSE_ARTICLES and kept and kept[-1][:1].isupper():
                break  # "Secondo Coldiretti le temperature …": the clause's subject follows
            if word == "a" and kept and kept[0][:1].isupper() and index + 1 < len(words) \
                    and words[index + 1].lower() in SPANISH_LISTENER_ARTICLES:
                break  # "ha dicho Fernández a los periodistas"
            if word in FOREIGN_SPEAKER_ENDS_BEFORE_NOUN and kept \
                    and kept[-1].lower() not in _ROMANCE_AND and index + 1 < len(words) \
                    and words[index + 1][:1].islower() and words[index + 1][:1].isalpha():
                break  # "Elly Schlein a margine di …", "Laura Fontana al termine …"
            if _stop_word(word) and kept \
                    and (not _inside_name(words, index) or _person_of_named_place(words, index)) \
                    and not _role_of_phrase(words, index) \
                    and not (any_speaker and _joins_description(words, index)):
                kept = _workplace_after(words, index, kept) or kept
                break
            following = words[index + 1] if index + 1 < len(words) else ""
            if any_speaker and _participle_after_agent(word, kept, following):
                break  # "according to a study published in March"
            kept.append(word)
            # a determiner before the name is dropped below, so it takes no word of its
            # own ("the US Centers for Disease Control and Prevention")
            if len(kept) >= MAX_SPEAKER_WORDS + (kept[0].lower() in _DETERMINERS_ONLY):
                while len(kept) > 1 and _stop_word(kept[-1]):
                    kept.pop()  # cut after "and": "… Disease Control and" → "… Control"
                break
        words = kept
    who = " ".join(words).strip(" '\"“”‘’-–—•*")
    if not who or who.lower() in _DETERMINER_WORDS:
        return None  # "The estimate was revised": no speaker
    if not any(character.isalpha() for character in who) \
            or _LONE_AMOUNT.fullmatch(who.split()[-1]) and not _named_edition(who.split()) \
            or _SPAN_OF_TIME.fullmatch(who) is not None or _amount_phrase(who.split()) \
            or who.split()[0].lower() in _DETERMINERS_ONLY and _amount_phrase(who.split()[1:]):
        # (also after its article: "a tenth of the 1.5 million claimed in the post")
        # "About 1 in 4 reported nausea", "… at 4.35pc", "Another 48.6% said": a
        # number, or a share of those asked, reports nothing of its own
        return None
    if who.islower() and who.split()[-1] in SPEECHLESS_PLACES:
        return None  # "… officials in the occupied part of the region said": not the region
    lower = who.lower()
    if lower in OBJECT_CLITICS:
        return None  # "Lo ha detto il ministro …": what was said; the speaker follows
    if lower in PRONOUNS:
        return lower
    if lower in FOREIGN_PRONOUNS:
        return FOREIGN_PRONOUNS[lower]
    described = False  # "the coastguard", "a spokeswoman for the agency": who, by role
    for determiner in _DETERMINERS:
        if lower.startswith(determiner) and len(who) > len(determiner):
            who = who[len(determiner):]
            lower = who.lower()
            described = True
            break
    else:
        romance = _ROMANCE_DETERMINERS.match(who)
        if romance and romance.end() < len(who):
            who = who[romance.end():]
            lower = who.lower()
            described = True
        elif lower.startswith(COUNTED_SOURCE_WORDS):
            described = True  # "one GOP operative": read by role, its count kept
        elif _GERMAN_ARTICLE_BEFORE_NAME.match(who) and looks_like_person(
                " ".join(who.split()[-2:])):
            # "Die Präsidentin Sabine Kühn": German capitalises the role after its
            # article; a person named after it is read as "President Sabine Kühn" is
            who = who.split(None, 1)[1]
            lower = who.lower()
    kept_words = who.split()
    if described and len(kept_words) > 2 and _adverb_in_ly(kept_words[0]) \
            and kept_words[1].endswith(("ed", "en")):
        # "a widely shared Facebook post" → "Facebook post": how it spread describes it
        kept_words = kept_words[2:]
        who = " ".join(kept_words)
        lower = who.lower()
    if any(word.lower() in _NOT_SPEAKERS and not _inside_name(kept_words, index)
           and not _part_of_name(kept_words, index)
           and not (index == 0 and word.lower() in _OPENING_QUANTIFIERS and len(kept_words) > 1)
           for index, word in enumerate(kept_words)):
        return None
    named = _person_after_role(kept_words)
    if named:
        return named
    if (any_speaker or who[0].isupper() or who[0].isdigit() or lower.startswith(_PARTICLES)
            or kept_words[0] in ROMANCE_SOURCE_HEADS and not forward  # "fonti di maggioranza"
            or who.split()[-1][:1].isupper()  # "state media KCNA"
            or _GENERIC_SPEAKERS.search(lower)
            or described and len(kept_words) <= MAX_DESCRIBED_SPEAKER_WORDS
            # "the start-up", and a role by whose it is: "the victim's mother", not whose
            # alone ("The state's confirmed caseload": an adjective, not a verb)
            and _bare_word(kept_words[0]).replace("-", "").isalpha()
            and not kept_words[-1].endswith(("'s", "’s"))
            and not _second_noun_phrase(kept_words)
            or (whole_clause or not forward) and _plural_group(kept_words)):
        # a group by its plural alone, as its clause's whole subject or right after an
        # inverted verb ("…, say oceanographers, but …")
        return who
    return None


#: Function words that join the parts of one name ("Institute for Science and
#: International Security", "Ministry of Defence").
_NAME_JOINERS = frozenset({"of", "for", "and", "on"})
#: Places named in lower case that never speak for anyone, where "the city", "the state"
#: or "the district" may stand for its government: a speaker cut down to one of them
#: lost its head ("officials in the occupied part of the region said" → "region").
SPEECHLESS_PLACES = frozenset({"region", "regions", "area", "areas", "part", "territory",
                               "oblast", "village", "neighbourhood", "neighborhood",
                               "outskirts", "coast", "frontline", "front"})
#: Articles of the listener after a speaker named without an article of their own: the
#: German dative ("sagte Weselsky der Deutschen Presse-Agentur", "dem Sender") and French
#: "à" ("a déclaré M. Lambert à l'AFP"). After a speaker with an article the German ones
#: are the genitive of a role ("ein Sprecher der Bahn") and are kept.
LISTENER_ARTICLES = frozenset({"der", "dem", "den", "à", "au", "aux"})
#: Articles of French, Italian and Spanish that open the clause after a name no comma
#: sets off ("Secondo Coldiretti le temperature hanno superato …", "Según Greenpeace los
#: ríos …", "Selon Oxfam les inégalités …"): the name ends before them. Inside a name the
#: article follows a preposition ("Casa de la Moneda", "Jean de la Fontaine"), never a
#: capitalised word.
ROMANCE_CLAUSE_ARTICLES = frozenset({"le", "la", "les", "il", "lo", "gli", "el", "los", "las"})
#: Spanish articles after "a" that open the listener after a speaker ("dijo Fernández a
#: los periodistas"): "a" and an article, where English "a" is an article itself.
SPANISH_LISTENER_ARTICLES = frozenset({"los", "las", "la", "el", "un", "una", "unos"})
#: Words after which an article still belongs to the same phrase ("spokeswoman for the agency").
_PHRASE_JOINERS = _NAME_JOINERS | {"at", "from", "with"}


#: Prepositions that tie a named person to where they work, after the name
#: ("Helen Marsh of the Obesity Policy Unit", "Ana Ruiz at Leeds University").
_AFFILIATION_JOINERS = frozenset({"of", "at", "from", "with"})


def _person_before_affiliation(words: list[str], index: int) -> list[str] | None:
    """Return the person named before an affiliation at ``words[index]``, or None.

    "Professor Helen Marsh of the Obesity Policy Unit said" credits Professor
    Helen Marsh, as "said Professor Helen Marsh of the Obesity Policy Unit" does.
    The name is the capitalised run before the preposition: two words at least,
    none naming an organisation ("The Ministry of the Interior" keeps its name).
    """
    if words[index].lower() not in _AFFILIATION_JOINERS:
        return None
    run = capitalised_run(words, index, MAX_SPEAKER_WORDS)
    return run if len(run) >= 2 and looks_like_person(" ".join(run)) else None


#: Speakers' nouns in -ly, no adverbs ("family", "assembly"; ``data/nouns_in_ly.txt``).
NOUNS_IN_LY = frozenset(word_list("nouns_in_ly.txt"))


#: Relative pronouns of Spanish, French and Italian that may stand between a subject
#: and its verb of saying ("un mensaje que afirma", "un message qui affirme").
ROMANCE_RELATIVES = frozenset({"que", "qui", "che"})
#: Articles that open the noun such a relative pronoun follows.
ROMANCE_INDEFINITE_AND_DEFINITE = frozenset({"un", "una", "une", "uno", "el", "la", "le", "il",
                                             "lo", "los", "las", "les", "gli", "o", "a", "um",
                                             "uma"})


def _romance_relative_head(words: list[str]) -> list[str]:
    """Keep the noun a Romance relative pronoun before the verb follows.

    "Circula por WhatsApp y redes sociales un mensaje que (afirma)" → "un mensaje": the
    pronoun's noun with its article is the subject; without an article before the
    pronoun nothing is cut.
    """
    if len(words) < 3 or words[-1].lower() not in ROMANCE_RELATIVES:
        return words
    for index in range(len(words) - 2, 0, -1):
        if words[index - 1].lower() in ROMANCE_INDEFINITE_AND_DEFINITE:
            if index < len(words) - 1:
                return words[index - 1:-1]
            break
        if not words[index].isalpha():
            break
    return words


def _without_adverbs(words: list[str]) -> list[str]:
    """Drop the adverbs (SPEAKER_ADVERBS) and a perfect's auxiliary that end a speaker.

    "Critics of the levy often" → "Critics of the levy"; "The ministry has
    repeatedly" → "The ministry"; "Tristan Nitot has" → "Tristan Nitot".
    """
    end = len(words)
    while end > 1 and (words[end - 1].lower() in SPEAKER_ADVERBS
                       or words[end - 1].islower() and words[end - 1].endswith("ly")
                       and len(words[end - 1]) > 4 and words[end - 1] not in NOUNS_IN_LY
                       and words[end - 2].lower() not in _DETERMINER_WORDS):
        end -= 1  # (and an adverb in -ly after its noun: "The panel unanimously")
    if end > 1 and words[end - 1].lower() in PERFECT_AUXILIARIES:
        end -= 1
    return words[:end]


#: Documents that ask people before "of" ("A survey of planning officials found"): the
#: document is the source, not the people it asked.
DOCUMENTS_OF_PEOPLE = frozenset({"survey", "surveys", "poll", "polls", "census", "study",
                                 "studies", "analysis", "review", "sample", "audit"})


#: A document of people after "according to", with its determiner and up to two words
#: that describe it ("according to a large study of more than 48,000 people").
_DOCUMENT_OF = re.compile(r"(?:(?:a|an|the|this|that|one|new)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?"
                          r"(?P<document>" + "|".join(sorted(DOCUMENTS_OF_PEOPLE)) + r")"
                          r"[ \t]+of[ \t]")


def _document_of_people(words: list[str], index: int) -> list[str] | None:
    """Return the document before "of" at ``words[index]`` ("A survey" in "A 2023 survey of …").

    Its determiner is kept, so that the document is read as named by role; a year or
    an adjective between them is not.
    """
    if words[index].lower() != "of" or index == 0 \
            or words[index - 1].lower() not in DOCUMENTS_OF_PEOPLE:
        return None
    determiners = [w for w in words[max(0, index - 4):index - 1] if w.lower() in _DETERMINERS_ONLY]
    return determiners[-1:] + [words[index - 1]]


#: Documents addressed to a body after "to" ("A report to the planning committee says",
#: "The report to cabinet warns that …"): the document speaks, not who it is put to.
DOCUMENTS_TO = frozenset({"report", "reports", "letter", "letters", "memo", "paper",
                          "submission", "briefing", "note"})


def _document_to(words: list[str], index: int) -> list[str] | None:
    """Return the document before "to" at ``words[index]`` ("A report" in "A report to …")."""
    if words[index].lower() != "to" or index == 0 \
            or words[index - 1].lower() not in DOCUMENTS_TO:
        return None
    determiners = [w for w in words[max(0, index - 3):index - 1] if w.lower() in _DETERMINERS_ONLY]
    return determiners[-1:] + [words[index - 1]]


#: Capitalised titles that "of" after them completes ("Chief Financial Officer of
#: Acme"), besides the nouns of PEOPLE_BEFORE_OF.
ROLE_TITLES = frozenset({"officer", "executive", "officers", "partner", "fellow",
                         "professor", "lecturer", "dean", "provost", "rector"})


def _person_of_named_place(words: list[str], index: int) -> bool:
    """Whether "of" at ``words[index]`` ties a person to a place named without "the".

    "Dr Ann Lee of Leeds University", "Detective Sergeant Kim Walsh of Greater
    Manchester Police": the capitalised run before "of" opens the speaker's words
    and is a person's name of two words or more, none of them, in the singular,
    naming an organisation ("Bank of England", "National Institutes of Health" stay
    one name) or a role ("Chief Financial Officer of Acme").
    """
    if words[index].lower() != "of":
        return False
    run = capitalised_run(words, index, MAX_SPEAKER_WORDS)
    return (len(run) >= 2 and len(run) == index and looks_like_person(" ".join(run))
            and run[-1].lower() not in PEOPLE_BEFORE_OF and run[-1].lower() not in ROLE_TITLES
            and not any(_bare_word(w).removesuffix("s") in ORGANISATION_WORDS for w in run))
    # (looks_like_person has ruled out each word as written: "Institutes" is left)


def _before_passive_agent(words: list[str]) -> list[str]:
    """Cut "interviewed by our team" off a speaker ("Health workers interviewed by our team")."""
    for index in range(1, len(words) - 1):
        if words[index].lower() == "by" and _participle_after_agent(words[index - 1],
                                                                    words[:index - 1]):
            return words[:index - 1]
    return words


#: Nouns for people who stand for, lead or belong to what an "of" after them names:
#: "The head of the agency said" credits the head of the agency, "Critics of the plan
#: say" the critics, not the agency or the plan. A closed list because most other
#: nouns before "of" name a part of a document ("The text of the agreement says"),
#: where the document is the speaker.
#: People one of whom a source may be, named by where they serve after "from" ("A
#: soldier from the 81st Brigade told …").
PEOPLE_FROM = frozenset({"soldier", "officer", "fighter", "commander", "spokesman",
                         "spokeswoman", "spokesperson", "official", "member", "source",
                         "representative", "volunteer", "medic", "doctor", "nurse", "worker",
                         "resident", "witness", "employee", "staffer", "aide", "diplomat"})
PEOPLE_BEFORE_OF = frozenset({
    "head", "heads", "chief", "chiefs", "director", "directors", "leader", "leaders",
    "member", "members", "president", "chair", "chairman", "chairwoman", "chairperson",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "representative", "representatives", "official", "officials", "staff", "employees",
    "workers", "executives", "governor", "mayor", "minister", "commander", "commissioner",
    "manager", "managers", "owner", "owners", "founder", "founders", "organisers",
    "organizers", "coordinator", "residents", "citizens", "supporters", "opponents",
    "critics", "friends", "relatives", "families", "parents", "lawyers", "lawyer",
    "attorneys", "attorney", "author", "authors", "editor", "editors", "researchers",
    "scientists", "experts", "doctors", "survivors", "victims", "witnesses", "students",
    "teachers", "fans", "shareholders", "investors", "customers", "users", "voters",
})
#: People named by their role, before "of" or "from": a described speaker's head.
PEOPLE_BY_ROLE = PEOPLE_FROM | PEOPLE_BEFORE_OF


def _role_of_phrase(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is inside "<people noun> of [the]" before a speaker's rest.

    "The head of the agency", "members of the board", "Officials in charge of the
    investigation": the "of" (and a determiner after it) joins the people to what
    they belong to, and the speaker is the whole phrase.
    """
    word = words[index].lower()
    if word == "in":  # "in charge of"
        return [w.lower() for w in words[index + 1:index + 3]] == ["charge", "of"]
    at = index
    if word in _DETERMINER_WORDS:
        at = index - 1
        if at < 1 or words[at].lower() not in ("of", "from"):
            return False
    elif word not in ("of", "from") or index < 1:
        return False
    before = words[at - 1].lower()
    if words[at].lower() == "from":
        # "A soldier from the 81st Brigade", "a spokeswoman from the ministry": one
        # person by role, and where they serve
        return before in PEOPLE_FROM
    return before in PEOPLE_BEFORE_OF or before in BODIES_BEFORE_OF or (
        before == "charge" and at >= 2 and words[at - 2].lower() == "in")


#: Bodies named in lower case by their portfolio after "of": "The ministry of agriculture
#: said", "the department of health", "the government of India", "the office of the mayor"
#: are one speaker each.
BODIES_BEFORE_OF = frozenset(
    "ministry department office bureau agency council committee commission board court "
    "government association federation chamber directorate secretariat institute".split())


def _workplace_after(words: list[str], index: int, kept: list[str]) -> list[str] | None:
    """Return the organisation named after "at" when the words before it are a role.

    "according to analysts at Capital Economics" → "Capital Economics", as
    "Analysts at GeoWatch said" credits GeoWatch; "said officials at the scene" and
    "said Jane Doe at Acme" keep the speaker before "at".
    """
    if words[index].lower() != "at" or not _GENERIC_SPEAKERS.search(" ".join(kept)):
        return None
    rest = words[index + 1:index + 1 + MAX_SPEAKER_WORDS]
    if rest[:1] and rest[0].lower() == "the":
        rest = rest[1:]
    name: list[str] = []
    for position, word in enumerate(rest):
        if word[:1].isupper() or (word in _NAME_JOINERS and name
                                  and rest[position + 1:position + 2]
                                  and rest[position + 1][:1].isupper()):
            name.append(word)
        else:
            break
    return name or None


#: What is posted on a platform and claims something there ("A post on X claims that
#: …", "A video on TikTok claims …"): the post is the source, the platform its place.
POSTED_CONTENT_NOUNS = frozenset({"post", "posts", "video", "videos", "image", "images",
                                  "message", "messages", "tweet", "tweets", "clip", "clips",
                                  "photo", "photos", "meme", "memes", "reel", "reels",
                                  "thread", "threads", "caption", "graphic", "screenshot"})


def _placed_speaker(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` places the speaker noun before it ("Police in Nairobi").

    The place belongs to the speaker, who is not the place: "Police in Nairobi said"
    credits the police of Nairobi, "Officials at the scene said" the officials. "at"
    before a name is where the speaker works, and the name is the source ("Analysts
    at GeoWatch").
    """
    word = words[index].lower()
    if word == "on" and 0 < index < len(words) - 1 \
            and words[index - 1].lower() in POSTED_CONTENT_NOUNS:
        return True  # "A post on X claims": the post, not the platform it is on
    if word not in ("in", "at") or index == 0 or index + 1 >= len(words) \
            or len(words) - index + 1 > MAX_SPEAKER_WORDS:
        return False  # the speaker and its place must fit in one speaker's words
    noun = words[index - 1]
    if noun.lower() in _GROUP_WORDS:
        return True  # "People in the town", "Those in the room"
    if not (noun.isalpha() and noun.lower() not in _STOP_WORDS
            and noun.lower() not in _NOT_SPEAKERS and noun.lower() not in _DETERMINER_WORDS):
        return False
    place = words[index + 1:index + 3]
    if place[0].lower() in _DETERMINER_WORDS:
        place = place[1:]
    if not place or not place[0][:1].isalpha():
        return False  # "bought in 2020"
    if word == "at":
        # "Officials at the scene", and a named place a lower-case noun ends ("medics at
        # Nasser hospital", "Doctors at al-Shifa hospital"), not "Analysts at GeoWatch"
        return place[0].islower() or words[-1].isalpha() and words[-1].islower()
    # "in" a named place ("Firefighters in Valencia"), or after a speaker's noun or a
    # group of people ("Officials in the region", "Farmers in the district", "Those in
    # the room"), not "The rise in coronavirus deaths announced"
    return (place[0][:1].isupper() or _GENERIC_SPEAKERS.search(noun) is not None
            or _plural_group([noun.lower()]))


#: Participles that describe a document by how it came out ("A report published in
#: May", "An article published on 12 February"): the document is the speaker.
DOCUMENT_PARTICIPLES = frozenset({
    "published", "released", "issued", "conducted", "commissioned", "presented", "posted",
    "filed", "obtained", "seen", "prepared", "compiled", "written", "carried", "leaked",
    "shared",  # "A post shared thousands of times on Facebook says"
    "viewed",  # "An Instagram post viewed 1.2 million times says"
})


#: Participles whose agent got hold of a document, not wrote it ("obtained by The
#: Washington Post", "seen by Reuters").
OBTAINING_PARTICIPLES = frozenset({"obtained", "seen", "reviewed", "leaked", "viewed"})


def _before_participle(words: list[str]) -> list[str]:
    """Cut a participle phrase off a document ("A study published in March in the Lancet").

    Only after a noun phrase that opens with a determiner, or with a noun of records
    that needs none (RECORDS_WITHOUT_DETERMINER: "Data released on Friday showed"),
    so that "Officials released …" keeps its subject.
    """
    if not words:
        return words
    if words[0].lower() in _DETERMINER_WORDS:
        first = 2
    elif words[0].lower() in RECORDS_WITHOUT_DETERMINER:
        first = 1  # "Data released on Friday showed", "Documents filed in court show"
    else:
        # "Zimbabwean intelligence reports seen by Reuters suggest": records described
        # by words before them, then their participle
        first = next((i + 1 for i, word in enumerate(words[1:MAX_SPEAKER_WORDS], 1)
                      if word.lower() in RECORDS_WITHOUT_DETERMINER
                      and i + 1 < len(words) and words[i + 1].lower() in DOCUMENT_PARTICIPLES),
                     None)
        if first is None:
            return words
    for index in range(first, len(words)):
        if words[index].lower() in DOCUMENT_PARTICIPLES and not _adverb_in_ly(words[index - 1]):
            # (after an adverb the participle describes the noun that follows it: "A
            # widely shared Facebook post", "a newly released report")
            after = words[index + 1:]
            by = after.index("by") if "by" in after else -1
            if words[index].lower() in OBTAINING_PARTICIPLES:
                by = -1  # "A memo seen by Reuters": the memo says it, Reuters saw it
            agent = by + 2 if 0 <= by < len(after) - 2 and after[by + 1].lower() == "the" \
                else by + 1  # "… by the Government Accountability Office"
            if 0 <= by and agent < len(after) and after[agent][:1].isupper():
                return after[by:]  # "… released last month by Election Data Services"
            return words[:index]
    return words


def _adverb_in_ly(word: str) -> bool:
    """Whether a word is a lower-case adverb in -ly ("widely", "newly"; not "family")."""
    return word.islower() and word.endswith("ly") and len(word) > 4 \
        and word not in NOUNS_IN_LY


def _joins_description(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is an "of" inside a lower-case name ("chamber of commerce")."""
    return (words[index] == "of" and 0 < index < len(words) - 1
            and words[index - 1].isalpha() and words[index - 1].islower()
            and words[index + 1].isalpha() and words[index + 1].islower()
            and words[index + 1] not in _DETERMINER_WORDS)


_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                               "their", "his", "her", "our"})


def _participle_after_agent(word: str, kept: list[str], following: str = "") -> bool:
    """Whether a lower-case participle follows the agent it describes ("study published").

    An English one ends in -ed; a Spanish, French or Italian one ("fuentes … consultadas
    por EFE", "un rapport du Sénat publié en 2018") must be followed by the preposition
    of its agent or its time (ROMANCE_PARTICIPLE_FOLLOWERS): "marchés" is a noun.
    """
    if not (len(word) > 4 and word.isalpha() and word.islower()
            and any(w.lower() not in _DETERMINER_WORDS for w in kept)):
        return False
    return word.endswith("ed") or (_ROMANCE_PARTICIPLE.search(word) is not None
                                   and following.lower() in ROMANCE_PARTICIPLE_FOLLOWERS)


#: Endings of Spanish, French and Italian past participles ("consultadas", "publié",
#: "pubblicato").
_ROMANCE_PARTICIPLE = re.compile(r"(?:ad[oa]s?|id[oa]s?|é|ée|és|ées|at[oaie])$")
#: Words after a participle that describes the agent before it: its own agent or time.
ROMANCE_PARTICIPLE_FOLLOWERS = frozenset({"por", "par", "en", "el", "le", "la", "à", "da",
                                          "dal", "dalla", "in", "a", "ce", "cette", "este",
                                          "esta", "hoy", "ayer", "hier", "ieri", "nel",
                                          "nella", "em", "no", "na", "pelo", "pela",
                                          # the day it came out ("pubblicato oggi")
                                          "oggi", "hoje", "ontem", "aujourd'hui",
                                          "aujourd’hui"})


#: Capitalised words a joiner may precede that start a time, not a name's next part
#: ("said Luis Costa on Monday").
_TIME_WORDS = WEEKDAYS | frozenset(english_months())
#: Capitalised words that open an introductory phrase, not a name: "On Tuesday, the
#: ministry said" and "Separately, the central bank said" credit the ministry and the
#: bank, where "Erik van Sebille, a physical oceanographer, said" credits the name.
INTRODUCTORY_WORDS = frozenset({
    "on", "in", "at", "after", "before", "during", "since", "until", "by", "for", "from",
    "with", "without", "under", "over", "across", "amid", "among", "despite", "following",
    "as", "last", "next", "this", "earlier", "later", "yesterday", "today", "meanwhile",
    "separately", "additionally", "previously", "elsewhere", "overall", "finally",
    "similarly", "likewise", "however", "moreover", "furthermore", "recently", "currently",
    "initially", "ultimately", "notably", "instead", "still", "yet", "also",
}) | WEEKDAYS  # not months: "Jan van Dijk", "April Ross" are names


#: Numbers in words a share of people is given in ("nine in 10", "two in three").
_SHARE_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten".split())


def _inside_share(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the "in" or "out of" of a share ("9 in 10 parents").

    "About 9 in 10 parents said", "Two in three respondents said": a share of those
    asked, as "One in four voters said" is, names no speaker (not "10 parents").
    """
    def is_number(word: str) -> bool:
        return word.replace(",", "").isdigit() or word.lower() in _SHARE_NUMBER_WORDS

    word = words[index].lower()
    if word == "of" and index >= 2 and words[index - 1].lower() == "out":
        index -= 1  # "nine out of 10 voters"
    elif word != "in":
        return False
    return 0 < index < len(words) - 1 and is_number(words[index - 1]) \
        and is_number(words[index + 1 if word == "in" else index + 2])


#: Bodies named by what they set out to do, besides ORGANISATION_WORDS ("Campaign to
#: Stop Killer Robots", "Initiative to End Hunger").
_BODIES_BEFORE_TO = frozenset({"campaign", "initiative", "movement", "network", "project"})


#: Bodies and instruments named by what they are on, besides ORGANISATION_WORDS
#: ("Convention on the Rights of the Child", "Panel on Climate Change").
BODIES_BEFORE_ON = frozenset({"convention", "conference", "panel", "forum", "treaty",
                              "subcommittee", "taskforce", "force", "commissioner"})


def _inside_name(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` joins two capitalised words of one name.

    "of the" joins them too after a word that names an organisation ("Ministry of
    the Interior", "Bank of the West"), not after a person ("Helen Marsh of the
    Obesity Policy Unit"); "for the" before two capitalised words ("People for the
    Ethical Treatment of Animals").
    """
    if not 0 < index < len(words) - 1 or not words[index - 1][:1].isupper():
        return False
    if words[index].lower() == "to":
        # "Committee to Protect Journalists", "Campaign to Stop Killer Robots": after a
        # word that names an organisation only, not "Ambassador to Ukraine" nor "from
        # Warsaw to Tokyo"
        body = _bare_word(words[index - 1])
        return (body in ORGANISATION_WORDS or body in _BODIES_BEFORE_TO) \
            and words[index + 1][:1].isupper()
    if words[index].lower() not in _NAME_JOINERS:
        return False
    if words[index].lower() == "on" and _bare_word(words[index - 1]) not in ORGANISATION_WORDS \
            and _bare_word(words[index - 1]) not in BODIES_BEFORE_ON:
        return False  # "Governor Vyacheslav Gladkov on Telegram": where he wrote it
    if words[index + 1] == "the" and index + 2 < len(words):
        if words[index].lower() == "for" and index + 3 < len(words) \
                and words[index + 2][:1].isupper() and words[index + 3][:1].isupper():
            return True  # "People for the Ethical Treatment of Animals"
        return words[index + 2][:1].isupper() and _bare_word(words[index - 1]) in ORGANISATION_WORDS
    return words[index + 1][:1].isupper() and _bare_word(words[index + 1]) not in _TIME_WORDS
