"""Hiring sentences in the other languages of the vocabulary.

"Fourth Coffee Vision recrute un(e) Ingénieur(e) en vision par ordinateur en
CDI", "Acme sucht eine:n Werkstudent:in Computer Vision für 20 Stunden",
"Bij Acme in Rotterdam zoeken we een Engineer", "Acme, con sede en Sevilla,
busca un becario", "Die Acme AG mit Sitz in Dresden sucht zum nächstmöglichen
Zeitpunkt einen Praktikanten": a sentence that opens with an organisation's
name (or "we"), maybe its seat, a hiring verb, a few adverbs and an article
names the employer and the role. The role runs to a stop phrase ("en CDI",
"a tiempo", "für", "voor") or the end of the clause. Openers, verbs,
pronouns, seat words, articles and stop phrases are data
(``data/job_words.json``), compiled into one pattern once.
"""

from __future__ import annotations

import functools
import re

import attrs

from jobparse import patterns, vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.places import gazetteer
from jobparse.tables import words
from jobparse.text_cache import text_cache

__all__ = [
    "Hiring",
    "HiringWords",
    "asks_only_for_staff",
    "hiring_sentence",
    "hiring_words",
    "role_before_verb",
    "states_hiring",
]

#: The longest role read after the article, and the longest seat or aside before the verb.
_MAX_ROLE = 120
_MAX_ASIDE = 80
#: The most words (adverbs: "ab sofort", "zum nächstmöglichen Zeitpunkt") between the
#: verb and the article.
_MAX_ADVERB_WORDS = 4


#: A bracket holding a figure after a role: hours, a rhythm or a duration ("(20 Std./Woche)",
#: "(rythme 3 semaines / 1 semaine)"), never a part of the title as gender tags are.
_BRACKETED_FIGURES = re.compile(r"[ \t]*\([^()\d]{0,30}\d")


@attrs.frozen
class Hiring:
    """What a hiring sentence says: the employer (None after "we") and the role.

    *title* is None where what is sought names no role ("sucht Unterstützung
    für ..."): the sentence still names its employer. *brand* marks an employer
    written as a brand, not a capitalised name ("commit42 recrute", "NIC.AR
    seleccionará"): a reader trusts it once the text names it again.
    """

    company: str | None
    title: str | None
    quote: str
    brand: bool = False


@attrs.frozen
class HiringWords:
    """The words of hiring sentences in the other languages (see ``jobparse.fields.hiring``)."""

    verbs: tuple[str, ...]
    articles: tuple[str, ...]
    stops: tuple[str, ...]
    #: What may open the sentence before the name: an article, "Bij", "Nel team di".
    openers: tuple[str, ...]
    #: "nous", "wir", "we": a subject pronoun before or after the verb.
    pronouns: tuple[str, ...]
    #: What introduces the employer's seat between the name and the verb: "in", "mit Sitz in".
    places: tuple[str, ...]
    #: A verb and its article where the article is no other language's word: "söker en".
    phrases: tuple[str, ...]
    #: First-person verbs that need no subject: "Buscamos un/a", "Cerchiamo un".
    alone: tuple[str, ...]
    #: A unit's words ("laboratoire", "Lehrstuhl") and what links a unit to its organisation.
    units: tuple[str, ...]
    unit_links: tuple[str, ...]
    #: What opens a sentence that then says "we": "En el Ministerio ..., estamos buscando".
    at_words: tuple[str, ...]
    definite_articles: tuple[str, ...]
    #: Praise of the person before the role: "gemotiveerde", "engagierte", "motivé(e)".
    adjectives: frozenset[str]
    #: Staff in general ("Mitarbeiter", "pracowników", "team members"), folded.
    workforce: frozenset[str]


@functools.cache
def hiring_words() -> HiringWords:
    """Hiring verbs ("recrute", "sucht"), articles ("un(e)", "eine:n") and title stops."""
    data = words()
    return HiringWords(
        verbs=tuple(data["hiring_verbs"]),
        articles=tuple(data["hiring_articles"]),
        stops=tuple(data["title_stops"]),
        openers=tuple(data["hiring_openers"]),
        pronouns=tuple(data["hiring_pronouns"]),
        places=tuple(data["hiring_places"]),
        phrases=tuple(data["hiring_verb_phrases"]),
        alone=tuple(data["hiring_verbs_alone"]),
        units=tuple(data["hiring_units"]),
        unit_links=tuple(data["hiring_unit_links"]),
        at_words=tuple(data["hiring_at_words"]),
        definite_articles=tuple(data["hiring_definite_articles"]),
        adjectives=frozenset(word.casefold() for word in data["candidate_adjectives"]),
        workforce=frozenset(vocabulary.fold(word) for word in data["workforce_words"]),
    )


