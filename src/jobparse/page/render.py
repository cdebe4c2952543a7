"""HTML to text: parse safely with lxml and render the text layout the text parser reads.

Block elements become lines, paragraphs and headings are set apart by blank
lines, list items become ``•`` lines, and page furniture (scripts, styles,
navigation, forms) is dropped. A link or button labelled "Apply" becomes a
line reading ``Apply``, so listing pages segment exactly like their text
renderings. The walk is iterative: deeply nested documents cannot exhaust
the stack.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import cast

from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.page import looks_like_html
from jobparse.page.links import resolve
from jobparse.page.tree import parse_fragment, parse_html

__all__ = [
    "APPLY_TEXTS",
    "CODE_TAGS",
    "element_text",
    "fragment_to_text",
    "html_to_text",
    "is_hidden",
    "looks_like_html",
    "parse_html",
    "render",
    "render_nodes",
    "split_paragraphs",
    "tag_of",
    "text_parts",
]

#: Elements whose text is code, never words of the page.
CODE_TAGS = frozenset({"script", "style", "noscript", "template"})
#: Elements never rendered: code, styling, navigation and forms.
FURNITURE_TAGS = CODE_TAGS | frozenset("nav form svg iframe canvas select option textarea".split())
_BLOCK = frozenset(
    """
    address article aside blockquote dd div dl dt fieldset figcaption figure footer header hr li
    main ol pre section table tbody thead tfoot tr td th caption ul body html details summary
    """.split()
)
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6".split())
#: Link and button texts that mark a posting's Apply control.
APPLY_TEXTS = frozenset({"apply", "apply now", "apply here"})
# Element boundaries are marked while walking, then merged: adjacent block
# boundaries make one line break, any paragraph boundary among them a blank line.
# (Private-use characters: never white space, so space collapsing leaves them alone.)
_LINE_BREAK = "\ue000"
_PARAGRAPH_BREAK = "\ue001"
_BREAKS = re.compile("[\ue000\ue001][\ue000\ue001\\s]*")
# The end of an inline element. Where one word ends in a small letter and the next,
# in the next element, starts with a capital, with nothing between, they are two
# facts laid out apart by styling ("<span>Remote</span><span>Full time</span>").
_INLINE_END = "\ue002"
_LINE_MARKS = (_LINE_BREAK, _PARAGRAPH_BREAK, "\n")
_BRACKET_LOOKBACK = 200
#: Horizontal white space that is not already one plain space: what folding to " " changes.
#: (``HSPACE`` also matches each lone space: on a page of words, one new string per word.)
_SPACES_TO_FOLD = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
_GLUED_FACTS = re.compile("\ue002+(?=[^\\W\\d_])")  # the letter before: in _split_glued


def element_text(element: etree._Element) -> str:
    """The text of an element on one line, white space collapsed."""
    if not len(element):  # most links and headings: one text, no children
        return one_line(element.text or "") if isinstance(element.tag, str) else ""
    if next(element.iter("br"), None) is not None:
        return one_line("".join(_text_with_breaks(element)))
    return one_line("".join(cast("Iterator[str]", element.itertext())))


def text_parts(element: etree._Element) -> list[etree._Element]:
    """An element's children that show text: the parts of a row ("<a><span>Kok</span>…")."""
    return [child for child in element if element_text(child).strip()]


def _text_with_breaks(element: etree._Element) -> list[str]:
    """An element's texts in order, a space for each line break between words.

    "<h1>Maak het verschil<br><em>als ambulant coach</em></h1>": the break parts
    words; after Chinese or Japanese characters it parts none ("ここは、<br>起業家").
    """
    pieces: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node is not element and node.tail:
                pieces.append(node.tail)  # a comment's too, as itertext gives it
            continue
        if node.tag == "br" and pieces and not _joins_without_space(pieces[-1][-1:]):
            pieces.append(" ")
        if isinstance(node.tag, str) and node.text:
            pieces.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return pieces


def _joins_without_space(char: str) -> bool:
    """Whether a character is written without spaces after it (CJK), or is one."""
    cjk = "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"
    return not char or char.isspace() or cjk


