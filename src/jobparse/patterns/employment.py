"""Patterns of employment types, in English and (as data) the other languages."""

from __future__ import annotations

import re

from jobparse.patterns.core import Anchored, Prefiltered, both_cases, case_forms, three_cases
from jobparse.tables import words
from jobparse.vocabulary import fold

#: A labelled employment type: "Employment type: Internship", "Job type - Part-time".
EMPLOYMENT_LABEL = Prefiltered(
    re.compile(
        r"(?:[Ee]mployment|[Jj]ob|[Cc]ontract|[Pp]osition|[Tt]ime)[ \t]+[Tt]ype[ \t]*[:\-–][ \t]*"
        r"(?P<type>[Ff]ull[- ]?[Tt]ime|[Pp]art[- ]?[Tt]ime|[Ii]nternship|[Ii]ntern|"
        r"[Cc]ontract(?:or)?|[Tt]emporary|[Ff]ixed[- ][Tt]erm|[Pp]ost-?[Dd]oc(?:toral)?|"
        r"[Pp]h\.?[Dd])"
    ),
    both_cases("employment job contract position time"),
)

#: Clause boundaries inside a sentence: "Our HQ is in Palo Alto, CA, but this role is ...".
CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|however)\b")

_EMPLOYMENT_POSTDOC = re.compile(
    r"\bpost-?doc(?:toral)?\s+(?:position|fellowship|researcher|research\s+fellow|fellow|"
    r"scholar|associate|appointment|role)\b|\bpostdocs?\b",
    re.IGNORECASE,
)
EMPLOYMENT_POSTDOC = Anchored(_EMPLOYMENT_POSTDOC, three_cases("post"), before=0, after=60)
EMPLOYMENT_PHD = Prefiltered(
    re.compile(
        r"\b(?:ph\.?\s?d\.?|doctoral)\s+(?:position|studentship|student\s+position|"
        r"candidate\s+position|scholarship|project\s+position|opening|student\s+(?:is|will))\b",
        re.IGNORECASE,
    ),
    three_cases("ph doctoral"),
)
_EMPLOYMENT_INTERNSHIP = re.compile(
    r"\b(?:this|an?|our|the|summer|fall|autumn|spring|winter|paid|research|remote|full[- ]time|"
    r"part[- ]time|graduate|undergraduate|phd|\d{1,3}[- ]month)\s+internship\b(?!s)"
    r"|\binternship\s+(?:position|role|program|programme|opportunity|duration|period|dates)\b",
    re.IGNORECASE,
)
EMPLOYMENT_INTERNSHIP = Anchored(
    _EMPLOYMENT_INTERNSHIP, three_cases("internship"), before=30, after=30
)
_EMPLOYMENT_PART_TIME = re.compile(
    r"\b(?:is\s+an?|an?|this)\s+part[- ]time(?:,?\s+[a-z-]{3,20}){0,2}?"
    r"\s+(?:position|role|job|opportunity|contract|employee)\b"
    r"|\bemployment\s+type\s*[:\-–]?\s*part[- ]time\b|\bpart[- ]time\s+employment\b",
    re.IGNORECASE,
)
EMPLOYMENT_PART_TIME = Anchored(_EMPLOYMENT_PART_TIME, three_cases("part"), before=30, after=60)
_EMPLOYMENT_CONTRACT = re.compile(
    r"\b(?:(?:is\s+an?|an?|this)\s+)?(?:\d{1,2}[- ](?:month|year)\s+)?"
    r"(?:contract|freelance)\s+(?:position|role|job|opportunity|engagement)\b"
    r"|\bcontractor\s+(?:position|role)\b|\bcontract[- ]to[- ]hire\b"
    # "Contract through the end of 2027.": a clause that states the engagement
    r"|(?:^|(?<=[.!?:]\s))(?-i:C)ontract(?:\s+(?:through|until|till|for)\b|\s*[,;.])"
    r"|\bon\s+an?\s+\d{1,2}[- ](?:month|year)\s+contract\b"
    r"|\bemployment\s+type\s*[:\-–]?\s*contract\b",
    re.IGNORECASE,
)
EMPLOYMENT_CONTRACT = Anchored(
    _EMPLOYMENT_CONTRACT, both_cases("contract freelance"), before=30, after=60
)
#: A fixed-term or temporary job: "a 3-year fixed-term position", "on a fixed-term contract".
_EMPLOYMENT_TEMPORARY = re.compile(
    r"\b(?:(?:is\s+an?|an?|this)\s+)?(?:\d{1,2}[- ](?:month|year)\s+)?"
    r"(?:fixed[- ]term|temporary)\s+(?:position|role|job|opportunity|engagement|contract)\b"
    r"|\bemployment\s+type\s*[:\-–]?\s*(?:temporary|fixed[- ]term)\b"
    r"|\b(?:post|position|role|job|appointment|contract)\s+is\s+(?:a\s+)?"
    r"(?:fixed[- ]term|temporary)\b",
    re.IGNORECASE,
)
EMPLOYMENT_TEMPORARY = Anchored(
    _EMPLOYMENT_TEMPORARY, both_cases("fixed temporary"), before=30, after=60
)
_EMPLOYMENT_FULL_TIME = re.compile(
    r"\b(?:is\s+an?|an?|this)\s+full[- ]time(?:,?\s+[a-z-]{3,20}){0,2}?"
    r"\s+(?:position|role|job|opportunity|permanent|employee)\b"
    r"|\bemployment\s+type\s*[:\-–]?\s*full[- ]time\b|\bfull[- ]time\s+employment\b"
    r"|\bfull[- ]time,?\s+permanent\b|\bhiring\s+(?:for\s+)?full[- ]time\b"
    r"|\b(?:on\s+)?an?\s+(?:permanent,?\s+)?full[- ]time\s+basis\b"
    # "Full-time, on-site in Boston.": a clause that states nothing but the working time
    r"|(?:^|(?<=[.!?:]\s))(?-i:F)ull[- ]time\s*(?:[,;.(]|$)",
    re.IGNORECASE,
)
EMPLOYMENT_FULL_TIME = Anchored(
    _EMPLOYMENT_FULL_TIME, [*three_cases("full"), *both_cases("hiring")], before=30, after=60
)


