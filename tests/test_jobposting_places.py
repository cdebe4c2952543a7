"""Where a schema.org JobPosting says its job is, when its ``jobLocation`` is empty."""

from __future__ import annotations

import json
from pathlib import Path

import jobparse

PAGE = Path(__file__).parent / "pages" / "html_dev_3" / "05_polly_aclu_paralegal.html"


def _page(**fields: object) -> str:
    item = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Paralegal"}
    item.update(fields)
    script = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    return f"<html><head>{script}</head><body><h1>Paralegal</h1></body></html>"


def test_an_empty_job_location_leaves_the_required_country() -> None:
    (posting,) = jobparse.parse_file(PAGE)  # a real job board's page: "addressLocality": ""
    assert [(loc.city, loc.country, loc.remote) for loc in posting.locations] == [
        (None, "US", False)
    ]


def test_a_stated_job_location_wins_over_the_required_country() -> None:
    (posting,) = jobparse.parse(
        _page(
            jobLocation={"@type": "Place", "address": {"addressLocality": "Denver"}},
            applicantLocationRequirements={"@type": "Country", "name": "United States"},
        )
    )
    assert [loc.city for loc in posting.locations] == ["Denver"]


def test_a_remote_job_keeps_its_country_as_a_remote_option() -> None:
    (posting,) = jobparse.parse(
        _page(
            jobLocationType="TELECOMMUTE",
            applicantLocationRequirements={"@type": "Country", "name": "Germany"},
        )
    )
    assert (None, "DE", True) in {(loc.city, loc.country, loc.remote) for loc in posting.locations}


def test_postings_with_no_text_keep_ids_of_their_own(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jobparse.cli import cli

    pages = Path(__file__).parent / "pages" / "html_dev_3"
    real = [
        pages / "05_polly_aclu_paralegal.html",
        pages / "03_fractionalpulse_aecom_consultant.html",
    ]
    postings = [p for path in real for p in jobparse.parse_file(path)]
    assert [p.description for p in postings] == ["", ""]  # two boards' JSON-LD, no text
    assert len({p.id for p in postings}) == 2  # they shared the empty text's id
    exported = CliRunner().invoke(cli, ["export", *map(str, real)])  # duplicates dropped
    assert len(json.loads(exported.stdout)) == 2
