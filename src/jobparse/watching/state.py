"""The watching state: what earlier runs saw, kept in one SQLite file (``--state``).

A run reads the state as it goes (which postings are known, each page's
validators for a conditional request) and writes what it sees at once, inside
one transaction of its own that :meth:`State.commit` ends: memory holds the
ids a run saw, never its postings, however many pages it reads. So an interrupted run
(Ctrl-C, a crash, a failed export) leaves the state as the last good run
left it, and two runs at once are serialised by SQLite's lock (the file is
in WAL mode, so reading never waits). What a posting's id is, and when an
edited advert counts as new, is in ``docs/watching.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Concatenate, ParamSpec, TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: runs on one state are not kept apart
    fcntl = None  # type: ignore[assignment]

import attrs

from jobparse.convert import posting_from_json, posting_to_json
from jobparse.model import Posting
from jobparse.watching.state_file import check_path, check_writable, take_run_lock
from jobparse.watching.state_schema import StateError, prepare, state_failure

__all__ = ["HistoryEntry", "PageRecord", "State", "StateError"]

#: Seconds a run waits for another run's write to end before it gives up.
BUSY_TIMEOUT = 60.0


def _stamp(moment: dt.datetime) -> str:
    """A UTC time as stored: ISO 8601 with microseconds, so text order is time order."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@attrs.frozen
