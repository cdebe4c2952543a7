"""The evaluation gate: accuracy on the labelled seeds may not fall below its floors.

The seeds are the development set; these floors are the acceptance bar of the
field heuristics. Raising a floor is welcome; lowering one needs a reason in
the commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import jobparse
from jobparse.evaluation import Report, evaluate, load_labels
from tests.conftest import SEEDS

FLOORS = {
    "segment_recall": 1.0,
    "segment_precision": 1.0,
    "company": 0.95,
    "title": 0.90,
    "location": 0.95,
    "deadline": 1.0,
    "email": 1.0,
    "url": 1.0,
    "employment_type": 0.95,
    "rolling": 1.0,
}


HELDOUT = Path(__file__).parent / "pages" / "heldout"


@pytest.fixture(scope="module")
def report(gold: list[dict[str, Any]]) -> Report:
    return evaluate(jobparse.iter_postings([SEEDS]), gold)


HELDOUT_PAGES = ("eccv_listing", "cvpr_style_2")


@pytest.fixture(scope="module", params=HELDOUT_PAGES)
def heldout_report(request: pytest.FixtureRequest) -> Report:
    """Listing pages written after the rules were tuned on the seeds (see docs/heuristics.md)."""
    labels = load_labels(HELDOUT / f"{request.param}.labels.jsonl")
    return evaluate(jobparse.parse_file(HELDOUT / f"{request.param}.txt"), labels)


@pytest.mark.parametrize(("field", "floor"), FLOORS.items())
def test_heldout_pages_meet_the_same_floors(
    heldout_report: Report, field: str, floor: float
) -> None:
    score = heldout_report.scores()[field]
    assert score >= floor, f"{field} {score:.3f} < {floor}\n" + "\n".join(heldout_report.errors)
    assert heldout_report.company_invented == 0


@pytest.mark.parametrize(("field", "floor"), FLOORS.items())
def test_field_meets_its_floor(report: Report, field: str, floor: float) -> None:
    score = report.scores()[field]
    assert score >= floor, f"{field} {score:.3f} < {floor}\n" + "\n".join(report.errors)


def test_no_company_is_invented(report: Report) -> None:
    assert report.company_invented == 0, "\n".join(report.errors)


def test_every_label_is_matched(report: Report, gold: list[dict[str, Any]]) -> None:
    assert report.matched == len(gold) == 44


def test_the_scorer_notices_a_wrong_answer(gold: list[dict[str, Any]]) -> None:
    postings = list(jobparse.iter_postings([SEEDS]))
    wrong = [attrs.evolve(p, company="Invented Corp") for p in postings]
    report = evaluate(wrong, gold)
    assert report.scores()["company"] < 0.5
    assert report.company_invented == 5


# ---------------------------------------------------------------------------
# HTML pages: the real pages of html_dev and the hand-made development pages
# ---------------------------------------------------------------------------

HTML_PAGES = Path(__file__).parent / "pages"
#: Floors of each labelled HTML page set (tests/gold/FORMAT.md, "HTML pages"): a little
#: under today's figures, so that a change that loses postings or fields fails here.
HTML_FLOORS = {
    "html_dev": {
        "segment_recall": 0.98, "segment_precision": 0.98, "page_recall": 0.97,
        "page_precision": 0.97, "company": 0.93, "location": 0.90, "deadline": 0.97,
        "employment_type": 0.93, "apply_url": 0.95,
    },
    # Real pages of issue 21 (../shared/html-dev-2 and -3, SOURCES.tsv in each folder):
    # 72 pages, 17 of them outside English, labelled by hand before any parser ran.
    "html_dev_2": {
        "segment_recall": 0.98, "segment_precision": 0.96, "page_recall": 0.96,
        "page_precision": 0.95, "company": 0.88, "location": 0.72, "deadline": 0.87,
        "employment_type": 0.85, "apply_url": 0.90,
    },
    "html_dev_3": {
        "segment_recall": 0.97, "segment_precision": 0.98, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.92, "deadline": 0.90,
        "employment_type": 0.93, "apply_url": 0.95,
    },
    # Kept aside in issue 21 and scored once, at the end (docs/heuristics.md): its first
    # figures, a development set from then on (no place was read on these pages then).
    "heldout_real": {
        "segment_recall": 0.90, "segment_precision": 0.90, "page_recall": 0.85,
        "page_precision": 0.80, "company": 0.95, "employment_type": 0.95, "apply_url": 0.95,
        "location": 0.90,
    },
    # The second set kept aside in issue 21 (Chinese, Korean, Japanese, Dutch, German pages,
    # most of them server templates), scored once: found 0.02, precision 0.14 (text sniffed,
    # not HTML). Its figures after the fix of that class; a development set from now on.
    "heldout_real_2": {
        "segment_recall": 0.90, "segment_precision": 0.85, "page_recall": 0.80,
        "page_precision": 0.80, "company": 0.30,
    },
    # The third set kept aside in issue 21 (German, French, Norwegian, Swedish, English
    # company pages), scored once: found 0.72, precision 0.76 (the session's first code
    # scored the same). Its figures after its failure classes were fixed; a development set.
    "heldout_real_3": {
        "segment_recall": 0.95, "segment_precision": 0.97, "page_recall": 0.90,
        "page_precision": 0.95, "company": 0.80, "location": 0.80, "employment_type": 0.85,
        "apply_url": 0.95,
    },
    # The fourth set kept aside in issue 21 (Japanese, Vietnamese, Chinese, Turkish, Czech
    # company pages, three of them with no opening), scored once: found 0.62, precision
    # 0.73, location 0.00, deadline 0.00. Its figures after Vietnamese words, badge links,
    # facts shared by a small listing and bold spans on their own lines; a development
    # set now (company 0.80: the two jobs found last name no employer the page states).
    "heldout_real_4": {  # location 0.30 -> 0.25: the pharmacy's two cards found, no town
        "segment_recall": 0.90, "segment_precision": 0.90, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.75, "location": 0.25, "deadline": 0.95,
        "employment_type": 0.75, "apply_url": 0.95,
    },
    # The fifth set kept aside in issue 21 (Russian, Ukrainian, Italian, Indonesian company
    # pages, two with no opening), scored once: found 0.00, precision 0.00 (the session's
    # first code the same). Its figures after Russian and Ukrainian words, Cyrillic town
    # names and months; a development set now.
    "heldout_real_5": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.40, "apply_url": 0.95,
    },
    # The sixth set kept aside in issue 21 (Dutch, Polish, Swedish, Czech, Japanese company
    # pages, two with no opening), scored once: found 0.29, precision 0.25. Its figures after
    # line breaks in headings, repeated cards, labelled titles, row-headed tables, div
    # grids with a header row, towns after "i"/"till", pages opening with a site generator's
    # front matter and careers pages under a slogan were fixed; a development set now.
    "heldout_real_6": {
        "segment_recall": 0.97, "segment_precision": 0.97, "page_recall": 0.97,
        "page_precision": 0.97, "company": 0.80, "location": 0.80, "deadline": 0.95,
        "employment_type": 0.95, "apply_url": 0.95,
    },
    # The seventh set kept aside in issue 21 (German, Portuguese, Spanish company pages, nine
    # of twelve with no opening), scored once at the end of the session: found 1.00,
    # precision 1.00 on the three pages with jobs, location 0.92; 3 of the 9 pages with no
    # opening gave a posting. Its figures after pages saying they have no opening were read
    # so; a development set now.
    "heldout_real_7": {
        "segment_recall": 0.97, "segment_precision": 0.97, "page_recall": 0.97,
        "page_precision": 0.97, "company": 0.95, "location": 0.90, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    # The eighth set kept aside in issue 21 (fr, en, es, ja, it, no: four pages with jobs,
    # four with none; one job board), scored once at the end of its session: found 0.92,
    # precision 0.96, per page 0.80/0.80, company 0.59, location 0.83, employment 0.86 (its
    # labels of "CDI" and "Hybride" corrected after to ../shared's conventions); 3 of its 4
    # pages with no opening gave one posting each. Its figures after a card's labelled
    # employer, a way of working beside a place and a page's own careers title were read (a
    # lab page whose headings are <h10> tags is still missed, a lab's general invitation
    # still gives one); a development set now.
    "heldout_real_8": {
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.80,
        "page_precision": 0.80, "company": 0.85, "location": 0.80, "employment_type": 0.85,
        "apply_url": 0.55,
    },
    # The ninth set kept aside in issue 21 (tr, sv, pl, ko, az: three pages with jobs, six
    # with none), scored once: found 0.83, precision 0.71 on the pages with labels, per page
    # 0.67/0.56, company 0.60, employment 0.60; 5 of the 6 pages with no opening gave one
    # (precision over all pages 5/12). Its figures after contact-page spontaneous
    # applications, Korean no-opening phrases, untitled pages hiring nobody, skill tags,
    # "logotyp", "fulltid" and menus' link texts were read (a general application's
    # JSON-LD still gives one); a development set now.
    "heldout_real_9": {
        "segment_recall": 0.80, "segment_precision": 0.80, "page_recall": 0.65,
        "page_precision": 0.65, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    # Held out (nl, fi, cs, pl, el, zh), scored once at 0.72 / 0.90; a <title> left from
    # another company's page, section headings' colons, a title under its own label, Dutch
    # hyphenated dates, long Chinese sentences and licence numbers were read since; a
    # development set now.
    # Found 0.96 since craft and service roles ("Keuken hulp", "makléř") are roles; the
    # places of the two postings so found are not read (location 0.92).
    "heldout_real_10": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.85,
        "page_precision": 0.85, "company": 0.80, "location": 0.90, "employment_type": 0.95,
    },
    # Held out (ja, de, it, es, en, pt, fi, sv; 9 of 15 pages with no opening), scored once
    # at 0.69 / 0.90; roles listed as labelled lines, a role after a place cue and CJK
    # footer addresses were read since; a development set now.
    "heldout_real_11": {  # location 0.60 -> 0.50: the promoter's four towns (prose) unread
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.50, "employment_type": 0.85,
    },
    # Held out (nl, tr, pl, fr, en; 5 of 10 pages with no opening), scored once at 1.00 /
    # 1.00 on its labelled pages, 3 no-opening pages giving a posting; "not hiring" pages'
    # sentence-only titles and sections were read since; a development set now.
    "heldout_real_12": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.95, "employment_type": 0.95,
    },
    # Held out (it, nl, es, pt, fr; 3 of 8 pages with no opening), scored once at 0.47 /
    # 0.88 with all of 2026-12-07's code; Italian plurals, pictographs before titles,
    # "Lavora con Noi - X" and "©2017 - X" were read since; a development set now.
    "heldout_real_13": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.50, "employment_type": 0.80,
    },
    # Held out (de, fr, sv; 3 of 6 pages with no opening), scored once at the end of
    # 2026-12-07 at 0.75 / 0.55 (area cards read beside the offers they summarise; fixed
    # since); Swedish plural roles ("Massageterapeuter") are read since craft and service
    # occupations are roles.
    "heldout_real_14": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.60, "employment_type": 0.80,
    },
    # Held out (pl, vi, ru, no, da, ja, fi, tr; 3 of 12 pages with no opening), scored once
    # at 0.33 / 0.38 with 1438f44 (a Windows-1254 page under a utf-8 meta, Nordic and Polish
    # hiring sentences, Japanese section headings, craft roles); a development set now.
    "heldout_real_15": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.75, "location": 0.70, "employment_type": 0.75,
    },
    # Held out (ja, tr, nl, it, zh; 2 of 10 pages with no opening), scored once at 0.67 /
    # 0.51 with 6b1bda6 (numbered duties read as roles, a hiring line's list of roles, Turkish
    # possessive roles, Italian province codes); a development set now.
    "heldout_real_16": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.85,
        "page_precision": 0.85, "company": 0.90, "location": 0.70, "employment_type": 0.90,
    },
    # Held out (id, ru, pl, cs, pt; 5 of 8 pages with no opening), scored once at 0.89 / 1.00
    # on its labelled pages with 558f10b, 3 no-opening pages giving a posting (jobs loaded by
    # script, "Nenhuma vaga aberta"); a development set now.
    "heldout_real_17": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.90, "employment_type": 0.85,
    },
    # Labelled before output (ko, sv), two pages' labels corrected after scoring (read from a
    # cut-short rendering): no held-out figure; a development set.
    "heldout_real_18": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.85, "employment_type": 0.95,
    },
    # Held out (ru, vi, id, tr, it; 5 of 10 pages with no opening), scored once at the end of
    # the session at 0.31 / 0.32 (a table read cell by cell, Russian listed roles); both
    # classes were read since: a development set now.
    "heldout_real_19": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.80, "company": 0.40, "location": 0.35, "employment_type": 0.80,
    },
    # Held out (ru, vi, tr, id; 2 of 8 pages with no opening), scored once with the session's
    # final code at 0.53 / 0.69; Vietnamese section headings and Russian trades read since.
    "heldout_real_20": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.75, "location": 0.20, "employment_type": 0.90,
    },
    # Held out (ja, zh, nl; 1 of 5 pages with no opening), scored once with the session's
    # final code at 0.57 / 1.00 (0.73 over all pages); a nav labelled as jobs and Dutch
    # "-werker" trades read since; a staff introduction page still gives three postings.
    "heldout_real_21": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.75, "company": 0.10, "location": 0.70, "employment_type": 0.85,
    },
    # Held out (cs, pl, zh, sv, no, da, tr, nl, ja; 8 of 17 pages with no opening), scored
    # once at the start of the session at 0.83 / 0.90, company 0.18; a posting's section
    # heading as a title part, labelled titles, garment trades and placeholders read since.
    "heldout_real_22": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.80, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    # Held out (pl, it, ja, zh), scored once with the rules for set 22 in at 0.91 / 0.95;
    # pictograph labels, an "open position" label, 官网 and a ward's city read since.
    "heldout_real_23": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.85, "employment_type": 0.90,
        "apply_url": 0.95,
    },
    # Held out (cs, sk, pl, nl, pt, tr; 4 of 8 pages with no opening), scored once at 0.75 /
    # 0.86 (0.67 over all pages); hyphenated roles, Polish professions, feature cards read since.
    "heldout_real_24": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.50, "employment_type": 0.80,
        "apply_url": 0.95,
    },
    # Held out (pt, it, sv, ja; 4 of 6 pages with no opening), scored once at 0.75 / 1.00; the
    # Italian call with an aside before its roles ("per la nostra nuova sede ... per designer")
    # is still missed.
    "heldout_real_25": {
        "segment_recall": 0.70, "segment_precision": 0.95, "page_recall": 0.45,
        "page_precision": 0.45, "company": 0.95, "employment_type": 0.95,
    },
    # Held out (sv, pl, ja, zh; 3 of 7 pages with no opening), scored once at 0.62 / 0.83 (0.71
    # over all pages); items above their paragraph, job headings among labels read since.
    "heldout_real_26": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.90, "employment_type": 0.80,
    },
    # Held out (ko, fi; 7 of 13 pages with no opening), scored once at 0.95 / 0.90 (0.75 over
    # all pages; 0.72 as first labelled); Korean folding, company columns, untitled pages since.
    "heldout_real_27": {
        "segment_recall": 0.95, "segment_precision": 0.90, "page_recall": 0.95,
        "page_precision": 0.90, "company": 0.85, "location": 0.90, "employment_type": 0.95,
    },
    # Held out (nl, vi; 5 of 12 pages with no opening), scored once at 0.92 / 1.00 (0.80 over
    # all pages); Vietnamese districts, chips above a heading, days a week read since.
    "heldout_real_28": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.85, "employment_type": 0.90,
    },
    # Held out (pt, tr, az, id; 6 of 11 pages with no opening), scored once at 0.79 / 1.00 (0.73
    # over all pages); island-grouped provinces, office words after a town read since.
    "heldout_real_29": {
        "segment_recall": 0.75, "segment_precision": 0.95, "page_recall": 0.55,
        "page_precision": 0.55, "company": 0.95, "location": 0.55, "employment_type": 0.85,
    },
    # Held out (cs, pl, zh; 5 of 9 pages with no opening), scored once at 0.32 / 1.00 (0.75 over
    # all pages; a studio's thirteen intern roles missed); film trades, postal towns since.
    "heldout_real_30": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "location": 0.75,
    },
    # Held out (ro, hu, sv; 3 of 7 pages with no opening), scored once at 0.91 / 1.00 (0.91 over
    # all pages); loading lines, Hungarian inflected terms read since.
    "heldout_real_31": {
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.70,
        "page_precision": 0.70, "employment_type": 0.75,
    },
    # Held out (ro, hu, no, pt; 5 of 10 pages with no opening) and (id, tr; 4 of 6), scored once
    # with the session's final rules: 0.67 / 1.00 and 1.00 / 1.00 over all pages; not tuned on.
    "heldout_real_32": {  # "Videós, aki ...": the role before its relative clause
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    "heldout_real_33": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    # Held out (sk, pl, cs), scored once with the final rules: 0.86 / 0.86; not tuned on.
    "heldout_real_36": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.60, "employment_type": 0.85,
    },
    "heldout_real_39": {
        "segment_recall": 0.80, "segment_precision": 0.95, "page_recall": 0.60,
        "page_precision": 0.60, "company": 0.95, "employment_type": 0.80,
    },
    "heldout_real_66": {  # kept aside, scored once 0.35 / 1.00; unstyled span titles
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_71": {  # kept aside, scored once 0.83 / 0.83 with the session's last rules
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.55,
        "page_precision": 0.55, "company": 0.95, "location": 0.55,
    },
    "heldout_real_72": {  # scored once 0.58 / 1.00; title and pay boxes, "г. Фурманов"
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.85, "employment_type": 0.80,
    },
    "heldout_real_73": {  # scored once 1.00 / 0.21 over all pages (8 with no opening)
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    "heldout_real_75": {  # scored once 0.62 / 0.71 over all pages; "SOLICITAMOS" over the role
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.80, "employment_type": 0.95,
    },
    "heldout_real_76": {  # scored once 0.67 / 0.50 over all pages; a template's "職種A/B/C"
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    "heldout_real_74": {  # kept aside, scored once 0.71 / 1.00 with the session's last rules
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.70,
        "page_precision": 0.70, "company": 0.80, "location": 0.70, "employment_type": 0.80,
    },
    "heldout_real_77": {  # kept aside, scored once 0.71 / 0.67 with the session's last rules
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.90, "employment_type": 0.90,
    },
    "heldout_real_78": {  # kept aside, scored once 0.82 / 0.50 with the session's final rules
        "segment_recall": 0.80, "segment_precision": 0.45, "page_recall": 0.60,
        "page_precision": 0.50, "company": 0.75, "location": 0.75, "employment_type": 0.95,
    },
    "heldout_real_79": {  # scored once 1.00 / 0.89 over all pages; a gym's "cross trainers"
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "employment_type": 0.95,
    },
    "heldout_real_80": {  # scored once 1.00 / 0.83; "Sted: Oslo.  Frist: 12.11.2017"
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.85, "location": 0.95, "deadline": 0.95,
        "employment_type": 0.85, "apply_url": 0.85,
    },
    "heldout_real_81": {  # meant to stay aside, scored with a8f5466: 0.89 / 0.47
        # precision 0.53: a board mockup's one card shown nine times, kept nine times here
        "segment_recall": 0.95, "segment_precision": 0.50, "page_recall": 0.95,
        "page_precision": 0.75, "company": 0.85, "location": 0.30, "employment_type": 0.95,
    },
    "heldout_real_82": {  # kept aside, scored once 0.80 / 0.75 with the session's last rules
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.25, "location": 0.80, "deadline": 0.80,
        "employment_type": 0.90, "apply_url": 0.95,
    },
    "heldout_real_83": {  # scored once 1.00 / 0.92 over all pages; "<DOCTYPE!>" read as text
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    "heldout_real_84": {  # scored once 0.67 / 0.12 over all pages; a theme's sample cards
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "apply_url": 0.95,
    },
    "heldout_real_85": {  # scored once 0.00 / 0.00; "メイドさん大募集中" (maids wanted)
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "apply_url": 0.95,
    },
    "heldout_real_87": {  # scored once 0.46 / 1.00; "3/3" over "Кладовщик", a JSON-LD list
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.80, "location": 0.70, "employment_type": 0.90,
    },
    "heldout_real_89": {  # scored once 0.96 / 0.92 over all pages; "𝐆𝐚𝐦𝐞 𝐃𝐞𝐬𝐢𝐠𝐧𝐞𝐫"
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.90,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.90,
    },
    "heldout_real_90": {  # scored once 0.44 / 0.88; "</header>" over an open div, "</body>"
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.65, "location": 0.80, "employment_type": 0.95,
    },
    "heldout_real_93": {  # scored once 0.17 / 0.33; "Potrebne … devojke za posao hostese"
        "segment_recall": 0.45, "segment_precision": 0.95, "page_recall": 0.60,
        "page_precision": 0.60, "location": 0.95, "apply_url": 0.95, "employment_type": 0.95,
    },
    "heldout_real_94": {  # scored once 0.33 / 0.67; testimonials, posters named by title
        "segment_recall": 0.35, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.95, "location": 0.95, "apply_url": 0.95,
    },
    "heldout_real_97": {  # scored once 1.00 / 1.00 (a CV timeline and a template silent)
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95,
    },
    "heldout_real_98": {  # scored once 0.62 / 1.00; 34 roles kept as JS data in the page
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.90, "location": 0.80, "apply_url": 0.95,
        "employment_type": 0.95,
    },
    "heldout_real_96": {  # kept aside, scored once 0.50 / 1.00; no Albanian table then
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "employment_type": 0.95,
    },
    "heldout_real_100": {  # scored once 0.00 / 0.00; a paused post, a team, "経営企画 + -"
        "segment_recall": 0.65, "segment_precision": 0.80, "page_recall": 0.15,
        "page_precision": 0.15, "company": 0.95, "employment_type": 0.95,
    },
    "heldout_real_88": {  # kept aside, scored once 0.44 / 0.92 with the session's final rules
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.55, "location": 0.50, "employment_type": 0.95,
    },
    "heldout_real_91": {  # kept aside, scored once 0.00 / 0.00 (seven pages with no opening)
        "segment_recall": 0.60, "segment_precision": 0.95, "page_recall": 0.45,
        "page_precision": 0.45, "employment_type": 0.95,
    },
    "heldout_real_70": {  # kept aside, scored once 0.12 / 1.00 (six pages with no opening)
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.85,
        "page_precision": 0.95,
    },
    "heldout_real_69": {  # kept aside, scored once 0.18 / 0.33; tabs, chat links, streaming
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.60,
        "page_precision": 0.60, "location": 0.95, "employment_type": 0.95,
    },
    "heldout_real_68": {  # scored once 0.82 / 1.00; Turkish plural roles, 'Regio Rotterdam'
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.90, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_67": {  # scored once 0.79 / 0.92; a title row listing three roles
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.65, "location": 0.65, "employment_type": 0.95,
    },
    "heldout_real_65": {  # scored once 0.41 / 0.35; ten circled-number roles in one block
        "segment_recall": 0.90, "segment_precision": 0.90, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.85, "deadline": 0.95,
        "employment_type": 0.90, "apply_url": 0.95,
    },
    "heldout_real_64": {  # scored once 0.00 / 0.00; a department chip over each role
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_63": {  # scored once 0.67 / 0.67; 正社員 over its role, no job itself
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "apply_url": 0.95,
    },
    "heldout_real_62": {  # scored once 0.50 / 0.80; cards coloured apart, bold roles
        # company 0.40: four identical cards (four entries since session 13) share one error
        "segment_recall": 0.85, "segment_precision": 0.85, "page_recall": 0.75,
        "page_precision": 0.70, "company": 0.40, "location": 0.85, "apply_url": 0.95,
    },
    "heldout_real_61": {  # scored once 1.00 / 0.67 over all pages; 'Roma' as Lesotho's
        "segment_recall": 0.95, "segment_precision": 0.90, "page_recall": 0.95,
        "page_precision": 0.85, "company": 0.90, "location": 0.90, "employment_type": 0.90,
        "apply_url": 0.95,
    },
    "heldout_real_60": {  # scored once 0.69 / 0.79; a section's header dropped, glued facts
        "segment_recall": 0.90, "segment_precision": 0.85, "page_recall": 0.85,
        "page_precision": 0.75, "company": 0.90, "location": 0.90, "employment_type": 0.90,
        "apply_url": 0.85,
    },
    "heldout_real_59": {  # scored once 0.96 / 0.98; a board's table of 52 ads, two chip cards
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.75, "location": 0.70, "apply_url": 0.95,
    },
    "heldout_real_58": {  # scored once 0.00 / 0.00; fifteen roles, four words unknown
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "employment_type": 0.95, "apply_url": 0.95,
    },
    "heldout_real_57": {  # scored once 0.50 / 0.20; staff stories and HR contacts as jobs
        "segment_recall": 0.80, "segment_precision": 0.80, "page_recall": 0.60,
        "page_precision": 0.50, "company": 0.95, "employment_type": 0.95, "apply_url": 0.95,
    },
    "heldout_real_56": {  # scored once 0.80 / 0.67; a status filter as a job, a span's deadline
        "segment_recall": 0.75, "segment_precision": 0.85, "page_recall": 0.60,
        "page_precision": 0.70, "company": 0.95, "deadline": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_54": {  # scored once 0.45 / 0.87; links to nowhere, a résumé read as a job
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.90,
        "page_precision": 0.95, "location": 0.95, "employment_type": 0.95, "apply_url": 0.95,
    },
    "heldout_real_53": {  # scored once 0.81 / 0.96; a list in divs, tabs, 'RECRUITMENT' as employer
        "segment_recall": 0.85, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.80, "company": 0.80, "location": 0.55, "employment_type": 0.90,
        "apply_url": 0.95,
    },
    "heldout_real_52": {  # scored once 0.83 / 0.91; unclosed <center> wrappers, "7 AM" as Armenia
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.80, "location": 0.80, "employment_type": 0.80,
        "apply_url": 0.95,
    },
    "heldout_real_51": {  # scored once 0.33 / 0.45; linked rows of parts, a comma list of roles
        "segment_recall": 0.70, "segment_precision": 0.75, "page_recall": 0.60,
        "page_precision": 0.55, "company": 0.70, "location": 0.90, "employment_type": 0.90,
        "apply_url": 0.95,
    },
    "heldout_real_50": {  # scored once 0.22 / 0.50; titles after their text, a job in prose
        "segment_recall": 0.85, "segment_precision": 0.85, "page_recall": 0.90,
        "page_precision": 0.90, "company": 0.35, "location": 0.70, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_49": {  # scored once 0.33 / 0.86; Serbian and Hungarian roles unknown
        "segment_recall": 0.80, "segment_precision": 0.95, "page_recall": 0.70,
        "page_precision": 0.80, "company": 0.60, "location": 0.45, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_48": {  # scored once 0.92 / 0.92; one title repeated in ten empty items
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.75,
        "page_precision": 0.75, "company": 0.95, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_47": {  # scored once 0.23 / 0.30; an education site's professions read as jobs
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "location": 0.85, "employment_type": 0.95, "apply_url": 0.80,
    },
    "heldout_real_46": {  # scored once 0.92 / 1.00; two card lists merged by one tag path
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.80,
        "page_precision": 0.95, "company": 0.50, "location": 0.95, "employment_type": 0.85,
        "apply_url": 0.95,
    },
    "heldout_real_45": {  # scored once 0.71 / 0.91 over all pages; a featured card, prose blocks
        "segment_recall": 0.80, "segment_precision": 0.85, "page_recall": 0.80,
        # location 0.45 -> 0.40: four jobs of a page found (with sr.json), its town on none
        "page_precision": 0.90, "company": 0.60, "location": 0.40, "employment_type": 0.90,
        "apply_url": 0.95,
    },
    "heldout_real_44": {  # scored once 0.50 / 1.00 labelled (6/7 over all pages)
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.80, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_43": {  # identical cards, each an entry since session 13; a typo as company
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.14, "location": 0.85, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_42": {  # a spontaneous application's card
        "segment_recall": 0.95, "segment_precision": 0.85, "page_recall": 0.95,
        "page_precision": 0.85, "company": 0.95, "location": 0.95, "employment_type": 0.95,
        "apply_url": 0.95,
    },
    "heldout_real_41": {  # a game's job page: its "Secretaria: X" lines are no titles
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.20, "employment_type": 0.95, "apply_url": 0.95,
    },
    "heldout_real_40": {  # a clone's eleven identical cards; its "热门职位" links are a facet
        "segment_recall": 0.40, "segment_precision": 0.95, "page_recall": 0.60,
        "page_precision": 0.95, "company": 0.40, "location": 0.45,
    },
    "heldout_real_38": {  # location 0.70: the identical cards found since session 13 share
        "segment_recall": 0.90, "segment_precision": 0.95, "page_recall": 0.85,
        "page_precision": 0.95, "company": 0.95, "location": 0.70, "deadline": 0.95,
        "employment_type": 0.95,
    },
    "heldout_real_37": {
        "segment_recall": 0.95, "segment_precision": 0.80, "page_recall": 0.95,
        "page_precision": 0.85, "company": 0.95, "employment_type": 0.95,
    },
    "heldout_real_35": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.90, "location": 0.60, "employment_type": 0.90,
    },
    "heldout_real_34": {
        "segment_recall": 0.95, "segment_precision": 0.95, "page_recall": 0.95,
        "page_precision": 0.95, "company": 0.95, "location": 0.95, "employment_type": 0.95,
    },
    # Held out in the first round of issue 13, looked at since: a development set now.
    "heldout_html": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 0.97, "location": 0.90, "deadline": 0.95,
        "employment_type": 0.95, "apply_url": 0.97,
    },
    "heldout_html_2": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 0.97, "location": 0.93, "deadline": 0.97,
        "employment_type": 0.95, "apply_url": 0.95,
    },
    "heldout_html_3": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 0.97, "location": 0.92, "deadline": 0.97,
        "employment_type": 0.95, "apply_url": 0.97,
    },
    # Köln is labelled Cologne: answered so since cities have their English names.
    "heldout_html_4": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 0.97, "location": 0.97, "deadline": 0.97,
        "employment_type": 0.85, "apply_url": 0.97,
    },
    # A postdoc card stating "Temporary" is labelled temporary; the output says postdoc.
    "heldout_html_5": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 1.0, "location": 1.0, "deadline": 1.0,
        "employment_type": 0.9, "apply_url": 1.0,
    },
    "own_html": {
        "segment_recall": 1.0, "segment_precision": 1.0, "page_recall": 1.0,
        "page_precision": 1.0, "company": 0.95, "location": 0.85, "deadline": 0.80,
        "employment_type": 0.85, "apply_url": 1.0,
    },
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(HTML_FLOORS))
def html_report(request: pytest.FixtureRequest) -> tuple[str, Report]:
    folder = HTML_PAGES / request.param
    labels = load_labels(folder / "gold.jsonl")
    return request.param, evaluate(
        jobparse.iter_postings([folder], on_error=lambda _: None), labels
    )


def test_html_pages_meet_their_floors(html_report: tuple[str, Report]) -> None:
    name, report = html_report
    scores = report.scores()
    below = {f: round(scores[f], 3) for f, floor in HTML_FLOORS[name].items() if scores[f] < floor}
    assert not below, f"{name} below its floors: {below}\n" + "\n".join(report.errors[:40])


# ---------------------------------------------------------------------------
# Text adverts in the shapes and languages of issue 13 (tests/pages/fields_dev)
# ---------------------------------------------------------------------------

PAGES = Path(__file__).parent / "pages"
#: Today's figures on the adverts of issue 13: each round's development set and held-out
#: set (looked at since they were scored), where in the second round's development set
#: "Sevilla" is labelled by its English name, Seville.
FIELDS_DEV_FLOORS = {
    "segment_recall": 1.0, "segment_precision": 1.0, "company": 1.0, "title": 1.0,
    "location": 1.0, "deadline": 1.0, "employment_type": 1.0, "rolling": 1.0,
}  # fmt: skip
FIELDS_SETS = {
    "fields_dev": (18, FIELDS_DEV_FLOORS),
    "fields_heldout": (10, FIELDS_DEV_FLOORS),
    "fields_dev_2": (14, {**FIELDS_DEV_FLOORS, "location": 0.93}),
    "fields_heldout_2": (10, FIELDS_DEV_FLOORS),
    "fields_heldout_3": (10, FIELDS_DEV_FLOORS),
    "conference_heldout": (12, FIELDS_DEV_FLOORS),
    "conference_heldout_2": (10, {**FIELDS_DEV_FLOORS, "location": 0.95}),
    "conference_heldout_3": (10, FIELDS_DEV_FLOORS),
    "conference_heldout_4": (10, {**FIELDS_DEV_FLOORS, "employment_type": 0.9}),
    "conference_heldout_5": (8, {**FIELDS_DEV_FLOORS, "location": 0.88}),
    "conference_heldout_6": (8, FIELDS_DEV_FLOORS),
    "conference_heldout_7": (8, FIELDS_DEV_FLOORS),
    "conference_heldout_8": (10, FIELDS_DEV_FLOORS),
}


#: Real adverts of 46 other sources laid out as text pages (issue 21, ../shared/text-dev-real).
TEXT_DEV_REAL_FLOORS = {
    "segment_recall": 1.0, "segment_precision": 1.0, "company": 0.93, "title": 0.90,
    "location": 0.90, "deadline": 0.87, "employment_type": 0.90, "email": 1.0, "url": 1.0,
}  # fmt: skip


def test_real_text_adverts_meet_their_floors() -> None:
    folder = PAGES / "text_dev_real"
    labels = load_labels(folder / "gold.jsonl")
    report = evaluate(jobparse.iter_postings([folder]), labels)
    scores = report.scores()
    below = {
        f: round(scores[f], 3) for f, floor in TEXT_DEV_REAL_FLOORS.items() if scores[f] < floor
    }
    assert not below, f"text_dev_real below its floors: {below}\n" + "\n".join(report.errors[:40])
    assert report.company_invented == 0


@pytest.mark.parametrize("name", sorted(FIELDS_SETS))
def test_adverts_in_other_shapes_and_languages_meet_their_floors(name: str) -> None:
    size, floors = FIELDS_SETS[name]
    labels = load_labels(PAGES / name / "adverts.labels.jsonl")
    report = evaluate(jobparse.parse_file(PAGES / name / "adverts.txt"), labels)
    scores = report.scores()
    below = {f: round(scores[f], 3) for f, floor in floors.items() if scores[f] < floor}
    assert not below, f"{name} below the floors: {below}\n" + "\n".join(report.errors)
    assert report.company_invented == 0
    assert report.matched == len(labels) == size
