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

import importlib
from typing import TYPE_CHECKING, Any

import jobparse.exporters  # noqa: F401  (the subpackage, loaded first: its name is the function below)
from jobparse._moved import install as _install_former_names
from jobparse._version import __version__

_install_former_names()  # "jobparse.plugins" still imports (now jobparse.exporters.plugins)

if TYPE_CHECKING:
    from jobparse.api import iter_pages, iter_postings, unique_postings
    from jobparse.convert import converter, posting_from_dict, posting_to_dict
    from jobparse.errors import InputError, JobparseError, PageError, PageTimeoutError, ParseError
    from jobparse.exporters.base import Exporter
    from jobparse.exporters.hookspecs import hookimpl
    from jobparse.exporters.plugins import UnknownFormatError, export
    from jobparse.model import (
        Deadline,
        DeadlineKind,
        EmploymentType,
        Evidence,
        Location,
        Posting,
        Source,
    )
    from jobparse.parsing import parse, parse_file
    from jobparse.watching.state import State, StateError

#: Where each public name lives: it is imported on first use (PEP 562), so
#: ``import jobparse`` costs almost nothing and ``jobparse --version`` loads no parser.
_HOMES = {
    "iter_pages": "jobparse.api",
    "iter_postings": "jobparse.api",
    "parse": "jobparse.parsing",
    "parse_file": "jobparse.parsing",
    "unique_postings": "jobparse.api",
    "converter": "jobparse.convert",
    "posting_from_dict": "jobparse.convert",
    "posting_to_dict": "jobparse.convert",
    "InputError": "jobparse.errors",
    "JobparseError": "jobparse.errors",
    "PageError": "jobparse.errors",
    "PageTimeoutError": "jobparse.errors",
    "ParseError": "jobparse.errors",
    "Exporter": "jobparse.exporters.base",
    "hookimpl": "jobparse.exporters.hookspecs",
    "Deadline": "jobparse.model",
    "DeadlineKind": "jobparse.model",
    "EmploymentType": "jobparse.model",
    "Evidence": "jobparse.model",
    "Location": "jobparse.model",
    "Posting": "jobparse.model",
    "Source": "jobparse.model",
    "UnknownFormatError": "jobparse.exporters.plugins",
    "export": "jobparse.exporters.plugins",
    "State": "jobparse.watching.state",
    "StateError": "jobparse.watching.state",
}

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
    "PageTimeoutError",
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
    "iter_pages",
    "iter_postings",
    "parse",
    "parse_file",
    "posting_from_dict",
    "posting_to_dict",
    "unique_postings",
]


def exporters() -> dict[str, Exporter]:
    """Every output format by name, built-in and from plugins (``plugins.exporters``).

    A function of this module, not the subpackage ``jobparse.exporters`` (where the
    built-in formats live), which it shadows here as it always has.
    """
    from jobparse.exporters.plugins import exporters as registered

    return registered()


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'jobparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
