"""Patterns of job titles: role nouns, title triggers, labels."""

from __future__ import annotations

import re

from jobparse.patterns.company import _POSSESSIVE
from jobparse.patterns.core import Anchored, Prefiltered, both_cases, three_cases
from jobparse.tables import words

#: The nouns that end a job title ("... Engineer", "... Research Fellow").
ROLE_NOUN = re.compile(
    r"\b(?:engineer|scientist|researcher|analyst|manager|developer|architect|designer|intern|"
    r"fellow|postdoc|student|lead|director|specialist|consultant|associate|professor|lecturer|"
    r"technician|officer|programmer|administrator|coordinator|assistant|writer|editor|"
    r"strategist|recruiter|advocate|executive|investigator|technologist|mathematician|"
    r"statistician|physicist|economist|operator|owner|counsel|accountant|chemist|biologist|"
    r"artist|animator|modeler|modeller|trainee|apprentice|scholar)s?\b",
    re.IGNORECASE,
)

#: Tags in brackets before a line's first words: "[CURITIBA]", "(08/05/2012)", "[Remoto] -".
LEADING_TAGS = re.compile(r"^(?:\s*[\[(][^\]()\[]{1,40}[\])]\s*[-–—:]?)+\s*(?:[*•][ \t]+)?")

#: The words of a title phrase ("Sr.", "ML/AI", "C++" stay whole).
TITLE_WORD = re.compile(r"[\w&/.+#\-]+")

#: Role words in a title that give its employment type.
TITLE_POSTDOC = re.compile(r"\bpost-?doc", re.IGNORECASE)
TITLE_PHD = re.compile(r"\b(?:ph\.?\s?d|doctoral)\b", re.IGNORECASE)
TITLE_INTERN = re.compile(r"\bintern(?:ship)?s?\b", re.IGNORECASE)

#: A heading addressed to its readers ("For external students", "Für Studierende", "Kun for
#: ledere", "Only for members"): an audience, not a job.
AUDIENCE_HEADING = re.compile(
    r"(?:(?:only|just|nur|seulement|uniquement|solo|solamente|kun|bare|endast|bara|vain|tylko|"
    r"alleen|apenas|somente)[ \t]+)?(?:for|für|pour|para|per|voor|för|dla)\s",
    re.IGNORECASE,
)

#: A heading that addresses a group of candidates, no one post: "Prospective Ph.D. students",
#: "Current NTU students, prospective visiting students, and remote interns",
#: "Zukünftige Doktorand:innen", "Futurs doctorants".
AUDIENCE_GROUP = re.compile(
    r"(?:prospective|future|current|interested|potential|incoming|zuk[üu]nftige|k[üu]nftige|"
    r"interessierte|angehende|futurs?|futures?|futuros|futuras|futuri|future|interesados|"
    r"interessados|toekomstige|aankomende)[ \t]+(?:[^\s,;:]+[ \t]+){0,3}?"
    r"(?:students|postdocs|post-?docs|applicants|candidates|visitors|interns|researchers|scholars|"
    r"fellows|ph\.?d\.?s|studierende|doktorand(?:inn)?en|doktorand:innen|bewerber(?:innen)?|"
    r"[ée]tudiant(?:e)?s|doctorant(?:e)?s|candidat(?:e)?s|estudiantes|doctorandos|candidatos|"
    r"studenti|dottorandi|candidati|estudantes|doutorandos|studenten|promovendi|kandidaten)\b",
    re.IGNORECASE,
)

#: A labelled title: "Job Title: Research Engineer".
TITLE_LABEL = re.compile(
    r"^(?:job\s+title|position\s+title|title|position|role|job|internship|vacancy|opening)"
    r"\s*[:\-–]\s*(?P<title>[^\n.;:]{3,80})",
    re.IGNORECASE,
)

#: "As a Senior Research Scientist, you will ...": the phrase and the comma before "you".
#: (The phrase stays in its sentence: no line break, bullet or full stop before a capital
#: but after "Sr", "Jr", "Dr", "St".) It cannot hold a comma, so it is read up to the first
#: one without giving back (possessive, Python 3.11+; lazy before): the same matches, but
#: the phrase may keep spaces before the comma.
_TITLE_AS = re.compile(
    r"\b[Aa]s[ \t]+(?![ \t])(?:an?[ \t]+(?![ \t])|the[ \t]+(?![ \t])|our[ \t]+(?![ \t]))?"
    r"(?P<phrase>(?:[^,;:!?()\n•.]|\.(?![ \t]+[A-Z])|(?<=Sr|Jr|Dr|St)\.){3,90}"
    + ("+" if _POSSESSIVE else "?")
    + r")[ \t]*,[ \t]*you\b"
)
TITLE_AS = Prefiltered(_TITLE_AS, ["as ", "As ", "as\t", "As\t"])

#: A sentence announcing positions: "Two postdoctoral positions in computational social
#: science are available", "A PhD position in robotics is open" (matched at a sentence's start).
TITLE_AVAILABLE = re.compile(
    r"(?:An?|One|Two|Three|Four|Five|Several|Multiple|Various|\d{1,2})[ \t]+"
    r"(?P<phrase>[^.;:!?\n]{3,100}?[ \t](?:positions?|posts?|vacanc(?:y|ies)|openings?)"
    r"(?:[ \t]+(?:in|on|for)[ \t]+[^.;:!?\n]{2,60}?)?)"
    r"[ \t]+(?:is|are)[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:available|open|offered)\b"
)

