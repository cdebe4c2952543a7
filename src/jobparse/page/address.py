"""The town of a page's postal address: where its jobs are when no posting says.

A careers page of one organisation often shows its address ("Mömpelgarder
Weg 8, 72072 Tübingen", "Fjordgata 30, 7010 Trondheim", "Tel Aviv 69710")
and nowhere else a place for its jobs. Postal codes are found first (digits
are rare in a page's text), then the town beside each. A five-digit code
(or "SE-701 82", "9747 AG") is read as before; a code of another shape
("7010", "05-803", "69710" after its town) only when the town beside it is
in a country whose codes have that shape, as GeoNames' country table gives
them (``data/postal_codes.json``, ``scripts/generate_postal_codes.py``): a
year before a German town is no postal code, "7010 Trondheim" is one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs
from lxml import etree

from jobparse import patterns
from jobparse.fields.city_names import city_named_exactly, display_city
from jobparse.fields.cjk_places import cjk_places
from jobparse.fields.institutions import institution_town
from jobparse.fields.place_pairs import constrained_pairs
from jobparse.fields.places import scan_places
from jobparse.model import Location
from jobparse.page.cyrillic_towns import cyrillic_town
from jobparse.page.footer_address import labelled_footer_place
from jobparse.page.links import HOME_HREFS
from jobparse.page.render import CODE_TAGS, element_text
from jobparse.places import gazetteer
from jobparse.places.small_towns import small_towns_named
from jobparse.tables import table

__all__ = ["PageTexts", "institution_place", "page_place", "page_texts"]


@attrs.frozen
class PageTexts:
    """A page's texts in document order, scripts and styles left out, read in one walk.

    ``holders`` gives the element each text is in (a tail's is its parent's).
    """

    pieces: tuple[str, ...]
    holders: tuple[etree._Element, ...]


def page_texts(root: etree._Element) -> PageTexts:
    """Walk the page once for the readers of its address and its copyright line."""
    pieces: list[str] = []
    holders: list[etree._Element] = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in CODE_TAGS and element.text:
            pieces.append(element.text)
            holders.append(element)
        if element.tail and (parent := element.getparent()) is not None:
            pieces.append(element.tail)
            holders.append(parent)
    return PageTexts(tuple(pieces), tuple(holders))


#: How much of a page's text is searched for its postal address.
_MAX_ADDRESS_TEXT = 200_000
#: How many texts on each side of one with digits may hold the rest of its address.
_CODE_CONTEXT = 2
#: A postal code of another shape than five digits: four digits ("7010"), two and three
#: ("05-803"), four and three ("1000-001"), with an optional country prefix ("CH-8001").
_OTHER_CODE = re.compile(r"(?<![\w.,-])(?:[A-Z]{1,2}-)?(\d{4}|\d{2}-\d{3}|\d{4}-\d{3})(?![\w-])")
#: A town of one or two capitalised words just before a postal code: "Tel Aviv 69710",
#: "Humanes de Madrid, 28970".
_TOWN_BEFORE_CODE = re.compile(
    r"(?<![^\W\d_])(?P<town>[A-Z][^\W\d_]+(?:[ \t-](?:(?:de|del|la|di|do|da)[ \t])?"
    r"[A-Z][^\W\d_]+)?),?[ \t]+(?:[A-Z]{1,2}-)?"
    r"(?P<code>\d{4,7}|\d{2}-\d{3})(?![\w-])"
)


def page_place(root: etree._Element, texts: PageTexts) -> Location | None:
    """The town of the page's postal address, if it gives one and only one.

    A page with several addresses (offices), or whose filters offer several
    towns, gives none.
    """
    towns = {
        (choice.city, choice.country)
        for option in root.iter("option")
        if (choice := city_named_exactly(" ".join((option.text or "").split()))) is not None
    }
    if len(towns) > 1:
        return None  # the page lets one choose among towns: its jobs are in several
    found: dict[tuple[str | None, str | None], Location] = {}
    said = _countries_of_language(root)
    for text in _texts_with_codes(texts):
        _read_codes(text, found, said)
        _read_other_codes(text, found, said)
        _read_cjk_addresses(text, found)
    if not found:
        return (
            _brand_place(root)
            or cyrillic_town(texts.pieces)
            or _footer_place(texts)
            or _paired_address(texts)
            or _labelled_cjk_address(texts)
            or labelled_footer_place(texts.pieces)  # "Адрес: Республика Татарстан, Казань"
        )
    return next(iter(found.values())) if len(found) == 1 else None


#: A home link's text this long at most is the site's name, not a paragraph.
_MAX_BRAND_TEXT = 120


def _brand_place(root: etree._Element) -> Location | None:
    """The town the site's name states beside it, in its home link ("IGE, Grenoble, France").

    A research group's or a small firm's header names where it is; a town and its
    country (or region), and only one such, in the links to the home page.
    """
    places: dict[tuple[str | None, str | None], Location] = {}
    for link in root.iter("a"):
        if (link.get("href") or "").strip() not in HOME_HREFS:
            continue
        text = element_text(link)
        if len(text) > _MAX_BRAND_TEXT:
            continue
        for _, location in constrained_pairs(text):
            places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None


#: How many of a page's last texts are its footer, and the longest read there.
_FOOTER_TEXTS = 60
_FOOTER_LINE = 80


def _footer_place(texts: PageTexts) -> Location | None:
    """The one town and country the page's footer names, with no postal code: "Managua, Nicaragua".

    A contact block's line of a town and the region or country it fits, and only
    one such town in the footer.
    """
    places: dict[tuple[str | None, str | None], Location] = {}
    for piece in texts.pieces[-_FOOTER_TEXTS:]:
        if len(piece) <= _FOOTER_LINE:
            line = " ".join(piece.split())
            found = [location for _, location in constrained_pairs(line)]
            for match in _TOWN_AND_PROVINCE.finditer(line):  # "Via G. Falcone 5, Gela (CL)"
                found += [p for p in scan_places(match.group()).locations if p.city and p.region]
            for location in found:
                places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None


def _paired_address(texts: PageTexts) -> Location | None:
    """The one town an address with a number pairs with its country: "Paraćin, Srbija, 35250".

    A contact block above the footer's last texts, its postal code after the
    country (or none the code patterns know): the town and the country it fits.
    """
    places: dict[tuple[str | None, str | None], Location] = {}
    for text in _texts_with_codes(texts):
        for _, location in constrained_pairs(" ".join(text.split())):
            places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None


#: A town and its province's code in brackets, the Italian way of writing an address.
_TOWN_AND_PROVINCE = re.compile(r"[^\W\d_](?:[^\W\d_]|[' -]){1,40}\([A-Z]{2}\)")


def _texts_with_codes(texts: PageTexts) -> Iterator[str]:
    """Each text of the page holding three digits in a row, with the texts around it.

    Only these can hold a postal code; looking for digits text by text is
    several times faster than running the postal-code pattern over the page.
    """
    pieces = texts.pieces
    size = 0
    for index, piece in enumerate(pieces):
        size += len(piece)
        if size > _MAX_ADDRESS_TEXT:
            break
        if patterns.THREE_DIGITS.search(piece) is not None:
            yield " ".join(pieces[max(0, index - _CODE_CONTEXT) : index + _CODE_CONTEXT + 1])


def _read_codes(
    text: str, found: dict[tuple[str | None, str | None], Location], said: frozenset[str]
) -> None:
    """Add the town of each five-digit, Dutch, US or British postal code in *text* to *found*.

    *said* is the countries of the page's stated language (:func:`_countries_of_language`).
    """
    for code in patterns.POSTAL_CODE.finditer(text):
        if _a_copyright_year(text, code.start()):
            continue  # "© 2024 VO HAN ...": a year and a name, no Dutch "2024 VO"
        location = None
        after = patterns.TOWN_AFTER_CODE.match(text, code.end())
        if after is not None:
            town = after.group("town")  # "Berlin Tel" from "10719 Berlin Tel. 030": one word first
            bare = re.sub(r"^[A-Z]{1,2}[- ]", "", code.group())
            location = (
                _town_after_code(town)
                or _town_with_code(town.split()[0], bare)  # "100 00 Praha 10": Prague
                or _small_town_after(text, code.start(), town, bare, said)  # "7339 EJ Ugchelen"
            )
        digits = code.start() + next(i for i, c in enumerate(code.group()) if c.isdigit())
        before = patterns.TOWN_STATE_BEFORE_ZIP.search(  # "College Park, MD 20895"
            text, max(0, digits - 40), digits
        )
        if location is None and before is not None:
            places = scan_places(f"{before.group('town')}, {before.group('state')}").locations
            location = places[0] if places and places[0].city else None
        if location is not None:
            found.setdefault((location.city, location.country), location)
    for street in patterns.TOWN_AFTER_STREET.finditer(text):  # "2201 Eastline Road Kaukauna, WI"
        places = scan_places(f"{street.group('town')}, {street.group('state')}").locations
        if places and places[0].city and places[0].country == "US":
            found.setdefault((places[0].city, places[0].country), places[0])
    for british in patterns.UK_TOWN_BEFORE_POSTCODE.finditer(text):  # "Cambridge CB2 1RB"
        town = city_named_exactly(british.group("town"), prefer="GB")
        if town is not None and town.country == "GB":
            found.setdefault((town.city, town.country), town)


def _town_after_code(town: str) -> Location | None:
    """The town a postal code's next words name: "Berlin" of "Berlin Tel", "Grumello del Monte".

    Its first word first ("10719 Berlin Tel. 030"), but a name joined by a small
    word ("Grumello del Monte", "Frankfurt am Main") whole first.
    """
    words = town.split()
    joined = any(word.islower() for word in words)
    first, whole = city_named_exactly(words[0]), city_named_exactly(town)
    return (whole or first) if joined else (first or whole)


#: The marks of a copyright line, before its year: "© 2025 Sifra", "(c) 2019 Acme".
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?$", re.IGNORECASE)


def _a_copyright_year(text: str, start: int) -> bool:
    """Whether four digits at *start* are a copyright line's year, not a postal code."""
    return _COPYRIGHT_BEFORE.search(text, max(0, start - 20), start) is not None


