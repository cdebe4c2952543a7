"""Where the job is: the location line first, then what the text says of this job.

Rules, in order (each records its evidence):

1. ``location.line`` — the places of the posting's location line.
2. ``location.label`` — without a location line, a labelled place inside the
   text: "Location: Berlin, Germany".
3. ``location.placeholder`` — a line such as "Multiple Locations" names no
   place; the body may then list the preferred ones (``location.preferred``).
4. Without a usable line, the body: a city pinned by its region or country
   (``Wilton, Connecticut``) in a sentence about this job
   (``location.body.pair``), or a city after a cue such as "based in" or "in
   our ... office" (``location.body.cue``). Sentences about the company's
   headquarters, offices, founders or customers are skipped.
5. ``location.organisation`` — still nothing, and the employer is a
   university named after its town ("Stanford University"): that town.
6. ``location.remote`` — a statement that this job is remote adds a remote
   option; perks ("remote-friendly culture") and company policy do not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from jobparse import patterns
from jobparse.fields.city_names import city_named_exactly
from jobparse.fields.context import PostingText, Sentence
from jobparse.fields.place_cues import (
    cue_places,
    header_places,
    labelled_places,
    organisation_town,
    remote_statement,
)
from jobparse.fields.place_lines import is_place_line
from jobparse.fields.place_pairs import constrained_pairs
from jobparse.fields.places import scan_places
from jobparse.model import Evidence, Location
from jobparse.places import gazetteer

__all__ = ["infer_locations", "is_place_line", "organisation_town"]

#: A bare city name after a cue must be a real city, not a neighbourhood ("Union Square").
_BARE_CITY_MIN_POPULATION = 50_000


def _facility_stripped(phrase: str) -> str:
    words = phrase.split()
    while words and words[-1].casefold() in patterns.FACILITY_WORDS:
        words.pop()
    return " ".join(words)


def _about_the_company(text: str) -> bool:
    return bool(patterns.COMPANY_PLACE_CUE.search(text) and not patterns.THIS_JOB_CUE.search(text))


class _Clauses:
    """A sentence's clauses ("Our HQ is in X, but this role ..."), each judged once."""

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._ends: list[int] = []
        self._starts = [0]
        for boundary in patterns.CLAUSE_BREAK.finditer(sentence):
            self._ends.append(boundary.start())
            self._starts.append(boundary.end())
        self._ends.append(len(sentence))
        self._about_company: dict[int, bool] = {}

    def about_the_company(self, position: int) -> bool:
        """Whether the clause that holds *position* speaks of the company, not the job."""
        index = bisect.bisect_left(self._ends, position)
        if index not in self._about_company:
            clause = self._sentence[self._starts[index] : self._ends[index]]
            self._about_company[index] = _about_the_company(clause)
        return self._about_company[index]


#: What joins the towns of a list after a cue: "Leeds or York", "Austin, Denver and Boise".
_LIST_JOINT = re.compile(r",?[ \t]+(?:or|and|&)[ \t]+|,[ \t]*|[ \t]*/[ \t]*")
#: How many more towns a cue's list is read for.
_MAX_LISTED = 5


def _cue_places(
    ctx: PostingText, sentence: Sentence, prefer: str | None
) -> list[tuple[int, Location]]:
    """Bare cities right after a cue, with where they are in the sentence: "based in NYC"."""
    found: list[tuple[int, Location]] = []
    end = sentence.end
    for cue in ctx.finditer(patterns.JOB_PLACE_CUE, sentence.start, end):  # at its anchors
        phrase = patterns.CAPITALISED_PHRASE.match(ctx.text, cue.end(), end)
        location = _city_opening(_facility_stripped(phrase.group()), prefer) if phrase else None
        if location is None or phrase is None:
            continue
        found.append((cue.end() - sentence.start, location))
        for _ in range(_MAX_LISTED):  # "based in Leeds or York", "in Austin, Denver and Boise"
            joint = _LIST_JOINT.match(ctx.text, phrase.end(), end)
            if joint is None:
                break
            phrase = patterns.CAPITALISED_PHRASE.match(ctx.text, joint.end(), end)
            if phrase is None or (joint.group().strip() == "," and not _goes_on(ctx, phrase, end)):
                break  # "Bellevue, WA.": a comma before a region, not a list
            more = _city_opening(_facility_stripped(phrase.group()), prefer)
            if more is None:
                break
            found.append((phrase.start() - sentence.start, more))
    if "our" not in sentence.text:
        return found  # "in our Vancouver office" needs it
    for match in patterns.OUR_PLACE_FACILITY.finditer(sentence.text):
        location = city_named_exactly(
            match.group("place"), min_population=_BARE_CITY_MIN_POPULATION, prefer=prefer
        )
        if location is not None:
            found.append((match.start("place"), location))
    return found


