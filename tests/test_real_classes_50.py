"""Failure classes the fiftieth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.employment_terms import day_hours_kind
from jobparse.fields.fact_lines import labelled_facts
from jobparse.fields.hiring import role_before_verb
from jobparse.model import EmploymentType

SET = Path(__file__).parent / "pages" / "heldout_real_50"


def test_job_blocks_with_their_facts_box_after_the_text_give_one_posting_each() -> None:
    # <div col-8>text … <button><a>sollicitatieformulier</a></button></div>
    # <div col-4>Job overzicht / Servicedesk Medewerker ITC (M/V/X) / Job type: / Voltijds</div>
    assert vocabulary.apply_text("sollicitatieformulier")
    assert vocabulary.apply_text("Application form")
    postings = jobparse.parse_file(SET / "03_winkeloverzicht_vacature_nl.html")
    assert len(postings) == 6
    titles = [p.title for p in postings]
    assert "Junior/Senior Network Engineer (M/V/X)" in titles
    assert "Servicedesk Medewerker ITC (M/V/X)" in titles
    assert [p.employment_type for p in postings].count(EmploymentType.PART_TIME) == 1
    assert (
        postings[1].apply_url == "https://www.essecbns.be/vacatures/junior-senior-network-engineer/"
    )
    assert [loc.city for loc in postings[1].locations] == ["Beringen"]  # "Paal-Beringen"
    assert {p.company for p in postings} == {None}  # no "Kennis van Briljant Software", "Dan"


def test_a_label_ending_in_a_colon_takes_the_value_on_the_next_line() -> None:
    text = "Job type:\n\nVoltijds\n\nLocatie:\n\nPaal-Beringen"
    assert list(labelled_facts(text, "location", longest_line=120)) == [
        ("Paal-Beringen", "Locatie: Paal-Beringen")
    ]


def test_a_split_working_day_is_a_full_day() -> None:
    kind = day_hours_kind("工作时间：9：00-12：00 13：30-18：00")
    assert kind is not None
    assert kind[0] is EmploymentType.FULL_TIME
    morning = day_hours_kind("Working hours: 9am to 1pm")
    assert morning is not None
    assert morning[0] is EmploymentType.PART_TIME


def test_a_turkish_hiring_sentence_names_its_role_before_the_verb() -> None:
    assert role_before_verb("Atölyemiz için bir takım lideri arıyoruz.") == "takım lideri"
    assert role_before_verb("Sizden haber almayı umuyoruz!") is None
    postings = jobparse.parse_file(SET / "07_mervelisanat_acikpozisy_tr.html")
    assert [p.title for p in postings] == ["takım lideri"]