def _alternation(words: tuple[str, ...]) -> str:
    """*words* as one alternation, longest first, spaces matching any blank run."""
    escaped = (re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


#: A word elided into the next: "L'Istituto", "de l'École".
_ELIDED = r"(?:[LlDd]['’])"
#: The longest run of words before an inverted verb: "Für unser Team in München suchen wir".
_MAX_LEAD = 80
#: A brand as a sentence's subject: one word that is no capitalised name, with a letter
#: ("commit42", "NIC.AR", "24ème", "anue").
_BRAND = r"(?P<brand>[^\W_](?:[\w.{}]*[^\W_])?)"
#: A count standing for the article: "incorporara 1 (un) programador", "2 postes".
_COUNT = r"\d{1,2}(?:[ \t]*\([^()\n]{1,8}\))?"


@functools.cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = hiring_words()
    verbs = _alternation(words.verbs)
    pronouns = rf"(?i:{_alternation(words.pronouns)})"
    # "Le laboratoire de vision de l'", "Il gruppo di": a unit of the organisation named next.
    unit = (
        rf"(?i:{_alternation(words.units)})(?:[ \t]+[^\s.,;:!?]+){{0,3}}?"
        rf"[ \t]+(?:{_alternation(words.unit_links)})[ \t]*(?:{_ELIDED}|(?:la|le|el|il|the)[ \t]+)?"
    )
    opener = rf"(?:(?:{_alternation(words.openers)})[ \t]+|{_ELIDED})?(?:{unit})?"
    # "Acme, con sede en Sevilla," or "Acme in Rotterdam" / "Acme AG mit Sitz in ...".
    aside = (
        rf"(?:[ \t]*,[^.;:!?\n]{{1,{_MAX_ASIDE}}}?,"
        rf"|[ \t]+(?:{_alternation(words.places)})[ \t][^.;:!?\n]{{1,{_MAX_ASIDE}}}?)?"
    )
    subject = (
        rf"(?:{pronouns}(?=[ \t])|(?P<name>{patterns.ORG_NAME}){aside}(?:[ \t]*,)?"
        rf"|{_BRAND}{aside}(?:[ \t]*,)?)"
    )
    adverbs = rf"(?:[ \t]+[^\s.,;:!?]+){{0,{_MAX_ADVERB_WORDS}}}?"
    articles = rf"{_alternation(words.articles)}|{_COUNT}"
    # A few adverbs and an article ("sucht ab sofort eine:n"), or straight the role: the
    # article may be left out ("Waragon busca desarrolladores web"), and the role must then
    # name a role by itself (hiring_sentence checks every role it reads).
    article = rf"(?:{adverbs}[ \t]+(?:{articles})(?![^\W_])|(?=[ \t]))"
    hires = (
        rf"(?:{_alternation(words.phrases)}"  # "söker en": before "söker" and no article
        rf"|(?:{pronouns}[ \t]+)?(?:{verbs})(?![^\W_])(?:[ \t]+{pronouns})?{article})"
    )
    # "Für unser Team in München suchen wir eine:n", "Pour ce projet, nous recherchons un(e)".
    inverted = (
        rf"(?:[^.!?\n]{{1,{_MAX_LEAD}}}?[ \t](?:{verbs})[ \t]+{pronouns}"
        rf"|[^.!?\n]{{1,{_MAX_LEAD}}}?,[ \t]+{pronouns}[ \t]+(?:{verbs}))"
        rf"{adverbs}[ \t]+(?:{articles})"
    )
    # "En el Ministerio de Salud de la Ciudad, estamos ...": where "we" work is the employer.
    at_name = (
        rf"(?:{_alternation(words.at_words)})[ \t]+"
        rf"(?:(?i:{_alternation(words.definite_articles)})[ \t]+|{_ELIDED})?"
        rf"(?P<at_name>{patterns.ORG_NAME})[^.!?\n]{{0,{_MAX_ASIDE}}}?,[ \t]+"
    )
    alone = (  # "Buscamos un/a", "Estamos necesitando programadores"
        rf"(?:{at_name}|[^.!?\n]{{1,{_MAX_LEAD}}}?,[ \t]+)?"
        rf"(?i:{_alternation(words.alone)})(?![^\W_]){article}"
    )
    role = rf"[ \t]*(?P<role>(?:[^.,;:!?\n]|:(?=\w)){{1,{_MAX_ROLE}}})"
    sentence = re.compile(rf"(?:{opener}{subject}[ \t]+{hires}|{alone}|{inverted}){role}")
    stop = re.compile(rf"[ \t](?:{_alternation(words.stops)})(?![^\W_])", re.IGNORECASE)
    return sentence, stop


@text_cache(1024)
def hiring_sentence(text: str) -> Hiring | None:
    """The employer and role a sentence opening like "Acme recrute un(e) Ingénieur(e)" names.

    Cached: the company and the title rules both ask it of each sentence.
    """
    if has_cjk(text) and (cjk := _CJK_HIRES.fullmatch(text.strip())) is not None:
        role = cjk.group("role").strip()  # "羽石株式会社招聘赴日程序员": Hanishi hires programmers
        if vocabulary.has_role(role):
            return Hiring(company=cjk.group("company"), title=role, quote=cjk.group())
    sentence, stop = _pattern()
    tags = patterns.LEADING_TAGS.match(text)  # "(08/05/2012) Se busca ..."
    match = sentence.match(text, tags.end() if tags else 0)
    if match is None:
        return None
    role = _BRACKETED_FIGURES.split(match.group("role"), maxsplit=1)[0]  # "(32-40 uur)"
    end = stop.search(role)
    title: str | None = _without_praise(_without_town(role[: end.start()] if end else role))
    if title and (lemma := vocabulary.role_lemma(title)) is not None:
        title = lemma  # "Szukamy pilotów": a pilot, named in the genitive
    company = match.group("name") or match.group("at_name")
    brand = match.group("brand")
    if brand and not _reads_as_brand(brand):
        return None
    if company and company.casefold() in _COMMON_OPENERS:
        company = None  # "Se busca un programador": an impersonal verb, no one named
    if not title or not vocabulary.has_role(title):
        if company is None or not vocabulary.names_an_organisation(company):
            return None  # "Se requiere experiencia": no role, and no organisation
        title = None  # "Die Forschungsgruppe ... an der Hochschule X sucht Unterstützung"
    return Hiring(
        company=_without_seat(company) if company else brand,
        title=title,
        quote=match.group().strip(),
        brand=brand is not None,
    )


#: A registered company hiring, in Chinese or Japanese: "羽石株式会社招聘赴日程序员",
#: "某某科技有限公司诚聘Java工程师": the company's legal form, a verb of hiring, the role.
_CJK_HIRES = re.compile(
    r"(?P<company>.{1,30}?(?:股份有限公司|有限公司|有限會社|公司|株式会社|有限会社|集团|集團))"
    r"\s*(?:招聘|诚聘|誠聘|急聘|招募|募集)\s*(?P<role>.{2,30})"
)


#: A town after the role: "développeur⋅se web à Toulouse", "Entwickler in Bad Homburg".
_TOWN_AT_END = re.compile(
    r"^(?P<role>.+?)[ \t]+(?:à|a|en|in|em|no|na|nel|te|i|w)[ \t]+"
    r"(?P<town>[A-ZÀ-Þ][^\s,]*(?:[ \t-][A-ZÀ-Þ][^\s,]*){0,2})$"
)


def _without_praise(role: str) -> str:
    """*role* without the praise before it: "gemotiveerde pedicure" -> "pedicure"."""
    words = role.split(" ")
    adjectives = hiring_words().adjectives
    while len(words) > 1 and words[0].casefold() in adjectives:
        words = words[1:]
    return " ".join(words)


#: A gender tag or a count after the staff asked for: "(m/w/d)", "(h/f)", "(2)".
_TRAILING_TAG = re.compile(r"\s*\([^()]{1,12}\)\s*$")


def asks_only_for_staff(role: str) -> bool:
    """Whether a hiring sentence's *role* is staff in general, no job: "pracowników".

    "MITRA poszukuje pracowników" (is looking for workers), "Wir suchen neue
    Mitarbeiter (m/w/d)": a heading over a page's jobs, not one of them.

    >>> asks_only_for_staff("pracowników"), asks_only_for_staff("neue Mitarbeiter (m/w/d)")
    (True, True)
    >>> asks_only_for_staff("Mitarbeiter Vertrieb"), asks_only_for_staff("Pracownik budowlany")
    (False, False)
    """
    bare = _without_praise(_TRAILING_TAG.sub("", role).strip())
    return bool(bare) and vocabulary.fold(bare).rstrip(" .!") in hiring_words().workforce


def _without_town(role: str) -> str:
    """*role* without the town it ends on: "développeur web à Toulouse" -> "développeur web"."""
    role = role.strip()
    found = _TOWN_AT_END.match(role)
    if found is None or not gazetteer.cities_named(found.group("town")):
        return role
    return found.group("role")


def _reads_as_brand(word: str) -> bool:
    """Whether a word that opens a hiring sentence may be a brand, not a common word.

    "commit42", "NIC.AR" and "24ème" are; a lower-case word ("anue") is only a
    candidate, which the company rule keeps if the text names it again; "se" or
    "on" ("Se busca", "On recherche") never.
    """
    return len(word) > 2 and word.casefold() not in _COMMON_OPENERS


#: Lower-case words that open hiring sentences without naming anyone.
_COMMON_OPENERS = frozenset(
    "also now actualmente aktuell actuellement attualmente momenteel atualmente hoy heute oggi "
    "vandaag hoje aujourd'hui qui hier se si on man es il ci er sie ela ele ella él".split()
)


#: " di Bologna", " de Lyon" at the end of a name: the organisation's seat.
_SEAT_AT_END = re.compile(
    r"^(?P<head>.+?)[ \t]+(?:di|de|del|della|du|von|van|da|do)[ \t]+(?P<town>[^ \t]+)$"
)


def _without_seat(name: str) -> str:
    """A name without the town it is seated in: "Istituto Wingtip di Bologna" -> "Istituto Wingtip".

    Only after a name of two words or more that does not end like an organisation
    ("Università di Bologna", "Technical University of Munich" keep their town).
    """
    seat = _SEAT_AT_END.match(name)
    if seat is None:
        return name
    head = seat.group("head")
    if len(head.split()) < 2 or vocabulary.names_an_organisation(head.split()[-1]):
        return name
    if not gazetteer.cities_named(seat.group("town")):
        return name  # "Torino" is Turin's own name in Italian
    return head


@functools.cache
def _hiring_fragments() -> tuple[str, ...]:
    """The words that say "recruiting" inside a sentence without spaces: "募集", "招聘"."""
    return tuple(words()["hiring_fragments"])


def states_hiring(text: str) -> bool:
    """Whether a text says someone is hired: "is recruiting", "sucht", "を募集中", "набор"."""
    return bool(
        patterns.HIRING_VERB.search(text)
        or patterns.FOREIGN_HIRING_VERB.search(text)
        or any(fragment in text for fragment in _hiring_fragments())
    )


#: The most words of a role read before a verb that closes its sentence, and how far back
#: from the verb the clause is read.
_MAX_ROLE_BEFORE_VERB = 5
_CLAUSE_BEFORE_VERB = 80
#: What ends the clause before the verb.
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")


@functools.cache
def _verb_last() -> tuple[re.Pattern[str], frozenset[str]]:
    """A hiring verb of a verb-last language ("arıyoruz"), and the languages' articles."""
    data = words()
    verbs = _alternation(tuple(data["hiring_verbs_last"]))
    verb = re.compile(rf"(?<![^\W_])(?:{verbs})(?![^\W_])", re.IGNORECASE)
    return verb, frozenset(word.casefold() for word in data["hiring_articles_last"])


def role_before_verb(text: str) -> str | None:
    """The role a hiring sentence of a verb-last language names before its verb.

    After its indefinite article, or the capitalised words that end the clause:

    >>> role_before_verb("Atölyemiz için bir takım lideri arıyoruz.")
    'takım lideri'
    >>> role_before_verb("Ekibimize katılacak Yazılım Mühendisi arıyoruz")
    'Yazılım Mühendisi'
    >>> role_before_verb("Sizden haber almayı umuyoruz")
    """
    verb, articles = _verb_last()
    found = verb.search(text)
    if found is None:
        return None
    window = text[max(0, found.start() - _CLAUSE_BEFORE_VERB) : found.start()]
    words = _CLAUSE_BREAK.split(window)[-1].split()
    after = [i for i, word in enumerate(words) if word.casefold() in articles]
    if after:
        role_words = words[after[-1] + 1 :]
    else:
        start = len(words)
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        role_words = words[start:]
    role = " ".join(role_words)
    if not role_words or len(role_words) > _MAX_ROLE_BEFORE_VERB or not vocabulary.has_role(role):
        return None
    return role
