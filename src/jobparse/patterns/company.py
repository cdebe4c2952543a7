"""Patterns of employers: organisation names and the sentences that name them."""

from __future__ import annotations

import re
import sys

from jobparse.patterns.core import Anchored, Prefiltered, both_cases, one_of, three_cases
from jobparse.tables import table, words

#: Whether ``re`` has possessive repeats (Python 3.11+): a run that never gives back
#: what it matched, where giving back could never help; the same matches, found faster.
_POSSESSIVE = sys.version_info >= (3, 11)
#: Any number of a set, possessive where ``re`` allows it, else a plain greedy run.
_ALL = "*+" if _POSSESSIVE else "*"


#: A capital letter, accented ones included: "École de Coho", "Ústav", "Øresund".
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"


#: The top-level domains a brand may carry in its name: "Helm.ai", "Laws.Africa", "Monday.com".
_BRAND_TLD = (
    "(?:ai|io|com|co|org|net|tech|app|dev|(?i:africa)|eu|so|me|ly|xyz|health|energy|cloud|"
    "studio|systems|network|digital|world|global)"
)


def _name_word(run: str) -> str:
    """One word of an organisation's name: capitalised, maybe with a domain ("Helm.ai")."""
    return (
        rf"(?:{_CAPITAL}[\w&\-]{run}(?:[|/]{_CAPITAL}[\w&\-]{run})?"
        rf"(?:\.{_BRAND_TLD}\b)?|&)"
    )


#: A legal-form suffix: "Kitware, Inc.", "Acme GmbH".
_LEGAL_FORMS = (
    r"Pte\.?[ \t]+Ltd|Pty\.?[ \t]+Ltd|Pvt\.?[ \t]+Ltd|Sdn\.?[ \t]+Bhd|Co\.,?[ \t]+Ltd|"
    r"Inc|Ltd|LLC|GmbH|Corp|PLC|AG|S\.A|B\.V|SAS|SARL|S\.L|S\.p\.A|S\.r\.l|Oyj|Oy|ApS|AB|ASA|"
    r"A/S|N\.V|NV|KG|Limited"
)
#: The legal forms as written, for a quick look at a name's last word.
LEGAL_FORMS = frozenset(
    "Inc Ltd LLC GmbH Corp PLC AG S.A B.V SAS SARL S.L S.p.A S.r.l Oyj Oy ApS AB ASA A/S N.V NV "
    "KG Limited Bhd".split()
)
_LEGAL_SUFFIX = rf"(?:(?:,|(?<![ \t,]))[ \t]+(?:{_LEGAL_FORMS})\.?(?![\w]))?"
#: A legal form at the end of a name, to strip it: "Kitware, Inc." -> "Kitware".
LEGAL_SUFFIX_AT_END = re.compile(rf"{_LEGAL_SUFFIX}$")

#: Lower-case words that may stand inside an organisation's name: "University of Oxford".
NAME_CONNECTORS = (
    "of",
    "and",
    "for",
    "de",
    "du",
    "la",
    "der",
    "des",
    "di",
    # the other languages' "of" and "for": "Team per la Trasformazione Digitale",
    # "Institut für Informatik", "Universiteit van Amsterdam", "Facultad de la Salud"
    "per",
    "para",
    "pour",
    "für",
    "voor",
    "van",
    "von",
    "del",
    "della",
    "do",
    "da",
    "dos",
    "das",
)


def _org_name(run: str) -> str:
    """Up to seven name words (their runs *run*), maybe joined by connectors, and a legal form."""
    word = _name_word(run)
    connector = "|".join(NAME_CONNECTORS)
    return rf"{word}(?:[ \t]+(?:(?:{connector})[ \t]+){{0,2}}{word}){{0,6}}{_LEGAL_SUFFIX}"


#: An organisation's name: capitalised words, joined by "of", "and", "&", "for", "de".
ORG_NAME = _org_name("*")

#: ORG_NAME whose words never give letters back: the same matches as ORG_NAME
#: where what follows the name cannot start with a word character, "&" or "-"
#: (a space, a comma, the end), without backtracking through every letter.
_ORG_NAME_RIGID = _org_name(_ALL)

