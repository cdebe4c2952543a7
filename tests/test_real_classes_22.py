"""Failure classes the twenty-second held-out set of real pages showed (issue 21), on their pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse.fields.locations import is_place_line

SET = Path(__file__).parent / "pages" / "heldout_real_22"


def test_a_title_part_that_heads_a_postings_section_names_no_company() -> None:
    # <title>Nabídka práce - Koho hledáme | Zasilkovna.cz</title>: "Koho hledáme" (whom we
    # seek) heads a posting's part; the domain and the copyright line's "Zásilkovna s.r.o."
    # agree by the domain's name, and name the employer of all 24 cards
    postings = jobparse.parse_file(SET / "01_zasilkovna_volne_pozice_cs.html")
    assert len(postings) == 24
    assert {p.company for p in postings} == {"Zásilkovna s.r.o."}


def test_a_cards_labelled_title_is_the_labels_value_and_chinese_trades_are_roles() -> None:
    # <h3>招聘岗位：检验员</h3> (post: inspector) over a table of 招聘人数, 有效期, 工作地点:
    # four cards, titled by the label's value; 检验员 and 跟单员 are occupations of China's
    # classification (员 / 工 endings), as 品管经理 already was
    postings = jobparse.parse_file(SET / "04_rongye_zhaopin_zh.html")
    assert [p.title for p in postings] == ["检验员", "跟单员", "品管文员", "品管经理"]
    assert {loc.city for p in postings for loc in p.locations} == {"Hangzhou"}


def test_garment_trades_are_roles_and_each_role_heading_is_a_posting() -> None:
    # "Kogo szukamy" lists three roles by in-page links, then each has its <h2> and its
    # parts (zakres obowiązków, zarobki, wymiar godzin): "Szwaczka/brakarka" (a sewer,
    # ISCO-08 7533) is a role as the other two are, so the three headings are the postings
    postings = jobparse.parse_file(SET / "03_abe_praca_pl.html")
    assert [p.title for p in postings] == [
        "Asystent ds. sprzedaży i kontaktów z klientami",
        "Technik technologii odzieży",
        "Szwaczka/brakarka",
    ]


def test_a_duty_sentence_naming_a_town_in_passing_is_no_place_line() -> None:
    # "…养护及园林硬质景观施工；…" (landscape works): 园林 is also a town's name; a line
    # without spaces is a place line when it opens with a place or is mostly places
    duty = "2、年龄55岁以下，主要从事绿化苗木栽植，养护及园林硬质景观施工；"
    assert not is_place_line(duty)
    assert is_place_line("杭州拱墅区")
    assert is_place_line("福岡・那珂川エリアで、いっしょに走る仲間を募集します。")
    assert not is_place_line("1日4h〜・週3日〜OK")


def test_a_templates_placeholder_cards_are_no_postings_and_their_labels_no_company() -> None:
    # One real card (Interaction Designer, Telenor Digital, Snarest, Trondheim) beside three
    # placeholders: "Stillingstittel / bedrift / Frist / Sted" (title, company, deadline,
    # place), linked to a placeholder page: labels all, so no posting; "Frist" under
    # "bedrift" is a label, not the employer's name
    postings = jobparse.parse_file(SET / "08_careco_stillinger_no.html")
    assert [p.title for p in postings] == ["Interaction Designer"]
    assert postings[0].company != "Frist"
    assert [loc.city for loc in postings[0].locations] == ["Trondheim"]


def test_a_place_line_with_remote_work_and_a_column_of_sectors_name_no_employers() -> None:
    # "Hammarö / Distans | Heltid": a municipality the gazetteer lacks, and remote work in
    # Swedish; "Byg", "Industri", "Anlæg": the cards' sector (Danish), as the filter says
    seleri = jobparse.parse_file(SET / "07_seleri_karriar_sv.html")
    assert [p.company for p in seleri] == ["Seleri AB", "Seleri AB"]
    assert any(loc.remote for loc in seleri[0].locations)
    subz = jobparse.parse_file(SET / "09_subz_stillinger_da.html")
    assert {p.company for p in subz} == {"SUB-z"}
    assert [loc.city for p in subz for loc in p.locations] == [
        "Fredericia",
        "Middelfart",
        "Kolding",
        "Fredericia",
    ]


def test_a_label_standing_alone_names_the_next_paragraph_and_a_registered_name_no_job() -> None:
    # <h3>岗位名称：</h3><p>供应链管理总监</p>: the label (post's name) heads the next
    # paragraph, the job's title; the page's <title> "广州大通资源开发股份有限公司" is the
    # company, 开发 (development) inside a registered name naming no job
    postings = jobparse.parse_file(SET / "05_datong_zhaopin_zh.html")
    assert [(p.title, p.company) for p in postings] == [
        ("供应链管理总监", "广州大通资源开发股份有限公司")
    ]


def test_an_open_application_button_after_cards_with_their_own_pages_is_none_of_theirs() -> None:
    # 24 cards each linking to "pozice/N.html", then "Tvoje vysněná pozice ... chybí?
    # [Poslat životopis]" (an ATS's general register): no card's apply link
    postings = jobparse.parse_file(SET / "01_zasilkovna_volne_pozice_cs.html")
    assert {p.apply_url for p in postings} == {None}


def test_a_swedish_praktikplats_is_an_internship() -> None:
    postings = jobparse.parse_file(SET / "06_techtalent_karriar_sv.html")
    assert [p.employment_type for p in postings] == ["internship"]
