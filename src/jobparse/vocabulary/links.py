"""Apply controls, field labels and the links of job pages: what a control or label says."""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from jobparse.tables import words
from jobparse.text_cache import text_cache
from jobparse.vocabulary.core import (
    _trimmed,
    _vocabulary,
    _words,
    fold,
)

__all__ = [
    "apply_text",
    "ats_url",
    "before_apply_call",
    "closing_fact_start",
    "contact_url",
    "fact_label",
    "filter_url",
    "job_url",
    "label_field",
]

#: What of a text is read to tell an apply control: none says more than this.
_LONGEST_CONTROL_TEXT = 1000


_APPLY_TO = re.compile(r"\s*(?:[—–:|-]|\bfor\b|\bto\b|\bas\b)\s*")
#: A platform an apply control leads to: "Apply on LinkedIn", "Aplicar en Indeed".
_APPLY_ON = re.compile(r"\s+(?:on|via|at|en|sur|auf|über|em|su|op)\s+(?-i:[A-Z])", re.IGNORECASE)


#: "Click here to", "tap to": what opens a control's text before what it does.
_CLICK_HERE = re.compile(r"^(?:click|tap|press)(?: here)? to ")


@text_cache(8192)
def apply_text(text: str) -> bool:
    """Whether a link's or button's text asks to apply, in any of the languages.

    An apply phrase may name what it applies for: "Apply — Data Analyst".

    >>> apply_text(" Jetzt bewerben › "), apply_text("Postular"), apply_text("Apply filters")
    (True, True, False)
    >>> apply_text("Apply — Data Analyst"), apply_text("Apply for this job")
    (True, True)
    >>> apply_text("Click here to apply!"), apply_text("Click here to read more")
    (True, False)
    """
    folded = fold(_trimmed(text[:_LONGEST_CONTROL_TEXT]))  # a page's text is no button
    folded = _CLICK_HERE.sub("", folded)  # "Click here to apply!": the control says apply
    texts = _vocabulary().apply_texts
    if folded in texts:
        return True
    for phrase in ("apply", "bewerben", "postuler", "postular", "solliciteer", "candidati"):
        if folded.startswith(phrase) and _APPLY_TO.match(folded, len(phrase)) is not None:
            return True
    bare = _CLICK_HERE.sub("", _trimmed(text[:_LONGEST_CONTROL_TEXT]).casefold())
    for phrase in ("apply", "aplicar", "bewerben", "postuler", "postular", "candidatar"):
        # "Aplicar en Indeed": the platform named with a capital after its preposition
        if bare.startswith(phrase) and _APPLY_ON.match(
            _trimmed(text[:_LONGEST_CONTROL_TEXT]), len(phrase) + _lead(text, bare)
        ):
            return True
    return False


def before_apply_call(text: str) -> str | None:
    """What a text says before a call to apply that closes it, if one does.

    A listing's link may name its job and ask to apply in one sentence:
    "Java Developer ilanına başvurmak için tıklayınız." (Turkish: click to apply
    to the Java Developer advert), "Data Analyst – click here to apply".

    >>> before_apply_call("Data Analyst – click here to apply"), before_apply_call("Analyst")
    ('Data Analyst', None)
    """
    words = text.split()
    if len(words) > _LONGEST_CALLED_TEXT:
        return None
    for at in range(1, len(words)):
        if apply_text(" ".join(words[at:])):
            return " ".join(words[:at]).rstrip(" -–—|:,") or None
    return None


#: The most words of a link's text that names a job and asks to apply.
_LONGEST_CALLED_TEXT = 16


def _lead(text: str, bare: str) -> int:
    """How many characters of *text* come before its *bare* form ("Click here to ")."""
    trimmed = _trimmed(text[:_LONGEST_CONTROL_TEXT])
    return len(trimmed) - len(bare)


def ats_url(url: str) -> bool:
    """Whether a URL leads to an applicant-tracking site, where a job is applied for.

    >>> ats_url("https://grnh.se/d93c23471us"), ats_url("https://acme.example/jobs/1")
    (True, False)
    """
    host = (urlsplit(url).hostname or "").casefold()
    return any(host == ats or host.endswith("." + ats) for ats in _vocabulary().ats_hosts)


def contact_url(url: str) -> bool:
    """Whether a URL leads to a contact page ("/contacteer-ons/"), never an apply link.

    >>> contact_url("https://acme.example/contacteer-ons/"), contact_url("/jobs/1/apply")
    (True, False)
    """
    path = urlsplit(url).path.casefold()
    return bool(set(re.split(r"[/._]", path)) & _vocabulary().contact_words)


def job_url(url: str) -> bool:
    """Whether a URL's words say it leads to a job: ``/careers/jobs/123``, ``boards.greenhouse.io``.

    >>> job_url("https://acme.example/vacatures/monteur"), job_url("https://acme.example/about")
    (True, False)
    """
    words = set(_words(fold(url.split("?", 1)[0].split("#", 1)[0])))
    return bool(words & _vocabulary().job_url_words)


_QUERY_KEY = re.compile(r"(?:^|&)([^=&\[]+)")


