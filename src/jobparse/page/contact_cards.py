"""A listing's record that is a contact person's card, not a job: "Ana Ruiz - CEO" over a mail.

A careers page may close with the people to ask, boxed and headed like its
jobs: a name and its role in the heading, an e-mail address and a telephone
number below. The role word in the heading is the person's post, held now.
"""

from __future__ import annotations

import re

from lxml import etree

from jobparse import vocabulary
from jobparse.page.cards import Card
from jobparse.page.render import element_text

__all__ = [
    "NAME_AND_POST",
    "a_contact_card",
    "a_contact_heading",
    "names_a_person",
    "reads_as_contacts",
]

#: What separates a person's name from the post they hold: "Ana Ruiz - CEO", "Ana Ruiz, CEO".
NAME_AND_POST = re.compile(r"\s[-–—|]\s|,\s")
#: An e-mail address or a telephone number: "ana@acme.example", "+34 600 000 000".
_CONTACT = r"\S+@\S+|\+?\(?\d[\d ()/.-]{6,}\d"
#: A line of a contact's block (whole), or the start of a block of contacts.
_CONTACT_LINE = re.compile(rf"(?:{_CONTACT})$")
_CONTACT_START = re.compile(_CONTACT)
#: The most words a person's name has.
_NAME_WORDS = 4


def a_contact_card(card: Card) -> bool:
    """Whether a record is a contact person's: a name, then a post, over contacts only.

    >>> card = Card("Ana Ruiz - Director General", None, None, ("ana@acme.example",), "", None)
    >>> a_contact_card(card)
    True
    >>> a_contact_card(Card("Data Engineer - Madrid", None, None, ("jobs@acme.example",), "", None))
    False
    """
    if card.url is not None or card.apply_url is not None or not card.lines:
        return False
    return all(_CONTACT_LINE.match(line.strip()) for line in card.lines) and names_a_person(
        card.title
    )


def a_contact_heading(heading: etree._Element) -> bool:
    """Whether a page's heading names a person and their post, a contact line right below."""
    below = heading.getnext()
    return (
        below is not None
        and bool(_CONTACT_START.match(element_text(below)[:_LONGEST_CONTACTS]))
        and names_a_person(element_text(heading))
    )


def names_a_person(title: str) -> bool:
    """Whether a title is a person's name, then the post they hold: "Ana Ruiz - CEO".

    >>> names_a_person("Pietro Aramburú - Director Ejecutivo CEO"), names_a_person("Data Engineer")
    (True, False)
    """
    name, *posts = NAME_AND_POST.split(title)
    words = name.split()
    return (
        bool(posts)
        and 2 <= len(words) <= _NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and not vocabulary.has_role(name)
        and any(vocabulary.has_role(post) for post in posts)
    )


#: A contact's label opening a line, then its number or address: "Telp : (024)-76413701".
_LABELLED_CONTACT = re.compile(
    r"\s*(?:tel\w*|phone|fon|fax|mob\w*|e-?mail|whats\s?app|wa|hp|kontakt?\w*|contact\w*)"
    rf"\s*[:.]?\s*(?:{_CONTACT})",
    re.IGNORECASE,
)


def reads_as_contacts(title: str) -> bool:
    """Whether a record's title gives contacts, no role: "Telp : (024)-76413701 Email : …".

    >>> reads_as_contacts("Telp : (024)-76413701 Email : hrd@zegen.example")
    True
    >>> reads_as_contacts("Sales Engineer (+49 30 1234567)"), reads_as_contacts("Mail x@y.z")
    (False, False)
    """
    return bool(_LABELLED_CONTACT.match(title[:_LONGEST_CONTACTS])) and not vocabulary.has_role(
        title
    )


#: How much of a title is read for its contacts: a line of contacts is short.
_LONGEST_CONTACTS = 200