def _read_other_codes(
    text: str, found: dict[tuple[str | None, str | None], Location], said: frozenset[str]
) -> None:
    """Add the towns beside postal codes of their own country's shape: "7010 Trondheim"."""
    for code in _OTHER_CODE.finditer(text):
        after = patterns.TOWN_AFTER_CODE.match(text, code.end())
        if after is not None and not _a_copyright_year(text, code.start()):
            town = after.group("town")
            location = (
                _town_with_code(town.split()[0], code.group(1))
                or _town_with_code(town, code.group(1))
                # a town under 5,000 people: "44-348 Skrzyszów"
                or _small_town_after(text, code.start(), town, code.group(1), said)
            )
            if location is not None:
                found.setdefault((location.city, location.country), location)
    for before in _TOWN_BEFORE_CODE.finditer(text):  # "Tel Aviv 69710"
        after = patterns.TOWN_AFTER_CODE.match(text, before.end())
        if after is not None and city_named_exactly(after.group("town").split()[0]) is not None:
            continue  # "rue Saint-Lazare 60800 Crépy-en-Valois": the town is after the code
        location = _town_with_code(before.group("town"), before.group("code"))
        if location is not None and location.country != "US":
            found.setdefault((location.city, location.country), location)


#: A Chinese or Japanese address: its town (a name ending in 市, 区, 都, 道, 府 or 県) first,
#: then the rest of it and a number: "仙台市青葉区北四番丁00-0000", "广州市白云区机场路585号".
_CJK_ADDRESS = re.compile(
    r"(?<![\u3040-\u30ff\u3400-\u9fff])(?P<town>[\u3400-\u9fff]{1,6}?[市区區都道府県])"
    r"[\u3040-\u30ff\u3400-\u9fff]{0,20}[\d０-９○〇]"  # a number, or one masked: "江ノ島○○-○○○"
)


