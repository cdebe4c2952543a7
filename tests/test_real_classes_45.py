"""Failure classes the forty-fifth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.employment_terms import hours_kind
from jobparse.page.card_titles import bare_title
from jobparse.page.job_lines import a_duty_line
from jobparse.places import gazetteer

SET = Path(__file__).parent / "pages" / "heldout_real_45"


def _one(name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SET / name)


def test_numbered_headings_in_a_script_with_spaces_are_roles_not_duties() -> None:
    # "1. Тайный покупатель (Mystery Shopping)" ... "5. Юрист": five h3 sections
    assert not a_duty_line("1. Тайный покупатель (Mystery Shopping)")
    assert a_duty_line("1、后台服务功能模块的设计与开发；")
    assert bare_title("2. Менеджер по развитию (продажам)") == "Менеджер по развитию (продажам)"
    postings = _one("04_partnerstvo_vakansii_ru.html")
    assert [p.title for p in postings][:2] == [
        "Тайный покупатель (Mystery Shopping)",
        "Менеджер по развитию (продажам)",
    ]
    # "Заполните анкету" (fill in the form) is each section's apply link
    assert postings[4].apply_url is not None
    assert postings[4].apply_url.endswith("anketa-urista-na-individualnye-proekty.html")


def test_a_copyright_line_in_cyrillic_names_the_organisation() -> None:
    # "© 2026 НП «Общественное благополучие Воронежа»"; not "© 2020 Все права защищены"
    postings = _one("04_partnerstvo_vakansii_ru.html")
    assert {p.company for p in postings} == {"НП «Общественное благополучие Воронежа»"}
    other = Path(__file__).parent / "pages" / "heldout_real_20" / "04_permmuka_vakansii_ru.html"
    assert "Все права защищены" not in {p.company for p in jobparse.parse_file(other)}


def test_a_site_of_the_employer_under_a_location_term_is_its_town() -> None:
    # <dt>Lokalita</dt><dd>Centrála Zlín</dd>: the head office in Zlín, no employer's name
    postings = _one("09_supermarket_fresh_kariera_cs.html")
    assert {p.company for p in postings} == {"Supermarket Fresh"}
    assert [p.locations[0].city for p in postings] == ["Zlín", "Zlín", "Zlín"]


def test_a_chip_of_hours_more_than_a_day_has_is_a_week() -> None:
    found = hours_kind("16–24 uur • Gastgericht")
    assert found is not None
    assert found[0] == "part_time"
    assert hours_kind("8-10 uur") is None  # a day's or a week's: not said
    assert hours_kind("een Machine Learning Engineer (32-40 uur) voor ons team") is None


def test_a_polish_cooperation_agreement_is_a_contract() -> None:
    # "OFERUJEMY: ... umowę o współpracy"
    (posting,) = _one("10_nessaya_kariera_pl.html")
    assert posting.employment_type == "contract"


def test_cldr_short_country_names_in_each_language() -> None:
    assert gazetteer.country_code("Россия") == "RU"
    assert gazetteer.country_code("Russland") == "RU"
