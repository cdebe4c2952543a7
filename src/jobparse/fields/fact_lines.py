"""Labelled facts of a posting's lines, in any language: "Ort: Berlin", "雇用形態" above "正社員".

A fact is a short line that opens with a label of ``fact_labels``
(:func:`jobparse.vocabulary.fact_label`), or a label alone on its line with its
value on the next ("Comune" / "CESENA", a table's row rendered as two lines;
"Locatie:" / "Paal-Beringen", a heading over its value).
The readers of places and of the employment type ask for their field's facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from jobparse import vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.text_cache import text_cache

__all__ = ["labelled_facts", "labelled_parts", "meta_parts"]

#: The longest label read on a line of its own ("Comune", "Arbeitsort").
_MAX_LABEL = 40
#: How many texts' facts are kept: the readers of one posting ask in turn.
_CACHED_TEXTS = 4


def labelled_facts(
    text: str, field: str, *, longest_line: int, longest_value_below: int | None = None
) -> Iterator[tuple[str, str]]:
    """The value and the line of each fact of *field* in *text*, in order.

    Lines longer than *longest_line* are prose; a value under its label is read
    only up to *longest_value_below* characters, when given.

    >>> list(labelled_facts("Comune\\nCESENA\\n\\nOrt: Berlin", "location", longest_line=120))
    [('CESENA', 'Comune: CESENA'), ('Berlin', 'Ort: Berlin')]
    """
    for fact in _facts(text):
        if fact.field != field or fact.length > longest_line:
            continue
        if longest_value_below is not None and fact.below > longest_value_below:
            continue
        yield fact.value, fact.line


class _Fact(NamedTuple):
    field: str
    value: str
    line: str
    #: The length of the label's own line, and of the value's line under it (0: beside).
    length: int
    below: int


@text_cache(_CACHED_TEXTS)
def _facts(text: str) -> tuple[_Fact, ...]:
    """Every labelled fact of *text*, read once for all the fields that ask."""
    lines = [part for line in text.split("\n") for part in labelled_parts(line.strip(" •*\t"))]
    lines = [line for line in lines if line]
    facts: list[_Fact] = []
    for index, line in enumerate(lines):
        length, below = len(line), 0
        if ":" not in line and "：" not in line:
            if len(line) > _MAX_LABEL or index + 1 == len(lines):
                continue  # no label: a label is short
            below = len(lines[index + 1])
            line = f"{line}: {lines[index + 1]}"  # "Comune" above "CESENA": label and value
        elif line.endswith((":", "：")) and len(line) <= _MAX_LABEL and index + 1 < len(lines):
            below = len(lines[index + 1])
            line = f"{line} {lines[index + 1]}"  # "Locatie:" above "Paal-Beringen"
        label = vocabulary.fact_label(line)
        if label is not None:
            facts.append(_Fact(label[0], label[1], line, length, below))
            if below and label[0] == "location":
                facts += _more_places(lines, index + 2, lines[index].rstrip(" :："))
    return tuple(facts)


#: How many lines after a place label's first value may name more of its places.
_MORE_PLACE_LINES = 5


def _more_places(lines: list[str], start: int, label: str) -> list[_Fact]:
    """The lines that go on listing a bare place label's places, up to the next label.

    "勤務地" / "福岡市近郊" / "福岡県直方市" / "兵庫県宝塚市": one label, a place a line.
    Only in a script without spaces: in a Latin form the line after a value is the
    next field's label ("City" / "Paris" / "Street").
    """
    more: list[_Fact] = []
    for line in lines[start : start + _MORE_PLACE_LINES]:
        if (
            len(line) > _MAX_LABEL
            or not has_cjk(line)  # "City" / "Paris" / "Street": a form's next field
            or ":" in line
            or "：" in line
            or vocabulary.label_field(line) is not None
        ):
            break
        more.append(_Fact("location", line, f"{label}: {line}", len(label), len(line)))
    return more


#: What separates the facts of a card's meta line: "Portland, OR · Full-time | Hybrid".
_META_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def meta_parts(lines: tuple[str, ...]) -> Iterator[str]:
    """Each line of a card, a meta line cut into its facts."""
    for line in lines:
        if "·" in line or "•" in line or "|" in line:
            yield from (part for part in _META_SEPARATOR.split(line) if part)
        else:
            yield from labelled_parts(line)


#: Where a second labelled fact may open on a line: after a stop, a semicolon or a comma,
#: or after a run of spaces ("Sted: Oslo.  Frist: 12.11.2017").
_FACT_BREAK = re.compile(r"[.;,]\s+|\s{2,}")
#: The longest line read as several facts, and how much of it a label and its value's
#: start take (a label is at most 40 characters).
_LONGEST_FACTS_LINE = 300
_LABEL_AND_VALUE = 60


def labelled_parts(line: str) -> list[str]:
    """A line of labelled facts cut before each label: one fact a part.

    >>> labelled_parts("Sted: Oslo.  Frist: 12.11.2017")
    ['Sted: Oslo', 'Frist: 12.11.2017']
    >>> labelled_parts("Location: Berlin, Munich: hybrid")
    ['Location: Berlin, Munich: hybrid']
    """
    if (
        len(line) > _LONGEST_FACTS_LINE  # prose
        or line.count(":") + line.count("：") < 2
        or vocabulary.fact_label(line) is None
    ):
        return [line]  # one fact at most: every line but a few
    parts, start = [], 0
    for gap in _FACT_BREAK.finditer(line):
        if vocabulary.fact_label(line[gap.end() : gap.end() + _LABEL_AND_VALUE]) is not None:
            parts.append(line[start : gap.start()])
            start = gap.end()
    return [*parts, line[start:]]
