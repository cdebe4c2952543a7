"""Failure classes the forty-seventh held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.places import scan_places

SET = Path(__file__).parent / "pages" / "heldout_real_47"


def test_a_table_whose_header_names_no_title_column_is_read_by_its_roles() -> None:
    # "Showing all results | Department | Locations" over six rows of roles and an Apply
    postings = jobparse.parse_file(SET / "01_web_design_final_careers_en.html")
    assert len(postings) == 6
    assert postings[0].title == "Animation Programmer"
    assert postings[0].apply_url == "applicationform.html"
    assert (postings[2].locations[0].city, postings[2].locations[0].region) == (
        "Mandaluyong",
        "Metro Manila",
    )


def test_a_contact_table_repeating_one_role_is_no_table_of_jobs() -> None:
    # "厚木店： | TEL ... | 採用担当者" on every row: whom to call, no job
    page = Path(__file__).parent / "pages" / "heldout_real_16" / "03_shinsei_kyujin_ja.html"
    assert "採用担当者" not in {p.title for p in jobparse.parse_file(page)}


def test_a_section_named_after_the_job_is_a_section() -> None:
    assert vocabulary.is_section_heading("Job Requirements")
    assert not vocabulary.is_section_heading("Job Coach")


def test_metro_manila_is_a_region() -> None:
    assert [(p.city, p.region) for p in scan_places("Makati, Metro Manila").locations] == [
        ("Makati", "Metro Manila")
    ]


def test_job_cards_among_service_cards_sharing_their_heading_tag_are_read() -> None:
    # <div class="job-item-content"><span>Internship</span><span>Remote</span><h4>...</h4>
    # beside "Web Development" service cards, each an h4 as well
    postings = jobparse.parse_file(SET / "02_zidio_careers_en.html")
    assert [p.title for p in postings] == [
        "Web Developer",
        "UI/UX Designer",
        "Data Science & Analytics",
        "Mobile App Developer",
    ]
    assert {p.employment_type for p in postings} == {"internship"}
    assert all(p.locations[0].remote for p in postings)
