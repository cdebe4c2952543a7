"""Next-page links: the pager's own link in the shapes real listings use, and nothing else."""

from __future__ import annotations

import pytest

from jobparse.page.pager import next_page_url

HERE = "https://jobs.example.org/openings"


@pytest.mark.parametrize(
    ("body", "page_url", "expected"),
    [
        # the HTML standard's rel=next, in the head or on the pager's link
        ('<head><link rel="next" href="/openings?start=20"></head>', HERE,
         "https://jobs.example.org/openings?start=20"),
        ('<a rel="nofollow next" href="?offset=10">2</a>', HERE,
         "https://jobs.example.org/openings?offset=10"),
        # a link that reads "next", in the languages of career pages
        ('<a href="/openings/2">Next</a>', HERE, "https://jobs.example.org/openings/2"),
        ('<a href="/stellen?s=2"> Weiter </a>', HERE, "https://jobs.example.org/stellen?s=2"),
        ('<a href="/empleo?pg=2">Siguiente</a>', HERE, "https://jobs.example.org/empleo?pg=2"),
        ('<a href="/offres?p=2">Suivant</a>', HERE, "https://jobs.example.org/offres?p=2"),
        ('<a href="/vacatures?pagina=2">Volgende</a>', HERE,
         "https://jobs.example.org/vacatures?pagina=2"),
        ('<a href="/jobs?o=2">»</a>', HERE, "https://jobs.example.org/jobs?o=2"),
        ('<a href="/jobs?o=2">›</a>', HERE, "https://jobs.example.org/jobs?o=2"),
        ('<a href="/jobs?o=2" aria-label="Next page"><svg></svg></a>', HERE,
         "https://jobs.example.org/jobs?o=2"),
        # the pager's numbered link to page k + 1
        ('<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>', HERE,
         "https://jobs.example.org/openings?page=2"),
        ('<a href="/openings?team=ml&page=2">2</a><a href="/openings?page=4&team=ml">4</a>'
         '<a href="/openings?team=ml&page=4">4</a>', HERE + "?page=3&team=ml",
         "https://jobs.example.org/openings?page=4&team=ml"),
        ('<a href="/openings/page/3/">3</a>', HERE + "/page/2/",
         "https://jobs.example.org/openings/page/3/"),
        ('<a href="/openings/page/2/">2</a>', HERE + "/", "https://jobs.example.org/openings/page/2/"),
        # a <base> changes what relative links mean
        ('<base href="https://jobs.example.org/en/"><a href="list?page=2">Next</a>', HERE,
         "https://jobs.example.org/en/list?page=2"),
    ],
)  # fmt: skip
def test_the_next_page_link_is_found(body: str, page_url: str, expected: str) -> None:
    assert next_page_url(f"<html><body>{body}</body></html>", page_url) == expected


@pytest.mark.parametrize(
    ("body", "page_url"),
    [
        ('<a href="https://elsewhere.example.com/openings?page=2">Next</a>', HERE),  # other host
        ('<a href="/openings?page=1">1</a>', HERE + "?page=2"),  # the page before
        ('<a href="/openings?page=3">3</a>', HERE),  # skips a page
        ('<a href="/openings?team=ml&page=2">2</a>', HERE),  # another list (another filter)
        ('<a href="/archive?page=2">2</a>', HERE),  # another path
        ('<a href="/openings?page=2" hidden>Next</a>', HERE),  # a link nobody sees
        ('<a href="javascript:next()">Next</a>', HERE),  # a script, not a page
        ('<a href="#top">Next</a>', HERE),  # the page itself
        ('<a href="/jobs/42">Next generation robotics engineer</a>', HERE),  # a job's title
        ('<p>Page 1 of 1</p>', HERE),  # no pager
    ],
)  # fmt: skip
def test_no_link_is_made_up_or_taken_from_elsewhere(body: str, page_url: str) -> None:
    assert next_page_url(f"<html><body>{body}</body></html>", page_url) is None


def test_rel_next_wins_over_words_and_numbers() -> None:
    body = '<a href="?page=2">2</a><a href="/b">Next</a><link rel="next" href="/a">'
    assert next_page_url(body, HERE) == "https://jobs.example.org/a"
