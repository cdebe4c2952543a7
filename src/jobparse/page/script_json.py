"""JSON that a page's scripts carry: the data an application renders its page from.

The shapes it reads::

    <script id="__NEXT_DATA__" type="application/json">{"props": ...}</script>
    <script>window.__INITIAL_STATE__ = {"jobs": [...]};</script>
    <script>var jobs = JSON.parse("[{\\"title\\": ...}]");</script>

Every ``application/json`` script is one document (JSON-LD is read by
:mod:`jobparse.page.jsonld`); in other inline scripts, a JSON object or array
assigned to a name, or a ``JSON.parse`` of a string literal, is one; so is a
JS literal of data only (``var jobs = [{title: 'Cook'},]``: unquoted keys,
single quotes, trailing commas; :mod:`jobparse.page.js_literal`). One holding
code (a call, an expression) is skipped: reading it would mean running the
page's code. The work is linear in the scripts'
size: each document is decoded once, and the characters that failed attempts
read are counted against twice the script's length.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from jobparse.page.js_literal import js_literal, js_string_text
from jobparse.page.jsonld import JSON_DECODER, loads_json, without_lone_surrogates

__all__ = ["ScriptDocument", "inline_code", "script_documents"]

#: Types of scripts whose text is JSON data (JSON-LD has its own reader for its JobPostings).
_JSON_TYPES = frozenset({"application/json", "text/json", "application/x-json"})
#: JSON-LD, read here only for its lists: an "ItemList" "Vacancies" of "Article"s is job records.
_JSON_LD = "application/ld+json"
#: Types of scripts that run (no type is JavaScript).
_CODE_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
#: A JSON literal assigned to a name: ``window.__STATE__ = {``, ``var jobs = [``.
_ASSIGNED = re.compile(
    r"""(?:^|[;,{(\s])((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*|\[["'][^"'\]]{1,80}["']\])\s*=\s*(?=[{\[])"""
)
#: ``JSON.parse("...")`` or ``JSON.parse('...')``: the string literal is the document.
_JSON_PARSE = re.compile(r"""JSON\.parse\(\s*(["'])""")
#: Characters that failed decodes may read in a script, beyond twice its length.
_SPARE_BUDGET = 10_000
#: How a JSON object or array opens ('{"', '{}', '[{', '[1'); a JS literal ('{a:') does not.
_JSON_START = re.compile(r"""\{\s*["}]|\[\s*[-\d"{\[\]tfn]""")
#: How a JS literal of records opens ('[{title:', "[{'title'", '{jobs:'): read as data.
_DATA_START = re.compile(
    r"""\[\s*\{\s*(?:[A-Za-z_$][\w$]*|'[^'\n]{1,40}')\s*:|\{\s*[A-Za-z_$][\w$]*\s*:\s*[\[{"'`\d]"""
)
#: Characters a literal is first decoded from (a larger one is decoded from the rest).
_WINDOW = 64 * 1024


class ScriptDocument:
    """One JSON document found in a script, and where: ``#__NEXT_DATA__``, ``window.__STATE__``."""

    __slots__ = ("data", "where")

    def __init__(self, data: Any, where: str) -> None:
        self.data = data
        self.where = where


def _script_type(script: etree._Element) -> str:
    return (script.get("type") or "").split(";")[0].strip().casefold()


def script_documents(root: etree._Element) -> Iterator[ScriptDocument]:
    """The JSON documents of a page's inline scripts, in page order."""
    for script in root.iter("script"):
        text = script.text or ""
        if len(text) < 2 or script.get("src"):
            continue
        kind = _script_type(script)
        name = f"#{script.get('id')}" if script.get("id") else "a JSON script"
        if kind in _JSON_TYPES or (kind == _JSON_LD and "ItemList" in text):
            data = _document(text.strip())
            if data is not None:
                yield ScriptDocument(data, name)
        elif kind in _CODE_TYPES:
            yield from _assigned_documents(text)


def _document(text: str) -> Any:
    """The JSON of a whole script, or None (an HTML-comment wrapper is allowed)."""
    if text.startswith("<!--") and text.endswith("-->"):
        text = text[4:-3].strip()
    try:
        return loads_json(text)
    except (ValueError, RecursionError):
        return None


def _assigned_documents(text: str) -> Iterator[ScriptDocument]:
    """The JSON literals a script assigns to names or hands to ``JSON.parse``.

    A literal that is not JSON costs what the decoder read of it; once failed
    attempts have read twice the script, the rest is not tried (a script full
    of ``x = {`` that is JS, not JSON, stays linear).
    """
    budget = 2 * len(text) + _SPARE_BUDGET
    position = 0
    # The next match of each pattern, searched again only once passed: one scan each.
    assigned = _ASSIGNED.search(text)
    parsed = _JSON_PARSE.search(text)
    while budget > 0:
        if assigned is not None and assigned.end() <= position:
            assigned = _ASSIGNED.search(text, position)
        if parsed is not None and parsed.end() <= position:
            parsed = _JSON_PARSE.search(text, position)
        match = min(
            (m for m in (assigned, parsed) if m is not None), key=lambda m: m.end(), default=None
        )
        if match is None:
            return
        if match is parsed:
            data, end = _parsed_string(text, match.end() - 1)
            where = "JSON.parse(...)"
        else:
            data, end = _literal(text, match.end())
            where = match.group(1)
        if data is None:
            budget -= end - match.end() + 1  # what the failed attempt read
            position = match.end()
        else:
            position = end
            yield ScriptDocument(data, where)


def _literal(text: str, start: int) -> tuple[Any, int]:
    """The JSON value at *start* and where it ends, or (None, where the attempt stopped).

    A JS literal ("{a: 1}") is told at its first token, without decoding. The
    decoder reads a slice from *start*, a window first: an error's line number
    is counted from the start of what it reads, which must not be the page's.
    """
    if _DATA_START.match(text, start):
        return js_literal(text, start)  # "[{title: 'Cook'}": data written as JS, no JSON
    if not _JSON_START.match(text, start):
        return None, start
    window = text[start : start + _WINDOW]
    try:
        value, end = JSON_DECODER.raw_decode(window)
        return without_lone_surrogates(value, window[:end]), start + end
    except json.JSONDecodeError as error:
        if len(window) < _WINDOW:
            return None, start + error.pos + 1  # what it read is the cost
    except (ValueError, RecursionError):
        return None, start + len(window)
    try:  # cut by the window: the rest, once
        rest = text[start:]
        value, end = JSON_DECODER.raw_decode(rest)
    except (ValueError, RecursionError):
        return None, len(text)
    return without_lone_surrogates(value, rest[:end]), start + end


def _parsed_string(text: str, quote_at: int) -> tuple[Any, int]:
    """The document of ``JSON.parse('...')``: a JS string literal holding JSON."""
    string = _JS_STRINGS[text[quote_at]].match(text, quote_at)
    end = len(text) if string is None else string.end() - 1
    literal = js_string_text(text[quote_at + 1 : end])  # a surrogate pair joins
    try:
        return loads_json(literal), end + 1
    except (ValueError, RecursionError):
        return None, end + 1


#: A JS string literal, by its quote.
_JS_STRINGS = {
    quote: re.compile(rf"{quote}[^{quote}\\]*(?:\\.[^{quote}\\]*)*{quote}", re.S) for quote in "\"'"
}


def inline_code(root: etree._Element) -> int:
    """How many characters of code a page's inline scripts hold (JSON-LD is data, not code)."""
    return sum(
        len(script.text or "")
        for script in root.iter("script")
        if _script_type(script) != "application/ld+json"
    )
