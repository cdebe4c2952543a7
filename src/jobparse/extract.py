"""From a raw posting to a typed :class:`~jobparse.model.Posting`.

This is where the field heuristics meet: the posting text is prepared once,
each field module reads it, and their answers and evidence are assembled into
the frozen model.
"""

from __future__ import annotations

import hashlib
import unicodedata

from jobparse import patterns
from jobparse.fields.contacts import extract_emails, extract_urls
from jobparse.model import Posting, Source
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
    if raw.lead_labelled or raw.lead_gap >= 2:
        return raw.lead
    return None


def build_posting(raw: RawPosting, *, uri: str | None, year: int | None = None) -> Posting:
    """Infer every field of one raw posting and return the typed posting."""
    location_line = _location_line(raw)
    paragraphs = raw.paragraphs
    if raw.lead is not None and location_line is None:
        paragraphs = (raw.lead, *paragraphs)
    description = "\n\n".join(paragraphs)
    full_text = f"{location_line}\n\n{description}" if location_line else description
    return Posting(
        id=posting_id(full_text),
        description=description,
        source=Source(uri=uri, index=raw.index),
        emails=extract_emails(description),
        urls=extract_urls(description),
        apply_url=raw.apply_url,
    )