#: The first word of ORG_NAME, opening with a set of characters (which ``re`` scans for
#: fast) and looking back past it for the start of a word.
_FIRST_NAME_WORD = (
    rf"[A-ZÀ-ÖØ-Þ&](?<![\w&\-].)(?:(?<=&)|(?<={_CAPITAL})[\w&\-]{_ALL}(?:[|/]{_CAPITAL}[\w&\-]{_ALL})?"
    rf"(?:\.{_BRAND_TLD}\b)?)"
)

#: An organisation's name ending exactly where the search window ends (``endpos``):
#: signals are found by their cheap, literal part first, then the name before it.
ORG_NAME_BEFORE = re.compile(
    rf"(?P<name>{_FIRST_NAME_WORD}{_ORG_NAME_RIGID[len(_name_word(_ALL)) :]})\Z"
)

#: An organisation's name starting exactly at ``pos``.
ORG_NAME_AFTER = re.compile(rf"(?P<name>{_ORG_NAME_RIGID})")

#: What follows a name in "Amazon's", "Microsoft’s mission".
#: A possessive's ending: "Acme's", and a plural name's bare apostrophe before a space
#: ("Leepfrog Technologies' CourseLeaf software").
POSSESSIVE_SUFFIX = Prefiltered(
    re.compile(r"['’]s\b|(?<=[a-z]s)['’](?=[ \t])"), ["'s", "’s", "' ", "’ ", "'\t", "’\t"]
)

#: The verb of a hiring sentence ("... is seeking"), found first: a plain literal search.
HIRING_VERB = one_of("looking seeking hiring searching recruiting")
#: What stands between a hiring name and its verb: " (MSR NYC) is ", " are currently ".
HIRING_LINK_BEFORE = re.compile(
    r"(?<!\s)(?:\s+\([A-Z][\w&]{1,9}(?:\s[A-Z][\w&]{1,9})?\))?"
    # ", based in Montréal," between the name and its verb
    r"(?:,[ \t]+(?:based|located|headquartered)[ \t]+in[ \t][^,.;:!?\n]{1,40},)?\s+(?:is|are)\s+"
    r"(?:currently\s+|now\s+|always\s+|actively\s+)?\Z"
)

#: A hiring verb right after a subject: " is looking", " are now hiring".
HIRING_SUBJECT_VERB = re.compile(
    r"(?<![ \t])(?:[ \t]*,[ \t]+(?:a|an|the|our|one[ \t]+of|part[ \t]+of|home[ \t]+to)"
    r"[ \t]+[^,.;:!?\n]{1,80},)?"
    r"[ \t]+(?:is|are)[ \t]+(?:currently[ \t]+|now[ \t]+|actively[ \t]+)?"
    r"(?:looking|seeking|hiring|searching|recruiting)\b"
)

#: What a name owns that only a company has: "ASML products" (the noun, found first).
OWNED_NOUN = one_of("products customers employees values culture")

#: The institution words of every language written with spaces ("Universidad",
#: "Hochschule", "Istituto": ``institution_words``), capitalised as a name writes them.
_INSTITUTION_WORDS = sorted(word for word in words()["institution_words"] if word.isalpha())
#: Words that give a name an organisation's shape, found first (see ORG_SHAPE_WORDS).
SHAPE_WORD = one_of(
    """
    University College Institute Inc Ltd LLC GmbH AG SA PLC Labs Laboratory Laboratories
    Corporation Corp Technologies Industries Robotics Research
    """
    + " ".join(word.capitalize() for word in _INSTITUTION_WORDS if word[0] < "\u3040")
)

#: " at " or " within " before a capital: "The Advanced Development Center at ASML".
UNIT_AT_LINK = Prefiltered(
    re.compile(r" (?:at|within)[ \t]+(?:the[ \t]+)?(?=[A-Z])"), [" at", " within"]
)
#: The words for a unit of an organisation, just before UNIT_AT_LINK.
UNIT_WORDS = frozenset(
    "team group center centre lab laboratory department division unit org organization "
    "organisation institute school faculty".split()
)

#: A defined acronym right before where a search window ends: "Laboratory (IRL)".
ACRONYM_BEFORE = re.compile(r"(?<![ \t])[ \t]+\([A-Z][\w&]{1,9}\)\Z")

#: A defined acronym: "(MSRA)", "(MSR NYC)".
ACRONYM = re.compile(r"\((?P<acronym>[A-Z][\w&]{1,9}(?:\s[A-Z][\w&]{1,9})?)\)")


