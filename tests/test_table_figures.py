"""Figures in data tables: each number cell with the subject its row and column give it.

Tables written for these tests in the forms articles and reports use: Markdown
pipes with a delimiter row, pipes without one, cells set out with spaces; with
scale, currency and per-cent notes in a caption, a header or a row label; and
tables that hold no numbers, which stay page furniture.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analystkit as ak
from analystkit.figures.grid import table_figures, table_rows


def test_the_corner_cells_unit_note_scales_all_but_per_share_amounts():
    text = ("| (in millions, except per-share data) | Q3 2025 | Q3 2024 |\n|---|---:|---:|\n"
            "| Revenue | $4,210 | $3,898 |\n| Diluted EPS | $1.37 | $1.18 |\n"
            "| Revenue growth | 8% | 6% |\n")
    got = [(f.text, f.value, f.subject) for f in table_figures(text, 0, len(text))]
    assert got == [("$4,210", 4.21e9, "Revenue (Q3 2025)"), ("$3,898", 3.898e9, "Revenue (Q3 2024)"),
                   ("$1.37", 1.37, "Diluted EPS (Q3 2025)"), ("$1.18", 1.18, "Diluted EPS (Q3 2024)"),
                   ("8%", 8.0, "Revenue growth (Q3 2025)"), ("6%", 6.0, "Revenue growth (Q3 2024)")]


def figure_rows(art: ak.Article, *columns: str) -> list[tuple]:
    table = art.figures[list(columns)].astype(object)
    return [tuple(None if value != value else value for value in row)
            for row in table.itertuples(index=False)]


BUDGET = ("City budget approved\n\n"
          "The council approved the budget on Monday, officials said.\n\n"
          "| Item | 2024 | 2025 |\n"
          "|---|---:|---:|\n"
          "| Police | $1.2 million | $1.4 million |\n"
          "| **Schools** | 3,100 | 3,300 students |\n\n"
          "The vote passed 7 to 2, the mayor said.\n")


def test_a_pipe_table_gives_one_figure_a_cell_with_row_and_period():
    art = ak.parse_article(BUDGET, fmt="markdown")
    table_id = 3
    assert figure_rows(art, "block_id", "text", "value", "kind", "unit", "subject")[:4] == [
        (table_id, "$1.2 million", 1200000.0, "money", "USD", "Police (2024)"),
        (table_id, "$1.4 million", 1400000.0, "money", "USD", "Police (2025)"),
        (table_id, "3,100", 3100.0, "number", None, "Schools (2024)"),
        (table_id, "3,300", 3300.0, "count", None, "students"),  # names its own
    ]
    block = art.blocks.set_index("block_id").loc[table_id]
    assert (block["kind"], block["label"]) == ("boilerplate", "table")
    # a table states nothing: no claim, and its figures belong to none
    assert 3 not in art.claims["block_id"].tolist()
    assert art.figures.loc[art.figures["block_id"] == table_id, "claim_id"].isna().all()


def test_figures_of_a_table_point_at_their_cells():
    art = ak.parse_article(BUDGET, fmt="markdown")
    for row in art.figures.itertuples():
        assert art.text[row.start:row.end] == row.text


def test_the_column_header_is_what_is_measured_when_both_labels_are_words():
    art = ak.parse_article(
        "Europe in numbers\n\n"
        "The agency published the figures on Friday.\n\n"
        "| Country | Population | Share (%) |\n"
        "|---|---|---|\n"
        "| France | 68 million | 12.5 |\n"
        "| Spain | 48 million | 8.9 |\n", fmt="markdown")
    assert figure_rows(art, "text", "value", "kind", "unit", "subject") == [
        ("68 million", 68e6, "number", None, "Population (France)"),
        ("12.5", 12.5, "percent", "%", "Share (France)"),
        ("48 million", 48e6, "number", None, "Population (Spain)"),
        ("8.9", 8.9, "percent", "%", "Share (Spain)"),
    ]


def test_a_period_in_the_first_column_qualifies_the_column_header():
    art = ak.parse_article(
        "Road deaths\n\nThe ministry released the toll.\n\n"
        "| Year | Deaths | Injured |\n|------|--------|---------|\n"
        "| 2023 | 41 | 310 |\n| 2024 | 38 | 295 |\n", fmt="markdown")
    assert figure_rows(art, "text", "subject") == [
        ("41", "Deaths (2023)"), ("310", "Injured (2023)"),
        ("38", "Deaths (2024)"), ("295", "Injured (2024)"),
    ]  # the years label rows: they are no figures


def test_unit_notes_of_row_labels_and_headers_scale_and_type_the_cells():
    art = ak.parse_article(
        "Results\n\nThe company reported on Tuesday.\n\n"
        "| | FY2024 | FY2025 |\n|---|---|---|\n"
        "| Revenue ($m) | 12 | 14.5 |\n"
        "| Staff | 120 | 130 |\n"
        "| Margin, % | 12 | 14 |\n"
        "| Debt (£bn) | 1.5bn | 2 |\n", fmt="markdown")
    assert figure_rows(art, "text", "value", "kind", "unit", "subject") == [
        ("12", 12e6, "money", "USD", "Revenue (FY2024)"),
        ("14.5", 14.5e6, "money", "USD", "Revenue (FY2025)"),
        ("120", 120.0, "number", None, "Staff (FY2024)"),
        ("130", 130.0, "number", None, "Staff (FY2025)"),
        ("12", 12.0, "percent", "%", "Margin (FY2024)"),
        ("14", 14.0, "percent", "%", "Margin (FY2025)"),
        ("1.5bn", 1.5e9, "money", "GBP", "Debt (FY2024)"),  # its own scale is not applied twice
        ("2", 2e9, "money", "GBP", "Debt (FY2025)"),
    ]


def test_a_scale_in_the_singular_and_south_asian_scales_in_a_header_type_the_cells():
    art = ak.parse_article(
        "Flash appeal\n\nThe appeal seeks funds for each sector.\n\n"
        "| Sector | Requirements (US$ million) | Damage (Rs crore) | Funded (%) | Staff (m) |"
        "\n|---|---|---|---|---|\n"
        "| Shelter | 22.1 | 85.5 | 9 | 1.5 |\n", fmt="markdown")
    assert figure_rows(art, "text", "value", "kind", "unit", "subject") == [
        ("22.1", 22.1e6, "money", "USD", "Requirements (Shelter)"),
        ("85.5", 85.5e7, "money", "INR", "Damage (Shelter)"),
        ("9", 9.0, "percent", "%", "Funded (Shelter)"),
        ("1.5", 1.5e6, "number", None, "Staff (Shelter)"),  # a bare "(m)" stays millions
    ]


def test_a_currency_per_period_and_a_measure_unit_in_a_header_type_the_cells():
    art = ak.parse_article(
        "Rents and sites\n\nThe table below shows the figures for each district this year.\n\n"
        "| District | Rent (£/month) | Fee, € per head | Height (m) | Population (m) "
        "| Area (km²) | Age (years) |\n|---|---|---|---|---|---|---|\n"
        "| Northgate | 1,150 | 40 | 312 | 1.2 | 85 | 41 |\n", fmt="markdown")
    assert figure_rows(art, "text", "value", "kind", "unit", "subject") == [
        ("1,150", 1150.0, "money", "GBP", "Rent per month (Northgate)"),
        ("40", 40.0, "money", "EUR", "Fee per head (Northgate)"),
        ("312", 312.0, "measure", "m", "Height (Northgate)"),  # a length's (m) is metres
        ("1.2", 1.2e6, "number", None, "Population (Northgate)"),  # elsewhere millions
        ("85", 85.0, "measure", "km2", "Area (Northgate)"),
        ("41", 41.0, "duration", "year", "Age (Northgate)"),
    ]


def test_an_amount_in_brackets_alone_in_a_cell_is_negative():
    art = ak.parse_article(
        "Results\n\nThe company reported on Tuesday.\n\n"
        "| | 2024 | 2023 | Change |\n|---|---|---|---|\n"
        "| Operating loss ($m) | (340) | (120) | (183.3%) |\n"
        "| Net result | $(45.5) | ($12.0) | n/a |\n"
        "| Founded | (2019) | (n=12) | 3 (est.) |\n", fmt="markdown")
    assert figure_rows(art, "text", "value", "kind", "unit", "subject") == [
        ("(340)", -340e6, "money", "USD", "Operating loss (2024)"),
        ("(120)", -120e6, "money", "USD", "Operating loss (2023)"),
        ("(183.3%)", -183.3, "percent", "%", "Change (Operating loss)"),
        ("$(45.5)", -45.5, "money", "USD", "Net result (2024)"),
        ("($12.0)", -12.0, "money", "USD", "Net result (2023)"),
        # a year, a sample size and a number with a note are no negatives
        ("2019", 2019.0, "year", None, "Founded (2024)"),
        ("12", 12.0, "number", None, "Founded (2023)"),
        ("3", 3.0, "number", None, "Change (Founded)"),
    ]


def test_a_table_set_out_with_spaces_takes_its_scale_from_the_caption_above():
    art = ak.parse_article(
        "Kestrel Foods lifts sales\n\n"
        "Kestrel Foods said sales rose 6% in the year to March.\n\n"
        "Results (in millions)\n"
        "                   2025      2024     Change\n"
        "Sales              £412      £389     6%\n"
        "Operating profit   £38       £31      23%\n")
    table_figures_ = art.figures[art.figures["claim_id"].isna()]
    assert [tuple(r) for r in table_figures_[["text", "value", "subject"]].itertuples(
        index=False)] == [
        ("£412", 412e6, "Sales (2025)"), ("£389", 389e6, "Sales (2024)"),
        ("6%", 6.0, "Change (Sales)"),
        ("£38", 38e6, "Operating profit (2025)"), ("£31", 31e6, "Operating profit (2024)"),
        ("23%", 23.0, "Change (Operating profit)"),
    ]


def test_a_table_without_a_delimiter_row_finds_its_header_by_its_cells():
    text = "| Region | Cases |\n| North | 1,204 |\n| South | 877 |"
    assert [(f.text, f.subject) for f in table_figures(text, 0, len(text))] == [
        ("1,204", "Cases (North)"), ("877", "Cases (South)")]
    # a first row of amounts is data, not a header
    text = "| North | 1,204 |\n| South | 877 |"
    assert [(f.text, f.subject) for f in table_figures(text, 0, len(text))] == [
        ("1,204", "North"), ("877", "South")]


def test_a_markdown_table_without_outer_pipes_is_one_table_block():
    art = ak.parse_article(
        "Freight slumps at the port\n\nVolumes fell 12% in the third quarter, the port said.\n\n"
        "Region | Volume | Change\n--- | ---: | ---\nNorth | 120,000 | -8%\n"
        "South | 95,000 | -15%\n\nSource: Harbour Authority\n", fmt="markdown")
    assert art.blocks[["kind", "label"]].astype(object).fillna("").values.tolist() == [
        ["headline", ""], ["paragraph", ""], ["boilerplate", "table"], ["sources", ""]]
    assert figure_rows(art, "text", "subject")[1:] == [
        ("120,000", "Volume (North)"), ("-8%", "Change (North)"),
        ("95,000", "Volume (South)"), ("-15%", "Change (South)")]
    assert art.figures["claim_id"].isna().tolist() == [False, True, True, True, True]
    # a line with a bar over a rule whose cells do not match it stays a line over a rule
    art = ak.parse_article("Freight slumps\n\nNorth | South\n--- | --- | ---\n\n"
                           "Volumes fell 12% in the third quarter, the port said.\n")
    assert "table" not in art.blocks["label"].dropna().tolist()


def test_a_table_of_words_stays_page_furniture():
    art = ak.parse_article(
        "Site news\n\nThe site was redesigned this week, its editor said.\n\n"
        "| Home | News | Sport |\n", fmt="markdown")
    assert art.blocks["label"].isna().all()
    assert "boilerplate" in art.blocks["kind"].astype(str).tolist()
    assert art.figures.empty


def test_caption_rows_and_stacked_header_rows_are_no_data():
    # as pages print tables: a caption row across the table, a delimiter row under
    # each header row, a rank before the name, note numbers after labels
    text = ("| Largest towns (in thousands)[4] |  |  |  | \n|---|---|---|---|\n"
            "|  | Rank | Name | Pop.[5] | \n|---|---|---|---|\n"
            "|  | 1 | Alton | 1,628 | \n|  | 2 | Brent | 418.5 | ")
    assert [(f.text, f.value, f.kind, f.subject) for f in table_figures(text, 0, len(text))] == [
        ("1", 1.0, "ordinal", "Rank (Alton)"), ("1,628", 1628000.0, "number", "Pop. (Alton)"),
        ("2", 2.0, "ordinal", "Rank (Brent)"), ("418.5", 418500.0, "number", "Pop. (Brent)")]


def test_escaped_pipes_and_empty_cells_keep_their_columns():
    text = "| Item | A \\| B | C |\n|---|---|---|\n| Fees |  | 40 |"
    assert [[text[a:b] for a, b in row] for row in table_rows(text, 0, len(text))] == [
        ["Item", "A \\| B", "C"], ["Fees", "", "40"]]
    assert [(f.text, f.subject) for f in table_figures(text, 0, len(text))] == [
        ("40", "C (Fees)")]


def test_set_aside_and_roles_count_a_data_table_as_a_reference():
    from analystkit import insights

    art = ak.parse_article(BUDGET, fmt="markdown")
    reasons = insights.set_aside(art).set_index("block_id")["reason"]
    assert reasons.loc[3] == "data table: its numbers are read into figures, cell by cell"
    roles = insights.block_composition(art, by="role").set_index("role")
    assert roles.loc["references", "blocks"] == 1


CELL = st.one_of(st.text(alphabet="abc XYZ$%.,-0123456789", max_size=12),
                 st.sampled_from(["", "2024", "$4.5m", "12%", "n/a", "**Total**", "1,200"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELL, min_size=2, max_size=5), min_size=1, max_size=6),
       st.booleans())
def test_any_table_gives_figures_inside_its_data_cells(cells, delimited):
    lines = ["| " + " | ".join(c.replace("|", "") for c in row) + " |" for row in cells]
    if delimited:
        lines.insert(1, "|" + "---|" * len(cells[0]))
    text = "\n".join(lines)
    rows = table_rows(text, 0, len(text))
    # a row's label: its first cell with a letter (the last cell aside), else its first
    labels = {next((cell for cell in row[:-1] if any(ch.isalpha() for ch in text[slice(*cell)])),
                   row[0]) for row in rows}
    found = table_figures(text, 0, len(text))
    for figure in found:
        assert text[figure.start:figure.end] == figure.text
        assert not any(a <= figure.start < b for a, b in labels)  # labels are no figures
    assert [f.start for f in found] == sorted(f.start for f in found)


@pytest.mark.parametrize("hostile", ["|" * 5000, "| 1 |\n" * 3000, "|" + " 1 |" * 4000])
def test_long_or_degenerate_tables_read_in_time(hostile):
    art = ak.parse_article("Numbers\n\nOfficials said so.\n\n" + hostile, fmt="markdown")
    assert len(art.blocks) >= 3


def test_an_html_table_is_read_like_a_markdown_one():
    page = ("<html><head><title>City budget rises</title></head><body><article>"
            "<h1>City budget rises</h1>"
            "<p>The city council approved its budget on Monday, officials said. Spending "
            "will rise next year, the mayor said.</p>"
            "<table><tr><th>Item</th><th>2024</th><th>2025</th></tr>"
            "<tr><td>Police</td><td>$1.2 million</td><td>$1.4 million</td></tr>"
            "<tr><td>Schools</td><td>$3.1 million</td><td>$3.3 million</td></tr></table>"
            "<p>The council will vote again in March, a spokesperson said.</p>"
            "</article></body></html>")
    art = ak.parse_article(page, fmt="html")
    assert figure_rows(art, "text", "value", "unit", "subject") == [
        ("$1.2 million", 1.2e6, "USD", "Police (2024)"),
        ("$1.4 million", 1.4e6, "USD", "Police (2025)"),
        ("$3.1 million", 3.1e6, "USD", "Schools (2024)"),
        ("$3.3 million", 3.3e6, "USD", "Schools (2025)"),
    ]
    assert 3 not in art.claims["block_id"].tolist()  # the table (block 3) gives no claim


def test_an_infoboxs_name_over_its_rows_is_a_caption_and_no_row_is_a_header():
    text = ("| Kestrelford | |\n|---|---|\n| Country | Valdmark |\n| Founded | 1214 |\n"
            "| Population | 1,204,332 (2021) |\n")
    assert [(f.text, f.subject) for f in table_figures(text, 0, len(text))] == [
        ("1214", "Founded"), ("1,204,332", "Population"), ("2021", "Population")]


def test_headers_in_signs_and_in_points_say_what_their_columns_hold():
    table = ("| Candidate | Votes | % | +/- | Change (pp) |\n|---|---|---|---|---|\n"
             "| William Ruto | 7,176,141 | 50.49 | +3.2 | +3.2 |\n")
    found = table_figures(table, 0, len(table))
    assert [(f.kind, f.unit, f.subject) for f in found] == [
        ("number", None, "Votes (William Ruto)"), ("percent", "%", "William Ruto"),
        ("number", None, "Change (William Ruto)"), ("percent", "pp", "Change (William Ruto)")]
