"""Failure classes the twenty-seventh held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.cjk_places import cjk_places

SET = Path(__file__).parent / "pages" / "heldout_real_27"


def test_folded_hangul_and_voiced_kana_stay_as_written() -> None:
    # NFKD split "주" into its jamo and "グ" into "ク" and a mark, so a folded word was
    # never found in the text as written
    assert vocabulary.fold("(주)맨파워그룹코리아") == "(주)맨파워그룹코리아"
    assert vocabulary.fold("グループ") == "グループ"
    assert vocabulary.names_an_organisation("(주)맨파워그룹코리아")
    assert vocabulary.names_an_organisation("윈코(주)")


def test_a_job_boards_column_of_korean_companies_names_each_rows_employer() -> None:
    postings = jobparse.parse_file(SET / "01_mrjob_recruit_ko.html")
    assert [p.company for p in postings[:4]] == [
        "(주)맨파워그룹코리아",
        "(주)해경건설",
        "(주) 지앤제이테크",
        "윈코(주)",
    ]
    # "파견직" (a dispatched worker) is temporary, "인턴직" an internship
    kinds = {p.title: p.employment_type for p in postings}
    assert kinds["그래픽디자인 홈페이지관리 상세페이지 베너 패키지 작업 경력직"] == "internship"
    assert postings[3].employment_type == "temporary"


def test_a_korean_listing_word_inside_a_title_names_no_list() -> None:
    # Korean spaces its words: "채용 공고" (job notice) closes many a title
    assert not vocabulary.names_a_list("프로젝트 계약직 직원 채용 공고 사업운영(팀장급)")
    assert vocabulary.names_a_list("채용공고")


def test_a_hangul_place_is_a_whole_word_or_opens_one_before_its_unit() -> None:
    assert cjk_places("(주)솔리데오시스템즈") == ()  # "오시" (Osh) inside a company's name
    assert [p.city for p in cjk_places("서울특별시 영등포구")] == ["Seoul"]
    assert [p.city for p in cjk_places("부산광역시")] == ["Busan"]


def test_a_katakana_word_is_not_the_head_of_a_longer_one() -> None:
    assert vocabulary.employment_types("顧客開拓・パートナーシップ推進") == ()  # partnership
    assert vocabulary.employment_types("パート・アルバイト募集") == ("part_time",)


def test_a_statement_naming_several_working_times_offers_the_first() -> None:
    assert vocabulary.offered_kind("以下の職種の正社員/アルバイトを募集中です！") == "full_time"
    assert vocabulary.offered_kind("Vollzeit oder Teilzeit") == "full_time"


def test_finnish_summer_work_is_temporary() -> None:
    postings = jobparse.parse_file(SET / "10_kissantassu_rekry_fi.html")
    assert [(p.title, p.employment_type) for p in postings] == [
        ("Autonkuljettaja jakeluajoon", None),
        ("Kesätyöntekijöitä", "temporary"),
    ]
    assert {p.company for p in postings} == {"Kuljetus oy Kissantassu"}


def test_a_page_naming_no_job_at_all_gives_no_posting() -> None:
    # a guild's "Haemme aina lisävahvistuksia", a home's "입소자 모집공고", job families
    for name in (
        "13_labrats_rekry_fi.html",
        "07_thenewgray_recruit_ko.html",
        "09_happyup_recruit_ko.html",
    ):
        assert jobparse.parse_file(SET / name) == [], name


def test_rekry_is_a_careers_word_not_an_employer() -> None:
    (first, *_) = jobparse.parse_file(SET / "11_sahkosisu_rekry_fi.html")
    assert first.title == "Sähköasentaja!"
    assert first.company == "Sähkö Sisu"


def test_a_column_marked_by_legal_forms_names_the_unmarked_employers_too() -> None:
    # "(주)솔리데오시스템즈", "(주)굿로" beside "에스투피테크": Hangul has no capitals to go by
    postings = jobparse.parse_file(SET / "03_withkh_recruit_ko.html")
    assert [p.company for p in postings] == [
        "에스투피테크",
        "(주)솔리데오시스템즈",
        "(주)굿로",
        "디케이아이테크놀러지",
        "윈즈아이티",
    ]


def test_a_korean_city_is_named_without_geonames_suffix() -> None:
    postings = jobparse.parse_file(SET / "01_mrjob_recruit_ko.html")
    assert {loc.city for p in postings for loc in p.locations} == {"Seoul", "Seongnam"}
