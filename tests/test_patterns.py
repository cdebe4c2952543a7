"""Every compiled pattern runs in linear time on inputs built to make regexes backtrack.

A catastrophically backtracking pattern takes seconds to minutes on these
20,000-character strings; a linear one takes milliseconds. The budget is
generous so a slow CI machine never fails a linear pattern.
"""

from __future__ import annotations

import re
import time

import pytest

import jobparse
from jobparse import patterns

SIZE = 20_000
BUDGET_SECONDS = 2.0

ADVERSARIAL = {
    "at-signs": "a@" * (SIZE // 2),
    "dots": "a." * (SIZE // 2),
    "url-dots": "http://" + "a." * (SIZE // 2),
    "commas": "," * SIZE,
    "capitalised-words": "Aaaa " * (SIZE // 5),
    "capitalised-possessive-miss": "Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg " * (SIZE // 35),
    "dates": "August 1, " * (SIZE // 10),
    "digits-slashes": "1/" * (SIZE // 2),
    "spaces": " " * SIZE,
    "newlines": "\n" * SIZE,
    "apply-lines": "Apply\n" * (SIZE // 6),
    "hyphens": "a-" * (SIZE // 2),
    "letters": "a" * SIZE,
    "place-list": "Seattle, WA " * (SIZE // 12),
    "parentheses": "(" * SIZE,
    "location-words": "location " * (SIZE // 9),
}

#: Compiled patterns, and the prefiltered or anchored wrappers around some of them.
PATTERNS = {
    name: value
    for name, value in vars(patterns).items()
    if isinstance(value, (re.Pattern, patterns.Prefiltered))
}


def test_there_are_patterns_to_check() -> None:
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_input(name: str) -> None:
    pattern = PATTERNS[name]
    for label, text in ADVERSARIAL.items():
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        pattern.search(text)
        elapsed = time.perf_counter() - started
        assert elapsed < BUDGET_SECONDS, f"{name} took {elapsed:.2f}s on {label}"


@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_the_whole_parser_is_quick_on_adversarial_pages(label: str) -> None:
    started = time.perf_counter()
    jobparse.parse("Search Opportunities\n" + ADVERSARIAL[label])
    assert time.perf_counter() - started < BUDGET_SECONDS * 2
