"""What a card's or a page's short lines state: places, an employer, an employment type, dates.

A listing's card (or a job page's header) gives its facts as short lines: a
labelled line is read by its label ("Standort: Hamburg", "Closing Date:
12/18/2026"), a place line gives places, a line naming an employment type
gives it, "at Acme" under a title the employer; the page's lines stated once
for all its jobs fill what a card says nothing of. :mod:`jobparse.extract`
weighs them against what the posting's text says.
"""

from __future__ import annotations

import itertools
import re

import attrs

from jobparse import patterns, vocabulary
from jobparse.fields.city_names import city_named_exactly
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.dates import parse_date
from jobparse.fields.fact_lines import meta_parts
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import cased, scan_places
from jobparse.model import Deadline, DeadlineKind, EmploymentType, Evidence, Location
from jobparse.page import Facts
from jobparse.places import gazetteer

__all__ = ["CardFacts", "card_lines"]


@attrs.define
class CardFacts:
    """What a card's short lines state: places, company, employment type, deadlines."""

    locations: list[Location] = attrs.Factory(list)
    company: str | None = None
    kinds: dict[str, Evidence] = attrs.Factory(dict)
    deadlines: list[Deadline] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)
    #: A line offers the role as several kinds of post ("校招 / 實習 / Postdoc"): none is its own.
    several_kinds: str | None = None

    prefer: str | None = None

    def add_places(self, line: str, rule: str) -> None:
        places = scan_places(cased(line), unknown_city_heads=True, prefer=self.prefer).locations
        if places:
            for place in places:
                self._add_place(place)
            self.evidence.append(Evidence("locations", rule, line))

    def _add_place(self, place: Location) -> None:
        """Add a place once: a town (or the remote option) named on two lines is one place.

        The town keeps a region the gazetteer knows if either line gives it.
        """
        key = (place.city, place.country, place.remote)
        for at, known in enumerate(self.locations):
            if (known.city or known.remote) and (known.city, known.country, known.remote) == key:
                if known.region is None and place.region and gazetteer.regions_named(place.region):
                    self.locations[at] = place  # "Grafenwöhr", then "Grafenwöhr (Bayern)"
                return
        self.locations.append(place)

    def add_type(self, line: str, rule: str) -> bool:
        # "Praktikum - Vollzeit": the internship and the working time are both said; of two
        # working times on one line ("Vollzeit / Teilzeit") the first is the job's own.
        stated = vocabulary.employment_types(line)
        working = [kind for kind in stated if kind not in _SPECIFIC][:1]
        specific = [kind for kind in stated if kind in _SPECIFIC]
        if len(specific) > 1 and _ALTERNATIVES.search(line):
            # "校招 / 社招 / 實習 / Postdoc": a line offering an internship and a postdoc
            # alike says what hires the role is open to, no one kind of it
            self.several_kinds = self.several_kinds or line
            return True
        kinds = specific + working
        for kind in kinds:
            self.kinds.setdefault(kind, Evidence("employment_type", rule, line))
        return bool(kinds)

    def employment_type(self) -> tuple[EmploymentType | None, list[Evidence]]:
        """The kind of employment the lines state, the most specific first.

        The title's own kind first; then an internship, a postdoc or a PhD says most;
        then the working time
        ("Full time" beats "Fixed-term": it says what the job is like); a card
        offering both full and part time states neither; then contract and
        temporary.
        """
        kinds = self.kinds
        titled = sorted(
            (kind for kind, found in kinds.items() if found.rule == "employment.card.title"),
            key=_KIND_ORDER.index,
        )  # "学生インターン（アルバイト）": an internship, paid by the hour
        if titled:  # "PhD Candidate" above "Researcher Profile: First Stage Researcher"
            return EmploymentType(titled[0]), [kinds[titled[0]]]
        if "full_time" in kinds and "part_time" in kinds and not kinds.keys() & _SPECIFIC:
            return None, []
        for kind in _KIND_ORDER:
            if kind in kinds:
                return EmploymentType(kind), [kinds[kind]]
        return None, []


#: What separates the kinds of post a line offers as alternatives ("實習 / Postdoc"), unlike
#: one post's two kinds ("PhD Intern").
_ALTERNATIVES = re.compile(r"\s[/|]\s|[／、,，]|\bor\b")

#: Employment kinds by how much they say, most first.
_KIND_ORDER = ("internship", "postdoc", "phd", "full_time", "part_time", "contract", "temporary")
_SPECIFIC = frozenset(_KIND_ORDER[:3])


