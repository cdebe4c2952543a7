"""Which of many titles name the same job as a given one, without comparing every pair.

A page's structured postings (JSON-LD, microdata) are matched with its visible
cards by title: the same title once folded, or one containing the other when
both are longer than six characters ("Nurse (m/w/d)" and "Nurse (m/w/d) –
Lyon"). Compared pair by pair, a page of n of each costs n² (8,000 of each:
32 million comparisons). :class:`TitleIndex` finds the same answers through
dictionaries: the exact fold, the titles a fold begins each of its 7-grams
with, and the titles holding a fold's first 7-gram.
"""

from __future__ import annotations

from collections.abc import Sequence

from jobparse import vocabulary

__all__ = ["TitleIndex", "same_title"]

#: Titles this long or shorter match only exactly.
_SHORT = 6
_GRAM = _SHORT + 1
#: Candidates checked per kind of match: a hostile page cannot make one title cost n.
_MAX_CANDIDATES = 256


def same_title(one: str | None, other: str | None) -> bool:
    """Whether two titles name the same job: equal once folded, or one inside the other.

    >>> same_title("Nurse (m/w/d)", "nurse (m/w/d) – Lyon"), same_title("Nurse", "Nurses")
    (True, False)
    """
    a, b = vocabulary.fold(one or ""), vocabulary.fold(other or "")
    return bool(a and b) and (a == b or (min(len(a), len(b)) > _SHORT and (a in b or b in a)))


class TitleIndex:
    """The titles of a list, indexed for :meth:`matching`."""

    def __init__(self, titles: Sequence[str | None]) -> None:
        self._folds = [vocabulary.fold(title or "") for title in titles]
        self._exact: dict[str, list[int]] = {}
        self._starting: dict[str, list[int]] = {}  # a long title's first 7 characters
        self._holding: dict[str, list[int]] = {}  # every 7-gram of a long title
        for index, folded in enumerate(self._folds):
            if not folded:
                continue
            self._exact.setdefault(folded, []).append(index)
            if len(folded) > _SHORT:
                self._starting.setdefault(folded[:_GRAM], []).append(index)
                grams = {folded[at : at + _GRAM] for at in range(len(folded) - _SHORT)}
                for gram in grams:
                    self._holding.setdefault(gram, []).append(index)

    def matching(self, title: str | None) -> list[int]:
        """The positions of the titles that :func:`same_title` pairs with *title*, in order."""
        folded = vocabulary.fold(title or "")
        if not folded:
            return []
        found = set(self._exact.get(folded, ()))
        if len(folded) > _SHORT:
            # a longer title holding this one holds its first 7-gram
            for index in self._holding.get(folded[:_GRAM], ())[:_MAX_CANDIDATES]:
                if folded in self._folds[index]:
                    found.add(index)
            # a shorter title inside this one begins at one of its positions
            for at in range(len(folded) - _SHORT):
                for index in self._starting.get(folded[at : at + _GRAM], ())[:_MAX_CANDIDATES]:
                    if folded.startswith(self._folds[index], at):
                        found.add(index)
        return sorted(found)
