"""What a figure measures, read from the words before it.

The subject of the verb that puts the figure after it ("Sales rose 6%", "The
death toll has risen to 47", "Unemployment stood at 4.2%", "Dairy products
accounted for 17.7%"), with a preposition's phrase after its noun kept as
written ("Shares in Acme"), and the label an amount in brackets belongs to
("Hinduism (2.6%)"). ``subjects`` reads the words after a figure.
"""

from __future__ import annotations

import re

from ..lexicons import english_months, word_list
from .subjects import (
    _NOT_MEASURED,
    _SUBJECT_ENDS,
    _SUBJECT_VERBS,
    CHANGE_NOUNS,
    DEGREE_ADJECTIVES,
    MAX_SUBJECT_WORDS,
)
from .vocabulary import (
    _UNIT_WORDS,
    COUNT_VERBS,
    PREPOSITIONS,
    RISE_VERBS,
    SCALES,
    SUBJECT_GAP_WORDS,
    TREND_GAP_WORDS,
    TREND_VERBS,
    stop_form,
)

# The run of words, each followed by spaces, that ends right before a number; a name
# may hold "&" and end in a number of up to three digits ("The FTSE 100 rose 35.2
# points", "the S&P 500 fell 1.2%"). Up to ten words: a subject of four words may stand
# before a verb phrase of five and its link ("Life expectancy at birth is forecast to
# increase from 80 years").
_WORDS_BEFORE = re.compile(
    r"(?<![\w'’&./-])"
    # (a name may join two by a slash: "The CDU/CSU won 28.5 percent")
    r"(?:(?:[A-Z][\w'’&-]{0,40}[ \t]\d{1,3}|[A-Za-z][\w'’&-]{0,40}(?:/[A-Z][\w'’&-]{0,20})?"
    # an ampersand spaced inside a name: "Johnson & Johnson", "Mahindra & Mahindra"
    r"|&(?=[ \t]{1,3}[A-Z])"
    # a number joined to its noun as a modifier: "The 10-year yield", "the 30-year rate"
    r"|\d{1,3}-[A-Za-z][\w'’-]{0,30})"
    # a hard-wrapped line's break is a space ("the river port of Halvik\nfell 12%")
    r"(?:[ \t]{1,3}|[ \t]?\n[ \t]?)){1,10}$")
#: The most whitespace-parted tokens a _WORDS_BEFORE run spans: ten words, each a name
#: and its number at most ("FTSE 100"), and one more for the word it may not start in.
_WORDS_BEFORE_TOKENS = 21


def _words_before_from(text: str, lower: int, start: int) -> int:
    """Return where a _WORDS_BEFORE run ending at ``start`` may begin, at or after ``lower``.

    The run spans at most _WORDS_BEFORE_TOKENS tokens, so its search need not try every
    word start of a long window (a long paragraph's figures each look back 200
    characters).
    """
    prefix = text[lower:start].rsplit(None, _WORDS_BEFORE_TOKENS)
    return lower + len(prefix[0]) if len(prefix) > _WORDS_BEFORE_TOKENS else lower


#: The words before those _WORDS_BEFORE reads, when a relative clause fills them.
_WORDS_BEFORE_RELATIVE = re.compile(
    r"(?<![\w'’&.-])(?:[A-Za-z][\w'’&-]{0,40}[ \t]{1,3}){1,6}$")
# A token of digits and letters right before a run of words ("the 5km route", "a
# 6-megawatt turbine"): a modifier of the phrase the run holds the end of.
_GLUED_TOKEN_BEFORE = re.compile(r"\d[\w.-]*[A-Za-z][ \t]+$")

#: Verbs of a change that take the amount itself as their object ("The council
#: raised $5 million", "cut 40 posts"): with the amount right after them the noun
#: before is who acted, not what changed, so only "by", "to" or "from" between
#: ("Fares were raised by 5%") lets it be the subject. "Increase" is left out: bare,
#: it is nearly always the change itself ("Exports increased 5%"); the falls that
#: take their loss as object are in ("Acme lost $5 million", "the grid lost 1.2 TWh").
OBJECT_CHANGE_VERBS = (frozenset(word_list("change_verbs_transitive.txt"))
                       - frozenset(("increase", "increases", "increased", "increasing"))
                       | frozenset(("lose", "loses", "lost", "shed", "added", "recovered",
                                    "regained", "pared")))
#: Of those, the verbs whose object, in per cent or in points, is the subject's own move:
#: a market's session ("The Nikkei shed 1.2%", "The Dow lost 300 points", "The Nasdaq
#: added 0.4%", "Gold recovered 1%"), where a sum or a count is what it lost or gained
#: ("Acme lost $5 million", "The economy added 200,000 jobs").
SELF_CHANGE_VERBS = frozenset(("lose", "loses", "lost", "shed", "added", "recovered",
                               "regained", "pared"))
#: Words of a change that name no amount right after them ("went", "shifted",
#: "doubled", and the noun "growth"): they take one only after "by", "to", "from"
#: or "up"/"down".
UNMEASURED_CHANGE_VERBS = frozenset("go goes went gone going move moves moved shift shifts "
                                    "shifted change changes changed double doubled doubles "
                                    "triple tripled triples growth".split())
#: Words of change_verbs.txt that are nouns only: no verb before a direction.
NOUNS_OF_CHANGE = frozenset({"growth"})
#: Words after a verb that say which way a change went ("edged up 0.1%", "was down
#: 4%", "closed down 1.9 percent"), with "by" after them or not.
CHANGE_DIRECTIONS = frozenset({"up", "down", "higher", "lower"})
#: Verbs that with a direction after them report a market's or a measure's move
#: over a session ("closed down 1.9 percent", "ended up 2%"); besides the trend
#: verbs and the forms of "be" ("was up 33%").
SESSION_VERBS = frozenset("close closes closed end ends ended finish finishes finished "
                          "open opens opened trade trades traded settle settles settled "
                          # a small move, said only with its direction ("Unemployment
                          # ticked up to 4.3%", "The yield inched down 2 basis points")
                          "tick ticks ticked inch inched nudge nudges nudged creep creeps "
                          "crept".split())
#: Verbs that with "at" before the amount put what is measured before them
#: ("Unemployment stood at 4.2%", "The index closed at 27,403"); see the data file.
LEVEL_VERBS = frozenset(word_list("level_verbs.txt"))
#: Words of a level that did not move, and the words of degree that may stand before
#: them ("little changed at $1.0850", "broadly steady at 129.5"): both are passed.
UNMOVED_LEVELS = frozenset({"changed", "steady", "unchanged", "flat"})
UNMOVED_DEGREES = frozenset({"little", "largely", "broadly", "mostly", "virtually", "barely"})
#: "come in at", the level a reported figure turned out at ("EPS came in at $1.64").
COME_IN_FORMS = frozenset({"came", "come", "comes", "coming"})
#: Verbs of reaching a level that take it as their object and still say what is
#: measured before them ("Inflation hit 9%", "Sales reached $5bn"), with those a
#: figure's qualifier may be ("claims topped 6 million": over 6 million), and the
#: verb of a price ("The project will cost £1.2bn").
REACH_VERBS = frozenset("reach reaches reached hit hits top tops topped exceed exceeds "
                        "exceeded surpass surpasses surpassed "
                        # a price: "The project will cost £1.2bn", "Tickets cost £45",
                        # "The painting fetched $4.5m"
                        "cost costs fetch fetches fetched "
                        # a mean over a period: "Mortgage rates averaged 6.8% last week"
                        "average averages averaged".split())