#: White space that is not already one plain space between words.
_SPACE_TO_COLLAPSE = re.compile(r"[^\S ]\s*| \s+")
#: Texts longer than this are collapsed without a list of their words.
_LONG_TEXT = 4096


def one_line(text: str) -> str:
    """*text* with each run of white space one space, and none at the ends.

    ``" ".join(text.split())``, without a list of every word for a long text
    (a page's whole text: millions of words, twenty times its size in memory).

    >>> one_line("  Data\\tEngineer \\n Berlin ")
    'Data Engineer Berlin'
    """
    if len(text) <= _LONG_TEXT:
        return " ".join(text.split())
    return _SPACE_TO_COLLAPSE.sub(" ", text).strip()


def tag_of(element: etree._Element) -> str:
    """An element's tag in lower case; "" for a comment or a processing instruction."""
    return element.tag.casefold() if isinstance(element.tag, str) else ""


def is_apply_control(element: etree._Element) -> bool:
    """Whether an element is a posting's Apply link or button ("Apply now ›", "Bewerben")."""
    if tag_of(element) not in {"a", "button"}:
        return False
    label = _label(element_text(element))
    return label.casefold() in APPLY_TEXTS or (
        len(label) <= _MAX_CONTROL_TEXT and vocabulary.apply_text(label)
    )


#: Longer than any Apply control's text with the marks around it ("›  Apply now  ›").
_MAX_CONTROL_TEXT = 40


def _label(text: str) -> str:
    """A control's text from its first to its last word character ("Apply" in "› Apply ›")."""
    if len(text) > _MAX_CONTROL_TEXT:
        return text
    first = patterns.WORD_CHARACTER.search(text)
    if first is None:
        return ""
    last = patterns.WORD_CHARACTER.search(text[::-1])
    return text[first.start() : len(text) - last.start()] if last else text


def _flow(text: str) -> str:
    """HTML text flows: a newline in the source is just a space."""
    if "\n" not in text and "\t" not in text and "  " not in text and "\r" not in text:
        return text  # nearly every text node: nothing to collapse
    return patterns.WHITESPACE.sub(" ", text)


def is_hidden(element: etree._Element) -> bool:
    """Whether an element is hidden from visitors: ``hidden``, ``aria-hidden``, ``display:none``.

    An icon font's ligature is shown as a glyph, not as its word: "moving_ministry" in a
    ``<span class="material-symbols-outlined">`` is a picture of a hospital, and so is
    "business_center" alone in an ``<i>`` (a briefcase).
    """
    if element.get("hidden") is not None:
        return True
    if _ICON_FONT.search(element.get("class") or ""):
        return True
    if element.tag == "i" and not len(element) and _LIGATURE.fullmatch(element.text or ""):
        return True  # "<i>business_center</i>": an icon font styled by the site's own CSS
    if (element.get("aria-hidden") or "").strip().casefold() == "true":
        return True
    style = element.get("style")
    return style is not None and patterns.HIDDEN_STYLE.search(style) is not None


#: The classes of Google's icon fonts, whose text is a ligature's name.
_ICON_FONT = re.compile(r"(?:^|\s)material-(?:icons|symbols)")
#: A ligature's name alone in an ``<i>``: words in lower case joined by underscores.
_LIGATURE = re.compile(r"\s*[a-z0-9]+(?:_[a-z0-9]+)+\s*")


def wraps_the_page(form: etree._Element) -> bool:
    """Whether a ``<form>`` holds the page itself, not fields to fill in.

    ASP.NET Web Forms pages put the whole page in one form (``<form
    id="form1">``), the job's heading and text with it, and its page state in a
    hidden ``__VIEWSTATE`` field. The page's first heading is then in the form;
    an application or a search form comes after the job's heading, if it has
    headings of its own ("Apply for this job").
    """
    first = next(form.getroottree().getroot().iter("h1", "h2", "h3"), None)
    return first is not None and any(ancestor is form for ancestor in first.iterancestors())


def render(element: etree._Element) -> str:
    """Render an element's subtree as text in the career-page layout."""
    return render_nodes((element,), tails=False)


