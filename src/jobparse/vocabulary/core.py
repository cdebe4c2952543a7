"""The vocabulary as loaded once: words folded, phrases found, the tables merged.

Every test of :mod:`jobparse.vocabulary` folds its text first (accents and
case dropped, ``"Técnico"`` is ``"tecnico"``) and looks it up in sets built
once, on first use: single words by set membership, phrases of several words
by a search of the folded text padded with spaces (an automaton for long
lists), Japanese fragments by substring.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import ahocorasick_rs
import attrs

from jobparse.tables import table, words
from jobparse.text_cache import text_cache

__all__ = [
    "fold",
    "split_words",
]

_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


_NOT_WORD_AT_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


def _trimmed(text: str) -> str:
    """*text* from its first to its last letter or digit ("› Apply ›" is "Apply")."""
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # nearly every text: nothing to trim
    return _NOT_WORD_AT_ENDS.sub("", text)


#: The kana voicing marks: part of the letter ("ジ" is not "シ"), not an accent.
_KANA_MARKS = frozenset("\u3099\u309a")


@text_cache(8192)
def fold(text: str) -> str:
    """Case- and accent-blind form of *text*, white space collapsed.

    >>> fold("  Técnico  de MANTENIMIENTO ")
    'tecnico de mantenimiento'
    >>> fold("MÜZİK DEPARTMANI") == fold("Müzik Departmanı")
    True
    """
    if text.isascii():  # nearly every text: no accents to drop
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if c in _KANA_MARKS or not unicodedata.combining(c))
    # Turkish "ı" is "I" in capitals, which lower-cases to "i": "DEPARTMANI" is "departmanı".
    # Recomposed: Hangul syllables and voiced kana ("グ") stay as a text writes them, so a
    # folded word is found in an unfolded Korean or Japanese text.
    return unicodedata.normalize("NFC", " ".join(bare.casefold().replace("ı", "i").split()))


#: From this many phrases on, one automaton finds them in a text in one pass.
_PHRASES_FOR_AUTOMATON = 8


@attrs.frozen
class _Phrases:
    """Folded words and phrases: single words in a set, longer phrases in a tuple.

    Many phrases (the employment words of every language) are found by an
    Aho-Corasick automaton of the phrases between spaces, in one pass over the
    text; a few by a test each.
    """

    words: frozenset[str]
    phrases: tuple[str, ...]
    finder: ahocorasick_rs.AhoCorasick | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def of(cls, items: Iterable[str]) -> _Phrases:
        folded = {fold(item) for item in items}
        # longest first, and alphabetically among equals: a set's order changes with the
        # interpreter's string hashing, and the first phrase found must not
        phrases = tuple(sorted((f for f in folded if " " in f), key=lambda f: (-len(f), f)))
        finder = None
        if len(phrases) >= _PHRASES_FOR_AUTOMATON:
            finder = ahocorasick_rs.AhoCorasick([f" {phrase} " for phrase in phrases])
        return cls(frozenset(f for f in folded if " " not in f), phrases, finder)

    def found_in(self, words: list[str], padded: str) -> str | None:
        """The first phrase (longest first), else the first word, that the text holds."""
        if self.finder is not None:
            found = self.finder.find_matches_as_indexes(padded, overlapping=True)
            if found:
                return self.phrases[min(place for place, _, _ in found)]
        else:
            for phrase in self.phrases:
                if f" {phrase} " in padded:
                    return phrase
        return next((word for word in words if word in self.words), None)


@attrs.frozen
class _Vocabulary:
    roles: _Phrases
    role_stems: tuple[str, ...]
    role_endings: tuple[str, ...]
    role_fragments: tuple[str, ...]
    gender_tags: tuple[str, ...]
    apply_texts: frozenset[str]
    not_postings: tuple[str, ...]
    not_job_groups: frozenset[str]
    navigation: frozenset[str]
    job_url_words: frozenset[str]
    filter_url_words: frozenset[str]
    filter_params: frozenset[str]
    employment: tuple[tuple[str, _Phrases], ...]
    #: Phrases whose words state no employment type ("First Stage Researcher"), folded.
    not_employment: tuple[str, ...]
    labels: tuple[tuple[str, tuple[str, ...]], ...]
    listing_headings: tuple[str, ...]
    listing_words: frozenset[str]
    section_headings: frozenset[str]
    #: What ends a heading of a posting's part in a script without spaces ("…より一言"), folded.
    section_heading_endings: tuple[str, ...]
    #: What opens such a heading where the head noun comes first ("quyền lợi …"), folded.
    section_heading_openings: tuple[str, ...]
    navigation_prefixes: tuple[str, ...]
    organisation: _Phrases
    departments: frozenset[str]
    #: Words that make a short line a department's name ("Department", "Abteilung"), folded.
    department_heads: frozenset[str]
    ats_hosts: tuple[str, ...]
    status_badges: frozenset[str]
    contact_words: frozenset[str]
    office_words: frozenset[str]
    #: Words that say a heading asks for someone ("gesucht", "se busca", "募集").
    wanted: _Phrases
    #: Parts of compound words that state an employment type ("praktikum"), folded.
    employment_parts: tuple[tuple[str, tuple[str, ...]], ...]
    #: Words that mark a training as done, a requirement ("abgeschlossene"), folded.
    completed: frozenset[str]
    #: Phrases saying a page has no opening ("keine offenen Stellen"), folded.
    no_openings: tuple[str, ...]
    #: Words of a permanent contract ("CDI", "unbefristet"): beside a fixed-term one, either.
    permanent: _Phrases


@functools.cache
def _listing_heading_set() -> frozenset[str]:
    return frozenset(_vocabulary().listing_headings)


@functools.cache
def _unspaced(words: frozenset[str]) -> tuple[str, ...]:
    """The words of a set written in a script without spaces (Chinese, Japanese), once a set.

    Korean spaces its words: "채용 공고" inside "직원 채용 공고" is part of a title,
    and a Korean word is matched whole, as a Latin one is.
    """
    return tuple(word for word in words if not word.isascii() and not _HANGUL.search(word))


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


@functools.cache
def _vocabulary() -> _Vocabulary:
    data = words()
    labels = tuple(
        (field, tuple(sorted({fold(w) for w in words}, key=len, reverse=True)))
        for field, words in data["fact_labels"].items()
    )
    return _Vocabulary(
        roles=_Phrases.of(data["role_words"]),
        role_stems=tuple(sorted({fold(w) for w in data.get("role_stems", [])})),
        role_endings=_with_weak_forms({fold(w) for w in data["role_endings"]}),
        role_fragments=tuple(sorted({fold(w) for w in data["role_fragments"]})),
        gender_tags=tuple(fold(t) for t in data["gender_tags"]),
        apply_texts=frozenset(fold(t) for t in data["apply_texts"]),
        not_postings=tuple(fold(t) for t in data["not_postings"]),
        not_job_groups=frozenset(fold(t) for t in data["not_job_groups"]),
        navigation=frozenset(
            fold(t) for t in (*data["navigation_words"], *table("language_names.json")["names"])
        ),  # "Home", "Read more"; a language switch's "Deutsch", "ENG", "中文"
        job_url_words=frozenset(fold(t) for t in data["job_url_words"]),
        filter_url_words=frozenset(data["filter_url_words"]),
        filter_params=frozenset(data["filter_params"]),
        employment=tuple(
            (kind, _Phrases.of(words)) for kind, words in data["employment_types"].items()
        ),
        not_employment=tuple(
            sorted({f" {fold(p)} " for p in data["employment_type_collocations"]}, key=len)[::-1]
        ),
        labels=labels,
        listing_headings=tuple(fold(t) for t in data["listing_headings"]),
        listing_words=frozenset(fold(t) for t in data["listing_words"]),
        section_headings=frozenset(fold(t) for t in data["section_headings"]),
        section_heading_endings=tuple(fold(t) for t in data["section_heading_endings"]),
        section_heading_openings=tuple(fold(t) + " " for t in data["section_heading_openings"]),
        navigation_prefixes=tuple(fold(t) for t in data["navigation_prefixes"]),
        organisation=_Phrases.of(data["organisation_words"]),
        departments=frozenset(fold(w) for w in data["department_words"]),
        department_heads=frozenset(fold(w) for w in data["department_heads"]),
        ats_hosts=tuple(data["ats_hosts"]),
        status_badges=frozenset(fold(t) for t in data["status_badges"]),
        contact_words=frozenset(data["contact_words"]),
        office_words=frozenset(fold(w) for w in data["office_words"]),
        wanted=_Phrases.of(data["wanted_words"]),
        employment_parts=tuple(
            (kind, tuple(fold(p) for p in parts))
            for kind, parts in data["employment_compound_parts"].items()
        ),
        completed=frozenset(fold(w) for w in data["completed_words"]),
        no_openings=tuple(sorted({fold(p) for p in data["no_openings"]})),
        permanent=_Phrases.of(data["permanent_words"]),
    )


#: Endings of German weak nouns, whose object form adds "-en": "einen Praktikanten",
#: "einen Referenten", "einen Spezialisten", "einen Doktoranden".
_WEAK_NOUN_ENDINGS = ("nt", "st", "kt", "nd")


def _with_weak_forms(endings: set[str]) -> tuple[str, ...]:
    """*endings*, and the "-en" form of those that end like a German weak noun."""
    weak = {f"{e}en" for e in endings if e.endswith(_WEAK_NOUN_ENDINGS)}
    return tuple(sorted(endings | weak))


def _compound_of(word: str, parts: tuple[str, ...]) -> bool:
    """Whether *word* is a compound opened or ended by one of *parts* (longer than it).

    A part in its plural counts too: "Ausbildungsstellen" of "ausbildungsstelle".
    """
    return any(
        (len(word) > len(part) + 2 and (word.startswith(part) or word.endswith(part)))
        or (word.startswith(part) and word[len(part) :] in _PLURAL_ENDINGS)
        for part in parts
    )


#: What a German or Scandinavian plural adds to a noun ("-stellen", "-plätze" is listed).
_PLURAL_ENDINGS = frozenset({"n", "en", "e", "er", "s"})


def split_words(text: str) -> list[str]:
    """The words of *text* as every test of the vocabulary reads them ("Ph.D" is two)."""
    return _WORDS.findall(text)


_words = split_words  # of a folded text
