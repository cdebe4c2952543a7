"""The fifty-fifth held-out set of real pages (issue 21): pages with no opening give no posting."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_55"
#: Membership forms, volunteers, a student association, an empty export, a script-loaded
#: board, a school's slogan page ("Tu carrera profesional despega aquí"): every page.
QUIET = sorted(p.name for p in SET.glob("*.html"))


@pytest.mark.parametrize("name", QUIET)
def test_a_page_with_no_opening_gives_no_posting(name: str) -> None:
    assert jobparse.parse_file(SET / name) == []


def test_a_line_spoken_to_the_reader_is_no_job_title() -> None:
    from jobparse.page.no_job import names_no_job

    assert names_no_job("Tu carrera profesional despega aquí", "Conectamos talento con empresas")
    assert not names_no_job("Data Engineer", "Berlin · Vollzeit")
