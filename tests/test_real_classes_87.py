"""The eighty-seventh and eighty-ninth held-out sets (issue 21): the classes their pages showed.

Russian, English and Vietnamese career pages: each test reads a real page of the sets,
or the rule it needed on its own.
"""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

import jobparse
from jobparse import patterns, vocabulary
from jobparse.fields.institutions import institution_town
from jobparse.fields.places import scan_places
from jobparse.page.academic_posts import academic_posts
from jobparse.page.address import page_texts
from jobparse.page.card_titles import role_below_figures
from jobparse.page.copyright_holder import copyright_holder
from jobparse.page.footer_address import labelled_footer_place
from jobparse.page.site import page_company
from jobparse.page.tree import parse_html
from jobparse.sources.decoding import fold_width

SETS = Path(__file__).parent / "pages"


def _page(set_number: int, name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SETS / f"heldout_real_{set_number}" / name)


def test_a_card_opened_by_figures_is_titled_by_the_role_below_them() -> None:
    assert role_below_figures("3/3", ["от 50 000 ₽", "База Хитон", "Кладовщик"]) == (
        "Кладовщик",
        ["3/3", "от 50 000 ₽", "База Хитон"],
    )
    assert role_below_figures("Vacante: Auxiliar", ["Responsable"])[0] == "Vacante: Auxiliar"
    postings = _page(87, "02_avangard_vacancies_ru.html")
    assert [p.title for p in postings][:3] == [
        "Водитель погрузчика", "Оператор-комплектовщик", "Кладовщик",
    ]  # fmt: skip
    # the footer's "Адрес: Республика Татарстан, Казань" places them
    assert {p.locations[0].city for p in postings} == {"Kazan"}


def test_a_json_ld_list_of_vacancies_behind_an_empty_body_gives_its_jobs() -> None:
    postings = _page(87, "01_webrunes_vacancies_en.html")
    assert [p.title for p in postings] == [
        "Growth Hacker", "React.js Developer", "IT Project Manager", "HR Manager",
    ]  # fmt: skip
    assert postings[0].url == "https://webrunes.com/vacancies/Growth_Hacker/index.html"
    assert "cross-functional role" in postings[0].description


def test_a_labs_sentences_recruiting_several_kinds_of_post_give_one_posting_each() -> None:
    assert academic_posts(
        "We plan to recruit one Ph.D. student each year and offer research assistant "
        "stipends. In addition, we plan to recruit one postdoctoral fellow."
    ) == ["Ph.D. student", "postdoctoral fellow"]
    assert academic_posts("We currently have one open PhD and one Postdoc position.") == [
        "PhD position",
        "Postdoc position",
    ]
    assert academic_posts("Prospective PhD students and postdocs: please email me.") == []
    assert academic_posts("The PhD position has been closed. We recruit postdocs.") == []
    postings = _page(87, "03_fiction_vacancies_en.html")
    assert [p.title for p in postings] == [
        "Postdocs", "Ph.D./Master Students", "Research Assistants/Interns",
    ]  # fmt: skip
    # "Prof. Dr. Mingshuai Chen" leads the group: a person, no employer
    assert {p.company for p in postings} == {"ZJU"}


def test_a_state_universitys_campus_town_and_a_labelled_footer_address() -> None:
    town = institution_town("The University of Wisconsin-Madison is a highly ranked institution")
    assert town is not None
    assert town.city == "Madison"
    root = lxml_html.fromstring(
        "<html><body><p>Jobs</p><footer><p>Ubicación : Brasilia, No. 10</p></footer></body></html>"
    )
    assert labelled_footer_place(page_texts(root).pieces) is None  # a street named after a town


def test_vietnamese_pages_that_recruit_no_one() -> None:
    # "currently not hiring staff"; "the hiring process" and its benefits
    assert _page(89, "10_macbooksaigon_tuyendung_vi.html") == []
    assert _page(89, "07_yan_tuyendung_vi.html") == []
    assert vocabulary.label_field("3.ĐỊA ĐIỂM LÀM VIỆC") == "location"  # a numbered label


def test_mathematical_bold_letters_are_read_as_the_letters_a_visitor_sees() -> None:
    assert fold_width("𝐆𝐚𝐦𝐞 𝐃𝐞𝐬𝐢𝐠𝐧𝐞𝐫 𝟐𝟎𝟐𝟒") == "Game Designer 2024"
    titles = [p.title for p in _page(89, "09_kcgames_tuyendung_vi.html")]
    assert titles[0] == "Game Designer(Fresher-Junior)"


