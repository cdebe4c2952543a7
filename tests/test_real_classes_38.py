"""Failure classes the thirty-eighth held-out set of real pages showed (issue 21), on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary
from jobparse.fields.dates import parse_date
from jobparse.fields.inflected_places import inflected_towns

SET = Path(__file__).parent / "pages" / "heldout_real_38"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15-July-2025", "2025-07-15"), ("05-Aug-2025", "2025-08-05"), ("15-may-2025", "2025-05-15")],
)
def test_a_day_and_a_months_name_joined_by_hyphens(text: str, expected: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.isoformat() == expected


def test_a_div_grid_whose_header_names_a_buttons_column_reads_its_cells() -> None:
    # <div class="table-header"><div class="header-item">Role</div>…<div>Apply By</div>
    # <div>Action</div></div> over rows of <div class="table-cell">
    postings = jobparse.parse_file(SET / "02_aevilon_vacancies_en.html")
    first = postings[0]
    assert first.title == "AI Developer"
    assert [(d.kind.value, d.date.isoformat()) for d in first.deadlines] == [
        ("application", "2025-07-15")
    ]


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("01_kuhnya_vacancies_ru.html", "Кухня здоровья"),  # not an icon's alt "here"
        ("03_trident_vacancies_uk.html", "Trident"),  # "2023 Trident. All rights reserved."
        ("07_mghs_career_en.html", "MGHS"),  # "Careers In MGHS"
        ("08_4source_career_en.html", "4 Source Technologies"),  # not the title "career"
    ],
)
def test_the_sites_own_name_is_read_from_its_furniture(name: str, company: str) -> None:
    assert {p.company for p in jobparse.parse_file(SET / name)} == {company}


def test_a_services_card_naming_careers_and_internships_is_no_job() -> None:
    # feature cards "25 + Formations", "Carrières, Stage & Expertise", "Digital manager"…
    assert vocabulary.is_listing_heading("Carrières, Stage & Expertise")
    assert jobparse.parse_file(SET / "06_akam_emploi_fr.html") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Работа в Москве", ("Moscow", "RU")),
        ("Вакансия в Санкт-Петербурге", ("Saint Petersburg", "RU")),
        ("Робота у Києві", ("Kyiv", "UA")),
        ("Офіс у Львові", ("Lviv", "UA")),
    ],
)
def test_russian_and_ukrainian_towns_in_the_locative(text: str, town: tuple[str, str]) -> None:
    assert [(t.city, t.country) for t in inflected_towns(text)] == [town]
