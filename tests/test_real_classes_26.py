"""Failure classes the twenty-sixth held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.places import scan_places

SET = Path(__file__).parent / "pages" / "heldout_real_26"


def test_a_list_item_above_its_own_paragraph_is_a_record() -> None:
    # "<li>Servitör / Servitris</li><li>Kock<p>Vi söker en person ...</p></li>"
    postings = jobparse.parse_file(SET / "01_bishops_jobb_sv.html")
    assert [p.title for p in postings] == ["Servitör / Servitris", "Kock"]


def test_job_headings_among_label_headings_of_one_kind_are_the_records() -> None:
    # <strong>◇ システムエンジニア … （中途採用）</strong> above <strong>勤務地</strong>,
    # <strong>給　与</strong>...: the labels are each job's rows, the bracketed hiring track
    # names no list
    postings = jobparse.parse_file(SET / "03_jcsystem_recruit_ja.html")
    assert [p.title for p in postings] == [
        "システムエンジニア ・ 組込み系開発ブリッジSE （中途採用）",
        "システムエンジニア ・ プログラマー （新卒採用）",
    ]
    assert "UA" not in {loc.country for loc in postings[0].locations}  # 日本語力 is no place


def test_a_language_name_is_no_citys_name() -> None:
    # GeoNames lists "日本語" (Japanese) among Mariupol's names: the language, no city
    assert scan_places("日本語力").locations == ()


def test_an_admin_forms_address_line_is_no_listed_role() -> None:
    # "招聘信息：" (an empty form's field) above the footer "… 地址：…5366号105室 邮政编码：…"
    assert jobparse.parse_file(SET / "04_quanshi_zhaopin_zh.html") == []


def test_partly_remote_is_hybrid_and_a_part_time_measure_is_part_time() -> None:
    # "Rzeszów / częściowo zdalnie", "Elastyczna współpraca, niepełny wymiar"
    postings = jobparse.parse_file(SET / "06_lorun_kariera_pl.html")
    assert not any(loc.remote for loc in postings[0].locations)
    assert [p.employment_type for p in postings] == ["part_time", "full_time", "full_time"]
