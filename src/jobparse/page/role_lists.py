"""The roles a list's heading introduces on a job's page: "Job Openings:" / "Cafeteria Substitute".

A page of jobs may name them as the short lines under a heading ending in a
colon, bulleted or not, each a role; the list ends at its first sentence, label
or paragraph after it (:func:`listed_roles`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from jobparse import vocabulary
from jobparse.page.job_lines import a_listed_role
from jobparse.tables import table

__all__ = ["counted_roles", "joined_roles", "listed_roles"]


#: The most lines read as the roles a list's heading introduces, and the longest.
_MAX_LISTED = 20
#: The most words of a note's label in a list of roles ("Обязанности").
_NOTE_LABEL_WORDS = 3
#: The longest item of a list a heading introduces ("электросварщикам на полуавтоматических
#: машинах;"): a role with what it works on.
_LIST_ITEM_CHARACTERS = 60


def listed_roles(text: str) -> list[str]:
    """The short lines a list's heading ending in a colon introduces: the page's jobs.

    "Hico ISD Job Openings:" above "Cafeteria Substitute": the heading says what
    the lines are, though no role word the vocabulary knows is in them. The list
    runs from the heading's next line (or paragraph) to its first sentence or label
    (:func:`_list_items`); a heading whose next line is none gives way to the next.
    """
    raw = text.split("\n")
    lines = [_unbulleted(line) for line in raw]
    for index, line in enumerate(lines):
        head = line.rstrip(" :：")
        if line != head:  # what introduces the list is the line's last sentence ("Zdecyduj:")
            head = _LAST_SENTENCE.split(head)[-1] or head
        if line == head:
            continue
        if not (
            vocabulary.is_listing_heading(head)
            or vocabulary.names_a_list(head)
            or vocabulary.asks_for_someone(head)  # "Cerchiamo principalmente:", "Wir suchen:"
        ):
            if not vocabulary.is_section_heading(head) and (roles := _roles_listed(raw, index)):
                return roles  # "… рассмотрели бы ваше резюме, если вы:" / "Веб-дизайнер;" / …
            continue
        items = _list_items(raw[index + 1 :])[:_MAX_LISTED]
        if items:  # a heading followed by a sentence introduces the next one's list
            return items
    return []


#: The fewest items of a block under any colon that make it a list of roles, the share of
#: them that must open with a role, and how many of an item's first words may name it.
_FEWEST_ROLES = 3
_ROLE_SHARE = 0.75
_ROLE_HEAD_WORDS = 3


def _roles_listed(raw: list[str], index: int) -> list[str]:
    """The roles of the block of lines under a colon, if nearly every line opens with one.

    "We would gladly consider your CV if you are:" / "Front-End developer;" / "Web
    designer;" / …: whatever the line says, a block of roles is a list of jobs. A
    block of duties or requirements names a role in a line or two at most.
    """
    block: list[str] = []
    for line in raw[index + 1 : index + 2 + _MAX_LISTED]:
        item = _unbulleted(line).rstrip(";,.")
        if not item and block:
            break  # the block ends at a blank line (one right under the colon opens it)
        if item:
            block.append(item)
    roles = [item for item in block if _opens_with_role(item)]
    if len(roles) >= _FEWEST_ROLES and len(roles) >= _ROLE_SHARE * len(block):
        return roles
    return []


def _opens_with_role(item: str) -> bool:
    """Whether a list's item opens with a role ("Back-End разработчик PHP с опытом …")."""
    head = " ".join(item.split()[:_ROLE_HEAD_WORDS])
    return vocabulary.has_role(head) and not vocabulary.is_section_heading(item)


#: Where a sentence ends inside a line, before the next one.
_LAST_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+")


def _list_items(raw: list[str]) -> list[str]:
    """The roles a list runs through, to its first line that is neither a role nor a role's note.

    An item may end as a list's items do ("электросварщикам ...;" ... "монтажникам
    ..."): with ";" or "," and the last one with "." (which closes the list); a role
    may be followed by its own labelled note ("- Плиточник" / "Обязанности: укладка
    плитки") when another role follows the note; a line with no letter before the
    first item ("+375 29 7-465-465") is passed over; a heading ("Условия:") ends it,
    and so does a blank line, unless the items go on after it bulleted or after a ";".
    """
    lines = [
        (line.strip(), _unbulleted(line), index > 0 and not raw[index - 1].strip())
        for index, line in enumerate(raw)
    ]
    lines = [entry for entry in lines if entry[1]]
    items: list[str] = []
    bulleted = punctuated = False
    for index, (written, line, after_blank) in enumerate(lines):
        if not items and not any(char.isalpha() for char in line):
            continue
        if line.endswith((":", "：")):
            break
        note = _a_note(line)
        is_bullet = written != line
        if items and after_blank and not (note or punctuated or (bulleted and is_bullet)):
            break  # a paragraph after the list: "Invia la tua candidatura"
        closing = line.endswith(".")
        item = None if note or (closing and not punctuated) else _list_item(line)
        if item is not None:
            items.append(item)
            bulleted, punctuated = is_bullet, line.endswith((";", ","))
            if closing:
                break
        elif not (
            items
            and note
            and index + 1 < len(lines)
            and _list_item(lines[index + 1][1]) is not None
        ):
            break
    return items


