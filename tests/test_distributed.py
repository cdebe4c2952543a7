"""The Dask example gives exactly what the CLI gives; the building blocks pickle."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from jobparse.cli import cli
from jobparse.running import distributed
from tests.conftest import ROOT, SEEDS

pytest.importorskip("dask")


def _example() -> object:
    spec = importlib.util.spec_from_file_location("dask_batch", ROOT / "examples" / "dask_batch.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_partitions_equal_the_cli_jsonl(tmp_path: Path) -> None:
    expected = CliRunner().invoke(
        cli, ["export", "--keep-duplicates", "--format", "jsonl", str(SEEDS)]
    )
    assert expected.exit_code == 0
    paths = _example().run([str(SEEDS)], str(tmp_path / "out"), npartitions=2)  # type: ignore[attr-defined]
    assert len(paths) == 2
    lines = "".join(Path(path).read_text(encoding="utf-8") for path in sorted(paths))
    assert lines == expected.stdout


def test_bad_page_is_skipped_not_fatal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert distributed.page_json_lines(str(bad)) == []


@pytest.mark.parametrize("function", [distributed.page_json_lines, distributed.page_records])
def test_building_blocks_pickle(function: object) -> None:
    assert pickle.loads(pickle.dumps(function)) is function
