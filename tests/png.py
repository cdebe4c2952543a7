"""A PNG's pixels, read with the standard library (zlib): enough to tell a blank picture.

Reads 8-bit greyscale, RGB and RGBA pictures without interlacing (what
Chromium's screenshots are), undoing the five row filters of the PNG
specification.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def _paeth(left: int, up: int, corner: int) -> int:
    guess = left + up - corner
    to_left, to_up, to_corner = abs(guess - left), abs(guess - up), abs(guess - corner)
    if to_left <= to_up and to_left <= to_corner:
        return left
    return up if to_up <= to_corner else corner


def pixels(path: Path) -> tuple[int, int, list[tuple[int, ...]]]:
    """(width, height, every pixel as a tuple of its channels), row by row."""
    data = path.read_bytes()
    assert data.startswith(_SIGNATURE), f"{path} is no PNG"
    position, idat = len(_SIGNATURE), b""
    width = height = channels = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8, "an unusual PNG"
            assert interlace == 0, "an unusual PNG"
            assert colour in _CHANNELS, "an unusual PNG"
            channels = _CHANNELS[colour]
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            corner = previous[x - channels] if x >= channels else 0
            up = previous[x]
            if kind == 1:
                row[x] = (row[x] + left) & 0xFF
            elif kind == 2:
                row[x] = (row[x] + up) & 0xFF
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                row[x] = (row[x] + _paeth(left, up, corner)) & 0xFF
        rows.append(row)
        previous = row
    found = [tuple(row[x : x + channels]) for row in rows for x in range(0, stride, channels)]
    return width, height, found
