"""What a page as a whole says: its own address, its year, and whose careers page it is.

A listing's records rarely name their employer; the page does, in several
places at once. Each is a source of a candidate name:

- a careers phrase in the ``<title>``, ``og:title`` or an ``h1``: "Careers at
  X", "Jobs bei X", "Offene Jobs im X", "Trabaja en X", "Werken bij X";
- a JSON-LD ``Organization`` (not the ``WebSite`` or ``WebPage``);
- the parts of the title left when the careers words ("Careers", "Vacatures",
  "Work with us"), job titles and navigation are taken out ("Vacancies -
  Linköping University");
- ``og:site_name``, the alt text of the site's logo, the copyright line.

The candidates vote: each scores its source's weight, and more for every
other source that names the same organisation (or the page's own domain:
"helabs.com.br" agrees with "HE:labs"). Field labels, addresses, taglines
and navigation text are never a company (:mod:`jobparse.page.site_names` cleans
each name and refuses what is none).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from jobparse import vocabulary
from jobparse.page.address import PageTexts
from jobparse.page.copyright_holder import copyright_holder
from jobparse.page.jobposting import item_types
from jobparse.page.links import HOME_HREFS, resolve
from jobparse.page.render import element_text
from jobparse.page.site_mail import named_by_mail_domain
from jobparse.page.site_names import builder_name, plausible_name
from jobparse.tables import table

__all__ = [
    "meta",
    "own_url",
    "page_company",
    "registered_name",
]

_ORGANISATIONS = frozenset(
    """Organization Corporation LocalBusiness EducationalOrganization CollegeOrUniversity NGO
    GovernmentOrganization Company""".split()
)
#: "Careers at X", "Offene Jobs im X", ...: a careers phrase, then the company to the end.
_CAREERS_AT = re.compile(
    r"\b(?:(?:careers?|jobs?|openings|vacancies|positions|work(?:ing)?|life)\s+(?:at|with|@)"
    r"|join(?:\s+us\s+at)?|(?:jobs?|karriere|stellenangebote|arbeiten)\s+(?:bei|im|in\s+der)"
    r"|(?:trabaja|trabajar|empleo)\s+(?:en|con)|carri[eè]res?\s+chez|emplois?\s+chez|rejoignez"
    r"|werken\s+bij|vacatures\s+bij|lavora(?:re)?\s+(?:con|in|da)|trabalhe\s+(?:na|no)"
    r"|postes\s+ouverts\s+chez|offres\s+d'emploi\s+(?:chez|de)"
    # Norwegian, Swedish, Danish: "Jobbe i X", "Jobba hos X", "Job hos X"; Polish, Czech
    r"|jobb(?:e|a)?\s+(?:i|hos|på)|job\s+hos|arbejde\s+hos|praca\s+w|kari[eé]ra\s+v"
    # Portuguese: "Vagas na X", "Vaga para vendedor(a) na X" (the role between)
    r"|vagas?\s+(?:para\s+[^|–—:]{1,40}?\s+)?(?:na|no)"
    # a greeting names the site: "Welcome to X", "Chào mừng đến với SHOP AHQ"
    r"|welcome\s+to|bienvenue\s+(?:chez|à|sur)|willkommen\s+(?:bei|im)|bienvenid[oa]s?\s+a"
    r"|benvenut[oi]\s+(?:in|da|a)|bem-vind[oa]s?\s+(?:à|ao|a)|welkom\s+bij|witamy\s+w"
    r"|vítejte\s+v|chào\s+mừng\s+(?:bạn\s+)?đến\s+với|добро\s+пожаловать\s+в)\s+"
    r"(?P<name>(?-i:[A-Z0-9])[^|–—:•·»]{1,60}?)\s*[?!]?\s*$"  # "Jobbe i Point Taken?"
    # "Careers In MGHS": an acronym after "in" ("Careers in Finance" names a field)
    r"|\bcareers?\s+in\s+(?P<acronym>(?-i:[A-Z][A-Z0-9&]{1,9}))\s*$",
    re.IGNORECASE,
)
#: "X Careers", "Acme jobs": the company, then a careers word.
_X_CAREERS = re.compile(
    # "Careers" in any case ("Acme Careers"); "jobs" in lower case only: "Most Recent Jobs",
    # "Search Jobs" are headings, not names. "X sucht dich!", "X is hiring": X hires.
    r"^(?P<name>[A-Z0-9][^|–—:•·»]{1,50}?)\s+(?:(?i:careers|karriere|karriär|kariera|kariyer"
    r"(?:\s+iş\s+ilanları)?|iş\s+ilanları|vacatures|carrières|carreras|carreiras|carriere|"
    r"(?:sucht|sucht\s+dich|is\s+hiring|recrute|busca|zoekt|söker)(?:\s+dich)?!?)|jobs)\s*$"
)
#: What separates the parts of a page title: a bar, a spaced dash or bullet, a colon; beside
#: Chinese, Japanese or Korean a dash or an underscore with no spaces ("招贤纳士-威海晶合",
#: "加入我们_名医主刀网"), as those titles are written.
_SEPARATORS = re.compile(
    r"\s*[|｜丨]\s*|\s+[–—•·»›]\s+|:\s+|\s+-\s+"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[-_–—·]|[-_–—·](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)
#: A name written as a domain ("helabs.com.br"): a weak vote, a site's address more than its name.
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
#: A logo links home, or nowhere ("#"): either way it is the site's own.
_LOGO_HREFS = HOME_HREFS | {"#"}
#: "logo" in the languages' own words: "logotyp" (sv, pl), "logotipo" (es, it, pt), "logotype".
_LOGO = re.compile(r"\s*\b(?:logo|logotyp|logotype|logotipo)\b\s*", re.IGNORECASE)


def meta(root: etree._Element, *names: str) -> str | None:
    """The content of the first ``<meta>`` with one of *names* as property or name."""
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").casefold()
        if key in names:
            value = " ".join((element.get("content") or "").split())
            if value:
                return value
    return None


def own_url(root: etree._Element) -> str | None:
    """The page's own address, as the page states it (``<link rel=canonical>``, ``og:url``)."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").casefold().split():
            url = resolve(link.get("href"), None)
            if url and url.startswith(("http://", "https://")):
                return url
    url = resolve(meta(root, "og:url"), None)
    return url if url and url.startswith(("http://", "https://")) else None


