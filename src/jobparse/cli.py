"""The ``jobparse`` command: a thin face over the library.

Every command calls the same public functions ``import jobparse`` offers;
domain errors become one-line messages and a non-zero exit, never tracebacks.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, BinaryIO

import attrs
import click

from jobparse import __version__
from jobparse.api import iter_postings, unique_postings
from jobparse.errors import JobparseError, PageError
from jobparse.evaluation import LabelsError, labels_of_pages, load_labels
from jobparse.evaluation import evaluate as run_evaluation
from jobparse.explain import explain_posting
from jobparse.exporting import (
    FormatMismatchError,
    OutputError,
    export_reporting,
    format_for_output,
)
from jobparse.inputs import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, expand
from jobparse.model import Posting
from jobparse.output import atomic_writer
from jobparse.plugins import UnknownFormatError, exporter_info, get_exporter, plugin_info
from jobparse.schema import posting_schema
from jobparse.terminal import printable

__all__ = ["cli", "main"]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_PROGRESS_MIN_PAGES = 10

inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
max_bytes_option = click.option(
    "--max-page-size",
    "max_bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse pages larger than this many bytes.",
)
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Parse pages in this many processes (same output, same order).",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Give up on a URL that has not arrived in full after this long.",
)


@attrs.frozen
class Batch:
    """How to read a batch of inputs: page size limit, processes, URL timeout, duplicates."""

    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT
    keep_duplicates: bool = False


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --max-page-size, --jobs and --timeout; the command gets them as ``batch``."""

    @functools.wraps(command)
    def with_batch(
        *args: Any, max_bytes: int, jobs: int, timeout: float, quiet: bool, **kwargs: Any
    ) -> Any:
        if quiet:  # "jobparse export -q ...": as quiet as "jobparse -q export ..."
            root = click.get_current_context().find_root()
            root.obj = {**(root.obj or {}), "quiet": True}
            _configure_logging(True)
        batch = Batch(max_bytes=max_bytes, jobs=jobs, timeout=timeout)
        return command(*args, batch=batch, **kwargs)

    quiet = click.option("-q", "--quiet", is_flag=True, help="No warnings and no progress bar.")
    return quiet(max_bytes_option(jobs_option(timeout_option(with_batch))))


#: Whether a progress bar is drawn on standard error now (its line is then cleared
#: before a message, which the bar redraws below on its next update).
_bar_shown = False
#: Back to the line's start and clear it: the progress bar's line, made empty.
_CLEAR_LINE = "\r\x1b[K"


def _message(line: str) -> None:
    """One line on standard error, never on the progress bar's line."""
    click.echo((_CLEAR_LINE if _bar_shown else "") + printable(line), err=True)


