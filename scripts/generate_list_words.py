"""Write ``src/jobparse/data/list_words.json``: the words that join a list, per language.

"Lisboa ou Porto", "Köln oder Bonn", "Madrid y Sevilla": a place line names
several places joined by its language's "or" and "and". The words come from
the Unicode CLDR list patterns through Babel: the word before the last item
of each locale's "standard" (and) and "or" lists. Words that are also English
words of place names are left out: "a" (Czech and Slovak "and") and "of"
(Dutch "or", the "of" of "Isle of Man"). Run it again after upgrading Babel::

    python scripts/generate_list_words.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

#: The languages (CLDR locales) of the vocabulary whose lists are written with spaces.
LOCALES = "en de fr es pt it nl sv da nb nn fi pl cs sk tr ro hu ko id vi ru uk".split()
#: Joining words that are English words inside place names.
LEFT_OUT = frozenset({"a", "of"})
TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "list_words.json"
ABOUT = (
    "The words that join the last two items of a list ('and', 'or') in the languages career "
    "pages are written in, lower-cased, from the Unicode CLDR list patterns through Babel "
    "(written by scripts/generate_list_words.py; do not edit). 'a' and 'of' are left out: "
    "they are English words inside place names."
)


def list_words() -> list[str]:
    """Every locale's "and" and "or", each once, sorted."""
    found: set[str] = set()
    for locale in LOCALES:
        patterns = Locale.parse(locale).list_patterns
        for style in ("standard", "or"):
            between = patterns[style]["end"].replace("{0}", " ").replace("{1}", " ")
            for word in re.split(r"[\s,]+", between.casefold()):
                if word and word.isalpha() and word not in LEFT_OUT:
                    found.add(word)
    return sorted(found)


def main() -> None:
    """Write the table."""
    data = {
        "about": ABOUT,
        "source": f"Babel {babel.__version__}, CLDR {get_cldr_version()}",
        "locales": LOCALES,
        "words": list_words(),
    }
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
