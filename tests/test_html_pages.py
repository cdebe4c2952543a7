"""HTML pages: golden files, the seeds as HTML, structured data, encodings, URLs."""

from __future__ import annotations

import http.server
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from tests.board import serving
from tests.conftest import SEED_FILES
from tests.pages.regenerate import golden, pages

PAGES = Path(__file__).parent / "pages"
SEEDS_HTML = PAGES / "seeds_html"
COMPARED = ("id", "title", "company", "locations", "deadlines", "emails", "urls",
            "employment_type", "rolling", "description")  # fmt: skip


@pytest.mark.parametrize("page", pages(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_page(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert golden(page) == expected


def test_every_kind_of_golden_page_is_present() -> None:
    kinds = {p.parent.name for p in pages()}
    assert kinds == {"listing", "jsonld", "microdata", "encoding", "single", "cards"}
    assert all(p.with_suffix(".expected.json").exists() for p in pages())


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_rendered_as_html_gives_the_same_postings(seed: Path) -> None:
    from_text = jobparse.parse_file(seed)
    from_html = jobparse.parse_file(SEEDS_HTML / f"{seed.stem}.html")
    assert len(from_html) == len(from_text)
    for text_posting, html_posting in zip(from_text, from_html, strict=True):
        for field in COMPARED:
            assert getattr(html_posting, field) == getattr(text_posting, field), field
        assert (
            html_posting.apply_url == f"/careers/apply/{seed.name[:3]}-{text_posting.source.index}"
        )


def _by_title(postings: list[jobparse.Posting]) -> dict[str | None, jobparse.Posting]:
    return {p.title: p for p in postings}


def test_structured_data_wins_and_evidence_names_its_source() -> None:
    (posting,) = jobparse.parse_file(PAGES / "microdata" / "posting.html")
    assert posting.title == "Postdoctoral Researcher in Robot Learning"
    rules = {e.field: e.rule for e in posting.evidence}
    assert rules["title"] == "stated.microdata"
    assert rules["company"] == "stated.microdata"
    assert rules["locations"] == "stated.microdata"


def test_heuristics_fill_what_structured_data_lacks() -> None:
    postings = _by_title(jobparse.parse_file(PAGES / "jsonld" / "two_postings.html"))
    intern = postings["Machine Learning Intern"]
    assert intern.rolling is False
    assert intern.locations[0].remote
    (posting,) = jobparse.parse_file(PAGES / "microdata" / "posting.html")
    assert posting.emails == ("robots@alpine-tech.example",)  # from the description's text
    assert any(e.rule == "stated.microdata" for e in posting.evidence_for("deadlines"))


def test_broken_json_ld_block_is_skipped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    page = PAGES / "jsonld" / "broken.html"
    with caplog.at_level(logging.WARNING, logger="jobparse"):
        postings = jobparse.parse_file(page)
    assert [p.title for p in postings] == ["Research Scientist & Engineer"]
    (record,) = caplog.records
    assert record.getMessage().startswith(f"{page}: skipped a broken JSON-LD block (script 1)")


def test_cli_prints_the_warning_as_one_line_and_quiet_silences_it() -> None:
    page = str(PAGES / "jsonld" / "broken.html")
    result = CliRunner().invoke(cli, ["export", page])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"jobparse: warning: {page}: skipped a broken JSON-LD block")
    assert len(json.loads(result.stdout)) == 1
    quiet = CliRunner().invoke(cli, ["--quiet", "export", page])
    assert quiet.exit_code == 0
    assert quiet.stderr == ""


def test_json_ld_shapes(tmp_path: Path) -> None:
    page = tmp_path / "shapes.html"
    objects = [
        {"@type": "JobPosting", "title": "One"},
        [{"@type": "JobPosting", "title": "Two"}],
        {"@graph": [{"@type": ["Thing", "JobPosting"], "title": "Three"}]},
        {"@type": "Organization", "name": "Not a posting"},
    ]
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects
    )
    page.write_text(f"<html><head>{scripts}</head><body><p>x</p></body></html>", encoding="utf-8")
    assert [p.title for p in jobparse.parse_file(page)] == ["One", "Two", "Three"]


def test_legacy_encoding_is_decoded_from_its_meta_charset() -> None:
    page = PAGES / "encoding" / "latin1.html"
    assert b"charset=ISO-8859-1" in page.read_bytes()
    postings = jobparse.parse_file(page)
    assert postings[0].locations[0].city == "Zürich"
    assert "großartiges" in postings[0].description
    assert "Café and Müsli" in postings[1].description


def test_single_posting_page_ignores_the_similar_jobs_sidebar() -> None:
    postings = jobparse.parse_file(PAGES / "single" / "posting.html")
    assert len(postings) == 1
    (posting,) = postings
    assert (posting.title, posting.company) == ("Staff Robotics Engineer", "Tidewater Robotics")
    assert posting.url == "https://jobboardly.example/jobs/98765"
    assert "Acme" not in posting.description


def test_cards_give_one_posting_each_with_its_own_page() -> None:
    postings = jobparse.parse_file(PAGES / "cards" / "search.html")
    assert [(p.title, p.company, p.url) for p in postings] == [
        ("Computer Vision Engineer", "Orbital Optics", "/job/5001"),
        ("Research Scientist, 3D Vision", "Kestrel Systems", "/job/5002"),
        ("Machine Learning Intern", "Blue Heron Labs", "/job/5003"),
    ]
    assert postings[0].url != postings[0].apply_url


def test_html_is_told_from_text_by_content_not_name(tmp_path: Path) -> None:
    disguised = tmp_path / "page.txt"
    disguised.write_bytes((PAGES / "listing" / "conference.html").read_bytes())
    assert [p.title for p in jobparse.parse_file(disguised)][:2] == [
        "Perception Engineer",
        "Research Intern",
    ]


def test_html_from_standard_input() -> None:
    page = (PAGES / "listing" / "conference.html").read_bytes()
    result = CliRunner().invoke(cli, ["export", "-"], input=page)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["title"] for item in data][:2] == ["Perception Engineer", "Research Intern"]


