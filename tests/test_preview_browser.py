"""``briefkit preview`` in a real browser: headless Chromium driven over the DevTools protocol.

The page is opened, the content file is edited on disk as an editor would,
and what the page shows is read back from the browser's DOM.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from briefkit.preview.app import Preview
from conftest import SAMPLE, require_tool

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000"]


class Browser:
    """A headless Chromium and one page of it, spoken to over the DevTools protocol."""

    def __init__(self, chromium: str, profile: Path) -> None:
        import websocket

        self.process = subprocess.Popen([chromium, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
                                         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.is_file() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            targets = json.load(response)
        page = next(t for t in targets if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=20, suppress_origin=True)
        self._id = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and return its result (events that arrive meanwhile are dropped)."""
        self._id += 1
        self.socket.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, check: Callable[[Any], bool], seconds: float) -> Any:
        """Poll ``expression`` until ``check`` accepts its value; fail with the last value after ``seconds``."""
        deadline = time.monotonic() + seconds
        value = self.evaluate(expression)
        while not check(value):
            if time.monotonic() > deadline:
                pytest.fail(f"after {seconds} s, {expression} is {value!r}")
            time.sleep(0.05)
            value = self.evaluate(expression)
        return value

    def close(self) -> None:
        """Close the connection and end the browser."""
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    """A headless Chromium with a private profile."""
    chromium = require_tool("chromium")
    started = Browser(chromium, tmp_path / "profile")
    try:
        yield started
    finally:
        started.close()


def save(path: Path, text: str) -> None:
    """Save as many editors do: write a new file, then rename it over the old one."""
    scratch = path.with_name(path.name + ".saving~")
    scratch.write_text(text, encoding="utf-8")
    scratch.replace(path)


TITLE = "document.querySelector('#title').textContent"
NOTE_TEXT = "(document.querySelector('#note-html iframe').contentDocument || {body: null}).body?.innerText || ''"
OVERLAY = ("(() => { const o = document.querySelector('#overlay');"
           " return o.hidden || getComputedStyle(o).display === 'none' ? null : o.innerText; })()")
SLIDES = "document.querySelectorAll('#slides .thumbs img').length"


def test_edits_reach_the_open_page_and_errors_overlay_the_last_good_render(browser: Browser, tmp_path: Path) -> None:
    content = tmp_path / "brief.yaml"
    shutil.copyfile(SAMPLE, content)
    original = content.read_text(encoding="utf-8")
    old_title = "Strengthening international cooperation in artificial intelligence is at the right time"
    assert f"  title: {old_title}\n" in original
    with Preview(content, ("note", "slides", "summary")) as app:
        app.start()
        assert app.watcher.ready.wait(10)
        browser.call("Page.navigate", url=app.url)
        browser.wait_for(TITLE, lambda t: t == old_title, 20)
        browser.wait_for(NOTE_TEXT, lambda t: old_title in t, 20)
        assert browser.wait_for(SLIDES, lambda n: n >= 10, 20) >= 10
        assert browser.evaluate(OVERLAY) is None
        # The sample's deck has slides whose text was shrunk to fit: those warnings show, folded, apart from errors.
        warnings = "document.querySelector('#warnings').hidden ? null : document.querySelector('#warnings').textContent"
        assert "text shrunk" in browser.wait_for(warnings, lambda text: bool(text), 5)

        retitled = original.replace(f"  title: {old_title}\n", "  title: Preview sees every save\n", 1)
        save(content, retitled)
        browser.wait_for(TITLE, lambda t: t == "Preview sees every save", 2)
        browser.wait_for(NOTE_TEXT, lambda t: "Preview sees every save" in t, 2)

        lines = retitled.splitlines(keepends=True)
        assert lines[5].startswith("  title: ")
        lines[5] = "  title: : broken\n"  # line 6: "mapping values are not allowed here"
        save(content, "".join(lines))
        overlay = browser.wait_for(OVERLAY, lambda text: text is not None, 5)
        assert "brief.yaml:6" in overlay
        assert "mapping values are not allowed" in overlay
        # The last good render stays on the page beneath the overlay.
        assert browser.evaluate(TITLE) == "Preview sees every save"
        assert "Preview sees every save" in browser.evaluate(NOTE_TEXT)

        save(content, retitled)
        browser.wait_for(OVERLAY, lambda text: text is None, 5)
        assert browser.evaluate(TITLE) == "Preview sees every save"


def test_a_slide_thumbnail_enlarges(browser: Browser, tmp_path: Path) -> None:
    content = tmp_path / "brief.yaml"
    shutil.copyfile(SAMPLE, content)
    with Preview(content, ("slides",)) as app:
        app.start()
        browser.call("Page.navigate", url=app.url)
        browser.wait_for(SLIDES, lambda n: n >= 10, 20)
        browser.evaluate("document.querySelectorAll('#slides .thumbs button')[3].click()")
        shown = "(() => { const d = document.querySelector('#lightbox'); return d.open ? d.innerText : null; })()"
        assert "Slide 4 of" in browser.wait_for(shown, lambda text: text is not None, 5)
        width = "document.querySelector('#lightbox img').getBoundingClientRect().width"
        thumb = "document.querySelectorAll('#slides .thumbs img')[3].getBoundingClientRect().width"
        browser.wait_for(width, lambda w: bool(w), 5)
        assert browser.evaluate(width) > 2 * browser.evaluate(thumb)
