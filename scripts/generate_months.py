"""Write ``src/jobparse/data/months.json``: month names of the languages career pages use.

The names come from the Unicode CLDR, through Babel: each language's full
month names in the form a date uses ("31 marca 2024", "31. března") and the
form that stands alone ("marzec"), lower-cased. English names and their
abbreviations are written in ``jobparse/patterns/dates.py``; languages whose
months are numbers (Japanese "3月", Korean "3월", Chinese) are read by the
date pattern itself. Abbreviations are left out ("mar", "set", "mag" are
words). Run it again after upgrading Babel::

    python scripts/generate_months.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel.core import get_cldr_version
from babel.dates import get_month_names

#: The languages (CLDR locales) whose month names are read.
LOCALES = (
    "de de_AT fr es es_PE it nl pt pl sv da nb nn fi cs sk tr ro hu ru uk vi id el he ar az sq"
).split()
TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "months.json"
ABOUT = (
    "Month names of the languages career pages are written in, lower-cased, in the form a "
    "date uses and the form that stands alone ('31 marca 2024', 'marzec'), from the Unicode "
    "CLDR through Babel (written by scripts/generate_months.py; do not edit). English names "
    "and abbreviations are in jobparse/patterns/dates.py; Japanese, Chinese and Korean months "
    "are numbers. Abbreviations are left out: 'out', 'set', 'mag' are words."
)


def month_names() -> dict[str, list[str]]:
    """Every locale's full month names, by month number, each name once, sorted."""
    names: dict[int, set[str]] = {month: set() for month in range(1, 13)}
    english = {name.casefold() for name in get_month_names("wide", locale="en").values()}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context, locale).items():
                folded = name.casefold().strip()
                if folded not in english and len(folded) >= 3 and folded.isalpha():
                    names[month].add(folded)
    # A name of two months in two languages (Croatian "listopad" is October, Polish November)
    # says neither.
    months_of: dict[str, set[int]] = {}
    for month, found in names.items():
        for name in found:
            months_of.setdefault(name, set()).add(month)
    return {
        str(month): sorted(name for name in found if len(months_of[name]) == 1)
        for month, found in names.items()
    }


def main() -> None:
    """Write the table."""
    data = {
        "about": ABOUT,
        "source": f"Babel {babel.__version__}, CLDR {get_cldr_version()}",
        "locales": LOCALES,
        "months": month_names(),
    }
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
