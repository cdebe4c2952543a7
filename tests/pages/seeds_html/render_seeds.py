"""Render the text seeds as conference-style HTML listing pages (test fixtures).

Run from the repository root: ``python tests/pages/seeds_html/render_seeds.py``.
Deliberately independent of jobparse: it knows only the seeds' layout (header,
"Search Opportunities", postings ending at lines that read "Apply").
"""

from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent


def _paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """Paragraphs with the number of blank lines after each."""
    result: list[tuple[str, int]] = []
    current: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip():
            if current and blanks:
                result.append(("\n".join(current), blanks))
                current = []
            current.append(line.strip())
            blanks = 0
        else:
            blanks += 1
    if current:
        result.append(("\n".join(current), blanks))
    return result


def _block(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if all(line.startswith("•") for line in lines):
        items = "".join(f"<li>{html.escape(line.lstrip('• ').strip())}</li>" for line in lines)
        return f"<ul>{items}</ul>"
    if paragraph.startswith("Description"):
        rest = paragraph[len("Description") :].strip()
        return (
            f"<p><strong>Description</strong> {html.escape(rest)}</p>"
            if rest
            else "<p><strong>Description</strong></p>"
        )
    return "<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>"


def render(text: str, page: str) -> str:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "Search Opportunities")
    header = [p for p, _ in _paragraphs(lines[:start])]
    chunks: list[list[str]] = [[]]
    for line in lines[start + 1 :]:
        if line.strip() == "Apply":
            chunks.append([])
        else:
            chunks[-1].append(line)
    postings = []
    for number, chunk in enumerate(chunks[:-1] if not "".join(chunks[-1]).strip() else chunks):
        paragraphs = _paragraphs(chunk)
        body = []
        first, gap = paragraphs[0]
        if first.startswith("Location "):
            body.append(
                f'<div class="posting-location"><strong>Location</strong> {html.escape(first[9:])}</div>'
            )
            paragraphs = paragraphs[1:]
        elif gap >= 2 and "\n" not in first:
            body.append(f'<div class="posting-location">{html.escape(first)}</div>')
            paragraphs = paragraphs[1:]
        body += [_block(p) for p, _ in paragraphs]
        button = (
            f'<a class="btn btn-primary" href="/careers/apply/{page}-{number}">Apply</a>'
            if number < len(chunks) - 1
            else ""
        )
        postings.append(
            '<div class="posting">\n  <div class="posting-body">\n    '
            + "\n    ".join(body)
            + f"\n  </div>\n  {button}\n</div>"
        )
    title = next((h for h in header if "Career Website" in h), "Careers")
    notes = "".join(
        f"<p>{html.escape(h)}</p>" for h in header if h != title and not h.startswith("Skip to")
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body>
<nav><a href="#menu">Skip to yearly menu bar</a> <a href="#main">Skip to main content</a></nav>
<header><h1>{html.escape(title)}</h1></header>
<main id="main">
{notes}
<form class="search"><label>Search Opportunities</label><input name="q"></form>
<div class="listing">
{chr(10).join(postings)}
</div>
</main>
<footer><p>Successful Page Load</p></footer>
</body>
</html>
"""


def main() -> None:
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        page = seed.name[:3]
        out = OUT / f"{seed.stem}.html"
        out.write_text(render(seed.read_text(encoding="utf-8"), page), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
