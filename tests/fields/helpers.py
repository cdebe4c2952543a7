from __future__ import annotations

from jobparse.fields.context import PostingText


def prepare(text: str, *, line: str | None = None, year: int | None = 2024) -> PostingText:
    """A posting's prepared text from invented prose (paragraphs split at blank lines)."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    return PostingText.prepare(paragraphs, location_line=line, year=year)
