"""Hostile content: article text that tries to run script must show as text, in Lab and Voilà.

The article's claims and source titles carry ``<script>``, ``<img onerror>``,
``<svg onload>`` and ``javascript:`` links. It is opened in every analystkit
widget (and the article card and tables) in a real browser; the tests assert
that no script ran — no dialog, no console error, no uncaught error, the
page title untouched — and that the payloads are shown literally.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .lab import (
    PageWatch,
    error_outputs,
    open_notebook,
    run_all,
    screenshot,
    start_voila,
    wait_images_loaded,
)

# Each payload would open a dialog (alert) or change the page title if it ran.
CLAIM_SCRIPT = "<script>alert('claim')</script>"
CLAIM_IMG = "<img src=x onerror=alert('img')>"
CLAIM_SVG = "<svg onload=document.title='pwned'>"
CLAIM_LINK = "<a href=\"javascript:alert('link')\">see the report</a>"
TITLE_IMG = "<img src=x onerror=document.title='pwned'>"
TITLE_SCRIPT = "<script>alert('title')</script>"
JS_URL = "javascript:alert('url')"

HOSTILE_ARTICLE = f"""Officials {CLAIM_SCRIPT} say the harbour will reopen in May

The port authority said 40 ships {CLAIM_IMG} were waiting outside the harbour on Monday[1]. \
Dockworkers may strike again next week {CLAIM_SVG}, the union said[2]. \
A spokesperson called the report {CLAIM_LINK} misleading[1][2].

