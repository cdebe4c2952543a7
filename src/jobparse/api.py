"""The library's front door: parse text, bytes, files and batches of inputs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from jobparse.errors import InputError
from jobparse.extract import build_posting
from jobparse.inputs import DEFAULT_MAX_BYTES, STDIN_NAME, clean_text, decode, expand, read
from jobparse.model import Posting
from jobparse.page.html import split_html_page
from jobparse.page.render import looks_like_html
from jobparse.page.text import split_text_page

__all__ = ["iter_postings", "parse", "parse_file", "unique_postings"]

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


def iter_postings(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Posting]:
    """Yield the postings of many inputs, page by page, in input order.

    Directories stand for their ``.txt``/``.html``/``.htm`` files in name
    order; ``-`` is standard input. An input that cannot be read raises
    :class:`~jobparse.errors.InputError`, unless *on_error* is given: then it
    is called with the error and the batch goes on with the next input.
    """
    for spec in expand(inputs):
        try:
            postings = parse_file(spec, max_bytes=max_bytes)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        yield from postings


def unique_postings(postings: Iterable[Posting]) -> Iterator[Posting]:
    """Drop postings whose id was already seen; the first occurrence wins."""
    seen: set[str] = set()
    for posting in postings:
        if posting.id not in seen:
            seen.add(posting.id)
            yield posting
