"""Links planted in shared folders: refused as the kernel's ``protected_symlinks`` would.

In a sticky, world-writable folder such as ``/tmp``, anyone can create a link
named like your output or state; following it would replace a file of the
link's choosing with your rights. Linux refuses to follow such a link when
``fs.protected_symlinks`` is set; not every system sets it, and root is not
protected. :func:`check_links` applies the same rule to a path jobparse is
about to write: a link in a sticky world-writable folder is followed only
when its owner is the folder's owner or the caller.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["UnsafeLinkError", "check_links"]

#: Links followed in one path before it counts as a loop (Linux's own limit).
_MAX_LINKS = 40


class UnsafeLinkError(PermissionError):
    """A link in a shared sticky folder, owned by someone else, on the way to a path."""


def _is_shared_sticky(folder: Path) -> tuple[bool, int]:
    """Whether *folder* is sticky and world-writable, and who owns it."""
    info = folder.stat()
    shared = bool(info.st_mode & stat.S_ISVTX) and bool(info.st_mode & stat.S_IWOTH)
    return shared, info.st_uid


def check_links(path: str | os.PathLike[str]) -> None:
    """Raise :class:`UnsafeLinkError` if reaching *path* follows a link planted by another user.

    Every link met while resolving *path* is checked (the last component's
    included), as the kernel would when following it. A path that does not
    exist yet, or whose folders cannot be read, passes: the write itself
    then succeeds or fails on its own.
    """
    pending = list(Path(os.path.abspath(path)).parts[1:])  # noqa: PTH100 - links unresolved
    current = Path("/")
    followed = 0
    while pending:
        part = pending.pop(0)
        candidate = current / part
        try:
            info = os.lstat(candidate)
        except OSError:
            return
        if not stat.S_ISLNK(info.st_mode):
            current = candidate
            continue
        followed += 1
        if followed > _MAX_LINKS:
            return  # a loop: the write reports it
        try:
            shared, folder_owner = _is_shared_sticky(current)
        except OSError:
            return
        if shared and info.st_uid not in (folder_owner, os.geteuid()):
            raise UnsafeLinkError(
                errno.EACCES,
                f"{candidate} is a link in a shared sticky folder, owned by another user "
                f"(uid {info.st_uid}): not followed",
                os.fspath(path),
            )
        target = candidate.readlink()
        pending[:0] = list(target.parts[1:] if target.is_absolute() else target.parts)
        current = Path("/") if target.is_absolute() else current
