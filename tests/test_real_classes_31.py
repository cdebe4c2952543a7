"""Failure classes the thirty-first held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.page.scripted import is_placeholder

SET = Path(__file__).parent / "pages" / "heldout_real_31"


def test_a_loading_line_is_a_placeholder_even_naming_a_role() -> None:
    # "Hämtar tillgängliga utförare…" (fetching the available helpers): the script's
    assert is_placeholder("Hämtar tillgängliga utförare…")
    assert not is_placeholder("Loading Operator (m/w/d)")  # a role, no ellipsis: a title
    assert jobparse.parse_file(SET / "07_grannpojkarna_jobb_sv.html") == []


def test_hungarian_full_time_in_its_inflected_form() -> None:
    # "teljes állásban grafikus munkatársat keres": in full employment
    postings = jobparse.parse_file(SET / "06_ideasol_karrier_hu.html")
    assert [p.employment_type for p in postings] == ["full_time", "full_time"]


def test_an_advert_inside_an_html_comment_is_never_read() -> None:
    postings = jobparse.parse_file(SET / "06_ideasol_karrier_hu.html")
    assert all("frontend" not in (p.title or "") for p in postings)


def test_the_page_mail_domain_names_the_company_when_nothing_else_does() -> None:
    # <title>Cariera</title>, no logo text; "cariere@gfsoft.com" and "©Copyright-GFSoft"
    postings = jobparse.parse_file(SET / "05_gfsoft_cariere_ro.html")
    assert {p.company for p in postings} == {"GFSoft"}
