"""Hiring sentences in the other languages of the vocabulary.

"Fourth Coffee Vision recrute un(e) Ingénieur(e) en vision par ordinateur en
CDI", "Acme sucht eine:n Werkstudent:in Computer Vision für 20 Stunden",
"Nous recherchons un(e) stagiaire en vision 3D pour un stage": a sentence that
opens with an organisation's name (or "we"), a hiring verb and an article
names the employer and the role. The role runs to a stop phrase ("en CDI",
"a tiempo", "für", "voor") or the end of the clause. Verbs, articles and stop
phrases are data (``data/job_words.json``), compiled into one pattern once.
"""

from __future__ import annotations

import functools
import re

import attrs

from jobparse import patterns, vocabulary

__all__ = ["Hiring", "hiring_sentence"]

#: Words that open such a sentence before the name: an article ("A Alpine Ski House
#: procura"), or "at" in the languages ("En Lamna Healthcare buscamos").
_OPENERS = r"(?:(?:A|O|La|El|Die|Der|Das|Le|Il|Lo|De|Het|En|Bei|Bij|Presso|Chez|Em|Na|No)\s+)?"
_PRONOUNS = r"(?:Nous|Wir|Noi|Wij|Nosotros|Nós)"
#: The longest role read after the article.
_MAX_ROLE = 120


@attrs.frozen
class Hiring:
    """What a hiring sentence says: the employer (None after "we") and the role."""

    company: str | None
    title: str
    quote: str


@functools.cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocabulary.hiring_words()
    verbs = "|".join(sorted((re.escape(v) for v in words.verbs), key=len, reverse=True))
    articles = "|".join(sorted((re.escape(a) for a in words.articles), key=len, reverse=True))
    stops = "|".join(sorted((re.escape(s) for s in words.stops), key=len, reverse=True))
    sentence = re.compile(
        rf"{_OPENERS}(?:{_PRONOUNS}(?=[ \t])|(?P<name>{patterns.ORG_NAME}))[ \t]+(?:{verbs})[ \t]+"
        rf"(?:{articles})[ \t]*(?P<role>(?:[^.,;:!?\n]|:(?=\w)){{1,{_MAX_ROLE}}})"
    )
    stop = re.compile(rf"[ \t](?:{stops})(?![^\W_])", re.IGNORECASE)
    return sentence, stop


def hiring_sentence(text: str) -> Hiring | None:
    """The employer and role a sentence opening like "Acme recrute un(e) Ingénieur(e)" names."""
    sentence, stop = _pattern()
    match = sentence.match(text)
    if match is None:
        return None
    role = match.group("role")
    end = stop.search(role)
    title = role[: end.start()].strip() if end else role.strip()
    if not title or not vocabulary.has_role(title):
        return None
    return Hiring(company=match.group("name"), title=title, quote=match.group().strip())