#: What joins the two dates of a span: "2017-05-22~2017-05-29", "01.03. – 15.03.2024".
_SPAN_JOIN = re.compile(r"[ \t]*(?:~|～|〜|–|—|-|bis|to|au)[ \t]*")


def _span_end(value: str) -> str:
    """The text from a span's second date on: an application period ends on its deadline.

    "모집기간 : 2017-05-22~2017-05-29" is open from the 22nd, until the 29th.
    """
    dates = list(patterns.DATE.finditer(value))
    for first, second in itertools.pairwise(dates):
        if _SPAN_JOIN.fullmatch(value, first.end(), second.start()):
            return value[second.start() :]
    return value


#: An hour after a span's end: "… ~ 2026.02.28 23:50".
_CLOSING_HOUR = re.compile(r"\s\d{1,2}:\d{2}\s*$")


def _closing_time_end(line: str) -> str | None:
    """The end of a period of two dates that closes at an hour, else None."""
    end = _span_end(line)
    return end if end != line and _CLOSING_HOUR.search(end) else None


def _labelled(card: CardFacts, field: str, value: str, line: str, year: int | None) -> None:
    if field == "location":
        found = len(card.locations)
        card.add_places(value, "location.card.label")
        if len(card.locations) == found and (town := _town_after_a_site(value)) is not None:
            card.add_places(town, "location.card.label")  # "Lokalita: Centrála Zlín"
    elif field == "employment_type":
        # "Jornada: Completa" says "jornada completa" across its label.
        if not card.add_type(value, "employment.card.label"):
            card.add_type(line.replace(":", " "), "employment.card.label")
    elif field == "deadline":
        date = parse_date(_span_end(value), year=year)
        if date is not None:
            card.deadlines.append(Deadline(kind=DeadlineKind.APPLICATION, date=date, text=line))
            card.evidence.append(Evidence("deadlines", "deadline.card.label", line))


#: The most words of a team's name before the town a card line gives after a comma.
_MOST_TEAM_WORDS = 6


def _place_after_a_team(line: str) -> str | None:
    """The town after a comma ending a short line whose head is no place: a team's, then where.

    "Sản phẩm/Thiết kế- Sáng tạo, TP Hồ Chí Minh" (product design, in Ho Chi Minh City).
    """
    head, _, tail = line.rpartition(",")
    tail = tail.strip()
    if not tail or not head.strip() or len(head.split()) > _MOST_TEAM_WORDS:
        return None
    if not is_place_line(tail) or is_place_line(head) or parse_date(line) is not None:
        return None
    # a town, not a bare code ("Bartons Location, IN": a town the gazetteer lacks, its state)
    return tail if any(place.city for place in scan_places(tail).locations) else None


