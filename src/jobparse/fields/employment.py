"""The kind of engagement, only where the text states or clearly implies it.

A label speaks first ("Employment type: Internship", ``employment.label``),
then the title (``employment.title``: "Postdoctoral Research
Fellow" is a postdoc, "Research Intern" an internship, "PhD Student" a PhD).
Then statements about this position (``employment.statement``), most
specific first: a postdoc, a PhD position, an internship, part-time,
contract, temporary, full-time; then, in the other languages of the
vocabulary, the words of ``employment_statements`` (``employment.words``:
"Vollzeit", "temps plein", "en prácticas", "befristet"). Mentions that
describe the candidate or the company — "PhD in Computer Science",
"internships or past full time work", "benefits apply to full time
employees" — state nothing about this job.
"""

from __future__ import annotations

from jobparse import patterns, vocabulary
from jobparse.fields.context import PostingText
from jobparse.fields.employment_terms import (
    day_hours_kind,
    days_kind,
    header_kind,
    hours_kind,
    labelled_kind,
    line_kind,
    title_kind,
    workload_kind,
)
from jobparse.model import EmploymentType, Evidence

__all__ = ["infer_employment_type"]

#: The first letters of a labelled type, normalised, and what they mean.
_LABELLED = {
    "full": EmploymentType.FULL_TIME,
    "part": EmploymentType.PART_TIME,
    "inte": EmploymentType.INTERNSHIP,
    "cont": EmploymentType.CONTRACT,
    "temp": EmploymentType.TEMPORARY,
    "fixe": EmploymentType.TEMPORARY,
    "post": EmploymentType.POSTDOC,
    "ph.d": EmploymentType.PHD,
    "phd": EmploymentType.PHD,
}
_TITLE_TYPES = (
    (patterns.TITLE_POSTDOC, EmploymentType.POSTDOC),
    (patterns.TITLE_INTERN, EmploymentType.INTERNSHIP),  # "PhD Intern": an internship
    (patterns.TITLE_PHD, EmploymentType.PHD),
)
#: The kinds the words of the other languages state, most specific first.
_WORD_KINDS = (
    EmploymentType.POSTDOC,
    EmploymentType.PHD,
    EmploymentType.INTERNSHIP,
    EmploymentType.PART_TIME,
    EmploymentType.TEMPORARY,
    EmploymentType.CONTRACT,
    EmploymentType.FULL_TIME,
)
#: (pattern, type), most specific first.
_STATEMENTS: tuple[tuple[patterns.Prefiltered, EmploymentType], ...] = (
    (patterns.EMPLOYMENT_POSTDOC, EmploymentType.POSTDOC),
    (patterns.EMPLOYMENT_PHD, EmploymentType.PHD),
    (patterns.EMPLOYMENT_INTERNSHIP, EmploymentType.INTERNSHIP),
    (patterns.EMPLOYMENT_PART_TIME, EmploymentType.PART_TIME),
    (patterns.EMPLOYMENT_CONTRACT, EmploymentType.CONTRACT),
    (patterns.EMPLOYMENT_TEMPORARY, EmploymentType.TEMPORARY),
    (patterns.EMPLOYMENT_FULL_TIME, EmploymentType.FULL_TIME),
)


def infer_employment_type(
    ctx: PostingText, *, title: str | None = None
) -> tuple[EmploymentType | None, list[Evidence]]:
    """The employment type, from the title or a statement about the position."""
    if title:
        for title_pattern, kind in _TITLE_TYPES:
            if title_pattern.search(title):
                return kind, [Evidence("employment_type", "employment.title", title)]
        stated = title_kind(title)  # "Part-time Student Assistant", "Planner (100%)"
        if stated is not None:
            return stated, [Evidence("employment_type", "employment.title", title)]
    label = ctx.search(patterns.EMPLOYMENT_LABEL)
    if label:
        kind = _LABELLED[label.group("type").casefold().replace(" ", "-")[:4]]
        return kind, [Evidence("employment_type", "employment.label", label.group())]
    labelled = labelled_kind(ctx.text)  # "Anstellungsart: Vollzeit", "雇用形態 / 正社員"
    if labelled is not None:
        return labelled[0], [Evidence("employment_type", "employment.label", labelled[1])]
    opening = ctx.text.partition("\n")[0]
    stated = header_kind(opening)  # "Dashdoc - Backend engineer - ONSITE - Full-time"
    if stated is not None:
        return stated, [Evidence("employment_type", "employment.header", opening)]
    for pattern, kind in _STATEMENTS:
        if not ctx.may_match(pattern):
            continue  # none of its words is in the text
        match = ctx.search(pattern)
        if match:
            return kind, [Evidence("employment_type", "employment.statement", match.group())]
    stated = line_kind(ctx.text)  # "Full time" on a line of its own
    if stated is not None:
        return stated, [Evidence("employment_type", "employment.line", stated.value)]
    hours = hours_kind(ctx.text)  # "8-10 hours per week", "40 horas semanais"
    if hours is not None:
        return hours[0], [Evidence("employment_type", "employment.hours", hours[1])]
    workload = workload_kind(ctx.text)  # "100% · sofort oder nach Vereinbarung"
    if workload is not None:
        return workload[0], [Evidence("employment_type", "employment.workload", workload[1])]
    days = days_kind(ctx.text)  # "1 tot 3 dagen per week", "4 Tage pro Woche"
    if days is not None:
        return days[0], [Evidence("employment_type", "employment.days", days[1])]
    if ctx.may_match(patterns.EMPLOYMENT_WORDS):  # "Vollzeit", "temps plein", "en prácticas"
        found = _words_kind(ctx)
        if found[0] is not None:
            return found
    day = day_hours_kind(ctx.text)  # "勤務時間: 8:30～17:30": a full day
    if day is not None:
        return day[0], [Evidence("employment_type", "employment.day_hours", day[1])]
    return None, []


def _words_kind(ctx: PostingText) -> tuple[EmploymentType | None, list[Evidence]]:
    """The kind the other languages' words state: the most specific, else the first named.

    A postdoc, a PhD or an internship is what it is wherever it is named; of the
    kinds of working time and contract, the first named is the one offered
    ("Voll- oder Teilzeit" is full time).
    """
    found: dict[str, tuple[int, str]] = {}
    for match in ctx.finditer(patterns.EMPLOYMENT_WORDS):
        stated = patterns.employment_word_kind(match.group())
        if stated == "internship" and vocabulary.completed_before(ctx.text, match.start()):
            continue  # "Abgeschlossene Ausbildung zum/zur ...": a requirement, not the job
        if stated == "temporary" and "temporary" not in vocabulary.employment_types(
            _line_at(ctx.text, match.start())
        ):
            continue  # "CDD / CDI": either contract, no temporary post
        if stated is not None and stated not in found:
            found[stated] = (match.start(), match.group())
            line = _line_at(ctx.text, match.start())
            for elided in vocabulary.elided_kinds(line):
                # "plný i částečný úvazek": full time named first, its noun said once
                found.setdefault(elided, (match.start() - 1, line.strip()))
    for kind in _WORD_KINDS[:3]:
        if kind.value in found:
            return kind, [Evidence("employment_type", "employment.words", found[kind.value][1])]
    rest = [(at, named, quote) for named, (at, quote) in found.items()]
    if not rest:
        return None, []
    _, named, quote = min(rest)
    return EmploymentType(named), [Evidence("employment_type", "employment.words", quote)]


def _line_at(text: str, at: int) -> str:
    """The line of *text* around the offset *at*."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]
