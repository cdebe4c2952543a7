"""Failure classes the twenty-fourth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_24"


def test_a_compound_joined_by_a_hyphen_names_the_role_of_its_last_word() -> None:
    # "NEBOSH-trainer", "trainer-coach", "Technolog-Kosztorysant" (a process engineer and
    # cost estimator: ISCO-08 professions now in Polish); a brand in capitals or a
    # prefix's hyphen ("MH-EXPERT", "Co-operative") names none
    for role in ("NEBOSH-trainer", "trainer-coach", "Technolog-Kosztorysant"):
        assert vocabulary.has_role(role), role
    for other in ("MH-EXPERT", "Open Data Services Co-operative", "full-time", "Walk-in"):
        assert not vocabulary.has_role(other), other
    postings = jobparse.parse_file(SET / "03_bestal_kariera_pl.html")
    assert [p.title for p in postings] == ["Technolog-Kosztorysant"]
    assert [loc.city for loc in postings[0].locations] == ["Katowice"]


def test_a_personal_career_page_naming_no_job_and_hiring_no_one_gives_none() -> None:
    # "Kariyer" on a student's site: his schools under "İlkokul - Ortaokul - Lise"; a title
    # naming no role stands only over a job's parts or a text that hires
    assert jobparse.parse_file(SET / "08_karatas_kariyer_tr.html") == []


def test_feature_cards_and_a_contacts_role_name_no_job() -> None:
    # "Waarom TIC?": three cards ("Directe partner betrokkenheid", ...), then "Ralph
    # Hoogerhuis" / "Partner" / "Of bel: 033 810 0245": no opening, only a contact
    assert jobparse.parse_file(SET / "06_tic_werken_bij_nl.html") == []
