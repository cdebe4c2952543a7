"""Places written in Chinese characters, kana or hangul: "名古屋市、東海市ほか", "東京都内".

These scripts put no spaces between words, so a place line is cut at its list
marks ("、", "・", "及び", "又は", "ほか") and each short piece is searched for
the longest name the gazetteer knows in these scripts (GeoNames' alternate
names of cities of 100,000 or more, and CLDR's exemplar cities: see
``scripts/generate_cities.py``). "東京都内" holds 東京都, Tokyo; "扬州市" is
Yangzhou. A long piece is prose, not a place, and is left alone.
"""

from __future__ import annotations

import re

from jobparse.model import Location
from jobparse.places import gazetteer
from jobparse.places.small_towns import small_towns_named
from jobparse.tables import words

__all__ = ["UNSPACED", "cjk_places", "cjk_remote", "has_cjk", "opening_city"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: The characters of the scripts written without spaces (Chinese, Japanese); Korean spaces.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: What separates the places of a list: punctuation and "and", "or", "etc." words.
_LIST_MARKS = re.compile(
    r"[、，,・/／;；()（）\[\]【】「」\s]+|及び|および|又は|または|或いは|ほか|など|その他|等|和|与|與|或"
)
_LONGEST_NAME = 6
_SHORTEST_NAME = 2
#: A piece longer than this is a sentence: "本社は東京にあり、..." names the company's seat.
_MAX_PIECE = 15


def has_cjk(text: str) -> bool:
    """Whether *text* holds Chinese characters, kana or hangul."""
    return _CJK.search(text) is not None


def cjk_places(text: str) -> tuple[Location, ...]:
    """The cities a short CJK place line names, each once, in order.

    >>> [(p.city, p.country) for p in cjk_places("名古屋市、東海市ほか")]
    [('Nagoya', 'JP'), ('Tōkai', 'JP')]
    >>> [(p.city, p.country) for p in cjk_places("東京都内及びその周辺地域")]
    [('Tokyo', 'JP')]
    """
    found: list[Location] = []
    for piece in _LIST_MARKS.split(text):
        if not piece or not has_cjk(piece):
            continue
        location = _address_city(piece)
        if location is None and len(piece) <= _MAX_PIECE:
            location = _longest_name_in(piece)
        if location is not None and all(location.city != f.city for f in found):
            found.append(location)
    return tuple(place for place in found if not _inside_a_longer_name(place, found))


def _inside_a_longer_name(place: Location, found: list[Location]) -> bool:
    """Whether a town's name opens a longer town's name of the same line.

    "富士吉田工場" (the Fujiyoshida works) holds "富士" (Fuji); the line's address
    "山梨県富士吉田市" names the town the works are in.
    """
    raw = place.raw or ""
    return any(
        other is not place and (other.raw or "") != raw and (other.raw or "").startswith(raw)
        for other in found
    )


#: A written address: a prefecture or province, then its city ("富山県高岡市伏木古府元町3-26",
#: "广东省深圳市南山区"): the city is the place, however long the street part after it.
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{1,4}?[都道府県省](?P<city>[\u4e00-\u9fff\u30a0-\u30ff]{1,5}?市)"
)


#: The remote words of the scripts without spaces, found anywhere in a place line
#: (Korean spaces its words: its remote words are read as words, as Latin ones are).
_REMOTE_WORDS = tuple(word for word in words()["remote_words"] if UNSPACED.search(word))


def cjk_remote(text: str) -> tuple[Location, ...]:
    """The remote option a CJK place line states beside its towns, or instead of them.

    >>> cjk_remote("東京 / リモート"), cjk_remote("勤務地はご自宅、またはご自宅近辺")
    ((Location(raw='リモート', city=None, region=None, country=None, remote=True),), \
(Location(raw='自宅', city=None, region=None, country=None, remote=True),))
    """
    for word in _REMOTE_WORDS:
        if word in text:
            return (Location(raw=word, remote=True),)
    return ()


def _address_city(piece: str) -> Location | None:
    """The city of a prefecture's or province's address, where the gazetteer knows it.

    A town under 100,000 people is known by its CJK name here only, where the
    address says a town follows ("神奈川県南足柄市": Minamiashigara).
    """
    match = _ADDRESS.search(piece)
    if match is None:
        return None
    city = match.group("city")
    return _city_named(city) or _city_named(city[:-1]) or _town_named(city)


def _town_named(name: str) -> Location | None:
    towns = small_towns_named(name, _CJK_COUNTRIES) or small_towns_named(name[:-1], _CJK_COUNTRIES)
    if not towns:
        return None
    town = towns[0]
    return Location(
        raw=name, city=gazetteer.english_name(town.name, town.country), country=town.country
    )


_CJK_COUNTRIES = frozenset({"JP", "CN", "TW", "KR", "HK", "MO"})