def _read_cjk_addresses(text: str, found: dict[tuple[str | None, str | None], Location]) -> None:
    """Add the town a Chinese or Japanese address opens with: "仙台市青葉区北四番丁00" is Sendai."""
    for address in _CJK_ADDRESS.finditer(text):
        # "神奈川県藤沢市…": a prefecture opens it, its town follows
        towns = cjk_places(address.group("town")) or cjk_places(address.group())
        for location in towns[:1]:
            found.setdefault((location.city, location.country), location)


#: A Chinese or Japanese address under its label, with no number: "地址：黑龙江省哈尔滨市".
_CJK_ADDRESS_LABEL = re.compile(
    r"(?:地址|住所|所在地|公司地址|办公地址|本社所在地)\s*[：:]\s*(?P<address>[\u3400-\u9fff]{2,30})"
)


def _labelled_cjk_address(texts: PageTexts) -> Location | None:
    """The one town the page's labelled Chinese or Japanese addresses open with."""
    places: dict[tuple[str | None, str | None], Location] = {}
    for piece in texts.pieces:
        if "址" not in piece and "住所" not in piece and "所在地" not in piece:
            continue
        for match in _CJK_ADDRESS_LABEL.finditer(piece):
            for location in cjk_places(match.group("address"))[:1]:
                places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None


