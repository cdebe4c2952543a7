"""Microdata: ``itemscope``/``itemprop`` markup, read as the HTML standard says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from jobparse.page.render import element_text

__all__ = ["microdata_items"]

_URL_PROPERTIES = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
                   "embed": "src", "iframe": "src", "source": "src", "video": "src",
                   "object": "data"}  # fmt: skip


def _value(element: etree._Element, name: str) -> Any:
    """The value of an ``itemprop`` element (the HTML standard's rules, simplified).

    A ``description`` keeps its markup, so its paragraphs survive.
    """
    if element.get("itemscope") is not None:
        return _item(element)
    tag = element.tag if isinstance(element.tag, str) else ""
    if name == "description" and len(element):
        inner = "".join(
            etree.tostring(child, encoding="unicode", method="html") for child in element
        )
        return (element.text or "") + inner
    if tag == "meta":
        return element.get("content", "")
    if tag in _URL_PROPERTIES:
        return element.get(_URL_PROPERTIES[tag], "")
    if tag == "time" and element.get("datetime"):
        return element.get("datetime")
    if tag in {"data", "meter"} and element.get("value") is not None:
        return element.get("value")
    return element_text(element)


def _item(scope: etree._Element) -> dict[str, Any]:
    """The properties of one item: its ``itemprop`` descendants outside nested items."""
    item: dict[str, Any] = {}
    types = (scope.get("itemtype") or "").split()
    if types:
        item["@type"] = [t.rstrip("/").rsplit("/", 1)[-1] for t in types]
    stack = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        names = (element.get("itemprop") or "").split()
        for name in names:
            value = _value(element, name)
            item.setdefault(name, [])
            item[name].append(value)
        if element.get("itemscope") is None:
            stack.extend(reversed(element))
    return {key: value[0] if isinstance(value, list) and len(value) == 1 else value
            for key, value in item.items()}  # fmt: skip


def microdata_items(root: etree._Element) -> Iterator[dict[str, Any]]:
    """Yield every top-level microdata item of the page as a JSON-LD-like dict."""
    for scope in root.iter():
        if not isinstance(scope.tag, str) or scope.get("itemscope") is None:
            continue
        if scope.get("itemprop") is not None:
            continue  # a nested item: read as part of its parent
        yield _item(scope)
