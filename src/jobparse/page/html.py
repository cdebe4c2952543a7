"""HTML pages: parse safely with lxml and render to the text layout the text parser reads.

Block elements become lines, paragraphs and headings are set apart by blank
lines, list items become ``•`` lines, and page furniture (scripts, styles,
navigation, forms) is dropped. Links labelled "Apply" become ``Apply`` lines,
so listing pages segment exactly like their text renderings.
"""

from __future__ import annotations

import re

from lxml import etree, html

__all__ = ["html_to_text", "looks_like_html", "parse_html"]

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S
)
_DROP = {"script", "style", "noscript", "template", "nav", "form", "svg", "iframe", "button"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "header", "hr", "li", "main", "ol", "pre",
    "section", "table", "tr", "ul",
}  # fmt: skip
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}


def looks_like_html(text: str) -> bool:
    """Tell HTML from text by content (does it open with markup?).

    >>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html("London\\n\\nWe are hiring <engineers>.")
    False
    """
    return _HTML_START.match(text[:4096]) is not None


def parse_html(text: str) -> etree._Element:
    """Parse *text* with lxml, never touching the network or resolving entities."""
    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        recover=True,
    )
    return html.document_fromstring(text, parser=parser)


def html_to_text(text: str) -> str:
    """Render an HTML page as the plain-text layout of a career page.

    >>> print(html_to_text("<p>London</p><p>We hire.<br>Now.</p><a href='/x'>Apply</a>"), end="")
    London
    <BLANKLINE>
    We hire.
    Now.
    <BLANKLINE>
    Apply
    """
    root = parse_html(text)
    out: list[str] = []
    _render(root, out)
    rendered = "".join(out)
    rendered = re.sub(r"[ \t]*\n[ \t]*", "\n", rendered)
    rendered = re.sub(r"\n{3,}", "\n\n", rendered)
    return rendered.strip() + "\n"


def _render(root: etree._Element, out: list[str]) -> None:
    """Walk the tree iteratively (deep documents must not exhaust the stack)."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag in _PARAGRAPH:
                out.append("\n\n")
            elif tag in _BLOCK:
                out.append("\n")
            if element.tail:
                out.append(element.tail)
            continue
        if tag in _DROP or not tag:
            if element.tail:
                out.append(element.tail)
            continue
        if tag == "br":
            out.append("\n")
            if element.tail:
                out.append(element.tail)
            continue
        if tag == "a" and "".join(map(str, element.itertext())).strip().lower() in {
            "apply",
            "apply now",
        }:
            out.append("\nApply\n")
            if element.tail:
                out.append(element.tail)
            continue
        if tag in _PARAGRAPH:
            out.append("\n\n")
        elif tag in _BLOCK:
            out.append("\n")
        if tag == "li":
            out.append("• ")
        if element.text:
            out.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
