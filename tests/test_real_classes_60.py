"""The sixtieth held-out set of real pages (issue 21): Chinese and Japanese careers pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary

SET = Path(__file__).parent / "pages" / "heldout_real_60"


def titles(name: str) -> list[str | None]:
    return [posting.title for posting in jobparse.parse_file(SET / name)]


def test_a_sections_own_header_is_read_not_dropped_as_the_sites() -> None:
    # <section><header class="major"><h3>Student assistant (HiWi, 10-20h/week)</h3>
    assert titles("09_imkeller_recruit_en.html") == [
        "Thesis projects (BSc/MSc) and student internships",
        "Student assistant (HiWi, 10-20h/week)",
    ]


def test_a_page_opening_with_an_obsolete_element_is_html() -> None:
    # "<center>系统升级维护通知 ..." was read as text: one posting of raw markup
    assert jobparse.parse_file(SET / "06_longquan_notice_zh.html") == []


def test_a_labelled_fact_closing_a_heading_is_no_part_of_the_title() -> None:
    # <h2>职位信息：礼品设计师<span>发布日期：2017.06.10</span></h2>
    assert set(titles("02_guangda_rczp_zh.html")) == {"礼品设计师"}
    # <span>营销总监</span><span>招聘人数：1</span>: the role, not its head count
    assert set(titles("12_shsl_recruit_zh.html")) == {"营销总监"}


def test_the_closing_fact_needs_a_label_after_the_title() -> None:
    assert vocabulary.closing_fact_start("Data Engineer Location: Berlin") == 14
    assert vocabulary.closing_fact_start("Location: Berlin") is None  # the label opens it
    assert vocabulary.closing_fact_start("Sales Manager: EMEA") is None  # no label
    assert vocabulary.closing_fact_start("Engineer Location:") is None  # no value


def test_graduate_students_and_food_trades_are_roles() -> None:
    assert titles("03_birthlab_rczp_zh.html") == [
        "博士后", "博士学生", "硕士学生", "研究助理", "本科研究生", "暑期研究实习生",
    ]  # fmt: skip
    assert titles("04_jiangwu_rczp_zh.html") == ["领军人才招聘", "董秘招聘"]
    assert all(vocabulary.has_role(word) for word in ("面点师", "吧员", "咖啡師", "博士生"))


def test_a_role_under_a_heading_of_open_jobs_titles_a_single_page() -> None:
    # h1 "Enjoy Creation for Client" (a slogan), h1 "募集中の職種", then "Webデザイナー"
    [posting] = jobparse.parse_file(SET / "11_pondesign_recruit_ja.html")
    assert posting.title == "Webデザイナー"
    assert posting.employment_type == "full_time"


def test_a_boards_popular_searches_are_no_postings() -> None:
    # set 40's job board: eleven result cards, then "热门职位" (popular jobs), a cloud of
    # category links ("会计", "销售代表", ... eight times over)
    page = Path(__file__).parent / "pages" / "heldout_real_40" / "01_fwy_zhaopin_zh.html"
    assert set(titles_of(page)) == {"高级业务经理"}
    assert vocabulary.names_no_jobs("Popular searches")
    assert not vocabulary.names_no_jobs("Open positions")


def titles_of(path: Path) -> list[str | None]:
    return [posting.title for posting in jobparse.parse_file(path)]


def test_a_labelled_fact_is_no_cards_title_though_its_label_is_a_role_word() -> None:
    # set 41: <h3>Oficial de Seguridad</h3> <p>Secretaria: SSPC</p> ("Secretaria": secretary)
    page = Path(__file__).parent / "pages" / "heldout_real_41" / "07_fib_empleos_es.html"
    assert titles_of(page) == [
        "Oficial de Seguridad", "Personal Gubernamental", "Medico y/o Personal de salud",
    ]  # fmt: skip


def test_hungarian_media_and_trade_words_are_roles() -> None:
    for word in ("Projektmenedzser", "Szövegíró", "Grafikus", "Videós", "Minőségellenőr"):
        assert vocabulary.has_role(word), word
    assert not vocabulary.has_role("Adatkezelő")  # a data controller, in a privacy notice


def test_a_role_before_a_relative_clause_is_the_title() -> None:
    # set 32: "Szövegíró, aki a forgatókönyveket ..." (copywriter, who ...)
    page = Path(__file__).parent / "pages" / "heldout_real_32" / "03_eliteimage_karrier_hu.html"
    assert {"Projektmenedzser", "Szövegíró", "Grafikus"} <= set(titles_of(page))


def test_one_jobposting_summing_up_a_visible_list_gives_way_to_its_cards() -> None:
    # set 4: JSON-LD "薬剤師・調剤事務" beside h3 cards "薬剤師（正社員）", "事務スタッフ（正社員）"
    page = Path(__file__).parent / "pages" / "heldout_real_4" / "kurumi-pharmac_recruit.html"
    postings = jobparse.parse_file(page)
    assert [p.title for p in postings] == ["薬剤師（正社員）", "事務スタッフ（正社員）"]
    assert all(p.company == "くるみ薬局" for p in postings)


def test_a_row_of_chips_above_a_role_leaves_the_title_to_the_role() -> None:
    # set 59: <div><span>Advisory</span><span>Full-time</span></div><div>Consultor Júnior</div>
    page = Path(__file__).parent / "pages" / "heldout_real_59" / "06_opencapital_pt.html"
    postings = jobparse.parse_file(page)
    assert [p.title for p in postings] == [
        "Técnico de Candidaturas & Incentivos",
        "Consultor Júnior",
    ]
    assert all(p.employment_type == "full_time" for p in postings)
    assert all(p.company == "Open Capital Advisory & Consultancy" for p in postings)


def test_an_address_pairing_its_town_with_a_country_places_the_sites_jobs() -> None:
    # set 49: "Carigradski drum 6 / Paraćin, Srbija, 35250" in a contact block mid-page
    page = Path(__file__).parent / "pages" / "heldout_real_49" / "01_nipinox_karijera_sr.html"
    postings = jobparse.parse_file(page)
    assert postings
    assert all([(p.city, p.country) for p in x.locations] == [("Paraćin", "RS")] for x in postings)


def test_a_table_shown_twice_for_two_screens_states_its_place_once() -> None:
    # "勤務地 | 東京(羽田)、大阪(伊丹)、福岡、札幌(新千歳)など 各拠点" in the wide table,
    # the same towns one per line in the narrow one: every role's places
    postings = jobparse.parse_file(SET / "13_soleil_recruit_ja.html")
    assert len(postings) == 4
    for posting in postings:
        assert {"Tokyo", "Osaka", "Fukuoka", "Sapporo"} <= {p.city for p in posting.locations}


def test_recruitment_forms_apply_and_template_tags_link_nowhere() -> None:
    assert vocabulary.apply_text("RECRUITMENT FORM")
    assert vocabulary.apply_text("在线投递")
    [posting] = jobparse.parse_file(SET / "11_pondesign_recruit_ja.html")
    assert posting.apply_url is None  # <a href="{% url 'main:recruit' %}">応募する</a>
    applies = {p.apply_url for p in jobparse.parse_file(SET / "12_shsl_recruit_zh.html")}
    assert len(applies) == 1
    assert str(next(iter(applies))).endswith("fill.html")


def test_a_term_of_employment_heading_its_role_leaves_the_title_to_the_role() -> None:
    # set 63: <h3>正社員</h3><h4>調理場スタッフ</h4> ...; then 募集要項 <h3>正社員</h3> <給与>...
    page = Path(__file__).parent / "pages" / "heldout_real_63" / "06_manpuku_kyujin_ja.html"
    postings = jobparse.parse_file(page)
    assert [p.title for p in postings] == ["調理場スタッフ", "ホールスタッフ、調理補助"]
    assert [p.employment_type for p in postings] == ["full_time", "part_time"]
    assert vocabulary.names_only_a_type("正社員")
    assert not vocabulary.names_only_a_type("Kok (FT)")


def test_cards_coloured_apart_are_one_list() -> None:
    # set 62: <div class="service-box bg-yellow"><h4 class="small-heading white">, bg-lightpink...
    page = Path(__file__).parent / "pages" / "heldout_real_62" / "05_heartcare_vacatures_nl.html"
    found = {p.title for p in jobparse.parse_file(page)}
    assert {
        "Medewerker catering",
        "Medewerker ambulante zorg",
        "Stagiaire intensieve zorg",
    } <= found


def test_a_list_is_introduced_by_the_last_sentence_before_its_colon() -> None:
    # set 61: "Skorzystaj z naszej oferty już dziś ... Zdecyduj:" over "w jakim zawodzie ...;"
    page = Path(__file__).parent / "pages" / "heldout_real_61" / "07_kariera_board_pl.html"
    assert jobparse.parse_file(page) == []


def test_dutch_section_headings_leave_a_pages_bold_roles_as_its_jobs() -> None:
    # set 62: <p><b>ZELFSTANDIG WERKEND KOK (FT)</b></p> <p><b>Dit ben jij</b></p> ...
    page = Path(__file__).parent / "pages" / "heldout_real_62" / "07_oudleusden_vacatures_nl.html"
    assert [p.title for p in jobparse.parse_file(page)] == [
        "ZELFSTANDIG WERKEND KOK (FT)", "BEDIENINGSMEDEWERKERS PART TIME / OPROEPKRACHT",
    ]  # fmt: skip
    assert vocabulary.is_section_heading("Dit vragen wij van onze nieuwe collega's")


def test_a_great_citys_own_language_name_outweighs_a_small_towns() -> None:
    # set 61: "Via Acuto, 52/B 00131 Roma" is Rome, not Roma in Lesotho
    from jobparse.fields.city_names import city_named_exactly

    rome = city_named_exactly("Roma")
    assert rome is not None
    assert (rome.city, rome.country) == ("Rome", "IT")
    page = Path(__file__).parent / "pages" / "heldout_real_61" / "10_dtk_lavora_it.html"
    assert {(p.city, p.country) for x in jobparse.parse_file(page) for p in x.locations} == {
        ("Rome", "IT")
    }


def test_an_employer_inferred_by_a_short_name_takes_the_sites_fuller_one() -> None:
    # set 62: "info@rocket.nl" names "Rocket"; the page is Rocket Rijschool's
    page = Path(__file__).parent / "pages" / "heldout_real_62" / "01_rocket_vacatures_nl.html"
    [posting] = jobparse.parse_file(page)
    assert posting.company == "Rocket Rijschool"


def test_a_department_chip_over_a_role_and_a_jobposting_naming_the_list() -> None:
    # set 64: JSON-LD "Açık Pozisyonlar – Webey" (open positions) over four cards, each
    # <div class="job-dept">Yazılım</div><div class="job-title">Full Stack Developer ...</div>
    # and chips "Uzaktan / İstanbul", "Tam Zamanlı", "Mid–Senior" (a level, no employer)
    page = Path(__file__).parent / "pages" / "heldout_real_64" / "05_webey_kariyer_tr.html"
    postings = jobparse.parse_file(page)
    assert [p.title for p in postings][:2] == ["Full Stack Developer (PHP / JS)", "UI/UX Designer"]
    assert len(postings) == 4
    assert {p.company for p in postings} == {"Webey"}
    assert all(p.employment_type == "full_time" for p in postings)


def test_the_kept_aside_sets_pages_with_no_opening_give_no_posting() -> None:
    # forms whose select names roles, partnerships, lorem ipsum, redirects, a job board's
    # introduction, placeholders ("[Şirket Adı]"), a school asking employers for offers
    pages = Path(__file__).parent / "pages"
    silent = {
        "heldout_real_61": ("01_goldenrails_kariera_pl.html", "02_tomellis_kariera_cs.html",
                            "03_nugabest_kariera_cs.html", "06_chdcho_kariera_cs.html",
                            "07_kariera_board_pl.html", "08_adr_lavora_it.html",
                            "09_innovazione_redirect_it.html", "12_alexander_lavora_it.html"),
        "heldout_real_62": ("02_vub_vacatures_nl.html", "04_hoekvanholland_vacatures_nl.html"),
        "heldout_real_63": ("01_fujita_saiyou_ja.html", "03_sapporo_mirai_saiyou_ja.html",
                            "04_krikka_saiyou_ja.html", "05_onboarding_tool_saiyou_ja.html",
                            "07_banner_portfolio_kyujin_ja.html"),
        "heldout_real_64": ("01_casadopao_trabalhe_pt.html", "02_coderhouse_trabalhe_pt.html",
                            "03_shoes_trabalhe_pt.html", "04_fonepro_trabalhe_pt.html",
                            "06_hepsiyemek_kariyer_tr.html", "07_template_kariyer_tr.html",
                            "08_ayazilim_kariyer_tr.html", "09_kariyerim_tr.html"),
    }  # fmt: skip
    for folder, names in silent.items():
        for name in names:
            assert jobparse.parse_file(pages / folder / name) == [], name


def test_rights_reserved_to_a_holder_name_it() -> None:
    # set 61: "© 2023 Tutti i diritti riservati a DTK srl - P.Iva 07582561002 - ..."
    page = Path(__file__).parent / "pages" / "heldout_real_61" / "10_dtk_lavora_it.html"
    assert {p.company for p in jobparse.parse_file(page)} == {"DTK srl"}


def test_a_bare_place_label_over_several_lines_of_places_names_them_all() -> None:
    # set 63: "勤務地" / "福岡市近郊（A・B・C）" / "福岡県直方市（C)" / "阪神間（A）・兵庫県宝塚市（C）" / ...
    page = Path(__file__).parent / "pages" / "heldout_real_63" / "08_apical_kyujin_ja.html"
    [posting] = jobparse.parse_file(page)
    assert {"Fukuoka", "Takarazuka", "Yokohama", "Tokyo"} <= {p.city for p in posting.locations}


def test_a_messengers_logo_is_no_logo_of_the_site() -> None:
    # set 19: <img src="./images/viber.svg" alt="viber logo"> beside the site's contacts
    page = Path(__file__).parent / "pages" / "heldout_real_19" / "03_inverta_vakansii_ru.html"
    assert {p.company for p in jobparse.parse_file(page)} == {None}


def test_a_tagline_ending_in_the_sites_name_is_the_sites_and_join_today_names_no_one() -> None:
    # set 60: "Join Today." in the h1 named "Today"; "Help Spread Project STAR" under a role
    postings = jobparse.parse_file(SET / "14_projectstar_recruit_en.html")
    assert {p.company for p in postings} == {"Project STAR"}
    # set 45: "Activiteiten in de omgeving van Hotel Aurora" is the hotel's own line
    page = Path(__file__).parent / "pages" / "heldout_real_45" / "12_hotel_aurora_vacatures_nl.html"
    assert "Hotel Aurora" in {p.company for p in jobparse.parse_file(page)}
