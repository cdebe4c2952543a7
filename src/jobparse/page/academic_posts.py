"""The academic posts a lab's page recruits in prose: one posting for each kind.

A lab's page with no heading naming a job may recruit several kinds of post in
its sentences::

    We plan to recruit one Ph.D. student each year ... In addition, we plan to
    recruit one postdoctoral fellow ...
    We currently have one open PhD and one Postdoc position.
    We are constantly on the hunt of self-motivated Postdocs, Ph.D./Master
    Students, and Research Assistants/Interns to join our research group.

Each kind (a doctoral student, a postdoc, a research assistant) is a posting
of its own, titled as the page writes it. Only a sentence that recruits counts
("recruit", "open", "looking for"); one that says a post is closed or filled
names none, and a page addressing prospective students ("Prospective PhD
students: please email me") recruits no one. The words are English
(``academic_posts`` in ``data/job_words.json``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from jobparse.tables import table

__all__ = ["academic_posts"]

#: Where a sentence ends: a stop, then a space and a capital letter ("Ph.D. student" goes on).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")
#: The most characters of the page's text read for its posts.
_MAX_TEXT = 20_000


def _either(words: Iterable[str]) -> str:
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


@functools.cache
def _words() -> dict[str, object]:
    words: dict[str, object] = table("job_words.json")["academic_posts"]
    return words


@functools.cache
def _post_pattern() -> re.Pattern[str]:
    """A post of one kind: a kind's word and a noun ("Ph.D. student"), or a word alone."""
    words = _words()
    kinds: dict[str, list[str]] = words["kinds"]  # type: ignore[assignment]
    alone: dict[str, list[str]] = words["alone"]  # type: ignore[assignment]
    nouns = _either(words["nouns"])  # type: ignore[arg-type]
    # "research assistant stipends": what the post is paid, no post
    paid = rf"(?!\w)(?!\s+(?:{_either(words['not_after'])})(?!\w))"  # type: ignore[arg-type]
    parts = [
        rf"(?P<{kind}>(?:{_either(bare)})(?:\s*/\s*master'?s?)?\s+(?:{nouns})){paid}"
        for kind, bare in kinds.items()
    ]
    parts += [rf"(?P<{kind}_alone>{_either(names)}){paid}" for kind, names in alone.items()]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})", re.IGNORECASE)


@functools.cache
def _paired_pattern() -> re.Pattern[str]:
    """Two kinds sharing one noun: "one open PhD and one Postdoc position"."""
    words = _words()
    kinds: dict[str, list[str]] = words["kinds"]  # type: ignore[assignment]
    bare = _either(word for names in kinds.values() for word in names)
    nouns = _either(words["nouns"])  # type: ignore[arg-type]
    return re.compile(
        rf"(?<!\w)(?P<first>{bare})\s+and\s+(?:(?:one|a|an)\s+)?(?P<second>{bare})\s+"
        rf"(?P<noun>{nouns})(?!\w)",
        re.IGNORECASE,
    )


@functools.cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_either(_words()[key])})", re.IGNORECASE)  # type: ignore[arg-type]


def _kind_of(word: str) -> str:
    kinds: dict[str, list[str]] = _words()["kinds"]  # type: ignore[assignment]
    folded = word.casefold()
    return next((kind for kind, names in kinds.items() if folded in names), folded)


def academic_posts(text: str) -> list[str]:
    """The posts of each kind the text's recruiting sentences name, first mention first.

    Fewer than two kinds give none: one kind is the page's one posting, titled
    by the rules of :mod:`jobparse.fields.title`.
    """
    found: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(text[:_MAX_TEXT]):
        if not _cue_pattern("recruiting").search(sentence) or _cue_pattern("closed").search(
            sentence
        ):
            continue
        for pair in _paired_pattern().finditer(sentence):
            noun = pair.group("noun")
            for word in (pair.group("first"), pair.group("second")):
                found.setdefault(_kind_of(word), f"{word} {noun}")
        for match in _post_pattern().finditer(sentence):
            kind = next(name for name, value in match.groupdict().items() if value)
            found.setdefault(kind.removesuffix("_alone"), " ".join(match.group().split()))
    return list(found.values()) if len(found) >= 2 else []
