"""flows.endpoint: an ingest finds the Prefect server to report to, and only a live one."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from flows import endpoint


class Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def live() -> Iterator[str]:
    """A stand-in Prefect API that answers /api/health."""
    server = HTTPServer(("127.0.0.1", 0), Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api"
    server.shutdown()
    server.server_close()


def _dead() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/api"


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)


def test_nothing_recorded_means_no_server(tmp_path: Path) -> None:
    assert endpoint.running_server(tmp_path) == ""


def test_the_environment_wins(tmp_path: Path, live: str, monkeypatch: pytest.MonkeyPatch) -> None:
    endpoint.record(tmp_path, live)
    monkeypatch.setenv("PREFECT_API_URL", "http://elsewhere:4200/api")
    assert endpoint.running_server(tmp_path) == "http://elsewhere:4200/api"


def test_the_server_serve_recorded_is_used_while_it_answers(tmp_path: Path, live: str) -> None:
    endpoint.record(tmp_path, live)
    assert endpoint.running_server(tmp_path) == live
    endpoint.forget(tmp_path, live)
    assert not endpoint.url_file(tmp_path).exists()
    assert endpoint.running_server(tmp_path) == ""


def test_a_recorded_server_that_does_not_answer_is_ignored(tmp_path: Path) -> None:
    endpoint.record(tmp_path, _dead())
    assert endpoint.running_server(tmp_path) == ""


def test_forget_leaves_another_serves_record(tmp_path: Path, live: str) -> None:
    endpoint.record(tmp_path, live)
    endpoint.forget(tmp_path, "http://127.0.0.1:1/api")  # an older serve stopping late
    assert endpoint.running_server(tmp_path) == live
