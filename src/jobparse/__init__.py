"""jobparse: turn job-board pages into clean, typed job postings and export them.

>>> import jobparse
>>> postings = jobparse.parse("Search Opportunities\\nLondon\\n\\n\\nWe are hiring.\\nApply\\n")
>>> postings[0].description
'We are hiring.'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from jobparse.api import iter_postings, parse, parse_file, unique_postings
from jobparse.convert import converter, posting_from_dict, posting_to_dict
from jobparse.errors import InputError, JobparseError, PageError, ParseError
from jobparse.exporters.base import Exporter
from jobparse.hookspecs import hookimpl
from jobparse.model import (
    Deadline,
    DeadlineKind,
    EmploymentType,
    Evidence,
    Location,
    Posting,
    Source,
)
from jobparse.plugins import UnknownFormatError, export, exporters

try:
    __version__ = version("jobparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = [
    "Deadline",
    "DeadlineKind",
    "EmploymentType",
    "Evidence",
    "Exporter",
    "InputError",
    "JobparseError",
    "Location",
    "PageError",
    "ParseError",
    "Posting",
    "Source",
    "UnknownFormatError",
    "__version__",
    "converter",
    "export",
    "exporters",
    "hookimpl",
    "iter_postings",
    "parse",
    "parse_file",
    "posting_from_dict",
    "posting_to_dict",
    "unique_postings",
]
