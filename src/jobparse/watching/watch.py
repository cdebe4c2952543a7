"""Watching pages: each input read through a state, its next pages followed, politely.

For each input, in order:

- a URL is fetched through a :class:`~jobparse.sources.polite.Fetcher` (a delay
  between requests to one host), conditionally when the state holds the
  page's validators; a 304 answer means the page is unchanged, and its
  postings come from the state without a new parse;
- with *follow_pages* N, up to N next pages of a listing are fetched, each
  the link the page's pager shows (:mod:`jobparse.page.pager`), on the same
  host, never twice in a run, and only where ``robots.txt`` allows;
- every posting is staged in the state (``first_seen`` set on it); with
  *new_only*, only postings no run has seen before are yielded;
- an input read in full (every page it led to) is marked so: postings it
  showed before and not now are then "gone".

Nothing is written to the state here: the caller commits once it has
delivered what was yielded (:meth:`~jobparse.watching.state.State.commit`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import attrs

from jobparse.errors import PageError, ParseError
from jobparse.model import Posting
from jobparse.page import looks_like_html
from jobparse.page.pager import next_page_url
from jobparse.parsing import parse, parse_file
from jobparse.running.budget import OverBudget, cpu_budget, over_budget
from jobparse.sources.decoding import clean_text, decode
from jobparse.sources.fetch import Validators
from jobparse.sources.inputs import PageBytes, is_url
from jobparse.sources.polite import Fetcher, same_site
from jobparse.watching.state import PageRecord, State

__all__ = ["PageResult", "watch_pages"]

log = logging.getLogger("jobparse")


@attrs.frozen
class PageResult:
    """One page of an input: its postings (after the new-only filter) or why there are none.

    ``last`` is true for the last page an input led to.
    """

    input: str
    uri: str
    result: list[Posting] | PageError
    last: bool = False


@attrs.frozen
class _Read:
    postings: list[Posting]
    next_page: str | None = None


def _parse_fetched(page: PageBytes, *, follow: bool) -> _Read:
    """A fetched page's postings and, when following, its next page's address."""
    text = clean_text(decode(page.data, page.uri, content_type=page.content_type))
    postings = parse(text, uri=page.uri, base_url=page.base_url)
    base = page.base_url or page.uri
    next_page = next_page_url(text, base) if follow and looks_like_html(text) else None
    return _Read(postings, next_page)


@attrs.frozen
class _Next:
    """The page to read next (None: stop), and whether the listing is then read in full."""

    url: str | None
    complete: bool = True


@attrs.define
class _Watcher:
    state: State | None
    fetcher: Fetcher
    follow_pages: int
    new_only: bool
    page_timeout: float | None = None

    def _fetch(self, url: str, input: str) -> _Read:
        """A URL's postings and next page: fetched, or from the state when unchanged."""
        record = self.state.page(url) if self.state is not None else None
        validators = (
            Validators(record.etag, record.last_modified)
            if record is not None and (record.etag or record.last_modified)
            else None
        )
        page = self.fetcher.fetch(url, validators, followed=url != input)
        if page.not_modified and record is not None and self.state is not None:
            log.info("%s: not modified since the last run", url)
            self.state.saw_page(record)
            return _Read(self.state.postings(record.posting_ids), record.next_page)
        found = _parse_fetched(page, follow=self.follow_pages > 0)
        if self.state is not None:
            ids = tuple(posting.id for posting in found.postings)
            self.state.saw_page(
                PageRecord(url, page.etag, page.last_modified, found.next_page, ids)
            )
        return found

    def _read(self, spec: str) -> _Read:
        return _Read(
            parse_file(spec, max_bytes=self.fetcher.max_bytes, timeout=self.fetcher.timeout)
        )

    def _kept(self, postings: list[Posting], input: str) -> list[Posting]:
        """The postings staged in the state, with ``first_seen``; only new ones if asked."""
        if self.state is None:
            return postings
        kept = []
        for posting in postings:
            seen, is_new = self.state.see(posting, input)
            if is_new or not self.new_only:
                kept.append(seen)
        return kept

    def _next(self, found: _Read, input: str, visited: set[str], pages: int) -> _Next:
        """The next page to read for *input*, if any, and whether stopping leaves it complete.

        A listing is complete when its last page was read, or when the next one
        is not to be read (beyond the limit, on another host, refused by
        robots.txt). When robots.txt could not be read, what the next pages hold
        is unknown: the listing is not complete, so nothing on them goes.
        """
        target = found.next_page
        if target is None or pages > self.follow_pages or target in visited:
            return _Next(None, complete=True)
        if not same_site(input, target):
            return _Next(None, complete=True)
        if not self.fetcher.allowed(target):
            if self.fetcher.robots_unreadable(target):
                return _Next(None, complete=False)  # the fetcher said why, once per host
            log.warning("%s: robots.txt does not allow jobparse to follow it", target)
            return _Next(None, complete=True)
        return _Next(target, complete=True)

    def pages(self, input: str) -> Iterator[PageResult]:
        """The pages *input* leads to, in order."""
        url: str | None = input
        visited: set[str] = set()
        complete = True
        while url is not None:
            visited.add(url)
            try:
                with cpu_budget(self.page_timeout):
                    found = self._fetch(url, input) if is_url(url) else self._read(url)
            except OverBudget:
                yield PageResult(input, url, over_budget(url, self.page_timeout), last=True)
                complete = False
                break
            except PageError as error:
                yield PageResult(input, url, error, last=True)
                complete = False
                break
            except Exception as error:
                log.debug("%s: jobparse failed on this page", url, exc_info=True)
                yield PageResult(input, url, ParseError.from_exception(url, error), last=True)
                complete = False
                break
            following = (
                self._next(found, input, visited, len(visited)) if is_url(url) else _Next(None)
            )
            complete = following.complete
            postings = self._kept(found.postings, input)
            yield PageResult(input, url, postings, last=following.url is None)
            url = following.url
        if complete and self.state is not None:
            self.state.finished(input)


def watch_pages(
    specs: Iterable[str],
    *,
    fetcher: Fetcher,
    state: State | None = None,
    follow_pages: int = 0,
    new_only: bool = False,
    page_timeout: float | None = None,
) -> Iterator[PageResult]:
    """Yield every page of *specs* (and the pages they lead to) as a :class:`PageResult`.

    *new_only* needs a *state*. Pages are read one at a time, in order; one
    that takes more than *page_timeout* CPU seconds is stopped and reported.
    """
    if new_only and state is None:
        raise ValueError("new_only needs a state: only a state knows what is new")
    watcher = _Watcher(state, fetcher, follow_pages, new_only, page_timeout)
    for spec in specs:
        yield from watcher.pages(spec)
