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
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from jobparse import patterns
from jobparse.sources.decoding import clean_text

__all__ = ["JSON_DECODER", "json_ld_items", "loads_json", "without_lone_surrogates"]

log = logging.getLogger("jobparse")

_MAX_DEPTH = 40
#: Python refuses to turn longer digit strings into integers (``sys.get_int_max_str_digits``).
_MAX_INT_DIGITS = 4000


def _integer(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert is kept as written."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def _without_noise(text: str) -> str:
    """*text* without comments and wrappers outside its strings, in one pass.

    >>> _without_noise('<!--{"a": "/* kept */", /* dropped */ "b": 1} // note\\n-->')
    '{"a": "/* kept */",  "b": 1} \\n'
    """
    pieces: list[str] = []
    position = 0
    while (token := patterns.JSON_NOISE.search(text, position)) is not None:
        if token.group().startswith('"'):
            pieces.append(text[position : token.end()])
            position = token.end()
            continue
        pieces.append(text[position : token.start()])
        position = token.end()
        if token.group() == "/*":  # to its end, or to the end of an unterminated block
            close = text.find("*/", position)
            position = len(text) if close < 0 else close + 2
    pieces.append(text[position:])
    return "".join(pieces)


def _without_trailing_commas(text: str) -> str:
    """*text* without the commas before a closing ``}`` or ``]`` (outside strings)."""
    return patterns.JSON_TRAILING_COMMA.sub(_keep_string_or_bracket, text)


def _keep_string_or_bracket(match: re.Match[str]) -> str:
    return match.group() if match.group(1) is None else match.group(1)


#: A decoder that keeps integers too long for Python as written (for ``raw_decode``).
JSON_DECODER = json.JSONDecoder(parse_int=_integer)


def loads_json(text: str) -> Any:
    """JSON as a page writes it: over-long integers kept as text, lone surrogates replaced."""
    return without_lone_surrogates(JSON_DECODER.decode(text), text)


def without_lone_surrogates(document: Any, text: str) -> Any:
    """*document*, decoded from *text*, with every lone surrogate of its strings replaced.

    Only a text that escapes a surrogate (``\\ud800``) can hold one: others are
    returned as they are, unread.
    """
    if isinstance(document, str):
        return clean_text(document)
    if patterns.JSON_SURROGATE_ESCAPE.search(text):
        _replace_lone_surrogates(document)
    return document


def _replace_lone_surrogates(document: Any) -> None:
    """Replace, in place, every lone surrogate of the document's strings (keys included)."""
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    value[index] = clean_text(item)
                else:
                    stack.append(item)
        elif isinstance(value, dict):
            for key, item in list(value.items()):
                if isinstance(key, str) and clean_text(key) != key:
                    del value[key]
                    key = clean_text(key)
                value[key] = clean_text(item) if isinstance(item, str) else item
                stack.append(item)


def _loads_leniently(text: str) -> Any:
    """Parse JSON; only if that fails, repair comments, trailing commas and HTML entities.

    Every repair is one linear pass, and a valid block (nearly all) is not touched.
    """
    try:
        return loads_json(text)
    except json.JSONDecodeError as error:
        failure = error
    repaired = _without_trailing_commas(_without_noise(text))
    attempts = [repaired, html.unescape(repaired)] if "&" in repaired else [repaired]
    for attempt in attempts:
        try:
            return loads_json(attempt)
        except json.JSONDecodeError:
            continue
    raise failure


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