#: "At Qualcomm AI Research, we ...", at the start of a sentence.
COMPANY_AT = re.compile(
    rf"(?:(?:Here|here)\s+at|At|at|Chez|chez|Bei|bei|Bij|bij|Presso|presso|En|Em)\s+(?:the\s+)?"
    rf"(?P<name>{ORG_NAME})(?:\s*,|(?=[ \t]+(?:we|our|you|your)\b))"
)
#: "We at Quantix Robotics are ...", "Wir bei X", "Nous, chez X,": the employer as "we".
COMPANY_WE_AT = re.compile(
    r"(?<![\w&\-])(?:We|we|Wir|wir|Nous|nous),?[ \t]+(?:at|bei|chez|bij|presso)[ \t]+"
    r"(?:the[ \t]+)?"
    rf"(?P<name>{_ORG_NAME_RIGID})(?=[ \t]*,|[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ])"
)
#: A sentence that opens with a name in its legal form and goes on in lower case: "Die
#: Kestrel Systems GmbH entwickelt ...", "La société Acme SAS conçoit", "Acme AB utvecklar".
COMPANY_LEGAL_OPENING = re.compile(
    r"(?<![\w&\-])(?:(?:Die|Der|Das|La|Le|Les|El|Los|Il|Lo|De|Het|The)[ \t]+)?"
    rf"(?P<name>{_ORG_NAME_RIGID})(?=[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ])"
)
#: A web address in brackets, after its owner's name: "Vantor (vantor.ai)".
DOMAIN_IN_BRACKETS = re.compile(
    r"\((?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9\-]{1,40})\.[a-z]{2,10}"
    r"(?:\.[a-z]{2})?/?\)"
)
#: The words COMPANY_AT opens with ("At Qualcomm, we", "Here at X,", "Chez X,", "Bei X,").
COMPANY_AT_OPENERS = ("At", "at", "Here", "here", "Chez", "chez", "Bei", "bei", "Bij", "bij",
                      "Presso", "presso", "En", "Em")  # fmt: skip

#: What follows a one-word subject that makes it a company ("Cruise is building ...",
#: "Figma is a design company"), unlike "Python is required".
COMPANY_PREDICATE = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w\-]+[ \t]+){0,3}?"
    r"(?:building|transforming|developing|creating|revolutioni[sz]ing|on[ \t]+a[ \t]+mission|"
    r"leader|company|startup|provider|platform|pioneer|studio|organi[sz]ation|institute|"
    r"hiring|looking|seeking|growing|expanding|committed|founded|headquartered|backed)\b"
)

#: "Quasar Spatial est une entreprise", "Acme ist ein Unternehmen": a name, "is a" in the
#: other languages (``copulas`` of data/company_words.json), matched at a sentence's start.
COMPANY_IS_A = re.compile(
    rf"(?<![\w&\-])(?P<name>{_ORG_NAME_RIGID})[ \t]+(?:"
    + "|".join(
        re.escape(c).replace(r"\ ", r"[ \t]+")
        for c in sorted(table("company_words.json")["copulas"], key=len, reverse=True)
    )
    + r")(?![^\W_])"
)

#: The copulas themselves, found by the one-pass scan: a text without one needs no
#: COMPANY_IS_A at its sentences.
_COPULAS = [f" {c} " for c in table("company_words.json")["copulas"]]
COPULA = Prefiltered(
    re.compile("|".join(re.escape(c) for c in sorted(_COPULAS, key=len, reverse=True))), _COPULAS
)

#: "Our startup, Perceptive Robotics, is hiring": an organisation named in apposition.
COMPANY_APPOSITIVE = Prefiltered(
    re.compile(
        rf"(?:startup|company|lab|laboratory|firm|organi[sz]ation|employer)"
        rf"[ \t]*,[ \t]*(?P<name>{ORG_NAME})[ \t]*,"
    ),
    "startup company lab firm organization organisation employer".split(),
)

#: A company of a Russian, Ukrainian or Kazakh register: its legal form, then its name in
#: guillemets ("ООО «Структура»", "АО «ПАТП №1»", "ТОВ «Альфа»").
COMPANY_QUOTED = re.compile(
    r"(?<![^\W\d_])(?P<name>(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОВ|ПрАТ|ПАТ|ТОО|ИП)"
    r"[ \t\u00a0]?«[^«»\n]{2,60}»)"
)

