"""Facts a small listing states once for all its jobs: one table of details below the roles.

The shape it reads::

    <h2>募集職種</h2>
    <div class="card"><h3>遺品整理スタッフ</h3>...</div>     <- the records: roles
    <div class="card"><h3>ドライバー</h3>...</div>
    <h2>募集要項</h2>
    <dl><dt>勤務地</dt><dd>埼玉県上尾市</dd>                  <- outside them: one place,
        <dt>雇用形態</dt><dd>正社員</dd></dl>                  <- one employment type

A labelled fact outside the records (a ``dt``/``dd`` or ``th``/``td`` pair,
or a "Label: value" line) whose label says place or employment type, stated
once on the page, is each job's when its card says none
(:class:`~jobparse.page.Facts` ``page_lines``).

So is the one employment type the listing's own hiring sentences state ("The
Jaffe Lab is recruiting talented full-time biostatisticians", "以下の職種の
正社員を募集中"): a job whose own text states none is of that type. Prose naming
two types ("PhD or postdoc applications"), or a type in a sentence that hires
nobody ("Thanks to Acme for my internship"), states none for all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from lxml import etree

from jobparse import vocabulary
from jobparse.fields.hiring import states_hiring
from jobparse.fields.place_cues import eligibility_country, jobs_remote_phrase
from jobparse.page.render import element_text, tag_of

__all__ = ["intro_statements", "shared_fact_lines"]

#: The fields a details table may state for every job of a small listing.
_SHARED_FIELDS = frozenset({"location", "employment_type"})
#: Only a listing this small shares one table of details (a board's jobs each have theirs).
MAX_SHARED_JOBS = 8
_MAX_VALUE = 200
_PAIRS = (("dt", "dd"), ("th", "td"))


def shared_fact_lines(root: etree._Element, inside: set[etree._Element]) -> tuple[str, ...]:
    """The "Label: value" lines of place and employment type stated once outside *inside*."""
    found: dict[str, list[str]] = {}
    for label_tag, value_tag in _PAIRS:
        for label in root.iter(label_tag):
            value = label.getnext()
            if label in inside or value is None or tag_of(value) != value_tag:
                continue
            _add(found, f"{element_text(label).rstrip(':：')}: {element_text(value)}")
    for line_element in root.iter("li", "p"):
        if line_element not in inside and len(line_element) == 0:
            _add(found, element_text(line_element))
    return tuple(
        statement for lines in found.values() if (statement := _one_statement(lines)) is not None
    )


def _one_statement(lines: list[str]) -> str | None:
    """The one statement a field's lines make, else None (two tables saying different things).

    A page may show its table twice, for wide and narrow screens, its value's
    parts joined by commas in one and by line breaks in the other: the same
    statement, whose parts one copy may extend ("… など 各拠点").
    """
    parts = sorted({frozenset(_PARTS.split(line)) - {""} for line in lines}, key=len)
    if all(smaller <= larger for smaller, larger in itertools.pairwise(parts)):
        return max(lines, key=len)
    return None


#: What separates the parts of a fact's value: commas, spaces, the Japanese comma.
_PARTS = re.compile(r"[\s,、，/／]+")


def _add(found: dict[str, list[str]], line: str) -> None:
    """Keep *line* under its field when it is a labelled place or employment type."""
    if len(line) > _MAX_VALUE:
        return
    label = vocabulary.fact_label(line)
    if label is not None and label[0] in _SHARED_FIELDS and label[1].strip():
        found.setdefault(label[0], []).append(line)


#: Prose has this many words at least (a card's "Full time" line is no statement).
_MIN_PROSE_WORDS = 6
_MIN_PROSE_CHARS = 20  # scripts without spaces: "以下の職種の正社員を募集中です"
#: Inline elements whose text is part of the prose around them.
_INLINE = frozenset("a b strong em i u span font small abbr br mark code".split())
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def intro_statements(root: etree._Element, inside: set[etree._Element]) -> tuple[str, ...]:
    """The sentences of the listing's own prose that say something of all its jobs.

    The one employment type its hiring sentences state, the one country
    candidates must be allowed to work in ("legally authorized to be employed in
    the USA"), and that its jobs are remote ("our internships are remote").
    """
    sentences = list(_intro_sentences(root, inside))
    found = [_employment_statement(sentences)]
    countries = {s: place.country for s in sentences if (place := eligibility_country(s))}
    if len(set(countries.values())) == 1:
        found.append(next(iter(countries)))
    found.append(next((s for s in sentences if jobs_remote_phrase(s)), None))
    return tuple(s for s in found if s)


def _intro_sentences(root: etree._Element, inside: set[etree._Element]) -> Iterator[str]:
    """The sentences of the page's prose outside the records."""
    for block in root.iter("p", "div", "section", "td"):
        if block in inside:
            continue
        prose = _own_prose(block, inside)
        words = len(prose.split())
        if len(prose) < _MIN_PROSE_CHARS or (words > 1 and words < _MIN_PROSE_WORDS):
            continue  # a card's "Full time" line, not prose
        yield from (sentence.strip() for sentence in _SENTENCE_END.split(prose))


def _employment_statement(sentences: list[str]) -> str | None:
    """The hiring sentence stating the listing's one employment type, if its sentences agree."""
    statements: list[str] = []
    kinds: set[str] = set()
    for sentence in sentences:
        if not states_hiring(sentence):  # not "Thanks to Acme for my internship"
            continue
        found = vocabulary.employment_types(sentence)
        if found:
            offered = vocabulary.offered_kind(sentence)  # "正社員/アルバイト": the first named
            kinds.update([offered] if offered else found)
            statements.append(sentence)
    return statements[0] if len(kinds) == 1 else None


def _own_prose(block: etree._Element, inside: set[etree._Element]) -> str:
    """A block's own text with its inline elements', not its nested blocks' or records'."""
    parts = [block.text or ""]
    for child in block:
        if isinstance(child.tag, str) and child.tag in _INLINE and child not in inside:
            parts.append(element_text(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())
