"""From a raw posting to a typed :class:`~jobparse.model.Posting`.

This is where the field heuristics meet: the posting text is prepared once
(:class:`~jobparse.fields.context.PostingText`), each field module reads it,
and their answers and evidence are assembled into the frozen model.
"""

from __future__ import annotations

import hashlib
import unicodedata

from jobparse import patterns
from jobparse.fields.company import infer_company
from jobparse.fields.context import PostingText
from jobparse.fields.dates import infer_deadlines, infer_rolling
from jobparse.fields.employment import infer_employment_type
from jobparse.fields.locations import infer_locations, is_place_line
from jobparse.fields.title import infer_title
from jobparse.model import Evidence, Posting, Source
from jobparse.page import RawPosting

__all__ = ["build_posting", "posting_id"]

_ID_LENGTH = 16


def posting_id(text: str) -> str:
    """A stable id for a posting's text, blind to case, spacing and punctuation.

    >>> posting_id("We hire  engineers.") == posting_id("we hire\\nEngineers")
    True
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = patterns.NON_WORD.sub(" ", folded).strip()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:_ID_LENGTH]


def _location_line(raw: RawPosting) -> str | None:
    """The posting's location line, if its lead line is one."""
    if raw.lead is None:
        return None
    if raw.lead_labelled or is_place_line(raw.lead):
        return raw.lead
    return None


def build_posting(raw: RawPosting, *, uri: str | None, year: int | None = None) -> Posting:
    """Infer every field of one raw posting and return the typed posting."""
    location_line = _location_line(raw)
    paragraphs = raw.paragraphs
    if raw.lead is not None and location_line is None:
        paragraphs = (raw.lead, *paragraphs)
    ctx = PostingText.prepare(paragraphs, location_line=location_line, year=year)
    evidence: list[Evidence] = []

    title, found = infer_title(ctx)
    evidence += found
    company, found = infer_company(ctx)
    evidence += found
    locations, found = infer_locations(ctx, organisation=company)
    evidence += found
    deadlines, found = infer_deadlines(ctx)
    evidence += found
    rolling, found = infer_rolling(ctx)
    evidence += found
    employment_type, found = infer_employment_type(ctx, title=title)
    evidence += found

    full_text = f"{location_line}\n\n{ctx.text}" if location_line else ctx.text
    return Posting(
        id=posting_id(full_text),
        description=ctx.text,
        source=Source(uri=uri, index=raw.index),
        title=title,
        company=company,
        locations=locations,
        employment_type=employment_type,
        deadlines=deadlines,
        rolling=rolling,
        emails=ctx.emails,
        urls=ctx.urls,
        apply_url=raw.apply_url,
        evidence=tuple(evidence),
    )
