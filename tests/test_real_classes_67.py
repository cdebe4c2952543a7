"""The sixty-seventh held-out set of real pages (issue 21): Swedish, Korean and Japanese pages."""

from __future__ import annotations

from pathlib import Path

import jobparse
from jobparse import vocabulary
from jobparse.fields.cjk_places import cjk_places

SET = Path(__file__).parent / "pages" / "heldout_real_67"


def test_a_small_towns_cjk_name_is_read_in_an_address() -> None:
    # towns under 100,000 people by their kanji, after their prefecture only
    line = "本社（東京都調布市）／南足柄工場（神奈川県南足柄市）／富士吉田工場（山梨県富士吉田市）"
    assert [p.city for p in cjk_places(line)] == ["Tokyo", "Minamiashigara", "Fujiyoshida"]
    assert [p.city for p in cjk_places("〒340-0808 埼玉県八潮市緑町2丁目17番地1")] == ["Yashio"]
    assert cjk_places("南足柄") == ()  # a word of a text, with no address: no town


def test_a_title_rows_short_parts_are_its_roles() -> None:
    # <dt>職種</dt><dd>生産（工程管理）、商品開発、営業</dd>: three jobs, the rest shared
    postings = jobparse.parse_file(SET / "04_pakitte_recruit_ja.html")
    assert [p.title for p in postings] == ["生産（工程管理）", "商品開発", "営業"]
    assert {place.city for place in postings[0].locations} == {
        "Tokyo", "Minamiashigara", "Fujiyoshida",
    }  # fmt: skip


def test_two_capitals_among_a_korean_cards_parts_name_no_country() -> None:
    # "영업 | MD | 경력 6~12년 | 정규직 | 롯데e커머스 삼성오피스": a merchandiser, not Moldova
    postings = jobparse.parse_file(SET / "05_lotteon_recruit_ko.html")
    assert len(postings) == 8
    assert all(not p.locations for p in postings)
    assert {p.employment_type for p in postings} == {"full_time"}
    assert {p.company for p in postings} == {"롯데e커머스(롯데ON)"}


def test_a_heading_joining_two_sections_is_a_section() -> None:
    assert vocabulary.is_section_heading("채용절차 및 유의사항")  # hiring steps and notes
    assert vocabulary.is_section_heading("Benefits and perks")
    assert not vocabulary.is_section_heading("Data Engineer and Analyst")
    assert jobparse.parse_file(SET / "06_trion_recruit_ko.html") == []


def test_a_back_to_top_image_names_no_employer(tmp_path: Path) -> None:
    # the page's foot: <a href="#"><img alt="GO TO TOP"></a>; an image's file name as its alt
    page = tmp_path / "careers.html"
    page.write_text(
        "<html><body><h1>Data Engineer</h1><p>Location: Berlin</p>"
        '<p><a href="/"><img src="l.png" alt="logoIcon"></a></p>'
        "<p>Copyright Kestrel Logistik GmbH.All rights reserved.</p>"
        '<a href="#"><img src="go_top.svg" alt="GO TO TOP"></a></body></html>',
        encoding="utf-8",
    )
    [posting] = jobparse.parse_file(page)
    assert posting.company == "Kestrel Logistik GmbH"


def test_the_area_of_a_town_is_the_town() -> None:
    # set 68: "Regio Rotterdam" (Dutch, the Rotterdam area): "Regio" is also Reggio Calabria's
    from jobparse.fields.places import scan_places

    assert [(p.city, p.country) for p in scan_places("Regio Rotterdam").locations] == [
        ("Rotterdam", "NL"),
    ]
    assert [p.city for p in scan_places("Raum München").locations] == ["Munich"]


def test_turkish_plurals_of_roles_are_roles() -> None:
    # set 68: "Arayüz Geliştiricileri Arıyoruz" (we are looking for front-end developers)
    assert vocabulary.has_role("Arayüz Geliştiricileri Arıyoruz")
    assert vocabulary.has_role("Satış Uzmanları")
    assert not vocabulary.has_role("Sorumluluklar")  # responsibilities: no role's plural
    assert not vocabulary.has_role("Elektronik Üretim MühendisiAnkara")  # glued: no word
    page = SET.parent / "heldout_real_68" / "06_biges_kariyer_tr.html"
    assert len(jobparse.parse_file(page)) == 2
