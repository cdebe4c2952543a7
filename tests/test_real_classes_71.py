"""The seventy-first held-out set (issue 21), scored once with the session's last rules."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_71"


def test_a_sidebar_showing_listed_jobs_again_adds_none() -> None:
    # "Tin tuyển dụng Hot": four of the nineteen cards again, each linking to its advert
    postings = jobparse.parse_file(SET / "01_viettelpost_tuyendung_vi.html")
    assert len(postings) == 19
    assert max(Counter((p.title, p.url) for p in postings).values()) == 1


def test_indonesian_occupations_of_isco_are_roles() -> None:
    for title in ("Agen Representatif", "Kolektor", "Penagih", "Petugas Keamanan"):
        assert vocabulary.has_role(title), title
    postings = jobparse.parse_file(SET / "07_alzamzami_karir_id.html")
    assert [p.employment_type for p in postings] == ["part_time"]
