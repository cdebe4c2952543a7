"""The ``csv`` format: one row per posting, in a stable, documented column order.

List fields are joined with ``"; "``. A cell that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, their fullwidth and small
forms ``＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫``, the minus sign ``−``, a tab or a carriage return,
also after characters that show nothing: zero-width ones, direction marks and
overrides, invisible operators, a soft hyphen) is prefixed with an
apostrophe, so opening the file never executes anything. Control characters
other than tab and line ends (C0 and C1: ESC, NUL, BS, CSI...) are dropped:
they are never text, and a terminal or a spreadsheet may act on them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from jobparse.exporters.base import Exporter, reject_options
from jobparse.exporters.hookspecs import hookimpl

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = ["COLUMNS", "CsvExporter", "neutralise"]

#: The columns, in order. New columns are only ever added at the end.
COLUMNS = (
    "id",
    "title",
    "company",
    "locations",
    "remote",
    "employment_type",
    "deadlines",
    "rolling",
    "emails",
    "urls",
    "apply_url",
    "source_uri",
    "source_index",
    "description",
    "url",
    "date_posted",
    "identifier",
    "first_seen",
)
#: A formula's first sign, in every width and form a spreadsheet folds to it.
_FORMULA_STARTS = (
    *("=", "+", "-", "@"),
    *("\uff1d", "\uff0b", "\uff0d", "\uff20"),  # fullwidth
    *("\ufe66", "\ufe62", "\ufe63", "\ufe6b"),  # small forms
    "\u2212",  # minus sign
    *("\t", "\r"),
)
#: Characters that show nothing, which a spreadsheet may skip before a formula's sign.
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\u200e\u200f\u061c"  # direction marks
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # embeddings, overrides, isolates
    "\u2061\u2062\u2063\u2064"  # invisible operators
    "\u00ad\u180e\u034f"  # soft hyphen, Mongolian vowel separator, grapheme joiner
)
#: C0 controls but tab, line feed and carriage return, DEL and C1: dropped from every cell.
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_JOIN = "; "


def neutralise(cell: str) -> str:
    """Make a cell inert for spreadsheets and terminals.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("Senior Engineer")
    ('\\'=HYPERLINK("http://x")', 'Senior Engineer')
    >>> neutralise("＝1+1"), neutralise("\\u200b=1+1"), neutralise("a\\x1b[31mb\\x00\\x9b")
    ("'＝1+1", "'\\u200b=1+1", 'a[31mb')
    >>> neutralise("\\u202e\\u00ad\\ufe66cmd"), neutralise("\\u2212 2")
    ("'\\u202e\\xad\\ufe66cmd", "'\\u2212 2")
    """
    cell = cell.translate(_CONTROLS)
    return "'" + cell if cell.lstrip(_INVISIBLE).startswith(_FORMULA_STARTS) else cell


def _row(posting: Posting) -> list[str]:
    values = {
        "id": posting.id,
        "title": posting.title or "",
        "company": posting.company or "",
        "locations": _JOIN.join(loc.label() for loc in posting.locations),
        "remote": "true" if any(loc.remote for loc in posting.locations) else "false",
        "employment_type": posting.employment_type.value if posting.employment_type else "",
        "deadlines": _JOIN.join(f"{d.kind.value} {d.date.isoformat()}" for d in posting.deadlines),
        "rolling": "true" if posting.rolling else "false",
        "emails": _JOIN.join(posting.emails),
        "urls": _JOIN.join(posting.urls),
        "apply_url": posting.apply_url or "",
        "source_uri": posting.source.uri or "",
        "source_index": str(posting.source.index),
        "description": posting.description,
        "url": posting.url or "",
        "date_posted": posting.date_posted.isoformat() if posting.date_posted else "",
        "identifier": posting.identifier or "",
        "first_seen": posting.first_seen.isoformat() if posting.first_seen else "",
    }
    return [neutralise(values[column]) for column in COLUMNS]


class CsvExporter(Exporter):
    """Comma-separated values with a header row, UTF-8, CRLF line ends (RFC 4180)."""

    name = "csv"
    suffix = ".csv"
    media_type = "text/csv"
    description = "CSV: one row per posting, lists joined with '; ', formulas neutralised"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write the header and one row per posting; ``delimiter`` (one character) is optional."""
        delimiter = str(options.pop("delimiter", ","))
        reject_options(self.name, options)
        if len(delimiter) != 1:
            raise ValueError("delimiter must be one character")
        # errors="replace": text UTF-8 cannot hold (lone surrogates) becomes "?".
        text = io.TextIOWrapper(
            stream, encoding="utf-8", errors="replace", newline="", write_through=True
        )
        try:
            writer = csv.writer(text, delimiter=delimiter)
            writer.writerow(COLUMNS)
            for posting in postings:
                writer.writerow(_row(posting))
        finally:
            text.detach()  # leave the caller's stream open


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(CsvExporter())
