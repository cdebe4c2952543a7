"""What says a group of records or a page holds no job: grants, popular searches, "no openings".

A portal lists grants, courses and events beside its jobs, a board its popular
searches; a careers page may say it has no opening now; a card's badge of state
("New", "À pourvoir") names no job.
"""

from __future__ import annotations

import functools

from jobparse.tables import words
from jobparse.vocabulary.core import _unspaced, _vocabulary, _words, fold
from jobparse.vocabulary.roles import has_role, names_a_list

__all__ = ["is_status_badge", "names_no_jobs", "states_no_openings"]


def names_no_jobs(heading: str) -> bool:
    """Whether a group's heading names what a portal lists beside jobs: grants, courses, events.

    >>> names_no_jobs("Subventions / Incubateurs et accelerateurs"), names_no_jobs("Bourses")
    (True, True)
    >>> names_no_jobs("Stages Academiques & Professionnels"), names_no_jobs("Engineering")
    (False, False)
    >>> names_no_jobs("Popular searches"), names_no_jobs("热门职位"), names_no_jobs("Open jobs")
    (True, True, False)
    """
    folded = fold(heading)
    if _names_popular(folded):
        return True  # "热门职位", "Popular jobs": a board's searches by category, no openings
    groups = _vocabulary().not_job_groups
    if not set(_words(folded)) & groups and not any(word in heading for word in _unspaced(groups)):
        return False
    return not has_role(heading) and not names_a_list(heading)


def _names_popular(folded: str) -> bool:
    """Whether a heading (folded) calls what it heads popular: "热门职位", "Popular searches"."""
    popular = _popular_words()
    words = _words(folded)
    padded = f" {' '.join(words)} "
    return any(f" {word} " in padded for word in popular) or any(
        folded.startswith(word) for word in _unspaced(popular)
    )


@functools.cache
def _popular_words() -> frozenset[str]:
    return frozenset(fold(word) for word in words()["popular_words"])


def states_no_openings(text: str) -> bool:
    """Whether a text says there is no opening now ("Zurzeit sind keine Stellen ausgeschrieben").

    >>> states_no_openings("Aktuell haben wir leider keine offenen Stellen zu besetzen.")
    True
    >>> states_no_openings("We have no openings for interns, but we are hiring engineers.")
    False
    """
    folded = fold(text[:_NO_OPENINGS_TEXT])
    return any(phrase in folded for phrase in _vocabulary().no_openings)


#: How much of a page's text is searched for a statement that it has no opening.
_NO_OPENINGS_TEXT = 20_000


def is_status_badge(text: str) -> bool:
    """Whether a short text is a card's badge of state: "New", "Urgent", "Nouveau", "À pourvoir".

    >>> is_status_badge("Nouveau"), is_status_badge("À pourvoir"), is_status_badge("Siemens")
    (True, True, False)
    """
    return fold(text).strip(" !") in _vocabulary().status_badges
