"""An advert keeps its id as it ages: lines that only say how old it is are not its text.

Boards write "Posted 3 days ago" beside each job, and the count moves every
day; a watching run would otherwise report every job as new each morning.
The shapes below were written before the rule, in the languages of career
pages (first run: no id stable).
"""

from __future__ import annotations

import pytest

import jobparse

#: (the age line today, the age line a few days later)
AGES = [
    ("Posted 2 days ago", "Posted 5 days ago"),
    ("Posted today", "30+ days ago"),
    ("Just posted", "Posted yesterday"),
    ("2 hours ago", "a week ago"),
    ("Published 1 month ago", "Published 3 months ago"),
    ("Veröffentlicht vor 2 Tagen", "vor 1 Woche"),
    ("Heute", "Gestern"),
    ("Publié il y a 3 jours", "il y a 2 semaines"),
    ("Publicado hace 1 día", "hace 2 meses"),
    ("3 dagen geleden", "1 week geleden"),
    ("Pubblicato 4 giorni fa", "2 settimane fa"),
    ("Publicado há 2 dias", "há 1 mês"),
    ("Publicerad för 3 dagar sedan", "för 2 veckor sedan"),
    ("Opublikowano 5 dni temu", "2 tygodnie temu"),
    ("New", "Posted 6 days ago"),
]

ADVERTS = [
    ("Senior Data Engineer", "Berlin, Germany"),
    ("Product Designer", "Paris, France"),
    ("Backend Developer (Go)", "Madrid, Spain"),
]


def listing(age: str) -> str:
    cards = "".join(
        f'<li class="job"><h3><a href="/job/{i}">{title}</a></h3><p>{place}</p>'
        f'<span class="age">{age}</span></li>'
        for i, (title, place) in enumerate(ADVERTS)
    )
    return (
        "<html><head><title>Careers at Nordlicht Labs</title></head><body>"
        f"<h1>Open positions</h1><ul>{cards}</ul></body></html>"
    )


def text_page(age: str) -> str:
    adverts = [f"{age}\nNordlicht Labs is hiring a {t} in {p}.\n" for t, p in ADVERTS]
    return "Search Opportunities\n\n\n" + "Apply\n\n\n".join(adverts) + "Apply\n"


@pytest.mark.parametrize(("today", "later"), AGES, ids=[a for a, _ in AGES])
@pytest.mark.parametrize("page", [listing, text_page], ids=["html", "text"])
def test_an_advert_keeps_its_id_as_it_ages(page, today: str, later: str) -> None:  # type: ignore[no-untyped-def]
    before = jobparse.parse(page(today))
    after = jobparse.parse(page(later))
    assert len(before) == len(after) == len(ADVERTS)
    assert [p.id for p in before] == [p.id for p in after]


@pytest.mark.parametrize(
    ("today", "later"),
    [
        ("• Posted 2 weeks ago", "• Posted 3 weeks ago"),
        ("Posted 2 days ago by Priya Shah", "Posted 1 week ago by Priya Shah"),
        ("1 week ago 196 applicants", "2 weeks ago 310 applicants"),
        ("Berlin · 3 days ago · Over 200 applicants", "Berlin · 4 days ago · 250 applicants"),
        ("Be an early applicant", "Actively Hiring"),
    ],
)
def test_an_age_inside_a_short_line_is_left_out(today: str, later: str) -> None:
    one, two = jobparse.parse(text_page(today)), jobparse.parse(text_page(later))
    if "early" in today:  # what else a line says still counts
        assert [p.id for p in one] != [p.id for p in two]
    else:
        assert [p.id for p in one] == [p.id for p in two]


def test_the_rest_of_the_line_still_counts() -> None:
    one = jobparse.parse(text_page("Posted 2 days ago by the Robotics team"))
    two = jobparse.parse(text_page("Posted 2 days ago by the Vision team"))
    assert [p.id for p in one] != [p.id for p in two]
    long_line = (
        "We posted this advert 3 days ago and will read every application with care, we promise."
    )
    three = jobparse.parse(text_page(long_line))
    four = jobparse.parse(text_page(long_line.replace("3 days", "4 days")))
    assert [p.id for p in three] != [p.id for p in four]


def test_edited_text_still_makes_a_new_id() -> None:
    one = jobparse.parse(listing("Posted 2 days ago"))
    two = jobparse.parse(listing("Posted 2 days ago").replace("Paris", "Lyon"))
    assert [p.id for p in one][1] != [p.id for p in two][1]
