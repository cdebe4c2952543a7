"""Failure classes the fifty-fourth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_54"


def test_links_to_nowhere_are_lines_of_a_list() -> None:
    # <div class="lists4"><a>产业咨询工程师(中瑞科技)</a><a>工程咨询工程师(中瑞科技)</a>…
    postings = jobparse.parse_file(SET / "06_cese2_job.html")
    titles = [p.title for p in postings]
    assert len(titles) >= 13
    assert titles[:2] == ["产业咨询工程师(中瑞科技)", "工程咨询工程师(中瑞科技)"]
    assert "发展保障" not in titles  # the site's menu item


def test_a_headcount_or_a_pronoun_is_no_employer() -> None:
    # "Company Name" over "1001-5000"; "…, I was" after a clause
    postings = jobparse.parse_file(SET / "07_wah_job.html")
    assert [(p.title, p.company) for p in postings] == [("Senior UX Designer", None)]
    assert {loc.remote for loc in postings[0].locations} == {True, False}
