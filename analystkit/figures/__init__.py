"""Figures: every number in a text, with its value, kind, unit, qualifier and subject.

The scanner reads digits (``25,000``, ``1.5``, ``-3.2``, ``4e14``, ``2.48×10−5``,
``1/4``, ``2 1/2``, ``½``, ``70%``, ``$4.9bn``, ``1988-2006``), number words
(``two``, ``twenty-five thousand``, ``one-third``, ``two and a half``,
``a dozen``, ``dozens``), dates (``December 29, 2014``) and the words around
them: a qualifier before (``up to``, ``more than`` — ``data/qualifiers.toml``),
a scale word (``1.5 million``), a unit or currency after (``data/units.toml``,
``data/currencies.toml``), a rate (``per hour``) and the noun phrase that says
what is counted ("25,000 North Korean workers"). Two numbers joined by
``to``, a dash, or ``between … and`` are one range ("50 to 100 metres",
"$2 to $3 billion", "between 44 mg and 50 mg"), its value the low end and
``value_high`` the high end.

Years are four-digit numbers between 1500 and 2100 written without a thousands
comma (news style writes counts of that size as "2,024"), so a year is never a
count. Clock times ("2:30", "5 p.m."), codes ("F-16", "COVID-19", "3G",
"9/11") and numbers inside URLs are not figures.

The package reads one block at a time (``scan``): digits (``digits``, ``dates``,
``conventions``), number words (``number_words``), the words around them
(``context``, ``subjects``, ``vocabulary``), numbers that are not quantities
(``codes``), figures read together (``combine``) and Chinese, Japanese and Korean
(``cjk``). Once an article's figures are read, a sum printed with a mark several
countries share ("Rs", "shillings", "pesos") takes the currency of the country the
article names most (``countries``).

Every pattern is bounded or anchored so that no input makes it backtrack
catastrophically, and the work per text is linear in its length.
"""

from .model import FoundFigure
from .scan import find_figures

__all__ = ["FoundFigure", "find_figures"]
