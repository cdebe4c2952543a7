"""The library's front door: parse text, bytes, files and batches of inputs.

One page is read by :mod:`jobparse.parsing` (``parse``, ``parse_file``, here
too); batches, worker processes and watching runs are put together here.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from jobparse.errors import PageError, ParseError
from jobparse.model import Posting
from jobparse.parsing import parse, parse_file
from jobparse.running.budget import OverBudget, cpu_budget, over_budget
from jobparse.sources.inputs import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, STDIN, expand
from jobparse.sources.limits import DEFAULT_PAGE_TIMEOUT

if TYPE_CHECKING:
    from jobparse.watching.state import State

__all__ = ["iter_pages", "iter_postings", "parse", "parse_file", "unique_postings"]

log = logging.getLogger("jobparse")

ErrorHandler = Callable[[PageError], None]


def _read_and_parse(
    spec: str,
    max_bytes: int,
    timeout: float,
    page_timeout: float | None = None,
    render: bool = False,
) -> list[Posting] | PageError:
    """One page's postings, or why there are none: nothing raised here costs other pages.

    An input that cannot be read is an :class:`InputError`; one that takes
    more than *page_timeout* CPU seconds a :class:`PageTimeoutError`; anything
    else raised while reading or parsing the page (a bug of jobparse, memory
    running out) becomes a :class:`ParseError` naming the page.
    """
    if page_timeout:
        _warm_up()  # once per process, outside any page's budget
    try:
        with cpu_budget(page_timeout):
            return parse_file(spec, max_bytes=max_bytes, timeout=timeout, render=render)
    except OverBudget:
        return over_budget(spec, page_timeout)
    except PageError as error:
        return error
    except Exception as error:
        log.debug("%s: jobparse failed on this page", spec, exc_info=True)
        return ParseError.from_exception(spec, error)


@functools.cache
def _warm_up() -> None:
    """Open (on a first run, build) the gazetteer and load the text parser, once a process.

    Costs of the process, not of one page: a page's CPU budget (``--page-timeout``)
    would count them against the first page read (a second on a first run). The
    HTML parser's own modules load with the first HTML page (a text batch never
    loads lxml).
    """
    from jobparse.places import gazetteer

    gazetteer.country_code("warm-up")
    gazetteer.regions_named("warm-up")
    gazetteer.cities_named("warm-up")
    parse("Acme is hiring a Data Engineer in Boston, MA. Apply by 1 May 2026.")


#: Pages sent to a worker in one task: fewer, larger messages between the processes.
_PAGES_PER_TASK = 4

_Result = list[Posting] | PageError


def _read_and_parse_pages(
    specs: list[str],
    max_bytes: int,
    timeout: float,
    page_timeout: float | None,
    render: bool = False,
) -> list[_Result]:
    """Several pages' postings or errors, in order (a worker's task)."""
    return [_read_and_parse(spec, max_bytes, timeout, page_timeout, render) for spec in specs]


def _worker_died(spec: str, exitcode: int | None) -> _Result:
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit {exitcode}"
    return ParseError(
        spec,
        f"jobparse failed on this page (its worker process ended: {how}); this is a bug in "
        "jobparse or the machine ran out of memory, please report it with the page",
    )


def _batches(specs: Iterable[str]) -> Iterator[list[str]]:
    """The inputs in order, :data:`_PAGES_PER_TASK` at a time; standard input alone."""
    batch: list[str] = []
    for spec in specs:
        if spec == STDIN:
            if batch:
                yield batch
                batch = []
            yield [spec]
            continue
        batch.append(spec)
        if len(batch) == _PAGES_PER_TASK:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_pages(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    render: bool = False,
) -> Iterator[tuple[str, list[Posting] | PageError]]:
    """Yield ``(input, postings or error)`` for every page of *inputs*, in input order.

    With *jobs* > 1, pages are parsed in that many worker processes; the
    results are the same, in the same order, as with one. A page that takes
    more than *page_timeout* CPU seconds (None: no limit) is stopped and
    given as a :class:`PageTimeoutError`. With *render*, each page is loaded
    in a headless browser first (:func:`parse_file`).
    """
    specs = expand(inputs)
    if jobs <= 1:
        for spec in specs:
            yield spec, _read_and_parse(spec, max_bytes, timeout, page_timeout, render)
    else:
        from jobparse.running.workers import in_order  # multiprocessing loads for --jobs only

        work = functools.partial(
            _read_and_parse_pages,
            max_bytes=max_bytes,
            timeout=timeout,
            page_timeout=page_timeout,
            render=render,
        )
        yield from in_order(
            _batches(specs),
            jobs=jobs,
            work=work,
            here=lambda batch: batch == [STDIN],  # standard input is this process's
            on_crash=_worker_died,
            page_seconds=_wall_limit(page_timeout, timeout),
            on_overdue=functools.partial(over_budget, seconds=page_timeout),
        )


def _wall_limit(page_timeout: float | None, timeout: float) -> float | None:
    """Wall-clock seconds a worker may spend on one page before it is ended.

    The CPU budget stops a page from inside; this is for what it cannot stop (a
    long call in a C library): generous, since a busy machine gives a worker
    less than a core, and a URL may take *timeout* to arrive.
    """
    return None if not page_timeout else 3 * page_timeout + timeout + 10


def _watched_pages(
    specs: Iterable[str],
    *,
    state: State | None,
    new_only: bool,
    follow_pages: int,
    delay: float,
    max_bytes: int,
    timeout: float,
    page_timeout: float | None,
) -> Iterator[tuple[str | None, list[Posting] | PageError]]:
    """``(input when its last page is done, result)`` for every page a watching run reads."""
    from jobparse.sources.polite import Fetcher  # urllib loads only for runs that watch
    from jobparse.watching.watch import watch_pages

    fetcher = Fetcher(delay=delay, max_bytes=max_bytes, timeout=timeout)
    pages = watch_pages(
        specs,
        fetcher=fetcher,
        state=state,
        follow_pages=follow_pages,
        new_only=new_only,
        page_timeout=page_timeout,
    )
    for page in pages:
        yield (page.input if page.last else None), page.result


def iter_postings(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    on_page: Callable[[str], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
    state: State | None = None,
    new_only: bool = False,
    follow_pages: int = 0,
    delay: float = 0.0,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    render: bool = False,
) -> Iterator[Posting]:
    """Yield the postings of many inputs, page by page, in input order.

    Directories stand for their ``.txt``/``.html``/``.htm`` files in name
    order; ``-`` is standard input; ``http(s)://`` URLs are fetched. A page
    that gives no postings raises a :class:`~jobparse.errors.PageError` (an
    :class:`~jobparse.errors.InputError` when it cannot be read, a
    :class:`~jobparse.errors.ParseError` when jobparse fails on it), unless
    *on_error* is given: then it is called with the error and the batch goes
    on with the next input. *on_page* is called with each input once it is
    done (for progress reports). *jobs* > 1 parses pages in worker processes.
    A URL has *timeout* seconds to arrive in full; a page that takes more than
    *page_timeout* CPU seconds to parse (None: no limit) is stopped and
    reported as a :class:`~jobparse.errors.PageTimeoutError`. One input may be given
    alone: ``iter_postings("seeds/")`` is ``iter_postings(["seeds/"])``.
    Postings stream: only a few pages are held in memory at a time.

    Watching (``docs/watching.md``): with a :class:`~jobparse.watching.state.State`,
    every posting is staged in it and carries its ``first_seen``, and URLs are
    fetched conditionally; *new_only* yields only postings the state has not
    seen. *follow_pages* N follows up to N next pages of each listing URL;
    *delay* is the least time in seconds between two requests to one host.
    The state records the run when the caller commits it. Watching reads
    one page at a time: it cannot be combined with *jobs* > 1, nor with
    *render* (each page loaded in a headless browser, see :func:`parse_file`).
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # a str is an iterable of characters, not of inputs
    watching = state is not None or new_only or follow_pages > 0 or delay > 0
    if watching and jobs > 1:
        raise ValueError("watching (a state, following pages, a delay) reads one page at a time")
    if watching and render:
        raise ValueError("watching (a state, following pages, a delay) fetches pages itself")
    results: Iterator[tuple[str | None, list[Posting] | PageError]]
    if watching:
        results = _watched_pages(
            expand(inputs),
            state=state,
            new_only=new_only,
            follow_pages=follow_pages,
            delay=delay,
            max_bytes=max_bytes,
            timeout=timeout,
            page_timeout=page_timeout,
        )
    else:
        results = iter_pages(
            inputs,
            max_bytes=max_bytes,
            jobs=jobs,
            timeout=timeout,
            page_timeout=page_timeout,
            render=render,
        )
    for done, result in results:
        if on_page is not None and done is not None:
            on_page(done)
        if isinstance(result, PageError):
            if on_error is None:
                raise result
            on_error(result)
            continue
        yield from result


def unique_postings(postings: Iterable[Posting]) -> Iterator[Posting]:
    """Drop postings whose id was already seen; the first occurrence wins."""
    seen: set[str] = set()
    for posting in postings:
        if posting.id not in seen:
            seen.add(posting.id)
            yield posting