_DESCRIBED_AS: list[str] = words()["described_as"]
#: A sentence that opens with a name described after a comma: "Capgemini Engineering,
#: leader mondial des services", "Acme, a leading maker of ...", "Acme, einer der ...".
COMPANY_DESCRIBED = re.compile(
    rf"(?<![\w&\-])(?P<name>{_ORG_NAME_RIGID})[ \t]*,[ \t]+(?i:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(_DESCRIBED_AS, key=len, reverse=True)
    )
    + r")(?![\w])"
)

#: The labels of an employer in the languages of the vocabulary: "Company", "Arbeitgeber".
COMPANY_LABELS: frozenset[str] = frozenset(words()["company_labels"])
#: The first letters of those labels, both cases: a sentence opening with another is no label.
COMPANY_LABEL_INITIALS = frozenset(
    letter for label in COMPANY_LABELS for letter in (label[0].lower(), label[0].upper())
)
#: A labelled employer: "Company: Lumina Labs", "Empresa: Globant".
COMPANY_LABEL = re.compile(
    r"(?i:"
    + "|".join(
        re.escape(label).replace(r"\ ", r"[ \t]+")
        for label in sorted(COMPANY_LABELS, key=len, reverse=True)
    )
    + rf")[ \t]*[:：\-–][ \t]*(?P<name>{ORG_NAME})"
)

#: "Wayve is a leader", "Helm.ai builds", "Amazon is looking for": a name as subject.
#: Matched (``.match``) where a subject may start: a sentence's start, and after a
#: colon or an introductory phrase's comma.
COMPANY_SUBJECT = re.compile(
    rf"(?<![\w&\-])(?:The\s+)?(?P<name>{_ORG_NAME_RIGID})(?:\s+\((?P<acronym>[A-Z][\w&]{{1,9}}(?:\s[A-Z][\w&]{{1,9}})?)(?:[;,][^()\n]{{1,30}})?\))?"
    # "Acme Robotics in Berlin, Germany is seeking": a place between a hiring name and its verb.
    r"(?:\s+in\s+[A-Z][\w'’.\-]*(?:,?[ \t]+[A-Z][\w'’.\-]*){0,2}"
    r"(?=\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring|searching|recruiting)))?"
    # "Coho Automation, a subsidiary of Coho Group, develops": an appositive before the verb.
    r"(?:\s*,\s+(?:a|an|the|our|one\s+of|part\s+of|home\s+to)\s+[^,.;:!?\n]{1,80},)?"
    r"\s+(?P<verb>is|are|was|has|have|builds|develops|creates|designs|makes|provides|offers|helps|"
    r"enables|powers|delivers|brings?|operates|leads|pioneers|combines|speciali[sz]es|focuses|"
    r"believes|invents|empowers|aims|strives|seeks|hires|employs|serves|produces|manufactures|"
    r"uses|applies|sells|runs|trains|ships|automates|supports|transforms|connects|protects|"
    r"partners|turns|gives|lets|puts|works|grows|recruits|"
    r"bring\s+together|is\s+(?:looking|seeking|hiring|searching|recruiting|growing|expanding))\b"
)

#: A comma or colon and the space after it: where a subject may start mid-sentence.
CLAUSE_START = re.compile(r"[,:][ \t]+")
#: The colons of CLAUSE_START (each of its matches holds one stop and the spaces after).
COLON_CLAUSE_START = re.compile(r":[ \t]+")

#: A list of examples just before a name: "models such as Anthropic's Claude".
EXAMPLE_LIST_BEFORE = Prefiltered(
    re.compile(r"\b(?:such\s+as|like|including|e\.g\.|for\s+example)\b[^.;:]{0,80}$", re.I),
    three_cases("such like including e.g. for"),
)

#: Context that makes a university a credential, partner or funder, not the employer.
NOT_EMPLOYER_CONTEXT = Prefiltered(
    re.compile(
        r"\b(?:degree|graduat\w*|alumni|studied|ph\.?d\.?\s+(?:from|at)|"
        r"(?:bachelor|master)'?s?\s+(?:from|at)|collaborat\w*|partner\w*|funded\s+by|"
        r"founded\s+by|spun\s+out|spin-?off)\b",
        re.IGNORECASE,
    ),
    three_cases(
        "degree graduat alumni studied ph bachelor master collaborat partner funded founded spun "
        "spin"
    ),
)

