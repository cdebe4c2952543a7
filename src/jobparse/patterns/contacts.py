"""Patterns of contacts: e-mail addresses and URLs."""

from __future__ import annotations

import re

from jobparse.patterns.core import Prefiltered, three_cases

#: The local part of an e-mail address, anchored at its end (just before the ``@``).
EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}\Z")

#: The domain of an e-mail address, matched just after the ``@``.
EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)+"
)

#: A URL written in text: a scheme or ``www.`` and everything up to white space.
URL = Prefiltered(
    re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE), three_cases("http www.")
)

#: The hosts of organisations' pages that adverts write without a scheme or "www."
#: ("open source at github.com/laws-africa"): code hosts and company profiles.
ORG_PAGE_HOSTS = ("github.com/", "gitlab.com/", "bitbucket.org/", "linkedin.com/company/")
#: A URL of an organisation's page written without a scheme: "github.com/laws-africa".
ORG_PAGE_URL = Prefiltered(
    re.compile(
        r"(?<![\w.@/-])(?:"
        + "|".join(re.escape(host) for host in ORG_PAGE_HOSTS)
        + r")[\w.-]+[^\s<>\"'`]*"
    ),
    ORG_PAGE_HOSTS,
)

#: Punctuation that ends a sentence rather than a URL.
URL_TRAILING_PUNCTUATION = ".,;:!?'\"*»”’"
