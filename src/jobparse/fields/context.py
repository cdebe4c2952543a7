"""The shared, prepared text of one posting that every field heuristic reads.

A posting is prepared once: its sentences are cut, its e-mail addresses and
URLs found, the anchors of every prefiltered pattern located in one pass; the
field modules read these instead of re-scanning the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from jobparse import patterns
from jobparse.fields.contacts import extract_emails, extract_urls

__all__ = [
    "MAX_ANALYSED_CHARS",
    "PostingText",
    "Sentence",
    "reads_as_english",
    "split_sentences",
]

#: How much of a posting's text the heuristics read (the description keeps it all).
MAX_ANALYSED_CHARS = 100_000

#: Words that end with a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """
    sr jr dr prof mr mrs ms st inc ltd co corp e.g i.e etc vs no approx dept univ u.s u.k
    ph.d b.sc m.sc b.s m.s fig al mt ft jan feb mar apr jun jul aug sep sept oct nov dec
    pte pty pvt sdn bhd
    """.split()
)


class Sentence(NamedTuple):
    """A sentence of the posting: its text and where it starts in the posting text."""

    text: str
    start: int
    paragraph: int

    @property
    def end(self) -> int:
        """Where the sentence ends in the posting text."""
        return self.start + len(self.text)


_ABBREVIATION_WINDOW = 12  # longer than any abbreviation
_LONGER_THAN_ANY_ABBREVIATION = max(map(len, _ABBREVIATIONS)) + 1
_WORD_OPENERS = "(\"'“"  # marks that open a word: "(e.g." is "e.g."
_WORD_OPENER = re.compile(r"[(\"'“]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word ending at ``text[dot]`` (a period) is an abbreviation."""
    before = text[max(0, dot - _ABBREVIATION_WINDOW) : dot]
    if not before or before[-1].isspace():
        return False
    word = before.rsplit(None, 1)[-1]  # the run of non-space characters before the dot
    if _WORD_OPENER.search(word) is not None:  # rare: one search instead of four rfinds
        word = word[max(word.rfind(mark) for mark in _WORD_OPENERS) + 1 :]
    word = word.casefold()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _is_ordinal_day(text: str, dot: int) -> bool:
    """Whether the period at ``text[dot]`` follows a day and precedes a month ("1. Mai")."""
    first = dot
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    if not 1 <= dot - first <= 2 or (first > 0 and text[first - 1].isalnum()):
        return False  # "2024.", "A1.", "101.": no day of a month
    return patterns.MONTH_AFTER_ORDINAL_DOT.match(text, dot + 1) is not None


def split_sentences(paragraph: str, *, offset: int = 0, index: int = 0) -> list[Sentence]:
    """Cut a paragraph into sentences at ``.``, ``!``, ``?``, bullets and line breaks.

    Each sentence is stripped of surrounding white space; its ``start`` is
    where it begins in the posting text (*offset* is the paragraph's).

    >>> [s.text for s in split_sentences("Dr. Li leads us. Join now! • Apply today")]
    ['Dr. Li leads us.', 'Join now!', 'Apply today']
    """
    sentences: list[Sentence] = []
    start = 0
    for match in patterns.SENTENCE_BREAK.finditer(paragraph):
        end = match.start()
        stop = paragraph[end]
        if (
            stop == "."
            # Only letters right before the dot, more than in any abbreviation: a word.
            and not (
                end >= _LONGER_THAN_ANY_ABBREVIATION
                and paragraph[end - _LONGER_THAN_ANY_ABBREVIATION : end].isalpha()
            )
            and _is_abbreviation(paragraph, end)
        ):
            continue
        if stop == "." and paragraph[end - 1 : end].isdigit() and _is_ordinal_day(paragraph, end):
            continue  # "zum 1. Mai": a German date, not a sentence's end
        stop_end = end + 1 if stop in ".!?" else end  # a stop stays with its sentence
        _add_stripped(sentences, paragraph[start:stop_end], offset + start, index)
        start = match.end()
    _add_stripped(sentences, paragraph[start:], offset + start, index)
    return sentences


def _add_stripped(sentences: list[Sentence], piece: str, start: int, index: int) -> None:
    """Add *piece* (which starts at *start*) without its surrounding spaces, if anything is left."""
    body = piece.lstrip()
    if body:
        sentences.append(Sentence(body.rstrip(), start + len(piece) - len(body), index))


