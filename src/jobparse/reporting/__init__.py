"""Reports of what was read: ``jobparse explain --html`` (:mod:`.html_report`).

:func:`page_reports` reads each input once more as a batch does (a page that
cannot be read, or takes more than its CPU budget, is a report of its error)
and keeps its text beside its postings, so that the report can show where
each posting stands.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from jobparse.errors import PageError, ParseError
from jobparse.page import looks_like_html
from jobparse.parsing import parse_page, read_page
from jobparse.reporting.html_report import PageReport, html_report
from jobparse.running.budget import OverBudget, cpu_budget, over_budget
from jobparse.sources.decoding import clean_text, decode
from jobparse.sources.inputs import expand

__all__ = ["PageReport", "html_report", "page_reports"]


def page_reports(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int,
    timeout: float,
    page_timeout: float | None,
    render: bool = False,
) -> Iterator[PageReport]:
    """A :class:`PageReport` per page of *inputs*, in order: its text and postings, or its error."""
    for spec in expand(inputs):
        try:
            with cpu_budget(page_timeout):
                page = read_page(spec, max_bytes=max_bytes, timeout=timeout, render=render)
                postings = parse_page(page, rendered=render)
                text = clean_text(decode(page.data, page.uri, content_type=page.content_type))
                if looks_like_html(text):
                    from jobparse.page.render import html_to_text  # lxml, for HTML only

                    text = html_to_text(text)
        except OverBudget:
            yield PageReport(spec, "", (), error=str(over_budget(spec, page_timeout)))
        except PageError as error:
            yield PageReport(spec, "", (), error=str(error))
        except Exception as error:  # a bug of jobparse costs this page only, as in a batch
            yield PageReport(spec, "", (), error=str(ParseError.from_exception(spec, error)))
        else:
            yield PageReport(page.uri, text, tuple(postings))
