"""Fetching a page over HTTP(S) that always ends: a total deadline, http(s) redirects only.

A per-read timeout alone does not bound a fetch: a server sending one byte
a second never trips it. Every read of the response (its status line, its
headers and its body) therefore checks one deadline for the whole fetch,
redirects included, and waits at most until it. Redirects are followed only
to ``http:`` and ``https:``; any other scheme is refused before a connection
is made. A body shorter than its ``Content-Length`` is kept, with a warning.

A fetch may be conditional (``If-None-Match`` / ``If-Modified-Since`` from an
earlier response's validators): a 304 answer is a :class:`PageBytes` with
``not_modified`` set. A 429 or 503 answer is tried again, after the wait its
``Retry-After`` asks for (else 1 s, then 2 s), while the deadline allows.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import http.client
import io
import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs

from jobparse.errors import InputError
from jobparse.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from jobparse.sources.page_bytes import PageBytes, read_capped

__all__ = [
    "READ_TIMEOUT",
    "RETRIES",
    "USER_AGENT",
    "BeforeRequest",
    "HttpStatusError",
    "Validators",
    "fetch",
    "retry_after_seconds",
]

log = logging.getLogger("jobparse")

#: Seconds one connection attempt or one read may wait.
READ_TIMEOUT = 20.0
USER_AGENT = "jobparse/0.1 (+https://pypi.org/project/jobparse/; job-posting parser)"
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
_FOLLOWED_SCHEMES = frozenset({"http", "https"})
#: Times a 429 or 503 answer is tried again.
RETRIES = 2
_RETRIED_STATUSES = frozenset({429, 503})
_FIRST_BACKOFF = 1.0
#: Redirects one fetch follows (urllib's own limit).
_MAX_REDIRECTS = urllib.request.HTTPRedirectHandler.max_redirections


@attrs.frozen
class Validators:
    """What a conditional request sends: an earlier response's ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The request headers that ask for the page only if it changed."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (a number or an HTTP date), or None.

    >>> retry_after_seconds("120"), retry_after_seconds("soon")
    (120.0, None)
    >>> now = dt.datetime(2026, 12, 1, 6, 0, tzinfo=dt.timezone.utc)
    >>> retry_after_seconds("Tue, 01 Dec 2026 06:00:30 GMT", now)
    30.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (moment - (now or dt.datetime.now(dt.timezone.utc))).total_seconds())


class HttpStatusError(InputError):
    """The server answered with an error status (``status``: 404, 503...)."""

    def __init__(self, source: str, reason: str, status: int = 0) -> None:
        super().__init__(source, reason)
        self.status = status

    def __reduce__(self) -> tuple[type[HttpStatusError], tuple[str, str, int]]:  # type: ignore[override]
        return (type(self), (self.source, self.reason, self.status))


class _DeadlineError(TimeoutError):
    """The fetch's total deadline passed while reading."""


class _RedirectRefusedError(Exception):
    """A redirect to a scheme other than http(s)."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


class _DeadlineReader(io.RawIOBase):
    """A socket's reads, each allowed to wait only until the deadline."""

    def __init__(self, sock: socket.socket, deadline: float, timeout: float | None) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)
        self._deadline = deadline
        self._timeout = timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise _DeadlineError
        self._sock.settimeout(remaining if self._timeout is None else min(self._timeout, remaining))
        try:
            return self._raw.readinto(buffer)
        except TimeoutError:
            if time.monotonic() >= self._deadline:
                raise _DeadlineError from None
            raise

    def close(self) -> None:
        self._raw.close()
        super().close()


class _Response(http.client.HTTPResponse):
    """A response read through a :class:`_DeadlineReader`."""

    deadline = 0.0

    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.fp.close()  # the plain file the base class opened: replaced
        self.fp = io.BufferedReader(_DeadlineReader(sock, self.deadline, sock.gettimeout()))


def _response_class(deadline: float) -> type[_Response]:
    return type("_BoundResponse", (_Response,), {"deadline": deadline})


class _Connection(http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = _response_class(deadline)


class _SecureConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = _response_class(deadline)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_Connection, deadline=self._deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_SecureConnection, deadline=self._deadline)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


