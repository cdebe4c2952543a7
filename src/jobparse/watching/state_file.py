"""The state's file on disk: what may hold a state, and the lock that keeps runs apart.

Checked before SQLite opens the file, so that a directory, a device, a
read-only file or folder is refused with one line before a run exports
anything, and so that a run waiting for another holds none of SQLite's locks.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: runs on one state are not kept apart
    fcntl = None  # type: ignore[assignment]

from jobparse.exporters.links import check_links
from jobparse.watching.state_schema import StateError

__all__ = ["check_path", "check_writable", "take_run_lock"]

#: Seconds between two tries at the lock of a state another run holds.
_LOCK_POLL = 0.05


def take_run_lock(path: Path, wait: float) -> int | None:
    """Hold the state for this run alone, waiting at most *wait* seconds for another run.

    Two runs on one state at once would both find a posting new and both report
    it (``--new-only``): the second waits until the first has committed, then
    reads what it recorded. An ``flock`` of its own, apart from SQLite's locks.
    """
    if fcntl is None:  # pragma: no cover - not POSIX
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)  # a new state: SQLite fills it
    except OSError as error:
        raise StateError(f"{path}: cannot open the state ({error.strerror or error})") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise StateError(
                    f"{path}: another run has been using the state for {wait:.0f} s"
                ) from None
            time.sleep(_LOCK_POLL)


def check_writable(path: Path) -> None:
    """Refuse a state that could be read but not written, before the run exports anything."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise StateError(
            f"{path}: cannot write the state: the file or its folder is read-only "
            "(a state needs both writable)"
        )


def check_path(path: Path, *, create: bool) -> None:
    """Refuse a path that is not a regular file (a directory, a device), or a missing one.

    A link another user planted in a shared sticky folder is not followed.
    """
    try:
        check_links(path)
        mode = path.stat().st_mode
    except FileNotFoundError:
        if not create:
            raise StateError(f"{path}: no such state file") from None
        return
    except OSError as error:
        raise StateError(f"{path}: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        raise StateError(f"{path}: not a regular file, cannot hold a state")
