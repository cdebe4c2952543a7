"""A listing's postings: its cards, and the site's facts each posting may fall back on.

A card becomes a raw posting whose :class:`~jobparse.page.Facts` carry its
title, links and short lines; the site's company, town and country
(:class:`SiteFacts`) stand for what a card leaves unsaid. Structured postings
take the apply links and the extra jobs of the visible list they match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from jobparse import vocabulary
from jobparse.model import Location
from jobparse.page import Facts, RawPosting
from jobparse.page.cards import Card
from jobparse.page.chooser import Candidate
from jobparse.page.employers import employers
from jobparse.page.render import split_paragraphs
from jobparse.page.same_titles import TitleIndex
from jobparse.places import gazetteer

__all__ = ["SiteFacts", "card_postings", "summarises_visible_list", "with_visible_extras"]


@attrs.frozen
class SiteFacts:
    """What the page says of the organisation behind it: its name and its postal town."""

    company: str | None
    place: Location | None
    country: str | None = None

    def into(self, facts: Facts | None) -> Facts | None:
        """*facts* knowing the site's company, place and country (for what the posting lacks)."""
        if facts is None:
            return None
        return attrs.evolve(
            facts,
            site_company=self.company,
            site_place=self.place,
            site_country=self.country,
            locations=tuple(self._placed(location) for location in facts.locations),
        )

    def _placed(self, location: Location) -> Location:
        """A stated town without a country, in the site's country if it has a town so named."""
        if location.country or not location.city or not self.country:
            return location
        if any(c.country == self.country for c in gazetteer.cities_named(location.city)):
            return attrs.evolve(location, country=self.country)
        return location


def card_postings(
    cards: Sequence[Card], site: SiteFacts, page_lines: tuple[str, ...] = ()
) -> list[RawPosting]:
    """The postings of a listing's cards, each with the employer its card names, if any.

    *page_lines* are the facts the page states once for all of them.
    """
    names = employers(cards, site.company)
    return [
        attrs.evolve(posting, facts=attrs.evolve(posting.facts, page_lines=page_lines))
        if posting.facts is not None and page_lines
        else posting
        for posting in (
            _card_posting(card, index, site, employer=name)
            for index, (card, name) in enumerate(zip(cards, names, strict=True))
        )
    ]


def _card_posting(
    card: Card, index: int, site: SiteFacts, employer: str | None = None
) -> RawPosting:
    paragraphs = tuple(
        p
        for p in split_paragraphs(card.text)
        if any(c.isalnum() for c in p) and not vocabulary.apply_text(p.strip(" •"))
    )
    facts = Facts(
        source="html.card",
        title=card.title,
        company=employer,
        url=card.url,
        apply_url=card.apply_url,
        lines=card.lines,
        group=card.heading,
        site_company=site.company,
        site_place=site.place,
        site_country=site.country,
    )
    return RawPosting(index=index, paragraphs=paragraphs, apply_url=card.apply_url, facts=facts)


def _with_card_apply(posting: RawPosting, cards: list[Card], index: TitleIndex) -> RawPosting:
    """A structured posting with the apply link of its visible card, if it lacks one."""
    if posting.apply_url is not None or posting.facts is None:
        return posting
    title = posting.facts.title
    card = next((cards[i] for i in index.matching(title) if cards[i].apply_url), None)
    if card is None:
        return posting
    return posting.evolve(
        apply_url=card.apply_url, facts=attrs.evolve(posting.facts, apply_url=card.apply_url)
    )


def with_visible_extras(
    structured: list[RawPosting], best: Candidate | None, site: SiteFacts
) -> list[RawPosting]:
    """Structured postings, and the visible cards of the same listing that it lacks."""
    if best is None:
        return structured
    titles = TitleIndex([p.facts.title if p.facts else None for p in structured])
    is_matched = [bool(titles.matching(card.title)) for card in best.cards]
    matched = [card for card, hit in zip(best.cards, is_matched, strict=True) if hit]
    if len(matched) * 2 < len(best.cards):
        return structured  # another list than the structured one: not the same jobs
    cards = TitleIndex([card.title for card in matched])
    structured = [_with_card_apply(posting, matched, cards) for posting in structured]
    extras = [card for card, hit in zip(best.cards, is_matched, strict=True) if not hit]
    return structured + [
        _card_posting(card, len(structured) + n, site) for n, card in enumerate(extras)
    ]


def summarises_visible_list(structured: Sequence[RawPosting], best: Candidate | None) -> bool:
    """Whether a page's one JobPosting names, joined, the roles of the visible list.

    "薬剤師・調剤事務" in the data beside the cards "薬剤師（正社員）" and
    "事務スタッフ（正社員）": the cards are the jobs, the data sums them up; so
    does a title naming the list ("Açık Pozisyonlar – Webey").
    """
    if best is None or len(best.cards) < 2 or len(structured) != 1:
        return False
    facts = structured[0].facts
    title = facts.title if facts is not None else None
    if not title or TitleIndex([card.title for card in best.cards]).matching(title):
        return False
    if not all(vocabulary.has_role(card.title) for card in best.cards):
        return False
    if vocabulary.is_listing_heading(title):
        return True  # "Açık Pozisyonlar – Webey": the data names the list, not a job
    parts = [part for part in _JOINED_ROLES.split(title) if part.strip()]
    named = {
        index
        for part in parts
        for index, card in enumerate(best.cards)
        if _share_a_word(part, card.title)
    }
    return len(parts) >= 2 and len(named) >= 2


#: What joins the roles a summary names: "薬剤師・調剤事務", "Nurses / Carers", "Cooks & Waiters".
_JOINED_ROLES = re.compile(
    r"\s*[・/／、,，&＆+]\s*|\s+(?:and|und|et|y|e|og|och|en)\s+", re.IGNORECASE
)
#: A word two texts share: a Latin one of four letters or more, or two CJK characters.
_LATIN_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK_PAIR = re.compile(r"(?=([\u3040-\u30ff\u4e00-\u9fff]{2}))")


def _share_a_word(one: str, other: str) -> bool:
    a, b = vocabulary.fold(one), vocabulary.fold(other)
    latin = set(_LATIN_WORD.findall(a)) & set(_LATIN_WORD.findall(b))
    return bool(latin) or bool(set(_CJK_PAIR.findall(a)) & set(_CJK_PAIR.findall(b)))
