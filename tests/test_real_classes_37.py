"""Failure classes the thirty-seventh held-out set of real pages showed (issue 21), on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse import vocabulary
from jobparse.fields.hiring import hiring_sentence

SET = Path(__file__).parent / "pages" / "heldout_real_37"


def test_offers_published_as_documents_under_a_list_heading() -> None:
    # <h3>Aktualne oferty pracy:</h3><h2></h2> then links "Opiekun.pdf", "Fizjoterapeuta.pdf"
    titles = [p.title for p in jobparse.parse_file(SET / "07_dpskaty_praca_pl.html")]
    assert "Opiekun" in titles
    assert "Fizjoterapeuta" in titles
    assert not any(t and t.endswith(".pdf") for t in titles)


def test_a_perk_under_a_benefits_section_is_no_job() -> None:
    # <h2>Elevated Benefits</h2> … <h3>Global Studio Access</h3><h4>Health Concierge</h4>
    assert jobparse.parse_file(SET / "05_vantage_careers_en.html") == []


def test_a_call_for_tour_leaders_in_the_genitive_is_one_posting() -> None:
    # <h1>Praca</h1> … "Szukamy pilotów odpowiedzialnych za spełnianie ludzkich marzeń …"
    (posting,) = jobparse.parse_file(SET / "08_kiribati_praca_pl.html")
    assert posting.title is not None
    assert posting.title.casefold() == "pilot"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Szukamy pilotów odpowiedzialnych za spełnianie marzeń.", "pilot"),
        ("Hledáme skladníka, který bude zodpovědný za sklad.", "skladník"),
        ("Zatrudnimy programistów z doświadczeniem w Pythonie.", "programista"),
    ],
)
def test_a_role_asked_for_in_a_case_is_read_in_its_dictionary_form(
    sentence: str, title: str
) -> None:
    hiring = hiring_sentence(sentence)
    assert hiring is not None
    assert hiring.title == title


def test_a_dictionary_form_and_an_unknown_word_have_no_other_form() -> None:
    assert vocabulary.role_lemma("pilot") is None
    assert vocabulary.role_lemma("Berlin") is None
    assert vocabulary.role_lemma("Data Engineer") is None
