"""Failure classes the fifteenth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_15"
PAGES = Path(__file__).parent / "pages"


def test_a_legacy_code_page_under_a_utf8_meta_is_read_in_the_pages_language() -> None:
    # <html lang="tr"> and <meta charset="utf-8">, but the bytes are Windows-1254: the
    # four cards read as a visitor of the time read them, not as replacement characters
    postings = jobparse.parse_file(SET / "11_itesa_kariyer_tr.html")
    assert [p.title for p in postings] == [
        "Kıdemli Elektrik Mühendisi",
        "Tedarik Zinciri Uzmanı",
        "Kurumsal Satış Yöneticisi",
        "Full Stack Geliştirici",
    ]
    assert {p.employment_type for p in postings} == {"full_time"}
    # "Başvur" leads to the contact page ("iletisim.html"): no apply link
    assert {p.apply_url for p in postings} == {None}


def test_a_page_saying_it_has_no_opening_in_norwegian_gives_none() -> None:
    # "Ingen ledige stillinger akkurat nå"; the only role-like heading ("Kun for ledere",
    # only for leaders) is addressed to an audience and stands in a dialog
    assert jobparse.parse_file(SET / "04_fram_stillinger_no.html") == []


def test_craft_and_service_roles_are_roles_in_every_language() -> None:
    # ISCO-08's service, craft and elementary occupations: "Massageterapeuter" and
    # "Nagelteknologer" (Swedish plurals), "Keuken hulp" (Dutch), "Staň se makléřem" (Czech)
    titles = [p.title for p in jobparse.parse_file(PAGES / "heldout_real_14" / "cutiecare_sv.html")]
    assert titles == ["Massageterapeuter", "Nagelteknologer", "Receptionist"]
    vakjob = jobparse.parse_file(PAGES / "heldout_real_10" / "vakjob_nl.html")
    assert [p.title for p in vakjob] == ["Keuken hulp"]
    makler = jobparse.parse_file(PAGES / "heldout_real_10" / "mujmakler_cs.html")
    assert [p.title for p in makler] == ["Staň se makléřem v MujMakler.cz"]