_TAGLINE = re.compile(r"\s+[-–—|:]\s*.*$")


def _from_organisation(items: Iterable[dict[str, Any]]) -> str | None:
    for item in items:
        if _ORGANISATIONS & set(item_types(item)):
            name = item.get("name")
            if isinstance(name, str) and (found := plausible_name(name)):
                return found
    return None


#: "us" after a careers phrase's preposition ("Lavora con noi", "Trabaja con nosotros"),
#: or a time word after "Join" ("Join Today."), and the separator after it.
_US = re.compile(
    r"^(?:noi|nosotros|nosotras|nous|us|uns|nós|nas|nás|ons|oss|os"
    r"|today|now|heute|jetzt|hoy|ahora|aujourd'hui|oggi|hoje|agora|vandaag|nu)"  # "Join Today."
    r"\b[\s\-–—|:.!]*",
    re.IGNORECASE,
)


def _careers_phrase(texts: Iterable[str]) -> str | None:
    """The company a careers phrase names: "Careers at X", "Offene Jobs im X", "X Careers"."""
    for text in texts:
        for part in (text, *_SEPARATORS.split(text)):
            after = _CAREERS_AT.search(part.strip())
            match = after or _X_CAREERS.match(part.strip())
            # "Lavora con Noi - Impresa Edile Ronco": "with us", then whose careers they are
            named = (match.group("name") or match.groupdict().get("acronym")) if match else None
            if named:  # the name stops at a title's separator, on the phrase's side of it:
                # "Werken bij CODEZILLA - CODEZILLA", "Search for Jobs - Carrow Careers"
                pieces = _SEPARATORS.split(named)
                named = pieces[0] if after is not None else pieces[-1]
            name = _US.sub("", named) if named else None
            if name and (found := plausible_name(name)):
                return found
    return None


