"""Who is hiring: several signals weighed, and no answer rather than a guess.

Signals, each a rule of its own (weight in brackets):

- ``company.possessive`` [3] — "Qualcomm's partners"; [5] when what is owned
  belongs to a whole company ("Microsoft's mission", "Amazon's ... org"); [1]
  in a list of examples ("models such as Anthropic's Claude").
- ``company.at`` [3] — a sentence (or a heading's text) opening "At Qualcomm, we ...".
- ``company.label`` [10] — "Company: Lumina Labs", "Arbeitgeber" above "Acme GmbH"
  (:mod:`jobparse.fields.company_labels`).
- ``company.header`` [4] — the employer an opening header line names
  (:func:`jobparse.fields.title_line.header_company`): "Kerith - Senior Full
  Stack Developer - Remote", "Técnico em Eletrônica @ Human Robotics",
  "Research Data Specialist, Caltech Library, Pasadena, CA".
- ``company.appositive`` [3] — "Our startup, Perceptive Robotics, is hiring".
- ``company.subject`` [3] — a name as the subject of a company sentence:
  "Wayve is a leader", "Helm.ai builds", "Amazon is looking for".
  A single capitalised word that opens a sentence needs a second mention or a
  company predicate ("Cruise is building ...", not "Python is required").
- ``company.line`` [3] — a line that is nothing but a name with its legal form:
  "Relecloud GmbH" above the text.
- ``company.hiring`` [3] — "The Robotics Institute at CMU is seeking": the name
  right before "is seeking/looking/hiring", anywhere in a sentence; in the
  other languages, a sentence that opens "Acme recrute un(e)", "Acme sucht
  eine:n", "Acme busca un" (``jobparse.fields.hiring``).
- ``company.is_a`` [3] — the other languages' "X is a": "Quasar Spatial est une
  entreprise", "Acme ist ein Unternehmen".
- ``company.we_are`` [3] — "We're Anthropic, an AI safety company".
- ``company.join`` [3] — "Join X", "bring to X", "joining the X team"; [1] for
  "... to join X", which after a role usually names a team.
- ``company.ownership`` [3] — "the Helm proprietary toolkit".
- ``company.unit_at`` [3] — "The Advanced Development Center at ASML".
- ``company.owns`` [2] — "ASML products", "our Microsoft values".
- ``company.team`` [1] — "The DeepSpeed team is looking for": a unit's name.
- ``company.shape`` [once per name] — an organisation-shaped name: [3] for a
  university, college or institute, or a name that opens with an institution
  word of another language ("Instituto Politécnico de Bragança"), [2] for
  "... Industries", "... Research";
  not where the sentence makes it a degree, partner or funder.
- ``company.email`` [3] — an e-mail or URL domain that matches a name
  (:mod:`jobparse.fields.company_domains`).
- repeated mentions add 0.5 each (at most 2).

Names that share their first word are one organisation ("Microsoft",
"Microsoft Research", "Microsoft Research Asia (MSRA)"): the answer is the
family's common prefix. The best family needs a score of 3 — at least one
strong signal — or there is no company.
"""

from __future__ import annotations

import itertools
import re

from jobparse import patterns
from jobparse.fields.city_names import city_named_exactly
from jobparse.fields.company_domains import (
    bracketed_domain_signals,
    domain_label,
    domain_signals,
    host,
)
from jobparse.fields.company_labels import label_signals
from jobparse.fields.company_possessive import (
    after_a_name_possessive,
    name_through_possessive,
    possessive_signals,
)
from jobparse.fields.company_tally import (
    TEAM_WORDS,
    Tally,
    clean,
    is_name,
    representative,
)
from jobparse.fields.context import PostingText
from jobparse.fields.hiring import hiring_sentence
from jobparse.fields.legal_names import is_legal_name_line, iso_legal_name_line
from jobparse.fields.names import Mentions, end_of_word_before, name_before
from jobparse.fields.title_line import header_company
from jobparse.model import Evidence
from jobparse.tables import table

__all__ = ["infer_company"]

ROLE_NOUN = patterns.ROLE_NOUN

#: The words the company rules read (``data/company_words.json``).
_WORDS = table("company_words.json")

