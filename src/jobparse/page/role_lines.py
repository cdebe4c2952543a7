"""A line of a job's own page that is a role and nothing else: "Intern" below a slogan.

A page of one job may name its job in no heading: a slogan heads it and the
role stands alone on a line of its text, first of its lines or right under a
heading of open jobs ("募集中の職種" / "Webデザイナー").
"""

from __future__ import annotations

from jobparse import vocabulary
from jobparse.page.heading_kinds import asks_for_staff
from jobparse.page.job_lines import (
    ROLE_ALONE_CHARACTERS,
    ROLE_ALONE_WORDS,
    SENTENCE_STOPS,
    a_sentence,
    contact_follows,
    names_no_job_line,
)
from jobparse.page.template_filler import template_filler

__all__ = ["role_line", "role_under_listing"]


def role_line(text: str, skipped: frozenset[str] = frozenset()) -> str | None:
    """The first line of the text that is a role and nothing else: no sentence, no label.

    The *skipped* lines are none (a row of feature cards' headings), nor is a contact
    person's role ("Ralph Hoogerhuis" / "Partner" / "Of bel: 033 810 0245").
    """
    lines = text.splitlines()
    for index, line in enumerate(lines):
        line = line.strip(" •-–")
        if line and line not in skipped and _role_alone(lines, index, line):
            return line
    return None


def role_under_listing(text: str) -> str | None:
    """A role alone on the line after a heading of open jobs: "募集中の職種" / "Webデザイナー".

    A page of one job may head it with the list's name and show the role as a
    line of text under it, while a slogan takes the page's first heading.
    """
    lines = [line.strip(" •-–") for line in text.splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines[:-1]):
        if not (vocabulary.is_listing_heading(line) and vocabulary.names_a_list(line)):
            continue  # "Open positions", not "Recruitment" (a service)
        at = index + 1
        while (
            at < len(lines) - 1
            and at - index <= _INTRO_SENTENCES
            and _intro(lines[at])
            and _called_role(lines[at]) is None
        ):
            at += 1  # "Wir suchen motivierte Ergotherapeuten für unser Team in Pocking."
        # "Java Developer ilanına başvurmak için tıklayınız.": the role, then click to apply
        role = _called_role(lines[at]) or lines[at]
        if not vocabulary.is_section_heading(role) and _role_alone(lines, at, role):
            return role  # "採用情報" / "募集要項" would be a section
    return None


def _word_count(line: str) -> int:
    """How many words a line has, a lone slash or dash none."""
    return sum(1 for word in line.split() if any(char.isalnum() for char in word))


def _called_role(line: str) -> str | None:
    """The role a line names before its call to apply: "X ilanına başvurmak için tıklayınız."."""
    called = vocabulary.before_apply_call(line)
    return called if called is not None and vocabulary.has_role(called) else None


#: The longest line of a contact's block (a name, a role, a telephone, an address).
_CONTACT_LINE = 80
#: The most sentences between a list's heading and the role it names.
_INTRO_SENTENCES = 2


def _intro(line: str) -> bool:
    """Whether a line is a sentence introducing the list (it ends as a sentence does)."""
    return line.endswith(SENTENCE_STOPS) and len(line.split()) > ROLE_ALONE_WORDS


def _role_alone(lines: list[str], index: int, line: str) -> bool:
    """Whether a line is a role and nothing else: no sentence, no label, no contact's role."""
    return (
        not contact_follows(lines, index, longest=_CONTACT_LINE)
        and len(line) <= ROLE_ALONE_CHARACTERS
        and _word_count(line) <= ROLE_ALONE_WORDS  # "Developer (Junior / Mid / Senior)"
        and not a_sentence(line)
        and not line.endswith(SENTENCE_STOPS)
        and not line.endswith((":", "："))  # "Czego oczekujemy od pilota:": a list's heading
        and vocabulary.fact_label(line) is None
        and vocabulary.label_field(line) is None  # "募集対象" over its value: a field's name
        and not template_filler(line)
        and not names_no_job_line(line)
        and vocabulary.has_role(line)
        and not asks_for_staff(line)  # "スタッフ募集中": staff wanted, no one role
    )
