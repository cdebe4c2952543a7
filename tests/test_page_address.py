"""The town of a page's postal address, read beside postal codes of every country's shape."""

from __future__ import annotations

import pytest
from lxml import html

import jobparse
from jobparse.page.address import page_place, page_texts


def _place(footer: str, lang: str = "") -> tuple[str | None, str | None] | None:
    opening = f'<html lang="{lang}">' if lang else "<html>"
    root = html.fromstring(f"{opening}<body><h1>Jobs</h1><footer>{footer}</footer></body></html>")
    place = page_place(root, page_texts(root))
    return (place.city, place.country) if place is not None else None


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("<p>Fjordgata 30</p><p>7010 Trondheim</p>", ("Trondheim", "NO")),  # four digits, Norway
        # a Spanish address: the town, its postal code, its province
        ("<p>Calle del pico 29, Humanes de Madrid, 28970, Madrid</p>", ("Humanes de Madrid", "ES")),
        ("<p>ul. Lipowa 42G/1, 05-800 Pruszków</p>", ("Pruszków", "PL")),  # two and three
        ("<p>Habarzel 1, Tel Aviv 69710</p><p>Israel</p>", ("Tel Aviv", "IL")),  # town first
        ("<p>Kärntner Ring 5, 1010 Wien</p>", ("Vienna", "AT")),
        ("<p>Mömpelgarder Weg 8, 72072 Tübingen</p>", ("Tübingen", "DE")),  # five digits
        ("<p>16 rue Saint-Lazare 60800 Crépy-en-Valois</p>", ("Crépy-en-Valois", "FR")),
    ],
)
def test_the_town_beside_a_postal_code_of_its_country(
    footer: str, expected: tuple[str, str]
) -> None:
    assert _place(footer) == expected


@pytest.mark.parametrize(
    ("footer", "lang", "expected"),
    [
        # towns under 5,000 people, pinned by an address's postal code of their country
        ("<p>ul. 1 Maja 65, 44-348 Skrzyszów śląskie</p>", "en", ("Skrzyszów", "PL")),
        ("<p>Hoenderloseweg 50 - 7339 EJ Ugchelen - Tel.: 0555</p>", "", ("Ugchelen", "NL")),
        # five digits are 56 countries' shape: the page's language says which
        ("<p>Località Cerrani snc, 66010 Pretoro, Abruzzo</p>", "it-IT", ("Pretoro", "IT")),
        ("<p>Località Cerrani snc, 66010 Pretoro, Abruzzo</p>", "it", ("Pretoro", "IT")),
        ("<p>Località Cerrani snc, 66010 Pretoro, Abruzzo</p>", "", None),
        ("<p>Projekte - 15000 Kunden</p>", "de", None),  # Kunden, Indonesia: not German
    ],
)
def test_a_small_town_after_an_addresss_postal_code(
    footer: str, lang: str, expected: tuple[str, str] | None
) -> None:
    assert _place(footer, lang) == expected


@pytest.mark.parametrize(
    "footer",
    [
        "<p>Über 15000 Kunden vertrauen uns.</p>",  # Kunden is a small town of Indonesia
        "<p>Projekte - 15000 Kunden</p>",  # a counter: no page language pins Indonesia
        "<p>Projekte, 15000 Kunden</p>",
    ],
)
def test_a_number_in_a_sentence_pins_no_small_town(footer: str) -> None:
    assert _place(footer) is None


def test_a_year_before_a_town_of_five_digit_codes_is_no_postal_code() -> None:
    assert _place("<p>Since 1998 Hamburg has been our home.</p>") is None


def test_two_addresses_give_no_page_town() -> None:
    assert _place("<p>7010 Trondheim</p><p>0150 Oslo</p>") is None


def _jobs(count: int, footer: str) -> list[tuple[str | None, str | None]]:
    cards = "".join(
        f"<div class='job'><h3><a href='/jobs/{n}'>Research Engineer {n}</a></h3>"
        "<p>Work on distributed ledgers with our team.</p></div>"
        for n in range(count)
    )
    page = f"<html><body><h1>Open positions</h1>{cards}<footer>{footer}</footer></body></html>"
    return [
        (p.locations[0].city, p.locations[0].country) if p.locations else (None, None)
        for p in jobparse.parse(page)
    ]


@pytest.mark.parametrize(
    ("footer", "town"),
    [
        ("Blockchain group, University of Oslo", ("Oslo", "NO")),
        ("Universitetet i Oslo", ("Oslo", "NO")),
        ("Zhang Lab · 扬州大学 农学院", ("Yangzhou", "CN")),
        ("Imperial College London", ("London", "GB")),
        ("Stanford University", (None, None)),  # a town too small to be read from a name
        ("University of Oslo and University of Bergen", (None, None)),  # two towns: none
    ],
)
def test_a_groups_few_jobs_are_where_its_institution_is(
    footer: str, town: tuple[str | None, str | None]
) -> None:
    assert set(_jobs(2, footer)) == {town}


def test_an_institutions_long_list_of_jobs_gets_no_town_from_its_name() -> None:
    assert set(_jobs(12, "University of Oslo")) == {(None, None)}


@pytest.mark.parametrize(
    ("advert", "town"),
    [
        ("PhD position in robot learning. Apply through the University of Exeter.", "Exeter"),
        ("Postdoc in our lab at Tel Aviv University on protein design.", "Tel Aviv"),
        ("Research fellow at the Wenzhou Institute, on hydrogels.", "Wenzhou"),
        ("Research fellow at Nanyang Technological University.", None),  # no town in it
        ("Engineers from the University of Oslo or the University of Bergen.", None),
        ("Join The Institute for Advanced Study as a visiting fellow.", None),
    ],
)
def test_an_advert_with_no_place_is_where_its_one_institution_is(
    advert: str, town: str | None
) -> None:
    (posting,) = jobparse.parse(advert)
    assert (posting.locations[0].city if posting.locations else None) == town
