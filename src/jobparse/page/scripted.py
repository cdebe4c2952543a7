"""Pages built by scripts: a placeholder where the jobs will be, and a shell around it.

The HTML an application's server sends holds "Loading jobs…" (or nothing)
and the code that fetches the jobs. Such a page gives no posting from its
own title or placeholder, and, when it gives none at all, a hint that
``--render`` runs its scripts.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

from jobparse import vocabulary
from jobparse.page import RawPosting
from jobparse.tables import table

__all__ = [
    "built_by_scripts",
    "is_placeholder",
    "loads_its_jobs",
    "shell_posting",
]

#: Text this short around a placeholder is a page's furniture, not a job.
_SHELL_TEXT = 200
#: A page is built by scripts when its code outweighs its text this many times...
_CODE_SHARE = 3
#: ...and its text is this short.
_MAX_TEXT = 1500
#: A placeholder is a short line: "Loading open positions, please wait".
_PLACEHOLDER_WORDS = 6
_BULLETS = " \t•·-–*"
_ELLIPSIS = re.compile(r"[.…\s]+$")


@functools.cache
def _placeholders() -> frozenset[str]:
    return frozenset(
        vocabulary.fold(phrase)
        for phrases in table("script_data.json")["placeholders"].values()
        for phrase in phrases
    )


#: A label whose value is only an ellipsis: what a script fills in ("Total: ... Lowongan").
_UNFILLED_VALUE = re.compile(r"[:：]\s*(?:\.{3}|…)(?=\s|$)")


def is_placeholder(text: str) -> bool:
    """Whether a line is what a page says while its scripts load.

    A short line (:data:`_PLACEHOLDER_WORDS` words at most) holding one of the
    phrases of ``data/script_data.json`` as whole words, and naming no role:

    >>> is_placeholder("Loading jobs…"), is_placeholder("Stellen werden geladen ...")
    (True, True)
    >>> is_placeholder("Loading Operator (m/w/d)"), is_placeholder("Data Engineer")
    (False, False)
    >>> is_placeholder("Total: ... Lowongan Magang"), is_placeholder("Ref: 1234")
    (True, False)
    """
    if _UNFILLED_VALUE.search(text):
        return True  # "Total: ... Lowongan Magang": the count a script writes is not there yet
    folded = vocabulary.fold(_ELLIPSIS.sub("", text.strip()))
    if not folded or len(folded.split()) > _PLACEHOLDER_WORDS:
        return False
    padded = f" {folded} "
    if _ELLIPSIS.search(text.strip()) and any(padded.startswith(f" {p} ") for p in _placeholders()):
        return True  # "Hämtar tillgängliga utförare…" (fetching the helpers): a role in passing
    if vocabulary.has_role(text):
        return False
    return any(f" {phrase} " in padded for phrase in _placeholders())


def loads_its_jobs(title: str | None, text: str) -> bool:
    """Whether a page's text says its list of jobs is loading, and its title is none of its lines.

    "Ładowanie ofert z eRecruiter...", "Memuat lowongan...": the jobs come by
    script; a title read from the page's ``<title>`` ("Kariera | Deweloper")
    names none of them. A job's own page keeps its heading among its lines.
    """
    lines = [line.strip(" •-–") for line in text.splitlines()]
    return title not in lines and any(
        is_placeholder(line) and vocabulary.names_a_list(line) for line in lines if line
    )


def shell_posting(postings: list[RawPosting]) -> bool:
    """Whether a page's one posting is only its own title or a placeholder (no job).

    It is when its title names no role ("Careers | Acme", or none) and each
    line of its text is its title, a listing's heading ("Open roles") or a
    placeholder ("Loading jobs…").
    """
    if len(postings) != 1:
        return False
    posting = postings[0]
    title = posting.facts.title if posting.facts else None
    if title and vocabulary.has_role(title):
        return False
    lines = [
        line
        for paragraph in posting.paragraphs
        for raw in paragraph.splitlines()
        if (line := raw.strip(_BULLETS)) and line != title
    ]
    if sum(len(line) for line in lines) > _SHELL_TEXT:
        return False
    return all(
        is_placeholder(line)
        or vocabulary.is_listing_heading(line)
        or not any(c.isalnum() for c in line)
        for line in lines
    )


def built_by_scripts(root: etree._Element, code: int) -> bool:
    """Whether a page's body is mostly scripts, or a placeholder (for the ``--render`` hint).

    *code* is how many characters of inline code the page had (its scripts
    may be gone from *root* by now): more than thrice its text, for a short
    text, is mostly scripts.
    """
    text = sum(len(piece.strip()) for piece in root.itertext())
    if text <= _MAX_TEXT and code >= _CODE_SHARE * max(text, 1):
        return True
    return any(
        is_placeholder(element.text)
        for element in root.iter()
        if isinstance(element.tag, str) and element.text and len(element.text) < _SHELL_TEXT
    )
