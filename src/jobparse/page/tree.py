"""HTML text to an lxml tree, safely, and without silently losing any of the page.

libxml2 guards itself with limits: by default it drops everything after 256
nested elements or a 10 MB text node, without a word. jobparse sets its own
limits instead: the page-size limit bounds the input (so libxml2's "huge"
mode is safe to use), and a page nested deeper than libxml2 allows even then
is flattened (its deepest tags dropped, their text kept) and parsed again,
with a warning. An element with thousands of attributes (libxml2 checks
each against all before it: quadratic) keeps its first :data:`MAX_ATTRIBUTES`.
A page of more than :data:`MAX_TAGS` tags is not parsed at all: its tree alone
would take hundreds of megabytes (a 15 MB page of ``<p>`` took 730 MB, 48
times its size), and no career page comes near (the largest real one here
has about 5,000 tags).
The parser never touches the network and never loads an external entity.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from jobparse import patterns
from jobparse.errors import InputError
from jobparse.page.streamed import reveal_streamed

__all__ = ["MAX_ATTRIBUTES", "MAX_DEPTH", "MAX_TAGS", "parse_fragment", "parse_html"]

log = logging.getLogger("jobparse")

#: Tags nested deeper than this are dropped when a page is too deep for libxml2 (which
#: allows 2,048 levels in huge mode); their text stays, in the element above them.
MAX_DEPTH = 1000
#: A start or end tag. ``[^<>]*`` stops at the next ``<``: one pass over the page.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^<>]*>")
#: Tags a page may hold; a page with more is refused (an InputError) before it is parsed.
MAX_TAGS = 250_000
_START_TAG = re.compile(r"<[A-Za-z]")
#: Attributes kept on one element; a page with more on one is hostile or broken.
MAX_ATTRIBUTES = 1000
#: A start tag long enough to hold many attributes: a linear search finds one
#: (each ``<`` is followed only to its ``>``), and only then are they counted.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{8000}[^<>]*>?")
_ATTRIBUTE = re.compile(r"""[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _parser() -> etree.HTMLParser:
    # lxml.etree's parser, not lxml.html's: plain elements, without the per-element class
    # lookup of lxml.html (a fifth of the time on real pages), and nothing here needs it.
    return etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
    )


#: An XML declaration opening an XHTML page: lxml refuses one that names an encoding in a
#: text already decoded, and it tells nothing once the bytes are decoded.
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")


def _document(text: str, parser: etree.HTMLParser) -> etree._Element:
    root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), parser)
    if root is None:  # nothing but white space or comments
        root = etree.fromstring("<html><body></body></html>", parser)
    return root


def _too_deep(parser: etree.HTMLParser) -> bool:
    return any("depth" in entry.message for entry in parser.error_log)


#: libxml2's word for an end tag it ignored: "Opening and ending tag mismatch: header and div".
_MISMATCH = "Opening and ending tag mismatch: "


