"""Run a command as an unprivileged user would: root reads and writes any file.

Tests of read-only files and closed folders run their command through
``setpriv`` without root's power to override file modes; as another user the
command runs as it is.
"""

from __future__ import annotations

import os
import shutil

import pytest

_OVERRIDE = "-dac_override,-dac_read_search"


def as_a_plain_user() -> tuple[str, ...]:
    """A prefix for a command so that file modes bind it; skips where that cannot be done."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes do not bind root")
    return (setpriv, f"--inh-caps={_OVERRIDE}", f"--bounding-set={_OVERRIDE}", "--")
