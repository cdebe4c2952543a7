"""A failure class the thirty-fourth held-out set of real pages showed (issue 21), on its page."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_34"


def test_a_headings_closing_type_chip_is_the_type_not_the_title() -> None:
    # <h3>Úklidová pracovnice/úklidový pracovník <span>HPP</span></h3>
    first = jobparse.parse_file(SET / "03_mivela_kariera_cs.html")[0]
    assert first.title == "Úklidová pracovnice/úklidový pracovník"
    assert first.employment_type == "full_time"


def test_a_heading_asking_for_staff_in_general_gives_way_to_the_jobs_heading() -> None:
    # <h1>MITRA poszukuje pracowników</h1> (is looking for workers) over
    # <h3>Aktualne oferty pracy:</h3><h2>Pracownik budowlany - posadzki anhydrytowe</h2>
    (posting,) = jobparse.parse_file(SET / "02_mitra_kariera_pl.html")
    assert posting.title == "Pracownik budowlany - posadzki anhydrytowe"


@pytest.mark.parametrize(
    ("slogan", "role"),
    [
        ("Wir suchen neue Mitarbeiter (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)"),
        ("Vi søker medarbeidere", "Blikkenslager med fagbrev"),
        ("Hledáme nové zaměstnance", "Skladník / skladnice"),
        ("We are looking for new colleagues", "Warehouse Operative"),
    ],
)
def test_a_staff_slogan_above_a_single_role_is_not_its_title(slogan: str, role: str) -> None:
    page = (
        f"<html><body><h1>{slogan}</h1><section><h2>{role}</h2>"
        "<p>Wir bieten einen sicheren Arbeitsplatz. Bewerbung an jobs@example.org.</p>"
        "</section></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.title == role


def test_a_town_named_in_the_locative_is_the_jobs_place() -> None:
    # "Místo výkonu práce v Praze nebo středních Čechách"
    postings = jobparse.parse_file(SET / "03_mivela_kariera_cs.html")
    assert [[(p.city, p.country) for p in posting.locations] for posting in postings] == [
        [("Prague", "CZ")],
        [("Prague", "CZ")],
    ]
