"""The words of job pages in several languages (``data/job_words.json``), as quick tests.

Every test folds its text first (accents and case dropped, ``"Técnico"`` is
``"tecnico"``) and looks it up in sets built once, on first use: single words
by set membership, phrases of several words by a search of the folded text
padded with spaces, Japanese fragments by substring. Texts are short (a
title, a card's line), so each test is a few microseconds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

import ahocorasick_rs
import attrs

from jobparse.tables import words
from jobparse.text_cache import text_cache

__all__ = [
    "apply_text",
    "asks_for_someone",
    "ats_url",
    "completed_before",
    "contact_url",
    "employment_type",
    "employment_type_at",
    "employment_types",
    "fact_label",
    "filter_url",
    "fold",
    "has_gender_tag",
    "has_role",
    "is_department",
    "is_listing_heading",
    "is_navigation",
    "is_not_posting",
    "is_office_word",
    "is_section_heading",
    "job_url",
    "label_field",
    "names_a_contract",
    "names_a_list",
    "names_an_organisation",
    "names_no_jobs",
    "states_no_openings",
]

_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_NOT_WORD_AT_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


def _trimmed(text: str) -> str:
    """*text* from its first to its last letter or digit ("› Apply ›" is "Apply")."""
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # nearly every text: nothing to trim
    return _NOT_WORD_AT_ENDS.sub("", text)


@text_cache(8192)
def fold(text: str) -> str:
    """Case- and accent-blind form of *text*, white space collapsed.

    >>> fold("  Técnico  de MANTENIMIENTO ")
    'tecnico de mantenimiento'
    """
    if text.isascii():  # nearly every text: no accents to drop
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


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
        phrases = tuple(sorted((f for f in folded if " " in f), key=len, reverse=True))
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
    navigation_prefixes: tuple[str, ...]
    organisation: _Phrases
    departments: frozenset[str]
    ats_hosts: tuple[str, ...]
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
    """The words of a set written in a script without spaces (not ASCII), found once a set."""
    return tuple(word for word in words if not word.isascii())


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
        navigation=frozenset(fold(t) for t in data["navigation_words"]),
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
        navigation_prefixes=tuple(fold(t) for t in data["navigation_prefixes"]),
        organisation=_Phrases.of(data["organisation_words"]),
        departments=frozenset(fold(w) for w in data["department_words"]),
        ats_hosts=tuple(data["ats_hosts"]),
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
    """Whether *word* is a compound opened or ended by one of *parts* (longer than it)."""
    return any(
        len(word) > len(part) + 2 and (word.startswith(part) or word.endswith(part))
        for part in parts
    )


def _words(folded: str) -> list[str]:
    return _WORDS.findall(folded)


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
    return _role_fragment_finder().find_matches_as_indexes(folded) != []


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


#: What of a text is read to tell an apply control: none says more than this.
_LONGEST_CONTROL_TEXT = 1000
_APPLY_TO = re.compile(r"\s*(?:[—–:|-]|\bfor\b|\bto\b|\bas\b)\s*")


@text_cache(8192)
def apply_text(text: str) -> bool:
    """Whether a link's or button's text asks to apply, in any of the languages.

    An apply phrase may name what it applies for: "Apply — Data Analyst".

    >>> apply_text(" Jetzt bewerben › "), apply_text("Postular"), apply_text("Apply filters")
    (True, True, False)
    >>> apply_text("Apply — Data Analyst"), apply_text("Apply for this job")
    (True, True)
    """
    folded = fold(_trimmed(text[:_LONGEST_CONTROL_TEXT]))  # a page's text is no button
    texts = _vocabulary().apply_texts
    if folded in texts:
        return True
    for phrase in ("apply", "bewerben", "postuler", "postular", "solliciteer", "candidati"):
        if folded.startswith(phrase) and _APPLY_TO.match(folded, len(phrase)) is not None:
            return True
    return False


def ats_url(url: str) -> bool:
    """Whether a URL leads to an applicant-tracking site, where a job is applied for.

    >>> ats_url("https://grnh.se/d93c23471us"), ats_url("https://acme.example/jobs/1")
    (True, False)
    """
    host = (urlsplit(url).hostname or "").casefold()
    return any(host == ats or host.endswith("." + ats) for ats in _vocabulary().ats_hosts)


def contact_url(url: str) -> bool:
    """Whether a URL leads to a contact page ("/contacteer-ons/"), never an apply link.

    >>> contact_url("https://acme.example/contacteer-ons/"), contact_url("/jobs/1/apply")
    (True, False)
    """
    path = urlsplit(url).path.casefold()
    return bool(set(re.split(r"[/._]", path)) & _vocabulary().contact_words)


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
def names_no_jobs(heading: str) -> bool:
    """Whether a group's heading names what a portal lists beside jobs: grants, courses, events.

    >>> names_no_jobs("Subventions / Incubateurs et accelerateurs"), names_no_jobs("Bourses")
    (True, True)
    >>> names_no_jobs("Stages Academiques & Professionnels"), names_no_jobs("Engineering")
    (False, False)
    """
    folded = fold(heading)
    groups = _vocabulary().not_job_groups
    if not set(_words(folded)) & groups and not any(word in heading for word in _unspaced(groups)):
        return False
    return not has_role(heading) and not names_a_list(heading)


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
    return fold(_trimmed(text)) in _vocabulary().section_headings


def job_url(url: str) -> bool:
    """Whether a URL's words say it leads to a job: ``/careers/jobs/123``, ``boards.greenhouse.io``.

    >>> job_url("https://acme.example/vacatures/monteur"), job_url("https://acme.example/about")
    (True, False)
    """
    words = set(_WORDS.findall(fold(url.split("?", 1)[0].split("#", 1)[0])))
    return bool(words & _vocabulary().job_url_words)


_QUERY_KEY = re.compile(r"(?:^|&)([^=&\[]+)")


def filter_url(url: str) -> bool:
    """Whether a URL leads to a search of jobs (a facet, a filter, a pager), not to one job.

    >>> filter_url("/jobs/search?f%5B0%5D=job_research_profile%3A448"), filter_url("/jobs?page=2")
    (True, True)
    >>> filter_url("/jobs/1234-data-engineer"), filter_url("https://acme.example/viewjob?jk=f64d")
    (False, False)
    """
    path, _, query = url.partition("#")[0].partition("?")
    vocabulary = _vocabulary()
    last = path.rstrip("/").rsplit("/", 1)[-1].casefold()
    if last in vocabulary.filter_url_words:
        return True
    keys = {unquote(key).casefold() for key in _QUERY_KEY.findall(query)}
    return bool(keys) and keys <= vocabulary.filter_params


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
    return tuple(  # Japanese terms have no spaces around them
        kind
        for kind, phrases in employment
        if any(not word.isascii() and word in text for word in phrases.words)
    )


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


@text_cache(8192)
def fact_label(text: str) -> tuple[str, str] | None:
    """A labelled fact of a card or posting: ``("location", "Hamburg")`` for "Standort: Hamburg".

    The label must end at a colon (or, for a short line, stand alone before one).

    >>> fact_label("Ubicación: Madrid"), fact_label("Bewerbungsschluss: 15.01.2027")
    (('location', 'Madrid'), ('deadline', '15.01.2027'))
    >>> fact_label("We are hiring: engineers") is None
    True
    """
    ascii_at, wide_at = text.find(":"), text.find("：")  # the label ends at the first colon
    mark = "：" if wide_at >= 0 and (ascii_at < 0 or wide_at < ascii_at) else ":"
    label, colon, value = text.partition(mark)  # "勤務時間：8:30～17:30": at the full-width one
    if not colon or not value.strip() or len(label) > 40:
        return None
    folded = fold(label)
    for field, labels in _vocabulary().labels:
        if folded in labels:
            return field, value.strip()
    return None


def label_field(text: str) -> str | None:
    """The field a text names when it stands as a label: "Stelle" (a column's header) is "title".

    >>> label_field("Sista ansökningsdatum"), label_field("Berlin")
    ('deadline', None)
    """
    label = fact_label(f"{text}: x")
    return label[0] if label is not None else None


def asks_for_someone(text: str) -> bool:
    """Whether a heading asks for someone, as a role word does: "Hulp gezocht in Ede".

    >>> asks_for_someone("Koch gesucht (m/w/d)"), asks_for_someone("Se busca camarero")
    (True, True)
    >>> asks_for_someone("Über uns")
    False
    """
    words = _words(fold(text))
    return _vocabulary().wanted.found_in(words, f" {' '.join(words)} ") is not None


def states_no_openings(text: str) -> bool:
    """Whether a text says there is no opening now ("Zurzeit sind keine Stellen ausgeschrieben").

    >>> states_no_openings("Aktuell haben wir leider keine offenen Stellen zu besetzen.")
    True
    >>> states_no_openings("We have no openings for interns, but we are hiring engineers.")
    False
    """
    folded = fold(text[:_NO_OPENINGS_TEXT])
    return any(phrase in folded for phrase in _vocabulary().no_openings)


#: How much of a page's text is searched for a statement that it has no opening.
_NO_OPENINGS_TEXT = 20_000


def completed_before(text: str, start: int) -> bool:
    """Whether a word marking a training as done stands shortly before *start* in *text*.

    >>> completed_before("Abgeschlossene Ausbildung zum Mechatroniker", 15)
    True
    """
    words = _words(fold(text[max(0, start - _COMPLETED_REACH) : start]))
    return not _vocabulary().completed.isdisjoint(words)


#: How far before an employment word a "completed" word is looked for.
_COMPLETED_REACH = 40


def names_a_list(text: str) -> bool:
    """Whether *text* speaks of jobs in the plural, as a list does ("alle offenen Stellen").

    >>> names_a_list("Hier findest Du alle offenen Stellen"), names_a_list("Data Engineer")
    (True, False)
    """
    vocabulary = _vocabulary()
    words = _words(fold(text))
    return bool(set(words) & vocabulary.listing_words) or any(
        word in text for word in _unspaced(vocabulary.listing_words)
    )


def is_department(text: str) -> bool:
    """Whether a short line names a team or function: "Engineering", "Lager", "IT".

    >>> is_department("Customer Success"), is_department("Kestrel Logistik")
    (True, False)
    """
    return fold(_trimmed(text)) in _vocabulary().departments


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
    return not text.isascii() and any(w in text for w in _unspaced(phrases.words))


def is_listing_heading(text: str) -> bool:
    """Whether a heading names a page's list of jobs: "Open positions", "Offene Stellen".

    >>> is_listing_heading("Current Openings"), is_listing_heading("Senior Data Engineer")
    (True, False)
    """
    folded = fold(_trimmed(text))
    headings = _listing_heading_set()
    words = folded.split(" ")
    return any(" ".join(words[:size]) in headings for size in range(1, len(words) + 1))


def is_office_word(word: str) -> bool:
    """Whether *word* names an office or site before a town: "Büro Belgrad", "Office London".

    >>> is_office_word("Büro"), is_office_word("Engineer")
    (True, False)
    """
    return fold(word) in _vocabulary().office_words
