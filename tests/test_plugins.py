"""The plugin system: third-party exporters through the real entry-point mechanism.

Each test installs a plugin the way pip would leave it — a ``*.dist-info``
folder with ``entry_points.txt`` on ``sys.path`` — so discovery goes through
``importlib.metadata`` exactly as for a package installed from PyPI.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import jobparse
from jobparse.cli import cli
from jobparse.exporters import hookspecs, plugins
from tests.conftest import ROOT, SEED_FILES

EXAMPLE = ROOT / "examples" / "jobparse-markdown"


def _install(site: Path, name: str, version: str, entry_points: dict[str, str]) -> None:
    """Write the dist-info pip would write for a package with these entry points.

    The plugin is named in ``JOBPARSE_LOAD_PLUGINS`` (which the ``site`` fixture
    restores): the test's own plugins load, not others installed beside jobparse.
    """
    named = os.environ.get(plugins.LOAD_PLUGINS_VARIABLE, "")
    os.environ[plugins.LOAD_PLUGINS_VARIABLE] = ",".join(
        part for part in (named, *entry_points, name) if part
    )
    dist = site / f"{name.replace('-', '_')}-{version}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
    )
    lines = "\n".join(f"{key} = {value}" for key, value in entry_points.items())
    (dist / "entry_points.txt").write_text(f"[jobparse]\n{lines}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh site directory on sys.path, and plugins reloaded around the test."""
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(plugins.LOAD_PLUGINS_VARIABLE, "")  # _install names the test's plugins
    plugins.reset()
    yield tmp_path
    plugins.reset()
    for module in [m for m in sys.modules if m.startswith(("jobparse_markdown", "fake_plugin"))]:
        del sys.modules[module]


