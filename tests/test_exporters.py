"""Every built-in format, read back with a real client: json, csv, icalendar, feedparser."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator

import attrs
import feedparser
import icalendar
import lxml.html
import pytest
from lxml import etree

import jobparse
from jobparse.convert import posting_from_dict
from jobparse.exporters.csv_format import COLUMNS
from jobparse.model import Deadline, DeadlineKind, EmploymentType, Location, Posting, Source
from tests.conftest import SEEDS

HOSTILE = (
    '=HYPERLINK("http://evil.example","click") +1 -1 @SUM(A1) <script>alert(1)</script> '
    "]]> <![CDATA[x]]> \x00\x07\x1b\x0b\x0c nul-and-bell \u202eevil\u202c \u200f rtl "
    "🧑🏼\u200d🔬 emoji & ampersand \"quotes\" 'single' \ufffe \udc00"
)


@pytest.fixture(scope="module")
def seed_postings() -> list[Posting]:
    return list(jobparse.iter_postings([SEEDS]))


def _export(postings: list[Posting], format_name: str, **options: str) -> bytes:
    stream = io.BytesIO()
    jobparse.export(postings, format_name, stream, **options)
    return stream.getvalue()


def _hostile_postings() -> list[Posting]:
    return [
        Posting(
            id="00000000000000aa",
            description=HOSTILE + "\n\nSecond paragraph.",
            source=Source(uri="https://jobs.example/page?a=1&b=<2>", index=0),
            title="=cmd|' /C calc'!A0",
            company="@Evil <Corp> & Sons",
            locations=(Location(raw=HOSTILE, city="-Town\x00", country="US"),),
            employment_type=EmploymentType.CONTRACT,
            deadlines=(Deadline(DeadlineKind.APPLICATION, dt.date(2025, 3, 1), HOSTILE),),
            emails=("a@b.cd",),
            urls=("https://x.example/?q=<1>&r=]]>",),
            apply_url="https://x.example/apply?id=1&x=\x01",
        ),
        Posting(id="00000000000000bb", description="", source=Source(uri=None, index=1)),
    ]


def test_every_builtin_format_is_registered() -> None:
    assert set(jobparse.exporters()) >= {"json", "jsonl", "csv", "ical", "rss"}


# --- json and jsonl -------------------------------------------------------------


def test_json_round_trips_every_seed_posting(seed_postings: list[Posting]) -> None:
    data = json.loads(_export(seed_postings, "json"))
    assert [posting_from_dict(item) for item in data] == seed_postings


def test_jsonl_has_one_posting_per_line_in_order(seed_postings: list[Posting]) -> None:
    lines = _export(seed_postings, "jsonl").decode("utf-8").splitlines()
    assert [posting_from_dict(json.loads(line)) for line in lines] == seed_postings


@pytest.mark.parametrize("name", ["json", "jsonl"])
def test_json_formats_survive_hostile_text(name: str) -> None:
    postings = _hostile_postings()
    text = _export(postings, name).decode("utf-8")
    items = json.loads(text) if name == "json" else [json.loads(line) for line in text.splitlines()]
    assert [posting_from_dict(item) for item in items] == postings


# --- csv -------------------------------------------------------------------------


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_has_the_documented_columns_and_a_row_per_posting(seed_postings: list[Posting]) -> None:
    data = _export(seed_postings, "csv")
    header = next(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert tuple(header) == COLUMNS
    rows = _csv_rows(data)
    assert len(rows) == len(seed_postings)
    madrid = rows[1]
    assert madrid["company"] == "Amazon"
    assert madrid["locations"] == "Madrid, ES"
    assert rows[2]["locations"] == "Redwood City, CA, US; Remote (US)"
    assert rows[2]["remote"] == "true"
    trinity = next(r for r in rows if r["employment_type"] == "postdoc")
    assert trinity["deadlines"] == "start 2024-08-01"
    assert trinity["rolling"] == "true"
    assert [r["description"] for r in rows] == [p.description for p in seed_postings]


def test_csv_neutralises_formulas_and_keeps_hostile_text_readable() -> None:
    rows = _csv_rows(_export(_hostile_postings(), "csv"))
    assert len(rows) == 2
    first = rows[0]
    assert first["title"] == "'=cmd|' /C calc'!A0"
    assert first["company"] == "'@Evil <Corp> & Sons"
    assert first["locations"].startswith("'-Town")
    assert first["description"].startswith("'=HYPERLINK")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    "title",
    [
        *("＝1+1", "＋SUM(A1)", "－2", "＠cmd", "\u200b=1+1", "\ufeff\u200d@x"),
        *("\u200e=1+1", "\u200f@x", "\u202e=cmd", "\u2066+1", "\u2061=1", "\u2064-2"),
        *("\u00ad=1+1", "﹦1+1", "﹢1", "﹫cmd", "\u22122+3"),
    ],
)
def test_csv_neutralises_fullwidth_and_hidden_formula_signs(title: str) -> None:
    posting = Posting(id="00000000000000cc", description="", source=Source(uri=None, index=0))
    row = _csv_rows(_export([attrs.evolve(posting, title=title)], "csv"))[0]
    assert row["title"] == "'" + title


def test_csv_drops_control_characters_but_keeps_line_ends() -> None:
    posting = Posting(
        id="00000000000000dd",
        description="one\x1b[31m red\x00\x08\x9b31m\x85\nline two\r\nline three\tend",
        source=Source(uri=None, index=0),
    )
    row = _csv_rows(_export([posting], "csv"))[0]
    assert row["description"] == "one[31m red31m\nline two\r\nline three\tend"
    assert not set(row["description"]) & {"\x1b", "\x00", "\x08", "\x9b", "\x85"}


def test_csv_delimiter_option() -> None:
    data = _export(_hostile_postings()[1:], "csv", delimiter=";")
    assert data.decode("utf-8").splitlines()[0] == ";".join(COLUMNS)
    with pytest.raises(ValueError, match="one character"):
        _export([], "csv", delimiter=";;")


# --- ical ------------------------------------------------------------------------


def _events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_ical_has_one_all_day_event_per_deadline(seed_postings: list[Posting]) -> None:
    data = _export(seed_postings, "ical", name="CVPR jobs")
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert "jobparse" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "CVPR jobs"
    events = _events(data)
    expected = [(p, d) for p in seed_postings for d in p.deadlines]
    assert len(events) == len(expected) == 2
    for event, (posting, deadline) in zip(events, expected, strict=True):
        assert event.decoded("DTSTART") == deadline.date
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)
        assert (
            str(event["UID"])
            == f"{posting.id}-{deadline.kind.value}-{deadline.date:%Y%m%d}@jobparse"
        )
        assert str(event["SUMMARY"]) == f"Start date: {posting.title} — {posting.company}"
        assert "Dublin, IE" in str(event["DESCRIPTION"])


def test_ical_uids_are_stable_across_exports(seed_postings: list[Posting]) -> None:
    first = [str(e["UID"]) for e in _events(_export(seed_postings, "ical"))]
    again = [str(e["UID"]) for e in _events(_export(seed_postings, "ical"))]
    assert first == again
    assert len(set(first)) == len(first)


def test_ical_survives_hostile_text() -> None:
    data = _export(_hostile_postings(), "ical", timestamp="2025-01-01T00:00:00+00:00")
    (event,) = _events(data)
    assert event.decoded("DTSTART") == dt.date(2025, 3, 1)
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    assert str(event["SUMMARY"]).startswith("Application deadline: =cmd")
    assert "\x00" not in data.decode("utf-8")
    assert str(event["URL"]).startswith("https://x.example/apply")


def test_ical_with_no_deadlines_is_a_calendar_rfc_5545_accepts() -> None:
    data = _export(_hostile_postings()[1:], "ical")
    assert _events(data) == []
    assert data.startswith(b"BEGIN:VCALENDAR")
    assert data.rstrip().endswith(b"END:VCALENDAR")
    calendar = icalendar.Calendar.from_ical(data)
    # RFC 5545 3.6: "icalbody = calprops component", one component at least; a UTC
    # time zone definition is one that puts nothing in anyone's agenda.
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE"]
    assert {"PRODID", "VERSION"} <= set(calendar)
    [standard] = calendar.subcomponents[0].subcomponents
    assert standard.name == "STANDARD"
    assert {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} <= set(standard)


def test_ical_with_deadlines_has_no_time_zone_component(seed_postings: list[Posting]) -> None:
    calendar = icalendar.Calendar.from_ical(_export(seed_postings, "ical"))
    assert {c.name for c in calendar.subcomponents} == {"VEVENT"}


# --- rss -------------------------------------------------------------------------


def test_rss_is_a_valid_feed_with_an_item_per_posting(seed_postings: list[Posting]) -> None:
    data = _export(
        seed_postings, "rss", title="CVPR 2024 jobs", link="https://cvpr.example/careers"
    )
    feed = feedparser.parse(data)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == "CVPR 2024 jobs"
    assert feed.feed.link == "https://cvpr.example/careers"
    assert len(feed.entries) == len(seed_postings)
    assert [entry.id for entry in feed.entries] == [p.id for p in seed_postings]
    assert feed.entries[0].title == "Optical Data Analyst — ASML (Wilton)"
    assert feed.entries[5].title.startswith("About the role You will join")  # no title, no company


def test_rss_guids_are_unique_without_duplicates(seed_postings: list[Posting]) -> None:
    unique = list(jobparse.unique_postings(seed_postings))
    feed = feedparser.parse(_export(unique, "rss"))
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids)) == len(unique)
    assert all(entry.guidislink is False for entry in feed.entries)


def test_rss_survives_hostile_text() -> None:
    data = _export(_hostile_postings(), "rss")
    feed = feedparser.parse(data)
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 2
    entry = feed.entries[0]
    assert entry.link == "https://x.example/apply?id=1&x="
    assert b"&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;" in data  # text, twice escaped
    assert "<script" not in entry.description
    assert "]]&gt;" in entry.description
    assert "🧑🏼" in entry.description


def _descriptions(data: bytes) -> list[str]:
    """The items' descriptions as the feed holds them (an HTML string each), read with lxml."""
    root = etree.fromstring(data)
    return [d.text or "" for d in root.iter("description")][1:]  # the first is the channel's


