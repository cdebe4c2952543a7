"""Page bytes to text, as browsers decode them, and the text cleaned for the parser.

A charset is honoured only when it is a label of the WHATWG Encoding Standard
(``data/encodings.json``): what browsers accept, nothing else. Python knows
codecs that are not text encodings at all (``base64``, ``rot13``, ``zlib``)
or that fail on real pages (``idna``, ``undefined``, ``utf-7``); a page
naming one is read as if it named none.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

import attrs

from jobparse.errors import InputError
from jobparse.tables import table

__all__ = [
    "STDIN_NAME",
    "Encoding",
    "clean_text",
    "decode",
    "encoding_for_label",
    "fold_width",
    "without_invisible",
]

STDIN_NAME = "<stdin>"

# Leading bytes of common binary formats that are never pages.
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 64 * 1024
_META_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE
)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE)
#: What a ``<meta>`` label stands for when the page itself declares it (HTML's
#: prescan): a page read as ASCII to find its ``<meta>`` cannot be UTF-16.
_META_OVERRIDES = {"UTF-16BE": "UTF-8", "UTF-16LE": "UTF-8", "x-user-defined": "windows-1252"}


@attrs.frozen
class Encoding:
    """A WHATWG encoding: its name and the Python codec that decodes it (None: refused)."""

    name: str
    codec: str | None


@functools.cache
def _encodings() -> dict[str, Encoding]:
    """Every WHATWG label (lower case) and its encoding, loaded once."""
    return {
        label: Encoding(entry["name"], entry["codec"])
        for entry in table("encodings.json")["encodings"]
        for label in entry["labels"]
    }


def encoding_for_label(label: str | None) -> Encoding | None:
    """The WHATWG encoding a charset label names, or None for a label browsers ignore.

    >>> encoding_for_label(" Latin1 ")
    Encoding(name='windows-1252', codec='cp1252')
    >>> encoding_for_label("base64") is None, encoding_for_label("utf-7") is None
    (True, True)
    """
    if not label:
        return None
    return _encodings().get(label.strip().strip("\"'").strip().casefold())


def _declared(data: bytes, content_type: str | None) -> tuple[str, Encoding] | None:
    """The label and encoding the HTTP header declares, else the page's ``<meta>`` charset."""
    header = _CONTENT_TYPE_CHARSET.search(content_type or "")
    if header and (encoding := encoding_for_label(header.group(1))) is not None:
        return header.group(1).casefold(), encoding
    meta = _META_CHARSET.search(data[:_META_PRESCAN_BYTES])
    label = meta.group(1).decode("ascii").casefold() if meta else None
    encoding = encoding_for_label(label)
    if label is None or encoding is None:
        return None
    if encoding.name in _META_OVERRIDES:
        encoding = encoding_for_label(_META_OVERRIDES[encoding.name]) or encoding
    return label, encoding


