"""Every regular expression jobparse uses, compiled once and grouped by concept.

Rules for adding one: it must run in linear time on any input (no nested or
adjacent quantifiers that can match the same characters, no unbounded
repetition inside a repeated group), and it belongs under the heading of the
concept it recognises. ``tests/test_patterns.py`` runs every pattern defined
here against adversarial strings with a time budget.

Python's ``re`` scans fast for a pattern that opens with one literal, but a
pattern that opens with ``\\b``, a case-insensitive alternation or a set of
words is tried at nearly every position. Such patterns are wrapped in
:class:`Prefiltered` or :class:`Anchored` with the literal words (*anchors*)
that every match holds; :func:`scan_anchors` finds the anchors of all of them
in one Aho-Corasick pass over a posting, and each pattern is tried only there.
The anchors must be complete: a test has Hypothesis write texts from each
wrapped regex and checks that the wrapper finds them (case-insensitive
patterns are anchored in lower, capitalised and upper case only).

A run that can give characters back is retried at each of them when what
follows fails; where what follows can never match those characters, the run
is written possessive (``*+``, Python 3.11+) and tested against its plain twin.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources

import ahocorasick_rs

#: Where one pattern's anchors are in a text: (start, rank, end) in order of start, where
#: rank is the anchor's place in the pattern's list (the first listed wins at one start).
Spans = Sequence[tuple[int, int, int]]

#: Every wrapped pattern, numbered in the order they are defined.
_ANCHORED: list[Prefiltered] = []


class Prefiltered:
    """A pattern tried only where one of its anchors (literal words) starts.

    Every match of *pattern* must begin with one of *anchors*. The pattern is
    tried at an anchor with ``match``, which sees the text before it, so a
    leading ``\\b`` still works. On its own a wrapped pattern finds its
    anchors with a regular expression; given the *spans* that
    :func:`scan_anchors` found for it in the same text, it uses those.
    """

    __slots__ = ("anchors", "number", "pattern", "starts")

    def __init__(self, pattern: re.Pattern[str], anchors: Iterable[str] | re.Pattern[str]) -> None:
        self.pattern = pattern
        if isinstance(anchors, re.Pattern):  # anchors no word list can give ("\\d{4}")
            self.anchors: tuple[str, ...] = ()
            self.starts = anchors
            self.number = -1  # not in the one-pass scan
            return
        self.anchors = tuple(anchors)
        if not self.anchors or not all(self.anchors):
            raise ValueError("a prefiltered pattern needs non-empty anchor words")
        # At one position the first listed anchor that matches wins, as in a regex.
        self.starts = re.compile("|".join(map(re.escape, self.anchors)))
        self.number = len(_ANCHORED)
        _ANCHORED.append(self)

    def _anchor_spans(
        self, text: str, pos: int, end: int, spans: Spans | None, cursor: list[int]
    ) -> Iterable[tuple[int, int, int]]:
        """The anchors in ``text[pos:end]``, left to right.

        The caller moves ``cursor[0]`` on between anchors (past a match, or one
        character) and skips anchors before it. Given *spans*, the ones in the
        range, found by bisection (a search in one sentence reads only its
        anchors); else a regex search from the cursor each time.
        """
        if spans is not None:
            return spans[
                bisect.bisect_left(spans, (pos, -1)) : bisect.bisect_left(spans, (end, -1))
            ]
        return self._searched_anchors(text, end, cursor)

    def _searched_anchors(
        self, text: str, end: int, cursor: list[int]
    ) -> Iterator[tuple[int, int, int]]:
        while (anchor := self.starts.search(text, cursor[0], end)) is not None:
            yield anchor.start(), 0, anchor.end()

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, *, spans: Spans | None = None
    ) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``: non-overlapping matches, left to right."""
        end = len(text) if endpos is None else endpos
        cursor = [pos]
        for start, _, stop in self._anchor_spans(text, pos, end, spans, cursor):
            if start < cursor[0] or stop > end:
                continue
            match = self.pattern.match(text, start, end)
            if match is None:
                cursor[0] = start + 1
                continue
            yield match
            cursor[0] = max(match.end(), start + 1)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, spans: Spans | None = None
    ) -> re.Match[str] | None:
        """Like ``re.Pattern.search``: the first match, or None."""
        return next(self.finditer(text, pos, endpos, spans=spans), None)


def both_cases(words: str) -> list[str]:
    """Each word in lower case and capitalised: anchors for ``[Jj]oin``-like patterns.

    >>> both_cases("join team")
    ['join', 'Join', 'team', 'Team']
    """
    return [variant for w in words.split() for variant in (w, w[:1].upper() + w[1:])]


def three_cases(words: str) -> list[str]:
    """Each word in lower case, capitalised and upper case: anchors for an IGNORECASE pattern.

    >>> three_cases("post")
    ['post', 'Post', 'POST']
    """
    return [variant for w in words.split() for variant in (w, w[:1].upper() + w[1:], w.upper())]


def one_of(words: str) -> Prefiltered:
    """Any of *words*, ending at a word boundary, anchored on the words themselves.

    >>> [m.group() for m in OWNED_NOUN.finditer("our values, cultures")]  # one_of(...)
    ['values']
    """
    listed = words.split()
    return Prefiltered(re.compile(rf"(?:{'|'.join(map(re.escape, listed))})\b"), listed)


