"""Inputs: read a path, a directory or standard input, and decode bytes to text.

Everything that can go wrong with an input becomes an :class:`InputError`
naming it, so callers can report it in one line and carry on with the rest.
"""

from __future__ import annotations

import codecs
import http.client
import os
import re
import sys
import urllib.error
import urllib.request
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
    "fetch",
    "is_url",
    "read",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
PAGE_SUFFIXES = (".txt", ".html", ".htm")
#: Pages larger than this are refused (``--max-page-size``): real career pages are a few MB.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

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
_META_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE
)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE)
#: Labels browsers read as a wider encoding (WHATWG Encoding Standard).
_BROWSER_CODEC = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
}

FETCH_TIMEOUT = 20.0
USER_AGENT = "jobparse/0.1 (+https://pypi.org/project/jobparse/; job-posting parser)"
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


@attrs.frozen
class PageBytes:
    """The undecoded bytes of one page and the name it is known by.

    For a fetched page, ``content_type`` is the HTTP ``Content-Type`` header and
    ``base_url`` the address after redirects (links resolve against it).
    """

    uri: str
    data: bytes
    content_type: str | None = None
    base_url: str | None = None


def is_url(spec: str) -> bool:
    """Whether an input names a web page rather than a file.

    >>> is_url("https://example.org/jobs"), is_url("seeds/page.txt")
    (True, False)
    """
    return spec.startswith(("http://", "https://"))


def fetch(
    url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = FETCH_TIMEOUT
) -> PageBytes:
    """Fetch a page over HTTP(S) with the standard library.

    Redirects are followed; the response is capped at *max_bytes*; every failure
    (refused, timed out, HTTP error, too large) is an :class:`InputError` naming the URL.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(
            request, timeout=timeout
        ) as response:  # http(s) only: see is_url
            data = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(url, f"cannot fetch: {error.reason}") from None
    except (TimeoutError, OSError, ValueError, http.client.HTTPException) as error:
        raise InputError(url, f"cannot fetch: {error or type(error).__name__}") from None
    if len(data) > max_bytes:
        raise InputError(url, f"larger than the maximum page size of {max_bytes:,} bytes")
    return PageBytes(uri=url, data=data, content_type=content_type, base_url=final_url)


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
    """Read one input (a file path, an http(s) URL or ``-``) into a :class:`PageBytes`.

    Raises :class:`InputError` when it is missing, unreadable or larger than
    *max_bytes*.
    """
    if is_url(spec):
        return fetch(spec, max_bytes=max_bytes)
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


#: The control characters' UTF-8 bytes: in UTF-8 they never occur inside another character.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def clean_text(text: str) -> str:
    """Drop control characters (but tab, newlines, form feed) and replace lone surrogates.

    A clean text (nearly every page) is told in two fast passes over its UTF-8
    bytes, which fail to encode if it holds a lone surrogate.

    >>> clean_text("a\\x00b\\x07c\\udc00") == "abc\\ufffd"
    True
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _LONE_SURROGATES.sub("\ufffd", _CONTROL_CHARACTERS.sub("", text))
    if len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return text
    return _CONTROL_CHARACTERS.sub("", text)


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, browser-style (Latin-1 means Windows-1252)."""
    if not label:
        return None
    label = label.strip().strip("\"'").casefold()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _BROWSER_CODEC.get(name, name)


def _declared_charset(head: bytes) -> str | None:
    """A ``<meta charset>`` or ``http-equiv`` charset in the first bytes of a page."""
    match = _META_CHARSET.search(head[:_META_PRESCAN_BYTES])
    return match.group(1).decode("ascii", errors="replace") if match else None


def decode(data: bytes, uri: str = STDIN_NAME, *, content_type: str | None = None) -> str:
    """Decode page bytes to text as browsers do, refusing what is not text.

    A byte-order mark wins; then the HTTP ``Content-Type`` charset; then a
    ``<meta charset>`` in the page; then UTF-8 if the bytes are valid UTF-8;
    else Windows-1252 (a superset of Latin-1 for printable text). Bytes the
    chosen encoding lacks become replacement characters: decoding never fails.

    >>> decode("Zürich".encode("utf-8"))
    'Zürich'
    >>> decode("Zürich".encode("latin-1"))
    'Zürich'
    >>> decode('<meta charset="koi8-r"><p>Москва'.encode("koi8-r"))[-6:]
    'Москва'
    """
    if not data.strip():
        raise InputError(uri, "empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:_SNIFF_BYTES]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        raise InputError(uri, "binary data, not a text or HTML page")
    header = _CONTENT_TYPE_CHARSET.search(content_type or "")
    declared = _codec(header.group(1) if header else None) or _codec(_declared_charset(head))
    if declared and declared != "utf-8":
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if declared == "utf-8":
            return data.decode("utf-8", errors="replace")
        return data.decode("cp1252", errors="replace")
