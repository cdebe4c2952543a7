"""The cattrs converter: JSON shape and a Hypothesis round trip."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from jobparse.convert import converter, posting_from_json, posting_to_dict, posting_to_json
from jobparse.model import (
    Deadline,
    DeadlineKind,
    EmploymentType,
    Evidence,
    Location,
    Posting,
    Source,
)

text = st.text(max_size=40)
optional_text = st.none() | text

locations = st.builds(
    Location,
    raw=text,
    city=optional_text,
    region=optional_text,
    country=st.none() | st.sampled_from(["US", "GB", "DE", "JP"]),
    remote=st.booleans(),
)
deadlines = st.builds(Deadline, kind=st.sampled_from(DeadlineKind), date=st.dates(), text=text)
evidence = st.builds(Evidence, field=text, rule=text, text=text)
postings = st.builds(
    Posting,
    id=st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    description=text,
    source=st.builds(Source, uri=optional_text, index=st.integers(min_value=0, max_value=10_000)),
    title=optional_text,
    company=optional_text,
    locations=st.lists(locations, max_size=3).map(tuple),
    employment_type=st.none() | st.sampled_from(EmploymentType),
    deadlines=st.lists(deadlines, max_size=3).map(tuple),
    rolling=st.booleans(),
    emails=st.lists(text, max_size=3).map(tuple),
    urls=st.lists(text, max_size=3).map(tuple),
    apply_url=optional_text,
    url=optional_text,
    date_posted=st.none() | st.dates(),
    identifier=optional_text,
    first_seen=st.none() | st.datetimes(timezones=st.just(dt.timezone.utc)),
    evidence=st.lists(evidence, max_size=3).map(tuple),
)


@given(postings)
def test_structure_of_unstructure_is_identity(posting: Posting) -> None:
    assert converter.structure(converter.unstructure(posting), Posting) == posting


@given(postings)
def test_json_round_trip(posting: Posting) -> None:
    assert posting_from_json(posting_to_json(posting)) == posting


def test_json_field_names_and_value_shapes() -> None:
    posting = Posting(
        id="0123456789abcdef",
        description="We hire.",
        source=Source(uri="page.txt", index=3),
        title="Research Engineer",
        company="ACME",
        locations=(Location(raw="Boston, MA", city="Boston", region="MA", country="US"),),
        employment_type=EmploymentType.POSTDOC,
        deadlines=(
            Deadline(DeadlineKind.START, dt.date(2024, 8, 1), "start date is August 01, 2024"),
        ),
        emails=("a@b.cd",),
    )
    data = json.loads(posting_to_json(posting))
    assert set(data) == {
        "id", "description", "source", "title", "company", "locations", "employment_type",
        "deadlines", "rolling", "emails", "urls", "apply_url", "url", "date_posted",
        "identifier", "first_seen", "evidence",
    }  # fmt: skip
    assert data["deadlines"] == [
        {"kind": "start", "date": "2024-08-01", "text": "start date is August 01, 2024"}
    ]
    assert data["employment_type"] == "postdoc"
    assert data["source"] == {"uri": "page.txt", "index": 3}
    assert data["locations"][0] == {
        "raw": "Boston, MA", "city": "Boston", "region": "MA", "country": "US", "remote": False
    }  # fmt: skip
    assert posting_to_dict(posting)["emails"] == ["a@b.cd"]
