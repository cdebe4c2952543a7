"""Dates a candidate would put in a calendar, and whether review is rolling.

A date is recognised in the forms postings use ("31st August 2024", "August
01, 2024", "Aug. 31", "2024-08-31", "by 1 March 2025", "31/08/2024" when the
day cannot be a month); a date without a year takes the page's year. The
words before it in its sentence decide its kind: ``deadline.application``
("deadline", "apply by", "applications close"), ``deadline.start`` ("start
date", "starting", "commence"), else ``deadline.other``. Dates of postings,
founding or copyright are not events.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from jobparse import patterns
from jobparse.fields.context import PostingText, Sentence, reads_as_english
from jobparse.model import Deadline, DeadlineKind, Evidence

__all__ = ["infer_deadlines", "infer_rolling", "parse_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_CUE_WINDOW = 120
_REVIEW_REACH = 25  # characters before the start cue: "applications will be reviewed starting"


def _month(name: str) -> int:
    """A month's number from its name: English (also abbreviated) or another language's."""
    folded = name.rstrip(".").casefold()
    return patterns.FOREIGN_MONTHS.get(folded) or _MONTHS[folded[:3]]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _build(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_of(match: re.Match[str], year: int | None, *, day_first: bool = False) -> dt.date | None:
    groups = match.groupdict()
    if groups["iy"]:
        return _build(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups["m1"]:
        written = int(groups["y1"]) if groups["y1"] else year
        return _build(written, _month(groups["m1"]), _day(groups["d1"]))
    if groups["m2"]:
        written = int(groups["y2"]) if groups["y2"] else year
        return _build(written, _month(groups["m2"]), _day(groups["d2"]))
    if groups["y3"]:  # "2026. április 15.": year, month's name, day
        return _build(int(groups["y3"]), _month(groups["m3"]), _day(groups["d3"]))
    if groups["era"]:  # "平成24年6月1日": the era's 24th year, 2012
        count = 1 if groups["ey"] == "元" else int(groups["ey"])
        return _build(
            patterns.ERA_BASES[groups["era"]] + count, int(groups["em"]), int(groups["ed"])
        )
    if groups["ky"]:
        return _build(int(groups["ky"]), int(groups["km"]), int(groups["kd"]))
    if groups["jm"]:
        return _build(year, int(groups["jm"]), int(groups["jd"]))
    first, second, written_year = int(groups["n1"]), int(groups["n2"]), int(groups["n3"])
    if first > 12 >= second:  # 31/08/2024: day first
        return _build(written_year, second, first)
    if second > 12 >= first:  # 08/31/2024: month first
        return _build(written_year, first, second)
    if match.group().count(".") == 2 or day_first:  # 05.06.2024: dots are written day first
        return _build(written_year, second, first)
    return None  # 05/06/2024 could be either


#: "from" right before the first date of a range, in the languages of the vocabulary.
_RANGE_FROM = re.compile(r"\b(?:from|vom|von|du|del|dal|desde|van)\s+(?:the\s+)?$", re.IGNORECASE)
#: What joins the two dates of a range: "Nov 10th - Dec 10th", "1. März bis 30. April".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~|～|〜|to|until|till|bis(?:\s+zum)?|au|al|a|tot|t/m)\s*$")


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two dates are written as one span: "2017-05-22~2017-05-29", "1. bis 30. April"."""
    between = text[first.end() : second.start()]
    return len(between) <= _MAX_RANGE_JOIN and _RANGE_JOIN.match(between) is not None


