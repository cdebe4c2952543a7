"""Which line of a listing's cards names the employer, when the cards name one.

A job board lists several employers, each card with its own::

    Senior Backend Developer            <- title
    Contoso Analytics                   <- the employer: a column of names
    Madison, WI                         <- place
    ---
    UX Research Intern
    Wingtip Toys
    Milwaukee, WI

A single line that looks like a name is weak evidence ("Zum Stellenangebot",
"Be an early applicant", "Lumenis TLV" are lines too); a *column* of them is
strong: the same line of most cards holds a proper name that is no place,
date, employment type, label or control, and the names differ from card to
card (one name on every card is a label, unless it is the site's own). A
card's own labelled line ("Empresa: María Torres S.A.S.", ``company_labels``)
names its employer first, then its logo (an ``img`` with an ``alt`` text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobparse import patterns, vocabulary
from jobparse.fields.dates import parse_date
from jobparse.fields.fact_lines import meta_parts
from jobparse.fields.legal_names import is_legal_name_line
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import cased, scan_places
from jobparse.page.cards import Card
from jobparse.tables import words

__all__ = ["employers", "looks_like_name", "named_in_title"]

_MAX_NAME = 60
#: The fewest comma-separated items of a line that lists things (skills) rather than names.
_LISTED_ITEMS = 3
_COLUMNS = 4
#: The lines of a card read for an employer as the other lines are: deeper ones only
#: where most cards name an organisation there, maybe at length ("NOVA.id.FCT- Associação
#: para a Inovação e Desenvolvimento da FCT").
_NEAR_COLUMNS = 2
_MAX_LONG_NAME = 120
#: A deeper column names employers only on this many cards at least: two cards' third
#: lines ("BIM / Revit", "MCF-expertis") are too few to tell names from tags.
_FEWEST_DEEP_NAMES = 3
#: A name in a script without capitals, and no word of an organisation's, is this short.
_UNCASED_NAME = 30
#: A column is of names when this many different lines of it carry an organisation's word.
_FEWEST_MARKED = 2
#: A column of at most one distinct value per this many cards is a category.
_CATEGORIES = 3
_SHARE = 0.6
#: A column this often naming the site's own company lists its offices, not employers.
_OWN_SHARE = 0.3
_CONNECTORS = frozenset(
    "of and & de du des la le el los las y e et und der die das für van von di da do a the".split()
)
#: The words that open a unit's name: "School of", "Fakultät für" (data).
_UNIT_OPENERS = tuple(words()["unit_openers"])
#: What separates a department from its team in a card's line.
_TEAM_PARTS = re.compile(r"\s+[–—\-/|]\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")


#: The words of a job's level of seniority, and what joins them ("Mid–Senior", "Junior/Mid").
_SENIORITY = frozenset(words()["seniority_words"])
_SENIORITY_SPLIT = re.compile(r"[\s/–—-]+")


def looks_like_name(line: str, *, longest: int = _MAX_NAME, uncased: bool = False) -> bool:
    """Whether a short line reads as an organisation's name (no place, date, label or control).

    >>> looks_like_name("Contoso Analytics"), looks_like_name("Be an early applicant")
    (True, False)
    >>> looks_like_name("Boston, MA"), looks_like_name("Full Time"), looks_like_name("Mehr")
    (False, False, False)
    >>> looks_like_name("Mid–Senior"), looks_like_name("Entry Level")
    (False, False)
    """
    if not line or len(line) > longest or ":" in line or line.rstrip().endswith(("/", "–", "-")):
        return False
    if line.count(",") >= _LISTED_ITEMS - 1:
        return False  # "SQL, PostgreSQL, Python, Java": a list of skills, no one's name
    if patterns.CARD_NOT_COMPANY.search(line) or line.casefold().startswith(_UNIT_OPENERS):
        return False  # a date, a salary; a faculty or department ("Faculty of Law")
    if set(_SENIORITY_SPLIT.split(line.casefold())) - {""} <= _SENIORITY:
        return False  # "Mid–Senior", "Entry Level": a job's level, no employer
    if patterns.SENTENCE_END.search(line) and not _ends_with_legal_form(line):
        return False  # a sentence, unless its full stop closes "Co." or "Inc."
    if vocabulary.is_department(_TEAM_PARTS.split(line, maxsplit=1)[0]):
        return False  # "Ingeniería – Datos", "Engineering / Data": a team, not an employer
    if (
        vocabulary.apply_text(line)
        or vocabulary.is_navigation(line)
        or vocabulary.is_section_heading(line)
        or vocabulary.names_a_list(line)
        or vocabulary.has_role(line)
        or vocabulary.is_department(line)
        or vocabulary.employment_type(line) is not None
        or vocabulary.names_a_contract(line)  # "CDI", "CDD / CDI"
        or vocabulary.is_status_badge(line)  # "Nouveau", "Urgent": a badge of state
        or vocabulary.is_work_mode(line)  # "Presencial", "Híbrido": where the work is done
    ):
        return False
    if parse_date(line) is not None or (is_place_line(line) and not _organisation_beside(line)):
        return False  # a place ("City of Boston" is an organisation, named like its place)
    if any(place.remote for place in scan_places(cased(line)).locations):
        return False  # "Hammarö / Distans": a town the gazetteer lacks, and remote work
    words = [w for w in _WORD.findall(line) if w.casefold() not in _CONNECTORS]
    if not words:
        return False
    if not any(c.isupper() for c in line):
        # No capitals to go by (Japanese, Chinese): only a word of an organisation's name,
        # or, where a column's other names carry one (*uncased*), a short name of its own.
        # Accented Latin ("Bundesamt für Kartografie") has capitals and is judged by them.
        if vocabulary.names_an_organisation(line):
            return True
        return uncased and not line.isascii() and len(line) <= _UNCASED_NAME and len(words) <= 2
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= _SHARE * len(words)


def _facts_column(values: Sequence[str | None]) -> bool:
    """Whether a column of card lines holds facts.

    One label on every card ("JOB"), a category's few values, or mostly places,
    dates and employment types.
    """
    present = [value for value in values if value]
    if len({value.casefold() for value in present}) <= max(1, len(present) // _CATEGORIES):
        return True  # a few values over and over: a category ("Permanent", "Contract")
    facts = sum(
        1
        for value in present
        if is_place_line(value)
        or parse_date(value) is not None
        or vocabulary.employment_type(value) is not None
        or vocabulary.fact_label(value) is not None
    )
    return facts >= _SHARE * len(values)


def _deep_name(line: str) -> bool:
    """Whether a line of a card's deeper column names an organisation.

    A name, maybe long, or a line with an organisation's word ("Centre for Genomic
    Regulation").
    """
    if len(line) > _MAX_LONG_NAME or ":" in line:
        return False
    return looks_like_name(line, longest=_MAX_LONG_NAME) or (
        vocabulary.names_an_organisation(line) and not vocabulary.has_role(line)
    )


def _duties(named: list[str]) -> bool:
    """Whether a deep column's values, every one different, name no organisation by any mark.

    The first line of each card's list of duties ("Beratung von Clubs, Firmen und
    Gewerbekunden", "Texte für Shop, Mailings und Kampagnen"): German capitalises
    its nouns, so they look like names; an employer's name would repeat on some
    cards, or carry its organisation's word or its legal form.
    """
    return len(set(named)) == len(named) and not any(
        vocabulary.names_an_organisation(name) or is_legal_name_line(name) for name in named
    )


def _organisation_beside(line: str) -> bool:
    """Whether a place line names an organisation beside its places ("City of Boston").

    A word of an organisation inside a place's own name is none: "Región Metropolitana
    de Santiago" names a region.
    """
    rest = cased(line)
    for location in scan_places(rest).locations:
        if " " in location.raw:  # a one-word "place" may be the organisation's word itself
            rest = rest.replace(location.raw, " ")
    return vocabulary.names_an_organisation(rest)


#: Abbreviated legal forms and their full stop: "Summit Outdoor Co.", "Acme Inc.".
_LEGAL_ABBREVIATIONS = frozenset({"co", "inc", "ltd", "corp", "llc", "plc", "bv", "sa", "ag"})


def _ends_with_legal_form(line: str) -> bool:
    last = line.rstrip().rsplit(None, 1)[-1]
    return last.endswith(".") and last.replace(".", "").casefold() in _LEGAL_ABBREVIATIONS


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")


def named_in_title(title: str) -> str | None:
    """The employer a "Company - Title" headline names first ("Apax Software - Web Developer").

    >>> named_in_title("Apax Software - Web / Mobile App Developer")
    'Apax Software'
    >>> named_in_title("Registered Nurse - Public Health") is None
    True
    """
    parts = _TITLE_PARTS.split(title)
    if len(parts) != 2 or not vocabulary.has_role(parts[1]):
        return None
    name = parts[0].strip()
    words = _WORD.findall(name)
    if not vocabulary.names_an_organisation(name) or not words or not words[0][0].isupper():
        return None
    return name if len(name) <= _MAX_NAME and ":" not in name else None


#: The tail after an organisation's name: "University of X - School of Computing".
_TAIL = re.compile(r"\s+[-–—|]\s+|,\s+")


def _without_unit(name: str | None) -> str | None:
    """An employer's name without the school or department after it.

    >>> _without_unit("Kingsbridge University - Department of Computer Science")
    'Kingsbridge University'
    """
    if name is None:
        return None
    parts = _TAIL.split(name, maxsplit=1)
    unit = len(parts) == 2 and parts[1].casefold().startswith(_UNIT_OPENERS)
    return parts[0] if unit and vocabulary.names_an_organisation(parts[0]) else name


def _agree(one: str, other: str | None) -> bool:
    """Whether a card's name and the site's agree: "Acme" and "Acme GmbH".

    So does a phrase ending in the site's name ("Help Spread Project STAR"): a
    tagline of the site's own.
    """
    if other is None:
        return False
    a, b = vocabulary.fold(one), vocabulary.fold(other)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ") or a.endswith(" " + b)


def _labelled_employer(card: Card) -> str | None:
    """The employer a card's own line names by its label: "Empresa: María Torres S.A.S."."""
    for line in card.lines:
        if line[:1] in patterns.COMPANY_LABEL_INITIALS:
            label = patterns.COMPANY_LABEL.match(line)
            value = line[label.start("name") :].strip() if label is not None else ""
            if 0 < len(value) <= _MAX_NAME and ". " not in value:  # a name, not a sentence
                return value
    return None


