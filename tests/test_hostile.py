"""Hostile inputs: every one ends quickly, with a one-line error or a result, never a traceback.

The sizes are those a crawler meets: binary files with page names, empty and
mis-encoded files, a 50 MB page, one-line inputs of several MB built to make
regular expressions backtrack, HTML nested 200,000 levels deep, half a million
Apply lines. No test here has a time budget (a slower machine must not fail):
that the time grows linearly with such inputs is checked, at n and 4n, in
``tests/test_linear_time.py``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jobparse
from jobparse.cli import cli
from tests.conftest import SEED_FILES

MB = 1024 * 1024


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["export", *args])


def _seed_body() -> bytes:
    return SEED_FILES[0].read_bytes().split(b"Search Opportunities", 1)[1]


REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    "image.txt": (lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(4096), "binary data"),
    "photo.html": (lambda: b"\xff\xd8\xff\xe0" + os.urandom(4096), "binary data"),
    "archive.html": (lambda: b"PK\x03\x04" + os.urandom(4096), "binary data"),
    "nul.txt": (lambda: b"Search Opportunities\nWe hire\x00 engineers.\nApply\n", "binary data"),
    "empty.txt": (lambda: b"", "empty input"),
    "blank.html": (lambda: b" \n\t\r\n", "empty input"),
    "huge.txt": (
        lambda: b"Search Opportunities" + _seed_body() * (50 * MB // len(_seed_body()) + 1),
        "larger than the maximum page size",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_input_is_one_line_error(tmp_path: Path, name: str) -> None:
    make, reason = REFUSED[name]
    page = _write(tmp_path / name, make())
    result = _run(str(page))
    assert result.exit_code == 1
    assert result.stderr == f"jobparse: error: {page}: {result.stderr.split(': ', 3)[-1]}"
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert json.loads(result.stdout) == []


PARSED: dict[str, Callable[[], bytes | str]] = {
    "latin1.txt": lambda: (
        "Search Opportunities\nZürich, Schweiz\n\n\nWir suchen. Café.\nApply\n".encode("latin-1")
    ),
    "bad-utf8.txt": lambda: (
        b"Search Opportunities\nLondon\n\n\nWe hire \xff\xfe\x80 engineers.\nApply\n"
    ),
    "at-signs.txt": lambda: "Search Opportunities\n" + "a@" * (2 * MB),
    "dots.txt": lambda: "Search Opportunities\n" + "a." * (2 * MB),
    "url-dots.txt": lambda: "Search Opportunities\nhttp://" + "a." * (2 * MB),
    "commas.txt": lambda: "Search Opportunities\n" + "," * (4 * MB),
    "capitalised.txt": lambda: "Search Opportunities\n" + "Aaaa " * (MB // 1),
    "capitalised-commas.txt": lambda: "Search Opportunities\n" + "Aaaa Bbbb, " * (MB // 3),
    "dates.txt": lambda: "Search Opportunities\n" + "apply by August 1, 2024 " * (MB // 6),
    "possessives.txt": lambda: "Search Opportunities\n" + "Acme's " * (MB // 2),
    "title-triggers.txt": lambda: "Search Opportunities\n" + "position of " * (MB // 12),
    # Fifteen postings of nothing but legal forms, each as long as the heuristics read.
    "legal-forms.txt": lambda: "Search Opportunities\n" + ("AG " * 33_000 + "\nApply\n") * 15,
    "sentences.txt": lambda: "Search Opportunities\n" + "We hire. " * (MB // 2),
    "deep.html": lambda: (
        "<html><body>" + "<div>" * 200_000 + "<p>We hire.</p>" + "</div>" * 200_000
    ),
    "apply-lines.txt": lambda: "Search Opportunities\n" + "Apply\n" * 500_000,
    "apply-links.html": lambda: "<html><body>" + "<div><a href='/a'>Apply</a></div>" * 50_000,
    "broken.html": lambda: (
        "<html><body><div><p>We hire a Research Engineer<table><tr><td>London</div></span>"
    ),
}


@pytest.mark.parametrize("name", sorted(PARSED))
def test_hostile_page_ends_quickly_without_traceback(tmp_path: Path, name: str) -> None:
    page = _write(tmp_path / name, PARSED[name]())
    result = _run("--format", "jsonl", str(page))
    assert result.exit_code == 0, result.output[-500:]
    assert result.exception is None
    for line in result.stdout.splitlines():
        json.loads(line)


def test_one_bad_page_in_a_batch_loses_nothing_else(tmp_path: Path) -> None:
    bad = _write(tmp_path / "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    good = _write(tmp_path / "a.txt", SEED_FILES[0].read_bytes())
    also_good = _write(
        tmp_path / "c.html", "<html><body><p>We hire a Research Engineer.</p></body></html>"
    )
    result = CliRunner().invoke(cli, ["export", "--keep-duplicates", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"jobparse: error: {bad}: binary data, not a text or HTML page\n"
    uris = {item["source"]["uri"] for item in json.loads(result.stdout)}
    assert uris == {str(good), str(also_good)}


def test_interrupted_export_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _write(tmp_path / "out.json", b"previous export")

    def explode(*args: object, **kwargs: object) -> list[jobparse.Posting]:
        raise KeyboardInterrupt

    monkeypatch.setattr("jobparse.parsing._parse", explode)
    result = CliRunner().invoke(cli, ["export", "-o", str(out), str(SEED_FILES[0])])
    assert result.exit_code != 0
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_parse_never_raises_on_text(text: str) -> None:
    postings = jobparse.parse(text)
    assert all(isinstance(p, jobparse.Posting) for p in postings)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_raises_only_input_error_on_bytes(data: bytes) -> None:
    reason = None
    try:
        jobparse.parse(data)
    except jobparse.InputError as error:
        reason = error.reason
    assert reason in {None, "empty input", "binary data, not a text or HTML page"}


_PAGE_PIECES = st.sampled_from(
    ["Apply", "Search Opportunities", "Location ", "Description", "London", "Seattle, WA; ",
     "\n", "\n\n\n", "We are seeking a Research Engineer", " at Acme", "'s ", ", ", ".",
     "<div>", "</div>", "<a href='/x'>Apply</a>", "<script type='application/ld+json'>{",
     '"@type": "JobPosting"', "}</script>", "August 1, 2024", "deadline", "•", "@", "http://"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=60).map("".join))
def test_parse_never_raises_on_page_like_text(text: str) -> None:
    for posting in jobparse.parse(text):
        assert posting.id