def _town_after_a_site(value: str) -> str | None:
    """The town that ends a labelled place naming a site of the employer there.

    "Centrála Zlín" (head office), "Logistické centrum Zlín": the site's name, then its town.
    """
    words = value.split()
    for size in range(min(_SITE_TOWN_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if city_named_exactly(tail) is not None:
            return tail
    return None


_SITE_TOWN_WORDS = 3


#: A month's name and a year: "Março 2024", "Fevereiro 2024".
_MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?\s+(?:19|20)\d\d")


def _month_of_a_year(line: str) -> bool:
    """Whether a card's line is a month of a year (a date without its day), no town."""
    match = _MONTH_YEAR.fullmatch(line.strip())
    if match is None:
        return False
    month = vocabulary.fold(match.group("month"))
    return month in patterns.FOREIGN_MONTHS or parse_date(f"1 {match.group()}") is not None


#: The longest label before a colon that a card's line of numbers may have.
_MAX_LABEL = 30


def card_lines(facts: Facts, title: str | None, year: int | None) -> CardFacts:
    """A card's short lines: its places, employment type, deadlines, and "at Company".

    A labelled line ("Standort: Hamburg", "Closing Date: 12/18/2026") is read
    by its label; a place line gives places; a line naming an employment type
    gives it; "at Acme" under a title, the company. (A listing's column of
    employers is read across its cards: :mod:`jobparse.page.employers`.)
    """
    card = CardFacts(prefer=facts.site_country)
    if title:
        card.add_type(title, "employment.card.title")  # "Payroll Specialist (Part-time)"
    previous = ""
    in_cjk = any(has_cjk(line) for line in facts.lines)
    for line in meta_parts(facts.lines):
        under, previous = previous, line
        if line == title:
            continue
        if in_cjk and len(line) == 2 and line.isascii() and line.isupper():
            continue  # "영업 | MD | 경력 6~12년": a job family (merchandiser), no Moldova
        if (
            vocabulary.label_field(under) == "location"
            and not is_place_line(line)
            and not vocabulary.employment_types(line)  # "Location" / "Part Time": a grid's
        ):
            # <dt>Lokalita</dt><dd>Centrála Zlín</dd>: a site of the employer, then its town
            town = _town_after_a_site(line)
            if town is not None:
                card.add_places(town, "location.card.label")
                continue
        label = vocabulary.fact_label(line)
        if label is not None:
            _labelled(card, *label, line, year)
            continue
        if (end := _closing_time_end(line)) is not None and (date := parse_date(end, year=year)):
            # "2025.12.05 ~ 2026.02.28 23:50": a period that closes at an hour is the
            # application's, as a job's own span (an internship's months) never is
            card.deadlines.append(Deadline(kind=DeadlineKind.APPLICATION, date=date, text=line))
            card.evidence.append(Evidence("deadlines", "deadline.card.period", line))
            continue
        if parse_date(line) is not None or vocabulary.is_department(line):
            continue  # a date of posting, a team's name ("IT" is no country here)
        head, colon, value = line.partition(":")
        if colon and len(head) <= _MAX_LABEL and not any(c.isalpha() for c in value):
            continue  # "Date: 01/06/2024": a label the vocabulary lacks, and numbers: no town Date
        if vocabulary.is_navigation(line):
            continue  # "Trang Chủ" (home) of a breadcrumb names no town Trang
        line = _without_site_name(line, facts.site_company)  # "Lumenis TLV": an office
        if _month_of_a_year(line):
            continue  # "Março 2024": a month, no town Marco
        if is_place_line(line) or patterns.REMOTE_WORD.search(line):
            card.add_places(line, "location.card")
            continue
        if card.add_type(line, "employment.card"):
            continue
        if line.startswith(_PIN) and not card.locations and (town := _address_town(line)):
            card.add_places(town, "location.card.address")  # "📍 T1 …, P. Phúc Lợi, Hà Nội"
            continue
        if "," in line and not card.locations and (town := _place_after_a_team(line)):
            card.add_places(town, "location.card")  # "Hỗ trợ Kinh doanh, Hà Nội": team, town
            continue
        if " / " in line and not card.locations:  # "ROKETSAN / Ankara": who, then where
            places = [part for part in line.split(" / ") if is_place_line(part)]
            if places:
                card.add_places(" / ".join(places), "location.card")
                continue
        name = line[3:].strip()
        if line.casefold().startswith("at ") and card.company is None and _names_employer(name):
            card.company = name  # "at Acme" under a job title (not "At least 1 year ...")
            card.evidence.append(Evidence("company", "company.card", line))
    if not card.locations and facts.group and is_place_line(facts.group):
        card.add_places(facts.group, "location.card.group")
    if not card.kinds and facts.group:
        card.add_type(facts.group, "employment.card.group")  # "Full-time Positions", "Praktika"
    for line in facts.page_lines:  # "勤務地: 上尾市" once for all: a card's if it says none
        field, value = vocabulary.fact_label(line) or ("", "")
        if field == "location" and not card.locations:
            card.add_places(value, "location.page.label")
        elif field == "employment_type" and not card.kinds:
            card.add_type(value, "employment.page.label")
    return card


_MAX_EMPLOYER_WORDS = 6
#: A pin before a line marks it as where the job is, maybe a whole address.
_PIN = "📍"


def _address_town(line: str) -> str | None:
    """The town an address line ends with: its last comma part that is a place line."""
    for part in reversed(line.removeprefix(_PIN).split(",")[-2:]):
        if is_place_line(part.strip()):
            return part.strip()
    return None


def _names_employer(name: str) -> bool:
    """Whether the words after a card's "at" can be an employer's name: "Acme Robotics"."""
    words = name.split()
    return (
        0 < len(words) <= _MAX_EMPLOYER_WORDS
        and name[:1].isupper()
        and not any(c.isdigit() for c in name)
    )


def _without_site_name(line: str, site_company: str | None) -> str:
    """A line without the site's own name before it: "Acme Berlin" names the Berlin office."""
    if site_company and line.casefold().startswith(site_company.casefold() + " "):
        return line[len(site_company) :].strip(" -–—·|,")
    return line