def _goes_on(ctx: PostingText, phrase: re.Match[str], end: int) -> bool:
    """Whether a list goes on after *phrase* ("Denver" in "Austin, Denver and Boise")."""
    return _LIST_JOINT.match(ctx.text, phrase.end(), end) is not None


def _city_opening(phrase: str, prefer: str | None) -> Location | None:
    """The city a capitalised phrase after a cue names.

    The whole phrase, or its first words with the country after them ("Sydney Australia").
    """
    location = city_named_exactly(phrase, min_population=_BARE_CITY_MIN_POPULATION, prefer=prefer)
    words = phrase.split()
    for cut in range(len(words) - 1, 0, -1) if location is None else ():
        country = gazetteer.country_code(" ".join(words[cut:]))
        if country is None:
            continue
        head = " ".join(words[:cut])
        location = city_named_exactly(
            head, min_population=_BARE_CITY_MIN_POPULATION, prefer=country
        )
        if location is not None and location.country == country:
            return location
    return location


class _Places:
    """Places found so far, in order, each city (or country, or remote option) once."""

    def __init__(self) -> None:
        self.found: list[Location] = []
        self._keys: set[tuple[str | None, str | None, bool]] = set()

    def add(self, location: Location) -> bool:
        """Add a place not found yet; whether it was new."""
        key = (location.city, location.country, location.remote)
        if key in self._keys:
            return False
        self._keys.add(key)
        self.found.append(location)
        return True


def _body_places(ctx: PostingText, evidence: list[Evidence], prefer: str | None) -> list[Location]:
    strong = _Places()
    weak = _Places()
    weak_evidence: list[Evidence] = []
    seats = _Places()  # where the employer is, said of the employer: a last resort
    seat_evidence: list[Evidence] = []
    for sentence in ctx.sentences:
        # Cheap tests first: most sentences can hold neither a pinned city nor a cue place.
        pairs = list(constrained_pairs(sentence.text))
        cues = (
            _cue_places(ctx, sentence, prefer)
            if patterns.PLACE_AFTER_PREPOSITION.search(sentence.text)
            else []
        )
        if not (pairs or cues):
            continue
        if _about_the_company(sentence.text):
            for _, location in cues:  # "Our headquarters are in X"; not a list of offices
                if not _in_a_list(sentence.text, location) and seats.add(location):
                    seat_evidence.append(Evidence("locations", "location.body.seat", sentence.text))
            continue
        if patterns.CLAUSE_BREAK.search(sentence.text):
            # Judge each place by its own clause: an HQ may share a sentence with the job.
            clauses = _Clauses(sentence.text)
            pairs = [p for p in pairs if not clauses.about_the_company(p[0])]
            cues = [c for c in cues if not clauses.about_the_company(c[0])]
        about_job = bool(patterns.THIS_JOB_CUE.search(sentence.text))
        for _, location in pairs:
            if about_job:
                if strong.add(location):
                    evidence.append(Evidence("locations", "location.body.pair", sentence.text))
            elif weak.add(location):
                weak_evidence.append(Evidence("locations", "location.body.pair", sentence.text))
        for _, location in cues:
            if strong.add(location):
                evidence.append(Evidence("locations", "location.body.cue", sentence.text))
    if strong.found:
        return strong.found
    if not weak.found and len(seats.found) == 1 and seats.found[0].city:
        # "Located in Shenzhen, ... SUSTech enjoys ...": a one-site employer's town
        evidence.extend(seat_evidence)
        return seats.found
    evidence.extend(weak_evidence)
    return weak.found