def _values_of_a_label(column: Sequence[str | None]) -> bool:
    """Whether a column is one field's bare label on every card (the next holds its values)."""
    values = set(column)
    if len(column) > 1 and len(values) == 1 and (next(iter(values)) or "").endswith((":", "：")):
        return True  # "Anforderungen:" on every card: a list of requirements follows
    labels = {vocabulary.label_field(value) if value else None for value in column}
    return len(labels) == 1 and labels != {None} and labels != {"company"}


def employers(cards: Sequence[Card], site_company: str | None) -> list[str | None]:
    """The employer each card names, where the listing has a column of employers.

    A card's own labelled line ("Empresa: X", "Company: X") names it before any
    logo or column.
    """
    labelled = [_labelled_employer(card) for card in cards]
    if all(labelled):
        return list(labelled)
    found = _employers_by_column(cards, site_company)
    return [own or name for own, name in zip(labelled, found, strict=True)]


def _employers_by_column(cards: Sequence[Card], site_company: str | None) -> list[str | None]:
    """The employer each card's logo or column of names gives."""
    # an image whose alt text repeats the card's title ("Альфа Банк — представитель HR")
    # shows the job, not its employer
    logos = [
        card.logo if card.logo and card.logo != card.title and looks_like_name(card.logo) else None
        for card in cards
    ]
    if len(cards) > 1 and len({card.logo for card in cards}) == 1:
        logos = [None] * len(cards)  # one image on every card: the site's, not an employer's
    # A meta line's facts are columns of their own: "CVS Health · Charleston, WV · 2026-07-16".
    # A badge on some cards ("ТОП", "Nouveau") is no column: the names below it line up.
    lines = [
        tuple(part for part in meta_parts(card.lines) if not vocabulary.is_status_badge(part))
        for card in cards
    ]
    columns: list[list[str | None]] = []
    for index in range(_COLUMNS):
        column = [
            logo or (parts[index] if len(parts) > index else None)
            for logo, parts in zip(logos, lines, strict=True)
        ]
        if index < _NEAR_COLUMNS:
            names = [value if value and looks_like_name(value) else None for value in column]
            marked = {name for name in names if name and not _agree(name, site_company)}
            if len(marked) >= _FEWEST_MARKED and all(column) and not _facts_column(column):
                # "(주)솔리데오시스템즈", "(주)굿로" mark the column: "에스투피테크" is a name too
                names = [v if v and looks_like_name(v, uncased=True) else None for v in column]
        elif all(_facts_column(earlier) for earlier in columns):
            # below the card's facts ("JOB", "France"; "Remote", "Tue, 23 Nov", "Permanent")
            names = [v if v and _deep_name(v) else None for v in column]
        else:
            break
        columns.append(column)
        named = [name for name in names if name]
        if any(value and vocabulary.is_department(value) for value in column):
            continue  # "Construcción", "Tecnología", "Salud": a column of sectors, not employers
        if index and _values_of_a_label(columns[index - 1]):
            continue  # under "Lokalita" on every card: its values ("Centrála Zlín"), no names
        fewest = 2 if index < _NEAR_COLUMNS else _FEWEST_DEEP_NAMES
        if len(named) < fewest or len(named) < _SHARE * len(cards):
            continue  # a deeper column of two ("BIM / Revit", "MCF-expertis") is skills
        if len(set(named)) == 1 and not _agree(named[0], site_company):
            continue  # the same words on every card: a label, not an employer
        if sum(1 for name in named if _agree(name, site_company)) >= _OWN_SHARE * len(named):
            return [site_company] * len(cards)  # the site's own offices or brands ("Acme HQ")
        if index >= _NEAR_COLUMNS and _duties(named):
            break  # below the facts, the cards' first duties: no employer deeper down either
        return [
            site_company if name and _agree(name, site_company) else _without_unit(name)
            for name in names
        ]
    return [named_in_title(card.title) for card in cards]
