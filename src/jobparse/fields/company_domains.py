"""Company signals from addresses: "Cognex" for jobs@cognex.com, "Vantor (vantor.ai)".

An e-mail address's or a URL's registrable label spells its organisation's
name where the text writes that name (``company.email`` [3] each address):
"Laws.Africa" for info@laws.africa, "Register Dynamics" for
hello@register-dynamics.co.uk (a hyphen stands for the name's space), and an
organisation's page on a code host or profile site by its path
(github.com/laws-africa). Free mail and hosting domains name nobody
(``free_domains`` of ``data/company_words.json``).
"""

from __future__ import annotations

import re

from jobparse import patterns
from jobparse.fields.company_tally import Tally, family_spelled
from jobparse.fields.context import PostingText
from jobparse.fields.names import name_before
from jobparse.model import Evidence
from jobparse.tables import table

__all__ = ["bracketed_domain_signals", "domain_label", "domain_signals", "host", "label_spelling"]

#: Domains anyone may have an address at: gmail.com, github.io.
_FREE_DOMAINS = frozenset(table("company_words.json")["free_domains"])
_SECOND_LEVEL = frozenset(["ac", "co", "com", "edu", "gov", "net", "org"])


def host(address: str) -> str:
    """The host of an e-mail address or URL, without "www.": "laws.africa"."""
    name = address.rsplit("@", 1)[-1]
    name = re.sub(r"^[a-z]+://", "", name, flags=re.IGNORECASE).split("/", 1)[0].casefold()
    return name.removeprefix("www.")


def domain_label(address: str) -> str | None:
    """The registrable label of an e-mail address or URL: "cognex" for x@cognex.com.

    An organisation's page on a code host or a profile site is named by its
    path: "laws-africa" for github.com/laws-africa.
    """
    page = re.sub(r"^[a-z]+://", "", address, flags=re.IGNORECASE).casefold().removeprefix("www.")
    for site in patterns.ORG_PAGE_HOSTS:
        if page.startswith(site):
            return page[len(site) :].split("/", 1)[0] or None
    labels = [label for label in host(address).split(".") if label and label != "www"]
    if len(labels) < 2:
        return None
    labels.pop()  # the top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()  # "ox.ac.uk", "acme.co.uk"
    label = labels[-1]
    return None if label in _FREE_DOMAINS else label


def label_spelling(label: str) -> str:
    """A pattern of the ways a text spells a domain's label.

    "register-dynamics" is "Register Dynamics", "Register-Dynamics" or "RegisterDynamics".
    """
    return r"[ .-]?".join(re.escape(part) for part in label.split("-"))


def bracketed_domain_signals(ctx: PostingText, tally: Tally) -> None:
    """A name followed by its own address in brackets: "Vantor (vantor.ai)"."""
    text = ctx.text
    for domain in patterns.DOMAIN_IN_BRACKETS.finditer(text):
        end = len(text[: domain.start()].rstrip(" \t"))
        name = name_before(text, end)
        if name is None:
            continue
        spelled = re.sub(r"[^a-z0-9]", "", name.group("name").casefold())
        if spelled == domain.group("label").replace("-", ""):
            tally.add(name.group("name"), 3.0, "company.email", domain.group())


#: The most distinct domains weighed in one posting: an advert gives its own address or
#: two; a text of dozens of domains is a list, and each would cost a search of the text.
_MAX_DOMAINS = 20


def _capitalised(pattern: str, text: str) -> re.Match[str] | None:
    """The first match of *pattern* (case-blind) that is written with a capital: a name."""
    return next(
        (m for m in re.finditer(pattern, text, re.IGNORECASE) if m.group()[:1].isupper()), None
    )


def domain_signals(ctx: PostingText, tally: Tally) -> None:
    """A name the e-mail or URL domains spell: "Cognex" for jobs@cognex.com.

    Each distinct domain is weighed once, for all of its addresses.
    """
    by_label: dict[str, list[str]] = {}
    for address in (*ctx.emails, *ctx.urls):
        label = domain_label(address)
        if label and (label in by_label or len(by_label) < _MAX_DOMAINS):
            by_label.setdefault(label, []).append(address)
    for label, addresses in by_label.items():
        squashed = label.replace("-", "")  # "register-dynamics": "Register Dynamics"
        family = family_spelled(tally, squashed)
        if family is None:
            found_host = host(addresses[0])  # "Laws.Africa" for info@laws.africa, where written so
            match = _capitalised(rf"(?<![\w.@]){re.escape(found_host)}(?![\w])", ctx.text)
            spelled = label_spelling(label)
            if match is None:  # the first mention of the label: a name if capitalised
                match = re.search(rf"\b{spelled}\b", ctx.text, flags=re.IGNORECASE)
            if match is not None and match.group() == label and "/" in addresses[0]:
                # "github.com/laws-africa" itself: the organisation's name is written apart
                match = _capitalised(rf"(?<![\w.@/-]){spelled}\b", ctx.text)
            if match is None or not match.group()[:1].isupper():
                continue
            tally.add(match.group(), 3.0, "company.email", addresses[0])
            addresses = addresses[1:]
            family = family_spelled(tally, squashed)
        if family is not None:
            for address in addresses:
                family.score += 3.0
                family.evidence.append(Evidence("company", "company.email", address))
