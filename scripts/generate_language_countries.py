"""Write ``src/jobparse/data/language_countries.json``: the countries each language is official in.

A page that says it is Italian (``<html lang="it">``) is a page of Italy, San
Marino or the Vatican: a town its address names under 5,000 people is looked
for there only (:mod:`jobparse.page.address`). The territories come from the
Unicode CLDR's territory information through Babel: a language official (or
official de facto) in a territory where at least a fifth of the people speak
it. Run it again after upgrading Babel::

    python scripts/generate_language_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel.core import get_cldr_version, get_global

TABLE = (
    Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "language_countries.json"
)
#: The least share of a territory's people who speak an official language, in percent.
MIN_SPEAKERS = 20
OFFICIAL = ("official", "de_facto_official")
ABOUT = (
    "The countries (ISO 3166-1 alpha-2) where each language (ISO 639-1 or -3, CLDR's code "
    "without script or region) is official and spoken by a fifth of the people at least, "
    "from the Unicode CLDR through Babel (written by scripts/generate_language_countries.py; "
    "do not edit)."
)


def countries() -> dict[str, list[str]]:
    """Language code -> the countries it is official in, sorted."""
    found: dict[str, set[str]] = {}
    for territory, languages in get_global("territory_languages").items():
        if len(territory) != 2 or not territory.isalpha():
            continue  # "001", "150": the world, Europe
        for language, info in languages.items():
            official = info.get("official_status") in OFFICIAL
            if official and info.get("population_percent", 0) >= MIN_SPEAKERS:
                found.setdefault(language.split("_")[0], set()).add(territory)
    return {language: sorted(found[language]) for language in sorted(found)}


def main() -> None:
    source = f"Babel {babel.__version__}, CLDR {get_cldr_version()}"
    data = {"about": ABOUT, "source": source, "countries": countries()}
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
