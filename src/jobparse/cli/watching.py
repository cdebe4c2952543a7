"""Watching from the command line: ``export``'s state options, and ``jobparse history``.

``export --state PATH`` reads and records a :class:`~jobparse.watching.state.State`;
``--new-only``, ``--follow-pages`` and ``--delay`` are passed to
:func:`jobparse.iter_postings`. The state is committed only after the output
is written, so a failed or interrupted export records nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from jobparse.cli.terminal import printable

if TYPE_CHECKING:
    import datetime as dt

    from jobparse.watching.state import HistoryEntry, State

__all__ = ["history", "open_state", "watch_options"]


def watch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --state, --new-only, --follow-pages and --delay (passed as keyword arguments)."""
    options = (
        click.option(
            "--state", "state_path", type=click.Path(dir_okay=False), metavar="PATH",
            help="Remember every posting in this SQLite file (created if missing) and fetch "
            "URLs conditionally; see docs/watching.md.",
        ),
        click.option(
            "--new-only", is_flag=True,
            help="Export only postings the --state has not seen before (then remember them).",
        ),
        click.option(
            "--follow-pages", type=click.IntRange(min=0), default=0, show_default=True,
            metavar="N", help="Follow up to N next-page links of each listing URL (same host).",
        ),
        click.option(
            "--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
            metavar="SECONDS", help="Wait at least this long between two requests to one host.",
        ),
    )  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@contextlib.contextmanager
def open_state(path: str | None) -> Iterator[State | None]:
    """The state at *path* (None without one), committed when the block ends cleanly."""
    if path is None:
        yield None
        return
    from jobparse.watching.state import (  # sqlite3 loads only for runs with a state
        State,
        StateError,
    )

    try:
        state = State(path)
    except StateError as error:
        raise click.ClickException(str(error)) from None
    with state:
        yield state


def _day(moment: dt.datetime | None) -> str:
    return moment.date().isoformat() if moment is not None else "-"


def _line(entry: HistoryEntry) -> str:
    status = f"gone {_day(entry.gone_since)}" if entry.gone_since else "live"
    return " | ".join(
        [
            entry.title or "(no title)",
            entry.company or "(no company)",
            entry.source or "-",
            f"first seen {_day(entry.first_seen)}",
            f"last seen {_day(entry.last_seen)}",
            status,
        ]
    )


def _record(entry: HistoryEntry) -> dict[str, Any]:
    def stamp(moment: dt.datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    return {
        "id": entry.id,
        "title": entry.title,
        "company": entry.company,
        "source": entry.source,
        "first_seen": stamp(entry.first_seen),
        "last_seen": stamp(entry.last_seen),
        "status": entry.status,
        "gone_since": stamp(entry.gone_since),
    }


@click.command()
@click.option(
    "--state", "state_path", required=True, type=click.Path(dir_okay=False), metavar="PATH",
    help="The state file written by `jobparse export --state`.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
def history(state_path: str, as_json: bool) -> None:
    """List every posting a state has seen: title, company, source, first and last seen.

    A posting its source no longer shows (in the latest full run of that
    source) is marked "gone" with the day it disappeared.
    """
    import json
    import textwrap

    from jobparse.watching.state import State, StateError

    try:
        with State(state_path, create=False) as state:
            first = True
            for entry in state.iter_history():  # streamed: any number of postings
                if as_json:  # the same text as one json.dumps(..., indent=2) of them all
                    item = json.dumps(_record(entry), indent=2, ensure_ascii=False)
                    opening = "[" if first else ","
                    click.echo(f"{opening}\n{textwrap.indent(item, '  ')}", nl=False)
                else:
                    click.echo(printable(_line(entry)))
                first = False
            if as_json:
                click.echo("[]" if first else "\n]")
    except StateError as error:
        raise click.ClickException(str(error)) from None
