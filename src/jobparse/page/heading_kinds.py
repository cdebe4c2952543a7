"""What kind of heading a single page's heading is, besides a job's: a perk, a slogan, a modal's.

A single posting's page has many headings; these tests tell the ones that
cannot be its job's title: a heading under a perks or duties section, a
slogan asking for staff in general, a heading inside a dialog.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.hiring import asks_only_for_staff, hiring_sentence
from jobparse.page.render import element_text
from jobparse.tables import words

__all__ = [
    "asks_for_staff",
    "captioned_in_cjk",
    "in_dialog",
    "opens_to_reader",
    "speaks_to_reader",
    "under_a_section",
]


#: The headings before a heading, nearest last.
_HEADINGS_BEFORE = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5][normalize-space()]"
)


def under_a_section(heading: etree._Element) -> bool:
    """Whether a heading is one of a posting's part's or a perks list's: "Health Concierge".

    A heading above it in the page's outline names a section ("Elevated
    Benefits", "Requirements"): what is below it is a perk or a duty, no job;
    or what a page lists beside jobs ("Áreas de atuação", "Events").
    """
    return any(
        vocabulary.is_section_heading(text)
        or vocabulary.is_section_heading((text.split()[-1:] or [""])[0])
        or vocabulary.names_no_jobs(text)
        for text in _outline_above(heading)
    )


#: How many headings back the outline's heading above a record is looked for.
_OUTLINE_LOOKBACK = 8


def heading_above(anchor: etree._Element) -> str | None:
    """The text of the nearest heading above *anchor* in the page's outline.

    A heading anchor's is the nearest of a higher level ("Áreas de atuação", an h2,
    over h3 areas); not a sibling of its level ("Hosting Workshops" beside the
    "Branch Director" it precedes).
    """
    return next(_outline_above(anchor, lookback=_OUTLINE_LOOKBACK), None)


def headings_under_no_jobs(root: etree._Element) -> frozenset[str]:
    """The texts of the ``h2``-``h5`` headings below one naming what a page lists beside jobs.

    "Áreas de atuação" over "Técnico de Manutenção": an area a firm hires in, no
    opening. One walk of the page's headings in order, its outline kept as a stack
    (each heading asked once, not its whole past for each).
    """
    # (level, names no jobs) of the outline so far, levels rising: h1-h5 with a text
    outline: list[tuple[int, bool]] = []
    under: set[str] = set()
    for heading in root.iter("h1", "h2", "h3", "h4", "h5"):
        level = int(str(heading.tag)[1])
        text = element_text(heading)
        if level > 1 and any(no_jobs for above, no_jobs in outline if above < level):
            under.add(text)
        if text.strip():  # an empty heading stands in no outline
            while outline and outline[-1][0] >= level:
                outline.pop()
            outline.append((level, vocabulary.names_no_jobs(text)))
    return frozenset(under)


def _outline_above(element: etree._Element, *, lookback: int | None = None) -> Iterator[str]:
    """The texts of the headings above *element* in the page's outline, nearest first.

    A heading's are of ever higher levels; any other element's start at any level.
    Only the *lookback* nearest headings before it are read, if given.
    """
    tag = element.tag if isinstance(element.tag, str) else ""
    level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 7
    before = _HEADINGS_BEFORE(element)
    before = before if isinstance(before, list) else []
    for above in reversed(before[-lookback:] if lookback else before):
        if not isinstance(above, etree._Element) or int(str(above.tag)[1]) >= level:
            continue
        level = int(str(above.tag)[1])  # the outline's next level up
        yield element_text(above)


def asks_for_staff(heading: str) -> bool:
    """Whether a heading asks for staff in general: "MITRA poszukuje pracowników".

    >>> asks_for_staff("未経験者も大歓迎 スタッフ募集中"), asks_for_staff("ホールスタッフ募集")
    (True, False)
    """
    hiring = hiring_sentence(heading)
    role = hiring.title if hiring is not None else None
    return (bool(role) and asks_only_for_staff(role or "")) or _recruits_staff(heading)


def _recruits_staff(heading: str) -> bool:
    """Whether a heading in a script without spaces recruits staff and names no job.

    "スタッフ募集中" (staff wanted): a word for staff in general, a word of its own
    (not "ホールスタッフ", floor staff, nor "正社員"), right before a recruiting word,
    and no other role in the heading.
    """
    for word in _unspaced_workforce():
        at = heading.find(word)
        while at >= 0:
            end = at + len(word)
            alone = at == 0 or not heading[at - 1].isalnum()  # not "ホール|スタッフ"
            fragment = next((f for f in _HIRING_FRAGMENTS if heading.startswith(f, end)), None)
            if alone and fragment is not None:
                rest = heading[:at] + " " + heading[end + len(fragment) :]
                return not vocabulary.has_role(rest)
            at = heading.find(word, end)
    return False


_HIRING_FRAGMENTS = tuple(words()["hiring_fragments"])


@functools.cache
def _unspaced_workforce() -> tuple[str, ...]:
    return tuple(word for word in words()["workforce_words"] if has_cjk(word) and " " not in word)


def in_dialog(element: etree._Element) -> bool:
    """Whether an element lies in a dialog (a modal a visitor opens), not in the page itself."""
    return any(
        node.tag == "dialog"
        or node.get("role") in ("dialog", "alertdialog")
        or node.get("aria-modal") == "true"
        or not _MODAL_CLASSES.isdisjoint((node.get("class") or "").split())  # Bootstrap's
        for node in element.iterancestors()
    )


#: The classes of a modal's box in the CSS frameworks: Bootstrap's "modal", its content's.
_MODAL_CLASSES = frozenset({"modal", "modal-dialog", "modal-content"})


#: Words that open a line spoken to the reader ("Your", "Tu", "Dein", "Ihr"): a slogan.
_READER_POSSESSIVES = frozenset(words()["reader_possessives"])


def speaks_to_reader(heading: str) -> bool:
    """Whether a heading, or one part of it, speaks to the reader: a slogan, no job's title.

    "Tstars02 - IHR PERFEKTER PARTNER FÜR SOFTWARE" (your perfect partner): the
    partner is the firm, offered to its clients.
    """
    return any(map(opens_to_reader, patterns.TITLE_SEPARATORS.split(heading)))


def opens_to_reader(text: str) -> bool:
    """Whether a text opens with a word spoken to the reader ("Your", "Tu", "Ihr")."""
    words_of_text = text.split()
    return bool(words_of_text) and words_of_text[0].casefold() in _READER_POSSESSIVES


def captioned_in_cjk(heading: etree._Element) -> bool:
    """Whether a heading in Latin letters is a display word its caption below translates.

    Japanese, Chinese and Korean pages head sections with an English word and say
    what they hold in a caption under it: "Worker" / "選べる働き方" (ways of working
    to choose from), "Recruit" / "採用情報". Unless the caption names a role, the
    English word is decoration, no job's name.
    """
    text = element_text(heading)
    if not text or has_cjk(text):
        return False
    caption = heading.getnext()
    if caption is None or (heading.tail or "").strip():
        return False
    below = element_text(caption)
    return 0 < len(below) <= _LONGEST_CAPTION and has_cjk(below) and not vocabulary.has_role(below)


#: The longest caption under a display heading.
_LONGEST_CAPTION = 40
