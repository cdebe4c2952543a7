"""Records a set holds twice, or sums up: a job shown again, an overview of the jobs below.

A listing may show a job again with the same words (a list shown twice, a tab per
category repeating it under the category's name and count), or open with a section
naming the jobs another section details (area cards above the offers). These
records are no postings of their own; :mod:`jobparse.page.chooser` leaves them out.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from jobparse import vocabulary
from jobparse.fields.locations import is_place_line
from jobparse.page.cards import Card
from jobparse.page.records import Record

__all__ = ["Scored", "once_each", "summary_clusters"]

#: A record read as a card, with its score.
Scored = tuple[Card, float, Record]


#: How much text beyond its title makes a card an advert of its own.
_OWN_TEXT = 40
#: A job shown again under a tab: the tab's lines (its name, a count) above all of the
#: job's lines, at least this many.
_MIN_TAB_LINES = 2
_MAX_TAB_LINES = 2
_MAX_TAB_NAME = 40


def once_each(
    kept: list[Scored],
) -> list[Scored]:
    """The records, a job shown twice with the same words (a list shown twice) once.

    A card with a link, with lines of its own (a place, a type) or with a text of its
    own (a tab showing a job's advert again) repeats a job when all of it repeats; a
    bare title may name two openings of one role.
    """
    seen: dict[tuple[str, str | None, tuple[str, ...], str], etree._Element | None] = {}
    first_at: dict[tuple[str, str | None, tuple[str, ...], str], int] = {}
    lines_of: dict[tuple[str, str | None], list[tuple[str, ...]]] = {}
    once = []
    previous: tuple[str, str | None, tuple[str, ...], str] | None = None
    keys = [(c.title, c.url, c.lines, c.text) for c, _, _ in kept]
    linked: dict[tuple[str, str], set[str]] = {}
    for at, scored in enumerate(kept):
        card, record = scored[0], scored[2]
        key = keys[at]
        described = len(card.text) - len(card.title) >= _OWN_TEXT
        parent = record.nodes[0].getparent() if record.nodes else None
        # a job shown again (a tab, a mobile copy, a carousel's cloned slides: "A B C A B
        # C") is one; the same card right after itself in one list, with no link ("A A A"),
        # or again among other neighbours ("… Плотник, Штукатур, … Кровельщик, Штукатур,
        # Фасадчик"), is another opening of the same role
        same_list = card.url is None and key in seen and seen.get(key) is parent
        again = same_list and (previous == key or _apart(keys, first_at[key], at))
        first_at.setdefault(key, at)
        previous = key
        if (card.url is not None or card.lines or described) and key in seen and not again:
            continue
        shown = linked.get((card.title, card.url)) if card.url is not None else None
        if shown is not None and set(card.lines) <= shown:
            continue  # a sidebar's "Tin tuyển dụng Hot" showing a listed job again, less of it
        if card.url is not None:
            linked.setdefault((card.title, card.url), set()).update(card.lines)
        earlier = lines_of.setdefault((card.title, card.url), [])
        if any(_under_a_tab(card.lines, lines) for lines in earlier):
            continue
        seen.setdefault(key, parent)
        earlier.append(card.lines)
        once.append(scored)
    return once


def _apart(keys: list[Any], first: int, at: int) -> bool:
    """Whether a card shown again at *at* has other neighbours than at *first*: no clone.

    A carousel's or a copy's clones repeat a run of cards ("A B C A B C"): a clone's
    neighbour before or after is the first one's.
    """

    def neighbour(index: int) -> Any:
        return keys[index] if 0 <= index < len(keys) else None

    return bool(
        neighbour(first - 1) != neighbour(at - 1) and neighbour(first + 1) != neighbour(at + 1)
    )


def _under_a_tab(lines: tuple[str, ...], earlier: tuple[str, ...]) -> bool:
    """Whether a card's lines are an earlier card's under a tab's name and count.

    "Маркетинг, реклама, PR" / "(1)" above every line of a job shown before: the
    page shows it again under each category it belongs to.
    """
    extra = len(lines) - len(earlier)
    return (
        len(earlier) >= _MIN_TAB_LINES
        and 0 < extra <= _MAX_TAB_LINES
        and lines[extra:] == earlier
        and all(len(line) <= _MAX_TAB_NAME for line in lines[:extra])
    )


#: A cluster naming this share of another's titles, with fewer facts, only summarises it;
#: a set of more clusters than this is records in boxes of their own, not page sections.
_SUMMARY_TITLES = 0.6
_MOST_SECTIONS = 6


def summary_clusters(clusters: list[list[Scored]]) -> set[int]:
    """The clusters (by id) that name the jobs another cluster of the set details.

    "Domaines de placement" cards ("Technicien réseau MT/BT", "Coordinateur de
    chantier" and a line each) above the job offers of the same titles with
    their town and contract: the offers are the jobs, the first cards an
    overview. Of two clusters sharing most titles, the one with fewer facts
    (places, employment types) is the summary.
    """
    summaries: set[int] = set()
    if not 1 < len(clusters) <= _MOST_SECTIONS:
        return summaries  # one list, or records in boxes of their own: no section summary
    read = [
        (cluster, {vocabulary.fold(card.title) for card, _, _ in cluster}, _facts(cluster))
        for cluster in clusters
    ]
    for cluster, titles, facts in read:
        for other, other_titles, other_facts in read:
            if (
                other is not cluster
                and len(other_titles) > 1
                and len(titles & other_titles) >= _SUMMARY_TITLES * len(other_titles)
                and facts < other_facts
            ):
                summaries.add(id(cluster))
    return summaries


def _facts(cluster: list[Scored]) -> int:
    """How many of a cluster's lines state a place or an employment type."""
    return sum(
        1
        for card, _, _ in cluster
        for line in card.lines
        if vocabulary.employment_type(line) is not None or is_place_line(line)
    )