def _town_with_code(name: str, code: str) -> Location | None:
    """The largest town called *name* in a country whose postal codes are shaped like *code*."""
    countries = _countries_of_shape(re.sub(r"\d", "#", code))
    for city in gazetteer.cities_named(name):  # any of its names: "1010 Wien" is Vienna
        if city.country in countries:
            return Location(
                raw=f"{code} {name}",
                city=display_city(name, city),
                region=city.region,
                country=city.country,
            )
    return None


#: A Dutch postal code: four digits and two capitals ("7339 EJ").
_DUTCH_CODE = re.compile(r"\d{4} ?[A-Z]{2}")


#: What comes before a postal code that opens an address's town part: the text's start,
#: or the end of its street ("ul. 1 Maja 65, 44-348", "Hoenderloseweg 50 - 7339 EJ").
_ADDRESS_BEFORE_CODE = re.compile(r"(?:^|[,|·–—-])\s*$")


#: A postal code shape shared by more countries than this pins none of them.
_FEW_COUNTRIES = 4


def _small_town_after(
    text: str, start: int, town: str, code: str, said: frozenset[str]
) -> Location | None:
    """The town under 5,000 people *town* (or its first word) names, in its code's country.

    Only an address pins these: a postal code after a street's comma or dash,
    or opening a line, never a number in a sentence ("über 15000 Kunden"). A
    code shaped as few countries' are pins its country ("44-348 Skrzyszów":
    Poland; "7339 EJ Ugchelen": the Netherlands); one shaped as many ("66010
    Pretoro": 56 countries) only with the page's stated language, among the
    countries it is official in (*said*: ``lang="it-IT"``).
    """
    if _ADDRESS_BEFORE_CODE.search(text, max(0, start - 4), start) is None:
        return None
    countries = (
        frozenset({"NL"})
        if _DUTCH_CODE.fullmatch(code)
        else _countries_of_shape(re.sub(r"\d", "#", code))
    )
    if len(countries) > _FEW_COUNTRIES:
        countries &= said
    if not countries:
        return None
    for name in dict.fromkeys((town, town.split()[0])):
        for found in small_towns_named(name, countries)[:1]:
            return Location(
                raw=f"{code} {name}", city=found.name, region=found.region, country=found.country
            )
    return None


@functools.cache
def _shapes() -> dict[str, frozenset[str]]:
    """Each postal code shape ("####") and the countries whose codes have it."""
    by_shape: dict[str, set[str]] = {}
    for country, shapes in table("postal_codes.json")["shapes"].items():
        for shape in shapes:
            by_shape.setdefault(shape, set()).add(country)
    return {shape: frozenset(countries) for shape, countries in by_shape.items()}


def _countries_of_shape(shape: str) -> frozenset[str]:
    return _shapes().get(shape, frozenset())


def _countries_of_language(root: etree._Element) -> frozenset[str]:
    """The countries the page's stated language is official in, and the region it names.

    ``lang="it-IT"`` and ``lang="it"`` give Italy, San Marino and the Vatican
    (``data/language_countries.json``, from CLDR); no ``lang``, none.
    """
    html_element = root if root.tag == "html" else root.find(".//html")
    lang = (html_element.get("lang") if html_element is not None else None) or ""
    language, _, region = lang.strip().replace("_", "-").partition("-")
    countries = set(table("language_countries.json")["countries"].get(language.casefold(), ()))
    if len(region) == 2 and region.isalpha():
        countries.add(region.upper())
    return frozenset(countries)


def institution_place(texts: PageTexts) -> Location | None:
    """The town of the page's one institution named after a town (:func:`institution_town`)."""
    return institution_town("\n".join(texts.pieces)[:_MAX_ADDRESS_TEXT])
