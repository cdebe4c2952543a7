"""The sixty-sixth held-out set (issue 21), kept aside and scored once: Turkish, Slovak, Italian."""

from __future__ import annotations

from pathlib import Path

import jobparse

SET = Path(__file__).parent / "pages" / "heldout_real_66"


def test_an_unstyled_span_opening_its_item_titles_it() -> None:
    # <div class="item"><span>Legal Counsel</span><p>Lorem ipsum …</p><a href="/">Başvur</a>
    postings = jobparse.parse_file(SET / "03_unlu_isilanlari_tr.html")
    assert len(postings) == 10
    assert postings[3].title == "Legal Counsel"
    # "Başvur" leads to "/", the site's home page: a template's placeholder, no apply link
    assert {p.apply_url for p in postings} == {None}


def test_a_metropolis_opening_a_title_is_its_place() -> None:
    postings = jobparse.parse_file(SET / "03_unlu_isilanlari_tr.html")
    by_title = {p.title: {place.country for place in p.locations} for p in postings}
    assert by_title["Ankara Yatırım Danışmanı - Manager / Senior Manager"] == {"TR"}
    assert by_title["Legal Counsel"] == set()


def test_links_to_nowhere_are_lines_of_a_list() -> None:
    # <a href="#" class="job-item">HR Specialist</a> glued to its neighbours, two columns
    postings = jobparse.parse_file(SET / "04_mafra_pracovneponuky_sk.html")
    titles = [p.title for p in postings]
    assert "HR Specialist" in titles
    assert "Key account executive" in titles
    # "Samostatný účtovník/ka" twice, among other neighbours: two entries
    assert titles.count("Samostatný účtovník/ka") == 2


def test_a_cards_badge_and_age_name_no_employer() -> None:
    # "ÖNE ÇIKAN" (featured) and "Dün" (yesterday) above the employer; "İstanbul (Karma)"
    postings = jobparse.parse_file(SET / "01_craigslistluxe_isilanlari_tr.html")
    assert [p.company for p in postings] == [
        "TechVision Labs", "Global E-Ticaret A.Ş.", "Eğitim Danışmanlık",
    ]  # fmt: skip
    assert [place.city for place in postings[0].locations] == ["İstanbul"]


def test_identical_cards_cloned_in_a_run_stay_one() -> None:
    # a carousel's clones repeat a run of cards: "A B C A B C" is three jobs
    from jobparse.page.repeats import _apart

    keys = ["A", "B", "C", "A", "B", "C"]
    assert not _apart(keys, 0, 3)
    assert not _apart(keys, 2, 5)
    assert _apart(["P", "S", "R", "K", "S", "F"], 1, 4)  # "Штукатур" among others: two
