"""Whether a short line is a location line: mostly places, or a placeholder.

A card's or a header's short line ("Gothenburg, Sweden", "Multiple Locations",
"杭州拱墅区") is a place line when the places it names are most of it: more known
place words than unknown ones, or, in a script without spaces to count words by,
a line that opens with a place (after a short label) or is mostly places.
"""

from __future__ import annotations

from jobparse import patterns
from jobparse.fields.cjk_places import UNSPACED
from jobparse.fields.places import cased, scan_places
from jobparse.tables import words

__all__ = ["is_place_line"]

#: The longest label before a colon that a place line in those scripts may open with.
_MAX_UNSPACED_LABEL = 8


#: The offices a place line may open with, in the scripts without spaces ("本社", "总部").
_OFFICES = tuple(
    sorted((w for w in words()["office_words"] if UNSPACED.search(w)), key=len, reverse=True)
)


def _without_office(body: str) -> str:
    for office in _OFFICES:
        if body.startswith(office):
            return body[len(office) :].lstrip().removeprefix("：").lstrip()
    return body


def is_place_line(line: str) -> bool:
    """Whether a short lead line is a location line: mostly places, or a placeholder.

    >>> [is_place_line(t) for t in ["Gothenburg, Sweden", "Multiple Locations", "Engineering at X"]]
    [True, True, False]
    """
    if patterns.LOCATION_PLACEHOLDER.fullmatch(line.strip()):
        return True
    scan = scan_places(cased(line))  # "las condes, región metropolitana de santiago"
    if not scan.locations:
        return False
    if UNSPACED.search(line):
        # no spaces to count words by: after a short label ("工作坐标：成都"), the line
        # opens with a place or is mostly places; not a duty naming "园林" (a town, a garden)
        label, colon, value = line.replace(":", "：", 1).partition("：")
        body = value.strip() if colon and len(label) <= _MAX_UNSPACED_LABEL else line.lstrip()
        body = _without_office(body)  # "本社 東京都中野区": the head office, in Nakano
        named = sum(len(UNSPACED.findall(place.raw or "")) for place in scan.locations)
        opening = body.startswith(scan.locations[0].raw or "\0")
        return opening or 2 * named >= len(UNSPACED.findall(body))
    return scan.known_words > scan.unknown_words
