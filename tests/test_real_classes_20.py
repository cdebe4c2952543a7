"""Failure classes the twentieth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_20"


def test_vietnamese_section_headings_open_with_their_head_noun() -> None:
    # "Quyền Lợi Khi Gia Nhập …" (benefits), "Yêu Cầu Tuyển Dụng Cơ Bản" (requirements) and
    # "Các Vị Trí Đang Tuyển Dụng Mới Nhất" (the latest positions) head sections, not jobs
    postings = jobparse.parse_file(SET / "05_truongthinh_tuyen_dung_vi.html")
    assert [p.title for p in postings] == [
        "Nhân Viên Bảo Vệ Mục Tiêu Cố Định (Tòa Nhà / Chung Cư / Trường Học)",
        "Nhân Viên Trông Giữ Xe & Vận Hành Bãi Xe Thông Minh",
        "Ca Trưởng / Đội Trưởng Bảo Vệ (Có Kinh Nghiệm)",
    ]


def test_russian_trades_are_roles_and_a_templates_title_no_company() -> None:
    # "Аккумуляторщик", "Заведующий мед.пунктом", "Бухгалтер" under a <title> "Site"
    postings = jobparse.parse_file(SET / "04_permmuka_vakansii_ru.html")
    assert [p.title for p in postings] == ["Аккумуляторщик", "Заведующий мед.пунктом", "Бухгалтер"]
    assert "Site" not in {p.company for p in postings}


def test_the_same_card_listed_again_right_after_itself_is_another_opening() -> None:
    # "Доступные вакансии": "Менеджер по продажам" three times in a row in one list, no link:
    # three openings (a list shown again, "A B C A B C", is still read once: heldout_real_6)
    postings = jobparse.parse_file(SET / "02_vashiokna_vakansii_ru.html")
    assert [p.title for p in postings] == ["Менеджер по продажам"] * 3
    carousel = jobparse.parse_file(
        Path(__file__).parent / "pages" / "heldout_real_6" / "MLK-kariera_kariera.html"
    )
    assert len(carousel) == 3
