"""How time grows with input: the same shape at n and at 4n characters, timed side by side.

A test with an absolute time budget fails on a slower or busier machine and
passes on a fast one that hides a quadratic path. A ratio does neither: a
linear step takes about 4x as long on 4x the input on any machine, a
quadratic one 16x. :func:`growth` times both sizes in CPU time of this
process (time spent waiting while other processes run does not count), with
the garbage collector off and a tiny step repeated until it takes long
enough to time, and re-measures only when the ratio looks too high.

Noise left in CPU time (another process sharing the core's caches, a
throttled clock) only ever adds time, but it can add it to the large size's
timings alone, round after round: a ratio of each size's best over all rounds
then fails a linear step (a CI run measured 8.2 for a pattern that measures
4.0 to 4.3 here). So each round times the two sizes back to back and gives
its own ratio, and the lowest ratio of any round is believed: a burst of load
slows both timings of a round alike, and a quadratic step measures 16 in
every round.
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
    *rounds* times in all, each round timing both sizes back to back, and the
    lowest ratio of a round is returned (or of each size's best, if lower).
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
        best_small = best_large = lowest = math.inf
        for _ in range(rounds):
            small_time = _best(run, small, repeats, 1)
            large_time = _best(run, large, repeats, 1)
            best_small, best_large = min(best_small, small_time), min(best_large, large_time)
            lowest = min(lowest, large_time / small_time, best_large / best_small)
            if lowest <= LIMIT:
                break
    finally:
        if collecting:
            gc.enable()
    return lowest


def seconds(run: Callable[[T], object], value: T) -> float:
    """One call's CPU time, for a quick screen before a ratio is measured."""
    started = time.process_time()
    run(value)
    return time.process_time() - started
