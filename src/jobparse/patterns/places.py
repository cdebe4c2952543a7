"""Patterns of places: location lines, streets, postal codes, remote work."""

from __future__ import annotations

import re

from jobparse.patterns.core import Anchored, three_cases
from jobparse.tables import words

#: Tokens of a place list: a word (letters first), or a separator.
PLACE_TOKEN = re.compile(
    r"(?P<word>[^\W\d_][\w.'’]*(?:-[\w.'’]+)*)"
    r"|(?P<strong>[;|/•·\n]|\bor\b|\band\b|&)"
    r"|(?P<comma>[,()\[\]]|\s[-–—]\s)"
)

#: A comma before a capital: prose can only pin a city ("Wilton, Connecticut") where one is.
COMMA_BEFORE_CAPITAL = re.compile(r",[ \t]*[A-Z]")

#: A university named after its town: "University of Oxford", "Stanford University",
#: "Trinity College Dublin".
UNIVERSITY_TOWN = re.compile(
    r"^(?:University\s+of\s+(?P<after>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
    r"|(?P<before>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:University|College|Institute\s+of\s+Technology)"
    r"(?:\s+(?P<town>[A-Z][\w\-]*))?)$"
)

#: A labelled place inside the text: "Location: Berlin", "Locations - Paris; Remote".
LOCATION_IN_TEXT = re.compile(
    r"(?<![A-Za-z])(?:[Jj]ob[ \t]+|[Ww]ork[ \t]+)?[Ll]ocations?[ \t]*[:\-–][ \t]*"
    r"(?P<places>[^\n.]{2,120})"
)

#: A location line that names no place.
LOCATION_PLACEHOLDER = re.compile(
    r"(?:multiple|various|several|many|all|other|different|numerous)\s+(?:locations?|sites|offices|cities|countries)"
    r"|(?:locations?\s+)?(?:tbd|tba|n/?a|to be (?:determined|announced)|flexible|negotiable)"
    r"|(?:global|worldwide|international|world\s?wide)",
    re.IGNORECASE,
)

#: The body names where the job may be: "preferred locations are USA, Germany and Taiwan".
PREFERRED_LOCATIONS = re.compile(
    r"\b(?:preferred\s+)?locations?\s+(?:are|is|include|includes|:)\s+(?P<places>[^.;:!?\n]{2,200})"
    r"|\bopen\s+to\s+(?:hiring|candidates)\s+in\s+(?P<places2>[^.;:!?\n]{2,200})",
    re.IGNORECASE,
)

#: A cue that the place after it is where this job is done.
_JOB_PLACE_CUE = re.compile(
    r"\b(?:based|located|headquartered|situated)\s+(?:[a-z]+ly\s+)?(?:in|at)\s+(?:our\s+|the\s+)?"
    r"|\b(?:in-person|on-?site|in\s+office|in-office)\s+(?:in|at)\s+(?:our\s+|the\s+)?"
    r"|\b(?:hybrid|remote|onsite|on-site|full-time|part-time)?\s*(?:role|position|job)\s+(?:is\s+)?"
    r"(?:based\s+|located\s+)?(?:in|at)\s+(?:our\s+|the\s+)?"
    r"|\b(?:relocate|relocation)\s+to\s+"
    r"|\bwork(?:ing)?\s+(?:from|in|at|out\s+of)\s+(?:our\s+|the\s+)"
    r"|\b(?:office|offices|campus|lab|hub|site)\s+in\s+",
    re.IGNORECASE,
)
JOB_PLACE_CUE = Anchored(
    _JOB_PLACE_CUE,
    three_cases(
        "based located headquartered situated in-person site office role position job relocat "
        "work campus lab hub"
    ),
    before=0,  # a cue opens with its anchor ...
    before_words={
        **dict.fromkeys(three_cases("site office"), 12),  # ... but "on-site in", "in office at"
        **dict.fromkeys(three_cases("role position job"), 30),  # ... and "full-time  role in"
    },
    after=60,
)

#: A capitalised place name right after a cue (up to four words).
CAPITALISED_PHRASE = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}")

#: A capital right after a preposition: every cue place ("based in NYC", "in our
#: Vancouver office") needs one, so sentences without it skip the cue patterns.
PLACE_AFTER_PREPOSITION = re.compile(r"(?:in|at|to|from|of)(?:[ \t]+(?:our|the))?[ \t]+[A-Z]")

#: "in our Vancouver office": a place the job is done at, named before the facility.
OUR_PLACE_FACILITY = re.compile(
    r"\b(?:in|at|from|to)\s+our\s+(?P<place>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"\s+(?i:office|hq|headquarters|campus|hub|lab|site|studio)\b"
)

#: Words after a place name that name a facility, not the place.
FACILITY_WORDS = frozenset(
    """
    hq headquarters office offices campus hub technical tech lab labs site studio area bay
    center centre
    """.split()
)

