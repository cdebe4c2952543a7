"""A card's title: its anchor's own heading, bold text or first line, bare of what frames it.

"<a><b>PhD research</b> <i>Jan 1, 2020</i></a>" is titled "PhD research"; "👷 Operai
Specializzati Amianto" is the operai; "募集要項【警備スタッフ】" names 警備スタッフ; a
link "<span>Kok</span><span>Bekijk</span>" is "Kok", its control left out.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lxml import etree

from jobparse import vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.dates import parse_date
from jobparse.fields.locations import is_place_line
from jobparse.page.link_names import role_named_by
from jobparse.page.render import element_text, render_nodes, tag_of, text_parts
from jobparse.tables import words

__all__ = [
    "BULLETS",
    "bare_title",
    "card_title",
    "enumerated_hire",
    "is_chip_row",
    "is_title_line",
    "role_after_asking",
    "role_below_figures",
    "title_after_chips",
    "without_bullets",
    "without_wanted_suffix",
]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Elements that start a line of their own inside a title.
_BLOCKS = frozenset("div p li ul ol dl dt dd h1 h2 h3 h4 h5 h6 br table tr td th section".split())
#: What a card's lines open or end with that is no part of them: bullets, arrows, ticks.
BULLETS = " •·▪●◦-–—|›»❯>►▸▶→➤➔✓✔"


def without_bullets(line: str) -> str:
    """A line without the bullets and arrows around it, a closing quote of its own kept.

    "» Kontakt ›" is "Kontakt"; "АО «АЛЬФА-БАНК»" keeps the guillemet that closes its name.
    """
    bare = line.strip(BULLETS)
    if bare.count("«") > bare.count("»") and line.rstrip().endswith("»"):
        return bare + "»"
    return bare


def is_title_line(line: str) -> bool:
    """Whether a line can be a title: not a date, a labelled fact or a bare figure."""
    if not any(c.isalpha() for c in line) or vocabulary.fact_label(line) is not None:
        return False
    label, spaced, _ = line.partition(": ")
    if spaced and _FIELD_LABEL.fullmatch(label.strip()):
        return False  # "Secretaria: SSPC", "Secretaria de: Salud": a field the vocabulary lacks
    _, colon, value = line.partition(":")
    return not (colon and parse_date(value) is not None) and parse_date(line) is None


#: A field's label before a colon: one word, maybe with its preposition ("Secretaria de").
_FIELD_LABEL = re.compile(r"[^\W\d_]+(?: (?:de|of|von|di|da|du))?")


#: The colon a section's heading ends with, before the text it heads.
_TITLE_COLONS = " :：\t"


#: The extension of a document's file name, closing a link's text: "Fizjoterapeuta.pdf".
_DOCUMENT_EXTENSION = re.compile(r"\.(?:pdf|docx?|odt|rtf)$", re.IGNORECASE)


#: An accordion's signs after a title, each standing apart: "経営企画 + -", "PR ▼".
_TOGGLES = re.compile(r"(?:\s+[-+−－＋×▼▲▶▸▾▴])+\s*$")


def bare_title(title: str) -> str:
    """A card's title without the pictographs before it, the colon or a file's extension after it.

    "👷 Operai Specializzati Amianto" names the operai; "市场专员（若干）：" heads
    its section; "招聘岗位：检验员" (post: inspector) is the inspector's.
    """
    start = 0
    while start < len(title) and (
        title[start].isspace() or unicodedata.category(title[start]) in _PICTOGRAPHS
    ):
        start += 1
    bare = title[start:].rstrip(_TITLE_COLONS) or title
    bare = _TOGGLES.sub("", bare) or bare  # "経営企画 + -": an accordion's open and close signs
    bare = _DOCUMENT_EXTENSION.sub("", bare) or bare  # "Opiekun.pdf": an offer as a document
    label = vocabulary.fact_label(bare)
    if label is not None and label[0] == "title" and label[1]:
        bare = label[1]  # "招聘岗位：检验员", "Position: Data Engineer": the label's value
    called = vocabulary.before_apply_call(bare)
    if called is not None and vocabulary.has_role(called):
        bare = called  # "Java Developer ilanına başvurmak için tıklayınız.": click to apply
    closing = vocabulary.closing_fact_start(bare)
    if closing is not None:
        bare = bare[:closing].rstrip(_CLOSING_PUNCTUATION)  # "营销总监 招聘人数：1": the role
    bare = _before_relative_clause(bare)  # "Szövegíró, aki a forgatókönyveket ...": the role
    bare = enumerated_hire(bare) or bare  # "C、招聘货（水）车司机": the role hired
    numbered = _NUMBERED.match(bare)
    if numbered is not None:
        bare = bare[numbered.end() :]  # "2. Менеджер по развитию": the list's number goes
    return vocabulary.bracketed_role(bare) or bare  # "募集要項【警備スタッフ】"


#: "Wanted" closing a Japanese title: "看護師募集中", "メイドさん大募集中！", "エンジニア急募".
_WANTED_SUFFIX = re.compile(
    r"(?P<role>.+?)(?:を|の)?(?:(?:大|急|緊急)?募集(?:中|します|しています)?|急募)[!！♪☆]*"
)


def without_wanted_suffix(title: str) -> str:
    """A Japanese title without the "wanted" that closes it: "看護師募集中" -> "看護師".

    >>> without_wanted_suffix("メイドさん大募集中"), without_wanted_suffix("Engineer")
    ('メイドさん', 'Engineer')
    """
    wanted = _WANTED_SUFFIX.fullmatch(title) if "募" in title else None
    return wanted.group("role") if wanted is not None else title


def _before_relative_clause(title: str) -> str:
    """A role before the clause that says who is wanted: "Videós, aki kreatív ..." -> "Videós"."""
    clause = _relative_clause().search(title)
    if clause is None:
        return title
    role = title[: clause.start()].strip()
    if (
        len(role.split()) <= _LONGEST_ROLE_BEFORE_CLAUSE
        and len(title[clause.end() :].split()) >= _SHORTEST_CLAUSE
        and vocabulary.has_role(role)
    ):
        return role
    return title


#: How many words a role before a relative clause has at most, and its clause at least.
_LONGEST_ROLE_BEFORE_CLAUSE = 5
_SHORTEST_CLAUSE = 2


@functools.cache
def _relative_clause() -> re.Pattern[str]:
    """A comma and a relative pronoun of any language: ", who ", ", aki ", ", der "."""
    pronouns = sorted({p.casefold() for p in words()["relative_pronouns"]}, key=len, reverse=True)
    return re.compile(r",\s+(?:" + "|".join(map(re.escape, pronouns)) + r")\s", re.IGNORECASE)


#: What may stand between a title and a labelled fact after it: "Engineer – Location: Berlin".
_CLOSING_PUNCTUATION = " ,;|/-–—(（[【"


#: A list's number before a title: "1. ", "2) ".
_NUMBERED = re.compile(r"\d{1,2}[.)][ \t]+(?=[^\W\d_])")


#: A line opened by an enumerator ("A、", "二、", "3.") and what follows it.
_ENUMERATED = re.compile(
    r"(?:[A-Za-z]|[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．）)]\s*(?P<rest>.+)"
)
#: The longest role read after a hiring word in an enumerated line.
_MAX_HIRED = 30


def enumerated_hire(line: str) -> str | None:
    """The role an enumerated line hires in a script without spaces, else None.

    "A、本公司现招聘园林相关工程人员、造价员": the hiring word ("招聘", "募集")
    opens the role, which runs to the line's end.
    """
    enumerated = _ENUMERATED.fullmatch(line.strip())
    if enumerated is None:
        return None
    rest = enumerated.group("rest")
    fragments = tuple(words()["hiring_fragments"])
    at = min((i for f in fragments if (i := rest.find(f)) >= 0), default=-1)
    if at < 0:
        return None
    fragment = next(f for f in fragments if rest.startswith(f, at))
    role = rest[at + len(fragment) :].strip(" :：。，,")
    return role if 0 < len(role) <= _MAX_HIRED else None


#: The Unicode categories of pictographs and what joins or shapes them (emoji, their
#: variation selectors and joiners).
_PICTOGRAPHS = frozenset({"So", "Sk", "Mn", "Cf"})


def card_title(anchor: etree._Element) -> str:
    """The anchor's own title: a heading or leading bold text in it, else its first title line.

    A line that is a date or a label ("Online seit: 01.10.2025") is skipped;
    of several lines, the first that names a role wins.
    """
    if named := role_named_by(anchor):
        return named  # "<a title="Arbeider tuinaanleg"><img></a>": a poster, linked
    inner_texts = [
        text
        for inner in anchor.iter(*_HEADINGS, "strong", "b")
        if inner is not anchor and (text := element_text(inner)) and is_title_line(text)
    ]  # "<b>(New)</b> <b>PhD Research Fellow</b>": the one that names a role
    if inner_texts:
        return next((t for t in inner_texts if vocabulary.has_role(t)), inner_texts[0])
    control = _title_of_parts(anchor)
    if control is not None:
        return control  # "<a><span>Kok</span><span>Bekijk</span></a>": the title, not the control
    if not any(tag_of(e) in _BLOCKS for e in anchor.iterdescendants()):
        # one line: no need to render it; a heading's closing chip of the job's type
        # ("Úklidová pracovnice <span>HPP</span>") is read as the type, not the title
        lines = [without_bullets(_without_type_chip(anchor, element_text(anchor)))]
    else:
        lines = [
            without_bullets(line)
            for line in render_nodes((anchor,), tails=False, visible=True).split("\n")
        ]
    titled = [line for line in lines if line and is_title_line(line)]
    if _broken_before_its_role(anchor, titled):
        return f"{titled[0]} {titled[1]}"  # "<h3>Marketing<br>Stagiair</h3>": one title
    return next((line for line in titled if vocabulary.has_role(line)), None) or next(
        iter(titled), element_text(anchor)
    )


_CHIP_TAGS = frozenset({"span", "small", "em", "i", "b", "strong", "sup", "mark"})
_MAX_CHIP_WORDS = 3


def _without_type_chip(anchor: etree._Element, title: str) -> str:
    """A heading's text without the inline chip at its end that names the job's type.

    "Úklidová pracovnice/úklidový pracovník <span>HPP</span>": the chip is the
    employment type the card's lines read; the title ends before it.
    """
    if tag_of(anchor) not in _HEADINGS or not len(anchor):
        return title
    last = anchor[-1]
    chip = element_text(last).strip()
    if (
        tag_of(last) not in _CHIP_TAGS
        or (last.tail or "").strip()
        or not chip
        or len(chip.split()) > _MAX_CHIP_WORDS
        or not vocabulary.employment_types(chip)
        or vocabulary.has_role(chip)
    ):
        return title
    stripped = title.rstrip()
    if not stripped.endswith(chip) or len(stripped) <= len(chip) + _MAX_CHIP_WORDS:
        return title
    return stripped[: -len(chip)].rstrip(" -–|·,")


def _broken_before_its_role(anchor: etree._Element, lines: list[str]) -> bool:
    """Whether a heading's two lines are one title broken before its role noun.

    "Marketing" / "Stagiair": the first line names no role, the second does; or
    "DevOps" / "Engineer": one word, then the one role noun it qualifies.
    """
    return (
        tag_of(anchor) in _HEADINGS
        and len(lines) == 2
        and anchor.find(".//br") is not None
        and (not vocabulary.has_role(lines[0]) or len((*lines[0].split(), *lines[1].split())) == 2)
        and vocabulary.has_role(lines[1])
        and (not is_place_line(lines[0]) or vocabulary.is_department(lines[0]))  # "Sales"
        and vocabulary.fact_label(lines[0]) is None
    )


def _title_of_parts(anchor: etree._Element) -> str | None:
    """A link's title when it is a row of parts, each its own element, else None.

    Two parts, the second a control ("<a><span>Kok</span><span>Bekijk</span></a>"),
    or three and more (title, department, place, type, "Candidatar"): the part
    that names a role, else the first. A part that only wraps parts counts as
    its parts ("<span><span>Consultant Retail</span><span>Iași · Hibrid</span></span>").
    """
    if tag_of(anchor) != "a":
        return None
    parts = _unwrapped(text_parts(anchor))
    if len(parts) < 2 or (anchor.text or "").strip() or any((c.tail or "").strip() for c in parts):
        return None
    if len(parts) == 2 and not vocabulary.is_navigation(element_text(parts[-1]).strip(" →›»>")):
        # two parts glued with nothing between, laid out apart by styling: a role and its
        # facts ("<span>Consultant Retail</span><span>Iași · Hibrid · Full-time</span>")
        first, second = (element_text(part).strip() for part in parts)
        named = vocabulary.has_role(first) and not vocabulary.has_role(second)
        return first if named and is_title_line(first) else None
    texts = [text for part in parts if is_title_line(text := element_text(part).strip())]
    if len(parts) == 2:
        return texts[0] if texts and texts[0] == element_text(parts[0]).strip() else None
    return next((text for text in texts if vocabulary.has_role(text)), texts[0] if texts else None)


def _unwrapped(parts: list[etree._Element]) -> list[etree._Element]:
    """Parts with each wrapper of two or more parts (and no text of its own) read as its parts."""
    flat: list[etree._Element] = []
    for part in parts:
        inner = text_parts(part)
        if len(inner) >= 2 and not (part.text or "").strip():
            flat.extend(_unwrapped(inner))
        else:
            flat.append(part)
    return flat


def title_after_chips(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """A card's title and lines, its role taking the title from a row of chips above it.

    "<span>Financiamento</span> <span>Full-time</span>" opens the card, its role
    ("Técnico de Candidaturas & Incentivos") on the line below: the role is the
    title, the chips (a department, the job's type) one of its lines. A department
    alone ("Yazılım" over "Full Stack Developer") is such a row too.
    """
    if not is_chip_row(title) or (vocabulary.has_role(title) and not _only_a_term(title)):
        return title, lines  # "正社員" (a regular employee) names a type; "Ausbildung" a post
    for index, line in enumerate(lines[:_CHIP_ROW_LINES]):
        if line in title:
            continue  # a chip of the row, on a line of its own
        if (
            vocabulary.has_role(line)
            and is_title_line(line)
            and len(line) <= _LONGEST_ROLE
            and not vocabulary.names_only_a_type(line)  # "Internship" under its field
        ):
            # the chips go last: a department's chip ("Advisory") is no employer's column
            rest = [other for other in lines[index + 1 :] if other not in title]
            return line, [*rest, title]
    return title, lines


def role_after_asking(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """A card's title and lines, the role below a heading that only asks for someone.

    "<h2>SOLICITAMOS</h2><span>"ENFERMERO/A"</span>" (we are looking for: a nurse):
    the heading is the asking, the line below it names the role.
    """
    phrase = vocabulary.wanted_phrase(title)
    if phrase is None or vocabulary.fold(title).strip(" :!") != phrase or not lines:
        return title, lines
    role = lines[0].strip(_QUOTES)
    if not role or not is_title_line(role) or len(role) > _LONGEST_ROLE:
        return title, lines
    return role, lines[1:]


#: The quotation marks around a role named below its heading.
_QUOTES = " \"'“”«»„‘’"


def role_below_figures(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """A card's title and lines, the role taking the title from figures above it.

    A card opened by a count of openings ("3/3") with its pay, sites and role on
    the lines below: a line without a letter is no title, the first line below
    it that names a role is.
    """
    if any(c.isalpha() for c in title):
        return title, lines
    for index, line in enumerate(lines[:_FIGURE_LINES]):
        if vocabulary.has_role(line) and is_title_line(line) and len(line) <= _LONGEST_ROLE:
            return line, [title, *lines[:index], *lines[index + 1 :]]
    return title, lines


def is_chip_row(text: str) -> bool:
    """Whether a short text is a card's row of chips: a job's type or department ("Advisory")."""
    return len(text.split()) <= _MOST_CHIP_WORDS and (
        vocabulary.employment_type(text) is not None or vocabulary.is_department(text)
    )


def _only_a_term(title: str) -> bool:
    """Whether a title written without spaces is a term of employment alone ("正社員")."""
    return has_cjk(title) and vocabulary.names_only_a_type(title)


#: A row of chips has this many words at most; the role is among the card's first lines.
_MOST_CHIP_WORDS = 4
_CHIP_ROW_LINES = 4
_LONGEST_ROLE = 80
#: How far below a card's figures its role is looked for (pay, sites, then the role).
_FIGURE_LINES = 6
