"""A CPU budget for one page: past it, the page is stopped, reported and skipped.

A page built to be slow (a quadratic path nobody has found yet) must not stall
a batch or a cron job. :func:`cpu_budget` arms a CPU-time timer
(``ITIMER_PROF``: time spent computing, not waiting for the network) around
one page; when it fires, the signal handler raises :class:`OverBudget` at the
next Python instruction, the page's work unwinds, and the caller reports a
:class:`~jobparse.errors.PageTimeoutError`. ``OverBudget`` is a
``BaseException``, so that no ``except Exception`` inside the parser can
swallow it.

Signals reach only the main thread, and a long call inside a C library is
stopped only when it returns: elsewhere (a thread, a platform without
``setitimer``) the budget is not enforced here, and the worker pool of
``--jobs`` enforces a wall-clock limit of its own by ending the worker.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from jobparse.errors import PageTimeoutError

__all__ = ["OverBudget", "cpu_budget", "over_budget"]


class OverBudget(BaseException):
    """Raised inside a page's work when its CPU budget is spent."""


#: Seconds between two stops once the budget is spent: an OverBudget raised where
#: Python cannot pass it on (a finaliser, a weakref callback) is reported and dropped,
#: so the timer fires again until the page's work has unwound.
_AGAIN = 0.05
_armed = threading.Event()


def _stop(signum: int, frame: FrameType | None) -> None:
    if not _armed.is_set():
        return  # the block has ended: a late signal changes nothing
    signal.setitimer(signal.ITIMER_PROF, _AGAIN)
    raise OverBudget


@contextlib.contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the block once it has used *seconds* of CPU time.

    None or 0 means no budget; so does a thread other than the main one.
    """
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.signal(signal.SIGPROF, _stop)
    _armed.set()
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        while True:  # a stop that lands here, before the timer is off, is caught and retried
            try:
                _armed.clear()
                signal.setitimer(signal.ITIMER_PROF, 0)
                break
            except OverBudget:
                continue
        signal.signal(signal.SIGPROF, previous)


def over_budget(source: str, seconds: float | None) -> PageTimeoutError:
    """The error of the page *source*, stopped after *seconds*."""
    return PageTimeoutError(
        source, f"took more than {seconds or 0:g} s to parse: skipped (see --page-timeout)"
    )
