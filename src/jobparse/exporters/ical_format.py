"""The ``ical`` format: deadlines and start dates as all-day calendar events (RFC 5545).

One ``VEVENT`` per dated event of a posting, with a ``UID`` derived from the
posting id, the event's kind and its date — importing the file again updates
the events instead of duplicating them. Written with the icalendar library;
events are serialised one at a time, so large batches stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from jobparse._version import __version__
from jobparse.exporters._text import safe_link, without_controls
from jobparse.exporters.base import Exporter, reject_options
from jobparse.exporters.hookspecs import hookimpl

if TYPE_CHECKING:  # icalendar loads when a calendar is written, not when formats are listed
    import icalendar

    from jobparse.model import Deadline, Location, Posting

__all__ = ["ICalExporter", "event_uid", "summary"]

_KIND_LABELS = {
    "application": "Application deadline",
    "start": "Start date",
    "other": "Date",
}
PRODID = f"-//jobparse//jobparse {__version__}//EN"


def _utc_timezone() -> icalendar.Timezone:
    """A ``VTIMEZONE`` for UTC: the component a calendar without events still needs.

    RFC 5545 (3.6) requires a calendar to hold at least one component
    (``icalbody = calprops component``); a batch without dated events would
    otherwise give an empty ``VCALENDAR`` that strict readers refuse. A time
    zone definition adds nothing to anyone's agenda.
    """
    import icalendar

    timezone = icalendar.Timezone()
    timezone.add("tzid", "UTC")
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(0))
    standard.add("tzoffsetto", dt.timedelta(0))
    standard.add("tzname", "UTC")
    timezone.add_component(standard)
    return timezone


def event_uid(posting: Posting, deadline: Deadline) -> str:
    """A stable UID: the same posting, kind and date always give the same one."""
    return f"{posting.id}-{deadline.kind.value}-{deadline.date:%Y%m%d}@jobparse"


def summary(posting: Posting, deadline: Deadline) -> str:
    """The event's summary: "Application deadline: Optical Data Analyst — ASML"."""
    what = " — ".join(part for part in (posting.title, posting.company) if part) or "Job posting"
    return f"{_KIND_LABELS[deadline.kind.value]}: {what}"


def _place(location: Location) -> str:
    if location.remote:
        return f"Remote ({location.country})" if location.country else "Remote"
    return ", ".join(p for p in (location.city, location.region, location.country) if p)


def _link(posting: Posting) -> tuple[str, str] | None:
    """The best link for the event and what it is: the apply link, the page, a written URL.

    Only http(s) links, and ``file:`` ones when the page was a local file.
    """
    page = posting.source.uri
    for kind, url in (("Apply", posting.apply_url), ("Posting", page), ("Link", _first(posting))):
        link = safe_link(url, page)
        if link:
            return kind, link
    return None


def _first(posting: Posting) -> str | None:
    return posting.urls[0] if posting.urls else None


def _event(posting: Posting, deadline: Deadline, stamp: dt.datetime) -> icalendar.Event:
    import icalendar

    event = icalendar.Event()
    event.add("uid", event_uid(posting, deadline))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    event.add("summary", without_controls(summary(posting, deadline)))
    link = _link(posting)
    lines = [f'"{deadline.text}"' if deadline.text else ""]
    if link:
        lines.append(f"{link[0]}: {link[1]}")
    places = "; ".join(_place(loc) for loc in posting.locations)
    if places:
        lines.append(f"Place: {places}")
        event.add("location", without_controls(places))
    event.add("description", without_controls("\n".join(line for line in lines if line)))
    if link:
        event.add("url", without_controls(link[1]))
    event.add("categories", [deadline.kind.value])
    event.add("transp", "TRANSPARENT")
    return event


class ICalExporter(Exporter):
    """An iCalendar file with one all-day event per deadline or start date."""

    name = "ical"
    suffix = ".ics"
    media_type = "text/calendar"
    description = "iCalendar (RFC 5545): one all-day event per deadline or start date"

    def export(self, postings: Iterable[Posting], stream: BinaryIO, **options: Any) -> None:
        """Write the calendar; options ``name`` (calendar name) and ``timestamp`` (ISO DTSTAMP)."""
        name = options.pop("name", "Job deadlines (jobparse)")
        timestamp = options.pop("timestamp", None)
        reject_options(self.name, options)
        stamp = (
            dt.datetime.fromisoformat(str(timestamp)).astimezone(dt.timezone.utc)
            if timestamp
            else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        )
        import icalendar

        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", without_controls(str(name)))
        head, _, tail = calendar.to_ical().partition(b"END:VCALENDAR")
        stream.write(head)
        events = 0
        for posting in postings:
            for deadline in posting.deadlines:
                stream.write(_event(posting, deadline, stamp).to_ical())
                events += 1
        if not events:
            stream.write(_utc_timezone().to_ical())  # RFC 5545: at least one component
        stream.write(b"END:VCALENDAR" + tail)


@hookimpl
def jobparse_register_exporters(register: Callable[[Exporter], None]) -> None:
    register(ICalExporter())
