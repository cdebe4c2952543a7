"""Write ``src/jobparse/data/given_names.txt.gz``: people's given names, one per line.

A careers page may show its team as it shows jobs ("Alice Dupont" over "Chef de
Projet"): a heading that is a given name and a surname names a person, and the
role below it is the post they hold. The names come from Faker's person
providers (MIT licence), every locale's first names (about 90 locales, many
scripts; Japanese and Chinese ones romanized too), lower-cased; names of one
letter, with a figure, or that are role words of the vocabulary themselves
("Baker", "Mason", "Porter") are left out.
Run it again after upgrading Faker (``pip install faker``)::

    python scripts/generate_given_names.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import unicodedata
from pathlib import Path

import faker
import faker.providers.person

from jobparse import vocabulary

TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "given_names.txt.gz"
#: The attributes of a person provider that hold given names (a tuple, or a dict of weights).
ATTRIBUTES = (
    "first_names",
    "first_names_female",
    "first_names_male",
    "first_names_nonbinary",
    # Japanese and Chinese given names in Latin letters: "Reika", "Haruto", "Xiuying"
    "first_romanized_names",
    "first_romanized_names_female",
    "first_romanized_names_male",
)


def given_names() -> list[str]:
    """Every locale's given names, lower-cased, each once, sorted."""
    found: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in ATTRIBUTES:
            names = provider.__dict__.get(attribute)
            if isinstance(names, (tuple, list, dict)):
                found.update(name.strip().casefold() for name in names)
    return sorted(
        name
        for name in found
        if len(name) > 1
        and all(c.isalpha() or unicodedata.category(c)[0] == "M" or c in "-'’ " for c in name)
        and not vocabulary.has_role(name)
    )


def main() -> None:
    """Write the table: a header line naming its source, then one name per line."""
    header = (
        f"# given names from Faker {faker.VERSION} (MIT licence); scripts/generate_given_names.py"
    )
    text = "\n".join([header, *given_names()]) + "\n"
    TABLE.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


if __name__ == "__main__":
    main()