#: Words around a place that say it is the company's, not the job's.
COMPANY_PLACE_CUE = re.compile(
    r"\b(?:headquarter(?:s|ed)?|hq|offices|sites|found(?:ed|ers?)|established|graduat\w*|studied|travel|"
    r"previously|formerly|"
    r"off-?sites|customers|clients|investors|partners|deploy(?:ed)?|mainly\s+located|"
    r"team\s+(?:is\s+)?(?:located|based|spread)|other\s+locations|around\s+the\s+(?:world|globe)|"
    r"places\s+like|such\s+as|including)\b",
    re.IGNORECASE,
)

#: A cue that outweighs company cues: the sentence is about this job.
THIS_JOB_CUE = re.compile(
    r"\b(?:seeking|hiring|looking\s+for|this\s+(?:position|role|job)|the\s+(?:position|role)|"
    r"join(?:ing)?|in-person|on-?site|hybrid\s+role|you\s+will\s+(?:be\s+)?(?:based|work))\b",
    re.IGNORECASE,
)

#: Statements that this job (not the company culture) is remote.
_REMOTE_JOB = re.compile(
    r"\b(?:this|the)\s+(?:position|role|job|opportunity)\s+(?:is|can\s+be|will\s+be)\s+"
    r"(?:a\s+)?(?:fully\s+|100%\s+|completely\s+)?remote\b(?![-\s](?:friendly|sensing))"
    r"|\b(?:is|are)\s+(?:a\s+)?(?:fully|100%|completely)\s+remote\b(?![-\s](?:friendly|sensing))"
    r"|\b(?:fully|100%)\s+remote\s+(?:position|role|job|opportunity)\b"
    r"|\bwork\s+remotely\s+from\s+anywhere\b"
    r"|\bremote\s+(?:candidates|applicants)\s+(?:are\s+)?(?:welcome|considered|accepted)\b"
    r"|\bopen\s+to\s+remote\s+(?:candidates|applicants|work)\b",
    re.IGNORECASE,
)
REMOTE_JOB = Anchored(_REMOTE_JOB, three_cases("remote"), before=80, after=40)


#: What may separate the words of a remote phrase: "home office", "home-office", "home - office".
_MAX_SEPARATOR = 3
_SEPARATOR = rf"[\s-]{{1,{_MAX_SEPARATOR}}}"


def _either_case(word: str) -> str:
    """A word of a phrase with its first letter in either case: "[Hh]ome"."""
    first, rest = word[:1], re.escape(word[1:])
    if first.lower() == first.upper():
        return re.escape(first) + rest
    return f"[{re.escape(first.lower())}{re.escape(first.upper())}]{rest}"


def _remote_statement() -> Anchored:
    phrases = sorted(set(words().get("remote_statements", [])), key=len, reverse=True)
    # Each word lower case or capitalised ("Home Office möglich", "home-office möglich"),
    # or the whole phrase in capitals: the cases the anchors below can find.
    written = [_SEPARATOR.join(map(_either_case, re.split(r"[\s-]+", p))) for p in phrases]
    capitals = [_SEPARATOR.join(map(re.escape, re.split(r"[\s-]+", p.upper()))) for p in phrases]
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(written + capitals) + r")(?![^\W_])")
    # Each phrase's longest word anchors it ("télétravail", "remoto", "homeoffice"): the
    # short words that open some ("or remote", "100% remote") are everywhere in a text.
    longest = {max(re.split(r"[\s-]+", phrase), key=len) for phrase in phrases}
    # the window holds the longest phrase with its separators at their longest
    reach = max(len(p) + (_MAX_SEPARATOR - 1) * len(re.split(r"[\s-]+", p)) for p in phrases)
    return Anchored(pattern, three_cases(" ".join(sorted(longest))), before=reach, after=reach)


#: Remote work stated in any language ("télétravail partiel possible", "trabajo remoto",
#: "Home Office möglich"): ``remote_statements`` of each language's table, tried only
#: around a phrase's longest word (found by the one-pass scan of a posting's text).
REMOTE_STATEMENT = _remote_statement()

#: Letters only Vietnamese writes: stacked marks (U+1EA0-U+1EF9), the horned o and u, and đ.
VIETNAMESE_LETTER = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111]")

#: An Indonesian address's parts that name no town: a street ("Jl. Kota Bukit Indah Raya",
#: "Jalan …", "Gg."), a district or ward ("Kec. Cikampek", "Kelurahan …", "Desa …"), an
#: estate or block ("Kawasan Industri …", "Blok A1"), a neighbourhood unit ("RT 02").
INDONESIAN_ADDRESS_PART = re.compile(
    r"(?<![^\s,;|])(?:(?:Jl|Jln|Gg|Kec|Kel)\.|(?:Jalan|Kecamatan|Kelurahan|Desa|Kawasan|Blok"
    r"|Komplek|RT|RW)(?![\w.]))[^,;|\n]*?(?=[ \t]+(?:Kabupaten|Kab\.)[ \t]|[,;|\n]|$)"
)
#: "Kabupaten Karawang", "Kab. Bogor", "Kota Serang": a regency or a city, named after its town
#: (the word is dropped unless the two words name a town: "Kota Kinabalu").
INDONESIAN_REGENCY = re.compile(
    r"(?<![^\s,;|])(?:Kabupaten|Kab\.|Kota)[ \t]+(?P<town>[A-Z][\w'-]*)"
)
