"""Failure classes the twenty-first held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_21"


def test_a_nav_labelled_as_a_list_of_jobs_is_read_and_its_links_controls_are_no_title() -> None:
    # <nav aria-label="Openstaande vacatures">: five links, each "<span>Kok</span>
    # <span>Bekijk</span>" (view): the jobs, titled without their control
    postings = jobparse.parse_file(SET / "03_rubens_vacatures_nl.html")
    assert [p.title for p in postings] == [
        "Kok",
        "Jobstudent (Zaal/Keuken)",
        "All-round zaalmedewerker",
        "Zaalverantwoordelijke",
        "Chef de rang",
    ]


def test_dutch_trades_ending_in_werker_are_roles() -> None:
    # "Vacature midi kraan machinist" / "Vacature Grondwerker", each with a sentence that
    # hires ("Tevens zijn wij op zoek naar grondwerkers"): two postings, the second found
    # now that "-werker" ends a Dutch role (its title is the sentence: a class still open)
    postings = jobparse.parse_file(SET / "04_zandstra_vacatures_nl.html")
    assert len(postings) == 2
    assert "grondwerker" in (postings[1].title or "").casefold()
