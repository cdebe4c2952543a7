"""The base class every exporter, built-in or third-party, derives from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = ["Exporter", "reject_options"]


class Exporter:
    """An output format.

    Subclasses set the class attributes and implement :meth:`export`, which
    must consume *postings* lazily (one at a time) so large batches stream.
    Options come from ``jobparse export --option KEY=VALUE`` as strings, or
    from keyword arguments of :func:`jobparse.export`; an exporter rejects
    options it does not know with :class:`TypeError` or :class:`ValueError`.
    """

    #: The value of ``--format``.
    name: ClassVar[str]
    #: The file name suffix, with its dot (``".json"``).
    suffix: ClassVar[str]
    #: The IANA media type of the output.
    media_type: ClassVar[str]
    #: One line for ``jobparse formats``.
    description: ClassVar[str]

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write *postings* to the binary *stream*."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def reject_options(format_name: str, options: dict[str, Any]) -> None:
    """Raise :class:`TypeError` naming any option an exporter did not consume.

    Call it last in ``export``, after popping the options the format takes:
    ``jobparse export --option colour=red`` then reads "json exporter
    (jobparse.exporters.json_format (built-in)): unknown option(s): colour".
    *format_name* is kept for callers; the message leaves it to whoever reports it.
    """
    if options:
        raise TypeError(f"unknown option(s): {', '.join(sorted(options))}")
