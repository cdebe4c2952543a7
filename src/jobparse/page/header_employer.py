"""The employer a job board writes under a job's heading, above its town.

A board's page of one job stacks the job's facts as a card does::

    Gerente de Operaciones      <- the heading
    Bac Credomatic              <- who hires
    Managua                     <- where

The line between the heading and a town alone is the employer, when it is a
short name and nothing else the vocabulary knows (a role, a place, a label, a
type of employment, a team). The site's own name is the board's, not the
employer's.
"""

from __future__ import annotations

from jobparse import vocabulary
from jobparse.fields.dates import parse_date
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import scan_places

__all__ = ["employer_under_heading"]

#: The longest employer's line, in characters and words.
_MAX_NAME = 60
_MAX_WORDS = 6


def employer_under_heading(paragraphs: list[str], heading: str | None) -> str | None:
    """The employer's line between the heading and a line naming one town, if any."""
    if not heading:
        return None
    lines = [line.strip(" •") for paragraph in paragraphs for line in paragraph.split("\n")]
    lines = [line for line in lines if line]
    if heading not in lines:
        return None
    at = lines.index(heading)
    if at + 2 >= len(lines):
        return None
    name, place = lines[at + 1], lines[at + 2]
    return name if _a_name(name) and _one_town(place) else None


def _a_name(line: str) -> bool:
    return (
        len(line) <= _MAX_NAME
        and 0 < len(line.split()) <= _MAX_WORDS
        and line[:1].isupper()
        and ":" not in line
        and not line.endswith((".", "!", "?"))
        and vocabulary.label_field(line) is None  # "Location" above the town: a field's name
        and not vocabulary.has_role(line)
        and not is_place_line(line)
        and not vocabulary.employment_types(line)
        and not vocabulary.is_department(line)
        and not vocabulary.is_navigation(line)
        and not vocabulary.apply_text(line)
        and parse_date(line) is None
    )


def _one_town(line: str) -> bool:
    if not is_place_line(line):
        return False
    scan = scan_places(line)
    return len(scan.locations) == 1 and not scan.unknown_words and bool(scan.locations[0].city)
