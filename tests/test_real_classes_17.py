"""Failure classes the seventeenth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_17"


def test_pages_whose_jobs_load_by_script_or_that_have_none_give_none() -> None:
    # "Memuat lowongan..." (Indonesian), "Ładowanie ofert z eRecruiter..." (Polish): the
    # jobs come by script, the <title>'s "Deweloper" is no job; "Nenhuma vaga aberta
    # encontrada" says there is none, though a benefit card is headed "Assistência Médica";
    # "Momentálně nemáme žádné volné příležitosti"; an empty careers page
    for name in (
        "01_kendari_lowongan_id",
        "06_megapolis_kariera_pl",
        "08_credvix_vagas_pt",
        "05_jadama_kariera_cs",
        "04_elltrans_kariera_pl",
    ):
        assert jobparse.parse_file(SET / f"{name}.html") == [], name


def test_a_russian_company_keeps_its_guillemets_and_its_address_town() -> None:
    # "АО «ПАТП №1»", its address "г. Вологда, ул. Мудрова, 31" (г.: город, town)
    postings = jobparse.parse_file(SET / "03_patp_rabota_ru.html")
    assert [p.title for p in postings] == [
        "Помощник руководителя",
        "Водитель автобуса",
        "Слесарь-ремонтник",
    ]
    assert {p.company for p in postings} == {"АО «ПАТП №1»"}
    assert {(loc.city, loc.country) for p in postings for loc in p.locations} == {("Vologda", "RU")}


def test_join_us_as_in_indonesian_names_the_role_and_its_placement() -> None:
    # "Bergabunglah bersama kami sebagai ABK Kapal Jaring." (join us as fishing-boat crew);
    # "Penempatan di Juwana Pati" (placement in Juwana, Pati)
    (posting,) = jobparse.parse_file(SET / "02_makmur_lowongan_id.html")
    assert posting.title == "ABK Kapal Jaring"
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Juwana", "ID")]


def test_hybrid_is_no_remote_option_and_a_full_working_day_is_full_time() -> None:
    # "🏢 Híbrido" beside "Porto Alegre/RS"; "Horário: Segunda a Sexta, 8h-18h"
    postings = jobparse.parse_file(SET / "07_geracaorh_vagas_pt.html")
    marketing = postings[1]
    assert marketing.title == "Analista de Marketing Digital"
    assert [(loc.city, loc.remote) for loc in marketing.locations] == [("Porto Alegre", False)]
    assert marketing.employment_type == "full_time"