#: Verbs of a share in the polls, for an amount only ("Reform polled 31%", "Harris is
#: polling 44%"): before a bare number they count those asked ("Gallup polled 1,015
#: adults"). With "at" they are level verbs (data/level_verbs.txt: "polling at 46%").
POLL_VERBS = frozenset("poll polls polled polling".split())
#: Verbs of winning a share of the vote, before a percentage only (``relative``): "The
#: CDU/CSU won 28.5 percent", "Morena took 54%"; before a sum or a count they have an
#: object ("Acme won $5 million", "won 240 seats").
VOTE_SHARE_VERBS = frozenset("won wins win took takes secured secures garnered garners "
                             "received receives".split())
#: Participles of report or expectation before "to be" and an amount ("The fee was
#: reported to be £45m", "Growth is expected to be 3%"): what the amount measures is
#: the subject before them.
#: They stand before "to" and a verb of change in the same way ("Unemployment is
#: expected to rise to 6%", "Prices are set to rise by 4%").
REPORTED_PARTICIPLES = frozenset("reported said expected estimated thought believed "
                                 "understood projected forecast set due likely going "
                                 "predicted poised anticipated tipped unlikely".split())
#: Verbs that carry on the change after them ("kept rising to 7%", "is projected to keep
#: falling by 3.8%", "continued falling"): the subject is before them, as before the change.
CONTINUATION_VERBS = frozenset("keep keeps kept keeping continue continues continued "
                               "continuing".split())
#: Verbs of a sale before "for" and its price ("The painting sold for $4.5 million",
#: "Tickets sell for $45"): what was sold is the subject before them.
SALE_VERBS = frozenset("sell sells sold selling".split())
#: Verbs of a spread of values, with "from" or "between" before the lowest ("Temperatures
#: range from 10 °C to 16 °C", "Ages ranged from 18 to 65"): what varies is the subject.
RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())
#: Adverbs between a verb of change and its link, besides those in -ly ("rose back to 7%",
#: "fell again to $5", "rose further to 3.1%", "eased only slightly to 5.9%").
LINK_ADVERBS = frozenset({"back", "again", "further", "even", "still", "only", "just", "very",
                          "now"})  # "the Tories are now on 24%"
#: A short code in brackets between a name and its verb: a ticker or an acronym
#: ("Reliance Industries (RELI.NS) closed down", "Acme (NYSE: ACM) rose 3%").
_BRACKETED_CODE_BEFORE = re.compile(
    r"[ \t]*\((?:[A-Z][A-Z0-9.&-]{0,11}|[A-Z][A-Za-z]{1,6}:[ \t]?[A-Z][A-Z0-9.]{0,7})\)[ \t]+$")
#: An aside between dashes, or a relative clause set off by commas, between a subject
#: and its verb ("Services inflation - watched closely by the BoE - eased to 5.9%",
#: "Core inflation, which excludes energy and food, fell to 3.9%").
_SET_OFF_ASIDE_BEFORE = re.compile(
    r"[ \t]+(?P<dash>[-–—])[ \t]+[^-–—.!?;:\n]{3,120}[ \t]+(?P=dash)[ \t]+$"
    r"|,[ \t]+(?:which|who)[ \t][^.!?;:\n]{3,150},[ \t]+$"
    # a participle's phrase set off by commas, as a poll's or a vote's fieldwork is
    # ("Turnout in the election, held over six weeks from April 19 to June 1, was 65.8%",
    # "The poll, conducted March 30 to April 2, put Labour on 38%")
    r"|,[ \t]+(?-i:[a-z]{2,20}ed|held|run|taken|done|made|seen|known|won|cast|led|built"
    r"|begun|given|shown|excluding|including)[ \t][^.!?;:\n,]{3,150},[ \t]+$"
    # an aside in brackets: what a measure leaves out or takes in, which may hold a number
    # ("Core CPI (excluding energy, food, alcohol and tobacco) rose by 3.2%", "Pay
    # (excluding bonuses over 2020 levels) grew"), or words alone ("Sales (in dollars)
    # rose 5%"); not an amount, a label's own value ("Germany (-0.3%) and Finland")
    r"|[ \t]+\((?:(?:excluding|including|ex|incl\.?|excl\.?|without|with|less|plus)[ \t]"
    r"[^()\n]{2,150}|[^()\d\n]{2,150})\)[ \t]+$")


#: An acronym in brackets: "(CPIH)", "(HICP)", "(ONS)".
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\((?P<acronym>[A-Z][A-Z&]{1,7})\)[ \t]*")


def _acronym_of_cut_name(aside: str, words: list[str], kept_start: int) -> str | None:
    """Return the acronym in brackets ``aside`` when the phrase read falls short of its name.

    "The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose":
    the noun phrase read before the acronym ("owner occupiers' housing costs",
    ``words[kept_start:]``) is cut from the name the acronym stands for, which opens
    with a capitalised word of its first letter ("Consumer") further back; the acronym
    names it whole. None when the phrase reaches that word ("The Consumer Price
    Index (CPI) rose" keeps `Consumer Price Index`), when a preposition before the
    phrase joins it to its noun, or when there is no such word ("Shares of Acme (ACM)
    rose").
    """
    code = _BRACKETED_ACRONYM.fullmatch(aside)
    if code is None or kept_start < 1 or words[kept_start - 1].lower() in PREPOSITIONS:
        return None  # (a preposition's phrase is read with its noun: "Index of Consumer
        # Prices (HICP)" → `Harmonised Index of Consumer Prices`)
    initial = code.group("acronym")[0]
    kept = words[kept_start:]
    if kept and kept[0][:1] == initial and kept[0][:1].isupper():
        return None
    for word in reversed(words[max(0, kept_start - MAX_SUBJECT_WORDS):kept_start]):
        if word[:1] == initial and word[1:2].islower():
            return code.group("acronym")
    return None


def _aside_before(text: str, run_start: int, lower: int) -> int | None:
    """Return where a code or an aside that ends at ``run_start`` starts, or None.

    A ticker in brackets, an aside between dashes, a relative clause set off by
    commas or an aside in brackets ("Core CPI (excluding energy) rose", "Sales (in
    dollars) rose") may stand between a subject and its verb; the subject ends where it
    starts. None when no such aside ends there.
    """
    code = _BRACKETED_CODE_BEFORE.search(text, max(lower, run_start - 24), run_start)
    if code is not None:
        return code.start()
    if run_start - lower < 8 or text[run_start - 2] not in ",-–—)":
        return None  # the common case: no aside closes right before the verb
    aside = _SET_OFF_ASIDE_BEFORE.search(text, max(lower, run_start - 160), run_start)
    return aside.start() if aside is not None else None
#: The forms of "be" that may carry a direction ("was up 33%").
BE_FORMS = frozenset("is are was were be been".split())
#: Verbs of a share, with the word that closes each ("Dairy products accounted for
#: 17.7%", "Women made up 40%", "Imports represent 12%"): what the share is of
#: comes after the amount ("of exports"), the part it measures before the verb.
#: Amounts only: before a bare number the verb has an object ("represented 40 clients").
SHARE_VERBS = {"for": frozenset({"account", "accounts", "accounted", "accounting"}),
               "up": frozenset({"make", "makes", "made", "making"}),
               None: frozenset({"represent", "represents", "represented", "comprise",
                                "comprises", "comprised"})}


