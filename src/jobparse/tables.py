"""The data tables of ``jobparse/data`` (vocabularies, month names, encodings, regions).

Each file is read and parsed once per process, whichever module asks first.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["table"]


@functools.cache
def table(name: str) -> Any:
    """The parsed JSON of ``data/<name>`` (share it; never change it)."""
    return json.loads(resources.files("jobparse").joinpath(f"data/{name}").read_text("utf-8"))
