"""The preview server refuses what it should: paths out of its folder, foreign hosts, listings."""

from __future__ import annotations

import http.client
import json
import shutil
from collections.abc import Iterator

import pytest

from briefkit.preview.app import Preview
from conftest import SAMPLE


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    """A running preview of the sample's HTML note."""
    content = tmp_path_factory.mktemp("preview") / "brief.yaml"
    shutil.copyfile(SAMPLE, content)
    with Preview(content, ("note",)) as started:
        started.start()
        yield started


def get(app: Preview, path: str, host: str | None = None) -> tuple[int, bytes, http.client.HTTPResponse]:
    """One raw request: the path goes on the wire exactly as given (no client-side normalising)."""
    connection = http.client.HTTPConnection("127.0.0.1", app.server.port, timeout=10)
    connection.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
    connection.putheader("Host", host if host is not None else f"127.0.0.1:{app.server.port}")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, response


def test_the_page_state_and_rendered_files_are_served(app: Preview) -> None:
    status, body, _ = get(app, "/")
    assert status == 200 and b"EventSource" in body
    status, body, _ = get(app, "/state.json")
    state = json.loads(body)
    name = state["views"]["note-html"]["html"]
    status, body, response = get(app, f"/out/{name}")
    assert status == 200 and response.getheader("Content-Type", "").startswith("text/html")
    assert state["title"].encode() in body
    pages = state["views"]["note-pdf"]["pages"]
    status, body, response = get(app, f"/out/{pages[0]}")
    assert status == 200 and body.startswith(b"\xff\xd8\xff") and response.getheader("Content-Type") == "image/jpeg"


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/out/../../etc/passwd", "/out/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
    "/etc/passwd", "//etc/passwd", "/out//etc/passwd", "/out/%2Fetc%2Fpasswd", "http://127.0.0.1/etc/passwd",
    "/out/state.json", "/out/brief.yaml",
])
def test_paths_outside_the_rendered_files_are_refused(app: Preview, path: str) -> None:
    status, body, _ = get(app, path)
    assert status == 404
    assert b"root:" not in body


def test_no_directory_listing(app: Preview) -> None:
    for path in ("/out/", "/out", f"/out/{app.store.root.name}/"):
        status, body, _ = get(app, path)
        assert status == 404 and b".jpg" not in body and b".html" not in body


def test_a_stored_name_that_does_not_exist_is_refused(app: Preview) -> None:
    assert get(app, "/out/" + "0" * 24 + ".jpg")[0] == 404


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}",
                                  "127.0.0.1:1", "", "localhost:{port}.evil.example"])
def test_a_foreign_host_header_is_refused(app: Preview, host: str) -> None:
    for path in ("/", "/state.json", "/events"):
        status, body, _ = get(app, path, host.format(port=app.server.port))
        assert status == 403, (host, path)
        assert b"EventSource" not in body and b"views" not in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_loopback_host_names_are_answered(app: Preview, host: str) -> None:
    assert get(app, "/", host.format(port=app.server.port))[0] == 200


def test_the_server_listens_on_loopback_only(app: Preview) -> None:
    assert app.server.server_address[0] == "127.0.0.1"


def test_the_rendered_files_live_in_a_private_temporary_folder(app: Preview) -> None:
    names = {p.name for p in app.store.root.iterdir()}
    state = json.loads(get(app, "/state.json")[1])
    assert state["views"]["note-html"]["html"] in names
    assert all(p.parent == app.store.root for p in app.store.root.iterdir())


def test_the_rendered_note_and_the_page_carry_a_content_security_policy(app: Preview) -> None:
    state = json.loads(get(app, "/state.json")[1])
    _, _, response = get(app, "/out/" + state["views"]["note-html"]["html"])
    policy = response.getheader("Content-Security-Policy", "")
    assert "default-src 'none'" in policy and "script-src" not in policy  # so no script may run
    _, _, page = get(app, "/")
    assert "frame-ancestors 'none'" in page.getheader("Content-Security-Policy", "")
    assert page.getheader("X-Content-Type-Options") == "nosniff"
