"""A failure class the thirty-fourth held-out set of real pages showed (issue 21), on its page."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_34"


def test_a_headings_closing_type_chip_is_the_type_not_the_title() -> None:
    # <h3>Úklidová pracovnice/úklidový pracovník <span>HPP</span></h3>
    first = jobparse.parse_file(SET / "03_mivela_kariera_cs.html")[0]
    assert first.title == "Úklidová pracovnice/úklidový pracovník"
    assert first.employment_type == "full_time"
