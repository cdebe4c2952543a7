"""Every regular expression jobparse uses, compiled once and grouped by concept.

One module a concept (:data:`MODULES`: ``core`` the engine, ``layout``,
``html``, ``contacts``, ``places``, ``company``, ``title``, ``employment``,
``dates``, ``text``); every public name is here too, as ``patterns.NAME``.
Rules for adding one: it must run in linear time on any input (no nested or
adjacent quantifiers that can match the same characters, no unbounded
repetition inside a repeated group), and it belongs in the module of the
concept it recognises. ``tests/test_linear_time.py`` times every pattern of
:func:`all_patterns` at n and 4n characters of adversarial strings.

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

import re
from types import ModuleType

from jobparse.patterns import company, contacts, core, dates, employment, html, layout, places
from jobparse.patterns import text as normalise
from jobparse.patterns import title as titles
from jobparse.patterns.company import *  # noqa: F403
from jobparse.patterns.contacts import *  # noqa: F403
from jobparse.patterns.core import *  # noqa: F403
from jobparse.patterns.core import Prefiltered
from jobparse.patterns.dates import *  # noqa: F403
from jobparse.patterns.employment import *  # noqa: F403
from jobparse.patterns.html import *  # noqa: F403
from jobparse.patterns.layout import *  # noqa: F403
from jobparse.patterns.places import *  # noqa: F403
from jobparse.patterns.text import *  # noqa: F403
from jobparse.patterns.title import *  # noqa: F403

#: The modules of the package, one concept each.
MODULES: tuple[ModuleType, ...] = (
    core, layout, html, contacts, places, company, titles, employment, dates, normalise,
)  # fmt: skip


def all_patterns() -> dict[str, re.Pattern[str] | Prefiltered]:
    """Every compiled pattern of the package by name, the modules' private ones too.

    For the checks that run every pattern (linear time, complete anchors).
    """
    found: dict[str, re.Pattern[str] | Prefiltered] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, Prefiltered)):
                found.setdefault(name, value)
    return found
