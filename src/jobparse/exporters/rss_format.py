"""The ``rss`` format: an RSS 2.0 feed with one item per posting.

Written incrementally with lxml's ``xmlfile``, so large batches stream.
Characters XML 1.0 forbids are removed: the feed is well-formed whatever the
postings contain.

Feed readers render an item's ``description`` as HTML, so it is written as
HTML: the posting's text escaped (``<b>C++</b>`` stays text, never markup),
one ``<p>`` per paragraph, line breaks as ``<br>``. An item links to the
posting's own page, else its apply link, else its page; only ``http(s)``
links are written, and ``file:`` ones when the page was a local file.
``pubDate`` is when a watching state first saw the posting (``first_seen``,
so a reader shows each job once, on the day it appeared), else its
``date_posted`` when known. Options: the channel's
``title``, ``link`` and ``description``, and ``self_url``, the feed's own
address (an ``atom:link rel="self"``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from jobparse._version import __version__
from jobparse.exporters._text import safe_link, xml_safe
from jobparse.exporters.base import Exporter, reject_options
from jobparse.exporters.hookspecs import hookimpl

if TYPE_CHECKING:  # lxml and email load when a feed is written, not when formats are listed
    from lxml import etree

    from jobparse.model import Location, Posting

__all__ = ["ATOM", "RssExporter", "description_html", "item_title"]


def _place(location: Location) -> str:
    if location.remote:
        return "Remote"
    return location.city or location.region or location.country or location.raw


def item_title(posting: Posting) -> str:
    """The item's title, "Title — Company (Place)", leaving out what is unknown.

    >>> from jobparse.model import Posting, Source
    >>> item_title(Posting(id="x", description="We farm.", source=Source(None, 0)))
    'We farm.'
    """
    places = ", ".join(dict.fromkeys(_place(loc) for loc in posting.locations))
    head = " — ".join(part for part in (posting.title, posting.company) if part)
    if not head:
        first_line = posting.description.strip().split("\n", 1)[0]
        head = first_line if len(first_line) <= 80 else first_line[:79] + "…"
        head = head or "Job posting"
    return f"{head} ({places})" if places else head


def _uri_link(uri: str | None) -> str | None:
    if not uri:
        return None
    if uri.startswith(("http://", "https://")):
        return uri
    if uri.startswith("<"):
        return None
    return Path(uri).resolve().as_uri()


#: The Atom namespace, for the feed's ``atom:link rel="self"``.
ATOM = "http://www.w3.org/2005/Atom"


def description_html(text: str) -> str:
    """A posting's text as escaped HTML: one ``<p>`` per paragraph, ``<br>`` per line break.

    >>> description_html("Knows <b>C++</b> & Rust.\\n\\nApply now")
    '<p>Knows &lt;b&gt;C++&lt;/b&gt; &amp; Rust.</p><p>Apply now</p>'
    """
    import html  # loads html.entities: only when a feed is written

    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def _pub_date(posting: Posting) -> str | None:
    """RFC 822 date of the item: when a state first saw it, else when it was posted."""
    moment = posting.first_seen
    if moment is None and posting.date_posted is not None:
        day = posting.date_posted
        moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    if moment is None:
        return None
    import email.utils

    return email.utils.format_datetime(moment.astimezone(dt.timezone.utc), usegmt=True)


def _text_element(tag: str, text: str, attributes: dict[str, str] | None = None) -> etree._Element:
    from lxml import etree

    element = etree.Element(tag, attributes or {})
    element.text = xml_safe(text)
    return element


class RssExporter(Exporter):
    """RSS 2.0: channel title, link and description, one item per posting."""

    name = "rss"
    suffix = ".xml"
    media_type = "application/rss+xml"
    description = "RSS 2.0 feed: one item per posting (title, link, guid, description)"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write the feed; options ``title``, ``link`` and ``description`` of the channel."""
        iterator = iter(postings)
        first = next(iterator, None)
        title = str(options.pop("title", "Job postings"))
        link = (
            options.pop("link", None)
            or (_uri_link(first.source.uri) if first else None)
            or "http://localhost/"
        )
        description = str(options.pop("description", "Job postings exported by jobparse"))
        self_url = options.pop("self_url", None)
        reject_options(self.name, options)
        everything = itertools.chain([first], iterator) if first else iter(())
        import email.utils

        from lxml import etree

        with etree.xmlfile(stream, encoding="utf-8") as xml:
            xml.write_declaration()
            with xml.element("rss", version="2.0", nsmap={"atom": ATOM}), xml.element("channel"):
                xml.write(_text_element("title", title))
                xml.write(_text_element("link", str(link)))
                if self_url:
                    attributes = {"href": str(self_url), "rel": "self", "type": self.media_type}
                    xml.write(etree.Element(f"{{{ATOM}}}link", attributes))
                xml.write(_text_element("description", description))
                xml.write(_text_element("generator", f"jobparse {__version__}"))
                xml.write(_text_element("lastBuildDate", email.utils.formatdate(usegmt=True)))
                for posting in everything:
                    xml.write(self._item(posting, str(link)))
                    xml.flush()

    @staticmethod
    def _item(posting: Posting, channel_link: str) -> etree._Element:
        from lxml import etree

        item = etree.Element("item")
        item.append(_text_element("title", item_title(posting)))
        page = posting.source.uri
        link = (
            safe_link(posting.url, page)
            or safe_link(posting.apply_url, page)
            or safe_link(_uri_link(page), page)
            or channel_link
        )
        item.append(_text_element("link", link))
        item.append(_text_element("guid", posting.id, {"isPermaLink": "false"}))
        item.append(_text_element("description", description_html(posting.description)))
        pub_date = _pub_date(posting)
        if pub_date is not None:
            item.append(_text_element("pubDate", pub_date))
        if posting.employment_type:
            item.append(_text_element("category", posting.employment_type.value))
        return item


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(RssExporter())
