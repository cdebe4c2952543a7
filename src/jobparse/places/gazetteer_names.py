"""Place names as the gazetteer keys them: the lookup key of a name, countries' other names.

The base of the gazetteer's modules: :mod:`jobparse.places.gazetteer` (the lookups),
:mod:`jobparse.places.gazetteer_build` (the tables) and :mod:`jobparse.places.gazetteer_store`
(their SQLite file) all read names this way, and none of them is imported here.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["COUNTRY_ALIASES", "CityRecord", "normalise"]

_SPACES = re.compile(r"\s+")
#: A city as the tables keep it: name, country, region ("" for none), population, own name.
CityRecord = tuple[str, str, str, int, bool]


def normalise(name: str) -> str:
    """The lookup key of a place name: no accents, case or extra spaces.

    >>> normalise("  Zürich ")
    'zurich'
    >>> normalise("Tokyo-To")
    'tokyo-to'
    >>> normalise("St. Louis") == normalise("Saint Louis")
    True
    >>> normalise("København"), normalise("Łódź")
    ('kobenhavn', 'lodz')
    """
    if name.isascii():
        folded = " ".join(name.split()).casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        stripped = stripped.translate(_UNDECOMPOSED)
        folded = _SPACES.sub(" ", stripped.replace("’", "'")).strip().casefold()
    return _SAINT.sub(_expand_prefix, folded) if folded[:3] in _PREFIX_STARTS else folded


#: Letters with a stroke or ligatures, which Unicode does not decompose: as English writes them.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th"}
)  # fmt: skip

#: "St. Louis" and "Saint Louis", "Mt. Vernon" and "Mount Vernon" are one name.
_SAINT = re.compile(r"^(?:st|ste|mt|ft)\.? ")
_PREFIX_STARTS = frozenset({"st ", "st.", "ste", "mt ", "mt.", "ft ", "ft."})
_PREFIXES = {"st": "saint ", "ste": "sainte ", "mt": "mount ", "ft": "fort "}


def _expand_prefix(match: re.Match[str]) -> str:
    return _PREFIXES[match.group().rstrip(". ")]


#: Names people write for countries that ISO 3166 spells otherwise.
COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "u.s": "US", "united states of america": "US",
    "america": "US", "the united states": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "the united kingdom": "GB",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
    "russia": "RU", "vietnam": "VN", "iran": "IR", "syria": "SY", "laos": "LA",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "czech republic": "CZ", "czechia": "CZ", "holland": "NL", "the netherlands": "NL",
    "uae": "AE", "u.a.e.": "AE", "emirates": "AE", "hong kong": "HK", "macau": "MO",
    "macao": "MO", "taiwan": "TW", "turkey": "TR", "turkiye": "TR", "ivory coast": "CI",
    "cape verde": "CV", "swaziland": "SZ", "burma": "MM", "palestine": "PS",
    "vatican": "VA", "brunei": "BN", "micronesia": "FM", "deutschland": "DE",
    "espana": "ES", "schweiz": "CH", "suisse": "CH", "mainland china": "CN", "prc": "CN",
    "the philippines": "PH", "kosovo": "XK",
}  # fmt: skip
