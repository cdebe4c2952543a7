"""Roles numbered in one block of text: one posting per role, the block's shared parts kept.

A Japanese requirements page may put several roles in one text, each opened by a
circled number and followed by its own labelled parts, then the terms they share::

    募集期間：2025年9月1日〜2025年9月30日        (shared: before the first role)
    ①アニメーター
    ■仕事内容 ...
    ②モデラー／リガー
    ■仕事内容 ...
    ＿＿＿＿＿＿＿＿                             (the roles end at a rule,
    ■勤務地 本社 東京都中野区                      or at a place, type or date label)
    ■雇用形態 正社員                              (shared: after the last role)

Each role becomes a posting of its own: the shared lines before, its own part,
the shared lines after. A line listing several numbered roles ("①アニメーター
②モデラー") is their index, not one of them; a numbered line that names no role
("①午前シフト8:45-13:15", a shift) opens nothing.
"""

from __future__ import annotations

import re

import attrs

from jobparse import vocabulary
from jobparse.page import RawPosting
from jobparse.page.job_lines import a_sentence

__all__ = ["numbered_role_postings"]

#: The circled and parenthesised numbers that open an enumerated line: ①-⑳, ⑴-⒇, ➀-➉, ❶-❿, ➊-➓.
_NUMBER = "\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2789\u278a-\u2793"
_NUMBERED = re.compile(rf"^[{_NUMBER}][ \t\u3000]*(?P<role>\S.*)$")
_ANY_NUMBER = re.compile(rf"[{_NUMBER}]")
#: A rule drawn across the text: "＿＿＿＿", "-----", "━━━━".
_RULE = re.compile(r"^[_＿\-－=＝─━~〜・]{5,}$")
#: What may open a label line: "■仕事内容", "【応募資格】", "◆勤務地".
_LABEL_MARKS = "■□◆◇●○【［[・▼▶"
#: The facts a page states once for all its roles: where, on what terms, until when.
_SHARED_FIELDS = frozenset({"location", "employment_type", "deadline"})
_MAX_ROLE = 40
_FEWEST_ROLES = 2


def numbered_role_postings(postings: list[RawPosting]) -> list[RawPosting]:
    """Each posting whose text numbers two or more roles, as one posting per role."""
    split: list[RawPosting] = []
    for posting in postings:
        split += _by_role(posting) or [posting]
    return [posting.evolve(index=index) for index, posting in enumerate(split)]


def _by_role(posting: RawPosting) -> list[RawPosting]:
    lines = "\n".join(posting.paragraphs).split("\n")
    starts = [
        (at, role)
        for at, line in enumerate(lines)
        if (role := _numbered_role(lines, at, line.strip())) is not None
    ]
    # an index of the roles may number one on a line of its own ("⑦開発エンジニア" under a
    # group's name): a role numbered again later opens its part there
    starts = [(at, role) for at, role in starts if role not in {r for a, r in starts if a > at}]
    if len(starts) < _FEWEST_ROLES:
        return []
    end = _end_of_roles(lines, starts[-1][0] + 1)
    before, after = lines[: starts[0][0]], lines[end:]
    bounds = [at for at, _ in starts[1:]] + [end]
    postings = []
    for (at, role), stop in zip(starts, bounds, strict=True):
        text = "\n".join([*before, *lines[at:stop], *after])
        paragraphs = tuple(p for p in text.split("\n\n") if p.strip())
        facts = posting.facts
        postings.append(
            posting.evolve(
                paragraphs=paragraphs,
                facts=None if facts is None else attrs.evolve(facts, title=role),
            )
        )
    return postings


def _numbered_role(lines: list[str], at: int, line: str) -> str | None:
    """The role a numbered line opens, if its next line labels the role's first part."""
    match = _NUMBERED.match(line)
    if match is None or len(_ANY_NUMBER.findall(line)) > 1:
        return None  # "①アニメーター　②モデラー": the roles' index
    role = match.group("role").strip()
    if len(role) > _MAX_ROLE or a_sentence(role) or not vocabulary.has_role(role):
        return None
    following = next((ahead.strip() for ahead in lines[at + 1 :] if ahead.strip()), "")
    return role if _a_label_line(following) else None


def _a_label_line(line: str) -> bool:
    """Whether a line is a part's label: "■仕事内容", "【応募資格】", "Requirements:"."""
    bare = line.lstrip(_LABEL_MARKS).rstrip("】］]:：").strip()
    return bool(bare) and (
        line.startswith(tuple(_LABEL_MARKS))
        or vocabulary.is_section_heading(bare)
        or vocabulary.fact_label(f"{bare}: x") is not None
    )


def _end_of_roles(lines: list[str], start: int) -> int:
    """Where the last role's part ends: at a rule, or at a label of a shared fact."""
    for at in range(start, len(lines)):
        line = lines[at].strip()
        if _RULE.match(line):
            return at
        if not line.startswith(tuple(_LABEL_MARKS)):
            continue
        label = vocabulary.fact_label(f"{line.lstrip(_LABEL_MARKS).strip()}: x")
        if label is not None and label[0] in _SHARED_FIELDS:
            return at
    return len(lines)