def filter_url(url: str) -> bool:
    """Whether a URL leads to a search of jobs (a facet, a filter, a pager), not to one job.

    >>> filter_url("/jobs/search?f%5B0%5D=job_research_profile%3A448"), filter_url("/jobs?page=2")
    (True, True)
    >>> filter_url("/jobs/1234-data-engineer"), filter_url("https://acme.example/viewjob?jk=f64d")
    (False, False)
    """
    path, _, query = url.partition("#")[0].partition("?")
    vocabulary = _vocabulary()
    last = path.rstrip("/").rsplit("/", 1)[-1].casefold()
    if last in vocabulary.filter_url_words:
        return True
    keys = {unquote(key).casefold() for key in _QUERY_KEY.findall(query)}
    return bool(keys) and keys <= vocabulary.filter_params


@text_cache(8192)
def fact_label(text: str) -> tuple[str, str] | None:
    """A labelled fact of a card or posting: ``("location", "Hamburg")`` for "Standort: Hamburg".

    The label must end at a colon (or, for a short line, stand alone before one).

    >>> fact_label("Ubicación: Madrid"), fact_label("Bewerbungsschluss: 15.01.2027")
    (('location', 'Madrid'), ('deadline', '15.01.2027'))
    >>> fact_label("We are hiring: engineers") is None
    True
    >>> fact_label("【雇用形態】正社員")
    ('employment_type', '正社員')
    """
    bracketed = _BRACKETED_LABEL.match(text)
    if bracketed is not None:  # "【雇用形態】正社員": the brackets mark the label, as a colon does
        label, value = bracketed.group(1), text[bracketed.end() :].lstrip(":：")
        return _labelled(label, value) if value.strip() else None
    ascii_at, wide_at = text.find(":"), text.find("：")  # the label ends at the first colon
    mark = "：" if wide_at >= 0 and (ascii_at < 0 or wide_at < ascii_at) else ":"
    label, colon, value = text.partition(mark)  # "勤務時間：8:30～17:30": at the full-width one
    if not colon or not value.strip() or len(label) > 40:
        return None
    return _labelled(label, value)


#: A label in lenticular brackets opening a line: "【雇用形態】", "【応募資格】" (Japanese).
_BRACKETED_LABEL = re.compile(r"\s*【([^【】]{1,20})】")


def _labelled(label: str, value: str) -> tuple[str, str] | None:
    """The field *label* names, with its value, if the vocabulary knows the label."""
    folded = fold(_without_marks(label))  # "📍 Luogo", "• Standort": a line's pictograph
    for field, labels in _vocabulary().labels:
        if folded in labels:
            return field, value.strip()
    return None


def closing_fact_start(text: str) -> int | None:
    """Where a labelled fact that closes a title begins, if one does.

    A heading's parts can be shown apart and read as one line: the role, then
    its head count or its date of publication ("营销总监 招聘人数：1",
    "礼品设计师发布日期：2017.06.10", "Data Engineer Location: Berlin").

    >>> closing_fact_start("营销总监 招聘人数：1"), closing_fact_start("Engineer Location: Berlin")
    (5, 9)
    >>> closing_fact_start("Location: Berlin") is None, closing_fact_start("Sales: Berlin") is None
    (True, True)
    """
    labels = _closing_labels()
    for mark in (":", "："):
        at = text.find(mark)
        while at > 0:
            if text[at + 1 :].strip():
                for start in range(max(1, at - _LONGEST_LABEL), at):
                    before = text[start - 1]
                    unspaced = not before.isascii() and not text[start].isascii()
                    if not (before.isspace() or unspaced):
                        continue  # a Latin label starts a word; a Chinese one anywhere
                    if fold(text[start:at].strip()) in labels and any(
                        c.isalpha() for c in text[:start]
                    ):
                        return start
            at = text.find(mark, at + 1)
    return None


#: The longest label searched for before a colon.
_LONGEST_LABEL = 40


@functools.cache
def _closing_labels() -> frozenset[str]:
    """The labels of facts, of a date of publication and of a head count, folded."""
    data = words()
    return frozenset(
        fold(label).rstrip(" :：")
        for label in (
            *(w for labels in data["fact_labels"].values() for w in labels),
            *data["not_event_cues"],
            *data["headcount_labels"],
        )
    )


def _without_marks(label: str) -> str:
    """A label without the pictographs, bullets, joiners and section number opening its line.

    "3.ĐỊA ĐIỂM LÀM VIỆC", "2) Standort", "IV. Location": the number of a posting's part.
    """
    start = 0
    while start < len(label) and (
        label[start].isspace()
        or unicodedata.category(label[start])[0] in "SPC"
        or unicodedata.category(label[start]) == "Mn"
    ):
        start += 1
    numbered = _SECTION_NUMBER.match(label, start)
    return label[numbered.end() :] if numbered else label[start:]


#: The number of a posting's part before its label: "3.", "2)", "IV.".
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]\s*(?=[^\W\d_])")


def label_field(text: str) -> str | None:
    """The field a text names when it stands as a label: "Stelle" (a column's header) is "title".

    >>> label_field("Sista ansökningsdatum"), label_field("Berlin")
    ('deadline', None)
    """
    label = fact_label(f"{text}: x")
    return label[0] if label is not None else None
