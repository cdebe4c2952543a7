"""Work on pages in worker processes: results in input order, no page lost, Ctrl-C stops at once.

Each worker has a pipe of its own and is given one task (a few pages) at a
time, so the parent always knows what a worker holds:

- a worker that dies (killed, out of memory, a crash in a C library) costs
  only its task: the task's pages are tried again one by one, and a page
  that kills a worker on its own is reported as a failure of that page;
- Ctrl-C is the parent's alone: workers are born with SIGINT blocked and
  ignore it, so a signal sent to the whole process group (as a terminal
  does) raises one ``KeyboardInterrupt`` in the parent, which then ends
  every worker before it returns; no worker is left behind, nothing prints
  a worker's traceback;
- a worker ends when its parent does, however the parent ends (SIGTERM,
  SIGKILL from systemd or the out-of-memory killer): on Linux the kernel
  kills it (``PR_SET_PDEATHSIG``), elsewhere a thread notices the parent is
  gone within a second;
- at most ``2 * jobs`` tasks are out at a time: memory stays bounded
  however many pages there are.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["in_order"]

T = TypeVar("T")

#: (task number, index of its first spec in the batch, specs)
_Task = tuple[int, int, list[str]]

_JOIN_SECONDS = 2.0


@contextlib.contextmanager
def _interrupts_blocked() -> Iterator[None]:
    """Hold SIGINT back from this thread (a child started meanwhile is born with it held)."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # only read: nothing to undo yet
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


#: prctl(2) option: the signal a process gets when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1
_ORPHAN_POLL_SECONDS = 0.5


def _die_with_parent(parent: int) -> None:
    """End this process when *parent* ends, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            asked = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            asked = False
        if asked:
            if os.getppid() != parent:  # it died before the kernel was asked
                os._exit(0)
            return

    def watch() -> None:  # pragma: no cover - where prctl is missing
        while os.getppid() == parent:
            time.sleep(_ORPHAN_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="jobparse-orphan-watch", daemon=True).start()


def _worker_main(
    connection: Connection, work: Callable[[list[str]], list[Any]], parent: int
) -> None:
    """A worker's life: ignore Ctrl-C, then do tasks until told to stop or orphaned."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # discards a SIGINT held since birth
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        number, first, specs = task
        try:
            connection.send((number, first, work(specs)))
        except (BrokenPipeError, OSError):
            return


