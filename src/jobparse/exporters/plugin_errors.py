"""The errors of the plugin manager: an unknown format, a broken or clashing plugin."""

from __future__ import annotations

from collections.abc import Iterable

from jobparse.errors import JobparseError

__all__ = ["DuplicateFormatError", "PluginError", "UnknownFormatError"]


class UnknownFormatError(JobparseError):
    """No exporter has the requested name."""

    def __init__(self, name: str, available: Iterable[str]) -> None:
        self.name = name
        self.available = sorted(available)
        super().__init__(f"unknown format {name!r}; available: {', '.join(self.available)}")


class PluginError(JobparseError):
    """A plugin cannot be loaded or breaks the plugin contract."""


class DuplicateFormatError(PluginError):
    """Two plugins register exporters with the same name."""
