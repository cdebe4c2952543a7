"""JSON-LD: the ``<script type="application/ld+json">`` blocks of a page.

Pages in the wild carry broken blocks: trailing commas, comments, HTML
entities, CDATA wrappers, truncated JSON. Each block is repaired where a
repair is safe; a block that still does not parse is skipped with a warning
naming the page, and the other blocks are still read.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterator
from typing import Any

from lxml import etree

from jobparse import patterns

__all__ = ["json_ld_items"]

log = logging.getLogger("jobparse")

_MAX_DEPTH = 40


def _loads_leniently(text: str) -> Any:
    """Parse JSON, repairing comments, trailing commas and HTML entities if needed."""
    attempts = [text]
    repaired = patterns.JSON_TRAILING_COMMA.sub(r"\1", patterns.JSON_COMMENTS.sub("", text))
    attempts.append(repaired)
    if "&" in repaired:
        attempts.append(html.unescape(repaired))
    error: json.JSONDecodeError | None = None
    for attempt in attempts:
        try:
            return json.loads(attempt)
        except json.JSONDecodeError as failure:
            error = error or failure
    assert error is not None
    raise error


def _flatten(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document: top-level objects, lists and ``@graph`` members."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _flatten(value["@graph"], depth + 1)


def json_ld_items(root: etree._Element, *, uri: str | None = None) -> Iterator[dict[str, Any]]:
    """Yield every JSON-LD object of the page; broken blocks are skipped with a warning."""
    for number, script in enumerate(root.iter("script"), start=1):
        kind = (script.get("type") or "").casefold()
        if "ld+json" not in kind:
            continue
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            document = _loads_leniently(text)
        except (json.JSONDecodeError, RecursionError) as error:
            log.warning(
                "%s: skipped a broken JSON-LD block (script %d): %s", uri or "<page>", number, error
            )
            continue
        yield from _flatten(document)
