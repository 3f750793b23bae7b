"""Helpers for the browser suite: start JupyterLab and Voilà, drive notebooks in Chromium.

Everything here waits for a condition in the page (with a generous timeout
so a hang fails instead of blocking CI); nothing asserts on elapsed time.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
LOCAL = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:")

SERVER_START_TIMEOUT = 90.0  # seconds; a server not up by then has failed
PAGE_TIMEOUT = 90_000        # ms, for page loads and kernel starts
RUN_TIMEOUT = 240_000        # ms, for Run All on one notebook
RESPONSE_TIMEOUT = 30_000    # ms, for a widget to answer a click


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- servers --------------------------------------------------------------------------
@dataclass
class Server:
    """A JupyterLab or Voilà process started for the tests."""

    name: str
    port: int
    token: str
    proc: subprocess.Popen
    log: Path
    home: Path
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/", **query: str) -> str:
        params = "&".join(f"{k}={v}" if v else k for k, v in query.items())
        sep = "&" if "?" in path else "?"
        tail = f"{params}&" if params else ""
        return f"{self.base}{path}{sep}{tail}token={self.token}"

    def api(self, method: str, path: str) -> Any:
        request = urllib.request.Request(f"{self.base}{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def shutdown_kernels(self) -> None:
        """Shut down every session's kernel (a notebook closed in the browser keeps its own)."""
        for session in self.api("GET", "/api/sessions"):
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels"):
            self.api("DELETE", f"/api/kernels/{kernel['id']}")

    def stop(self) -> None:
        """Stop the process we started (SIGTERM, then SIGKILL), by its own pid."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)


def jupyter_env(home: Path, **extra: str) -> dict[str, str]:
    """Return an environment with private Jupyter/IPython dirs under ``home``.

    Lab settings there turn off the news and update toasts, autosave (a run in
    the browser must never write a notebook back) and notebook windowing (so
    every cell is in the page, not only those scrolled into view).
    """
    dirs = {name: home / name for name in ("config", "runtime", "data", "settings", "workspaces",
                                           "ipython")}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    settings = {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
            {"fetchNews": "false", "checkForUpdates": False},
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings":
            {"autosave": False, "confirmClosingDocument": False},
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
            {"windowingMode": "none"},
    }
    for name, value in settings.items():
        target = dirs["settings"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(value))
    labconfig = dirs["config"] / "labconfig"
    labconfig.mkdir(exist_ok=True)
    (labconfig / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_"))}
    env.update(JUPYTER_CONFIG_DIR=str(dirs["config"]), JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
               JUPYTER_DATA_DIR=str(dirs["data"]), JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
               JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]), IPYTHONDIR=str(dirs["ipython"]),
               JUPYTER_PLATFORM_DIRS="1", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def _wait_until_up(server: Server, path: str) -> Server:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.proc.returncode}:\n"
                               f"{server.log_tail()}")
        try:
            server.api("GET", path)
            return server
        except urllib.error.HTTPError:  # it answers, even if not this path: it is up
            return server
        except (urllib.error.URLError, ConnectionError, OSError):
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"{server.name} did not answer within "
                                   f"{SERVER_START_TIMEOUT:.0f} s:\n{server.log_tail()}") from None
            time.sleep(0.2)


def start_lab(root: Path, home: Path, **env: str) -> Server:
    """Start JupyterLab on 127.0.0.1 with a fresh token, serving ``root``."""
    port, token = free_port(), secrets.token_hex(24)
    home.mkdir(parents=True, exist_ok=True)
    log = home / "jupyterlab.log"
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
           "--ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0",
           "--LabApp.news_url=", "--ServerApp.terminals_enabled=False"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, env=jupyter_env(home, **env), stdout=out,
                                stderr=subprocess.STDOUT, cwd=root, start_new_session=True)
    return _wait_until_up(Server("JupyterLab", port, token, proc, log, home), "/api/status")


def start_voila(notebook: Path, home: Path, **env: str) -> Server:
    """Serve one notebook as a Voilà dashboard on 127.0.0.1 with a fresh token."""
    port, token = free_port(), secrets.token_hex(24)
    home.mkdir(parents=True, exist_ok=True)
    log = home / "voila.log"
    cmd = [sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", f"--Voila.token={token}", "--Voila.port_retries=0",
           "--show_tracebacks=True"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, env=jupyter_env(home, **env), stdout=out,
                                stderr=subprocess.STDOUT, cwd=notebook.parent,
                                start_new_session=True)
    return _wait_until_up(Server("Voila", port, token, proc, log, home), "/api/kernels")


# -- what happens in a page ---------------------------------------------------------------
class PageWatch:
    """Record what a page does behind our back: JS errors, console errors, dialogs."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.page_errors: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.external: list[str] = []
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        # The suite never touches the internet: requests that leave 127.0.0.1 (Voila's
        # template asks a CDN for an icon font) get an empty answer and are listed.
        page.route(lambda url: not url.startswith(LOCAL), self._offline)
        page.on("console", self._console)
        page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} @ {message.location.get('url', '')}")

    def _offline(self, route: Any) -> None:
        self.external.append(route.request.url)
        route.fulfill(status=204, body="")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