def _longest_name_in(piece: str) -> Location | None:
    """The city whose name is the longest run of *piece* the gazetteer knows."""
    for size in range(min(_LONGEST_NAME, len(piece)), _SHORTEST_NAME - 1, -1):
        for start in range(len(piece) - size + 1):
            name = piece[start : start + size]
            if _inside_a_katakana_word(piece, start, start + size):
                continue  # "ポー" (Bo) in "サポート": a loanword is one word
            if _katakana_before_a_noun(piece, start + size):
                continue  # "メディア" (Médéa) in "メディア企業": a loanword, then its noun
            if _hiragana_in_a_sentence(piece, start, start + size):
                continue  # "としま" (Toshima) in "基本としますが": hiragana writes grammar
            if _inside_a_hangul_word(piece, start, start + size):
                continue  # "오시" (Osh) in "솔리데오시스템즈": Korean spaces its words
            location = _city_named(name)
            if location is not None:
                return location
    return None


def _katakana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff"


def _inside_a_katakana_word(piece: str, start: int, end: int) -> bool:
    """Whether ``piece[start:end]``, written in katakana, is part of a longer katakana word."""
    if not all(_katakana(char) for char in piece[start:end]):
        return False
    return (start > 0 and _katakana(piece[start - 1])) or (
        end < len(piece) and _katakana(piece[end])
    )


#: What may follow a foreign place's katakana name in a compound: an administrative
#: unit or an office ("ニューヨーク州", "シンガポール支社", "バンコク近郊").
_KATAKANA_PLACE_ENDINGS = (
    "市", "州", "都", "県", "省", "区", "島", "支社", "支店", "本社", "事務所", "拠点",
    "近郊", "郊外", "周辺", "地区", "勤務", "在住", "駐在",
)  # fmt: skip


def _katakana_before_a_noun(piece: str, end: int) -> bool:
    """Whether a katakana name ending at *end* goes on with a Chinese-character noun.

    A loanword that is also a foreign town's name ("メディア", media; Médéa) is the
    town only before a unit or an office, a particle or the end of its piece:
    "メディア企業" (media companies) names no town.
    """
    if end >= len(piece) or not _katakana(piece[end - 1]) or _katakana(piece[end]):
        return False
    following = piece[end]
    return "\u4e00" <= following <= "\u9fff" and not piece[end:].startswith(_KATAKANA_PLACE_ENDINGS)


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


#: What may follow a town's name written in hiragana: its unit ("さいたま市", "つくば市").
_HIRAGANA_PLACE_ENDINGS = ("市", "町", "村", "区", "県")


def _hiragana_in_a_sentence(piece: str, start: int, end: int) -> bool:
    """Whether ``piece[start:end]``, written in hiragana, is no town's whole name.

    A few towns write their names in hiragana ("さいたま市", "いわき市"); the
    script otherwise writes particles and endings, so such a name is a town only
    as its piece's whole text, or before its administrative unit, and after no
    other hiragana.
    """
    if not all(_hiragana(char) for char in piece[start:end]):
        return False
    if start > 0 and _hiragana(piece[start - 1]):
        return True
    return end < len(piece) and not piece[end:].startswith(_HIRAGANA_PLACE_ENDINGS)


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7af"


#: What may follow a Korean place's name in its word: an administrative unit
#: ("서울특별시", "성남시", "강서구") or a particle ("서울에서", "부산의").
_HANGUL_PLACE_ENDINGS = (
    "특별자치시", "특별자치도", "특별시", "광역시", "시", "도", "군", "구", "읍", "면", "동",
    "에서", "에", "의", "으로", "로", "지역", "권",
)  # fmt: skip


def _inside_a_hangul_word(piece: str, start: int, end: int) -> bool:
    """Whether ``piece[start:end]``, written in hangul, is no place's whole word.

    A Korean word is a place where it opens the word and ends it or goes on with
    an administrative unit or a particle: "서울특별시", not "솔리데오시스템즈".
    """
    if not all(_hangul(char) for char in piece[start:end]):
        return False
    if start > 0 and _hangul(piece[start - 1]):
        return True
    return (
        end < len(piece)
        and _hangul(piece[end])
        and not piece[end:].startswith(_HANGUL_PLACE_ENDINGS)
    )


def opening_city(name: str) -> Location | None:
    """The city an organisation's CJK name opens with: "石家庄威凤电子工程有限公司", "扬州大学".

    A Chinese company's registered name starts with the region it is registered in;
    of a city and its district ("上海浦东电缆": Shanghai, Pudong) the name means the city.
    """
    found = [
        (city, name[:size])
        for size in range(min(_LONGEST_NAME, len(name)), _SHORTEST_NAME - 1, -1)
        if (city := _largest_city(name[:size])) is not None
    ]
    if not found:
        return None
    city, raw = max(found, key=lambda pair: pair[0].population)
    return _location(city, raw)


def _city_named(name: str) -> Location | None:
    """The largest city the gazetteer knows by a CJK *name*, by its English name."""
    city = _largest_city(name)
    return None if city is None else _location(city, name)


def _largest_city(name: str) -> gazetteer.City | None:
    cities = gazetteer.cities_named(name) if has_cjk(name) else ()
    return max(cities, key=lambda c: c.population) if cities else None


def _location(city: gazetteer.City, name: str) -> Location:
    english = gazetteer.english_name(city.name, city.country)
    return Location(raw=name, city=english, region=city.region, country=city.country)