def _verb_before(words: list[str], counting: bool, grouped: bool = False,
                 direction_after: bool = False, between: bool = False,
                 relative: bool = False) -> frozenset[str] | None:
    """Pop the verb that puts a subject before ``words``' number; return its gap words.

    ``words`` are the words right before the number. They end in:

    - a COUNT_VERBS verb, when ``counting`` ("may number 25,000");
    - a TREND_VERBS verb with "to", "from" or "by" after it ("rose to 47", "fell
      from 48%", "were cut by 5%"), or right before the amount when the verb takes
      no object there ("Sales rose 6%", but "The council raised $5 million"); when
      ``counting``, "from" only after a RISE_VERBS verb, as after a fall a count may
      open a range ("will cut from 500 to 700 jobs");
    - a direction after a trend verb, a SESSION_VERBS verb or a form of "be",
      with "by" or not ("edged up 0.1%", "closed down 1.9 percent", "was up 33%"),
      or with "to" or "from" after a verb ("ticked up to 4.3%", "edged down to 3.9%",
      "was revised down from 2.1%"),
      or a SESSION_VERBS verb with the direction after the amount
      (``direction_after``: "closed 1.2% higher");
    - a LEVEL_VERBS verb and "at" ("stood at 4.2%", "was little changed at $1.08"), or a
      REACH_VERBS verb ("hit 9%");
    - a SELF_CHANGE_VERBS verb right before a ``relative`` amount, in per cent or in
      points ("The Nikkei shed 1.2%");
    - a SHARE_VERBS verb, when not ``counting`` ("accounted for 17.7%");
    - a form of "be", when not ``counting`` ("The jobless rate is 5%") or for a
      ``grouped`` count ("Attendance was 53,400"); "to be" after a participle of
      report or expectation ("was reported to be £45m").
    - a RANGE_VERBS verb with "from", or with "between" (``between``, popped by the
      caller), for an amount ("Temperatures range from 10 °C", "ranged between 5%");
      a bare number there opens a range whose unit follows ("from 8 to 12 metres").

    An adverb in -ly or of LINK_ADVERBS may stand before "to", "at" or "by" ("rose
    sharply to 47", "rose back to 7%").
    A bare number (``counting``) takes no "by", direction or bare trend verb: it is
    most often the first of a range whose unit comes after the second ("rise by 3
    to 4 percent"), which a subject would keep apart. None when none of these ends
    ``words``.
    """
    last = words[-1].lower()
    if last in RANGE_VERBS and len(words) > 1 and not counting and between:
        words.pop()  # "Prices ranged between 5% and 7%"
        return TREND_GAP_WORDS
    if counting and last in COUNT_VERBS:
        words.pop()
        return SUBJECT_GAP_WORDS
    if not counting and (last in SHARE_VERBS[None] or len(words) > 2
                         and words[-2].lower() in SHARE_VERBS.get(last, ())):
        del words[-1 if last in SHARE_VERBS[None] else -2:]
        return TREND_GAP_WORDS
    if last in REACH_VERBS:
        words.pop()
        return TREND_GAP_WORDS
    if (last in POLL_VERBS or relative and last in VOTE_SHARE_VERBS) and not counting \
            and len(words) > 1:
        words.pop()  # "Reform polled 31%", "The CDU/CSU won 28.5 percent"
        return TREND_GAP_WORDS
    cost_at = _cost_with_payer(words)
    if cost_at is not None:
        del words[cost_at:]  # "The plan would cost taxpayers $1.9 trillion"
        return TREND_GAP_WORDS
    if last == "for" and not counting and len(words) > 2 and words[-2].lower() in SALE_VERBS:
        del words[-2:]  # "The house was sold for $450,000"
        return TREND_GAP_WORDS
    if last == "be" and len(words) > 3 and words[-2].lower() == "to" and not counting:
        # "The transfer fee was reported to be £45m", "is expected to be 3%"
        del words[-2:]
        if words[-1].lower() not in REPORTED_PARTICIPLES:
            return None  # "He wants to be 5% richer": the verb before "to be" has a subject
        words.pop()
        return TREND_GAP_WORDS
    if last == "worth" and len(words) > 2 and words[-2].lower() in BE_FORMS and not counting:
        words.pop()  # "The house is worth $5 million": a value, as "is valued at"
        return TREND_GAP_WORDS
    if last in BE_FORMS and len(words) > 1 and (not counting or grouped):
        # "The jobless rate is 5%", "Attendance was 53,400": the gap words take "is"
        return TREND_GAP_WORDS
    link = last if last in ("to", "from", "by", "at") or last == "on" and not counting else None
    if counting and link not in ("to", "from", "at"):
        return None
    if link is not None:
        if len(words) < 3:
            return None
        words.pop()
    if words[-1].lower() in CHANGE_DIRECTIONS and len(words) > 2:
        words.pop()
        if len(words) > 2 and words[-1].lower() == "last" and words[-2].lower() in BE_FORMS:
            words.pop()  # a wire's latest quote: "Sterling was last up 0.3% at $1.2710"
        verb = words[-1].lower()
        if verb in BE_FORMS:
            if link == "to":
                return None  # "is up to 5%": a bound, no move
            return TREND_GAP_WORDS  # "was up 33%": the gap words take "was" too
        if verb in NOUNS_OF_CHANGE:
            # "Wage growth up 2%": the noun is the subject's head; but "revised
            # second-quarter growth down from 2.1%" has an object, no subject
            return TREND_GAP_WORDS if link in (None, "by") else None
        if verb not in TREND_VERBS and verb not in SESSION_VERBS:
            return None
        words.pop()
        return TREND_GAP_WORDS
    while link is not None and (words[-1].lower().endswith("ly")
                                or words[-1].lower() in LINK_ADVERBS):
        words.pop()  # "eased only slightly to 5.9%"
        if not words:
            return None
    if link == "at" and len(words) > 2 and words[-1].lower() == "in" \
            and words[-2].lower() in COME_IN_FORMS:
        words.pop()  # "Revenue came in at $94.9bn": a level, as "stood at" gives one
        words.pop()
        return TREND_GAP_WORDS if words else None
    verb = words[-1].lower()
    if verb in CHANGE_NOUNS and _after_determiner(words[:-1]):
        return None  # "expected a bigger fall to 2.1%": the noun, no verb with a subject
    if link == "at":
        # "Rates were held at 5.25%": a kept level's passive, an amount only; "Unemployment
        # held at 3.7%": "hold" with no object is a level too
        known = verb in LEVEL_VERBS or verb in KEPT_PARTICIPLES and not counting \
            and len(words) > 2 and words[-2].lower() in BE_FORMS \
            or verb in HOLD_FORMS and not counting
        while known and verb in UNMOVED_LEVELS and len(words) > 2 \
                and (words[-2].lower() in UNMOVED_DEGREES or words[-2].lower() in KEPT_PARTICIPLES
                     or words[-2].lower() in LEVEL_VERBS):
            # "The euro was little changed at $1.0850", "Inflation held steady at 3%", "Bank
            # Rate was left unchanged at 5%", "remained unchanged at 3%"
            del words[-2]
    elif link == "on":
        # a party's share in a poll, as British copy gives it: "Reform is on 31.4%",
        # "the Greens are now on 9%", "Labour stands on 22%"
        known = verb in LEVEL_VERBS or verb in BE_FORMS
    elif link is None:
        known = verb in TREND_VERBS and (verb not in OBJECT_CHANGE_VERBS
                                         or relative and verb in SELF_CHANGE_VERBS) \
            and verb not in UNMEASURED_CHANGE_VERBS \
            or direction_after and verb in SESSION_VERBS  # "closed 1.2% higher"
    elif link == "from" and counting:
        known = verb in RISE_VERBS  # not a spread: "ranged from 8 to 12 metres" is one range
    else:
        known = verb in TREND_VERBS or link == "from" and verb in RANGE_VERBS
        if known and verb in UNMOVED_LEVELS and len(words) > 1 \
                and words[-2].lower() in UNMOVED_DEGREES:
            # "The euro was little changed from $1.08"; set off after a level, "…,
            # little changed from 37.36%", no words are left: the level before's
            del words[-2]
    if not known:
        return None
    words.pop()
    return TREND_GAP_WORDS


