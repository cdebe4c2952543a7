"""Failure classes the twenty-third held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.locations import is_place_line
from jobparse.vocabulary import fact_label

SET = Path(__file__).parent / "pages" / "heldout_real_23"


def test_a_label_after_a_pictograph_is_read_and_an_open_position_labels_the_title() -> None:
    # "<strong>📌 Posizione aperta:</strong> Tecnico riparatore …", "📍 Luogo: …",
    # "📅 Contratto: Tempo indeterminato": each line's pictograph opens no label of its own
    assert fact_label("📍 Luogo: Bentivoglio Bologna") == ("location", "Bentivoglio Bologna")
    assert fact_label("• Standort: Hamburg") == ("location", "Hamburg")
    postings = jobparse.parse_file(SET / "04_centrocarrelli_lavora_con_noi_it.html")
    assert [p.title for p in postings] == [
        "Tecnico riparatore e manutentore di carrelli elevatori, con o senza esperienza"
    ]
    assert postings[0].employment_type is None  # a permanent contract states no hours


def test_a_working_time_label_naming_full_time_states_it() -> None:
    # "Orario di Lavoro: Full-time": the working time's label, an employment type's value
    postings = jobparse.parse_file(SET / "03_topfly_lavora_con_noi_it.html")
    assert [p.employment_type for p in postings] == ["full_time"]


def test_a_site_suffix_in_chinese_and_a_labelled_city_without_spaces() -> None:
    # "<title>招聘_北京艾迪尔建筑装饰工程股份有限公司官网</title>": 官网 (official site) is
    # the site's, not the company's; "工作坐标：成都" (where: Chengdu) is a place line
    assert is_place_line("工作坐标：成都")
    postings = jobparse.parse_file(SET / "08_ideal_zhaopin_zh.html")
    assert {p.company for p in postings} == {"北京艾迪尔建筑装饰工程股份有限公司"}
    assert [loc.city for loc in postings[2].locations] == ["Chengdu"]


def test_a_json_ld_locality_naming_a_ward_is_its_city() -> None:
    # "addressLocality": "新潟市中央区" (Chūō ward of Niigata city): the city is Niigata
    postings = jobparse.parse_file(SET / "06_letoa_recruit_ja.html")
    assert [(loc.city, loc.country) for loc in postings[0].locations] == [("Niigata", "JP")]


def test_people_working_remotely_elsewhere_make_no_remote_job() -> None:
    # "Koordynacja pracy z oddziałem w Gdańsku oraz osobami pracującymi zdalnie" (working
    # with colleagues who work remotely): a duty, no remote option
    postings = jobparse.parse_file(SET / "01_3mdeb_praca_pl.html")
    assert len(postings) == 7
    assert not any(loc.remote for p in postings for loc in p.locations)
