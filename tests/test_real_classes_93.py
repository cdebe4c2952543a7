"""The ninety-third held-out set and after (issue 21): the classes their pages showed.

Serbian and Croatian career pages: each test reads a real page of the sets, or the
rule it needed on its own.
"""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

import jobparse
from jobparse import patterns, vocabulary
from jobparse.fields.hiring import hiring_sentence
from jobparse.fields.places import scan_places
from jobparse.page.card_titles import bare_title
from jobparse.page.held_posts import a_persons_name, a_quotation
from jobparse.page.job_lines import role_joined_as
from jobparse.page.js_literal import js_literal
from jobparse.page.link_names import role_named_by

SETS = Path(__file__).parent / "pages"


def _page(set_number: int, name: str) -> list[jobparse.Posting]:
    return jobparse.parse_file(SETS / f"heldout_real_{set_number}" / name)


def _read(sentence: str) -> tuple[str | None, str | None] | None:
    found = hiring_sentence(sentence)
    return (found.company, found.title) if found is not None else None


def test_a_serbo_croatian_hiring_sentence_names_its_role() -> None:
    assert _read("Potrebni organizatori za organizaciju kafanskih veceri tokom nedelje") == (
        None,
        "organizatori",
    )
    # the post named before the role ("za posao"), the praise before it left out
    assert _read("Potrebne mlade i iskusne devojke za posao hostese u kafani") == (
        None,
        "hostese u kafani",
    )
    assert _read("Tražimo iskusnog automehaničara sa radnim iskustvom.") == (
        None,
        "automehaničar",  # its nominative
    )
    assert _read("Metalac zapošljava bravara") == ("Metalac", "bravar")
    assert _read("Тражимо искусног конобара за рад у ресторану") == (None, "конобар")
    assert _read("Potrebna je dokumentacija za prijavu") is None  # no role


def test_a_taverns_one_sentence_adverts_are_titled_by_their_roles() -> None:
    postings = _page(93, "07_dvevioline_posao_sr.html")
    assert [p.title for p in postings] == ["organizatori", "hostese u kafani Dve violine"]
    assert [p.apply_url for p in postings] == ["organizator.html", "hostese.html"]


def test_pages_of_work_that_offer_none_are_silent() -> None:
    # a biography's former employers, recycling tips "at work", a job seeker's form
    for name in (
        "03_vesnabiografija_posao_sr.html",
        "08_arapovic_posao_hr.html",
        "10_recikliraj_posao_sr.html",
        "02_nebgradnja_posao_sr.html",
    ):
        assert _page(93, name) == [], name


def test_a_persons_name_is_a_given_name_and_more_capitalised_words() -> None:
    assert a_persons_name("Alice Dupont")
    assert a_persons_name("Юрий Марченков")
    assert a_persons_name("Prof. Matúš Bača")
    assert not a_persons_name("Forge Telecom")  # no given name
    assert not a_persons_name("Chef de Projet")
    assert not a_persons_name("MITRA KAMI")  # a heading in capitals: "our partners"
    assert not a_persons_name("Santa Clara")  # a town
    assert not a_persons_name("Braga Porto Coimbra Lisboa")


def test_a_teams_people_over_their_posts_are_no_jobs() -> None:
    # "Alice Dupont" / "Chef de Projet" / skills and experience, six times: a team
    assert _page(92, "01_forgetelecom_carriere_fr.html") == []
    team = "".join(
        f"<h3>{name}</h3><hr><h4>{post}</h4><p>Compétences clés : {skills}.</p>"
        for name, post, skills in (
            ("Alice Dupont", "Chef de Projet", "gestion de projet"),
            ("Jean Lefevre", "Ingénieur Réseau", "conception de réseaux"),
            ("Emma Martin", "Expert en Cybersécurité", "sécurité des réseaux"),
        )
    )
    assert jobparse.parse(f"<html><body><h2>Notre équipe</h2>{team}</body></html>") == []
    # an employer's name over each role is a board's, not a team's
    board = "".join(
        f"<h3>{employer}</h3><h4>{role}</h4><p>Lieu : Lyon. CDI, temps plein.</p>"
        for employer, role in (
            ("Forge Telecom", "Chef de Projet"),
            ("Acme Réseaux", "Ingénieur Réseau"),
            ("Contoso Sécurité", "Expert en Cybersécurité"),
        )
    )
    postings = jobparse.parse(f"<html><body><h2>Offres d'emploi</h2>{board}</body></html>")
    assert [p.title for p in postings] == [
        "Chef de Projet", "Ingénieur Réseau", "Expert en Cybersécurité",
    ]  # fmt: skip