#: The last words before a number that may close a verb phrase _verb_before reads:
#: a quick test before its slower search.
_VERB_PHRASE_ENDS = (frozenset(("to", "from", "by", "at", "on", "for", "between", "worth"))
                     | CHANGE_DIRECTIONS
                     | REACH_VERBS | POLL_VERBS | SHARE_VERBS[None] | BE_FORMS
                     | (TREND_VERBS - OBJECT_CHANGE_VERBS - UNMEASURED_CHANGE_VERBS))


#: Signs a number's unit word may follow ("10 °C", "18.2/km2"): such a word is no label.
_AMOUNT_MARKS = "°%$€£¥/"
#: A run of words that ends right before " (": the label of an amount in brackets.
_LABEL_BEFORE_BRACKET = re.compile(r"(?<![\w'’.$€£¥-])(?:[A-Za-z][\w'’.-]{0,40}[ \t]{1,3}){0,5}"
                                   r"[A-Za-z][\w'’-]{0,40}[ \t]?\($")


def _label_before_bracket(text: str, start: int, end: int, lower: int, limit: int) -> str | None:
    """Return the label an amount in brackets belongs to, or None.

    "Hinduism (2.6%), Buddhism (1.1%)", "Australia ($26.2b)", "Mount Everest
    (8,849 m)", "Ireland (+2.4%)": an amount (signed or not) that is all its brackets
    hold, right after a noun phrase (_phrase_before), is that phrase's. Not after a
    number ("£4m (€5m)"), nor after a number's unit, where the brackets convert it
    ("2,000 kilometres (1,200 mi)"), nor after a stop word or a verb ("rose (5%)").
    """
    if start - lower < 4 or end >= limit or text[end] != ")":
        return None
    if text[start - 1] == "+" and text[start - 2] == "(":
        start -= 1  # "Ireland (+2.4%)": a change signed as the one before it is ("(-0.4%)")
    if text[start - 1] != "(":
        return None
    match = _LABEL_BEFORE_BRACKET.search(text, max(lower, start - 240), start)
    if match is None:
        return None
    words = match.group()[:-1].split()
    last = words[-1].lower()
    if last in TREND_GAP_WORDS or last in TREND_VERBS and not (
            last in CHANGE_NOUNS and len(words) > 1 and words[-2].islower()):
        return None  # "rose (5%)"; but "wage growth (3.9%)", "the rise (5%)" are nouns
    label = _phrase_before(words)
    before = text[max(lower, match.start() - 3):match.start()].rstrip()
    if len(label) == len(words) and before and (before[-1].isdigit()
                                                or before[-1] in _AMOUNT_MARKS):
        return None  # "2,000 kilometres (1,200 mi)", "10 °C (50 °F)": the same amount again
    if 0 < len(label) < len(words) and (words[-len(label) - 1].lower() in SCALES
                                        or words[-len(label) - 1][-1:].isdigit()):
        return None  # "3 million euros ($3.2 million)": the sum converted, no label
    return " ".join(label) or None


def _subject_before_verb(text: str, start: int, lower: int, *, counting: bool = True,
                         grouped: bool = False, direction_after: bool = False,
                         relative: bool = False) -> str | None:
    """Return the noun phrase before a verb right before ``start``, or None.

    A toll opening the sentence (_toll_opening_clause) is the subject when the phrase
    read gives none or names something else ("The death toll from the collapse of the
    dam has risen to 27" → "death toll", not "collapse of the dam").
    """
    period = _period_before_verb(text, start, lower)
    if period is not None:
        # "Net profit for the three months to 30 June rose 12%": read without the period
        text, start = text[:period.start()] + period.group("verb"), \
            period.start() + len(period.group("verb"))
    found = _noun_phrase_before_verb(text, start, lower, counting=counting, grouped=grouped,
                                     direction_after=direction_after, relative=relative)
    if found is not None and (time := _TRAILING_TIME.search(found)) is not None:
        found = found[:time.start()] or None  # "Global surface temperature last year was"
    if found is not None and " by " in found:
        words = found.split()
        at = words.index("by") if "by" in words else -1
        if at == 1 and words[0].islower() and words[0].endswith("ed") and len(words) > 2:
            found = " ".join(words[2:])  # "helped by record tax revenue projected at ¥78tn"
    if found is not None and ("toll" in found or "number of" in found):
        return found  # "death toll from the quake"
    if counting and (found is None or found.split()[0].lower() not in TOLL_WORDS):
        toll = _toll_opening_clause(text, start, lower)
        if toll is not None and (found is None or toll not in found):
            return toll
    return found


#: A reporting period between a subject and its verb, and the verb's words after it: "Net
#: profit for the three months to 30 June rose", "Revenue in the year to March 2024 was
#: up", "Operating profit for the quarter ended September 30 climbed to", "Sales in the
#: first half fell by"; a year, months or weeks only with the date they run to.
_PERIOD_BEFORE_VERB = re.compile(
    r"[ \t]+(?:for|in|over|during)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:(?:quarter|half|half-year|period)(?:[ \t]+(?:to|ended|ending|through|until)"
    r"[ \t]+(?:end-)?[A-Za-z0-9]+(?:,?[ \t]+(?:\d{1,4}|[A-Z][a-z]{2,8})){0,2})?"
    # a year, months or weeks only with the date they run to ("Mortality in the first year
    # was 12%" keeps its measure)
    r"|(?:year|months|weeks)[ \t]+(?:to|ended|ending|through|until)"
    r"[ \t]+(?:end-)?[A-Za-z0-9]+(?:,?[ \t]+(?:\d{1,4}|[A-Z][a-z]{2,8})){0,2})"
    r"(?P<verb>(?:[ \t]+[a-z]+){1,3}[ \t]+)$")
#: The words of a period's length, looked for before the search.
_PERIOD_WORDS = ("quarter", "half", "year", "months", "weeks", "period")
#: How far before the amount a reporting period is looked for.
PERIOD_REACH = 120


def _period_before_verb(text: str, start: int, lower: int) -> re.Match[str] | None:
    """Return the reporting period and verb words that end at ``start``, or None.

    The period is a time, no part of the subject before it ("Net profit for the three
    months to 30 June rose 12%" measures net profit, not June); its match holds the
    verb's words after it (group "verb"), at most three lower-case words.
    """
    window = text[max(lower, start - PERIOD_REACH):start]
    if not any(word in window for word in _PERIOD_WORDS):
        return None
    return _PERIOD_BEFORE_VERB.search(text, max(lower, start - PERIOD_REACH), start)


