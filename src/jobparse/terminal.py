"""Text from pages made safe to print on a terminal.

A page can hold ESC, BEL or other control characters; printed raw they move
the cursor, recolour or retitle the terminal, ring its bell. Commands that
print page text (``parse``, ``explain``) show each such character escaped,
as ``\\x1b``, so the text stays readable and inert.
"""

from __future__ import annotations

__all__ = ["printable"]

#: Control characters (C0 but tab, DEL, C1) mapped to their escaped forms.
_ESCAPED = {
    code: f"\\x{code:02x}"
    for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0))
}


def printable(text: str) -> str:
    """*text* with every control character but tab escaped.

    >>> printable("Acme\\x1b]0;pwned\\x07 Labs")
    'Acme\\\\x1b]0;pwned\\\\x07 Labs'
    """
    return text.translate(_ESCAPED)
