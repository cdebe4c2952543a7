"""Posting ids: a hash of the posting's words, blind to case, spacing and punctuation."""

from __future__ import annotations

import functools
import http.server
import re
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import jobparse
from jobparse.ids import content_words, posting_id


def _reference_words(text: str) -> bytes:
    """The definition the fast path must equal: NFKC, case-fold, the \\w+ runs."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", folded)).encode("utf-8")


@given(st.text())
def test_content_words_equal_the_regex_definition_on_any_text(text: str) -> None:
    assert content_words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from("aZ_9 .,;’•—\u00a0\u2009é\u00dfİﬁ①\n\t-")))
def test_content_words_equal_the_regex_definition_on_mixed_scripts_and_marks(text: str) -> None:
    assert content_words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from("aZ_9 .,’ßİﬁ①\u0301e\n")))
def test_a_caller_s_case_fold_gives_the_same_words(text: str) -> None:
    assert content_words(text, folded=text.casefold()) == _reference_words(text)


def test_ids_ignore_case_spacing_and_separators_but_not_words() -> None:
    assert posting_id("Amazon’s R&D team, Zürich.") == posting_id("amazon’s  r&d TEAM\nzürich")
    assert posting_id("• R&D team — Zürich!") == posting_id("R&D team Zürich")
    assert posting_id("Amazon’s R&D team") != posting_id("Amazon’s R&D teams")
    assert posting_id("ﬁne") == posting_id("FINE")  # NFKC: the ligature is two letters
    assert len(posting_id("x")) == 16


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Senior C++ Developer", "Senior C# Developer"),
        ("Salary 100,000 a year", "Salary 100.000 a year"),
        (".NET developer", "NET developer"),
        ("F# developer", "F developer"),
        ("Budget $100", "Budget €100"),
        ("R&D engineer", "R D engineer"),
    ],
)
def test_adverts_that_differ_only_in_symbols_of_words_get_different_ids(
    one: str, other: str
) -> None:
    assert posting_id(one) != posting_id(other)


@pytest.mark.parametrize("language", ["C#", "C++", ".NET", "F#"])
def test_a_language_with_symbols_survives_as_a_title(language: str) -> None:
    text = f"{language} Developer\n\nWe are hiring a {language} Developer in Berlin.\n\nApply"
    html = f"<html><body><h1>{language} Developer</h1><p>Work in Berlin.</p></body></html>"
    assert [p.title for p in jobparse.parse(text)] == [f"{language} Developer"]
    assert [p.title for p in jobparse.parse(html)] == [f"{language} Developer"]


def test_a_page_read_from_a_file_and_over_http_gives_the_same_ids(tmp_path: Path) -> None:
    folder = tmp_path / "careers"
    folder.mkdir()
    cards = "".join(
        f"<div class='job'><h3><a href='{slug}/index.html'>{title}</a></h3><p>Berlin</p></div>"
        for slug, title in [("pharma", "Pharmacist (m/w/d)"), ("pta", "PTA (m/w/d)")]
    )
    page = folder / "jobs.html"
    page.write_text(f"<html><body><h1>Jobs</h1>{cards}</body></html>", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/careers/jobs.html"
        over_http = [p.id for p in jobparse.iter_postings([url])]
        httpd.shutdown()
    from_file = [p.id for p in jobparse.iter_postings([page])]
    assert len(from_file) == 2
    assert over_http == from_file