def _context() -> Any:
    """Fork where it is the platform's way (fast, and the signal mask is inherited)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


@attrs.define
class _Worker:
    process: Any
    connection: Connection
    task: _Task | None = None
    #: When the worker must have answered (monotonic time), while it has a task.
    due: float | None = None
    overdue: bool = False


@attrs.define
class _Pool(Generic[T]):
    """The workers, the tasks waiting for one, and the results not yet given out."""

    jobs: int
    work: Callable[[list[str]], list[T]]
    on_crash: Callable[[str, int | None], T]
    #: Wall-clock seconds a worker may spend per page of its task (None: no limit).
    page_seconds: float | None = None
    on_overdue: Callable[[str], T] | None = None
    workers: list[_Worker] = attrs.Factory(list)
    waiting: collections.deque[_Task] = attrs.Factory(collections.deque)
    slots: dict[int, list[T | None]] = attrs.Factory(dict)
    missing: dict[int, int] = attrs.Factory(dict)

    def start_worker(self) -> None:
        parent_end, child_end = multiprocessing.Pipe(duplex=True)
        process = _context().Process(
            target=_worker_main,
            args=(child_end, self.work, os.getpid()),
            daemon=True,
            name="jobparse-worker",
        )
        with _interrupts_blocked():
            process.start()
            self.workers.append(_Worker(process, parent_end))
        child_end.close()

    def add(self, number: int, specs: list[str]) -> None:
        self.slots[number] = [None] * len(specs)
        self.missing[number] = len(specs)
        self.waiting.append((number, 0, specs))

    def dispatch(self) -> None:
        for worker in list(self.workers):
            if worker.task is None and self.waiting:
                task = self.waiting.popleft()
                try:
                    worker.connection.send(task)
                except OSError:  # it died while idle: the task goes back, untried
                    self.waiting.appendleft(task)
                    self._replace(worker)
                    continue
                worker.task = task
                if self.page_seconds is not None:
                    worker.due = time.monotonic() + self.page_seconds * len(task[2])

    def _replace(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        worker.connection.close()
        worker.process.join(_JOIN_SECONDS)
        self.start_worker()

    def _fill(self, number: int, first: int, results: list[T]) -> None:
        slots = self.slots[number]
        for offset, result in enumerate(results):
            slots[first + offset] = result
        self.missing[number] -= len(results)

    def _crashed(self, worker: _Worker) -> None:
        """A worker died: retry its pages one by one; a page that killed it alone fails."""
        self._replace(worker)
        if worker.task is None:
            return
        number, first, specs = worker.task
        if len(specs) == 1:
            if worker.overdue and self.on_overdue is not None:
                self._fill(number, first, [self.on_overdue(specs[0])])
            else:
                self._fill(number, first, [self.on_crash(specs[0], worker.process.exitcode)])
        else:
            singles = [(number, first + i, [spec]) for i, spec in enumerate(specs)]
            self.waiting.extendleft(reversed(singles))

    def wait(self) -> None:
        """Wait until a busy worker sends its results or dies, and take what came."""
        handles: dict[Any, _Worker] = {}
        for worker in self.workers:
            if worker.task is not None:
                handles[worker.connection] = worker
                handles[worker.process.sentinel] = worker
        if not handles:
            return
        dues = [w.due for w in handles.values() if w.due is not None]
        limit = max(0.0, min(dues) - time.monotonic()) if dues else None
        ready_handles = multiprocessing.connection.wait(list(handles), limit)
        if not ready_handles:
            self._end_overdue()
            return
        for ready in ready_handles:
            worker = handles[ready]
            if worker not in self.workers or worker.task is None:
                continue  # its pipe and its sentinel were both ready: handled
            if not worker.connection.poll():
                self._crashed(worker)  # it ended without a word
                continue
            try:
                number, first, results = worker.connection.recv()
            except Exception:
                self._crashed(worker)
                continue
            worker.task = None
            worker.due = None
            self._fill(number, first, results)

    def _end_overdue(self) -> None:
        """End each worker past its time: its pages are tried again alone, then reported."""
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.task is not None and worker.due is not None and worker.due <= now:
                worker.overdue = True
                worker.process.kill()
                worker.process.join(_JOIN_SECONDS)
                self._crashed(worker)

    def done(self, number: int) -> bool:
        return self.missing[number] == 0

    def take(self, number: int) -> list[T]:
        del self.missing[number]
        return [result for result in self.slots.pop(number) if result is not None]

    def stop(self) -> None:
        """Tell idle workers to end; end the others; leave no process behind."""
        for worker in self.workers:
            with contextlib.suppress(OSError):
                if worker.task is None:
                    worker.connection.send(None)
                else:
                    worker.process.terminate()
        for worker in self.workers:
            worker.process.join(_JOIN_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
        self.workers.clear()


def in_order(
    batches: Iterable[list[str]],
    *,
    jobs: int,
    work: Callable[[list[str]], list[T]],
    here: Callable[[list[str]], bool],
    on_crash: Callable[[str, int | None], T],
    page_seconds: float | None = None,
    on_overdue: Callable[[str], T] | None = None,
) -> Iterator[tuple[str, T]]:
    """Yield ``(spec, work's result for it)`` for every spec of *batches*, in order.

    Each batch is one task for a worker process, except those *here* says
    must be done in this process (standard input). ``work(specs)`` returns
    one result per spec. A spec whose worker died under it gets
    ``on_crash(spec, exitcode)``. A worker still busy *page_seconds* per page
    of its task after it got it is ended: its pages are tried again one by one,
    and one that runs out of time alone gets ``on_overdue(spec)``. On any
    exception here (Ctrl-C included)
    or when the caller stops early, every worker is ended before this returns.
    """
    pool: _Pool[T] = _Pool(
        jobs=jobs, work=work, on_crash=on_crash, page_seconds=page_seconds, on_overdue=on_overdue
    )
    order: collections.deque[tuple[int, list[str], bool]] = collections.deque()
    source = enumerate(batches)
    exhausted = False
    interrupts = _Interrupts()
    try:
        interrupts.listen()
        for _ in range(jobs):
            pool.start_worker()
        while True:
            interrupts.check()
            while not exhausted and len(order) < 2 * jobs:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                number, batch = item
                local = here(batch)
                order.append((number, batch, local))
                if not local:
                    pool.add(number, batch)
            pool.dispatch()
            while order and (order[0][2] or pool.done(order[0][0])):
                number, batch, local = order.popleft()
                results = work(batch) if local else pool.take(number)
                yield from zip(batch, results, strict=True)
            if not order and exhausted:
                interrupts.check()
                return
            if order and not order[0][2]:
                pool.wait()
    finally:
        interrupts.close()
        pool.stop()


class _Interrupts:
    """Ctrl-C remembered, so that a ``KeyboardInterrupt`` Python swallows still ends the run.

    The signal may land while a pipe's ``__del__`` runs, where Python prints the
    exception and goes on ("Exception ignored in: <function _ConnectionBase.__del__>"):
    the run would finish as if no one had asked it to stop. The handler raises as
    Python's own does, and :meth:`check` raises again once the run is back in its loop.
    """

    def __init__(self) -> None:
        self.seen = False
        self._previous: Any = None

    def listen(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._interrupted)

    def _interrupted(self, signum: int, frame: object) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt

    def close(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None