#: "seeking a/an ...", "looking for ...", "position is for an ...", "role of ...".
_TITLE_TRIGGER = re.compile(
    r"\b(?P<trigger>seek(?:s|ing)?|looking[ \t]+for|searching[ \t]+for|in[ \t]+search[ \t]+of|"
    r"applications[ \t]+(?:are[ \t]+invited[ \t]+)?for"
    r"(?:[ \t]+the[ \t]+(?:position|role)[ \t]+of)?|"
    r"are[ \t]+you[ \t]+an?|"
    r"(?:is|are|we're|we[ \t]+are|now)[ \t]+(?:(?:currently|now|actively)[ \t]+)?"
    r"(?:hiring|recruiting)|"
    r"(?:(?:position|role|opening)s?|vacanc(?:y|ies)|opportunit(?:y|ies))"
    r"[ \t]+(?:is[ \t]+for|of|as|for)|"
    r"(?<!you[ \t])needs?[ \t]+(?:an?|the)|"
    r"join[ \t]+(?:us|(?:our|the)(?:[ \t]+[\w&\-]{1,20}){0,4}?[ \t]+team|"
    r"(?-i:[A-Z][\w&.\-]{0,30}(?:[ \t]+[A-Z][\w&.\-]{0,30}){0,3}))[ \t]+as(?:[ \t]+an?)?|"
    r"hire[ \t]+(?:an?|the))[ \t]+",
    re.IGNORECASE,
)
_TITLE_TRIGGER_WORDS = """
    seek looking searching hiring recruiting position role opening vacanc opportunit join hire
    applications need
"""
_TITLE_TRIGGER_SEARCH = [f"{space}{word}" for space in " \t" for word in ("search", "Search")]
TITLE_TRIGGER = Anchored(
    _TITLE_TRIGGER,
    # "in search of": the word after a space (bare "search" is in every "Research").
    [
        *both_cases(_TITLE_TRIGGER_WORDS),
        "are you",
        "Are you",
        *_TITLE_TRIGGER_SEARCH,
    ],
    before=0,  # a trigger opens with its anchor ...
    # ... but "we are hiring", "is recruiting", "in search of".
    before_words=dict.fromkeys([*both_cases("hiring recruiting"), *_TITLE_TRIGGER_SEARCH], 26),
    after=120,  # "join our <four words> team as an "
    word_start=True,
)

#: "VP of Engineering", "Head of Perception": titles whose role word comes first.
LEADERSHIP_TITLE = re.compile(
    r"\b(?:(?:Senior|Associate|Deputy)\s+)?(?:VP|SVP|EVP|Vice\s+President|Head|Director|"
    r"Chief\s+[A-Z]\w+\s+Officer)\s+of\s+[A-Z][\w&]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,3}"
    r"|\b(?:Senior\s+)?Member\s+of\s+(?:the\s+)?Technical\s+Staff\b"
)

#: Where a title phrase ends: a relative clause, a preposition, punctuation.
TITLE_STOP = re.compile(
    r"(?<!\s)\s+(?:who|with|to|that|which|in|at|on|within|from|based|located|where|whose|for\s+our|"
    r"for\s+the|responsible|focused|focusing|specializing|specialising|passionate\s+about)\b|"
    r"(?<![SJsj]r)(?<!Snr)\.|[;:!?()\[\]\n•·▪●◦]|\s-\s|\*\*",
    re.IGNORECASE,
)

#: A PhD or postdoc position named without a title: "This fully-funded PhD position".
ACADEMIC_POSITION = Prefiltered(
    re.compile(
        r"\b(?P<phd>ph\.?\s?d\.?|doctoral)\s+(?:position|studentship|student\s+position|"
        r"candidate\s+position|scholarship|student)\b"
        r"|\b(?P<postdoc>post-?doc(?:toral)?)\s+(?:position|fellowship|appointment)\b",
        re.IGNORECASE,
    ),
    three_cases("ph doctoral post"),
)


_JOIN_WORDS = words()


def _foreign_join_as() -> re.Pattern[str]:
    """A join verb, the employer and "as": "Rejoignez X en tant que", "Únete a X como"."""

    def either(items: list[str]) -> str:
        escaped = (re.escape(w).replace(r"\ ", r"[ \t]+") for w in items)
        return "|".join(sorted(escaped, key=len, reverse=True))

    articles = r"(?:un/a|un\(e\)|un|une|una|uno|eine:?n|einen|eine|een|el|la|le|o|a)[ \t]+"
    return re.compile(
        rf"(?<!\w)(?:{either(_JOIN_WORDS['join_verbs'])})(?!\w)[^.;:!?\n]{{1,80}}?"
        rf"(?<!\w)(?:{either(_JOIN_WORDS['join_as'])})[ \t]+(?:{articles})?",
        re.IGNORECASE,
    )


#: "Rejoignez Opaline Santé ... en tant que Data Scientist", in the other languages.
FOREIGN_JOIN_AS = Prefiltered(
    _foreign_join_as(),
    three_cases(" ".join(dict.fromkeys(verb.split()[0] for verb in _JOIN_WORDS["join_verbs"]))),
)