_THRESHOLD = 3.0
_MENTION_BONUS = 0.5
_MAX_MENTION_BONUS = 2.0
#: Words that open sentences but can never open an employer's name.
_NEVER_SUBJECTS = frozenset(_WORDS["never_subjects"])
#: What opens a sentence about something named before: "Det är en", "Questa è una".
_COPULA_PRONOUNS = frozenset(_WORDS["copula_pronouns"])
#: How a sentence says "we" before "at X": "We at Acme", "Wir bei Acme", "Nous, chez Acme".
_WE = frozenset({"we", "wir", "nous", "nous,"})
#: A name's last word that is a legal form ("GmbH", "AG", "S.A.").
_LEGAL_WORDS = frozenset(word.rstrip(".") for word in patterns.LEGAL_FORMS)


def _sentence_signals(
    ctx: PostingText, tally: Tally, mentions: Mentions, *, header: bool = True
) -> None:
    """Collect every signal of the posting.

    Each signal is found by its cheap literal part first ("'s", the hiring
    verb, the owned noun, " at "), in one pass over the whole text; the name
    is then matched in a short window around it.
    """
    text = ctx.text
    foreign = ctx.may_match(patterns.FOREIGN_HIRING_VERB)
    copulas = ctx.may_match(patterns.COPULA)  # "est une", "ist ein": found by the scan
    paragraph_starts = {0} | {m.end() for m in re.finditer("\n\n", text)}
    for sentence in ctx.sentences:  # signals anchored at a sentence's (or clause's) start
        _subject_signals(sentence.text, tally, mentions)
        hiring = hiring_sentence(sentence.text) if foreign else None  # "Acme recrute un(e)"
        if hiring is not None and hiring.company:
            if not hiring.brand or _named_again(ctx, hiring.company):
                tally.add(hiring.company, 3.0, "company.hiring", hiring.quote)
        elif sentence.text[:1].islower() or sentence.text[:1] in "(0123456789":
            _brand_hiring_signal(ctx, sentence.text, tally)  # "anue is looking for"
        if copulas and sentence.text[:1].isupper():  # "Quasar Spatial est une entreprise"
            copula = patterns.COMPANY_IS_A.match(sentence.text)
            name = copula.group("name") if copula else ""
            if (
                copula
                and name.strip().casefold() not in _COPULA_PRONOUNS  # "Det är en": "it is a"
                and name.split()[0].casefold() not in _NEVER_SUBJECTS  # "Kennis van X is een"
                and (" " in name.strip() or _named_again(ctx, name))
                and city_named_exactly(name.strip()) is None  # "Albstadt ist eine ... Stadt"
            ):
                # one capitalised word opening a sentence is a name only if named again:
                # "Førerkort er en fordel" (a driving licence is a plus) names nobody
                tally.add_match(copula, 3.0, "company.is_a")
        if is_legal_name_line(sentence.text):
            tally.add(sentence.text, 3.0, "company.line", sentence.text)  # "Relecloud GmbH"
        elif "." in sentence.text and sentence.start in paragraph_starts:
            line = text[sentence.start :].partition("\n")[0]  # "Acme sp. z o.o.": no sentence
            if line != sentence.text and iso_legal_name_line(line):
                tally.add(line, 3.0, "company.line", line)
    label_signals(ctx, tally)
    opening = text.partition("\n")[0]
    named = header_company(opening) if header else None  # "Kerith - Developer - Remote"
    if named is not None:
        tally.add(named, 4.0, "company.header", opening)
    for match in ctx.finditer(patterns.COMPANY_APPOSITIVE):
        tally.add_match(match, 3.0, "company.appositive")
    if "«" in ctx.text:
        for match in patterns.COMPANY_QUOTED.finditer(ctx.text):
            tally.add_match(match, 3.0, "company.quoted")  # "ООО «Структура» предлагает"
    _shape_signals(ctx, tally)
    possessive_signals(ctx, tally)
    starts = {sentence.start for sentence in ctx.sentences}
    for verb in ctx.finditer(patterns.HIRING_VERB):
        link = patterns.HIRING_LINK_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
        if link is None and " in " in text[max(0, verb.start() - 90) : verb.start()]:
            # ", based in Montréal, is looking": a longer reach, only where an aside can be
            link = patterns.HIRING_LINK_BEFORE.search(text, max(0, verb.start() - 90), verb.start())
        name = name_before(text, link.start()) if link else None
        if link is None or name is None or (name.start() in starts and "," not in link.group()):
            continue  # at a sentence's start COMPANY_SUBJECT has it (not across an aside)
        if patterns.PERSON_TITLE_BEFORE.search(text[max(0, name.start() - 8) : name.start()]):
            continue  # "Prof. Jane Doe is looking": a person
        is_team = name.group("name").split()[-1].casefold() in TEAM_WORDS
        quote = text[name.start() : verb.end()]
        tally.add(name.group("name"), 1.0 if is_team else 3.0, "company.hiring", quote)
    for match in ctx.finditer(patterns.COMPANY_WE_ARE):
        name = match.group("name")
        if match.group("stop") and " " not in name.strip() and not _named_again(ctx, name):
            continue  # "We are Hiring.": one word ending the sentence names nobody
        tally.add_match(match, 3.0, "company.we_are")
    for match in ctx.finditer(patterns.COMPANY_JOIN):
        if match.start() and text[match.start() - 1].isalnum():
            continue  # inside a word ("rejoin")
        # "... to join X" after a role names a team; "Join X", "bring to X" the company.
        to_join = text[max(0, match.start() - 3) : match.start()].casefold() == "to "
        tally.add_match(match, 1.0 if to_join else 3.0, "company.join")
    for match in ctx.finditer(patterns.COMPANY_OWNERSHIP):
        tally.add_match(match, 3.0, "company.ownership")
    for link in ctx.finditer(patterns.UNIT_AT_LINK):
        unit_end = link.start()
        acronym = (
            patterns.ACRONYM_BEFORE.search(text, max(0, unit_end - 16), unit_end)
            if text[unit_end - 1 : unit_end] == ")"
            else None
        )
        if acronym:
            unit_end = acronym.start()  # "The Robotics Laboratory (IRL) at ...": the unit's word
        word_start = text.rfind(" ", 0, unit_end) + 1
        if text[word_start:unit_end].casefold() not in patterns.UNIT_WORDS:
            unit_start = _unit_name_start(ctx, link.start())
            if unit_start is None:
                continue
            word_start = unit_start  # "The Robotics Collaborative at ...": quote the unit
        name = patterns.ORG_NAME_AFTER.match(text, link.end())
        if name:
            suffix = patterns.POSSESSIVE_SUFFIX.pattern.match(text, name.end())
            whole_end = name_through_possessive(text, name, suffix.end()) if suffix else None
            found_end = whole_end or name.end()  # "... at Harborview Children's Hospital"
            found = text[name.start() : found_end] if whole_end else name.group("name")
            tally.add(found, 3.0, "company.unit_at", text[word_start:found_end])
    for noun in ctx.finditer(patterns.OWNED_NOUN):
        end = end_of_word_before(text, noun.start())
        if end == noun.start() or (name := name_before(text, end)) is None:
            continue
        tally.add(name.group("name"), 2.0, "company.owns", text[name.start() : noun.end()])


