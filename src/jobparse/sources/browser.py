"""Rendering a page in a headless Chromium: its scripts run, its DOM is what is read.

``--render`` (and ``render=True`` in the library) loads a URL or a local file
in the system's Chromium (``chromium``, ``chromium-browser``,
``google-chrome``; or the program ``JOBPARSE_BROWSER`` names) and reads the
DOM its scripts built (``--dump-dom``). Nothing is downloaded at run time.

The limits of a plain fetch hold: the whole render has *timeout* seconds,
the DOM read back is capped at *max_bytes*, and a page named by the user is
read as a fetch reads it. The browser runs in its own process group with a
fresh profile in a temporary folder; on a timeout, an error, Ctrl-C or the
end of jobparse (even by SIGKILL, through ``PR_SET_PDEATHSIG`` on Linux) it
is killed with every process it started, and its profile removed.

The page's own requests (its scripts, the API its scripts call) are made by
the browser: they are the page's, as a visitor's browser would make them.
Relative links resolve against the address given (redirects are not seen).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from jobparse.errors import InputError
from jobparse.sources.decoding import STDIN_NAME
from jobparse.sources.inputs import STDIN, is_url, read
from jobparse.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from jobparse.sources.page_bytes import PageBytes

__all__ = ["BROWSER_ENV", "find_browser", "render"]

#: The environment variable naming the browser to run (a path or a command name).
BROWSER_ENV = "JOBPARSE_BROWSER"
_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Time the page's timers may use after loading, in the browser's virtual time (ms).
_VIRTUAL_TIME_MS = 5000
_READ_BYTES = 1024 * 1024
#: A temporary folder longer than this leaves too little of a socket path's 107 bytes.
_MAX_TEMP_PATH = 40
#: How the browser names itself to servers: jobparse, rendering.
_USER_AGENT = "jobparse (+https://pypi.org/project/jobparse/; rendering) HeadlessChrome"


def find_browser() -> str | None:
    """The browser to render with: ``$JOBPARSE_BROWSER``, else Chromium on the PATH."""
    named = os.environ.get(BROWSER_ENV)
    if named:
        return shutil.which(named)
    return next((found for name in _BROWSER_NAMES if (found := shutil.which(name))), None)


def _command(browser: str, profile: str, address: str) -> list[str]:
    command = [
        browser,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",  # no calls home: only the page's own requests
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        f"--user-data-dir={profile}",
        f"--user-agent={_USER_AGENT}",
        f"--virtual-time-budget={_VIRTUAL_TIME_MS}",
        "--dump-dom",
        address,
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium refuses root without it
    return command


def _die_with_jobparse() -> None:  # pragma: no cover - runs in the child, before exec
    """In the browser's process: be killed when jobparse ends, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG


@contextlib.contextmanager
def _browser_process(command: list[str], profile: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The browser running *command*; killed with its whole group when the block ends.

    Its temporary files go to a folder of their own, removed after it: a
    short one, since the browser's sockets live there and a socket's path has
    at most 107 bytes (a long ``TMPDIR`` makes Chromium abort at start).
    A browser killed leaves the folder its profile's singleton socket links
    to: it is removed too.
    """
    try:
        with (
            tempfile.TemporaryDirectory(prefix="jobparse-", dir=_short_temp_folder()) as scratch,
            _running(command, scratch) as process,
        ):
            yield process
    finally:
        _remove_socket_folder(profile)


def _short_temp_folder() -> str | None:
    """The temporary folder, or ``/tmp`` where the usual one has a long path."""
    usual = tempfile.gettempdir()
    if len(usual) <= _MAX_TEMP_PATH or not Path("/tmp").is_dir():
        return usual
    return "/tmp"


@contextlib.contextmanager
def _running(command: list[str], scratch: str) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        command,
        env={**os.environ, "TMPDIR": scratch},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own group: one signal ends it and its helpers
        preexec_fn=_die_with_jobparse,
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


def _remove_socket_folder(profile: Path) -> None:
    """Remove the folder ``<profile>/SingletonSocket`` leads to, if the browser left it."""
    with contextlib.suppress(OSError):
        socket = (profile / "SingletonSocket").readlink()
        if socket.parent.name.startswith("org.chromium.") and socket.parent.is_dir():
            shutil.rmtree(socket.parent, ignore_errors=True)


def _read_dom(
    process: subprocess.Popen[bytes], spec: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The DOM the browser prints, by *deadline* (the render's *timeout*) and within *max_bytes*."""
    assert process.stdout is not None
    chunks: list[bytes] = []
    total = 0
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise InputError(spec, f"cannot render: no complete page within {timeout:g} s")
            chunk = os.read(process.stdout.fileno(), _READ_BYTES)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise InputError(
                    spec, f"rendered page larger than the maximum page size of {max_bytes:,} bytes"
                )
    status = process.wait(max(0.0, deadline - time.monotonic()) + 1)
    if status != 0 and not total:
        raise InputError(spec, f"cannot render: the browser failed (exit status {status})")
    return b"".join(chunks)


def render(
    spec: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> PageBytes:
    """Render one input (a URL, a file or ``-``) in a headless browser: the DOM its scripts built.

    Raises :class:`InputError` naming the input when no browser is found, the
    file cannot be read, or the render fails, takes more than *timeout*
    seconds or gives more than *max_bytes*.
    """
    browser = find_browser()
    if browser is None:
        named = os.environ.get(BROWSER_ENV)
        where = f"{BROWSER_ENV}={named} is not a program" if named else "no Chromium found"
        raise InputError(spec, f"cannot render: {where} (install chromium, or set {BROWSER_ENV})")
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="jobparse-browser-") as profile:
        if is_url(spec):
            address = spec
        else:
            page = read(spec, max_bytes=max_bytes)  # what a plain read refuses, rendering does
            if spec == STDIN:
                path = Path(profile, "stdin.html")
                path.write_bytes(page.data)
                address = path.as_uri()
            else:
                address = Path(spec).resolve().as_uri()
        user_data = Path(profile, "profile")
        command = _command(browser, str(user_data), address)
        try:
            with _browser_process(command, user_data) as process:
                dom = _read_dom(process, spec, max_bytes, deadline, timeout)
        except OSError as error:
            raise InputError(spec, f"cannot render: {error.strerror or error}") from None
    return PageBytes(
        uri=spec if spec != STDIN else STDIN_NAME,
        data=dom,
        content_type="text/html; charset=utf-8",
        base_url=spec if is_url(spec) else None,
    )
