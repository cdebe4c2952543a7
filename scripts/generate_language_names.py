"""Write ``src/jobparse/data/language_names.json``: what a page's language switch shows.

A switch between a site's languages shows each language by its own name
("Deutsch", "中文", "한국어"), its English name or a three-letter code ("ENG",
"CHN"): menu items, never a job's title ("ENG" reads as an engineer's
abbreviation). The names come from the Unicode CLDR through Babel, for the
languages career pages are written in. Run it again after upgrading Babel::

    python scripts/generate_language_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

#: The languages (CLDR locales) a site's language switch may offer.
LOCALES = (
    "en de fr es it pt nl pl sv da nb nn no fi cs sk tr ro hu ru uk vi id ms th el he ar "
    "ja ko zh zh_Hans zh_Hant hi bg hr sr sl lt lv et fa"
).split()
#: The three-letter labels switches write: ISO 639-2 codes and common country-style ones.
CODES = (
    "eng deu ger fra fre spa ita por nld dut pol swe dan nor fin ces cze slk slo tur ron rum "
    "hun rus ukr vie ind tha ell gre heb ara jpn kor zho chi chn cht chs esp"
).split()
TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "language_names.json"
ABOUT = (
    "Names a page's language switch shows: each language's own name and its English name "
    "from the Unicode CLDR through Babel, and three-letter labels (ISO 639-2, 'CHN'), "
    "lower-cased (written by scripts/generate_language_names.py; do not edit). A line that "
    "is one of them is a menu item, never a title."
)


def names() -> list[str]:
    """Every name and label, lower-cased, but a country's name ("Indonesia" is a place)."""
    from jobparse.places import gazetteer

    english = Locale("en")
    found: set[str] = set(CODES)
    for tag in LOCALES:
        locale = Locale.parse(tag)
        for name in (locale.get_display_name(locale), locale.get_display_name(english)):
            if name:
                found.add(name.casefold())
                found.add(name.split(" (")[0].casefold())  # "中文 (简体)": "中文"
    return sorted(name for name in found if gazetteer.country_code(name) is None)


def main() -> None:
    source = f"Babel {babel.__version__}, CLDR {get_cldr_version()}"
    data = {"about": ABOUT, "source": source, "names": names()}
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