#: A brand opening an English hiring sentence: "anue is looking for", "source{d} is hiring".
_BRAND_HIRING = re.compile(
    r"(?P<name>[^\W_][\w.{}]*[^\W_])\s+(?:is|are)\s+(?:currently\s+|now\s+)?"
    r"(?:looking|seeking|hiring|searching|recruiting)\b"
)


def _brand_hiring_signal(ctx: PostingText, sentence: str, tally: Tally) -> None:
    """A brand, not a capitalised name, hiring in English, and named again in the text."""
    tags = patterns.LEADING_TAGS.match(sentence)  # "(03/02/2011) anue is looking for"
    match = _BRAND_HIRING.match(sentence, tags.end() if tags else 0)
    if match is not None and _named_again(ctx, match.group("name")):
        tally.add(match.group("name"), 3.0, "company.hiring", match.group())


def _named_again(ctx: PostingText, brand: str) -> bool:
    """Whether the text names *brand* twice, or an address of the posting is the brand's.

    A word that opens a hiring sentence in lower case ("anue is looking for") is a
    brand when it recurs ("info EN anue PUNTO biz") or is a domain ("NIC.AR", nic.ar).
    """
    folded = brand.casefold()
    if len(re.findall(rf"(?<![\w.]){re.escape(folded)}(?![\w])", ctx.folded)) >= 2:
        return True
    for address in (*ctx.emails, *ctx.urls):
        if host(address) == folded or domain_label(address) == folded:
            return True
    return False