def _list_item(line: str) -> str | None:
    """A list's line as a role, its closing ";" "," or "." dropped; None if it is none."""
    bare = line.rstrip(";,.")
    if bare != line and (bare.rstrip(";,.") != bare or any(c in bare for c in ".;!?")):
        return None  # more than one clause's stop: a sentence
    return bare if bare and a_listed_role(bare, _LIST_ITEM_CHARACTERS) else None


def _a_note(line: str) -> bool:
    """A role's note in a list: a labelled line ("Обязанности: укладка плитки")."""
    head, colon, rest = line.partition(":")
    return bool(colon and rest.strip()) and len(head.split()) <= _NOTE_LABEL_WORDS


#: The Unicode categories of the symbols a list's items open with ("→", "✔", "►"), and
#: the symbols of those categories that open no item: a sum's sign, a copyright's mark.
_BULLET_CATEGORIES = frozenset({"Sm", "So", "Sk"})
_NO_BULLETS = frozenset("+©®℗")


def _unbulleted(line: str) -> str:
    """A line without its bullet: "→ Saldatori certificati" -> "Saldatori certificati"."""
    line = line.strip(" •-–")
    start = 0
    while start < len(line) and (
        line[start] in " \t•·*"
        or (
            unicodedata.category(line[start]) in _BULLET_CATEGORIES
            and line[start] not in _NO_BULLETS  # "© 2023 BlueRide": a copyright's mark
        )
    ):
        start += 1
    return line[start:]


#: A count, then what is counted: "3 thợ điện", "2 electricians".
_COUNTED = re.compile(r"(?P<count>\d{1,3})\s+(?P<role>[^\d,;]+)")
#: What parts the counted items of a line: a comma, a semicolon, "and" in a few languages.
_COUNT_PARTS = re.compile(r"\s*[,;]\s*|\s+(?:and|und|et|y|e|và|i|en|och|og|ve)\s+")
#: The longest line read for the roles it counts.
_LONGEST_COUNT_LINE = 160


def counted_roles(text: str) -> list[str]:
    """The roles a line hires by count, two or more: one posting each.

    "Số lượng cần tuyển: 3 thợ điện, 3 thợ cơ khí" (to hire: 3 electricians, 3
    mechanics), "We need 2 electricians and 3 welders": each counted item a role.

    >>> counted_roles("Số lượng cần tuyển:  3 thợ điện, 3 thợ cơ khí.")
    ['thợ điện', 'thợ cơ khí']
    >>> counted_roles("Opening hours: 9 to 5, 2 breaks")
    []
    """
    for line in text.split("\n"):
        if len(line) > _LONGEST_COUNT_LINE or not any(char.isdigit() for char in line):
            continue
        value = line.split(":", 1)[-1].strip().rstrip(".")
        parts = [part for part in _COUNT_PARTS.split(value) if part]
        counted = [_COUNTED.fullmatch(part) for part in parts]
        roles = [match.group("role").strip() for match in counted if match is not None]
        if len(roles) >= 2 and len(roles) == len(parts) and all(map(vocabulary.has_role, roles)):
            return roles
    return []


@functools.cache
def _joiners() -> re.Pattern[str]:
    """A comma, or a language's "and" / "or" between two words (``data/list_words.json``)."""
    words = sorted(table("list_words.json")["words"], key=len, reverse=True)
    return re.compile(r"\s*,\s*|\s+(?:" + "|".join(map(re.escape, words)) + r")\s+", re.I)


def joined_roles(text: str) -> list[str]:
    """The roles a phrase joins, two or more, each naming a role: else none.

    "CHEF DE PARTIE, COOK, BARISTA DAN WAITERS" (asked for in one heading): four jobs.
    """
    parts = [part.strip() for part in _joiners().split(text) if part.strip()]
    if len(parts) < 2 or not all(vocabulary.has_role(part) for part in parts):
        return []
    return parts
