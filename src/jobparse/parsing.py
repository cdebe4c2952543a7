"""One page to its postings: text or bytes (:func:`parse`), a file or a URL (:func:`parse_file`).

What every way of reading pages shares: a batch (:mod:`jobparse.api`) and a
watching run (:mod:`jobparse.watching.watch`) both parse each page here.
"""

from __future__ import annotations

import logging
import os

from jobparse import patterns, vocabulary
from jobparse.extract import build_posting
from jobparse.fields.page_company import with_page_companies
from jobparse.model import Posting
from jobparse.page import RawPage, looks_like_html
from jobparse.page.text import split_text_page
from jobparse.sources.decoding import clean_text, decode, fold_width, without_invisible
from jobparse.sources.inputs import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, PageBytes, read

__all__ = ["parse", "parse_file"]

log = logging.getLogger("jobparse")


#: How bytes given to :func:`parse` without a *uri* are named in errors (not standard input).
_BYTES_NAME = "<bytes>"


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

    An HTML page built by scripts that gives no posting is said in a warning
    naming ``--render`` (logger ``jobparse``).
    """
    return _parse(
        text_or_bytes, uri=uri, base_url=base_url, content_type=content_type, rendered=False
    )


def _parse(
    text_or_bytes: str | bytes,
    *,
    uri: str | None,
    base_url: str | None,
    content_type: str | None,
    rendered: bool,
) -> list[Posting]:
    if isinstance(text_or_bytes, bytes):
        text = decode(text_or_bytes, uri or _BYTES_NAME, content_type=content_type)
    elif isinstance(text_or_bytes, str):
        text = text_or_bytes
    else:  # a path is the likeliest mistake: say where it goes
        raise TypeError(
            f"parse() takes a page's text or bytes, not {type(text_or_bytes).__name__}; "
            "parse_file() reads a file, a URL or '-'"
        )
    text = fold_width(without_invisible(clean_text(text)))
    if looks_like_html(text):
        from jobparse.page.html import split_html_page  # lxml loads for HTML pages only

        page = split_html_page(text, uri=uri, base_url=base_url)
        if not page.postings and page.built_by_scripts and not rendered:
            log.warning(
                "%s: no postings; the page is built by scripts: --render reads it in a browser",
                uri or _BYTES_NAME,
            )
    else:
        page = split_text_page(text, uri=uri)
    postings = [
        build_posting(raw, uri=uri, year=page.year, segmentation=page.segmentation)
        for raw in page.postings
    ]
    if _no_job_named(page, postings):
        postings = []
    return with_page_companies(postings)


def _no_job_named(page: RawPage, postings: list[Posting]) -> bool:
    """Whether an HTML page read as one job's page names no job at all (no posting then)."""
    if len(postings) != 1 or page.segmentation is None or page.segmentation[0] != "segment.single":
        return False
    from jobparse.page.no_job import names_no_job
    from jobparse.page.scripted import loads_its_jobs  # lxml: HTML pages only come here

    if loads_its_jobs(postings[0].title, postings[0].description):
        return True  # "Ładowanie ofert z eRecruiter...": the jobs come by script
    if postings[0].title is None:
        # No heading, label, list or sentence names a job: a page about hiring in general
        # ("Haemme aina lisävahvistuksia", a guild's; "입소자 모집공고", residents wanted)
        return True

    # The page's own title counts among its lines: "Lavora con noi — SMC Impianti" calls
    # it a careers page, though its text (an application form) never says so.
    parts = patterns.TITLE_SEPARATORS.split(page.title) if page.title else []
    text = "\n".join((postings[0].description, *parts))
    posting = postings[0]
    # the employer's own name ("Holmes Consulting Partners") names no job, as a heading or a
    # line; nor does a link's text (a menu's items)
    own = {posting.company} if posting.company else set()
    title = None if posting.title in own else posting.title
    if title is not None and _inferred(posting) and vocabulary.states_no_openings(text):
        # "At the moment we are not hiring" / "Recently filled positions: Post-doc ...": a
        # title only the text's sentences gave, on a page saying it hires no one
        return True
    if title is None and posting.company:
        # nor, on a page naming no job, a line naming the employer ("Asistente DistriVision",
        # a chat widget's name)
        named = posting.company.casefold()
        own |= {line.strip(" •-–") for line in text.splitlines() if named in line.casefold()}
    return names_no_job(title, text, not_roles=page.not_role_lines | own)


def _inferred(posting: Posting) -> bool:
    """Whether the posting's title was read from its sentences, not stated by the page."""
    return any(e.field == "title" and e.rule.startswith("title.") for e in posting.evidence)


def parse_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    render: bool = False,
) -> list[Posting]:
    """Read and parse one page: a file, an http(s) URL, or ``-`` for standard input.

    A URL that has not arrived in full after *timeout* seconds is an
    :class:`~jobparse.errors.InputError`. With *render*, the page is loaded
    in a headless Chromium and the DOM its scripts built is parsed
    (:mod:`jobparse.sources.browser`), within the same *timeout* and *max_bytes*.
    """
    page = read_page(path, max_bytes=max_bytes, timeout=timeout, render=render)
    return parse_page(page, rendered=render)


def read_page(
    path: str | os.PathLike[str], *, max_bytes: int, timeout: float, render: bool = False
) -> PageBytes:
    """One input's bytes: read (a file, a URL, ``-``), or rendered in a headless browser."""
    if render:
        from jobparse.sources.browser import render as render_page  # only when asked

        return render_page(os.fspath(path), max_bytes=max_bytes, timeout=timeout)
    return read(os.fspath(path), max_bytes=max_bytes, timeout=timeout)


def parse_page(page: PageBytes, *, rendered: bool = False) -> list[Posting]:
    """The postings of a page's bytes as read (*rendered*: by a browser, no ``--render`` hint)."""
    return _parse(
        page.data,
        uri=page.uri,
        base_url=page.base_url,
        content_type=page.content_type,
        rendered=rendered,
    )
