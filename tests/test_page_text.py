"""Segmentation of text pages into raw postings."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from jobparse.page.text import split_text_page
from tests.conftest import SEED_FILES

FURNITURE = re.compile(
    r"Skip to|Career Website|not accepting applications|Here we highlight|Search Opportunities"
)


def _seed(name_prefix: str) -> str:
    (path,) = [p for p in SEED_FILES if p.name.startswith(name_prefix)]
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "count"), [("000", 15), ("001", 14), ("002", 15)])
def test_seed_pages_have_the_labelled_number_of_postings(prefix: str, count: int) -> None:
    page = split_text_page(_seed(prefix))
    assert len(page.postings) == count
    assert [p.index for p in page.postings] == list(range(count))


def test_gold_counts_match_per_page(gold: list[dict[str, Any]]) -> None:
    expected = Counter(item["file"] for item in gold)
    found = {
        path.name: len(split_text_page(path.read_text("utf-8")).postings) for path in SEED_FILES
    }
    assert found == dict(expected)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_no_page_furniture_in_any_posting(path: Any) -> None:
    for posting in split_text_page(path.read_text("utf-8")).postings:
        text = "\n".join([posting.lead or "", *posting.paragraphs])
        assert not FURNITURE.search(text), text[:80]


def test_page_year_comes_from_the_header() -> None:
    assert split_text_page(_seed("000")).year == 2024


def test_apply_followed_by_text_is_posting_text_not_a_separator() -> None:
    page = split_text_page(_seed("002"))
    stanford = [p for p in page.postings if "Stanford" in "\n".join(p.paragraphs)]
    assert len(stanford) == 1
    assert stanford[0].paragraphs[-1].startswith("Apply For full consideration")


def test_bullet_starting_with_apply_does_not_split() -> None:
    text = "Search Jobs\nWe build robots.\n  • Apply and extend our toolkit\n  • Ship it\nApply\n"
    page = split_text_page(text)
    assert len(page.postings) == 1
    assert page.postings[0].paragraphs == (
        "We build robots.\n• Apply and extend our toolkit\n• Ship it",
    )


def test_page_that_ends_inside_a_posting_keeps_the_last_posting() -> None:
    text = "Search Opportunities\nFirst advert.\nApply\nLondon\n\n\nSecond advert, cut o"
    page = split_text_page(text)
    assert [p.paragraphs for p in page.postings] == [("First advert.",), ("Second advert, cut o",)]
    assert page.postings[1].lead == "London"


def test_location_label_and_description_label_are_removed() -> None:
    text = (
        "Search Opportunities\nLocation Madrid, ESP\n\n\n"
        "Description Amazon is hiring.\n\nMore.\nApply\n"
    )
    (posting,) = split_text_page(text).postings
    assert posting.lead == "Madrid, ESP"
    assert posting.lead_labelled
    assert posting.paragraphs == ("Amazon is hiring.", "More.")


def test_description_label_alone_on_its_line() -> None:
    text = (
        "Search Opportunities\nLocation Multiple Locations\n\n\n"
        "Description\n\nQualcomm is hiring.\nApply"
    )
    (posting,) = split_text_page(text).postings
    assert posting.lead == "Multiple Locations"
    assert posting.paragraphs == ("Qualcomm is hiring.",)


def test_lead_gap_counts_blank_lines_after_the_first_line() -> None:
    text = (
        "Search Opportunities\nLondon\n\n\nWho are we?\nApply\nEngineering at X\n\nWe build.\nApply"
    )
    first, second = split_text_page(text).postings
    assert (first.lead, first.lead_gap) == ("London", 2)
    assert (second.lead, second.lead_gap) == ("Engineering at X", 1)


def test_sentence_first_line_is_not_a_lead() -> None:
    text = "Search Opportunities\nWe are hiring engineers.\n\n\nJoin us.\nApply"
    (posting,) = split_text_page(text).postings
    assert posting.lead is None
    assert posting.paragraphs == ("We are hiring engineers.", "Join us.")


def test_header_without_search_box_is_skipped_by_its_furniture_lines() -> None:
    text = (
        "Skip to main content\n\nACME 2025 Career Website\n\n"
        "The ACME 2025 conference is not accepting applications to post at this time.\n\n"
        "Boston, MA\n\n\nWe build rockets.\nApply\n"
    )
    page = split_text_page(text)
    assert [(p.lead, p.paragraphs) for p in page.postings] == [
        ("Boston, MA", ("We build rockets.",))
    ]
    assert page.year == 2025


def test_footer_after_the_last_apply_is_not_a_posting() -> None:
    text = (
        "Search Opportunities\nWe build rockets.\nApply\n\nSuccessful Page Load\n"
        "ACME uses cookies for essential functions only. Our Privacy Policy »\nAccept Cookies\n"
        "© 2025 ACME Foundation\n"
    )
    assert len(split_text_page(text).postings) == 1


def test_apply_line_variants_and_windows_newlines() -> None:
    text = "Search Opportunities\r\nOne.\r\nApply\r\nTwo.\r\n  APPLY NOW  \r\nThree.\r\napply\r\n"
    page = split_text_page(text)
    assert [p.paragraphs for p in page.postings] == [("One.",), ("Two.",), ("Three.",)]


def test_empty_chunks_between_separators_are_dropped() -> None:
    page = split_text_page("Search Opportunities\nApply\n\nApply\nReal posting.\nApply\n\n")
    assert [p.paragraphs for p in page.postings] == [("Real posting.",)]


def test_paragraph_whitespace_is_normalised() -> None:
    page = split_text_page("Search Opportunities\nA  b\t c   \nd\n\n\n\ne\nApply")
    assert page.postings[0].paragraphs == ("A b c\nd", "e")
