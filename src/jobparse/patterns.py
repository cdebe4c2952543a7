"""Every regular expression jobparse uses, compiled once and grouped by concept.

Rules for adding one: it must run in linear time on any input (no nested or
adjacent quantifiers that can match the same characters, no unbounded
repetition inside a repeated group), and it belongs under the heading of the
concept it recognises. ``tests/test_patterns.py`` runs every pattern defined
here against adversarial strings with a time budget.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Page structure: separators, page furniture, labels
# ---------------------------------------------------------------------------

#: A line that ends a posting: the "Apply" button rendered as a line of its own.
APPLY_LINE = re.compile(r"[ \t]*(?:apply|apply now|apply here)[ \t]*", re.IGNORECASE)

#: The last line of a career site's header: the search box label.
HEADER_END = re.compile(
    r"[ \t]*search[ \t]+(?:opportunities|jobs|positions|postings|openings|careers)[ \t]*",
    re.IGNORECASE,
)

#: Header and footer lines of career sites, never part of a posting.
FURNITURE_LINE = re.compile(
    r"""[ \t]*(?:
        skip\ to\ [^\n]{0,80}                                   # accessibility skip links
      | [^\n]{0,80}\b(?:career|job|jobs)\ (?:website|site|board|page|portal)  # site title
      | [^\n]{0,120}\bnot\ accepting\ applications\b[^\n]{0,80}  # closed-board notice
      | here\ we\ highlight\ career\ opportunities\b[^\n]*       # the board's intro paragraph
      | successful\ page\ load
      | [^\n]{0,200}\buses\ cookies\b[^\n]*
      | accept\ cookies
      | [^\n]{0,200}\blogo\ above\ may\ be\ used\b[^\n]*
      | (?:©|\(c\)|copyright)\ [^\n]{0,200}
    )[ \t]*""",
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
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)

#: Punctuation that ends a sentence rather than a URL.
URL_TRAILING_PUNCTUATION = ".,;:!?'\"*»”’"

# ---------------------------------------------------------------------------
# Text normalisation
# ---------------------------------------------------------------------------

#: Runs of horizontal white space (no newlines).
HSPACE = re.compile(r"[^\S\n]+")

#: Runs of any white space.
WHITESPACE = re.compile(r"\s+")

#: Runs of characters that are not word characters (for content hashing).
NON_WORD = re.compile(r"\W+")
