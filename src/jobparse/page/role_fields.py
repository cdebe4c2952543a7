"""The roles a job page's field of titles names: one posting per role, sharing the rest.

Japanese 募集要項 pages, and requirement tables of any language, lay a job out
as labelled rows; the row of its title may name several roles, each a
posting of its own with the other rows shared::

    <tr><th>募集職種</th><td>
      <span>プロジェクトマネージャー（PM）</span><br><span>プロジェクトの管理職...</span>
      <span>システムエンジニア(SE)／プログラマー(PG)</span><br><span>要件定義...</span>
    </td></tr>
    <tr><th>勤務地</th><td>東京都内及びその周辺地域</td></tr>

A row is a table row (``th`` and ``td``), a definition (``dt`` and ``dd``) or
two sibling blocks, a short label and its value (``<div class="head">`` and
``<div class="body">``). The title row's label is a ``title`` label of the
vocabulary ("募集職種", "Position", "Stelle", "岗位"); its value's lines that
name a role, and are no sentence, are the roles.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from lxml import etree

from jobparse import vocabulary
from jobparse.page import RawPosting
from jobparse.page.job_lines import one_short_role
from jobparse.page.render import element_text, render, tag_of

__all__ = ["labelled_rows", "role_titles", "with_roles"]

_MAX_LABEL = 30
_MAX_ROLE = 80
_MAX_ROLE_WORDS = 10
_SENTENCE_ENDS = ("。", ".", "!", "?", "！", "？")
#: The commas and stops of scripts without spaces: a line holding one is a clause.
_CLAUSE_MARKS = ("、", "，", "。")


def labelled_rows(root: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """Each label of the page's key-value rows, with the element of its value."""
    for row in root.iter("tr"):
        cells = [c for c in row if tag_of(c) in {"th", "td"}]
        if len(cells) == 2 and tag_of(cells[0]) == "th":
            yield element_text(cells[0]), cells[1]
    for term in root.iter("dt"):
        value = term.getnext()
        if value is not None and tag_of(value) == "dd":
            yield element_text(term), value
    for head in root.iter("div"):
        value = head.getnext()
        if value is None or tag_of(value) != "div" or len(head):
            continue  # a label is a bare text block, its value the block after it
        label = element_text(head)
        if 0 < len(label) <= _MAX_LABEL and head.getprevious() is None:
            yield label, value


def role_titles(root: etree._Element) -> list[str]:
    """The roles the page's title row names, in order (none if it has no such row).

    With no title row, a row of the job's work stating it in one short role
    ("業務内容" / "営業") names it.
    """
    duties: list[str] = []
    for label, value in labelled_rows(root):
        if len(label) > _MAX_LABEL:
            continue
        field = vocabulary.fact_label(f"{label}: x")
        if field == ("duties", "x"):
            duties.append(element_text(value))
        if field != ("title", "x"):
            continue
        roles = []
        for line in render(value).split("\n"):
            line = line.strip(" ・•\t")
            if listed := _listed_roles(line):
                roles += listed  # "キッチンスタッフ、ホールスタッフ": two roles, listed
                continue
            if (
                line
                and len(line) <= _MAX_ROLE
                and len(line.split()) <= _MAX_ROLE_WORDS
                and not line.endswith(_SENTENCE_ENDS)
                and not any(mark in line for mark in _CLAUSE_MARKS)  # "経験を有し、...": prose
                and vocabulary.has_role(line)
            ):
                roles.append(line)
        if roles:
            return roles
    if len(duties) == 1 and one_short_role(duties[0]):
        return duties
    return []


#: The most characters of one role in a list of roles of a script without spaces.
_MAX_LISTED_ROLE = 20


def _listed_roles(line: str) -> list[str]:
    """The roles a line lists with the comma of Japanese or Chinese, if every part is one."""
    parts = [part.strip() for part in line.replace("，", "、").split("、")]
    if len(parts) < 2 or line.endswith(_SENTENCE_ENDS):
        return []
    if not all(0 < len(part) <= _MAX_LISTED_ROLE for part in parts):
        return []
    if all(vocabulary.has_role(part) for part in parts):
        return parts
    # under the title's label, short parts name jobs though some hold no role word the
    # vocabulary knows: "生産（工程管理）、商品開発、営業" (production, development, sales)
    if any(vocabulary.has_role(part) for part in parts) and all(
        len(part) <= _MAX_NAMED_PART for part in parts
    ):
        return parts
    return []


#: The longest part of a title row's list that names a job by its field alone ("商品開発").
_MAX_NAMED_PART = 10


def with_roles(postings: list[RawPosting], roles: list[str]) -> list[RawPosting]:
    """One job page's posting as one posting per role its title row names.

    A single role replaces a title that names none ("募集要項", the page's heading).
    """
    if len(postings) != 1 or postings[0].facts is None or not roles:
        return postings
    posting, facts = postings[0], postings[0].facts
    if len(roles) == 1:
        if facts.title and vocabulary.has_role(facts.title):
            return postings
        return [posting.evolve(facts=attrs.evolve(facts, title=roles[0]))]
    return [
        posting.evolve(index=index, facts=attrs.evolve(facts, title=role, one_of_roles=True))
        for index, role in enumerate(roles)
    ]
