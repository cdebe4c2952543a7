"""Capitalised names in a posting: the name ending at a position, how often a word is named.

Shared by the company signals (``jobparse.fields.company``): a signal finds its
cheap literal part first, then the name right before it; mentions count how
often a name's first word comes back, capitalised, in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from jobparse import patterns
from jobparse.fields.context import PostingText

__all__ = ["Mentions", "count_mentions", "end_of_word_before", "name_before"]

#: How far back from a signal a name is looked for.
_NAME_WINDOW = 100
#: Lower-case words that may stand inside an organisation's name (see patterns.ORG_NAME).
_NAME_CONNECTORS = frozenset(patterns.NAME_CONNECTORS)


def name_before(text: str, end: int) -> re.Match[str] | None:
    """The organisation name that ends exactly at *end* (searched in a short window).

    Every space-separated word of a name opens with a capital (or is "&" or a
    connector such as "of"), so the name starts at or after the last word
    before *end* that does not: the regex only searches from there.
    """
    start = max(0, end - _NAME_WINDOW)
    words = text[start:end].replace("\t", " ").split(" ")  # names join words with both
    position = end
    for word in reversed(words):
        position -= len(word)
        if word and not (word[0].isupper() or word[0] == "&" or word in _NAME_CONNECTORS):
            start = position  # no name can hold this word: it starts here at the earliest
            break
        position -= 1  # the space before the word
    return patterns.ORG_NAME_BEFORE.search(text, start, end)


def end_of_word_before(text: str, position: int) -> int:
    """Where the word before *position* ends, skipping the spaces between."""
    end = position
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end


def count_mentions(text: str) -> Counter[str]:
    """How often each capitalised word occurs (case-folded)."""
    # One case-fold of the joined words: the words hold no spaces, so they split back.
    return Counter(" ".join(patterns.CAPITALISED_WORD.findall(text)).casefold().split())


#: Past this many names asked about, counting every capitalised word once is cheaper.
_MAX_WORDS_COUNTED_ALONE = 16


class Mentions:
    """How often a case-folded word occurs as a capitalised word, counted when asked.

    Only a few words are ever asked about (the names found), so each is looked
    for in the case-folded text and checked where found: the same counts as
    :func:`count_mentions`, without matching every capitalised word. When the fold
    changed the text's length ("ß" is "ss"), its positions are not the text's,
    and every word is counted at once instead.
    """

    def __init__(self, ctx: PostingText) -> None:
        self._text = ctx.text
        self._folded = ctx.folded
        self._counts: dict[str, int] = {}
        self._all = count_mentions(ctx.text) if len(ctx.folded) != len(ctx.text) else None

    def __getitem__(self, word: str) -> int:
        if self._all is None and len(self._counts) >= _MAX_WORDS_COUNTED_ALONE:
            self._all = count_mentions(self._text)  # many names: one pass over all words is cheaper
        if self._all is not None:
            return self._all[word]
        count = self._counts.get(word)
        if count is None:
            count = self._counts[word] = self._count(word)
        return count

    def _count(self, word: str) -> int:
        text, folded = self._text, self._folded
        count = 0
        at = folded.find(word) if word else -1
        while at >= 0:
            if "A" <= text[at] <= "Z" and opens_capitalised_word(text, at):
                found = patterns.CAPITALISED_WORD.match(text, at)
                if found is not None and found.group().casefold() == word:
                    count += 1
            at = folded.find(word, at + 1)
        return count


def opens_capitalised_word(text: str, at: int) -> bool:
    """Whether a capital at *at* opens a word of ``CAPITALISED_WORD.findall``.

    It does unless the run of word characters and hyphens right before it
    holds a capital: a word opened there runs on through this one ("McDonald").
    """
    position = at - 1
    while position >= 0:
        char = text[position]
        if not (char.isalnum() or char in "_-"):
            return True
        if "A" <= char <= "Z":
            return False
        position -= 1
    return True
