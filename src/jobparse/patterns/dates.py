"""Patterns of dates, deadlines, start dates and rolling review, in six languages."""

from __future__ import annotations

import re

from jobparse.patterns.core import Anchored, both_cases
from jobparse.tables import table, words


def _foreign_months() -> dict[str, int]:
    """Month names of the other languages (``data/months.json``): name -> month number."""
    months = table("months.json")["months"]
    return {name: int(number) for number, names in months.items() for name in names}


#: German, French, Spanish, Dutch, Italian and Portuguese month names, in full.
FOREIGN_MONTHS = _foreign_months()
_FOREIGN_MONTH = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    rf"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|{_FOREIGN_MONTH})"
    r"(?![^\W\d_])\.?"
)
#: A month's name after the dot of a German ordinal day: "1. Mai", "15. März".
MONTH_AFTER_ORDINAL_DOT = re.compile(rf"(?<![ \t])[ \t]+{_MONTH}", re.IGNORECASE)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th|er|º|°|ª)?"  # "1er mars", "1º de mayo"

_NUMERIC_MONTH = r"(?:1[0-2]|0?[1-9])"
_NUMERIC_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
#: The years a Japanese era or the Republic of China's calendar counts from: its year 1
#: is the year after ("平成24年" is 2012, "令和元年" 2019, "民國113年" 2024).
ERA_BASES = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}
_ERAS = "|".join(ERA_BASES)
#: A calendar date in the ways postings write them; named groups say which way. Numeric
#: dates join their parts by one separator: "31.08.2025", "31/08/2025", Dutch "1-10-2021";
#: a day and a month's name may be joined by hyphens too ("15-July-2025", "05-Aug-2025").
#: Year-first dates ("2024/03/31", "2024.3.31", Hungarian "2026. április 15.", Japanese and Chinese
#: "2024年3月31日", Korean "2024년 3월 31일"), Japanese era dates ("平成24年6月1日") and
#: Japanese, Chinese and Korean month-day
#: dates ("3月31日") need no word boundary: the characters before them are letters of a
#: script without spaces.
_DATE = re.compile(
    rf"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0?[1-9]|1[0-2])-(?P<id>[12]\d|3[01]|0?[1-9])"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:(?:\s*,\s*|\s+)(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|(?P<d2>{_DAY})\.?(?:\s+of|\s+de)?(?:\s+|-(?=[A-Za-z]))(?P<m2>{_MONTH})(?:\s+de)?"
    r"(?:(?:\s*,?\s*|-)(?P<y2>(?:19|20)\d\d)\b)?"
    rf"|(?P<y3>(?:19|20)\d\d)\.\s+(?P<m3>{_MONTH})\s+(?P<d3>{_DAY})\."
    rf"|(?P<n1>\d{{1,2}})(?P<ns>[./-])(?P<n2>\d{{1,2}})(?P=ns)(?P<n3>(?:19|20)\d\d)\b)"
    rf"|(?P<era>{_ERAS})\s*(?P<ey>\d{{1,3}}|元)\s*年\s*(?P<em>{_NUMERIC_MONTH})\s*月"
    rf"\s*(?P<ed>{_NUMERIC_DAY})\s*日"
    rf"|(?<!\d)(?:(?P<ky>(?:19|20)\d\d)(?:\s*[年년]\s*|[./．／])(?P<km>{_NUMERIC_MONTH})"
    rf"(?:\s*[月월]\s*|[./．／])(?P<kd>{_NUMERIC_DAY})(?:\s*[日일])?"
    rf"|(?P<jm>{_NUMERIC_MONTH})\s*[月월]\s*(?P<jd>{_NUMERIC_DAY})\s*[日일])",
    re.IGNORECASE,
)
#: Every date holds a month's name (written with a capital, or a full name in lower case
#: other than "march", "may", "august", which are words), or digits joined as only
#: dates join them: the "-" and digit after an ISO year ("2025-08"), the separator
#: and century before a numeric date's year ("31/08/2025"). These are anchors of the
#: one-pass scan, far rarer than any digit or year.
DATE = Anchored(
    _DATE,
    [
        *"Jan Jun Jul JAN JUN JUL Feb FEB Mar May MAR MAY Apr Aug APR AUG".split(),
        *"Sep SEP Oct OCT Nov NOV Dec DEC january june july february april".split(),
        *"september october november december".split(),
        *(variant for name in FOREIGN_MONTHS for variant in (name, name.capitalize())),
        *(f"-{digit}" for digit in "0123456789"),
        *(f"{separator}{century}" for separator in "/." for century in ("19", "20")),
        # year first: "2024/03/31", "2024.3.31", "2024年3月31日"; Japanese and Korean months
        *(f"{separator}{digit}" for separator in "/.／．" for digit in "0123456789"),
        "年",
        "년",
        "月",
        "월",
    ],
    before=12,
    after=24,
)


def _cues(key: str) -> str:
    """The cue phrases of every language's table (``application_cues``...) as alternatives.

    Phrases of scripts without spaces (Japanese, Chinese, Korean) need no word boundary;
    the others are whole words, their spaces any white space.
    """
    phrases = sorted(set(words().get(key, [])), key=len, reverse=True)
    spaced = [r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases if _spaced(phrase)]
    joined = [re.escape(phrase) for phrase in phrases if not _spaced(phrase)]
    parts = []
    if spaced:
        parts.append(r"(?<![^\W_])(?:" + "|".join(spaced) + r")(?![^\W_])")
    if joined:
        parts.append("(?:" + "|".join(joined) + ")")
    return "|".join(parts) or "(?!)"


def _spaced(phrase: str) -> bool:
    """Whether a phrase is of a script that spaces its words (it ends at a letter of one)."""
    return phrase[-1:].isascii() or "\u00c0" <= phrase[-1] <= "\u024f" or phrase[-1] in ".:"


#: Words before a date that make it an application deadline.
APPLICATION_CUE = re.compile(
    r"\b(?:deadline|apply\s+(?:by|before|until|no\s+later)|applications?\s+(?:\w+\s+){0,3}?"
    r"(?:due|close|closes|closing|accepted|received|considered|submitted|open\s+until)|"
    r"(?:(?:posting|position|vacancy|role|job|offer)\s+(?:is\s+)?)?open\s+until|posted\s+until|"
    r"accepting\s+applications\s+until|"
    r"closing\s+dates?(?:\s+up)?(?:\s+until)?|closes?(?:\s+on)?|submit(?:ted)?\s+(?:\w+\s+){0,3}?(?:by|before)|"
    r"no\s+later\s+than|last\s+(?:date|day)\s+to\s+apply|last\s+application\s+(?:date|day)|"
    r"application\s+window|"
    r"review\s+of\s+applications\s+(?:begins|starts|will\s+(?:begin|start))(?:\s+on)?|"
    # German, French, Spanish, Dutch, Italian, Portuguese:
    r"bewerbungs(?:schluss|frist)|einsendeschluss|bewerben\s+(?:bis|vor)|"
    r"bewerbungen\s+(?:bis|vor)|"
    r"date\s+limite|d[ée]lai\s+de\s+(?:postulation|candidature)|date\s+de\s+cl[ôo]ture|(?:postuler|candidater|candidatures?)\s+(?:avant|jusqu'au)(?:\s+le)?|"
    r"fecha\s+l[ií]mite|fecha\s+de\s+cierre|plazo(?:\s+de\s+postulaci[oó]n)?|postula\w*\s+hasta|"
    r"sluitingsdatum|reage(?:er|ren)\s+(?:v[oó][oó]r|tot)|sollicite(?:er|ren)\s+(?:v[oó][oó]r|tot)|"
    r"sista\s+ans[öo]kningsdag(?:en)?|ans[öo]k\s+senast|ans[øo]gningsfrist|s[øo]knadsfrist|"
    r"scadenza|candidature\s+entro|entro\s+il|prazo(?:\s+de\s+candidatura)?|inscri[çc][õo]es\s+at[ée]|candidaturas?\s+at[ée])\b"
    + "|"
    + _cues("application_cues"),
    re.IGNORECASE,
)
#: Words before a date that make it a start date.
START_CUE = re.compile(
    r"\b(?:start(?:ing)?\s+date|start(?:s|ing)?(?:\s+(?:on|from|in|at|by))?|commenc\w*|"
    r"begin(?:s|ning)?(?:\s+(?:on|from))?|available\s+from|earliest\s+start|onboard\w*|"
    # German, French, Spanish, Dutch, Italian, Portuguese:
    r"(?:eintritts|start)termin|eintrittsdatum|arbeitsbeginn|(?:dienst|stellen)antritt|beginn|"
    r"(?<!bis\s)zum|(?<!\w\s)per|"
    r"date\s+de\s+d[ée]but|d[ée]but(?:\s+du\s+poste)?|prise\s+de\s+poste|[àa]\s+partir\s+du|"
    r"fecha\s+de\s+(?:inicio|incorporaci[oó]n)|incorporaci[oó]n|a\s+partir\s+del|"
    r"startdatum|ingangsdatum|indiensttreding|vanaf|data\s+di\s+inizio|data\s+d['’]inizio|inizio(?:\s+previsto)?|"
    r"decorrenza|a\s+partire\s+dal|entr[ée]e\s+en\s+fonction|"
    r"data\s+de\s+in[íi]cio|a\s+partir\s+de|tilltr[äa]de|tiltr[æa]delse|tiltredelse)\b"
    + "|"
    + _cues("start_cues"),
    re.IGNORECASE,
)
#: Words before a date that make it no event for a calendar.
NOT_AN_EVENT_CUE = re.compile(
    r"\b(?:posted|published|placed\s+on|updated|modified|born|copyright|founded|established|"
    r"since|as\s+of|"
    r"online\s+seit|ver[öo]ffentlicht|aktualisiert|publi[ée]e?|mis\s+en\s+ligne|publicad[oa]|"
    r"gepubliceerd|pubblicat[oa]|postado)\b" + "|" + _cues("not_event_cues"),
    re.IGNORECASE,
)

#: Words right after a date that make it no event: the day a page was updated or published,
#: or an "as of" ("2012.3.22更新", "4月1日現在"; Japanese, Chinese and Korean put them after).
NOT_AN_EVENT_AFTER = re.compile(_cues("not_event_after_cues"))

#: Words that make a "start" the start of reviewing applications, not of the job.
REVIEW_WORDS = re.compile(r"\b(?:applications?|review\w*|screening|consideration)\b", re.IGNORECASE)

#: "... by" just before a date, and words about applying: "send your CV by 1 March".
#: ("bis zum", "avant le", "hasta el", "até", "entro il", "uiterlijk": the other languages).
BY_BEFORE = re.compile(
    r"\b(?:by|bis(?:\s+(?:zum|spätestens))?|avant\s+le|jusqu'au|hasta(?:\s+el)?|até(?:\s+(?:o|ao|dia))?|"
    r"entro(?:\s+il)?|uiterlijk|voor|senast|innen|do)\s+$",
    re.IGNORECASE,
)
APPLYING_WORDS = re.compile(
    r"\b(?:appl\w*|submi\w*|send|cv|resume|nominat\w*|bewerb\w*|unterlagen|lebenslauf|"
    r"candidat\w*|postul\w*|sollicit\w*|reageer|reageren|inscri\w*|ansök\w*|søknad\w*|"
    r"ansøg\w*|hakemu\w*|zgłosze\w*|aplikac\w*|přihláš\w*|başvuru\w*)",
    re.IGNORECASE,
)
#: A short line that is only "until" and a date: "BIS 06.02.2026!", "Hasta el 15/03".
UNTIL_ALONE = re.compile(r"^\W*(?:bis|until|jusqu'au|hasta|até|entro|tot)\s+$", re.IGNORECASE)
#: Words right after a date that make it the end of a contract: "bis zum 30.09.2019 befristet".
#: (Matched at the words after the date, its spaces and commas stripped.)
CONTRACT_END_AFTER = re.compile(
    r"(?:befristet|fixed[- ]term|end\s+of\s+(?:the\s+)?contract)\b", re.IGNORECASE
)

#: Applications reviewed as they come, or until the post is filled.
_ROLLING = re.compile(
    r"\brolling\s+(?:basis|admissions?|review|deadline)\b|\bon\s+a\s+rolling\b"
    r"|\buntil\s+(?:the\s+)?(?:position|role|post|vacancy|job|positions)\s+(?:is|are|has\s+been|have\s+been)\s+filled\b"
    r"|\b(?:open\s+)?until\s+filled\b|\bas\s+(?:they\s+are\s+)?received\b"
    r"|\breviewed\s+continuously\b|\bcontinuous(?:ly)?\s+review",
    re.IGNORECASE,
)
ROLLING = Anchored(_ROLLING, both_cases("rolling until received continu"), before=40, after=60)


def _age_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How old an advert is, in folded text (``data/age_words.json``): a phrase, a whole line."""
    words = table("age_words.json")

    def either(items: list[str]) -> str:
        return "|".join(sorted(map(re.escape, items), key=len, reverse=True))

    number = rf"(?:\d{{1,4}}\+?|{either(words['numbers'])})"
    amount = rf"{number} ?(?:{either(words['units'])})\.?"
    before, after = either(words["before"]), either(words["after"])
    # a word before the amount, or after it, or both: "after" is required when "before" is not
    age = rf"(?:(?P<before>{before}) )?{amount}(?(before)(?: (?:{after}))?| (?:{after}))"
    counted = rf"(?:over )?\d{{1,5}}\+? ?(?:{either(words['counted'])})"
    volatile = rf"{counted}|{either(words['volatile'])}"
    verb = rf"(?:(?:{either(words['verbs'])}) ?:? ?(?:on )?)?"
    phrase = re.compile(rf"(?<![^\W_]){verb}(?:{age}|{volatile})(?![^\W_])")
    line = re.compile(rf"{verb}(?:{either(words['alone'])})")
    return phrase, line


#: In a folded short line, a phrase that says how old its advert is or how many applied:
#: "posted 3 days ago", "vor 2 tagen", "il y a 3 jours", "196 applicants".
#: AGE_LINE: a folded line, its bullets and punctuation stripped, that is only an age word:
#: "today", "new", "posted yesterday".
AGE_PHRASE, AGE_LINE = _age_patterns()


#: A year or a period of years heading a CV's or a history's entry: "2008", "2003 - 2007",
#: "2008 - obecnie" (to date), in the words for "now" of the languages read, or open: "2023 →".
_NOW = (
    r"present|now|today|current|obecnie|heute|jetzt|aujourd'hui|actuel|actualidad|presente|hoy|"
    r"oggi|atual|nu|nå|idag|nyt|nykyään|dosud|doteraz|současnost|сейчас|наст\. время|"
    r"настоящее время|至今|現在|现在|현재"
)
PERIOD_OF_YEARS = re.compile(
    rf"(?<!\d)(?:19|20)\d\d(?:[ \t]*[-–—~→](?:[ \t]*(?:(?:19|20)\d\d|{_NOW}))?)?",
    re.IGNORECASE,
)
#: A period a post was held, by months or since a date, as a CV's or a history's entry
#: opens: "Mars 2016 – Novembre 2019", "Février – Août 2010", "Depuis Octobre 2023",
#: "2020 – 2023 · Années académiques" (read whole, a short aside after it).
HELD_PERIOD = re.compile(
    rf"(?:(?:(?:{_MONTH}[ \t]+)?(?:19|20)\d\d|{_MONTH})[ \t]*[-–—~→][ \t]*"
    rf"(?:(?:{_MONTH}[ \t]+)?(?:19|20)\d\d|{_NOW})"
    rf"|(?:since|depuis|seit|desde|dal|sinds|sedan|siden|od|с)[ \t]+(?:{_MONTH}[ \t]+)?"
    r"(?:19|20)\d\d)(?!\d)(?:[ \t]*[·|(][^\n]{0,40})?",
    re.IGNORECASE,
)
