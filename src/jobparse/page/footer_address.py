"""The town a page's footer gives in its address: "Адрес: Республика Татарстан, Казань".

A company's contact block names its town after a label of the place field
("Адрес:", "Adresse :", "Sede:"), often with the region first and no postal
code, or in a line that opens with its street ("Jln. Empat Lima Singandaru,
Serang, Kec. Serang"); the one town such lines name is where the site is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobparse import patterns, vocabulary
from jobparse.fields.places import scan_places
from jobparse.model import Location

__all__ = ["labelled_footer_place"]

#: How many of a page's last texts are its footer, and the longest line read there.
_FOOTER_TEXTS = 60
_FOOTER_LINE = 120
#: A house number: the name before it is its street's ("Ubicación : Brasilia, No. 10").
_HOUSE_NUMBER = re.compile(r"(?:No\.?|Nº|N°|#)?\s*\d+[A-Za-z]?")


def labelled_footer_place(pieces: Sequence[str]) -> Location | None:
    """The one town the footer's address lines name, if they name only one.

    *pieces* are the page's texts in document order (``PageTexts.pieces``).
    """
    places: dict[tuple[str | None, str | None], Location] = {}
    for piece in pieces[-_FOOTER_TEXTS:]:
        line = " ".join(piece.split())
        if not line or len(line) > _FOOTER_LINE:
            continue
        labelled = vocabulary.fact_label(line) if ":" in line else None
        if labelled is not None and labelled[0] == "location":
            value = labelled[1]
        elif patterns.STREET.search(line) or patterns.INDONESIAN_ADDRESS_PART.search(line):
            value = line  # "Jln. Empat Lima Singandaru, Serang, Kec. Serang, …": a street's
        else:
            continue
        for location in scan_places(value).locations:
            town = value.find(location.raw.partition(",")[0])
            after = value[town:].partition(",")[2] if town >= 0 else ""
            short_caps = location.raw.isupper() and len(location.raw) <= 3  # "PO Box 218": no town
            if (
                location.city
                and not short_caps
                and not _HOUSE_NUMBER.fullmatch(after.partition(",")[0].strip())
            ):
                places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None
