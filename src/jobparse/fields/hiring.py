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

__all__ = ["Hiring", "hiring_sentence"]

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
    """What a hiring sentence says: the employer (None after "we") and the role."""

    company: str | None
    title: str
    quote: str


def _alternation(words: tuple[str, ...]) -> str:
    """*words* as one alternation, longest first, spaces matching any blank run."""
    escaped = (re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


@functools.cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocabulary.hiring_words()
    verbs = _alternation(words.verbs)
    pronouns = _alternation(words.pronouns)
    stops = _alternation(words.stops)
    opener = rf"(?:(?:{_alternation(words.openers)})[ \t]+)?"
    # "Acme, con sede en Sevilla," or "Acme in Rotterdam" / "Acme AG mit Sitz in ...".
    aside = (
        rf"(?:[ \t]*,[^.;:!?\n]{{1,{_MAX_ASIDE}}}?,"
        rf"|[ \t]+(?:{_alternation(words.places)})[ \t][^.;:!?\n]{{1,{_MAX_ASIDE}}}?)?"
    )
    subject = rf"(?:(?i:{pronouns})(?=[ \t])|(?P<name>{patterns.ORG_NAME}){aside}(?:[ \t]*,)?)"
    verb = (
        rf"[ \t]+(?:(?i:{pronouns})[ \t]+)?(?:{verbs})(?:[ \t]+(?i:{pronouns}))?"
        rf"(?:[ \t]+[^\s.,;:!?]+){{0,{_MAX_ADVERB_WORDS}}}?"
    )
    sentence = re.compile(
        rf"{opener}{subject}{verb}[ \t]+(?:{_alternation(words.articles)})[ \t]*"
        rf"(?P<role>(?:[^.,;:!?\n]|:(?=\w)){{1,{_MAX_ROLE}}})"
    )
    stop = re.compile(rf"[ \t](?:{stops})(?![^\W_])", re.IGNORECASE)
    return sentence, stop


def hiring_sentence(text: str) -> Hiring | None:
    """The employer and role a sentence opening like "Acme recrute un(e) Ingénieur(e)" names."""
    sentence, stop = _pattern()
    match = sentence.match(text)
    if match is None:
        return None
    role = _BRACKETED_FIGURES.split(match.group("role"), maxsplit=1)[0]  # "(32-40 uur)"
    end = stop.search(role)
    title = role[: end.start()].strip() if end else role.strip()
    if not title or not vocabulary.has_role(title):
        return None
    return Hiring(company=match.group("name"), title=title, quote=match.group().strip())
