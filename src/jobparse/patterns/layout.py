"""Patterns of page structure: separators, page furniture, labels."""

from __future__ import annotations

import re

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

#: What separates the fields of a header line: " - ", " – ", " — ", " | " (never " / ",
#: which joins two roles): "Kerith - Senior Developer - Remote - Full Time". Tried only at
#: the start of a run of spaces, so that a long run without a dash is read once.
HEADER_FIELD = re.compile(r"(?<!\s)\s+[-–—|]\s+")

#: A four-digit year from 1990 to 2099.
YEAR = re.compile(r"\b(?:199\d|20\d\d)\b")

#: Where a sentence may end: terminal punctuation before white space, a line
#: break, or an inline bullet.
#: (It opens with a set of characters, which ``re`` scans for fast; it is a stop when
#: that character is ``.``, ``!`` or ``?``.)
#: A middle dot between letters is no bullet but inclusive French ("un·e Développeur·euse").
SENTENCE_BREAK = re.compile(
    r"[.!?\n•·▪●◦](?!(?<=[^\W\d_]·)[^\W\d_])(?:(?<=[.!?])[\"”’')\]]?(?=\s)|(?<![.!?]))\s*"
)
