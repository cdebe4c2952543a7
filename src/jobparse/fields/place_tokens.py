"""Place tokens: the words of a place list, each read every way the gazetteer allows.

A text such as ``Cascina (Pisa), Tuscany, Italy`` is cut into words and the
separators between them (none, a comma or bracket, or a strong one: ``;``,
``/``, "or"); the longest run of up to four words the gazetteer knows is one
token, with its readings as cities, regions, a country or the remote option.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from jobparse import patterns, vocabulary
from jobparse.places import gazetteer
from jobparse.tables import table, words

__all__ = [
    "FILLER",
    "MAX_PHRASE_WORDS",
    "SEPARATOR_COMMA",
    "SEPARATOR_NONE",
    "SEPARATOR_STRONG",
    "PlaceToken",
    "reading",
    "tokens",
    "words_and_separators",
]

MAX_PHRASE_WORDS = 4
#: Words in place lists that name no place and separate nothing.
FILLER = frozenset(
    """
    hybrid onsite on-site in-office office offices hq headquarters campus area bay greater
    metro region in at based the of or and location locations city near
    """.split()
) | frozenset(words()["work_mode_words"])  # "Île-de-France / Hybride", "presencial"
# "İstanbul Ofis"; "Uzaktan Çalışma İmkanı" (remote possible): as written and as normalised
_MORE_FILLER = [w for w in words()["office_words"] if " " not in w] + words()["possibility_words"]
_MORE_FILLER += words()["area_words"]  # "Regio Rotterdam", "Raum München": the area of a town
FILLER |= frozenset(_MORE_FILLER) | frozenset(gazetteer.normalise(w) for w in _MORE_FILLER)
# a contract's regime beside the place: "Indaiatuba/SP • CLT" (not Charlotte), "PJ"
_REGIMES = (*words()["permanent_words"], *words()["employment_types"]["contract"])
_REGIME_WORDS = frozenset(w for w in _REGIMES if " " not in w)
FILLER |= _REGIME_WORDS
# and capitalised in Turkish: "İmkanı" casefolds to "i̇mkanı", its dot kept
FILLER |= frozenset(f"i\u0307{w[1:]}" for w in _MORE_FILLER if w.startswith("i"))
_REMOTE = frozenset(words()["remote_words"])
#: Words before a remote word that make it a hybrid arrangement ("częściowo zdalnie").
_PARTLY = frozenset(words()["partly_words"])
#: Areas people name instead of places ("Remote (Europe)"): understood, but no location.
_AREAS = frozenset(
    {"europe", "eu", "emea", "apac", "asia", "africa", "americas", "latam", "oceania",
     "north america", "south america", "latin america", "middle east", "european union"}
)  # fmt: skip
#: Suffixes that limit a place without changing it ("UK-only", "US-based").
_SCOPE_SUFFIXES = frozenset({"only", "based", "wide"})
#: The words that join a list in each language ("or", "ou", "oder", "y"): a strong separator.
_LIST_WORDS = frozenset(table("list_words.json")["words"])
#: Abbreviations that keep their full stop inside a place name ("St. Louis").
_DOTTED = frozenset({"st.", "ste.", "mt.", "ft."})
SEPARATOR_NONE, SEPARATOR_COMMA, SEPARATOR_STRONG = 0, 1, 2


@attrs.frozen
class PlaceToken:
    """A run of words with every reading the gazetteer allows, and the separator before it."""

    text: str
    separator: int
    cities: tuple[gazetteer.City, ...] = ()
    regions: tuple[tuple[str, str], ...] = ()
    country: str | None = None
    remote: bool = False
    area: bool = False
    bracketed: bool = False

    @property
    def known(self) -> bool:
        """Whether the gazetteer knows this run (an area such as "Europe" counts)."""
        return bool(self.cities or self.regions or self.country or self.remote or self.area)


def words_and_separators(text: str) -> Iterator[tuple[str, int, bool]]:
    """Yield (word, separator-before, after an opening bracket) triples."""
    separator = SEPARATOR_NONE
    bracket = False
    for match in patterns.PLACE_TOKEN.finditer(text):
        if match.group("word"):
            word = match.group("word").rstrip("'’")
            if word.endswith(".") and word.count(".") == 1 and word.casefold() not in _DOTTED:
                word = word[:-1]  # "WA." ends a sentence; "D.C." and "St." keep their dots
            if word.casefold() in _LIST_WORDS:
                separator = max(separator, SEPARATOR_STRONG)
                continue
            head, dash, tail = word.rpartition("-")
            if dash and tail.casefold() in _SCOPE_SUFFIXES:
                word = head  # "UK-only", "US-based": the place itself
            yield word, separator, bracket
            separator, bracket = SEPARATOR_NONE, False
        elif match.group("strong"):
            separator = SEPARATOR_STRONG
        else:
            separator = max(separator, SEPARATOR_COMMA)
            bracket = match.group() == "("


#: The smallest city read from a short capital abbreviation ("ATL", "SF", "NYC").
_ABBREVIATED_CITY_MIN_POPULATION = 400_000


def reading(phrase: str, separator: int, bracketed: bool = False) -> PlaceToken:
    if phrase.casefold() in _AREAS:
        return PlaceToken(phrase, separator, area=True)  # "Europe", "EMEA": no city, no code
    if not phrase[:1].isupper():
        # Only capitalised words name places; "remote" may be written in lower case.
        remote = phrase.casefold() in _REMOTE
        return PlaceToken(phrase, separator, remote=remote)
    folded = gazetteer.normalise(phrase)
    if folded in _REMOTE:
        return PlaceToken(phrase, separator, remote=True)
    if folded in FILLER and not (  # "IN" is Indiana, "AT" Asti; "PJ" a contractor's regime
        phrase.isupper() and len(phrase) == 2 and folded not in _REGIME_WORDS
    ):
        return PlaceToken(phrase, separator)  # "Bay Area", "Greater ...": never a place here
    cities = tuple(
        city
        for city in gazetteer.cities_named(phrase)
        # "Las" is an alternate name of Las Vegas, but a word that begins many city
        # names names none of them alone; "Frankfurt" does name Frankfurt am Main.
        if city.primary
        or " " in phrase
        or city.name.split()[0].casefold() != phrase.casefold()
        or not gazetteer.is_name_prefix(phrase)
    )
    if _abbreviation(phrase):
        # "EU", "US", "CA" are codes; a short capital word names a city only as a known
        # abbreviation of it (an alternate name: "NYC", "SF", "СПб"), never as a town's own
        # name. Only a big city is known by such letters: "CDI" is a French contract before
        # it is the abbreviation of a Brazilian town.
        cities = tuple(
            city
            for city in cities
            if not city.primary and city.population >= _ABBREVIATED_CITY_MIN_POPULATION
        )
    elif len(phrase) <= _MAX_ABBREVIATION:
        # "La", "Sf": an abbreviation ("LA", "SF") only in capitals; a town's own name stays.
        cities = tuple(city for city in cities if city.primary)
    if cities and patterns.VIETNAMESE_LETTER.search(phrase):
        # "Hỗ trợ" (support), "Sản phẩm" (product): letters only Vietnamese writes name no
        # town of Ghana ("Ho") or Mali ("San"), whose names folding their marks would give
        cities = tuple(city for city in cities if city.country == "VN")
    if cities and " " not in phrase and vocabulary.names_an_organisation(phrase):
        cities = ()  # "University" (Florida), "Universidad" (Spain): an organisation's word
    country = gazetteer.country_code(phrase)
    if country is not None and cities:
        # "Colombia" is the country, not a town of Cuba or Huila named after it; a country's
        # own large city of its name stays a reading ("Luxembourg", "Singapore").
        cities = tuple(
            city
            for city in cities
            if city.country == country
            and city.primary  # "Mexico" is Mexico City's other name: the country is meant
            and city.population >= _COUNTRYS_CITY_MIN_POPULATION
        )
    return PlaceToken(
        phrase,
        separator,
        bracketed=bracketed,
        cities=cities,
        regions=gazetteer.regions_named(phrase),
        country=country,
    )


def _abbreviation(phrase: str) -> bool:
    """Whether a word of three letters or fewer is written as an abbreviation: "NYC", "SPb", "СПб".

    All capitals, or two capitals of three letters ("SPb", Saint Petersburg); "La" is a word.
    """
    letters = phrase.replace(".", "")
    return len(letters) <= _MAX_ABBREVIATION and (
        phrase.isupper() or sum(1 for char in letters if char.isupper()) >= 2
    )


#: The longest abbreviation a city is known by ("NYC").
_MAX_ABBREVIATION = 3
#: A city named like its country is read as a city too only this large ("Luxembourg").
_COUNTRYS_CITY_MIN_POPULATION = 50_000


def tokens(text: str) -> list[PlaceToken]:
    """Scan *text* into place tokens, longest gazetteer match first; unknown words kept."""
    words = list(words_and_separators(text))
    result: list[PlaceToken] = []
    index = 0
    while index < len(words):
        best: PlaceToken | None = None
        length = 1
        for size in range(min(MAX_PHRASE_WORDS, len(words) - index), 0, -1):
            run = words[index : index + size]
            if any(sep for _, sep, _ in run[1:]):
                continue  # a phrase never spans a separator
            candidate = reading(" ".join(word for word, _, _ in run), run[0][1], run[0][2])
            if candidate.known:
                best, length = candidate, size
                break
        if best is None:
            best = PlaceToken(words[index][0], words[index][1], bracketed=words[index][2])
        result.append(best)
        index += length
    for at in range(1, len(result) - 1):
        if _code_among_words(result[at - 1], result[at], result[at + 1]):
            result[at] = PlaceToken(result[at].text, result[at].separator)
    for at in range(1, len(result)):
        if result[at].remote and result[at - 1].text.casefold() in _PARTLY:
            # "częściowo zdalnie", "partly remote": a hybrid arrangement, no remote option
            result[at] = PlaceToken(result[at].text, result[at].separator)
    return _without_districts(result)


#: A town this small, named right before a city this large and a comma, is a district of
#: the city (or a district the gazetteer lacks, read as a town elsewhere).
_DISTRICT_MOST_PEOPLE = 60_000
_METROPOLIS_LEAST_PEOPLE = 1_000_000
#: The most unknown words between a district and its city: "Flores, Ciudad de Buenos Aires".
_WORDS_BEFORE_CITY = 2


def _without_districts(found: list[PlaceToken]) -> list[PlaceToken]:
    """*found* without the districts named before their city.

    "Novena, Singapore", "Rondebosch, Cape Town", "Flores, Ciudad de Buenos
    Aires": a small place, a comma, a city of a million people or more; the city
    is the place (the district is a quarter of it, or one the gazetteer lacks
    and reads as a town of another country).
    """
    kept: list[PlaceToken] = []
    for index, token in enumerate(found):
        if (
            token.cities
            and (index == 0 or token.separator != SEPARATOR_NONE)  # not "Po" of "Sciences Po"
            and not (token.regions or token.country or token.remote)
            and max(city.population for city in token.cities) < _DISTRICT_MOST_PEOPLE
            and index + 1 < len(found)
            and found[index + 1].separator == SEPARATOR_COMMA
            and not found[index + 1].bracketed  # "Garching (Munich)": the town, by its city
            and _city_follows(found[index + 1 : index + 2 + _WORDS_BEFORE_CITY])
        ):
            continue
        kept.append(token)
    return kept


def _city_follows(after: list[PlaceToken]) -> bool:
    """Whether a city of a million people comes first among *after*, past unknown words."""
    for token in after:
        if token.known:
            return any(city.population >= _METROPOLIS_LEAST_PEOPLE for city in token.cities)
        if token.separator == SEPARATOR_STRONG and token is not after[0]:
            return False
    return False


def _code_among_words(before: PlaceToken, code: PlaceToken, after: PlaceToken) -> bool:
    """Whether two or three capitals inside a run of words are a word, not a code.

    "UNIVERSIDAD DE LAS PALMAS DE GRAN CANARIA": "DE" between two words, nothing
    parting them, one of them no place, is Spanish "de"; a code stands apart
    ("Berlin, DE") or after its place ("Austin TX", "Boston MA Area").
    """
    return (
        code.text.isupper()
        and len(code.text) <= _MAX_ABBREVIATION
        and not code.cities
        and code.separator == SEPARATOR_NONE
        and after.separator == SEPARATOR_NONE
        and before.text[:1].isupper()
        and after.text[:1].isupper()
        and (not before.known or not (after.known or after.text.casefold() in FILLER))
    )
