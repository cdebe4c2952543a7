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
from jobparse.fields.cjk_places import has_cjk, opening_city
from jobparse.fields.context import PostingText, reads_as_english
from jobparse.fields.fact_lines import labelled_facts
from jobparse.fields.inflected_places import inflected_towns
from jobparse.fields.places import cased, scan_places
from jobparse.fields.title_line import reads_as_header
from jobparse.model import Evidence, Location
from jobparse.places import gazetteer
from jobparse.tables import table, words

__all__ = [
    "cue_places",
    "eligibility_country",
    "header_places",
    "labelled_places",
    "organisation_town",
    "remote_among_work_modes",
    "remote_statement",
    "work_modes_line",
]

#: A town after a bare preposition is read only if it is this large.
_MIN_POPULATION = 100_000
_MAX_LABELLED_LINE = 120
#: The longest line read as the value of a label on the line above it.
_MAX_VALUE_BELOW = 60
_MAX_PLACES = 4
#: The prepositions that put a job in a town, in the languages of the vocabulary.
_PREPOSITIONS = (
    "in", "im", "à", "au", "en", "em", "na", "no", "a", "te", "i", "bei", "sur", "de",
)  # fmt: skip
#: A town's name: up to three capitalised words, "de"/"del"/"do"/"da" between them.
_TOWN = (
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t-](?:de[ \t]|del[ \t]|do[ \t]|da[ \t])?[A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2}"
)
_TOWN_AT = re.compile(_TOWN)
_PLACE_AFTER = re.compile(
    r"(?<![^\W_])(?:" + "|".join(_PREPOSITIONS) + rf")[ \t]+(?P<place>{_TOWN})"
)


def cue_places(ctx: PostingText, prefer: str | None) -> tuple[list[Location], list[Evidence]]:
    """Large towns after a preposition in an advert of another language than English.

    ("Standort in Olten", "en Buenos Aires"; an English advert's places are read
    by the English cues, which tell the job's town from a history or a trip.)
    """
    found: list[Location] = []
    evidence: list[Evidence] = []
    if reads_as_english(ctx.text):
        return found, evidence
    for sentence in ctx.sentences:  # "Standort in Olten (CH) oder Freiburg (D)": any size
        for match in _cued_places().finditer(sentence.text):
            for place in _listed(sentence.text, match.start("place")):
                if vocabulary.has_role(place):
                    continue  # "Team Leader": a role after a cue word, no town (Leader, Cuba)
                location = _town(place, prefer, min_population=0)
                if location is not None and all(location.city != f.city for f in found):
                    found.append(location)
                    evidence.append(Evidence("locations", "location.body.cue", sentence.text))
    if found:
        return found[:_MAX_PLACES], evidence
    for sentence in ctx.sentences:
        for match in _PLACE_AFTER.finditer(sentence.text):
            place = match.group("place")
            location = _town(place, prefer)  # "Toulouse Rejoignez": Toulouse
            if location is None or any(location.city == f.city for f in found):
                continue
            found.append(location)
            evidence.append(Evidence("locations", "location.body.preposition", sentence.text))
            if len(found) >= _MAX_PLACES:
                return found, evidence
    if found:
        return found, evidence
    for sentence in ctx.sentences:  # "v Praze", "w Krakowie", "Helsingissä": a case's form
        for location in inflected_towns(sentence.text):
            if all(location.city != f.city for f in found):
                found.append(location)
                evidence.append(Evidence("locations", "location.body.inflected", sentence.text))
        if len(found) >= _MAX_PLACES:
            return found[:_MAX_PLACES], evidence
    return found, evidence


def _town(name: str, prefer: str | None, min_population: int = _MIN_POPULATION) -> Location | None:
    if name.isupper():
        return None  # "at IDA", "at BKV": an acronym, no town
    words = name.split()
    for size in range(len(words), 0, -1):  # "Córdoba Capital", "Santa Fe Capital": the town
        location = city_named_exactly(
            " ".join(words[:size]), min_population=min_population, prefer=prefer
        )
        if location is not None:
            return location
    return None


@functools.cache
def _cued_places() -> re.Pattern[str]:
    """A town after a place word of another language: "Standort in", "ufficio a", "gelegen in"."""
    cues = sorted(words()["place_cue_words"], key=len, reverse=True)
    return re.compile(
        r"(?<![^\W_])(?i:" + "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in cues) + ")"
        r"(?:[ \t]+(?:" + "|".join((*_PREPOSITIONS, "para", "di", "per", "van")) + r"))?[ \t]+"
        rf"(?P<place>{_TOWN})"
    )


