"""Employment types that an advert states in few words: its title, its header, its hours.

- the title's own words, in any language: "Part-time Student Assistant",
  "Freelancer Mediengestalter", "Ausbildung Mediengestalter/in", "Web
  Developer (Stage, Alternance)"; its workload in brackets: "(100%)" is full
  time, "(40-60%)" part time; a duration: "Data Scientist (6 months)" is a
  contract;
- a field of the opening header: "Dashdoc - Backend engineer - ONSITE -
  Full-time - France", "Common Crawl - REMOTE - Full and part-time" (the first
  kind named);
- a line that is nothing but a term: "Full time", "Jornada laboral completa";
- the hours: "8-10 hours per week", "40 Stunden pro Woche", "5 horas diarias",
  "40-urige werkweek" (35 hours a week or more is full time, fewer part time;
  a month's hours are read as a month's).
"""

from __future__ import annotations

import functools
import re

from jobparse import patterns, vocabulary
from jobparse.fields.fact_lines import labelled_facts
from jobparse.model import EmploymentType
from jobparse.tables import words

__all__ = [
    "day_hours_kind",
    "days_kind",
    "header_kind",
    "hours_kind",
    "labelled_kind",
    "line_kind",
    "title_kind",
    "workload_kind",
]

_FULL_WEEK = 35
#: A range of hours with no unit reaching past this is a week's ("16–24 uur").
_LONGEST_DAY = 12
_FULL_DAY = 7
_MAX_TERM_WORDS = 4
#: A workload in brackets: "(100%)", "(80-100 %)", "(40–60%)".
_WORKLOAD = re.compile(r"\((?:(\d{1,3})\s*%?\s*[-–]\s*)?(\d{1,3})\s*%\)")
#: A duration in brackets or after "project of": "(6 months)", "un proyecto de unos 4 meses".
_DURATION = re.compile(
    r"\(\d{1,2}\s*(?:months?|meses|mois|monate?n?|mesi|maanden)\)"
    r"|\bproye[ck]to\s+de\s+(?:unos\s+)?\d{1,2}\s+meses\b",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"(?P<low>\d{1,2})(?:\s*[-–]\s*(?P<high>\d{1,2}))?[\s-]*"
    r"(?:[^\W\d_]{4,}\s+(?=[uU]ren|[hH]ours|[sS]tunden|[hH]oras|[oO]re\b))?"  # "groepsgebonden"
    r"(?:hours?|hrs?|stunden|std\.?|horas|heures|h|uren|uur|urige|ore|timmar|timer|tunnin|godzin)"
    r"(?:\s*(?:(?:per|a|/|pro|por|par|la|w|in\s+der|die|al|na|em|a\s+la)\s*)?"
    r"(?P<unit>week|woche|semana|semaine|werkweek|settimana|vecka|uge|uke|viikossa|tydzień|"
    r"wk|semanais|semanales|diari[ao]s|daily|day|día|dia|tag|täglich|month|monat|mes|mois|"
    r"monthly|monatlich))?(?![^\W_])",
    re.IGNORECASE,
)
#: A week named before the hours: "Omvang per week ± 16 - 20 uren", "Wochenarbeitszeit: 20".
_WEEK_BEFORE = re.compile(
    r"\b(?:per|pro|por|par|a|la)\s+(?:week|woche|semana|semaine|settimana)\b[^.\n]{0,12}$",
    re.IGNORECASE,
)
#: The words of hours in the languages of _HOURS, looked for (cheaply) before it runs.
_HOUR_WORDS = (
    "hour", "hrs", "stunde", "std", "hora", "heure", "uur", "uren", "urige", " ore ",
    "timmar", "timer", "tunnin", "godzin", "wochenarbeitszeit",
)  # fmt: skip
#: Hours written short: "10h/Woche", "40 h".
_HOURS_SHORT = re.compile(r"\d ?h\b")
#: The hours a week under their label: "Hours per week: 40-60", "Wochenarbeitszeit: 20".
_HOURS_LABELLED = re.compile(
    r"\b(?:(?:working\s+)?hours\s+(?:per|a)\s+week|weekly\s+hours|wochenarbeitszeit|"
    r"stunden\s+pro\s+woche|horas\s+(?:por\s+semana|semanales)|heures\s+par\s+semaine|"
    r"uren\s+per\s+week|ore\s+settimanali)\s*[:\-–]\s*"
    r"(?P<low>\d{1,2})(?:\s*[-–]\s*(?P<high>\d{1,2}))?(?!\d)",
    re.IGNORECASE,
)
_MONTHLY = re.compile(r"\b(?:monatlich\w*|monthly|mensual\w*|mensuel\w*)\b", re.IGNORECASE)
_DAY_UNITS = ("diari", "daily", "day", "día", "dia", "tag", "täglich")
_MONTH_UNITS = ("month", "monat", "mes", "mois", "monthly", "monatlich")


