"""An employer the page names elsewhere: a posting that names none of its own, read beside the rest.

A careers page's adverts are often one employer's, and only some of them say
so in a sentence the company rules read ("Laws.Africa is hiring", an e-mail
at laws.africa); the others just speak of it ("on the Laws.Africa platform",
"the technical strategy for Laws.Africa"). A posting without a company takes
the company of the page's other postings when its own text names it, twice,
or once where two other postings have it (``company.page``). A name spoken
of once in one posting ("clients such as Google") is no employer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from jobparse.model import Evidence, Posting

__all__ = ["with_page_companies"]

#: How often a posting's text names another posting's company to be its employer, and how
#: often with the page's postings having that company twice or more.
_MENTIONS = 2
_MENTIONS_OF_A_PAGE_EMPLOYER = 1
_PAGE_EMPLOYER = 2


def _mentions(name: str, text: str) -> int:
    """How often *text* names *name*, as it is written and as whole words."""
    return len(re.findall(rf"(?<![\w.]){re.escape(name)}(?![\w]|\.\w)", text))


def _page_company(posting: Posting, companies: Counter[str]) -> tuple[str, int] | None:
    """The page's company the posting names most, if it names it often enough."""
    best: tuple[str, int] | None = None
    for name, postings in companies.items():
        mentions = _mentions(name, posting.description)
        needed = _MENTIONS_OF_A_PAGE_EMPLOYER if postings >= _PAGE_EMPLOYER else _MENTIONS
        if mentions >= needed and (best is None or mentions > best[1]):
            best = (name, mentions)
    return best


def with_page_companies(postings: Sequence[Posting]) -> list[Posting]:
    """The postings, those without a company given the page's one they name.

    >>> from jobparse.model import Source
    >>> def posting(text, company=None):
    ...     return Posting(id=text, source=Source(uri=None, index=0), description=text,
    ...                    company=company)
    >>> page = [posting("Laws.Africa is hiring.", "Laws.Africa"),
    ...         posting("Join Laws.Africa. Build Laws.Africa tools.")]
    >>> [p.company for p in with_page_companies(page)]
    ['Laws.Africa', 'Laws.Africa']
    """
    companies = Counter(p.company for p in postings if p.company)
    if not companies:
        return list(postings)
    result = []
    for posting in postings:
        found = None if posting.company else _page_company(posting, companies)
        if found is None:
            result.append(posting)
            continue
        evidence = Evidence("company", "company.page", f"{found[0]} (named {found[1]}x)")
        result.append(
            attrs.evolve(posting, company=found[0], evidence=(*posting.evidence, evidence))
        )
    return result
