"""A bad page is reported in one line and skipped; the rest of the batch is exported.

Each page here once aborted a whole export (a traceback, or nothing written).
Every one now sits in a batch beside a good page, with one worker and with
two, and the good page's postings must come out while the bad one is either
read as well as it can be or named on standard error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import jobparse
from jobparse.cli import cli
from jobparse.sources.decoding import decode
from tests.conftest import SEED_FILES

GOOD = SEED_FILES[0]
GOOD_COUNT = len(jobparse.parse_file(GOOD))
POSTING = "<p>Acme Robotics is seeking a Research Engineer in Boston, MA.</p>"


def _export(*args: str, jobs: int = 1) -> Result:
    return CliRunner().invoke(
        cli, ["export", "--keep-duplicates", "--format", "jsonl", "--jobs", str(jobs), *args]
    )


def _uris(result: Result) -> list[str]:
    return [json.loads(line)["source"]["uri"] for line in result.stdout.splitlines()]


def _charset_page(label: str) -> bytes:
    return (
        f'<html><head><meta charset="{label}"></head><body>'
        "<p>Zürich: Acme Robotics is seeking a Research Engineer.</p></body></html>"
    ).encode()


NOT_TEXT_ENCODINGS = ["base64", "rot13", "hex", "zlib", "idna", "undefined", "utf-7", "bz2"]


@pytest.mark.parametrize("label", NOT_TEXT_ENCODINGS)
def test_a_charset_that_is_not_a_whatwg_label_is_ignored(label: str) -> None:
    assert "Zürich" in decode(_charset_page(label))
    assert "Zürich" in decode("<p>Zürich</p>".encode(), content_type=f"text/html; charset={label}")


@pytest.mark.parametrize(
    ("label", "text"),
    [("latin1", "Zürich"), ("windows-1251", "Москва"), ("koi8-r", "Москва"), ("sjis", "東京")],
)
def test_whatwg_labels_still_decide_the_encoding(label: str, text: str) -> None:
    codec = {"latin1": "cp1252", "sjis": "cp932"}.get(label, label)
    page = f'<meta charset="{label}"><p>{text}</p>'.encode(codec)
    assert text in decode(page)


def test_a_charset_browsers_refuse_to_decode_is_a_one_line_error(tmp_path: Path) -> None:
    page = tmp_path / "kr.html"
    page.write_bytes(_charset_page("iso-2022-kr"))
    result = _export(str(page), str(GOOD))
    assert result.exit_code == 1
    assert result.stderr == (
        f"jobparse: error: {page}: declares the encoding 'iso-2022-kr', which browsers refuse"
        " to decode\n"
    )
    assert _uris(result) == [str(GOOD)] * GOOD_COUNT


def _json_ld(body: str) -> str:
    return (
        f'<html><head><script type="application/ld+json">{body}</script></head>'
        f"<body>{POSTING}</body></html>"
    )


#: Pages that used to abort the batch; each is now read (none of them is an error).
READ_ANYWAY = {
    "lone-surrogate.html": _json_ld(
        '{"@type": "JobPosting", "title": "Engineer \\ud800", '
        '"description": "Acme hires \\udfff engineers."}'
    ),
    "huge-integer.html": _json_ld(
        '{"@type": "JobPosting", "title": "Engineer", "baseSalary": ' + "9" * 5000 + "}"
    ),
    "bad-base.html": (
        '<html><head><base href="http://[::1"></head><body>'
        f"<div>{POSTING}<a href='jobs/1'>More</a><a href='apply/1'>Apply</a></div>"
        f"<div>{POSTING}<a href='apply/2'>Apply</a></div></body></html>"
    ),
    "bad-ipv6-link.html": (
        f"<html><body><div>{POSTING}<a href='http://[::1/x'>Apply</a></div>"
        f"<div>{POSTING}<a href='//[zz/y'>Apply</a></div></body></html>"
    ),
}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("name", sorted(READ_ANYWAY))
def test_a_hostile_page_is_read_and_the_batch_goes_on(tmp_path: Path, name: str, jobs: int) -> None:
    page = tmp_path / name
    page.write_text(READ_ANYWAY[name], encoding="utf-8")
    result = _export(str(page), str(GOOD), jobs=jobs)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    uris = _uris(result)
    assert uris.count(str(GOOD)) == GOOD_COUNT
    assert uris.count(str(page)) >= 1


def test_a_lone_surrogate_in_json_ld_becomes_a_replacement_character() -> None:
    (posting,) = jobparse.parse(READ_ANYWAY["lone-surrogate.html"])
    assert posting.title == "Engineer \ufffd"
    assert "\ufffd" in posting.description
    posting.description.encode("utf-8")  # every string of a posting encodes


def test_an_encoded_newline_in_an_apply_link_is_dropped_as_browsers_do(tmp_path: Path) -> None:
    page = tmp_path / "newline.html"
    page.write_text(
        "<html><body>"
        "<div><p>Acme is seeking a Research Engineer. Apply by August 1, 2025.</p>"
        "<a href='https://acme.example/apply&#10;/1&#9;'>Apply</a></div>"
        "<div><p>Acme is seeking a Data Scientist. Apply by August 2, 2025.</p>"
        "<a href=' &#13;https://acme.example/apply/2 '>Apply</a></div></body></html>",
        encoding="utf-8",
    )
    for format_name in ("ical", "rss", "csv", "json"):
        result = CliRunner().invoke(cli, ["export", "--format", format_name, str(page)])
        assert result.exit_code == 0, (format_name, result.output)
    apply_urls = [p.apply_url for p in jobparse.parse_file(page)]
    assert apply_urls == ["https://acme.example/apply/1", "https://acme.example/apply/2"]


@pytest.mark.parametrize("size", ["99999999999999", str(2**63 - 1), str(2**80)])
def test_any_page_size_limit_is_accepted(size: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--max-page-size", size, str(GOOD)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == GOOD_COUNT


def test_a_directory_that_cannot_be_listed_is_one_line_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "page.txt").write_bytes(GOOD.read_bytes())
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = _export(str(locked), str(GOOD))
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"jobparse: error: {locked}: cannot list the directory: permission denied\n"
    )
    assert _uris(result) == [str(GOOD)] * GOOD_COUNT


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any directory")
def test_a_directory_without_read_permission_is_skipped(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = _export(str(locked), str(GOOD))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 1
    assert "cannot list the directory: permission denied" in result.stderr
    assert _uris(result) == [str(GOOD)] * GOOD_COUNT


def test_an_unexpected_failure_on_one_page_is_one_line_asking_for_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobparse import parsing

    page = tmp_path / "trigger.txt"
    page.write_text("Search Opportunities\nBOOM\nApply\n", encoding="utf-8")
    real_parse = parsing._parse  # every page, read or rendered, is parsed here

    def parse(data: str | bytes, **kwargs: object) -> list[jobparse.Posting]:
        if kwargs.get("uri") == str(page):
            raise ZeroDivisionError("a bug")
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parsing, "_parse", parse)
    result = _export(str(page), str(GOOD))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"jobparse: error: {page}: jobparse failed on this page")
    assert "ZeroDivisionError: a bug" in line
    assert "please report" in line
    assert _uris(result) == [str(GOOD)] * GOOD_COUNT
