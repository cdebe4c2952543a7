"""The compiled patterns: the one-pass anchor scan, possessive runs, sentence cuts.

That every pattern runs in linear time is checked in ``tests/test_linear_time.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobparse import patterns

#: Compiled patterns, and the prefiltered or anchored wrappers around some of them.
PATTERNS = {
    name: value
    for name, value in patterns.all_patterns().items()
    if isinstance(value, (re.Pattern, patterns.Prefiltered))
}


# ---------------------------------------------------------------------------
# The one-pass anchor scan finds exactly what each wrapped pattern finds alone
# ---------------------------------------------------------------------------

WRAPPED = [value for value in PATTERNS.values() if isinstance(value, patterns.Prefiltered)]
SCANNED = [pattern for pattern in WRAPPED if pattern.number >= 0]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
FRAGMENTS = sorted(
    {anchor for pattern in SCANNED for anchor in pattern.anchors}
    | set(" , . ; : \n ( ) ' ’ - the a an our is are we you Acme Robotics Labs Inc".split(" "))
    | {" ", "\n", " at Acme", "Helm.ai", "Prof. Li", "to join", "2025", "August 1"}
    | {"in ", " in", "at ", "full-time ", "hybrid", "Boston", "  "}
)


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _assert_scan_agrees(text: str) -> None:
    found = patterns.scan_anchors(text)
    for pattern in SCANNED:
        alone = _spans(pattern.finditer(text))
        scanned = _spans(pattern.finditer(text, spans=found[pattern.number]))
        assert scanned == alone, pattern.pattern.pattern[:60]


def test_every_word_anchored_pattern_is_in_the_scan() -> None:
    assert len(SCANNED) >= 15
    assert all(pattern.anchors for pattern in SCANNED)


@pytest.mark.parametrize("index", range(len(SEED_TEXTS)))
def test_scan_agrees_with_each_pattern_alone_on_the_seeds(index: int) -> None:
    _assert_scan_agrees(SEED_TEXTS[index])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_scan_agrees_with_each_pattern_alone_on_any_mix_of_anchors(text: str) -> None:
    _assert_scan_agrees(text)


def test_scan_agrees_where_anchors_overlap() -> None:
    # "lab"/"laboratory" start together; "hiring" sits in two patterns' anchors.
    _assert_scan_agrees("Our laboratory, Acme Labs, is hiring. Hiring full-time: Acme's lab.")


def _assert_wrapped_ends_like_its_regex(text: str, pos: int = 0, endpos: int | None = None) -> None:
    """A wrapped pattern ends its matches where its regex alone does, in ``text[pos:endpos]``.

    (Ends, not starts: a pattern that may open with spaces, "\\s*role", can start
    later when tried from its anchor; every caller reads what follows a match.)
    """
    found = patterns.scan_anchors(text)
    end = len(text) if endpos is None else endpos
    for pattern in SCANNED:
        alone = [m.end() for m in pattern.pattern.finditer(text, pos, end)]
        wrapped = [m.end() for m in pattern.finditer(text, pos, end, spans=found[pattern.number])]
        assert wrapped == alone, pattern.pattern.pattern[:60]


@pytest.mark.parametrize("index", range(len(SEED_TEXTS)))
def test_wrapped_patterns_end_like_their_regex_on_the_seeds_and_each_line(index: int) -> None:
    text = SEED_TEXTS[index]
    _assert_wrapped_ends_like_its_regex(text)
    start = 0
    for line in text.splitlines(keepends=True):  # a search bounded to a sentence or line
        _assert_wrapped_ends_like_its_regex(text, start, start + len(line.rstrip("\n")))
        start += len(line)


@pytest.mark.parametrize(
    "text",
    [
        "You will work in office at Boston, not remotely.",
        "This is a full-time      role in Boston.",
        "A hybrid ROLE BASED IN Boston; the Position is located at the Boston lab.",
        "Happy to relocate to Boston? Working out of our Boston office, on-site in Boston.",
        "Our lab in Boston and campus in Cambridge. In-person at the Boston hub.",
    ],
)
def test_cue_words_end_like_their_regex_where_the_match_starts_before_the_anchor(
    text: str,
) -> None:
    _assert_wrapped_ends_like_its_regex(text)
    assert [m.end() for m in patterns.JOB_PLACE_CUE.finditer(text)]  # the example holds cues


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
)
def test_wrapped_patterns_end_like_their_regex_on_any_mix_and_bounds(
    text: str, pos: int, length: int
) -> None:
    _assert_wrapped_ends_like_its_regex(text, min(pos, len(text)), min(pos + length, len(text)))


def test_at_one_start_the_first_listed_anchor_wins_as_in_a_regex() -> None:
    # The anchor's end sets the window: "lab" (listed first) gives "lab", not "laboratory".
    for anchors in (["lab", "laboratory"], ["laboratory", "lab"]):
        pattern = patterns.Anchored(re.compile(r"lab\w*"), anchors, before=0, after=0)
        try:
            text = "Our laboratory and lab."
            (spans,) = patterns.core._AnchorIndex([pattern]).scan(text)
            assert _spans(pattern.finditer(text, spans=spans)) == _spans(pattern.finditer(text))
        finally:
            patterns.core._ANCHORED.remove(pattern)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n(\"'“.aAeEgiI.rsStT"), max_size=20))
def test_the_word_before_a_dot_is_the_run_of_non_space_non_opening_marks(before: str) -> None:
    from jobparse.fields.context import _ABBREVIATIONS, _is_abbreviation

    text = before + "."
    run = re.search(r"[^\s(\"'“]*\Z", text[max(0, len(before) - 12) : len(before)])
    word = run.group().casefold() if run else ""
    expected = word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
    assert _is_abbreviation(text, len(before)) == expected


# ---------------------------------------------------------------------------
# Names whose words never give letters back match as the plain greedy names do
# ---------------------------------------------------------------------------

RIGID = {
    "COMPANY_SUBJECT": patterns.COMPANY_SUBJECT,
    "ORG_NAME_BEFORE": patterns.ORG_NAME_BEFORE,
    "ORG_NAME_AFTER": patterns.ORG_NAME_AFTER,
}
NAME_WORDS = (
    "The Acme Helm.ai R&D A/B Inc Inc. GmbH Ltd of and for de MSRA (MSRA) ( ) , . - & ’s 's "
    "is are has builds is looking hiring at Robotics Labs School Science x9 X-ray a"
)
NAME_FRAGMENTS = [*NAME_WORDS.split(" "), " ", "  ", "\t", ", ", "-", "_"]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace("*+", "*"), pattern.flags)


def _assert_rigid_names_agree(text: str) -> None:
    for name, pattern in RIGID.items():
        plain = _plain(pattern)
        for start in range(len(text) + 1):
            for found, expected in (
                (pattern.match(text, start), plain.match(text, start)),
                (pattern.search(text, 0, start), plain.search(text, 0, start)),
            ):
                got = (found.span(), found.groupdict()) if found else None
                want = (expected.span(), expected.groupdict()) if expected else None
                assert got == want, (name, text, start)


def test_rigid_names_are_possessive_where_python_allows_it() -> None:
    import sys

    assert all(("*+" in p.pattern) == (sys.version_info >= (3, 11)) for p in RIGID.values())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_FRAGMENTS), max_size=14).map(" ".join))
def test_rigid_names_match_as_plain_names_on_any_mix_of_name_words(text: str) -> None:
    _assert_rigid_names_agree(text)


def test_rigid_names_match_as_plain_names_on_the_seed_sentences() -> None:
    for text in SEED_TEXTS:
        for line in text.splitlines():
            for pattern in RIGID.values():
                plain = _plain(pattern)
                for start in range(0, len(line), 3):
                    found, expected = pattern.match(line, start), plain.match(line, start)
                    assert (found and found.span()) == (expected and expected.span()), line


AS_PHRASE_WORDS = "As as a an the Sr. Dr. Senior Research Engineer . , ; ( you your will".split()


def _assert_title_as_agrees_with_the_lazy_phrase(text: str) -> None:
    pattern = patterns.TITLE_AS.pattern
    lazy = re.compile(pattern.pattern.replace("{3,90}+", "{3,90}?"), pattern.flags)
    for start in range(len(text)):
        found, expected = pattern.match(text, start), lazy.match(text, start)
        assert (found and found.span()) == (expected and expected.span()), (text, start)
        if found and expected:
            assert found.group("phrase").rstrip(" \t") == expected.group("phrase").rstrip(" \t")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(AS_PHRASE_WORDS), st.sampled_from([" ", "  ", "\t", "x" * 40])),
        max_size=30,
    ).map(" ".join)
)
def test_title_as_phrase_read_to_its_comma_matches_as_the_lazy_phrase(text: str) -> None:
    _assert_title_as_agrees_with_the_lazy_phrase(text)


def test_title_as_phrase_read_to_its_comma_matches_as_the_lazy_phrase_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        for line in text.splitlines():
            if "s " in line:
                _assert_title_as_agrees_with_the_lazy_phrase(line)


def _reference_sentences(paragraph: str) -> list[str]:
    """The sentences by the plain rule: cut at every break whose dot ends no abbreviation."""
    from jobparse.fields.context import _is_abbreviation

    sentences, start = [], 0
    for match in patterns.SENTENCE_BREAK.finditer(paragraph):
        end = match.start()
        if paragraph[end] == "." and _is_abbreviation(paragraph, end):
            continue
        sentences.append(paragraph[start : end + 1 if paragraph[end] in ".!?" else end].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


SENTENCE_WORDS = "Dr. e.g. (approx. Inc. A. team. engineers. abcdefg. Zürichs. x ! ? • \n".split(
    " "
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SENTENCE_WORDS, " ", "  ", "word"]), max_size=25).map(" ".join))
def test_sentences_are_cut_as_the_plain_rule_cuts_them(paragraph: str) -> None:
    from jobparse.fields.context import split_sentences

    sentences = split_sentences(paragraph, offset=5)
    assert [s.text for s in sentences] == _reference_sentences(paragraph)
    assert all(paragraph[s.start - 5 : s.end - 5] == s.text for s in sentences)


# ---------------------------------------------------------------------------
# Every text a wrapped pattern's regex matches holds one of its anchors
# ---------------------------------------------------------------------------

#: Patterns whose regex Hypothesis cannot generate text for (a look-ahead it cannot satisfy).
UNGENERATED = {"UNIT_AT_LINK"}
#: How the texts are written for case-insensitive patterns: in lower case, but dates with
#: capitals (month names are anchored capitalised; lower-case "may" and "march" are words).
CASE_FORM = {"DATE": str.title}


@pytest.mark.parametrize(
    "name",
    sorted(
        n
        for n, v in PATTERNS.items()
        if n not in UNGENERATED and isinstance(v, patterns.Prefiltered)
    ),
)
def test_every_text_the_regex_matches_is_found_by_the_wrapped_pattern(name: str) -> None:
    """Anchors are complete: no way of writing a match lacks them (one space between words)."""
    wrapped = PATTERNS[name]
    assert isinstance(wrapped, patterns.Prefiltered)
    case_form = CASE_FORM.get(name, str.lower) if wrapped.pattern.flags & re.I else str

    @settings(max_examples=100, deadline=None, database=None)
    @given(st.from_regex(wrapped.pattern, fullmatch=True))
    def check(text: str) -> None:
        text = case_form(re.sub(r"\s+", " ", text))
        if wrapped.pattern.fullmatch(text) is not None:
            assert wrapped.search(text) is not None, text

    check()


def test_an_anchor_inside_another_still_opens_its_match() -> None:
    # " search" (for "in search of") holds "searching": its failed window must not hide it.
    text = "We are currently searching for a Data Engineer."
    scanned = patterns.scan_anchors(text)[patterns.TITLE_TRIGGER.number]
    found = [m.group() for m in patterns.TITLE_TRIGGER.finditer(text, spans=scanned)]
    assert found == [m.group() for m in patterns.TITLE_TRIGGER.finditer(text)] == ["searching for "]
