"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from tests.conftest import SEED_FILES, SEEDS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_export_seeds_keep_duplicates_gives_every_posting(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--format", "json", "--keep-duplicates", str(SEEDS)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    per_page: dict[str, int] = {}
    for item in data:
        name = Path(item["source"]["uri"]).name
        per_page[name] = per_page.get(name, 0) + 1
    assert [per_page[p.name] for p in SEED_FILES] == [15, 14, 15]


def test_export_drops_repeated_adverts_by_default(runner: CliRunner) -> None:
    every = json.loads(runner.invoke(cli, ["export", "--keep-duplicates", str(SEEDS)]).stdout)
    unique = json.loads(runner.invoke(cli, ["export", str(SEEDS)]).stdout)
    ids = [item["id"] for item in unique]
    assert len(ids) == len(set(ids)) == len({item["id"] for item in every})
    assert len(unique) < len(every)
    # The first occurrence wins: the kept postings are in input order.
    first_seen = list(dict.fromkeys(item["id"] for item in every))
    assert ids == first_seen


def test_export_to_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(cli, ["export", "-o", str(out), str(SEED_FILES[0])])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(json.loads(out.read_text("utf-8"))) == 15
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_export_from_stdin(runner: CliRunner) -> None:
    page = SEED_FILES[1].read_bytes()
    result = runner.invoke(cli, ["export", "-"], input=page)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 14
    assert {item["source"]["uri"] for item in data} == {"<stdin>"}


