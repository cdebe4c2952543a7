"""Who is hiring: several signals weighed, and no answer rather than a guess.

Signals, each a rule of its own (weight in brackets):

- ``company.possessive`` [3] — "Qualcomm's partners"; [5] when what is owned
  belongs to a whole company ("Microsoft's mission", "Amazon's ... org"); [1]
  in a list of examples ("models such as Anthropic's Claude").
- ``company.at`` [3] — a sentence opening "At Qualcomm, we ...".
- ``company.subject`` [3] — a name as the subject of a company sentence:
  "Wayve is a leader", "Helm.ai builds", "Amazon is looking for".
  A single capitalised word that opens a sentence needs a second mention.
- ``company.hiring`` [3] — "The Robotics Institute at CMU is seeking": the name
  right before "is seeking/looking/hiring", anywhere in a sentence.
- ``company.we_are`` [3] — "We're Anthropic, an AI safety company".
- ``company.join`` [3] — "Join X", "bring to X", "joining the X team"; [1] for
  "... to join X", which after a role usually names a team.
- ``company.ownership`` [3] — "the Helm proprietary toolkit".
- ``company.unit_at`` [3] — "The Advanced Development Center at ASML".
- ``company.owns`` [2] — "ASML products", "our Microsoft values".
- ``company.team`` [1] — "The DeepSpeed team is looking for": a unit's name.
- ``company.shape`` [once per name] — an organisation-shaped name: [3] for a
  university, college or institute, [2] for "... Industries", "... Research";
  not where the sentence makes it a degree, partner or funder.
- ``company.email`` [3] — an e-mail or URL domain that matches a name.
- repeated mentions add 0.5 each (at most 2).

Names that share their first word are one organisation ("Microsoft",
"Microsoft Research", "Microsoft Research Asia (MSRA)"): the answer is the
family's common prefix. The best family needs a score of 3 — at least one
strong signal — or there is no company.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import attrs

from jobparse import gazetteer, patterns
from jobparse.fields.context import PostingText
from jobparse.model import Evidence

__all__ = ["infer_company"]

ROLE_NOUN = patterns.ROLE_NOUN

_THRESHOLD = 3.0
_CITY_NOT_EMPLOYER = 100_000
_MENTION_BONUS = 0.5
_MAX_MENTION_BONUS = 2.0
#: Capitalised words that open sentences or headings but never name an employer.
_NOT_NAMES = frozenset(
    """
    a about ability above additional after all also an and any applicants applications apply
    are as at be benefits both but by candidates come company description desirable details
    do each essential every everyone excellent experience expertise familiarity for from get
    have here how if in including interested it its join key knowledge location make minimum
    more most my no not note nothing now of on once one or our over overview please position
    preferred prior proven qualifications requirements research responsibilities role
    science she since so some strong such summary team that the their them then there these
    they this those through to together up us we what when where which while who why will
    with within work you your yours engineering ai ml r&d phd msc bs ms computer vision
    machine learning deep python join us generative artificial intelligence software
    hardware data cloud product design bachelor bachelors master masters doctor associate
    today world people customer school department center centre lab labs laboratory group
    university college institute
        prof dr mr mrs ms knowledge familiarity proficiency understanding
    """.split()
)
#: Words that open a phrase about the candidate, never an employer's name.
_OPENERS = frozenset(
    """
    knowledge familiarity proficiency understanding experience ability applicants candidates
    responsibilities qualifications requirements benefits please note prior strong excellent
    proven minimum preferred key essential desirable additional expertise background
    """.split()
)
_TEAM_WORDS = frozenset(
    ["team", "group", "department", "division", "org", "organization", "organisation", "unit"]
)
_LEADING_NOISE = frozenset(
    """
    overview description about summary introduction responsibilities qualifications who we
    are job position role the our at join in as with from for by on and why what company
    team
    """.split()
)
_FREE_DOMAINS = frozenset(
    """
    gmail googlemail outlook hotmail live yahoo icloud me mac aol proton protonmail qq 163
    126 github gitlab google forms linkedin twitter x youtube bit medium notion lever
    greenhouse workday myworkdayjobs smartrecruiters ashbyhq jobs careers apply
    """.split()
)
_SECOND_LEVEL = frozenset(["ac", "co", "com", "edu", "gov", "net", "org"])


@attrs.define
class _Family:
    """Mentions of one organisation, grouped by the first word of its name."""

    score: float = 0.0
    names: Counter[str] = attrs.Factory(Counter)
    evidence: list[Evidence] = attrs.Factory(list)


def _clean(name: str) -> str:
    """Strip heading words before a name, and unit words and legal forms after it."""
    name = patterns.LEGAL_SUFFIX_AT_END.sub("", name)
    words = name.replace("\t", " ").split()
    while words and words[0].casefold() in _LEADING_NOISE:
        words.pop(0)
    while words and words[-1].casefold() in _TEAM_WORDS:
        words.pop()
    while words and words[-1].casefold() in {"of", "and", "for", "&", "de"}:
        words.pop()
    return " ".join(words)


def _is_name(name: str) -> bool:
    """Whether a cleaned capitalised phrase can name an employer."""
    if not name or name.casefold() in _NOT_NAMES:
        return False
    words = name.split()
    if words[0].casefold() in _OPENERS:
        return False  # "Knowledge of ROS is a plus"
    if ROLE_NOUN.search(name):
        return False  # "Senior Research Scientist" is a job, not an employer
    if gazetteer.country_code(name) or gazetteer.regions_named(name):
        return False
    # "Our team in München is looking": a big city is a place, not an employer.
    return not any(city.population >= _CITY_NOT_EMPLOYER for city in gazetteer.cities_named(name))


def _family_key(name: str) -> str:
    return name.split()[0].casefold()


def _domain_label(address: str) -> str | None:
    """The registrable label of an e-mail address or URL: "cognex" for x@cognex.com."""
    host = address.rsplit("@", 1)[-1]
    host = re.sub(r"^[a-z]+://", "", host, flags=re.IGNORECASE).split("/", 1)[0].casefold()
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) < 2:
        return None
    labels.pop()  # the top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()  # "ox.ac.uk", "acme.co.uk"
    label = labels[-1]
    return None if label in _FREE_DOMAINS else label


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


class _Tally:
    """Collects weighted signals per organisation family."""

    def __init__(self) -> None:
        self.families: dict[str, _Family] = defaultdict(_Family)
        self.acronyms: dict[str, str] = {}  # "MSRA" -> "Microsoft Research Asia"

    def add(self, raw: str, weight: float, rule: str, text: str) -> None:
        name = _clean(raw)
        name = self.acronyms.get(name, name)
        if not _is_name(name):
            return
        key = _family_key(name)
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
    for match in patterns.ORG_MENTION.finditer(ctx.text):
        name = _clean(match.group("name"))
        acronym = match.group("acronym")
        if acronym and _is_name(name):
            found.setdefault(acronym, name)
    return found


def _sentence_signals(ctx: PostingText, tally: _Tally, mentions: Counter[str]) -> None:
    shaped_names: set[str] = set()
    for sentence in ctx.sentences:
        text = sentence.text
        for match in patterns.ORG_MENTION.finditer(text):
            name = _clean(match.group("name"))
            if not _is_name(name):
                continue
            words = [w.casefold().rstrip(".") for w in name.split()]
            shaped = set(words) & patterns.ORG_SHAPE_WORDS or words[-1] in patterns.ORG_SUFFIX_WORDS
            if (
                shaped
                and len(words) > 1
                and name not in shaped_names
                and not patterns.NOT_EMPLOYER_CONTEXT.search(text)
            ):
                shaped_names.add(name)  # a property of the name: counted once
                academic = set(words) & patterns.ORG_SHAPE_WORDS
                tally.add(name, 3.0 if academic else 2.0, "company.shape", name)
        for match in patterns.COMPANY_POSSESSIVE.finditer(text):
            if patterns.EXAMPLE_LIST_BEFORE.search(text, 0, match.start()):
                weight = 1.0  # "models such as Anthropic's Claude": a product, not the employer
            elif patterns.COMPANY_LEVEL_NOUN.match(text, match.end()):
                weight = 5.0
            else:
                weight = 3.0
            tally.add_match(match, weight, "company.possessive")
        opening = patterns.COMPANY_AT.match(text)
        if opening:
            tally.add_match(opening, 3.0, "company.at")
        for match in patterns.COMPANY_SUBJECT.finditer(text):
            heading = text[: match.start() + 1].endswith(":")
            if match.start() > 0 and not heading and not patterns.INTRODUCTORY_OPENING.match(text):
                continue  # ", Git is a plus" ends a list; it does not open a company sentence
            name = match.group("name")
            words = name.split()
            is_team = words[-1].casefold() in _TEAM_WORDS
            cleaned = _clean(name)
            single_opening_word = (
                match.start("name") == 0
                and len(cleaned.split()) == 1
                and cleaned.istitle()
                and cleaned == name.strip()  # "Kitware, Inc." has a legal form: a company
                and not match.group("verb").startswith(("is looking", "is seeking", "is hiring"))
            )
            if single_opening_word and mentions[cleaned.casefold()] < 2 and "." not in cleaned:
                continue  # "Applicants are ...": one capitalised word is not enough
            weight = 1.0 if is_team else 3.0
            tally.add_match(match, weight, "company.team" if is_team else "company.subject")
        for match in patterns.COMPANY_HIRING.finditer(text):
            if match.start() == 0 or patterns.PERSON_TITLE_BEFORE.search(text, 0, match.start()):
                continue  # at the start, COMPANY_SUBJECT has it; after "Prof." it is a person
            name = match.group("name")
            is_team = name.split()[-1].casefold() in _TEAM_WORDS
            tally.add_match(match, 1.0 if is_team else 3.0, "company.hiring")
        for match in patterns.COMPANY_WE_ARE.finditer(text):
            tally.add_match(match, 3.0, "company.we_are")
        for match in patterns.COMPANY_JOIN.finditer(text):
            # "... to join X" after a role names a team; "Join X" and "bring to X" the company.
            to_join = text[max(0, match.start() - 3) : match.start()].casefold() == "to "
            tally.add_match(match, 1.0 if to_join else 3.0, "company.join")
        for match in patterns.COMPANY_OWNERSHIP.finditer(text):
            tally.add_match(match, 3.0, "company.ownership")
        for match in patterns.COMPANY_UNIT_AT.finditer(text):
            tally.add_match(match, 3.0, "company.unit_at")
        for match in patterns.COMPANY_OWNS.finditer(text):
            tally.add_match(match, 2.0, "company.owns")


def _mentions(text: str) -> Counter[str]:
    """How often each capitalised word occurs (case-folded)."""
    return Counter(word.casefold() for word in re.findall(r"\b[A-Z][\w\-]*(?:\.ai)?", text))


def _domain_signals(ctx: PostingText, tally: _Tally) -> None:
    for address in (*ctx.emails, *ctx.urls):
        label = _domain_label(address)
        if not label:
            continue
        for key, family in list(tally.families.items()):
            if any(
                _squash(name).startswith(label) or label == _squash(key) for name in family.names
            ):
                family.score += 3.0
                family.evidence.append(Evidence("company", "company.email", address))
                break
        else:
            match = re.search(rf"\b{re.escape(label)}\b", ctx.text, flags=re.IGNORECASE)
            if match and match.group()[:1].isupper():
                tally.add(match.group(), 3.0, "company.email", address)


def _representative(family: _Family) -> str:
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


def infer_company(ctx: PostingText) -> tuple[str | None, list[Evidence]]:
    """The hiring organisation, or None when the text does not name it."""
    mentions = _mentions(ctx.text)
    tally = _Tally()
    tally.acronyms = _acronyms(ctx)
    _sentence_signals(ctx, tally, mentions)
    _domain_signals(ctx, tally)
    if not tally.families:
        return None, []
    for key, family in tally.families.items():
        family.score += min(_MENTION_BONUS * max(mentions[key] - 1, 0), _MAX_MENTION_BONUS)
    family = max(tally.families.values(), key=lambda item: item.score)
    if family.score < _THRESHOLD:
        return None, []
    return _representative(family), family.evidence