# A time between a subject and its verb: "Global surface temperature last year was 1.45C",
# "Exports this month rose 3%".
_TRAILING_TIME = re.compile(r"[ \t]+(?:last|this|next)[ \t]+(?:year|month|week|quarter|decade|"
                            r"summer|winter|spring|autumn|fall|season|time)$")
#: Forms of "cost" that may name who pays before the price ("would cost taxpayers $1.9
#: trillion", "cost the state £5m").
COST_FORMS = frozenset({"cost", "costs", "costing"})


def _cost_with_payer(words: list[str]) -> int | None:
    """Where "cost" stands before who pays and the price, or None ("cost taxpayers").

    A verb after "costs" makes it the noun, the subject of that verb ("Housing costs
    rose 5.8%", "Energy costs were 9% higher"): no payer (_no_payer).
    """
    if len(words) > 2 and words[-2].lower() in COST_FORMS and words[-1][:1].islower() \
            and not _no_payer(words[-1].lower()):
        return len(words) - 2
    if len(words) > 3 and words[-3].lower() in COST_FORMS \
            and words[-2].lower() in ("the", "its", "their", "his", "her") \
            and words[-1][:1].islower():
        return len(words) - 3
    return None


def _no_payer(word: str) -> bool:
    """Whether ``word`` after "costs" is a verb or a stop word, no payer ("costs rose")."""
    return word in _SUBJECT_ENDS or word in TREND_VERBS or word in LEVEL_VERBS \
        or word in REACH_VERBS or word in _SUBJECT_VERBS or word in COUNT_VERBS


#: Words that open a toll's own subject ("people killed"), which the toll rule keeps.
TOLL_WORDS = frozenset({"people", "deaths", "dead", "victims", "fatalities", "casualties"})


def _noun_phrase_before_verb(text: str, start: int, lower: int, *, counting: bool = True,
                             grouped: bool = False, direction_after: bool = False,
                             relative: bool = False) -> str | None:
    """Return the noun phrase before a verb right before ``start``, or None.

    The reading of _subject_before_verb without its toll rule.

    "The workers may number up to 25,000" → "workers", "The death toll has risen
    to 47" → "death toll": the verb phrase (_verb_before), then modal verbs,
    auxiliaries and adverbs are passed, and the noun phrase before them is kept
    (_phrase_before), with a preposition's phrase after its noun
    (_with_phrase_after_noun). None for a word that names nothing measured
    (GENERIC_SUBJECTS) or two joined subjects. Without such a verb, the object of a
    change verb before "from", "to" or "by" (_object_of_change: "cut interest rates
    from 4.5%"). A bare number is read with
    ``counting`` (the default); an amount (money, a percentage, a measure) with
    ``counting=False``, which lets more verbs in (_verb_before).
    """
    if start - lower < 8 or text[start - 1] not in " \t" or not text[start - 2].isalpha():
        return None
    last = text[max(lower, start - 16):start - 1].rsplit(None, 1)[-1].lower()
    if last not in _VERB_PHRASE_ENDS and (not counting or last not in COUNT_VERBS) \
            and (not direction_after or last not in SESSION_VERBS) \
            and (not relative or last not in SELF_CHANGE_VERBS and last not in VOTE_SHARE_VERBS) \
            and (counting or "cost" not in text[max(lower, start - 40):start]):
        return None  # a quick look before the slower search ("cost taxpayers" looked at)
    match = _WORDS_BEFORE.search(text, _words_before_from(text, max(lower, start - 200), start),
                                 start)
    if match is None:
        return None
    words = match.group().split()
    aside = _aside_before(text, match.start(), lower)
    if aside is not None:  # "Reliance Industries (RELI.NS) closed down 1.9 percent"
        words = _words_ending_at(text, aside, lower) + words
    if words[-1].lower() in OBJECT_LINKS:  # "has doubled in 20 years to 48,000"
        words = _past_time_before_link(text, start, lower, words)
    between = words[-1].lower() == "between"
    if between:
        if counting or len(words) < 3:
            return None  # a bare number after "between" opens a range whose unit follows
        words.pop()  # "Tickets cost between £45 and £120": the range's opening word
    gaps = _verb_before(words, counting, grouped, direction_after, between,
                        relative)  # pops the verb
    if gaps is None:
        return _object_of_change(match.group().split(), counting) \
            or _object_kept_at(match.group().split(), counting)
    while words and words[-1].lower() in gaps:
        words.pop()
    if len(words) > 1 and words[-1].lower() in CONTINUATION_VERBS:
        words.pop()  # "Coal use is projected to keep falling by 3.8%"
    expectation = _expectation_words(words)
    if expectation:
        del words[-expectation:]  # "Unemployment is expected to rise to 6%"
        while words and words[-1].lower() in gaps:
            words.pop()
    kept = _phrase_before(words)
    if aside is not None and text[aside:aside + 2].strip() == "(":
        acronym = _acronym_of_cut_name(text[aside:match.start()], words, len(words) - len(kept))
        if acronym is not None:
            return acronym  # "The Consumer Prices Index including … costs (CPIH) rose by"
    relative = len(words) - len(kept) - 1
    if len(kept) >= 1 and kept[0][:1].islower() and relative > 0 \
            and words[relative].lower() in RELATIVE_PRONOUNS \
            and not _verb_of_saying(words[relative - 1]):
        # "The death toll from the quake that struck southern Turkey rose to 4,300": the
        # relative clause describes the subject before it, read from further back
        longer = _WORDS_BEFORE_RELATIVE.search(text, max(lower, match.start() - 120),
                                               match.start())
        words = (longer.group().split() if longer is not None else []) + words[:relative]
        kept = _phrase_before(words)
    participle = _participle_after_plural(words, len(words) - len(kept))
    if participle is not None:
        # "The number of people waiting more than a year for treatment was 298,000": the
        # participle's phrase describes the people, who are what is counted ("people
        # living in poverty" is read whole below, and kept so)
        whole = _subject_of_phrase(text, match.start(), lower, words, kept)
        if whole is not None and words[participle] in whole.split():
            return whole
        if participle == 0:
            longer = _WORDS_BEFORE_RELATIVE.search(text, max(lower, match.start() - 120),
                                                   match.start())
            words = longer.group().split() if longer is not None else []
            participle = len(words) if _plural_word(words[-1:]) else -1
        if participle > 0:
            words = words[:participle]
            kept = _phrase_before(words)
    return _subject_of_phrase(text, match.start(), lower, words, kept)


#: A toll or a count of the dead, hurt or displaced that opens a sentence: its head is
#: what the number after the sentence's verb counts, whatever the phrases and clauses
#: after it say ("The number of people killed when a dam burst above the town of X rose
#: to 27" → `people killed`; "The death toll from the collapse of the dam has risen to
#: 27" → `death toll`).
_TOLL_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n][ \t])|(?<=\n)|(?<=[-–—][ \t])|(?<=[-–—]))"
    r"[\"“]?(?:(?:The|the)[ \t]+(?:(?P<toll>"
    r"(?:(?:death|casualty|civilian|official|final|confirmed)[ \t]+)?toll)|number[ \t]+of[ \t]+"
    r"(?P<counted>"
    r"(?:people|deaths|dead|victims|fatalities|casualties|those|civilians|migrants|children)"
    r"(?:[ \t]+(?:killed|dead|injured|hurt|wounded|missing|displaced|evacuated|infected"
    r"|arrested|confirmed[ \t]+dead))?))"
    # a headline's toll, with no article: "Death toll from dam collapse rises to 27"
    r"|(?P<headline_toll>(?:Death|Casualty|Civilian)[ \t]+toll))\b(?P<rest>[^,;:.!?\n]{0,160})$")


