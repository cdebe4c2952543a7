"""A page wrapped whole in one form (ASP.NET Web Forms) is read; an application form is not."""

from __future__ import annotations

from pathlib import Path

import jobparse

PAGE = Path(__file__).parent / "pages" / "html_dev_3" / "07_hrpeak_roketsan_process_eng.html"


def test_a_job_page_inside_the_page_wide_form_keeps_its_text_and_town() -> None:
    (posting,) = jobparse.parse_file(PAGE)  # a real applicant-tracking page, Turkish
    assert posting.title == "Proses Mühendisi (Mekanik)"
    assert posting.description.startswith("ROKETSAN / Ankara")  # it was empty
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Ankara", "TR")]


def test_an_application_form_below_the_job_stays_out_of_its_text() -> None:
    page = """<html><body><h1>Data Engineer</h1><p>Berlin, Germany. Join our data team to
    build pipelines for our customers, full time, from May.</p>
    <form action="/apply"><h2>Apply for this job</h2><label>First name</label>
    <input name="first"><label>Upload your CV</label><input type="file"></form></body></html>"""
    (posting,) = jobparse.parse(page)
    assert "Upload your CV" not in posting.description
    assert "First name" not in posting.description


def test_a_town_named_on_two_lines_of_a_card_is_one_place() -> None:
    cards = "".join(
        f'<li><a href="/j/{n}">{title}</a><span>Grafenwöhr</span>'
        f"<span>Standort: Grafenwöhr (Bayern)</span></li>"
        for n, title in enumerate(["Mechaniker (m/w/d)", "Elektriker (m/w/d)"])
    )
    for posting in jobparse.parse(f"<html><body><ul>{cards}</ul></body></html>"):
        assert [(loc.city, loc.region) for loc in posting.locations] == [("Grafenwöhr", "Bayern")]


def test_the_town_beside_the_sites_name_in_its_home_link_is_its_jobs() -> None:
    # A real research group's page: "MEOM Research Group / IGE, Grenoble, France" in its header
    page = Path(__file__).parent / "pages" / "html_dev_3" / "32_meom_jobs.html"
    postings = jobparse.parse_file(page)
    assert postings
    assert all(
        [(loc.city, loc.country) for loc in p.locations] == [("Grenoble", "FR")] for p in postings
    )
    two = """<html><body><a href="/">Acme · Lyon, France · Turin, Italy</a>
    <h1>Welder</h1><p>Welding of frames, full time.</p></body></html>"""
    assert [loc.city for loc in jobparse.parse(two)[0].locations] == []  # two towns: neither


def test_news_teasers_after_an_article_are_not_its_text() -> None:
    # A real news site's job article, followed by "Most recent" story teasers with dates
    page = Path(__file__).parent / "pages" / "html_dev_3" / "10_occrp_interns.html"
    (posting,) = jobparse.parse_file(page)
    assert posting.deadlines == ()
    assert "Georgian" not in posting.description


def test_a_heading_closed_by_another_levels_end_tag_ends_there() -> None:
    # A real page writes "<h6>Full-time Positions</h4>": a browser ends the h6 there;
    # left open, it swallowed the jobs below it and its group said nothing of them.
    page = Path(__file__).parent / "pages" / "html_dev_2" / "35_invana_positions_en.html"
    kinds = [p.employment_type and p.employment_type.value for p in jobparse.parse_file(page)]
    assert kinds == ["full_time"] * 4 + ["internship"] * 2
