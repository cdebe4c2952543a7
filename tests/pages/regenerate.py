"""Write ``<name>.expected.json`` beside every golden page: the postings jobparse reads today.

Run from the repository root after a deliberate change, then review the diff:
``python tests/pages/regenerate.py``. The expected files leave out ``evidence``
(tested on its own) and name the page by its file name only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jobparse

PAGES = Path(__file__).resolve().parent
KINDS = ("listing", "jsonld", "microdata", "encoding", "single", "cards")


def golden(page: Path) -> list[dict[str, Any]]:
    """The postings of *page* as plain data, without evidence and machine-specific paths."""
    result = []
    for posting in jobparse.parse_file(page):
        data = jobparse.posting_to_dict(posting)
        del data["evidence"]
        data["source"]["uri"] = page.name
        result.append(data)
    return result


def pages() -> list[Path]:
    return sorted(p for kind in KINDS for p in (PAGES / kind).glob("*.html"))


def main() -> None:
    for page in pages():
        expected = page.with_suffix(".expected.json")
        expected.write_text(
            json.dumps(golden(page), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {expected.relative_to(PAGES.parent.parent)}")


if __name__ == "__main__":
    main()
