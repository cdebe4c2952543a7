"""Employment type: stated or clearly implied, never read into qualifications."""

from __future__ import annotations

import pytest

from jobparse import vocabulary
from jobparse.fields.employment import infer_employment_type
from tests.fields.helpers import prepare

CASES = [
    ("This is a full-time, remote role.", None, "full_time"),
    ("We build tools for animators. Contract through the end of 2027.", None, "contract"),
    ("Contractors must bring their own tools.", None, None),
    ("The post is fixed-term for 18 months.", None, "temporary"),
    ("This is a 6-month contract-to-hire role.", None, "contract"),
    ("We build scanners. Full-time, on-site in Austin.", None, "full_time"),
    ("Full-time employees receive stock options.", None, None),
    ("Tillsvidareanställning, heltid.", None, "full_time"),
    ("Assegnista di ricerca per un progetto di 24 mesi.", None, "postdoc"),
    ("Promovendus in de hydrologie, vier jaar.", None, "phd"),
    ("Contrat postdoctoral: Postdoctorant en robotique.", None, "postdoc"),
    ("We hire on a permanent, full-time basis.", None, "full_time"),
    ("Wir suchen einen Praktikanten für sechs Monate.", None, "internship"),
    ("Permanent position (CDI), based in Lyon.", None, None),  # permanent states no hours
    # the words of more adverts: a Minijob, a French "stage", a freelance, Dutch hours
    ("Wir suchen Verstärkung auf Minijob Basis.", None, "part_time"),
    ("Die Gruppe beschäftigt 300 Mitarbeiter, davon 10 Auszubildende. Minijob.", None, "part_time"),
    ("L'objectif de ce stage est de développer une plateforme.", None, "internship"),
    ("Tarn is looking for a freelance Django developer.", None, "contract"),
    ("Omvang per week ± 16 - 20 groepsgebonden uren.", None, "part_time"),
    ("Jornada laboral completa. Ver requisitos.", None, "full_time"),
    ("Full Time (9 a 18), en Capital Federal.", None, "full_time"),
    ("Wir suchen dich.", "Ausbildung Mediengestalter/in Digital & Print (m/w/d)", "internship"),
    ("Eine abgeschlossene Ausbildung ist Voraussetzung.", None, None),
    ("Hours per week: 40-60 average. Pay: by experience.", None, "full_time"),
    ("Wochenarbeitszeit: 20 Stunden", None, "part_time"),
    # a label of any language, above its value, the first kind named
    ("勤務地\n東京都内\n\n雇用形態\n正社員、契約社員\n\n給与\n協議", None, "full_time"),
    ("Anstellungsart: Vollzeit oder Teilzeit", None, "full_time"),
    # Other languages (issue 13), and a Workday label.
    ("Festanstellung in Vollzeit, Standort Ulm.", None, "full_time"),
    ("Poste en CDI, temps plein, à Lyon.", None, "full_time"),
    ("Contrato indefinido a tiempo completo.", None, "full_time"),
    ("Stage de 6 mois à partir de février.", None, "internship"),
    ("Puesto en prácticas para estudiantes.", None, "internship"),
    ("Teilzeit (20 Stunden), befristet auf zwei Jahre.", None, "part_time"),
    ("Contratto a tempo determinato di 12 mesi.", None, "temporary"),
    ("Vollzeit, unbefristet.", None, "full_time"),
    ("Time type: Full time", None, "full_time"),
    ("You will work on video models.", "PhD Intern", "internship"),
    ("Paid on a 6-month contract basis.", None, "contract"),
    ("Employment type: Temporary", None, "temporary"),
    ("This is a full-time position based in Berlin.", None, "full_time"),
    ("We offer a 6-month internship in our research lab.", None, "internship"),
    ("You will work on perception.", "Research Intern", "internship"),
    ("This is a part-time role (20 hours/week).", None, "part_time"),
    ("This is a 12-month contract position.", None, "contract"),
    ("We are hiring a postdoctoral researcher for 2 years.", None, "postdoc"),
    ("Fully funded PhD position in robot learning.", None, "phd"),
    ("Requirements: PhD in Computer Science.", None, None),
    ("Benefits for full-time employees include health insurance.", None, None),
    ("Experience through internships is a plus.", None, None),
    ("Employment Type: Full-time", None, "full_time"),
    ("Job type\t:  Internship (summer)", None, "internship"),  # spacing the label allows
    ("Position Type – Contract", None, "contract"),
    ("Contract duration: 2 years.", None, None),
    ("This is a full-time, permanent role.", None, "full_time"),
    ("Postdoc position available in the Smith lab.", None, "postdoc"),
    ("The PhD student will be supervised by Prof. Smith.", None, "phd"),
    ("Summer internship 2025 in computer vision.", None, "internship"),
    ("You will mentor interns and junior engineers.", None, None),
    ("Temporary position for 6 months.", None, "temporary"),
    ("PhD candidates with strong math are preferred.", None, None),
    ("The role is a 3-year fixed-term position.", None, "temporary"),
    ("Full-time and part-time positions available.", None, None),
    ("This is a remote internship for students.", None, "internship"),
    ("Post-doctoral fellowship in computational imaging.", None, "postdoc"),
    ("Our PhD researchers publish at CVPR.", None, None),
    ("Internship duration: 3-6 months.", None, "internship"),
    ("We're hiring full time!", None, "full_time"),
    ("Compensation for this contractor role is $80/hr.", None, "contract"),
    ("Postdoctoral and PhD positions are available.", "Postdoctoral Researcher", "postdoc"),
    ("This fellowship is for graduate students.", None, None),
    ("MS or PhD from a top engineering school.", None, None),
    ("Please note benefits apply to full time employees only.", None, None),
    ("You will work on exciting problems.", "PhD Student", "phd"),
    ("Employment type: Internship", None, "internship"),
    ("Job type - Part-time", None, "part_time"),
    ("Contract type: Permanent", None, None),
]


