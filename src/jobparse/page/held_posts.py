"""Roles that are posts held, not offered: a name, a period or a quotation right above them.

"Alice Dupont" / "Chef de Projet" / "Compétences clés : …": a careers page may
show who already works there, each person's name right above the post they
hold, headed and boxed like jobs; a CV's entry puts the period it was held
above it ("Depuis Octobre 2023" / "Directeur Général Adjoint"); a testimonial
puts its words above its speaker's post ('"Corpshore geeft mij de kans …"' /
"Klantenserviceagent, Friesland"). The role below any of them is held, not offered.
A name is a given name (``data/given_names.txt.gz``, every locale's first names
from Faker, written by ``scripts/generate_given_names.py``) and one to three
more capitalised words, naming no role, organisation or place.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.page.cards import Card
from jobparse.page.contact_cards import NAME_AND_POST
from jobparse.page.records import Record
from jobparse.page.render import element_text
from jobparse.places import gazetteer

__all__ = [
    "a_persons_name",
    "a_quotation",
    "a_team",
    "a_timeline",
    "below_a_held_period",
    "below_a_persons_name",
    "below_a_quotation",
]

_TABLE = Path(__file__).resolve().parent.parent / "data" / "given_names.txt.gz"
#: A person's title before the name: "Dr.", "Prof.", "Mme".
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mme|mlle|m|hr|fr|sr|sra|ing)\.?\s+)+", re.I)
#: A word of a name: capitalised, letters, maybe a hyphen, an apostrophe or an initial's dot.
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
#: The most words of a name after its given name, and the longest text read as one.
_MORE_WORDS = 3
_LONGEST_NAME = 40
#: A quotation, whole, of a sentence or more: someone's words, no job's title.
_QUOTATION = re.compile(r"[\"“„«‘'「『]\s*(?P<words>[^\n]+?)\s*[\"”“»’'」』][.!]?")
_QUOTED_WORDS = 6
#: The longest quotation read above a speaker's post.
_LONGEST_QUOTATION = 400
#: The share of a set's records whose role stands below a name for the set to be a team.
_TEAM_SHARE = 0.75


@functools.cache
def _given_names() -> frozenset[str]:
    with gzip.open(_TABLE, "rt", encoding="utf-8") as lines:
        return frozenset(line.rstrip("\n") for line in lines if not line.startswith("#"))


def a_persons_name(text: str) -> bool:
    """Whether a short text is a person's name: a given name, then more capitalised words.

    >>> a_persons_name("Alice Dupont"), a_persons_name("Dr. Jean-Luc Lefèvre")
    (True, True)
    >>> a_persons_name("Forge Telecom"), a_persons_name("Chef de Projet")
    (False, False)
    >>> a_persons_name("MITRA KAMI"), a_persons_name("Braga Porto Coimbra Lisboa")
    (False, False)
    """
    if not text or len(text) > _LONGEST_NAME:
        return False
    words = _HONORIFIC.sub("", text.strip()).split()
    return (
        2 <= len(words) <= 1 + _MORE_WORDS
        and all(word[:1].isupper() and _NAME_WORD.match(word) for word in words)
        and not words[0].isupper()  # "MITRA KAMI" (our partners): a heading in capitals
        and words[0].casefold() in _given_names()
        and not vocabulary.has_role(text)
        and not vocabulary.names_an_organisation(text)
        and not gazetteer.cities_named(" ".join(words))
        and not _towns_in_a_row(words)
    )


def _towns_in_a_row(words: list[str]) -> bool:
    """Whether most of three words or more are towns: "Braga Porto Coimbra Lisboa".

    Two words may both be towns and still a name: "Alice Dupont" (Alice, Texas).
    """
    return len(words) > 2 and 2 * sum(1 for w in words if gazetteer.cities_named(w)) > len(words)


def a_team(records: Sequence[Record]) -> bool:
    """Whether a set's records are a team's people, not jobs.

    Most anchors stand right below a person's name (a rule or a break may stand
    between: "<h3>Alice Dupont</h3><hr><h4>Chef de Projet</h4>"); or every
    anchor is a name and a post ("Alex Wang - CEO", "Maxxie Xue - HR"), one name
    at least a given name and a surname.
    """
    if len(records) < 2:
        return False
    below_names = sum(1 for record in records if below_a_persons_name(record.anchor))
    if below_names >= _TEAM_SHARE * len(records):
        return True
    names = []
    for record in records:  # most sets fail at their first record: read no further
        name = _name_before_post(element_text(record.anchor))
        if name is None:
            return False
        names.append(name)
    return any(a_persons_name(name) for name in names)


#: The most words of a post after a name.
_POST_WORDS = 4


def _name_before_post(title: str) -> str | None:
    """The name of a "name - post" title, if it is one: "Maxxie Xue - HR" -> "Maxxie Xue".

    The name is two to four capitalised words naming no role or organisation; the
    post names a role or a department, or is an abbreviation ("CEO", "HR").
    """
    name, *posts = NAME_AND_POST.split(title.strip(" -–—•·"), maxsplit=1)
    words = name.split()
    if not posts or not 2 <= len(words) <= 1 + _MORE_WORDS:
        return None
    post = posts[0].strip()
    if not all(word[:1].isupper() and _NAME_WORD.match(word) for word in words):
        return None
    if vocabulary.has_role(name) or vocabulary.names_an_organisation(name):
        return None
    named_post = (
        vocabulary.has_role(post)
        or vocabulary.is_department(post)
        or (post.isupper() and post.isalpha() and len(post) <= _POST_WORDS)
    )
    return name if named_post and len(post.split()) <= _POST_WORDS else None


def below_a_persons_name(element: etree._Element) -> bool:
    """Whether the nearest text before *element* among its siblings is a person's name."""
    return a_persons_name(_text_above(element))


def a_timeline(cards: list[Card]) -> bool:
    """Whether most cards open with a period a post was held, each its own: a CV's entries.

    Jobs of one season may share a period ("Juni – August 2025"); a career's posts
    follow each other.
    """
    periods = [
        card.lines[0].strip()
        for card in cards
        if card.url is None and card.lines and patterns.HELD_PERIOD.fullmatch(card.lines[0].strip())
    ]
    return (
        len(cards) >= 2
        and len(periods) >= _TIMELINE_SHARE * len(cards)
        and len(set(periods)) == len(periods)
    )


#: The share of a set's cards that open with a period held for the set to be a CV's.
_TIMELINE_SHARE = 0.75


def below_a_held_period(element: etree._Element) -> bool:
    """Whether the nearest text before *element* among its siblings is a period held."""
    return bool(patterns.HELD_PERIOD.fullmatch(_text_above(element)))


def a_quotation(text: str) -> bool:
    """Whether a text is a quotation of a sentence or more: a testimonial's words.

    >>> a_quotation('"Corpshore geeft mij de kans om voor internationale klanten te werken."')
    True
    >>> a_quotation('"Senior Software Engineer"'), a_quotation("Account Executive")
    (False, False)
    """
    quoted = _QUOTATION.fullmatch(text.strip())
    return quoted is not None and len(quoted.group("words").split()) >= _QUOTED_WORDS


def below_a_quotation(element: etree._Element) -> bool:
    """Whether the nearest text before *element* among its siblings is a quotation."""
    return a_quotation(_text_above(element, _LONGEST_QUOTATION))


def _text_above(anchor: etree._Element, longest: int = _LONGEST_NAME) -> str:
    """The text of the nearest sibling before *anchor* that shows any, if short."""
    for sibling in anchor.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        text = element_text(sibling).strip()
        if text:
            return text if len(text) <= longest else ""
    return ""
