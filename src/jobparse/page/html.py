"""HTML pages into raw postings, by the page's structure rather than one site's class names.

The page is parsed once and read in this order:

1. **Structured data** — schema.org ``JobPosting`` in JSON-LD or microdata:
   one posting per object, its stated fields kept as :class:`Facts`.
2. **Listings** — several "Apply" links or buttons: each posting is the
   largest subtree that holds exactly one of them (the repeated sibling
   blocks of a career listing). Where the postings are not wrapped in blocks
   of their own, the page's text rendering is cut at its ``Apply`` lines.
3. **Cards** — search results or a careers index: repeated sibling elements
   of one shape, each a link to a job's own page with a few short lines.
4. **Single-posting page** — one job's own page: its main heading or metadata
   give the title, its main content the description; sidebars of similar
   jobs are not postings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from lxml import etree

from jobparse import patterns
from jobparse.page import Facts, RawPage, RawPosting
from jobparse.page.jobposting import is_job_posting, job_posting_facts
from jobparse.page.jsonld import json_ld_items
from jobparse.page.links import resolve
from jobparse.page.microdata import microdata_items
from jobparse.page.render import (
    absolute_links,
    element_text,
    is_apply_control,
    parse_html,
    render,
    split_paragraphs,
)
from jobparse.page.text import page_year, posting_from_text, split_text_page

__all__ = ["split_html_page"]

_MIN_BLOCK_TEXT = 40
_MIN_CARDS = 3
_MAX_CARD_TEXT = 800
_CARD_SHARE = 0.4
_MAX_HEADER_LINE = 80
_MAX_HEADER_LINES = 5
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _tag(element: etree._Element) -> str:
    return element.tag.casefold() if isinstance(element.tag, str) else ""


def _base_url(root: etree._Element, page_url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return resolve(base.get("href"), page_url) or page_url
    return page_url


def _meta(root: etree._Element, *names: str) -> str | None:
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").casefold()
        if key in names:
            value = " ".join((element.get("content") or "").split())
            if value:
                return value
    return None


def _page_year(root: etree._Element) -> int | None:
    title = root.find(".//title")
    heading = next(root.iter("h1"), None)
    text = " ".join(element_text(e) for e in (title, heading) if e is not None)
    years = Counter(int(y) for y in patterns.YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


# ---------------------------------------------------------------------------
# 1. Structured data
# ---------------------------------------------------------------------------


def _structured(root: etree._Element, uri: str | None, base: str | None) -> list[RawPosting]:
    found: list[RawPosting] = []
    sources = (("jsonld", json_ld_items(root, uri=uri)), ("microdata", microdata_items(root)))
    for source, items in sources:
        for item in items:
            if not is_job_posting(item):
                continue
            facts, paragraphs = job_posting_facts(item, source=source, base_url=base)
            found.append(
                RawPosting(
                    index=len(found), paragraphs=paragraphs, apply_url=facts.apply_url, facts=facts
                )
            )
    return found


# ---------------------------------------------------------------------------
# Furniture
# ---------------------------------------------------------------------------


def _remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text in the document."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _drop_furniture(root: etree._Element) -> None:
    """Drop site headers and footers (not an article's own) and related-jobs sections."""
    doomed = [
        element
        for element in root.iter("header", "footer")
        if not any(_tag(a) == "article" for a in element.iterancestors())
    ]
    for heading in root.iter(*_HEADINGS):
        if patterns.RELATED_JOBS.search(element_text(heading)):
            section = next(
                (
                    a
                    for a in heading.iterancestors()
                    if _tag(a) in {"section", "aside", "div", "ul"}
                ),
                None,
            )
            doomed.append(section if section is not None and _tag(section) != "body" else heading)
    doomed += list(root.iter("aside"))
    for element in doomed:
        _remove(element)


# ---------------------------------------------------------------------------
# 2. Listings with Apply controls
# ---------------------------------------------------------------------------


def _apply_href(control: etree._Element, base: str | None) -> str | None:
    href = control.get("href") or control.get("formaction") or control.get("data-href")
    return resolve(href, base)


def _blocks(applies: Sequence[etree._Element]) -> list[etree._Element] | None:
    """Each Apply control's posting: its largest ancestor holding no other Apply control."""
    counts: Counter[etree._Element] = Counter()
    for control in applies:
        counts.update(control.iterancestors())
    blocks = []
    for control in applies:
        block = control
        for ancestor in control.iterancestors():
            if counts[ancestor] != 1:
                break
            block = ancestor
        blocks.append(block)
    enough_text = all(
        len(element_text(block)) - len(element_text(control)) >= _MIN_BLOCK_TEXT
        for block, control in zip(blocks, applies, strict=True)
    )
    return blocks if enough_text else None


def _listing(
    root: etree._Element, applies: Sequence[etree._Element], base: str | None
) -> list[RawPosting]:
    blocks = _blocks(applies)
    postings: list[RawPosting] = []
    if blocks is not None:
        for block, control in zip(blocks, applies, strict=True):
            text = "\n".join(
                line for line in render(block).split("\n") if line.strip().casefold() != "apply"
            )
            apply_url = _apply_href(control, base)
            links = tuple(link for link in absolute_links(block, base) if link != apply_url)
            posting = posting_from_text(text, index=len(postings))
            if posting is not None:
                postings.append(posting.evolve(apply_url=apply_url, links=links))
        return postings
    # Postings are not wrapped: cut the page's rendering at its Apply lines.
    hrefs = [_apply_href(control, base) for control in applies]
    page = split_text_page(render(root))
    for posting in page.postings:
        closed_by = posting.closed_by
        apply_url = hrefs[closed_by] if closed_by is not None and closed_by < len(hrefs) else None
        postings.append(posting.evolve(apply_url=apply_url))
    return postings


# ---------------------------------------------------------------------------
# 3. Cards
# ---------------------------------------------------------------------------


def _signature(element: etree._Element) -> tuple[str, str]:
    return _tag(element), " ".join(sorted((element.get("class") or "").split()))


def _card_groups(root: etree._Element) -> Iterator[list[etree._Element]]:
    for parent in root.iter():
        children = [c for c in parent if _tag(c)]
        if len(children) < _MIN_CARDS:
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in children:
            groups.setdefault(_signature(child), []).append(child)
        for members in groups.values():
            if len(members) >= _MIN_CARDS:
                yield members


def _is_card(element: etree._Element) -> bool:
    text = element_text(element)
    has_link = any((a.get("href") or "").strip() not in {"", "#"} for a in element.iter("a"))
    return has_link and 10 <= len(text) <= _MAX_CARD_TEXT


def _cards(root: etree._Element, base: str | None) -> list[RawPosting]:
    page_text = len(element_text(root)) or 1
    best: list[etree._Element] = []
    for members in _card_groups(root):
        cards = [m for m in members if _is_card(m)]
        if len(cards) >= _MIN_CARDS and len(cards) == len(members) and len(cards) > len(best):
            best = cards
    if not best or sum(len(element_text(c)) for c in best) < _CARD_SHARE * page_text:
        return []
    postings: list[RawPosting] = []
    for card in best:
        heading = next(card.iter(*_HEADINGS), None)
        link = next((a for a in card.iter("a") if resolve(a.get("href"), base)), None)
        title = (
            element_text(heading)
            if heading is not None
            else element_text(link)
            if link is not None
            else None
        )
        url = resolve(link.get("href"), base) if link is not None else None
        lines = [line.strip(" •") for line in render(card).split("\n") if line.strip(" •")]
        others = tuple(line for line in lines if line != title)
        facts = Facts(source="html.card", title=title or None, url=url, lines=others)
        postings.append(RawPosting(index=len(postings), paragraphs=tuple(lines), facts=facts))
    return postings


# ---------------------------------------------------------------------------
# 4. A single posting's page
# ---------------------------------------------------------------------------


def _title_from_metadata(
    root: etree._Element, site_name: str | None
) -> tuple[str | None, str | None]:
    """(title, company) from ``og:title`` or ``<title>``, without the site's name."""
    raw = _meta(root, "og:title", "twitter:title")
    if raw is None:
        element = root.find(".//title")
        raw = element_text(element) if element is not None else None
    if not raw:
        return None, None
    parts = [p for p in patterns.TITLE_SEPARATORS.split(raw) if p]
    if site_name:
        parts = [p for p in parts if p.casefold() != site_name.casefold()] or parts
    return _split_at_company(parts[0])


def _split_at_company(title: str) -> tuple[str, str | None]:
    """("Staff Engineer", "Tidewater Robotics") from "Staff Engineer at Tidewater Robotics".

    The first " at " whose rest, to the end, can be a company's name splits it.
    """
    for at in patterns.TITLE_AT.finditer(title):
        rest = title[at.end() :]
        if at.start() > 0 and patterns.TITLE_COMPANY.fullmatch(rest.rstrip("\n")):
            return title[: at.start()], rest.strip()
    return title, None


def _main(root: etree._Element) -> etree._Element:
    for path in (".//main", ".//article", ".//*[@role='main']"):
        found = root.find(path)
        if found is not None and len(element_text(found)) >= _MIN_BLOCK_TEXT:
            return found
    body = root.find(".//body")
    return body if body is not None else root


def _header_lines(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The short lines above a posting's text (place, company, date), as on a card."""
    lines: list[str] = []
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if len(line) > _MAX_HEADER_LINE or line.rstrip().endswith((".", "!", "?", ":")):
                return tuple(lines)
            lines.append(line.strip(" •"))
            if len(lines) >= _MAX_HEADER_LINES:
                return tuple(lines)
    return tuple(lines)


def _single(root: etree._Element, base: str | None, uri: str | None) -> list[RawPosting]:
    site_name = _meta(root, "og:site_name", "application-name")
    main = _main(root)
    heading = next(main.iter("h1"), None)
    if heading is None:
        heading = next(root.iter("h1"), None)
    title, company = _title_from_metadata(root, site_name)
    if heading is not None and element_text(heading):
        title = element_text(heading)
    paragraphs = list(split_paragraphs(render(main)))
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if p.casefold() not in {"apply", "apply now", "apply here"}]
    if not paragraphs and not title:
        return []
    apply_control = next(
        (a for a in main.iter("a", "button") if element_text(a).casefold().startswith("apply")),
        None,
    )
    apply_url = _apply_href(apply_control, base) if apply_control is not None else None
    canonical = root.find(".//link[@rel='canonical']")
    own_url = resolve(
        (canonical.get("href") if canonical is not None else None) or _meta(root, "og:url"), base
    ) or (uri if uri and uri.startswith(("http://", "https://")) else None)
    facts = Facts(
        source="html.page",
        title=title,
        company=company,
        apply_url=apply_url,
        url=own_url,
        site_name=site_name,
        lines=_header_lines(paragraphs),
    )
    links = tuple(link for link in absolute_links(main, base) if link != apply_url)
    return [
        RawPosting(
            index=0, paragraphs=tuple(paragraphs), apply_url=apply_url, links=links, facts=facts
        )
    ]


def split_html_page(text: str, *, uri: str | None = None, base_url: str | None = None) -> RawPage:
    """Cut an HTML page into raw postings (see the module's docstring for the order)."""
    root = parse_html(text, uri=uri)
    base = _base_url(
        root, base_url or (uri if uri and uri.startswith(("http://", "https://")) else None)
    )
    year = _page_year(root)
    postings = _structured(root, uri, base)
    if not postings:
        for element in [
            e for e in root.iter() if _tag(e) in {"script", "style", "noscript", "template"}
        ]:
            _remove(element)
        _drop_furniture(root)
        applies = [e for e in root.iter("a", "button") if is_apply_control(e)]
        if len(applies) >= 2:
            postings = _listing(root, applies, base)
        else:
            postings = _cards(root, base) or _single(root, base, uri)
    if year is None:
        year = page_year(render(root))  # the header of the rendering: no need to cut postings
    return RawPage(uri=uri, postings=tuple(postings), year=year)
