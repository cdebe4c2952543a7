"""Failure classes the fifty-seventh held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_57"


def test_groups_of_people_hold_no_jobs() -> None:
    # "Berättelser från insidan" (staff stories: "Elve, utvecklare"), "Kontakt" (HR contacts)
    assert vocabulary.names_no_jobs("Berättelser från insidan")
    assert vocabulary.names_no_jobs("Kontakt")
    assert not vocabulary.names_no_jobs("Engineering")
    postings = jobparse.parse_file(SET / "01_qte_karriar_sv.html")
    titles = {p.title for p in postings}
    assert "Software Engineer II" in titles
    assert not any(", utvecklare" in (t or "") for t in titles)
    contacts = jobparse.parse_file(SET / "03_demo_karriar_sv.html")
    assert not any("Human Resources" in (p.title or "") for p in contacts)
