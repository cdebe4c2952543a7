"""Failure classes the fifty-sixth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_56"


def test_a_period_that_closes_at_an_hour_ends_on_the_deadline() -> None:
    # "2025.12.05 ~ 2026.02.28 23:50" beside "D-75": the application window
    postings = jobparse.parse_file(SET / "02_jejuair_sub_ko.html")
    assert len(postings) == 5
    assert [d.date for d in postings[0].deadlines] == [dt.date(2026, 2, 28)]
    assert [d.date for d in postings[4].deadlines] == [dt.date(2025, 11, 17)]


def test_a_status_badge_is_no_jobs_title() -> None:
    # a clinical-trial search whose only heading-like line is its filter's "완료" (done)
    assert vocabulary.is_status_badge("완료")
    assert vocabulary.is_status_badge("모집중")
    for name in ("01_krrc_sub_ko.html", "05_iae_sub_ko.html"):
        assert jobparse.parse_file(SET / name) == [], name