#: Called with a URL before each request of a fetch (retries and redirect hops
#: included); raises :class:`~jobparse.errors.InputError` to refuse it.
BeforeRequest = Callable[[str], None]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only; refuses any other scheme before connecting."""

    def __init__(self, before_request: BeforeRequest | None) -> None:
        super().__init__()
        self._before_request = before_request

    def http_error_302(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any
    ) -> Any:
        target = headers.get("Location") or headers.get("URI")
        if target:
            try:
                absolute = urljoin(req.full_url, target.strip())
                scheme = urlsplit(absolute).scheme.casefold()
            except ValueError:
                raise _RedirectRefusedError(target) from None
            if scheme not in _FOLLOWED_SCHEMES:
                raise _RedirectRefusedError(absolute)
            if self._before_request is not None:
                self._before_request(absolute)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(deadline: float, before_request: BeforeRequest | None) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        _HTTPHandler(deadline), _HTTPSHandler(deadline), _HttpOnlyRedirects(before_request)
    )


def _warn_if_short(url: str, data: bytes, length: str | None, max_bytes: int) -> None:
    """Warn when the body ended before the length its header announced."""
    if length is None or not length.strip().isdigit() or len(data) > max_bytes:
        return
    expected = int(length)
    if len(data) < expected:
        log.warning(
            "%s: the response ended after %s of its %s bytes (Content-Length): the page may be cut",
            url,
            f"{len(data):,}",
            f"{expected:,}",
        )


def _wait_before_retry(
    error: urllib.error.HTTPError, attempt: int, deadline: float
) -> float | None:
    """Seconds to wait before trying a 429/503 answer again, or None to give up."""
    if error.code not in _RETRIED_STATUSES or attempt >= RETRIES:
        return None
    asked = retry_after_seconds(error.headers.get("Retry-After") if error.headers else None)
    wait = asked if asked is not None else _FIRST_BACKOFF * 2**attempt
    return wait if time.monotonic() + wait < deadline else None


def _open(
    url: str,
    headers: dict[str, str],
    deadline: float,
    timeout: float,
    max_bytes: int,
    before_request: BeforeRequest | None,
) -> tuple[PageBytes, str | None]:
    """One request and its announced length; 429/503 answers tried again while time allows."""
    attempt = 0
    while True:
        request = urllib.request.Request(url, headers=headers)
        if before_request is not None:
            before_request(url)
        try:
            with _opener(deadline, before_request).open(request, timeout=timeout) as response:
                data = read_capped(response, max_bytes)
                found = response.headers
                page = PageBytes(
                    uri=url,
                    data=data,
                    content_type=found.get("Content-Type"),
                    base_url=response.geturl(),
                    etag=found.get("ETag"),
                    last_modified=found.get("Last-Modified"),
                )
                return page, found.get("Content-Length")
        except urllib.error.HTTPError as error:
            if error.code == 304:
                error.close()
                return PageBytes(uri=url, data=b"", base_url=url, not_modified=True), None
            wait = _wait_before_retry(error, attempt, deadline)
            if wait is None:
                raise
            error.close()
            log.info("%s: HTTP %s, trying again in %.1f s", url, error.code, wait)
            time.sleep(wait)
            attempt += 1


def _status_reason(error: urllib.error.HTTPError) -> str:
    """One line for an HTTP error; urllib's words for a redirect loop span three."""
    if 300 <= error.code < 400 and "loop" in str(error.reason):
        hops = _MAX_REDIRECTS
        return f"cannot fetch: its redirects loop (or pass {hops}; last HTTP {error.code})"
    return " ".join(f"HTTP {error.code} {error.reason}".split())


def fetch(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    validators: Validators | None = None,
    before_request: BeforeRequest | None = None,
) -> PageBytes:
    """Fetch a page over HTTP(S) with the standard library, in at most *timeout* seconds.

    No connection attempt or read waits more than *read_timeout* seconds.
    Redirects are followed to http(s) only; the response is capped at
    *max_bytes*; 429 and 503 answers are tried again (honouring
    ``Retry-After``) within the same *timeout*. With *validators* the request
    is conditional, and an unchanged page comes back with ``not_modified``
    set. *before_request* is called with the URL of every request the fetch
    makes (each retry, each redirect hop): it may wait (a delay per host) or
    refuse one by raising :class:`InputError`. Every failure (refused, timed
    out, HTTP error, too large, a redirect elsewhere) is an :class:`InputError`
    naming the URL.
    """
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT}
    if validators is not None:
        headers.update(validators.headers())
    deadline = time.monotonic() + timeout
    try:
        page, length = _open(
            url, headers, deadline, min(read_timeout, timeout), max_bytes, before_request
        )
    except _RedirectRefusedError as refused:
        raise InputError(
            url, f"refused a redirect to {refused.target}: only http and https are followed"
        ) from None
    except _DeadlineError:
        raise InputError(url, f"cannot fetch: no complete response within {timeout:g} s") from None
    except urllib.error.HTTPError as error:
        raise HttpStatusError(url, _status_reason(error), error.code) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, _DeadlineError):
            raise InputError(
                url, f"cannot fetch: no complete response within {timeout:g} s"
            ) from None
        raise InputError(url, f"cannot fetch: {error.reason}") from None
    except (TimeoutError, OSError, ValueError, http.client.HTTPException) as error:
        raise InputError(url, f"cannot fetch: {error or type(error).__name__}") from None
    if len(page.data) > max_bytes:
        raise InputError(url, f"larger than the maximum page size of {max_bytes:,} bytes")
    _warn_if_short(url, page.data, length, max_bytes)
    return page
