"""What goes wrong with a state at the end of a run is one line naming the state.

A read-only file or folder is refused before anything is exported; a damaged
page, a full disk (a file size limit here) or a lock another program holds
too long is one line, exit status 1: never a traceback, never blamed on the
exporter, and a read-only folder or a full disk is never "not a jobparse state".
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import jobparse
from jobparse.watching.state import State, StateError
from tests.conftest import SEED_FILES
from tests.privileges import as_a_plain_user

PAGES = [str(path) for path in SEED_FILES[:3]]


def export(
    *args: str, prefix: tuple[str, ...] = (), **options: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "jobparse", "export", "-f", "json", *args],
        capture_output=True,
        text=True,
        timeout=120,
        **options,  # type: ignore[call-overload]
    )


def one_line_naming(done: subprocess.CompletedProcess[str], state: Path, words: str) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(state) in lines[0], lines[0]
    assert words in lines[0], lines[0]
    assert "exporter" not in lines[0]
    assert "not a jobparse state" not in lines[0]


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "watch" / "state.db"
    path.parent.mkdir()
    assert export("--state", str(path), *PAGES, "-o", str(tmp_path / "first.json")).returncode == 0
    return path


def test_a_read_only_state_is_refused_before_the_output_is_written(
    tmp_path: Path, state: Path
) -> None:
    output = tmp_path / "feed.json"
    output.write_text("[]\n")
    state.chmod(0o444)
    done = export("--state", str(state), *PAGES, "-o", str(output), prefix=as_a_plain_user())
    one_line_naming(done, state, "read-only")
    assert output.read_text() == "[]\n"


def test_a_state_in_a_read_only_folder_is_refused_as_such(tmp_path: Path, state: Path) -> None:
    state.parent.chmod(0o555)
    try:
        done = export("--state", str(state), *PAGES, prefix=as_a_plain_user())
    finally:
        state.parent.chmod(0o755)
    one_line_naming(done, state, "read-only")
    assert done.stdout == ""


def _damage(state: Path) -> None:
    with sqlite3.connect(state) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        (pages,) = db.execute("PRAGMA page_count").fetchone()
    assert pages > 3
    with state.open("r+b") as file:
        file.seek(page_size * (pages - 1))
        file.write(b"\xff" * page_size)  # the last page of the postings' table


def test_a_damaged_state_is_one_line_for_export_and_history(state: Path) -> None:
    _damage(state)
    one_line_naming(export("--state", str(state), *PAGES), state, "damaged")
    done = subprocess.run(
        [sys.executable, "-m", "jobparse", "history", "--state", str(state)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    one_line_naming(done, state, "damaged")


def _small_files() -> None:
    limit = 200 * 1024  # the state cannot grow past this: as a full disk would stop it
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_state_that_cannot_grow_is_one_line_at_the_end_of_the_run(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    done = export(
        "--state", str(state), *(str(path) for path in SEED_FILES), preexec_fn=_small_files
    )
    one_line_naming(done, state, "cannot write the state")
    assert done.stdout.startswith("[")  # the export to stdout was written in full first


def test_a_lock_held_by_another_program_too_long_names_the_state(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    State(path).close()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, and not letting go
    try:
        state = State(path, busy_timeout=0.2)
        posting = jobparse.parse_file(SEED_FILES[0])[0]

        def run() -> None:  # it fails when the run first writes, or when it commits
            state.see(posting, "seed")
            state.commit()

        with pytest.raises(StateError) as raised:
            run()
        state.close()
    finally:
        threading.Thread(target=other.rollback).start()
    message = str(raised.value)
    assert str(path) in message, message
    assert "locked" in message, message
