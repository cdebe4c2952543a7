"""Company signals from possessives: "Amazon's ... org", "Margie's Travel is hiring".

A possessive names an owner: the employer ("Microsoft's mission", [3]; [5]
before a company-level noun such as "org" or "division"), or a product's
maker in a list of examples ([1]: "such as Anthropic's Claude"). A name may
hold a possessive of its own ("Harborview Children's Hospital", "King's
College London", "Margie's Travel is hiring"): the whole is the name.
"""

from __future__ import annotations

import re

from jobparse import patterns, vocabulary
from jobparse.fields.company_tally import TEAM_WORDS, Tally
from jobparse.fields.context import PostingText, reads_as_english
from jobparse.fields.names import name_before
from jobparse.tables import table

__all__ = ["after_a_name_possessive", "name_through_possessive", "possessive_signals"]

#: Words whose possessive belongs inside a name: "Children's Hospital", "King's College".
_POSSESSIVE_NAME_WORDS = frozenset(table("company_words.json")["possessive_name_words"])


def after_a_name_possessive(text: str, start: int) -> bool:
    """Whether "King's " or "Children's " stands right before *start*."""
    if text[max(0, start - 3) : start] not in ("'s ", "’s "):
        return False
    word_start = max(text.rfind(" ", 0, start - 3), text.rfind("\n", 0, start - 3)) + 1
    return text[word_start : start - 3].casefold() in _POSSESSIVE_NAME_WORDS


def possessive_signals(ctx: PostingText, tally: Tally) -> None:
    """Possessives: "Amazon's ... org", "Microsoft's mission"; not "such as Anthropic's Claude"."""
    text = ctx.text
    owners: list[tuple[re.Match[str], int]] = []
    shaped: set[str] = set()  # "Margie" of "Margie's Travel is hiring": a name's own part
    suffixes = list(ctx.finditer(patterns.POSSESSIVE_SUFFIX))
    if suffixes and not reads_as_english(text):
        return  # "Desenvolvimento de API's Restful": an apostrophe's plural, no owner
    for suffix in suffixes:
        name = name_before(text, suffix.start())
        if name is None or _the_plural_of_a_noun(text, name, suffix):
            continue
        if (whole := _possessive_shaped_name(ctx, name, suffix.end())) is not None:
            tally.add(whole[0], 3.0, "company.subject", whole[1])  # "Margie's Travel is hiring"
            shaped.add(name.group("name"))
        else:
            owners.append((name, suffix.end()))
    for name, end in owners:
        if name.group("name") in shaped:
            continue  # "... the research arm of Margie's Travel": that name again
        if ctx.search(patterns.EXAMPLE_LIST_BEFORE, max(0, name.start() - 100), name.start()):
            weight = 1.0  # a product in a list of examples, not the employer
        elif patterns.COMPANY_LEVEL_NOUN.match(text, end):
            weight = 5.0
        else:
            weight = 3.0
        quote = text[name.start() : end].strip(" ,:")
        tally.add(name.group("name"), weight, "company.possessive", quote)


#: "the " before a word, at a line's start or after a space: a determiner, no name's part.
_THE_BEFORE = re.compile(r"(?:^|[ \t])[Tt]he[ \t]+$")


def _the_plural_of_a_noun(text: str, name: re.Match[str], suffix: re.Match[str]) -> bool:
    """Whether an owner is a plural noun after "the": "the Customers' Sales Metrics".

    A plural's possessive is its bare apostrophe; after "the", one such word is
    people in general ("the Customers'", "the Employees'"), no employer's name.
    """
    return (
        not suffix.group().endswith("s")
        and " " not in name.group("name")
        and _THE_BEFORE.search(text, max(0, name.start() - 8), name.start()) is not None
    )


def _possessive_shaped_name(
    ctx: PostingText, owner: re.Match[str], end: int
) -> tuple[str, str] | None:
    """A name with a possessive's shape: "Margie's Travel is hiring", "X Children's Hospital".

    At a sentence's start, one word, "'s", capitalised words (no unit word:
    "Acme's Robotics Team is hiring" is Acme's team) and a hiring verb; or,
    anywhere, "'s" of a word such as "Children" or "King" inside a name that ends
    with an organisation's word ("Harborview Children's Hospital", "King's
    College London"): the whole is the employer's name.
    """
    text = ctx.text
    rest = _possessive_rest(text, end)
    if rest is None or rest.group("name").split()[-1].casefold() in TEAM_WORDS:
        return None
    whole = text[owner.start() : rest.end()]
    if name_through_possessive(text, owner, end) is not None:
        return whole, whole  # "Children's Hospital"; "Meta's Reality Labs" is Meta's unit
    sentence = ctx.sentence_at(owner.start())
    if " " in owner.group("name") or sentence is None or sentence.start != owner.start():
        return None
    verb = patterns.HIRING_SUBJECT_VERB.match(text, rest.end())
    if verb is None:
        return None
    return whole, text[owner.start() : verb.end()]


def _possessive_rest(text: str, end: int) -> re.Match[str] | None:
    """The capitalised words after a possessive's "'s" ending at *end*, if a space follows it."""
    return patterns.ORG_NAME_AFTER.match(text, end + 1) if text[end : end + 1] == " " else None


def name_through_possessive(text: str, name: re.Match[str], end: int) -> int | None:
    """Where a name goes on through its own possessive: "Harborview Children's Hospital".

    *end* is where the "'s" after *name* ends. Only the possessive of a word such
    as "Children" or "King" before an organisation's words counts: "Meta's Reality
    Labs" is Meta's unit.
    """
    if name.group("name").split()[-1].casefold() not in _POSSESSIVE_NAME_WORDS:
        return None
    rest = _possessive_rest(text, end)
    if rest is None or not vocabulary.names_an_organisation(rest.group("name")):
        return None
    return rest.end()
