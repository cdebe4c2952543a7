"""Failure classes the forty-first held-out set of real pages showed (issue 21), on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary
from jobparse.page import looks_like_html

SET = Path(__file__).parent / "pages" / "heldout_real_41"


def test_a_page_that_is_one_html_comment_shows_nothing() -> None:
    # the whole recruitment section is inside "<!-- … -->": a visitor sees nothing
    assert looks_like_html("<!-- <div class='hiring'><h2>WE ARE RECRUITING</h2></div> -->")
    assert jobparse.parse_file(SET / "04_aaltohelsinki_rekry_en.html") == []


def test_a_closed_page_asking_for_skilled_workers_gives_no_posting() -> None:
    # "Wir suchen motivierte Fachkräfte …" and "Aktuell sind keine Stellen offen."
    assert vocabulary.states_no_openings("Aktuell sind keine Stellen offen.")
    assert vocabulary.role_lemma("Fachkräfte") is None  # no "Fachkräft"
    assert jobparse.parse_file(SET / "02_rejan_stellen_de.html") == []


@pytest.mark.parametrize(
    ("text", "applies"),
    [
        ("Aplicar en Indeed", True),
        ("Apply on LinkedIn", True),
        ("Postuler sur Indeed", True),
        ("Bewerben auf StepStone", True),
        ("Apply on time", False),
        ("Apply on site", False),
    ],
)
def test_an_apply_control_naming_its_platform(text: str, applies: bool) -> None:
    assert vocabulary.apply_text(text) is applies


def test_a_single_vacancys_apply_link_on_a_job_board() -> None:
    (posting,) = jobparse.parse_file(SET / "06_laundromax_empleos_es.html")
    assert (
        posting.apply_url == "https://www.indeed.com/job/laundry-shift-supervisor-d72cff60a26c8618"
    )
