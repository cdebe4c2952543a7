"""Company signals from labels: "Company: Lumina Labs", or a label above its value.

The labels are data of every language (``company_labels`` of
``data/job_words.json``: "Company", "Arbeitgeber", "Empresa", "会社名"); not
"Organization", which in a tracking system's field list names a unit ("Organization:
Assessments School" at Pearson). A label
on a line of its own names the short line under it: "Company" above
"Engineering at source{d}" (the unit's organisation is the employer). A value
that reads as a sentence, or is longer than a name, is a section's text, not a
name, and is not read.
"""

from __future__ import annotations

import itertools
import re

from jobparse import patterns, vocabulary
from jobparse.fields.company_tally import Tally
from jobparse.fields.context import PostingText

__all__ = ["label_signals"]

_WEIGHT = 10.0
#: The longest value under a label read as a name, in characters and in words.
_MAX_VALUE = 60
_MAX_VALUE_WORDS = 6
#: What joins a unit to its organisation in a labelled value: "Engineering at source{d}".
_UNIT_AT = re.compile(r"\s(?:at|bei|chez|presso|@)\s")


def label_signals(ctx: PostingText, tally: Tally) -> None:
    """Add each labelled employer of the posting: beside its label, or under it."""
    for sentence in ctx.sentences:
        if sentence.text[0] in patterns.COMPANY_LABEL_INITIALS:  # no regex call for others
            beside = patterns.COMPANY_LABEL.match(sentence.text)
            if beside:
                tally.add_match(beside, _WEIGHT, "company.label")
    paragraphs = ctx.text.split("\n\n")
    for label, below in itertools.pairwise(paragraphs):
        if label.strip().rstrip(":：").strip().casefold() not in patterns.COMPANY_LABELS:
            continue
        value = below.strip().partition("\n")[0]
        if _reads_as_name(value):
            name = _UNIT_AT.split(value)[-1].strip()
            tally.add(name, _WEIGHT, "company.label", f"{label.strip()} {value}")


def _reads_as_name(value: str) -> bool:
    """Whether a labelled value is short enough to be a name and no sentence."""
    return (
        0 < len(value) <= _MAX_VALUE
        and value[0].isalnum()  # "•" of a menu's next item
        and any(c.isalpha() for c in value)  # "1001-5000": a headcount, no name
        and len(value.split()) <= _MAX_VALUE_WORDS
        and not value.endswith((".", "!", "?", ":"))
        # "bedrift" above "Frist" (deadline): a template's labels, one under the other
        and value.casefold() not in patterns.COMPANY_LABELS
        and vocabulary.label_field(value) is None
    )
