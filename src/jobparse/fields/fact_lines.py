"""Labelled facts of a posting's lines, in any language: "Ort: Berlin", "雇用形態" above "正社員".

A fact is a short line that opens with a label of ``fact_labels``
(:func:`jobparse.vocabulary.fact_label`), or a label alone on its line with its
value on the next ("Comune" / "CESENA", a table's row rendered as two lines).
The readers of places and of the employment type ask for their field's facts.
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse import vocabulary

__all__ = ["labelled_facts"]

#: The longest label read on a line of its own ("Comune", "Arbeitsort").
_MAX_LABEL = 40


def labelled_facts(
    text: str, field: str, *, longest_line: int, longest_value_below: int | None = None
) -> Iterator[tuple[str, str]]:
    """The value and the line of each fact of *field* in *text*, in order.

    Lines longer than *longest_line* are prose; a value under its label is read
    only up to *longest_value_below* characters, when given.

    >>> list(labelled_facts("Comune\\nCESENA\\n\\nOrt: Berlin", "location", longest_line=120))
    [('CESENA', 'Comune: CESENA'), ('Berlin', 'Ort: Berlin')]
    """
    lines = [line.strip(" •*\t") for line in text.split("\n")]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if len(line) > longest_line:
            continue
        if ":" not in line and "：" not in line:
            if len(line) > _MAX_LABEL or index + 1 == len(lines):
                continue  # no label: a label is short
            below = lines[index + 1]
            if longest_value_below is not None and len(below) > longest_value_below:
                continue
            line = f"{line}: {below}"  # "Comune" above "CESENA": a label and its value
        label = vocabulary.fact_label(line)
        if label is not None and label[0] == field:
            yield label[1], line
