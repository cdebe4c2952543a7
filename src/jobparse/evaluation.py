"""Measure parsed postings against hand-made labels, field by field.

The labels are JSON Lines, one object per posting (the format of
``tests/gold/FORMAT.md``): ``file``, ``key`` (the first characters of the
posting's text), and the expected ``company``/``title`` (lists of acceptable
answers; an empty list or a ``null`` entry means no answer is right),
``locations``, ``deadlines``, ``rolling``, ``emails``, ``urls`` and
``employment_type``.

A label is matched to the posting of the same page whose text starts with its
key; labels of HTML pages have no key (their text has no stable start) and
are matched by title instead: equal once normalised, or one holding the other
when the shorter has more than six characters (``tests/gold/FORMAT.md``).
Names are compared case- and accent-blind, titles also blind to "Sr" vs
"Senior" and to plurals, URLs to a trailing slash or full stop. A field a
label does not give (``rolling``, ``apply_url``...) is not scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import attrs

from jobparse.convert import posting_to_dict
from jobparse.model import Posting

__all__ = ["FieldScore", "Report", "evaluate", "load_labels"]

Label = Mapping[str, Any]
_KEY_CHARS = 36
_LEGAL_FORM = re.compile(r"\b(?:inc|ltd|llc|gmbh|corp|corporation|co|plc)\.?$")


class LabelsError(ValueError):
    """A labels file that cannot be read as labels; the message names its file and line."""


def load_labels(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of labels: one object a line, each with its page's ``file``.

    A line that is no JSON object with a ``file`` raises :class:`LabelsError`
    naming the file and the line.
    """
    labels: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except ValueError as error:
                raise LabelsError(f"{path}: line {number}: not JSON ({error})") from None
            if not isinstance(label, dict) or not isinstance(label.get("file"), str):
                raise LabelsError(f'{path}: line {number}: not a label (an object with a "file")')
            labels.append(label)
    return labels


def labels_of_pages(labels: Sequence[Label], pages: Iterable[str]) -> list[Label]:
    """The labels of the pages named (by file name or path): what a run on those pages scores.

    Evaluating one page against the labels of many scores that page only.
    """
    names = {PurePosixPath(page.replace("\\", "/")).name for page in pages}
    return [label for label in labels if label["file"] in names]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(
        "".join(c for c in decomposed if not unicodedata.combining(c)).split()
    ).casefold()


def _key(text: str) -> str:
    folded = re.sub(r"^description\W*", "", _fold(text))
    return re.sub(r"\W+", "", folded)


def _company(name: str | None) -> str | None:
    if not name:
        return None
    text = re.sub(r"^the\s+", "", _fold(name)).replace(",", " ")
    text = _LEGAL_FORM.sub("", " ".join(text.split()).strip(" ."))
    return text.strip(" .,") or None


def _title(title: str | None) -> str | None:
    if not title:
        return None
    text = re.sub(r"\bsr\b\.?", "senior", _fold(title))
    text = re.sub(r"\bjr\b\.?", "junior", text)
    words = re.sub(r"[^\w\s]+", " ", text).split()
    return (
        " ".join(
            w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
        )
        or None
    )


def _place(location: Mapping[str, Any]) -> tuple[str | None, str | None]:
    if location.get("remote"):
        return ("remote", None)
    city = location.get("city")
    return ((location.get("country") or "").upper() or None, _fold(city) if city else None)


def _url(url: str) -> str:
    return url.strip().rstrip("/.,);").casefold()


@attrs.define
class FieldScore:
    """Counts for one set-valued field: true/false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Any], expected: set[Any]) -> None:
        """Count one posting's predicted values against its expected ones."""
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (1.0 when nothing was expected or found)."""
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total


@attrs.define
class PageCount:
    """One page's labels, the ones matched, and the postings no label matched."""

    labels: int = 0
    matched: int = 0
    spurious: int = 0


@attrs.define
class Report:
    """Field-by-field accuracy of parsed postings against labels."""

    labels: int = 0
    matched: int = 0
    spurious: int = 0
    company_correct: int = 0
    company_invented: int = 0
    title_correct: int = 0
    employment_correct: int = 0
    rolling_correct: int = 0
    rolling_compared: int = 0
    apply_correct: int = 0
    apply_compared: int = 0
    locations: FieldScore = attrs.Factory(FieldScore)
    deadlines: FieldScore = attrs.Factory(FieldScore)
    emails: FieldScore = attrs.Factory(FieldScore)
    urls: FieldScore = attrs.Factory(FieldScore)
    pages: dict[str, PageCount] = attrs.Factory(dict)
    errors: list[str] = attrs.Factory(list)

    def scores(self) -> dict[str, float]:
        """Every score as a number from 0 to 1 (fields no label gives are left out)."""
        n = self.matched or 1
        pages = list(self.pages.values()) or [PageCount()]
        found = [(p.matched / p.labels) if p.labels else 1.0 for p in pages]
        precise = [(p.matched / (p.matched + p.spurious)) if p.matched + p.spurious else 0.0
                   for p in pages]  # fmt: skip
        result = {
            "segment_recall": self.matched / (self.labels or 1),
            "segment_precision": self.matched / ((self.matched + self.spurious) or 1),
            "page_recall": sum(found) / len(found),
            "page_precision": sum(precise) / len(precise),
            "company": self.company_correct / n,
            "title": self.title_correct / n,
            "location": self.locations.f1,
            "deadline": self.deadlines.f1,
            "email": self.emails.f1,
            "url": self.urls.f1,
            "employment_type": self.employment_correct / n,
        }
        if self.rolling_compared:
            result["rolling"] = self.rolling_correct / self.rolling_compared
        if self.apply_compared:
            result["apply_url"] = self.apply_correct / self.apply_compared
        return result

    def page_lines(self) -> list[str]:
        """One line per labelled page: labels, matched, spurious."""
        lines = [f"{'page':<48} labels found spurious"]
        for name, count in sorted(self.pages.items()):
            lines.append(f"{name[:48]:<48} {count.labels:6} {count.matched:5} {count.spurious:8}")
        return lines

    def summary(self) -> str:
        """A short human-readable table."""
        lines = [
            f"labels {self.labels}, matched {self.matched}, spurious {self.spurious}, "
            f"invented companies {self.company_invented}"
        ]
        lines += [f"{name:<18} {value:.3f}" for name, value in self.scores().items()]
        return "\n".join(lines)


