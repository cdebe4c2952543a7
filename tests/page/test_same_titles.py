"""Matching structured postings with cards by title: the index gives what pairwise comparing gave."""

from __future__ import annotations

import itertools
import random

from jobparse.page.same_titles import TitleIndex, same_title
from tests.growth import LIMIT, growth

_WORDS = ["Nurse", "(m/w/d)", "Senior", "Data", "Engineer", "–", "Lyon", "Team", "Ärztin", "C++"]


def _titles(randomness: random.Random, count: int) -> list[str | None]:
    titles: list[str | None] = [None, ""]
    for _ in range(count):
        words = randomness.sample(_WORDS, randomness.randint(1, 4))
        titles.append(" ".join(words).upper() if randomness.random() < 0.2 else " ".join(words))
    return titles


def test_the_index_finds_exactly_the_pairs_same_title_finds() -> None:
    randomness = random.Random(22)
    listed = _titles(randomness, 300)
    asked = _titles(randomness, 300)
    index = TitleIndex(listed)
    for title in asked:
        expected = [i for i, other in enumerate(listed) if same_title(title, other)]
        assert index.matching(title) == expected, title


def test_matching_n_titles_against_n_is_linear() -> None:
    def titles(n: int) -> list[str]:
        return [f"Senior Data Engineer, Team {i} – Lyon" for i in range(n)]

    def match_all(listed: list[str]) -> int:
        index = TitleIndex(listed)
        return sum(len(index.matching(title)) for title in reversed(listed))

    ratio = growth(titles, match_all, 500)
    assert ratio < LIMIT, f"x{ratio:.1f} the time at 4x the titles"
    assert match_all(titles(3)) == 3
    assert list(itertools.islice(TitleIndex(["Nurse"]).matching("Nurse"), 1)) == [0]