#: Sentence openings after which ", Name is ..." names the subject: "Established in 2017, Wayve is".
INTRODUCTORY_WORDS = frozenset(
    "in since today with now together at as from over for after backed born".split()
)
INTRODUCTORY_OPENING = re.compile(
    rf"^(?:\w+ed|{'|'.join(sorted(INTRODUCTORY_WORDS))})\b", re.IGNORECASE
)


#: "We’re Anthropic, an AI safety company", "We are Register Dynamics." (a name that ends
#: the sentence: one word only if named again, see ``fields.company``).
#: The same in the other languages ("Somos X,", "Wir, die X GmbH,", "Wij zijn X"): data.
_WE_ARE_PHRASES: list[str] = words()["we_are_phrases"]
_COMPANY_WE_ARE = re.compile(
    r"(?<![\w])(?:We(?:'re|’re|\s+are)|"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_WE_ARE_PHRASES, key=len, reverse=True)
    )
    + rf")\s+(?P<name>{ORG_NAME})(?:\s*[,(—–-]|\s+(?:sind|sommes|somos|siamo|zijn|är|er)\b"
    r"|(?P<stop>\.)(?=\s|$))"
)

#: "Prof. Jane Doe": a person's name follows these.
PERSON_TITLE_BEFORE = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Mx|Sir)\.?\s+$")

#: "Join Wayve", "bring to Wayve", "joining the B Garage team", "Join us at Ring AI team".
#: (Literal, case-spelled alternatives and no leading ``\\b``: the engine can skip ahead.)
#: The same in the other languages ("Rejoignez X", "Únete a X", "Werde Teil von X"): data.
_JOIN_PHRASES: list[str] = words()["join_phrases"]
_FOREIGN_JOIN = "|".join(
    f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}".replace(r"\ ", r"\s+")
    for p in sorted(_JOIN_PHRASES, key=len, reverse=True)
)
_COMPANY_JOIN = re.compile(
    r"(?:[Jj]oin(?:ing)?(?:\s+us\s+at)?|[Bb]ring\s+to|[Ww]ork(?:ing)?\s+(?:with\s+us\s+)?(?:at|for)|"
    rf"[Cc]areers?\s+at|[Ll]ife\s+at|[Tt]eam\s+at|{_FOREIGN_JOIN})\s+(?:the\s+)?(?P<name>{ORG_NAME})"
)
COMPANY_JOIN = Prefiltered(
    _COMPANY_JOIN,
    both_cases(
        "join bring work career life team "
        + " ".join(sorted({p.split()[0] for p in _JOIN_PHRASES}))
    ),
)
COMPANY_WE_ARE = Prefiltered(_COMPANY_WE_ARE, sorted({"We", *_WE_ARE_PHRASES}))


#: "the Helm proprietary toolkit": ownership words after a name.
#: Words of at most 21 letters: the longest name (seven words) stays inside the window.
_SHORT_WORDS_NAME = _org_name("{0,20}")
_COMPANY_OWNERSHIP = re.compile(
    rf"\bthe\s+(?P<name>{_SHORT_WORDS_NAME})\s+(?:proprietary|patented|in-house)\b"
)
COMPANY_OWNERSHIP = Anchored(
    _COMPANY_OWNERSHIP, ["proprietary", "patented", "in-house"], before=420, after=1
)


#: Words that make a name an organisation's wherever they stand ("Trinity College Dublin").
ORG_SHAPE_WORDS = frozenset(["university", "college", "institute"])
#: Words of the other languages that make a name an organisation's as its first word:
#: "Instituto Politécnico de Bragança", "Universität Wien" (not "... der Technischen
#: Universität München", a unit's name around it).
LEADING_SHAPE_WORDS = frozenset(_INSTITUTION_WORDS) - ORG_SHAPE_WORDS
#: Words that make a name an organisation's as its last word ("Anduril Industries").
ORG_SUFFIX_WORDS = frozenset(
    """
    inc ltd llc gmbh ag sa plc labs laboratory laboratories corporation corp technologies
    industries robotics research
    """.split()
)

#: "Microsoft's mission": a possessive that speaks of the whole company.
COMPANY_LEVEL_NOUN = re.compile(
    r"\s(?:mission|vision|values|culture|customers|products|employees|headquarters|family|"
    r"commitment|success|growth|people|org|organi[sz]ation|business|division)\b"
)
