"""What a short text names: a role, a list of jobs, a section, a menu, an organisation."""

from __future__ import annotations

import functools
import re

import ahocorasick_rs

from jobparse.tables import table, words
from jobparse.text_cache import text_cache
from jobparse.vocabulary.core import (
    _listing_heading_set,
    _trimmed,
    _unspaced,
    _vocabulary,
    _words,
    fold,
)

__all__ = [
    "asks_for_someone",
    "bracketed_role",
    "has_gender_tag",
    "has_role",
    "is_department",
    "is_listing_heading",
    "is_navigation",
    "is_not_posting",
    "is_office_word",
    "is_section_heading",
    "is_work_mode",
    "names_a_list",
    "names_an_organisation",
    "role_lemma",
    "wanted_phrase",
]


@text_cache(8192)
def has_role(text: str) -> bool:
    """Whether *text* names a role: "Senior Perception Engineer", "Lagerlogistiker (m/w/d)".

    A role word counts in its plural ("Data Scientists", "Orthophonistes"), in
    its inflected forms where its language's table gives the stem ("Programisty",
    "Yazılım Mühendisi"), and inside a word where the language joins words
    (Japanese, Chinese and Korean titles, Finnish compounds).

    >>> has_role("Systemtechniker:in"), has_role("Técnico de mantenimiento"), has_role("About us")
    (True, True, False)
    >>> has_role("インフラエンジニア"), has_role("弱电系统项目经理"), has_role("Data Scientists")
    (True, True, True)
    >>> has_role("Starszy Programista Java"), has_role("Ohjelmistokehittäjä")
    (True, True)
    """
    vocabulary = _vocabulary()
    folded = fold(text)
    words = _words(folded)
    roles = vocabulary.roles
    if roles.found_in(words, f" {' '.join(words)} ") is not None:
        return True
    endings = vocabulary.role_endings
    for word in words:
        bare = word.split("'")[0]
        if bare.endswith(endings) or bare.startswith(vocabulary.role_stems):
            return True
        if bare.endswith("s") and (
            bare[:-1] in roles.words
            or bare[:-1].endswith(endings)
            or (bare.endswith("es") and bare[:-2] in roles.words)
        ):
            return True  # a plural: "Engineers", "Orthophonistes", "Programadores"
    if "-" in text and _hyphenated_role(text):
        return True
    return _role_fragment_finder().find_matches_as_indexes(folded) != []


#: A compound joined by a hyphen, its last word not in capitals ("NEBOSH-trainer",
#: "Technolog-Kosztorysant"; not the brand "MH-EXPERT").
_HYPHENATED = re.compile(
    r"(?<![\w-])(?P<first>\w{3,})-(?P<last>\w(?:[^\W\d_](?<![A-ZÀ-Þ]))+)(?![\w-])"
)
#: Prefixes a hyphen joins to a word without making a compound of two ("co-operative").
_HYPHEN_PREFIXES = frozenset("pre non sub pro anti semi multi self post inter".split())


def _hyphenated_role(text: str) -> bool:
    """Whether a compound joined by a hyphen ends with a role: "NEBOSH-trainer", "trainer-coach"."""
    vocabulary = _vocabulary()
    for compound in _HYPHENATED.finditer(text):
        if compound.group("first").casefold() in _HYPHEN_PREFIXES:
            continue
        last = fold(compound.group("last"))
        if last in vocabulary.roles.words or last.startswith(vocabulary.role_stems):
            return True
    return False


@functools.cache
def _role_fragment_finder() -> ahocorasick_rs.AhoCorasick:
    """The role fragments as one automaton: one pass over a text finds any of them."""
    return ahocorasick_rs.AhoCorasick(list(_vocabulary().role_fragments))


@text_cache(8192)
def has_gender_tag(text: str) -> bool:
    """Whether *text* carries a gender tag of a job title: "(m/w/d)", "(H/F)", "(m/v)".

    >>> has_gender_tag("Disponent (m/w/d) Nahverkehr"), has_gender_tag("Input/Output")
    (True, False)
    """
    folded = fold(text).replace(" ", "")
    return any(f"({tag})" in folded or f"{tag})" in folded for tag in _vocabulary().gender_tags)


def is_not_posting(text: str) -> bool:
    """Whether an entry of a job list is no posting: a spontaneous application, a job alert.

    >>> is_not_posting("Initiativbewerbung (m/w/d)"), is_not_posting("Data Engineer")
    (True, False)
    """
    return _not_posting_pattern().search(fold(text)) is not None


@functools.cache
def _not_posting_pattern() -> re.Pattern[str]:
    """The phrases of entries that are no postings, as one pattern (found anywhere)."""
    phrases = sorted(_vocabulary().not_postings, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases)))


