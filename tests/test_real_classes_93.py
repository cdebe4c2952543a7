"""The ninety-third held-out set and after (issue 21): the classes their pages showed.

Serbian and Croatian career pages: each test reads a real page of the sets, or the
rule it needed on its own.
"""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.hiring import hiring_sentence

SETS = Path(__file__).parent / "pages"


def _page(set_number: int, name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SETS / f"heldout_real_{set_number}" / name)


def _read(sentence: str) -> tuple[str | None, str | None] | None:
    found = hiring_sentence(sentence)
    return (found.company, found.title) if found is not None else None


def test_a_serbo_croatian_hiring_sentence_names_its_role() -> None:
    assert _read("Potrebni organizatori za organizaciju kafanskih veceri tokom nedelje") == (
        None,
        "organizatori",
    )
    # the post named before the role ("za posao"), the praise before it left out
    assert _read("Potrebne mlade i iskusne devojke za posao hostese u kafani") == (
        None,
        "hostese u kafani",
    )
    assert _read("Tražimo iskusnog automehaničara sa radnim iskustvom.") == (
        None,
        "automehaničar",  # its nominative
    )
    assert _read("Metalac zapošljava bravara") == ("Metalac", "bravar")
    assert _read("Тражимо искусног конобара за рад у ресторану") == (None, "конобар")
    assert _read("Potrebna je dokumentacija za prijavu") is None  # no role


def test_a_taverns_one_sentence_adverts_are_titled_by_their_roles() -> None:
    postings = _page(93, "07_dvevioline_posao_sr.html")
    assert [p.title for p in postings] == ["organizatori", "hostese u kafani Dve violine"]
    assert [p.apply_url for p in postings] == ["organizator.html", "hostese.html"]


def test_pages_of_work_that_offer_none_are_silent() -> None:
    # a biography's former employers, recycling tips "at work", a job seeker's form
    for name in (
        "03_vesnabiografija_posao_sr.html",
        "08_arapovic_posao_hr.html",
        "10_recikliraj_posao_sr.html",
        "02_nebgradnja_posao_sr.html",
    ):
        assert _page(93, name) == [], name