def decode(data: bytes, uri: str = STDIN_NAME, *, content_type: str | None = None) -> str:
    """Decode page bytes to text as browsers do, refusing what is not text.

    A byte-order mark wins; then the HTTP ``Content-Type`` charset; then a
    ``<meta charset>`` in the page; then UTF-8 if the bytes are valid UTF-8;
    else a legacy encoding charset-normalizer recognises (cp1251, Shift_JIS,
    GBK, EUC-KR...), else Windows-1252 (a superset of Latin-1 for printable text). Only WHATWG
    labels count. Bytes the chosen encoding lacks become replacement
    characters: decoding never fails on a text page.

    >>> decode("Zürich".encode("utf-8"))
    'Zürich'
    >>> decode("Zürich".encode("latin-1"))
    'Zürich'
    >>> decode('<meta charset="koi8-r"><p>Москва'.encode("koi8-r"))[-6:]
    'Москва'
    >>> decode('<meta charset="base64"><p>Zürich'.encode())[-6:]
    'Zürich'
    """
    if not data.strip():
        raise InputError(uri, "empty input")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    head = data[:_SNIFF_BYTES]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        raise InputError(uri, "binary data, not a text or HTML page")
    declared = _declared(head, content_type)
    if declared is not None:
        label, encoding = declared
        if encoding.codec is None:
            raise InputError(
                uri, f"declares the encoding {label!r}, which browsers refuse to decode"
            )
        if encoding.codec != "utf-8":
            return data.decode(encoding.codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if declared is not None and not _mostly_undecodable(text):
            return text
        return data.decode(_legacy_codec(head, data), errors="replace")


def _mostly_undecodable(text: str) -> bool:
    """Whether more of a text's non-ASCII characters failed to decode than decoded.

    A UTF-8 page with a stray Latin-1 byte keeps its UTF-8; a page saved in a
    legacy code page under a ``<meta charset="utf-8">`` (an editor's template
    kept, the file saved otherwise) has hardly a valid UTF-8 sequence.
    """
    failed = text.count("\ufffd")
    decoded = sum(1 for char in text if char > "\x7f") - failed
    return failed > decoded


_HTML_LANG = re.compile(
    rb"<html\b[^>]{0,300}?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)", re.I
)


def _legacy_codec(head: bytes, data: bytes) -> str:
    """The codec of bytes that are not UTF-8: the page language's legacy encoding, else a guess.

    The HTML Standard's table of default encodings per locale
    (``data/encodings.json``) names the code page a page in ``<html lang>``
    was most likely saved in ("tr": Windows-1254, "pl": ISO-8859-2); a page
    with no language, or one the table does not list, is guessed.
    """
    lang = _HTML_LANG.search(head[:_META_PRESCAN_BYTES])
    if lang is not None:
        tag = lang.group(1).decode("ascii").casefold().replace("_", "-")
        defaults = table("encodings.json")["locale_defaults"]
        label = defaults.get(tag) or defaults.get(tag.split("-")[0])
        encoding = encoding_for_label(label)
        if encoding is not None and encoding.codec is not None:
            return encoding.codec
    return _guessed_codec(data)


#: The legacy encodings a page without a declared charset is guessed in (besides
#: Windows-1252): those of other scripts than Latin — Cyrillic, Greek, Hebrew,
#: Arabic, Japanese, Chinese, Korean. A Latin page is never guessed into another
#: Latin code page: "à" in Windows-1252 reads as "ŕ" in Windows-1250, and
#: undeclared Western pages are the common case.
_GUESSABLE = frozenset(
    """
    cp1251 cp1253 cp1255 cp1256 koi8_r koi8_u iso8859_5 iso8859_7 iso8859_8 mac_cyrillic
    cp866 shift_jis cp932 euc_jp iso2022_jp gb2312 gbk gb18030 big5 big5hkscs euc_kr cp949
    """.split()
)


def _guessed_codec(data: bytes) -> str:
    """The codec of undeclared bytes that are not UTF-8: charset-normalizer's guess, if legacy.

    Windows-1252 unless charset-normalizer (imported only here) finds one of
    the encodings of :data:`_GUESSABLE` — a Latin page stays Windows-1252,
    which decodes every byte.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 64 * 1024]).best()
    codec = codecs.lookup(best.encoding).name.replace("-", "_") if best else ""
    return codec if codec in _GUESSABLE else "cp1252"


_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
#: The control characters' UTF-8 bytes: in UTF-8 they never occur inside another character.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def clean_text(text: str) -> str:
    """Drop control characters (but tab, newlines, form feed) and replace lone surrogates.

    A clean text (nearly every page) is told in two fast passes over its UTF-8
    bytes, which fail to encode if it holds a lone surrogate.

    >>> clean_text("a\\x00b\\x07c\\udc00") == "abc\\ufffd"
    True
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _LONE_SURROGATES.sub("\ufffd", _CONTROL_CHARACTERS.sub("", text))
    if len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return text
    return _CONTROL_CHARACTERS.sub("", text)


#: Characters a browser shows as nothing: the soft hyphen ("Bewerbungs&shy;schluss"),
#: zero-width spaces and joiners, the word joiner and a byte-order mark inside a text.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: The soft hyphen written as an HTML character reference.
_SOFT_HYPHEN_ENTITY = re.compile(r"&(?:shy|#173|#x[aA][dD]);")


def without_invisible(text: str) -> str:
    """*text* without the characters a reader never sees (soft hyphens, zero widths).

    >>> without_invisible("Bewerbungs&shy;schluss"), without_invisible("Bewerbungs\u00adschluss")
    ('Bewerbungsschluss', 'Bewerbungsschluss')
    """
    if "&shy;" in text or "&#" in text:
        text = _SOFT_HYPHEN_ENTITY.sub("", text)
    for char in _INVISIBLE_CHARS:  # a fast scan each; a page holds one or two of them
        if char in text:
            text = text.replace(char, "")
    return text


#: Full-width digits and Latin letters: Japanese, Chinese and Korean pages write
#: "２０２５年３月３１日", "ＰＭ". Full-width punctuation ("，", "：") is the script's own
#: and stays (the patterns read it).
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]")
_HALF_WIDTH = {
    code: code - 0xFEE0
    for first, last in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for code in range(first, last + 1)
}
# Mathematical bold, italic and script letters and digits, written as styling by pages
# and posts that cannot set a font ("𝐆𝐚𝐦𝐞 𝐃𝐞𝐬𝐢𝐠𝐧𝐞𝐫"): the letters a reader sees.
_HALF_WIDTH.update(
    {
        code: ord(folded)
        for code in range(0x1D400, 0x1D800)
        if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1 and folded != chr(code)
    }
)


def fold_width(text: str) -> str:
    """Full-width and mathematical styled letters and digits as their plain forms, one for one.

    >>> fold_width("締切：２０２５年３月３１日（ＰＭ）")
    '締切：2025年3月31日（PM）'
    >>> fold_width("𝐆𝐚𝐦𝐞 𝐃𝐞𝐬𝐢𝐠𝐧𝐞𝐫 (𝐉𝐮𝐧𝐢𝐨𝐫)")
    'Game Designer (Junior)'
    """
    if _FULL_WIDTH.search(text) is None:
        return text
    return text.translate(_HALF_WIDTH)