# JS: every output that is a Python traceback (JupyterLab renders errors as stderr text).
_ERRORS_JS = """(root) => Array.from(document.querySelectorAll(root + ' .jp-OutputArea-output'))
  .filter(e => e.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr')
  .map(e => e.innerText)
  .filter(t => /Traceback \\(most recent call last\\)/.test(t)
            || /^-{20,}\\s*\\n?\\S*(Error|Exception)/m.test(t))"""

# JS: size of every image in an output (0x0 = not loaded).
_IMAGES_JS = """(root) => Array.from(document.querySelectorAll(root + ' .jp-OutputArea-output img, '
  + root + ' .jupyter-widgets img'))
  .map(i => ({w: i.naturalWidth, h: i.naturalHeight, complete: i.complete}))"""

# JS: top-level ipywidgets views, and widget outputs that failed to render.
_WIDGETS_JS = """(root) => {
  const all = Array.from(document.querySelectorAll(root + ' .jupyter-widgets'));
  const tops = all.filter(e => !e.parentElement.closest('.jupyter-widgets'));
  const failed = Array.from(document.querySelectorAll(root + ' .jp-OutputArea-output, ' + root
      + ' .jupyter-widgets-output-area, ' + root + ' .widget-subarea'))
    .filter(e => /Error displaying widget|Error rendering view|model not found/.test(e.innerText))
    .map(e => e.innerText.slice(0, 300));
  return {count: tops.length, failed: failed};
}"""

# JS: what the kernel side of a widget renders (HTML values, output areas, images);
# changes when the kernel answers an interaction, not when a control merely changes.
_SIGNATURE_JS = """(el) => Array.from(el.querySelectorAll(
    '.widget-html-content, .widget-output, .jupyter-widgets-output-area, img, .widget-readout,'
    + ' .widget-label'))
  .map(e => e.tagName === 'IMG' ? e.src.length + ':' + e.src.slice(-64) : e.innerHTML)
  .join('\\u241e')"""


def notebook_code_cells(path: Path) -> list[dict[str, Any]]:
    """Return the code cells of a notebook file (nbformat 4 JSON)."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [c for c in cells if c["cell_type"] == "code"]


def saved_output_counts(path: Path) -> dict[str, int]:
    """Count the images and widget views the notebook's saved outputs hold."""
    images = widgets = 0
    for cell in notebook_code_cells(path):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            images += "image/png" in data or "image/svg+xml" in data or "image/jpeg" in data
            widgets += "application/vnd.jupyter.widget-view+json" in data
    return {"images": images, "widgets": widgets}


def wait_kernel_idle(page: Any, timeout: float = PAGE_TIMEOUT) -> None:
    """Wait until the notebook's kernel is started and idle (status bar says so)."""
    page.wait_for_function(
        """() => { const s = document.querySelector('#jp-main-statusbar');
                   return s && /\\|\\s*Idle/.test(s.innerText); }""", timeout=timeout)


def open_notebook(page: Any, lab: Server, rel_path: str) -> None:
    """Open a notebook in JupyterLab (fresh workspace) and wait for its kernel."""
    page.goto(lab.url(f"/lab/tree/{rel_path}", reset=""), timeout=PAGE_TIMEOUT)
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=PAGE_TIMEOUT)
    accept_kernel_dialog(page)
    wait_kernel_idle(page)
    collapse_left_sidebar(page)


def accept_kernel_dialog(page: Any) -> None:
    """Accept a "Select Kernel" dialog if the notebook's kernelspec is unknown here."""
    dialog = page.locator(".jp-Dialog .jp-mod-accept")
    if dialog.count():
        dialog.first.click()


def collapse_left_sidebar(page: Any) -> None:
    """Hide the file browser so screenshots show the notebook at full width."""
    tab = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if tab.count():
        tab.first.click()