@text_cache(1024)
@text_cache(8192)
def is_navigation(text: str) -> bool:
    """Whether a link's text is navigation: "Home", "Read more", "Click here to view the advert".

    >>> is_navigation("Read more »"), is_navigation("Click here to apply")
    (True, True)
    >>> is_navigation("Data Engineer")
    False
    """
    folded = fold(_trimmed(text))
    vocabulary = _vocabulary()
    return folded in vocabulary.navigation or folded.startswith(vocabulary.navigation_prefixes)


def is_section_heading(text: str) -> bool:
    """Whether a heading titles a part of one posting: "Your profile", "Wir bieten", "Perfil".

    >>> is_section_heading("What you'll bring:"), is_section_heading("Wij bieden")
    (True, True)
    >>> is_section_heading("Data Engineer")
    False
    """
    folded = fold(_trimmed(text))
    vocabulary = _vocabulary()
    head, _, rest = folded.partition(" ")
    if head in _THE_JOB and rest in vocabulary.section_headings:
        return True  # "Job Requirements", "Position Benefits": one job's section all the same
    parts = _JOINED.split(folded)
    if len(parts) > 1 and all(part in vocabulary.section_headings for part in parts):
        return True  # "채용절차 및 유의사항" (the hiring steps and notes): two sections in one
    return (
        folded in vocabulary.section_headings
        or (
            len(folded) <= _MAX_ENDED_HEADING
            and folded.endswith(vocabulary.section_heading_endings)
        )
        or (
            len(folded.split()) <= _MAX_OPENED_WORDS
            and f"{folded} ".startswith(vocabulary.section_heading_openings)
        )
    )


#: The words that join two sections' names in one heading: "and", "und", "및" (CLDR).
_JOINED = re.compile(
    r"\s*(?:&|\+|\s(?:" + "|".join(map(re.escape, table("list_words.json")["words"])) + r")\s)\s*"
)
#: Words naming the job itself before a section's name: "Job Requirements".
_THE_JOB = frozenset({"job", "position", "role"})
#: The longest heading told a section's by how it ends ("採用に関するお問い合わせ").
_MAX_ENDED_HEADING = 20
#: The most words of a heading told a section's by how it opens ("Yêu cầu tuyển dụng cơ bản").
_MAX_OPENED_WORDS = 8


def asks_for_someone(text: str) -> bool:
    """Whether a heading asks for someone, as a role word does: "Hulp gezocht in Ede".

    >>> asks_for_someone("Koch gesucht (m/w/d)"), asks_for_someone("Se busca camarero")
    (True, True)
    >>> asks_for_someone("Über uns")
    False
    """
    return wanted_phrase(text) is not None


def wanted_phrase(text: str) -> str | None:
    """The words (folded) by which a text asks for someone: "ведется набор", "gesucht"."""
    words = _words(fold(text))
    return _vocabulary().wanted.found_in(words, f" {' '.join(words)} ")


def names_a_list(text: str) -> bool:
    """Whether *text* speaks of jobs in the plural, as a list does ("alle offenen Stellen").

    >>> names_a_list("Hier findest Du alle offenen Stellen"), names_a_list("Data Engineer")
    (True, False)
    """
    vocabulary = _vocabulary()
    text = _BRACKETED_ASIDE.sub(" ", text)  # "システムエンジニア（中途採用）": a hiring track
    words = _words(fold(text))
    return bool(set(words) & vocabulary.listing_words) or any(
        word in text for word in _unspaced(vocabulary.listing_words)
    )


#: A bracketed aside after words: what it says qualifies them, it names no list.
_BRACKETED_ASIDE = re.compile(r"(?<=\S)\s*[（(][^（）()]{1,30}[）)]")


def is_department(text: str) -> bool:
    """Whether a short line names a team or function: "Engineering", "Lager", "IT".

    >>> is_department("Customer Success"), is_department("Kestrel Logistik")
    (True, False)
    >>> is_department("MÜZİK DEPARTMANI"), is_department("Department Manager")
    (True, False)
    """
    folded = fold(_trimmed(text))
    vocabulary = _vocabulary()
    if folded in vocabulary.departments:
        return True
    parts = _JOINED_FIELDS.split(folded)
    if len(parts) > 1 and any(p in vocabulary.departments for p in parts) and not has_role(text):
        return True  # "Sales & Marketing", "Creatief & Communicatie": two fields joined
    words = _words(folded)
    return (
        0 < len(words) <= _MAX_DEPARTMENT_WORDS
        and (words[0] in vocabulary.department_heads or words[-1] in vocabulary.department_heads)
        and not has_role(text)  # "Department Manager"
    )


#: What joins two fields in a department's name: "Sales & Marketing", "Forschung und Lehre".
_JOINED_FIELDS = re.compile(r"\s*&\s*|\s+(?:and|und|en|et|y|e|og|och|i|a)\s+|\s*/\s*")
#: The most words of a line named a department by its head word ("MÜZİK DEPARTMANI").
_MAX_DEPARTMENT_WORDS = 4


