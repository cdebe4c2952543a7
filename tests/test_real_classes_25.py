"""Failure classes the twenty-fifth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.hiring import hiring_sentence

SET = Path(__file__).parent / "pages" / "heldout_real_25"


def test_a_brazilian_young_apprentice_is_an_internship() -> None:
    # "Vagas Abertas": Administrativo PCD / Jovem Aprendiz / Vendedor Interno
    postings = jobparse.parse_file(SET / "01_ecoquimio_trabalhe_conosco_pt.html")
    assert [(p.title, p.employment_type) for p in postings] == [
        ("Administrativo PCD", None),
        ("Jovem Aprendiz", "internship"),
        ("Vendedor Interno", None),
    ]


def test_applications_open_for_a_role_hire_in_italian() -> None:
    # "Si aprono candidature per designer, ...": applications open for designers
    hiring = hiring_sentence("Si aprono candidature per designer, architetti e arredatori.")
    assert hiring is not None
    assert hiring.title == "designer"
