"""The JSON Schema of an exported posting, checked against real output with jsonschema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from jobparse.schema import posting_schema
from tests.conftest import ROOT, SEEDS

PAGES = Path(__file__).parent / "pages"
VALIDATOR = jsonschema.Draft202012Validator(
    posting_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(posting_schema())


def test_the_documented_schema_is_the_one_the_command_prints() -> None:
    printed = CliRunner().invoke(cli, ["schema"])
    assert printed.exit_code == 0
    assert json.loads(printed.stdout) == posting_schema()
    documented = json.loads((ROOT / "docs" / "posting.schema.json").read_text(encoding="utf-8"))
    assert documented == posting_schema()


@pytest.mark.parametrize(
    "inputs",
    [[SEEDS], [PAGES / "html_dev"], [PAGES / "jsonld"], [PAGES / "heldout_html_2"]],
    ids=["seeds", "html_dev", "jsonld", "heldout_html_2"],
)
def test_every_exported_posting_satisfies_the_schema(inputs: list[Path]) -> None:
    postings = list(jobparse.iter_postings(inputs, on_error=lambda _: None))
    assert postings
    for format_name in ("json", "jsonl"):
        stream = io.BytesIO()
        jobparse.export(postings, format_name, stream)
        text = stream.getvalue().decode("utf-8")
        items = json.loads(text) if format_name == "json" else [
            json.loads(line) for line in text.splitlines()
        ]  # fmt: skip
        for item in items:
            VALIDATOR.validate(item)


def test_the_schema_refuses_what_is_not_a_posting() -> None:
    posting = jobparse.parse_file(next(SEEDS.iterdir()))[0]
    item = jobparse.posting_to_dict(posting)
    for broken in (
        {k: v for k, v in item.items() if k != "id"},
        {**item, "employment_type": "sometimes"},
        {**item, "locations": [{"raw": "x", "city": None, "region": None, "country": "Germany",
                                "remote": False}]},
        {**item, "colour": "red"},
    ):  # fmt: skip
        assert not VALIDATOR.is_valid(broken)
