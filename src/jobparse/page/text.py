"""Plain-text pages: the text rendering of a career listing, cut into postings.

The layout this reads (the shape of conference career sites)::

    <site header: skip links, title, notices, intro, "Search Opportunities">
    [Location] <place line>          <- optional
    [Description] <advert text, in paragraphs>
    Apply                            <- the button, on a line of its own
    ...next posting...

A line that reads exactly ``Apply`` ends a posting; ``Apply For full
consideration ...`` is text. The page may end inside a posting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from jobparse import patterns
from jobparse.page import RawPage, RawPosting

__all__ = ["page_year", "posting_from_text", "split_text_page"]

_MAX_LEAD_CHARS = 160
_HEADER_SCAN_LINES = 80


def split_text_page(text: str, *, uri: str | None = None) -> RawPage:
    """Cut the text rendering of a listing page into raw postings.

    >>> page = split_text_page("Search Opportunities\\nLondon\\n\\n\\nWe hire.\\nApply\\nMore.")
    >>> [(p.lead, p.paragraphs) for p in page.postings]
    [('London', ('We hire.',)), (None, ('More.',))]
    """
    lines = _normalise_newlines(text).split("\n")
    start = _header_end(lines)
    chunks = list(_chunks(lines, start))
    if chunks:
        chunks[-1] = _without_footer(chunks[-1])
    postings: list[RawPosting] = []
    for number, chunk in enumerate(chunks):
        closed_by = number if number < len(chunks) - 1 else None
        posting = _raw_posting(chunk, index=len(postings), closed_by=closed_by)
        if posting is not None:
            postings.append(posting)
    return RawPage(uri=uri, postings=tuple(postings), year=_year_of(lines, start))


def page_year(text: str) -> int | None:
    """The year a page is about: the most frequent year its header names, else its start.

    >>> page_year("CVPR 2024 Career Website\\nSearch Opportunities\\nWe hire.")
    2024
    """
    lines = _normalise_newlines(text).split("\n")
    return _year_of(lines, _header_end(lines))


def _year_of(lines: Sequence[str], header_end: int) -> int | None:
    year = _page_year(lines[:header_end])
    return year if year is not None else _page_year(lines)


_MAX_FURNITURE_LINE = 400


def _is_line(pattern: re.Pattern[str], line: str) -> bool:
    """Whether the whole (stripped) line matches a line pattern; long lines never do."""
    return len(line) <= _MAX_FURNITURE_LINE and pattern.fullmatch(line.strip()) is not None


def _is_furniture(line: str) -> bool:
    """Whether a line is site furniture: skip links, titles, notices, cookie banners."""
    return (
        len(line) <= _MAX_FURNITURE_LINE
        and patterns.FURNITURE_LINE.search(line.strip()) is not None
    )


def posting_from_text(text: str, *, index: int = 0) -> RawPosting | None:
    """Read one posting's text (an HTML block's rendering) as a raw posting."""
    return _raw_posting(_normalise_newlines(text).split("\n"), index=index)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")


def _header_end(lines: Sequence[str]) -> int:
    """Return the index of the first line after the site header."""
    for index, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if _is_line(patterns.APPLY_LINE, line):
            break
        if _is_line(patterns.HEADER_END, line):
            return index + 1
    # No search box: skip leading furniture and blank lines only.
    index = 0
    while index < len(lines) and (not lines[index].strip() or _is_furniture(lines[index])):
        index += 1
    return index


def _page_year(lines: Sequence[str]) -> int | None:
    """The year the page is about: the most frequent year its header names."""
    counts: Counter[int] = Counter()
    for line in lines[:_HEADER_SCAN_LINES]:
        counts.update(int(match) for match in patterns.YEAR.findall(line))
    return counts.most_common(1)[0][0] if counts else None


def _chunks(lines: Sequence[str], start: int) -> Iterator[list[str]]:
    """Yield the runs of lines between ``Apply`` separator lines."""
    chunk: list[str] = []
    for line in lines[start:]:
        # "Apply", "Apply now", "Apply here": a short line opening with an A.
        if line.lstrip()[:1] in ("A", "a") and _is_line(patterns.APPLY_LINE, line):
            yield chunk
            chunk = []
        else:
            chunk.append(line)
    yield chunk


def _without_footer(chunk: list[str]) -> list[str]:
    """Drop the site footer from the page's last chunk."""
    end = len(chunk)
    while end and (not chunk[end - 1].strip() or _is_furniture(chunk[end - 1])):
        end -= 1
    return chunk[:end]


def _paragraphs(lines: Sequence[str]) -> tuple[list[str], int]:
    """Group lines into paragraphs; also return the blank lines after the first line."""
    paragraphs: list[str] = []
    current: list[str] = []
    first_gap = -1
    blanks = 0
    for line in lines:
        cleaned = line.strip()
        if "  " in cleaned or "\t" in cleaned or "\xa0" in cleaned:
            cleaned = patterns.HSPACE.sub(" ", cleaned)
        if not cleaned:
            blanks += 1
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        if first_gap < 0 and (paragraphs or current):
            first_gap = blanks
        blanks = 0
        current.append(cleaned)
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs, max(first_gap, 0)


def _could_be_place_line(line: str) -> bool:
    """A line short enough and unpunctuated enough to name places."""
    return 0 < len(line.strip()) <= _MAX_LEAD_CHARS and not patterns.SENTENCE_END.search(line)


def _raw_posting(
    chunk: Sequence[str], *, index: int, closed_by: int | None = None
) -> RawPosting | None:
    paragraphs, gap = _paragraphs(chunk)
    if not paragraphs:
        return None
    lead: str | None = None
    labelled = False
    first_line, _, rest = paragraphs[0].partition("\n")
    label = patterns.LOCATION_LABEL.match(first_line)
    if label and _could_be_place_line(first_line[label.end() :]):
        lead, labelled = first_line[label.end() :].strip(), True
        paragraphs[0] = rest
    elif not rest and _could_be_place_line(first_line):
        lead = first_line
        paragraphs[0] = ""
    body = [p for p in paragraphs if p]
    if body:
        label = patterns.DESCRIPTION_LABEL.match(body[0])
        if label:
            body[0] = body[0][label.end() :].strip()
            body = [p for p in body if p]
    if not body and lead is None:
        return None
    return RawPosting(
        index=index,
        paragraphs=tuple(body),
        lead=lead,
        lead_labelled=labelled,
        lead_gap=gap if lead is not None else 0,
        closed_by=closed_by,
    )
