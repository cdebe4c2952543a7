"""Listing pages of every shape the record finders know, each in a few lines of invented HTML.

Each case is a kind of page, not a site: the same markup with other class
names, languages and words must give the same postings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from jobparse.page.render import html_to_text

PAGES = Path(__file__).parent / "pages"


def _titles(page: str) -> list[str | None]:
    return [p.title for p in jobparse.parse(page)]


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_cards_under_department_headings_are_one_listing() -> None:
    body = "".join(
        f"<section class='grp'><h3>{dept}</h3>"
        + "".join(
            f"<div class='row'><a href='/jobs/{dept}-{n}'>{role}</a><span>{town}</span></div>"
            for n, (role, town) in enumerate(jobs)
        )
        + "</section>"
        for dept, jobs in [
            ("Engineering", [("Perception Engineer", "Pittsburgh, PA"), ("QA Lead", "Austin, TX")]),
            ("People", [("Technical Recruiter", "Denver, CO")]),
        ]
    )
    postings = jobparse.parse(_page(body, "<title>Careers at Zephyr Motors</title>"))
    assert [p.title for p in postings] == ["Perception Engineer", "QA Lead", "Technical Recruiter"]
    assert [p.locations[0].city for p in postings] == ["Pittsburgh", "Austin", "Denver"]
    assert {p.company for p in postings} == {"Zephyr Motors"}


def test_flat_runs_of_headings_are_records_and_section_headings_are_not() -> None:
    body = (
        "<h2>Open positions</h2>"
        "<h4>Ingeniero de datos</h4><p>Ubicación: Sevilla</p><p>Trabajo con Spark.</p>"
        "<h4>Técnica de laboratorio</h4><p>Ubicación: Bilbao</p><p>Análisis de muestras.</p>"
        "<h2>Perfil</h2><p>Buscamos personas curiosas.</p>"
    )
    postings = jobparse.parse(_page(body, '<html lang="es">'))
    assert [p.title for p in postings] == ["Ingeniero de datos", "Técnica de laboratorio"]
    assert [p.locations[0].country for p in postings] == ["ES", "ES"]


def test_a_table_of_positions_reads_each_column_by_its_header() -> None:
    rows = "".join(
        f"<tr><td><a href='/v/{n}'>{title}</a></td><td>{town}</td><td>{date}</td></tr>"
        for n, (title, town, date) in enumerate(
            [("Archivist", "Leeds", "15/01/2027"), ("Conservator", "York", "20/01/2027")]
        )
    )
    table = (
        f"<table><tr><td>Job title</td><td>Location</td><td>Closing date</td></tr>{rows}</table>"
    )
    postings = jobparse.parse(_page(table))
    assert [p.title for p in postings] == ["Archivist", "Conservator"]
    assert [p.locations[0].city for p in postings] == ["Leeds", "York"]
    assert [str(p.deadlines[0].date) for p in postings] == ["2027-01-15", "2027-01-20"]


def test_an_accordion_with_labelled_facts_in_another_language() -> None:
    items = "".join(
        f"<details><summary>{title}</summary><p><b>Lieu :</b> {town}</p>"
        f"<p><b>Type de contrat :</b> {kind}</p><a href='/postuler/{n}'>Postuler</a></details>"
        for n, (title, town, kind) in enumerate(
            [("Technicien de maintenance", "Grenoble", "Temps plein"),
             ("Stagiaire achats", "Nantes", "Stage")]
        )
    )  # fmt: skip
    postings = jobparse.parse(_page(items))
    assert [p.title for p in postings] == ["Technicien de maintenance", "Stagiaire achats"]
    assert [p.locations[0].city for p in postings] == ["Grenoble", "Nantes"]
    assert [str(p.employment_type) for p in postings] == ["full_time", "internship"]
    assert [p.apply_url for p in postings] == ["/postuler/0", "/postuler/1"]


def test_a_job_board_names_each_cards_employer_from_a_column_of_names() -> None:
    cards = "".join(
        f"<li><a href='/job/{n}'><h3>{title}</h3><p>{employer}</p><p>{town}</p></a></li>"
        for n, (title, employer, town) in enumerate(
            [("Data Analyst", "Bluebell Foods", "Cork, Ireland"),
             ("Web Developer", "Harbour Bank", "Galway, Ireland"),
             ("Site Engineer", "Ridge Builders", "Limerick, Ireland")]
        )
    )  # fmt: skip
    postings = jobparse.parse(_page(f"<ul>{cards}</ul>", "<title>Jobs | Emerald Job Board</title>"))
    assert [p.company for p in postings] == ["Bluebell Foods", "Harbour Bank", "Ridge Builders"]


def test_a_single_posting_page_with_a_sidebar_of_other_jobs_is_one_posting() -> None:
    sidebar = "".join(
        f"<li><a href='/jobs/{n}'>{t}</a></li>"
        for n, t in enumerate(["Welder", "Forklift Driver", "Shift Supervisor"])
    )
    text = "<p>" + "You will run our paint line and train the team. " * 40 + "</p>"
    body = (
        f"<div class='side'><h3>More openings</h3><ul>{sidebar}</ul></div>"
        f"<div class='main'><h1>Paint Line Operator</h1><p>Location: Dayton, OH</p>{text}"
        "<a href='/apply/77'>Apply now</a></div>"
    )
    (posting,) = jobparse.parse(_page(body))
    assert posting.title == "Paint Line Operator"
    assert posting.locations[0].city == "Dayton"
    assert posting.apply_url == "/apply/77"


def test_two_apply_buttons_to_one_place_are_one_jobs() -> None:
    text = "<p>" + "You will design bridges across the region. " * 20 + "</p>"
    body = (
        "<a href='/apply/5'>Apply now</a><h1>Bridge Engineer</h1>"
        f"{text}<a href='/apply/5'>Apply now</a>"
    )
    (posting,) = jobparse.parse(_page(body))
    assert posting.title == "Bridge Engineer"


@pytest.mark.parametrize(
    ("label", "title"),
    [("Spontaneous application", "Data Engineer"), ("Initiativbewerbung", "Monteur (m/w/d)")],
)
def test_an_open_application_without_a_page_of_its_own_is_no_posting(
    label: str, title: str
) -> None:
    body = (
        f"<ul><li><a href='/jobs/1'>{title}</a></li><li><a href='/jobs/2'>Data Scientist</a></li>"
        f"<li><a href='mailto:jobs@acme.example'>{label}</a></li></ul>"
    )
    assert _titles(_page(body)) == [title, "Data Scientist"]


def test_explain_says_how_the_page_was_cut() -> None:
    body = "".join(f"<li><a href='/jobs/{n}'>{t} Engineer</a></li>" for n, t in enumerate("ABC"))
    result = CliRunner().invoke(cli, ["explain", "-"], input=_page(f"<ul>{body}</ul>"))
    assert result.exit_code == 0
    assert "segment.records: 3 records anchored by " in result.stdout


# --- single postings: where the job's own text starts ---------------------------------------


def test_a_job_header_is_read_although_the_main_element_holds_only_the_form() -> None:
    # An applicant-tracking "Application" tab: the job's header holds its heading and facts
    # as styled inline chips with no space between them; <main> is the application form.
    page = _page(
        "<header><img alt='Quillfeather'><h1>Solutions Architect</h1>"
        "<p><span><b>Remote</b></span><span>Platform, Solutions</span><span>Full time</span></p>"
        "<div><span>Leeds, </span><span>England, </span><span>United Kingdom</span></div>"
        "</header><main><form><label>First name</label><input name='f'>"
        "<label>Email</label><input name='e'><p>By applying you accept the terms.</p></form></main>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.title == "Solutions Architect"
    assert posting.employment_type is jobparse.EmploymentType.FULL_TIME
    assert {(p.city, p.country, p.remote) for p in posting.locations} >= {
        ("Leeds", "GB", False),
        (None, None, True),
    }


def test_breadcrumbs_above_the_heading_do_not_hide_the_facts_under_it() -> None:
    page = _page(
        "<div><a href='/'>Skip to content</a></div><div>Join our conference → Tickets →</div>"
        "<div><a href='/careers'>← Back to Careers</a></div>"
        "<h1>Data Engineer</h1><div>Data</div>"
        "<div>Remote <span>(<span>United States</span><span>Germany</span>)</span></div>"
        "<div>Full Time</div><h2>About us</h2><p>We build tools for developers.</p>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.title == "Data Engineer"
    assert {p.country for p in posting.locations} >= {"US", "DE"}
    assert posting.employment_type is jobparse.EmploymentType.FULL_TIME


def test_words_split_by_styling_stay_one_word() -> None:
    # A capital styled apart ("<b>J</b>ava") or a word cut by a tag stays whole.
    text = html_to_text(_page("<p><b>J</b>ava developer, <i>Ber</i>lin office</p>"))
    assert "Java developer, Berlin office" in text


def test_a_card_line_of_facts_states_an_internship_and_its_working_time() -> None:
    body = (
        "<div>"
        + "".join(
            f"<article><h3><a href='/jobs/{n}'>{title}</a></h3><p>{facts}</p>"
            f"<p>Kiel, Holstenstraße 12, Deutschland</p></article>"
            for n, (title, facts) in enumerate(
                [
                    (
                        "Praktikum Softwareentwicklung",
                        "IT - Studium/Praktikum - Praktikum - Vollzeit",
                    ),
                    (
                        "Buchhalter (m/w/d)",
                        "Finanzen - Berufserfahrung - Festanstellung - Vollzeit",
                    ),
                ]
            )
        )
        + "</div>"
    )
    postings = jobparse.parse(_page(body))
    assert [p.employment_type for p in postings] == [
        jobparse.EmploymentType.INTERNSHIP,
        jobparse.EmploymentType.FULL_TIME,
    ]
    assert [(p.locations[0].city, p.locations[0].country) for p in postings] == [("Kiel", "DE")] * 2


def test_a_meta_line_is_read_fact_by_fact() -> None:
    body = "".join(
        f"<div class='role'><h2>{role}</h2><p class='m'>{meta}</p><p>{text}</p></div>"
        for role, meta, text in [
            ("Line Cook", "Tacoma, WA · Part-time", "Prep and cook for our dinner service."),
            ("Sous Chef", "Olympia, WA · Full-time", "Run the line with our head chef."),
            ("Dishwasher", "Tacoma, WA · Part-time", "Keep the kitchen moving on busy nights."),
        ]
    )
    postings = jobparse.parse(_page(f"<main><h1>Jobs</h1>{body}</main>"))
    assert [(p.locations[0].city, p.employment_type) for p in postings] == [
        ("Tacoma", "part_time"),
        ("Olympia", "full_time"),
        ("Tacoma", "part_time"),
    ]


def _roles_then(after: str, before: str = "") -> str:
    roles = "".join(
        f"<div class='role'><h2>{role}</h2><p>Seattle, WA</p><p>Join our bakery team.</p></div>"
        for role in ("Baker", "Pastry Cook", "Counter Assistant")
    )
    return _page(f"<main><h1>Careers</h1>{before}{roles}{after}</main>")


def test_one_apply_button_after_a_list_is_every_listed_jobs_way_to_apply() -> None:
    page = _roles_then(
        "<p>To apply for any role, use our form.</p><a href='https://f.example/x'>Apply</a>"
    )
    assert [p.apply_url for p in jobparse.parse(page)] == ["https://f.example/x"] * 3


def test_an_apply_link_above_a_list_is_no_jobs_apply_link() -> None:
    page = _roles_then("", before="<a href='/search?easy=1'>Easy Apply</a>")
    assert [p.apply_url for p in jobparse.parse(page)] == [None] * 3


def test_an_employer_column_keeps_the_organisation_not_its_department() -> None:
    rows = [
        ("Lecturer in Statistics", "Harrowgate University - School of Mathematics"),
        ("Research Fellow", "Fenmoor College, Department of History"),
        ("Data Steward", "Summit Outdoor Co."),
    ]
    body = "".join(
        f"<div class='r'><a href='/job/{n}'>{title}</a><div>{employer}</div><div>Leeds, UK</div></div>"
        for n, (title, employer) in enumerate(rows)
    )
    companies = [p.company for p in jobparse.parse(_page(f"<main>{body}</main>"))]
    assert companies == ["Harrowgate University", "Fenmoor College", "Summit Outdoor Co."]


def test_a_page_title_addressed_to_the_reader_names_no_employer() -> None:
    head = "<title>Your weekly job alert: 3 new jobs</title>"
    body = "".join(
        f"<div class='r'><a href='/job/{n}'>Data Analyst {n}</a><div>Denver, CO</div></div>"
        for n in range(3)
    )
    assert {p.company for p in jobparse.parse(_page(f"<main>{body}</main>", head))} == {None}


@pytest.mark.parametrize(
    ("title", "employer"),
    [
        ("招贤纳士-星河光电", "星河光电"),
        ("加入我们_云帆科技网", "云帆科技网"),
        ("採用情報｜みどり薬局", "みどり薬局"),
    ],
)
def test_a_cjk_page_title_is_cut_at_an_unspaced_dash(title: str, employer: str) -> None:
    body = "".join(
        f"<div class='r'><a href='/job/{n}'>{role}</a><div>北京</div></div>"
        for n, role in enumerate(["软件工程师", "测试工程师", "销售经理"])
    )
    postings = jobparse.parse(_page(f"<main>{body}</main>", f"<title>{title}</title>"))
    assert {p.company for p in postings} == {employer}


def test_a_column_of_faculties_is_no_column_of_employers() -> None:
    head = "<title>Vacatures - Universiteit Oosterlicht</title>"
    rows = "".join(
        f"<tr><td><a href='/v/{n}'>{title}</a></td><td>{faculty}</td><td>Utrecht</td></tr>"
        for n, (title, faculty) in enumerate(
            [
                ("Promovendus bodemkunde", "Faculteit Geowetenschappen"),
                ("Postdoc taalkunde", "Faculteit Letteren"),
                ("Docent statistiek", "Faculteit Economie"),
            ]
        )
    )
    page = _page(f"<main><h1>Vacatures</h1><table>{rows}</table></main>", head)
    postings = jobparse.parse(page)
    assert {p.company for p in postings} == {"Universiteit Oosterlicht"}
    assert [p.employment_type for p in postings][:2] == ["phd", "postdoc"]


def test_an_italian_apply_button_is_the_apply_link() -> None:
    page = _page(
        "<main><h1>Tecnico di laboratorio</h1><p>Cerchiamo un tecnico di laboratorio per il"
        " controllo qualità. Sede: Padova. Tempo pieno.</p>"
        "<a class='btn' href='https://acme.example/candidatura?job=1'>Candidati ora</a></main>"
    )
    assert [p.apply_url for p in jobparse.parse(page)] == ["https://acme.example/candidatura?job=1"]


_JOB_LD = (
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org",'
    ' "@type": "JobPosting", "title": "Tecnico di laboratorio",'
    ' "hiringOrganization": {"name": "Officine Serio"}}</script>'
)


@pytest.mark.parametrize(
    ("href", "expected"),
    [("https://serio.example/candidatura?job=7", "https://serio.example/candidatura?job=7"),
     ("#apply", None), ("7.html#apply", None)],
)  # fmt: skip
def test_a_job_pages_one_apply_button_is_its_structured_postings(
    href: str, expected: str | None
) -> None:
    page = _page(
        f"<main><h1>Tecnico di laboratorio</h1><a href='{href}'>Candidati ora</a></main>", _JOB_LD
    )
    assert [p.apply_url for p in jobparse.parse(page)] == [expected]


def test_accented_employer_names_are_names_and_team_lines_are_not() -> None:
    from jobparse.page.employers import looks_like_name

    assert looks_like_name("Bundesamt für Kartografie")
    assert looks_like_name("Société Générale")
    assert not looks_like_name("Ingeniería – Datos")
    assert not looks_like_name("Engineering / Data")


def test_a_column_of_places_in_lower_case_names_no_employer() -> None:
    """A card rendering its place in lower case gives a place, never an employer."""
    cards = "".join(
        f"<li><h3><a href='/job/{n}'>{title}</a></h3><p>{place}</p><p>tiempo completo</p></li>"
        for n, (title, place) in enumerate(
            [
                ("Analista de datos", "las condes, región metropolitana de santiago"),
                ("Reponedor", "puente alto, región metropolitana de santiago"),
                ("Vendedor", "vitacura, región metropolitana de santiago"),
            ]
        )
    )
    postings = jobparse.parse(f"<html><body><main><ul>{cards}</ul></main></body></html>")
    assert [p.title for p in postings] == ["Analista de datos", "Reponedor", "Vendedor"]
    assert {p.company for p in postings} == {None}
    assert {loc.country for p in postings for loc in p.locations} == {"CL"}


def test_one_image_on_every_card_is_the_sites_and_the_cards_own_line_names_the_employer() -> None:
    cards = "".join(
        f"<div class='offre'><img src='logo.png' alt='Gamma'><div>{employer}</div>"
        f"<h3>{title}</h3><p>Lieu : Douala</p></div>"
        for employer, title in [
            ("KOZAVI", "Stagiaire Testeur Logiciel"),
            ("APPRENTIX", "Professeur Particulier"),
            ("SELENTO", "Développeur Web JAVA EE"),
        ]
    )
    page = f"<html><head><title>Gamma Enterprise</title></head><body><main>{cards}</main></body></html>"
    assert [p.company for p in jobparse.parse(page)] == ["KOZAVI", "APPRENTIX", "SELENTO"]


def _board(cards: list[tuple[str, ...]]) -> list[jobparse.Posting]:
    items = "".join(
        f"<li><h3><a href='/job/{n}'>{title}</a></h3>"
        + "".join(f"<p>{x}</p>" for x in lines)
        + "</li>"
        for n, (title, *lines) in enumerate(cards)
    )
    return jobparse.parse(f"<html><body><main><ul>{items}</ul></main></body></html>")


def test_an_employer_below_a_cards_facts_is_read() -> None:
    rows = [
        ("Python Developer", "London, UK", "Thu, 06 Oct 2022", "Harbor Analytics"),
        ("Backend Engineer", "Remote", "Tue, 23 Nov 2021", "BMAX"),
        ("Data Engineer", "Galway, Ireland", "Wed, 30 Mar 2022", "Oomnix"),
        ("QA Engineer", "Berlin, Germany", "Mon, 14 Feb 2022", "Tessel"),
        ("Site Reliability Engineer", "Remote", "Fri, 11 Feb 2022", "Kandor Labs"),
        ("Frontend Developer", "Paris, France", "Thu, 10 Feb 2022", "Mirela"),
    ]
    kinds = ["Permanent", "Permanent", "Contract", "Permanent", "Permanent", "Contract"]
    board = _board([(*row[:3], kind, row[3]) for row, kind in zip(rows, kinds, strict=True)])
    assert [p.company for p in board] == [row[3] for row in rows]
    portal = _board(
        [
            (
                "Postdoctoral Researcher",
                "JOB",
                "France",
                "Fondation nationale des Études Politiques",
            ),
            ("Research Fellow", "JOB", "Portugal", "Centre for Genomic Studies"),
            ("PhD Candidate", "JOB", "Austria", "Universität für angewandte Kunst Wien"),
        ]
    )
    assert [p.company for p in portal] == [
        "Fondation nationale des Études Politiques",
        "Centre for Genomic Studies",
        "Universität für angewandte Kunst Wien",
    ]


def test_skills_below_a_section_label_name_no_employer() -> None:
    board = _board(
        [
            ("Front-end developer", "Necessary skills", "At least 1 year programming experience",
             "Familiarity with Node.js"),
            ("Back-end developer", "Necessary skills", "Experience with NoSQL, PostgreSQL databases",
             "Familiarity with Docker, Vagrant"),
            ("Android developer", "Necessary skills", "Ability to learn things fast",
             "Experience in JavaScript"),
        ]
    )  # fmt: skip
    assert {p.company for p in board} == {None}


def test_a_summary_list_of_jobs_gives_way_to_their_sections() -> None:
    titles = ["Accounting Controller", "Concrete Foreman", "Building Foreman", "Carpenter"]
    summary = "".join(f"<li>{t}</li>" for t in titles)
    sections = "".join(
        f"<h3>{t}</h3><p>Job Purpose: the {t} builds.</p><p>Hours per week: 40-60 average</p>"
        for t in titles
    )
    page = (
        f"<html><body><main><p>Open positions:</p><ul>{summary}</ul><hr>{sections}"
        "<h3>All inquiries will be kept strictly confidential.</h3></main></body></html>"
    )
    postings = jobparse.parse(page)
    assert [p.title for p in postings] == titles
    assert {p.employment_type for p in postings} == {jobparse.EmploymentType.FULL_TIME}


def test_a_cards_title_says_its_kind_before_its_lines() -> None:
    board = _board(
        [
            ("PhD Candidate", "Researcher Profile: First Stage Researcher (R1)"),
            ("Research Engineer", "Researcher Profile: First Stage Researcher (R1)"),
            ("Stagiaire Développeur", "Stage"),
        ]
    )
    assert [p.employment_type for p in board] == [
        jobparse.EmploymentType.PHD,
        None,
        jobparse.EmploymentType.INTERNSHIP,
    ]


def test_a_decorative_arrow_before_a_cards_title_is_no_part_of_it() -> None:
    board = _board([("► Java Developer", "Utrecht"), ("▸ Business Analist", "Utrecht")])
    assert [p.title for p in board] == ["Java Developer", "Business Analist"]


@pytest.mark.parametrize(
    ("column", "deadline"), [("Stilling", "Søknadsfrist"), ("Position", "Closing date")]
)
def test_a_table_of_positions_with_one_row_is_one_posting(column: str, deadline: str) -> None:
    table = (
        f"<table><thead><tr><th>{column}</th><th>{deadline}</th></tr></thead>"
        "<tbody><tr><td><a href='/jobs/fullstack.html'>Fullstack-utvikler</a></td>"
        "<td>Løpende</td></tr></tbody></table>"
    )
    body = f"<main><h1>Jobb hos oss</h1><p>Vi vokser.</p>{table}<h2>Om oss</h2><p>Tekst.</p></main>"
    postings = jobparse.parse(_page(body))
    assert [(p.title, p.url) for p in postings] == [("Fullstack-utvikler", "/jobs/fullstack.html")]


def test_a_one_row_table_of_people_is_no_table_of_positions() -> None:
    table = (
        "<table><thead><tr><th>Name</th><th>Phone</th></tr></thead>"
        "<tbody><tr><td><a href='/team/ada'>Ada Berg</a></td><td>555 0100</td></tr></tbody></table>"
    )
    body = f"<main><h1>Senior Data Engineer</h1><p>We are hiring.</p>{table}</main>"
    assert [p.title for p in jobparse.parse(_page(body))] == ["Senior Data Engineer"]


def test_a_list_of_jobs_shown_twice_gives_each_job_once() -> None:
    column = (
        "<div class='col'><h3>Development</h3>"
        "<h4><a href='vacature1.html'>Java Developer</a></h4><hr/>"
        "<h4><a href='vacature2.html'>Business Analist</a></h4></div>"
    )
    postings = jobparse.parse(_page(f"<main><h1>Vacatures</h1>{column}{column}</main>"))
    assert [p.title for p in postings] == ["Java Developer", "Business Analist"]


def test_one_job_in_two_towns_stays_two_postings() -> None:
    cards = "".join(
        f"<li><a href='/jobs/nurse'>Nurse</a><span>{town}</span></li>" for town in ("Leeds", "York")
    )
    postings = jobparse.parse(_page(f"<main><h1>Jobs</h1><ul>{cards}</ul></main>"))
    assert [(p.title, p.locations[0].city) for p in postings] == [
        ("Nurse", "Leeds"),
        ("Nurse", "York"),
    ]


def test_a_list_nested_deeper_half_way_by_an_unclosed_div_is_one_list() -> None:
    def role(title: str) -> str:
        return (
            f"<div class='box'><div class='head'><h2>{title}</h2></div>"
            "<div class='col'><h4>Duties</h4><p>1. Design boards. 2. Test them.</p></div></div>"
        )

    first = "".join(role(t) for t in ("Electronics Engineer", "FPGA Engineer"))
    # The second group opens inside the first one's row: its <div class="row"> is never closed.
    second = "".join(role(t) for t in ("Electrical Engineer", "Java Developer", "Data Clerk"))
    body = f"<main><h1>Join us</h1><div class='row'>{first}<div class='row'>{second}</main>"
    assert _titles(_page(body)) == [
        "Electronics Engineer",
        "FPGA Engineer",
        "Electrical Engineer",
        "Java Developer",
        "Data Clerk",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hulp gezocht in Ede", "Versterking gezocht in Tiel"),
        ("Aushilfe gesucht in Essen", "Unterstützung gesucht in Kiel"),
        ("Se busca ayuda en Vigo", "Se buscan refuerzos en Lugo"),
    ],
)
def test_headings_that_ask_for_someone_title_their_blocks(first: str, second: str) -> None:
    blocks = "".join(
        f"<div class='v'><div class='h'>{heading}</div><div class='p'>Bel ons: 0318 61 69 00.</div></div>"
        for heading in (first, second)
    )
    assert _titles(_page(f"<main>{blocks}</main>")) == [first, second]


def test_a_group_heading_naming_a_working_time_gives_its_cards_theirs() -> None:
    body = "".join(
        f"<section><h2>{group}</h2>"
        + "".join(
            f"<div class='job'><h3><a href='/jobs/{n}'>{title}</a></h3><p>Berlin</p></div>"
            for n, title in enumerate(titles)
        )
        + "</section>"
        for group, titles in [
            ("Full-time positions", ["Data Engineer", "QA Engineer"]),
            ("Part-time jobs", ["Shop Assistant", "Research Assistant (Full-time)"]),
        ]
    )
    postings = jobparse.parse(_page(f"<main><h1>Careers</h1>{body}</main>"))
    assert [p.employment_type for p in postings] == [
        "full_time",
        "full_time",
        "part_time",
        "full_time",
    ]


def test_a_title_above_a_table_of_header_and_value_cells_reads_them_as_facts() -> None:
    def job(title: str, town: str) -> str:
        return (
            f"<li><div class='name'>{title}</div><table>"
            f"<tr><th>年龄要求</th><td>20-30</td><th>工作地点</th><td>{town}</td></tr>"
            "<tr><th>薪金待遇</th><td>面议</td><th>招聘人数</th><td>2</td></tr>"
            "</table></li>"
        )

    page = _page(
        f"<main><h1>人才招聘</h1><ul>{job('前台接待', '北京')}{job('销售经理', '上海')}{job('会计', '北京')}</ul></main>"
    )
    assert [(p.title, p.locations[0].city) for p in jobparse.parse(page)] == [
        ("前台接待", "Beijing"),
        ("销售经理", "Shanghai"),
        ("会计", "Beijing"),
    ]


@pytest.mark.parametrize(
    ("footer", "company"),
    [
        ("萍乡市星河自动化设备有限公司 版权所有", "萍乡市星河自动化设备有限公司"),
        ("Copyright © 2024 星河自动化有限公司", "星河自动化有限公司"),
    ],
)
def test_a_chinese_copyright_line_names_the_employer(footer: str, company: str) -> None:
    cards = "".join(
        f"<div class='job'><h3><a href='/job/{n}'>{t}</a></h3><p>北京</p></div>"
        for n, t in enumerate(["软件工程师", "测试工程师"])
    )
    page = _page(f"<main><h1>招聘</h1>{cards}</main><footer><p>{footer}</p></footer>")
    assert {p.company for p in jobparse.parse(page)} == {company}


@pytest.mark.parametrize(
    ("label", "fields"),
    [
        ("모집분야", ["PM (사업관리)", "기획 (웹 기획)", "시스템 개발"]),
        ("Positions", ["Planning (web)", "Systems integration", "Design (UI/UX)"]),
    ],
)
def test_styled_spans_under_a_roles_heading_are_jobs(label: str, fields: list[str]) -> None:
    items = "".join(
        f"<span class='box'>{field}</span><p>Experience in public sector projects preferred.</p>"
        for field in fields
    )
    body = f"<main><h1>Recruit</h1><ul><li><span class='label'>{label}</span><div>{items}</div></li></ul></main>"
    assert _titles(_page(body)) == fields


def test_a_list_of_tabs_gives_one_posting_per_tab_with_its_panels_text() -> None:
    roles = ["Test Engineer", "PHP Engineer", "General Accountant"]
    tabs = "".join(
        f"<li class='tab'><a href='#job{n}'>{role}</a></li>" for n, role in enumerate(roles)
    )
    panels = "".join(
        f"<div class='panel' id='job{n}'><strong>Duties</strong><div>Build and test the "
        f"{role.lower()} tools of our platform every day.</div><strong>Requirements</strong>"
        "<div>Three years of experience, a degree in a related field.</div></div>"
        for n, role in enumerate(roles)
    )
    page = _page(
        f"<main><h1>Join us</h1><div class='row'><ul>{tabs}</ul><div>{panels}</div></div></main>"
    )
    postings = jobparse.parse(page)
    assert [p.title for p in postings] == roles
    assert all("Three years of experience" in p.description for p in postings)


def test_the_values_of_a_table_of_terms_are_no_jobs() -> None:
    page = (PAGES / "heldout_real_2" / "06_aono_recruit_ja.html").read_text(encoding="utf-8")
    titles = _titles(page)
    assert "正社員" not in titles
    assert any(t and t.startswith("プラスチック成形技術") for t in titles)


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Stellenangebote — Karriere bei Autohaus Kramer in Lengerich", "Autohaus Kramer"),
        ("Kramer Ltd website", "Kramer Ltd"),
    ],
)
def test_a_site_name_loses_its_town_and_the_word_website(title: str, company: str) -> None:
    cards = "".join(
        f"<div class='job'><h3>{role} (m/w/d)</h3><h4>Deine Aufgabe</h4><ul><li>Reparaturen</li></ul>"
        f"<h4>Dein Profil</h4><ul><li>Erfahrung</li></ul><a href='mailto:job@kramer.de'>Jetzt bewerben</a></div>"
        for role in ("Kfz-Mechatroniker", "Serviceberater")
    )
    postings = jobparse.parse(
        _page(f"<main><h1>Karriere</h1>{cards}</main>", f"<title>{title}</title>")
    )
    assert [p.company for p in postings] == [company, company]


def test_a_badge_above_each_cards_heading_is_no_title() -> None:
    cards = "".join(
        f"<article class='card'><div class='badge'>{badge}</div><h2>{title}</h2>"
        "<ul><li>📍 Mayen</li><li>🕐 Vollzeit oder Teilzeit</li></ul><p>Beratung unserer Kunden.</p>"
        f"<a href='mailto:hi@example.de?subject={n}'>Jetzt bewerben</a></article>"
        for n, (badge, title) in enumerate(
            [
                ("Festanstellung", "Hörgeräteakustiker Meister (m/w/d)"),
                ("Festanstellung", "Hörgeräteakustiker Geselle (m/w/d)"),
                ("Quereinsteiger willkommen", "Hörberater (m/w/d)"),
            ]
        )
    )
    assert _titles(_page(f"<main><h1>Stellenangebote</h1>{cards}</main>")) == [
        "Hörgeräteakustiker Meister (m/w/d)",
        "Hörgeräteakustiker Geselle (m/w/d)",
        "Hörberater (m/w/d)",
    ]


def test_a_jobposting_stub_with_no_title_gives_way_to_the_visible_list() -> None:
    stub = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",'
        ' "hiringOrganization": {"@type": "Organization", "name": "Toitex"}, "jobLocation":'
        ' {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Boisbriand",'
        ' "addressRegion": "QC", "addressCountry": "CA"}}}</script>'
    )
    cards = "".join(
        f"<div class='pos'><h3>{t}</h3><p>Minimum 3 years of roofing experience.</p></div>"
        for t in ("Experienced Roofer", "Roofer Apprentice", "Estimator")
    )
    postings = jobparse.parse(_page(f"<main><h2>Open Positions</h2>{cards}</main>", stub))
    assert [p.title for p in postings] == ["Experienced Roofer", "Roofer Apprentice", "Estimator"]
    assert {p.locations[0].city for p in postings} == {"Boisbriand"}


def test_sections_each_with_an_email_apply_are_the_jobs_not_their_apply_controls() -> None:
    roles = [
        "Software Engineer (AI, Full Stack)",
        "Machine Learning Engineer",
        "Designer",
        "Operations",
    ]
    summary = (
        "<h2>Open roles</h2><ul>"
        + "".join(f"<li><a href='#r{n}'>{r}</a></li>" for n, r in enumerate(roles))
        + "</ul>"
    )
    sections = "".join(
        f"<hr/><h2 id='r{n}'>{r}</h2><ul><li>Ships features alone.</li><li>Loves new models.</li></ul>"
        f"<p><a href='mailto:careers@example.app?subject={n}'>Apply &rarr;</a></p>"
        for n, r in enumerate(roles)
    )
    body = f"<main><h1>Careers</h1>{summary}{sections}<h2>What you get</h2><ul><li>Equity.</li></ul></main>"
    assert _titles(_page(body)) == roles
