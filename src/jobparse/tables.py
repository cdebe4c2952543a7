"""The data tables of ``jobparse/data`` (vocabularies, month names, encodings, regions).

Each file is read and parsed once per process, whichever module asks first.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["table"]

#: The package's data directory (read as files: ``importlib.resources`` costs 5 ms to import).
_DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def table(name: str) -> Any:
    """The parsed JSON of ``data/<name>`` (share it; never change it)."""
    return json.loads((_DATA / name).read_text(encoding="utf-8"))