def test_a_period_a_post_was_held_opens_a_cvs_entry() -> None:
    for line in (
        "Mars 2016 – Novembre 2019",
        "Février – Août 2010",
        "Depuis Octobre 2023",
        "2020 – 2023 · Années académiques",
        "Jan 2019 - present",
    ):
        assert patterns.HELD_PERIOD.fullmatch(line), line
    for line in ("2010", "March 2024", "Deadline: 1 March 2024", "Since 2010 we have grown"):
        assert not patterns.HELD_PERIOD.fullmatch(line), line


def test_a_cvs_timeline_of_posts_held_is_no_list_of_jobs() -> None:
    # "Depuis Octobre 2023" / "Directeur Général Adjoint (DGA)" / …, six posts, and a
    # menu's "Recherche" (research), which hires no one
    assert _page(92, "06_tokognon_carriere_fr.html") == []
    entries = "".join(
        f"<li><p>{period}</p><h3>{post}</h3><p>Acme SA · Lyon</p></li>"
        for period, post in (
            ("Depuis Octobre 2023", "Directeur Général Adjoint"),
            ("Mars 2016 – Novembre 2019", "Chef de Projet"),
            ("Février – Août 2010", "Ingénieur Réseau"),
        )
    )
    assert jobparse.parse(f"<html><body><h1>Parcours</h1><ul>{entries}</ul></body></html>") == []
    # one season's jobs share their period: a list of jobs
    jobs = "".join(
        f"<li><p>Juni – August 2025</p><h3>{role}</h3><p>Lyon</p></li>"
        for role in ("Chef de Projet", "Ingénieur Réseau", "Technicien de maintenance")
    )
    postings = jobparse.parse(f"<html><body><h1>Jobs d'été</h1><ul>{jobs}</ul></body></html>")
    assert [p.title for p in postings] == [
        "Chef de Projet", "Ingénieur Réseau", "Technicien de maintenance",
    ]  # fmt: skip


def test_a_testimonials_words_and_its_speakers_post_are_no_jobs() -> None:
    assert a_quotation('"Corpshore geeft mij de kans om voor internationale klanten te werken."')
    assert a_quotation("« Je travaille depuis Lyon avec des équipes du monde entier. »")
    assert not a_quotation('"Senior Software Engineer"')  # a title in quotes
    # '"Als developer in Gent werk ik …"' / "Full Stack Ontwikkelaar, Vlaanderen", twice;
    # the page's list of jobs is loaded by a script it does not hold
    titles = [p.title for p in _page(94, "06_corpshore_vacatures_nl.html")]
    assert not any(title and ("Vlaanderen" in title or title.startswith('"')) for title in titles)


def test_a_copyright_line_below_a_pages_roles_is_none_of_them() -> None:
    postings = _page(94, "08_andromeda_vacatures_nl.html")
    assert [p.title for p in postings] == ["Voorzitter", "Bestuurslid"]