def test_rss_description_is_escaped_html_a_paragraph_each() -> None:
    text = "Knows <b>C++</b> & Rust.\nShips fast.\n\n<img src=x onerror=alert(1)> is text too."
    posting = Posting(id="00000000000000ee", description=text, source=Source(uri=None, index=0))
    data = _export([posting], "rss")
    fragment = lxml.html.fragment_fromstring(_descriptions(data)[0], create_parent="div")
    assert [e.tag for e in fragment.iter()] == ["div", "p", "br", "p"]  # nothing else is markup
    assert [p.text_content() for p in fragment.iter("p")] == [
        "Knows <b>C++</b> & Rust.Ships fast.",
        "<img src=x onerror=alert(1)> is text too.",
    ]
    entry = feedparser.parse(data).entries[0]
    assert "<img" not in entry.description
    assert "<b>" not in entry.description
    assert "&lt;b&gt;C++&lt;/b&gt;" in entry.description


def test_rss_items_link_to_the_postings_page_and_carry_its_date() -> None:
    base = Posting(id="00000000000000ef", description="x", source=Source(uri=None, index=0))
    postings = [
        attrs.evolve(
            base,
            url="https://jobs.example/2",
            apply_url="https://jobs.example/2/apply",
            date_posted=dt.date(2026, 11, 20),
        ),
        attrs.evolve(base, id="00000000000000f0", apply_url="JaVaScRiPt:alert(1)"),
        attrs.evolve(base, id="00000000000000f1", url="data:text/html,<b>x</b>"),
    ]
    feed = feedparser.parse(
        _export(
            postings, "rss", link="https://jobs.example/", self_url="https://feeds.example/j.xml"
        )
    )
    assert not feed.bozo, feed.bozo_exception
    first, second, third = feed.entries
    assert first.link == "https://jobs.example/2"
    assert first.published_parsed[:3] == (2026, 11, 20)
    assert second.link == third.link == "https://jobs.example/"  # never a script or data URL
    assert "published" not in second
    self_links = [link for link in feed.feed.links if link.rel == "self"]
    assert [link.href for link in self_links] == ["https://feeds.example/j.xml"]


