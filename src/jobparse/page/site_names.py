"""Whether a text from a page's furniture can name an organisation, and that name cleaned.

A page's title, logo, copyright line and site name hold more than a name:
separators, a tagline, the site's kind ("Stellenportal"), a licence number,
a town ("Autohaus Pufahl in Lengerich"). :func:`plausible_name` takes those
away and refuses what is no name at all: a label, an address, a sentence,
a pronoun, a careers heading or a posting's section heading ("Koho hledáme").
"""

from __future__ import annotations

import re

from jobparse import vocabulary
from jobparse.fields.city_names import city_named_exactly

__all__ = ["plausible_name"]

#: A name is never a pronoun ("Work with us").
_PRONOUNS = frozenset({"us", "uns", "nous", "nosotros", "ons", "noi", "nós", "me"})
_ADDRESS_DIGITS = re.compile(r"\b\d{3,}\b")
#: A Chinese site's licence numbers after its name: "京ICP备14023790号", "京公网安备 1101…".
_LICENCE = re.compile(r"[\u4e00-\u9fff]?(?:ICP[备證证]|公网安备|公網安備)")
#: A logo's alt text or a template's leftover <title> naming no company ("Site", "portfolio").
_GENERIC_ALT = frozenset(
    "logo logotype company home homepage image icon portfolio index untitled document "
    "template website site here img pic picture photo foto banner bild imagen imagem "
    "immagine".split()
) | {
    "landing page",
    "untitled document",
    "untitled page",
    "new page",
    "无标题文档",
    "未命名文档",
    "無標題文件",
    "無題ドキュメント",
    "제목 없음",
}  # an editor's default title ("Untitled Document")
#: Words that close a site's name but are no part of the company's ("4SELLERS Stellenportal",
#: "…股份有限公司官网": its official site).
_SITE_SUFFIXES = re.compile(
    r"\s+(?:stellenportal|karriereportal|jobportal|bewerberportal|career\s+site|careers?|jobs|"
    r"karriere|recruiting|recrutement|vacatures|empleo|blog|menubar|menu|navbar|logo|"
    r"website|web\s*site|homepage|home\s*page|official\s+site|採用サイト|採用)$"
    r"|\s*(?:官网|官網|官方网站|官方網站|公式サイト|オフィシャルサイト|공식\s*홈페이지|홈페이지)$",
    re.IGNORECASE,
)
#: A blog's name before the organisation it is of: "Playground, Tech Blog of Beatrobo, Inc.".
_BLOG_OF = re.compile(r"^.*\b(?:blog|weblog)\s+(?:of|by|de|von|di)\s+(?=\S)", re.IGNORECASE)
_BRACKETED = re.compile(r"【[^】]*】|\s+-\s*$")
_NOT_A_NAME = re.compile(
    r"rights\s+reserved|privacy|policy|cookie|copyright"
    # "all rights reserved" where the copyright line names no one: "© 2020 Все права защищены"
    r"|права\s+(?:защищены|захищені)|rechte\s+vorbehalten|droits\s+réservés|"
    r"derechos\s+reservados|diritti\s+riservati|direitos\s+reservados|rechten\s+voorbehouden|"
    r"prawa\s+zastrzeżone|práva\s+vyhrazena|práva\s+vyhradené"
    # a credit ("Designed by Weblosofy", "Photo by ..."); a brand "Acqua by Salud" is a name
    r"|\b(?:designed|developed|powered|made|created|built|hosted|crafted|theme|template|"
    r"photo|image|picture|design|site|website)\s+by\b|^by\b"
    # A phrase addressed to the reader: "Your weekly job alert", "Ihre Karriere", "Votre avenir".
    r"|^(?:your|my|our|ihre?|deine?|unsere?|votre|vos|notre|tu|tus|su|sus|nuestr[oa]s?|uw|jouw|"
    r"onze|il\s+tuo|la\s+tua|seu|sua)\s"
    # Japanese "…の方へ", "皆様へ", "あなたへ": to those who…, to everyone, to you
    r"|(?:方|皆様|皆さま|皆さん|あなた|君)へ$"
    r"|(?-i:^\d+\s+[a-zà-ÿ])",  # a count: "3 new jobs", "25 offres" (not "3 Banken")
    re.IGNORECASE,
)


