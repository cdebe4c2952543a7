"""Exporting from the command line's point of view: which format, and whose failure.

The format of ``-o jobs.csv`` comes from its suffix; an exporter's failure
reads "FORMAT exporter (PLUGIN): message", a failure to write the output is
the output's. The CLI calls these and keeps no logic of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import Any, BinaryIO, cast

from jobparse.errors import JobparseError
from jobparse.exporters.plugins import BUILTIN_MARK, exporter_info, get_exporter
from jobparse.model import Posting

__all__ = [
    "DEFAULT_FORMAT",
    "ExporterError",
    "FormatMismatchError",
    "OutputError",
    "export_reporting",
    "format_for_output",
]


class FormatMismatchError(JobparseError):
    """A ``--format`` that contradicts the suffix of the output path."""


#: The format when neither ``--format`` nor the output's suffix names one.
DEFAULT_FORMAT = "json"


def format_for_output(output: str | None, format_name: str | None) -> str:
    """The format to write *output* in.

    *format_name* when given; else the format whose ``suffix`` the path has
    (``jobs.csv`` is CSV, ``feed.xml`` RSS); else JSON. A *format_name* that
    contradicts the path's suffix (``--format csv -o jobs.ics``) raises
    :class:`FormatMismatchError`, naming both; a suffix no format has
    (``jobs.txt``) contradicts nothing.
    """
    suffix = PurePath(output).suffix.casefold() if output else ""
    implied = _formats_by_suffix().get(suffix) if suffix else None
    if format_name is None:
        return implied or DEFAULT_FORMAT
    own_suffix = str(getattr(get_exporter(format_name), "suffix", "")).casefold()
    if implied is not None and implied != format_name and own_suffix != suffix:
        raise FormatMismatchError(
            f"--format {format_name} contradicts the output {output!r}: {suffix} is the suffix "
            f"of {implied}"
        )
    return format_name


def _formats_by_suffix() -> dict[str, str]:
    """Each suffix's format: a built-in's, else the first plugin's by format name.

    A plugin that gives its format the suffix ``.json`` never makes ``-o
    x.json`` its own: a path means what it meant before the plugin came.
    """
    by_suffix: dict[str, str] = {}
    builtin: dict[str, str] = {}
    for info in exporter_info():
        suffix = str(getattr(info.exporter, "suffix", "") or "").casefold()
        if suffix:
            by_suffix.setdefault(suffix, info.exporter.name)
            if info.provider.endswith(BUILTIN_MARK):
                builtin.setdefault(suffix, info.exporter.name)
    return by_suffix | builtin


class ExporterError(JobparseError):
    """An exporter failed: "FORMAT exporter (PLUGIN): message"."""


class OutputError(JobparseError):
    """Writing the output failed (a full disk): the output's error, not the format's."""


class _WatchedStream:
    """A binary stream that remembers whether writing to it failed."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.failed: OSError | None = None

    def write(self, data: Any) -> int:
        try:
            return self._stream.write(data)
        except OSError as error:
            self.failed = error
            raise

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            self.failed = error
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def export_reporting(
    postings: Iterable[Posting], format: str, stream: BinaryIO, **options: Any
) -> None:
    """:func:`export`, its failures told apart: the exporter's or the output's.

    An exception raised by the exporter (a bad option, a bug in a plugin)
    becomes :class:`ExporterError` reading "FORMAT exporter (PLUGIN): message";
    a failure to write to *stream* becomes :class:`OutputError`. Errors of
    jobparse itself (a page that cannot be read) pass through.
    """
    exporter = get_exporter(format)  # an unknown format raises UnknownFormatError
    provider = next(info.provider for info in exporter_info() if info.exporter is exporter)
    watched = _WatchedStream(stream)
    try:
        exporter.export(postings, cast(BinaryIO, watched), **options)  # a BinaryIO in all it uses
    except BrokenPipeError:
        raise
    except JobparseError:
        raise
    except OSError as error:
        if watched.failed is error:
            raise OutputError(error.strerror or str(error)) from error
        raise ExporterError(f"{format} exporter ({provider}): {error}") from error
    except Exception as error:  # the exporter's own failure, named as such
        raise ExporterError(f"{format} exporter ({provider}): {error}") from error
