"""A jobparse exporter plugin: postings as a Markdown digest, one section per posting."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

import jobparse
from jobparse.exporters.base import reject_options

__all__ = ["MarkdownExporter"]


def _escape(text: str) -> str:
    """Escape the characters Markdown would read as markup in a heading or list item."""
    return "".join("\\" + char if char in "\\`*_{}[]<>#|" else char for char in text)


class MarkdownExporter(jobparse.Exporter):
    """A Markdown document: a heading per posting, then its place, dates and links."""

    name = "markdown"
    suffix = ".md"
    media_type = "text/markdown"
    description = "Markdown digest: a section per posting with place, dates and links"

    def export(
        self, postings: Iterable[jobparse.Posting], stream: BinaryIO, **options: Any
    ) -> None:
        """Write the digest; option ``title`` sets the document heading."""
        title = str(options.pop("title", "Job postings"))
        reject_options(self.name, options)  # any option left is unknown: one clear error
        stream.write(f"# {_escape(title)}\n".encode())
        for posting in postings:  # one at a time: large batches stream
            heading = " — ".join(p for p in (posting.title, posting.company) if p) or "Job posting"
            lines = ["", f"## {_escape(heading)}", ""]
            places = "; ".join(
                "Remote" if loc.remote else ", ".join(p for p in (loc.city, loc.country) if p)
                for loc in posting.locations
            )
            if places:
                lines.append(f"- **Where:** {_escape(places)}")
            for deadline in posting.deadlines:
                lines.append(f"- **{deadline.kind.value.title()}:** {deadline.date.isoformat()}")
            if posting.apply_url:
                lines.append(f"- **Apply:** <{posting.apply_url}>")
            lines.append(f"- **Id:** `{posting.id}`")
            stream.write(("\n".join(lines) + "\n").encode("utf-8"))


@jobparse.hookimpl
def jobparse_register_exporters(register: Callable[[jobparse.Exporter], None]) -> None:
    """Offer the ``markdown`` format."""
    register(MarkdownExporter())
