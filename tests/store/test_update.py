"""``saring update`` against a publisher served on loopback, and offline."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saring.cli import app
from saring.sources.catalog import CATALOG, DatasetSource

UN_FILE = CATALOG["un_sc_sanctions"].bundled


class Publisher(BaseHTTPRequestHandler):
    """Serves the UN list with an ETag and honours If-None-Match."""

    requests: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = UN_FILE.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        Publisher.requests.append(dict(self.headers))
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def publisher() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Publisher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Publisher.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}/consolidated.xml"
    server.shutdown()


def point_un_to(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    source = CATALOG["un_sc_sanctions"]
    patched = DatasetSource(source.name, source.title, source.format, {"UN_consolidated.xml": url})
    monkeypatch.setitem(CATALOG, "un_sc_sanctions", patched)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_update_imports_then_uses_conditional_requests(
    data_env: Path, publisher: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_un_to(monkeypatch, publisher)
    code, stdout, stderr = invoke("update", "un_sc_sanctions", "--json")
    assert code == 0, stderr
    report = json.loads(stdout)
    assert report[0]["status"] == "imported"
    assert report[0]["snapshot"]["published"] == "2026-02-27"
    code, stdout, _ = invoke("update", "un_sc_sanctions", "--json")
    assert json.loads(stdout)[0]["status"] == "not-modified"
    assert "If-None-Match" in Publisher.requests[-1]


def test_update_offline_fails_clearly_and_keeps_data(
    data_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("import", "un-sc-xml", str(UN_FILE))[0] == 0
    before = invoke("datasets", "--json")[1]
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    point_un_to(monkeypatch, f"http://127.0.0.1:{closed}/consolidated.xml")
    code, _, stderr = invoke("update", "un_sc_sanctions")
    assert code == 1
    assert "cannot download" in stderr and "current data kept" in stderr
    assert invoke("datasets", "--json")[1] == before
    code, _, stderr = invoke("update", "no_such_list")
    assert code == 2 and "unknown dataset" in stderr
