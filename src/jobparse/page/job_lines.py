"""What the lines of a job's own page are: sentences, slogans, roles named alone or in lists.

A single job's page names its job in a heading, or else in its lines: a
labelled fact ("Functie: Woningmakelaar Sale & Lease Back", "Puesto: X"
three times), the short lines a list's heading introduces ("Job Openings:" /
"Cafeteria Substitute") or a line that is a role and nothing else ("Intern"
below a slogan). Sentences, slogans, clauses and lists of keywords name no job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from jobparse import patterns, vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.title import named_by_label, specific_title_label
from jobparse.page.card_titles import enumerated_hire
from jobparse.page.cards import joined_labels
from jobparse.page.render import split_paragraphs

__all__ = [
    "MAX_FACT_LINES",
    "ROLE_ALONE_CHARACTERS",
    "ROLE_ALONE_WORDS",
    "SENTENCE_STOPS",
    "a_duty_line",
    "a_listed_role",
    "a_sentence",
    "a_slogan",
    "contact_follows",
    "enumerated_roles",
    "keyword_list",
    "labelled_lines",
    "names_no_job_line",
    "one_short_role",
    "role_joined_as",
    "stated_title",
    "stated_titles",
    "wanted_role",
]

#: How many lines of a paragraph are read for its labelled facts.
MAX_FACT_LINES = 60


def names_no_job_line(text: str) -> bool:
    """Whether a line names a list, a page or a menu's item, not one job."""
    return (
        vocabulary.is_listing_heading(text)
        or vocabulary.names_a_list(text)
        or vocabulary.is_navigation(text)
    )


#: What ends a sentence, and the quotes that may close one after it.
SENTENCE_STOPS = (".", "。", "!", "！", "?", "？")
_CLOSING_QUOTES = " \"'”’」』"
#: A heading of a script without spaces this long is a sentence when it ends like one.
_SLOGAN_CHARACTERS = 8


#: The longest line read as a role named alone ("Intern", "Lagerist (m/w/d)").
ROLE_ALONE_WORDS = 6
ROLE_ALONE_CHARACTERS = 40


#: How many lines after a role line are read for a contact's telephone or address.
_CONTACT_LINES = 3
_CONTACT = re.compile(r"@|\+?\d[\d ()/.-]{6,}\d")


def contact_follows(lines: list[str], index: int, *, longest: int | None = None) -> bool:
    """Whether a telephone number or an e-mail address follows a line closely: a contact's.

    With *longest*, only lines that short count: a contact's lines are short, and a
    sentence naming where to send one's papers ("Senden Sie Ihre Bewerbungsunterlagen
    ... an info@…") is no contact block.
    """
    return any(
        _CONTACT.search(line) and (longest is None or len(line) <= longest)
        for line in lines[index + 1 : index + 1 + _CONTACT_LINES]
    )


def a_slogan(heading: str) -> bool:
    """A heading that is a sentence naming no role: the page's slogan, never a job's title.

    "Help us turn promising ideas into recognizable brands.", "ここは、起業家のための
    “成長エンジン”。": the job is named further down ("Intern" under "Open
    opportunities"), or nowhere.
    """
    text = heading.strip().rstrip(_CLOSING_QUOTES)
    if not text.endswith(SENTENCE_STOPS):
        return False
    return len(text.split()) >= _SENTENCE_WORDS - 2 or len(text) >= _SLOGAN_CHARACTERS


#: The longest statement of a job's work that is its role's name ("営業", "Buchhaltung").
_DUTY_ROLE_CHARACTERS = 12


def one_short_role(text: str) -> bool:
    """Whether a statement of a job's work is one short role: "営業", not a task's sentence."""
    return (
        0 < len(text) <= _DUTY_ROLE_CHARACTERS
        and "\n" not in text
        and not any(mark in text for mark in "、，。,;")
        and vocabulary.has_role(text)
    )


def stated_title(text: str) -> str | None:
    """The job's title as a labelled fact of the page states it ("Job title: ...", "職種")."""
    return next(stated_titles(text), None)


