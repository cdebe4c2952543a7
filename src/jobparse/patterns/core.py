"""The engine of the patterns: wrapped patterns tried only at their anchor words.

:class:`Prefiltered` and :class:`Anchored` patterns, and :func:`scan_anchors`,
the one-pass Aho-Corasick scan for the anchors of all of them (see the
package's docstring).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

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

    __slots__ = ("_starts", "anchors", "number", "pattern")

    def __init__(self, pattern: re.Pattern[str], anchors: Iterable[str] | re.Pattern[str]) -> None:
        self.pattern = pattern
        if isinstance(anchors, re.Pattern):  # anchors no word list can give ("\\d{4}")
            self.anchors: tuple[str, ...] = ()
            self._starts: re.Pattern[str] | None = anchors
            self.number = -1  # not in the one-pass scan
            return
        self.anchors = tuple(anchors)
        if not self.anchors or not all(self.anchors):
            raise ValueError("a prefiltered pattern needs non-empty anchor words")
        self._starts = None  # compiled when first needed: the one-pass scan finds the anchors
        self.number = len(_ANCHORED)
        _ANCHORED.append(self)

    @property
    def starts(self) -> re.Pattern[str]:
        """The anchors as one pattern, for a search without the one-pass scan's spans.

        At one position the first listed anchor that matches wins, as in a regex.
        Compiling it costs start-up (15 ms for the employment words' thousand
        forms), and most runs never search without spans.
        """
        if self._starts is None:
            self._starts = re.compile("|".join(map(re.escape, self.anchors)))
        return self._starts

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
        for start, _, _stop in self._anchor_spans(text, pos, end, spans, cursor):
            # An anchor may run past *end* where a shorter word of the pattern does not:
            # "Assegnista Di Ricerca" cut after "Assegnista" still holds "Assegnista".
            if start < cursor[0] or start >= end:
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


#: The most words of a phrase whose every mix of capitalised words is a form of it.
_MAX_MIXED_WORDS = 4


def case_forms(phrase: str) -> list[str]:
    """The ways a lower-case phrase is written: each word lower case or capitalised, or capitals.

    Anchors and alternatives of a pattern that matches exactly these forms: a
    case-blind pattern would match forms ("en STAGE") its anchors never find.

    >>> case_forms("en stage")
    ['en stage', 'en Stage', 'En stage', 'En Stage', 'EN STAGE']
    """
    parts = re.split(r"([ \t-])", phrase)  # words at even places, their separators between
    words = parts[::2]
    if len(words) > _MAX_MIXED_WORDS:
        choices = [[False] * len(words), [True] + [False] * (len(words) - 1), [True] * len(words)]
    else:
        choices = [[bool(bits >> (len(words) - 1 - i) & 1) for i in range(len(words))]
                   for bits in range(2 ** len(words))]  # fmt: skip
    forms: list[str] = []
    for capitals in choices:
        written = [
            w[:1].upper() + w[1:] if up else w for w, up in zip(words, capitals, strict=True)
        ]
        parts[::2] = written
        form = "".join(parts)
        if form not in forms:
            forms.append(form)
    if phrase.upper() not in forms:
        forms.append(phrase.upper())
    return forms


def one_of(words: str) -> Prefiltered:
    """Any of *words*, ending at a word boundary, anchored on the words themselves.

    >>> from jobparse.patterns import OWNED_NOUN
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
                # Past this anchor's start only: an anchor inside it (" search" holds
                # "searching") may still open a match.
                cursor[0] = start + 1
                continue
            yield match
            cursor[0] = max(match.end(), stop)


def _has_prefix_pair(words: Sequence[str]) -> bool:
    """Whether one of *words* begins another: in sorted order, it then begins the next one.

    >>> _has_prefix_pair(["hiring", "hired"]), _has_prefix_pair(["hire", "west", "hired"])
    (False, True)
    """
    ordered = sorted(set(words))
    return any(later.startswith(word) for word, later in itertools.pairwise(ordered))


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
            place for place, pattern in enumerate(wrapped) if _has_prefix_pair(pattern.anchors)
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
    >>> from jobparse.patterns import TITLE_AS
    >>> spans = scan_anchors(text)[TITLE_AS.number]
    >>> [m.group("phrase") for m in TITLE_AS.finditer(text, spans=spans)]
    ['Robotics Engineer']
    """
    global _index
    if _index is None or _index.size != len(_ANCHORED):
        _index = _AnchorIndex(_ANCHORED)
    return _index.scan(text)
