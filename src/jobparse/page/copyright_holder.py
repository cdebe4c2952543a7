"""Whose the page is by its copyright line: "© 2026 Kestrel Logistik GmbH".

The line is read in the smallest element around its mark (a link or a span may
split it), line by line where ``<br>`` breaks it and then whole ("© 2021 Công ty
… CRAZY COMPANY<br>Địa chỉ …", the address below the name).
"""

from __future__ import annotations

import re

from lxml import etree

from jobparse.page.address import PageTexts
from jobparse.page.render import element_text, render
from jobparse.page.site_names import plausible_name

__all__ = ["COPYRIGHT", "copyright_holder"]

#: A copyright line and its holder's name: "© 2026 Kestrel Logistik GmbH".
COPYRIGHT = re.compile(
    r"(?:©[\ufe0e\ufe0f]?|\(c\)|copyright)(?:\s*(?:©[\ufe0e\ufe0f]?|copyright\b))?\s*"
    r"(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*(?:copyright:?\s*)?(?:[-–—|]\s+)?(?:by\s+)?"  # "©2017 - BN"
    r"(?:(?:all\s+rights\s+reserved|tutti\s+i\s+diritti\s+riservati|todos\s+los\s+derechos\s+"
    r"reservados|todos\s+os\s+direitos\s+reservados)\s+(?:to|a|à|ao|para)\s+)?"  # "… riservati a X"
    r"(?P<name>[A-Z0-9\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
    r"[\w&.,'«»„“” -]{1,60}?)"  # "© 2026 НП «Общественное благополучие Воронежа»"
    r"(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?|(?<=[^\d\s])(?:19|20)\d\d)?"  # "Knops2023": glued
    r"(?:\s*[|·]|\s*\.(?=\s|$|all\s+rights)|\s+all\s+rights|\s*(?:版权所有|版權所有|著作権所有)|\s*$"
    r"|\s+[-–—]\s+(?=P\.\s?IVA|VAT|CNPJ|NIF|CIF|KVK|\(?C\.F\.))",  # "DTK srl - P.Iva 0758…"
    re.IGNORECASE,
)
#: A Chinese or Japanese copyright line, the name before "all rights reserved" and no "©":
#: "萍乡市宏凯自动化设备有限公司 版权所有".
_RIGHTS_RESERVED = re.compile(
    r"(?P<name>[\u3040-\u30ff\u3400-\u9fff（）()·]{2,40})\s*(?:版权所有|版權所有|著作権所有)"
    # "2023 Trident. All rights reserved.": a year, the name, and no "©"
    r"|(?<![\w©])(?:19|20)\d\d\s+(?P<latin>(?-i:[A-Z0-9])[\w&' -]{1,60}?)\.?"
    r"\s+all\s+rights\s+reserved",
    re.IGNORECASE,
)


def copyright_holder(texts: PageTexts) -> str | None:
    """The name in the copyright line ("© 2026 Kestrel Logistik GmbH")."""
    marks = dict.fromkeys(
        holder
        for holder, piece in zip(texts.holders, texts.pieces, strict=True)
        if "©" in piece
        or "opyright" in piece
        or "OPYRIGHT" in piece
        or "ights reserved" in piece
        or "IGHTS RESERVED" in piece
        or "权所有" in piece
        or "權所有" in piece
        or "権所有" in piece
    )
    for found_element in marks:
        element: etree._Element | None = found_element
        while element is not None and len(element) <= 3 and element.getparent() is not None:
            # line by line: "© 2021 Công ty … CRAZY COMPANY<br>Địa chỉ …", the address below
            match = next(
                (
                    found
                    for text in _lines_of(element)
                    if (found := COPYRIGHT.search(text) or _RIGHTS_RESERVED.search(text))
                ),
                None,
            )
            if match is not None:
                text = match.string
                group = "latin" if match.groupdict().get("latin") else "name"
                # "© 2023 Zásilkovna s.r.o.": the form's last dot (trimmed again if no form's)
                stop = "." if text[match.end(group) : match.end(group) + 1] == "." else ""
                if name := plausible_name(match.group(group) + stop):
                    return name
            element = element.getparent()  # the mark's text may be split by a link or a span
    return None


def _lines_of(element: etree._Element) -> list[str]:
    """An element's lines where a ``<br>`` breaks it, then its text whole."""
    text = element_text(element)
    if element.find(".//br") is None:
        return [text]
    return [*(line for line in render(element).split("\n") if line.strip()), text]
