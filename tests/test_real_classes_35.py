"""Failure classes the thirty-fifth held-out set of real pages showed (issue 21), on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary
from jobparse.fields.dates import parse_date

SET = Path(__file__).parent / "pages" / "heldout_real_35"


def test_work_mode_chips_name_no_employer() -> None:
    # <h5>Asesor/a Comercial</h5><span>Presencial</span>: where the work is done
    postings = jobparse.parse_file(SET / "05_acqua_trabaja_es.html")
    assert [p.company for p in postings] == ["Acqua by Salud"] * 3


def test_a_partners_logo_and_a_labelled_number_are_no_company_and_no_town() -> None:
    # <a target="_blank" href="https://stgilles.brussels/"><img alt="Saint Gilles"></a>;
    # "Date: 01/06/2024" (Date is a town in Japan)
    postings = jobparse.parse_file(SET / "06_mlsg_offres_emploi_fr.html")
    assert {p.company for p in postings} == {None}
    assert not any(place.country == "JP" for p in postings for place in p.locations)
    assert [place.city for place in postings[3].locations] == ["Saint-Gilles"]  # "Saint Gilles"


def test_a_surname_spelling_the_mail_domain_is_no_company() -> None:
    # "Geschäftsleitung: Mao Lin" and mao@lin.bux; the h1 names the bakery
    postings = jobparse.parse_file(SET / "02_backenboehse_stellenangebote_de.html")
    assert [p.title for p in postings] == [
        "Bäckereifachverkäufer/in",
        "Ausbildung",
        "Aushilfsstelle",
    ]
    assert {p.company for p in postings} == {"Bäckerei Backenböhse"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平成24年6月1日", "2012-06-01"),
        ("令和元年5月1日", "2019-05-01"),
        ("令和6年4月1日", "2024-04-01"),
        ("民國113年3月1日", "2024-03-01"),
    ],
)
def test_japanese_era_and_republic_of_china_years(text: str, expected: str) -> None:
    date = parse_date(text, year=2010)
    assert date is not None
    assert date.isoformat() == expected


def test_a_japanese_lab_post_reads_its_era_dates_type_and_update_day() -> None:
    (posting,) = jobparse.parse_file(SET / "09_itohaoki_saiyo_ja.html")
    assert posting.employment_type == "part_time"  # 非常勤 holds 常勤 (full time)
    kinds = {(d.kind.value, d.date.isoformat()) for d in posting.deadlines}
    assert ("application", "2012-04-20") in kinds
    assert ("start", "2012-06-01") in kinds  # 雇用期間: 平成24年6月1日～…: the start only
    assert not any(d.date.isoformat() == "2012-03-22" for d in posting.deadlines)  # 2012.3.22更新


@pytest.mark.parametrize(
    ("text", "kind"),
    [("非常勤職員", "part_time"), ("常勤", "full_time"), ("非常勤講師", "part_time")],
)
def test_a_longer_japanese_term_hides_the_shorter_inside_it(text: str, kind: str) -> None:
    assert vocabulary.employment_types(text) == (kind,)


def test_roles_a_page_describes_together_keep_ids_of_their_own() -> None:
    # <th>職種</th><td>キッチンスタッフ、ホールスタッフ</td>: two roles, one text
    page = (SET.parent / "heldout_real_36" / "07_aoicafe_recruit_ja.html").read_text(
        encoding="utf-8"
    )
    postings = jobparse.parse(page)
    assert [p.title for p in postings] == ["キッチンスタッフ", "ホールスタッフ"]
    assert len({p.id for p in postings}) == 2