#: How far from a city a list's "and", "or" or ";" is looked for, and how much of its
#: sentence around it is read for the list's places.
_LIST_REACH = 30
_LIST_WINDOW = 60


def _in_a_list(text: str, location: Location) -> bool:
    """Whether *location*'s town stands in a list of places in *text* ("Berlin and Munich")."""
    return bool(location.raw) and next(_listed_at(text, location.raw), None) is not None


def _listed_at(text: str, city: str) -> Iterator[int]:
    """Where *city* stands in *text* with "and", "or" or ";" near it: in a list of places."""
    at = text.find(city)
    while at >= 0:
        near = text[max(0, at - _LIST_REACH) : at + len(city) + _LIST_REACH]
        if " and " in near or " or " in near or ";" in near:
            yield at
        at = text.find(city, at + len(city))


def _add_places_beside(ctx: PostingText, places: _Places, evidence: list[Evidence]) -> None:
    """The other places of a sentence that names the line's city beside them.

    A location field often holds the first place only ("Boulder, CO") where the
    advert says "in Boulder, CO and Fresno, CA": the sentence that repeats the
    line's place in a list gives the job's places. Only the sentences where a
    city of the line stands in a list are read, and not those about the
    company ("Our offices are in ...").
    """
    line_keys = {(location.city, location.country) for location in places.found}
    text = ctx.text
    for city in {location.city for location in places.found if location.city}:
        for at in _listed_at(text, city):
            sentence = ctx.sentence_at(at)
            if sentence is None:
                continue
            # The list around the city, cut at spaces inside its sentence.
            start = text.rfind(" ", sentence.start, max(sentence.start, at - _LIST_WINDOW)) + 1
            end = text.find(" ", min(sentence.end, at + len(city) + _LIST_WINDOW), sentence.end)
            window = text[max(start, sentence.start) : sentence.end if end < 0 else end]
            pairs = [location for _, location in constrained_pairs(window)]
            if len(pairs) < 2 or not any((p.city, p.country) in line_keys for p in pairs):
                continue
            if _about_the_company(sentence.text):
                continue
            for location in pairs:
                if places.add(location):
                    evidence.append(Evidence("locations", "location.beside_line", sentence.text))


def _labelled_places(
    ctx: PostingText, evidence: list[Evidence], prefer: str | None
) -> list[Location]:
    """Places under a label inside the text: "Location: Berlin, Germany"."""
    found = _Places()
    if "ocation" not in ctx.text:
        return found.found
    for sentence in ctx.sentences:
        label = patterns.LOCATION_IN_TEXT.search(sentence.text)
        if label is None:
            continue
        places = scan_places(label.group("places"), unknown_city_heads=True, prefer=prefer)
        for location in places.locations:
            if found.add(location):
                evidence.append(Evidence("locations", "location.label", label.group()))
    return found.found


def _preferred_places(
    ctx: PostingText, evidence: list[Evidence], prefer: str | None
) -> list[Location]:
    found = _Places()
    folded = ctx.folded
    if "location" not in folded and "open to" not in folded:
        return found.found
    for match in patterns.PREFERRED_LOCATIONS.finditer(ctx.text):
        places = match.group("places") or match.group("places2") or ""
        for location in scan_places(places, prefer=prefer).locations:
            if not location.remote and found.add(location):
                evidence.append(Evidence("locations", "location.preferred", match.group()))
    return found.found


