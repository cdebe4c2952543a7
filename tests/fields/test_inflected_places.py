"""Towns named in a case of a language that inflects them: "v Praze", "w Krakowie", "Helsingissä"."""

from __future__ import annotations

import pytest

import jobparse
from jobparse.fields.inflected_places import inflected_towns


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Místo výkonu práce v Praze nebo středních Čechách", ("Prague", "CZ")),
        ("Pracoviště ve Zlíně", ("Zlín", "CZ")),
        ("Nabízíme práci v Pardubicích", ("Pardubice", "CZ")),
        ("Praca w Krakowie, umowa o pracę", ("Kraków", "PL")),
        ("Biuro we Wrocławiu", ("Wrocław", "PL")),
        ("Oferta pracy w Łodzi", ("Łódź", "PL")),
        ("Zatrudnimy w Katowicach", ("Katowice", "PL")),
        ("Pracovisko v Bratislave", ("Bratislava", "SK")),
        ("Práca v Košiciach", ("Košice", "SK")),
        ("Työpaikka sijaitsee Helsingissä", ("Helsinki", "FI")),
        ("Toimistomme Tampereella", ("Tampere", "FI")),
        ("Budapesten dolgozol", ("Budapest", "HU")),
        ("Irodánk Debrecenben van", ("Debrecen", "HU")),
    ],
)
def test_a_town_in_its_case_is_the_town(text: str, town: tuple[str, str]) -> None:
    assert [(t.city, t.country) for t in inflected_towns(text)] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Práce v rámci týmu",  # no town
        "Praca w ramach projektu",
        "Essen und Trinken",  # German: "-en" names a Hungarian town only in Hungary
        "Golden Gate",
        "Karrieren bei uns",
        "Pracę w biurze w Oliwie",  # a district of Gdańsk (14,618 people): too small
        "Wir suchen in Berlin",
    ],
)
def test_no_town_where_no_case_names_one(text: str) -> None:
    assert inflected_towns(text) == []


def test_a_job_pages_town_in_the_locative_is_its_place() -> None:
    page = (
        "<html><body><h1>Skladník (m/ž)</h1><p>Místo výkonu práce v Praze.</p>"
        "<p>Nabízíme práci na plný úvazek.</p></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert [(p.city, p.country) for p in posting.locations] == [("Prague", "CZ")]
    assert any(e.rule == "location.body.inflected" for e in posting.evidence)
