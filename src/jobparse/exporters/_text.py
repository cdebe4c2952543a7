"""Text clean-up shared by exporters: characters each output format cannot carry."""

from __future__ import annotations

import re

__all__ = ["without_controls", "xml_safe"]

#: Characters XML 1.0 forbids anywhere (C0 controls but tab/newline/CR, surrogates, U+FFFE/F).
#: (Written as the forbidden ranges: the allowed ones, negated, take 5 ms to compile.)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: C0 and C1 control characters other than tab and newline, and lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Remove the characters XML 1.0 cannot carry.

    >>> xml_safe("a\\x00b\\x1bc\\ufffed")
    'abcd'
    """
    return _NOT_XML.sub("", text)


def without_controls(text: str) -> str:
    """Remove control characters except tab and newline (carriage returns and surrogates too).

    >>> without_controls("a\\r\\nb\\x07")
    'a\\nb'
    """
    return _CONTROLS.sub("", text.replace("\r\n", "\n"))
