"""Write ``src/jobparse/data/postal_codes.json``: the shapes of each country's postal codes.

The shapes come from GeoNames' country table (``countryInfo.txt``, columns
"Postal Code Format" and "Postal Code Regex"), the list address libraries
use: "####" for Norway, "##-###" for Poland, "###-####" for Japan. Only codes
made of digits are kept (a letter prefix such as "AD" or "CP " dropped), and
the lengths a regex allows besides its format ("^(\\d{7}|\\d{5})$" for Israel).
The page reader (``page/address.py``) takes a number for a postal code only
when the town beside it is in a country whose codes have that shape. Run it
again after GeoNames changes a format::

    python scripts/generate_postal_codes.py [countryInfo.txt]

Without a path the table is downloaded from download.geonames.org.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

SOURCE = "https://download.geonames.org/export/dump/countryInfo.txt"
TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "postal_codes.json"
#: A format of digits ("#"), spaces and hyphens, after an optional prefix of capitals.
_DIGIT_FORMAT = re.compile(r"^(?:[A-Z]+ ?)?(?P<shape>#[# -]*#)$")
#: A regex that is nothing but alternative digit counts: "^(\d{7}|\d{5})$".
_DIGIT_COUNTS = re.compile(r"^\^\(?((?:\\d\{\d+\}\|?)+)\)?\$$")


def shapes(postal_format: str, regex: str) -> list[str]:
    """The digit shapes of one country's postal codes."""
    found = []
    for alternative in postal_format.split("|"):
        match = _DIGIT_FORMAT.match(alternative.strip())
        if match:
            found.append(match.group("shape"))
    counts = _DIGIT_COUNTS.match(regex.strip())
    if counts:
        found += ["#" * int(n) for n in re.findall(r"\\d\{(\d+)\}", counts.group(1))]
    return sorted(set(found), key=lambda shape: (len(shape), shape))


def main() -> None:
    if len(sys.argv) > 1:
        text = Path(sys.argv[1]).read_text(encoding="utf-8")
    else:
        with urllib.request.urlopen(SOURCE, timeout=60) as response:
            text = response.read().decode("utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        country_shapes = shapes(cells[13], cells[14])
        if country_shapes:
            table[cells[0]] = country_shapes
    note = f"Postal code shapes per country: GeoNames {SOURCE}, scripts/generate_postal_codes.py"
    document = {"_source": note, "shapes": dict(sorted(table.items()))}
    TABLE.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(table)} countries -> {TABLE}")


if __name__ == "__main__":
    main()