@pytest.mark.parametrize(("text", "title", "expected"), CASES)
def test_employment_type(text: str, title: str | None, expected: str | None) -> None:
    kind, evidence = infer_employment_type(prepare(text), title=title)
    assert (kind.value if kind else None) == expected
    assert bool(evidence) is (expected is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("募集職種：技術職\n勤務時間：8:30～17:30（休憩60分）\n勤務地：名古屋市", "full_time"),
        ("Arbeitszeit: 8:00 - 17:00 Uhr", "full_time"),
        ("Working hours: 9am to 1pm, Monday to Friday", "part_time"),
        ("Öffnungszeiten: 8:00 - 18:00", None),  # a shop's opening hours are no working day
    ],
)
def test_a_labelled_working_day_gives_the_working_time(text: str, expected: str | None) -> None:
    kind, _ = infer_employment_type(prepare(text))
    assert (kind.value if kind else None) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Forschungspraktikum für Psychologiestudierende", "internship"),
        ("Praktikumsstelle im Marketing", "internship"),
        ("Vollzeitstelle Buchhaltung", "full_time"),
        ("Summer Interns (ongoing)", "internship"),
        ("Praxisleitung", None),
    ],
)
def test_a_compound_or_plural_names_the_employment_type(title: str, expected: str | None) -> None:
    kind, _ = infer_employment_type(prepare("Wir freuen uns auf Sie."), title=title)
    assert (kind.value if kind else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voraussetzungen\n\nAbgeschlossene technische Ausbildung; Realschulabschluss oder gleichwertig",
        "Ihr Profil: Abgeschlossene Ausbildung zum/zur Kfz-Mechatroniker/in, erste Berufserfahrung.",
        "Requirements: a completed internship in a law firm.",
    ],
)
def test_a_completed_training_is_a_requirement_not_an_internship(text: str) -> None:
    kind, _ = infer_employment_type(prepare(text))
    assert kind is None or kind.value != "internship"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CDD / CDI", ()),  # either contract: no temporary post
        ("CDI / CDD · Débutant accepté", ()),
        ("befristet oder unbefristet", ()),
        ("Permanent / Fixed-term", ()),
        ("CDD", ("temporary",)),
        ("Befristet auf 2 Jahre", ("temporary",)),
    ],
)
def test_a_fixed_term_beside_a_permanent_contract_states_neither(
    line: str, expected: tuple[str, ...]
) -> None:
    assert vocabulary.employment_types(line) == expected
    assert vocabulary.names_a_contract(line)  # a card's line of contracts is never a name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Java Developer (B2B)", ("contract",)),  # a contract with one's own business
        ("umowa B2B", ("contract",)),
        ("Ingénieur Commercial B2B - CEE", ()),  # selling to businesses: no contract
        ("Head of B2B Sales", ()),
    ],
)
def test_b2b_is_a_contract_but_not_a_market(line: str, expected: tuple[str, ...]) -> None:
    assert vocabulary.employment_types(line) == expected