#: How far before the number a toll opening its sentence is looked for.
TOLL_REACH = 200


def _toll_opening_clause(text: str, start: int, lower: int) -> str | None:
    """Return the head of a toll opening the sentence whose verb ends before ``start``."""
    reach = max(lower, start - TOLL_REACH)
    before = text[reach:start]
    if "toll" not in before and "number of" not in before:
        return None
    toll = _TOLL_OPENING.search(text, reach, start)
    if toll is None:
        return None
    headline_toll = toll.group("headline_toll")
    return toll.group("toll") or toll.group("counted") \
        or headline_toll[:1].lower() + headline_toll[1:]


def _subject_of_phrase(text: str, start: int, lower: int, words: list[str],
                       kept: list[str]) -> str | None:
    """Return the subject whose noun phrase ``kept`` ends ``words`` (read from ``start``)."""
    while kept and kept[0].isdigit():
        kept = kept[1:]  # "The 3 firms rose 5%": the count is no part of the name
    if kept and len(kept) == len(words) and kept[0].lower() in _TIME_PHRASE_ENDS:
        number = _SPACED_NUMBER_BEFORE.search(text, max(lower, start - 24), start)
        if number is not None:
            return _subject_past_time(text, number.start(), lower, words, number.group().split()[0])
    if kept and len(kept) == len(words) and kept[0][:1].islower():
        number = _SPACED_NUMBER_BEFORE.search(text, max(lower, start - 24), start)
        if number is not None:
            # "Voter turnout across the 543 constituencies was 65.8%": a phrase of a
            # preposition and a count qualifies the noun before it, whole
            whole = _subject_past_time(text, number.start(), lower, words,
                                       number.group().split()[0], determined=True)
            if whole is not None:
                return whole
    if len(kept) == len(words) and _GLUED_TOKEN_BEFORE.search(
            text, max(lower, start - 24), start):
        return None  # "The 10kg bag and the 5km route cost £15": the phrase goes on before
    if not kept or len(kept) == 1 and kept[0].lower() in GENERIC_SUBJECTS:
        return None  # "the figure is 2.2%": a word that names nothing measured
    before = words[:len(words) - len(kept)]
    if len(before) == 1 and before[0].lower() in COORDINATORS \
            and text[max(lower, start - 3):start].rstrip().endswith((",", ";")):
        before = []  # "…, and Trump is polling at 46%": a clause of its own after the comma
    if before and before[-1].lower() in COORDINATORS:
        joined = _joined_inside_of(before)
        if joined is None:
            return None  # "maxima and minima are 42.4 °C and …": which one?
        # "Prices of bread and cereals fell": both nouns are what the one head is of
        before, kept = before[:-joined], before[-joined:] + kept
    return _with_phrase_after_noun(words, before, kept)


#: A number spaced before the run of words read, which then opens on its unit of time
#: ("Mortality at 28 days was 22.9%": the run read is "days was").
_SPACED_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*[ \t]+$")


def _subject_past_time(text: str, number_start: int, lower: int, words: list[str],
                       number: str, *, determined: bool = False) -> str | None:
    """Return the subject of a phrase a time's number cut short, or None.

    The words read open on the unit of a time whose number stands before them, so the
    unit names nothing measured: the phrase goes on before the number. After a
    preposition the time qualifies the noun before it, and the subject is that noun with
    the phrase as written ("Mortality at 28 days was 22.9%" → "Mortality at 28 days",
    "Weight loss at 68 weeks averaged 14.9%"); without one ("Over the past 12 months
    prices rose 5%") there is none. A ``determined`` count stands after a preposition
    and a determiner, as a count of places or people does ("Voter turnout across the 543
    constituencies was 65.8%" → "Voter turnout across the 543 constituencies").
    """
    run = _words_ending_at(text, number_start, lower)
    whole = run + [number] + words
    kept = _phrase_before(whole)
    before = whole[:len(whole) - len(kept)]
    if determined:
        if len(before) < 3 or before[-1].lower() not in OF_DETERMINERS \
                or before[-2].lower() not in PREPOSITIONS:
            return None
    elif not run or not before or before[-1].lower() not in PREPOSITIONS:
        return None
    return _with_phrase_after_noun(whole, before, kept)


#: Most words of the noun joined by "and" inside an "of" phrase ("of bread and cereals",
#: "of food and soft drinks").
MAX_JOINED_WORDS = 2


def _joined_inside_of(before: list[str]) -> int | None:
    """How many of ``before``'s last words join a noun to the kept one inside "of", or None.

    ``before`` ends in "and"/"or": "Prices of bread and" → 2 ("bread and"), the kept
    noun and the one joined to it being together what the head noun before "of" is of.
    None unless one or two lower-case words stand between "of" (with no determiner)
    and the coordinator, after a head noun ("maxima and minima" stays None).
    """
    for size in range(1, MAX_JOINED_WORDS + 1):
        of_at = len(before) - 2 - size
        if of_at < 1:
            return None
        if before[of_at].lower() == "of":
            joined = before[of_at + 1:-1]
            if any(not word.isalpha() or not word.islower() or word in _SUBJECT_ENDS
                   or word in PREPOSITIONS for word in joined):
                return None
            return size + 1
    return None


#: Verbs after which "that" opens what is said, not a relative clause ("He noted that
#: council tax would rise", "The report shows that prices rose").
CLAUSE_VERBS_BEFORE_THAT = frozenset(
    "say says said think thinks thought believe believes believed show shows showed shown "
    "find finds found mean means meant suggest suggests suggested expect expects expected "
    "note notes noted warn warns warned add adds added argue argues argued claim claims "
    "claimed estimate estimates estimated report reports reported predict predicts predicted "
    "stress stresses stressed insist insists insisted know knows knew hope hopes hoped fear "
    "fears feared".split())


def _verb_of_saying(word: str) -> bool:
    """Whether ``word`` is a verb after which "that" opens a clause ("noted that")."""
    return word.lower() in CLAUSE_VERBS_BEFORE_THAT


#: Plurals of people that end in no -s, before a participle ("people waiting").
IRREGULAR_PEOPLE_PLURALS = frozenset({"people", "men", "women", "children"})


def _plural_word(words: list[str]) -> bool:
    """Whether ``words`` is one lower-case plural noun ("patients", "people")."""
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
        return False
    word = words[0]
    return word in IRREGULAR_PEOPLE_PLURALS or word.endswith("s") and not word.endswith("ss")


def _participle_after_plural(words: list[str], kept_start: int) -> int | None:
    """Where a participle's phrase after a plural noun opens, before the kept phrase.

    "people waiting more than a year for treatment": the index of "waiting" (0 when
    the words open with it, so the plural may be further back), or None.
    """
    for index in range(kept_start - 1, -1, -1):
        word = words[index]
        if word.endswith("ing") and len(word) > 5 and word.isalpha() and word.islower():
            return index if index == 0 or _plural_word(words[index - 1:index]) else None
    return None


