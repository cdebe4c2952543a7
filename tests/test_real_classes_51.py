"""Failure classes the fifty-first held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.model import EmploymentType

SET = Path(__file__).parent / "pages" / "heldout_real_51"


def test_linked_rows_of_parts_to_the_pages_form_are_a_list() -> None:
    # <a href="#candidatura" class="job-row"><span>Operador/a de Balcão</span>
    # <span>Atendimento</span><span>Lisboa</span><span>Presencial · Tempo inteiro</span>…</a>
    postings = jobparse.parse_file(SET / "06_unizz_trabalheco_pt.html")
    assert [p.title for p in postings] == [
        "Operador/a de Balcão",
        "Operador/a de Balcão",
        "Responsável de Balcão",
        "Técnico/a de Compliance",
        "Analista de Câmbios",
        "Gestor/a de Parcerias B2B",
    ]
    assert {p.company for p in postings} == {"Unicâmbio"}  # no department column
    assert {p.employment_type for p in postings} == {EmploymentType.FULL_TIME}  # no "B2B"
    assert {p.apply_url for p in postings} == {None}  # the page's own form
    assert [loc.city for loc in postings[2].locations] == ["Porto"]


def test_european_portuguese_working_time_and_departments() -> None:
    assert vocabulary.employment_type("Presencial · Tempo inteiro") == "full_time"
    assert vocabulary.employment_type("Tempo parcial") == "part_time"
    assert vocabulary.employment_type("Gestor/a de Parcerias B2B") is None
    assert vocabulary.employment_type("Kontrakt B2B") == "contract"
    assert vocabulary.is_department("Atendimento")


def test_either_contract_named_in_a_text_is_no_temporary_post() -> None:
    postings = jobparse.parse("Gestionnaire Administratif(ve)\n\nCDD / CDI\n\nSiège Social\n")
    assert [p.employment_type for p in postings] == [None]
    postings = jobparse.parse("Gestionnaire Administratif(ve)\n\nCDD de 6 mois\n\nParis\n")
    assert [p.employment_type for p in postings] == [EmploymentType.TEMPORARY]


def test_a_template_sample_page_gives_no_posting() -> None:
    # "株式会社XXX", "勤務地：〇〇市周辺": a template's roles, its blanks unfilled
    assert jobparse.parse_file(SET / "03_ruu_saiyou_ja.html") == []
