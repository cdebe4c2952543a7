"""Watching a paginated board served on 127.0.0.1: state, only-new exports, 304s, gone postings.

Every test runs the real command (click's runner) against a real
``http.server`` (``tests/board.py``) and reads its output with real parsers
(json, feedparser, icalendar) and the state with ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import feedparser
import icalendar
import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from tests.board import Board, Job, serve
from tests.conftest import SEED_FILES

FIRST_PAGE = [
    Job("Senior Data Engineer", "Berlin, Germany"),
    Job("Product Designer", "Paris, France"),
    Job("Backend Developer (Go)", "Madrid, Spain"),
]
SECOND_PAGE = [
    Job("Machine Learning Engineer", "London, United Kingdom"),
    Job("Site Reliability Engineer", "Amsterdam, Netherlands", "Apply by 31 January 2027."),
    Job("Technical Writer", "Dublin, Ireland"),
]


@pytest.fixture
def board() -> Board:
    return Board(pages=[list(FIRST_PAGE), list(SECOND_PAGE)])


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def export(runner: CliRunner, state: Path, url: str, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(
        cli, ["export", "--state", str(state), "--follow-pages", "5", *extra, url + "/jobs"]
    )
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    data: list[dict[str, object]] = json.loads(result.stdout)
    return data


def titles(postings: list[dict[str, object]]) -> list[object]:
    return [posting["title"] for posting in postings]


def test_first_run_every_posting_then_nothing_new_and_only_304s(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    state = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        first = export(runner, state, url)
        assert titles(first) == [job.title for job in FIRST_PAGE + SECOND_PAGE]
        assert all(posting["first_seen"] for posting in first)
        assert [r.status for r in board.paths("/jobs")] == [200]
        assert [r.status for r in board.paths("/jobs?page=2")] == [200]

        assert export(runner, state, url, "--new-only") == []
        again = [*board.paths("/jobs")[1:], *board.paths("/jobs?page=2")[1:]]
        assert [r.status for r in again] == [304, 304]
        assert all(r.headers.get("If-None-Match", "").startswith('"') for r in again)
        assert all("If-Modified-Since" in r.headers for r in again)
        assert all(r.headers["User-Agent"].startswith("jobparse/") for r in board.requests)


def test_an_added_posting_is_the_only_one_exported_and_a_removed_one_is_gone(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    state = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        export(runner, state, url, "--new-only")
        removed = board.pages[0].pop(1)  # "Product Designer"
        board.pages[1].append(Job("Data Protection Officer", "Vienna, Austria"))
        new = export(runner, state, url, "--new-only")
    assert titles(new) == ["Data Protection Officer"]

    listed = runner.invoke(cli, ["history", "--state", str(state), "--json"])
    assert listed.exit_code == 0, listed.stderr
    entries = {entry["title"]: entry for entry in json.loads(listed.stdout)}
    assert len(entries) == 7
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    assert entries[removed.title]["status"] == "gone"
    assert entries[removed.title]["gone_since"].startswith(today)
    assert {title for title, entry in entries.items() if entry["status"] == "live"} == {
        job.title for job in board.pages[0] + board.pages[1]
    }
    assert entries["Data Protection Officer"]["company"] == "Nordlicht Labs"

    lines = runner.invoke(cli, ["history", "--state", str(state)]).stdout.splitlines()
    assert len(lines) == 7
    gone = [line for line in lines if line.startswith(removed.title)]
    assert gone == [
        f"{removed.title} | Nordlicht Labs | {url}/jobs | first seen {today} | "
        f"last seen {today} | gone {today}"
    ]


def test_a_posting_that_comes_back_is_live_again_and_not_new(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    state = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        export(runner, state, url)
        back = board.pages[0].pop(0)
        export(runner, state, url)
        board.pages[0].insert(0, back)
        assert export(runner, state, url, "--new-only") == []
    with jobparse.State(state, create=False) as opened:
        assert {entry.status for entry in opened.history()} == {"live"}


def test_rss_items_are_dated_by_first_seen_and_ical_uids_stay(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    state = tmp_path / "jobs.sqlite"
    feeds, calendars = [], []
    with serve(board) as url:
        for _ in range(2):  # the second run is served 304s: postings come from the state
            for fmt, outputs in (("rss", feeds), ("ical", calendars)):
                result = runner.invoke(
                    cli,
                    ["export", "--state", str(state), "--follow-pages", "1", "-f", fmt,
                     url + "/jobs"],
                )  # fmt: skip
                assert result.exit_code == 0, result.stderr
                outputs.append(result.stdout_bytes)
    first, second = (feedparser.parse(feed) for feed in feeds)
    assert len(first.entries) == len(second.entries) == 6
    with sqlite3.connect(state) as db:
        seen = dict(db.execute("SELECT id, first_seen FROM postings"))
    for old, new in zip(first.entries, second.entries, strict=True):
        assert old.id == new.id
        assert old.published == new.published
        moment = dt.datetime.fromisoformat(seen[old.id]).replace(microsecond=0)
        assert dt.datetime(*old.published_parsed[:6], tzinfo=dt.timezone.utc) == moment
    uids = [
        [str(event["UID"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")]
        for data in calendars
    ]
    assert uids[0] == uids[1]
    assert len(uids[0]) == 1


def test_follows_only_links_the_page_shows_on_its_own_host(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    with serve(board) as url:
        board.extra_links = f'<a href="{url.replace("127.0.0.1", "localhost")}/jobs?page=9">»</a>'
        board.pages.append([Job("Office Manager", "Rome, Italy")])
        result = runner.invoke(cli, ["export", "--follow-pages", "1", url + "/jobs"])
        assert result.exit_code == 0, result.stderr
        assert len(json.loads(result.stdout)) == 6  # pages 1 and 2: one page followed
        assert [r.path for r in board.requests if r.path.startswith("/jobs")] == [
            "/jobs",
            "/jobs?page=2",
        ]
        board.requests.clear()
        result = runner.invoke(cli, ["export", "--follow-pages", "10", url + "/jobs"])
        assert len(json.loads(result.stdout)) == 7
        assert not [r for r in board.requests if "page=9" in r.path]  # another host's


def test_robots_txt_is_obeyed_for_followed_pages_only(
    board: Board, runner: CliRunner, tmp_path: Path
) -> None:
    board.robots = "User-agent: jobparse\nDisallow: /jobs?page=\n"
    with serve(board) as url:
        result = runner.invoke(cli, ["export", "--follow-pages", "3", url + "/jobs"])
        assert result.exit_code == 0
        assert titles(json.loads(result.stdout)) == [job.title for job in FIRST_PAGE]
        assert "robots.txt does not allow" in result.stderr
        assert result.stderr.count("\n") == 1
        assert not board.paths("/jobs?page=2")
        assert len(board.paths("/robots.txt")) == 1


def test_a_delay_spaces_the_requests_to_one_host(board: Board, runner: CliRunner) -> None:
    board.robots = None  # a missing robots.txt allows everything
    with serve(board) as url:
        result = runner.invoke(
            cli, ["export", "--follow-pages", "1", "--delay", "0.4", url + "/jobs"]
        )
        assert result.exit_code == 0, result.stderr
        times = [request.at for request in board.requests]
    assert [r.path for r in board.requests] == ["/jobs", "/robots.txt", "/jobs?page=2"]
    # Server-side stamps jitter on a busy machine; without the delay the gaps are milliseconds.
    assert all(later - earlier >= 0.3 for earlier, later in itertools.pairwise(times))


def test_busy_answers_are_tried_again_after_retry_after(board: Board, runner: CliRunner) -> None:
    board.busy["/jobs"] = [503, 1, 1]
    with serve(board) as url:
        result = runner.invoke(cli, ["export", url + "/jobs"])
    assert result.exit_code == 0, result.stderr
    assert [r.status for r in board.paths("/jobs")] == [503, 200]
    gap = board.paths("/jobs")[1].at - board.paths("/jobs")[0].at
    assert gap >= 0.99


def test_a_retry_after_beyond_the_deadline_fails_at_once(board: Board, runner: CliRunner) -> None:
    board.busy["/jobs"] = [429, 3600, 5]
    with serve(board) as url:
        result = runner.invoke(cli, ["export", "--timeout", "5", url + "/jobs"])
    assert result.exit_code == 1
    assert result.stderr == f"jobparse: error: {url}/jobs: HTTP 429 Too Many Requests\n"
    assert len(board.paths("/jobs")) == 1


def test_a_failed_page_marks_nothing_gone(board: Board, runner: CliRunner, tmp_path: Path) -> None:
    state = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        export(runner, state, url)
        board.busy["/jobs?page=2"] = [500, 0, 1]
        result = runner.invoke(
            cli, ["export", "--state", str(state), "--follow-pages", "5", url + "/jobs"]
        )
        assert result.exit_code == 1
        assert "HTTP 500" in result.stderr
    with jobparse.State(state, create=False) as opened:
        assert {entry.status for entry in opened.history()} == {"live"}


@pytest.mark.parametrize("failure", ["HTTP 503", "HTTP 429", "timeout"])
def test_a_robots_txt_that_cannot_be_read_follows_nothing_and_marks_nothing_gone(
    board: Board, runner: CliRunner, tmp_path: Path, failure: str
) -> None:
    """A 429 is a busy server, not a missing robots.txt; what was not read is not gone."""
    state = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        export(runner, state, url)  # both pages read and remembered
        if failure == "timeout":
            board.stall = ("/robots.txt", 3.0)
        else:
            board.busy["/robots.txt"] = [int(failure.split()[1]), 0, 99]
        board.requests.clear()
        options = ["--state", str(state), "--follow-pages", "5", "--timeout", "1"]
        result = runner.invoke(cli, ["export", *options, url + "/jobs"])
        assert result.exit_code == 0, result.stderr
        assert "links on this host are not followed" in result.stderr
        assert "Traceback" not in result.stderr
        assert not board.paths("/jobs?page=2")
    with jobparse.State(state, create=False) as opened:
        entries = opened.history()
    assert len(entries) == 6
    assert {entry.status for entry in entries} == {"live"}


def test_a_followed_page_that_redirects_off_its_site_or_past_robots_is_refused(
    board: Board, runner: CliRunner
) -> None:
    elsewhere = Board(pages=[[Job("Planted Job", "Nowhere")]])
    with serve(board) as url, serve(elsewhere) as other_port:
        board.redirects["/jobs?page=2"] = other_port + "/jobs"  # same host, another port
        result = runner.invoke(cli, ["export", "--follow-pages", "3", url + "/jobs"])
        assert "another site: not followed" in result.stderr
        assert not elsewhere.requests
        board.robots = "User-agent: *\nDisallow: /private\n"
        board.redirects["/jobs?page=2"] = "/private/jobs"
        result = runner.invoke(cli, ["export", "--follow-pages", "3", url + "/jobs"])
        assert "which robots.txt does not allow" in result.stderr
        assert not board.paths("/private/jobs")
    assert "Planted Job" not in result.stdout


def test_the_delay_holds_between_redirect_hops_and_retries(board: Board, runner: CliRunner) -> None:
    board.robots = None
    board.redirects["/careers"] = "/jobs"
    board.busy["/jobs?page=2"] = [503, 0, 1]  # "try again at once": the delay still holds
    with serve(board) as url:
        result = runner.invoke(
            cli, ["export", "--follow-pages", "1", "--delay", "0.4", url + "/careers"]
        )
        assert result.exit_code == 0, result.stderr
    paths = [r.path for r in board.requests]
    assert paths == ["/careers", "/jobs", "/robots.txt", "/jobs?page=2", "/jobs?page=2"]
    times = [request.at for request in board.requests]
    # The server stamps each request as its thread gets to it: on a busy machine one stamp
    # can come late and the next on time. Without the delay the gaps are milliseconds.
    assert all(later - earlier >= 0.3 for earlier, later in itertools.pairwise(times))


def test_a_redirect_loop_is_one_line(board: Board, runner: CliRunner) -> None:
    board.redirects["/a"] = "/b"
    board.redirects["/b"] = "/a"
    with serve(board) as url:
        result = runner.invoke(cli, ["export", url + "/a", url + "/jobs"])
    assert result.exit_code == 1
    assert result.stderr == f"jobparse: error: {url}/a: cannot fetch: its redirects loop " + (
        "(or pass 10; last HTTP 301)\n"
    )
    assert len(json.loads(result.stdout)) == 3


def test_input_file_lists_urls_and_paths(board: Board, runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "local.html"
    page.write_text(board.page_html(2), encoding="utf-8")
    listing = tmp_path / "watch.txt"
    with serve(board) as url:
        listing.write_text(f"# my boards\n\n{url}/jobs\n  {page}  \n", encoding="utf-8")
        result = runner.invoke(cli, ["export", "-i", str(listing)])
        assert result.exit_code == 0, result.stderr
        assert len(json.loads(result.stdout)) == 6
        from_stdin = runner.invoke(cli, ["export", "-i", "-"], input=f"{url}/jobs\n")
        assert len(json.loads(from_stdin.stdout)) == 3
    missing = runner.invoke(cli, ["export", "-i", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    assert "nope.txt: no such file" in missing.stderr


def test_watching_options_that_do_not_fit(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("We hire a welder in Oslo.\n", encoding="utf-8")
    alone = runner.invoke(cli, ["export", "--new-only", str(page)])
    assert alone.exit_code == 2
    assert "--new-only needs --state" in alone.stderr
    state = str(tmp_path / "s.sqlite")
    parallel = runner.invoke(cli, ["export", "--state", state, "--jobs", "2", str(page)])
    assert parallel.exit_code == 2
    assert "--jobs cannot be combined" in parallel.stderr


def test_the_library_api_is_what_the_cli_calls(board: Board, tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite"
    with serve(board) as url:
        with jobparse.State(path) as state:
            found = list(jobparse.iter_postings(url + "/jobs", state=state, follow_pages=1))
        with jobparse.State(path) as state:
            again = list(jobparse.iter_postings(url + "/jobs", state=state, new_only=True))
    assert len(found) == 6
    assert again == []
    assert len({posting.first_seen for posting in found}) == 1


def test_new_only_runs_started_at_once_report_each_posting_once(tmp_path: Path) -> None:
    state = tmp_path / "jobs.sqlite"
    pages = SEED_FILES[0].parent  # every seed page: long enough runs to overlap
    command = [sys.executable, "-m", "jobparse", "--quiet", "export", "--state", str(state)]
    outputs = [tmp_path / f"run{n}.jsonl" for n in range(5)]
    runs = [
        subprocess.Popen([*command, "--new-only", "-f", "jsonl", "-o", str(out), str(pages)])
        for out in outputs
    ]
    assert [run.wait(timeout=120) for run in runs] == [0] * 5
    ids = [json.loads(line)["id"] for out in outputs for line in out.read_text().splitlines()]
    assert ids
    assert len(ids) == len(set(ids))  # no posting reported by two runs
