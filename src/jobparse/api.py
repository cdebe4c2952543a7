"""The library's front door: parse text, bytes, files and batches of inputs."""

from __future__ import annotations

import collections
import concurrent.futures
import os
from collections.abc import Callable, Iterable, Iterator

from jobparse.errors import InputError
from jobparse.extract import build_posting
from jobparse.inputs import DEFAULT_MAX_BYTES, STDIN, STDIN_NAME, clean_text, decode, expand, read
from jobparse.model import Posting
from jobparse.page.html import split_html_page
from jobparse.page.render import looks_like_html
from jobparse.page.text import split_text_page

__all__ = ["iter_pages", "iter_postings", "parse", "parse_file", "unique_postings"]

ErrorHandler = Callable[[InputError], None]


def parse(
    text_or_bytes: str | bytes,
    *,
    uri: str | None = None,
    base_url: str | None = None,
    content_type: str | None = None,
) -> list[Posting]:
    """Parse one page, given as text or bytes, into its postings.

    HTML is told from plain text by content. Bytes are decoded as browsers do
    (*content_type* is the HTTP header, if the page was fetched). Links resolve
    against *base_url*, else *uri* when it is a URL. Raises
    :class:`~jobparse.errors.InputError` for bytes that are not a page.

    >>> [p.description for p in parse("Search Opportunities\\nWe hire engineers.\\nApply\\n")]
    ['We hire engineers.']
    """
    if isinstance(text_or_bytes, bytes):
        text = decode(text_or_bytes, uri or STDIN_NAME, content_type=content_type)
    else:
        text = text_or_bytes
    text = clean_text(text)
    if looks_like_html(text):
        page = split_html_page(text, uri=uri, base_url=base_url)
    else:
        page = split_text_page(text, uri=uri)
    return [build_posting(raw, uri=uri, year=page.year) for raw in page.postings]


def parse_file(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Posting]:
    """Read and parse one page file (``-`` reads standard input)."""
    page = read(os.fspath(path), max_bytes=max_bytes)
    return parse(page.data, uri=page.uri, base_url=page.base_url, content_type=page.content_type)


def _read_and_parse(spec: str, max_bytes: int) -> list[Posting] | InputError:
    """One page's postings, or the error that stopped it (a process-pool task)."""
    try:
        return parse_file(spec, max_bytes=max_bytes)
    except InputError as error:
        return error


#: Pages sent to a worker in one task: fewer, larger messages between the processes.
_PAGES_PER_TASK = 4

_Result = list[Posting] | InputError


def _read_and_parse_pages(specs: list[str], max_bytes: int) -> list[_Result]:
    """Several pages' postings or errors, in order (a process-pool task)."""
    return [_read_and_parse(spec, max_bytes) for spec in specs]


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


def _pages_in_order(
    specs: Iterable[str], jobs: int, max_bytes: int
) -> Iterator[tuple[str, _Result]]:
    """Parse pages in a process pool, yielding results in input order.

    Pages go to the workers a few at a time; at most ``2 * jobs`` such tasks
    are in flight, so memory stays bounded however many inputs there are.
    Standard input is read and parsed here, in order.
    """
    window = 2 * jobs
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: collections.deque[
            tuple[list[str], concurrent.futures.Future[list[_Result]] | None]
        ]
        pending = collections.deque()
        for batch in _batches(specs):
            stdin = batch == [STDIN]
            task = None if stdin else pool.submit(_read_and_parse_pages, batch, max_bytes)
            pending.append((batch, task))
            while len(pending) >= window or (pending and pending[0][1] is None):
                yield from _finish(pending.popleft(), max_bytes)
        while pending:
            yield from _finish(pending.popleft(), max_bytes)


def _finish(
    item: tuple[list[str], concurrent.futures.Future[list[_Result]] | None], max_bytes: int
) -> Iterator[tuple[str, _Result]]:
    batch, task = item
    results = _read_and_parse_pages(batch, max_bytes) if task is None else task.result()
    yield from zip(batch, results, strict=True)


def iter_pages(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
) -> Iterator[tuple[str, list[Posting] | InputError]]:
    """Yield ``(input, postings or error)`` for every page of *inputs*, in input order.

    With *jobs* > 1, pages are parsed in that many worker processes; the
    results are the same, in the same order, as with one.
    """
    specs = expand(inputs)
    if jobs <= 1:
        for spec in specs:
            yield spec, _read_and_parse(spec, max_bytes)
    else:
        yield from _pages_in_order(specs, jobs, max_bytes)


def iter_postings(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    on_page: Callable[[str], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
) -> Iterator[Posting]:
    """Yield the postings of many inputs, page by page, in input order.

    Directories stand for their ``.txt``/``.html``/``.htm`` files in name
    order; ``-`` is standard input; ``http(s)://`` URLs are fetched. An input
    that cannot be read raises :class:`~jobparse.errors.InputError`, unless
    *on_error* is given: then it is called with the error and the batch goes
    on with the next input. *on_page* is called with each input once it is
    done (for progress reports). *jobs* > 1 parses pages in worker processes.
    Postings stream: only a few pages are held in memory at a time.
    """
    for spec, result in iter_pages(inputs, max_bytes=max_bytes, jobs=jobs):
        if on_page is not None:
            on_page(spec)
        if isinstance(result, InputError):
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
