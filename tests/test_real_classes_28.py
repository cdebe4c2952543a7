"""Failure classes the twenty-eighth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.employment_terms import days_kind
from jobparse.fields.places import scan_places

SET = Path(__file__).parent / "pages" / "heldout_real_28"


def _cities(line: str) -> list[str | None]:
    return [loc.city for loc in scan_places(line).locations]


def test_vietnamese_districts_and_the_city_prefix_leave_the_city() -> None:
    # "TP." is "thành phố" (city); "Quận", "P." a district and a ward of it
    assert _cities("TP.HCM / Cần Thơ") == ["Ho Chi Minh City", "Cần Thơ"]
    assert _cities("Quận Gò Vấp, Hồ Chí Minh") == ["Ho Chi Minh City"]
    assert _cities("HCM") == ["Ho Chi Minh City"]


def test_a_breadcrumbs_home_is_no_town() -> None:
    # "Trang Chủ" (home) once read as Trang, Thailand
    first = jobparse.parse_file(SET / "07_nakim_tuyendung_vi.html")[0]
    assert "TH" not in {loc.country for loc in first.locations}
    assert first.locations[0].city == "Ho Chi Minh City"


def test_chips_above_the_heading_give_type_and_place() -> None:
    # <div class=meta><span>Engineering</span><span>Voltijds</span><span>Gent · hybride</span>
    (posting,) = jobparse.parse_file(SET / "03_punchlister_vacatures_nl.html")
    assert posting.employment_type == "full_time"
    assert [loc.city for loc in posting.locations] == ["Ghent"]


def test_days_a_week_state_the_working_time() -> None:
    assert days_kind("1 tot 3 dagen per week · Eindhoven") == (
        "part_time",
        "1 tot 3 dagen per week",
    )
    assert days_kind("full-time, 5 days a week") == ("full_time", "5 days a week")
    assert days_kind("1 day a week remote") is None  # a day at home, not the working week
    (posting,) = jobparse.parse_file(SET / "02_voetwinkel_vacatures_nl.html")
    assert posting.employment_type == "part_time"


def test_a_hiring_sentences_praise_is_no_part_of_the_title() -> None:
    # "Wij zijn op zoek naar een gemotiveerde (medische) pedicure"; ISCO 5142 by name
    (posting,) = jobparse.parse_file(SET / "02_voetwinkel_vacatures_nl.html")
    assert posting.title == "(medische) pedicure"


def test_a_heading_broken_before_its_role_is_one_title() -> None:
    postings = jobparse.parse_file(SET / "04_binc_werkenbij_nl.html")
    assert [p.title for p in postings] == [
        "Marketing Stagiair",
        "Data & ICT Stagiair",
        "Sales Stagiair",
    ]
    # the line above each ("Creatief & Communicatie"): two fields joined, no employer
    assert {p.company for p in postings} == {"BINC"}
    assert vocabulary.is_department("Sales & Marketing")
    assert not vocabulary.is_department("Procter & Gamble")


def test_pages_with_no_opening_give_none() -> None:
    for name in (
        "05_netwerkwest_vacatures_nl.html",  # "Er zijn momenteel geen vacatures"
        "06_anyproject_vacatures_nl.html",  # "Loodgieter" heads a service card
        "10_stdi_tuyendung_vi.html",  # lorem-ipsum cards titled by a date
        "11_pholananh_tuyendung_vi.html",
        "12_paceland_tuyendung_vi.html",  # "Vị trí đang tuyển" over a list a script fills
    ):
        assert jobparse.parse_file(SET / name) == [], name
