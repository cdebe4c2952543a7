"""Structured data: schema.org ``JobPosting`` objects in JSON-LD or microdata, one posting each.

The shape it recognises::

    <script type="application/ld+json">
      {"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": {...},
       "jobLocation": {...}, "validThrough": "2027-01-31"}
    </script>

A page's JSON-LD objects (in ``@graph``, arrays or an ``ItemList``) and its
microdata items are read once; every ``JobPosting`` gives a posting whose
stated fields are :class:`~jobparse.page.Facts` (``source`` ``"jsonld"`` or
``"microdata"``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jobparse.page import RawPosting
from jobparse.page.jobposting import is_job_posting, job_posting_facts

__all__ = ["structured_postings"]


def structured_postings(
    items: Iterable[tuple[str, dict[str, Any]]], base: str | None
) -> list[RawPosting]:
    """One raw posting per ``JobPosting`` among *items* (``(source, item)`` pairs)."""
    found: list[RawPosting] = []
    for source, item in items:
        if not is_job_posting(item):
            continue
        facts, paragraphs = job_posting_facts(item, source=source, base_url=base)
        found.append(
            RawPosting(
                index=len(found), paragraphs=paragraphs, apply_url=facts.apply_url, facts=facts
            )
        )
    return found