Sources:
- [1] Harbour Times: "{TITLE_IMG} Ships wait as port stays shut" {JS_URL}
- [2] The Ledger: "Union {TITLE_SCRIPT} warns of strike" https://example.org/ledger?a=1&b=2
"""

# JS: markup inside outputs that could run script: script/iframe/object/embed
# elements, on* handler attributes, javascript: URLs.
_ACTIVE_MARKUP_JS = """(root) => {
  const bad = [];
  for (const out of document.querySelectorAll(root + ' .jp-OutputArea-output')) {
    for (const el of out.querySelectorAll('*')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) {
        bad.push(el.outerHTML.slice(0, 120));
      }
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || /^\\s*javascript:/i.test(attr.value)) {
          bad.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 80));
        }
      }
    }
  }
  return bad;
}"""

WIDGETS = ("ClaimExplorer", "FigureSelector", "SourcePicker", "AuditBrowser")


def hostile_notebook(folder: Path) -> Path:
    """Write the hostile article and a notebook showing it in every widget."""
    article = folder / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    cells = [
        ("markdown", "# Hostile article\nEvery widget on an article whose text holds markup."),
        ("code", "import analystkit as ak\nfrom IPython.display import display\n"
                 "from analystkit.triage_widget import TriageWidget\n\n"
                 f"art = ak.load_article({str(article)!r})\nart"),
        ("code", "art.claims[['claim_id', 'text', 'n_sources']]"),
        ("code", "art.sources[['source_id', 'outlet', 'title', 'url']]"),
        ("code", f"for name in {WIDGETS!r}:\n"
                 "    if hasattr(ak.widgets, name):\n"
                 "        display(getattr(ak.widgets, name)(art))"),
        ("code", f"triage = TriageWidget(art, {str(folder / 'hostile.sqlite')!r}, "
                 f"reviewer={TITLE_SCRIPT!r})\ntriage"),
    ]
    notebook = folder / "hostile.ipynb"
    notebook.write_text(json.dumps({
        "cells": [{"cell_type": kind, "metadata": {}, "source": src,
                   **({"execution_count": None, "outputs": []} if kind == "code" else {})}
                  for kind, src in cells],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return notebook


def test_the_hostile_article_really_carries_the_payloads(tmp_path):
    import analystkit as ak

    art = ak.parse_article(HOSTILE_ARTICLE, article_id="hostile")
    claims = " ".join(art.claims["text"])
    for payload in (CLAIM_SCRIPT, CLAIM_IMG, CLAIM_SVG, CLAIM_LINK):
        assert payload in claims
    titles = " ".join(art.sources["title"].dropna())
    assert TITLE_IMG in titles and TITLE_SCRIPT in titles


def assert_nothing_ran(page, watch: PageWatch, root: str) -> None:
    assert not watch.dialogs, f"a script ran and opened a dialog: {watch.dialogs}"
    assert not watch.page_errors, f"uncaught JS errors: {watch.page_errors}"
    assert not watch.console_errors, f"console errors: {watch.console_errors}"
    assert "pwned" not in page.title()
    assert page.evaluate(_ACTIVE_MARKUP_JS, root) == []


def exercise_widgets(page, root: str) -> None:
    """Step the triage widget through every claim, save a verdict, search the explorer."""
    triage = page.locator(f"{root} .analystkit-triage")
    assert CLAIM_SCRIPT in triage.inner_text()  # the first claim, shown as text
    seen = [triage.locator(".ak-claim").inner_text()]
    next_button = triage.locator("button.widget-button", has_text="Next")
    while next_button.is_enabled():
        next_button.click()
        page.wait_for_function("([el, prev]) => el.querySelector('.ak-claim').innerText !== prev",
                               arg=[triage.element_handle(), seen[-1]])
        seen.append(triage.locator(".ak-claim").inner_text())
    joined = "\n".join(seen)
    for payload in (CLAIM_IMG, CLAIM_SVG, CLAIM_LINK):
        assert payload in joined
    evidence = triage.locator(".ak-evidence").inner_text()
    assert TITLE_IMG in evidence or TITLE_SCRIPT in evidence
    triage.locator('.widget-toggle-button[data-value="false"]').click()
    triage.locator("textarea").fill(CLAIM_IMG)
    triage.locator("button.widget-button", has_text="Save verdict").click()
    triage.locator(".ak-saved").wait_for()
    assert TITLE_SCRIPT in triage.locator(".ak-saved").inner_text()  # the reviewer's name

    search = page.locator(f"{root} input[placeholder='words in the claim']")
    if search.count():
        search.first.fill("<script>")
        page.locator(f"{root} .ak-count", has_text="1 of").first.wait_for()
        assert CLAIM_SCRIPT in page.locator(f"{root} .analystkit-view").first.inner_text()


@pytest.mark.timeout(300)
def test_hostile_article_in_jupyterlab_shows_text_and_runs_nothing(lab, new_page, hostile_dir):
    hostile_notebook(hostile_dir)
    page, watch = new_page()
    root = ".jp-NotebookPanel"
    try:
        open_notebook(page, lab, "generated/hostile.ipynb")
        run_all(page, 5)
        errors = error_outputs(page, root)
        assert not errors, errors[0]
        text = page.locator(root).inner_text()
        for payload in (CLAIM_SCRIPT, CLAIM_IMG, CLAIM_SVG, TITLE_IMG, TITLE_SCRIPT):
            assert payload in text, f"{payload!r} is not shown literally"
        exercise_widgets(page, root)
        screenshot(page, "hostile-lab-triage", page.locator(f"{root} .analystkit-triage"))
        assert_nothing_ran(page, watch, root)
    finally:
        page.close()
        lab.shutdown_kernels()


@pytest.mark.timeout(300)
def test_hostile_article_in_voila_shows_text_and_runs_nothing(browser, new_page, tmp_path):
    folder = tmp_path / "voila-hostile"
    folder.mkdir()
    notebook = hostile_notebook(folder)
    server = start_voila(notebook, tmp_path / "home", MPLBACKEND="Agg")
    try:
        page, watch = new_page()
        page.goto(server.url("/"))
        page.locator(".analystkit-triage").wait_for()
        wait_images_loaded(page, "body")
        assert not error_outputs(page, "body")
        text = page.locator("body").inner_text()
        for payload in (CLAIM_SCRIPT, CLAIM_IMG, CLAIM_SVG, TITLE_IMG, TITLE_SCRIPT):
            assert payload in text, f"{payload!r} is not shown literally"
        exercise_widgets(page, "body")
        screenshot(page, "hostile-voila")
        assert_nothing_ran(page, watch, "body")
    finally:
        server.stop()