#: What joins a list of towns: "Olten (CH) oder Freiburg (D)", "a Cesena o Bologna": a
#: comma or a language's "and" / "or" (``data/list_words.json``; Dutch "of" too).
_NEXT_TOWN = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*(?:,|"
    + "|".join(sorted({*table("list_words.json")["words"], "of"}, key=len, reverse=True))
    + rf")[ \t]+(?P<place>{_TOWN})"
)


def _listed(text: str, start: int) -> list[str]:
    """The town at *start* and those listed after it."""
    first = _TOWN_AT.match(text, start)
    if first is None:
        return []
    places, end = [first.group()], first.end()
    while (more := _NEXT_TOWN.match(text, end)) is not None and len(places) < _MAX_PLACES:
        places.append(more.group("place"))
        end = more.end()
    return places


def _without_organisations(value: str) -> str:
    """A labelled place list without the parts that name an organisation, not a place.

    "Where: Nanyang Technological University, Singapore": the university's name
    holds a town's ("Nanyang"), and is no place of its own. A part is an
    organisation's name when it ends with an organisation's word ("University");
    "Región Metropolitana de Santiago" ends with a place.
    """
    if ", " not in value:
        return value
    parts = value.split(", ")
    kept = [p for p in parts if not vocabulary.names_an_organisation(" ".join(p.split()[-1:]))]
    return ", ".join(kept) if kept else value


#: A place written as two names joined by a hyphen: a village and its town ("Paal-Beringen"),
#: a town and its district ("Frankfurt-Höchst").
_JOINED_NAMES = re.compile(r"([^\W\d_][^\W\d_'’]+)-([^\W\d_][^\W\d_'’]+)")


def _town_of_joined_names(value: str) -> str | None:
    """The larger town of two names joined by a hyphen, each a place ("Full-Time" is none)."""
    joined = _JOINED_NAMES.fullmatch(value.strip())
    if joined is None:
        return None
    sizes = {
        name: max((city.population for city in gazetteer.cities_named(name)), default=-1)
        for name in joined.groups()
    }
    if min(sizes.values()) < 0:
        return None
    return max(sizes, key=lambda name: sizes[name])


def labelled_places(ctx: PostingText, prefer: str | None) -> tuple[list[Location], list[Evidence]]:
    """Places under a label of any language on a line of their own: "Ort: Berlin"."""
    found: list[Location] = []
    evidence: list[Evidence] = []
    facts = labelled_facts(
        ctx.text, "location", longest_line=_MAX_LABELLED_LINE, longest_value_below=_MAX_VALUE_BELOW
    )
    for written, line in facts:
        value = re.sub(r"\]\s*\[|\s+-\s+", ", ", written).strip("[] ")  # "[CURITIBA] [PR]"
        value = _without_organisations(value)  # "Nanyang Technological University, Singapore"
        locations = scan_places(cased(value), unknown_city_heads=True, prefer=prefer).locations
        if not locations and (town := _town_of_joined_names(value)) is not None:
            locations = scan_places(town, prefer=prefer).locations  # "Paal-Beringen"
        for location in locations:
            if location not in found:
                found.append(location)
                evidence.append(Evidence("locations", "location.label", line))
    return found, evidence


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
    fields = [f.strip() for f in patterns.HEADER_FIELD.split(opening) if f.strip()]
    if len(fields) >= 2:
        pieces += [f for f in fields if not vocabulary.has_role(f) and "://" not in f]
    if fields and ", " in fields[0] and reads_as_header(fields[0]):
        pieces += _places_after_title(fields[0])  # "Data Scientist, Acme, Southampton, UK"
    found: list[Location] = []
    for piece in pieces:
        if patterns.DATE.pattern.search(piece) or vocabulary.employment_type(piece):
            continue  # "closes 17 August 2016", "(Full Time)": no towns called August or Time
        piece = _without_organisations(piece)  # "Fritz Lipmann Institute, Germany"
        scan = scan_places(piece, prefer=prefer)
        if scan.unknown_words >= scan.known_words and "(" in piece:
            scan = scan_places(piece.split("(")[0], prefer=prefer)  # "Berlin (min 2 days on site)"
            if scan.locations and all(location.remote for location in scan.locations):
                found += _countries_in(piece.partition("(")[2], prefer)  # "(must be in UK)"
        if scan.locations and scan.known_words > scan.unknown_words:
            found += [location for location in scan.locations if location not in found]
    evidence = [Evidence("locations", "location.header", ctx.text.partition("\n")[0])]
    return found, evidence if found else []


def organisation_town(organisation: str) -> Location | None:
    """The town a university is named after, if the gazetteer knows it.

    >>> organisation_town("Stanford University").city
    'Stanford'
    >>> organisation_town("Trinity College Dublin").country
    'IE'
    >>> organisation_town("Acme Robotics") is None
    True
    """
    if has_cjk(organisation):
        return opening_city(organisation.strip())  # "石家庄威凤电子工程有限公司"
    match = patterns.UNIVERSITY_TOWN.match(organisation.strip())
    if not match:
        return None
    for name in (match.group("town"), match.group("after"), match.group("before")):
        if name:
            location = city_named_exactly(name)
            if location is not None:
                return location
    return None


