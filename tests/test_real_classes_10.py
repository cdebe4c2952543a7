"""Failure classes the tenth held-out set of real pages showed (issue 21), each on its page.

A ``<title>`` left from the page a template was copied from named another
company; section headings ended with a colon; "短期出差" (short business trips)
read as temporary work; a title under its own label ("Functie:") that holds no
role word the vocabulary knows; a Dutch day-first date joined by hyphens; long
Chinese sentences read as role lines; a Chinese site's licence number read as
part of its name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_10"


def test_a_title_naming_a_company_the_page_never_names_gives_way_to_the_repeated_one() -> None:
    postings = jobparse.parse_file(SET / "hanwei_zh.html")
    # the <title> says 上海立泉环境科技有限公司; the header and copyright line say 菡为
    assert {p.company for p in postings} == {"上海菡为智能科技有限公司"}
    # "市场专员（若干）：" heads its section: the colon is no part of the title
    assert [p.title for p in postings][:2] == ["智能制造行业销售总监（合伙人）", "市场专员（若干）"]
    # "可以适应短期出差" (can take short business trips) states no temporary job
    assert {p.employment_type for p in postings} == {None}


def test_a_title_under_its_own_label_is_read_though_no_role_word_is_known() -> None:
    (posting,) = jobparse.parse_file(SET / "thuisborg_nl.html")
    assert posting.title == "Woningmakelaar Sale & Lease Back"
    # "Deadline sollicitaties: 1-10-2021": day first, joined by hyphens
    assert [(d.kind.value, d.date) for d in posting.deadlines] == [
        ("application", dt.date(2021, 10, 1))
    ]
    assert posting.employment_type is jobparse.EmploymentType.FULL_TIME


def test_a_label_heading_much_else_names_no_title_without_a_role() -> None:
    page = "<html><body><h1>Vacatures</h1><p>Position: open until filled</p></body></html>"
    assert all(p.title != "open until filled" for p in jobparse.parse(page))


def test_long_chinese_sentences_are_no_role_lines() -> None:
    # a lubricant brand's "join us" page recruiting dealers: sentences naming 业务员
    # (salesmen) among their words name no job
    assert jobparse.parse_file(SET / "jiashikaisheng_zh.html") == []


def test_a_chinese_sites_licence_number_is_no_part_of_its_name() -> None:
    page = (
        "<html><head><title>招聘</title></head><body><h1>Java开发工程师</h1>"
        "<p>岗位职责：负责后端系统开发。任职要求：三年以上经验。</p>"
        "<p>安全联盟©2017Lagou京ICP备14023790号-2京公网安备11010802024043号</p></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.company == "Lagou"


def test_a_slogan_heading_gives_way_to_the_role_named_alone_below_it() -> None:
    # "Help us turn promising ideas into recognizable brands." heads the page; its one
    # opening, under "Open opportunities", is "Intern"
    page = Path(__file__).parent / "pages" / "heldout_real_3" / "fox-timber-v3.html"
    (posting,) = jobparse.parse_file(page)
    assert posting.title == "Intern"
    assert posting.employment_type is jobparse.EmploymentType.INTERNSHIP


def test_a_job_shown_again_under_each_category_tab_is_one_posting() -> None:
    # "Административный персонал" / "(1)" above every line of the second job, and so
    # under three more categories: the same advert, once
    page = Path(__file__).parent / "pages" / "heldout_real_5" / "html-grainhold_vakansii.html"
    titles = [p.title for p in jobparse.parse_file(page)]
    assert titles == [
        "Младший менеджер по продажам",
        *["Менеджер по продажам (Мука)"] * 3,
        "Управляющий внутренним двором",
    ]


def test_a_job_boards_search_page_with_no_results_gives_no_posting() -> None:
    # facets only ("工作地点：" / "不限" / "北京" ...) and "热门搜索： 设计 行政管理 财务 销售", a
    # label and the searches people make: a list of keywords names no role
    assert jobparse.parse_file(SET / "zejuxin_zh.html") == []


def test_lettered_lines_that_hire_are_one_posting_each() -> None:
    # "A、本公司现招聘园林相关工程人员、造价员" / "B、招聘长期绿化工，水电工，力工：" / "C、招聘货（水）车司机"
    postings = jobparse.parse_file(SET / "fjyl_zh.html")
    assert [p.title for p in postings] == [
        "园林相关工程人员、造价员",
        "长期绿化工，水电工，力工",
        "货（水）车司机",
    ]
    assert {p.company for p in postings} == {"富景园林"}