def _left_parts(title: str) -> list[str]:
    """The parts of a page title that can name the site: not careers words, jobs or navigation."""
    parts = []
    for part in _SEPARATORS.split(title):
        part = part.strip()
        careers = (
            vocabulary.is_listing_heading(part)
            or vocabulary.names_a_list(part)
            or _CAREERS_AT.search(part) is not None
        )
        role = vocabulary.has_role(part) and not registered_name(part)
        if careers or role or vocabulary.is_navigation(part):
            continue
        if (found := plausible_name(part)) is not None:
            parts.append(found)
    return parts


#: The legal forms that close (or open) a company's name in Chinese, Japanese and Korean.
_CJK_FORM_STARTS = ("株式会社", "有限会社", "(株)", "㈱", "주식회사", "(주)", "㈜")
_CJK_FORM_ENDS = ("公司", "集团", "集團", *_CJK_FORM_STARTS)


def registered_name(part: str) -> bool:
    """Whether a title's part is a company's registered name, whatever words are in it.

    "广州大通资源开发股份有限公司": 开发 (development) names no job inside a company's name.
    """
    return part.endswith(_CJK_FORM_ENDS) or part.startswith(_CJK_FORM_STARTS)


def _from_logo(root: etree._Element) -> str | None:
    for image in root.iter("img"):
        alt = image.get("alt") or ""
        where = " ".join((image.get("class") or "", image.get("src") or "", alt)).casefold()
        parent_link = next(image.iterancestors("a"), None)
        home = parent_link is not None and (parent_link.get("href") or "").strip() in _LOGO_HREFS
        if parent_link is not None and parent_link.get("target") == "_blank":
            continue  # a partner's or a sponsor's logo, opening its own site
        if "logo" in where or home:
            found = plausible_name(_TAGLINE.sub("", _LOGO.sub(" ", alt)))
            if found and "logo" in found.casefold():
                continue  # "logoIcon", "site_logo": a file's name for the image, no one's
            if (
                found
                and found.casefold() not in _platforms()
                and not vocabulary.is_navigation(found)
            ):
                return found  # not "viber logo" (a messenger), nor "GO TO TOP" (a control)
    return None


@functools.cache
def _platforms() -> frozenset[str]:
    """The social networks and messengers whose logos sites show (``data/platforms.json``)."""
    return frozenset(table("platforms.json")["platforms"])


def _business_heading(headings: list[str]) -> str | None:
    """The page's first heading where it is a business's name: "Bäckerei Backenböhse".

    A name with an organisation's word (a trade's shop, "Autohaus", "Kanzlei")
    that names no role and no list.
    """
    for heading in headings[:1]:
        found = plausible_name(heading)
        if (
            found
            and vocabulary.names_an_organisation(found)
            and not vocabulary.has_role(found)
            and not _CAREERS_AT.search(found)
        ):
            return found
    return None


def _site_name(name: str | None) -> str | None:
    """``og:site_name``, or the part of it that names the site ("採用サイト｜株式会社セガ")."""
    if not name:
        return None
    parts = _left_parts(name)
    return parts[0] if parts else None


def _squash(name: str) -> str:
    """A name's letters and digits, folded; a domain's by its first label ("zasilkovna.cz")."""
    if _DOMAIN.match(name):
        name = name.split(".", 1)[0]
    return "".join(c for c in vocabulary.fold(name) if c.isalnum())


def _agree(one: str, other: str) -> bool:
    a, b = _squash(one), _squash(other)
    return bool(a and b) and (
        a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
    )


#: How much each source's name weighs before the others vote for it.
_WEIGHTS = {"careers": 10.0, "organisation": 4.0, "title": 3.0, "site_name": 3.0, "logo": 2.0,
            "copyright": 1.5, "heading": 1.5}  # fmt: skip
_AGREEMENT = 2.0
#: How many mentions of a candidate in the page's text count (a tie-break), and how many of
#: the page's texts are searched.
_NAMED_TIMES = 5
_NAMED_PIECES = 5_000
_NAMED_TEXT = 200_000