#: Who may apply, by where they may work: "legally authorized to be employed in the USA",
#: "students based in the United States", "eligible to work in the UK".
_ELIGIBLE_IN = re.compile(
    r"\b(?i:authori[sz]ed to (?:work|be employed)|eligible to work|right to work|"
    r"(?:students|candidates|applicants) (?:who are )?based) in (?:the )?"
    r"(?P<place>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})"
)


#: A listing's jobs said to be remote: "Most of our summer internships are remote".
_JOBS_REMOTE = re.compile(
    r"\b(?:internships|positions|roles|jobs|openings|opportunities|vacancies)\s+"
    r"(?:are|will\s+be)\s+(?:all\s+|fully\s+|100%\s+)?remote\b(?![-\s]friendly)",
    re.IGNORECASE,
)


def jobs_remote_phrase(sentence: str) -> str | None:
    """Where a sentence says a listing's jobs are remote: "internships are remote"."""
    match = _JOBS_REMOTE.search(sentence)
    return match.group() if match else None


def eligibility_country(sentence: str) -> Location | None:
    """The country a sentence says candidates must be allowed to work in, if one."""
    match = _ELIGIBLE_IN.search(sentence)
    if match is None:
        return None
    place = match.group("place").rstrip(".")
    code = gazetteer.country_code(place)
    return Location(raw=place, country=code) if code else None


def _countries_in(text: str, prefer: str | None) -> list[Location]:
    """The countries a remote option's aside names: "Remote (but must be based in UK)"."""
    places = scan_places(text.rstrip(")"), prefer=prefer).locations
    return [Location(raw=p.raw, country=p.country) for p in places if p.country and not p.city]


def _places_after_title(field: str) -> list[str]:
    """The runs of short place parts after a title's comma.

    "Southampton, UK" of "Data Scientist, The Flowminder Foundation, Southampton,
    UK"; "Bristol, UK" of "..., University of Bristol, UK" (a university's town).
    """
    runs: list[list[str]] = [[]]
    for part in field.split(", ")[1:]:
        if vocabulary.names_an_organisation(part):  # "University of Bristol": its town
            town = organisation_town(part)
            part = town.city if town is not None and town.city else ""
        scan = scan_places(part)
        if len(part.split()) <= _MAX_PLACE_PART_WORDS and scan.locations and not scan.unknown_words:
            runs[-1].append(part)
        elif runs[-1]:
            runs.append([])
    return [", ".join(run) for run in runs if run]


#: The most words of one place part of a header: "Novo Hamburgo", "New South Wales".
_MAX_PLACE_PART_WORDS = 3


def remote_statement(ctx: PostingText) -> str | None:
    """A phrase of any language stating that the job may be done remotely, if the text has one.

    >>> remote_statement(PostingText.prepare(("Lyon, télétravail partiel possible.",)))
    'télétravail partiel possible'
    >>> remote_statement(PostingText.prepare(("Flexible Homeoffice Regelungen.",))) is None
    True
    """
    match = (
        ctx.search(patterns.REMOTE_STATEMENT) if ctx.may_match(patterns.REMOTE_STATEMENT) else None
    )
    return match.group() if match else work_modes_line(ctx.text)


#: A labelled line's value, short: "Tipo: Remoto / Presencial", "Modalità: Ibrido".
_LABELLED_VALUE = re.compile(
    r"^[ \t•*·-]*[^\W\d_][^:\n]{0,30}:[ \t]*(?P<value>[^\n:]{1,40})$", re.MULTILINE
)
_MODE_SEPARATORS = re.compile(r"\s*[/,|·]\s*|\s+(?:o|or|ou|oder|y|e|et|und|and|of|eller)\s+")


def work_modes_line(text: str) -> str | None:
    """A labelled line whose value names ways of working only, remote among them.

    "Tipo: Remoto / Presencial": the job may be done remotely; not "Tipo: Tiempo completo".
    """
    for line in _LABELLED_VALUE.finditer(text):
        if remote_among_work_modes(line.group("value")):
            return line.group().strip(" \t•*·-")
    return None


def remote_among_work_modes(value: str) -> bool:
    """Whether a field's value names ways of working only, remote among them.

    >>> remote_among_work_modes("Remoto / Presencial"), remote_among_work_modes("Tiempo completo")
    (True, False)
    """
    parts = [p for p in _MODE_SEPARATORS.split(value.strip()) if p]
    return (
        bool(parts)
        and all(vocabulary.is_work_mode(p) for p in parts)
        and any(place.remote for p in parts for place in scan_places(p).locations)
    )
