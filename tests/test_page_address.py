"""The town of a page's postal address, read beside postal codes of every country's shape."""

from __future__ import annotations

import pytest
from lxml import html

from jobparse.page.address import page_place, page_texts


def _place(footer: str) -> tuple[str | None, str | None] | None:
    root = html.fromstring(f"<html><body><h1>Jobs</h1><footer>{footer}</footer></body></html>")
    place = page_place(root, page_texts(root))
    return (place.city, place.country) if place is not None else None


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("<p>Fjordgata 30</p><p>7010 Trondheim</p>", ("Trondheim", "NO")),  # four digits, Norway
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


def test_a_year_before_a_town_of_five_digit_codes_is_no_postal_code() -> None:
    assert _place("<p>Since 1998 Hamburg has been our home.</p>") is None


def test_two_addresses_give_no_page_town() -> None:
    assert _place("<p>7010 Trondheim</p><p>0150 Oslo</p>") is None
