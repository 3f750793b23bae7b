"""Fixtures for the browser suite: Chromium via Playwright, JupyterLab, Voilà.

Every test in this folder is marked ``browser``. Without /usr/bin/chromium or
the playwright package they are skipped with the reason — except under
``CI=true``, where a missing browser is a failure, so CI cannot go green by
not testing in a browser. Deselect them locally with ``-m "not browser"``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .lab import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    PAGE_TIMEOUT,
    REPO,
    VIEWPORT,
    PageWatch,
    Server,
    start_lab,
)

HERE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab or Voilà in Debian's Chromium with Playwright "
                   "(needs /usr/bin/chromium and the playwright package)")


def missing_browser() -> str | None:
    """Why the browser suite cannot run here, or None when it can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (install it with: apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    return None


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = missing_browser()
    for item in items:
        if HERE not in Path(str(item.path)).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        if reason and not under_ci():
            item.add_marker(pytest.mark.skip(reason=f"browser suite skipped: {reason}"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    reason = missing_browser()
    if reason:
        if under_ci():
            pytest.fail(f"CI=true and the browser suite cannot run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS,
                                          headless=True)
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()


@pytest.fixture(scope="session")
def browser_context(browser: Any) -> Iterator[Any]:
    """One browsing context for the session, so JupyterLab's scripts are cached once."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(PAGE_TIMEOUT)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture()
def new_page(browser_context: Any) -> Iterator[Callable[[], tuple[Any, PageWatch]]]:
    """Open fresh pages, each with a watch on JS errors, console errors and dialogs."""
    pages = []

    def make() -> tuple[Any, PageWatch]:
        page = browser_context.new_page()
        pages.append(page)
        return page, PageWatch(page)

    yield make
    for page in pages:
        if not page.is_closed():
            page.close()


@pytest.fixture(scope="session")
def lab_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Private home of the test JupyterLab: config, runtime and settings dirs, the served root."""
    return tmp_path_factory.mktemp("lab")


@pytest.fixture(scope="session")
def hostile_dir(lab_home: Path) -> Path:
    """A folder beside the repository in the served root, for generated test notebooks."""
    folder = lab_home / "root" / "generated"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def demo_store(lab_home: Path) -> Path:
    """The verdict store notebook 07 writes to when run in the browser (fresh per session)."""
    return lab_home / "verdicts.sqlite"


@pytest.fixture(scope="session")
def lab(browser: Any, lab_home: Path, hostile_dir: Path, demo_store: Path) -> Iterator[Server]:
    """JupyterLab on 127.0.0.1 with a fresh token.

    It serves a temporary root holding ``repo`` (a link to this checkout) and
    ``generated`` (notebooks the tests write), so generated files never land
    in the repository.
    """
    root = lab_home / "root"
    root.mkdir(exist_ok=True)
    (root / "repo").symlink_to(REPO, target_is_directory=True)
    server = start_lab(root, lab_home / "home", ANALYSTKIT_DEMO_VERDICTS=str(demo_store),
                       ANALYSTKIT_REVIEWER="browser test", MPLBACKEND="Agg")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(lab_home / "home" / "runtime", ignore_errors=True)
