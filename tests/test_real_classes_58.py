"""Failure classes the fifty-eighth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_58"


def test_surveying_and_site_trades_are_spanish_roles() -> None:
    for title in ("Geomensor", "Topógrafo", "Laboratorista A, B y C", "Prevencionista de riesgos"):
        assert vocabulary.has_role(title), title
    postings = jobparse.parse_file(SET / "08_cmaule_es.html")
    assert len(postings) == 15
    assert postings[0].title == "Profesional residente obras viales"


QUIET = ["01_xelox_pl.html", "04_altman_it.html", "05_velzia_es.html", "06_ciamerida_es.html"]


@pytest.mark.parametrize("name", [*QUIET, "07_wok_es.html"])
def test_pages_with_no_opening_give_no_posting(name: str) -> None:
    assert jobparse.parse_file(SET / name) == []