def _section_end_ignored(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 ignored a section's end tag (:func:`_sections_closed_as_browsers_do`)."""
    return any(
        entry.message.startswith(_MISMATCH)
        and entry.message[len(_MISMATCH) :].partition(" ")[0] in _SECTIONS
        for entry in parser.error_log
    )


def flatten(text: str, max_depth: int = MAX_DEPTH) -> str:
    """*text* with every tag nested deeper than *max_depth* dropped (its text is kept).

    Depth is counted naively (every non-void start tag opens a level, every end
    tag closes one), which only ever flattens a page deeper than it is.

    >>> flatten("<div><div><div><p>x</p></div></div></div>", max_depth=2)
    '<div><div>  x  </div></div>'
    """
    depth = 0
    pieces: list[str] = []
    position = 0
    for tag in _TAG.finditer(text):
        closing, name = tag.group(1), tag.group(2).casefold()
        if name in _VOID or tag.group().endswith("/>"):
            continue
        if closing:
            drop = depth > max_depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > max_depth
        if drop:
            pieces.append(text[position : tag.start()])
            pieces.append(" ")
            position = tag.end()
    pieces.append(text[position:])
    return "".join(pieces)


def _trim_attributes(text: str, uri: str | None) -> str:
    """*text* with every element past :data:`MAX_ATTRIBUTES` attributes cut to that many."""
    trimmed = 0

    def trim(tag: re.Match[str]) -> str:
        nonlocal trimmed
        source = tag.group()
        name_end = re.match(r"<[A-Za-z][^\s/>]*", source)
        assert name_end is not None
        attributes = _ATTRIBUTE.finditer(source, name_end.end())
        kept_end = None
        for count, attribute in enumerate(attributes, 1):
            if count == MAX_ATTRIBUTES:
                kept_end = attribute.end()
                break
        if kept_end is None:
            return source
        trimmed += 1
        return source[:kept_end] + (">" if source.endswith(">") else "")

    text = _LONG_TAG.sub(trim, text)
    if trimmed:
        log.warning(
            "%s: %d element(s) with more than %d attributes: the rest were dropped",
            uri or "<page>",
            trimmed,
            MAX_ATTRIBUTES,
        )
    return text


#: A heading's start or end tag: "<h6 class=...>", "</h4>".
_HEADING_TAG = re.compile(r"<(?P<end>/?)[hH](?P<level>[1-6])(?=[\s/>])")


def _headings_closed_as_browsers_do(text: str) -> str:
    """*text* with a heading's end tag of another level closing the heading that is open.

    "<h6>Full-time Positions</h4>": a browser ends the ``h6`` there (HTML's
    parsing rules close any open heading at any heading's end tag); libxml2
    ignores the stray ``</h4>`` and leaves the ``h6`` open over the rest of the
    page, its jobs inside a heading.
    """
    if text.count("</h") + text.count("</H") == 0:
        return text
    open_level: str | None = None

    def close(tag: re.Match[str]) -> str:
        nonlocal open_level
        level = tag.group("level")
        if not tag.group("end"):
            open_level = level
            return tag.group()
        if open_level is None or open_level == level:
            open_level = None
            return tag.group()
        fixed, open_level = f"</h{open_level}", None
        return fixed

    return _HEADING_TAG.sub(close, text)


#: Sections whose end tag a browser honours though blocks opened inside are left open.
_SECTIONS = frozenset("header footer nav aside section article main".split())
#: Elements whose text is no markup: a tag written inside them is text.
_RAW_TEXT = frozenset("script style textarea template title".split())


def _sections_closed_as_browsers_do(text: str) -> str:
    """*text* with a section's end tag closing the blocks left open inside it.

    "<header><div class="main"><ul>…</ul></header><section>jobs…": a browser ends
    the ``div`` and the ``header`` at ``</header>`` (HTML's parsing rules pop the
    open elements up to it); libxml2 ignores the end tag, and the page's jobs
    would lie inside its header, dropped with it as furniture.
    """
    lowered = text.lower()
    if not any(f"</{section}" in lowered for section in _SECTIONS):
        return text
    pieces: list[str] = []
    stack: list[str] = []
    at = 0
    raw: str | None = None
    for tag in _TAG.finditer(text):
        name = tag.group(2).lower()
        if raw is not None:
            if tag.group(1) and name == raw:
                raw = None
            continue
        if not tag.group(1):
            if name in _RAW_TEXT:
                raw = name
            elif name not in _VOID and not tag.group().endswith("/>"):
                stack.append(name)
            continue
        if name not in stack:
            continue  # a stray end tag: left as written
        depth = len(stack) - 1 - stack[::-1].index(name)
        if name in _SECTIONS and depth < len(stack) - 1:
            pieces.append(text[at : tag.start()])
            pieces.append("".join(f"</{open_tag}>" for open_tag in reversed(stack[depth + 1 :])))
            at = tag.start()
        del stack[depth:]
    pieces.append(text[at:])
    return "".join(pieces)


#: Markup after the document's end: "</body></html><script …></script><div hidden …>", or
#: after the body's: "</body><table><h2>RESTORAN KAMI MEMBUKA LOWONGAN</h2>…" (a browser
#: shows both in the body).
_AFTER_THE_END = re.compile(r"</html\s*>\s*<(?!!--)|</body\s*>\s*<(?!!--|/html)", re.IGNORECASE)
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


#: A template engine's comment, which no page built from the template shows: Liquid's and
#: Django's "{% comment %} … {% endcomment %}", Jinja's and Twig's "{# … #}", Handlebars'
#: "{{!-- … --}}". A page's source left unbuilt still holds them.
_TEMPLATE_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}|\{#|\{\{!--")
_TEMPLATE_COMMENT_END = {
    "{%": re.compile(r"\{%-?\s*endcomment\s*-?%\}"),
    "{#": re.compile(r"#\}"),
    "{{": re.compile(r"--\}\}"),
}
#: The longest template comment taken out: an opening with no end this near is text.
_LONGEST_TEMPLATE_COMMENT = 20_000


def _without_template_comments(text: str) -> str:
    """*text* without its template engine's comments (a page's source, as its site shows it).

    >>> _without_template_comments("<ul>{% comment %}<li>Old job</li>{% endcomment %}</ul>")
    '<ul></ul>'
    >>> _without_template_comments("<p>Jobs {# to do #}open</p><p>{#1 of 3</p>")
    '<p>Jobs open</p><p>{#1 of 3</p>'
    """
    if "{%" not in text and "{#" not in text and "{{!" not in text:
        return text
    kept: list[str] = []
    at = 0
    while (opening := _TEMPLATE_COMMENT.search(text, at)) is not None:
        end = _TEMPLATE_COMMENT_END[opening.group()[:2]].search(
            text, opening.end(), opening.end() + _LONGEST_TEMPLATE_COMMENT
        )
        if end is None:  # no end: no comment ("{#1 of 3"); the text goes on from after it
            kept.append(text[at : opening.end()])
        else:
            kept.append(text[at : opening.start()])
        at = end.end() if end is not None else opening.end()
    kept.append(text[at:])
    return "".join(kept)


def _body_after_its_end(text: str) -> str:
    """A page whose markup goes on after ``</html>``, with that markup in its body.

    A browser puts what follows the document's end into its body (React's streamed
    segments are written there); libxml2 drops it. Without the end tags, it stays.
    """
    if _AFTER_THE_END.search(text) is None:
        return text
    return _END_TAGS.sub("", text)


def _refuse_tag_soup(text: str, uri: str | None) -> None:
    """Raise :class:`InputError` for a page of more than :data:`MAX_TAGS` tags."""
    if text.count("<") <= MAX_TAGS:  # every page but a hostile one: one quick count
        return
    tags = sum(1 for _ in _START_TAG.finditer(text))
    if tags > MAX_TAGS:
        raise InputError(
            uri or "<page>",
            f"holds {tags:,} tags, more than the {MAX_TAGS:,} a page may have: not read",
        )


def parse_html(text: str, *, uri: str | None = None) -> etree._Element:
    """Parse a page with lxml: every element kept, however deep; no network, no entities.

    Raises :class:`InputError` for a page of more than :data:`MAX_TAGS` tags.

    A page nested deeper than libxml2 allows is flattened and parsed again,
    with a warning naming *uri*; if even that loses content, the warning says
    the page was cut.
    """
    if (front := patterns.FRONT_MATTER.match(text)) is not None:
        text = text[front.end() :]  # a site generator's settings, no text of the page
    text = _without_template_comments(text)
    _refuse_tag_soup(text, uri)
    text = _trim_attributes(text, uri)
    text = _headings_closed_as_browsers_do(text)
    text = _body_after_its_end(text)
    parser = _parser()
    root = _document(text, parser)
    if _section_end_ignored(parser) and (closed := _sections_closed_as_browsers_do(text)) != text:
        text, parser = closed, _parser()  # only where libxml2 said it ignored a section's end
        root = _document(text, parser)
    if not _too_deep(parser):
        reveal_streamed(root)  # React's streamed segments, where the page's script puts them
        return root
    parser = _parser()
    root = _document(flatten(text), parser)
    if _too_deep(parser):
        log.warning(
            "%s: elements nested too deep to read; the page was cut where they start",
            uri or "<page>",
        )
    else:
        log.warning(
            "%s: elements nested more than %d deep were flattened (their text is kept)",
            uri or "<page>",
            MAX_DEPTH,
        )
    return root


def parse_fragment(fragment: str) -> etree._Element:
    """Parse an HTML fragment (a JSON-LD description) into one element, as safely as a page."""
    root = _document(f"<html><body>{fragment}</body></html>", _parser())
    body = root.find("body")
    return body if body is not None else root
