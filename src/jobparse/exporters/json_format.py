"""The ``json`` format: a JSON array of postings in the schema's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from jobparse.convert import posting_to_dict
from jobparse.exporters.base import Exporter
from jobparse.hookspecs import hookimpl
from jobparse.model import Posting

__all__ = ["JsonExporter"]


class JsonExporter(Exporter):
    """A JSON array, one object per posting, written as the postings arrive."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"
    description = "JSON array of postings (the schema's JSON; the round-trip format)"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write a JSON array; ``indent`` (default 2; 0 puts each posting on one line)."""
        indent = max(int(options.pop("indent", 2)), 0)
        if options:
            raise TypeError(f"unknown option(s) for json: {', '.join(sorted(options))}")
        stream.write(b"[")
        separator = b"\n"
        for posting in postings:
            text = json.dumps(posting_to_dict(posting), ensure_ascii=False, indent=indent or None)
            if indent:
                text = text.replace("\n", "\n" + " " * indent)
                stream.write(separator + b" " * indent + text.encode("utf-8"))
            else:
                stream.write(separator + text.encode("utf-8"))
            separator = b",\n"
        stream.write(b"\n]\n")


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(JsonExporter())
