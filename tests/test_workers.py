"""Worker processes: results in order, a dead worker costs only its page, Ctrl-C stops everything.

The Ctrl-C tests run the real command in a session of its own and send
SIGINT to its whole process group, as a terminal does, at varied moments
around the start of the workers.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobparse.running.workers import in_order
from tests.conftest import SEED_FILES

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")


def _work(specs: list[str]) -> list[str]:
    """A task: each spec upper-cased; "die" kills the worker, "exit" ends it."""
    results = []
    for spec in specs:
        if spec == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        if spec == "exit":
            os._exit(3)
        results.append(spec.upper())
    return results


def _crashed(spec: str, exitcode: int | None) -> str:
    return f"{spec}: crashed ({exitcode})"


def _run(batches: list[list[str]], jobs: int = 2) -> list[tuple[str, str]]:
    return list(
        in_order(batches, jobs=jobs, work=_work, here=lambda b: b == ["here"], on_crash=_crashed)
    )


def _children() -> set[int]:
    """This process's child processes now (from /proc)."""
    me = str(os.getpid())
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def test_results_come_in_input_order_with_local_batches_in_place() -> None:
    batches = [["a", "b"], ["c"], ["here"], ["d", "e", "f"], ["g"]] * 5
    expected = [(s, s.upper()) for batch in batches for s in batch]
    assert _run(batches) == expected
    assert _run(batches, jobs=3) == expected


def test_a_worker_that_dies_costs_only_the_page_that_killed_it() -> None:
    before = _children()
    batches = [["a", "b", "die", "c"], ["d"], ["e", "exit"], ["f"]]
    assert _run(batches) == [
        ("a", "A"),
        ("b", "B"),
        ("die", "die: crashed (-9)"),
        ("c", "C"),
        ("d", "D"),
        ("e", "E"),
        ("exit", "exit: crashed (3)"),
        ("f", "F"),
    ]
    assert _children() == before


def test_stopping_early_ends_every_worker() -> None:
    before = _children()
    results = in_order([["a"]] * 50, jobs=2, work=_work, here=lambda b: False, on_crash=_crashed)
    assert next(results) == ("a", "A")
    assert _children() - before  # workers are running ...
    results.close()
    assert _children() == before  # ... and none is left once the caller stops


# --- Ctrl-C on the command line -----------------------------------------------------


def _pages(folder: Path, count: int) -> None:
    folder.mkdir()
    text = SEED_FILES[0].read_bytes()
    for number in range(count):
        (folder / f"{number:03}.txt").write_bytes(text + f"\nReference {number}.\n".encode())


def _group_members(group: int) -> list[int]:
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _wait_for_a_worker(process: subprocess.Popen[bytes], limit: float = 20.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if len(_group_members(process.pid)) > 1:
            return
        time.sleep(0.002)


def _interrupted_export(tmp_path: Path, pages: Path, delay: float) -> None:
    out = tmp_path / "out.json"
    out.write_text("old output", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "jobparse", "export", "--jobs", "2", "-o", str(out), str(pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    _wait_for_a_worker(process)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"hung after SIGINT (delay {delay:.3f} s)")
    text = stderr.decode()
    context = f"delay {delay:.3f} s, exit {process.returncode}: {text[-800:]}"
    assert process.returncode != 0, context
    assert "Aborted!" in text, context
    assert "Traceback" not in text, context
    assert out.read_text("utf-8") == "old output", context
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "pages"], context
    time.sleep(0.05)
    assert _group_members(process.pid) == [], f"workers left behind: {context}"


def test_ctrl_c_as_the_workers_start_stops_the_run_and_leaves_nothing(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    _pages(pages, 300)
    randomness = random.Random(11)
    delays = [0.0, 0.0, 0.0] + [randomness.uniform(0, 0.4) for _ in range(7)]
    for delay in delays:
        _interrupted_export(tmp_path, pages, delay)


# --- the parent killed (systemd's SIGTERM, the OOM killer's SIGKILL) ---------------


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _lets_go(pid: int, temps: set[str]) -> bool:
    """Whether process *pid* holds none of *temps*, within a second.

    A worker is caught the moment it is forked; its copy of the parent's
    descriptors goes in its after-fork hook, microseconds later.
    """
    deadline = time.monotonic() + 1
    while True:
        held = {os.path.realpath(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()}
        if not held & temps or time.monotonic() > deadline:
            return not held & temps
        time.sleep(0.01)


@pytest.mark.parametrize("kill", [signal.SIGTERM, signal.SIGKILL])
def test_killing_the_parent_ends_its_workers_and_frees_the_output(
    tmp_path: Path, kill: signal.Signals
) -> None:
    pages = tmp_path / "pages"
    _pages(pages, 2000)  # far more work than the seconds this test waits
    out = tmp_path / "out.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "jobparse", "export", "--jobs", "2", "-o", str(out), str(pages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            workers = [pid for pid in _group_members(process.pid) if pid != process.pid]
            time.sleep(0.01)
        assert len(workers) == 2, "the workers never started"
        temps = {str(path) for path in tmp_path.glob(".out.json.jobparse-*.tmp")}
        assert temps  # the export is under way
        for pid in workers:  # a worker lets go of the temp file (and its lock) at once
            assert _lets_go(pid, temps), f"worker {pid} holds the export's temp file"
        os.kill(process.pid, kill)
        process.wait(30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers), "workers outlived their parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    # Nothing holds the dead export's temp file: the next export sweeps it.
    done = subprocess.run(
        [sys.executable, "-m", "jobparse", "export", "-o", str(out), str(SEED_FILES[0])],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "pages"]
