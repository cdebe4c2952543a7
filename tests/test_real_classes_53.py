"""Failure classes the fifty-third held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.model import EmploymentType

SET = Path(__file__).parent / "pages" / "heldout_real_53"


def test_a_list_written_in_divs_of_one_class_is_read_as_items() -> None:
    # <div class="positions"><div class="position-item"><span>✔</span> 全職服務生</div>…
    assert vocabulary.has_role("計時工讀生")
    postings = jobparse.parse_file(SET / "07_chenxiang_recruitment_zh.html")
    assert [p.title for p in postings] == ["全職服務生", "計時工讀生"]
    assert postings[0].employment_type is EmploymentType.FULL_TIME


def test_recruitment_is_a_careers_word_no_employer_and_no_job() -> None:
    assert vocabulary.is_listing_heading("Recruitment")
    assert vocabulary.is_listing_heading("Job Opportunities")
    postings = jobparse.parse_file(SET / "08_cinema_recruitment_vi.html")
    assert len(postings) == 4
    assert {p.company for p in postings} == {None}  # <title>RECRUITMENT</title> names no one
    # a recruitment agency's own page is no job
    assert jobparse.parse_file(SET / "06_fayaz_recruitment_en.html") == []
