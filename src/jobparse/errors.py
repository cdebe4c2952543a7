"""Exceptions jobparse raises on purpose."""

from __future__ import annotations

__all__ = ["InputError", "JobparseError"]


class JobparseError(Exception):
    """Base class of every error jobparse raises deliberately."""


class InputError(JobparseError):
    """An input cannot be read or is not a page: missing, binary, empty, too big.

    ``source`` names the input (a path, URL or ``<stdin>``); ``str(error)`` is a
    one-line message that starts with it.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Picklable with its two arguments, so errors cross process boundaries (--jobs).
        return (type(self), (self.source, self.reason))
