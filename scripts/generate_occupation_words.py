"""Write ``src/jobparse/data/occupations_ch_isco.json``: role words of CH-ISCO-19, de/fr/it.

CH-ISCO-19 is the Swiss Federal Statistical Office's occupation nomenclature
(ISCO-08 refined to 664 occupation types, "Berufsarten"), published in German,
French and Italian on I14Y, the Swiss federal interoperability platform. Its
names are plural groups ("Agenti di vendita e acquisto e mediatori",
"Anlagen- und Apparatebauer", "Chimistes"); job titles name one person. Each
name is cut into its coordinated parts, each part's head noun taken (the first
word in Italian and French, the first capitalised one in German), and the head
written in the forms a title uses: the plural as given, the singular and the
feminine ("Agenti" → "agente"; "Acteurs" → "acteur", "actrice"; "Installateure"
→ "Installateur", "Installateurin"). Heads that name staff in general or a
field rather than a person ("Altre professioni", "Personal") are left out.

The source is the LimeSurvey label set ``DV_CH_ISCO_19_TYP.lsl`` of the
``I14Y-ch/iSurvey`` repository (labels ``de fr it``). Run::

    python scripts/generate_occupation_words.py path/to/DV_CH_ISCO_19_TYP.lsl
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

TABLE = (
    Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "occupations_ch_isco.json"
)

#: What ends a name's head: the "not elsewhere classified" notes and qualifiers.
_NOTES = re.compile(
    r",?\s*\b(?:s\.a\.i\.|onA|sip|n\.c\.a\.|anderweitig nicht genannt|non classificat\w* altrove|"
    r"non class[ée]+s ailleurs)\b.*$",
    re.IGNORECASE,
)
_PARTS = {
    "it": re.compile(r",\s*|\s+(?:e|ed|o|od)\s+"),
    "fr": re.compile(r",\s*|\s+(?:et|ou)\s+"),
    "de": re.compile(r",\s*|\s+(?:und|oder)\s+"),
}
#: Heads that name staff in general, a field or a rank, never one job.
_NOT_ROLES = {
    "it": {"altri", "altre", "professioni", "personale", "membri", "lavoratori", "quadri"},
    "fr": {"autres", "autre", "professions", "personnel", "membres", "métiers", "travailleurs"},
    "de": {"andere", "sonstige", "berufe", "personal", "angehörige", "arbeitskräfte",
           "hilfsarbeitskräfte", "beschäftigte", "bedienstete", "assistenzberufe"},
}  # fmt: skip
_SHORTEST = 4
#: Forms that are also common words of another sense, in their language or another:
#: "aiuto" (help), "capa" (Spanish: layer), "cadre" (setting), "facteur" (factor),
#: "pilote" (to pilot), "boten" (offered), "former" (English), "guide".
_AMBIGUOUS = {
    "aiuta", "aiuti", "aiuto", "capa", "capi", "guide", "vigila", "vigili", "vigilo",
    "esperta", "esperti", "esperto",
    "aide", "aides", "cadre", "cadres", "garde", "gardes", "guides", "commi", "mineur",
    "mineurs", "mineuse", "facteur", "facteurs", "pilote", "pilotes", "former", "formerin",
    "boten", "botin", "drucker", "druckerin", "gesellschafter", "gesellschafterin", "führer",
    "führerin",
}  # fmt: skip
#: Endings of German nouns for people (plural or singular): the other heads of the
#: nomenclature's names are adjectives or fields ("Akademische Berufe", "Kälte-").
_GERMAN_PEOPLE = (
    "er", "erin", "ist", "isten", "istin", "ent", "enten", "entin", "ant", "anten", "antin",
    "eur", "eure", "eurin", "oge", "ogen", "ogin", "at", "aten", "atin", "ot", "oten", "otin",
    "et", "eten", "etin", "ekt", "ekten", "ektin", "or", "oren", "orin", "äre", "ärin",
    "nom", "nomen", "nomin", "graf", "grafen", "grafin", "arzt", "ärzte", "ärztin", "leute",
    "wälte", "wältin", "wirte", "wirtin", "köche", "chefs", "keeper", "keeperin",
)  # fmt: skip


def names(source: Path) -> dict[str, list[str]]:
    """The occupation names of the label set, by language."""
    root = ET.parse(source).getroot()
    found: dict[str, list[str]] = defaultdict(list)
    section = root.find("label_l10ns")
    for row in section.iter("row") if section is not None else ():
        fields = {child.tag: (child.text or "") for child in row}
        found[fields["language"]].append(" ".join(fields["title"].split()))
    return found


def head(name: str, language: str) -> str | None:
    """The name's head noun: its first part's ("Anlagen- und Apparatebauer": the second's).

    The parts after the first may name what the people work on ("Agenti di vendita
    e acquisto"), so only the first part that has a head is read.
    """
    name = re.sub(r"\([^)]*\)", " ", _NOTES.sub("", name))
    for part in _PARTS[language].split(name):
        words = [w.strip(".;:") for w in part.split()]
        if language == "de":
            words = [w for w in words if w[:1].isupper() and not w.endswith("-")]
        if not words:
            continue
        word = words[0]
        named = len(word) >= _SHORTEST and word.isalpha()
        return word if named and word.casefold() not in _NOT_ROLES[language] else None
    return None


def italian(plural: str) -> list[str]:
    """An Italian plural and its singulars, masculine and feminine ("Agenti" → "agente").

    Only endings whose singular is certain are undone: "-i" alone may stand for
    "-o", "-e" or "-a" ("impiegati", "contabili", "piloti"), so such a plural stays as it is.
    """
    word = plural.casefold()
    for ending, singulars in (
        ("tori", ("tore", "trice")), ("ieri", ("iere", "iera")), ("isti", ("ista",)),
        ("logi", ("logo", "loga")), ("ici", ("ico",)), ("enti", ("ente",)),
        ("anti", ("ante",)), ("ai", ("aio", "aia")), ("ari", ("ario", "aria")),
        ("ori", ("ore",)), ("ini", ("ino", "ina")),
    ):  # fmt: skip
        if word.endswith(ending):
            return [word, *(word[: -len(ending)] + s for s in singulars)]
    return [word]


def french(plural: str) -> list[str]:
    """A French plural and its singulars, masculine and feminine ("Acteurs" → "actrice")."""
    word = plural.casefold()
    if word.endswith("eaux"):
        singular = word[:-1]
    elif word.endswith("aux"):
        singular = word[:-3] + "al"
    else:
        singular = word[:-1] if word.endswith(("s", "x")) else word
    forms = [word, singular]
    for ending, feminine in (
        ("teur", "trice"), ("eur", "euse"), ("ien", "ienne"), ("ier", "ière"), ("er", "ère"),
        ("ant", "ante"), ("ent", "ente"), ("al", "ale"), ("if", "ive"),
    ):  # fmt: skip
        if singular.endswith(ending):
            forms.append(singular[: -len(ending)] + feminine)
            break
    return forms


def german(plural: str) -> list[str]:
    """A German plural and its singular and feminine ("Installateure" → "Installateurin")."""
    word = plural.casefold()
    singular = word
    for ending, replaced in (
        ("eure", "eur"), ("isten", "ist"), ("enten", "ent"), ("anten", "ant"),
        ("ologen", "ologe"), ("grafen", "graf"), ("graphen", "graph"), ("nomen", "nom"),
        ("äre", "är"), ("ure", "ur"), ("ten", "t"),
    ):  # fmt: skip
        if word.endswith(ending):
            singular = word[: -len(ending)] + replaced
            break
    forms = [word, singular]
    if singular.endswith(_GERMAN_PERSON_ENDINGS):
        forms.append((singular[:-1] if singular.endswith("e") else singular) + "in")
    return forms


#: Singular endings of German nouns for people, whose feminine adds "-in".
_GERMAN_PERSON_ENDINGS = (
    "er", "ist", "ent", "ant", "eur", "oge", "at", "ot", "et", "ekt", "or", "ör", "är", "nom",
    "graf", "graph", "arzt", "ärzte",
)  # fmt: skip


_FORMS = {"it": italian, "fr": french, "de": german}


def words(source: Path) -> dict[str, list[str]]:
    """Every role word of the nomenclature, by language, sorted."""
    table: dict[str, list[str]] = {}
    for language, written in sorted(names(source).items()):
        found = {head(name, language) for name in written}
        forms = {form for word in found if word for form in _FORMS[language](word)}
        kept = {f for f in forms if len(f) >= _SHORTEST and f not in _AMBIGUOUS}
        if language == "de":
            kept = {f for f in kept if f.endswith(_GERMAN_PEOPLE)}
        table[language] = sorted(kept)
    return table


def main() -> None:
    source = Path(sys.argv[1])
    data = {
        "about": (
            "Role words of CH-ISCO-19, the Swiss Federal Statistical Office's occupation "
            "nomenclature (664 occupation types in German, French and Italian, from I14Y): "
            "the head noun of each name's coordinated parts, as written (plural), singular "
            "and feminine. Written by scripts/generate_occupation_words.py."
        ),
        **words(source),
    }
    TABLE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TABLE}: " + ", ".join(f"{k} {len(v)}" for k, v in data.items() if k != "about"))


if __name__ == "__main__":
    main()