def _example_entry_points() -> dict[str, str]:
    text = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[project.entry-points.jobparse]", 1)[1].split("\n[", 1)[0]
    pairs = re.findall(r'^(\w[\w-]*)\s*=\s*"([^"]+)"', section, flags=re.MULTILINE)
    return dict(pairs)


def test_example_package_declares_its_entry_point() -> None:
    assert _example_entry_points() == {"markdown": "jobparse_markdown"}


def test_example_plugin_is_found_and_used_through_the_cli(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    _install(site, "jobparse-markdown", "0.1.0", _example_entry_points())
    runner = CliRunner()

    listed = runner.invoke(cli, ["formats"])
    assert listed.exit_code == 0, listed.output
    assert re.search(r"^markdown .*\[jobparse-markdown 0\.1\.0\]$", listed.stdout, re.MULTILINE)

    result = runner.invoke(
        cli, ["export", "-f", "markdown", "--option", "title=CVPR jobs", str(SEED_FILES[0])]
    )
    assert result.exit_code == 0, result.output
    document = result.stdout
    assert document.startswith("# CVPR jobs\n")
    assert document.count("\n## ") == 15
    assert "## Optical Data Analyst — ASML" in document
    assert "- **Where:** Madrid, ES" in document
    assert "- **Start:** 2024-08-01" in document


def test_library_api_sees_third_party_formats(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    _install(site, "jobparse-markdown", "0.1.0", _example_entry_points())
    assert "markdown" in jobparse.exporters()
    stream = io.BytesIO()
    jobparse.export(jobparse.parse_file(SEED_FILES[1])[:2], "markdown", stream)
    assert stream.getvalue().count(b"\n## ") == 2


def _write_module(site: Path, name: str, body: str) -> None:
    (site / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")


def test_two_exporters_with_one_name_skip_the_second_naming_both(site: Path) -> None:
    _write_module(
        site,
        "fake_plugin_json",
        """
        import jobparse
        from jobparse.exporters.json_format import JsonExporter

        @jobparse.hookimpl
        def jobparse_register_exporters(register):
            register(JsonExporter())
        """,
    )
    _install(site, "fake-json", "9.9", {"json": "fake_plugin_json"})
    assert jobparse.exporters()["json"].name == "json"  # the built-in one is kept
    [problem] = plugins.load_problems()
    assert problem.plugin == "json"
    assert problem.distribution == "fake-json 9.9"
    assert "format 'json' is registered by two plugins" in problem.message
    assert "jobparse.exporters.json_format (built-in)" in problem.message


_BROKEN = {
    "typo": """
        import jobparse

        @jobparse.hookimpl
        def jobparse_register_exporter(register):  # missing "s"
            pass
        """,
    "boom": """
        raise RuntimeError("this plugin is broken at import")
        """,
    "exit": """
        import sys
        sys.exit("a plugin that calls sys.exit on import")
        """,
    "hookfails": """
        import jobparse

        @jobparse.hookimpl
        def jobparse_register_exporters(register):
            raise KeyError("bug in the plugin")
        """,
    "notexporter": """
        import jobparse

        @jobparse.hookimpl
        def jobparse_register_exporters(register):
            register(object())
        """,
}


@pytest.mark.parametrize("kind", sorted(_BROKEN))
def test_a_broken_plugin_is_one_line_and_every_other_format_works(
    site: Path, kind: str, tmp_path: Path
) -> None:
    _write_module(site, f"fake_plugin_{kind}", _BROKEN[kind])
    _install(site, f"fake-{kind}", "1.0", {kind: f"fake_plugin_{kind}"})
    assert set(jobparse.exporters()) >= {"json", "jsonl", "csv", "ical", "rss"}
    [problem] = plugins.load_problems()
    assert (problem.plugin, problem.distribution) == (kind, f"fake-{kind} 1.0")
    plugins.reset()
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "-o", str(out), str(SEED_FILES[0])])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("id,title")
    warnings = [line for line in result.stderr.splitlines() if "plugin" in line]
    assert len(warnings) == 1, result.stderr
    assert f"plugin '{kind}' (fake-{kind} 1.0) skipped" in warnings[0]
    assert "Traceback" not in result.output


def test_the_plugins_command_lists_each_plugin_and_its_load_error(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    _write_module(site, "fake_plugin_boom", _BROKEN["boom"])
    _install(site, "fake-boom", "1.0", {"boom": "fake_plugin_boom"})
    _install(site, "jobparse-markdown", "0.1.0", _example_entry_points())
    listed = CliRunner().invoke(cli, ["plugins", "--json"])
    assert listed.exit_code == 0, listed.output
    infos = {info["name"]: info for info in json.loads(listed.stdout)}
    assert infos["jobparse.exporters.csv_format"]["formats"] == ["csv"]
    assert infos["jobparse.exporters.csv_format"]["hooks"] == ["jobparse_register_exporters"]
    assert infos["boom"]["distribution"] == "fake-boom"
    assert "RuntimeError: this plugin is broken at import" in infos["boom"]["error"]
    [markdown] = [i for i in infos.values() if i["distribution"] == "jobparse-markdown"]
    assert markdown["formats"] == ["markdown"]
    assert markdown["error"] is None
    text = CliRunner().invoke(cli, ["plugins"])
    assert "ERROR: failed to load: RuntimeError" in text.stdout


@pytest.mark.parametrize(("value", "loaded"), [("", set()), ("markdown", {"markdown"})])
def test_jobparse_load_plugins_chooses_which_plugins_load(
    site: Path, monkeypatch: pytest.MonkeyPatch, value: str, loaded: set[str]
) -> None:
    _write_module(site, "fake_plugin_boom", _BROKEN["boom"])
    _install(site, "fake-boom", "1.0", {"boom": "fake_plugin_boom"})
    _install(site, "jobparse-markdown", "0.1.0", _example_entry_points())
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    monkeypatch.setenv("JOBPARSE_LOAD_PLUGINS", value)
    names = set(jobparse.exporters()) - {"json", "jsonl", "csv", "ical", "rss"}
    assert names == loaded
    assert plugins.load_problems() == []  # the broken one was not asked for


def test_plugins_load_lazily_and_once(site: Path) -> None:
    assert plugins._manager is None  # importing jobparse loaded nothing
    first = plugins.plugin_manager()
    assert plugins.plugin_manager() is first


def test_builtins_register_through_the_same_hook() -> None:
    manager = plugins.plugin_manager()
    callers = {
        manager.get_name(impl.plugin)
        for impl in manager.hook.jobparse_register_exporters.get_hookimpls()
    }
    assert set(plugins.DEFAULT_PLUGINS) <= callers


def test_every_hook_is_documented() -> None:
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    hooks = [name for name in vars(hookspecs) if name.startswith("jobparse_")]
    assert hooks
    for hook in hooks:
        assert f"`{hook}" in docs, f"{hook} is missing from docs/plugins.md"


def test_a_plugin_registered_at_runtime_is_usable_at_once(site: Path) -> None:
    _write_module(
        site,
        "fake_plugin_runtime",
        """
        import jobparse

        class Lines(jobparse.Exporter):
            name = "lines"
            suffix = ".lines"
            media_type = "text/plain"
            description = "one title a line"

            def export(self, postings, stream, **options):
                for posting in postings:
                    stream.write(((posting.title or "-") + "\\n").encode())

        @jobparse.hookimpl
        def jobparse_register_exporters(register):
            register(Lines())
        """,
    )
    import fake_plugin_runtime  # type: ignore[import-not-found]

    assert "lines" not in jobparse.exporters()
    plugins.register_plugin(fake_plugin_runtime, name="lines")
    stream = io.BytesIO()
    jobparse.export(jobparse.parse_file(SEED_FILES[0])[:2], "lines", stream)
    assert stream.getvalue() == b"Optical Data Analyst\nApplied Scientist\n"
    with pytest.raises(plugins.PluginError):
        plugins.register_plugin(_typo(site))  # a misspelt hook


def _typo(site: Path) -> object:
    _write_module(site, "fake_plugin_typo2", _BROKEN["typo"])
    import fake_plugin_typo2  # type: ignore[import-not-found]

    return fake_plugin_typo2


# --- plugins that misbehave: they cost themselves, never the export ---------------

_NOISY = """
    import os
    import sys

    import jobparse
    from jobparse.exporters.base import Exporter

    print("noisy: imported")
    os.write(1, b"noisy: written to fd 1\\n")

    class Noisy(Exporter):
        name = "noisy"
        suffix = ".json"  # a built-in's suffix: it must not take -o x.json over
        description = "prints while it works"
        media_type = "text/plain"

        def export(self, postings, stream, **options):
            print("noisy: exporting")
            stream.write(b"noisy output\\n")

    @jobparse.hookimpl
    def jobparse_register_exporters(register):
        print("noisy: registering", file=sys.stdout)
        register(Noisy())
"""


def _run(site: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m jobparse`` in a real process, with *site* on its path as pip would leave it."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path]), **env}
    return subprocess.run(
        [sys.executable, "-m", "jobparse", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def test_what_a_plugin_prints_never_mixes_into_an_export_on_stdout(site: Path) -> None:
    _write_module(site, "fake_plugin_noisy", _NOISY)
    _install(site, "fake-noisy", "1.0", {"noisy": "fake_plugin_noisy"})
    done = _run(site, "export", "-f", "json", str(SEED_FILES[0]))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) > 5  # nothing but the export
    for line in ("noisy: imported", "noisy: written to fd 1", "noisy: registering"):
        assert line in done.stderr
    used = _run(site, "export", "-f", "noisy", str(SEED_FILES[0]))
    assert used.stdout == "noisy output\n"
    assert "noisy: exporting" in used.stderr


def test_a_plugins_suffix_never_takes_over_a_builtins(site: Path, tmp_path: Path) -> None:
    _write_module(site, "fake_plugin_noisy", _NOISY)
    _install(site, "fake-noisy", "1.0", {"noisy": "fake_plugin_noisy"})
    out = tmp_path / "x.json"
    done = _run(site, "export", "-o", str(out), str(SEED_FILES[0]))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) > 5


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("import time\ntime.sleep(120)\n", "did not finish importing within 2 s"),
        ("raise KeyboardInterrupt\n", "failed to load: KeyboardInterrupt"),
    ],
)
def test_a_plugin_whose_import_hangs_or_is_interrupted_costs_only_itself(
    site: Path, body: str, why: str
) -> None:
    _write_module(site, "fake_plugin_stuck", body)
    _install(site, "fake-stuck", "1.0", {"stuck": "fake_plugin_stuck"})
    done = _run(site, "export", "-f", "csv", str(SEED_FILES[0]), JOBPARSE_PLUGIN_TIMEOUT="2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,title")
    assert f"plugin 'stuck' (fake-stuck 1.0) skipped: {why}" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_formats_command_prints_a_plugins_names_escaped(site: Path) -> None:
    _write_module(
        site,
        "fake_plugin_bell",
        """
        import jobparse
        from jobparse.exporters.base import Exporter

        class Bell(Exporter):
            name = "bell"
            suffix = ".bell"
            description = "rings\\x07 the \\x1b]0;terminal\\x07 bell"
            media_type = "text/plain"

            def export(self, postings, stream, **options):
                stream.write(b"")

        @jobparse.hookimpl
        def jobparse_register_exporters(register):
            register(Bell())
        """,
    )
    _install(site, "fake-bell\x1b[31m", "1.0", {"bell": "fake_plugin_bell"})
    listed = CliRunner().invoke(cli, ["formats"])
    assert listed.exit_code == 0, listed.output
    assert "\x1b" not in listed.stdout
    assert "\x07" not in listed.stdout
    assert "rings\\x07 the \\x1b]0;terminal\\x07 bell" in listed.stdout
