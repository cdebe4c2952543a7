"""What stands around a job on its page: a sidebar's jobs, a slogan above a job, a card's logo.

A blog's post about its openings may hold them only in its sidebar (the post's
own text says nothing): the real page of html-dev-3 is read, and an invented one
shows the sidebar's other blocks stay out. A slogan heading a job's page names
no role: the page's own title does ("Company｜Job", parted at the full-width bar).
"""

from __future__ import annotations

from pathlib import Path

import jobparse

REAL = Path(__file__).parent / "pages" / "html_dev_3" / "29_beatrobo_jobs_ja.html"


def test_a_blogs_sidebar_block_of_jobs_gives_one_posting_per_role() -> None:
    postings = jobparse.parse_file(REAL)
    # the blog's name ("Playground, Tech Blog of Beatrobo, Inc.") is not the employer's
    assert {p.company for p in postings} == {"Beatrobo, Inc"}
    titles = [p.title for p in postings]
    assert titles == [
        "PHP/サーバサイドエンジニア",
        "Android エンジニア",
        "iOS エンジニア",
        "ハードウェアエンジニア",
        "アルバイト",
    ]


SIDEBAR = """<html><body><article><h1>We are hiring</h1><p>Read on.</p></article>
<aside><section><h2>Jobs</h2><ul>
<li><a href="/jobs/backend">Backend Engineer</a></li>
<li><a href="/jobs/designer">Product Designer</a></li>
<li><a href="/jobs/support">Support Specialist</a></li></ul></section>
<section><h2>Recent posts</h2><ul><li><a href="/p/1">Our new office</a></li>
<li><a href="/p/2">Hack week</a></li><li><a href="/p/3">Release 2.0</a></li></ul></section>
</aside></body></html>"""


def test_the_sidebars_other_blocks_stay_out() -> None:
    postings = jobparse.parse(SIDEBAR)
    assert [p.title for p in postings] == [
        "Backend Engineer",
        "Product Designer",
        "Support Specialist",
    ]
    assert not any("Hack week" in p.description for p in postings)


def test_a_sidebar_of_other_blocks_is_dropped() -> None:
    page = SIDEBAR.replace("<h2>Jobs</h2>", "<h2>Friends</h2>")
    assert not any(p.title == "Backend Engineer" for p in jobparse.parse(page))


def test_a_japanese_page_title_parts_its_site_name_at_a_full_width_bar() -> None:
    # "｜" parts a Japanese title without spaces: the job, not "Company｜Job" whole
    page = (
        "<html><head><title>株式会社ミナト｜システムエンジニア募集</title></head><body>"
        "<h1>未来をつくる仲間へ</h1><p>東京の本社で、システムの設計と開発を担当していただきます。"
        "経験者を歓迎します。給与は経験に応じて決定します。</p></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.title == "システムエンジニア"  # "募集" (wanted) closes it, no part of the job


BOARD = "".join(
    f'<div class="card"><img class="logo" src="/l/{i}.png" alt="{category}">'
    f"<h5>{title}</h5><p>{label}: {company}</p><p>Se requiere experiencia.</p>"
    f'<a href="/apply/{i}">Postularme</a></div>'
    for i, (title, category, label, company) in enumerate(
        [
            ("Auxiliar de Limpieza", "Limpieza", "Empresa", "María Torres S.A.S."),
            ("Conductor Privado", "Transporte", "Empresa", "Transportes Pérez"),
            ("Desarrollador Web Junior", "Web", "Empresa", "Gómez Tech"),
        ]
    )
)


def test_a_cards_labelled_employer_comes_before_its_logo() -> None:
    # a job board's card images are categories; "Empresa: X" names the employer
    page = f"<html><body><h1>Vacantes</h1>{BOARD}</body></html>"
    companies = [p.company for p in jobparse.parse(page)]
    assert companies == ["María Torres S.A.S.", "Transportes Pérez", "Gómez Tech"]


HELDOUT_8 = Path(__file__).parent / "pages" / "heldout_real_8"


def test_pages_with_no_opening_give_no_posting() -> None:
    # application forms under a careers title ("Lavora con noi — SMC Impianti": the page's
    # own title calls it a careers page, its text names no role), a page whose jobs a
    # third-party script loads; reasons to join, no position (Czech)
    pages = [HELDOUT_8 / f"{name}.html" for name in ("smcimpianti_it", "newclean_it", "gowork_no")]
    pages.append(HELDOUT_8.parent / "heldout_real_4" / "etiholding.cz_kariera.html")
    for page in pages:
        assert jobparse.parse_file(page) == [], page.name


HELDOUT_9 = Path(__file__).parent / "pages" / "heldout_real_9"


def test_a_spontaneous_application_card_leading_to_the_contact_page_is_no_posting() -> None:
    postings = jobparse.parse_file(HELDOUT_9 / "globalcon_sv.html")
    assert [p.title for p in postings] == [
        "Senior Konstruktionsingenjör",
        "BIM-specialist / Konstruktör",
    ]
    # two cards' skill tags ("BIM / Revit") are no column of employers; the logo's alt text
    # "Global Construction logotyp" names the site without its word for logo; "Fulltid"
    assert {p.company for p in postings} == {"Global Construction"}
    assert {p.employment_type for p in postings} == {jobparse.EmploymentType.FULL_TIME}


def test_careers_pages_saying_or_showing_nothing_of_a_job_give_none() -> None:
    # "지금은 채용기간이 아닙니다" (not a hiring period now); "Dział w przygotowaniu"
    # (being prepared); a "Praca" page holding a product page's text
    for name in ("aply_ko", "drewmet_pl", "mhexpert_pl"):
        assert jobparse.parse_file(HELDOUT_9 / f"{name}.html") == [], name


def test_a_menus_items_are_no_role_lines() -> None:
    # a menu written as plain links ("CEO Mesajı", "USŁUGI OPIEKUŃCZE") names no job: an
    # HR page describing the hiring process, a careers page showing an error
    for name in ("azersun_az", "dpsjedlina_pl"):
        assert jobparse.parse_file(HELDOUT_9 / f"{name}.html") == [], name


def test_a_list_of_clauses_is_no_list_of_jobs() -> None:
    # "Być kierowcą, / Być asystentem spedytora ..., / Być pracownikiem biurowym": what one
    # may be at the company, clauses of one sentence ending in commas; no opening (Polish)
    page = Path(__file__).parent / "pages" / "heldout_real_6" / "tolltrans_kariera.html"
    assert jobparse.parse_file(page) == []


def test_a_page_titled_by_its_employers_name_over_a_scripted_list_names_no_job() -> None:
    # "Holmes Consulting Partners" (a role word, "Partners", in a firm's name) heads a page
    # whose jobs a script loads ("Stellenangebote werden geladen …"): no posting
    page = Path(__file__).parent / "pages" / "heldout_real_7" / "hcp-website_stellenangebote.html"
    assert jobparse.parse_file(page) == []