def test_a_poster_linked_to_its_job_is_titled_by_its_links_name() -> None:
    assert role_named_by(lxml_html.fromstring('<a title="Arbeider tuinaanleg"><img></a>')) == (
        "Arbeider tuinaanleg"
    )
    assert role_named_by(lxml_html.fromstring('<a><img alt="Glazenwasser (21u)"></a>')) == (
        "Glazenwasser (21u)"
    )
    assert role_named_by(lxml_html.fromstring('<a title="Home"><img alt="Concor"></a>')) == ""
    assert role_named_by(lxml_html.fromstring('<a title="Chef">Menu</a>')) == ""  # has text
    # "<a title=…><img></a>" over "Bekijk de vacature", under "Arbeiders"
    postings = _page(94, "01_concor_vacatures_nl.html")
    assert [p.title for p in postings] == ["Arbeider tuinaanleg", "Arbeider tuinonderhoud"]
    assert (postings[0].url or "").endswith("Tuinaanleg_DEF-1.pdf")
    assert _page(16, "05_concor_vacatures_nl.html")[-1].title == "Branch Manager"


def test_two_working_times_with_their_noun_said_once_are_both_named() -> None:
    assert vocabulary.employment_types("full or part time") == ("full_time", "part_time")
    assert vocabulary.elided_kinds("plný i částečný úvazek") == ("full_time",)
    assert vocabulary.elided_kinds("Sales and Marketing Manager") == ()
    # "Denní i noční, plný i částečný úvazek": the full time named first is the one offered
    [driver] = _page(97, "03_rbtaxi_kariera_cs.html")
    assert driver.employment_type is jobparse.EmploymentType.FULL_TIME


def test_the_plural_of_a_noun_after_the_owns_nothing() -> None:
    # "Willing to contribute to the Customers' Sales Metrics": customers, no employer
    [consultant] = _page(98, "02_salesprofit_careers_en.html")
    assert consultant.company == "Sales & Profit"
    text = "We are hiring a Data Engineer.\n\nAcme's platform serves the Customers' needs."
    assert jobparse.parse(text)[0].company == "Acme"


def test_a_heading_inviting_the_reader_to_join_as_a_role_names_it() -> None:
    assert role_joined_as("Join Us as an Independent Sales Consultant") == (
        "Independent Sales Consultant"
    )
    assert role_joined_as("Come Work With Us") is None
    [consultant] = _page(98, "02_salesprofit_careers_en.html")
    assert consultant.title == "Independent Sales Consultant"


def test_a_job_list_kept_as_js_data_in_the_page_is_read() -> None:
    value, end = js_literal("var jobs = [{title: 'Cook', hours: `full time`,}, /* c */];", 11)
    assert value == [{"title": "Cook", "hours": "full time"}]
    assert end == 58  # the closing bracket read, the semicolon left
    # code, not data: a call, a name for a value, a template's "${…}", shorthand
    for code in ("[{title: t('cook')}]", "[{title: cook}]", "[{title: `${a}`}]", "[{title}]"):
        assert js_literal(code, 0)[0] is None, code
    assert js_literal("[" * 100 + "]" * 100, 0)[0] is None  # too deep
    # "const jobs = [{id:1, title:"Frontend Engineer", type:"Full-Time", …}, …]", rendered
    # into cards by the page's script: 34 roles, none in the page's markup
    postings = _page(98, "09_sellhair_careers_en.html")
    assert len(postings) == 34
    # a landing page's buttons to its jobs page ("查看职位", "了解更多") are none of them
    assert _page(98, "03_youdao_careers_zh.html") == []
    assert postings[0].title == "Frontend Engineer"
    assert postings[0].employment_type is jobparse.EmploymentType.FULL_TIME


def test_areas_a_firm_hires_in_are_no_openings() -> None:
    assert vocabulary.names_no_jobs("Áreas de atuação")
    assert not vocabulary.names_no_jobs("Vagas por área de atuação")  # a list of openings
    # "Areas de atuacao" / "Confira as principais areas onde … contrata" over six h3 areas
    assert _page(99, "03_movemaquinas_trabalhe_pt.html") == []
    areas = "".join(
        f"<h3>{role}</h3><p>{text}</p>"
        for role, text in (
            ("Técnico de Manutenção", "Manutenção preventiva e corretiva de empilhadeiras."),
            ("Operador de Empilhadeira", "Operação segura de empilhadeiras em clientes."),
            ("Vendedor Externo", "Prospecção e vendas consultivas de locação."),
        )
    )
    page = "<html><body><h1>Trabalhe conosco</h1><h2>{}</h2>{}</body></html>"
    assert jobparse.parse(page.format("Áreas de atuação", areas)) == []
    openings = jobparse.parse(page.format("Vagas abertas", areas))
    assert [p.title for p in openings] == [
        "Técnico de Manutenção", "Operador de Empilhadeira", "Vendedor Externo",
    ]  # fmt: skip


