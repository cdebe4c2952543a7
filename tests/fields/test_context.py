"""The prepared text: sentences, anchors, and searches bounded to a part of it."""

from __future__ import annotations

import re

from jobparse import patterns
from tests.fields.helpers import prepare


def test_may_match_is_false_only_for_a_scanned_pattern_whose_anchors_are_absent() -> None:
    ctx = prepare("We offer a summer internship in Berlin.")
    assert ctx.may_match(patterns.EMPLOYMENT_INTERNSHIP)
    assert not ctx.may_match(patterns.EMPLOYMENT_POSTDOC)  # no "post" anywhere
    assert ctx.search(patterns.EMPLOYMENT_POSTDOC) is None
    assert ctx.may_match(re.compile("nothing"))  # not scanned: cannot tell


def test_a_search_bounded_to_a_sentence_sees_only_that_sentence() -> None:
    ctx = prepare("Deadline is near. Apply by March 1, 2025. Start on 1 June 2025.")
    second = ctx.sentences[1]
    dates = [m.group() for m in ctx.finditer(patterns.DATE, second.start, second.end)]
    assert dates == ["March 1, 2025"]
    assert ctx.text[second.start : second.end] == second.text


def test_sentences_with_anchors_are_those_a_pattern_can_match_in() -> None:
    ctx = prepare("Apply by March 1, 2025. We build robots. Start: 2025-09-01.\n\nNo dates here.")
    with_dates = [s.text for s in ctx.sentences_with_anchors(patterns.DATE)]
    assert with_dates == ["Apply by March 1, 2025.", "Start: 2025-09-01."]
    unscanned = patterns.Prefiltered(re.compile("x"), re.compile("x"))  # anchored by a regex
    assert list(ctx.sentences_with_anchors(unscanned)) == list(ctx.sentences)
