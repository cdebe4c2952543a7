"""What a page as a whole says: its own address, its year, and whose careers page it is.

A listing's records rarely name their employer; the page does, in one of a
few places, tried in this order:

- a JSON-LD ``Organization`` (not the ``WebSite`` or ``WebPage``);
- the page's ``<title>``, ``og:title`` or ``h1`` in a careers phrase:
  "Careers at X", "Jobs bei X", "Trabaja en X", "Werken bij X", "X Careers";
- ``og:site_name``;
- the alt text of the site's logo ("X logo");
- the copyright line ("© 2026 X GmbH").

Field labels, addresses and navigation text are never a company: a name must
be short, start with a letter and hold no digits of a street address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

from jobparse import vocabulary
from jobparse.page.jobposting import item_types
from jobparse.page.links import resolve
from jobparse.page.records import text_of

__all__ = ["own_url", "page_company"]

_ORGANISATIONS = frozenset(
    """Organization Corporation LocalBusiness EducationalOrganization CollegeOrUniversity NGO
    GovernmentOrganization Company""".split()
)
#: "Careers at X", "Jobs bei X", ...: a careers phrase then the company.
_CAREERS_AT = re.compile(
    r"^(?:(?:current\s+)?(?:careers?|jobs?|openings|vacancies|positions|work(?:ing)?|life)\s+(?:at|with|@)"
    r"|join(?:\s+us\s+at)?|(?:jobs|karriere|stellenangebote|arbeiten)\s+(?:bei|im|in\s+der)"
    r"|(?:trabaja|trabajar|empleo)\s+(?:en|con)|carri[eè]res?\s+chez|emplois?\s+chez|(?:rejoignez|rejoindre)"
    r"|werken\s+bij|vacatures\s+bij|lavora(?:re)?\s+(?:con|in|da)|trabalhe\s+(?:na|no|conosco\s+na)"
    r"|postes\s+ouverts\s+chez|offres\s+d'emploi\s+(?:chez|de))\s+(?P<name>[^|–—:•·]{2,60}?)\s*$",
    re.IGNORECASE,
)
#: "X Careers", "X Jobs": the company, then a careers word.
_X_CAREERS = re.compile(
    r"^(?P<name>[^|–—:•·]{2,50}?)\s+(?:careers|jobs|karriere|vacatures|empleo|carrières|recruiting)\s*$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[|–—:•·]\s+|\s+-\s+")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*(?:by\s+)?"
    r"(?P<name>[A-Z][\w&.,' -]{1,60}?)(?:\s*[.|·]|\s+all\s+rights|\s*$)",
    re.IGNORECASE,
)
_HOME = frozenset({"/", "./", "#", "index.html", "/index.html"})
_LOGO = re.compile(r"\s*\blogo\b\s*", re.IGNORECASE)
_ADDRESS_DIGITS = re.compile(r"\d{3,}")


def _meta(root: etree._Element, *names: str) -> str | None:
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").casefold()
        if key in names:
            value = " ".join((element.get("content") or "").split())
            if value:
                return value
    return None


def own_url(root: etree._Element) -> str | None:
    """The page's own address, as the page states it (``<link rel=canonical>``, ``og:url``)."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").casefold().split():
            url = resolve(link.get("href"), None)
            if url and url.startswith(("http://", "https://")):
                return url
    url = resolve(_meta(root, "og:url"), None)
    return url if url and url.startswith(("http://", "https://")) else None


def _plausible(name: str | None) -> str | None:
    """A cleaned company name, or None for a label, an address or a sentence."""
    if not name:
        return None
    name = " ".join(name.replace("\u00a0", " ").split()).strip(" -–—|:,.")
    if not 2 <= len(name) <= 60 or not name[0].isalnum() or _ADDRESS_DIGITS.search(name):
        return None
    if vocabulary.is_navigation(name) or vocabulary.fact_label(f"{name}: x") is not None:
        return None
    if len(name.split()) > 7 or vocabulary.is_listing_heading(name):
        return None
    return name


def _from_organisation(items: Iterable[dict[str, Any]]) -> str | None:
    for item in items:
        if _ORGANISATIONS & set(item_types(item)):
            name = item.get("name")
            if isinstance(name, str) and (found := _plausible(name)):
                return found
    return None


def _from_title(texts: Iterable[str]) -> str | None:
    for text in texts:
        for part in (text, *_SEPARATORS.split(text)):
            match = _CAREERS_AT.match(part.strip()) or _X_CAREERS.match(part.strip())
            if match and (found := _plausible(match.group("name"))):
                return found
    return None


def _from_logo(root: etree._Element) -> str | None:
    for image in root.iter("img"):
        alt = image.get("alt") or ""
        where = " ".join((image.get("class") or "", image.get("src") or "", alt)).casefold()
        parent_link = next(image.iterancestors("a"), None)
        home = parent_link is not None and (parent_link.get("href") or "").strip() in _HOME
        if "logo" in where or home:
            found = _plausible(_LOGO.sub(" ", alt))
            if found:
                return found
    return None


def _from_copyright(root: etree._Element) -> str | None:
    for element in root.iter("footer", "p", "div", "span", "small", "li"):
        if len(element) > 3:
            continue
        text = text_of(element)
        if "©" in text or "copyright" in text.casefold():
            match = _COPYRIGHT.search(text)
            if match and (found := _plausible(match.group("name"))):
                return found
    return None


def page_company(root: etree._Element, items: Iterable[dict[str, Any]]) -> str | None:
    """Whose careers page this is, from the page's own furniture (see the module's docstring)."""
    titles = [t for t in (_meta(root, "og:title"), _meta(root, "twitter:title")) if t]
    title = root.find(".//title")
    if title is not None and text_of(title):
        titles.insert(0, text_of(title))
    titles += [text_of(h) for h in root.iter("h1")][:2]
    return (
        _from_organisation(items)
        or _from_title(titles)
        or _plausible(_meta(root, "og:site_name", "application-name"))
        or _from_logo(root)
        or _from_copyright(root)
    )
