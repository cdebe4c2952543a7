"""The ``jobparse`` command: a thin face over the library.

Every command calls the same public functions ``import jobparse`` offers;
domain errors become one-line messages and a non-zero exit, never tracebacks.
:mod:`~jobparse.cli.batch` holds what the batch commands share,
:mod:`~jobparse.cli.commands` the commands, :mod:`~jobparse.cli.watching`
export's watching options and the ``history`` of a state.
"""

from __future__ import annotations

from jobparse.cli.commands import cli, main

__all__ = ["cli", "main"]