def test_entities_and_deep_nesting_are_harmless(tmp_path: Path) -> None:
    page = tmp_path / "evil.html"
    page.write_text(
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body>'
        + "<div>" * 5000
        + "<p>We are seeking a Robotics Engineer. &xxe;</p><a href='/a'>Apply</a>"
        + "</div>" * 5000
        + "</body></html>",
        encoding="utf-8",
    )
    postings = jobparse.parse_file(page)
    assert "root:" not in " ".join(p.description for p in postings)


# --- URLs, through a local http.server -------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        # Recorded before the answer: once the body is out, the client may finish first.
        _Handler.user_agents.append(self.headers.get("User-Agent", ""))
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        time.sleep(0.3)  # a busy server thread lingers after answering: the client is done

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    listing = (PAGES / "listing" / "conference.html").read_bytes()
    latin = "<html><body><h1>Datenanalyst</h1><p>Zürich, Switzerland</p><p>Team in Zürich is hiring.</p></body></html>"
    _Handler.routes = {
        "/careers/listing.html": (200, {"Content-Type": "text/html; charset=utf-8"}, listing),
        "/old": (301, {"Location": "/careers/listing.html"}, b""),
        "/latin": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, latin.encode("latin-1")),
        "/big": (200, {"Content-Type": "text/plain"}, b"x" * 5000),
    }
    _Handler.user_agents = []
    with serving(_Handler) as url:
        yield url


def test_url_input_resolves_apply_links_against_the_page(server: str) -> None:
    url = f"{server}/careers/listing.html"
    postings = jobparse.parse_file(url)
    assert {p.source.uri for p in postings} == {url}
    assert postings[0].apply_url == f"{server}/careers/apply/101"
    assert postings[1].apply_url == "https://lumen.example/jobs/42/apply"
    assert _Handler.user_agents[0].startswith("jobparse/")


def test_redirects_are_followed_and_the_uri_is_the_one_given(server: str) -> None:
    postings = jobparse.parse_file(f"{server}/old")
    assert postings[0].source.uri == f"{server}/old"
    assert postings[0].apply_url == f"{server}/careers/apply/101"


def test_http_charset_decides_the_encoding(server: str) -> None:
    (posting,) = jobparse.parse_file(f"{server}/latin")
    assert posting.locations[0].city == "Zürich"


def test_url_failures_are_one_line_errors(server: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", f"{server}/missing", f"{server}/careers/listing.html"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"jobparse: error: {server}/missing: HTTP 404 Not Found"
    assert len(json.loads(result.stdout)) == 3
    result = runner.invoke(cli, ["export", "--max-page-size", "1000", f"{server}/big"])
    assert result.exit_code == 1
    assert "larger than the maximum page size of 1,000 bytes" in result.stderr
    result = runner.invoke(cli, ["export", "http://127.0.0.1:9/refused"])
    assert result.exit_code == 1
    assert result.stderr.startswith("jobparse: error: http://127.0.0.1:9/refused: cannot fetch:")
    assert "Traceback" not in result.output