@pytest.mark.parametrize(
    ("page", "kept"),
    [("https://jobs.example/list", False), ("/srv/jobs/list.html", True)],
)
def test_feeds_and_calendars_link_to_files_only_from_a_local_page(page: str, kept: bool) -> None:
    """A remote page cannot point a feed reader or a calendar at the reader's own files."""
    posting = Posting(
        id="00000000000000f2",
        description="x",
        source=Source(uri=page, index=0),
        url="file:///etc/passwd",
        apply_url="file:///home/user/.ssh/id_rsa",
        deadlines=(Deadline(DeadlineKind.APPLICATION, dt.date(2027, 1, 31), "31 January 2027"),),
    )
    feed = _export([posting], "rss")
    assert not feedparser.parse(feed).bozo
    (link,) = [item.findtext("link") for item in etree.fromstring(feed).iter("item")]
    (event,) = icalendar.Calendar.from_ical(_export([posting], "ical")).walk("VEVENT")
    if kept:
        assert link == "file:///etc/passwd"
        assert str(event["URL"]) == "file:///home/user/.ssh/id_rsa"
    else:
        assert link == page
        assert str(event["URL"]) == page
        assert "file:" not in str(event["DESCRIPTION"])


# --- streaming and options ------------------------------------------------------


def _one_at_a_time(postings: list[Posting], seen: list[int]) -> Iterator[Posting]:
    for index, posting in enumerate(postings):
        seen.append(index)
        yield posting


@pytest.mark.parametrize("name", ["json", "jsonl", "csv", "ical", "rss"])
def test_exporters_consume_postings_lazily(seed_postings: list[Posting], name: str) -> None:
    seen: list[int] = []

    writes: list[tuple[int, int]] = []

    class Spy(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            writes.append((len(seen), len(data)))
            return super().write(data)

    jobparse.export(_one_at_a_time(seed_postings, seen), name, Spy())
    assert len(seen) == len(seed_postings)
    # Output was written before the last posting was pulled: the exporter streams.
    assert any(pulled < len(seed_postings) for pulled, size in writes if size)


@pytest.mark.parametrize("name", ["jsonl", "csv", "ical", "rss"])
def test_unknown_options_are_refused(name: str) -> None:
    with pytest.raises(TypeError, match=r"^unknown option\(s\): colour$"):
        _export([], name, colour="red")


def test_unknown_format_names_the_available_ones() -> None:
    with pytest.raises(jobparse.UnknownFormatError, match="available: csv, ical, json, jsonl, rss"):
        _export([], "yaml")


def test_xml_safe_removes_exactly_what_xml_1_0_forbids() -> None:
    from jobparse.exporters._text import xml_safe

    allowed = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # XML 1.0 Char
    every = "".join(map(chr, range(0x110000)))
    assert xml_safe(every) == "".join(allowed.findall(every))
