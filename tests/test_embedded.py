"""Jobs embedded as data in a page's scripts, read without a browser (issue 24, item 1).

Two real pages of the dev sets carry their jobs twice, as a list and as the
JSON their scripts render it from. With the list cut away (a page of head
and scripts, as an application's server sends it), the data alone must give
the same jobs. The shapes of hosted boards and frameworks are written out
below from their public documentation; a page that is only its own title
and a placeholder gives none, and says so once with a hint.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from tests.growth import LIMIT, growth

PAGES = Path(__file__).parent / "pages"


def _shell(page: str, body: str = '<div id="app">Loading…</div>') -> str:
    """A real page with its visible content cut away: its head and its scripts only."""
    scripts = "".join(re.findall(r"<script\b.*?</script>", page, flags=re.S | re.I))
    head = re.search(r"<head\b.*?</head>", page, flags=re.S | re.I)
    assert head is not None
    return f"<!DOCTYPE html><html>{head.group()}<body>{body}{scripts}</body></html>"


@pytest.mark.parametrize(
    ("name", "url", "count", "country"),
    [
        ("html_dev/09_lumenis_comeet_careers.html", "https://lumenis.com/careers/", 17, "IL"),
        ("html_dev_3/31_randstad_cl_search_p2.html", "https://www.randstad.cl/trabajos/", 30, "CL"),
    ],
)
def test_a_real_page_without_its_list_gives_the_same_jobs_from_its_data(
    name: str, url: str, count: int, country: str
) -> None:
    page = (PAGES / name).read_text("utf-8")
    listed = jobparse.parse(page, uri=url)
    embedded = jobparse.parse(_shell(page), uri=url)
    assert len(listed) == len(embedded) == count
    fold = str.casefold
    assert sorted(fold(p.title or "") for p in embedded) == sorted(
        fold(p.title or "") for p in listed
    )
    assert all(p.url and p.url.startswith("https://") for p in embedded)
    assert all(p.evidence_for("segment")[0].rule == "segment.embedded" for p in embedded)
    placed = [p for p in embedded if p.locations]
    assert len(placed) >= 0.9 * count
    assert sum(loc.country == country for p in placed for loc in p.locations) >= 0.7 * len(placed)


def _page(script: str, body: str = '<div id="root">Loading jobs…</div>') -> str:
    return f"<!DOCTYPE html><html><head><title>Careers</title></head><body>{body}{script}</body></html>"


def _json_script(data: object, element_id: str = "__NEXT_DATA__") -> str:
    return f'<script id="{element_id}" type="application/json">{json.dumps(data)}</script>'


_GREENHOUSE = {"props": {"pageProps": {"jobs": [
    {"id": 4011, "title": "Site Reliability Engineer", "absolute_url": "/jobs/4011",
     "location": {"name": "Dublin, Ireland"}, "departments": [{"name": "Infrastructure"}]},
    {"id": 4012, "title": "Account Executive", "absolute_url": "/jobs/4012",
     "location": {"name": "Madrid, Spain"}, "departments": [{"name": "Sales"}]},
]}}}  # fmt: skip
_LEVER = [
    {"id": "a1", "text": "Senior Backend Engineer", "hostedUrl": "https://jobs.example/a1",
     "applyUrl": "https://jobs.example/a1/apply",
     "categories": {"location": "Toronto, Canada", "team": "Platform", "commitment": "Full-time"}},
    {"id": "a2", "text": "Product Designer", "hostedUrl": "https://jobs.example/a2",
     "applyUrl": "https://jobs.example/a2/apply",
     "categories": {"location": "Lisbon, Portugal", "team": "Design", "commitment": "Part-time"}},
]  # fmt: skip
_SMARTRECRUITERS = {"content": [
    {"id": "744", "name": "Warehouse Operative",
     "location": {"city": "Leeds", "region": "England", "country": "gb"},
     "typeOfEmployment": {"label": "Full-time"}, "department": {"label": "Logistics"}},
    {"id": "745", "name": "Forklift Driver",
     "location": {"city": "Bristol", "region": "England", "country": "gb"},
     "typeOfEmployment": {"label": "Temporary"}, "department": {"label": "Logistics"}},
]}  # fmt: skip
_ASHBY = {"jobBoard": {"jobPostings": [
    {"id": "x1", "title": "Machine Learning Engineer", "locationName": "Paris, France",
     "employmentType": "FullTime", "departmentName": "Research", "isRemote": True},
    {"id": "x2", "title": "Recruiter", "locationName": "Berlin, Germany",
     "employmentType": "Contract", "departmentName": "People", "isRemote": False},
]}}  # fmt: skip
_APOLLO = {
    "Job:1": {"__typename": "Job", "title": "Pflegefachkraft (m/w/d)", "city": "Hamburg",
              "url": "/stellen/1", "employmentType": "Vollzeit"},
    "Job:2": {"__typename": "Job", "title": "Erzieher (m/w/d)", "city": "Köln",
              "url": "/stellen/2", "employmentType": "Teilzeit"},
    "ROOT_QUERY": {"__typename": "Query"},
}  # fmt: skip
_WORKDAY = {"jobPostings": [
    {"title": "Financial Analyst", "externalPath": "/job/Chicago/Financial-Analyst_R1",
     "locationsText": "Chicago, IL", "postedOn": "Posted Today", "bulletFields": ["R1"]},
    {"title": "Tax Manager", "externalPath": "/job/Austin/Tax-Manager_R2",
     "locationsText": "Austin, TX", "postedOn": "Posted Yesterday", "bulletFields": ["R2"]},
]}  # fmt: skip


@pytest.mark.parametrize(
    ("label", "script", "expected"),
    [
        ("Next.js, Greenhouse's fields", _json_script(_GREENHOUSE),
         [("Site Reliability Engineer", "https://acme.example/jobs/4011", "IE", None),
          ("Account Executive", "https://acme.example/jobs/4012", "ES", None)]),
        ("window.__INITIAL_STATE__, Lever's fields",
         f"<script>window.__INITIAL_STATE__ = {json.dumps({'postings': _LEVER})};</script>",
         [("Senior Backend Engineer", "https://jobs.example/a1", "CA", "full_time"),
          ("Product Designer", "https://jobs.example/a2", "PT", "part_time")]),
        ("a JSON script, SmartRecruiters' fields", _json_script(_SMARTRECRUITERS, "jobs-data"),
         [("Warehouse Operative", None, "GB", "full_time"),
          ("Forklift Driver", None, "GB", "temporary")]),
        ("var = JSON.parse('...'), Ashby's fields",
         f"<script>var __appData = JSON.parse({json.dumps(json.dumps(_ASHBY))});</script>",
         [("Machine Learning Engineer", None, "FR", "full_time"),
          ("Recruiter", None, "DE", "contract")]),
        ("an Apollo cache (objects of objects)",
         f"<script>window.__APOLLO_STATE__={json.dumps(_APOLLO, ensure_ascii=False)}</script>",
         [("Pflegefachkraft (m/w/d)", "https://acme.example/stellen/1", "DE", "full_time"),
          ("Erzieher (m/w/d)", "https://acme.example/stellen/2", "DE", "part_time")]),
        ("Workday's fields", _json_script(_WORKDAY, "wd-data"),
         [("Financial Analyst", "https://acme.example/job/Chicago/Financial-Analyst_R1", "US", None),
          ("Tax Manager", "https://acme.example/job/Austin/Tax-Manager_R2", "US", None)]),
    ],
)  # fmt: skip
def test_embedded_job_records_of_each_shape_become_postings(
    label: str, script: str, expected: list[tuple[str, str | None, str, str | None]]
) -> None:
    postings = jobparse.parse(_page(script), uri="https://acme.example/careers")
    got = [
        (
            p.title,
            p.url,
            p.locations[0].country if p.locations else None,
            p.employment_type.value if p.employment_type else None,
        )
        for p in postings
    ]
    assert got == expected, label


def test_remote_work_and_the_apply_link_of_the_data_are_kept() -> None:
    ashby = jobparse.parse(_page(_json_script(_ASHBY)), uri="https://acme.example/careers")
    assert any(loc.remote for loc in ashby[0].locations)
    assert not any(loc.remote for loc in ashby[1].locations)
    lever = jobparse.parse(_page(_json_script(_LEVER)), uri="https://acme.example/careers")
    assert [p.apply_url for p in lever] == ["https://jobs.example/a1/apply", "https://jobs.example/a2/apply"]  # fmt: skip


def test_records_that_are_no_jobs_give_no_postings() -> None:
    menu = [{"name": n, "id": i, "url": f"/{n.lower()}"} for i, n in enumerate(["Blog", "About", "Press"])]  # fmt: skip
    offices = [{"name": c, "city": c, "country": "DE"} for c in ("Berlin", "Munich", "Hamburg")]
    products = [{"title": t, "id": i, "price": 9.5} for i, t in enumerate(["Mug", "Shirt", "Cap"])]
    for data in (menu, offices, products):
        assert jobparse.parse(_page(_json_script({"items": data}))) == []


def test_a_visible_list_of_the_same_jobs_is_read_as_before() -> None:
    jobs = [
        f'<li><h3><a href="/jobs/{i}">{t}</a></h3><p>{c}</p></li>'
        for i, (t, c) in enumerate([("Welder", "Oslo, Norway"), ("Baker", "Bergen, Norway")])
    ]
    data = {"jobs": [{"title": "Welder", "location": "Oslo"}, {"title": "Baker", "location": "Bergen"}]}  # fmt: skip
    page = _page(_json_script(data), body=f"<h1>Jobs</h1><ul>{''.join(jobs)}</ul>")
    postings = jobparse.parse(page, uri="https://acme.example/careers")
    assert [p.title for p in postings] == ["Welder", "Baker"]
    assert postings[0].evidence_for("segment")[0].rule == "segment.records"


def test_the_data_wins_over_a_list_that_shows_few_of_its_jobs() -> None:
    titles = ["Welder", "Baker", "Electrician", "Plumber", "Carpenter", "Painter"]
    shown = "".join(f'<li><a href="/jobs/{i}">{t}</a> Oslo</li>' for i, t in enumerate(titles[:2]))
    data = {"jobs": [{"title": t, "location": "Oslo, Norway", "url": f"/jobs/{i}"} for i, t in enumerate(titles)]}  # fmt: skip
    page = _page(_json_script(data), body=f"<h1>Jobs</h1><ul>{shown}</ul>")
    postings = jobparse.parse(page, uri="https://acme.example/careers")
    assert [p.title for p in postings] == titles
    assert "runner-up: 2 records" in postings[0].evidence_for("segment")[0].text


def test_a_job_page_whose_data_lists_other_jobs_stays_one_posting() -> None:
    others = {"related": [{"title": f"{t} Engineer", "location": "Oslo", "url": f"/jobs/{t}"} for t in ("Civil", "Mechanical", "Process")]}  # fmt: skip
    text = "<p>" + "You will design pipelines for our offshore platforms. " * 40 + "</p>"
    page = _page(
        _json_script(others), body=f"<h1>Data Engineer</h1><p>Location: Oslo, Norway</p>{text}"
    )
    postings = jobparse.parse(page, uri="https://acme.example/jobs/9")
    assert [p.title for p in postings] == ["Data Engineer"]


def test_a_page_of_its_own_title_and_a_placeholder_gives_none_and_a_hint(tmp_path: Path) -> None:
    shells = {
        "next.html": _page('<script src="/_next/app.js"></script>'),
        "list.html": _page("", body="<h1>Open roles</h1><ul id='jobs'><li>Loading jobs…</li></ul>"),
        "de.html": _page("", body="<div>Stellen werden geladen …</div>"),
    }
    for name, page in shells.items():
        (tmp_path / name).write_text(page, "utf-8")
        assert jobparse.parse(page) == [], name
    result = CliRunner().invoke(cli, ["export", "-f", "jsonl", str(tmp_path)])
    assert result.stdout == ""
    hints = [line for line in result.stderr.splitlines() if "--render" in line]
    assert len(hints) == 3, result.stderr
    assert all(
        line.startswith("jobparse: warning: ") and "built by scripts" in line for line in hints
    )


def test_a_page_with_postings_or_plain_text_gets_no_hint(tmp_path: Path) -> None:
    page = tmp_path / "jobs.html"
    page.write_text(_page(_json_script(_GREENHOUSE)), "utf-8")
    empty = tmp_path / "about.html"
    empty.write_text("<html><body><h1>About us</h1><p>We make bicycles in Utrecht.</p></body></html>", "utf-8")  # fmt: skip
    result = CliRunner().invoke(cli, ["export", "-f", "jsonl", str(page), str(empty)])
    assert "Site Reliability Engineer" in result.stdout
    assert "--render" not in result.stderr


def test_scripts_that_are_not_json_cost_linear_time() -> None:
    def page(n: int) -> str:
        code = "".join(f"var o{i} = {{a: {i}, b: [1, 2, {{c: 'x'}}]}};\n" for i in range(n // 40))
        return _page(f"<script>{code}</script>", body="<h1>Jobs</h1>")

    ratio = growth(page, jobparse.parse, 20_000)
    assert ratio < LIMIT, f"x{ratio:.1f} the time at 4x the input"


def test_deep_or_broken_data_is_skipped_and_the_rest_read() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    broken = '{"jobs": [{"title": "Welder", "location": "Oslo"'
    script = (
        f'<script type="application/json">{deep}</script>'
        f'<script type="application/json">{broken}</script>'
        f"<script>window.x = {deep};</script>" + _json_script(_GREENHOUSE)
    )
    postings = jobparse.parse(_page(script), uri="https://acme.example/careers")
    assert [p.title for p in postings] == ["Site Reliability Engineer", "Account Executive"]


def test_lone_surrogates_and_huge_integers_in_the_data_cost_nothing(tmp_path: Path) -> None:
    """JSON may escape half a character ("\\ud800") or write a 5,000-digit id: read as JSON-LD is."""
    record = (
        '{"title": "Data Engineer \\ud800", "location": "Berlin, Germany", "id": 1' + "2" * 5000
    )
    script = (
        f'<script type="application/json">{{"jobs": [{record}}}, '
        '{"title": "Product Designer", "location": "Lisbon, Portugal", "url": "/j/2"}]}</script>'
        '<script>var jobs = JSON.parse(\'[{"title": "Nurse \\\\ud83d\\\\ude00", '
        '"location": "Leeds, UK", "url": "/j/3"}, {"title": "Baker \\\\udc00", '
        '"location": "Oslo, Norway", "url": "/j/4"}]\');</script>'
    )
    page = tmp_path / "jobs.html"
    page.write_text(_page(script), "utf-8")
    for name in ("csv", "json", "ical", "rss"):
        result = CliRunner().invoke(
            cli, ["export", "-f", name, "-o", str(tmp_path / f"o.{name}"), str(page)]
        )
        assert result.exit_code == 0, result.stderr
    titles = [p.title for p in jobparse.parse_file(page)]
    assert titles[:2] == ["Data Engineer \ufffd", "Product Designer"]