class BatchErrors:
    """Reports pages that gave no postings on standard error and remembers that one failed."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, error: PageError) -> None:
        self.failed += 1
        _message(f"jobparse: error: {error}")


class _EchoHandler(logging.Handler):
    """Library warnings ("skipped a broken JSON-LD block") as one line on standard error."""

    def emit(self, record: logging.LogRecord) -> None:
        _message(f"jobparse: {record.levelname.lower()}: {record.getMessage()}")


def _configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("jobparse")
    for handler in [h for h in logger.handlers if isinstance(h, _EchoHandler)]:
        logger.removeHandler(handler)
    logger.addHandler(_EchoHandler())
    logger.propagate = False
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)


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
    _configure_logging(quiet)


@contextlib.contextmanager
def _postings(
    inputs: Sequence[str], errors: BatchErrors, batch: Batch
) -> Iterator[Iterator[Posting]]:
    """The postings of a batch, with a progress bar on a terminal for long batches."""
    specs = list(expand(inputs))
    quiet = bool((click.get_current_context().find_root().obj or {}).get("quiet"))
    show = len(specs) >= _PROGRESS_MIN_PAGES and not quiet and sys.stderr.isatty()
    bar = (
        click.progressbar(length=len(specs), label="Parsing pages", file=sys.stderr)
        if show
        else None
    )
    global _bar_shown
    with bar if bar is not None else contextlib.nullcontext():
        _bar_shown = bar is not None
        postings = iter_postings(
            specs,
            on_error=errors,
            on_page=(lambda _spec: bar.update(1)) if bar is not None else None,
            max_bytes=batch.max_bytes,
            jobs=batch.jobs,
            timeout=batch.timeout,
        )
        try:
            yield postings if batch.keep_duplicates else unique_postings(postings)
        finally:
            _bar_shown = False
            if isinstance(postings, Generator):
                postings.close()  # worker processes end now, not when it is collected


def _parse_options(pairs: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--option")
        options[key.strip().replace("-", "_")] = value
    return options


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(path) as stream:
            yield stream


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
@batch_options
@inputs_argument
def export(
    format_name: str,
    option_pairs: Sequence[str],
    output: str | None,
    keep_duplicates: bool,
    batch: Batch,
    inputs: Sequence[str],
) -> None:
    """Export the postings of INPUT... in a format (from -o's suffix, else JSON)."""
    try:
        format_name = format_for_output(output, format_name)
        exporter = get_exporter(format_name)
    except (UnknownFormatError, FormatMismatchError) as error:
        raise click.BadParameter(str(error), param_hint="--format") from None
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    options: dict[str, Any] = _parse_options(option_pairs)
    errors = BatchErrors()
    batch = attrs.evolve(batch, keep_duplicates=keep_duplicates)
    try:
        with _postings(inputs, errors, batch) as postings, _open_output(output) as stream:
            export_reporting(postings, exporter.name, stream, **options)
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
@inputs_argument
def parse(keep_duplicates: bool, batch: Batch, inputs: Sequence[str]) -> None:
    """Print one line per posting: index, title, company, place, first deadline."""
    errors = BatchErrors()
    current_uri: str | None = None
    batch = attrs.evolve(batch, keep_duplicates=keep_duplicates)
    with _postings(inputs, errors, batch) as postings:
        for posting in postings:
            if posting.source.uri != current_uri:
                current_uri = posting.source.uri
                click.secho(printable(f"{current_uri}"), bold=True)
            click.echo(printable(_summary(posting)))
    if errors.failed:
        sys.exit(1)


@cli.command()
@click.option("--keep-duplicates", is_flag=True, help="Explain repeated adverts again.")
@batch_options
@inputs_argument
def explain(keep_duplicates: bool, batch: Batch, inputs: Sequence[str]) -> None:
    """Show, posting by posting, each inferred field and the evidence for it."""
    errors = BatchErrors()
    batch = attrs.evolve(batch, keep_duplicates=keep_duplicates)
    with _postings(inputs, errors, batch) as postings:
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
@inputs_argument
def evaluate(
    labels_path: str, show_errors: bool, show_pages: bool, batch: Batch, inputs: Sequence[str]
) -> None:
    """Score the postings of INPUT... against hand-made labels, field by field."""
    errors = BatchErrors()
    try:
        labels = labels_of_pages(load_labels(labels_path), expand(inputs))
    except LabelsError as error:
        raise click.ClickException(str(error)) from None
    except (OSError, ValueError) as error:
        raise click.ClickException(f"{labels_path}: {error}") from None
    with _postings(inputs, errors, attrs.evolve(batch, keep_duplicates=True)) as postings:
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
    try:
        infos = exporter_info()
    except JobparseError as error:
        raise click.ClickException(str(error)) from None
    for info in infos:
        exporter = info.exporter
        click.echo(f"{exporter.name:<8} {exporter.description}  [{info.provider}]")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of an exported posting (the items of --format json)."""
    click.echo(json.dumps(posting_schema(), indent=2, ensure_ascii=False))


@cli.command(name="plugins")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
def plugins_command(as_json: bool) -> None:
    """List the installed plugins: distribution, version, hooks, formats, load error."""
    infos = plugin_info()
    if as_json:
        click.echo(json.dumps([attrs.asdict(info) for info in infos], indent=2))
        return
    for info in infos:
        formats = ", ".join(info.formats) or "-"
        line = f"{info.name:<34} {info.distribution} {info.version}  formats: {formats}"
        click.echo(printable(line + (f"  ERROR: {info.error}" if info.error else "")))


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; the console-script entry point."""
    try:
        cli.main(args=argv, prog_name="jobparse")
    except BrokenPipeError:
        # The reader went away (``jobparse parse ... | head``): not an error of ours.
        sys.stderr.close()
        sys.exit(1)