def _unit_name_start(ctx: PostingText, end: int) -> int | None:
    """Where "The" opens a sentence that is a name up to *end*: "The Robotics Collaborative".

    "The Robotics Collaborative at Adatum University has an opening": a unit
    of the organisation named after " at ", whatever its unit is called.
    """
    sentence = ctx.sentence_at(end)
    if sentence is None or not ctx.text.startswith("The ", sentence.start):
        return None
    unit = ctx.text[sentence.start + 4 : end]
    return sentence.start if patterns.ORG_NAME_AFTER.fullmatch(unit) else None


#: The most shape words ("University", "Inc", "Labs") read in one posting: a posting names
#: its organisation a handful of times, and a text of nothing but "AG AG AG ..." would
#: otherwise cost a name search for each word (~2 s at the length heuristics read).
_MAX_SHAPE_WORDS = 200


def _shape_signals(ctx: PostingText, tally: Tally) -> None:
    """Organisation-shaped names: "Trinity College Dublin", "Anduril Industries"."""
    text = ctx.text
    shaped_names: set[str] = set()
    for word in itertools.islice(ctx.finditer(patterns.SHAPE_WORD), _MAX_SHAPE_WORDS):
        start = name_before(text, word.end())
        full = patterns.ORG_NAME_AFTER.match(text, start.start()) if start else None
        if full is None or after_a_name_possessive(text, full.start()):
            continue  # "King's College London": the possessive-shaped name has it whole
        name = clean(full.group("name"))
        words = [w.casefold().rstrip(".") for w in name.split()]
        if len(words) < 2 or name in shaped_names:
            continue
        academic = bool(set(words) & patterns.ORG_SHAPE_WORDS)
        academic = academic or words[0] in patterns.LEADING_SHAPE_WORDS  # "Instituto ... de X"
        shaped = academic or words[-1] in patterns.ORG_SUFFIX_WORDS
        if not shaped or not is_name(name):
            continue
        sentence = ctx.sentence_at(full.start())
        if sentence and ctx.search(patterns.NOT_EMPLOYER_CONTEXT, sentence.start, sentence.end):
            continue  # a degree, a partner, a funder
        shaped_names.add(name)  # a property of the name: counted once
        tally.add(name, 3.0 if academic else 2.0, "company.shape", name)


def _opens_introductory_phrase(text: str, word: str) -> bool:
    """Whether *text* opens like "Established in 2017," (``patterns.INTRODUCTORY_OPENING``).

    *word* is the text up to its first space. One of ASCII letters and digits
    is judged by string tests, the same as the pattern's; any other opening
    goes to the pattern itself.
    """
    if not (word.isascii() and word.isalnum()):
        return patterns.INTRODUCTORY_OPENING.match(text) is not None
    word = word.lower()
    return (len(word) > 2 and word.endswith("ed")) or word in patterns.INTRODUCTORY_WORDS


