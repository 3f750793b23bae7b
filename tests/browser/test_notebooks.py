"""Every notebook of the workbook, opened in JupyterLab in Chromium, Run All, checked.

For each notebook in notebooks/ (found by glob, so new ones are covered):
no traceback in any output, every chart image loaded, every widget rendered
and answering an interaction, no uncaught JavaScript error, and the file on
disk unchanged. Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

import pytest

from .lab import (
    REPO,
    error_outputs,
    images,
    notebook_code_cells,
    open_notebook,
    poke,
    run_all,
    saved_output_counts,
    screenshot,
    top_widgets,
    widget_state,
)

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def n_runnable(path: Path) -> int:
    return sum(1 for cell in notebook_code_cells(path) if "".join(cell["source"]).strip())


def check_triage_saves(page, widget, store_path: Path, name: str) -> None:
    """Choose a verdict in the triage widget, save, and find it in the SQLite store."""
    from analystkit.triage import open_store

    note = f"browser check {secrets.token_hex(4)}"
    widget.locator('.widget-toggle-button[data-value="disputed"]').click()
    widget.locator("textarea").fill(note)
    widget.locator("button.widget-button", has_text="Save verdict").click()
    saved = widget.locator(".ak-saved")
    saved.wait_for()
    assert "disputed" in saved.inner_text()
    screenshot(page, name, widget)
    claim_id = int(saved.inner_text().split("on claim ")[1].split()[0])
    with open_store(store_path) as store:
        history = store.history()
    row = history[history["note"] == note]
    assert len(row) == 1, f"verdict saved in the browser is not in {store_path}"
    assert row["verdict"].item() == "disputed" and int(row["claim_id"].item()) == claim_id
    assert row["reviewer"].item() == "browser test"


@pytest.mark.timeout(420)
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(lab, new_page, demo_store, notebook):
    before = digest(notebook)
    saved = saved_output_counts(notebook)
    page, watch = new_page()
    try:
        open_notebook(page, lab, f"repo/notebooks/{notebook.name}")
        run_all(page, n_runnable(notebook))

        errors = error_outputs(page)
        assert not errors, f"{notebook.name}: error output after Run All:\n{errors[0]}"

        shown = images(page)
        assert len(shown) >= saved["images"], (
            f"{notebook.name}: {len(shown)} images rendered, the saved notebook has "
            f"{saved['images']}")
        assert all(i["w"] > 0 and i["h"] > 0 for i in shown), f"an image did not load: {shown}"

        state = widget_state(page)
        assert not state["failed"], f"{notebook.name}: widget failed to render: {state['failed']}"
        assert state["count"] >= saved["widgets"], (
            f"{notebook.name}: {state['count']} widgets rendered, the saved notebook has "
            f"{saved['widgets']}")

        page.locator(".jp-NotebookPanel .jp-Cell").first.scroll_into_view_if_needed()
        screenshot(page, notebook.stem)
        charts = page.locator(".jp-NotebookPanel .jp-OutputArea-output img")
        if charts.count():
            screenshot(page, f"{notebook.stem}-chart", charts.first)
        widgets = top_widgets(page)
        for i in range(widgets.count()):
            widget = widgets.nth(i)
            screenshot(page, f"{notebook.stem}-widget-{i + 1}", widget)
            poke(page, widget)  # raises if the kernel never answers
            if "analystkit-triage" in (widget.get_attribute("class") or ""):
                check_triage_saves(page, widget, demo_store, f"{notebook.stem}-triage-saved")

        errors = error_outputs(page)
        assert not errors, f"{notebook.name}: error output after using the widgets:\n{errors[0]}"
        assert not watch.page_errors, f"{notebook.name}: uncaught JS errors: {watch.page_errors}"
        assert not watch.dialogs, f"{notebook.name}: unexpected dialogs: {watch.dialogs}"
    finally:
        page.close()
        lab.shutdown_kernels()
    assert digest(notebook) == before, f"{notebook.name} was modified by the browser run"


@pytest.mark.timeout(300)
def test_the_checks_catch_a_failing_notebook(lab, new_page, hostile_dir):
    """The error and image checks are not vacuous: a failing notebook is caught."""
    path = hostile_dir / "failing.ipynb"
    cells = [
        "%matplotlib inline\nimport matplotlib.pyplot as plt\n"
        "fig, ax = plt.subplots(figsize=(3, 2))\nax.plot([1, 2])\nplt.show()",
        "import warnings\nwarnings.warn('only a warning')",
        "1 / 0",
        "print('never runs')",
    ]
    path.write_text(json.dumps({
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                   "source": src} for src in cells],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}))
    page, watch = new_page()
    try:
        open_notebook(page, lab, "generated/failing.ipynb")
        run_all(page, len(cells))  # returns once a cell failed, not after a timeout
        errors = error_outputs(page)
        assert len(errors) == 1 and "ZeroDivisionError" in errors[0]
        assert "only a warning" not in errors[0]
        shown = images(page)
        assert len(shown) == 1 and shown[0]["w"] > 0
    finally:
        page.close()
        lab.shutdown_kernels()
