"""The gazetteer's tables in one SQLite file: built once, then read a row at a time.

A process that reads a few dozen place names should not load 100,000 cities
to do it. The tables of :mod:`jobparse.places.gazetteer_build` are written once to
``gazetteer-v<format>-<signature>.sqlite`` in the cache directory
(``$JOBPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/jobparse``, else
``~/.cache/jobparse``): the small tables (countries, regions, name prefixes)
as one ``marshal`` blob each, the cities in buckets of the names that begin
with the same three letters (about 8,000 rows: quick to write, and a
lookup reads one small row, kept for the next name of that bucket).

The signature covers every source (the data files, the gazetteer's code,
pycountry's databases) by size and modification time, so an upgrade builds a
new file beside the old ones. Another version's file is kept while it is used
(two installed versions never delete each other's) and removed by a build once
unused for 30 days; a temporary file no running build holds (a killed build's)
is removed too. A file that cannot be read is rebuilt; a directory that cannot
be written or entered gets the tables in memory. A connection is
never used across a fork (``--jobs`` workers open their own).
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sqlite3
import threading
import time
import zlib
from pathlib import Path
from typing import Any

from jobparse.places.gazetteer_names import CityRecord

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: temp files are swept unlocked
    fcntl = None  # type: ignore[assignment]

__all__ = ["Store", "cache_dir", "store"]

#: Bump when what the tables hold changes shape.
_FORMAT = 8
_HERE = Path(__file__).resolve().parent
_PACKAGE = _HERE.parent
_DATA_FILES = (
    "cities.tsv.gz",
    "city_english_names.json",
    "country_names.json",
    "region_names.json",
)
_CODE_FILES = ("gazetteer.py", "gazetteer_build.py", "gazetteer_store.py", "gazetteer_names.py")


def cache_dir() -> Path:
    """Where the gazetteer file is kept."""
    explicit = os.environ.get("JOBPARSE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jobparse"


def _sources() -> list[Path]:
    files = [_PACKAGE / "data" / name for name in _DATA_FILES]
    files += [_HERE / name for name in _CODE_FILES]
    spec = importlib.util.find_spec("pycountry")  # found, not imported
    for location in (spec.submodule_search_locations or []) if spec else []:
        files += sorted((Path(location) / "databases").glob("iso3166-*.json"))
    return files


def _signature() -> str:
    """A short hash of every source's name, size and modification time."""
    parts = []
    for path in _sources():
        try:
            info = path.stat()
        except OSError:
            continue
        parts.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return f"{zlib.crc32(';'.join(parts).encode()):08x}"


class Store:
    """Read access to the tables of one gazetteer database."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self._buckets: dict[str, dict[str, tuple[CityRecord, ...]]] = {}

    def blob(self, name: str) -> Any:
        """A small table, whole."""
        with self._lock:
            row = self._db.execute("SELECT value FROM blobs WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return marshal.loads(row[0])

    def cities(self, key: str) -> tuple[CityRecord, ...]:
        """The city records of a normalised name; () for none."""
        name = _bucket(key)
        bucket = self._buckets.get(name)
        if bucket is None:
            with self._lock:
                row = self._db.execute(
                    "SELECT records FROM cities WHERE bucket = ?", (name,)
                ).fetchone()
            bucket = marshal.loads(row[0]) if row else {}
            self._buckets[name] = bucket
        return bucket.get(key, ())


def _bucket(key: str) -> str:
    """The bucket of a normalised city name: its first three characters."""
    return key[:3]


def _fill(db: sqlite3.Connection, signature: str) -> None:
    from jobparse.places import gazetteer_build as build

    cities = build.cities()
    db.executescript(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
        "CREATE TABLE blobs (name TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;"
        "CREATE TABLE cities (bucket TEXT PRIMARY KEY, records BLOB) WITHOUT ROWID;"
    )
    buckets: dict[str, dict[str, tuple[CityRecord, ...]]] = {}
    for key, records in cities.items():
        buckets.setdefault(_bucket(key), {})[key] = records
    db.executemany(
        "INSERT INTO cities VALUES (?, ?)",
        ((name, marshal.dumps(bucket)) for name, bucket in buckets.items()),
    )
    blobs = {
        "countries": build.countries(cities),
        "regions": build.regions(),
        "prefixes": build.name_prefixes(iter(cities)),
    }
    db.executemany(
        "INSERT INTO blobs VALUES (?, ?)",
        ((name, marshal.dumps(value)) for name, value in blobs.items()),
    )
    db.execute("INSERT INTO meta VALUES ('signature', ?)", (signature,))
    db.commit()


#: A cache file of another version not used for this long is removed.
_UNUSED_SECONDS = 30 * 24 * 3600
#: A file in use has its modification time renewed at most this often.
_TOUCH_SECONDS = 24 * 3600


def _open(path: Path, signature: str) -> sqlite3.Connection | None:
    """The database at *path*, if it is a complete one of this *signature*."""
    try:
        if not path.is_file():
            return None
    except OSError:  # a cache folder that cannot be entered: built in memory instead
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = db.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    except sqlite3.Error:
        return None
    if row != (signature,):
        db.close()
        return None
    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > _TOUCH_SECONDS:
            os.utime(path)  # in use: another version's sweep leaves it alone
    return db


def _sweep(folder: Path, keep: Path) -> None:
    """Remove what earlier builds left: unlocked temp files, long-unused databases.

    A temp file is locked while its build runs; one no build holds was left by a
    build that was killed. Another version's database is kept while it is used
    (two installed versions must not delete each other's), and removed once
    unused for 30 days.
    """
    for temp in folder.glob(".gazetteer-*.tmp"):
        with contextlib.suppress(OSError):
            fd = os.open(temp, os.O_RDONLY)
            try:
                if fcntl is None or _try_lock(fd):
                    temp.unlink()
            finally:
                os.close(fd)
    now = time.time()
    for old in folder.glob("gazetteer-v*.sqlite"):
        with contextlib.suppress(OSError):
            if old != keep and now - old.stat().st_mtime > _UNUSED_SECONDS:
                old.unlink()
    for stale in folder.glob("cities-*.marshal"):  # the cache of jobparse < 0.2
        with contextlib.suppress(OSError):
            stale.unlink()


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _build(path: Path, signature: str) -> sqlite3.Connection:
    """Build the database at *path* (atomically), or in memory when that cannot be written."""
    import tempfile  # only when the file is built

    with contextlib.suppress(OSError, sqlite3.Error):
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep(path.parent, path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)  # held while building: no sweep takes it
            db = sqlite3.connect(tmp)
            try:
                _fill(db, signature)
            finally:
                db.close()
            Path(tmp).replace(path)
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
        opened = _open(path, signature)
        if opened is not None:
            return opened
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(memory, signature)
    return memory


_opened: tuple[int, Store] | None = None
_opening = threading.Lock()


def store() -> Store:
    """The gazetteer store of the current process, opened (or built) on first use."""
    global _opened
    if _opened is not None and _opened[0] == os.getpid():
        return _opened[1]
    with _opening:
        if _opened is None or _opened[0] != os.getpid():
            signature = _signature()
            path = cache_dir() / f"gazetteer-v{_FORMAT}-{signature}.sqlite"
            db = _open(path, signature) or _build(path, signature)
            _opened = (os.getpid(), Store(db))
        return _opened[1]