class PageRecord:
    """What the state knows of one page: its validators, its postings, its next page."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    next_page: str | None = None
    posting_ids: tuple[str, ...] = ()


@attrs.frozen
class HistoryEntry:
    """One posting in the state's history; ``gone_since`` is set when every source dropped it."""

    id: str
    title: str | None
    company: str | None
    source: str | None
    first_seen: dt.datetime
    last_seen: dt.datetime
    gone_since: dt.datetime | None = None

    @property
    def status(self) -> str:
        """``"live"`` or ``"gone"``."""
        return "live" if self.gone_since is None else "gone"


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _failing_as(
    doing: str,
) -> Callable[[Callable[Concatenate[State, _P], _R]], Callable[Concatenate[State, _P], _R]]:
    """Turn SQLite's errors in a method into one :class:`StateError` naming the state."""

    def wrap(method: Callable[Concatenate[State, _P], _R]) -> Callable[Concatenate[State, _P], _R]:
        def run(self: State, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as error:
                raise state_failure(str(self.path), error, doing) from None

        run.__name__, run.__qualname__, run.__doc__ = (
            method.__name__,
            method.__qualname__,
            method.__doc__,
        )
        return run

    return wrap


class State:
    """A watching state in the SQLite file *path* (created when missing, unless *create* is false).

    *now* is the time this run records (default: the current time, UTC).
    Use it as a context manager: on a clean exit what was staged is
    committed, on an exception it is dropped, and the file is closed.
    Raises :class:`StateError` for a file that is not a jobparse state, is
    damaged, or was written by a newer jobparse.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        now: dt.datetime | None = None,
        create: bool = True,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
        self._stamp_now = _stamp(self.now)
        check_path(self.path, create=create)
        if create:
            check_writable(self.path)
        # Held before SQLite is touched: a run waiting for it holds none of SQLite's locks.
        self._run_lock = take_run_lock(self.path, busy_timeout) if create else None
        mode = "rwc" if create else "rw"
        try:
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode={mode}",
                uri=True,
                timeout=busy_timeout,
                isolation_level=None,  # transactions are begun and ended explicitly
            )
        except sqlite3.Error as error:
            self._release()
            raise StateError(f"{self.path}: cannot open the state ({error})") from None
        try:
            prepare(self._db, str(self.path))
        except BaseException:
            self._db.close()
            self._release()
            raise
        self._discard()

    def _discard(self) -> None:
        """Forget what this run staged (its transaction is ended by the caller)."""
        self._in_transaction = False
        self._staged: dict[str, bool] = {}  # id -> new in this run: ids only, never postings
        self._complete: set[str] = set()
        self._page_urls: set[str] = set()

    def _stage(self) -> sqlite3.Connection:
        """The connection, inside this run's write transaction (begun on the first write)."""
        if not self._in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
        return self._db

    # -- reading ---------------------------------------------------------------------------

    @_failing_as("read")
    def page(self, url: str) -> PageRecord | None:
        """What the state holds of the page *url*, if it was fetched before."""
        row = self._db.execute(
            "SELECT etag, last_modified, next_page, posting_ids FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return PageRecord(url, row[0], row[1], row[2], tuple(json.loads(row[3])))

    @_failing_as("read")
    def postings(self, ids: Iterable[str]) -> list[Posting]:
        """The stored postings of *ids*, in that order, each with its ``first_seen``."""
        found = []
        for posting_id in ids:
            row = self._db.execute(
                "SELECT posting, first_seen FROM postings WHERE id = ?", (posting_id,)
            ).fetchone()
            if row is not None:
                found.append(attrs.evolve(posting_from_json(row[0]), first_seen=_moment(row[1])))
        return found

    @_failing_as("read")
    def first_seen(self, posting_id: str) -> dt.datetime | None:
        """When a committed run first saw the posting *posting_id*; None if none did."""
        if self._staged.get(posting_id):
            return None  # staged by this run, and new in it
        row = self._db.execute(
            "SELECT first_seen FROM postings WHERE id = ?", (posting_id,)
        ).fetchone()
        return _moment(row[0]) if row else None

    # -- staging ---------------------------------------------------------------------------
    # What a run sees is written at once into its own transaction, committed only by
    # commit(): a run of any length holds in memory the ids it saw, never the postings.

    @_failing_as("write")
    def see(self, posting: Posting, input: str) -> tuple[Posting, bool]:
        """Stage that *input* shows *posting*; return it with ``first_seen`` set, and whether new.

        New means that no committed run and nothing earlier in this run saw its id.
        """
        db = self._stage()
        row = db.execute("SELECT first_seen FROM postings WHERE id = ?", (posting.id,)).fetchone()
        is_new = row is None
        seen = attrs.evolve(posting, first_seen=_moment(row[0]) if row else self.now)
        if posting.id not in self._staged:  # the run's first sighting is the one kept
            self._staged[posting.id] = is_new
            assert seen.first_seen is not None
            db.execute(
                "INSERT INTO postings (id, first_seen, last_seen, source, posting) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "first_seen = min(first_seen, excluded.first_seen), "
                "last_seen = max(last_seen, excluded.last_seen), "
                "source = excluded.source, posting = excluded.posting",
                (
                    posting.id,
                    _stamp(seen.first_seen),
                    self._stamp_now,
                    posting.source.uri,
                    posting_to_json(attrs.evolve(posting, first_seen=None)),
                ),
            )
        db.execute(
            "INSERT INTO sightings (input, posting_id, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (input, posting_id) DO UPDATE SET "
            "last_seen = max(last_seen, excluded.last_seen), gone_since = NULL",
            (input, posting.id, self._stamp_now, self._stamp_now),
        )
        return seen, is_new

    @_failing_as("write")
    def saw_page(self, record: PageRecord) -> None:
        """Stage what a fetch or read of one page found."""
        self._stage().execute(
            "INSERT OR REPLACE INTO pages "
            "(url, etag, last_modified, fetched, next_page, posting_ids) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                record.url,
                record.etag,
                record.last_modified,
                self._stamp_now,
                record.next_page,
                json.dumps(record.posting_ids),
            ),
        )
        self._page_urls.add(record.url)

    def finished(self, input: str) -> None:
        """Stage that *input* was read in full: what it showed before and not now is gone."""
        self._complete.add(input)

    # -- writing ---------------------------------------------------------------------------

    @_failing_as("write")
    def commit(self) -> None:
        """Commit everything staged since the last commit (if anything is), in one transaction."""
        if not (self._in_transaction or self._complete):
            return
        now = self._stamp_now
        db = self._stage()
        try:
            for input in self._complete:
                db.execute(
                    "UPDATE sightings SET gone_since = ? "
                    "WHERE input = ? AND gone_since IS NULL AND last_seen < ?",
                    (now, input, now),
                )
                db.execute(
                    "INSERT INTO inputs (input, last_run) VALUES (?, ?) ON CONFLICT (input) "
                    "DO UPDATE SET last_run = max(last_run, excluded.last_run)",
                    (input, now),
                )
            db.execute(
                "INSERT INTO runs (started, finished, pages, postings, new) VALUES (?, ?, ?, ?, ?)",
                (
                    now,
                    _stamp(dt.datetime.now(dt.timezone.utc)),
                    len(self._page_urls),
                    len(self._staged),
                    sum(self._staged.values()),
                ),
            )
        except BaseException:
            self.rollback()
            raise
        db.execute("COMMIT")
        self._discard()

    def rollback(self) -> None:
        """Drop everything staged since the last commit."""
        if self._in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
        self._discard()

    def close(self) -> None:
        """Close the file; anything staged and not committed is dropped."""
        self.rollback()
        self._db.close()
        self._release()

    def _release(self) -> None:
        """Let the next run waiting for the state go on."""
        if self._run_lock is not None:
            os.close(self._run_lock)
            self._run_lock = None

    def __enter__(self) -> State:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.commit()
        finally:
            self.close()

    # -- history ---------------------------------------------------------------------------

    def history(self) -> list[HistoryEntry]:
        """Every posting the state knows, oldest first; gone ones carry the day they went."""
        return list(self.iter_history())

    def iter_history(self) -> Iterator[HistoryEntry]:
        """:meth:`history` one entry at a time, read from the file as it goes (any size)."""
        try:
            rows = self._db.execute(
                "SELECT p.id, p.posting, p.first_seen, p.last_seen, p.source, s.input, "
                "s.gone_since FROM postings AS p LEFT JOIN sightings AS s ON s.posting_id = p.id "
                "ORDER BY p.first_seen, p.id, s.gone_since IS NOT NULL, s.gone_since DESC"
            )
            previous = None
            for posting_id, posting_json, first, last, page, input, gone in rows:
                if posting_id == previous:
                    continue  # a posting's live sightings come first, then its latest gone one
                previous = posting_id
                posting = posting_from_json(posting_json)
                yield HistoryEntry(
                    id=posting_id,
                    title=posting.title,
                    company=posting.company,
                    source=input or page,
                    first_seen=_moment(first),
                    last_seen=_moment(last),
                    gone_since=_moment(gone) if gone else None,
                )
        except sqlite3.Error as error:
            raise state_failure(str(self.path), error, "read") from None
