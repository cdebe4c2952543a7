"""Inputs: read a path, a directory or standard input (URLs: :mod:`jobparse.sources.fetch`).

Everything that can go wrong with an input becomes an :class:`InputError`
naming it, so callers can report it in one line and carry on with the rest.
Bytes become text in :mod:`jobparse.sources.decoding`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from jobparse.errors import InputError
from jobparse.sources.decoding import STDIN_NAME, clean_text, decode
from jobparse.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from jobparse.sources.page_bytes import PageBytes, read_capped

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "PAGE_SUFFIXES",
    "STDIN",
    "STDIN_NAME",
    "PageBytes",
    "clean_text",
    "decode",
    "expand",
    "is_url",
    "read",
    "read_capped",
    "read_input_list",
]

STDIN = "-"
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def is_url(spec: str) -> bool:
    """Whether an input names a web page rather than a file.

    >>> is_url("https://example.org/jobs"), is_url("seeds/page.txt")
    (True, False)
    """
    return spec.startswith(("http://", "https://"))


def _pages_in(directory: Path) -> list[str] | None:
    """The page files of a directory in name order, or None if it cannot be listed."""
    try:
        with os.scandir(directory) as entries:
            names = [
                entry.name
                for entry in entries
                if Path(entry.name).suffix.lower() in PAGE_SUFFIXES and _a_page_file(entry)
            ]
    except OSError:
        return None
    return [str(directory / name) for name in sorted(names)]


def _a_page_file(entry: os.DirEntry[str]) -> bool:
    """Whether a folder's entry is read as a page: a file, or a link that should lead to one.

    A link that loops or leads nowhere is read too, so that it costs one line
    of its own instead of its whole folder (or nothing said at all).
    """
    try:
        return entry.is_file() or entry.is_symlink()
    except OSError:  # a link that loops: "Too many levels of symbolic links"
        return True


def expand(specs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Yield the inputs named by *specs*: files as given, directories as their pages.

    A directory contributes its ``.txt``, ``.html`` and ``.htm`` files in name
    order (not recursive). ``-`` stands for standard input. Missing paths, and
    directories that cannot be listed, are yielded as given so that reading
    them reports the error in its turn.
    """
    for spec in specs:
        text = os.fspath(spec)
        path = Path(text)
        pages = _pages_in(path) if text != STDIN and path.is_dir() else None
        if pages is None:
            yield text
        else:
            yield from pages


def read_input_list(path: str) -> list[str]:
    """The inputs a list file names, one a line (``-i FILE``); ``-`` reads standard input.

    Blank lines and lines starting with ``#`` are skipped; white space around
    an input is dropped. A file that cannot be read is an :class:`InputError`.

    """
    try:
        text = sys.stdin.read() if path == STDIN else Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(path, "not a UTF-8 text file of inputs") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


_SPECIAL_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def _special_kind(mode: int | None) -> str | None:
    """What a path is when it is neither a regular file nor a directory: "a FIFO"."""
    return _SPECIAL_KINDS.get(stat.S_IFMT(mode)) if mode is not None else None


def _mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode
    except OSError:
        return None


def _directory_error(uri: str) -> InputError:
    """Why a directory cannot be read as a page: it is one, or it cannot even be listed."""
    try:
        with os.scandir(uri):
            pass
    except PermissionError:
        return InputError(uri, "cannot list the directory: permission denied")
    except OSError as error:
        return InputError(uri, f"cannot list the directory: {error.strerror or error}")
    return InputError(uri, "is a directory")


def read(
    spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> PageBytes:
    """Read one input (a file path, an http(s) URL or ``-``) into a :class:`PageBytes`.

    Raises :class:`InputError` when it is missing, unreadable, larger than
    *max_bytes*, or a URL that has not arrived in full after *timeout* seconds.
    """
    if is_url(spec):
        from jobparse.sources.fetch import fetch  # urllib and http.client load only for URLs

        return fetch(spec, max_bytes=max_bytes, timeout=timeout)
    if spec == STDIN:
        data = read_capped(sys.stdin.buffer, max_bytes)
        uri = STDIN_NAME
    else:
        uri = spec
        path = Path(spec)
        try:
            # O_NONBLOCK: opening a FIFO does not wait for a writer; then only a regular
            # file is read (a FIFO, a socket or a device could hang the batch or never end).
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            kind = _special_kind(os.fstat(fd).st_mode)
            if kind is not None:
                os.close(fd)
                raise InputError(uri, f"not a regular file: {kind}")
            with os.fdopen(fd, "rb") as handle:
                data = read_capped(handle, max_bytes)
        except FileNotFoundError:
            raise InputError(uri, "no such file") from None
        except IsADirectoryError:
            raise _directory_error(uri) from None
        except PermissionError:
            if path.is_dir():
                raise _directory_error(uri) from None
            raise InputError(uri, "permission denied") from None
        except OSError as error:
            kind = _special_kind(_mode(path))  # a socket cannot even be opened
            if kind is not None:
                raise InputError(uri, f"not a regular file: {kind}") from None
            raise InputError(uri, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(uri, f"larger than the maximum page size of {max_bytes:,} bytes")
    return PageBytes(uri=uri, data=data)
