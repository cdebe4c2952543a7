"""Text from pages made safe to print on a terminal.

A page can hold ESC, BEL or other control characters; printed raw they move
the cursor, recolour or retitle the terminal, ring its bell. Commands that
print page text (``parse``, ``explain``) show each such character escaped,
as ``\\x1b``, so the text stays readable and inert; so is each bidirectional
override or isolate (``\\u202e``), which would reorder what is shown.
"""

from __future__ import annotations

__all__ = ["printable"]

#: Control characters (C0 but tab, DEL, C1) mapped to their escaped forms.
_ESCAPED = {
    code: f"\\x{code:02x}"
    for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0))
}
#: Bidirectional embeddings, overrides and isolates: printed raw they reorder the
#: line around them ("Trojan Source"), so that what is shown is not what is there.
_BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_ESCAPED.update({code: f"\\u{code:04x}" for code in _BIDI_CONTROLS})


def printable(text: str) -> str:
    """*text* with every control character but tab escaped.

    >>> printable("Acme\\x1b]0;pwned\\x07 Labs")
    'Acme\\\\x1b]0;pwned\\\\x07 Labs'
    >>> printable("Engineer \\u202egnp.exe")
    'Engineer \\\\u202egnp.exe'
    """
    return text.translate(_ESCAPED)
