"""The JSON Schema of an exported posting (draft 2020-12).

``jobparse schema`` prints it and ``docs/posting.schema.json`` holds it; the
tests validate real JSON, JSON Lines and re-read output against it with the
``jsonschema`` package, so the schema and the exporter cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from jobparse.model import DeadlineKind, EmploymentType

__all__ = ["SCHEMA_ID", "posting_schema"]

SCHEMA_ID = "urn:jobparse:posting"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description}


def _object(properties: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def posting_schema() -> dict[str, Any]:
    """The schema every posting of ``jobparse export --format json`` (or jsonl) satisfies."""
    location = _object(
        {
            "raw": _text("the place as the page writes it"),
            "city": _nullable(_text("the city's name")),
            "region": _nullable(_text("a state or province code, or the region as written")),
            "country": _nullable(
                {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2"}
            ),
            "remote": {"type": "boolean", "description": "a remote option"},
        },
        "a place the job is offered, or a remote option (maybe limited to a country)",
    )
    deadline = _object(
        {
            "kind": {"enum": [kind.value for kind in DeadlineKind]},
            "date": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "text": _text("the sentence the date was read from"),
        },
        "a dated event a candidate would put in a calendar",
    )
    evidence = _object(
        {
            "field": _text("the field the evidence is for"),
            "rule": _text('the rule that fired ("title.as", "company.hiring")'),
            "text": _text("the text it rests on"),
        },
        "why a field has its value",
    )
    strings = {"type": "array", "items": {"type": "string"}}
    posting = _object(
        {
            "id": {"type": "string", "pattern": "^[0-9a-f]{16}$", "description": "content hash"},
            "description": _text("the posting's text; paragraphs separated by blank lines"),
            "source": _object(
                {
                    "uri": _nullable(_text("the page: a path, a URL or <stdin>")),
                    "index": {"type": "integer", "minimum": 0},
                },
                "where the posting was found",
            ),
            "title": _nullable(_text("the role advertised")),
            "company": _nullable(_text("the hiring organisation")),
            "locations": {"type": "array", "items": location},
            "employment_type": _nullable({"enum": [kind.value for kind in EmploymentType]}),
            "deadlines": {"type": "array", "items": deadline},
            "rolling": {"type": "boolean", "description": "reviewed as applications come"},
            "emails": strings,
            "urls": strings,
            "apply_url": _nullable(_text("where the Apply link or button leads")),
            "url": _nullable(_text("the posting's own page")),
            "date_posted": _nullable({"type": "string", "format": "date"}),
            "identifier": _nullable(_text("the page's own id for the posting")),
            "first_seen": _nullable(
                {
                    "type": "string",
                    "format": "date-time",
                    "description": "when a watching state (--state) first saw it, UTC",
                }
            ),
            "evidence": {"type": "array", "items": evidence},
        },
        "One job posting, as jobparse exports it (docs/schema.md).",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "jobparse posting",
        **posting,
    }
