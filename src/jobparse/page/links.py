"""Links as browsers read them: an ``href`` cleaned, resolved, and never a script.

The WHATWG URL parser drops ASCII tabs and newlines anywhere in a URL and
strips C0 controls and spaces at its ends, so ``/apply&#10;/1`` is the link
``/apply/1``. A base or link that cannot be resolved (``http://[::1``) is no
link, never an error; ``javascript:``, ``data:`` and ``vbscript:`` links (in
any letter case) are not links to a page.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

__all__ = ["HOME_HREFS", "clean_href", "resolve"]

_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_NOT_PAGES = frozenset({"javascript", "data", "vbscript"})
#: Where a site's name or logo links to: its home page.
HOME_HREFS = frozenset({"/", "./", "index.html", "/index.html"})


def clean_href(href: str) -> str:
    """An ``href`` as a browser reads it: no tabs or newlines, no controls or spaces at its ends.

    >>> clean_href(" https://acme.example/apply\\n/1\\t ")
    'https://acme.example/apply/1'
    """
    return _TAB_OR_NEWLINE.sub("", href).strip(_C0_OR_SPACE)


#: A template engine's tag left in a page's link: "{% url 'x' %}", "{{ job.url }}", "<%= url %>".
_TEMPLATE_TAG = re.compile(r"\{%.*%\}|\{\{.*\}\}|<%.*%>")


def resolve(href: str | None, base: str | None) -> str | None:
    """The address an ``href`` leads to, made absolute against *base* when there is one.

    None for no link: an empty or fragment-only ``href``, a script or data
    URL, or one that cannot be parsed (nor joined to *base*).

    >>> resolve("../apply/1", "https://acme.example/jobs/42")
    'https://acme.example/apply/1'
    >>> resolve("JaVaScRiPt:alert(1)", None), resolve("/x", "http://[::1"), resolve("#top", None)
    (None, None, None)
    >>> resolve("{% url 'main:recruit' %}", None), resolve("{{ job.url }}", None)
    (None, None)
    """
    if href is None:
        return None
    cleaned = clean_href(href)
    if not cleaned or cleaned.startswith("#") or _TEMPLATE_TAG.search(cleaned):
        return None  # "{% url 'main:recruit' %}": a template's tag left unrendered, no address
    try:
        url = urljoin(base, cleaned) if base else cleaned
        scheme = urlsplit(url).scheme.casefold()
    except ValueError:
        return None
    return None if scheme in _NOT_PAGES else url
