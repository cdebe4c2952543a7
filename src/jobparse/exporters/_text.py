"""Text clean-up shared by exporters: characters each output format cannot carry."""

from __future__ import annotations

import re

__all__ = ["safe_link", "without_controls", "xml_safe"]

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


_WEB_SCHEMES = ("http://", "https://")


def _local_page(source_uri: str | None) -> bool:
    """Whether a posting's page was a local file (not a URL, not stdin or bytes)."""
    return bool(source_uri) and not str(source_uri).startswith((*_WEB_SCHEMES, "<"))


def safe_link(url: str | None, source_uri: str | None) -> str | None:
    """*url* if a feed reader or calendar may open it: http(s), or ``file:`` from a local page.

    A remote page cannot point a reader at the reader's own files.

    >>> safe_link("file:///etc/passwd", "https://jobs.example.org/"), safe_link(
    ...     "file:///srv/jobs/1.html", "/srv/jobs/index.html")
    (None, 'file:///srv/jobs/1.html')
    >>> safe_link("javascript:alert(1)", "/srv/jobs/index.html")
    """
    if not url:
        return None
    folded = url.casefold()
    if folded.startswith(_WEB_SCHEMES):
        return url
    if folded.startswith("file://") and _local_page(source_uri):
        return url
    return None
