"""Print the jobs a set of pages shows that no earlier run has seen, and remember them.

Run it twice from the repository root: the first run lists every job of the
sample pages, the second none (until the pages change)::

    python examples/new_jobs.py jobs.sqlite [PAGE_DIRECTORY_OR_URL ...]

This is what ``jobparse export --state jobs.sqlite --new-only`` does, written
with the library; ``docs/watching.md`` explains the state.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jobparse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: new_jobs.py STATE_FILE [INPUT ...]", file=sys.stderr)
        return 2
    state_path, inputs = argv[0], argv[1:] or [str(SEEDS)]
    errors: list[jobparse.PageError] = []
    try:
        with jobparse.State(state_path) as state:  # committed when the block ends cleanly
            postings = jobparse.iter_postings(
                inputs, state=state, new_only=True, on_error=errors.append
            )
            new = list(jobparse.unique_postings(postings))
    except jobparse.StateError as error:
        print(f"new_jobs.py: {error}", file=sys.stderr)
        return 1
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    print(f"{len(new)} new postings")
    for posting in new:
        when = posting.first_seen.date().isoformat() if posting.first_seen else "?"
        print(f"{when}  {posting.title or '(no title)'} — {posting.company or '(no company)'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