#: Words of English prose: an advert with many of them is read as English (its places by
#: the English cues, its numeric dates month or day first).
_ENGLISH = re.compile(r"\b(?:the|and|you|we|our|with|for|is|are|will|of)\b", re.IGNORECASE)
_ENGLISH_SHARE = 0.08


def reads_as_english(text: str) -> bool:
    """Whether a text is English prose: a twelfth of its words or more are English words."""
    words = text.count(" ") + 1
    return len(_ENGLISH.findall(text)) >= _ENGLISH_SHARE * words


@attrs.frozen
class PostingText:
    """One posting's text, prepared once for every heuristic.

    ``location_line`` is the posting's location line, if it has one;
    ``full_text`` its description (paragraphs separated by blank lines) and
    ``text`` the part of it the heuristics read, ``folded`` that part
    case-folded (for cheap word tests); ``year`` the year of the page it came
    from, for dates written without one; ``anchors`` where the anchors of each
    prefiltered pattern are in ``text`` (:func:`jobparse.patterns.scan_anchors`).
    """

    text: str
    full_text: str
    folded: str
    location_line: str | None
    year: int | None
    sentences: tuple[Sentence, ...]
    emails: tuple[str, ...]
    urls: tuple[str, ...]
    anchors: tuple[patterns.Spans, ...]
    sentence_starts: tuple[int, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds a character offset of ``text``, if any."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if offset < sentence.end else None

    def sentences_with_anchors(self, pattern: patterns.Prefiltered) -> Iterator[Sentence]:
        """The sentences holding an anchor of *pattern*, in order (all, if it is not scanned).

        A match of the pattern searched within one sentence holds one of its
        anchors there, so the other sentences need no search.
        """
        if not 0 <= pattern.number < len(self.anchors):
            yield from self.sentences
            return
        last = -1
        for start, _, _ in self.anchors[pattern.number]:
            index = bisect.bisect_right(self.sentence_starts, start) - 1
            if index > last:
                last = index
                sentence = self.sentences[index]
                if start < sentence.end:
                    yield sentence

    def finditer(
        self, pattern: patterns.Searchable, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of *pattern* in ``text[pos:endpos]``, tried only at its anchors if any.

        As with ``re``, the text around the slice is seen by look-arounds and
        ``\\b``, so a sentence's matches are found by its bounds in ``text``.
        """
        end = len(self.text) if endpos is None else endpos
        if isinstance(pattern, patterns.Prefiltered) and 0 <= pattern.number < len(self.anchors):
            return pattern.finditer(self.text, pos, end, spans=self.anchors[pattern.number])
        return pattern.finditer(self.text, pos, end)

    def may_match(self, pattern: patterns.Searchable) -> bool:
        """False when *pattern* cannot match: it is scanned for and none of its anchors is here."""
        if isinstance(pattern, patterns.Prefiltered) and 0 <= pattern.number < len(self.anchors):
            return bool(self.anchors[pattern.number])
        return True

    def search(
        self, pattern: patterns.Searchable, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """The first match of *pattern* in ``text[pos:endpos]``, or None."""
        return next(self.finditer(pattern, pos, endpos), None)

    @classmethod
    def prepare(
        cls,
        paragraphs: tuple[str, ...],
        *,
        location_line: str | None = None,
        year: int | None = None,
    ) -> PostingText:
        """Prepare the text of a posting from its paragraphs.

        Heuristics read at most :data:`MAX_ANALYSED_CHARS` characters (``text``):
        an advert says what it is about well before that, and a pathological
        page cannot make them slow. ``full_text`` keeps everything.
        """
        full_text = "\n\n".join(paragraphs)
        text = full_text[:MAX_ANALYSED_CHARS]
        sentences: list[Sentence] = []
        offset = 0
        for index, paragraph in enumerate(text.split("\n\n")):
            sentences.extend(split_sentences(paragraph, offset=offset, index=index))
            offset += len(paragraph) + 2
        return cls(
            text=text,
            full_text=full_text,
            folded=text.casefold(),
            location_line=location_line,
            year=year,
            sentences=tuple(sentences),
            emails=extract_emails(text),
            urls=extract_urls(text),
            anchors=patterns.scan_anchors(text),
            sentence_starts=tuple(sentence.start for sentence in sentences),
        )
