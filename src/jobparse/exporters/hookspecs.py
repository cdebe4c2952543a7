"""Hook specifications: what a jobparse plugin may implement.

Plugins mark their implementations with :data:`jobparse.hookimpl`. Every hook
here is documented in ``docs/plugins.md`` (a test keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from jobparse.exporters.base import Exporter

__all__ = ["hookimpl", "hookspec", "jobparse_register_exporters"]

PROJECT_NAME = "jobparse"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# ---------------------------------------------------------------------------
# Exporters
# ---------------------------------------------------------------------------


@hookspec
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register output formats: call ``register(exporter)`` once per exporter.

    *exporter* is an instance of a :class:`jobparse.Exporter` subclass; its
    ``name`` is the value of ``jobparse export --format``. Names are unique
    across all plugins: of two plugins registering one name, the second is
    skipped with a warning naming both.
    """
