"""``jobparse explain --html``: a picture of what was read, as one self-contained HTML file.

For each page: its figures (postings, how it was cut, the runner-up set and
why it lost), then its text with every posting outlined and numbered where
it stands, each field's evidence marked in the posting's text with the
field's name, and a table of every field, its value, rule and evidence.

The report holds no script and loads nothing: a Content-Security-Policy
forbids both, and every text quoted from a page is escaped. It opens offline
in any browser.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from jobparse._version import __version__
from jobparse.explain import explain_posting
from jobparse.model import Evidence, Posting

__all__ = ["PageReport", "html_report"]

#: The report's own style; colours by field, outlines by posting.
_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f6f6f4;color:#1d1d1b}
header{background:#1d3557;color:#fff;padding:14px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.85}
section.page{background:#fff;margin:22px 28px;padding:18px 24px;border-radius:8px;
box-shadow:0 1px 3px #0002}
section.page h2{font-size:17px;margin:0 0 10px;word-break:break-all}
dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 16px}
dl.figures dt{font-weight:600;color:#555}dl.figures dd{margin:0}
.outside{color:#8a8a86;white-space:pre-wrap;font-size:13px;margin:6px 0;max-height:14em;
overflow:auto;border-left:3px solid #ddd;padding-left:10px}
article.posting{border:2px solid #457b9d;border-radius:8px;margin:14px 0;padding:0 14px 12px;
position:relative}
article.posting h3{margin:0 -14px 10px;padding:6px 14px;background:#457b9d;color:#fff;
font-size:15px;border-radius:5px 5px 0 0}
article.posting h3 .number{display:inline-block;background:#fff;color:#457b9d;
border-radius:12px;padding:0 9px;margin-right:8px;font-weight:700}
pre.text{white-space:pre-wrap;font:inherit;margin:0 0 10px}
mark{border-radius:3px;padding:0 2px}mark .tag{font-size:10px;font-weight:700;
text-transform:uppercase;margin-left:3px;padding:0 3px;border-radius:3px;color:#fff;
vertical-align:super}
table.fields{border-collapse:collapse;width:100%;font-size:13px}
table.fields th,table.fields td{text-align:left;border-top:1px solid #e4e4e0;padding:3px 8px;
vertical-align:top}table.fields td.rule{font-family:ui-monospace,monospace;color:#555}
.none{color:#999}
"""
#: Each field's colour: its marks and its tag.
_COLOURS = {
    "title": "#e63946",
    "company": "#2a9d8f",
    "locations": "#e9a23b",
    "employment_type": "#7b2cbf",
    "deadlines": "#d62828",
    "rolling": "#6c757d",
    "segment": "#1d3557",
}
_DEFAULT_COLOUR = "#457b9d"
#: A mark shorter than this is not looked for in the text (a one-letter match says nothing).
_MIN_MARK = 2
#: Text between postings is shown up to this many characters, its middle cut.
_MAX_OUTSIDE = 3000


@attrs.frozen
class PageReport:
    """One page as the report shows it: its name, its text and its postings (or its error)."""

    uri: str
    text: str
    postings: tuple[Posting, ...]
    error: str | None = None


def _colour_rules() -> str:
    rules = []
    for field, colour in _COLOURS.items():
        rules.append(
            f"mark.f-{field}{{background:{colour}33}}mark.f-{field} .tag{{background:{colour}}}"
        )
    rules.append(f"mark .tag{{background:{_DEFAULT_COLOUR}}}")
    return "".join(rules)


def html_report(pages: Sequence[PageReport], *, when: dt.datetime | None = None) -> str:
    """The whole report for *pages*, as one HTML document."""
    when = when or dt.datetime.now(dt.timezone.utc)
    count = sum(len(page.postings) for page in pages)
    title = f"jobparse explain: {len(pages)} page{'s' * (len(pages) != 1)}, {count} postings"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # No script runs and nothing loads: only the report's own style.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_escape(title)}</title><style>{_STYLE}{_colour_rules()}</style></head><body>",
        f"<header><h1>{_escape(title)}</h1><p>jobparse {_escape(__version__)}, "
        f"{when:%Y-%m-%d %H:%M} UTC</p></header>",
    ]
    for page in pages:
        parts.extend(_page_section(page))
    parts.append("</body></html>")
    return "\n".join(parts)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _page_section(page: PageReport) -> Iterator[str]:
    yield f'<section class="page"><h2>{_escape(page.uri)}</h2><dl class="figures">'
    for name, value in _figures(page):
        yield f"<dt>{_escape(name)}</dt><dd>{_escape(value)}</dd>"
    yield "</dl>"
    if page.error is not None:
        yield "</section>"
        return
    yield from _outlined_text(page)
    yield "</section>"


_RUNNER_UP = re.compile(r"^(?P<won>.*?)(?:; runner-up: (?P<second>.*))?$")
_SCORE = re.compile(r"score (-?\d+(?:\.\d+)?)")
_WHY = {
    "segment.structured": "schema.org JobPosting data states the jobs: it wins over any list",
    "segment.embedded": "the page's visible list lacks most of the jobs its data holds",
    "segment.apply": "each advert ends at an Apply control of its own",
    "segment.single": "the page reads as one job's page (its heading names a role, "
    "its lists are a small part of it)",
}


