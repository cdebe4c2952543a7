"""A cache for functions of one text that never keeps a huge text alive.

``functools.lru_cache`` keeps each argument as a key: a 15 MB paragraph asked
about once would stay in memory until 8,192 later calls pushed it out, and a
batch of large pages would hold one such text per page. :func:`text_cache`
caches calls on texts up to :data:`MAX_CACHED_LENGTH` characters (every
title, line and real posting) and computes longer ones afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["MAX_CACHED_LENGTH", "text_cache"]

#: Texts longer than this are not cached (a long real posting is about 20,000).
MAX_CACHED_LENGTH = 50_000

R = TypeVar("R")


def text_cache(maxsize: int) -> Callable[[Callable[[str], R]], Callable[[str], R]]:
    """Like ``functools.lru_cache(maxsize)`` for a function of one text, but for huge texts."""

    def wrap(function: Callable[[str], R]) -> Callable[[str], R]:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def call(text: str) -> R:
            if len(text) > MAX_CACHED_LENGTH:
                return function(text)
            return cached(text)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