def _kind(value: str | None) -> EmploymentType | None:
    return EmploymentType(value) if value else None


def title_kind(title: str) -> EmploymentType | None:
    """The kind a title's own words state, its workload or its duration.

    >>> title_kind("Editorial Contributor (part-time)"), title_kind("Data Scientist (6 months)")
    (<EmploymentType.PART_TIME: 'part_time'>, <EmploymentType.CONTRACT: 'contract'>)
    >>> title_kind("Production Planner (100%)"), title_kind("Specialist (80-100%)") is None
    (<EmploymentType.FULL_TIME: 'full_time'>, True)
    """
    workload = _WORKLOAD.search(title)
    if workload is not None:
        kind = _workload_kind(workload)
        if kind is not None:
            return kind
    if _DURATION.search(title):
        return EmploymentType.CONTRACT
    return _kind(vocabulary.employment_type(title))


def _workload_kind(workload: re.Match[str]) -> EmploymentType | None:
    """Full time at 100 %, part time at 60 % or less; a range up to 100 % says neither."""
    high = int(workload.group(2))
    if high == 100 and workload.group(1) is None:
        return EmploymentType.FULL_TIME
    return EmploymentType.PART_TIME if high <= _MOST_PART_TIME else None


_MOST_PART_TIME = 60
#: A workload that opens a line, alone or before a separator: "100% · sofort oder nach
#: Vereinbarung", "Pensum: 80 %" (the Swiss way of stating working time).
_WORKLOAD_OPENING = re.compile(r"^(?:(\d{1,3})\s*%?\s*[-–]\s*)?(\d{1,3})\s*%\s*(?:$|[·|•,/])")


def workload_kind(text: str) -> tuple[EmploymentType, str] | None:
    """The kind a workload stated on a line of its own (or opening one) means, and the line.

    >>> workload_kind("100% · sofort oder nach Vereinbarung")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    >>> workload_kind("100% remote") is None
    True
    """
    for line in text.split("\n"):
        line = line.strip(" •*-")
        match = _WORKLOAD_OPENING.match(line)
        if match is not None and int(match.group(2)) <= 100:
            kind = _workload_kind(match)
            if kind is not None:
                return kind, line
    return None


def header_kind(line: str) -> EmploymentType | None:
    """The first kind a field of an opening header names ("... - Full-time - France")."""
    fields = [f.strip() for f in patterns.HEADER_FIELD.split(line) if f.strip()]
    if len(fields) < 2:
        return None
    for field in fields:
        if len(field.split()) <= _MAX_TERM_WORDS:
            kinds = vocabulary.employment_types(field)
            if kinds:
                return _first_named(field, kinds)
    return None


def _first_named(text: str, kinds: tuple[str, ...]) -> EmploymentType:
    """Of the kinds a short text names, the one it names first ("contract or full-time")."""
    folded = vocabulary.fold(text)
    first = {"full_time": ("full",), "part_time": ("part",), "contract": ("contract", "freelanc")}
    positions = []
    for kind in kinds:
        at = min((folded.find(word) for word in first.get(kind, ()) if word in folded), default=-1)
        if at < 0:
            at = vocabulary.employment_type_at(kind, folded)  # "正社員、契約社員"
        positions.append((at if at >= 0 else len(folded), kind))
    return EmploymentType(min(positions)[1])