def _a_range(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two dates are an engagement's range: "join us from Nov 10th - Dec 10th 2016"."""
    between = text[first.end() : second.start()]
    return (
        len(between) <= _MAX_RANGE_JOIN
        and _RANGE_JOIN.match(between) is not None
        and _RANGE_FROM.search(text, max(0, first.start() - 12), first.start()) is not None
        # "Applications are accepted from 1 to 15 March": the range's end is the deadline
        and _kind(text[max(0, first.start() - _CUE_WINDOW) : first.start()]) is DeadlineKind.OTHER
    )


_MAX_RANGE_JOIN = 12


def _in_address(text: str, at: int) -> bool:
    """Whether the text at *at* is inside a URL: its run of non-space characters has "://"."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    token = text[start : at + 1]
    return "://" in token or token.startswith("www.")


def _written_year(match: re.Match[str]) -> bool:
    """Whether a date match writes its year."""
    groups = match.groupdict()
    return bool(
        groups["iy"]
        or groups["y1"]
        or groups["y2"]
        or groups["ky"]
        or groups["n3"]
        or groups["era"]
    )


_DIGIT = re.compile(r"\d")


def parse_date(text: str, *, year: int | None = None) -> dt.date | None:
    """Read the first date in *text*; *year* stands in when none is written.

    >>> [parse_date(t, year=2024) for t in ["31st August 2024", "Aug. 31", "2024-08-31"]]
    [datetime.date(2024, 8, 31), datetime.date(2024, 8, 31), datetime.date(2024, 8, 31)]
    >>> parse_date("31/08/2025"), parse_date("05/06/2024"), parse_date("August 31")
    (datetime.date(2025, 8, 31), None, None)
    >>> parse_date("05.06.2024"), parse_date("2024/03/31"), parse_date("応募締切：2025年3月31日")
    (datetime.date(2024, 6, 5), datetime.date(2024, 3, 31), datetime.date(2025, 3, 31))
    >>> parse_date("마감일: 2025년 3월 31일"), parse_date("3月31日", year=2025)
    (datetime.date(2025, 3, 31), datetime.date(2025, 3, 31))
    >>> parse_date("31 marca 2025"), parse_date("15. března 2025"), parse_date("1 Mart 2025")
    (datetime.date(2025, 3, 31), datetime.date(2025, 3, 15), datetime.date(2025, 3, 1))
    """
    if not _DIGIT.search(text):
        return None  # every date writes a day or a year in digits: most lines have none
    match = patterns.DATE.search(text)
    return _date_of(match, year) if match else None


def _kind(before: str) -> DeadlineKind | None:
    """Classify a date by the nearest cue in the words before it."""
    window = before[-_CUE_WINDOW:]
    cues: list[tuple[int, int, DeadlineKind | None]] = []
    for kind, pattern in (
        (DeadlineKind.APPLICATION, patterns.APPLICATION_CUE),
        (DeadlineKind.START, patterns.START_CUE),
        (None, patterns.NOT_AN_EVENT_CUE),
    ):
        found = list(pattern.finditer(window))
        if found:
            cues.append((found[-1].start(), found[-1].end(), kind))
    if cues:
        start, _, kind = max(cues, key=lambda cue: cue[1])
        # "review of applications begins on": an application cue that spans the start cue wins.
        for other_start, other_end, other_kind in cues:
            if other_kind is DeadlineKind.APPLICATION and other_start <= start < other_end:
                return DeadlineKind.APPLICATION
        if kind is DeadlineKind.START and patterns.REVIEW_WORDS.search(
            window, max(0, start - _REVIEW_REACH), start
        ):
            return DeadlineKind.APPLICATION  # "applications will be reviewed starting ..."
        return kind
    if patterns.BY_BEFORE.search(window) and patterns.APPLYING_WORDS.search(window):
        return DeadlineKind.APPLICATION  # "send your CV by 1 March 2025"
    if patterns.UNTIL_ALONE.match(window):
        return DeadlineKind.APPLICATION  # a line of its own: "BIS 06.02.2026!"
    return DeadlineKind.OTHER


#: How far after a date its contract-end words are looked for.
_AFTER_REACH = 40
#: A line this short above a date's own line is its label ("Data di scadenza\n22/08/2022").
_MAX_LABEL_LINE = 80
#: The most blank space read between a label and the date under it.
_MAX_LABEL_GAP = 8


def _label_above(ctx: PostingText, sentence: Sentence, match_start: int) -> str:
    """The line above a date that stands alone on its line, if that line is a short label."""
    if ctx.text[sentence.start : match_start].strip(" \t•-–:"):
        return ""  # words before the date on its own line: they are its context
    text, end = ctx.text, sentence.start  # the label may stand a blank line above
    while end > 0 and text[end - 1].isspace() and end > sentence.start - _MAX_LABEL_GAP:
        end -= 1
    start = text.rfind("\n", max(0, end - _MAX_LABEL_LINE - 1), end) + 1
    line = text[start:end].strip()
    if start == 0 and end > _MAX_LABEL_LINE:
        return ""  # no line break near: the text above is no short label line
    return line if 0 < len(line) <= _MAX_LABEL_LINE else ""


def _day_first(ctx: PostingText, matches: list[re.Match[str]]) -> bool:
    """Whether the posting writes numeric dates day first.

    As another of its dates shows ("22/08/2022"), else as every language but
    American English does.
    """
    for match in matches:
        if match.group("n1"):
            first, second = int(match.group("n1")), int(match.group("n2"))
            if first > _MONTHS_IN_YEAR >= second:
                return True
            if second > _MONTHS_IN_YEAR >= first:
                return False
    return not reads_as_english(ctx.text)


_MONTHS_IN_YEAR = 12
#: A year written on its own: "For summer 2025", "Sluitingsdatum ... 2020".
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)")


#: Words before a year of the organisation's history: "founded in 1998", "seit 1975".
_HISTORY_BEFORE = re.compile(
    r"\b(?:founded|since|established|seit|gegründet|depuis|fondée?|desde|fundad[ao]|dal|"
    r"sinds|opgericht|sedan|grundlagt|founded\s+in|established\s+in)\b[^.\n]*$",
    re.IGNORECASE,
)


#: A year of a Japanese era or of the Republic of China: "平成24年", "令和元年".
_ERA_YEAR = re.compile(rf"({'|'.join(patterns.ERA_BASES)})\s*(\d{{1,3}}|元)\s*年")


def _written_years(ctx: PostingText) -> list[tuple[int, int]]:
    """Where the posting writes a year and which, in order (not a founding year)."""
    years = [
        (m.start(), int(m.group()))
        for m in _YEAR.finditer(ctx.text)
        if not _HISTORY_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ]
    if "年" in ctx.text:
        years += [
            (
                m.start(),
                patterns.ERA_BASES[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2))),
            )
            for m in _ERA_YEAR.finditer(ctx.text)
        ]
        years.sort()
    return years


def _nearest_year(years: list[tuple[int, int]], at: int, default: int | None) -> int | None:
    """The year written nearest a date written without one, else the page's year.

    "Per 1 november" in an advert that closes "1 oktober 2020" is 1 November 2020.
    *years* are :func:`_written_years`, in order: the nearest is found by bisection.
    """
    if not years:
        return default
    index = bisect.bisect_left(years, (at, 0))
    near = years[max(0, index - 1) : index + 1]
    return min(near, key=lambda item: abs(item[0] - at))[1]


def infer_deadlines(ctx: PostingText) -> tuple[tuple[Deadline, ...], list[Evidence]]:
    """Every dated event of the posting, with its kind."""
    found: list[Deadline] = []
    evidence: list[Evidence] = []
    tags = patterns.LEADING_TAGS.match(ctx.text)
    opening_tags = tags.end() if tags else 0
    found_in = [
        (sentence, list(ctx.finditer(patterns.DATE, sentence.start, sentence.end)))
        for sentence in ctx.sentences_with_anchors(patterns.DATE)
    ]
    matches = [match for _, sentence_matches in found_in for match in sentence_matches]
    day_first = any(m.group("n1") for m in matches) and _day_first(ctx, matches)
    years: list[tuple[int, int]] | None = None  # read once, where a date writes no year
    range_ends = {
        second.start()
        for first, second in itertools.pairwise(matches)
        if _a_range(ctx.text, first, second)
    }
    # "모집기간 : 2017-05-22~2017-05-29", "Bewerbungszeitraum: 01.03.–15.03.2024": when
    # applications open, then the deadline
    joined = [
        (first.start(), second.start())
        for first, second in itertools.pairwise(matches)
        if _joined(ctx.text, first, second)
    ]
    range_starts = {start for start, _ in joined}
    joined_ends = {end for _, end in joined}
    for sentence, sentence_matches in found_in:
        for match in sentence_matches:
            if match.start() in range_ends:
                continue  # "from Nov 10th - Dec 10th 2016": when the engagement ends
            year = ctx.year
            if not _written_year(match):
                if years is None:
                    years = _written_years(ctx)
                year = _nearest_year(years, match.start(), ctx.year)
            date = _date_of(match, year, day_first=day_first)
            if date is None:
                continue
            before = sentence.text[: match.start() - sentence.start]
            if match.start() < opening_tags:
                continue  # "(21/03/2012) Se busca ...": the day the advert was posted
            if _in_address(ctx.text, match.start()):
                continue  # ".../blog/2020/08/09/computer-scientist": a link, no event
            after = ctx.text[match.end() : match.end() + _AFTER_REACH].lstrip(" ,")
            if patterns.CONTRACT_END_AFTER.match(after):
                continue  # "bis zum 30.09.2019 befristet": when the contract ends
            if patterns.NOT_AN_EVENT_AFTER.match(after):
                continue  # "2012.3.22更新": the day the page was updated
            kind = _kind(before)
            if kind is DeadlineKind.OTHER and _RANGE_FROM.search(before):
                kind = DeadlineKind.START  # "join us from Nov 10th - Dec 10th 2016"
            if kind is DeadlineKind.OTHER and (label := _label_above(ctx, sentence, match.start())):
                kind = _kind(label + " ")  # "Data di scadenza della pubblicazione\n22/08/2022"
            if kind is None:
                continue
            if kind is DeadlineKind.APPLICATION and match.start() in range_starts:
                continue  # the day an application period opens is no deadline
            if kind is DeadlineKind.START and match.start() in joined_ends:
                continue  # "雇用期間： 6月1日～3月31日": the period's end is no start
            if any(d.kind == kind and d.date == date for d in found):
                continue
            found.append(Deadline(kind=kind, date=date, text=sentence.text))
            evidence.append(Evidence("deadlines", f"deadline.{kind.value}", sentence.text))
    return tuple(found), evidence


def infer_rolling(ctx: PostingText) -> tuple[bool, list[Evidence]]:
    """Whether applications are reviewed on a rolling basis or until filled."""
    match = ctx.search(patterns.ROLLING)  # tried at its words only: "rolling", "until", ...
    if match is None:
        return False, []
    return True, [Evidence("rolling", "rolling.statement", match.group())]
