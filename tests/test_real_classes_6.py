"""Failure classes the sixth held-out set of real pages showed (issue 21), each on its page.

A line break inside a heading glued two words; a listing shown three times gave
each job thrice; a single job page headed by a slogan names its job in its
details ("職種"); a table whose rows are headed by ``th`` cells; a grid of
``div`` cells under a header row of field names, its towns written after
Swedish "i" and "till"; a katakana loanword read as a town inside it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jobparse
from jobparse.fields.cjk_places import cjk_places

SET = Path(__file__).parent / "pages" / "heldout_real_6"


def test_a_line_break_in_a_heading_parts_its_words() -> None:
    (posting,) = jobparse.parse_file(SET / "grip-website_werken-bij.html")
    assert posting.title == "Maak het verschil als ambulant coach"


def test_a_listing_shown_three_times_gives_each_job_once() -> None:
    postings = jobparse.parse_file(SET / "MLK-kariera_kariera.html")
    assert [p.title for p in postings] == [
        "Opravář mechanik",
        "Obchodní manažer/ka",
        "Produktový/á specialista/ka",
    ]
    # the page's title is "Co umíme | Moravský letecký klastr": the name its text repeats
    assert {p.company for p in postings} == {"Moravský letecký klastr"}


def test_a_single_page_headed_by_a_slogan_is_titled_by_its_stated_job() -> None:
    (posting,) = jobparse.parse_file(SET / "daikounaw_saiyo.html")
    assert posting.title == "運転代行ドライバー（随伴車／代行運転）"
    assert posting.employment_type == jobparse.EmploymentType.CONTRACT


def test_a_table_of_rows_headed_by_their_jobs_gives_a_posting_a_row() -> None:
    postings = jobparse.parse_file(SET / "otani-kindergarten-preview_saiyo.html")
    assert [(p.title, p.employment_type and p.employment_type.value) for p in postings] == [
        ("保育教諭", "full_time"),  # 正職員
        ("保育補助", "part_time"),
        ("調理スタッフ", "part_time"),
    ]
    assert all([loc.city for loc in p.locations] == ["Kitami"] for p in postings)


def test_a_katakana_loanword_holds_no_town() -> None:
    assert cjk_places("保育のサポート・短時間勤務も可") == ()  # "ポー" is Bo, Sierra Leone
    assert [loc.city for loc in cjk_places("ロンドン、パリ")] == ["London", "Paris"]


def test_a_grid_under_a_header_row_reads_each_column_by_its_name() -> None:
    postings = jobparse.parse_file(SET / "cherry-karriar_lediga-tjanster.html")
    assert len(postings) == 12  # the header row "Tjänst | Sista ansökningsdatum" is none
    first = postings[0]
    assert first.title == "Blackjackdealer i Älvsbyn"
    assert [d.date for d in first.deadlines] == [dt.date(2026, 4, 1)]
    assert first.apply_url == "sok-tjanst.html?AdID=82"
    towns = {p.title: [loc.city for loc in p.locations] for p in postings}
    assert towns["Blackjackdealer i Kungsbacka"] == ["Kungsbacka"]  # a town of 20,000
    assert towns["Cherry söker Blackjack dealer till Bollnäs"] == ["Bollnäs"]
    assert towns["Säsong VINTER"] == []


def test_a_template_page_opening_with_front_matter_is_read_as_html() -> None:
    postings = jobparse.parse_file(SET / "naturchem_web_kariera.html")  # "---\nlayout: ..."
    assert [p.title for p in postings] == [
        "Autorizované studie a posudky",
        "Měřící technik - emise, hluk, vibrace, osvětlení",
    ]
    assert all("layout:" not in p.description for p in postings)
    # "Praxe v oboru minimálně dva roky" asks for experience: no internship
    assert [p.employment_type for p in postings] == [None, None]
    assert {loc.city for p in postings for loc in p.locations} == {"České Budějovice"}


def test_a_careers_page_under_a_slogan_naming_no_job_gives_no_posting() -> None:
    assert jobparse.parse_file(SET / "vitar-group-fable_kariera.html") == []


SET_7 = Path(__file__).parent / "pages" / "heldout_real_7"


def test_a_page_saying_it_has_no_opening_gives_no_posting() -> None:
    # "Zurzeit sind keine Stellen ausgeschrieben", "Aktuell haben wir leider keine offenen
    # Stellen zu besetzen": real pages of a gardener and a veterinary practice
    for name in ("devries-galabau_stellenangebote.html", "vet-wannermarkt_stellenangebote.html"):
        assert jobparse.parse_file(SET_7 / name) == []
    page = "<html><body><h1>Data Engineer</h1><p>Berlin. We are not currently hiring.</p>"
    assert [p.title for p in jobparse.parse(page + "</body></html>")] == ["Data Engineer"]
