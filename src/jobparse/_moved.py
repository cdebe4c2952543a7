"""The modules' former addresses: ``jobparse.plugins`` is ``jobparse.exporters.plugins``.

The package was sorted into one folder per stage; code written against the
flat layout (``from jobparse.distributed import postings_bag``,
``jobparse.plugins.load_problems()``) keeps working. A finder on
``sys.meta_path`` answers each old name with the module at its new one,
imported only when the old name is: ``import jobparse`` loads nothing more.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["MOVED", "install"]

_STAGES = {
    "sources": ("inputs", "fetch", "polite", "decoding", "page_bytes", "limits"),
    "places": ("gazetteer", "gazetteer_build", "gazetteer_store", "gazetteer_names"),
    "watching": ("watch", "state", "state_schema", "state_file"),
    "exporters": ("plugins", "hookspecs", "exporting", "output", "links"),
    "running": ("workers", "distributed", "budget"),
    "cli": ("terminal",),
}
#: Each former module name and the module it now is.
MOVED = {
    f"jobparse.{name}": f"jobparse.{stage}.{name}"
    for stage, names in _STAGES.items()
    for name in names
}


class _Alias:
    """Loads a former name as the module at its new address (the same module object)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.spec: ModuleSpec | None = None

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        module = importlib.import_module(self.target)
        self.spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run (it ran at its new address): give it back its own spec."""
        module.__spec__ = self.spec  # importlib gave it the former name's


class _MovedFinder:
    """A ``sys.meta_path`` finder for the names in :data:`MOVED`."""

    @staticmethod
    def find_spec(
        fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        new = MOVED.get(fullname)
        return None if new is None else ModuleSpec(fullname, _Alias(new))  # type: ignore[arg-type]


def install() -> None:
    """Put the finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