def test_missing_input_is_one_line_error_and_others_still_export(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "missing.txt", str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["jobparse: error: missing.txt: no such file"]
    assert len(json.loads(result.stdout)) == 15
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
    ],
)
def test_unreadable_inputs(runner: CliRunner, tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(cli, ["parse", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert str(bad) in result.stderr
    assert reason in result.stderr


def test_directory_input_with_no_pages_exports_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["export", str(tmp_path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_unknown_format_names_the_available_ones(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--format", "yaml", str(SEEDS)])
    assert result.exit_code == 2
    assert "unknown format 'yaml'; available: csv, ical, json, jsonl, rss" in result.stderr


def test_bad_option_syntax(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--option", "indent", str(SEEDS)])
    assert result.exit_code == 2
    assert "KEY=VALUE" in result.stderr


def test_unknown_exporter_option_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    result = runner.invoke(cli, ["export", "--option", "colour=red", "-o", str(out), str(SEEDS)])
    assert result.exit_code == 1
    assert (
        "Error: json exporter (jobparse.exporters.json_format (built-in)): unknown option(s): "
        "colour" in result.stderr
    )
    assert result.stderr.count("json") == 2  # the format and its plugin, said once each
    assert out.read_text("utf-8") == "previous"


def test_indent_option(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", "--option", "indent=0", str(SEED_FILES[0])])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "["
    assert lines[-1] == "]"
    assert all(json.loads(line.rstrip(",")) for line in lines[1:-1])


def test_parse_prints_one_line_per_posting(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "--keep-duplicates", str(SEED_FILES[2])])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == str(SEED_FILES[2])
    assert len(lines) == 1 + 15
    assert all(line.count(" | ") == 4 for line in lines[1:])


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).stdout == f"jobparse, version {jobparse.__version__}\n"
    for flag in ("-h", "--help"):
        result = runner.invoke(cli, [flag])
        assert result.exit_code == 0
        assert "export" in result.stdout
        assert "parse" in result.stdout


def test_inputs_are_required(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export"])
    assert result.exit_code == 2
    assert "no INPUT given" in result.stderr
    assert "Traceback" not in result.stderr


def test_formats_lists_every_format_and_its_provider(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["formats"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["csv", "ical", "json", "jsonl", "rss"]
    assert "[jobparse.exporters.json_format (built-in)]" in result.stdout


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jobparse", "export", "missing.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "jobparse: error: missing.txt: no such file\n"
    assert done.stdout.strip() == "[\n]".strip() or json.loads(done.stdout) == []


def test_explain_shows_each_field_with_its_evidence(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["explain", str(SEED_FILES[0])])
    assert result.exit_code == 0, result.output
    block = result.stdout.split("\n\n")[1]  # the second posting: Amazon in Madrid
    assert "company          Amazon" in block
    assert "← company.possessive" in block
    assert "locations        Madrid, ES" in block
    assert '← location.line: "Madrid, ESP"' in block


def test_evaluate_reports_scores_against_labels(runner: CliRunner) -> None:
    labels = Path(__file__).parent / "gold" / "seeds.jsonl"
    result = runner.invoke(cli, ["evaluate", "--labels", str(labels), str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("labels 44, matched 44, spurious 0")
    assert "segment_recall     1.000" in result.stdout


def test_evaluate_needs_a_readable_labels_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "labels.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", "--labels", str(bad), str(SEEDS)])
    assert result.exit_code == 1
    assert str(bad) in result.stderr
    assert "Traceback" not in result.output


def test_parse_and_explain_print_control_characters_escaped(tmp_path: Path) -> None:
    # JSON-LD strings may hold any character: "\u001b" is a real ESC once read.
    page = tmp_path / "bell.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type": "JobPosting",'
        ' "title": "Data Engineer\\u001b]0;pwned\\u0007", "description": "We build."}'
        "</script></head><body></body></html>",
        encoding="utf-8",
    )
    for command in ("parse", "explain"):
        result = CliRunner().invoke(cli, [command, str(page)])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output
        assert "\x07" not in result.output
        assert "Data Engineer\\x1b]0;pwned\\x07" in result.output  # shown, escaped


def test_parse_and_explain_print_bidi_overrides_escaped(tmp_path: Path) -> None:
    """A right-to-left override would show "Engineer exe.pdf" for "Engineer \u202efdp.exe"."""
    page = tmp_path / "bidi.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type": "JobPosting",'
        ' "title": "Engineer \\u202efdp.exe \\u2066x\\u2069", "description": "We build."}'
        "</script></head><body></body></html>",
        encoding="utf-8",
    )
    for command in ("parse", "explain"):
        result = CliRunner().invoke(cli, [command, str(page)])
        assert result.exit_code == 0, result.output
        assert not set(result.output) & {"\u202e", "\u2066", "\u2069"}
        assert "Engineer \\u202efdp.exe \\u2066x\\u2069" in result.output


def test_explain_names_a_posting_without_fields_by_its_first_line(tmp_path: Path) -> None:
    page = tmp_path / "plain.txt"
    page.write_text("Location Berlin\n\n\nsomething went on here\nmore text\n\n\nApply\n")
    result = CliRunner().invoke(cli, ["explain", str(page)])
    assert result.exit_code == 0, result.output
    assert 'text             "something went on here"' in result.output


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("jobs.csv", lambda data: data.startswith(b"id,title,company")),
        ("jobs.ics", lambda data: data.startswith(b"BEGIN:VCALENDAR")),
        ("feed.xml", lambda data: b"<rss" in data[:200]),
        ("jobs.jsonl", lambda data: data.startswith(b'{"id"')),
        ("jobs.txt", lambda data: data.startswith(b"[")),  # no format's suffix: JSON
    ],
)
def test_the_output_suffix_chooses_the_format(
    tmp_path: Path, name: str, check: Callable[[bytes], bool]
) -> None:
    target = tmp_path / name
    result = CliRunner().invoke(cli, ["export", "-o", str(target), str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert check(target.read_bytes())


def test_a_format_contradicting_the_output_suffix_is_an_error_naming_both(tmp_path: Path) -> None:
    target = tmp_path / "jobs.ics"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", str(target), str(SEEDS)])
    assert result.exit_code == 2
    assert "--format csv" in result.output
    assert "jobs.ics" in result.output
    assert "ical" in result.output
    assert not target.exists()
    agreeing = CliRunner().invoke(
        cli, ["export", "--format", "csv", "-o", str(tmp_path / "a.txt"), str(SEEDS)]
    )
    assert agreeing.exit_code == 0, agreeing.output


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_is_accepted_before_and_after_the_subcommand(tmp_path: Path, where: str) -> None:
    page = tmp_path / "warn.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{broken</script></head>'
        "<body><h1>Data Engineer</h1><p>Acme Labs is hiring a Data Engineer.</p></body></html>"
    )
    out = str(tmp_path / "out.json")
    args = ["-q", "export", "-o", out, str(page)]
    if where == "after":
        args = ["export", "-q", "-o", out, str(page)]
    loud = subprocess.run(
        [sys.executable, "-m", "jobparse", "export", "-o", out, str(page)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "warning" in loud.stderr  # the page does warn
    quiet = subprocess.run(
        [sys.executable, "-m", "jobparse", *args], capture_output=True, text=True, check=False
    )
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""


@pytest.mark.parametrize(
    ("content", "line"),
    [('{"file": "a.txt", "index": 0}\n{broken\n', 2), ('["a list"]\n', 1), ("\n\n7\n", 3)],
)
def test_a_malformed_labels_file_is_one_line_naming_file_and_line(
    tmp_path: Path, content: str, line: int
) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "--labels", str(labels), str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1  # one line
    assert f"{labels}: line {line}: " in result.output


def test_evaluating_one_page_scores_only_that_page(tmp_path: Path) -> None:
    gold = Path(__file__).parent / "gold" / "seeds.jsonl"
    result = CliRunner().invoke(cli, ["evaluate", "--labels", str(gold), str(SEED_FILES[0])])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    on_page = sum(1 for line in gold.read_text().splitlines() if SEED_FILES[0].name in line)
    assert first.startswith(f"labels {on_page}, matched {on_page}, spurious 0")


def test_an_exporters_failure_names_the_format_and_its_plugin_not_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobparse.exporters.csv_format import CsvExporter

    def broken(self: object, postings: object, stream: object, **options: object) -> None:
        raise OSError("disk quota of the plugin's cache exceeded")

    monkeypatch.setattr(CsvExporter, "export", broken)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "-o", str(out), str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: csv exporter (jobparse.exporters.csv_format (built-in)): "
        "disk quota of the plugin's cache exceeded"
    )
    assert not out.exists()


def test_errors_never_print_on_the_progress_bars_line(tmp_path: Path) -> None:
    import os
    import pty

    pages = []
    for n in range(12):  # enough pages for the bar
        page = tmp_path / f"p{n:02}.txt"
        page.write_text(f"Location Berlin\n\n\nAcme {n} is hiring a Data Engineer.\n\n\nApply\n")
        pages.append(str(page))
    pages.insert(6, str(tmp_path / "missing.txt"))  # fails in the middle of the batch
    leader, follower = pty.openpty()  # standard error is a terminal: the bar is drawn
    try:
        process = subprocess.run(
            [sys.executable, "-m", "jobparse", "export", "-o", str(tmp_path / "o.json"), *pages],
            stderr=follower, stdout=subprocess.DEVNULL, check=False, timeout=120,
        )  # fmt: skip
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 1
    assert "Parsing pages" in shown
    before, _, _ = shown.partition("jobparse: error:")
    assert before.endswith("\r\x1b[K")  # the bar's line is cleared first
