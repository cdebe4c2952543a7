"""A small listing's own prose may state one employment type for all its jobs.

"The lab is recruiting talented full-time biostatisticians" above the roles: a
job whose own text states no type is of that one. Prose naming two types, or a
type in a sentence that hires nobody (a testimonial), states none.
"""

from __future__ import annotations

import jobparse
from jobparse.model import EmploymentType

LISTING = """<html><body><h1>Open positions</h1>
<p>The Quill Lab at the Harbour Institute {intro} We value curiosity and care.</p>
<div class="job"><h3>Research Associate</h3><p>You will process genomics data sets.</p></div>
<div class="job"><h3>Research Scientist</h3><p>You will analyse clinical genetics data.</p></div>
<div class="job"><h3>Data Steward</h3><p>{third}</p></div>
</body></html>"""

HIRES = "is recruiting talented full-time biostatisticians and data scientists."


def _kinds(intro: str, third: str = "You will curate our data.") -> list[EmploymentType | None]:
    page = LISTING.format(intro=intro, third=third)
    return [p.employment_type for p in jobparse.parse(page)]


def test_the_listings_hiring_sentence_gives_each_job_its_one_type() -> None:
    assert _kinds(HIRES) == [EmploymentType.FULL_TIME] * 3


def test_a_jobs_own_type_stands() -> None:
    kinds = _kinds(HIRES, third="This is a part-time position of 20 hours per week.")
    assert kinds == [EmploymentType.FULL_TIME, EmploymentType.FULL_TIME, EmploymentType.PART_TIME]


def test_prose_naming_two_types_or_hiring_nobody_states_none() -> None:
    assert _kinds("welcomes PhD or postdoc applications at any time.") == [None] * 3
    assert _kinds("thanks its alumni for a great internship in 2019.") == [None] * 3


def test_a_japanese_listing_recruiting_regular_staff() -> None:
    page = """<html><body><h1>採用情報</h1>
    <div><p>現在、以下の職種の正社員を募集中です！ご応募をお待ちしております。</p>
    <ul><li><a href="/jobs/php">PHPエンジニア</a></li><li><a href="/jobs/ios">iOSエンジニア</a></li>
    <li><a href="/jobs/android">Androidエンジニア</a></li></ul></div></body></html>"""
    kinds = [p.employment_type for p in jobparse.parse(page)]
    assert kinds == [EmploymentType.FULL_TIME] * 3


def test_the_country_candidates_must_be_allowed_to_work_in_is_each_jobs_without_a_place() -> None:
    intro = "is growing. Candidates must be legally authorized to be employed in the USA."
    postings = jobparse.parse(LISTING.format(intro=intro, third="You will curate our data."))
    assert [[(p.city, p.country) for p in posting.locations] for posting in postings] == [
        [(None, "US")]
    ] * 3


def test_two_countries_of_eligibility_state_none() -> None:
    intro = (
        "hires in two offices. Applicants based in the United States apply here. "
        "Candidates must be eligible to work in the UK for the London roles."
    )
    postings = jobparse.parse(LISTING.format(intro=intro, third="You will curate our data."))
    assert all(not posting.locations for posting in postings)


def test_a_listing_saying_its_jobs_are_remote_gives_each_the_remote_option() -> None:
    intro = "offers summer internships. Most of our summer internships are remote."
    postings = jobparse.parse(LISTING.format(intro=intro, third="You will curate our data."))
    assert [any(place.remote for place in p.locations) for p in postings] == [True] * 3
    assert not any(
        any(place.remote for place in p.locations)
        for p in jobparse.parse(LISTING.format(intro="is in Oslo.", third="You curate data."))
    )
