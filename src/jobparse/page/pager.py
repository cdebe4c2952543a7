"""A listing's next page: the link its pager shows, on the same host, never one made up.

Three signs, strongest first:

1. a ``<link rel="next">`` or ``<a rel="next">`` (the HTML standard's own);
2. a link reading "Next", "›", "»", "Weiter", "Siguiente", "Suivant"... alone
   (``data/pager_words.json``; its text, else its ``aria-label`` or ``title``);
3. the pager's link to page *k* + 1 when this page is page *k*: the same
   path with a page-numbering query parameter (``?page=3``, ``?p=3``) one
   higher, or a path ending ``/page/3``.

Only a link present in the page is ever returned, and only one to the page's
own host; hidden links and links back to the page itself do not count.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from jobparse.page.links import resolve
from jobparse.page.render import element_text, is_hidden
from jobparse.page.tree import parse_html
from jobparse.tables import table
from jobparse.vocabulary import fold

__all__ = ["next_page_url"]

_PAGE_IN_PATH = re.compile(r"/page/(\d{1,6})/?$")


@functools.cache
def _next_words() -> frozenset[str]:
    return frozenset(fold(word) for word in table("pager_words.json")["next"])


@functools.cache
def _page_parameters() -> frozenset[str]:
    return frozenset(name.casefold() for name in table("pager_words.json")["page_parameters"])


def _host(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.casefold(), parts.netloc.casefold()


_Paged = tuple[str, tuple[tuple[str, str], ...], int]


def _page_numbers(url: str) -> list[_Paged]:
    """The ways *url* reads as page k of a list: (the list's key, its other parameters, k).

    A numbered URL reads one way (``/jobs?page=3``: the key ``?/jobs``;
    ``/jobs/page/3``: the key ``/jobs/page/``); an unnumbered one is page 1
    of both shapes.
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    names = _page_parameters()
    numbered = [value for name, value in query if name.casefold() in names]
    others = tuple(sorted(pair for pair in query if pair[0].casefold() not in names))
    if numbered:
        value = numbered[0]
        return (
            [("?" + parts.path, others, int(value))] if value.isdigit() and len(value) <= 6 else []
        )
    in_path = _PAGE_IN_PATH.search(parts.path)
    if in_path:
        return [(parts.path[: in_path.start()] + "/page/", others, int(in_path.group(1)))]
    return [("?" + parts.path, others, 1), (parts.path.rstrip("/") + "/page/", others, 1)]


def _is_next_number(candidate: str, current: list[_Paged]) -> bool:
    """Whether *candidate* is page k + 1 of a list that the current page is page k of.

    *current* is the current page's :func:`_page_numbers`, read once for all its links.
    """
    numbered = _page_numbers(candidate)
    if len(numbered) != 1:  # an unnumbered link is page 1 of some list, never a next page
        return False
    key, others, number = numbered[0]
    return (key, others, number - 1) in current


def _reads_next(link: etree._Element) -> bool:
    text = element_text(link) or link.get("aria-label") or link.get("title") or ""
    return fold(text.strip()) in _next_words()


def _rel_next(link: etree._Element) -> bool:
    return "next" in (link.get("rel") or "").casefold().split()


def next_page_url(text: str, page_url: str) -> str | None:
    """The address of the page after *page_url* that the HTML *text* links to, or None."""
    root = parse_html(text)
    base = root.find(".//base[@href]")
    base_url = resolve(base.get("href"), page_url) if base is not None else None
    base_url = base_url or page_url
    here = _host(page_url)
    own = page_url.split("#", 1)[0]
    by_rel: str | None = None
    by_words: str | None = None
    by_number: str | None = None
    current = _page_numbers(own)
    for link in root.iter("a", "link"):
        if link.tag == "a" and is_hidden(link):
            continue
        target = resolve(link.get("href"), base_url)
        if target is None:
            continue
        target = target.split("#", 1)[0]
        if target == own or _host(target) != here:
            continue
        if _rel_next(link):
            by_rel = by_rel or target
        elif link.tag == "a" and _reads_next(link):
            by_words = by_words or target
        elif link.tag == "a" and by_number is None and _is_next_number(target, current):
            by_number = target
    return by_rel or by_words or by_number
