"""The fifty-ninth held-out set of real pages (issue 21): a job board's table, read as published."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_59"


def test_a_boards_table_of_ads_gives_one_posting_per_row() -> None:
    # "28-11-2017 | Proaktif Teknoloji | CAD/CAM Eğitim ve Teknik Destek Sorumlusu, …, İstanbul"
    postings = jobparse.parse_file(SET / "01_turkcadcam_tr.html")
    assert len(postings) == 52
    assert postings[0].company == "Proaktif Teknoloji"
    assert postings[0].title is not None
    assert postings[0].title.startswith("CAD/CAM Eğitim ve Teknik Destek Sorumlusu")


def test_pages_with_no_opening_give_no_posting() -> None:
    for name in ("02_etiklab_tr.html", "03_apay_tr.html", "05_bekir_tr.html",
                 "07_mirow_pt.html", "09_pulse_pt.html", "10_gabriel_pt.html"):  # fmt: skip
        assert jobparse.parse_file(SET / name) == [], name
