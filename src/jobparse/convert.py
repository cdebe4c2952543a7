"""The one cattrs converter through which postings become JSON and come back.

Shaped like cattrs' own ``preconf`` modules: :func:`configure_converter` adds
the hooks (dates as ISO 8601 strings, tuples as lists, enums as their values)
and :func:`make_converter` wraps it. ``converter`` is the module-level instance
used everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

import cattrs

from jobparse.model import Posting

__all__ = [
    "configure_converter",
    "converter",
    "make_converter",
    "posting_from_dict",
    "posting_from_json",
    "posting_to_dict",
    "posting_to_json",
]


def configure_converter(conv: cattrs.Converter) -> None:
    """Add jobparse's hooks to *conv*: ISO 8601 dates and times, tuples as lists."""
    conv.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    conv.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    conv.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
    conv.register_structure_hook(dt.datetime, lambda value, _: dt.datetime.fromisoformat(value))


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for jobparse's schema."""
    # unstruct_collection_overrides turns every tuple into a JSON-ready list.
    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    configure_converter(conv)
    return conv


converter = make_converter()


def posting_to_dict(posting: Posting) -> dict[str, Any]:
    """Unstructure *posting* into JSON-ready builtins."""
    result: dict[str, Any] = converter.unstructure(posting)
    return result


def posting_from_dict(data: dict[str, Any]) -> Posting:
    """Structure a dict produced by :func:`posting_to_dict` back into a Posting."""
    return converter.structure(data, Posting)


def posting_to_json(posting: Posting, *, indent: int | None = None) -> str:
    """Serialise one posting as a JSON object."""
    return json.dumps(posting_to_dict(posting), ensure_ascii=False, indent=indent)


def posting_from_json(text: str) -> Posting:
    """Parse one posting from a JSON object."""
    return posting_from_dict(json.loads(text))


def postings_from_json(text: str) -> list[Posting]:
    """Parse a JSON array of postings, as written by the ``json`` format."""
    items: Iterable[dict[str, Any]] = json.loads(text)
    return [posting_from_dict(item) for item in items]
