"""Content a page streams in with its own script: React's server-rendered Suspense boundaries.

React 18 streams a page: a boundary first shows a fallback around a ``<template
id="B:0">``, and the content comes later, at the page's end, in a ``<div hidden
id="S:0">`` that the page's inline script ``$RC("B:0","S:0")`` moves into the
boundary. A browser runs that script at once; a visitor never sees the hidden
block where it is, but sees its content in the boundary. :func:`reveal_streamed`
does what the script does, so the page is read as a visitor sees it.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["reveal_streamed"]

#: A call of React's completion function: ``$RC("B:0","S:0")``.
_COMPLETE = re.compile(
    r"""\$RC\(\s*["'](?P<boundary>[^"']+)["']\s*,\s*["'](?P<segment>[^"']+)["']"""
)


def reveal_streamed(root: etree._Element) -> None:
    """Move each streamed segment into its boundary, as the page's ``$RC`` calls do."""
    calls = [
        match.group("boundary", "segment")
        for script in root.iter("script")
        if script.text and "$RC(" in script.text
        for match in _COMPLETE.finditer(script.text)
    ]
    if not calls:
        return
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    for boundary_id, segment_id in calls:
        boundary, segment = by_id.get(boundary_id), by_id.get(segment_id)
        parent = boundary.getparent() if boundary is not None else None
        if boundary is None or segment is None or parent is None:
            continue
        start = at = parent.index(boundary)
        for child in list(segment):
            parent.insert(at, child)
            at += 1
        tail, boundary.tail = boundary.tail, None
        parent.remove(boundary)
        if tail:  # the text after the boundary stays after what replaced it
            if at > start:
                parent[at - 1].tail = (parent[at - 1].tail or "") + tail
            elif start > 0:
                parent[start - 1].tail = (parent[start - 1].tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        segment_parent = segment.getparent()
        if segment_parent is not None:
            segment_parent.remove(segment)
