"""What the batch commands share: reading inputs, reporting failed pages, writing output.

``export``, ``parse``, ``explain`` and ``evaluate`` take the same options
(page size, processes, URL timeout, ``-i`` files of inputs, ``-q``) and read
their inputs through :func:`batch_postings`, which draws a progress bar on a
terminal for long batches. Failed pages become one line on standard error.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

import click

from jobparse.cli.terminal import printable
from jobparse.errors import InputError, PageError
from jobparse.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_PAGE_TIMEOUT, DEFAULT_TIMEOUT

if TYPE_CHECKING:  # the parser loads when pages are read, not for --help
    from jobparse.model import Posting
    from jobparse.watching.state import State

__all__ = [
    "Batch",
    "BatchErrors",
    "batch_options",
    "batch_postings",
    "configure_logging",
    "kept_stdout",
    "kept_stdout_for_export",
    "message",
    "open_output",
    "parse_options",
]

_PROGRESS_MIN_PAGES = 10

inputs_argument = click.argument("inputs", nargs=-1, metavar="INPUT...")
input_file_option = click.option(
    "-i",
    "--input-file",
    "input_files",
    multiple=True,
    metavar="FILE",
    help="Read inputs from FILE too, one a line (# comments; - for standard input).",
)
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


page_timeout_option = click.option(
    "--page-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_PAGE_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Stop and report a page that takes more CPU time than this to parse (0: no limit).",
)


render_option = click.option(
    "--render",
    is_flag=True,
    help="Load each page in a headless Chromium and read the DOM its scripts build "
    "(for pages whose jobs arrive by script; JOBPARSE_BROWSER names the browser).",
)


class Batch(NamedTuple):
    """How to read a batch of inputs: page size limit, processes, URL timeout, duplicates.

    ``render``: each page is loaded in a headless browser (:mod:`jobparse.sources.browser`).

    ``follow_pages``, ``delay`` and ``new_only`` are ``export``'s watching options.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT
    page_timeout: float = DEFAULT_PAGE_TIMEOUT
    keep_duplicates: bool = False
    follow_pages: int = 0
    delay: float = 0.0
    new_only: bool = False
    render: bool = False


def _all_inputs(inputs: Sequence[str], input_files: Sequence[str]) -> list[str]:
    """The INPUT arguments, then the inputs listed in each ``-i`` file; at least one."""
    from jobparse.sources.inputs import read_input_list

    everything = list(inputs)
    for path in input_files:
        try:
            everything += read_input_list(path)
        except InputError as error:
            raise click.BadParameter(str(error), param_hint="-i/--input-file") from None
    if not everything:
        raise click.UsageError("no INPUT given (name pages, directories or URLs, or use -i FILE)")
    return everything


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add INPUT..., -i, -q, --max-page-size, --jobs, --timeout, --page-timeout and --render.

    The command gets ``batch`` (a :class:`Batch`) and ``inputs``: the INPUT
    arguments and the inputs of the ``-i`` files, at least one.
    """

    @functools.wraps(command)
    def with_batch(
        *args: Any,
        max_bytes: int,
        jobs: int,
        timeout: float,
        page_timeout: float,
        render: bool,
        quiet: bool,
        inputs: Sequence[str],
        input_files: Sequence[str],
        **kwargs: Any,
    ) -> Any:
        if quiet:  # "jobparse export -q ...": as quiet as "jobparse -q export ..."
            root = click.get_current_context().find_root()
            root.obj = {**(root.obj or {}), "quiet": True}
            configure_logging(True)
        batch = Batch(
            max_bytes=max_bytes,
            jobs=jobs,
            timeout=timeout,
            page_timeout=page_timeout,
            render=render,
        )
        return command(*args, batch=batch, inputs=_all_inputs(inputs, input_files), **kwargs)

    quiet = click.option("-q", "--quiet", is_flag=True, help="No warnings and no progress bar.")
    options = (
        quiet,
        input_file_option,
        max_bytes_option,
        jobs_option,
        timeout_option,
        page_timeout_option,
        render_option,
    )
    return functools.reduce(
        lambda wrapped, option: option(wrapped), reversed(options), inputs_argument(with_batch)
    )


#: Whether a progress bar is drawn on standard error now (its line is then cleared
#: before a message, which the bar redraws below on its next update).
_bar_shown = False
#: Back to the line's start and clear it: the progress bar's line, made empty.
_CLEAR_LINE = "\r\x1b[K"


def message(line: str) -> None:
    """One line on standard error, never on the progress bar's line."""
    click.echo((_CLEAR_LINE if _bar_shown else "") + printable(line), err=True)