#: Words that open a relative clause between a subject and its verb ("the quake that
#: struck …", "the firms which analysts track …").
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
#: Determiners before a noun of change, which make it no verb ("a fall to 2.1%").
NOUN_DETERMINERS = frozenset("a an the its their this that another".split())


def _after_determiner(words: list[str]) -> bool:
    """Whether ``words`` end in a determiner, or a determiner and a comparative.

    Also a determiner and an adjective of degree ("a", "a bigger", "the sharp"): a
    word of change after them is a noun.
    """
    if words and words[-1].lower() in NOUN_DETERMINERS:
        return True
    return len(words) > 1 and words[-2].lower() in NOUN_DETERMINERS and (
        words[-1].lower().endswith(("er", "est")) or words[-1].lower() in DEGREE_ADJECTIVES)


#: Phrases of expectation of two words before "to" ("is on track to hit $390 billion").
EXPECTATION_PHRASES = frozenset({("on", "track"), ("on", "course")})


def _expectation_words(words: list[str]) -> int:
    """Return how many words of expectation and "to" end ``words`` (0 for none).

    "is expected to", "is set to" (REPORTED_PARTICIPLES), "is on track to"
    (EXPECTATION_PHRASES): the subject before them is the verb's after them.
    """
    if len(words) < 3 or words[-1].lower() != "to":
        return 0
    if words[-2].lower() in REPORTED_PARTICIPLES:
        return 2
    if len(words) > 3 and (words[-3].lower(), words[-2].lower()) in EXPECTATION_PHRASES:
        return 3
    return 0


#: A time phrase between a verb of change and its link ("rose in May to 5%", "has
#: doubled in 20 years to 48,000", "fell over the past year to 3.2%", "rose last year
#: by 4%"): the verb's subject is still the amount's.
_TIME_BEFORE_LINK = re.compile(
    r"(?<=[a-z])[ \t]+(?:(?:in|over|during|within)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:past|last|first|second|third|fourth|next)[ \t]+)?"
    r"(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a)[ \t]+)?"
    r"(?:years?|months?|decades?|weeks?|days?|quarters?|half|"
    + "|".join(name.capitalize() for name in english_months()) + r"|\d{4})"
    r"|(?:last|this)[ \t]+(?:year|month|week|quarter))[ \t]+(?P<link>to|from|by)[ \t]+$")


#: The last words of a time phrase before a link, looked for before the search.
_TIME_PHRASE_ENDS = frozenset("year years month months decade decades week weeks day days "
                              "quarter quarters half".split()) | frozenset(english_months())


def _past_time_before_link(text: str, start: int, lower: int, words: list[str]) -> list[str]:
    """Return ``words`` with a time phrase before their link cut out, when there is one.

    ``words`` end in a link ("to", "from", "by") right before the amount at
    ``start``; a number in the time phrase ("in 20 years") may have cut their run
    short, so the words before the phrase are read again.
    """
    before_link = text[max(lower, start - 24):start].split()
    if len(before_link) < 2 or not (before_link[-2].isdigit()
                                    or before_link[-2].lower() in _TIME_PHRASE_ENDS):
        return words  # most links: no time phrase before them, no search
    time = _TIME_BEFORE_LINK.search(text, max(lower, start - 60), start)
    if time is None:
        return words
    before = _words_ending_at(text, time.start(), lower)
    return before + [time.group("link")] if before else words


def _words_ending_at(text: str, end: int, lower: int) -> list[str]:
    """Return the run of words (_WORDS_BEFORE) that ends at ``end``, spaces aside; [] if none.

    The words before an aside or a time phrase that cut the run before a number.
    """
    run = _WORDS_BEFORE.search(text[max(lower, end - 200):end].rstrip() + " ")
    return run.group().split() if run else []


#: Links after a changed object that put the amount after them: "cut interest rates
#: from 4.5%", "raised its forecast to 3%", "cut the budget by £3m"; a bare number
#: takes no "by" (it may open a range whose unit follows).
OBJECT_LINKS = frozenset({"from", "to", "by"})
COUNT_OBJECT_LINKS = frozenset({"from", "to"})


def _object_of_change(words: list[str], counting: bool,
                      verbs: frozenset[str] = OBJECT_CHANGE_VERBS,
                      links: frozenset[str] | None = None) -> str | None:
    """Return the object of a change verb right before a link to the amount, or None.

    "The Bank is likely to cut interest rates from 4.5% to 4.25%" → "interest
    rates", "will raise single fares from $4.50" → "single fares": the noun phrase
    between an OBJECT_CHANGE_VERBS verb (and a determiner) and "from", "to" or "by"
    is what changed. None when the verb stands right before the link ("will cut
    from 200 to 300 jobs": a range of what is cut). ``verbs`` and ``links`` read
    other verbs with their own links (_object_kept_at).
    """
    if links is None:
        links = COUNT_OBJECT_LINKS if counting else OBJECT_LINKS
    if len(words) < 3 or words[-1].lower() not in links:
        return None
    body = words[:-1]
    verb_at = next((i for i in range(len(body) - 2, max(-1, len(body) - 3 - MAX_SUBJECT_WORDS), -1)
                    if body[i].lower() in verbs), None)
    if verb_at is None:
        return None
    phrase = body[verb_at + 1:]
    if len(phrase) > 1 and phrase[-1].lower() in CHANGE_DIRECTIONS:
        phrase = phrase[:-1]  # "revised second-quarter growth down from 2.1%"
    if phrase and phrase[0].lower() in OF_DETERMINERS:
        phrase = phrase[1:]
    # one "of" inside it names what a measure is of ("cut the risk of death by 23%")
    of_at = [i for i, word in enumerate(phrase) if word.lower() == "of"]
    inner_of = len(of_at) == 1 and 0 < of_at[0] < len(phrase) - 1
    if not phrase or len(phrase) > MAX_SUBJECT_WORDS or any(
            word.lower() in _SUBJECT_ENDS and not (inner_of and word.lower() == "of")
            or word.lower() in PREPOSITIONS and not (inner_of and word.lower() == "of")
            or word.lower() in OBJECT_CHANGE_VERBS for word in phrase) \
            or len(phrase) == 1 and phrase[0].lower() in GENERIC_SUBJECTS:
        return None
    return " ".join(phrase)


#: "hold" as a verb of level, with no object before "at" ("Unemployment held at 3.7%").
HOLD_FORMS = frozenset({"hold", "holds", "held", "holding"})
#: The passives of those verbs: "Rates were held at 5.25%", "was kept at 4%".
KEPT_PARTICIPLES = frozenset({"held", "kept", "left", "maintained"})
#: Verbs that keep their object at a level ("The central bank held the repo rate at
#: 8.25%", "kept rates at 5.25%", "left its key rate unchanged at 6.5%", "maintained the
#: policy rate at 27.5%"): the object is what stands at the amount.
KEEP_VERBS = frozenset("hold holds held holding keep keeps kept keeping leave leaves left "
                       "leaving maintain maintains maintained maintaining".split())


def _object_kept_at(words: list[str], counting: bool) -> str | None:
    """Return the object a KEEP_VERBS verb keeps at the amount after "at", or None.

    "held the repo rate at 8.25%" → "repo rate", "left its key rate unchanged at 6.5%" →
    "key rate". An amount only: before a bare number "at" is most often a place or a
    time ("held 40 people at the station"). The object is read as _object_of_change
    reads one.
    """
    if counting or len(words) < 4 or words[-1].lower() != "at":
        return None
    body = words[:-1]
    if body[-1].lower() in UNMOVED_LEVELS or body[-1].lower() == "steady":
        body = body[:-1]  # "left its key rate unchanged at 6.5%"
    return _object_of_change(body + ["at"], counting, KEEP_VERBS, frozenset({"at"}))


