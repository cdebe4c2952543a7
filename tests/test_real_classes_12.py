"""Failure classes the twelfth held-out set of real pages showed (issue 21), each on its page.

Three of its five pages with no opening gave a posting: a research project's
"we are not hiring" above its recently filled positions, and a lab's "no open
positions" above sections for students.
"""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_12"


def test_recently_filled_positions_on_a_page_not_hiring_are_no_posting() -> None:
    # "At the moment we are not hiring" / "Recently filled positions: Post-doc positions
    # (UCPH), ...": the title only the sentences gave ("Postdoctoral Researcher") is none
    assert jobparse.parse_file(SET / "3domics_en.html") == []


def test_sections_addressed_to_students_on_a_page_with_no_open_position_are_no_postings() -> None:
    # "Currently, there are no open positions in our group" above "For LIACS / Leiden
    # University students" and "For external students"
    assert jobparse.parse_file(SET / "alfa_en.html") == []


def test_a_page_saying_it_is_not_hiring_keeps_a_job_its_heading_names() -> None:
    page = (
        "<html><body><h1>Senior Data Engineer</h1><p>We are not hiring interns this year, "
        "but this role is open: build our pipelines in Oslo.</p></body></html>"
    )
    assert [p.title for p in jobparse.parse(page)] == ["Senior Data Engineer"]


SET_13 = Path(__file__).parent / "pages" / "heldout_real_13"


def test_italian_plural_roles_under_pictographs_are_the_jobs() -> None:
    # "👷 Operai Specializzati Amianto", "🎓 Tecnici e Geometri": Italian plurals of role
    # words ("operaio" -> "operai"), each under an emoji; "Lavora con Noi - Impresa ..."
    # names the employer after "with us"
    postings = jobparse.parse_file(SET_13 / "ronco_it.html")
    assert [p.title for p in postings] == [
        "Operai Specializzati Amianto",
        "Muratori Qualificati",
        "Tecnici e Geometri",
        "Operatori Mezzi Pesanti",
    ]
    assert {p.company for p in postings} == {"Impresa Edile Ronco Andrea S.r.l."}


def test_a_copyright_line_with_a_dash_after_its_year_names_the_site() -> None:
    postings = jobparse.parse_file(SET_13 / "bnsolutions_nl.html")  # "©2017 - BN Solutions B.V."
    assert {p.company for p in postings} == {"BN Solutions B.V."}


def test_headed_paragraphs_below_a_list_heading_are_jobs_though_some_role_words_are_unknown() -> (
    None
):
    # "Vacantes" above five headings, "Animador" and "Revisionista de Storyboard" among them
    postings = jobparse.parse_file(SET_13 / "canart_es.html")
    assert [p.title for p in postings] == [
        "Director de arte",
        "Animador",
        "Director",
        "Revisionista de Storyboard",
        "Técnico de Recursos Humanos",
    ]
    assert {p.company for p in postings} == {"Canart Pictures"}
    # the footer's contact block: "Managua, Nicaragua", the one town it names, no postal code
    assert {(loc.city, loc.country) for p in postings for loc in p.locations} == {("Managua", "NI")}


def test_a_page_naming_no_job_in_a_heading_takes_the_role_its_line_asks_for() -> None:
    # Russian: "Вакансии ООО «Стэк»:" / "Ведется набор электромонтажников." (recruiting
    # electricians): the role beside the words of asking
    page = Path(__file__).parent / "pages" / "heldout_real_5" / "stek-energo.gi_vakansii.html"
    (posting,) = jobparse.parse_file(page)
    assert posting.title == "электромонтажников"
