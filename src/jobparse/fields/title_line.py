"""A posting whose first line is its header: the title, and maybe its employer, read from it.

Real adverts open with a line of their own in many shapes, in any language:

- the title alone: "Fullstack Entwickler (m/w/d)", "Développeur/se web full-stack";
- the title and what qualifies it: "Werkstudent - Office & Event Assistant",
  "Desenvolvedor (a) Java Web - Pleno" (the whole line is the title);
- a name, then the title: "Actimage - Web Developer (Stage, Alternance)",
  "Nu Colombia - Senior Software Engineer";
- a header of fields: "Kerith - Senior Full Stack Developer - Remote within
  Germany - Full Time" (the field that names a role is the title, the first
  field the employer);
- the title, then where: "Research Data Specialist, Caltech Library, Pasadena,
  CA, USA - closes when filled", "Técnico em Eletrônica JR @ Human Robotics";
- tags and labels around it: "[CURITIBA] ...", "Stellenausschreibung: ...",
  "... (m/w/d) zum 01.09.2026".

A field names a role by the words of :mod:`jobparse.vocabulary` (every
language); a line that names none, or reads as a sentence, is no header.
"""

from __future__ import annotations

import re

import attrs

from jobparse import patterns, vocabulary
from jobparse.fields.hiring import hiring_sentence
from jobparse.fields.places import scan_places

__all__ = ["LineTitle", "header_company", "line_title", "reads_as_header"]

_MAX_LINE = 160
_MAX_TITLE_WORDS = 14
_MAX_NAME_WORDS = 5
_MAX_PLACE_WORDS = 3
_MAX_ORG_WORDS = 10

#: A sentence inside the line: a word's full stop, "!" or "?" ("U.S." is no sentence's end).
_SENTENCE = re.compile(r"(?<=[a-z][a-z)])[.!?](?:\s|$)")
#: Words of prose, never of a header: "If you would like to meet the hiring manager".
_PROSE = re.compile(
    r"\b(?:you|your|we|our|us|if|would|will|please|vous|nous|votre|sie|wir|ihr|du|dich|usted|"
    r"nosotros|voi|noi|jij|wij|(?-i:u))\b(?!\.)",
    re.IGNORECASE,
)
#: Where the employer follows the title: "... @ Human Robotics", "... at the Clinical Brain Lab".
_AT = re.compile(r"\s*@\s*|\s+(?:at|bei|chez)\s+(?:the\s+)?(?=[A-ZÀ-Þ])")
#: A gender tag ends a German or French title: "... (m/w/d) zum 01.09.2026", "... (F/H)".
_GENDER_TAG = re.compile(
    r"\([a-zA-Z]{1,2}(?:\s*/\s*[a-zA-Z*]{1,2}){1,3}\)|\b[mwfhd](?:/[mwfhdx]){1,3}\b"
)
#: A tag in square brackets after the title: "[3 Full-Time Positions]", "[Remote]".
_SQUARE_TAG_AT_END = re.compile(r"\s*\[[^\[\]]*\]\s*$")
#: A list in brackets after the title: the stack or the teams, not the role.
_LIST_IN_BRACKETS_AT_END = re.compile(r"\s*\([^()]*,[^()]*\)\s*$")
#: Words after the role that say it is a position, not part of the role.
_POSITION_WORD = re.compile(
    r"\s+(?:position|opening|vacancy|opportunity|opportunities|stelle|poste)\s*$", re.IGNORECASE
)


@attrs.frozen
class LineTitle:
    """The title an opening line gives, and the employer it names beside it, if any."""

    title: str
    company: str | None = None


def _names_place(text: str) -> bool:
    """Whether a field is a place ("Berlin (min 2days in office)", "Remote (LATAM)").

    Mostly places: "Aurora Energy Research" is a name that opens with a town's,
    "Attention AI" one that ends with a country's code.
    """
    scan = scan_places(text.split("(")[0])
    return bool(scan.locations) and scan.known_words > scan.unknown_words


def _is_name(text: str) -> bool:
    """Whether a field can be an employer's name: short, capitalised, no role, no place."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and text[:1].isupper()
        and "://" not in text
        and not vocabulary.has_role(text)
        and vocabulary.employment_type(text) is None
        and not _names_place(text)
    )


def _without_label(line: str) -> str:
    """*line* without a label naming the kind of page: "Stellenausschreibung: ", "Vacancy: "."""
    label, colon, rest = line.partition(":")
    if colon and rest.strip() and vocabulary.is_listing_heading(label):
        return rest.strip()
    first, _, rest = line.partition(" ")
    if rest and vocabulary.is_listing_heading(first) and vocabulary.has_role(rest):
        return rest
    return line


def _names_where(parts: list[str]) -> bool:
    """Whether the parts after a title's comma say where: an organisation first, or a place."""
    return vocabulary.names_an_organisation(parts[0]) or any(
        len(part.split()) <= _MAX_PLACE_WORDS and _names_place(part) for part in parts
    )