#: A town after a name and a preposition: "Autohaus Pufahl in Lengerich", "Eifelohr à Mayen".
_IN_TOWN = re.compile(
    r"\s+(?:in|im|à|a|en|i)\s+(?P<town>[A-ZÄÖÜÅÉ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+)?)$"
)


def _without_stray_quotes(name: str) -> str:
    """A name without a guillemet that closes nothing: "АО «ПАТП №1»" keeps both of its own.

    A title's separator ("Работа » Acme") or a quote left open is no part of the name.
    """
    name = name.lstrip("» ").rstrip("« ")
    if name.endswith("»") and "«" not in name:
        name = name[:-1]
    if name.startswith("«") and "»" not in name:
        name = name[1:]
    return _trimmed(name)


#: A legal form of dotted letters: "s.r.o.", "B.V.", "S.r.l." (not a domain: "VAKJOB.SR").
_DOTTED_FORM = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}\.")


def _trimmed(name: str) -> str:
    """A name without the separators around it, and its full stop but a legal form's.

    "Zásilkovna s.r.o.", "Acme B.V.": a form's dots are its own; "Acme." ends a sentence.
    """
    name = name.strip(" -–—|:,®™℠")  # "Every Day ®": the mark is no part of the name
    last = name.rsplit(None, 1)[-1] if name else ""
    return name if _DOTTED_FORM.fullmatch(last) else name.strip(" -–—|:,.®™℠")


def plausible_name(name: str | None) -> str | None:
    """A cleaned company name, or None for a label, an address or a sentence."""
    if not name:
        return None
    name = _without_stray_quotes(
        _trimmed(_BRACKETED.sub("", " ".join(name.replace("\u00a0", " ").split())))
    )
    name = _BLOG_OF.sub("", name)  # the blog's organisation
    name = _LICENCE.split(name, maxsplit=1)[0].strip()  # "Lagou京ICP备14023790号": its licence
    while (shorter := _SITE_SUFFIXES.sub("", name)) != name:
        name = _trimmed(shorter)
    head, comma, tail = name.rpartition(",")
    if comma and city_named_exactly(tail.strip()) is not None:
        name = head.strip()  # "Bio 7.0 Apotheke, Berlin": the town is no part of the name
    in_town = _IN_TOWN.search(name)
    if in_town and city_named_exactly(in_town.group("town")) is not None:
        name = name[: in_town.start()].strip()  # "Autohaus Pufahl in Lengerich": its town
    if not 2 <= len(name) <= 60 or not name[0].isalnum() or _ADDRESS_DIGITS.search(name):
        return None
    if name.casefold() in _GENERIC_ALT | _PRONOUNS or _NOT_A_NAME.search(name):
        return None
    if vocabulary.is_navigation(name) or vocabulary.label_field(name) is not None:
        return None
    words = name.split()
    if (
        len(words) > (_MOST_FORMAL_WORDS if _opens_formally(words) else _MOST_WORDS)
        or vocabulary.is_listing_heading(name)
        or vocabulary.names_a_list(name)
        or vocabulary.is_section_heading(name)  # "Koho hledáme", "O nás": a posting's part
    ):
        return None
    return name


#: The most words of a name, and of one opened by its legal form or kind of organisation
#: ("Công ty Cổ phần quản lí nhân sự CRAZY COMPANY": a joint-stock company, its trade, its name).
_MOST_WORDS = 7
_MOST_FORMAL_WORDS = 12
#: How many words open a name with its form ("Công ty TNHH", "Universidad de").
_OPENING_WORDS = 3


def _opens_formally(words: list[str]) -> bool:
    return vocabulary.names_an_organisation(" ".join(words[:_OPENING_WORDS]))


#: A version in a generator's name: "v4.12.3", "6.2", "2024".
_VERSION = re.compile(r"^v?\d")


def builder_name(generator: str | None) -> str | None:
    """The product a page's ``<meta name=generator>`` names, its version left out.

    A site builder's name is left in its templates' logos ("Mobirise"): no employer.

    >>> builder_name("Mobirise v4.12.3, mobirise.com"), builder_name("WordPress 6.2")
    ('mobirise', 'wordpress')
    """
    if not generator:
        return None
    words = []
    for word in generator.split(",")[0].split():
        if _VERSION.match(word):
            break
        words.append(word)
    return " ".join(words).casefold() or None
