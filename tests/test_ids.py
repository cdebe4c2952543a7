"""Posting ids: a hash of the posting's words, blind to case, spacing and punctuation."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from jobparse.ids import content_words, posting_id


def _reference_words(text: str) -> bytes:
    """The definition the fast path must equal: NFKC, case-fold, the \\w+ runs."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", folded)).encode("utf-8")


@given(st.text())
def test_content_words_equal_the_regex_definition_on_any_text(text: str) -> None:
    assert content_words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from("aZ_9 .,;’•—\u00a0\u2009é\u00dfİﬁ①\n\t-")))
def test_content_words_equal_the_regex_definition_on_mixed_scripts_and_marks(text: str) -> None:
    assert content_words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from("aZ_9 .,’ßİﬁ①\u0301e\n")))
def test_a_caller_s_case_fold_gives_the_same_words(text: str) -> None:
    assert content_words(text, folded=text.casefold()) == _reference_words(text)


def test_ids_ignore_case_spacing_and_punctuation_but_not_words() -> None:
    assert posting_id("Amazon’s R&D team, Zürich.") == posting_id("amazon s  r d TEAM\nzürich")
    assert posting_id("Amazon’s R&D team") != posting_id("Amazon’s R&D teams")
    assert posting_id("ﬁne") == posting_id("FINE")  # NFKC: the ligature is two letters
    assert len(posting_id("x")) == 16