def _trimmed(title: str) -> tuple[str, str | None]:
    """The title up to its gender tag, without what follows a comma: where, and who.

    "Research Data Specialist, Caltech Library, Pasadena, CA": the title, and the
    organisation named first after it (a name that a place follows, or that names
    an organisation).
    """
    title = _SQUARE_TAG_AT_END.sub("", title)  # "Research Assistant [3 Full-Time Positions]"
    title = _LIST_IN_BRACKETS_AT_END.sub("", title)  # "Engineers (TypeScript, Go, Postgres)"
    tag = _GENDER_TAG.search(title)
    if tag is not None:
        title = title[: tag.end()]
    company = None
    head, comma, rest = title.partition(", ")
    parts = rest.split(", ")
    if comma and _names_where(parts):
        title = head
        company = _organisation(parts)
    return _POSITION_WORD.sub("", title).strip(" ,;:-–—"), company


def _organisation(parts: list[str]) -> str | None:
    """The organisation of "..., Department of Physics, University of Oxford, UK".

    The last name before the first place: "University of Oxford"; "Caltech Library,
    Pasadena".
    """
    names = []
    for part in parts:
        head, dash, tail = part.partition(" - ")  # "UK - closes 27 June 2016"
        if dash and not vocabulary.names_an_organisation(tail):
            part = head
        part = part.strip()
        organisation = vocabulary.names_an_organisation(part)  # "University of Sheffield"
        if not organisation and len(part.split()) <= _MAX_PLACE_WORDS and _names_place(part):
            break
        names.append(part)
    if not names:
        return None
    last = names[-1]
    if not last[:1].isupper() or len(last.split()) > _MAX_ORG_WORDS:
        return None
    return last


def _from_fields(fields: list[str]) -> LineTitle | None:
    """The title (and employer) of a header cut into fields at dashes or bars."""
    roles = [index for index, field in enumerate(fields) if vocabulary.has_role(field)]
    if not roles:
        return None
    if len(fields) == 2:  # "Name - Role", or "Role - what qualifies it"
        if roles == [1]:  # "Actimage - Web Developer", "Berlin - Data Engineer"
            return LineTitle(fields[1], fields[0] if _is_name(fields[0]) else None)
        return LineTitle(" - ".join(fields))
    company = fields[0] if roles[0] > 0 and _is_name(fields[0]) else None
    return LineTitle(fields[roles[0]], company)


def line_title(line: str) -> LineTitle | None:
    """The title a posting's opening line gives, if the line is a header that names a role.

    >>> line_title("Kerith - Senior Full Stack Developer - Remote within Germany - Full Time")
    LineTitle(title='Senior Full Stack Developer', company='Kerith')
    >>> line_title("Ausbildung Mediengestalter/in Digital & Print (m/w/d) zum 01.09.2026").title
    'Ausbildung Mediengestalter/in Digital & Print (m/w/d)'
    >>> line_title("Research Data Specialist, Caltech Library, Pasadena, CA, USA - closes soon")
    LineTitle(title='Research Data Specialist', company='Caltech Library')
    >>> line_title("[CURITIBA] Técnico em Eletrônica JR @ Human Robotics")
    LineTitle(title='Técnico em Eletrônica JR', company='Human Robotics')
    >>> line_title("We are a small team building tools for engineers.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > _MAX_LINE or hiring_sentence(line) is not None:
        return None  # "Nous recherchons un·e Développeur·euse": the hiring rule reads it
    line = _without_label(patterns.LEADING_TAGS.sub("", line))
    company = None
    at = _AT.search(line)
    if at is not None and at.start() > 0:
        name = patterns.HEADER_FIELD.split(line[at.end() :])[0].strip(" .!")
        line = line[: at.start()]
        if _is_name(name):
            company = name
    if _SENTENCE.search(line) or _PROSE.search(line):
        return None
    fields = [
        f for f in patterns.HEADER_FIELD.split(line) if f.strip() and not vocabulary.apply_text(f)
    ]
    found = _from_fields(fields)
    if found is None:
        return None
    title, named = _trimmed(found.title)
    company = company or named
    if not title or len(title.split()) > _MAX_TITLE_WORDS or not vocabulary.has_role(title):
        return None
    if title.count(", ") > 1:
        return None  # "Multiple positions, including Data Scientist, STFC, UK": a sentence
    return LineTitle(title, found.company or company)


def reads_as_header(line: str) -> bool:
    """Whether a line naming a role reads as a header, not a sentence ("We are seeking ...")."""
    return (
        vocabulary.has_role(line) and _SENTENCE.search(line) is None and _PROSE.search(line) is None
    )


def header_company(line: str) -> str | None:
    """The employer an opening header names: beside its title, or first of its fields.

    >>> header_company("Common Crawl Foundation - REMOTE - Full and part-time - https://x.org/")
    'Common Crawl Foundation'
    >>> header_company("Software Developer, Clin-e-cal, Manchester, UK - closes 31st October")
    'Clin-e-cal'
    """
    found = line_title(line)
    if found is not None:
        return found.company
    line = patterns.LEADING_TAGS.sub("", line.strip())
    if len(line) > _MAX_LINE or _SENTENCE.search(line) or _PROSE.search(line):
        return None
    fields = [field.strip() for field in patterns.HEADER_FIELD.split(line) if field.strip()]
    if len(fields) < 3 or not _is_name(fields[0]):
        return None
    described = sum(  # the other fields say where, how or what: "REMOTE", "Full-time", a URL
        1
        for field in fields[1:]
        if "://" in field or vocabulary.employment_type(field) is not None or _names_place(field)
    )
    return fields[0] if described >= 2 else None
