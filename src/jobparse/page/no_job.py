"""Whether a careers page read as one job's page names no job at all.

A page that says it has no opening now, or calls itself a page of jobs with no
short line naming a role, or hires no one: it gives no posting
(:func:`names_no_job`, asked by :mod:`jobparse.parsing`).
"""

from __future__ import annotations

import itertools

from jobparse import patterns, vocabulary
from jobparse.fields.hiring import hiring_sentence, states_hiring
from jobparse.page.heading_kinds import opens_to_reader
from jobparse.page.job_lines import (
    a_sentence,
    contact_follows,
    enumerated_roles,
    keyword_list,
    stated_title,
    wanted_role,
)
from jobparse.page.role_lists import listed_roles
from jobparse.page.scripted import is_placeholder
from jobparse.page.template_filler import template_filler
from jobparse.page.theme_demo import PLACEHOLDER_LATIN

__all__ = ["names_no_job"]


#: A line this short may be a role's name ("Lagerist", "2 NHÂN VIÊN THIẾT KẾ").
_ROLE_LINE = 80


def names_no_job(title: str | None, text: str, *, not_roles: frozenset[str] = frozenset()) -> bool:
    """Whether a careers page read as one job's page names no job: no role in its title or lines.

    A page that says it has no opening now ("Aktuell haben wir leider keine
    offenen Stellen"); a company's "Careers" page with no opening ("Kariyer
    Fırsatları ... send us your CV"), an empty recruitment page: it calls itself
    a page of jobs (a listing's heading, "招聘信息") but no short line names a
    role; or no rule found a title in it, no line names a role and no sentence
    hires anyone ("Dział w przygotowaniu", an error page). A page that does none
    of these keeps its one posting.
    """
    if title and is_placeholder(title):
        return True  # "Hämtar tillgängliga utförare…": what shows while a script fetches jobs
    if title and template_filler(title):
        return True  # "○○○○○○○○": a template's filler where the job's name is to go
    if title and vocabulary.is_not_posting(title):
        return True  # "邀请您加入…实习与就业信息群": a group of job news to join, a job alert
    if title and vocabulary.is_status_badge(title):
        return True  # "완료" (done), a search's status filter: a badge of state, no job
    if title and opens_to_reader(title):
        title = None  # "Tu carrera profesional despega aquí": a slogan to the reader, no job
    role_title = (
        bool(title)
        and vocabulary.has_role(title or "")
        and not patterns.AUDIENCE_HEADING.match(title or "")  # "Kun for ledere"
    )
    short_role_title = role_title and len(title or "") <= _ROLE_LINE
    if not role_title and len(PLACEHOLDER_LATIN.findall(text)) >= _PLACEHOLDER_PASSAGES:
        return True  # "WE ARE" over "Lorem ipsum is simply dummy text…": a theme's demo
    if not short_role_title and vocabulary.states_no_openings(f"{title or ''}\n{text}"):
        return True  # "Zurzeit sind keine Stellen ausgeschrieben": it says so itself
    lines = [line.strip(" •-–") for line in text.splitlines()]
    short = [line for line in lines if line and len(line) <= _ROLE_LINE]
    if role_title:
        return False  # a slogan as the title ("Work where a healthier life is made") names none
    periods = sum(
        1
        for line in short
        if patterns.PERIOD_OF_YEARS.fullmatch(line) or patterns.HELD_PERIOD.fullmatch(line)
    )
    if periods >= _CV_PERIODS and not _hires_in_a_sentence(text):
        # "2008 - obecnie" / "Konstruktor" / "2003 - 2007" / …, "Depuis Octobre 2023": a CV's
        return True
    # A sentence names no role by a word in it ("... not by employee number."), nor the
    # clause after one ending in a comma ("Być kierowcą," / "Być pracownikiem biurowym"),
    # nor the lines the caller knows are none: a menu's items ("CEO Mesajı"), the employer
    clauses = {line for before, line in itertools.pairwise(lines) if before.endswith((",", ";"))}
    # nor a contact person's role above their telephone ("Ralph Hoogerhuis" / "Partner")
    contacts = {line for index, line in enumerate(lines) if contact_follows(lines, index)}
    # nor an item of a block listing things ("treadmills" / … / "amt cross trainers")
    inventory = _inventory_items(lines)
    named = [
        line
        for line in short
        if not a_sentence(line)
        and line not in not_roles
        and line not in clauses
        and line not in contacts
        and line not in inventory
        and not keyword_list(line)
    ]
    # It calls itself a page of jobs, or shows where its scripts will put them
    # ("Stellenangebote werden geladen …").
    of_jobs = any(vocabulary.is_listing_heading(line) or is_placeholder(line) for line in short)
    if not of_jobs and title and (_describes_a_job(lines) or states_hiring(text)):
        return False  # a title that names no known role over a job's parts, or a hiring text
    if any(vocabulary.has_role(line) or vocabulary.asks_for_someone(line) for line in named):
        return False
    if title and (
        stated_title(text) == title
        or title in listed_roles(text)
        or title in enumerated_roles(text)
        or title == wanted_role(text)
    ):
        # "Functie: Woningmakelaar Sale & Lease Back": its label names the job; so does a
        # list's heading ("Job Openings:" / "Cafeteria Substitute")
        return False
    # With no title at all (no rule found a role), a page that hires nobody names no job
    # either: a careers page under construction, showing an error or another page's text.
    # A menu's "招聘" (jobs) or "Recruitment solutions" hires no one.
    return of_jobs or not states_hiring("\n".join(line for line in lines if line not in not_roles))


#: The fewest passages of placeholder Latin that make a page naming no role a theme's demo.
_PLACEHOLDER_PASSAGES = 2
#: The fewest periods of years ("2003 - 2007") that make a page naming no job a CV's.
_CV_PERIODS = 3
#: The fewest lines of a block listing things, and the largest share of them naming a role.
_INVENTORY_LINES = 6
_INVENTORY_ROLES = 0.25


def _inventory_items(lines: list[str]) -> set[str]:
    """The lines of blocks that list things, a role's word in a few of them by chance.

    A gym's equipment ("treadmills" / "rowing machines" / … / "amt cross trainers"),
    a shop's services: a block of short lines, one under the other, few of which name
    a role, names no job with those few.
    """
    items: set[str] = set()
    block: list[str] = []
    for line in [*lines, ""]:
        if line and len(line) <= _ROLE_LINE and not a_sentence(line):
            block.append(line)
            continue
        if len(block) >= _INVENTORY_LINES:
            roles = sum(1 for item in block if vocabulary.has_role(item))
            if roles <= _INVENTORY_ROLES * len(block):
                items.update(block)
        block = []
    return items


#: The parts of one posting a page's lines must head for a title naming no role to stand.
_JOB_PARTS = 2


def _describes_a_job(lines: list[str]) -> bool:
    """Whether a page's lines head a posting's parts: "Requirements", "Wir bieten", "Wymagania"."""
    return sum(1 for line in lines if vocabulary.is_section_heading(line)) >= _JOB_PARTS


def _hires_in_a_sentence(text: str) -> bool:
    """Whether *text* hires someone: a foreign hiring verb only in a sentence that hires.

    A French CV's menu reads "Recherche" (research), no one "recherche un(e) …".
    """
    if not states_hiring(text):
        return False
    if patterns.HIRING_VERB.search(text) or not patterns.FOREIGN_HIRING_VERB.search(text):
        return True  # an English verb, or the words of a script without spaces
    return any(hiring_sentence(line.strip()) is not None for line in text.splitlines())