#: Anything with ``finditer`` and ``search`` like a compiled pattern.
Searchable = re.Pattern[str] | Prefiltered


class Anchored(Prefiltered):
    """A pattern whose every match holds an anchor (a literal word) near its start.

    The anchor is found first; the pattern is searched only in a window around
    it, *before* characters back and *after* characters on. *before_words*
    sets another reach back for some anchors (the others open every match
    they are in, with ``before=0``). With *word_start*, the pattern (which
    then must begin at a word) is only tried, with ``match``, at the starts of
    the few words in the window before the anchor.
    """

    __slots__ = ("after", "before", "before_words", "word_start")

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchors: Iterable[str] | re.Pattern[str],
        *,
        before: int,
        after: int,
        word_start: bool = False,
        before_words: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(pattern, anchors)
        self.before = before
        self.after = after
        self.word_start = word_start
        self.before_words = dict(before_words or {})

    def _at_word_starts(self, text: str, low: int, anchor: int, end: int) -> re.Match[str] | None:
        """The leftmost match starting at a word start in ``[low, anchor]``."""
        position = low
        while position <= anchor:
            if position == 0 or not text[position - 1].isalnum():
                match = self.pattern.match(text, position, end)
                if match is not None:
                    return match
            space = text.find(" ", position, anchor)
            position = anchor if space == -1 else space + 1
            if space == -1:
                return self.pattern.match(text, anchor, end)
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, *, spans: Spans | None = None
    ) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, left to right, each holding an anchor."""
        end = len(text) if endpos is None else endpos
        cursor = [pos]
        for start, _, stop in self._anchor_spans(text, pos, end, spans, cursor):
            if start < cursor[0] or stop > end:
                continue
            window_end = min(end, stop + self.after)
            reach = (
                self.before_words.get(text[start:stop], self.before)
                if self.before_words
                else self.before
            )
            low = max(cursor[0], start - reach)
            if low == start:  # only a match opening at the anchor counts: no search
                match = self.pattern.match(text, start, window_end)
            elif self.word_start:
                match = self._at_word_starts(text, low, start, window_end)
            else:
                match = self.pattern.search(text, low, window_end)
            if match is None or match.start() > start:
                cursor[0] = stop
                continue
            yield match
            cursor[0] = max(match.end(), stop)


class _AnchorIndex:
    """One Aho-Corasick automaton over the anchors of every wrapped pattern."""

    def __init__(self, wrapped: Sequence[Prefiltered]) -> None:
        words: dict[str, list[tuple[int, int]]] = {}  # word -> [(pattern's place, rank)]
        for place, pattern in enumerate(wrapped):
            for rank, word in enumerate(pattern.anchors):
                words.setdefault(word, []).append((place, rank))
        self.owners = list(words.values())
        self.size = len(wrapped)
        # Two anchors of a pattern can start at one place only if one is a prefix of the other.
        self.ambiguous = frozenset(
            place
            for place, pattern in enumerate(wrapped)
            if any(a != b and b.startswith(a) for a in pattern.anchors for b in pattern.anchors)
        )
        self.automaton = ahocorasick_rs.AhoCorasick(
            list(words), implementation=ahocorasick_rs.Implementation.DFA
        )

    def scan(self, text: str) -> tuple[Spans, ...]:
        """Each pattern's anchor spans in *text*, in order of start (in *wrapped*'s order).

        Where several of a pattern's anchors start at one place, the first
        listed wins, as in the regular expression ``starts``.
        """
        found: dict[int, list[tuple[int, int, int]]] = {}  # place -> [(start, rank, end)]
        owners = self.owners
        for word, start, stop in self.automaton.find_matches_as_indexes(text, overlapping=True):
            for place, rank in owners[word]:
                hits = found.get(place)
                if hits is None:
                    found[place] = [(start, rank, stop)]
                else:
                    hits.append((start, rank, stop))
        spans: list[Spans] = [()] * self.size
        for place, hits in found.items():
            hits.sort()  # by start, then rank: the first hit at a start is the one that wins
            if place in self.ambiguous:
                hits = [hit for i, hit in enumerate(hits) if i == 0 or hits[i - 1][0] != hit[0]]
            spans[place] = hits
        return tuple(spans)


_index: _AnchorIndex | None = None


def scan_anchors(text: str) -> tuple[Spans, ...]:
    """Find the anchors of every wrapped pattern in *text* in one pass.

    The result is indexed by a pattern's ``number``: pass
    ``spans=result[pattern.number]`` to its ``finditer`` or ``search`` on the
    same *text*. Matches are the same as without it, found faster.

    >>> text = "We are hiring. Join us at Acme as a Robotics Engineer, you will ..."
    >>> spans = scan_anchors(text)[TITLE_AS.number]
    >>> [m.group("phrase") for m in TITLE_AS.finditer(text, spans=spans)]
    ['Robotics Engineer']
    """
    global _index
    if _index is None or _index.size != len(_ANCHORED):
        _index = _AnchorIndex(_ANCHORED)
    return _index.scan(text)


# ---------------------------------------------------------------------------
# Page structure: separators, page furniture, labels
# ---------------------------------------------------------------------------

#: A line that ends a posting: the "Apply" button rendered as a line of its own.
#: Patterns of whole lines are matched against the stripped line.
APPLY_LINE = re.compile(r"apply(?: now| here)?", re.IGNORECASE)

#: The last line of a career site's header: the search box label.
HEADER_END = re.compile(
    r"search[ \t]+(?:opportunities|jobs|positions|postings|openings|careers)", re.IGNORECASE
)

#: Header and footer lines of career sites, never part of a posting (searched in a
#: stripped line of at most a few hundred characters).
FURNITURE_LINE = re.compile(
    r"""
        ^skip\ to\                                               # accessibility skip links
      | \b(?:career|careers|job|jobs)\ (?:website|site|board|page|portal)$  # the site title
      | \bnot\ accepting\ applications\b                        # closed-board notice
      | ^here\ we\ (?:highlight|list|feature|present|share)\b      # a board's intro paragraph
      | \bhow\ to\ post\ an?\ (?:opportunity|job|position|opening)\b
      | ^successful\ page\ load$
      | \buses\ cookies\b
      | ^accept\ cookies$
      | \blogo\ above\ may\ be\ used\b
      | ^(?:©|\(c\)|copyright)\s
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: The "Location" label that precedes a location line.
LOCATION_LABEL = re.compile(r"(?:job\ )?locations?\ *[:\-–]?\ *", re.IGNORECASE | re.VERBOSE)

