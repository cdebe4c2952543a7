"""Failure classes the fourteenth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_14"


def test_area_cards_naming_the_offers_below_them_are_no_postings() -> None:
    # "Domaines de placement": five cards whose titles the four job offers below repeat,
    # each offer with its town and contract; the offers are the jobs
    postings = jobparse.parse_file(SET / "proelect_fr.html")
    assert [(p.title, [loc.city for loc in p.locations]) for p in postings] == [
        ("Technicien réseau MT/BT", ["Douala"]),
        ("Coordinateur de chantier", ["Yaoundé"]),
        ("Ingénieur études électriques", ["Bafoussam"]),
        ("Assistante administrative", ["Douala"]),
    ]


def test_pages_with_no_opening_give_none() -> None:
    # a builder's applicant form; a trades board's filter of roles with 0 results; "alle
    # freien Stellen besetzt"
    for name in ("mpms_fr", "batirtogo_fr", "ackermann_de"):
        assert jobparse.parse_file(SET / f"{name}.html") == [], name