def page_company(
    root: etree._Element, texts: PageTexts, items: Iterable[dict[str, Any]], url: str | None = None
) -> str | None:
    """Whose careers page this is, voted among the page's own furniture (see the docstring)."""
    title = root.find(".//title")
    titles = [element_text(title)] if title is not None and element_text(title) else []
    titles += [t for t in (meta(root, "og:title"), meta(root, "twitter:title")) if t]
    headings = [element_text(h) for h in root.iter("h1")][:2]
    candidates: list[tuple[str, str]] = []
    for source, name in (
        ("careers", _careers_phrase(titles + headings)),
        ("organisation", _from_organisation(items)),
        ("site_name", _site_name(meta(root, "og:site_name", "application-name"))),
        ("logo", _from_logo(root)),
        ("copyright", copyright_holder(texts)),
    ):
        if name:
            candidates.append((source, name))
    for part in dict.fromkeys(p for t in titles for p in _left_parts(t)):
        candidates.append(("title", part))
    if (named := _business_heading(headings)) is not None:
        candidates.append(("heading", named))
    builder = builder_name(meta(root, "generator"))  # "Mobirise", left as a template's logo
    candidates = [(source, name) for source, name in candidates if name.casefold() != builder]
    if not candidates:
        body = " ".join(texts.pieces[:_NAMED_PIECES])[:_NAMED_TEXT]
        return named_by_mail_domain(root, body)  # "GFSoft" beside cariere@gfsoft.com
    candidates = _without_leftover_titles(candidates, texts)
    host = urlsplit(url).hostname or "" if url else ""
    labels = [label for label in host.split(".") if label not in {"www", "jobs", "careers"}]

    def vote(candidate: tuple[str, str]) -> float:
        source, name = candidate
        score = _WEIGHTS[source] if not _DOMAIN.match(name) else 1.0
        score += _AGREEMENT * sum(
            1 for other in candidates if other[0] != source and _agree(other[1], name)
        )
        score += _AGREEMENT * any(_agree(label, name) for label in labels)
        return score

    votes = {candidate: vote(candidate) for candidate in candidates}
    best = max(votes.values())
    tied = [candidate for candidate in candidates if votes[candidate] == best]
    if len(tied) == 1:
        return tied[0][1]
    # Of two equal votes (the title parts of "Co umíme | Moravský letecký klastr"), the
    # name the page's text repeats is the site's (its first texts only: a bounded search).
    text = " ".join(texts.pieces[:_NAMED_PIECES])[:_NAMED_TEXT].casefold()
    names = {candidate[1].casefold() for candidate in tied}
    counts = {name: text.count(name) for name in names}

    def mentions(candidate: tuple[str, str]) -> int:
        """How often the page names the candidate on its own ("Acme", not in "Acme GmbH")."""
        name = candidate[1].casefold()
        alone = counts[name] - sum(counts[o] for o in names if o != name and name in o)
        return min(alone, _NAMED_TIMES)

    return max(tied, key=mentions)[1]


#: How often the text names a rival of a title's name that the text never names.
_REPEATED = 2


def _without_leftover_titles(
    candidates: list[tuple[str, str]], texts: PageTexts
) -> list[tuple[str, str]]:
    """The candidates without the title's names that the page's text never repeats.

    A ``<title>`` left from the page a template was copied from ("研发工程师热招中 -
    上海立泉环境科技有限公司" over a page whose header and copyright line name
    another company) names no one the text does: it gives way to a name the text
    repeats (twice at least: a copyright line alone may spell the name otherwise).
    With no such rival, the title's name stands.
    """
    pieces = zip(texts.pieces[:_NAMED_PIECES], texts.holders, strict=False)
    body = " ".join(piece for piece, holder in pieces if holder.tag != "title")
    body = body[:_NAMED_TEXT].casefold()
    unnamed = {name for source, name in candidates if source == "title"}
    unnamed = {name for name in unnamed if name.casefold() not in body}
    if not unnamed or not any(
        body.count(name.casefold()) >= _REPEATED for source, name in candidates if source != "title"
    ):
        return candidates
    return [(source, name) for source, name in candidates if name not in unnamed]
