"""Failure classes the forty-third held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.place_cues import remote_among_work_modes
from jobparse.fields.places import scan_places
from jobparse.page.header_employer import employer_under_heading

SET = Path(__file__).parent / "pages" / "heldout_real_43"


def test_an_abbreviated_capital_keeps_city_when_its_short_name_is_the_country() -> None:
    # "Localidad: CDMX": Mexico City, not "Mexico" (which is the country); "NYC" is New York
    assert [p.city for p in scan_places("CDMX").locations] == ["Mexico City"]
    assert [p.city for p in scan_places("NYC").locations] == ["New York"]
    postings = jobparse.parse_file(SET / "01_bhr_vacantes_es.html")
    assert {p.locations[0].city for p in postings} == {"Mexico City"}


def test_a_board_names_the_employer_between_the_heading_and_the_town() -> None:
    # "Gerente de Operaciones" / "Bac Credomatic" / "Managua" on the board KREZCO's page
    (posting,) = jobparse.parse_file(SET / "02_krezco_vacantes_es.html")
    assert posting.company == "Bac Credomatic"
    paragraphs = ["Product Lead\nLocation\nBerlin"]  # a field's name is no employer
    assert employer_under_heading(paragraphs, "Product Lead") is None


def test_a_labelled_line_of_work_modes_offers_remote_work() -> None:
    # "Tipo: Remoto / Presencial": either way, so remote is an option
    assert remote_among_work_modes("Remoto / Presencial")
    assert not remote_among_work_modes("Tiempo completo")
    (posting,) = jobparse.parse_file(SET / "02_krezco_vacantes_es.html")
    assert any(place.remote for place in posting.locations)
    assert "Managua" in {place.city for place in posting.locations}