#: The "Description" label that precedes a posting's text.
DESCRIPTION_LABEL = re.compile(
    r"(?:job\ )?description\ *[:\-–]?(?:\ +|$)", re.IGNORECASE | re.VERBOSE
)

#: Sentence-ending punctuation at the end of a line (a location line has none).
SENTENCE_END = re.compile(r"[.!?:;]\s*$")

#: A four-digit year from 1990 to 2099.
YEAR = re.compile(r"\b(?:199\d|20\d\d)\b")

#: Where a sentence may end: terminal punctuation before white space, a line
#: break, or an inline bullet.
#: (It opens with a set of characters, which ``re`` scans for fast; it is a stop when
#: that character is ``.``, ``!`` or ``?``.)
SENTENCE_BREAK = re.compile(r"[.!?\n•·▪●◦](?:(?<=[.!?])[\"”’')\]]?(?=\s)|(?<![.!?]))\s*")

# ---------------------------------------------------------------------------
# HTML pages
# ---------------------------------------------------------------------------

#: The opening of an HTML document (told from text by content, not by name).
HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|section|main)\b",
    re.IGNORECASE | re.DOTALL,
)

#: An inline style that hides an element from visitors.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: A word character: the first and the last one bound a control's label ("› Apply now ›").
WORD_CHARACTER = re.compile(r"\w")

#: Headings of sidebars that list other jobs, not this page's posting.
RELATED_JOBS = re.compile(
    r"\b(?:similar|related|recommended|other|more)\s+(?:jobs|positions|roles|openings|postings)\b"
    r"|\bpeople\s+also\s+(?:viewed|applied)\b|\byou\s+may\s+also\s+like\b",
    re.IGNORECASE,
)

#: A street and house number in an address: "Nelkenweg 6a", "Georg Schumann-Str. 294",
#: "221 Baker Street", "Rue de Rivoli 12", "Calle Mayor 5": the part of a place line
#: that names no place.
STREET = re.compile(
    r"(?i:(?:stra(?:ss|ß)e|str\.|weg|platz|allee|gasse|damm|ufer|straat|laan|gracht|plein"
    r"|vej|gatan|gata|gade)\s*\d+)"
    r"|\b\d+[a-zA-Z]?\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?i:street|st\.?|road|rd\.?|avenue|ave\.?"
    r"|lane|ln\.?|boulevard|blvd\.?|drive|dr\.?|way|place|pl\.?|square|court|ct\.?)(?!\w)"
    r"|\b(?i:rue|via|viale|calle|avenida|av\.|rua|plaza|piazza|corso|praça)\s+[^,;|\n]{0,40}\d"
)
#: A part of a place list between its separators.
PLACE_LIST_PART = re.compile(r"[^,;|\n]+")

#: Where a job title's own segments part: a spaced dash or bar, a bracket, a slash.
TITLE_SEGMENTS = re.compile(r"\s[-–—|/]\s|[()\[\]]")
#: A town at the end of a job title after "in": "Werkstudent (m/w/d) in Hamburg".
TITLE_IN_TOWN = re.compile(r"\bin\s+(?P<town>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})\s*$")

#: Separators in a page title: "Research Scientist | Fjord Labs".
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|–—-]|::)\s+")

#: " at " before a capital in a page title: "Staff Robotics Engineer at Tidewater Robotics".
#: (It starts only where a run of spaces starts: each run is read once.)
TITLE_AT = re.compile(r"(?<!\s)\s+at\s+(?=[A-Z])")
#: What may follow TITLE_AT to the end of the title to be a company's name.
TITLE_COMPANY = re.compile(r"[A-Z][^|–—\n]{1,60}")

#: JSON-LD repairs, tried only on a block that does not parse. A JSON string (its closing
#: quote may be missing) comes first in each, so nothing inside a string is touched.
_JSON_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"?'
#: A string, or what JSON does not allow outside one: the opening of a block comment
#: (its end is found with ``str.find``), a line comment, HTML comment and CDATA wrappers.
JSON_NOISE = re.compile(rf"{_JSON_STRING}|/\*|//[^\n]*|<!--|-->|<!\[CDATA\[|\]\]>", re.DOTALL)
#: A string, or a comma before a closing bracket (group 1: the bracket and the space before).
JSON_TRAILING_COMMA = re.compile(rf"{_JSON_STRING}|,(\s*[}}\]])", re.DOTALL)
#: A ``\uD800``-``\uDFFF`` escape: the loaded text may hold a lone surrogate.
JSON_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

