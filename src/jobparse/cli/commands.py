"""The ``jobparse`` commands: a thin face over the library.

Every command calls the same public functions ``import jobparse`` offers;
domain errors become one-line messages and a non-zero exit, never tracebacks.
Each command imports what it uses when it runs: ``jobparse --version`` and
``jobparse formats`` load no parser.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from jobparse._version import __version__
from jobparse.cli.batch import (
    Batch,
    BatchErrors,
    batch_options,
    batch_postings,
    configure_logging,
    kept_stdout_for_export,
    message,
    open_output,
    parse_options,
)
from jobparse.cli.terminal import printable
from jobparse.cli.watching import history, open_state, watch_options
from jobparse.errors import JobparseError

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = ["cli", "main"]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="jobparse")
@click.option(
    "-q", "--quiet", is_flag=True, help="No warnings and no progress bar (errors still show)."
)
@click.pass_context
def cli(context: click.Context, quiet: bool) -> None:
    """Turn job-board pages into clean, typed job postings and export them.

    INPUT is a page file (text or HTML), a directory (its .txt, .html and .htm
    files in name order), an http(s) URL, or - for standard input. An input
    that cannot be read is reported on standard error and skipped; the exit
    status is then 1.
    """
    context.obj = {"quiet": quiet}
    configure_logging(quiet)


@cli.command()
@click.option(
    "-f", "--format", "format_name", default=None, metavar="NAME",
    help="Output format; `jobparse formats` lists them. [default: from the suffix of "
    "--output, else json]",
)  # fmt: skip
@click.option(
    "--option", "option_pairs", multiple=True, metavar="KEY=VALUE",
    help="An option for the format (repeatable), e.g. --option indent=0.",
)  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="PATH",
    help="Write here (atomically) instead of standard output.",
)  # fmt: skip
@click.option(
    "--keep-duplicates", is_flag=True,
    help="Keep every posting; by default an advert already exported is dropped.",
)  # fmt: skip
@watch_options
@batch_options
@kept_stdout_for_export
def export(
    format_name: str | None,
    option_pairs: Sequence[str],
    output: str | None,
    keep_duplicates: bool,
    state_path: str | None,
    new_only: bool,
    follow_pages: int,
    delay: float,
    batch: Batch,
    inputs: Sequence[str],
    stdout: BinaryIO,
) -> None:
    """Export the postings of INPUT... in a format (from -o's suffix, else JSON).

    With --state, every posting is remembered and --new-only exports only
    those not seen before: run it daily to get the new jobs of a few pages.
    """
    from jobparse.exporters.exporting import (
        FormatMismatchError,
        OutputError,
        export_reporting,
        format_for_output,
    )
    from jobparse.exporters.plugins import UnknownFormatError, get_exporter

    try:
        format_name = format_for_output(output, format_name)
        exporter = get_exporter(format_name)
    except (UnknownFormatError, FormatMismatchError) as error:
        raise click.BadParameter(str(error), param_hint="--format") from None
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    options: dict[str, Any] = parse_options(option_pairs)
    _refuse_reading_the_output(output, state_path, inputs)
    errors = BatchErrors()
    if new_only and state_path is None:
        raise click.UsageError("--new-only needs --state (only a state knows what is new)")
    watching = state_path is not None or follow_pages > 0 or delay > 0
    if watching and batch.jobs > 1:
        raise click.UsageError(
            "--jobs cannot be combined with --state, --follow-pages or --delay "
            "(watching fetches one page at a time)"
        )
    if watching and batch.render:
        raise click.UsageError(
            "--render cannot be combined with --state, --follow-pages or --delay "
            "(a watching run fetches pages itself, conditionally)"
        )
    batch = batch._replace(
        keep_duplicates=keep_duplicates,
        new_only=new_only,
        follow_pages=follow_pages,
        delay=delay,
    )
    try:
        # The state is committed only after the output is written: it leaves the block last.
        with (
            open_state(state_path) as state,
            batch_postings(inputs, errors, batch, state) as postings,
            open_output(output, stdout) as stream,
        ):
            export_reporting(postings, exporter.name, stream, **options)
            if errors.all_failed and output not in (None, "-"):
                raise _NothingRead  # the old output and the state stay as they were
    except _NothingRead:
        message(f"jobparse: {output}: left as it was: no input could be read")
        sys.exit(1)
    except OutputError as error:
        raise click.ClickException(f"{output or '<stdout>'}: {error}") from None
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    except BrokenPipeError:
        raise
    except OSError as error:
        raise click.ClickException(f"{output or '<stdout>'}: {error.strerror or error}") from None
    if errors.failed:
        sys.exit(1)


def _refuse_reading_the_output(
    output: str | None, state: str | None, inputs: Sequence[str], option: str = "-o"
) -> None:
    """Refuse an output that is a file the run reads (its state, one of its pages).

    Writing it would replace what is being read, or read the old output back as
    a page: nothing is written, the command line is wrong.
    """
    if output in (None, "-"):
        return
    from jobparse.sources.inputs import expand

    target = os.path.realpath(output)
    if state is not None and os.path.realpath(state) == target:
        raise click.UsageError(
            f"{option} {output} is the --state file: give the output another name"
        )
    for spec in expand(inputs):
        if "://" not in spec and spec != "-" and os.path.realpath(spec) == target:
            raise click.UsageError(
                f"{option} {output} is an input of this run ({spec}): give the output another name"
            )


class _NothingRead(Exception):  # noqa: N818 (a signal, not an error to report)
    """Every input failed: the export is abandoned so that its old output stays."""


def _summary(posting: Posting) -> str:
    """One readable line: title, company, place, first deadline."""
    place = "; ".join(loc.label() for loc in posting.locations) or "-"
    deadline = (
        f"{posting.deadlines[0].kind.value} {posting.deadlines[0].date.isoformat()}"
        if posting.deadlines
        else "-"
    )
    return " | ".join(
        [
            f"{posting.source.index:>3}",
            posting.title or "(no title)",
            posting.company or "(no company)",
            place,
            deadline,
        ]
    )


@cli.command()
@click.option("--keep-duplicates", is_flag=True, help="Show repeated adverts again.")
@batch_options
def parse(keep_duplicates: bool, batch: Batch, inputs: Sequence[str]) -> None:
    """Print one line per posting: index, title, company, place, first deadline."""
    errors = BatchErrors()
    current_uri: str | None = None
    batch = batch._replace(keep_duplicates=keep_duplicates)
    with batch_postings(inputs, errors, batch) as postings:
        for posting in postings:
            if posting.source.uri != current_uri:
                current_uri = posting.source.uri
                click.secho(printable(f"{current_uri}"), bold=True)
            click.echo(printable(_summary(posting)))
    if errors.failed:
        sys.exit(1)


@cli.command()
@click.option("--keep-duplicates", is_flag=True, help="Explain repeated adverts again.")
@click.option(
    "--html",
    "report_path",
    metavar="REPORT",
    help="Write a self-contained HTML report instead: each page's text with its postings "
    "outlined and numbered, every field's evidence marked, the runner-up set and why it lost.",
)
@batch_options
def explain(
    keep_duplicates: bool, report_path: str | None, batch: Batch, inputs: Sequence[str]
) -> None:
    """Show, posting by posting, each inferred field and the evidence for it."""
    from jobparse.explain import explain_posting

    if report_path is not None:
        _write_report(report_path, batch, inputs)
        return
    errors = BatchErrors()
    batch = batch._replace(keep_duplicates=keep_duplicates)
    with batch_postings(inputs, errors, batch) as postings:
        for posting in postings:
            header = f"{posting.source.uri} #{posting.source.index}  id {posting.id}"
            click.secho(printable(header), bold=True)
            for field, value in explain_posting(posting):
                click.echo(printable(f"  {field:<16} {value}"))
            click.echo()
    if errors.failed:
        sys.exit(1)


@cli.command()
@click.option(
    "--labels", "labels_path", required=True, type=click.Path(exists=True, dir_okay=False),
    help="JSON Lines labels (see tests/gold/FORMAT.md).",
)  # fmt: skip
@click.option("--show-errors", is_flag=True, help="List every disagreement.")
@click.option(
    "--pages", "show_pages", is_flag=True, help="A line per page: labels, found, spurious."
)
@batch_options
def evaluate(
    labels_path: str, show_errors: bool, show_pages: bool, batch: Batch, inputs: Sequence[str]
) -> None:
    """Score the postings of INPUT... against hand-made labels, field by field."""
    from jobparse.evaluation import LabelsError, labels_of_pages, load_labels
    from jobparse.evaluation import evaluate as run_evaluation
    from jobparse.sources.inputs import expand

    errors = BatchErrors()
    try:
        labels = labels_of_pages(load_labels(labels_path), expand(inputs))
    except LabelsError as error:
        raise click.ClickException(str(error)) from None
    except (OSError, ValueError) as error:
        raise click.ClickException(f"{labels_path}: {error}") from None
    with batch_postings(inputs, errors, batch._replace(keep_duplicates=True)) as postings:
        report = run_evaluation(postings, labels)
    click.echo(report.summary())
    if show_pages:
        for line in report.page_lines():
            click.echo(line)
    if show_errors:
        for line in report.errors:
            click.echo(line)
    if errors.failed:
        sys.exit(1)


@cli.command()
def formats() -> None:
    """List the output formats and the plugin that provides each."""
    from jobparse.exporters.plugins import exporter_info

    try:
        infos = exporter_info()
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    for info in infos:
        exporter = info.exporter
        click.echo(printable(f"{exporter.name:<8} {exporter.description}  [{info.provider}]"))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of an exported posting (the items of --format json)."""
    import json

    from jobparse.schema import posting_schema

    click.echo(json.dumps(posting_schema(), indent=2, ensure_ascii=False))


@cli.command(name="plugins")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
def plugins_command(as_json: bool) -> None:
    """List the installed plugins: distribution, version, hooks, formats, load error."""
    import json

    from jobparse.exporters.plugins import plugin_info

    infos = plugin_info()
    if as_json:
        click.echo(json.dumps([info._asdict() for info in infos], indent=2))
        return
    for info in infos:
        formats = ", ".join(info.formats) or "-"
        line = f"{info.name:<34} {info.distribution} {info.version}  formats: {formats}"
        click.echo(printable(line + (f"  ERROR: {info.error}" if info.error else "")))


cli.add_command(history)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; the console-script entry point."""
    try:
        cli.main(args=argv, prog_name="jobparse")
    except BrokenPipeError:
        # The reader went away (``jobparse parse ... | head``): not an error of ours.
        sys.stderr.close()
        sys.exit(1)


def _write_report(path: str, batch: Batch, inputs: Sequence[str]) -> None:
    """``explain --html``: the report of every page, written atomically; a failed page is a line."""
    from jobparse.reporting import html_report, page_reports

    _refuse_reading_the_output(path, None, inputs, option="--html")
    reports = []
    failed = 0
    for report in page_reports(
        inputs,
        max_bytes=batch.max_bytes,
        timeout=batch.timeout,
        page_timeout=batch.page_timeout or None,
        render=batch.render,
    ):
        reports.append(report)
        if report.error is not None:
            failed += 1
            message(f"jobparse: error: {report.error}")
    if failed and failed == len(reports) and path != "-":
        sys.exit(1)  # nothing read: an existing report stays as it was
    try:
        with open_output(path) as stream:
            stream.write(html_report(reports).encode("utf-8"))
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    postings = sum(len(report.postings) for report in reports)
    message(f"jobparse: wrote {path}: {len(reports)} pages, {postings} postings")
    if failed:
        sys.exit(1)