def names_an_organisation(text: str) -> bool:
    """Whether *text* carries a word of an organisation's name: "Inc", "University", "City of".

    >>> names_an_organisation("City of Boston"), names_an_organisation("Boston, MA")
    (True, False)
    >>> names_an_organisation("株式会社ミナトソフト")
    True
    """
    phrases = _vocabulary().organisation
    folded = fold(text)
    words = _words(folded)
    if phrases.found_in(words, f" {' '.join(words)} ") is not None:
        return True
    # Names run their words together ("(주)맨파워그룹코리아", "株式会社ミナトソフト")
    return not text.isascii() and any(w in folded for w in _non_ascii(phrases.words))


@functools.cache
def _non_ascii(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(word for word in words if not word.isascii())


def is_listing_heading(text: str) -> bool:
    """Whether a heading names a page's list of jobs: "Open positions", "Offene Stellen".

    >>> is_listing_heading("Current Openings"), is_listing_heading("Senior Data Engineer")
    (True, False)
    """
    folded = fold(_trimmed(text))
    headings = _listing_heading_set()
    words = folded.split(" ")
    if any(" ".join(words[:size]) in headings for size in range(1, len(words) + 1)):
        return True
    # "Carrières, Stage & Expertise": a careers word, then what else the page offers
    head = words[0].rstrip(",;:/&") if "," in words[0] or ";" in words[0] else None
    return head is not None and head in headings


def is_office_word(word: str) -> bool:
    """Whether *word* names an office or site before a town: "Büro Belgrad", "Office London".

    >>> is_office_word("Büro"), is_office_word("Engineer")
    (True, False)
    """
    return fold(word) in _vocabulary().office_words


#: The longest case ending a one-word role may carry after its dictionary form.
_MAX_CASE_ENDING = 3


def role_lemma(word: str) -> str | None:
    """The dictionary form of a role word written in another case, if the vocabulary has it.

    Polish, Czech and Hungarian put the role a sentence asks for in the case its
    verb takes: "Szukamy pilotów" (pilots, genitive), "Hledáme skladníka"
    (accusative). A role word the inflected word opens with, or whose stem it
    does (its last vowel dropped: "programista" in "programistów"), before an
    ending of three letters at most, is its dictionary form.

    >>> role_lemma("pilotów"), role_lemma("skladníka"), role_lemma("programistów")
    ('pilot', 'skladník', 'programista')
    >>> role_lemma("pilot") is None, role_lemma("Berlin") is None
    (True, True)
    """
    if " " in word or not word.isalpha() or any(mark in word for mark in _UMLAUTS):
        return None  # "Fachkräfte": German plurals change the vowel, not only the ending
    folded = fold(word)
    roles = _vocabulary().roles.words
    if folded in roles:
        return None  # already its dictionary form
    for cut in range(1, _MAX_CASE_ENDING + 1):
        stem = folded[:-cut]
        if len(stem) < _MIN_STEM:
            break
        if stem in roles:
            return word[: len(stem)]
        for vowel in "aeoy":
            if stem + vowel in roles:
                return word[: len(stem)] + vowel
    return None


#: German umlauts: a plural's vowel ("Fachkräfte") is not its singular's.
_UMLAUTS = ("ä", "ö", "ü", "Ä", "Ö", "Ü")
#: The shortest stem a case ending is taken off.
_MIN_STEM = 4


def is_work_mode(text: str) -> bool:
    """Whether a short text only says where work is done: "Presencial", "Híbrido", "Hybrid".

    >>> is_work_mode("Presencial"), is_work_mode("Hybride"), is_work_mode("Acqua by Salud")
    (True, True, False)
    """
    return fold(text).strip(" .!·") in _work_modes()


@functools.cache
def _work_modes() -> frozenset[str]:
    data = words()
    return frozenset(fold(w) for w in (*data["work_mode_words"], *data["remote_words"]))


#: A section's label with the role in brackets after it: "募集要項【警備スタッフ】",
#: "Job description [Sales Assistant]".
_LABEL_BRACKETS = re.compile(
    r"(?P<label>[^【\[［]{1,30}?)[ \t]*[【\[［](?P<role>[^】\]］]{1,60})[】\]］]"
)


def bracketed_role(text: str) -> str | None:
    """The role a section's label holds in brackets: "募集要項【警備スタッフ】" -> "警備スタッフ".

    >>> bracketed_role("募集要項【警備スタッフ】"), bracketed_role("Engineer [Remote]")
    ('警備スタッフ', None)
    """
    found = _LABEL_BRACKETS.fullmatch(text.strip())
    if found is None or not is_section_heading(found.group("label")):
        return None
    role = found.group("role").strip()
    return role if has_role(role) else None