# ---------------------------------------------------------------------------
# Contacts: e-mail addresses and URLs
# ---------------------------------------------------------------------------

#: The local part of an e-mail address, anchored at its end (just before the ``@``).
EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}\Z")

#: The domain of an e-mail address, matched just after the ``@``.
EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)+"
)

#: A URL written in text: a scheme or ``www.`` and everything up to white space.
URL = Prefiltered(
    re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE), three_cases("http www.")
)

#: Punctuation that ends a sentence rather than a URL.
URL_TRAILING_PUNCTUATION = ".,;:!?'\"*»”’"

# ---------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------

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
    r"\b(?:based|located|headquartered|situated)\s+(?:in|at)\s+(?:our\s+|the\s+)?"
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

# ---------------------------------------------------------------------------
# Company
# ---------------------------------------------------------------------------

#: Whether ``re`` has possessive repeats (Python 3.11+): a run that never gives back
#: what it matched, where giving back could never help; the same matches, found faster.
_POSSESSIVE = sys.version_info >= (3, 11)
#: Any number of a set, possessive where ``re`` allows it, else a plain greedy run.
_ALL = "*+" if _POSSESSIVE else "*"


def _name_word(run: str) -> str:
    """One word of an organisation's name: capitalised, maybe with a domain ("Helm.ai")."""
    return (
        rf"(?:[A-Z][\w&\-]{run}(?:[|/][A-Z][\w&\-]{run})?"
        r"(?:\.(?:ai|io|com|co|org|net|tech|app|dev)\b)?|&)"
    )


#: A legal-form suffix: "Kitware, Inc.", "Acme GmbH".
_LEGAL_FORMS = r"Inc|Ltd|LLC|GmbH|Corp|PLC|AG|S\.A|B\.V|SAS|SARL|S\.L|S\.p\.A|S\.r\.l|Oy|ApS"
#: The legal forms as written, for a quick look at a name's last word.
LEGAL_FORMS = frozenset(_LEGAL_FORMS.replace("\\", "").split("|"))
_LEGAL_SUFFIX = rf"(?:(?:,|(?<![ \t,]))[ \t]+(?:{_LEGAL_FORMS})\.?(?![\w]))?"
#: A legal form at the end of a name, to strip it: "Kitware, Inc." -> "Kitware".
LEGAL_SUFFIX_AT_END = re.compile(rf"{_LEGAL_SUFFIX}$")

#: Lower-case words that may stand inside an organisation's name: "University of Oxford".
NAME_CONNECTORS = ("of", "and", "for", "de", "du", "la", "der", "des", "di")


def _org_name(run: str) -> str:
    """Up to seven name words (their runs *run*), maybe joined by connectors, and a legal form."""
    word = _name_word(run)
    connector = "|".join(NAME_CONNECTORS)
    return rf"{word}(?:[ \t]+(?:(?:{connector})[ \t]+)?{word}){{0,6}}{_LEGAL_SUFFIX}"


#: An organisation's name: capitalised words, joined by "of", "and", "&", "for", "de".
ORG_NAME = _org_name("*")

#: ORG_NAME whose words never give letters back: the same matches as ORG_NAME
#: where what follows the name cannot start with a word character, "&" or "-"
#: (a space, a comma, the end), without backtracking through every letter.
_ORG_NAME_RIGID = _org_name(_ALL)

#: The first word of ORG_NAME, opening with a set of characters (which ``re`` scans for
#: fast) and looking back past it for the start of a word.
_FIRST_NAME_WORD = (
    rf"[A-Z&](?<![\w&\-].)(?:(?<=&)|(?<=[A-Z])[\w&\-]{_ALL}(?:[|/][A-Z][\w&\-]{_ALL})?"
    r"(?:\.(?:ai|io|com|co|org|net|tech|app|dev)\b)?)"
)

#: An organisation's name ending exactly where the search window ends (``endpos``):
#: signals are found by their cheap, literal part first, then the name before it.
ORG_NAME_BEFORE = re.compile(
    rf"(?P<name>{_FIRST_NAME_WORD}{_ORG_NAME_RIGID[len(_name_word(_ALL)) :]})\Z"
)

#: An organisation's name starting exactly at ``pos``.
ORG_NAME_AFTER = re.compile(rf"(?P<name>{_ORG_NAME_RIGID})")

#: What follows a name in "Amazon's", "Microsoft’s mission".
POSSESSIVE_SUFFIX = Prefiltered(re.compile(r"['’]s\b"), ["'s", "’s"])

#: The verb of a hiring sentence ("... is seeking"), found first: a plain literal search.
HIRING_VERB = one_of("looking seeking hiring searching recruiting")
#: What stands between a hiring name and its verb: " (MSR NYC) is ", " are currently ".
HIRING_LINK_BEFORE = re.compile(
    r"(?<!\s)(?:\s+\([A-Z][\w&]{1,9}(?:\s[A-Z][\w&]{1,9})?\))?\s+(?:is|are)\s+"
    r"(?:currently\s+|now\s+|always\s+|actively\s+)?\Z"
)

