"""Explain a posting: each inferred field beside the rule and text it rests on."""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.model import Location, Posting

__all__ = ["explain_posting"]

_FIELDS = ("title", "company", "locations", "employment_type", "deadlines", "rolling")
_QUOTE_CHARS = 110


def _place(location: Location) -> str:
    if location.remote:
        return f"remote ({location.country})" if location.country else "remote"
    return ", ".join(part for part in (location.city, location.region, location.country) if part)


def _value(posting: Posting, field: str) -> str:
    if field == "locations":
        return "; ".join(_place(loc) for loc in posting.locations) or "-"
    if field == "deadlines":
        return "; ".join(f"{d.kind.value} {d.date.isoformat()}" for d in posting.deadlines) or "-"
    value = getattr(posting, field)
    if value is None:
        return "-"
    return str(value)


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_CHARS else flat[: _QUOTE_CHARS - 1] + "…"


def explain_posting(posting: Posting) -> Iterator[tuple[str, str]]:
    """Yield (field, text) lines: each field's value, then its evidence, indented.

    >>> from jobparse.model import Evidence, Source
    >>> p = Posting(id="x", description="d", source=Source(None, 0), title="Engineer",
    ...             evidence=(Evidence("title", "title.as", "As an Engineer, you will"),))
    >>> for field, text in list(explain_posting(p))[:2]:
    ...     print(field, "|", text)
    title | Engineer
     | ← title.as: "As an Engineer, you will"
    """
    for item in posting.evidence_for("segment"):  # how the page was cut into postings
        yield "segment", f"{item.rule}: {item.text}"
    if not (posting.title or posting.company):
        # Nothing names it: its first line of text does, so it can be found on the page.
        first = next((line for line in posting.description.splitlines() if line.strip()), "")
        yield "text", f'"{_quote(first)}"' if first else "-"
    for field in _FIELDS:
        yield field, _value(posting, field)
        for item in posting.evidence_for(field):
            yield "", f'← {item.rule}: "{_quote(item.text)}"'
    contacts = [*posting.emails, *posting.urls]
    yield "contacts", ", ".join(contacts) or "-"
