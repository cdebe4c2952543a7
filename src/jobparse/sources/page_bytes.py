"""A page's bytes as read from a file, a pipe or a server, and reading them within a limit.

The base of both ways in: :mod:`jobparse.sources.inputs` (files, standard input) and
:mod:`jobparse.sources.fetch` (HTTP) give a :class:`PageBytes`, read with
:func:`read_capped`; neither needs the other for it.
"""

from __future__ import annotations

from typing import Protocol

import attrs

__all__ = ["PageBytes", "read_capped"]

#: Bytes read at a time: memory grows with what a page holds, not with the size limit.
_CHUNK_BYTES = 1024 * 1024


@attrs.frozen
class PageBytes:
    """The undecoded bytes of one page and the name it is known by.

    For a fetched page, ``content_type`` is the HTTP ``Content-Type`` header,
    ``base_url`` the address after redirects (links resolve against it), and
    ``etag`` and ``last_modified`` the validators a later conditional request
    sends. ``not_modified`` is true when the server answered 304 to such a
    request: ``data`` is then empty and the page is as it was.
    """

    uri: str
    data: bytes
    content_type: str | None = None
    base_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class _Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


def read_capped(stream: _Readable, max_bytes: int) -> bytes:
    """Read *stream* to its end, or to one byte past *max_bytes* (so "too large" can be told).

    It reads a chunk at a time: any limit works, however large, and memory
    follows the bytes that are really there.
    """
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(_CHUNK_BYTES, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