def test_vietnamese_places_companies_and_greetings() -> None:
    def cities(text: str) -> list[str | None]:
        return [place.city for place in scan_places(text).locations]

    assert cities("Hỗ trợ Kinh doanh, Hà Nội") == ["Hanoi"]  # no town "Ho" of Ghana
    assert cities("Số 9 Nguyễn Hữu Thọ, phường Phước Kiển, huyện Nhà Bè, TPHCM") == [
        "Ho Chi Minh City"
    ]
    assert cities("Hai Bà Trưng, Hà Nội") == ["Hanoi"]  # a district of the city-province
    assert cities("Lafayette, LA") == ["Lafayette"]  # a state's code, never Los Angeles
    crazy = _page(89, "02_crazy_tuyendung_vi.html")
    assert crazy[0].company == "Công ty Cổ phần quản lí nhân sự CRAZY COMPANY"
    root = lxml_html.fromstring(
        "<html><body><h1>Chào mừng đến với SHOP AHQ</h1>"
        "<p>© 2021 Công ty Cổ phần ACME<br>Địa chỉ Số 1, Hà Nội</p></body></html>"
    )
    texts = page_texts(root)
    assert copyright_holder(texts) == "Công ty Cổ phần ACME"
    assert page_company(root, texts, []) == "SHOP AHQ"


def test_a_job_pages_bare_date_is_when_it_was_published() -> None:
    (posting,) = _page(89, "06_greenxperts_tuyendung_vi.html")  # "02/04/2024" over the article
    assert posting.deadlines == ()
    assert posting.locations[0].city == "Hanoi"


def test_a_sections_end_tag_closes_the_blocks_left_open_in_it_as_a_browser_does() -> None:
    root = parse_html(
        "<html><body><header><div class=main><ul><li>Home</li></ul></header>"
        "<section><h4>Quality Control</h4></section></body></html>"
    )
    (section,) = root.iter("section")
    assert section.getparent().tag == "body"  # not inside the header, dropped as furniture
    postings = _page(90, "10_lokerkrw_loker_id.html")
    assert [p.title for p in postings] == [
        "Quality Control",
        "Technical Engineer",
        "Teknisi Listrik",
    ]
    assert {p.locations[0].city for p in postings} == {"Karawang"}  # "Kabupaten Karawang"


def test_markup_after_the_bodys_end_and_roles_asked_for_in_one_heading() -> None:
    # "</body><table><h2>RESTORAN KAMI MEMBUKA LOWONGAN PEKERJAAN</h2>…": a browser shows it;
    # "DI BUTUHKAN SEGERA CHEF DE PARTIE, COOK, BARISTA DAN WAITERS": four jobs asked for
    postings = _page(90, "09_cafefb_loker_id.html")
    assert [p.title for p in postings] == ["CHEF DE PARTIE", "COOK", "BARISTA", "WAITERS"]


def test_indonesian_addresses_and_pages_of_placeholder_latin_or_a_forms_steps() -> None:
    def cities(text: str) -> list[str | None]:
        return [place.city for place in scan_places(text).locations]

    assert cities("Jl. Cut Nyak Dhien, Kel. Windusengkahan Kab. Kuningan, Jawa Barat") == [
        "Kuningan"
    ]
    assert cities("Jln. Empat Lima Singandaru, Serang, Kec. Serang, Kota Serang, banten") == [
        "Serang"
    ]
    assert cities("Kota Kinabalu, Sabah") == ["Kota Kinabalu"]
    assert {p.locations[0].city for p in _page(90, "02_diorama_loker_id.html")} == {"Serang"}
    assert _page(83, "01_haratres_kariyer_tr.html") == []  # "WE ARE" over lorem ipsum
    assert _page(32, "09_universo_recrutamento_pt.html") == []  # "Fase 01" of a form


def test_sets_kept_aside_azerbaijani_roles_and_a_managers_words() -> None:
    # Azerbaijani has a word table of its own now ("təlimçi", trainer; "mütəxəssis")
    codeflix = _page(88, "03_codeflix_vacancy_az.html")
    assert [p.title for p in codeflix][:2] == ["Front-end üzrə təlimçi", "Back-end üzrə təlimçi"]
    assert all(p.company is None or "," not in p.company for p in codeflix)  # skills, no one
    assert vocabulary.has_role("IT riskləri üzrə mütəxəssis")
    # "人力資源主管的話" (the words of the head of HR) is a message, not a role's card
    assert vocabulary.is_section_heading("人力資源主管的話")
    titles = [p.title for p in _page(91, "09_longlitz_joinus_zh.html")]
    assert titles == [
        "Client Adviser 理財規劃顧問(全職) / 台中 (mid-senior level)",
        "Client Adviser 理財規劃顧問(全職) / 台北 (mid - senior level)",
    ]


def test_a_join_our_team_page_asking_for_spontaneous_applications_names_no_job() -> None:
    assert _page(92, "09_artem_carriere_fr.html") == []  # "Rejoignez Notre Équipe"
    assert patterns.PERIOD_OF_YEARS.fullmatch("2023 →")  # a CV's post held since then
    assert patterns.PERIOD_OF_YEARS.fullmatch("2020 – 2023")
