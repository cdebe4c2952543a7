"""Failure classes the eighteenth set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_18"


def test_an_application_period_ends_on_its_deadline() -> None:
    # "모집기간 : 2017-05-22~2017-05-29": applications open on the 22nd; the 29th is the
    # deadline, the only one
    postings = jobparse.parse_file(SET / "03_hitejinro_recruit_ko.html")
    assert [[str(d.date) for d in p.deadlines] for p in postings] == [
        ["2017-05-29"],
        ["2015-12-17"],
    ]


def test_a_pronoun_opening_a_sentence_is_no_employer_and_a_place_above_the_title_is_read() -> None:
    # "Det är en ..." (it is a ...) names no company; the card's "Stockholm" stands above
    # its heading "Senior Frontend-utvecklare"
    (posting,) = jobparse.parse_file(SET / "04_gibon_karriar_sv.html")
    assert posting.company == "Gibon"
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Stockholm", "SE")]


def test_a_recruitment_heading_is_no_employer() -> None:
    # "채용안내 - 우리소프트": the page's heading, then the company
    postings = jobparse.parse_file(SET / "01_wrsoft_recruit_ko.html")
    assert [p.title for p in postings] == ["Java 웹 개발자", "시스템 엔지니어", "AI 데이터 분석가"]
    assert {p.company for p in postings} == {"우리소프트"}