def stated_titles(text: str) -> Iterator[str]:
    """Each title the page states as a labelled fact, in order.

    Under a title's own label ("Functie: Woningmakelaar Sale & Lease Back"), the
    value is the title though it holds no role word the vocabulary knows.
    """
    duties: list[str] = []
    titled = False
    for line, (field, value) in labelled_lines(split_paragraphs(text)):
        if field == "title" and (
            vocabulary.has_role(value) or (specific_title_label(line) and named_by_label(value))
        ):
            titled = True
            yield value.strip()
        elif field == "duties" and one_short_role(value.strip()):
            duties.append(value.strip())
    if not titled and len(duties) == 1:
        # "業務内容: 営業": the work, told in a word, is the job where no label names it
        yield duties[0]


#: The most words of a line read as a listed role.
_MAX_LISTED_WORDS = 8


def enumerated_roles(text: str) -> list[str]:
    """The roles of enumerated lines that hire, two or more: one posting per line.

    "A、本公司现招聘园林相关工程人员、造价员" / "B、招聘长期绿化工，水电工，力工：" /
    "C、招聘货（水）车司机": in a script without spaces, each lettered line's hiring
    word ("招聘", "募集") opens its role, which runs to the line's end.
    """
    roles = [role for line in text.split("\n") if (role := enumerated_hire(line)) is not None]
    return roles if len(roles) > 1 else []


#: The longest line read for the role it asks for.
_MAX_WANTED_LINE = 60


_MAX_WANTED_WORDS = 4  # of a role asked for that names no role word the vocabulary knows


def wanted_role(text: str) -> str | None:
    """The role the first short line asking for someone names, beside its words of asking.

    "Ведется набор электромонтажников." (recruiting electricians) names
    "электромонтажников"; "Koch gesucht" names "Koch".
    """
    for line in text.split("\n"):
        line = line.strip(" •-–")
        if not line or len(line) > _MAX_WANTED_LINE:
            continue
        phrase = vocabulary.wanted_phrase(line)
        if phrase is None:
            continue
        words = vocabulary.split_words(line)
        size = len(phrase.split())
        if len(words) <= size:
            continue
        role = None
        if vocabulary.fold(" ".join(words[:size])) == phrase:
            role = " ".join(words[size:])
            # as written, its commas kept: "CHEF DE PARTIE, COOK, BARISTA DAN WAITERS"
            written = line.split(maxsplit=size)[-1].strip(" .:!")
            if vocabulary.split_words(written) == words[size:]:
                role = written
        elif vocabulary.fold(" ".join(words[-size:])) == phrase:
            role = " ".join(words[:-size])
        if role is not None and (
            vocabulary.has_role(role)
            or (
                not vocabulary.is_listing_heading(line)
                and not vocabulary.is_section_heading(line)  # "QUY TRÌNH TUYỂN DỤNG": a process
                and len(role.split()) <= _MAX_WANTED_WORDS  # not "Nếu bạn quan tâm đến ..."
            )
        ):
            return role  # not "Vị trí đang tuyển" (positions open): a list's heading, no role
    return None


#: The most words of a role a heading invites the reader to join as.
_MAX_JOINED_WORDS = 6


def role_joined_as(heading: str) -> str | None:
    """The role a heading opens by inviting or seeking someone for: "Join Us as an X".

    "Join Us as an Independent Sales Consultant", "Looking for a Barista": the
    words after the invitation, where they name a role and little more.
    """
    for trigger in (patterns.TITLE_TRIGGER, patterns.FOREIGN_JOIN_AS):
        found = trigger.search(heading)
        if found is None or heading[: found.start()].strip():
            continue
        role = heading[found.end() :].strip(" .!?:")
        if vocabulary.has_role(role) and len(role.split()) <= _MAX_JOINED_WORDS:
            return role
    return None


def a_listed_role(line: str, longest: int = ROLE_ALONE_CHARACTERS) -> bool:
    """Whether a line can be a role a list names: short, no sentence, label or address."""
    return (
        0 < len(line) <= longest
        and any(char.isalpha() for char in line)  # "+375 29 7-465-465": a telephone
        and len(line.split()) <= _MAX_LISTED_WORDS
        and not line.endswith(SENTENCE_STOPS)
        and not a_sentence(line)
        and vocabulary.fact_label(line) is None
        and not _ADDRESS_FIGURES.search(line)  # "… 地址：…5366号105室 邮政编码：201806"
        and not names_no_job_line(line)
        and not patterns.FURNITURE_LINE.search(line)  # "© Scouting Andromeda" below the roles
    )


#: A postal code, a house number run or a telephone: an address's or a contact's figures.
_ADDRESS_FIGURES = re.compile(r"\d{5,}")