#: What a name owns that only a company has: "ASML products" (the noun, found first).
OWNED_NOUN = one_of("products customers employees values culture")

#: Words that give a name an organisation's shape, found first (see ORG_SHAPE_WORDS).
SHAPE_WORD = one_of(
    """
    University College Institute Inc Ltd LLC GmbH AG SA PLC Labs Laboratory Laboratories
    Corporation Corp Technologies Industries Robotics Research
    """
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

#: A defined acronym: "(MSRA)", "(MSR NYC)".
ACRONYM = re.compile(r"\((?P<acronym>[A-Z][\w&]{1,9}(?:\s[A-Z][\w&]{1,9})?)\)")


#: "At Qualcomm AI Research, we ...", at the start of a sentence.
COMPANY_AT = re.compile(
    rf"(?:(?:Here|here)\s+at|At|at|Chez|chez|Bei|bei|Bij|bij|Presso|presso|En|Em)\s+(?:the\s+)?"
    rf"(?P<name>{ORG_NAME})\s*,"
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

#: "Our startup, Perceptive Robotics, is hiring": an organisation named in apposition.
COMPANY_APPOSITIVE = Prefiltered(
    re.compile(
        rf"(?:startup|company|lab|laboratory|firm|organi[sz]ation|employer)"
        rf"[ \t]*,[ \t]*(?P<name>{ORG_NAME})[ \t]*,"
    ),
    "startup company lab firm organization organisation employer".split(),
)

#: A labelled employer: "Company: Lumina Labs".
COMPANY_LABEL = re.compile(
    rf"(?:[Cc]ompany|[Ee]mployer|[Oo]rgani[sz]ation|[Hh]iring [Oo]rgani[sz]ation)[ \t]*[:\-–][ \t]*"
    rf"(?P<name>{ORG_NAME})"
)

#: "Wayve is a leader", "Helm.ai builds", "Amazon is looking for": a name as subject.
#: Matched (``.match``) where a subject may start: a sentence's start, and after a
#: colon or an introductory phrase's comma.
COMPANY_SUBJECT = re.compile(
    rf"(?<![\w&\-])(?:The\s+)?(?P<name>{_ORG_NAME_RIGID})(?:\s+\((?P<acronym>[A-Z][\w&]{{1,9}}(?:\s[A-Z][\w&]{{1,9}})?)\))?"
    # "Acme Robotics in Berlin, Germany is seeking": a place between a hiring name and its verb.
    r"(?:\s+in\s+[A-Z][\w'’.\-]*(?:,?[ \t]+[A-Z][\w'’.\-]*){0,2}"
    r"(?=\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring|searching|recruiting)))?"
    r"\s+(?P<verb>is|are|was|has|have|builds|develops|creates|designs|makes|provides|offers|helps|"
    r"enables|powers|delivers|brings?|operates|leads|pioneers|combines|speciali[sz]es|focuses|"
    r"believes|invents|empowers|aims|strives|seeks|hires|employs|serves|produces|manufactures|"
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


#: "We’re Anthropic, an AI safety company".
_COMPANY_WE_ARE = re.compile(rf"\bWe(?:'re|’re|\s+are)\s+(?P<name>{ORG_NAME})\s*[,(—–-]")

#: "Prof. Jane Doe": a person's name follows these.
PERSON_TITLE_BEFORE = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Mx|Sir)\.?\s+$")

#: "Join Wayve", "bring to Wayve", "joining the B Garage team", "Join us at Ring AI team".
#: (Literal, case-spelled alternatives and no leading ``\\b``: the engine can skip ahead.)
_COMPANY_JOIN = re.compile(
    r"(?:[Jj]oin(?:ing)?(?:\s+us\s+at)?|[Bb]ring\s+to|[Ww]ork(?:ing)?\s+(?:with\s+us\s+)?(?:at|for)|"
    rf"[Cc]areers?\s+at|[Ll]ife\s+at|[Tt]eam\s+at)\s+(?:the\s+)?(?P<name>{ORG_NAME})"
)
COMPANY_JOIN = Prefiltered(_COMPANY_JOIN, both_cases("join bring work career life team"))
COMPANY_WE_ARE = Prefiltered(_COMPANY_WE_ARE, ["We"])


#: "the Helm proprietary toolkit": ownership words after a name.
_COMPANY_OWNERSHIP = re.compile(
    rf"\bthe\s+(?P<name>{ORG_NAME})\s+(?:proprietary|patented|in-house)\b"
)
COMPANY_OWNERSHIP = Anchored(
    _COMPANY_OWNERSHIP, ["proprietary", "patented", "in-house"], before=150, after=1
)


#: Words that make a name an organisation's wherever they stand ("Trinity College Dublin").
ORG_SHAPE_WORDS = frozenset(["university", "college", "institute"])
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

# ---------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------

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

#: The words of a title phrase ("Sr.", "ML/AI", "C++" stay whole).
TITLE_WORD = re.compile(r"[\w&/.+\-]+")

#: Role words in a title that give its employment type.
TITLE_POSTDOC = re.compile(r"\bpost-?doc", re.IGNORECASE)
TITLE_PHD = re.compile(r"\b(?:ph\.?\s?d|doctoral)\b", re.IGNORECASE)
TITLE_INTERN = re.compile(r"\bintern(?:ship)?\b", re.IGNORECASE)

#: A labelled title: "Job Title: Research Engineer".
TITLE_LABEL = re.compile(
    r"^(?:job\s+title|position\s+title|title|position|role|job)\s*[:\-–]\s*(?P<title>[^\n.;:]{3,80})",
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

#: "seeking a/an ...", "looking for ...", "position is for an ...", "role of ...".
_TITLE_TRIGGER = re.compile(
    r"\b(?P<trigger>seek(?:s|ing)?|looking[ \t]+for|searching[ \t]+for|in[ \t]+search[ \t]+of|"
    r"applications[ \t]+(?:are[ \t]+invited[ \t]+)?for"
    r"(?:[ \t]+the[ \t]+(?:position|role)[ \t]+of)?|"
    r"are[ \t]+you[ \t]+an?|"
    r"(?:is|are|we're|we[ \t]+are|now)[ \t]+(?:hiring|recruiting)|"
    r"(?:position|role|opening|vacancy|opportunity)[ \t]+(?:is[ \t]+for|of|as|for)|"
    r"join[ \t]+(?:us|our[ \t]+team|the[ \t]+team)[ \t]+as|hire[ \t]+(?:an?|the))[ \t]+",
    re.IGNORECASE,
)
_TITLE_TRIGGER_WORDS = """
    seek looking searching hiring recruiting position role opening vacanc opportunit join hire
    applications
"""
_TITLE_TRIGGER_SEARCH = [f"{space}{word}" for space in " \t" for word in ("search", "Search")]
TITLE_TRIGGER = Anchored(
    _TITLE_TRIGGER,
    # "in search of": the word after a space (bare "search" is in every "Research").
    [*both_cases(_TITLE_TRIGGER_WORDS), "are you", "Are you", *_TITLE_TRIGGER_SEARCH],
    before=0,  # a trigger opens with its anchor ...
    # ... but "we are hiring", "is recruiting", "in search of".
    before_words=dict.fromkeys([*both_cases("hiring recruiting"), *_TITLE_TRIGGER_SEARCH], 12),
    after=40,
    word_start=True,
)

#: "VP of Engineering", "Head of Perception": titles whose role word comes first.
LEADERSHIP_TITLE = re.compile(
    r"\b(?:(?:Senior|Associate|Deputy)\s+)?(?:VP|SVP|EVP|Vice\s+President|Head|Director|"
    r"Chief\s+[A-Z]\w+\s+Officer)\s+of\s+[A-Z][\w&]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,3}"
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

# ---------------------------------------------------------------------------
# Employment type
# ---------------------------------------------------------------------------

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
    r"part[- ]time|graduate|undergraduate|phd|\d+[- ]month)\s+internship\b(?!s)"
    r"|\binternship\s+(?:position|role|program|programme|opportunity|duration|period|dates)\b",
    re.IGNORECASE,
)
EMPLOYMENT_INTERNSHIP = Anchored(
    _EMPLOYMENT_INTERNSHIP, three_cases("internship"), before=30, after=30
)
_EMPLOYMENT_PART_TIME = re.compile(
    r"\b(?:is\s+an?|an?|this)\s+part[- ]time\s+(?:position|role|job|opportunity|contract)\b"
    r"|\bemployment\s+type\s*[:\-–]?\s*part[- ]time\b",
    re.IGNORECASE,
)
EMPLOYMENT_PART_TIME = Anchored(_EMPLOYMENT_PART_TIME, three_cases("part"), before=30, after=60)
_EMPLOYMENT_CONTRACT = re.compile(
    r"\b(?:(?:is\s+an?|an?|this)\s+)?(?:\d{1,2}[- ](?:month|year)\s+)?"
    r"(?:contract|freelance)\s+(?:position|role|job|opportunity|engagement)\b"
    r"|\bcontractor\s+(?:position|role)\b"
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
    r"|\bemployment\s+type\s*[:\-–]?\s*(?:temporary|fixed[- ]term)\b",
    re.IGNORECASE,
)
EMPLOYMENT_TEMPORARY = Anchored(
    _EMPLOYMENT_TEMPORARY, both_cases("fixed temporary"), before=30, after=60
)
_EMPLOYMENT_FULL_TIME = re.compile(
    r"\b(?:is\s+an?|an?|this)\s+full[- ]time\s+(?:position|role|job|opportunity|permanent|"
    r"employee\s+position)\b|\bemployment\s+type\s*[:\-–]?\s*full[- ]time\b"
    r"|\bfull[- ]time,?\s+permanent\b|\bhiring\s+(?:for\s+)?full[- ]time\b",
    re.IGNORECASE,
)
EMPLOYMENT_FULL_TIME = Anchored(
    _EMPLOYMENT_FULL_TIME, [*three_cases("full"), *both_cases("hiring")], before=30, after=60
)


def _hiring_verbs() -> list[str]:
    data = json.loads(
        resources.files("jobparse").joinpath("data/job_words.json").read_text(encoding="utf-8")
    )
    return list(data["hiring_verbs"])


#: A hiring verb of the other languages ("recrute", "sucht", "busca"): a text without one
#: holds no hiring sentence of ``jobparse.fields.hiring``.
FOREIGN_HIRING_VERB = Prefiltered(
    re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, _hiring_verbs())) + r")(?![^\W_])"),
    _hiring_verbs(),
)


