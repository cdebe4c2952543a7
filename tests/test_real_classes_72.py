"""The seventy-second and seventy-third held-out sets (issue 21): Russian, Romanian, Hungarian."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

import jobparse
from jobparse import vocabulary
from jobparse.fields.places import cased, scan_places
from jobparse.page.card_titles import card_title, role_after_asking, without_bullets
from jobparse.page.template_filler import template_filler

SETS = Path(__file__).parent / "pages"


def _places(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(p.city, p.country, p.remote) for p in scan_places(cased(text)).locations]


def test_parts_glued_by_their_markup_are_a_title_and_its_facts() -> None:
    # "<span>Consultant Retail</span><span>Iași · Hibrid · Full-time</span>", no space between
    postings = jobparse.parse_file(SETS / "heldout_real_73" / "06_4biz_cariere_ro.html")
    assert [p.title for p in postings] == [
        "Senior Consultant — Birouri (Office Advisory)",
        "Consultant Retail",
        "Consultant Industrial și Logistică",
    ]
    assert {(place.city, place.country) for p in postings for place in p.locations} == {
        ("Iași", "RO")
    }
    link = lxml_html.fragment_fromstring(
        '<a href="/x"><span><span>Java Developer</span><span>Berlin</span></span></a>'
    )
    assert card_title(link) == "Java Developer"
    # two parts of which the first names no role stay one title: "Senior" + "Engineer"
    link = lxml_html.fragment_fromstring(
        '<a href="/x"><span>Senior</span><span>Engineer</span></a>'
    )
    assert card_title(link) == "SeniorEngineer"


def test_a_closing_guillemet_stays_with_the_name_it_closes() -> None:
    assert without_bullets("АО «АЛЬФА-БАНК»") == "АО «АЛЬФА-БАНК»"
    assert without_bullets("» Kontakt ›") == "Kontakt"
    assert without_bullets("«Vacancies» »") == "«Vacancies»"


def test_a_board_of_other_employers_cards() -> None:
    postings = jobparse.parse_file(SETS / "heldout_real_72" / "02_kreditpodbor_vakansii_ru.html")
    assert len(postings) == 11
    companies = [p.company for p in postings]
    # the logo's alt text repeats the title: no employer; the badge "ТОП" is none either
    assert companies[:3] == ["АО «АЛЬФА-БАНК»", "АО «АЛЬФА-БАНК»", "Партнёр Яндекс.Маркет"]
    assert "ТОП" not in companies
    assert None not in companies
    places = {p.title: {(at.city, at.country, at.remote) for at in p.locations} for p in postings}
    assert places["Руки — мастер (сборщик / установщик)"] == {
        ("Moscow", "RU", False),
        ("Saint Petersburg", "RU", False),
    }
    assert places["Яндекс Еда — курьер"] == {(None, "RU", False)}  # "Вся Россия"
    assert places["Т-Банк — специалист поддержки"] == {(None, None, True)}
    kinds = {p.title: p.employment_type for p in postings}
    assert kinds["Купер — курьер / водитель"] == "contract"  # "Самозанятость"
    assert vocabulary.is_status_badge("ТОП")
    assert vocabulary.is_status_badge("Терміново")


def test_a_mixed_case_abbreviation_names_a_big_city_only() -> None:
    assert _places("Москва, СПб") == [("Moscow", "RU", False), ("Saint Petersburg", "RU", False)]
    assert _places("SPb") == [("Saint Petersburg", "RU", False)]
    assert _places("La") == []  # a word, no abbreviation


def test_a_town_of_any_size_after_the_abbreviation_of_town() -> None:
    assert _places("г. Фурманов") == [("Furmanov", "RU", False)]
    assert _places("Фурманов") == []  # a bare word: only the gazetteer's towns
    postings = jobparse.parse_file(SETS / "heldout_real_72" / "04_euroalliance_vakansii_ru.html")
    # the town of one card's title is that card's, not the page's
    assert [[(at.city, at.country) for at in p.locations] for p in postings] == [
        [],
        [],
        [("Furmanov", "RU")],
    ]


def test_cards_whose_title_and_pay_share_a_tag_path() -> None:
    # each card's title and pay are a <p> in boxes of two classes; the jobs' details in
    # modals a visitor opens are no cards of their own
    postings = jobparse.parse_file(SETS / "heldout_real_72" / "01_rusvolley_vakansii_ru.html")
    assert [p.title for p in postings] == [
        "Менеджер по продажам",
        "Менеджер по туризму",
        "Тренер по волейболу",
        "Помощник руководителя",
        "Исполнительный/коммерческий директор",
    ]
    assert postings[3].emails == ("kolesnik@rus-volley.ru",)


def test_a_hungarian_activity_is_no_role() -> None:
    assert not vocabulary.has_role("Programozás karrier")  # programming, not a programmer
    assert vocabulary.has_role("Programozót keresünk")
    assert not vocabulary.has_role("Villanyszerelés")
    assert vocabulary.has_role("Villanyszerelőt keresünk")
    assert jobparse.parse_file(SETS / "heldout_real_73" / "09_pkwork_karrier_hu.html") == []


def test_a_card_heading_that_only_asks_leaves_the_title_to_the_role_below() -> None:
    # "<h2>SOLICITAMOS</h2><span>"ENFERMERO/A"</span>": we are looking for a nurse
    postings = jobparse.parse_file(SETS / "heldout_real_75" / "02_eishel_bolsa_de_trabajo_es.html")
    assert [p.title for p in postings] == ["ENFERMERO/A", "GALOPINO", "MESERO"]
    assert {(at.city, at.country) for p in postings for at in p.locations} == {("Cuernavaca", "MX")}
    assert role_after_asking("SOLICITAMOS", ['"MESERO"', "Sexo: Ambos."]) == (
        "MESERO",
        ["Sexo: Ambos."],
    )
    # a heading that asks for someone by name keeps its title
    assert role_after_asking("Se solicita mesero", ["Sexo: Ambos."])[0] == "Se solicita mesero"
    assert vocabulary.has_role("Mesero")  # SINCO 2019's name of a waiter


def test_a_templates_sample_cards_are_no_jobs() -> None:
    # "職種A", "職種B", "職種C" with "テキスト" and "000,000円" where the facts are to go
    assert jobparse.parse_file(SETS / "heldout_real_76" / "02_myroa_recruit_ja.html") == []
    assert template_filler("職種A")
    assert not template_filler("Koch 2")


def test_a_label_in_lenticular_brackets_labels_its_fact() -> None:
    assert vocabulary.fact_label("【雇用形態】正社員") == ("employment_type", "正社員")
    assert vocabulary.label_field("【勤務時間】") == "hours"
    assert vocabulary.fact_label("【重要】お知らせ") is None  # "important": no label of a field


def test_a_careers_phrase_names_no_more_than_its_side_of_a_separator() -> None:
    postings = jobparse.parse_file(SETS / "heldout_real_76" / "09_codezilla_werken_bij_nl.html")
    assert [p.company for p in postings] == ["CODEZILLA"]  # "Werken bij CODEZILLA - CODEZILLA"


def test_a_label_whose_value_a_script_has_not_filled_is_no_job() -> None:
    # "Total: ... Lowongan Magang" above filters whose list a script fills
    assert jobparse.parse_file(SETS / "heldout_real_75" / "10_mbkm_lowongan_id.html") == []


def test_a_cards_first_duty_is_no_employer() -> None:
    # below "Vollzeit" / "Hamburg", each card's first bullet: German nouns capitalised
    postings = jobparse.parse_file(SETS / "heldout_real_77" / "08_langeteile_karriere_de.html")
    assert len(postings) == 6
    assert {p.company for p in postings} == {"lange-teile.com"}


def test_a_slogan_to_the_reader_is_not_the_pages_job() -> None:
    # "Tstars02 - IHR PERFEKTER PARTNER FÜR SOFTWARE": the formal "your"; the three jobs
    # below it are the page's, "DevOps<br>Engineer" one title
    postings = jobparse.parse_file(SETS / "heldout_real_77" / "05_tstars_karriere_de.html")
    assert [p.title for p in postings] == [
        "Senior Java Developer für Backend Entwicklung",
        "DevOps Engineer",
        "Angular JS Entwickler",
    ]


def test_a_registered_name_heading_the_page_leaves_the_title_to_its_label() -> None:
    # "华响设计有限公司" (設計, design, inside a company's name) over "岗位名称：市场总监"
    postings = jobparse.parse_file(SETS / "heldout_real_77" / "02_huaxiang_recruit_zh.html")
    assert [p.title for p in postings] == ["市场总监"]


def test_a_role_under_a_list_heading_and_its_introducing_sentence() -> None:
    # "Stellenangebote" / "Wir suchen motivierte Ergotherapeuten ..." / "<i>business_center</i>
    # Ergotherapeut/in (m/w/d)": the icon's ligature is no text; an e-mail address in a
    # sentence further down makes the line no contact's role
    page = SETS / "heldout_real_74" / "01_ergobrunner_stellenangebote_de.html"
    assert [p.title for p in jobparse.parse_file(page)] == ["Ergotherapeut/in (m/w/d)"]


def test_a_word_written_three_times_is_a_templates_filler() -> None:
    assert jobparse.parse_file(SETS / "heldout_real_77" / "03_meirong_recruit_zh.html") == []


def test_a_line_ending_in_an_ellipsis_is_a_sentence() -> None:
    # "In der Realität ist das leider nicht der Fall…" names no role (Dutch "leider" is a
    # leader): a coaching service's page for job seekers gives no posting
    assert jobparse.parse_file(SETS / "heldout_real_77" / "06_akadia_karriere_de.html") == []


def test_a_title_box_and_the_terms_after_its_rule_are_one_record() -> None:
    # "<div><h3>STAFF</h3><p>2022年度 新卒募集</p></div><hr><p>…</p><table>【雇用形態】…"
    postings = jobparse.parse_file(SETS / "heldout_real_76" / "04_salonbysea_recruit_ja.html")
    assert [p.title for p in postings] == ["2022年度 新卒募集", "中途採用募集"]
    assert [p.employment_type for p in postings] == ["full_time", "full_time"]
    # "神奈川県藤沢市江ノ島○○-○○○ 1階": a prefecture, then the town; the house number masked
    assert {(at.city, at.country) for p in postings for at in p.locations} == {("Fujisawa", "JP")}
