"""Deadlines, start dates, other events, and rolling review."""

from __future__ import annotations

import datetime as dt

import pytest

from jobparse.fields.dates import infer_deadlines, infer_rolling, parse_date
from tests.fields.helpers import prepare

D = dt.date

CASES = [
    ("Last application date: 2027-01-31.", {("application", D(2027, 1, 31))}),
    ("Sista ansökningsdag: 2027-03-05.", {("application", D(2027, 3, 5))}),
    ("Tillträde: 1 april 2027.", {("start", D(2027, 4, 1))}),
    ("Open until 04/15/2027.", {("application", D(2027, 4, 15))}),
    ("Inizio previsto: 1 giugno 2027.", {("start", D(2027, 6, 1))}),
    ("Closes: 9th February 2027", {("application", D(2027, 2, 9))}),
    ("Placed on: 3rd March 2027", set()),
    ("Délai de postulation : 12.02.2027", {("application", D(2027, 2, 12))}),
    ("Stellenantritt: 1. Mai 2027", {("start", D(2027, 5, 1))}),
    # Other languages and shapes (issue 13).
    ("Candidature avant le 1er mars 2027.", {("application", D(2027, 3, 1))}),
    ("Début du poste : 15 avril 2027.", {("start", D(2027, 4, 15))}),
    ("Candidaturas até 28 de fevereiro de 2027.", {("application", D(2027, 2, 28))}),
    ("This posting is open until 06/30/2027.", {("application", D(2027, 6, 30))}),
    ("Posted until 06/30/2026.", {("application", D(2026, 6, 30))}),
    ("Bewerbungen bis 31.01.2027 an die Personalabteilung.", {("application", D(2027, 1, 31))}),
    ("Reageer vóór 1 februari 2027.", {("application", D(2027, 2, 1))}),
    ("Publicado el 2 de enero de 2027.", set()),
    ("Applications close on 31 March 2025.", {("application", D(2025, 3, 31))}),
    ("Deadline: 15th January 2025", {("application", D(2025, 1, 15))}),
    ("The position starts on September 1, 2024.", {("start", D(2024, 9, 1))}),
    ("Start date: 2025-02-01", {("start", D(2025, 2, 1))}),
    ("Please apply by June 30.", {("application", D(2024, 6, 30))}),
    ("Send your CV by 1 March 2025.", {("application", D(2025, 3, 1))}),
    ("Posted on May 5, 2024.", set()),
    ("Founded on 12 June 2015, the company builds robots.", set()),
    ("Meet us at our booth on June 19, 2024 at CVPR.", {("other", D(2024, 6, 19))}),
    ("Applications received before 10/12/2024 will be considered.", set()),
    ("Closing date: 25/12/2024", {("application", D(2024, 12, 25))}),
    ("The earliest start is Jan. 15, 2025.", {("start", D(2025, 1, 15))}),
    (
        "Review of applications begins on March 1, 2025 and continues until the position is filled.",
        {("application", D(2025, 3, 1))},
    ),
    ("We are a team of 20 since 2019.", set()),
    (
        "Submit your application no later than December 1st, 2024.",
        {("application", D(2024, 12, 1))},
    ),
    ("Applications are due by 2024-11-15.", {("application", D(2024, 11, 15))}),
    ("Anticipated start: Fall 2025.", set()),
    ("Position available from 1 October 2024.", {("start", D(2024, 10, 1))}),
    (
        "The deadline for applications is 28 February 2025, and the start date is 1 May 2025.",
        {("application", D(2025, 2, 28)), ("start", D(2025, 5, 1))},
    ),
    ("Last updated: 2024-05-01", set()),
    ("Apply before Aug. 31, 2024!", {("application", D(2024, 8, 31))}),
    # Dotted numeric dates are written day first (German, Swiss, Dutch, Nordic pages).
    ("The workshop takes place on 12.09.2024.", {("other", D(2024, 9, 12))}),
    ("The workshop takes place on 12/09/2024.", set()),  # slashes: either order
    ("Join us on 15.09.2024 for an info session.", {("other", D(2024, 9, 15))}),
    ("Contract starts 01/15/2025.", {("start", D(2025, 1, 15))}),
    (
        "Successful candidates should be able to commence by 1 July 2025.",
        {("start", D(2025, 7, 1))},
    ),
    ("Since 2010 we have hired 200 engineers.", set()),
    ("The start date of the position is August 01, 2024.", {("start", D(2024, 8, 1))}),
    ("Applications will be accepted until 30 April 2025.", {("application", D(2025, 4, 30))}),
    ("We expect 1 March to be a busy day.", {("other", D(2024, 3, 1))}),
    ("The 2024 Marketing plan is ready.", set()),
    # Found by trying more academic adverts:
    ("Applications will be reviewed starting January 15, 2025.", {("application", D(2025, 1, 15))}),
    ("Screening of applications starts 1 Feb 2025.", {("application", D(2025, 2, 1))}),
    ("Successful applicants will start on 1 September 2024.", {("start", D(2024, 9, 1))}),
    ("Please apply before the 15th of July 2024.", {("application", D(2024, 7, 15))}),
    ("Submit materials by 11:59pm PT on Dec 1, 2024.", {("application", D(2024, 12, 1))}),
    ("Interviews will take place during the week of 8 July 2024.", {("other", D(2024, 7, 8))}),
    # numeric dates day first outside English, or as another date of the posting shows
    (
        "Data inizio pubblicazione\n\n11/07/2022\n\nData di scadenza della pubblicazione\n\n"
        "04/09/2022",
        {("application", D(2022, 9, 4))},
    ),
    (
        "Closing date 04/09/2022. Interviews on 20/09/2022.",
        {("application", D(2022, 9, 4)), ("other", D(2022, 9, 20))},
    ),
    ("Send us the form and your CV by 05/06/2024.", set()),  # English, either order
    # a range an engagement runs: its start, not its end; a deadline range keeps both
    ("Can you join us from Nov 10th - Dec 10th 2016 in Bali?", {("start", D(2016, 11, 10))}),
    ("Das Praktikum läuft vom 1. März 2025 bis 30. April 2025.", {("start", D(2025, 3, 1))}),
    # a date inside a link is no event
    ("Website: https://www.ego-gw.it/blog/2020/08/09/computer-scientist", set()),
    # an end date is no event to note
    (
        "Data d'inizio prevista\n\n22/08/2022\n\nData di fine prevista\n\n20/02/2023",
        {("start", D(2022, 8, 22))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_deadlines(text: str, expected: set[tuple[str, dt.date]]) -> None:
    deadlines, evidence = infer_deadlines(prepare(text))
    assert {(d.kind.value, d.date) for d in deadlines} == expected
    assert len(evidence) == len(deadlines)


def test_a_date_without_a_year_takes_the_year_the_posting_writes_nearest() -> None:
    text = "For summer 2025, applications received by March 1 get full consideration."
    assert infer_deadlines(prepare(text, year=2026))[0][0].date == D(2025, 3, 1)
    founded = "Founded in 1998, we hire. Applications received by March 1 count."
    assert infer_deadlines(prepare(founded, year=2026))[0][0].date == D(2026, 3, 1)


def test_a_date_without_a_year_needs_the_page_year() -> None:
    assert infer_deadlines(prepare("Deadline is May 15.", year=None))[0] == ()
    assert infer_deadlines(prepare("Deadline is May 15.", year=2026))[0][0].date == D(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31st August 2024", D(2024, 8, 31)),
        ("August 01, 2024", D(2024, 8, 1)),
        ("2024-08-31", D(2024, 8, 31)),
        ("Aug. 31, 2024", D(2024, 8, 31)),
        ("by 1 March 2025", D(2025, 3, 1)),
        ("31/08/2024", D(2024, 8, 31)),
        ("08/31/2024", D(2024, 8, 31)),
        ("Sept 3 2024", D(2024, 9, 3)),
        ("30 February 2024", None),
        ("August 2024", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, year=2024) == expected


@pytest.mark.parametrize(
    ("text", "rolling"),
    [
        (
            "Applications will be reviewed on a rolling basis until the position has been filled.",
            True,
        ),
        ("We will review applications on a rolling basis.", True),
        ("The position remains open until filled.", True),
        ("Applications are considered as they are received.", True),
        ("Our rolling stock division builds trains.", False),
        ("Rolling out models to production is part of the job.", False),
        ("Deadline: 1 March 2025.", False),
    ],
)
def test_rolling(text: str, rolling: bool) -> None:
    assert infer_rolling(prepare(text))[0] is rolling


def test_dates_are_found_in_every_sentence_that_has_one() -> None:
    ctx = prepare(
        "Deadline: 1 March 2025. No digits here. Starts 2025-09-01! Interviews in May. "
        "Reference ٣/٤ only. Apply by 31/05/2025."
    )
    deadlines, _ = infer_deadlines(ctx)
    assert [d.date.isoformat() for d in deadlines] == ["2025-03-01", "2025-09-01", "2025-05-31"]
