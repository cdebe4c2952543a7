"""The state file: its schema and migrations, files it refuses, two runs at once, Ctrl-C.

Real SQLite files, real processes (``python -m jobparse``), real signals.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from jobparse.watching.state_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.board import Board, Job, serve
from tests.conftest import SEED_FILES

DAY = dt.timedelta(days=1)
MONDAY = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.timezone.utc)


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobparse", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_new_state_has_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with jobparse.State(path) as state:
        list(jobparse.iter_postings(SEED_FILES[0], state=state))
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert db.execute("SELECT version FROM jobparse_schema").fetchall() == [(SCHEMA_VERSION,)]
        assert db.execute("SELECT count(*) FROM postings").fetchone()[0] > 10
        assert db.execute("SELECT count(*) FROM runs").fetchone() == (1,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_older_state_is_migrated_and_keeps_what_it_held(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for statement in MIGRATIONS[0].split(";\n"):
            if statement.strip():
                db.execute(statement)
        db.execute(
            "INSERT INTO postings VALUES ('0123456789abcdef', ?, ?, 'old.txt', ?)",
            (
                MONDAY.isoformat(),
                MONDAY.isoformat(),
                json.dumps(jobparse.posting_to_dict(old_posting())),
            ),
        )
    migrated: list[tuple[int, int]] = []
    from jobparse.watching.state_schema import prepare

    with sqlite3.connect(path, isolation_level=None) as db:
        prepare(db, str(path), on_migrate=lambda old, new: migrated.append((old, new)))
        assert db.execute("SELECT version FROM jobparse_schema").fetchall() == [(SCHEMA_VERSION,)]
        assert db.execute("SELECT count(*) FROM runs").fetchone() == (0,)
    assert migrated == [(1, SCHEMA_VERSION)]
    with jobparse.State(path, create=False) as state:
        (entry,) = state.history()
    assert entry.title == "Welder"
    assert entry.first_seen == MONDAY
    assert entry.status == "live"


def old_posting() -> jobparse.Posting:
    return jobparse.Posting(
        id="0123456789abcdef",
        description="Welder wanted.",
        source=jobparse.Source("old.txt", 0),
        title="Welder",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all\n" * 100, "not a jobparse state"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "not a jobparse state"),
    ],
)
def test_a_corrupt_state_is_one_line_and_left_alone(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["export", "--state", str(path), str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: {message}")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content
    history = CliRunner().invoke(cli, ["history", "--state", str(path)])
    assert history.exit_code == 1
    assert history.stderr.count("\n") == 1


def test_a_foreign_database_and_a_newer_state_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "app.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE users (name TEXT)")
    newer = tmp_path / "newer.sqlite"
    with jobparse.State(newer):
        pass
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE jobparse_schema SET version = ?", (SCHEMA_VERSION + 5,))
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--state", str(foreign), str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {foreign}: another program's SQLite database, not a "\
        "jobparse state\n"  # fmt: skip
    result = runner.invoke(cli, ["history", "--state", str(newer)])
    assert result.exit_code == 1
    assert f"written by a newer jobparse (state schema {SCHEMA_VERSION + 5}" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_path_that_is_no_regular_file_is_never_a_state(tmp_path: Path) -> None:
    runner = CliRunner()
    for path, status, message in ((tmp_path, 2, "is a directory"), (Path(os.devnull), 1,
                                  "not a regular file")):  # fmt: skip
        before = path.stat()
        result = runner.invoke(cli, ["export", "--state", str(path), str(SEED_FILES[0])])
        assert result.exit_code == status, path
        assert message in result.stderr
        assert "Traceback" not in result.stderr
        assert path.stat().st_mode == before.st_mode
    missing = runner.invoke(cli, ["history", "--state", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 1
    assert "no such state file" in missing.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_gone_is_dated_by_the_first_run_without_the_posting(tmp_path: Path) -> None:
    page = tmp_path / "board.txt"
    path = tmp_path / "s.sqlite"
    adverts = [
        "Acme Robotics is hiring a Research Engineer in Oslo, Norway.",
        "Acme Robotics is hiring a Data Scientist in Bergen, Norway.",
    ]
    for day, shown in enumerate([adverts, adverts[:1], adverts[:1]]):
        page.write_text("Search Opportunities\n\n\n" + "\nApply\n\n\n".join(shown) + "\nApply\n")
        with jobparse.State(path, now=MONDAY + day * DAY) as state:
            list(jobparse.iter_postings(page, state=state))
    with jobparse.State(path, create=False) as state:
        entries = {entry.title: entry for entry in state.history()}
    assert entries["Data Scientist"].gone_since == MONDAY + DAY
    assert entries["Data Scientist"].last_seen == MONDAY
    assert entries["Research Engineer"].last_seen == MONDAY + 2 * DAY
    assert entries["Research Engineer"].status == "live"


def test_runs_at_once_on_one_state_all_land(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    pages = SEED_FILES[:3]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "jobparse", "export", "--state", str(path), str(page)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for page in pages * 2
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    expected = {posting.id for page in pages for posting in jobparse.parse_file(page)}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert {row[0] for row in db.execute("SELECT id FROM postings")} == expected
        assert db.execute("SELECT count(*) FROM runs").fetchone() == (len(processes),)
        inputs = {row[0] for row in db.execute("SELECT input FROM inputs")}
    assert inputs == {str(page) for page in pages}


def test_ctrl_c_in_the_middle_of_a_run_leaves_the_state_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    output = tmp_path / "feed.xml"
    board = Board(pages=[[Job("Welder", "Oslo, Norway")], [Job("Baker", "Bergen, Norway")]])
    with serve(board) as url:
        first = run_export("--state", str(path), "--follow-pages", "1", url + "/jobs")
        assert first.returncode == 0, first.stderr
        before = dump(path)
        board.pages[0].append(Job("Glazier", "Trondheim, Norway"))
        board.stall = ("/jobs?page=2", 30.0)
        process = subprocess.Popen(
            [sys.executable, "-m", "jobparse", "export", "--state", str(path),
             "--follow-pages", "1", "-o", str(output), url + "/jobs"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while board.arrivals.count("/jobs?page=2") < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert board.arrivals.count("/jobs?page=2") == 2  # the second run waits for it now
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode != 0
    assert "Traceback" not in err
    assert "Aborted!" in err
    assert dump(path) == before
    assert not output.exists()


def test_history_json_streamed_is_what_one_json_dump_gives(tmp_path: Path) -> None:
    state = tmp_path / "jobs.sqlite"
    runner = CliRunner()
    empty = runner.invoke(cli, ["history", "--json", "--state", str(_empty_state(tmp_path))])
    assert empty.stdout == "[]\n"
    assert run_export("--state", str(state), str(SEED_FILES[0])).returncode == 0
    listed = runner.invoke(cli, ["history", "--json", "--state", str(state)])
    assert listed.exit_code == 0, listed.output
    entries = json.loads(listed.stdout)
    assert len(entries) == 15
    assert listed.stdout == json.dumps(entries, indent=2, ensure_ascii=False) + "\n"


def _empty_state(folder: Path) -> Path:
    path = folder / "empty.sqlite"
    jobparse.State(path).close()
    return path
