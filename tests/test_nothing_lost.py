"""Nothing is lost without a word: deep pages, huge text nodes, and any page beside a good one.

libxml2's default limits dropped everything after 256 nested elements or a
10 MB text node, with exit status 0 and no warning.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path

import feedparser
import icalendar
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jobparse
from jobparse.cli import cli
from jobparse.page.tree import MAX_DEPTH
from tests.conftest import SEED_FILES

POSTING = (
    "<p>Acme Robotics is seeking a Research Engineer in Boston, MA. "
    "Write to jobs@acme.example by August 1, 2025.</p>"
)


def _nested(depth: int, inner: str = POSTING) -> str:
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


@pytest.mark.parametrize("depth", [300, 2000])
def test_a_posting_inside_deep_nesting_is_read_without_a_warning(
    depth: int, caplog: pytest.LogCaptureFixture
) -> None:
    (posting,) = jobparse.parse(_nested(depth))
    assert posting.emails == ("jobs@acme.example",)
    assert posting.company == "Acme Robotics"
    assert not caplog.records


@pytest.mark.parametrize("depth", [3000, 200_000])
def test_deeper_than_libxml2_reads_is_flattened_with_a_warning(
    depth: int, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="jobparse"):
        (posting,) = jobparse.parse(_nested(depth), uri="deep.html")
    assert posting.emails == ("jobs@acme.example",)
    assert [r.getMessage() for r in caplog.records] == [
        f"deep.html: elements nested more than {MAX_DEPTH} deep were flattened (their text is kept)"
    ]


def test_a_text_node_larger_than_10_mb_is_read_to_its_end() -> None:
    filler = "We build robots in Boston. " * (11 * 1024 * 1024 // 27)
    page = (
        f"<html><body><h1>Robotics Engineer</h1><p>{filler}</p>"
        "<p>Write to jobs@acme.example.</p></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.description.endswith("Write to jobs@acme.example.")  # past the 10 MB node


def test_a_deep_page_in_the_cli_is_exported_with_one_warning_line(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(_nested(5000), encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(page)])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 1
    assert result.stderr == (
        f"jobparse: warning: {page}: elements nested more than {MAX_DEPTH} deep were flattened "
        "(their text is kept)\n"
    )


def test_entity_expansion_stays_bounded_in_huge_mode() -> None:
    lol = (
        '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        "]><html><body><p>We hire a Robotics Engineer. &f;&f;&f;&f;&f;&f;&f;&f;</p></body></html>"
    )
    postings = jobparse.parse(lol)
    assert sum(len(p.description) for p in postings) < 10_000


# --- Any page beside a good one -------------------------------------------------------

GOOD = SEED_FILES[0]
FORMATS = sorted(jobparse.exporters())

_TAGS = st.sampled_from(["div", "p", "a", "li", "ul", "table", "tr", "td", "h1", "span", "b"])
_TEXTS = st.sampled_from(
    ["Apply", "We are seeking a Research Engineer", " at Acme", "Boston, MA", "\ud800",
     "&#10;", "&amp;", "<!--", "]]>", "\x00", "\x1b[2J", "Location: ", "2025-08-01", ""]
)  # fmt: skip


@st.composite
def _html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        href = draw(
            st.sampled_from(["", " href='/x'", " href='http://[::1'", " href='java\nscript:x'"])
        )
        parts.append(f"<{tag}{href}>{draw(_TEXTS)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "<html><body>" + "".join(parts)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def _json_ld(draw: st.DrawFn) -> str:
    item = draw(st.dictionaries(st.sampled_from(
        ["title", "description", "hiringOrganization", "jobLocation", "datePosted",
         "validThrough", "employmentType", "url", "identifier", "@graph", "address"]
    ), _JSON, max_size=8))  # fmt: skip
    item["@type"] = draw(st.sampled_from(["JobPosting", ["JobPosting"], "Thing"]))
    text = json.dumps(item, allow_nan=True)
    text = draw(st.sampled_from([text, text[:-1], text + ",", "/*" + text, text.replace('"', "'")]))
    return (
        f'<html><head><script type="application/ld+json">{text}</script></head><body></body></html>'
    )


_PAGES = st.one_of(st.binary(max_size=2000), _html(), _json_ld(), st.text(max_size=500))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(bad=_PAGES, format_name=st.sampled_from(FORMATS))
def test_whatever_the_other_page_holds_the_good_page_comes_out(
    tmp_path_factory: pytest.TempPathFactory, bad: bytes | str, format_name: str
) -> None:
    folder = tmp_path_factory.mktemp("batch")
    page = folder / "other.html"
    page.write_bytes(bad if isinstance(bad, bytes) else bad.encode("utf-8", "surrogatepass"))
    out = folder / f"out.{format_name}"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--keep-duplicates",
            "--format",
            format_name,
            "-o",
            str(out),
            str(page),
            str(GOOD),
        ],
    )
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith(("jobparse: error: ", "jobparse: warning: ")) for line in lines)
    assert (result.exit_code == 1) == any(line.startswith("jobparse: error: ") for line in lines)
    alone = folder / f"alone.{format_name}"
    CliRunner().invoke(cli, ["export", "--format", format_name, "-o", str(alone), str(GOOD)])
    expected = _records(format_name, alone.read_bytes())
    assert expected
    assert expected <= _records(format_name, out.read_bytes())


def _records(format_name: str, data: bytes) -> set[str]:
    """The ids of what a format's file holds, read with the format's real client."""
    if format_name == "json":
        return {item["id"] for item in json.loads(data)}
    if format_name == "jsonl":
        return {json.loads(line)["id"] for line in data.decode("utf-8").splitlines()}
    if format_name == "csv":
        return {row["id"] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))}
    if format_name == "rss":
        return {entry.id for entry in feedparser.parse(data).entries}
    if format_name == "ical":
        calendar = icalendar.Calendar.from_ical(data)
        return {str(event["uid"]) for event in calendar.walk("VEVENT")}
    raise AssertionError(f"no reader for {format_name}")


def test_an_export_whose_inputs_all_fail_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "feed.json"
    out.write_text('[{"title": "kept"}]\n')
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "export",
            "-f",
            "json",
            "-o",
            str(out),
            str(tmp_path / "gone.html"),
            "http://127.0.0.1:9/x",
        ],
    )
    assert result.exit_code == 1
    assert out.read_text() == '[{"title": "kept"}]\n'
    assert "left as it was" in result.output
    assert not list(tmp_path.glob(".feed.json.jobparse-*"))  # no temporary file left behind


def test_an_export_where_some_inputs_fail_holds_the_others(tmp_path: Path) -> None:
    out = tmp_path / "feed.json"
    out.write_text("[]\n")
    result = CliRunner().invoke(
        cli,
        ["export", "-f", "json", "-o", str(out), str(tmp_path / "gone.html"), str(SEED_FILES[0])],
    )
    assert result.exit_code == 1
    assert json.loads(out.read_text())  # the seed page's postings


def test_an_output_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "-f", "json", "-o", str(tmp_path / "no" / "x.json"), str(SEED_FILES[0])]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("what", ["state", "input", "folder page"])
def test_an_output_that_the_run_reads_is_refused_before_anything_is_written(
    tmp_path: Path, what: str
) -> None:
    page = tmp_path / "pages" / "jobs.txt"
    page.parent.mkdir()
    page.write_text(SEED_FILES[0].read_text(encoding="utf-8"), encoding="utf-8")
    state = tmp_path / "seen.db"
    before = page.read_bytes()
    args = ["export", "-f", "jsonl"]
    if what == "state":
        args += ["--state", str(state), "-o", str(state), str(page)]
    elif what == "input":
        args += ["-o", str(page), str(page)]
    else:
        args += ["-o", str(page), str(page.parent)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "give the output another name" in result.output
    assert page.read_bytes() == before
    assert not state.exists()
