"""The library API: parse, parse_file, iter_postings, unique_postings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest

import jobparse
from jobparse.errors import InputError
from jobparse.page import looks_like_html
from tests.conftest import SEED_FILES, SEEDS


def test_parse_text_and_bytes_agree() -> None:
    text = SEED_FILES[0].read_text("utf-8")
    from_text = jobparse.parse(text, uri="x")
    from_bytes = jobparse.parse(text.encode("utf-8"), uri="x")
    assert from_text == from_bytes
    assert len(from_text) == 15


def test_parse_file_sets_source() -> None:
    postings = jobparse.parse_file(SEED_FILES[1])
    assert [p.source.index for p in postings] == list(range(14))
    assert {p.source.uri for p in postings} == {str(SEED_FILES[1])}


def test_same_advert_on_two_pages_has_the_same_id() -> None:
    page0 = jobparse.parse_file(SEED_FILES[0])
    page1 = jobparse.parse_file(SEED_FILES[1])
    shared = {p.id for p in page0} & {p.id for p in page1}
    assert shared, "the seeds repeat adverts across pages"
    by_id = {p.id: p for p in page0}
    for posting in page1:
        if posting.id in shared:
            assert posting.description == by_id[posting.id].description


def test_ids_ignore_spacing_and_case() -> None:
    a = jobparse.parse("Search Opportunities\nWe  hire ENGINEERS.\nApply")
    b = jobparse.parse("Search Opportunities\n\nwe hire engineers\nApply\n")
    assert a[0].id == b[0].id


def test_iter_postings_streams_pages_in_order() -> None:
    postings = list(jobparse.iter_postings([SEEDS]))
    assert len(postings) == 44
    uris = list(dict.fromkeys(p.source.uri for p in postings))
    assert uris == [str(p) for p in SEED_FILES]


def test_iter_postings_raises_without_error_handler(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(jobparse.iter_postings([tmp_path / "missing.txt"]))


def test_iter_postings_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    errors: list[InputError] = []
    postings = list(
        jobparse.iter_postings([tmp_path / "a.txt", SEED_FILES[0]], on_error=errors.append)
    )
    assert len(postings) == 15
    assert [e.source for e in errors] == [str(tmp_path / "a.txt")]


def test_unique_postings_keeps_first_occurrence() -> None:
    postings = list(jobparse.iter_postings([SEEDS]))
    unique = list(jobparse.unique_postings(postings))
    assert len({p.id for p in postings}) == len(unique)
    assert unique[0] is postings[0]


def test_description_keeps_paragraphs_and_drops_labels() -> None:
    postings = jobparse.parse_file(SEED_FILES[0])
    amazon = postings[1]
    assert amazon.description.startswith("Amazon's International Technology org")
    assert "\n\nThe team, mainly located in Madrid" in amazon.description
    assert not amazon.description.startswith("Description")


def test_parse_html_page_renders_like_text() -> None:
    html = (
        "<!DOCTYPE html><html><body><nav>Menu</nav><h2>Search Opportunities</h2>"
        "<div class='job'><p>We hire robots.</p><a href='/apply/1'>Apply</a></div>"
        "<div class='job'><p>Second job.</p><a href='/apply/2'>Apply</a></div></body></html>"
    )
    postings = jobparse.parse(html)
    assert [p.description for p in postings] == ["We hire robots.", "Second job."]


@pytest.mark.parametrize("one", [str(SEEDS), SEEDS])
def test_iter_postings_takes_one_input_alone(one: str | Path) -> None:
    # A str alone was read as an iterable of one-character inputs before.
    alone = [p.id for p in jobparse.iter_postings(one)]
    assert alone == [p.id for p in jobparse.iter_postings([SEEDS])]
    assert len(alone) == 44


def test_help_opens_with_an_overview_and_documents_each_posting_field() -> None:
    import pydoc

    overview = pydoc.render_doc(jobparse, renderer=pydoc.plaintext)
    for name in ("parse", "parse_file", "iter_postings", "export", "unique_postings"):
        assert f":func:`{name}`" in overview
    posting = pydoc.render_doc(jobparse.Posting, renderer=pydoc.plaintext)
    for field in attrs.fields(jobparse.Posting):
        assert f"{field.name}: " in posting, field.name


def test_a_posting_takes_the_employer_the_page_names_when_it_speaks_of_it() -> None:
    page = (
        "Search Opportunities\n\n"
        "Project Manager\n\nNotes.Africa is hiring a Project Manager for its archive. "
        "Write to jobs@notes.africa.\nApply\n"
        "Editorial Contributor\n\nWe are looking for part-time Editorial Contributors. "
        "You will proof-read legislation on the Notes.Africa platform and record metadata "
        "for the Notes.Africa archive.\nApply\n"
        "Data Analyst\n\nWe are looking for a Data Analyst. You will build reports.\nApply\n"
    )
    postings = jobparse.parse(page)
    assert [p.title for p in postings] == [
        "Project Manager",
        "Editorial Contributor",
        "Data Analyst",
    ]
    assert [p.company for p in postings] == ["Notes.Africa", "Notes.Africa", None]
    assert [e.rule for e in postings[1].evidence_for("company")] == ["company.page"]


def test_a_bare_country_beside_one_of_its_towns_is_no_second_place() -> None:
    page = (
        "<html><body><main><h1>Postdoctoral Researcher</h1><ul><li>France</li>"
        "<li>Work Locations: Paris, France</li></ul><p>We hire a postdoc.</p></main></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Paris", "FR")]


def test_characters_a_reader_never_sees_do_not_split_words() -> None:
    page = (
        "<html><body><main><h1>Apotheker (m/w/d)</h1><p>Wir suchen einen Apotheker.</p>"
        "<p>Bewerbungs&shy;schluss</p><p>24.12.2024</p></main></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert [(d.kind.value, d.date.isoformat()) for d in posting.deadlines] == [
        ("application", "2024-12-24")
    ]


def test_a_date_some_kind_already_has_is_not_noted_again_as_other() -> None:
    page = (
        "<html><body><main><h1>Gruppenleiter (m/w/d)</h1><p>Wir suchen Sie.</p>"
        "<p>Ende der Bewerbungsfrist: Montag, den 06. Oktober 2025</p>"
        "<p>Montag, den 06. Oktober 2025</p>"
        "<p>Planned interview date: w/c 24 March 2025</p></main></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert sorted((d.kind.value, d.date.isoformat()) for d in posting.deadlines) == [
        ("application", "2025-10-06"),
        ("other", "2025-03-24"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body>',
        '<%@ page contentType="text/html; charset=UTF-8" %>\n<div>',
        "<!-- Template: jobs -->\n<?php include('header.php'); ?>\n<style>h2{}</style>\n<div>",
        "\ufeff<section>",
    ],
)
def test_html_opening_with_a_declaration_or_server_code_is_read_as_html(opening: str) -> None:
    page = f"{opening}<h2>Software Quality Manager (w/m)</h2><ul><li>Testen</li></ul>"
    assert looks_like_html(page)
    assert [p.title for p in jobparse.parse(page)] == ["Software Quality Manager (w/m)"]


def test_the_documented_iter_pages_exists_and_bytes_name_no_stdin() -> None:
    pages = list(jobparse.iter_pages([str(SEED_FILES[0])]))
    assert len(pages) == 1
    assert not isinstance(pages[0][1], jobparse.PageError)
    with pytest.raises(jobparse.InputError, match="<bytes>"):
        jobparse.parse(b"")


def test_a_path_given_to_parse_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"not PosixPath; parse_file\(\) reads a file"):
        jobparse.parse(SEED_FILES[0])  # type: ignore[arg-type]


@pytest.mark.parametrize("stream_kind", ["text", "binary"])
def test_export_takes_a_text_or_a_binary_stream(stream_kind: str) -> None:
    postings = jobparse.parse(SEED_FILES[0].read_text(encoding="utf-8"))
    stream: io.StringIO | io.BytesIO = io.StringIO() if stream_kind == "text" else io.BytesIO()
    jobparse.export(postings, "json", stream)
    written = stream.getvalue()
    text = written if isinstance(written, str) else written.decode("utf-8")
    assert len(json.loads(text)) == len(postings)
