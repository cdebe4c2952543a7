"""E-mail addresses and URLs written in a posting's text.

Both are found in time linear in the text: e-mail addresses are grown outward
from each ``@`` within the lengths RFC 5321 allows, and a URL is one run of
non-space characters, trimmed of the sentence punctuation and unbalanced
closing brackets that follow it.
"""

from __future__ import annotations

from jobparse import patterns

__all__ = ["bare_url", "extract_emails", "extract_urls", "trim_url"]

_MAX_LOCAL = 64
_MAX_DOMAIN = 253
_BRACKETS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            result.append(item)
    return tuple(result)


def extract_emails(text: str) -> tuple[str, ...]:
    """Return the e-mail addresses in *text*, in order, without repeats.

    >>> extract_emails("Write to jobs@example.com, or (cv@lab.uni.edu).")
    ('jobs@example.com', 'cv@lab.uni.edu')
    >>> extract_emails("a@b, @handle and user@localhost are not addresses")
    ()
    """
    found: list[str] = []
    at = text.find("@")
    while at != -1:
        local = patterns.EMAIL_LOCAL.search(text, max(0, at - _MAX_LOCAL), at)
        domain = patterns.EMAIL_DOMAIN.match(text, at + 1, at + 1 + _MAX_DOMAIN)
        if local and domain:
            name = local.group().lstrip(".")
            host = domain.group()
            # A trailing hyphenated fragment or a one-letter TLD is not a host.
            if name and len(host.rsplit(".", 1)[-1]) >= 2:
                found.append(f"{name}@{host}")
        at = text.find("@", at + 1)
    return _unique(found)


def trim_url(candidate: str) -> str:
    """Strip what follows a URL in prose: punctuation and unbalanced brackets.

    >>> trim_url("https://example.com/a_(b)),")
    'https://example.com/a_(b)'
    >>> trim_url("https://sonhua.github.io).")
    'https://sonhua.github.io'
    """
    counts = {mark: candidate.count(mark) for pair in _BRACKETS.items() for mark in pair}
    end = len(candidate)
    while end:  # each bracket dropped is taken off the counts: one pass, not one per bracket
        last = candidate[end - 1]
        if last in patterns.URL_TRAILING_PUNCTUATION:
            end -= 1
        elif last in _BRACKETS and counts[_BRACKETS[last]] < counts[last]:
            counts[last] -= 1
            end -= 1
        else:
            break
    return candidate[:end]


def extract_urls(text: str) -> tuple[str, ...]:
    """Return the URLs written in *text*, in order, without repeats.

    >>> extract_urls("See (https://stanford.edu/~lab), or www.example.org/jobs.")
    ('https://stanford.edu/~lab', 'www.example.org/jobs')
    >>> extract_urls("Our code is open source at github.com/laws-africa.")
    ('github.com/laws-africa',)
    """
    found: list[tuple[int, str]] = []
    if "://" in text or "www." in text or "WWW." in text:  # every other URL has one
        for match in patterns.URL.finditer(text):
            url = trim_url(match.group())
            if "." in url.split("://", 1)[-1]:
                found.append((match.start(), url))
    if any(host in text for host in patterns.ORG_PAGE_HOSTS):  # "github.com/laws-africa"
        written = {bare_url(url) for _, url in found}
        for match in patterns.ORG_PAGE_URL.finditer(text):
            url = trim_url(match.group())
            if bare_url(url) not in written:  # not the link's own https://www.linkedin.com/...
                found.append((match.start(), url))
        found.sort()
    return _unique([url for _, url in found])


def bare_url(url: str) -> str:
    """A URL without its scheme, "www." and final slash, folded: one page however written."""
    url = url.casefold().split("://", 1)[-1].removeprefix("www.")
    return url.rstrip("/")
