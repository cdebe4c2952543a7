"""The kinds of employment a short text states ("Vollzeit", "CDD / CDI", "正社員")."""

from __future__ import annotations

import functools
import re

from jobparse.tables import table
from jobparse.text_cache import text_cache
from jobparse.vocabulary.core import (
    _compound_of,
    _unspaced,
    _vocabulary,
    _words,
    fold,
)

__all__ = [
    "completed_before",
    "elided_kinds",
    "employment_type",
    "employment_type_at",
    "employment_types",
    "names_a_contract",
    "names_only_a_type",
]


@text_cache(8192)
def employment_type(text: str) -> str | None:
    """The kind of employment a short text states, if any: ``full_time``, ``internship``...

    >>> employment_type("CDI · Temps plein · Lyon"), employment_type("Werkstudent Controlling")
    ('full_time', 'part_time')
    >>> employment_type("Prácticas en Ingeniería"), employment_type("Hamburg") is None
    ('internship', True)
    """
    kinds = employment_types(text)
    return kinds[0] if kinds else None


@text_cache(8192)
def names_a_contract(text: str) -> bool:
    """Whether a short text names a contract, permanent or not: "CDI", "CDD / CDI", "Vollzeit".

    >>> names_a_contract("CDD / CDI"), names_a_contract("Geotech Caraïbes")
    (True, False)
    """
    folded = fold(text)
    words = _words(folded)
    permanent = _vocabulary().permanent.found_in(words, f" {' '.join(words)} ") is not None
    return permanent or bool(employment_types(text))


@text_cache(8192)
def employment_types(text: str) -> tuple[str, ...]:
    """Every kind of employment a short text states, in the order of the vocabulary file.

    >>> employment_types("IT - Studium/Praktikum - Praktikum - Vollzeit")
    ('full_time', 'internship')
    """
    folded = fold(text)
    words = _words(folded)
    padded = f" {' '.join(words)} "
    vocabulary = _vocabulary()
    for phrase in vocabulary.not_employment:
        if phrase in padded:  # "First Stage Researcher": no French "stage"
            padded = padded.replace(phrase, " ")
            words = padded.split()
    employment = vocabulary.employment
    kinds = tuple(
        kind for kind, phrases in employment if phrases.found_in(words, padded) is not None
    )
    if kinds and (elided := _elided_kinds(padded)):  # "full or part time": two kinds
        kinds = tuple(kind for kind, _ in employment if kind in {*kinds, *elided})
    if "temporary" in kinds and vocabulary.permanent.found_in(words, padded) is not None:
        # "CDD / CDI", "befristet oder unbefristet": either contract, no temporary post
        kinds = tuple(kind for kind in kinds if kind != "temporary")
    if "internship" in kinds and not vocabulary.completed.isdisjoint(words):
        # "Abgeschlossene technische Ausbildung": a training done, a requirement
        kinds = tuple(kind for kind in kinds if kind != "internship")
    if not kinds:  # "Forschungspraktikum", "Vollzeitstelle": a compound opens or ends so
        kinds = tuple(
            kind
            for kind, parts in vocabulary.employment_parts
            if any(_compound_of(word, parts) for word in words)
        )
    if kinds or text.isascii():
        return kinds
    # Japanese terms have no spaces around them: the longest first, so that "常勤" (full
    # time) inside "非常勤" (part time) is not read
    found, rest = set(), text
    for word, kind in _unspaced_terms():
        if word in rest and _whole_katakana(word, rest):
            found.add(kind)
            rest = rest.replace(word, "\0")
    return tuple(kind for kind, _ in employment if kind in found)


#: An adjective joined to the next by "and" or "or", their noun said once: "full or part
#: time", "plný i částečný úvazek" (CLDR's words of lists, ``data/list_words.json``).
_ELIDED_HEAD = re.compile(
    r" (?P<head>[^\W\d_]+) (?:"
    + "|".join(map(re.escape, table("list_words.json")["words"]))
    + r")(?= [^\W\d_]+ (?P<rest>[^\W\d_]+(?: [^\W\d_]+)?) )"
)