def test_a_set_of_pages_with_no_opening_stays_silent() -> None:
    # set 99: forms, areas a firm hires in, an empty shell, an order form (no labels)
    pages = sorted((SETS / "heldout_real_99").glob("*.html"))
    assert len(pages) == 9
    assert {page.name: len(jobparse.parse_file(page)) for page in pages} == {
        page.name: 0 for page in pages
    }


def test_a_page_whose_heading_says_it_recruits_no_one_lists_no_jobs() -> None:
    assert vocabulary.states_no_openings("微软中国招聘，期待你的加入（已暂停内推）")
    assert vocabulary.states_no_openings("新規社員の採用は基本的に行っておりません。")
    # a referral post, paused, its fifteen positions kept "for reference only"
    assert _page(100, "06_joouis_recruit_zh.html") == []
    assert _page(100, "11_teramoto_recruit_ja.html") == []


def test_a_set_of_names_and_posts_is_a_team() -> None:
    # "- Alex Wang - CEO" / "- Reika Wang - COO" / "- Maxxie Xue - HR" below their words
    titles = [p.title for p in _page(100, "08_nga_recruit_ja.html")]
    assert not any(title and title.endswith(("CEO", "COO", "HR")) for title in titles)
    board = "".join(
        f"<li><h3>{title}</h3><p>Berlin · Vollzeit</p></li>"
        for title in ("Acme Corp - Sales Manager", "Globex - Data Engineer", "Initech - Designer")
    )
    postings = jobparse.parse(f"<html><body><h1>Jobs</h1><ul>{board}</ul></body></html>")
    assert len(postings) == 3  # employers' names before their roles: a board, no team


def test_a_paragraph_set_as_a_pages_heading_is_no_title() -> None:
    # a real-estate firm's page whose <h1> holds its whole introduction, 70 words
    assert _page(95, "08_globalgroup_praca_pl.html") == []


def test_an_albanian_page_of_roles_under_headings_gives_one_posting_each() -> None:
    postings = _page(96, "03_transporti_karriera_sq.html")
    assert [p.title for p in postings] == [
        "Menaxher Logjistike", "Inxhinier i Transportit", "Shofere Autobusi",
    ]  # fmt: skip
    assert vocabulary.has_role("Shoferi i autobusit")  # a definite form, by its stem


def test_an_accordions_signs_after_a_title_are_no_part_of_it() -> None:
    assert bare_title("経営企画 + -") == "経営企画"
    assert bare_title("PR ▼") == "PR"
    assert bare_title("C++ Developer") == "C++ Developer"
    assert bare_title("Engineer - Berlin") == "Engineer - Berlin"


def test_japanese_job_categories_name_roles() -> None:
    for title in ("経営企画", "財務", "フロントエンド開発", "法人営業", "一般事務"):
        assert vocabulary.has_role(title), title
    # eighteen accordion items ("経営企画 + -", …) under "Positions_": one posting each
    postings = _page(100, "08_nga_recruit_ja.html")
    assert len(postings) == 18
    assert postings[0].title == "経営企画"
    assert postings[15].employment_type is jobparse.EmploymentType.INTERNSHIP


def test_pan_before_a_country_is_the_whole_of_it() -> None:
    [place] = scan_places("Pan-India (Field)").locations
    assert place.country == "IN"
    assert scan_places("Japan-Korea").locations == ()  # no "pan-" there
    [role] = [p for p in _page(98, "09_sellhair_careers_en.html") if p.title == "Frontend Engineer"]
    assert {(loc.country, loc.remote) for loc in role.locations} == {("IN", True), ("IN", False)}
