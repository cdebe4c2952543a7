"""The ``json`` format: a JSON array of postings in the schema's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from jobparse.exporters.base import Exporter, reject_options
from jobparse.exporters.hookspecs import hookimpl

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = ["JsonExporter", "json_bytes"]


def json_bytes(data: Any, *, indent: int | None = None) -> bytes:
    """UTF-8 JSON; text UTF-8 cannot hold (lone surrogates) is written as ``\\u`` escapes."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent).encode("ascii")


class JsonExporter(Exporter):
    """A JSON array, one object per posting, written as the postings arrive."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"
    description = "JSON array of postings (the schema's JSON; the round-trip format)"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write a JSON array; ``indent`` (default 2; 0 puts each posting on one line)."""
        from jobparse.convert import posting_to_dict  # cattrs loads when postings are written

        indent = max(int(options.pop("indent", 2)), 0)
        reject_options(self.name, options)
        stream.write(b"[")
        separator = b"\n"
        for posting in postings:
            data = json_bytes(posting_to_dict(posting), indent=indent or None)
            if indent:
                data = data.replace(b"\n", b"\n" + b" " * indent)
                stream.write(separator + b" " * indent + data)
            else:
                stream.write(separator + data)
            separator = b",\n"
        stream.write(b"\n]\n")


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(JsonExporter())