def _with_phrase_after_noun(words: list[str], before: list[str], kept: list[str]
                            ) -> str | None:
    """Return the subject whose noun phrase ``kept`` ends ``words``, ``before`` it.

    After a preposition (and a determiner) ``kept`` is inside a phrase that
    qualifies the noun before it: the subject is that noun with the phrase, as
    written ("The value of the apartment" → "value of the apartment", "Shares in
    Acme"), or, when the noun is one of a count or share ("The number of
    ferries"), what it is of. None inside two such phrases ("grants to students
    for college"), but for a chain of "of", mostly one name ("University of
    Michigan's Index of Consumer Sentiment").
    """
    if len(before) > 1 and before[-1].lower() in OF_DETERMINERS \
            and before[-2].lower() in PREPOSITIONS:
        before = before[:-1]  # "the debt of the United States": the article after "of"
    if not before or before[-1].lower() not in PREPOSITIONS:
        return " ".join(kept)
    preposition = before[-1].lower()
    head = _phrase_before(before[:-1])
    if not head:
        return None
    outer = before[:len(before) - 1 - len(head)]
    if preposition != "of" and len(outer) > 2 and outer[-1].lower() in OF_DETERMINERS \
            and outer[-2].lower() in PREPOSITIONS:
        # "Approval of the president among independents": the article after the first
        # preposition
        heads = _phrase_before(outer[:-2])
        if heads and heads[-1].lower() in SHARE_HEADS \
                and not _after_preposition(outer[:len(outer) - 2 - len(heads)]):
            return " ".join(heads + words[len(outer) - 2:len(words) - len(kept)] + kept)
    if outer and outer[-1].lower() in PREPOSITIONS and preposition != "of":
        counted = _phrase_before(outer[:-1])
        if counted and counted[-1].lower() in SHARE_HEADS \
                and not _after_preposition(outer[:len(outer) - 1 - len(counted)]):
            # "Support for Reform among over-65s rose to 31%": a poll's measure of one
            # party among some voters, both phrases its own
            return " ".join(counted + words[len(outer) - 1:len(words) - len(kept)] + kept)
        if not (outer[-1].lower() == "of" and counted and counted[-1].lower() in _NOT_MEASURED):
            return None  # "The number of ferries in service fell to 9": what is counted
    if preposition == "of" and head[-1].lower() in _NOT_MEASURED:
        return " ".join(kept)
    return " ".join(head + words[len(before) - 1:len(words) - len(kept)] + kept)


def _after_preposition(words: list[str]) -> bool:
    """Whether ``words`` end in a preposition, a determiner perhaps after it ("of the")."""
    if words and words[-1].lower() in OF_DETERMINERS:
        words = words[:-1]
    return bool(words) and words[-1].lower() in PREPOSITIONS


#: Heads of a poll's measure that take two phrases, whom it is for and among whom
#: ("Support for Reform among over-65s", "Turnout in Scotland among young voters"; see
#: the data file).
SHARE_HEADS = frozenset(word_list("share_heads.txt"))
#: Nouns that name no measure of their own before a verb ("The figure is 2.2%",
#: "The number rose to 9", "The total was $5m").
GENERIC_SUBJECTS = frozenset("figure figures number numbers total totals amount amounts "
                             "result results answer one".split())
#: Words that join two subjects: before a verb the amount may be either's.
COORDINATORS = frozenset({"and", "or", "nor"})
#: Determiners that may stand between a preposition and the noun phrase of a verb's
#: subject ("the total public debt of the United States stands at …").
OF_DETERMINERS = frozenset("the a an its their this these those".split())


#: Pronouns a verb before the subject's noun phrase may follow ("It projected inflation
#: would fall to 2.4%"): that word is the verb.
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})


#: Endings of an owner's name: "Hong Kong's", "Reuters’".
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _without_cut_owner(kept: list[str]) -> list[str]:
    """Return ``kept`` without the end of an owner's name the word limit cut.

    "Hong Kong's Hang Seng index" read as "Kong's Hang Seng index" → "Hang Seng index":
    the capitalised words up to the possessive are the rest of a name cut short.
    """
    for at, word in enumerate(kept[:-1]):
        if not word[:1].isupper():
            break
        if word.endswith(POSSESSIVE_ENDINGS):
            return kept[at + 1:]
    return kept


def _participle_after_determiner(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a lower-case participle in -ed right after a determiner.

    "The trimmed mean measure", "the adjusted estimates": a modifier of the noun phrase
    it opens, so the word after it is a noun, no verb.
    """
    return at > 0 and words[at].endswith("ed") and words[at].isalpha() \
        and words[at].islower() and words[at - 1].lower() in OF_DETERMINERS


def _times_as_noun(words: list[str], at: int) -> bool:
    """Whether "times" at ``at``, the head before a verb, is a noun after its modifier.

    "Waiting times", "journey times", "A&E response times": a word that is no stop and no
    number stands before it ("four times" is a multiple).
    """
    if at == 0:
        return False
    before = words[at - 1]
    lower = before.lower()
    return before.isalpha() and lower not in _SUBJECT_ENDS and lower not in PREPOSITIONS \
        and lower not in NUMBER_WORDS


#: Number words before "times" that make it a multiple ("four times", "a dozen times").
NUMBER_WORDS = frozenset(_UNIT_WORDS) | frozenset(
    "twenty thirty forty fifty hundred thousand dozen several many few".split())


def _phrase_before(words: list[str]) -> list[str]:
    """Return the noun phrase that ends ``words``: up to MAX_SUBJECT_WORDS words.

    It ends, going back, at a stop word, a preposition, or a lower-case verb
    before its noun: one in -ed or of data/subject_verbs.txt with a word before
    it that is no stop word, its own subject ("the IMF projected consumer prices
    would rise" → "consumer prices", but "the confirmed cases totalled 412").
    """
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word, lower_word = words[i], stop_form(words[i])
        if lower_word == "times" and not kept and _times_as_noun(words, i):
            kept.insert(0, word)  # "Waiting times rose to 18 weeks": the noun, no multiple
            continue
        if lower_word in PREPOSITIONS or lower_word in _SUBJECT_ENDS:
            break
        if len(kept) == MAX_SUBJECT_WORDS:
            if word[:1].isupper() and kept[0][:1].isupper():
                return _without_cut_owner(kept)
            break
        before = words[i - 1].lower() if i > 0 else ""
        if kept and word[:1].islower() and i > 0 \
                and (lower_word.endswith("ed") or lower_word in _SUBJECT_VERBS
                     or lower_word in CLAUSE_VERBS_BEFORE_THAT) \
                and (before not in _SUBJECT_ENDS or before in SUBJECT_PRONOUNS) \
                and not (lower_word.endswith("ed") and before.endswith("ly")) \
                and not _participle_after_determiner(words, i - 1):
            # "the IMF projected consumer prices", "It projected inflation": a verb; but
            # "internally displaced persons": a participle after its adverb, and "The
            # trimmed mean measure": a noun after a participle that a determiner opens
            break
        kept.insert(0, word)
    return kept
