"""Start-up stays small: what each entry point must not load (no timing: see bench_startup.py).

Each check runs in a fresh interpreter and lists the modules it ended with.
A heavy module appearing here is what made start-up slow before: the parser's
patterns for ``--version``, icalendar and lxml for ``formats``, the metadata
machinery when no plugin is installed.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SEEDS

_REPORT = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def loaded_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{_REPORT}"], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


PARSER = {
    "jobparse.api",
    "jobparse.parsing",
    "jobparse.patterns",
    "jobparse.extract",
    "jobparse.places.gazetteer_store",
}
HEAVY = {"lxml.etree", "icalendar", "cattrs", "sqlite3", "multiprocessing", "importlib.metadata"}


def test_import_jobparse_loads_only_its_version() -> None:
    loaded = loaded_after("import jobparse; jobparse.__version__")
    assert not loaded & (PARSER | HEAVY | {"attrs", "click", "pluggy"})


def test_the_version_loads_no_parser() -> None:
    code = (
        "from jobparse.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    loaded = loaded_after(code)
    assert not loaded & (PARSER | HEAVY | {"attrs", "pluggy"})


def test_listing_formats_loads_no_parser_and_no_exporter_library() -> None:
    code = (
        "import os; os.environ['JOBPARSE_LOAD_PLUGINS'] = ''\n"
        "from jobparse.cli import main\n"
        "try:\n    main(['formats'])\nexcept SystemExit:\n    pass"
    )
    loaded = loaded_after(code)
    assert "pluggy" in loaded
    assert not loaded & (PARSER | HEAVY | {"attrs"})


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_exporting_text_pages_loads_no_html_parser_or_workers(fmt: str, tmp_path: object) -> None:
    code = (
        "from jobparse.cli import main\n"
        f"try:\n    main(['export', '-q', '-f', '{fmt}', '-o', '{tmp_path}/out', '{SEEDS}'])\n"
        "except SystemExit as end:\n    assert not end.code, end.code"
    )
    loaded = loaded_after(code)
    assert {"jobparse.api", "jobparse.patterns"} <= loaded
    assert not loaded & {"lxml.etree", "icalendar", "multiprocessing", "jobparse.page.html"}
