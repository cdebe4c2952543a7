"""A JavaScript literal of data only, read as JSON would be: ``const jobs = [{title: "…"}]``.

A small site may keep its jobs in its script, an array of object literals it
renders into cards in the browser: keys without quotes, strings in single
quotes or backticks, trailing commas, comments. Such a literal holds data,
no code: it is read token by token, and anything that would need running
(a call, an expression, a template's ``${…}``, a name standing for a value)
fails the whole literal. The reading is linear in what it reads, and depth
and length are bounded.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["MAX_LITERAL", "js_literal", "js_string_text"]

#: One token of a data literal, after blanks and comments.
_TOKEN = re.compile(
    r"""(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$(?!\{))*`)"""
    r"""|(?P<number>-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)"""
    r"""|(?P<name>[A-Za-z_$][\w$]*)"""
    r"""|(?P<punct>[{}\[\]:,])""",
    re.S,
)
_BLANKS = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
#: The words that stand for values in data.
_CONSTANTS = {"true": True, "false": False, "null": None, "undefined": None}
#: How deep a literal may nest, and how many characters one may span.
_MAX_DEPTH = 40
MAX_LITERAL = 512 * 1024
#: One escape of a JS string literal.
_ESCAPE = re.compile(
    r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r?\n)|(.))", re.S
)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class _NotDataError(Exception):
    """The literal holds something other than data; *at* is where reading stopped."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


def js_literal(text: str, start: int) -> tuple[Any, int]:
    """The data literal at *start* and where it ends, or (None, where reading stopped).

    >>> js_literal('jobs = [{title: "Cook", places: [\\'Oslo\\'],},];', 7)
    ([{'title': 'Cook', 'places': ['Oslo']}], 44)
    >>> js_literal("x = {title: render(job)}", 4)[0] is None
    True
    """
    reader = _Reader(text, start, min(len(text), start + MAX_LITERAL))
    try:
        value = reader.value(0)
    except _NotDataError as stop:
        return None, stop.at
    return value, reader.at


class _Reader:
    """Reads one value from ``text[at:end]``, token by token."""

    def __init__(self, text: str, at: int, end: int) -> None:
        self.text = text
        self.at = at
        self.end = end

    def _token(self) -> re.Match[str]:
        self.at = _BLANKS.match(self.text, self.at, self.end).end()  # type: ignore[union-attr]
        token = _TOKEN.match(self.text, self.at, self.end)
        if token is None:
            raise _NotDataError(self.at + 1)
        self.at = token.end()
        return token

    def value(self, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise _NotDataError(self.at)
        token = self._token()
        kind = token.lastgroup
        if kind == "string":
            return _string(token.group())
        if kind == "number":
            number = token.group()
            return float(number) if any(c in number for c in ".eE") else int(number)
        if kind == "name":
            if token.group() not in _CONSTANTS:
                raise _NotDataError(self.at)  # a name stands for a value only code can give
            return _CONSTANTS[token.group()]
        if token.group() == "[":
            return self._array(depth)
        if token.group() == "{":
            return self._object(depth)
        raise _NotDataError(self.at)

    def _array(self, depth: int) -> list[Any]:
        items: list[Any] = []
        while True:
            if self._closes("]"):
                return items
            items.append(self.value(depth + 1))
            if not self._separated("]"):
                return items

    def _object(self, depth: int) -> dict[str, Any]:
        members: dict[str, Any] = {}
        while True:
            if self._closes("}"):
                return members
            key = self._token()
            if key.lastgroup == "string":
                name = str(_string(key.group()))
            elif key.lastgroup in ("name", "number"):
                name = key.group()
            else:
                raise _NotDataError(self.at)
            if self._token().group() != ":":
                raise _NotDataError(self.at)  # "{title}" or "{...job}": shorthand, code
            members[name] = self.value(depth + 1)
            if not self._separated("}"):
                return members

    def _closes(self, closer: str) -> bool:
        """Whether the next token closes the container (an empty one, or after a last comma)."""
        at = _BLANKS.match(self.text, self.at, self.end).end()  # type: ignore[union-attr]
        if self.text.startswith(closer, at):
            self.at = at + 1
            return True
        return False

    def _separated(self, closer: str) -> bool:
        """After an item: True at a comma (more may follow), False at the closer."""
        token = self._token()
        if token.group() == ",":
            return True
        if token.group() == closer:
            return False
        raise _NotDataError(self.at)


def _string(literal: str) -> str:
    """The text a JS string literal stands for."""
    return js_string_text(literal[1:-1])


def js_string_text(body: str) -> str:
    """The text of a JS string literal's body, its escapes undone.

    A surrogate pair written as two escapes ("\\ud83d\\ude00") is one character; a
    lone surrogate becomes U+FFFD.
    """
    text = _ESCAPE.sub(_unescape, body)
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


#: A surrogate code point, left by unescaping "\\ud83d".
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unescape(escape: re.Match[str]) -> str:
    """The character a JS escape stands for (``\\'`` is ``'``, ``\\u00e9`` is ``é``)."""
    code = escape.group(1) or escape.group(2) or escape.group(3)
    if code is not None:
        number = int(code, 16)
        return chr(number) if number <= 0x10FFFF else "\ufffd"
    if escape.group(4) is not None:
        return ""  # a line continuation
    char = escape.group(5)
    return _SIMPLE_ESCAPES.get(char, char)
