"""Batches: --jobs gives the same output in the same order; functions and values pickle."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.api import iter_pages
from jobparse.cli import cli
from jobparse.cli.batch import usable_cores
from tests.conftest import SEED_FILES, SEEDS

PAGES = Path(__file__).parent / "pages"


def _batch(tmp_path: Path) -> list[str]:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    return [str(SEEDS), str(bad), str(PAGES / "listing"), str(SEED_FILES[0])]


def test_jobs_give_the_same_postings_in_the_same_order(tmp_path: Path) -> None:
    inputs = _batch(tmp_path)
    errors_one: list[jobparse.InputError] = []
    errors_two: list[jobparse.InputError] = []
    one = list(jobparse.iter_postings(inputs, on_error=errors_one.append))
    two = list(jobparse.iter_postings(inputs, on_error=errors_two.append, jobs=2))
    assert two == one
    assert len(one) == 44 + 3 + 15
    assert (
        [str(e) for e in errors_two]
        == [str(e) for e in errors_one]
        == [f"{tmp_path / 'broken.txt'}: binary data, not a text or HTML page"]
    )


def test_cli_jobs_output_is_identical(tmp_path: Path) -> None:
    inputs = _batch(tmp_path)
    runner = CliRunner()
    sequential = runner.invoke(cli, ["export", "--keep-duplicates", *inputs])
    parallel = runner.invoke(cli, ["export", "--keep-duplicates", "--jobs", "2", *inputs])
    assert sequential.exit_code == parallel.exit_code == 1
    assert parallel.stdout == sequential.stdout
    # On a one-CPU machine "--jobs 2" adds its warning line, and only that.
    assert [line for line in parallel.stderr.splitlines() if "--jobs 2 is more" not in line] == (
        sequential.stderr.splitlines()
    )
    assert len(json.loads(parallel.stdout)) == 62


def test_more_jobs_than_cpus_is_warned_about_once(tmp_path: Path) -> None:
    inputs = _batch(tmp_path)
    cores = usable_cores()
    runner = CliRunner()
    too_many = runner.invoke(
        cli, ["export", "--keep-duplicates", "--jobs", str(cores + 1), *inputs]
    )
    assert too_many.stderr.count(f"warning: --jobs {cores + 1} is more than the {cores} CPU") == 1
    assert len(json.loads(too_many.stdout)) == 62  # still every posting
    enough = runner.invoke(cli, ["export", "--jobs", str(cores), *inputs])
    assert "--jobs" not in enough.stderr
    quiet = runner.invoke(cli, ["--quiet", "export", "--jobs", str(cores + 1), *inputs])
    assert "--jobs" not in quiet.stderr


def test_iter_pages_reports_each_input_in_order(tmp_path: Path) -> None:
    inputs = _batch(tmp_path)
    pages = list(iter_pages(inputs, jobs=2))
    names = [Path(spec).name for spec, _ in pages]
    assert names == [p.name for p in SEED_FILES] + [
        "broken.txt",
        "conference.html",
        SEED_FILES[0].name,
    ]
    assert isinstance(pages[3][1], jobparse.InputError)


def test_on_page_is_called_once_per_input(tmp_path: Path) -> None:
    seen: list[str] = []
    list(jobparse.iter_postings(_batch(tmp_path), on_error=lambda _: None, on_page=seen.append))
    assert len(seen) == 6


@pytest.mark.parametrize("value", [jobparse.parse_file, jobparse.parse, jobparse.iter_postings])
def test_library_functions_pickle_for_spark_and_ray(value: object) -> None:
    assert pickle.loads(pickle.dumps(value)) is value


def test_postings_and_errors_pickle() -> None:
    postings = jobparse.parse_file(SEED_FILES[0])
    assert pickle.loads(pickle.dumps(postings)) == postings
    error = jobparse.InputError("page.html", "empty input")
    again = pickle.loads(pickle.dumps(error))
    assert (again.source, again.reason, str(again)) == (
        "page.html",
        "empty input",
        "page.html: empty input",
    )


def test_non_terminal_gets_no_progress_bar(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["export", "-o", str(out), *map(str, SEED_FILES * 4)])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_pages_go_to_workers_a_few_at_a_time_and_standard_input_alone() -> None:
    from jobparse.api import _PAGES_PER_TASK, _batches

    specs = ["a", "b", "c", "d", "e", "-", "f"]
    batches = list(_batches(specs))
    assert [spec for batch in batches for spec in batch] == specs  # every page, in order
    assert ["-"] in batches
    assert all(0 < len(batch) <= _PAGES_PER_TASK for batch in batches)
    assert batches[0] == ["a", "b", "c", "d"][:_PAGES_PER_TASK]
