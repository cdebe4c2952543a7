"""Failure classes the twenty-ninth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import scan_places
from jobparse.places import gazetteer

SET = Path(__file__).parent / "pages" / "heldout_real_29"


def test_indonesias_provinces_are_regions() -> None:
    # pycountry files them under island groups ("Jawa"), which are no regions themselves
    assert gazetteer.regions_named("Jawa Barat") == (("ID", "Jawa Barat"),)
    found = scan_places("Jawa Barat, Jawa Tengah").locations
    assert [(loc.region, loc.country) for loc in found] == [
        ("Jawa Barat", "ID"),
        ("Jawa Tengah", "ID"),
    ]


def test_an_office_word_after_its_town_and_a_remote_possibility() -> None:
    assert is_place_line("İstanbul Ofis")
    assert is_place_line("Uzaktan Çalışma İmkanı")  # remote work possible
    postings = jobparse.parse_file(SET / "05_meg_kariyer_tr.html")
    assert [(p.title, p.employment_type) for p in postings][1] == (
        "UI/UX Tasarım Uzmanı",
        "full_time",
    )
    assert [loc.city for loc in postings[1].locations] == ["İstanbul"]
    assert any(loc.remote for loc in postings[0].locations)


def test_a_careers_page_titled_after_its_site_takes_no_title_from_it() -> None:
    # <title>Trabalhe Conosco — BSM Advogados</title>: "Advogados" (lawyers) names the firm
    assert jobparse.parse_file(SET / "03_bsm_trabalhe_pt.html") == []
