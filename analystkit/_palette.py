"""Colours shared by every chart and widget, defined once.

One palette for block ``kind`` and one for hedged/asserted claims, so a
colour means the same thing in every notebook. The hedged/asserted pair and
the cited/uncited and severity colours come from the Okabe-Ito palette, which
stays distinguishable for the common forms of colour blindness.
"""

from __future__ import annotations

#: Block kind → colour. Claim-bearing kinds are blues, page structure is
#: purple/grey, reference lists are greens, padding is red.
KIND_COLORS: dict[str, str] = {
    "title": "#5e3c99",
    "headline": "#8e6bbf",
    "dek": "#b9a3d9",
    "heading": "#7f7f7f",
    "paragraph": "#1f77b4",
    "bullet": "#6baed6",
    "quote": "#17becf",
    "sources": "#2ca02c",
    "tags": "#98df8a",
    "boilerplate": "#d62728",
    "meta": "#ff9896",
}

#: Hedged/asserted → colour (Okabe-Ito orange and blue).
HEDGE_COLORS: dict[str, str] = {"asserted": "#0072B2", "hedged": "#E69F00"}

#: Colour for things outside any claim (a number in a title or source list).
OUTSIDE_COLOR = "#AAAAAA"

#: Cited/uncited → colour (Okabe-Ito bluish green and reddish purple).
CITED_COLORS: dict[str, str] = {"cited": "#009E73", "uncited": "#CC79A7"}

#: Audit severity → colour (Okabe-Ito vermillion and sky blue).
SEVERITY_COLORS: dict[str, str] = {"warning": "#D55E00", "info": "#56B4E9"}

#: Background tints for highlighted text in widgets.
MARK_COLORS: dict[str, str] = {
    "hedge": "#FBDFA0",   # a tint of HEDGE_COLORS["hedged"]
    "figure": "#BFE0F5",  # a tint of HEDGE_COLORS["asserted"]
    "search": "#FFF176",
}

#: Hatch used for repeated (duplicate) blocks.
REPEAT_HATCH = "///"

#: Role of a block (see ``analystkit.insights.block_role``) → colour, taken
#: from the kind palette so a role looks like the kinds it groups.
ROLE_COLORS: dict[str, str] = {
    "claim text": KIND_COLORS["paragraph"],
    "structure": KIND_COLORS["heading"],
    "references": KIND_COLORS["sources"],
    "padding": KIND_COLORS["boilerplate"],
    "repetition": "#C7C7C7",
}