class BatchErrors:
    """Reports pages that gave no postings on standard error and counts them, and all pages."""

    def __init__(self) -> None:
        self.failed = 0
        #: Inputs done, read or failed (a folder counts each of its pages).
        self.done = 0

    def __call__(self, error: PageError) -> None:
        self.failed += 1
        message(f"jobparse: error: {error}")

    @property
    def all_failed(self) -> bool:
        """Whether every input of the batch failed: nothing was read at all."""
        return self.failed > 0 and self.failed >= self.done


class _EchoHandler(logging.Handler):
    """Library warnings ("skipped a broken JSON-LD block") as one line on standard error."""

    def emit(self, record: logging.LogRecord) -> None:
        message(f"jobparse: {record.levelname.lower()}: {record.getMessage()}")


def usable_cores() -> int:
    """How many CPUs this process may run on (its affinity, as ``taskset`` sets it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("jobparse")
    for handler in [h for h in logger.handlers if isinstance(h, _EchoHandler)]:
        logger.removeHandler(handler)
    logger.addHandler(_EchoHandler())
    logger.propagate = False
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)


@contextlib.contextmanager
def batch_postings(
    inputs: Sequence[str], errors: BatchErrors, batch: Batch, state: State | None = None
) -> Iterator[Iterator[Posting]]:
    """The postings of a batch, with a progress bar on a terminal for long batches.

    With a *state* (``export --state``), the batch is watched: see
    :func:`jobparse.iter_postings`.
    """
    from jobparse.api import iter_postings, unique_postings
    from jobparse.sources.inputs import expand

    if batch.jobs > (cores := usable_cores()):
        logging.getLogger("jobparse").warning(
            "--jobs %d is more than the %d CPU(s) this process may use: "
            "the extra workers cost CPU and give no speed",
            batch.jobs,
            cores,
        )

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

        def page_done(_spec: str) -> None:
            errors.done += 1
            if bar is not None:
                bar.update(1)

        postings = iter_postings(
            specs,
            on_error=errors,
            on_page=page_done,
            max_bytes=batch.max_bytes,
            jobs=batch.jobs,
            timeout=batch.timeout,
            page_timeout=batch.page_timeout or None,
            state=state,
            new_only=batch.new_only,
            follow_pages=batch.follow_pages,
            delay=batch.delay,
            render=batch.render,
        )
        try:
            yield postings if batch.keep_duplicates else unique_postings(postings)
        finally:
            _bar_shown = False
            if isinstance(postings, Generator):
                postings.close()  # worker processes end now, not when it is collected


def parse_options(pairs: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--option")
        options[key.strip().replace("-", "_")] = value
    return options


@contextlib.contextmanager
def kept_stdout() -> Iterator[BinaryIO]:
    """Standard output, kept for the export alone: anything else printed goes to stderr.

    A plugin that prints (on import, when it registers, while it exports)
    would corrupt an export written to standard output. For the block,
    ``print`` writes to standard error, and so does file descriptor 1 (a C
    extension's ``printf``, ``os.write(1, ...)``): the export is written to a
    copy of the original descriptor, which is put back when the block ends.
    """
    sys.stdout.flush()
    try:
        out_fd, err_fd = sys.stdout.fileno(), sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test runner's capture)
        stream = sys.stdout.buffer
        with contextlib.redirect_stdout(sys.stderr):
            yield stream
        return
    kept = os.dup(out_fd)
    os.dup2(err_fd, out_fd)
    try:
        with (
            os.fdopen(kept, "wb", closefd=False) as stream,
            contextlib.redirect_stdout(sys.stderr),
        ):
            yield stream
            stream.flush()
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        os.dup2(kept, out_fd)
        os.close(kept)


def kept_stdout_for_export(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run *command* inside :func:`kept_stdout`, given the kept stream as ``stdout``."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        with kept_stdout() as stdout:  # a plugin's prints never mix into the export
            return command(*args, stdout=stdout, **kwargs)

    return run


@contextlib.contextmanager
def open_output(path: str | None, stdout: BinaryIO | None = None) -> Iterator[BinaryIO]:
    """The stream an export writes to: *path* atomically, else *stdout* (standard output)."""
    if path is None or path == "-":
        stream = stdout or sys.stdout.buffer
        yield stream
        stream.flush()
    else:
        from jobparse.exporters.output import atomic_writer

        with atomic_writer(path) as stream:
            yield stream
