"""The watching state's SQLite schema: its tables, its version, and the migrations between.

A state file is an SQLite database marked as jobparse's by its
``application_id`` and holding a one-row ``jobparse_schema`` table with its
schema version. Opening one brings an older schema up to date (each step of
:data:`MIGRATIONS` in one transaction); a newer schema, a foreign database or
a file that is not a database at all is a :class:`StateError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from jobparse.errors import JobparseError

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "StateError",
    "prepare",
    "state_failure",
]

#: ``PRAGMA application_id`` of a jobparse state: "JobP" in ASCII.
APPLICATION_ID = 0x4A6F6250


class StateError(JobparseError):
    """A ``--state`` file that cannot be used (not a database, damaged, read-only, full disk...)."""


def state_failure(where: str, error: sqlite3.Error, doing: str) -> StateError:
    """The one line that says why SQLite's *error*, met while *doing*, stopped the state *where*.

    What the file is (not a database, damaged) is told apart from what stops it
    being written (read-only, locked, a full disk): the latter is not the
    state's fault, and the message says what to change.
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return StateError(f"{where}: not a jobparse state ({text})")
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return StateError(
            f"{where}: a damaged state ({text}): restore a backup, or start a new state"
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        reason = "the file or its folder is read-only (a state needs both writable)"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        reason = f"another program held it locked too long ({text})"
    elif name.startswith("SQLITE_FULL") or "is full" in text:
        reason = "the disk is full"
    elif name.startswith("SQLITE_CANTOPEN"):
        reason = f"{text} (can its folder be written?)"
    else:
        reason = text
    return StateError(f"{where}: cannot {doing} the state: {reason}")


_VERSION_1 = """
CREATE TABLE jobparse_schema (version INTEGER NOT NULL);
INSERT INTO jobparse_schema (version) VALUES (1);
-- Every posting ever seen, by id; "posting" is its JSON (docs/schema.md).
CREATE TABLE postings (
    id TEXT PRIMARY KEY,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    source TEXT,
    posting TEXT NOT NULL
);
-- Every page fetched or read: its validators, its postings in order, its next page.
CREATE TABLE pages (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    fetched TEXT NOT NULL,
    next_page TEXT,
    posting_ids TEXT NOT NULL DEFAULT '[]'
);
-- Which postings each input (a path or URL as given, its followed pages included) showed.
CREATE TABLE sightings (
    input TEXT NOT NULL,
    posting_id TEXT NOT NULL REFERENCES postings (id),
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    gone_since TEXT,
    PRIMARY KEY (input, posting_id)
);
-- When each input was last read in full (the run postings missing from it are gone after).
CREATE TABLE inputs (input TEXT PRIMARY KEY, last_run TEXT NOT NULL);
"""

_VERSION_2 = """
-- One row per run that changed the state: when, and what it saw.
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT NOT NULL,
    pages INTEGER NOT NULL,
    postings INTEGER NOT NULL,
    new INTEGER NOT NULL
);
CREATE INDEX sightings_by_posting ON sightings (posting_id);
UPDATE jobparse_schema SET version = 2;
"""

#: ``MIGRATIONS[k]`` brings a state of schema version k to version k + 1 (0 is empty).
MIGRATIONS: tuple[str, ...] = (_VERSION_1, _VERSION_2)
#: The schema version this jobparse writes.
SCHEMA_VERSION = len(MIGRATIONS)


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def _version(connection: sqlite3.Connection, where: str) -> int:
    """The schema version of a state; 0 for an empty database (a new state)."""
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    tables = _tables(connection)
    if application_id != APPLICATION_ID:
        if tables:
            raise StateError(f"{where}: another program's SQLite database, not a jobparse state")
        return 0
    row = (
        connection.execute("SELECT version FROM jobparse_schema").fetchone()
        if "jobparse_schema" in tables
        else None
    )
    if row is None or not isinstance(row[0], int):
        raise StateError(f"{where}: a damaged jobparse state (no schema version)")
    return int(row[0])


def _migrate(connection: sqlite3.Connection, where: str, target: int) -> int:
    """Bring the state to *target*, one migration per transaction; return the version found.

    Each step re-reads the version under the write lock: another process may
    have migrated the same file meanwhile.
    """
    found: int | None = None
    while True:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = _version(connection, where)
            found = version if found is None else found
            if version >= target:
                connection.execute("ROLLBACK")
                return found
            if version == 0:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for statement in MIGRATIONS[version].split(";\n"):
                if statement.strip():
                    connection.execute(statement)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def prepare(
    connection: sqlite3.Connection,
    where: str,
    *,
    target: int = SCHEMA_VERSION,
    on_migrate: Callable[[int, int], None] | None = None,
) -> None:
    """Check that *connection* holds a jobparse state and bring it to schema *target*.

    An empty database becomes a new state. Raises :class:`StateError` for a
    foreign database or one written by a newer jobparse. *where* names the
    file in messages.
    """
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        version = _version(connection, where)
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{where}: written by a newer jobparse (state schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}): upgrade jobparse"
            )
        if version < target:
            version = _migrate(connection, where, target)
    except sqlite3.Error as error:
        raise state_failure(where, error, "open") from None
    if on_migrate is not None and 0 < version < target:
        on_migrate(version, target)
