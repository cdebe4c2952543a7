"""Writing output: regular files atomically, devices and FIFOs straight, nothing else replaced.

- A regular file or a new path gets a temporary file beside it, flushed,
  synced and renamed over it only when the export succeeds: a failed or
  interrupted export leaves the old file as it was.
- A symbolic link is followed: its target is replaced, the link stays; but
  not a link another user planted in a shared sticky folder such as ``/tmp``
  (:mod:`jobparse.exporters.links`).
- A character device (``/dev/null``, a terminal) or a FIFO is written into:
  replacing it would break the system or leave a reader waiting.
- A directory, a socket or a block device is refused with a clear error.

Temporary files are named ``.NAME.jobparse-XXXX.tmp`` and locked while in use;
one left by an export that was killed (``kill -9``) is removed by the next
export to the same path. A process forked meanwhile (a ``--jobs`` worker)
drops its copy of the temp file at once: it never holds the lock for a
parent that is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: temp files are neither locked nor swept
    fcntl = None  # type: ignore[assignment]

from jobparse.exporters.links import check_links

__all__ = ["atomic_writer"]

_TEMP_MARK = ".jobparse-"
_TEMP_SUFFIX = ".tmp"


def _mode_for(target: Path) -> int:
    """The permissions the output should get: the old file's, else the umask's."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _locked(fd: int) -> bool:
    """Take the lock of an open temp file without waiting; False if a live writer holds it."""
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _remove_stale(directory: Path, name: str) -> None:
    """Remove temp files of *name* whose writer is gone (no one holds their lock)."""
    if fcntl is None:  # pragma: no cover
        return
    prefix = f".{name}{_TEMP_MARK}"
    stale: list[str] = []  # a folder that cannot be listed has none to sweep
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        stale = [
            entry.path
            for entry in entries
            if entry.name.startswith(prefix) and entry.name.endswith(_TEMP_SUFFIX)
        ]
    for path in stale:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
            try:
                if _locked(fd):
                    Path(path).unlink()
            finally:
                os.close(fd)


#: The temp files this process is writing: a forked child lets go of them.
_held: set[int] = set()


def _let_go_after_fork() -> None:
    """In a forked child: point each held temp file's descriptor at /dev/null.

    An ``flock`` belongs to the open file, shared with every fork; a child
    keeping its copy would keep the lock after its parent died, and the temp
    file could never be swept. The descriptor stays valid (nothing reuses
    its number), it just no longer refers to the file.
    """
    if not _held:
        return
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in _held:
            with contextlib.suppress(OSError):
                os.dup2(null, fd)
    finally:
        os.close(null)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_let_go_after_fork)


def _new_temp(directory: Path, name: str) -> tuple[Path, int]:
    """Create and lock a temp file for *name* in *directory*."""
    while True:
        path = directory / f".{name}{_TEMP_MARK}{secrets.token_hex(4)}{_TEMP_SUFFIX}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        _locked(fd)
        # A sweep by another export may have removed it between creation and lock.
        with contextlib.suppress(OSError):
            if path.stat().st_ino == os.fstat(fd).st_ino:
                return path, fd
        os.close(fd)


def _kind(path: Path) -> int | None:
    """The file type bits of what *path* leads to (links followed), or None if nothing."""
    try:
        return stat.S_IFMT(path.stat().st_mode)
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a binary stream for *path*; a regular file is replaced only on success.

    See the module's docstring for what each kind of path gets. Raises
    ``IsADirectoryError`` for a directory and ``OSError`` for a socket or
    block device, before anything is written.
    """
    check_links(path)
    target = Path(os.path.realpath(path))  # a link's target is what gets replaced
    kind = _kind(target)
    if kind == stat.S_IFDIR:
        raise IsADirectoryError(errno.EISDIR, "is a directory", os.fspath(path))
    if kind in (stat.S_IFCHR, stat.S_IFIFO):
        with target.open("wb") as stream:
            yield stream
        return
    if kind not in (None, stat.S_IFREG):
        raise OSError(errno.EINVAL, "not a regular file, character device or FIFO", os.fspath(path))
    _remove_stale(target.parent, target.name)
    temp, fd = _new_temp(target.parent, target.name)
    _held.add(fd)
    try:
        with os.fdopen(fd, "wb") as handle:
            try:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
                temp.chmod(_mode_for(target))
                temp.replace(target)  # still locked: no sweep can take it before the rename
            finally:
                _held.discard(fd)  # before it is closed and its number can be reused
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