def _employment_words() -> dict[str, str]:
    """Employment words of the other languages (``employment_statements`` of job_words.json).

    Each phrase in lower case, also without its accents, maps to its kind.
    """
    data = json.loads(
        resources.files("jobparse").joinpath("data/job_words.json").read_text(encoding="utf-8")
    )
    kinds: dict[str, str] = {}
    for kind, phrases in data["employment_statements"].items():
        for phrase in phrases:
            for form in (phrase.casefold(), _without_accents(phrase.casefold())):
                kinds.setdefault(form, kind)
    return kinds


def _without_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: Kind of employment of each word of EMPLOYMENT_WORDS, by its lower-case form.
EMPLOYMENT_WORD_KINDS = _employment_words()
#: "Vollzeit", "temps plein", "en prácticas", "befristet": employment words of the other
#: languages, whole words, found at their own letters by the one-pass scan.
EMPLOYMENT_WORDS = Prefiltered(
    re.compile(
        r"(?<![^\W_])(?:"
        + "|".join(map(re.escape, sorted(EMPLOYMENT_WORD_KINDS, key=len, reverse=True)))
        + r")(?![^\W_])",
        re.IGNORECASE,
    ),
    sorted(
        {form for w in EMPLOYMENT_WORD_KINDS for form in (w, w[:1].upper() + w[1:], w.upper())},
        key=len,
        reverse=True,
    ),
)