def _subject_signals(text: str, tally: Tally, mentions: Mentions) -> None:
    """A name as the subject of a company sentence: "Wayve is a leader", "Helm.ai builds"."""
    space = text.find(" ")
    word = text if space < 0 else text[:space]
    first_word = word.casefold()
    if first_word in _WE:
        we_at = patterns.COMPANY_WE_AT.match(text)  # "We at Quantix Robotics are expanding"
        if we_at:
            tally.add_match(we_at, 3.0, "company.at")
    starts = [] if first_word in _NEVER_SUBJECTS and first_word not in {"at", "here"} else [0]
    # After a comma only when the sentence opens with an introductory phrase
    # ("Established in 2017, Wayve is"): ", Git is a plus" ends a list.
    if "," in text and _opens_introductory_phrase(text, word):
        starts += [clause.end() for clause in patterns.CLAUSE_START.finditer(text)]
    elif ":" in text:
        starts += [clause.end() for clause in patterns.COLON_CLAUSE_START.finditer(text)]
    for start in starts:
        if text.startswith(patterns.COMPANY_AT_OPENERS, start):
            opening = patterns.COMPANY_AT.match(text, start)  # "At Qualcomm, we ...", "Here at"
            if opening:
                tally.add_match(opening, 3.0, "company.at")
        if not text[start : start + 1].isupper() and not text.startswith("&", start):
            continue  # a subject opens with a capital ("The", a name) or "&"
        described = patterns.COMPANY_DESCRIBED.match(text, start) if start == 0 else None
        if described is not None:  # "Capgemini Engineering, leader mondial des services"
            tally.add_match(described, 3.0, "company.appositive")
            continue
        match = patterns.COMPANY_SUBJECT.match(text, start)
        if match is None:
            _legal_opening_signal(text, start, tally)
            continue
        name = match.group("name")
        if name.split()[0].casefold() in _NEVER_SUBJECTS:
            continue  # ", I was …" after a clause: a pronoun, as at a sentence's start
        is_team = name.split()[-1].casefold() in TEAM_WORDS
        cleaned = clean(name)
        single_opening_word = (
            match.start("name") == start
            and len(cleaned.split()) == 1
            and cleaned.istitle()
            and cleaned == name.strip()  # "Kitware, Inc." has a legal form: a company
            and not match.group("verb").startswith(("is looking", "is seeking", "is hiring"))
        )
        if (
            single_opening_word
            and mentions[cleaned.casefold()] < 2
            and "." not in cleaned
            and not patterns.COMPANY_PREDICATE.match(text, match.end("verb"))
        ):
            continue  # "Python is required": one capitalised word is not enough
        if single_opening_word and match.group("verb") == "are" and cleaned.endswith("s"):
            continue  # "Places are fully funded": a plural noun, no organisation
        weight = 1.0 if is_team else 3.0
        tally.add_match(match, weight, "company.team" if is_team else "company.subject")


def _legal_opening_signal(text: str, start: int, tally: Tally) -> None:
    """A sentence opening with a name in its legal form: "Die Kestrel Systems GmbH entwickelt"."""
    opening = patterns.COMPANY_LEGAL_OPENING.match(text, start)
    if opening and opening.group("name").split()[-1].rstrip(".") in _LEGAL_WORDS:
        tally.add_match(opening, 3.0, "company.subject")


def _titled_as_a_person(text: str, name: str) -> bool:
    """Whether the text gives a name a person's title somewhere ("Prof. Dr. Mingshuai Chen")."""
    start = text.find(name) if name else -1
    while start >= 0:
        if patterns.PERSON_TITLE_BEFORE.search(text[max(0, start - 8) : start]):
            return True
        start = text.find(name, start + len(name))
    return False


def infer_company(ctx: PostingText, *, header: bool = True) -> tuple[str | None, list[Evidence]]:
    """The hiring organisation, or None when the text does not name it.

    With *header*, the text's opening line may be a header naming the employer
    (a text advert; not a card whose title the page stated, which opens its text).
    """
    mentions = Mentions(ctx)
    tally = Tally(ctx)
    _sentence_signals(ctx, tally, mentions, header=header)
    domain_signals(ctx, tally)
    if "(" in ctx.text:
        bracketed_domain_signals(ctx, tally)
    for key, family in list(tally.families.items()):
        if _titled_as_a_person(ctx.text, representative(family)):
            del tally.families[key]  # "Prof. Dr. Mingshuai Chen": whose lab it is, no employer
    if not tally.families:
        return None, []
    for key, family in tally.families.items():
        family.score += min(_MENTION_BONUS * max(mentions[key] - 1, 0), _MAX_MENTION_BONUS)
    family = max(tally.families.values(), key=lambda item: item.score)
    if family.score < _THRESHOLD:
        return None, []
    return representative(family), family.evidence
