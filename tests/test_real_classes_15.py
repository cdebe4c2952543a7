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


def test_a_cards_role_line_below_its_employer_and_badge_is_its_title() -> None:
    # "European Central Bank" / "Traineeship" / "Traineeship in Market Operations" /
    # "Frankfurt, Saksa": the employer, a badge of one word, then the role; "Saksa" is
    # Germany in Finnish (pycountry's translations, as data)
    postings = jobparse.parse_file(SET / "09_winvest_tyopaikat_fi.html")
    assert [p.title for p in postings] == [
        "Traineeship in Market Operations",
        "Kesätyöntekijä — McDonald's Pietarsaari",
    ]
    assert [(loc.city, loc.country) for loc in postings[0].locations] == [("Frankfurt", "DE")]
    assert postings[0].employment_type == "internship"


def test_a_heading_that_hires_names_the_job() -> None:
    # h1 a slogan, h3 "Én aktiv stilling — og åpen for lærlinger.", then the job's own
    # heading: "Vi søker blikkenslager / taktekker med fagbrev."
    (posting,) = jobparse.parse_file(SET / "05_karlsen_stillinger_no.html")
    assert posting.title == "Blikkenslager / taktekker"


def test_a_polish_page_naming_its_role_in_a_hiring_sentence_gives_it() -> None:
    # "Poszukujemy osób na stanowisko Doradca Energetyczny." and nothing else names a job
    (posting,) = jobparse.parse_file(SET / "08_enereko_kariera_pl.html")
    assert posting.title == "Doradca Energetyczny"
    assert posting.company == "Enereko Solutions"


def test_a_heading_saying_recruiting_names_its_role() -> None:
    # h1 "Tuyển dụng Nhân viên Kinh doanh Bảo Hiểm" (recruiting: insurance sales staff);
    # the h2s below are the advert's sections ("Lý do bạn nên chọn làm tư vấn viên ...")
    (posting,) = jobparse.parse_file(SET / "02_baoviet_tuyen_dung_vi.html")
    assert posting.title == "Nhân viên Kinh doanh Bảo Hiểm"


def test_japanese_section_headings_are_no_jobs_and_a_labels_bracket_names_the_role() -> None:
    # "募集要項【警備スタッフ】" (requirements [security staff]) then "ご応募の方法" (how
    # to apply) and "採用に関するお問い合わせ" (enquiries): one job, titled by its bracket
    (posting,) = jobparse.parse_file(SET / "12_dolphin_recruit_ja.html")
    assert posting.title == "警備スタッフ"
    assert posting.apply_url == "entry.html"
    # "現役社員より一言" (a word from our staff) is a section; the 募集要項's 職種 names the job
    (engineer,) = jobparse.parse_file(SET / "07_csaj_saiyo_ja.html")
    assert engineer.title == "エンジニア"