def labelled_lines(paragraphs: Iterable[str]) -> Iterator[tuple[str, tuple[str, str]]]:
    """Each labelled line of the paragraphs' first lines, with its (field, value).

    A label standing as a paragraph of its own ("<h3>岗位名称：</h3><p>供应链管理总监</p>")
    labels the next paragraph's first line.
    """
    label_alone: str | None = None
    for paragraph in paragraphs:
        lines = paragraph.split("\n")[:MAX_FACT_LINES]
        if label_alone is not None:
            lines = [f"{label_alone} {lines[0]}", *lines[1:]]
        label_alone = _lone_label(lines)
        for line in joined_labels(lines):
            line = line.strip(" •")
            if (label := vocabulary.fact_label(line)) is not None:
                yield line, label


def _lone_label(lines: list[str]) -> str | None:
    """A paragraph's one line when it is a label and nothing more ("岗位名称：")."""
    if len(lines) != 1 or not lines[0].rstrip().endswith((":", "：")):
        return None
    line = lines[0].strip(" •")
    return line if vocabulary.label_field(line.rstrip(" :：")) is not None else None


#: The fewest words after a label that make its line a list of keywords.
_KEYWORDS = 3


def keyword_list(line: str) -> bool:
    """A label and a list of words after it: "热门搜索： 设计 行政管理 财务 销售" (searches)."""
    label, colon, value = line.replace("：", ":", 1).partition(":")
    if not colon or not label.strip() or len(value.split()) < _KEYWORDS:
        return False
    found = vocabulary.fact_label(line)
    return found is None or found[0] != "title"  # "Position: Data Engineer" names a role


#: A line ending with a full stop and longer than this many words is a sentence; in a
#: script without spaces, one longer than this many characters.
_SENTENCE_WORDS = 5
_SENTENCE_CHARACTERS = 15
#: The Japanese case particles a clause ends with, the subject's "が", the means' "で", the
#: object's "を"...: no job's name ends so. A line this long may be a clause.
_CLAUSE_PARTICLES = ("が", "で", "を", "に", "へ", "は", "も")
_SHORTEST_CLAUSE = 4
#: What ends a sentence of Chinese or Japanese: a stop, a question mark, a wave dash.
_CJK_SENTENCE_ENDS = ("。", "？", "?", "～", "〜")


#: A numbered item's mark: "1、", "2.", "3．", "4)".
_ITEM_MARK = re.compile(r"\d{1,2}[ \t]*[、.．)）][ \t]*")
#: The punctuation inside a clause of a script without spaces.
_CLAUSE_MARKS = frozenset("，、；。：")


def a_duty_line(line: str) -> bool:
    """A numbered line of what the job does or asks, not a role ("1、后台服务的设计与开发；").

    In a script without spaces: the text after its number holds a clause's
    punctuation, or runs longer than a role's name does.
    """
    mark = _ITEM_MARK.match(line)
    if mark is None:
        return False
    rest = line[mark.end() :].strip()
    if not rest or not has_cjk(rest):
        return False  # "1. Software Engineer", "1. Тайный покупатель": a script with spaces
    return bool(_CLAUSE_MARKS & set(rest)) or len(rest) > _SENTENCE_CHARACTERS


def a_sentence(line: str) -> bool:
    """A sentence, or a clause of one ("Być kierowcą," of a list of what one may be).

    Scripts without spaces count characters: "佳施凯升将不定期举办全国代理商、业务员专业
    知识和技能培训，帮助代理商塑造专业团队。" is a sentence, though one "word".
    """
    if line.endswith((",", ";", "，", "；", "、")):
        return True
    if len(line) >= _SHORTEST_CLAUSE and line.endswith(_CLAUSE_PARTICLES) and has_cjk(line):
        return True  # "営業部員の5人に1人が" (one in five of the sales staff…): a clause
    if line.endswith(_CJK_SENTENCE_ENDS) and len(line) > _SENTENCE_CHARACTERS and has_cjk(line):
        # "…続けていけるかな～" (I wonder if I can go on…): a stop, a question or speech
        # trailing off in a wave dash ends a sentence of a script without spaces
        return True
    # an ellipsis ends one too: "In der Realität ist das leider nicht der Fall…"
    return line.endswith((".", "。", "…")) and len(line.split()) > _SENTENCE_WORDS
