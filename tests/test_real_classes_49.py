"""Failure classes the forty-ninth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary
from jobparse.page.copyright_holder import COPYRIGHT as _COPYRIGHT

SET = Path(__file__).parent / "pages" / "heldout_real_49"


def test_serbo_croatian_roles_and_headings_are_known() -> None:
    # Latin and Cyrillic, ekavian and ijekavian, compounds and case forms
    for title in ("Mašinbravar", "Elektroinženjer", "Operater na CNC mašini", "Varioc",
                  "Tražimo vozača", "Медицинска сестра", "Stručni suradnik"):  # fmt: skip
        assert vocabulary.has_role(title), title
    assert not vocabulary.has_role("Postanite naš saradnik")  # a referral scheme's partner
    assert vocabulary.is_listing_heading("Slobodna radna mjesta")
    assert vocabulary.is_listing_heading("Karijera")


def test_a_serbian_list_of_linked_roles_gives_one_posting_each() -> None:
    postings = jobparse.parse_file(SET / "01_nipinox_karijera_sr.html")
    assert [p.title for p in postings][:2] == [
        "Mašinbravar - 1 izvršilac",
        "Operater na CNC mašini - 1 izvršilac",
    ]
    assert len(postings) == 6
    assert {p.company for p in postings} == {"NIP INOX"}


def test_hungarian_compound_roles_are_roles() -> None:
    assert vocabulary.has_role("Backendfejlesztő")
    assert vocabulary.has_role("Gépészmérnök")
    postings = jobparse.parse_file(SET / "17_wln_allasajanlatok_hu.html")
    assert [p.title for p in postings] == [
        "Senior PHP-fejlesztő",
        "Backendfejlesztő",
        "Full-stack Web Developer",
        "PHP-webfejlesztő",
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© Copyright Vezuv d.o.o. 2019", "Vezuv d.o.o"),
        ("© 2019 Copyright: FMG Financial Management Group", "FMG Financial Management Group"),
        ("Copyright © 2020 Acme Ltd", "Acme Ltd"),
    ],
)
def test_a_copyright_word_after_the_mark_is_no_name(line: str, name: str) -> None:
    match = _COPYRIGHT.search(line)
    assert match is not None
    assert match.group("name") == name


def test_the_copyright_holder_names_a_page_titled_only_careers() -> None:
    # <title>Karijera</title>: the careers word is no employer; the footer's holder is
    postings = jobparse.parse_file(SET / "06_vezuv_karijera_sr.html")
    assert [p.title for p in postings] == [
        "Operater u kladionici",
        "Šanker u automat klubu",
        "Šef računovodstva",
    ]
    assert {p.company for p in postings} == {"Vezuv d.o.o."}


def test_pages_with_no_opening_give_no_posting() -> None:
    # "nemamo otvorenih pozicija", a biography's career, a stub, a profession's prospects
    for name in ("03_jolie_karijera_bs.html", "04_tclaw_karijera_sr.html",
                 "10_animation_karjera_lt.html", "15_maja_zaposlenje_hr.html",
                 "02_dental_karijera_sr.html"):  # fmt: skip
        assert jobparse.parse_file(SET / name) == [], name
