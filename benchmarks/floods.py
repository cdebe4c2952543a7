"""Flood the parser with one word or phrase repeated, and flag times that grow faster than the text.

    python benchmarks/floods.py [--small 10000] [--factor 4] [--top 15]

Each unit (every anchor word of a prefiltered pattern, phrases shaped like the
signals the heuristics look for, and such phrases with a different name at each
repeat) is repeated into one posting of *small* characters and of *factor*
times as many. A linear path takes about *factor* times as long; a ratio well
above it (the report marks above 1.5 x factor) means a step reads on from each
match over the rest of the text: a quadratic path for a hostile page to find.
Exit status 1 when a unit is marked. Run it after changing a step that runs
once per match; it is a script, not a test, because timings vary too much on
shared machines to fail a build on.
"""

from __future__ import annotations

import argparse
import itertools
import string
import sys
import time
from collections.abc import Iterator

import jobparse
from jobparse import patterns

#: Shapes of text the heuristics react to, beyond the bare anchor words.
PHRASES = [
    "position of",
    "seeking a",
    "looking for",
    "As a Research Engineer, you",
    "based in Boston,",
    "in our Boston office,",
    "Boston, MA,",
    "Paris, France,",
    "Established in 2017, Acme is",
    "Acme Robotics is seeking",
    "At Acme,",
    "Company: Acme,",
    "Microsoft Research Asia (MSRA),",
    "such as Acme's",
    "the Acme proprietary",
    "Acme products",
    "We're Acme,",
    "Our startup, Acme,",
    "The Acme team is looking for",
    "Prof. Li is looking",
    "Trinity College Dublin",
    "apply by August 1, 2025",
    "applications close 2025-01-01",
    "Location: Boston;",
    "Job Title: Engineer,",
    "full-time position,",
    "a@b.com",
    "http://a.com/x",
    "Dr.",
    "e.g.",
]


#: Signal shapes repeated with a different name each time ("Qaaaa products Qaaab products ..."):
#: what grows with the number of distinct names, not with one name's repeats.
NAMED = ["{} products", "{} is hiring.", "Join {}.", "{}'s mission", "{} University", "At {}, we"]


def units() -> list[str]:
    """Every anchor word of a wrapped pattern, and the phrases above."""
    words = {
        anchor.strip()
        for value in vars(patterns).values()
        if isinstance(value, patterns.Prefiltered)
        for anchor in value.anchors
        if anchor.strip()
    }
    return sorted(words | set(PHRASES) | set(NAMED))


def _names() -> Iterator[str]:
    """Distinct capitalised names: Qaaaa, Qaaab, ..."""
    for letters in itertools.product(string.ascii_lowercase, repeat=4):
        yield "Q" + "".join(letters)


def flood_text(unit: str, size: int) -> str:
    """A page of one posting: *unit* repeated to about *size* characters.

    A unit with ``{}`` gets a different name at each repeat.
    """
    if "{}" in unit:
        pieces = (unit.format(name) + " " for name in _names())
        body = "".join(itertools.islice(pieces, size // (len(unit) + 4)))
    else:
        body = (unit + " ") * (size // (len(unit) + 1))
    return "Search Opportunities\n" + body + "\nApply\n"


def seconds(unit: str, size: int) -> float:
    """How long one posting of *unit* repeated to about *size* characters takes to parse."""
    text = flood_text(unit, size)
    started = time.perf_counter()
    jobparse.parse(text)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--factor", type=int, default=4)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    rows = []
    for unit in units():
        small = seconds(unit, args.small)
        large = seconds(unit, args.small * args.factor)
        rows.append((large / max(small, 1e-4), large, unit))
    rows.sort(reverse=True)
    print(f"{'unit':<36} {'ratio':>6} {'seconds':>8}   (x{args.factor} the text)")
    superlinear = 0
    for ratio, large, unit in rows[: args.top]:
        flag = ratio > 1.5 * args.factor and large > 0.05
        superlinear += flag
        print(f"{unit[:36]!r:<36} {ratio:>6.1f} {large:>8.3f}   {'SUPERLINEAR' if flag else ''}")
    print(f"{len(rows)} units, {superlinear} superlinear")
    return 1 if superlinear else 0


if __name__ == "__main__":
    sys.exit(main())
