"""Docs stay in step with the code: the CLI reference, the formats, the heuristics' rules."""

from __future__ import annotations

import re
from pathlib import Path

import click
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from tests.conftest import ROOT

DOCS = ROOT / "docs"
CLI_REFERENCE = DOCS / "cli.md"


def render_cli_reference() -> str:
    """docs/cli.md as the code would write it today."""
    runner = CliRunner()
    parts = [
        "# CLI reference\n",
        "Generated from `jobparse --help`; `tests/test_docs.py` fails when it drifts.",
        'Regenerate with `python -c "from tests.test_docs import write; write()"`.\n',
    ]
    commands: list[list[str]] = [[]] + [[name] for name in sorted(cli.commands)]
    for command in commands:
        result = runner.invoke(cli, [*command, "--help"], prog_name="jobparse", terminal_width=100)
        title = " ".join(["jobparse", *command])
        parts.append(f"## `{title}`\n\n```\n{result.stdout.rstrip()}\n```\n")
    return "\n".join(parts)


def write() -> None:
    CLI_REFERENCE.write_text(render_cli_reference(), encoding="utf-8")


def test_cli_reference_is_current() -> None:
    assert CLI_REFERENCE.read_text(encoding="utf-8") == render_cli_reference()


def test_every_format_is_documented() -> None:
    formats = (DOCS / "formats.md").read_text(encoding="utf-8")
    for name in jobparse.exporters():
        assert f"## `{name}`" in formats, name


def test_every_evidence_rule_in_the_code_is_documented() -> None:
    heuristics = (DOCS / "heuristics.md").read_text(encoding="utf-8")
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src" / "jobparse").rglob("*.py")
    )
    rules = set(
        re.findall(r'"((?:company|title|location|deadline|employment|rolling)\.[a-z_]+)"', source)
    )
    assert rules
    missing = sorted(rule for rule in rules if rule not in heuristics)
    assert not missing, f"undocumented evidence rules: {missing}"


def test_every_command_has_help() -> None:
    assert all(isinstance(c, click.Command) and c.help for c in cli.commands.values())


def test_docs_index_links_every_page() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = {p.name for p in DOCS.glob("*.md")} - {"index.md"}
    assert {name for name in pages if f"({name})" not in index} == set()


def test_readme_commands_are_the_ci_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in readme
    assert ".venv/bin/python -m pytest" in ci
    assert "jobparse export" in readme
    assert Path(ROOT / "seeds").is_dir()