def labelled_kind(text: str) -> tuple[EmploymentType, str] | None:
    """The kind a labelled line of any language states, and the line.

    "Anstellungsart: Vollzeit", "雇用形態" above "正社員、契約社員" (the first kind named);
    a working time's label naming one ("Orario di Lavoro: Full-time", "Arbeitszeit: Vollzeit").
    """
    for field in ("employment_type", "hours"):
        for value, line in labelled_facts(text, field, longest_line=_MAX_LABELLED):
            kinds = vocabulary.employment_types(value)
            if kinds:
                return _first_named(value, kinds), line
            workload = workload_kind(value)  # "Pensum: 100%", "Taux d'activité: 50 %"
            if workload is not None:
                return workload[0], line
    return None


_MAX_LABELLED = 80


def line_kind(text: str) -> EmploymentType | None:
    """The kind a line states when it is nothing but a term: "Full time", "Jornada completa"."""
    for line in text.split("\n"):
        line = line.strip(" •*:-")
        if 0 < len(line.split()) <= _MAX_TERM_WORDS:
            kinds = vocabulary.employment_types(line)
            if kinds and vocabulary.fold(line) in _TERM_LINES:
                return _first_named(line, kinds)
    return None


#: Lines that are nothing but a term, folded.
_TERM_LINES = frozenset(
    {
        "full time", "full-time", "fulltime", "part time", "part-time", "parttime",
        "full time position", "full-time position", "jornada completa",
        "jornada laboral completa", "tiempo completo", "media jornada", "vollzeit", "teilzeit",
        "temps plein", "temps partiel", "tempo pieno", "tempo parziale", "voltijd", "deeltijd",
        "heltid", "deltid", "internship", "freelance", "contract",
    }
)  # fmt: skip


@functools.cache
def _working_days() -> re.Pattern[str]:
    data = words()["working_days"]
    day = "|".join(re.escape(w) for w in sorted(data["day"], key=len, reverse=True))
    week = "|".join(re.escape(w) for w in sorted(data["week"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\d,./])(?P<low>[1-7])(?:[ \t]*(?:-|–|tot|to|bis|à|a|al|do|till|til|or|of|oder|ou|o)"
        rf"[ \t]*(?P<high>[1-7]))?[ \t]+(?:{day})[ \t]+(?:{week})\b"
        # not the days off or at home: "1 day a week remote", "2 Tage pro Woche Homeoffice"
        r"(?![ \t]*(?:off|free|vrij|frei|libre|remote|from home|at home|thuis|home ?office|"
        r"télétravail|en remoto|zdalnie|hemifrån|hjemmefra|etänä))",
        re.IGNORECASE,
    )


#: From this many working days a week on, a job is full time.
_FULL_DAYS = 5


def days_kind(text: str) -> tuple[EmploymentType, str] | None:
    """Full or part time from the days a week a text states, and the phrase stating them.

    >>> days_kind("1 tot 3 dagen per week · Eindhoven")[0]
    <EmploymentType.PART_TIME: 'part_time'>
    >>> days_kind("5 days a week, Monday to Friday")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    """
    if not any(c.isdigit() for c in text):
        return None
    match = _working_days().search(text)
    if match is None:
        return None
    days = int(match.group("high") or match.group("low"))
    kind = EmploymentType.FULL_TIME if days >= _FULL_DAYS else EmploymentType.PART_TIME
    return kind, match.group()


def hours_kind(text: str) -> tuple[EmploymentType, str] | None:
    """Full or part time from the hours a text states, and the phrase that states them.

    >>> hours_kind("It is an hourly position or 8-10 hours per week (negotiable).")[0]
    <EmploymentType.PART_TIME: 'part_time'>
    >>> hours_kind("• 40 horas semanais com horários flexíveis")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    """
    folded = text.casefold()
    if not any(word in folded for word in _HOUR_WORDS) and not _HOURS_SHORT.search(folded):
        return None  # no word of hours: the costlier patterns need not run
    labelled = _HOURS_LABELLED.search(text)  # "Hours per week: 40-60 average"
    if labelled is not None:
        hours = int(labelled.group("high") or labelled.group("low"))
        kind = EmploymentType.FULL_TIME if hours >= _FULL_WEEK else EmploymentType.PART_TIME
        return kind, labelled.group()
    match = _HOURS.search(text)
    if match is None:
        return None
    hours = int(match.group("high") or match.group("low"))
    unit = (match.group("unit") or "").casefold()
    start = max(0, match.start() - 80)
    monthly = _MONTHLY.search(text, start, match.start()) is not None
    if not unit and _WEEK_BEFORE.search(text, start, match.start()):
        unit = "week"  # "Omvang per week ± 16 - 20 groepsgebonden uren"
    opens_a_line = not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" •*-")
    if not unit and not monthly and match.group("high") and hours > _LONGEST_DAY and opens_a_line:
        unit = "week"  # "16–24 uur • Gastgericht": a card's chip of more hours than a day has
    if not unit and not monthly:
        return None  # "40 hours": of what?
    if unit.startswith(_MONTH_UNITS) or monthly:
        full = hours >= _FULL_WEEK * 4
    elif unit.startswith(_DAY_UNITS):
        full = hours >= _FULL_DAY
    else:
        full = hours >= _FULL_WEEK
    return (EmploymentType.FULL_TIME if full else EmploymentType.PART_TIME), match.group()


