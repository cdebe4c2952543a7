"""Places an advert names in any language: after a preposition, in its header, as remote.

The English cues of :mod:`jobparse.fields.locations` ("based in", "office in")
read English adverts. Adverts in the other languages name the job's town
after a preposition of their own ("Standort in Olten", "poste basé à
Toulouse", "en Buenos Aires", "em Curitiba", "w Krakowie" is left to the
location line), in the fields of an opening header ("Dashdoc - Nantes/Paris
(France) - Full-time"), in a tag before the title ("[CURITIBA] Técnico ...")
or under a label ("Ort: Berlin", "Lieu : Lyon"). A town read after a bare
preposition must be a large one (the gazetteer's population), so that "in
Java" or "en Mobile" name no place.

Remote work is stated in every language ("télétravail possible", "trabajo
remoto", "Vaga Remota", "Home Office möglich"): the phrases are data
(``remote_statements`` of each language's table), a vague perk ("flexible
Homeoffice Regelungen") is none.
"""

from __future__ import annotations

import functools
import re

from jobparse import patterns, vocabulary
from jobparse.fields.city_names import city_named_exactly
from jobparse.fields.context import PostingText
from jobparse.fields.places import scan_places
from jobparse.model import Evidence, Location
from jobparse.tables import words

__all__ = ["cue_places", "header_places", "labelled_places", "remote_statement"]

#: A town after a bare preposition is read only if it is this large.
_MIN_POPULATION = 100_000
_MAX_LABELLED_LINE = 120
_MAX_PLACES = 4
#: The prepositions that put a job in a town, in the languages of the vocabulary.
_PREPOSITIONS = (
    "in", "im", "à", "au", "en", "em", "na", "no", "a", "te", "i", "bei", "sur", "de",
)  # fmt: skip
_PLACE_AFTER = re.compile(
    r"(?<![^\W_])(?:" + "|".join(_PREPOSITIONS) + r")[ \t]+"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t-](?:de[ \t]|del[ \t]|do[ \t]|da[ \t])?"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2})"
)


#: Words of English prose: an advert with many of them is read by the English cues.
_ENGLISH = re.compile(r"\b(?:the|and|you|we|our|with|for|is|are|will|of)\b", re.IGNORECASE)
_ENGLISH_SHARE = 0.08


def _reads_as_english(text: str) -> bool:
    """Whether a text is English prose: a twelfth of its words or more are English words."""
    words = text.count(" ") + 1
    return len(_ENGLISH.findall(text)) >= _ENGLISH_SHARE * words


def cue_places(ctx: PostingText, prefer: str | None) -> tuple[list[Location], list[Evidence]]:
    """Large towns after a preposition in an advert of another language than English.

    ("Standort in Olten", "en Buenos Aires"; an English advert's places are read
    by the English cues, which tell the job's town from a history or a trip.)
    """
    found: list[Location] = []
    evidence: list[Evidence] = []
    if _reads_as_english(ctx.text):
        return found, evidence
    for sentence in ctx.sentences:
        for match in _PLACE_AFTER.finditer(sentence.text):
            place = match.group("place")
            location = _town(place, prefer)
            if location is None and " " in place:
                location = _town(place.split()[0], prefer)  # "Toulouse Rejoignez"
            if location is None or any(location.city == f.city for f in found):
                continue
            found.append(location)
            evidence.append(Evidence("locations", "location.body.preposition", sentence.text))
            if len(found) >= _MAX_PLACES:
                return found, evidence
    return found, evidence


def _town(name: str, prefer: str | None) -> Location | None:
    if name.isupper():
        return None  # "at IDA", "at BKV": an acronym, no town
    return city_named_exactly(name, min_population=_MIN_POPULATION, prefer=prefer)


def labelled_places(ctx: PostingText, prefer: str | None) -> tuple[list[Location], list[Evidence]]:
    """Places under a label of any language on a line of their own: "Ort: Berlin"."""
    found: list[Location] = []
    evidence: list[Evidence] = []
    for line in ctx.text.split("\n"):
        line = line.strip(" •\t")
        if not line or len(line) > _MAX_LABELLED_LINE or (":" not in line and "：" not in line):
            continue
        label = vocabulary.fact_label(line)
        if label is None or label[0] != "location":
            continue
        for location in scan_places(label[1], unknown_city_heads=True, prefer=prefer).locations:
            if location not in found:
                found.append(location)
                evidence.append(Evidence("locations", "location.label", line))
    return found, evidence


#: The fields of a header line: " - ", " – ", " | ".
_FIELD = re.compile(r"\s+[-–—|]\s+")


def header_places(ctx: PostingText, prefer: str | None) -> tuple[list[Location], list[Evidence]]:
    """Places of an opening header: its tags ("[CURITIBA]") and its place fields.

    "Dashdoc - Nantes/Paris (France) - Full-time", "Kerith - Senior Developer -
    Remote within Germany - Full Time": a field that is a place list (or a
    remote word and a place) is read; a field naming a role or a company is not.
    """
    opening = ctx.text.partition("\n")[0].strip()
    if not opening or len(opening) > 200:
        return [], []
    pieces = []
    tags = patterns.LEADING_TAGS.match(opening)
    if tags:
        pieces += re.findall(r"[\[(]([^\]()\[]+)[\])]", tags.group())
        opening = opening[tags.end() :]
    fields = [f.strip() for f in _FIELD.split(opening) if f.strip()]
    if len(fields) >= 2:
        pieces += [f for f in fields if not vocabulary.has_role(f) and "://" not in f]
    found: list[Location] = []
    for piece in pieces:
        scan = scan_places(piece, prefer=prefer)
        if scan.locations and scan.known_words >= scan.unknown_words:
            found += [location for location in scan.locations if location not in found]
    evidence = [Evidence("locations", "location.header", ctx.text.partition("\n")[0])]
    return found, evidence if found else []


@functools.cache
def _remote_pattern() -> re.Pattern[str]:
    phrases = sorted(set(words().get("remote_statements", [])), key=len, reverse=True)
    escaped = (r"[\s-]+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(escaped) + r")(?![^\W_])", re.IGNORECASE)


def remote_statement(ctx: PostingText) -> str | None:
    """A phrase of any language stating that the job may be done remotely, if the text has one.

    >>> remote_statement(PostingText.prepare(("Lyon, télétravail partiel possible.",)))
    'télétravail partiel possible'
    >>> remote_statement(PostingText.prepare(("Flexible Homeoffice Regelungen.",))) is None
    True
    """
    match = _remote_pattern().search(ctx.text)
    return match.group() if match else None
