"""A page named by its own e-mail domain where its text spells the domain with a capital."""

from __future__ import annotations

import re

from lxml import etree

from jobparse.fields.company_domains import domain_label, label_spelling
from jobparse.fields.contacts import extract_emails

__all__ = ["named_by_mail_domain"]


#: The most distinct e-mail domains a page's own name is looked for by.
_MAIL_DOMAINS = 3


def named_by_mail_domain(root: etree._Element, body: str) -> str | None:
    """The name the page's own e-mail domain spells where its text writes it with a capital.

    A page whose title, logo and copyright name no one ("Cariera") but whose address
    is cariere@gfsoft.com and whose text says "… la GFSoft": GFSoft. Free mail names
    nobody (``domain_label``).
    """
    addresses = [
        href[len("mailto:") :].split("?", 1)[0]
        for link in root.iter("a")
        if (href := (link.get("href") or "").strip()).casefold().startswith("mailto:")
    ]
    addresses += extract_emails(body)  # "Email: cariere@gfsoft.com" as text
    labels = list(dict.fromkeys(label for a in addresses if (label := domain_label(a))))
    labels = labels[:_MAIL_DOMAINS]  # a page of many domains is a list: each costs a search
    for label in labels:
        spelled = label_spelling(label)
        for match in re.finditer(rf"(?<![\w.@/]){spelled}(?![\w@.-])", body, re.IGNORECASE):
            if match.group()[:1].isupper() and not _in_a_persons_name(body, match):
                return match.group()
    return None


#: A capitalised word right before a name: the name ends a person's ("Mao Lin").
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])(?!Copyright )[A-ZÀ-ÖØ-Þ][^\W\d_]+[ \t]$")


def _in_a_persons_name(body: str, match: re.Match[str]) -> bool:
    """Whether a domain's spelling is a surname after a given name: "Mao Lin" of mao@lin.bux.

    A person's own domain is no company; "la GFSoft", "©Copyright-GFSoft" and
    "Copyright GFSoft" and "Acme Corp" (a company's first word) are.
    """
    return _CAPITALISED_BEFORE.search(body, max(0, match.start() - 40), match.start()) is not None