#: A day's working time: "8:30～17:30", "9am to 5pm", "8.00-16.30 Uhr", "9時〜18時".
_DAY_SPAN = re.compile(
    r"(?P<h1>\d{1,2})(?:[:：.時h](?P<m1>\d{2})|h(?!\w))?[ \t]*(?P<p1>am|pm)?[ \t]*"
    r"(?:[-–~～〜]|to|bis|à|às|a|al|tot|till)[ \t]*"
    r"(?P<h2>\d{1,2})(?:[:：.時h](?P<m2>\d{2}))?[ \t]*(?P<p2>am|pm)?",
    re.IGNORECASE,
)
#: A working day this long or longer is full time; this short or shorter, part time.
_FULL_DAY_HOURS = 7.5
_PART_DAY_HOURS = 5.0


def day_hours_kind(text: str) -> tuple[EmploymentType, str] | None:
    """Full or part time from a labelled day's working time: "勤務時間: 8:30～17:30".

    >>> day_hours_kind("Arbeitszeit: 8:00 - 17:00 Uhr")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    >>> day_hours_kind("Working hours: 9am to 1pm")[0]
    <EmploymentType.PART_TIME: 'part_time'>
    >>> day_hours_kind("Horário: Segunda a Sexta, 8h-18h")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    >>> day_hours_kind("工作时间：9：00-12：00 13：30-18：00")[0]
    <EmploymentType.FULL_TIME: 'full_time'>
    """
    facts = [
        *labelled_facts(text, "hours", longest_line=_LONGEST_HOURS_LINE),
        *labelled_facts(text, "employment_type", longest_line=_LONGEST_HOURS_LINE),
    ]  # "Arbeitszeit" labels both a working time ("Vollzeit") and its hours
    for value, line in facts:
        # a split day is its spans together: "9:00-12:00 13:30-18:00" is a full day
        hours = sum(
            max(
                0.0,
                _clock(span.group("h2"), span.group("m2"), span.group("p2"))
                - _clock(span.group("h1"), span.group("m1"), span.group("p1")),
            )
            for span in _DAY_SPAN.finditer(value)
        )
        if hours >= _FULL_DAY_HOURS:
            return EmploymentType.FULL_TIME, line
        if 0 < hours <= _PART_DAY_HOURS:
            return EmploymentType.PART_TIME, line
    return None


_LONGEST_HOURS_LINE = 120


def _clock(hour: str, minute: str | None, half: str | None) -> float:
    """A time of day in hours: "5", None, "pm" is 17.0."""
    value = int(hour) % 24 + int(minute or 0) / 60
    if half and half.casefold() == "pm" and value < 12:
        value += 12
    return value
