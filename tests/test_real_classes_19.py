"""Failure classes the nineteenth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_19"


def test_roles_listed_under_a_hiring_line_with_a_note_each() -> None:
    # "Наша фирма приглашает на работу квалифицированных специалистов:", a sentence and a
    # telephone, then "- Плиточник" / "Обязанности: ..." fourteen times
    postings = jobparse.parse_file(SET / "03_inverta_vakansii_ru.html")
    assert [p.title for p in postings][:3] == ["Плиточник", "Монолитчик", "Плотник"]
    assert len(postings) == 14


def test_roles_listed_as_a_sentences_clauses_and_a_quoted_company() -> None:
    # "ООО «Структура» предлагает работу ... специалистам:" then "электросварщикам ...;"
    # ... "монтажникам металлоконструкций." (the last item), then "Условия:"
    postings = jobparse.parse_file(SET / "06_struktura_vakansii_ru.html")
    assert [p.title for p in postings] == [
        "электросварщикам на полуавтоматических машинах",
        "электросварщикам ручной дуговой сварки",
        "слесарям-сборщикам металлоконструкций",
        "монтажникам металлоконструкций",
    ]
    assert {p.company for p in postings} == {"ООО «Структура»"}


def test_hybrid_in_russian_is_no_remote_option() -> None:
    # "Алматы" / "Полная занятость" / "Офис / Гибрид"
    postings = jobparse.parse_file(SET / "04_almatysnab_vakansii_ru.html")
    assert [[(loc.city, loc.remote) for loc in p.locations] for p in postings] == [
        [("Almaty", False)],
        [("Almaty", False)],
    ]


def test_a_table_of_positions_gives_a_posting_per_row_never_per_cell() -> None:
    # "STT | Vị trí tuyển dụng | Hạn nộp hồ sơ | Số lượng", its title links with an empty
    # href: the cells of a row are one posting, titled by the column so headed
    postings = jobparse.parse_file(SET / "07_imet_tuyen_dung_vi.html")
    assert [p.title for p in postings] == ["Nhân viên kinh doanh phần mềm Hóa đơn điện tử"] * 5
    assert {str(d.date) for p in postings for d in p.deadlines} == {"2019-09-30"}
