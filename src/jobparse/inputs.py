"""Inputs: read a path, a directory or standard input, and decode bytes to text.

Everything that can go wrong with an input becomes an :class:`InputError`
naming it, so callers can report it in one line and carry on with the rest.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from jobparse.errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PAGE_SUFFIXES",
    "STDIN",
    "STDIN_NAME",
    "PageBytes",
    "clean_text",
    "decode",
    "expand",
    "read",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
PAGE_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Leading bytes of common binary formats that are never pages.
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 64 * 1024


@attrs.frozen
class PageBytes:
    """The undecoded bytes of one page and the name it is known by."""

    uri: str
    data: bytes


def expand(specs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Yield the inputs named by *specs*: files as given, directories as their pages.

    A directory contributes its ``.txt``, ``.html`` and ``.htm`` files in name
    order (not recursive). ``-`` stands for standard input. Missing paths are
    yielded as given so that reading them reports the error in its turn.
    """
    for spec in specs:
        text = os.fspath(spec)
        path = Path(text)
        if text != STDIN and path.is_dir():
            pages = [p for p in path.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file()]
            yield from (str(p) for p in sorted(pages, key=lambda p: p.name))
        else:
            yield text


def read(spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PageBytes:
    """Read one input (a file path or ``-``) into a :class:`PageBytes`.

    Raises :class:`InputError` when it is missing, unreadable or larger than
    *max_bytes*.
    """
    if spec == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        uri = STDIN_NAME
    else:
        uri = spec
        path = Path(spec)
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(uri, "no such file") from None
        except IsADirectoryError:
            raise InputError(uri, "is a directory") from None
        except PermissionError:
            raise InputError(uri, "permission denied") from None
        except OSError as error:
            raise InputError(uri, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(uri, f"larger than the maximum page size of {max_bytes:,} bytes")
    return PageBytes(uri=uri, data=data)


_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop control characters (but tab, newlines, form feed) and replace lone surrogates.

    >>> clean_text("a\\x00b\\x07c\\udc00") == "abc\\ufffd"
    True
    """
    return _LONE_SURROGATES.sub("\ufffd", _CONTROL_CHARACTERS.sub("", text))


def decode(data: bytes, uri: str = STDIN_NAME) -> str:
    """Decode page bytes to text, refusing what is not text.

    A byte-order mark wins; otherwise UTF-8, and bytes that are not UTF-8 are
    read as Windows-1252 (a superset of Latin-1 for printable text), with
    replacement characters for the few bytes it lacks.

    >>> decode("Zürich".encode("utf-8"))
    'Zürich'
    >>> decode("Zürich".encode("latin-1"))
    'Zürich'
    """
    if not data.strip():
        raise InputError(uri, "empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:_SNIFF_BYTES]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        raise InputError(uri, "binary data, not a text or HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
