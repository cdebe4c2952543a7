"""Patterns of text normalisation: white space, line edges, content hashing."""

from __future__ import annotations

import re

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
TOWN_AFTER_CODE = re.compile(
    r"(?<!\s)(?:\s*[-–]\s*|\s+)(?P<town>[A-ZÄÖÜÅÉ][^\W\d_]+(?:-[^\W\d_]+)*"
    r"(?:[ \t-][A-ZÄÖÜ][^\W\d_]+|[ \t](?:del|della|di|de|des|du|la|le|am|an[ \t]der|im|sur|upon)"
    r"[ \t][A-Z][^\W\d_]+)?)"
)
#: A US town after its street, without a ZIP code: "2201 Eastline Road Kaukauna, WI".
TOWN_AFTER_STREET = re.compile(
    r"\b(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Highway|"
    r"Hwy)\.?,?[ \t]+(?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+(?P<state>[A-Z]{2})\b"
)
#: A British town before its postcode: "Cambridge CB2 1RB", "London, SW1A 2AA".
UK_TOWN_BEFORE_POSTCODE = re.compile(
    r"(?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"
)
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
