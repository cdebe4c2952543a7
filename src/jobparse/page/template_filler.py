"""A template's filler where a page's owner is to write a name: "○○○○", "XXX", "職種A".

Sites built from a template keep its sample texts until someone fills them in:
a company "株式会社XXX", a town "〇〇市", a role "職種A". A page or card that
holds only such samples names no real job (asked by :mod:`jobparse.page.html`,
:mod:`jobparse.page.no_job` and :mod:`jobparse.page.role_lines`).
"""

from __future__ import annotations

import re

from jobparse import vocabulary

__all__ = ["template_filler"]


#: A template's filler where its owner is to write a name: "○○○○", "××", "XXX", lorem ipsum,
#: a word of a script without spaces written three times over ("职位职位职位").
_FILLER = re.compile(
    r"[○●◯◎〇□■×＊]{2,}|\*{3,}|(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])|\blorem ipsum\b"
    r"|([\u3040-\u30ff\u3400-\u9fff]{2,4})\1\1",
    re.IGNORECASE,
)


def template_filler(text: str) -> bool:
    """Whether a line holds a template's filler: "担当者 ○○" names no one, no role.

    >>> template_filler("募集職種 ○○○○"), template_filler("03-1234-XXXX"), template_filler("〇〇市")
    (True, True, True)
    >>> template_filler("Koch (m/w/d)"), template_filler("Maxxx Logistics")
    (False, False)
    >>> template_filler("職種A"), template_filler("Position 1"), template_filler("Koch 2")
    (True, True, False)
    >>> template_filler("职位职位职位"), template_filler("市场总监")
    (True, False)
    """
    return _FILLER.search(text) is not None or _lettered_label(text)


#: A label and one letter or figure after it: "職種A", "Position 1", a template's sample.
_LETTERED = re.compile(r"(?P<label>[^\W\d_][\w ]*?)\s?[A-ZＡ-Ｚ0-9０-９]")


def _lettered_label(text: str) -> bool:
    """Whether a line is the label of the job's title with a letter after it: "職種A", "Job 2".

    A template's sample cards ("職種A", "職種B", "職種C") where each role's name is to go.
    """
    match = _LETTERED.fullmatch(text.strip())
    return match is not None and vocabulary.label_field(match.group("label")) == "title"
