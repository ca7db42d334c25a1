"""Save-to-reload time of ``briefkit preview`` for the sample: the HTML note and the deck thumbnails.

Starts ``briefkit preview`` as its own process on a copy of the sample, listens
to its event stream as the page does, saves a new title (write a new file,
rename it over the old, as editors do) and times, from the save:

- note: until the page has the event, the new state and the new HTML note;
- slides: until it also has every slide thumbnail whose image changed.

Prints medians; asserts nothing.  Run from the repository root:

    python benchmarks/preview_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
TITLE = "  title: Strengthening international cooperation in artificial intelligence is at the right time\n"


class Client:
    """What the page does: follow /events, fetch /state.json and the files it names."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.events: queue.Queue[int] = queue.Queue()
        threading.Thread(target=self._listen, daemon=True).start()

    def get(self, path: str) -> bytes:
        """One GET on the preview."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path)
        body = connection.getresponse().read()
        connection.close()
        return body

    def state(self) -> dict[str, Any]:
        """The page's state."""
        loaded: dict[str, Any] = json.loads(self.get("/state.json"))
        return loaded

    def _listen(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        connection.request("GET", "/events")
        stream = connection.getresponse()
        for raw in stream:
            line = raw.decode().strip()
            if line.startswith("data: "):
                self.events.put(int(line[6:]))

    def wait_for(self, ready: Any, timeout: float = 30) -> dict[str, Any]:
        """Wait for events until the state satisfies ``ready``; return that state."""
        deadline = time.perf_counter() + timeout
        while True:
            self.events.get(timeout=max(0.01, deadline - time.perf_counter()))
            state = self.state()
            if ready(state):
                return state


def start(content: Path) -> tuple[subprocess.Popen[str], int]:
    """``briefkit preview`` on a free port; returns the process and the port once it has rendered."""
    process = subprocess.Popen([sys.executable, "-m", "briefkit", "preview", str(content), "--port", "0"],
                               cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert process.stderr is not None
    line = process.stderr.readline()
    port = int(line.split("127.0.0.1:")[1].split("/")[0])
    threading.Thread(target=lambda: process.stderr and process.stderr.read(), daemon=True).start()
    return process, port


def one_save(client: Client, content: Path, original: str, title: str) -> tuple[float, float, dict[str, Any]]:
    """Seconds from saving ``title`` to the new note, and to the new thumbnails, on the client."""
    before = client.state()
    scratch = content.with_name(content.name + ".saving~")
    scratch.write_text(original.replace(TITLE, f"  title: {title}\n", 1), encoding="utf-8")
    saved = time.perf_counter()
    scratch.replace(content)
    state = client.wait_for(lambda s: s["title"] == title and s["views"]["note-html"] != before["views"]["note-html"])
    assert title.encode() in client.get("/out/" + state["views"]["note-html"]["html"])
    note = time.perf_counter() - saved
    if state["views"]["slides"]["pages"] == before["views"]["slides"]["pages"]:
        state = client.wait_for(lambda s: s["views"]["slides"]["pages"] != before["views"]["slides"]["pages"])
    old = set(before["views"]["slides"]["pages"])
    for name in state["views"]["slides"]["pages"]:
        if name not in old:
            client.get("/out/" + name)
    return note, time.perf_counter() - saved, state


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "brief.yaml"
        shutil.copyfile(SAMPLE, content)
        original = content.read_text(encoding="utf-8")
        startup = time.perf_counter()
        process, port = start(content)
        try:
            client = Client(port)
            if "summary" not in client.state().get("views", {}):  # the first render is still running
                client.wait_for(lambda s: "summary" in s.get("views", {}), 120)
            print(f"first render, every view (cold process)      {(time.perf_counter() - startup) * 1000:7.0f} ms")
            time.sleep(1.0)  # let the watcher settle
            notes, decks, server = [], [], []
            for run in range(args.repeat):
                note, deck, state = one_save(client, content, original, f"Preview benchmark title {run}")
                notes.append(note)
                decks.append(deck)
                server.append({k: v["ms"] for k, v in state["views"].items()})
                time.sleep(0.3)  # the remaining views (note PDF, summary) finish before the next save
        finally:
            process.terminate()
            process.wait(timeout=10)
    print(f"save → new HTML note on the page    median {statistics.median(notes) * 1000:7.0f} ms"
          f"  (min {min(notes) * 1000:.0f}, max {max(notes) * 1000:.0f}; target ≤ 300)")
    print(f"save → new slide thumbnails         median {statistics.median(decks) * 1000:7.0f} ms"
          f"  (min {min(decks) * 1000:.0f}, max {max(decks) * 1000:.0f}; target ≤ 1000)")
    for view in server[0]:
        print(f"  server-side render of {view:<10}    median {statistics.median(s[view] for s in server):7.0f} ms")


if __name__ == "__main__":
    main()
