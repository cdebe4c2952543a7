"""The data tables of ``jobparse/data`` (vocabularies, month names, encodings, regions).

Each file is read and parsed once per process, whichever module asks first.
The words of job pages are one table per language (``data/languages/*.json``)
added to the shared table ``data/job_words.json``: :func:`words` merges them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["languages", "table", "words"]

#: The package's data directory (read as files: ``importlib.resources`` costs 5 ms to import).
_DATA = Path(__file__).resolve().parent / "data"
_LANGUAGES = _DATA / "languages"


@functools.cache
def table(name: str) -> Any:
    """The parsed JSON of ``data/<name>`` (share it; never change it)."""
    return json.loads((_DATA / name).read_text(encoding="utf-8"))


@functools.cache
def languages() -> tuple[str, ...]:
    """The codes of the languages with a word table of their own (``data/languages``)."""
    return tuple(sorted(path.stem for path in _LANGUAGES.glob("*.json")))


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Add *other*'s lists to *into*'s (dictionaries of lists key by key)."""
    for key, value in other.items():
        if isinstance(value, list):
            into[key] = [*into.get(key, []), *value]
        elif isinstance(value, dict):
            merged = dict(into.get(key, {}))
            _merge(merged, value)
            into[key] = merged


@functools.cache
def words() -> dict[str, Any]:
    """The words of job pages: ``job_words.json`` with every language's table added.

    A language's table has the keys of ``job_words.json`` it needs (lists of
    words, or dictionaries of lists such as ``employment_types``); its
    ``language`` and ``about`` say what it is and where its words come from.
    """
    merged = dict(table("job_words.json"))
    for code in languages():
        language = table(f"languages/{code}.json")
        _merge(merged, language)
        for field, labels in _labels_about(language).items():
            merged["fact_labels"][field] = [*merged["fact_labels"][field], *labels]
        merged["role_words"] = [*merged["role_words"], *_plurals(language, "role_words")]
        merged["role_endings"] = [*merged["role_endings"], *_plurals(language, "role_endings")]
    # The occupations of an official nomenclature (CH-ISCO-19: German, French, Italian).
    occupations = table("occupations_ch_isco.json")
    merged["role_words"] = [
        *merged["role_words"],
        *(word for code, words in occupations.items() if code != "about" for word in words),
    ]
    return merged


def _labels_about(language: dict[str, Any]) -> dict[str, list[str]]:
    """A language's field labels with each of its ``label_about_endings``.

    A Japanese heading says "about" its field: "勤務地について" (about the place of
    work) labels what follows as "勤務地" does.
    """
    endings = language.get("label_about_endings", [])
    return {
        field: [label + ending for label in labels for ending in endings]
        for field, labels in language.get("fact_labels", {}).items()
    }


def _last_vowel(word: str, by_vowel: dict[str, list[str]]) -> str:
    """The last of *word*'s letters that a vowel class of ``by_vowel`` names ("\\0" if none)."""
    vowels = "".join(by_vowel)
    return next((char for char in reversed(word) if char in vowels), "\0")


def _plurals(language: dict[str, Any], key: str) -> list[str]:
    """The plurals of a language's one-word role words (or endings), by its ``plural_endings``.

    Italian writes "Operai Specializzati", "Tecnici e Geometri" over its jobs:
    each singular ending's plural endings ("io": ["i"], "co": ["ci", "chi"])
    make the plurals of every role word ending so. Turkish adds its plural by the
    word's last vowel (``plural_suffixes_by_vowel``: "Geliştiricileri").
    """
    by_vowel = language.get("plural_suffixes_by_vowel", {})
    harmonised = [
        word + suffix
        for word in language.get(key, [])
        if " " not in word
        for vowels, suffixes in by_vowel.items()
        if _last_vowel(word, by_vowel) in vowels
        for suffix in suffixes
    ]
    endings = language.get("plural_endings", {})
    return harmonised + [
        word[: len(word) - len(singular)] + plural
        for word in language.get(key, [])
        if " " not in word
        for singular, plurals in endings.items()
        if word.endswith(singular) and len(word) > len(singular) + 2
        for plural in plurals
    ]
