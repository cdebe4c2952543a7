"""Which country a page's places are in: what an ambiguous town name on it means."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml import etree

from jobparse.model import Location

__all__ = ["page_country"]


#: Top-level domains of countries that are used as generic ones.
_GENERIC_TLDS = frozenset({"co", "io", "ai", "me", "tv", "ly", "fm", "gg", "to", "cc", "ws", "eu"})
_TLD_COUNTRY = {"uk": "GB"}


def page_country(
    root: etree._Element, url: str | None, places: Iterable[Location], place: Location | None
) -> str | None:
    """The country a page's places are mostly in: what an ambiguous city name there means.

    In order: the country most of *places* (read from its records) are in,
    when most agree; the country of the page's postal town; the country of
    its address's top-level domain (``.cl``, ``.de``); the region of its
    ``lang`` attribute (``es-CL``).
    """
    counts = Counter(p.country for p in places if p.country and not p.remote)
    if counts:
        country, count = counts.most_common(1)[0]
        if count * 2 > sum(counts.values()):
            return country
    if place is not None and place.country:
        return place.country
    host = (urlsplit(url).hostname or "") if url else ""
    tld = host.rsplit(".", 1)[-1].casefold() if "." in host else ""
    if len(tld) == 2 and tld not in _GENERIC_TLDS:
        return _TLD_COUNTRY.get(tld, tld.upper())
    html_element = root if root.tag == "html" else root.find(".//html")
    lang = (html_element.get("lang") if html_element is not None else None) or ""
    region = lang.replace("_", "-").split("-")[1:2]
    return region[0].upper() if region and len(region[0]) == 2 else None
