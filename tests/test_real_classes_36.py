"""Failure classes the thirty-sixth held-out set of real pages showed (issue 21), on its pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.places import scan_places

SET = Path(__file__).parent / "pages" / "heldout_real_36"


def test_brazilian_employment_regimes_are_no_towns() -> None:
    # "Remoto (Brasil) • CLT", "Híbrido - São Paulo, SP • PJ": CLT is no Charlotte, PJ no
    # Petaling Jaya; PJ (pessoa jurídica) is a contractor's regime
    postings = jobparse.parse_file(SET / "05_effore_vagas_pt.html")
    assert not any(place.country in {"US", "MY"} for p in postings for place in p.locations)
    assert [p.employment_type for p in postings] == [None, "contract", None, "contract", None]
    assert [(p.city, p.country) for p in scan_places("Indaiatuba/SP • CLT").locations] == [
        ("Indaiatuba", "BR")
    ]


def test_a_month_of_a_year_on_a_card_is_no_town() -> None:
    # "Assistente Administrativo / Future Corp / São Paulo / Administrativo / Março 2024"
    postings = jobparse.parse_file(SET / "04_esculp_vagas_pt.html")
    assert [[place.city for place in p.locations] for p in postings] == [
        ["Brasília"],
        ["São Paulo"],
    ]


def test_an_italian_province_code_still_qualifies_its_town() -> None:
    assert [(p.city, p.country) for p in scan_places("Dusino San Michele (AT)").locations] == [
        ("San Michele", "IT")
    ]


def test_click_here_to_apply_is_each_sections_apply_link() -> None:
    # <section class="job-card"><h2>…</h2> … <a href="apply.html">Click here to apply!</a>
    postings = jobparse.parse_file(SET / "11_cybersecure_jobs_en.html")
    assert [p.apply_url for p in postings] == ["apply.html"] * 3


def test_a_labelled_chinese_address_without_a_number_places_the_page() -> None:
    # "地址：黑龙江省哈尔滨市" in the contact block, no postal code
    postings = jobparse.parse_file(SET / "06_hengdao_recruit_zh.html")
    assert {(place.city, place.country) for p in postings for place in p.locations} == {
        ("Harbin", "CN")
    }
