"""A line that is nothing but an organisation's name with its legal form: "Relecloud GmbH".

"Acme sp. z o.o.", "CYBERLOOP S.R.L.", "Nordic Tech AS": the forms are those
jobparse's patterns know (``patterns.LEGAL_FORMS``) and ISO 20275's
(``data/legal_forms.json``). "Banff, AB" is a town and its province, and
"Zeptat se" (ask us) a verb and its pronoun: no names.
"""

from __future__ import annotations

from jobparse import patterns
from jobparse.fields.locations import is_place_line
from jobparse.tables import table

__all__ = ["is_legal_name_line", "iso_legal_name_line"]

#: The longest line read as a company's whole name, and its most words before the form.
_MAX_NAME_LINE = 60
_MAX_NAME_WORDS = 6


def _iso_forms_by_last_word() -> dict[str, tuple[str, ...]]:
    """The legal forms of ISO 20275 (``data/legal_forms.json``), folded, by their last word.

    Longest first: a line is checked against the forms its own last word ends
    ("o.o." for "Acme sp. z o.o.", "s.r.l." for "CYBERLOOP S.R.L.").
    """
    forms = sorted({f.casefold() for f in table("legal_forms.json")["forms"]}, key=len)
    by_last: dict[str, tuple[str, ...]] = {}
    for form in reversed(forms):
        last = form.rsplit(None, 1)[-1]
        by_last[last] = (*by_last.get(last, ()), form)
    return by_last


_ISO_FORMS_BY_LAST = _iso_forms_by_last_word()


def is_legal_name_line(text: str) -> bool:
    """Whether a line is nothing but a name with its legal form: "Relecloud GmbH"."""
    if len(text) > _MAX_NAME_LINE or not text[:1].isupper():
        return False
    if text.rsplit(None, 1)[-1].rstrip(".") not in patterns.LEGAL_FORMS:
        return iso_legal_name_line(text)  # nearly every line: no legal form at its end
    if "," in text and is_place_line(text):
        return False  # "Banff, AB": a town and its province, no Swedish "AB"
    if patterns.ORG_NAME_AFTER.fullmatch(text) is None:
        return False
    legal = patterns.LEGAL_SUFFIX_AT_END.search(text)
    return legal is not None and legal.group() != ""


#: The longest legal form of letters alone ("SE", "AS", "AB") that must be written in
#: capitals to end a name: in lower case it is a word ("se", "as", "ab").
_MAX_BARE_FORM = 3


def iso_legal_name_line(text: str) -> bool:
    """Whether a line is a name of capitalised words ending in a legal form of ISO 20275."""
    folded = text.casefold().rstrip()
    last = folded.rsplit(None, 1)[-1] if folded else ""
    form = next((f for f in _ISO_FORMS_BY_LAST.get(last, ()) if folded.endswith(" " + f)), None)
    if form is None:
        return False
    written = text.rstrip()[-len(form) :]
    if len(written) <= _MAX_BARE_FORM and written.isalpha() and written.islower():
        return False  # "Zeptat se" (ask us): a verb's pronoun, no "SE" written in capitals
    name = text[: len(text) - len(form)].strip(" ,")
    words = name.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in patterns.NAME_CONNECTORS for w in words
    )
