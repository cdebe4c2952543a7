"""Failure classes the twenty-second held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_22"


def test_a_title_part_that_heads_a_postings_section_names_no_company() -> None:
    # <title>Nabídka práce - Koho hledáme | Zasilkovna.cz</title>: "Koho hledáme" (whom we
    # seek) heads a posting's part; the domain and the copyright line's "Zásilkovna s.r.o."
    # agree by the domain's name, and name the employer of all 24 cards
    postings = jobparse.parse_file(SET / "01_zasilkovna_volne_pozice_cs.html")
    assert len(postings) == 24
    assert {p.company for p in postings} == {"Zásilkovna s.r.o."}
