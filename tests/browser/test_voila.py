"""The claim explorer served as a Voilà dashboard: it renders and its filters answer.

The dashboard is a two-cell notebook written for the test (title, then
``ak.widgets.ClaimExplorer(art)`` on the seed article). The counts the page
must show after each filter are computed here by the same widget driven
headlessly, so the browser and the Python side must agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .lab import REPO, error_outputs, screenshot, start_voila, wait_images_loaded

SEED = REPO / "seeds" / "000_bb73dd05cbc6060c.txt"


def dashboard(folder: Path) -> Path:
    notebook = folder / "claim_explorer.ipynb"
    cells = [
        ("markdown", "# Claim explorer\nFilter the claims of the article by section, hedging, "
                     "cited source and words."),
        ("code", f"import analystkit as ak\n\nart = ak.load_article({str(SEED)!r})\n"
                 "ak.widgets.ClaimExplorer(art)"),
    ]
    notebook.write_text(json.dumps({
        "cells": [{"cell_type": kind, "metadata": {}, "source": src,
                   **({"execution_count": None, "outputs": []} if kind == "code" else {})}
                  for kind, src in cells],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return notebook


def expected_counts() -> dict[str, object]:
    """Drive the explorer headlessly to learn what each filter should show."""
    import analystkit as ak

    explorer = ak.widgets.ClaimExplorer(ak.load_article(SEED))
    total = len(explorer.matches())
    explorer.hedged.value = "hedged"
    hedged = len(explorer.matches())
    explorer.hedged.value = "all"
    section_label, section = next((label, value) for label, value in explorer.section.options
                                  if value is not None)
    explorer.section.value = section
    in_section = len(explorer.matches())
    explorer.section.index = 0  # back to "(all sections)"
    explorer.search.value = "drone"
    searched = len(explorer.matches())
    return {"total": total, "hedged": hedged, "section_label": section_label,
            "in_section": in_section, "searched": searched}


@pytest.mark.timeout(300)
def test_claim_explorer_dashboard_renders_and_filters(browser, new_page, tmp_path):
    from playwright.sync_api import expect

    want = expected_counts()
    total = want["total"]
    assert want["hedged"] not in (0, total) and want["searched"] not in (0, total)
    folder = tmp_path / "dashboard"
    folder.mkdir()
    server = start_voila(dashboard(folder), tmp_path / "home", MPLBACKEND="Agg")
    try:
        page, watch = new_page()
        page.goto(server.url("/"))
        count = page.locator(".ak-count").first
        expect(count).to_have_text(f"{total} of {total} claims")
        wait_images_loaded(page, "body")
        assert "Claim explorer" in page.locator("body").inner_text()
        screenshot(page, "voila-claim-explorer")

        page.locator(".widget-toggle-button", has_text="hedged").click()
        expect(count).to_have_text(f"{want['hedged']} of {total} claims")
        page.locator(".widget-toggle-button", has_text="all").first.click()
        expect(count).to_have_text(f"{total} of {total} claims")

        section = page.locator(".widget-dropdown select:visible").first
        section.select_option(label=str(want["section_label"]))
        expect(count).to_have_text(f"{want['in_section']} of {total} claims")
        section.select_option(index=0)
        expect(count).to_have_text(f"{total} of {total} claims")

        page.locator("input[placeholder='words in the claim']").fill("drone")
        expect(count).to_have_text(f"{want['searched']} of {total} claims")
        assert page.locator(".analystkit-view mark").count() >= want["searched"]
        screenshot(page, "voila-claim-explorer-filtered")

        assert not error_outputs(page, "body")
        assert not watch.page_errors, f"uncaught JS errors: {watch.page_errors}"
        assert not watch.dialogs, watch.dialogs
    finally:
        server.stop()
