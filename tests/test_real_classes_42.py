"""A failure class the forty-second held-out set of real pages showed (issue 21), on its page."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_42"


def test_an_apply_button_to_the_contact_section_is_no_apply_link() -> None:
    # <a href="./#contato">Candidatar-se</a> on each internship's card
    postings = jobparse.parse_file(SET / "05_sysled_carreiras_pt.html")
    titled = [p for p in postings if p.title and p.title.startswith("Estágio")]
    assert len(titled) == 6
    assert {p.apply_url for p in titled} == {None}
    assert {p.employment_type for p in titled} == {"internship"}
