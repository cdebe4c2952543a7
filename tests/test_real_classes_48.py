"""Failure classes the forty-eighth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_48"


def test_jobs_with_their_own_apply_buttons_take_no_button_of_another_section() -> None:
    # each role's "Başvur" (a mail); "Hemen Başvur" above is the seller programme's
    postings = jobparse.parse_file(SET / "02_siftah_kariyer_tr.html")
    assert len(postings) == 3
    assert {p.apply_url for p in postings} == {None}
    other = Path(__file__).parent / "pages" / "heldout_real_16" / "04_kds_is_ilanlari_tr.html"
    assert {p.apply_url for p in jobparse.parse_file(other)} == {None}


def test_indonesian_and_unit_department_lines_are_no_employers() -> None:
    # "Departemen Kardiologi", "Bagian Pelayanan Pelanggan", "Intensive Care Unit"
    assert vocabulary.is_department("Departemen Kardiologi")
    assert vocabulary.is_department("Intensive Care Unit")
    postings = jobparse.parse_file(SET / "06_rs_jayapura_karir_id.html")
    assert {p.company for p in postings} == {"RS Jayapura"}
