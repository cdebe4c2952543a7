"""Writing output files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_writer"]


def _mode_for(target: Path) -> int:
    """The permissions the output should get: the old file's, else the umask's."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a binary stream whose content replaces *path* only on success.

    The data goes to a temporary file in the target's directory, which is
    flushed, synced and renamed over *path* when the block ends without an
    exception. On any exception (or interruption) the temporary file is
    removed and *path* is left as it was.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path()
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed on success
        mode="wb", dir=directory, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            yield handle  # type: ignore[misc]
            handle.flush()
            os.fsync(handle.fileno())
        Path(handle.name).chmod(_mode_for(target))
        Path(handle.name).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(handle.name).unlink()
        raise
