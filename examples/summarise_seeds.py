"""Parse the sample pages and print how many postings each place and company has.

Run from the repository root::

    python examples/summarise_seeds.py [PAGE_OR_DIRECTORY ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import jobparse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> int:
    inputs = argv or [str(SEEDS)]
    errors: list[jobparse.InputError] = []
    every = jobparse.iter_postings(inputs, on_error=errors.append)
    postings = list(jobparse.unique_postings(every))
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    companies = Counter(p.company or "(not named)" for p in postings)
    countries = Counter(loc.country or "?" for p in postings for loc in p.locations)
    print(f"{len(postings)} distinct postings")
    print("companies:", ", ".join(f"{name} ({n})" for name, n in companies.most_common(5)))
    print("countries:", ", ".join(f"{code} ({n})" for code, n in countries.most_common(5)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
