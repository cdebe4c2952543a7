"""Failure classes the fifty-second held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.places import scan_places

SET = Path(__file__).parent / "pages" / "heldout_real_52"


def test_a_time_of_day_names_no_country() -> None:
    # "7 AM – 3 PM": no Armenia, no Saint Pierre and Miquelon
    assert scan_places("Two shifts available: 7 AM – 3 PM and 3 PM – 11 PM").locations == ()
    assert [loc.country for loc in scan_places("Yerevan, AM").locations] == ["AM"]
    postings = jobparse.parse_file(SET / "07_fcalri_employment_en.html")
    assert len(postings) == 5
    assert {loc.city for p in postings for loc in p.locations} == {"Bristol"}


def test_headings_in_unclosed_wrappers_are_one_list() -> None:
    # "<center><h2>Server</h2>…<center><h2>Busser</h2>…": the second nested in the first
    assert vocabulary.has_role("Server")
    assert vocabulary.has_role("Busser")
    postings = jobparse.parse_file(SET / "08_restaurant_employment_en.html")
    assert [p.title for p in postings] == ["Server", "Busser"]