def _accepts(answers: Sequence[str | None], predicted: str | None, norm: Any) -> bool:
    accepted = {norm(answer) for answer in answers}
    if not answers:
        return predicted is None
    return norm(predicted) in accepted


def _compare(label: Label, posting: dict[str, Any], report: Report) -> None:
    where = f"{label.get('file')}#{label.get('index')}"
    if _accepts(label["company"], posting.get("company"), _company):
        report.company_correct += 1
    else:
        if not [c for c in label["company"] if c]:
            report.company_invented += 1
        report.errors.append(
            f"company {where}: {posting.get('company')!r} not in {label['company']}"
        )
    if _accepts(label["title"], posting.get("title"), _title):
        report.title_correct += 1
    else:
        report.errors.append(f"title {where}: {posting.get('title')!r} not in {label['title']}")
    predicted = {_place(loc) for loc in posting.get("locations") or []}
    expected = {_place(loc) for loc in label["locations"]}
    report.locations.add(predicted, expected)
    if predicted != expected:
        report.errors.append(
            f"locations {where}: {sorted(predicted, key=str)} != {sorted(expected, key=str)}"
        )
    predicted = {(d["kind"], d["date"]) for d in posting.get("deadlines") or []}
    expected = {(d["kind"], d["date"]) for d in label["deadlines"]}
    report.deadlines.add(predicted, expected)
    if predicted != expected:
        report.errors.append(f"deadlines {where}: {sorted(predicted)} != {sorted(expected)}")
    report.emails.add(
        {e.casefold() for e in posting.get("emails") or []}, {e.casefold() for e in label["emails"]}
    )
    if "urls" in label:
        report.urls.add(
            {_url(u) for u in posting.get("urls") or []}, {_url(u) for u in label["urls"]}
        )
    if "apply_url" in label:
        report.apply_compared += 1
        got, want = posting.get("apply_url"), label["apply_url"]
        if (got or None) == (want or None) or (got and want and _url(got) == _url(want)):
            report.apply_correct += 1
        else:
            report.errors.append(f"apply_url {where}: {got!r} != {want!r}")
    if posting.get("employment_type") == label["employment_type"]:
        report.employment_correct += 1
    else:
        got, want = posting.get("employment_type"), label["employment_type"]
        report.errors.append(f"employment_type {where}: {got!r} != {want!r}")
    if "rolling" not in label:
        return
    report.rolling_compared += 1
    if bool(posting.get("rolling")) == bool(label["rolling"]):
        report.rolling_correct += 1
    else:
        report.errors.append(f"rolling {where}: {posting.get('rolling')!r} != {label['rolling']!r}")


def _title_matches(predicted: str | None, wanted: Sequence[str | None]) -> bool:
    """A title that names a label's job: equal once normalised, or holding one (> 6 chars)."""
    title = _title(predicted)
    if not title:
        return False
    for answer in wanted:
        want = _title(answer)
        if want and (
            title == want or (min(len(title), len(want)) > 6 and (title in want or want in title))
        ):
            return True
    return False


def _match(label: Label, candidates: list[dict[str, Any]], used: set[int]) -> dict[str, Any] | None:
    """The first unused posting of the label's page that the label describes."""
    if "key" not in label:
        return next(
            (
                p
                for p in candidates
                if id(p) not in used and _title_matches(p.get("title"), label["title"])
            ),
            None,
        )
    key = _key(label["key"])[:_KEY_CHARS]
    return next(
        (
            p
            for p in candidates
            if id(p) not in used and key and key in _key(p["description"])[:400]
        ),
        None,
    )


def evaluate(postings: Iterable[Posting], labels: Sequence[Label]) -> Report:
    """Score *postings* against *labels*; postings of pages without labels are ignored."""
    by_page: dict[str, list[dict[str, Any]]] = {}
    for posting in postings:
        page = PurePosixPath((posting.source.uri or "").replace("\\", "/")).name
        by_page.setdefault(page, []).append(posting_to_dict(posting))
    report = Report(labels=len(labels))
    used: set[int] = set()
    for label in labels:
        count = report.pages.setdefault(label["file"], PageCount())
        count.labels += 1
        match = _match(label, by_page.get(label["file"], []), used)
        if match is None:
            what = label.get("key") or (label["title"] or [None])[0]
            report.errors.append(f"missed {label['file']}#{label.get('index')}: {what!r}")
            continue
        used.add(id(match))
        report.matched += 1
        count.matched += 1
        _compare(label, match, report)
    for name, count in report.pages.items():
        for item in by_page.get(name, []):
            if id(item) not in used:
                count.spurious += 1
                report.spurious += 1
                report.errors.append(f"spurious {name}: {item.get('title')!r}")
    return report
