"""Records that are no jobs by what they are: a term, a sentence, a grid's header, a group.

A listing's candidate sets hold records of every kind a page repeats: a term of
employment alone ("Vollzeit"), a sentence boxed like a card, a grid's row of
column names, the records of a group whose heading names what a portal lists
beside jobs ("Events", "Áreas de atuação"). :mod:`jobparse.page.chooser` passes
over these before it scores the rest.
"""

from __future__ import annotations

from jobparse import patterns, vocabulary
from jobparse.page.cards import Card
from jobparse.page.heading_kinds import heading_above
from jobparse.page.records import Record

__all__ = ["a_bare_sentence", "a_no_jobs_group", "a_term_alone", "column_names"]


def a_term_alone(card: Card) -> bool:
    """Whether a card's title is a term of employment alone ("正社員", "Vollzeit").

    An internship, a PhD or a postdoc is a post of its own ("Stajyer", "博士后").
    """
    return (
        vocabulary.names_only_a_type(card.title)
        and vocabulary.employment_type(card.title) in _TERMS_OF_EMPLOYMENT
    )


_TERMS_OF_EMPLOYMENT = frozenset({"full_time", "part_time", "contract", "temporary"})


def a_bare_sentence(card: Card) -> bool:
    """Whether a record is a sentence and nothing more: no lines, no link, no role."""
    words = card.title.split()
    return (
        card.title.endswith((".", "!"))
        and len(words) > _SENTENCE_TITLE_WORDS
        and not card.lines
        and card.url is None
        and not vocabulary.has_role(card.title)
    )


_SENTENCE_TITLE_WORDS = 4


def column_names(card: Card) -> bool:
    """Whether a record is a header row: a field's label as its title, labels as its lines.

    Linked or not: a grid's headers sort it, and a template's placeholder cards
    ("Stillingstittel / bedrift / Frist / Sted") link to its placeholder page.
    """
    return _is_label(card.title) and all(_is_label(line) for line in card.lines)


_COMPANY_LABELS = frozenset(label.casefold() for label in patterns.COMPANY_LABELS)


def _is_label(text: str) -> bool:
    if text.strip(" :：").casefold() in _COMPANY_LABELS:
        return True  # "Company", "bedrift"
    label = vocabulary.fact_label(f"{text}: x")
    return label is not None and vocabulary.fold(label[1]) == "x"


def a_no_jobs_group(record: Record) -> bool:
    """Whether a record's group heading names grants, courses or events, not jobs.

    Without a group heading of its own, the nearest heading before the group's
    first record heads it ("Áreas de atuação" over the areas a firm hires in).
    """
    heading = record.heading
    if heading is None:
        heading = heading_above(record.anchor)
    return heading is not None and vocabulary.names_no_jobs(heading)
