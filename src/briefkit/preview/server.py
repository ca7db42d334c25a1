"""The preview's HTTP server: loopback only, Host-checked, serving only what it rendered.

Routes: ``/`` (the page), ``/state.json`` (what the page shows), ``/events``
(server-sent events: one message per new state) and ``/out/<hash>.<ext>``
(a rendered file, looked up by name in the :class:`Store`; no request path is
ever joined onto a folder).  A request whose ``Host`` is not this server's
loopback address is refused, so a web page that rebinds its own DNS name to
127.0.0.1 cannot read the preview (DNS rebinding).
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from briefkit.preview.hub import Hub
from briefkit.preview.store import Store, content_type

HEARTBEAT_S = 15.0
"""An idle event stream sends a comment this often, so a closed tab is noticed."""

IMMUTABLE = "max-age=31536000, immutable"

RENDERED_HTML_POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                        "base-uri 'none'; form-action 'none'")
"""The rendered note runs no script and loads nothing, even when opened on its own rather than in the page's frame."""

PAGE_POLICY = ("default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; "
               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""The page itself: its own inline script and style, and files from this server only."""

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")

_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


def page_html() -> bytes:
    """The preview page (HTML, CSS and script in one file shipped with the package)."""
    return (resources.files("briefkit.preview") / "page.html").read_bytes()


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server holding the hub and the store its handlers read."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, hub: Hub, store: Store, host: str = "127.0.0.1") -> None:
        self.hub, self.store = hub, store
        self.page = page_html()
        super().__init__((host, port), Handler)

    @property
    def port(self) -> int:
        """The bound port (useful with port 0)."""
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        """The page's address."""
        return f"http://127.0.0.1:{self.port}/"

    def allowed_hosts(self) -> set[str]:
        """Host header values this server answers: its loopback names with its port."""
        return {f"{name}:{self.port}" for name in LOOPBACK}


class Handler(BaseHTTPRequestHandler):
    """GET and HEAD on four routes; everything else is refused."""

    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        """Answer one request (HEAD shares this path)."""
        if self.headers.get("Host", "").lower() not in self.server.allowed_hosts():
            self._send(403, b"forbidden: unexpected Host header\n", "text/plain; charset=utf-8")
            return
        path = self.path.split("?", 1)[0]
        if path == "/":
            self._send(200, self.server.page, "text/html; charset=utf-8",
                       {"Cache-Control": "no-store", "Content-Security-Policy": PAGE_POLICY})
        elif path == "/state.json":
            self._send(200, self.server.hub.snapshot(), "application/json", {"Cache-Control": "no-store"})
        elif path == "/events":
            self._events()
        elif path.startswith("/out/") and (file := self.server.store.path(path[len("/out/"):])) is not None:
            # Hash-named files never change: the browser may keep them.
            headers = {"Cache-Control": IMMUTABLE}
            if file.suffix == ".html":
                headers["Content-Security-Policy"] = RENDERED_HTML_POLICY
            self._send(200, file.read_bytes(), content_type(file.name), headers)
        else:
            self._send(404, b"not found\n", "text/plain; charset=utf-8")

    def do_HEAD(self) -> None:
        """Like GET, without the body."""
        self.do_GET()

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {**_SECURITY_HEADERS, **(headers or {}), "Content-Type": ctype,
                            "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _events(self) -> None:
        """Server-sent events: the state's version each time it changes, until the client leaves."""
        hub = self.server.hub
        self.send_response(200)
        for name, value in {**_SECURITY_HEADERS, "Content-Type": "text/event-stream",
                            "Cache-Control": "no-store", "Connection": "close"}.items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        if self.command == "HEAD":
            return
        seen = -1
        try:
            while not hub.closed:
                version = hub.wait(seen, HEARTBEAT_S)
                message = f"data: {version}\n\n" if version != seen else ": ping\n\n"
                seen = version
                self.wfile.write(message.encode("ascii"))
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the tab closed or reloaded

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a preview reloads often and the terminal is for errors."""
