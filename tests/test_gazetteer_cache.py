"""The gazetteer's city index: built once, cached on disk, rebuilt when the cache is bad."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = (
    "from jobparse import gazetteer as g; "
    "print(g.cities_named('Frankfurt')[0].name, g.is_name_prefix('Las'), g.is_name_prefix('Frankfurt'))"
)


def _probe(cache: Path) -> str:
    env = {**os.environ, "JOBPARSE_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_index_is_cached_and_read_back(tmp_path: Path) -> None:
    assert _probe(tmp_path) == "Frankfurt am Main True False"
    (cached,) = tmp_path.glob("cities-*.marshal")
    built_at = cached.stat().st_mtime_ns
    assert _probe(tmp_path) == "Frankfurt am Main True False"
    assert cached.stat().st_mtime_ns == built_at  # read, not built again


def test_a_broken_or_old_cache_is_rebuilt(tmp_path: Path) -> None:
    _probe(tmp_path)
    (cached,) = tmp_path.glob("cities-*.marshal")
    for junk in (b"", b"\x00not marshal", b"\xe9\x00\x00\x00"):  # empty, garbage, an int
        cached.write_bytes(junk)
        assert _probe(tmp_path) == "Frankfurt am Main True False"
        assert cached.stat().st_size > 100_000


def test_an_unwritable_cache_directory_still_gives_the_index(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert _probe(blocked / "cache") == "Frankfurt am Main True False"
