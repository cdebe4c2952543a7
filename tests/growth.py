"""How time grows with input: the same shape at n and at 4n characters, timed side by side.

A test with an absolute time budget fails on a slower or busier machine and
passes on a fast one that hides a quadratic path. A ratio does neither: a
linear step takes about 4x as long on 4x the input on any machine, a
quadratic one 16x. :func:`growth` times both sizes in CPU time of this
process (time spent waiting while other processes run does not count), with
the garbage collector off and a tiny step repeated until it takes long
enough to time, and re-measures (keeping each size's best) only when the
ratio looks too high: what noise is left only ever adds time, so it cannot
fail a linear step.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Linear is 4 and quadratic 16 at 4x the input: a ratio above this is superlinear.
LIMIT = 8.0
#: A step is repeated until one timing lasts this long (a single fast run is mostly noise).
_MIN_TIMING = 0.005
_MAX_REPEATS = 2000
#: The warm-up probe's size is n divided by this.
_PROBE = 8


def _best(run: Callable[[T], object], value: T, repeats: int, rounds: int) -> float:
    """The shortest of *rounds* timings of *repeats* calls, per call."""
    best = math.inf
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(repeats):
            run(value)
        best = min(best, time.process_time() - started)
    return best / repeats


def growth(
    make: Callable[[int], T],
    run: Callable[[T], object],
    n: int,
    *,
    factor: int = 4,
    rounds: int = 5,
) -> float:
    """How many times longer ``run(make(factor * n))`` takes than ``run(make(n))``.

    Measured once; when the ratio is above :data:`LIMIT`, measured again up to
    *rounds* times in all, keeping each size's best, before it is believed.
    """
    small, large = make(n), make(factor * n)
    collecting = gc.isenabled()
    gc.disable()
    try:
        # A probe of an eighth of n warms what the shape fills (caches of its words); a
        # step that takes long enough at n/8 needs no repeats at n, and no cold run at n.
        probe = _best(run, make(max(1, n // _PROBE)), 1, 1)
        if probe * _PROBE >= _MIN_TIMING:
            repeats = 1
        else:
            once = _best(run, small, 1, 1)
            repeats = min(_MAX_REPEATS, max(1, math.ceil(_MIN_TIMING / max(once, 1e-7))))
        small_time = _best(run, small, repeats, 1)
        large_time = _best(run, large, repeats, 1)
        for _ in range(rounds - 1):
            if large_time / small_time <= LIMIT:
                break
            small_time = min(small_time, _best(run, small, repeats, 1))
            large_time = min(large_time, _best(run, large, repeats, 1))
    finally:
        if collecting:
            gc.enable()
    return large_time / small_time


def seconds(run: Callable[[T], object], value: T) -> float:
    """One call's CPU time, for a quick screen before a ratio is measured."""
    started = time.process_time()
    run(value)
    return time.process_time() - started
