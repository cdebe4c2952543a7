"""jobparse: turn job-board pages into clean, typed job postings and export them.

Career pages in HTML (listings, applicant-tracking boards, a job's own page,
with or without schema.org ``JobPosting`` markup) or as plain text are cut
into postings, and each posting's title, company, places, deadlines,
employment type, e-mails, links and apply link are inferred, each with the
evidence it rests on.

Main functions:

- :func:`parse` — the postings of one page's text (HTML or plain text);
- :func:`parse_file` — the postings of one file;
- :func:`iter_postings` — the postings of many files, directories, URLs or
  ``-``, streamed page by page (errors reported per page);
- :func:`unique_postings` — drop adverts repeated across pages;
- :func:`export` / :func:`exporters` — write postings in a format (JSON,
  JSON Lines, CSV, iCal, RSS, and plugins' formats);
- :func:`posting_to_dict` / :func:`posting_from_dict` — the JSON shape;
- :class:`State` — what earlier runs saw, for watching pages
  (``iter_postings(..., state=state, new_only=True)``, ``docs/watching.md``).

A :class:`Posting` is frozen and typed (attrs); see ``docs/schema.md`` for
every field and ``docs/usage.md`` for the command line.

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
from jobparse.state import State, StateError

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
    "State",
    "StateError",
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
