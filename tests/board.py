"""A career board served by a real ``http.server`` on 127.0.0.1, for the watching tests.

The board is a paginated listing (``/jobs``, ``/jobs?page=2``...) whose jobs
the test changes between runs. It answers conditional requests as a real
server does (ETag, Last-Modified, 304), serves a ``robots.txt`` the test
sets, can answer 503/429 with ``Retry-After`` a given number of times, can
redirect a path, can stall a page, and logs every request it sees (path, headers, time).
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import html
import http.server
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs


@attrs.define
class Job:
    title: str
    place: str
    extra: str = "Full-time"


@attrs.frozen
class Request:
    path: str
    headers: dict[str, str]
    status: int
    at: float


@attrs.define
class Board:
    """What the server serves; tests change it between runs."""

    pages: list[list[Job]]
    robots: str | None = "User-agent: *\nAllow: /\n"
    #: Extra links shown on every page (e.g. a "Next" link to another host).
    extra_links: str = ""
    #: path -> [status, Retry-After, times left]: answer that instead of the page.
    busy: dict[str, list[Any]] = attrs.Factory(dict)
    #: path -> where a 301 sends it (a path on this board, or a full URL).
    redirects: dict[str, str] = attrs.Factory(dict)
    #: A path that waits this many seconds before answering.
    stall: tuple[str, float] | None = None
    requests: list[Request] = attrs.Factory(list)
    #: Every path asked for, logged as the request arrives (before any stall).
    arrivals: list[str] = attrs.Factory(list)
    lock: threading.Lock = attrs.Factory(threading.Lock)
    modified: str = email.utils.formatdate(usegmt=True)

    def page_html(self, number: int) -> str:
        jobs = self.pages[number - 1]
        items = "".join(
            f'<li class="job"><h3><a href="/job/{hashlib.sha1(job.title.encode()).hexdigest()[:8]}">'
            f"{html.escape(job.title)}</a></h3><p>{html.escape(job.place)}</p>"
            f"<p>{html.escape(job.extra)}</p></li>"
            for job in jobs
        )
        pager = (
            f'<nav class="pager"><a href="/jobs?page={number + 1}">Next</a></nav>'
            if number < len(self.pages)
            else ""
        )
        return (
            "<!doctype html><html><head><meta charset='utf-8'><title>Careers at Nordlicht Labs"
            f"</title></head><body><h1>Open positions</h1><ul>{items}</ul>{pager}"
            f"{self.extra_links}</body></html>"
        )

    def paths(self, path: str) -> list[Request]:
        with self.lock:
            return [request for request in self.requests if request.path == path]


def _handler(board: Board) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet test output
            pass

        def _log(self, status: int) -> None:
            with board.lock:
                board.requests.append(
                    Request(self.path, dict(self.headers.items()), status, time.monotonic())
                )

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
            self._log(status)
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:
            with board.lock:
                board.arrivals.append(self.path)
            parts = urlsplit(self.path)
            busy = board.busy.get(self.path)
            if busy is not None and busy[2] > 0:
                busy[2] -= 1
                self._send(busy[0], b"busy", {"Retry-After": str(busy[1])})
                return
            if self.path in board.redirects:
                self._send(301, b"moved", {"Location": board.redirects[self.path]})
                return
            if board.stall is not None and board.stall[0] == self.path:
                time.sleep(board.stall[1])
            if parts.path == "/robots.txt":
                if board.robots is None:
                    self._send(404, b"not found")
                else:
                    self._send(200, board.robots.encode(), {"Content-Type": "text/plain"})
                return
            if parts.path != "/jobs":
                self._send(404, b"not found")
                return
            number = int(parse_qs(parts.query).get("page", ["1"])[0])
            if not 1 <= number <= len(board.pages):
                self._send(404, b"no such page")
                return
            body = board.page_html(number).encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, headers={"ETag": etag})
                return
            headers = {
                "Content-Type": "text/html; charset=utf-8",
                "ETag": etag,
                "Last-Modified": board.modified,
            }
            self._send(200, body, headers)

    return Handler


@contextlib.contextmanager
def serve(board: Board) -> Iterator[str]:
    """Serve *board* on 127.0.0.1; yield its base URL (``http://127.0.0.1:PORT``)."""
    with serving(_handler(board)) as url:
        yield url


@contextlib.contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run an ``http.server`` with *handler* on 127.0.0.1; yield its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
