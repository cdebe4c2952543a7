"""Failure classes of real adverts laid out as text pages (``text-dev-real``, issue 21).

Each test is a class seen on adverts of several sources, written here as a
small invented page of the same shape.
"""

from __future__ import annotations

import jobparse

PAGE = "Career Website\n\nSearch Opportunities\n\n{lead}\n\n{body}\n\n\nApply\n"


def test_a_header_naming_a_role_and_its_places_opens_the_text() -> None:
    # An advert's header line stands where a location line would: it is read as a
    # header (title, employer, places), and stays the first line of the text.
    lead = "Quillmap - Toulouse, France - Remote - Full-Time - Full-Stack Engineer"
    body = "I'm Ana, the founder of Quillmap. We build maps for shops."
    (posting,) = jobparse.parse(PAGE.format(lead=lead, body=body))
    assert posting.description.startswith(lead)
    assert posting.title == "Full-Stack Engineer"
    assert posting.company == "Quillmap"
    assert [(p.city, p.country) for p in posting.locations if not p.remote] == [("Toulouse", "FR")]
    assert any(p.remote for p in posting.locations)


def test_a_line_of_places_alone_stays_the_location_line() -> None:
    body = "Quillmap is hiring a Full-Stack Engineer to build maps for shops."
    (posting,) = jobparse.parse(PAGE.format(lead="Toulouse, France", body=body))
    assert posting.description == body
    assert [(p.city, p.country) for p in posting.locations] == [("Toulouse", "FR")]


def test_a_header_field_naming_an_organisation_and_its_country_gives_the_country() -> None:
    lead = "Research Assistant, Harbour Institute - Lindqvist Institute, Germany - closes soon"
    body = "The institute studies ageing. Send your application by post."
    (posting,) = jobparse.parse(PAGE.format(lead=lead, body=body))
    assert [(p.city, p.country) for p in posting.locations] == [(None, "DE")]
