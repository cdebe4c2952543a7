"""The ``jsonl`` format: JSON Lines, one posting per line in the schema's JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from jobparse.exporters.base import Exporter, reject_options
from jobparse.exporters.hookspecs import hookimpl
from jobparse.exporters.json_format import json_bytes

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = ["JsonLinesExporter"]


class JsonLinesExporter(Exporter):
    """One compact JSON object per line, in input order."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/jsonl"
    description = "JSON Lines: one posting per line (the schema's JSON)"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write one line per posting; takes no options."""
        from jobparse.convert import posting_to_dict  # cattrs loads when postings are written

        reject_options(self.name, options)
        for posting in postings:
            stream.write(json_bytes(posting_to_dict(posting)) + b"\n")


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(JsonLinesExporter())