def _figures(page: PageReport) -> Iterator[tuple[str, str]]:
    """The page's figures: what it gave, how it was cut, and what came second and why."""
    if page.error is not None:
        yield "error", page.error
        return
    yield "postings", str(len(page.postings))
    yield "text", f"{len(page.text):,} characters"
    segment = next((e for p in page.postings for e in p.evidence_for("segment")), None)
    if segment is None:
        return
    match = _RUNNER_UP.match(segment.text)
    won = match.group("won") if match else segment.text
    second = match.group("second") if match else None
    yield "cut by", f"{segment.rule}: {won}"
    if not second:
        yield "runner-up", "none"
        return
    yield "runner-up", second
    yield "why it lost", _why_lost(segment.rule, won, second)


def _why_lost(rule: str, won: str, second: str) -> str:
    if rule == "segment.records":
        scores = [_SCORE.search(text) for text in (won, second)]
        if scores[0] and scores[1]:
            second_score, won_score = float(scores[1].group(1)), float(scores[0].group(1))
            if second_score < won_score:
                return f"it scored {scores[1].group(1)} against {scores[0].group(1)}"
            return (
                f"it scored {scores[1].group(1)} against {scores[0].group(1)}, but the chosen "
                "set holds the sections of the jobs it only names (a summary gives way)"
            )
    return _WHY.get(rule, "the chosen set read better")


def _outlined_text(page: PageReport) -> Iterator[str]:
    """The page's text, each posting outlined where its first line stands (else in turn)."""
    cursor = 0
    for number, posting in enumerate(page.postings, start=1):
        start, end = _locate(page.text, posting.description, cursor)
        if start is not None:
            yield from _outside(page.text[cursor:start])
            cursor = max(cursor, end)
        yield from _posting_box(number, posting)
    yield from _outside(page.text[cursor:])


def _locate(text: str, description: str, cursor: int) -> tuple[int | None, int]:
    """Where a posting's text stands in the page's text, from *cursor*: its first and last lines."""
    lines = [line.strip(" •") for line in description.splitlines() if len(line.strip(" •")) > 3]
    if not lines:
        return None, cursor
    start = text.find(lines[0], cursor)
    if start < 0:
        return None, cursor
    end = start + len(lines[0])
    for line in lines[1:]:
        found = text.find(line, end)
        if found < 0 or found - end > 4 * len(description) + 200:
            break
        end = found + len(line)
    return start, end


def _outside(text: str) -> Iterator[str]:
    text = text.strip()
    if not any(c.isalnum() for c in text):
        return  # a bullet or a rule between two postings
    if len(text) > _MAX_OUTSIDE:
        half = _MAX_OUTSIDE // 2
        text = f"{text[:half]}\n[… {len(text) - _MAX_OUTSIDE:,} characters …]\n{text[-half:]}"
    yield f'<div class="outside">{_escape(text)}</div>'


def _posting_box(number: int, posting: Posting) -> Iterator[str]:
    title = posting.title or "(no title)"
    yield f'<article class="posting" id="posting-{number}">'
    yield (
        f'<h3><span class="number">#{number}</span>{_escape(title)} '
        f"<small>id {_escape(posting.id)}</small></h3>"
    )
    yield f'<pre class="text">{_marked(posting.description, posting.evidence)}</pre>'
    yield '<table class="fields"><tr><th>field</th><th>value</th>'
    yield "<th>rule</th><th>evidence</th></tr>"
    yield from _field_rows(posting)
    yield "</table></article>"


def _field_rows(posting: Posting) -> Iterator[str]:
    """A row per field and evidence: the lines of ``jobparse explain``, as a table."""
    field = ""
    for name, text in explain_posting(posting):
        if name == "segment":
            continue
        if name:
            field = name
            value = text if text != "-" else ""
            css = ' class="none"' if not value else ""
            yield (
                f"<tr><th>{_escape(field)}</th><td{css}>{_escape(value or 'none')}</td>"
                "<td></td><td></td></tr>"
            )
            continue
        rule, _, quote = text.removeprefix("← ").partition(": ")
        yield (
            f'<tr><td></td><td></td><td class="rule">{_escape(rule)}</td>'
            f"<td>{_escape(quote)}</td></tr>"
        )


def _marked(text: str, evidence: Iterable[Evidence]) -> str:
    """*text* escaped, each evidence's first occurrence marked with its field's name."""
    spans: list[tuple[int, int, Evidence]] = []
    for item in evidence:
        quote = item.text.strip()
        if item.field == "segment" or len(quote) < _MIN_MARK:
            continue
        start = text.find(quote)
        if start < 0:
            continue
        end = start + len(quote)
        if any(start < other_end and other_start < end for other_start, other_end, _ in spans):
            continue  # one mark per stretch of text: the first evidence for it
        spans.append((start, end, item))
    spans.sort(key=lambda span: span[0])
    pieces: list[str] = []
    position = 0
    for start, end, item in spans:
        field = re.sub(r"[^a-z_]", "", item.field)
        pieces.append(_escape(text[position:start]))
        pieces.append(
            f'<mark class="f-{field}" title="{_escape(item.field)} · {_escape(item.rule)}">'
            f'{_escape(text[start:end])}<span class="tag">{_escape(item.field)}</span></mark>'
        )
        position = end
    pieces.append(_escape(text[position:]))
    return "".join(pieces)