# ---------------------------------------------------------------------------
# Dates and deadlines
# ---------------------------------------------------------------------------


def _foreign_months() -> dict[str, int]:
    """Month names of the other languages (``data/months.json``): name -> month number."""
    table = json.loads(
        resources.files("jobparse").joinpath("data/months.json").read_text(encoding="utf-8")
    )
    return {name: int(number) for number, names in table["months"].items() for name in names}


#: German, French, Spanish, Dutch, Italian and Portuguese month names, in full.
FOREIGN_MONTHS = _foreign_months()
_FOREIGN_MONTH = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    rf"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|{_FOREIGN_MONTH})"
    r"(?![^\W\d_])\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th|er|º|°|ª)?"  # "1er mars", "1º de mayo"

#: A calendar date in the ways postings write them; named groups say which way.
_DATE = re.compile(
    rf"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0?[1-9]|1[0-2])-(?P<id>[12]\d|3[01]|0?[1-9])"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:(?:\s*,\s*|\s+)(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|(?P<d2>{_DAY})\.?(?:\s+of|\s+de)?\s+(?P<m2>{_MONTH})(?:\s+de)?"
    r"(?:\s*,?\s*(?P<y2>(?:19|20)\d\d)\b)?"
    rf"|(?P<n1>\d{{1,2}})[./](?P<n2>\d{{1,2}})[./](?P<n3>(?:19|20)\d\d)\b)",
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
    ],
    before=12,
    after=24,
)

#: Words before a date that make it an application deadline.
APPLICATION_CUE = re.compile(
    r"\b(?:deadline|apply\s+(?:by|before|until|no\s+later)|applications?\s+(?:\w+\s+){0,3}?"
    r"(?:due|close|closes|closing|accepted|received|considered|submitted|open\s+until)|"
    r"(?:posting|position|vacancy|role|job|offer)\s+(?:is\s+)?open\s+until|posted\s+until|"
    r"closing\s+date|closes?\s+on|submit(?:ted)?\s+(?:\w+\s+){0,3}?(?:by|before)|"
    r"no\s+later\s+than|last\s+(?:date|day)\s+to\s+apply|application\s+window|"
    r"review\s+of\s+applications\s+(?:begins|starts|will\s+(?:begin|start))(?:\s+on)?|"
    # German, French, Spanish, Dutch, Italian, Portuguese:
    r"bewerbungs(?:schluss|frist)|einsendeschluss|bewerben\s+(?:bis|vor)|"
    r"bewerbungen\s+(?:bis|vor)|"
    r"date\s+limite|(?:postuler|candidater|candidatures?)\s+(?:avant|jusqu'au)(?:\s+le)?|"
    r"fecha\s+l[ií]mite|fecha\s+de\s+cierre|plazo(?:\s+de\s+postulaci[oó]n)?|postula\w*\s+hasta|"
    r"sluitingsdatum|reage(?:er|ren)\s+(?:v[oó][oó]r|tot)|sollicite(?:er|ren)\s+(?:v[oó][oó]r|tot)|"
    r"scadenza|candidature\s+entro|entro\s+il|prazo(?:\s+de\s+candidatura)?|inscri[çc][õo]es\s+at[ée]|candidaturas?\s+at[ée])\b",
    re.IGNORECASE,
)
#: Words before a date that make it a start date.
START_CUE = re.compile(
    r"\b(?:start(?:ing)?\s+date|start(?:s|ing)?(?:\s+(?:on|from|in|at|by))?|commenc\w*|"
    r"begin(?:s|ning)?(?:\s+(?:on|from))?|available\s+from|earliest\s+start|onboard\w*|"
    # German, French, Spanish, Dutch, Italian, Portuguese:
    r"(?:eintritts|start)termin|eintrittsdatum|arbeitsbeginn|dienstantritt|beginn|"
    r"date\s+de\s+d[ée]but|d[ée]but(?:\s+du\s+poste)?|prise\s+de\s+poste|[àa]\s+partir\s+du|"
    r"fecha\s+de\s+(?:inicio|incorporaci[oó]n)|incorporaci[oó]n|a\s+partir\s+del|"
    r"startdatum|ingangsdatum|vanaf|data\s+di\s+inizio|a\s+partire\s+dal|"
    r"data\s+de\s+in[íi]cio|a\s+partir\s+de)\b",
    re.IGNORECASE,
)
#: Words before a date that make it no event for a calendar.
NOT_AN_EVENT_CUE = re.compile(
    r"\b(?:posted|published|updated|modified|born|copyright|founded|established|since|as\s+of|"
    r"online\s+seit|ver[öo]ffentlicht|aktualisiert|publi[ée]e?|mis\s+en\s+ligne|publicad[oa]|"
    r"gepubliceerd|pubblicat[oa]|postado)\b",
    re.IGNORECASE,
)