def render_nodes(
    elements: Sequence[etree._Element],
    *,
    tails: bool,
    lines: Collection[etree._Element] = (),
    visible: bool = False,
) -> str:
    """Render a run of elements (a record of sibling elements) as one text.

    With *tails*, the text after each element (up to the next) is part of it.
    Elements in *lines* are lines of their own, as blocks are
    (a card's inline facts: ``<span>Remote</span><span>Full time</span>``).
    *visible* says hidden elements were dropped from the tree: none is looked for.
    """
    out: list[str] = []
    roots = set(elements) if not tails else set()
    stack: list[tuple[etree._Element, bool]] = [(e, False) for e in reversed(elements)]
    while stack:
        node, closing = stack.pop()
        tag = tag_of(node)
        if closing:
            if tag in _PARAGRAPH:
                out.append(_PARAGRAPH_BREAK)
            elif tag in _BLOCK or node in lines:
                out.append(_LINE_BREAK)
            elif out and out[-1][-1:].islower():
                out.append(_INLINE_END)  # a word may end here and the next begin at once
            if node.tail and node not in roots:
                out.append(_flow(node.tail))
            continue
        if (
            (tag in FURNITURE_TAGS and not (tag == "form" and wraps_the_page(node)))
            or not tag
            or (not visible and is_hidden(node))
        ):
            if node.tail and node not in roots:
                out.append(_flow(node.tail))
            continue
        if tag == "br":
            out.append("\n")
        elif is_apply_control(node):
            out.append(f"{_LINE_BREAK}Apply{_LINE_BREAK}")
        else:
            if tag in _PARAGRAPH:
                out.append(_PARAGRAPH_BREAK)
            elif tag in _BLOCK or node in lines:
                out.append(_LINE_BREAK)
            if tag == "li":
                out.append("• ")
            if node.text:
                out.append(node.text if tag == "pre" else _flow(node.text))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
            continue
        if node.tail and node not in roots:
            out.append(_flow(node.tail))
    text = "".join(out)
    if _INLINE_END in text:
        text = _GLUED_FACTS.sub(_split_glued, text).replace(_INLINE_END, "")
    text = _SPACES_TO_FOLD.sub(" ", text)
    text = _BREAKS.sub(lambda m: "\n\n" if _PARAGRAPH_BREAK in m.group() else "\n", text)
    text = patterns.LINE_EDGES.sub("\n", text)
    return patterns.BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def _split_glued(match: re.Match[str]) -> str:
    """A line break between a small letter and a capital that two elements glue together."""
    text = match.string
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()]
    if not (before.islower() and after.isupper()):
        return ""
    # Inside brackets the facts are a list on one line: "Remote (United States, Germany)".
    end = match.start()
    start = max(0, end - _BRACKET_LOOKBACK)
    start = max(start, *(text.rfind(mark, start, end) + 1 for mark in _LINE_MARKS))
    opened = text[start:end]
    return ", " if opened.count("(") > opened.count(")") else _LINE_BREAK


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
    return render(parse_html(text))


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of rendered text: runs of lines between blank lines."""
    return tuple(p.strip() for p in text.split("\n\n") if p.strip())


def fragment_to_text(fragment: str) -> tuple[str, ...]:
    """Paragraphs of an HTML fragment, such as a JSON-LD ``description``.

    >>> fragment_to_text("<p>We build robots.</p><ul><li>C++</li><li>ROS</li></ul>")
    ('We build robots.', '• C++\\n• ROS')
    >>> fragment_to_text("Plain text,\\n\\nin two paragraphs.")
    ('Plain text,', 'in two paragraphs.')
    """
    if "<" not in fragment:
        lines = (patterns.HSPACE.sub(" ", line).strip() for line in fragment.splitlines())
        return split_paragraphs("\n".join(lines))  # runs of spaces collapsed, as HTML renders
    return split_paragraphs(render(parse_fragment(fragment)))


def absolute_links(element: etree._Element, base: str | None) -> tuple[str, ...]:
    """The http(s) targets of the links inside an element, made absolute."""
    found: dict[str, None] = {}
    for anchor in element.iter("a"):
        url = resolve(anchor.get("href"), base)
        if url is not None and url.startswith(("http://", "https://")):
            found[url] = None
    return tuple(found)