#: A hiring verb of the other languages ("recrute", "sucht", "busca"): a text without one
#: holds no hiring sentence of ``jobparse.fields.hiring``.
_WORDS = words()
_HIRING_VERBS: list[str] = sorted(
    {
        form
        for verb in (
            *_WORDS["hiring_verbs"],
            *_WORDS["hiring_verbs_alone"],
            *_WORDS["hiring_verbs_last"],
        )
        for form in (verb, verb[:1].upper() + verb[1:])  # "Buscamos un/a" opens a sentence
    },
    key=len,
    reverse=True,
)
FOREIGN_HIRING_VERB = Prefiltered(
    re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, _HIRING_VERBS)) + r")(?![^\W_])"),
    _HIRING_VERBS,
)


def _employment_words() -> dict[str, str]:
    """Employment words of the other languages (``employment_statements`` of job_words.json).

    Each phrase in lower case, also without its accents, maps to its kind.
    """
    kinds: dict[str, str] = {}
    for kind, phrases in words()["employment_statements"].items():
        for phrase in phrases:
            # "YARI ZAMANLI" is "yari zamanli" in lower case: Turkish "ı" has "I" for capital
            for form in (phrase.casefold(), fold(phrase), phrase.upper().casefold()):
                kinds.setdefault(form, kind)
    return kinds


def employment_word_kind(text: str) -> str | None:
    """The kind of employment an EMPLOYMENT_WORDS match states ("Teilzeit": ``part_time``)."""
    lower = text.casefold()
    return EMPLOYMENT_WORD_KINDS.get(lower) or EMPLOYMENT_WORD_KINDS.get(fold(lower))


#: Kind of employment of each word of EMPLOYMENT_WORDS, by its lower-case form.
EMPLOYMENT_WORD_KINDS = _employment_words()
#: "Vollzeit", "temps plein", "en prácticas", "befristet": employment words of the other
#: languages, whole words, found at their own letters by the one-pass scan.
_EMPLOYMENT_FORMS = sorted(
    {form for word in EMPLOYMENT_WORD_KINDS for form in case_forms(word)}, key=len, reverse=True
)  # "Teilzeit", "TEILZEIT", "Pós-Doutoramento", "en Stage": the forms the anchors find
EMPLOYMENT_WORDS = Prefiltered(
    re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, _EMPLOYMENT_FORMS)) + r")(?![^\W_])"),
    _EMPLOYMENT_FORMS,
)
