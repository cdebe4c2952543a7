"""Fetching URLs against a real HTTP server on 127.0.0.1: every fetch ends, nothing is cut silently.

The server is a raw socket server, so it can misbehave as real servers do:
send one byte a second, close before its Content-Length, redirect to ``ftp:``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from jobparse.errors import InputError
from jobparse.sources.fetch import fetch
from tests.conftest import SEED_FILES

PAGE = (
    b"<html><body><div><p>Acme Robotics is seeking a Research Engineer in Boston, MA.</p>"
    b"<a href='/apply/1'>Apply</a></div><div><p>Acme Robotics is seeking a Data Scientist"
    b" in Austin, TX.</p><a href='/apply/2'>Apply</a></div></body></html>"
)

Handler = Callable[[socket.socket, str], None]


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


def _page(conn: socket.socket, _path: str) -> None:
    conn.sendall(_head("200 OK", {"Content-Length": str(len(PAGE))}) + PAGE)


def _drip_body(conn: socket.socket, _path: str) -> None:
    conn.sendall(_head("200 OK", {"Content-Length": "100000"}))
    for _ in range(100):
        conn.sendall(b"x")
        time.sleep(0.2)


def _drip_headers(conn: socket.socket, _path: str) -> None:
    for byte in _head("200 OK", {"Content-Length": "5", "X-Padding": "y" * 200}):
        conn.sendall(bytes([byte]))
        time.sleep(0.1)


def _short(conn: socket.socket, _path: str) -> None:
    conn.sendall(_head("200 OK", {"Content-Length": str(len(PAGE) + 500)}) + PAGE)


def _to_ftp(conn: socket.socket, _path: str) -> None:
    conn.sendall(
        _head("302 Found", {"Location": "ftp://127.0.0.1/jobs.html", "Content-Length": "0"})
    )


def _to_file(conn: socket.socket, _path: str) -> None:
    conn.sendall(_head("301 Moved", {"Location": "FILE:///etc/passwd", "Content-Length": "0"}))


def _to_page(conn: socket.socket, _path: str) -> None:
    conn.sendall(_head("302 Found", {"Location": "/page", "Content-Length": "0"}))


ROUTES: dict[str, Handler] = {
    "/page": _page,
    "/drip-body": _drip_body,
    "/drip-headers": _drip_headers,
    "/short": _short,
    "/to-ftp": _to_ftp,
    "/to-file": _to_file,
    "/to-page": _to_page,
}


class _Server:
    """A socket server that answers each connection in a thread of its own."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.paths: list[str] = []
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            path = request.split(b" ", 2)[1].decode()
            self.paths.append(path)  # recorded before answering: no race with the client
            with contextlib.suppress(OSError):  # the client gave up: as it should
                ROUTES[path](conn, path)


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    running = _Server()
    yield running
    running.sock.close()


def test_a_server_sending_a_byte_a_second_is_cut_off_at_the_deadline(server: _Server) -> None:
    for path in ("/drip-body", "/drip-headers"):
        started = time.monotonic()
        with pytest.raises(InputError, match=r"no complete response within 1\.5 s"):
            fetch(f"{server.url}{path}", timeout=1.5)
        assert time.monotonic() - started < 1.5 + 5  # cut off near the deadline, not at the end


def test_a_dripping_url_is_one_line_and_the_batch_goes_on(server: _Server) -> None:
    result = CliRunner().invoke(
        cli, ["export", "--timeout", "1", f"{server.url}/drip-body", str(SEED_FILES[0])]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"jobparse: error: {server.url}/drip-body: cannot fetch: no complete response within 1 s\n"
    )
    assert {p["source"]["uri"] for p in json.loads(result.stdout)} == {str(SEED_FILES[0])}


@pytest.mark.parametrize(("path", "target"), [("/to-ftp", "ftp://"), ("/to-file", "FILE:///")])
def test_a_redirect_to_another_scheme_is_refused_before_connecting(
    server: _Server, path: str, target: str
) -> None:
    with pytest.raises(InputError, match="refused a redirect to") as info:
        fetch(f"{server.url}{path}")
    assert target in str(info.value)
    assert "only http and https are followed" in str(info.value)


def test_a_redirect_to_http_is_followed(server: _Server) -> None:
    postings = jobparse.parse_file(f"{server.url}/to-page")
    assert [p.apply_url for p in postings] == [f"{server.url}/apply/1", f"{server.url}/apply/2"]


def test_a_response_shorter_than_its_content_length_is_kept_with_a_warning(
    server: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="jobparse"):
        page = fetch(f"{server.url}/short")
    assert page.data == PAGE
    (record,) = caplog.records
    assert record.getMessage() == (
        f"{server.url}/short: the response ended after {len(PAGE)} of its {len(PAGE) + 500} "
        "bytes (Content-Length): the page may be cut"
    )


def test_the_short_response_warning_is_one_line_in_the_cli(server: _Server, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["export", "-o", str(out), f"{server.url}/short"])
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("jobparse: warning: ")
    assert len(json.loads(out.read_text("utf-8"))) == 2
