"""Failure classes the sixteenth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_16"


def test_numbered_duty_lines_are_no_roles() -> None:
    # Four role tabs, then each role's numbered duties ("1、后台服务功能模块的设计与开发；"):
    # a duty names a role word in passing ("开发") and is no posting
    postings = jobparse.parse_file(SET / "09_qstrategy_joinus_zh.html")
    assert [p.title for p in postings] == [
        "Python开发工程师",
        "Java开发工程师",
        "前端开发工程师",
        "机器人投资顾问运营总监(互联网金融平台)",
    ]


def test_a_hiring_line_ending_in_a_colon_introduces_its_list_of_roles() -> None:
    # "Cerchiamo principalmente:" then "→ Ingegneri meccanici e impiantistici", ...: each
    # arrow-bulleted line is a role; "Gela (CL)" is in the province of Caltanissetta, Italy
    postings = jobparse.parse_file(SET / "06_energyway_lavora_it.html")
    assert [p.title for p in postings] == [
        "Ingegneri meccanici e impiantistici",
        "Saldatori certificati EN 287/ISO 9606",
        "Montatori meccanici e tubisti",
        "Project Manager e Site Manager",
        "Responsabili HSE",
        "Disegnatori CAD / BIM",
    ]
    assert {(loc.city, loc.region, loc.country) for p in postings for loc in p.locations} == {
        ("Gela", "CL", "IT")
    }


def test_turkish_roles_with_their_possessive_and_department_headings() -> None:
    # "Piyano Eğitmeni", "Latin Dansları Antrenörü" (possessive forms) under "MÜZİK
    # DEPARTMANI", "DANS DEPARTMANI": departments, never the employer
    postings = jobparse.parse_file(SET / "04_kds_is_ilanlari_tr.html")
    assert [p.title for p in postings] == [
        "Piyano Eğitmeni (Yarı Zamanlı / Tam Zamanlı)",
        "Latin Dansları Antrenörü",
        "Eğitim Danışmanı / Karşılama Sorumlusu",
    ]
    assert {p.company for p in postings} == {"KDS Akademi"}


def test_a_copyright_year_is_no_postal_code_and_a_town_may_hold_a_small_word() -> None:
    # "© 2025 Sifra Installazioni" names no town "Sifra" (Ethiopia); "24064 Grumello del
    # Monte (BG)" does; "Operatore HDD" is no Hyderabad (HDD, its airport's code)
    postings = jobparse.parse_file(SET / "08_sifra_lavora_it.html")
    assert len(postings) == 5
    assert {(loc.city, loc.country) for p in postings for loc in p.locations} == {
        ("Grumello del Monte", "IT")
    }
