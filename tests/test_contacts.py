"""E-mail and URL extraction, table-driven."""

from __future__ import annotations

import pytest

import jobparse
from jobparse.fields.contacts import extract_emails, extract_urls

EMAILS = [
    ("please email ahmed.elbarkouky@cognex.com", ("ahmed.elbarkouky@cognex.com",)),
    ("Send a CV to jobs@example.co.uk.", ("jobs@example.co.uk",)),
    ("(contact: first.last+cvpr@dept.uni-x.edu)", ("first.last+cvpr@dept.uni-x.edu",)),
    ("a@b.cd, a@b.cd and A@B.CD", ("a@b.cd",)),
    ("x@y.z is too short a TLD", ()),
    ("follow @acme on social media", ()),
    ("user@localhost", ()),
    ("mail: <hr@acme.ai>; cc: team@acme.ai", ("hr@acme.ai", "team@acme.ai")),
    ("email hr@acme.com\nor recruit@acme.com", ("hr@acme.com", "recruit@acme.com")),
    ("...dots@x.org", ("dots@x.org",)),
]

URLS = [
    ("email Binh-Son Hua (https://sonhua.github.io) directly", ("https://sonhua.github.io",)),
    ("(PI: Dr. X, https://stanford.edu/~eadeli), as part", ("https://stanford.edu/~eadeli",)),
    (
        "via this form: https://forms.gle/KPQHPGGeXJcEsD6V6",
        ("https://forms.gle/KPQHPGGeXJcEsD6V6",),
    ),
    ("see https://en.wikipedia.org/wiki/Foo_(bar).", ("https://en.wikipedia.org/wiki/Foo_(bar)",)),
    ("Visit www.acme.com/careers!", ("www.acme.com/careers",)),
    ("Helm.ai builds AI software", ()),
    ("http:// alone", ()),
    ("twice https://a.io and https://a.io", ("https://a.io",)),
    ('quoted "https://q.org/x?y=1&z=2"', ("https://q.org/x?y=1&z=2",)),
    ("[link](https://md.example/page)", ("https://md.example/page",)),
    # an organisation's page on a code host or profile site, written without a scheme
    ("Our code is open source at github.com/laws-africa.", ("github.com/laws-africa",)),
    (
        "See https://github.com/acme/tool and www.github.com/acme",
        ("https://github.com/acme/tool", "www.github.com/acme"),
    ),
    ("ours: www.gitlab.com/acme, gitlab.com/acme/", ("www.gitlab.com/acme",)),  # one page
    ("me@github.com/x is no page", ()),
]


def test_a_url_the_text_writes_short_is_its_link() -> None:
    page = (
        "<html><body><h1>Senior Developer</h1><p>We build tools for lawyers in Oslo.</p>"
        '<p>LinkedIn <a href="https://www.linkedin.com/company/quillworks/">'
        "linkedin.com/company/quillworks</a></p></body></html>"
    )
    (posting,) = jobparse.parse(page)
    assert posting.urls == ("https://www.linkedin.com/company/quillworks/",)


@pytest.mark.parametrize(("text", "expected"), EMAILS)
def test_emails(text: str, expected: tuple[str, ...]) -> None:
    assert extract_emails(text) == expected


@pytest.mark.parametrize(("text", "expected"), URLS)
def test_urls(text: str, expected: tuple[str, ...]) -> None:
    assert extract_urls(text) == expected
