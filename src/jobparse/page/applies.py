"""Listings of free-text adverts, each closed by its own Apply control.

The shape it recognises (a conference career site)::

    <div class="posting"><p>London</p><p>We are hiring a robotics engineer ...</p>
      <a href="/apply/1">Apply</a></div>
    <div class="posting"><p>Paris</p><p>Our lab is looking for ...</p>
      <a href="/apply/2">Apply</a></div>

Each posting is the largest subtree that holds exactly one Apply control.
Where the adverts are not wrapped in blocks of their own, the page's text
rendering is cut at its ``Apply`` lines, as a text page is.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from jobparse import vocabulary
from jobparse.page import Facts, RawPosting
from jobparse.page.job_lines import a_sentence
from jobparse.page.links import resolve
from jobparse.page.records import own_blocks
from jobparse.page.render import absolute_links, element_text, is_apply_control, render
from jobparse.page.text import posting_from_text, split_text_page

__all__ = ["apply_controls", "apply_href", "apply_listing", "each_its_own_target"]

_MIN_BLOCK_TEXT = 40
#: A card's header: its first short lines before its first sentence (employer, type
#: badge, title, place).
_CARD_HEADER_LINES = 5
_MAX_HEADER_LINE = 80


def apply_controls(root: etree._Element) -> list[etree._Element]:
    """The page's Apply links and buttons, in page order.

    A link inside a button (or a button inside a link) is one control: the one
    of the two that leads somewhere, else the outer.
    """
    found = [e for e in root.iter("a", "button") if is_apply_control(e)]
    kept = set(found)
    for control in found:
        for outer in control.iterancestors("a", "button"):
            if outer in kept:
                kept.discard(outer if _target(control) or not _target(outer) else control)
    return [control for control in found if control in kept]


def _target(control: etree._Element) -> str | None:
    return control.get("href") or control.get("formaction") or control.get("data-href")


def apply_href(control: etree._Element, base: str | None) -> str | None:
    """Where an Apply control leads (its ``href``, ``formaction`` or ``data-href``)."""
    return resolve(_target(control), base)


def each_its_own_target(controls: Sequence[etree._Element], base: str | None) -> bool:
    """Whether Apply controls lead each to its own place, as each advert's own button does.

    Buttons that all lead to one form ("#apply", one mail address) or nowhere (a
    script's button) are a page's shared way to apply, repeated beside its jobs:
    they cut no advert from the next.
    """
    targets = {apply_href(control, base) for control in controls} - {None}
    return len(targets) * 2 > len(controls)


def _blocks(applies: Sequence[etree._Element]) -> list[list[etree._Element]] | None:
    """Each Apply control's posting: its largest ancestor holding no other Apply control.

    Where those ancestors are siblings that open their parent, each takes the
    siblings after it up to the next: a job's text, then the box of its facts
    (``<div class="col-8">…Apply</div><div class="col-4">Job type: …</div>``).
    """
    blocks = own_blocks(applies)
    enough_text = all(
        len(element_text(block)) - len(element_text(control)) >= _MIN_BLOCK_TEXT
        for block, control in zip(blocks, applies, strict=True)
    )
    return _with_following_boxes(blocks) if enough_text else None


def _with_following_boxes(blocks: list[etree._Element]) -> list[list[etree._Element]]:
    """Each block with the siblings after it up to the next block (see ``_blocks``).

    The last takes as many as the shortest gap between two blocks. Where text
    stands before the first block, what follows a block may head the next one:
    each block stands alone.
    """
    parent = blocks[0].getparent()
    alone = [[block] for block in blocks]
    if parent is None or any(block.getparent() is not parent for block in blocks):
        return alone
    if any(element_text(before).strip() for before in blocks[0].itersiblings(preceding=True)):
        return alone
    starts = set(blocks)
    runs: list[list[etree._Element]] = []
    for block in blocks:
        run = [block]
        for sibling in block.itersiblings():
            if sibling in starts:
                break
            run.append(sibling)
        runs.append(run)
    gaps = [len(run) - 1 for run in runs[:-1]]
    runs[-1] = runs[-1][: 1 + min(gaps)]
    return runs


def apply_listing(
    root: etree._Element, applies: Sequence[etree._Element], base: str | None
) -> list[RawPosting]:
    """The postings of a listing whose adverts each end with an Apply control."""
    blocks = _blocks(applies)
    postings: list[RawPosting] = []
    if blocks is not None:
        for run, control in zip(blocks, applies, strict=True):
            rendered = "\n".join(render(node) for node in run)
            text = "\n".join(
                line for line in rendered.split("\n") if line.strip().casefold() != "apply"
            )
            url = apply_href(control, base)
            links = tuple(
                link for node in run for link in absolute_links(node, base) if link != url
            )
            posting = posting_from_text(text, index=len(postings))
            if posting is not None:
                facts = _card_header(text)
                postings.append(posting.evolve(apply_url=url, links=links, facts=facts))
        return postings
    # Postings are not wrapped: cut the page's rendering at its Apply lines.
    hrefs = [apply_href(control, base) for control in applies]
    page = split_text_page(render(root))
    for posting in page.postings:
        closed_by = posting.closed_by
        url = hrefs[closed_by] if closed_by is not None and closed_by < len(hrefs) else None
        postings.append(posting.evolve(apply_url=url))
    return postings


def _card_header(text: str) -> Facts | None:
    """A card's title among its header lines when its first line names no role.

    "European Central Bank" / "Traineeship" / "Traineeship in Market Operations" /
    "Frankfurt": the employer above, a badge of one word, then the role. The first
    header line naming a role in more than one word is the title (else the first
    naming one); the other header lines are the card's lines. A block that opens
    with its role, or whose header names none, is left to the text's rules.
    """
    header: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        if len(line) > _MAX_HEADER_LINE or a_sentence(line) or len(header) >= _CARD_HEADER_LINES:
            break
        header.append(line)
    if not header or vocabulary.has_role(header[0]):
        return None
    roles = [line for line in header[1:] if vocabulary.has_role(line)]
    if not roles:
        return None
    title = next((line for line in roles if len(line.split()) > 1), roles[0])
    lines = tuple(line for line in header if line != title)
    return Facts(source="html.card", title=title, lines=lines)
