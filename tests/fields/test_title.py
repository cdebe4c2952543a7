"""Title: invented announcements of roles, and texts that name none."""

from __future__ import annotations

import pytest

from jobparse.fields.title import infer_title
from tests.fields.helpers import prepare

CASES = [
    ("Join our Imaging Data Science team as a Senior Scientist, Imaging.", "Senior Scientist"),
    ("We're looking for a Research Scientist/Engineer with a PhD.", "Research Scientist/Engineer"),
    ("We are hiring a Member of Technical Staff, Perception.", "Member of Technical Staff"),
    ("We are currently searching for a Working Student to support our team.", "Working Student"),
    (
        "We have two openings for Senior Firmware Engineers in our Oslo office.",
        "Senior Firmware Engineer",
    ),
    ("We need a Data Platform Engineer to scale our pipelines.", "Data Platform Engineer"),
    (
        "Für unser Werk in Ulm suchen wir ab sofort einen Instandhalter (m/w/d).",
        "Instandhalter (m/w/d)",
    ),
    (
        "Buscamos un/a técnico/a de laboratorio para nuestro centro de Murcia.",
        "técnico/a de laboratorio",
    ),
    (
        "Pour notre site de Nantes, nous recherchons un(e) technicien(ne) de maintenance en CDI.",
        "technicien(ne) de maintenance",
    ),
    (
        "Bij Zeewind Data zoeken we een Data Engineer (32-40 uur) voor ons team.",
        "Data Engineer",
    ),
    (
        "Bij Zilverreiger Data in Utrecht zoeken we een Data Engineer voor ons platformteam.",
        "Data Engineer",
    ),
    (
        "Kestrel Vision, con sede en Bilbao, busca un ingeniero de visión para su equipo.",
        "ingeniero de visión",
    ),
    # Other languages (issue 13): the role after a hiring verb and its article, to a stop.
    (
        "Vireo Optics recrute un(e) Ingénieur(e) optique en CDI, temps plein.",
        "Ingénieur(e) optique",
    ),
    (
        "Kestrel Logistik sucht eine:n Lagerlogistiker:in für den Standort Ulm.",
        "Lagerlogistiker:in",
    ),
    ("Nous recherchons un(e) stagiaire en data science pour 6 mois.", "stagiaire en data science"),
    ("Orbe Labs busca un Desarrollador Backend a tiempo completo.", "Desarrollador Backend"),
    ("Lumen Srl cerca un Tecnico di laboratorio a tempo determinato.", "Tecnico di laboratorio"),
    ("Duinwater zoekt een Projectleider voor 32 uur per week.", "Projectleider"),
    # a brand as the subject, the town after the role, a count for the article, "who"
    (
        "quarkly42 recrute un⋅e développeur⋅se web back ou Full Stack à Toulouse",
        "développeur⋅se web back ou Full Stack",
    ),
    (
        "La Facultad de Química incorporara 1 (un) programador Python, para web.",
        "programador Python",
    ),
    ("Il Centro è alla ricerca di un Data Engineer che gestisca le piattaforme.", "Data Engineer"),
    ("De Zonnebloem is op zoek naar een pedagogisch medewerker.", "pedagogisch medewerker"),
    # a sentence announcing positions
    (
        "Job Openings\n\nTwo postdoctoral positions in computational social science are "
        "available at the Lab.",
        "postdoctoral positions in computational social science",
    ),
    # a header line's tags and lists after the title; it outranks a role named in passing
    (
        "Research Assistant/Associate [3 Full-Time Positions]\n\nWe work with a Principal "
        "Investigator.",
        "Research Assistant/Associate",
    ),
    (
        "Tarn AI - Senior Full Stack Engineers (TypeScript, Go, Postgres) - Remote (LATAM)",
        "Senior Full Stack Engineers",
    ),
    (
        "Senior Product Manager (Customer Engagement)\n\nYou will act as a nationwide advocate "
        "for our users.",
        "Senior Product Manager (Customer Engagement)",
    ),
    ("We are looking for a summer or fall intern in robotics.", "Summer or Fall Intern"),
    (
        "We are seeking a Senior Computer Vision Engineer to join our team.",
        "Senior Computer Vision Engineer",
    ),
    ("We're hiring a Machine Learning Intern for summer 2025.", "Machine Learning Intern"),
    ("Job Title: Research Scientist, Generative Models", "Research Scientist"),
    ("As a Staff Software Engineer, you will own our inference stack.", "Staff Software Engineer"),
    ("The lab is looking for motivated PhD students.", "PhD Student"),
    ("We are looking for talented people to join us.", None),
    ("Position: Postdoctoral Researcher in Robot Learning", "Postdoctoral Researcher"),
    (
        "Applications are invited for the position of Research Associate in Computer Vision.",
        "Research Associate",
    ),
    ("We have multiple openings across engineering.", None),
    ("Our lab is in search of a Perception Engineer to lead mapping.", "Perception Engineer"),
    ("Our team is hiring a Product Manager with ML experience.", "Product Manager"),
    ("In this role, you will build data pipelines.", None),
    ("Seeking an experienced Data Scientist (m/f/d).", "Data Scientist"),
    ("We are looking for a Lead Robotics Engineer who loves hardware.", "Lead Robotics Engineer"),
    ("The successful candidate will work on 3D reconstruction.", None),
    ("We are recruiting a Research Fellow in Medical Imaging.", "Research Fellow"),
    ("Join us as a Perception Software Engineer!", "Perception Software Engineer"),
    ("We are seeking an outstanding researcher to lead our vision group.", "Researcher"),
    ("Looking for Computer Vision Engineers (all levels).", "Computer Vision Engineer"),
    ("We’re looking for a VP of Engineering.", "VP of Engineering"),
    ("We are looking for an intern.", "Intern"),
    ("Seeking applicants for a tenure-track Assistant Professor position.", "Assistant Professor"),
    (
        "This is an exciting opportunity for a Research Engineer to join our AI lab.",
        "Research Engineer",
    ),
    ("The Autonomy team is seeking engineers passionate about robotics.", "Engineer"),
    ("We are hiring across research and engineering.", None),
    ("Come join our team as Senior Backend Developer.", "Senior Backend Developer"),
    ("We are looking for a Sr. ML Engineer with 5+ years of experience.", "Sr. ML Engineer"),
    ("We seek a Postdoctoral Fellow to work on embodied AI.", "Postdoctoral Fellow"),
    ("Our company is looking for you!", None),
    (
        "We're looking for a Research Scientist, Computer Vision to join our team.",
        "Research Scientist",
    ),
    (
        "The Department of Computer Science invites applications for two Lecturer positions.",
        "Lecturer",
    ),
    ("We are looking for an Engineering Manager to lead our platform team.", "Engineering Manager"),
    ("Are you a passionate Data Engineer? Apply now.", "Data Engineer"),
    ("If you would like to meet the hiring manager at CVPR, email us.", None),
    ("This fully-funded PhD position offers an opportunity to study 3D vision.", "PhD Student"),
    # Bugs caught while making the title rules run once over the whole text:
    ("As a Sr. Fullstack Engineer, you will build tools.", "Sr. Fullstack Engineer"),
    ("We value teamwork as well. As a Research Engineer, you will build.", "Research Engineer"),
    ("We are looking for\n\na Data Engineer to join us.", None),
    (
        "The Allen School is seeking a postdoctoral scholar in robot learning.",
        "Postdoctoral Scholar",
    ),
    (
        "Senior Software Engineer, Perception\n\nAbout the team: we build robots.",
        "Senior Software Engineer",
    ),
    ("Engineering at Pinterest\n\nOur engineers build the platform.", None),
    ("Who are we?\n\nWe build robots.", None),
    # Who may apply, in prose, is no post: a student sought names the audience...
    ("We are looking for a motivated Master student with a taste for graphs.", None),
    ("The project is a unique opportunity for outstanding students in neuroscience.", None),
    ("Our site provides summer research opportunities for undergraduate students.", None),
    # ... where a PhD or working student is one.
    ("We are looking for a PhD student in robot learning.", "PhD Student"),
    # No rule names a role: a line that is nothing but one, after the opening, heads the job...
    (
        "Vacancies\n\nA career at Acme Insurance offers more than a job.\n\nSoftware Developer"
        "\n\nlocation\n\nLagos, Nigeria\n\nYou will write and test our web applications.",
        "Software Developer",
    ),
    # ... but not a contact person's role, which closes a text.
    (
        "We build robots for farms and orchards in the whole of the region.\n\nContact\n\n"
        "Jane Doe\n\nHR Manager\n\nWe answer within a week.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title(text: str, expected: str | None) -> None:
    title, evidence = infer_title(prepare(text))
    assert title == expected
    assert bool(evidence) is (expected is not None)


def test_as_a_beats_a_generic_mention() -> None:
    text = (
        "We are seeking passionate research scientists to join our team. "
        "As a Principal Research Scientist, you will lead projects."
    )
    assert infer_title(prepare(text))[0] == "Principal Research Scientist"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JU GO S.r.l.\n\nTipologia di tirocinio\n\nTirocinio curriculare\n\nOggetto del tirocinio"
            "\n\nAssistente allo sviluppo software\n\nStabilimento\n\nRicerca e sviluppo IT",
            "Assistente allo sviluppo software",
        ),
        ("O firmie\n\nStanowisko: Programista Java\n\nMiejsce pracy: Kraków", "Programista Java"),
        ("募集職種\n\n薬剤師\n\n勤務地\n\n東京都", "薬剤師"),
    ],
)
def test_a_title_under_or_beside_its_label_in_any_language(text: str, expected: str) -> None:
    title, evidence = infer_title(prepare(text))
    assert title == expected
    assert evidence[0].rule == "title.label"


def test_a_dutch_relative_clause_ends_the_title() -> None:
    # the relative clause ends it; the praise before it ("flexibele") is no part of it
    text = "Wij zijn op zoek naar een flexibele medewerker die ervaring en affiniteit heeft met onze doelgroep."
    assert infer_title(prepare(text))[0] == "medewerker"


def test_a_footnote_mark_does_not_end_the_title_phrase() -> None:
    # A real forum advert: "anue is looking for a freelance[0] experienced Python/Django
    # developer." ([0] points to a note below)
    text = "anue is looking for a freelance[0] experienced Python/Django developer. Send a CV."
    title, evidence = infer_title(prepare(text))
    assert title == "Python/Django Developer"
    assert evidence[0].text.startswith("looking for a freelance[0]")
