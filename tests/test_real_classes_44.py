"""Failure classes the forty-fourth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.cjk_places import cjk_places
from jobparse.fields.employment_terms import workload_kind
from jobparse.fields.places import scan_places
from jobparse.page.template_filler import template_filler
from jobparse.tables import table

SET = Path(__file__).parent / "pages" / "heldout_real_44"


def _one(name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SET / name)


def test_a_jobposting_names_one_card_of_a_visible_list_that_holds_two() -> None:
    # JSON-LD for the sales agents only; the telemarketing card beside it is a job too
    postings = _one("01_fbtotalsecurity_lavora_con_noi_it.html")
    assert [p.title for p in postings] == [
        "Agenti di vendita e procacciatori di affari",
        "Personale per attività di telemarketing in smartworking",
    ]
    assert postings[1].locations[0].remote  # "in smartworking", one word


def test_a_locality_naming_the_country_is_no_city() -> None:
    # "addressLocality": "Italia", "addressCountry": "IT"
    (place,) = _one("01_fbtotalsecurity_lavora_con_noi_it.html")[0].locations
    assert (place.city, place.country) == (None, "IT")


def test_a_prefecture_address_is_read_at_its_city() -> None:
    # "本社（富山県高岡市伏木古府元町3-26）": Takaoka, not the prefecture's seat Toyama
    (place,) = _one("04_hokuseki_recruit_ja.html")[0].locations
    assert (place.city, place.country) == ("Takaoka", "JP")
    assert [p.city for p in cjk_places("广东省深圳市南山区科技园")] == ["Shenzhen"]


def test_a_template_whose_role_is_filler_names_no_job() -> None:
    # "募集職種 ○○○○○○○○", "担当者 ○○": the owner never wrote the job in
    assert template_filler("担当者 ○○")
    assert template_filler("TEL. 03-1234-XXXX")
    assert not template_filler("Koch (m/w/d)")
    assert _one("06_neotec_recruit_ja.html") == []


def test_a_workload_kicker_states_full_time() -> None:
    # "100% · sofort oder nach Vereinbarung" above each heading (the Swiss way)
    postings = _one("07_ideeroth_karriere_de.html")
    assert [p.employment_type for p in postings] == ["full_time", "full_time"]
    assert workload_kind("Pensum\n40%") is not None
    assert workload_kind("100% remote") is None
    assert workload_kind("80-100% · Zürich") is None  # a range up to full time says neither


def test_a_nav_of_role_links_is_a_list_of_jobs() -> None:
    # <nav class="menu-links__body"> of five "Elektroniker/in - ..." links under "Bewerben Sie sich"
    postings = _one("08_alpha_automation_karriere_de.html")
    assert len(postings) == 5
    assert postings[4].title == "Konstrukteur/in - Elektrotechnik"
    assert {p.locations[0].city for p in postings} == {"Essen"}


def test_a_small_territory_three_letter_code_is_no_country() -> None:
    # "Bauleiter/in - MSR - und Prozesstechnik": MSR is a trade's, not Montserrat
    assert scan_places("MSR").locations == ()
    assert [p.country for p in scan_places("USA").locations] == ["US"]


def test_the_occupations_of_an_official_nomenclature_are_role_words() -> None:
    data = table("occupations_ch_isco.json")
    assert {"de", "fr", "it"} <= set(data)
    assert "agenti" in data["it"]
    assert "agente" in data["it"]
    assert {"acteur", "actrice", "acteurs"} <= set(data["fr"])
    assert {"installateur", "installateurin"} <= set(data["de"])
    assert vocabulary.has_role("Agenti di vendita e procacciatori di affari")
    assert not vocabulary.has_role("Entra a far parte di una squadra di professionisti esperti")


def test_a_footer_address_town_with_its_province_code_places_the_jobs() -> None:
    # "Via Giovanni Falcone 5, Gela (CL)": the Italian way of writing an address
    page = Path(__file__).parent / "pages" / "heldout_real_16" / "06_energyway_lavora_it.html"
    postings = jobparse.parse_file(page)
    assert len(postings) == 6
    assert {(p.locations[0].city, p.locations[0].country) for p in postings} == {("Gela", "IT")}


def test_one_apply_button_above_a_list_with_none_of_its_own_is_every_job_s() -> None:
    # "Wanna Start your Career Here in MGHS? [Apply Now]" (a Google form) above five roles
    page = Path(__file__).parent / "pages" / "heldout_real_38" / "07_mghs_career_en.html"
    postings = jobparse.parse_file(page)
    assert len(postings) >= 4
    assert {p.apply_url for p in postings} == {"https://forms.gle/vky4PK7zibXixXuR8"}
