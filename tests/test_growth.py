"""The ratio of :func:`tests.growth.growth` tells a linear step from a quadratic one."""

from __future__ import annotations

from tests.growth import LIMIT, growth


def _letters(n: int) -> str:
    return "a" * n


def _linear(text: str) -> int:
    return sum(1 for character in text if character == "a")


def _quadratic(text: str) -> int:
    """Compares every sixteenth character with every other: (n / 16) squared steps."""
    sample = text[::16]
    return sum(1 for first in sample for second in sample if first == second)


def test_a_linear_step_measures_under_the_limit() -> None:
    assert growth(_letters, _linear, 2_000) < LIMIT


def test_a_quadratic_step_measures_over_the_limit() -> None:
    assert growth(_letters, _quadratic, 2_000) > LIMIT
