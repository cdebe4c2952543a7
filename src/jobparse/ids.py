"""A posting's id: a hash of its words that stays as the advert ages.

The id is 16 hex digits of the SHA-256 of the posting's words (NFKC,
case-folded, punctuation and spacing ignored), so the same advert has the
same id on every page and every run. What boards rewrite every day is left
out of it: a short line's age and applicant count ("Posted 3 days ago",
"vor 2 Tagen", "196 applicants"), and lines that are only an age word
("Today", "New"); the words are in ``data/age_words.json``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from jobparse import patterns, vocabulary

__all__ = ["content_words", "posting_id"]

_ID_LENGTH = 16


#: ASCII bytes that are not word characters become spaces; the others stay.
_ASCII_NOT_WORD_TO_SPACE = bytes(
    byte if byte >= 0x80 or chr(byte).isalnum() or byte == ord("_") else ord(" ")
    for byte in range(256)
)
_SPACE_RUNS = re.compile(rb"  +")
_WORDS_ERRORS = "jobparse.content_words"


def _non_ascii_words(error: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: a run of non-ASCII characters, its non-word ones made spaces."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    return patterns.NOT_WORD.sub(" ", run).encode("utf-8"), error.end


codecs.register_error(_WORDS_ERRORS, _non_ascii_words)


def content_words(text: str, *, folded: str | None = None) -> bytes:
    """The words of *text* (NFKC, case-folded), joined by single spaces, in UTF-8.

    The same as ``" ".join(re.findall(r"\\w+", folded))``, several times faster:
    encoding to ASCII hands only the runs of other characters to a regex (an
    error handler), and ASCII punctuation becomes spaces in one translation.
    *folded*, when the caller has it, is ``text.casefold()``: it is used when
    *text* is already in NFKC form (nearly always), saving a second fold.

    >>> content_words("Amazon’s  R&D team—Zürich!")
    b'amazon s r d team z\\xc3\\xbcrich'
    """
    normalized = unicodedata.normalize("NFKC", text)
    if folded is None or normalized is not text:  # normalize returns its input when it is NFKC
        folded = normalized.casefold()
    data = folded.encode("ascii", _WORDS_ERRORS).translate(_ASCII_NOT_WORD_TO_SPACE)
    return _SPACE_RUNS.sub(b" ", data).strip(b" ")


#: A line longer than this is a sentence: an age or an applicant count in it stays.
_SHORT_LINE_CHARS = 80
#: Bullets and punctuation around a line's words ("• New!").
_AROUND_WORDS = " \t•·‣◦▪*>|:.,;!?()[]-–—"


def _steady_line(line: str) -> str | None:
    """*line* without what changes from day to day (its age, its applicant count).

    The line as it is when it has none; None when nothing else is left.
    """
    if len(line) > _SHORT_LINE_CHARS or not line.strip():
        return line
    folded = vocabulary.fold(line)
    if patterns.AGE_LINE.fullmatch(folded.strip(_AROUND_WORDS)):
        return None
    if not patterns.AGE_PHRASE.search(folded):
        return line
    rest = patterns.AGE_PHRASE.sub(" ", folded)
    return rest if any(char.isalnum() for char in rest) else None


def _without_age_lines(text: str) -> str | None:
    """*text* without its advert's age and applicant counts; None when it has neither.

    >>> _without_age_lines("Welder\\n• Posted 3 days ago\\nOslo")
    'Welder\\nOslo'
    >>> _without_age_lines("Oslo · 1 week ago · 196 applicants").split()
    ['oslo', '·', '·']
    """
    lines = text.split("\n")
    steady = [_steady_line(line) for line in lines]
    if all(new is old for new, old in zip(steady, lines, strict=True)):
        return None
    return "\n".join(line for line in steady if line is not None)


#: Symbols that belong to a word, and the word characters they are hashed as: "C++" and
#: "C#", "100,000" and "100.000", ".NET", "R&D", "$100" and "€100" are different adverts.
_SYMBOL_CODES = {
    "+": "_plus", "#": "_sharp", ".": "_dot", ",": "_comma", "/": "_slash", "&": "_and",
    "'": "_apos", "’": "_apos", "@": "_at", "%": "_pct", ":": "_colon",
    "$": "_usd", "€": "_eur", "£": "_gbp", "¥": "_yen",
}  # fmt: skip
#: A symbol in a word: "+" or "#" after a letter ("C++"), a mark between two word
#: characters ("100,000", "R&D"), a dot opening a word (".NET"), a currency by a number.
#: Each alternative opens with its symbol and looks behind it after: the regex engine then
#: scans for the symbols alone (a lookbehind first is tried at every position: 2.6x slower).
_WORD_SYMBOL = re.compile(
    r"[+#](?<=\w[+#])[+#]*"  # "C++", "C#"
    r"|[.,/&'’@%:](?<=\w[.,/&'’@%:])(?=\w)"  # "100,000", "R&D"
    r"|\.(?<!\w\.)(?=[A-Za-z])"  # ".NET"
    r"|[$€£¥](?=\d)|[%€£¥](?<=\d[%€£¥])"  # "$100", "100%"
)


def _coded(match: re.Match[str]) -> str:
    return "".join(_SYMBOL_CODES[char] for char in match.group())


def posting_id(text: str, *, folded: str | None = None) -> str:
    """A stable id for a posting's text, blind to case, spacing and separators.

    What short lines say of the advert's age and applicants ("Posted 3 days
    ago", "vor 2 Tagen", "196 applicants") is left out: an advert keeps its
    id as it ages. Symbols that belong to a word count ("C++" is not "C#",
    "100,000" is not "100.000"); those between words (bullets, dashes, a
    sentence's full stop, line breaks) do not. *folded* is
    ``text.casefold()``, if the caller has it already.

    >>> posting_id("We hire  engineers.") == posting_id("we hire\\nEngineers\\nPosted today")
    True
    >>> posting_id("Senior C++ Developer") == posting_id("Senior C# Developer")
    False
    """
    ageless = _without_age_lines(text)
    if ageless is not None:
        text, folded = ageless, None
    if _WORD_SYMBOL.search(text) is not None:
        text, folded = _WORD_SYMBOL.sub(_coded, text), None
    return hashlib.sha256(content_words(text, folded=folded)).hexdigest()[:_ID_LENGTH]
