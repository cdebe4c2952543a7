"""Exceptions jobparse raises on purpose."""

from __future__ import annotations

__all__ = ["InputError", "JobparseError", "PageError", "PageTimeoutError", "ParseError"]


class JobparseError(Exception):
    """Base class of every error jobparse raises deliberately."""


class PageError(JobparseError):
    """One page of a batch gave no postings: it could not be read, or parsing it failed.

    ``source`` names the page (a path, URL or ``<stdin>``); ``str(error)`` is a
    one-line message that starts with it. A batch reports it and goes on.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[PageError], tuple[str, str]]:
        # Picklable with its two arguments, so errors cross process boundaries (--jobs).
        return (type(self), (self.source, self.reason))


class InputError(PageError):
    """An input cannot be read or is not a page: missing, binary, empty, too big."""


class ParseError(PageError):
    """jobparse itself failed on a page: a bug to report, not a fault of the page.

    The batch skips the page and goes on; the message names the exception and
    asks for a report.
    """

    @classmethod
    def from_exception(cls, source: str, error: BaseException) -> ParseError:
        """The failure for *error*, raised while reading or parsing *source*."""
        detail = " ".join(str(error).split())[:200]
        name = type(error).__name__
        return cls(
            source,
            f"jobparse failed on this page ({name}: {detail}); this is a bug in jobparse, "
            "please report it with the page",
        )


class PageTimeoutError(PageError):
    """A page took more than its CPU budget (``--page-timeout``) to parse: skipped.

    Real pages take well under a second; one that takes a minute is hostile
    or broken, and must not stall the batch.
    """