def _address_places(ctx: PostingText, evidence: list[Evidence]) -> list[Location]:
    """The town of the one postal address the text gives: "Lohmühlenstraße 65, 12435 Berlin"."""
    if patterns.THREE_DIGITS.search(ctx.text) is None:
        return []
    towns: dict[tuple[str | None, str | None], tuple[Location, str]] = {}
    for match in patterns.POSTAL_TOWN.finditer(ctx.text):
        if match.group("town"):
            town = match.group("town")
            location = city_named_exactly(town.split()[0]) or city_named_exactly(town)
        else:
            places = scan_places(f"{match.group('us_town')}, {match.group('state')}").locations
            location = places[0] if places and places[0].city else None
        if location is not None:
            towns.setdefault((location.city, location.country), (location, match.group()))
    if len(towns) != 1:
        return []  # no address, or several (offices): none is the job's
    ((location, address),) = towns.values()
    evidence.append(Evidence("locations", "location.address", address))
    return [location]


def _has_town(found: list[Location]) -> bool:
    """Whether a place is found, not only a remote option ("Remote, UK" is a place)."""
    return any(not location.remote or location.country for location in found)


def _cued_list_with(
    ctx: PostingText, found: list[Location], evidence: list[Evidence], prefer: str | None
) -> list[Location]:
    """The towns a cue lists beside a labelled town: "Comune: CESENA", "a Cesena o Bologna".

    A label often holds the seat's town alone where the text lists every office.
    """
    towns = {(location.city, location.country) for location in found if location.city}
    cued, said = cue_places(ctx, prefer)
    if len(cued) < 2 or not any((location.city, location.country) in towns for location in cued):
        return []
    evidence.extend(said)
    return cued


def _joined(found: list[Location], more: list[Location]) -> list[Location]:
    """The places found, then those of *more* not among them (each city once, however written)."""
    places = _Places()
    for location in (*found, *more):
        places.add(location)
    return places.found


def infer_locations(
    ctx: PostingText, *, organisation: str | None = None, prefer: str | None = None
) -> tuple[tuple[Location, ...], list[Evidence]]:
    """Every place the job is offered, with the evidence for each.

    *prefer* is the country of the page the posting is on: an ambiguous city
    name is read as that country's city ("Valencia" on a page of Spanish places).
    """
    evidence: list[Evidence] = []
    found: list[Location] = []
    line = ctx.location_line
    placeholder = bool(line and patterns.LOCATION_PLACEHOLDER.fullmatch(line.strip()))
    if line and placeholder:
        evidence.append(Evidence("locations", "location.placeholder", line))
        # "Multiple Locations": the body's preferred places, else the places it names.
        found = _preferred_places(ctx, evidence, prefer) or _body_places(ctx, evidence, prefer)
    elif line:
        places = _Places()
        for location in scan_places(line, unknown_city_heads=True, prefer=prefer).locations:
            places.add(location)
        if places.found:
            evidence.append(Evidence("locations", "location.line", line))
            _add_places_beside(ctx, places, evidence)
        found = places.found
    if not found and not placeholder:
        found = _labelled_places(ctx, evidence, prefer)
        for reader in (labelled_places, header_places):  # any language: "Ort: Berlin"
            if not _has_town(found):  # "Local: Remoto": the town may be said elsewhere
                more_found, more = reader(ctx, prefer)
                found = _joined(found, more_found)
                evidence.extend(more)
        if _has_town(found):  # "Comune: CESENA" and "ufficio a Cesena o Bologna"
            found = _joined(found, _cued_list_with(ctx, found, evidence, prefer))
        else:
            found = _joined(found, _body_places(ctx, evidence, prefer))
        if not _has_town(found):
            more_found, more = cue_places(ctx, prefer)  # "Standort in Olten", "en Buenos Aires"
            found = _joined(found, more_found)
            evidence.extend(more)
        if not _has_town(found):
            found = _joined(found, _address_places(ctx, evidence))
        if not found and organisation:
            town = organisation_town(organisation)
            if town is not None:
                found.append(town)
                evidence.append(Evidence("locations", "location.organisation", organisation))
    if not any(location.remote for location in found):
        statement = ctx.search(patterns.REMOTE_JOB) if "remote" in ctx.folded else None
        said = statement.group() if statement else remote_statement(ctx)
        if said:
            found.append(Location(raw=said, remote=True))
            evidence.append(Evidence("locations", "location.remote", said))
    return tuple(found), evidence