def run_all(page: Any, n_code_cells: int, timeout: float = RUN_TIMEOUT) -> None:
    """Run all cells from the Run menu; wait until every cell ran or one failed."""
    page.click('.lm-MenuBar-itemLabel:text-is("Run")')
    page.click('.lm-Menu-itemLabel:text-is("Run All Cells")')
    page.wait_for_function(
        """(expected) => {
             const prompts = Array.from(document.querySelectorAll(
                 '.jp-NotebookPanel .jp-CodeCell .jp-InputArea-prompt'))
               .map(p => p.innerText.trim());
             if (prompts.some(p => p === '[*]:')) return false;
             const failed = (""" + _ERRORS_JS + """)('.jp-NotebookPanel').length > 0;
             const done = prompts.filter(p => /^\\[\\d+\\]:$/.test(p)).length >= expected;
             return failed || done;
           }""", arg=n_code_cells, timeout=timeout)
    wait_kernel_idle(page)
    wait_images_loaded(page, ".jp-NotebookPanel")


def wait_images_loaded(page: Any, root: str, timeout: float = PAGE_TIMEOUT) -> None:
    """Wait until every image under ``root`` has finished loading (or failed)."""
    page.wait_for_function(
        """(root) => Array.from(document.querySelectorAll(root + ' img')).every(i => i.complete)""",
        arg=root, timeout=timeout)


def error_outputs(page: Any, root: str = ".jp-NotebookPanel") -> list[str]:
    """Tracebacks shown in outputs under ``root``."""
    return page.evaluate(_ERRORS_JS, root)


def images(page: Any, root: str = ".jp-NotebookPanel") -> list[dict[str, Any]]:
    """Natural sizes of the images shown under ``root``."""
    return page.evaluate(_IMAGES_JS, root)


def widget_state(page: Any, root: str = ".jp-NotebookPanel") -> dict[str, Any]:
    """Number of top-level widget views under ``root`` and texts of failed ones."""
    return page.evaluate(_WIDGETS_JS, root)


def top_widgets(page: Any, root: str = ".jp-NotebookPanel") -> Any:
    """Locator of the outermost ipywidgets views under ``root``, in page order."""
    page.evaluate("""(root) => Array.from(document.querySelectorAll(root + ' .jupyter-widgets'))
        .filter(e => !e.parentElement.closest('.jupyter-widgets'))
        .forEach((e, i) => e.setAttribute('data-ak-top-widget', String(i)))""", root)
    return page.locator(f"{root} [data-ak-top-widget]")


def signature(locator: Any) -> str:
    """What the kernel side of a widget currently shows."""
    return locator.evaluate(_SIGNATURE_JS)


def wait_changed(page: Any, locator: Any, before: str, timeout: float = RESPONSE_TIMEOUT) -> None:
    """Wait until a widget's kernel-rendered content differs from ``before``."""
    handle = locator.element_handle()
    page.wait_for_function(f"([el, before]) => ({_SIGNATURE_JS})(el) !== before",
                           arg=[handle, before], timeout=timeout)


def poke(page: Any, widget: Any) -> str:
    """Interact with one widget the way a user would and wait for the kernel to answer.

    Tries, in order: choose another option of its first visible dropdown;
    press a toggle button that is not pressed; type into its first text box;
    click its first enabled button. Returns what was done.
    """
    selects = widget.locator("select:visible")
    for i in range(selects.count()):
        select = selects.nth(i)
        options = select.locator("option")
        values = [options.nth(j).get_attribute("value") for j in range(options.count())]
        current = select.input_value()
        others = [v for v in values if v != current]
        if others:
            before = signature(widget)
            select.select_option(others[-1 if len(others) > 1 else 0])
            wait_changed(page, widget, before)
            return f"selected {others[-1 if len(others) > 1 else 0]!r}"
    toggles = widget.locator(".widget-toggle-button:not(.mod-active):visible")
    if toggles.count():
        before = signature(widget)
        label = toggles.last.inner_text()
        toggles.last.click()
        wait_changed(page, widget, before)
        return f"pressed {label!r}"
    texts = widget.locator("input[type=text]:visible, textarea:visible")
    if texts.count():
        before = signature(widget)
        texts.first.fill("the")
        texts.first.press("Enter")
        wait_changed(page, widget, before)
        return "typed 'the'"
    buttons = widget.locator("button.widget-button:not([disabled]):visible")
    if buttons.count():
        before = signature(widget)
        label = buttons.first.inner_text()
        buttons.first.click()
        wait_changed(page, widget, before)
        return f"clicked {label!r}"
    raise AssertionError("widget has no control to interact with")


def screenshot(page: Any, name: str, locator: Any | None = None) -> Path:
    """Save a screenshot to artifacts/screenshots/ (of one element when given)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if locator is not None:
        locator.scroll_into_view_if_needed()
        locator.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path))
    return path
