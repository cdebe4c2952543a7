"""Patterns of HTML pages: styles, links, JSON-LD repair, page facts."""

from __future__ import annotations

import re

#: The elements a document or a fragment of HTML may open with: the WHATWG HTML standard's
#: element index, less those that are words of text too ("<b>", "<i>", "<q>", "<s>", "<u>"),
#: and the obsolete elements old pages still open with ("<center>", "<font>", "<frameset>").
_OPENING_ELEMENTS = (
    "a abbr address area article aside audio base bdi bdo blockquote body br button canvas "
    "caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe "
    "img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol "
    "optgroup option output p picture pre progress rp rt ruby samp script search section select "
    "slot small source span strong style sub summary sup table tbody td template textarea tfoot "
    "th thead time title tr track ul var video wbr "
    "basefont big center font frame frameset marquee nobr strike tt"
).split()
#: The opening of an HTML document or fragment (told from text by content, not by name):
#: after comments, an XML declaration and server code a template leaves ("<?php ... ?>",
#: "<%@ page ... %>"), a doctype or an element of HTML.
#: A static site generator's front matter opening a page's source (Jekyll, Hugo):
#: "---\nlayout: default\n---" (YAML) or "+++ ... +++" (TOML), before the page's HTML.
FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n.{0,2000}?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
HTML_START = re.compile(
    r"\A\ufeff?\s*(?:<!--"  # a comment opening the text is markup, whatever follows it
    r"|(?:(?:<\?.*?\?>|<%.*?%>|\{%.*?%\})\s*)*"
    # a doctype however mistyped: "<!DOCTYPE html>", "<doctype html>", "<DOCTYPE!>"
    r"<(?:!?doctype(?:\s+html|\s*!?>)|(?:" + "|".join(_OPENING_ELEMENTS) + r")(?=[\s/>])))",
    re.IGNORECASE | re.DOTALL,
)

#: An inline style that hides an element from visitors.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: A word character: the first and the last one bound a control's label ("› Apply now ›").
WORD_CHARACTER = re.compile(r"\w")

#: Headings of sidebars that list other jobs, not this page's posting, or other articles
#: of the site, the whole heading ("Most recent", "Related articles": news teasers).
RELATED_JOBS = re.compile(
    r"\b(?:similar|related|recommended|other|more)\s+(?:jobs|positions|roles|openings|postings)\b"
    r"|\bpeople\s+also\s+(?:viewed|applied)\b|\byou\s+may\s+also\s+like\b"
    r"|^\s*(?:most\s+(?:recent|read|popular)|(?:related|recent|latest)\s+"
    r"(?:articles|posts|stories|news)|read\s+next)\s*$",
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
#: A town at the end of a job title after "in" ("Werkstudent (m/w/d) in Hamburg"), or the
#: same word of another language: Swedish "i"/"till" ("Blackjackdealer i Älvsbyn"), French
#: "à", Spanish "en", Portuguese "em", Polish "w", Czech "v".
TITLE_IN_TOWN = re.compile(
    r"(?<![\w-])(?P<word>in|i|till|à|en|em|w|v)\s+"
    r"(?P<town>[A-ZÀ-ÝÅÄÖØÆŁŚŻŹ][\w'’.-]*(?:\s[A-ZÀ-ÝÅÄÖØÆŁŚŻŹ][\w'’.-]*){0,2})\s*$"
)

#: Separators in a page title: "Research Scientist | Fjord Labs".
#: (Each alternative starts only where a run of spaces starts: each run is read once.)
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|–—-]|::)\s+|(?<!\s)\s*｜\s*")  # "｜": no spaces

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
