"""Fetching as a polite visitor: a delay between requests to one host, robots.txt obeyed.

:class:`Fetcher` is what a watching run fetches through. Every request to a
host waits until *delay* seconds have passed since the previous one to that
host. A page reached by following a link (not one the user named) is fetched
only if the site's ``robots.txt`` allows jobparse's User-Agent; the rules are
read once per host and a run. A ``robots.txt`` that is missing (4xx) allows
everything, one that refuses jobparse (401, 403) allows nothing, and one
that cannot be read (429 "too many requests", 5xx, a timeout, unreachable)
stops the following on that host, as RFC 9309 asks. A run that could not
read it does not know what the unfollowed pages hold, so the watcher marks
nothing of that listing gone (:meth:`Fetcher.robots_unreadable`).
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from urllib.parse import urlsplit, urlunsplit

from jobparse.errors import InputError
from jobparse.sources.fetch import USER_AGENT, HttpStatusError, Validators, fetch
from jobparse.sources.inputs import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PageBytes

__all__ = ["ROBOTS_MAX_BYTES", "Fetcher", "host_of", "same_site"]

log = logging.getLogger("jobparse")

#: A robots.txt larger than this is not read (Google reads 500 KiB).
ROBOTS_MAX_BYTES = 512 * 1024
#: The product token robots.txt rules name jobparse by.
_ROBOTS_AGENT = USER_AGENT.split("/", 1)[0]


_DEFAULT_PORTS = {"http": 80, "https": 443}


def host_of(url: str) -> str:
    """The scheme and authority of *url*, the unit a delay and robots.txt apply to.

    >>> host_of("https://Jobs.Example.org:8443/list?page=2")
    'https://jobs.example.org:8443'
    """
    parts = urlsplit(url)
    return f"{parts.scheme.casefold()}://{parts.netloc.casefold()}"


def _site(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.casefold()
    return (parts.hostname or "").casefold(), parts.port or _DEFAULT_PORTS.get(scheme)


def same_site(url: str, other: str) -> bool:
    """Whether *other* is on *url*'s host and port (an upgrade from http to https counts).

    >>> same_site("http://jobs.example.org/a", "https://jobs.example.org/b")
    True
    >>> same_site("https://jobs.example.org/a", "https://jobs.example.org:8443/a")
    False
    """
    here, there = _site(url), _site(other)
    if here == there:
        return True
    schemes = (urlsplit(url).scheme.casefold(), urlsplit(other).scheme.casefold())
    return schemes == ("http", "https") and here == (there[0], 80) and there[1] == 443


class Fetcher:
    """Fetches URLs with a per-host delay, and tells whether robots.txt allows a URL."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.delay = delay
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _pace(self, url: str) -> None:
        host = host_of(url)
        last = self._last_request.get(host)
        if last is not None and self.delay > 0:
            wait = last + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def fetch(
        self, url: str, validators: Validators | None = None, *, followed: bool = False
    ) -> PageBytes:
        """Fetch *url* (conditionally, with *validators*) once its host's delay has passed.

        The delay holds before every request: retries and redirect hops too. A
        *followed* page (reached by a link, not named by the user) may redirect
        only on its own site (same host and port; http to https allowed), to a
        page its robots.txt allows: a hop elsewhere is refused before it is made.
        """

        def before_request(target: str) -> None:
            if followed and target != url:
                self._check_hop(url, target)
            self._pace(target)

        try:
            return fetch(
                url,
                max_bytes=self.max_bytes,
                timeout=self.timeout,
                validators=validators,
                before_request=before_request,
            )
        finally:
            self._last_request[host_of(url)] = time.monotonic()

    def _check_hop(self, url: str, target: str) -> None:
        """Refuse a redirect of the followed page *url* off its site or past its robots.txt."""
        if not same_site(url, target):
            raise InputError(url, f"redirected to {target}, another site: not followed")
        if not self.allowed(target):
            raise InputError(url, f"redirected to {target}, which robots.txt does not allow")

    def _rules(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """The robots.txt rules of *host*; None when it could not be read (follow nothing)."""
        if host in self._robots:
            return self._robots[host]
        robots_url = urlunsplit((*urlsplit(host)[:2], "/robots.txt", "", ""))
        lines: list[str] | None
        try:
            page = self.fetch(robots_url)
            lines = page.data[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace").splitlines()
        except HttpStatusError as error:
            if error.status in (401, 403):
                lines = ["User-agent: *", "Disallow: /"]
            elif 400 <= error.status < 500 and error.status != 429:  # 429: busy, not missing
                lines = []
            else:
                lines = None
                log.warning("%s: %s; links on this host are not followed", robots_url, error.reason)
        except InputError as error:
            lines = None
            log.warning("%s: %s; links on this host are not followed", robots_url, error.reason)
        rules = None
        if lines is not None:
            rules = urllib.robotparser.RobotFileParser(robots_url)
            rules.parse(lines)
        self._robots[host] = rules
        return rules

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets jobparse fetch *url* (a page reached by a link)."""
        rules = self._rules(host_of(url))
        return rules is not None and rules.can_fetch(_ROBOTS_AGENT, url)

    def robots_unreadable(self, url: str) -> bool:
        """Whether the robots.txt of *url*'s host could not be read in this run."""
        return self._rules(host_of(url)) is None