#: Words that make a "start" the start of reviewing applications, not of the job.
REVIEW_WORDS = re.compile(r"\b(?:applications?|review\w*|screening|consideration)\b", re.IGNORECASE)

#: "... by" just before a date, and words about applying: "send your CV by 1 March".
BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
APPLYING_WORDS = re.compile(r"\b(?:appl\w*|submi\w*|send|cv|resume|nominat\w*)\b", re.IGNORECASE)

#: Applications reviewed as they come, or until the post is filled.
_ROLLING = re.compile(
    r"\brolling\s+(?:basis|admissions?|review|deadline)\b|\bon\s+a\s+rolling\b"
    r"|\buntil\s+(?:the\s+)?(?:position|role|post|vacancy|job|positions)\s+(?:is|are|has\s+been|have\s+been)\s+filled\b"
    r"|\b(?:open\s+)?until\s+filled\b|\bas\s+(?:they\s+are\s+)?received\b"
    r"|\breviewed\s+continuously\b|\bcontinuous(?:ly)?\s+review",
    re.IGNORECASE,
)
ROLLING = Anchored(_ROLLING, both_cases("rolling until received continu"), before=40, after=60)

# ---------------------------------------------------------------------------
# Text normalisation
# ---------------------------------------------------------------------------

#: Runs of horizontal white space (no newlines).
HSPACE = re.compile(r"[^\S\n]+")


#: Runs of characters that are not word characters (for content hashing).
NOT_WORD = re.compile(r"\W+")

#: Runs of any white space (HTML text flows: a newline in the source is a space).
WHITESPACE = re.compile(r"\s+")

#: Spaces around a line break, and three or more line breaks. (A match starts only where
#: a run of spaces starts, so a long run without a line break is read once, not per space.)
LINE_EDGES = re.compile(r"(?<![ \t])[ \t]*\n[ \t]*")
BLANK_RUNS = re.compile(r"\n{3,}")

#: A word of working remotely, in the languages of the vocabulary.
REMOTE_WORD = re.compile(
    r"\b(?:remote|telecommute|home[ -]?office|work from home|teletrabajo|remoto|t[ée]l[ée]travail|"
    r"thuiswerk|smart working|da remoto)\b",
    re.IGNORECASE,
)

#: What a card's line holds that a company's name never does: figures of a salary or date,
#: the separators of a meta line ("Lager · Hamburg"), a "posted" note.
CARD_NOT_COMPANY = re.compile(
    r"[\d$€£¥·•|]|\b(?:posted|published|updated|salary|per\s+(?:hour|annum|year|month))\b",
    re.IGNORECASE,
)

#: Three digits in a row: a text without them holds no postal code.
THREE_DIGITS = re.compile(r"\d{3}")
#: A postal code: five digits, maybe split 3 + 2 ("SE-701 82"), or Dutch 4 digits and 2
#: capitals ("9747 AG"). The town is read beside it (TOWN_AFTER_CODE, TOWN_STATE_BEFORE_ZIP).
POSTAL_CODE = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}[- ])?(?:\d{3} ?\d{2}|\d{4} ?[A-Z]{2})(?![\w-])")
#: The town after a European postal code ("72072 Tübingen", "F-69002 Lyon").
TOWN_AFTER_CODE = re.compile(r"(?<!\s)\s+(?P<town>[A-ZÄÖÜÅÉ][^\W\d_]+(?:[ \t-][A-ZÄÖÜ][^\W\d_]+)?)")
#: A US town and state just before a ZIP code ("Portland, OR 97209").
TOWN_STATE_BEFORE_ZIP = re.compile(
    r"(?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),\s+(?P<state>[A-Z]{2})\s+\Z"
)

#: A postal address's town: after a European postal code ("72072 Tübingen", "SE-701 82
#: Örebro", "F-69002 Lyon"), or before a US state and ZIP code ("Portland, OR 97209").
POSTAL_TOWN = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,2}[- ])?\d{3} ?\d{2}[ \t]+"
    r"(?P<town>[A-ZÄÖÜÅÉ][^\W\d_]+(?:[ \t-][A-ZÄÖÜ][^\W\d_]+)?)"
    r"|(?P<us_town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+(?P<state>[A-Z]{2})[ \t]+\d{5}\b"
)

#: A capitalised word ("Wayve", "DeepSpeed", "Helm.ai"); no leading \b, so it scans fast.
CAPITALISED_WORD = re.compile(r"[A-Z][\w\-]*(?:\.ai)?")