@text_cache(1024)
def elided_kinds(text: str) -> tuple[str, ...]:
    """The kinds a first adjective names with the noun said once, after the second.

    >>> elided_kinds("full or part time"), elided_kinds("plný i částečný úvazek")
    (('full_time',), ('full_time',))
    """
    return _elided_kinds(f" {' '.join(_words(fold(text)))} ")


def _elided_kinds(padded: str) -> tuple[str, ...]:
    found: set[str] = set()
    for joined in _ELIDED_HEAD.finditer(padded):
        head, rest = joined.group("head"), joined.group("rest").split()
        for size in range(len(rest), 0, -1):
            phrase = [head, *rest[:size]]
            found.update(
                kind
                for kind, phrases in _vocabulary().employment
                if phrases.found_in(phrase, f" {' '.join(phrase)} ") is not None
            )
    return tuple(kind for kind, _ in _vocabulary().employment if kind in found)


@functools.cache
def _unspaced_terms() -> tuple[tuple[str, str], ...]:
    """Every employment term of a script without spaces, and its kind, longest first."""
    terms = {
        (word, kind)
        for kind, phrases in _vocabulary().employment
        for word in _unspaced(phrases.words)
    }
    return tuple(sorted(terms, key=lambda term: (-len(term[0]), term)))


_KATAKANA = re.compile(r"[\u30a0-\u30ff]")


def _whole_katakana(word: str, text: str) -> bool:
    """Whether *word* is in *text*, not as the head of a longer katakana word.

    "パート" (part time) is no word of "パートナーシップ" (partnership).
    """
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 1]
        if not (after and _KATAKANA.match(after) and _KATAKANA.match(word[-1])):
            return True
        at = text.find(word, at + 1)
    return False


#: The kinds of working time and contract, of which one statement may name several.
_WORKING_TIMES = frozenset({"full_time", "part_time", "contract", "temporary"})


def offered_kind(text: str) -> str | None:
    """The one kind of employment a statement offers: the first named of working times.

    >>> offered_kind("正社員/アルバイトを募集中です"), offered_kind("Vollzeit oder Teilzeit")
    ('full_time', 'full_time')
    >>> offered_kind("an internship or a postdoc") is None
    True
    """
    kinds = employment_types(text)
    if len(kinds) > 1 and _WORKING_TIMES.issuperset(kinds):
        folded = fold(text)
        return min(kinds, key=lambda kind: employment_type_at(kind, folded))
    return kinds[0] if len(kinds) == 1 else None


def employment_type_at(kind: str, text: str) -> int:
    """Where *text* (folded) first names *kind* with a word of the vocabulary; -1 if nowhere.

    >>> employment_type_at("full_time", fold("正社員、契約社員"))
    0
    """
    phrases = dict(_vocabulary().employment).get(kind)
    if phrases is None:
        return -1
    found = [text.find(w) for w in (*phrases.words, *phrases.phrases) if w in text]
    return min(found, default=-1)


def completed_before(text: str, start: int) -> bool:
    """Whether a word marking a training as done stands shortly before *start* in *text*.

    >>> completed_before("Abgeschlossene Ausbildung zum Mechatroniker", 15)
    True
    """
    words = _words(fold(text[max(0, start - _COMPLETED_REACH) : start]))
    return not _vocabulary().completed.isdisjoint(words)


#: How far before an employment word a "completed" word is looked for.
_COMPLETED_REACH = 40


def names_only_a_type(text: str) -> bool:
    """Whether a text is an employment type and nothing else: "正社員", "アルバイト", "Full-time".

    >>> names_only_a_type("正社員"), names_only_a_type("Part-time"), names_only_a_type("Kok (FT)")
    (True, True, False)
    """
    return fold(text).strip(_AROUND_A_TYPE) in _type_names()


@functools.cache
def _type_names() -> frozenset[str]:
    """Every word and phrase of every employment type, folded: one set to look a text up in."""
    return frozenset(
        name
        for _, phrases in _vocabulary().employment
        for name in (*phrases.words, *phrases.phrases)
    )


#: What may frame a type standing alone: brackets, stars, a colon.
_AROUND_A_TYPE = " ()（）[]【】「」*★☆・:："
