"""Failure classes the forty-sixth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_46"


def _one(name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SET / name)


def test_an_icon_font_ligature_is_a_glyph_not_words() -> None:
    # <span class="material-symbols-outlined">moving_ministry</span> before each heading
    postings = _one("05_kommunen_lediga_jobb_sv.html")
    assert postings[0].title == "Grönviksdals Lasarett behöver sjuksköterska"
    assert not any("_" in (p.title or "") for p in postings)


def test_a_swedish_full_time_compound() -> None:
    # "Grönviksdatorförening söker 6 st heltidswebbutvecklare"
    assert vocabulary.employment_types("heltidswebbutvecklare") == ("full_time",)
    assert vocabulary.employment_types("Ausbildungsstellen") == ("internship",)
    assert _one("05_kommunen_lediga_jobb_sv.html")[2].employment_type == "full_time"


def test_a_column_under_the_same_section_label_is_no_employer() -> None:
    # "Anforderungen:" / "Realschulabschluss" on each card: a requirement, no employer
    postings = _one("09_webtech_stellenangebote_de.html")
    assert {p.company for p in postings} == {None}


def test_a_town_described_as_a_town_is_no_company() -> None:
    # "Albstadt ist eine mittelgroße Stadt auf der Schwäbischen Alb"
    postings = _one("10_hausarztcenter_stellenangebote_de.html")
    assert {p.company for p in postings} == {"Hausarztcenter Albstadt"}


def test_a_list_of_roles_sharing_its_tag_path_with_a_list_of_perks_is_read() -> None:
    # "Offene Stellen": two article > h3 cards; "Ihre Benefits": six article > h3 perks
    postings = _one("10_hausarztcenter_stellenangebote_de.html")
    assert [p.title for p in postings] == [
        "Facharzt für Allgemeinmedizin (w/m/d)",
        "Facharzt für Innere Medizin (w/m/d)",
    ]
