"""The sixty-fifth held-out set of real pages (issue 21): Japanese and Chinese recruit pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.cjk_places import cjk_places
from jobparse.fields.places import scan_places
from jobparse.page.heading_kinds import asks_for_staff

SET = Path(__file__).parent / "pages" / "heldout_real_65"


def places(text: str) -> list[tuple[str | None, bool]]:
    return [(place.city, place.remote) for place in scan_places(text).locations]


def test_a_loanword_before_its_noun_names_no_foreign_town() -> None:
    # "メディア" is Médéa (Algeria) by its Japanese name, and "media" in "メディア企業"
    assert cjk_places("メディア企業や各種編集部での") == ()
    assert [p.city for p in cjk_places("シンガポール支社")] == ["Singapore"]
    assert [p.city for p in cjk_places("ニューヨーク")] == ["New York City"]


def test_hiragana_inside_a_sentence_names_no_town() -> None:
    # "基本としますが": "としま" is Toshima by its kana, here a verb's ending
    assert cjk_places("勤務時間は平日の10〜19時を基本としますが、") == ()
    assert [p.city for p in cjk_places("さいたま市")] == ["Saitama"]


def test_a_remote_word_beside_a_cjk_town_is_kept() -> None:
    assert places("東京 / リモート") == [("Tokyo", False), (None, True)]
    assert places("勤務地はご自宅、もしくはご自宅近辺のワークスペースなど") == [(None, True)]


def test_a_heading_about_a_field_labels_it() -> None:
    # <h3>勤務地について</h3> (about the place of work): home, or the Setagaya office
    postings = jobparse.parse_file(SET / "08_renews_recruit_ja.html")
    assert [p.employment_type for p in postings] == [
        "contract", "contract", "contract", "internship", "full_time",
    ]  # fmt: skip
    assert all(any(place.remote for place in p.locations) for p in postings)
    assert any(place.city == "Tokyo" for place in postings[1].locations)


def test_a_page_section_among_role_headings_is_no_posting() -> None:
    # four h3 roles with their places and kinds, then h3 "往期工作" and "團隊資源"
    postings = jobparse.parse_file(SET / "03_opendrivelab_recruit_zh.html")
    assert [p.title for p in postings] == [
        "具身智能研究員", "機器人硬件工程師", "自動駕駛研究員", "科研助理 / 生態合作助理",
    ]  # fmt: skip
    # "崗位性質：校招 / 社招 / 實習 / Postdoc": several kinds offered, none the role's own
    assert [p.employment_type for p in postings[:3]] == [None, None, None]
    assert {place.city for place in postings[0].locations} == {"Shanghai", "Hong Kong", "Shenzhen"}


def test_staff_interviews_are_no_postings() -> None:
    # "SIJで働く人について知る": a role, the person's initials and a quote, per card
    titles = [p.title for p in jobparse.parse_file(SET / "09_sij_recruit_ja.html")]
    assert "セールスマネージャー" not in titles
    assert "HR マネージャー" not in titles


def test_prospective_students_are_an_audience_not_a_post() -> None:
    # "Prospective Ph.D. students: please email me with your CV, ..."
    assert jobparse.parse_file(SET / "01_marsyang_recruit_en.html") == []


def test_a_heading_wanting_staff_leaves_the_title_to_the_role_below() -> None:
    # <h2>経験者も未経験者も大歓迎。<br>スタッフ募集中<br>Help Wanted</h2>, then the role
    [posting] = jobparse.parse_file(SET / "02_dearness_recruit_ja.html")
    assert posting.title == "美容施術者及び美容セミナー開催者"
    assert asks_for_staff("スタッフ募集中")
    assert not asks_for_staff("ホールスタッフ募集中")
    assert not asks_for_staff("正社員募集")  # a term of employment, in one word


def test_the_work_told_in_one_role_titles_the_page() -> None:
    # 募集要項 table: <th>業務内容</th><td>営業</td>, no 職種 row; an intro sentence above
    [posting] = jobparse.parse_file(SET / "05_inohara_recruit_ja.html")
    assert posting.title == "営業"
    assert posting.employment_type == "full_time"


def test_roles_numbered_in_one_block_are_one_posting_each() -> None:
    # "①アニメーター / ■仕事内容 ... ②モデラー／リガー / ■仕事内容 ... ＿＿＿ / ■勤務地 ..."
    postings = jobparse.parse_file(SET / "06_mappa_recruit_ja.html")
    assert [p.title for p in postings[:3]] == ["アニメーター", "モデラー／リガー", "FXデザイナー"]
    assert len(postings) == 11  # ten numbered roles, and the production department's one
    for posting in postings[:10]:  # the terms after the rule are every role's
        assert {place.city for place in posting.locations} == {"Tokyo", "Osaka"}
        assert posting.employment_type == "full_time"
        assert [str(d.date) for d in posting.deadlines] == ["2025-09-30"]


def test_numbered_shifts_open_no_roles() -> None:
    # "①午前シフト8:45-13:15 / ②午後シフト13:45-19:15": two shifts of one job
    page = SET.parent / "heldout_real_51" / "01_moomin_saiyou_ja.html"
    titles = [p.title or "" for p in jobparse.parse_file(page)]
    assert "事務パート(数名)" in titles
    assert not any("シフト" in title for title in titles)
