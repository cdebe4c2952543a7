"""The tally of a posting's company signals: names grouped into families, weighed.

Names that share their first word are one organisation ("Microsoft",
"Microsoft Research", "Microsoft Research Asia (MSRA)"); a defined acronym
counts for the name it stands for; the family's answer is its common prefix.
The words it reads are data (``data/company_words.json``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import attrs

from jobparse import patterns
from jobparse.fields.context import PostingText
from jobparse.fields.names import end_of_word_before, name_before
from jobparse.model import Evidence
from jobparse.places import gazetteer
from jobparse.tables import table
from jobparse.text_cache import text_cache
from jobparse.vocabulary import names_an_organisation

__all__ = [
    "TEAM_WORDS",
    "Family",
    "Tally",
    "clean",
    "family_spelled",
    "is_name",
    "representative",
    "squash",
]

WORDS = table("company_words.json")
#: A city this big is a place, not an employer ("Our team in München is looking").
_CITY_NOT_EMPLOYER = 100_000
#: Capitalised words that open sentences or headings but never name an employer.
_NOT_NAMES = frozenset(WORDS["not_names"])
#: Words that open a phrase about the candidate, never an employer's name.
_OPENERS = frozenset(WORDS["candidate_openers"])
#: A unit's words after a name ("... team"), stripped from it.
TEAM_WORDS = frozenset(WORDS["team_words"])
_LEADING_NOISE = frozenset(WORDS["leading_noise"])


@attrs.define
class Family:
    """Mentions of one organisation, grouped by the first word of its name."""

    score: float = 0.0
    names: Counter[str] = attrs.Factory(Counter)
    evidence: list[Evidence] = attrs.Factory(list)


@text_cache(16384)
def clean(name: str) -> str:
    """Strip heading words before a name, and unit words and legal forms after it."""
    name = patterns.LEGAL_SUFFIX_AT_END.sub("", name)
    words = name.replace("\t", " ").split()
    while words and words[0].casefold() in _LEADING_NOISE:
        if len(words) > 1 and words[1] in patterns.NAME_CONNECTORS:
            break  # "Team per la Trasformazione Digitale": the noun heads the name
        words.pop(0)
    while words and words[-1].casefold() in TEAM_WORDS:
        words.pop()
    while words and words[-1].casefold() in {"of", "and", "for", "&", "de"}:
        words.pop()
    return " ".join(words)


@text_cache(16384)
def is_name(name: str) -> bool:
    """Whether a cleaned capitalised phrase can name an employer."""
    if not name or name.casefold() in _NOT_NAMES:
        return False
    words = name.split()
    if all(word.casefold() in _NOT_NAMES for word in words) and not names_an_organisation(name):
        return False  # "Computer Vision", "Deep Learning": a field ("Vision Labs" is a name)
    if words[0].casefold() in _OPENERS:
        return False  # "Knowledge of ROS is a plus"
    if patterns.ROLE_NOUN.search(name):
        return False  # "Senior Research Scientist" is a job, not an employer
    if gazetteer.country_code(name) or gazetteer.regions_named(name):
        return False
    # "Our team in München is looking": a big city is a place, not an employer.
    return not any(city.population >= _CITY_NOT_EMPLOYER for city in gazetteer.cities_named(name))


def family_key(name: str) -> str:
    return name.split()[0].casefold()


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


class Tally:
    """Collects weighted signals per organisation family."""

    def __init__(self, ctx: PostingText) -> None:
        self.families: dict[str, Family] = defaultdict(Family)
        self._ctx = ctx
        self._in_parentheses: set[str] | None = None  # every "(MSRA)" of the text
        self._acronyms: dict[str, str] | None = None  # "MSRA" -> "Microsoft Research Asia"

    def _expanded(self, name: str) -> str:
        """The full name an acronym the text defines stands for ("MSRA"), else *name*.

        Only a name the text puts in parentheses can be one: the names a
        parenthesised acronym stands for are looked up the first time it is so.
        """
        if self._in_parentheses is None:
            text = self._ctx.text
            found = patterns.ACRONYM.finditer(text) if "(" in text else ()
            self._in_parentheses = {match.group("acronym") for match in found}
        if name not in self._in_parentheses:
            return name
        if self._acronyms is None:
            self._acronyms = _acronyms(self._ctx)
        return self._acronyms.get(name, name)

    def add(self, raw: str, weight: float, rule: str, text: str) -> None:
        name = self._expanded(clean(raw))
        if not is_name(name):
            return
        key = family_key(name)
        family = self.families[key]
        family.score += weight
        family.names[name] += 1
        family.evidence.append(Evidence("company", rule, text))

    def add_match(self, match: re.Match[str], weight: float, rule: str) -> None:
        """Add the ``name`` group of a signal's match, quoting the match as evidence."""
        self.add(match.group("name"), weight, rule, match.group().strip(" ,:"))


def _acronyms(ctx: PostingText) -> dict[str, str]:
    """Acronyms the text defines: "Microsoft Research Asia (MSRA)" -> MSRA."""
    found: dict[str, str] = {}
    if "(" not in ctx.text:
        return found
    for match in patterns.ACRONYM.finditer(ctx.text):
        name_match = name_before(ctx.text, end_of_word_before(ctx.text, match.start()))
        if name_match is None:
            continue
        name = clean(name_match.group("name"))
        if is_name(name):
            found.setdefault(match.group("acronym"), name)
    return found


def family_spelled(tally: Tally, label: str) -> Family | None:
    """The first family with a name that starts with a domain's label, or keyed by it."""
    for key, family in tally.families.items():
        if label == squash(key) or any(squash(name).startswith(label) for name in family.names):
            return family
    for family in tally.families.values():  # iit.it: "Istituto Italiano di Tecnologia"
        if len(label) > 2 and any(initials(name) == label for name in family.names):
            return family
    return None


def initials(name: str) -> str:
    """The initials of a name's capitalised words: "iit" for "Istituto Italiano di Tecnologia"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper()).casefold()


def representative(family: Family) -> str:
    """The family's common prefix of words, in its most frequent spelling."""
    names = list(family.names.elements())
    split = [name.split() for name in names]
    prefix: list[str] = []
    for words in zip(*split, strict=False):
        if len({word.casefold() for word in words}) != 1:
            break
        spellings = Counter(words)
        best = max(spellings.items(), key=lambda item: (item[1], not item[0].isupper()))[0]
        prefix.append(best)
    if not prefix:
        return family.names.most_common(1)[0][0]
    return " ".join(prefix)
