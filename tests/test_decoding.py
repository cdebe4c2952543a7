"""Pages that declare no charset, in the legacy encodings of other scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import webencodings

import jobparse
from jobparse.sources.decoding import decode, encoding_for_label
from tests.conftest import ROOT

PAGES = {
    "cp1251": ("Инженер по компьютерному зрению", "Москва, полная занятость, офис в центре."),
    "shift_jis": ("ソフトウェアエンジニア", "東京都港区の本社で正社員を募集しています。"),
    "gbk": ("计算机视觉工程师", "工作地点在北京，全职，欢迎投递简历。"),
    "euc_kr": ("컴퓨터 비전 엔지니어", "서울 본사에서 정규직으로 채용합니다."),
}


@pytest.mark.parametrize("codec", sorted(PAGES))
def test_an_undeclared_page_in_a_legacy_encoding_comes_out_right(
    codec: str, tmp_path: Path
) -> None:
    title, body = PAGES[codec]
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>".encode(codec)
    assert decode(page) == page.decode(codec)
    path = tmp_path / "page.html"
    path.write_bytes(page)
    [posting] = jobparse.parse_file(path)  # read from its bytes, as a saved page is
    assert body in posting.description


@pytest.mark.parametrize(
    ("text", "codec"),
    [("Ingénieur à Zürich, Société Générale, café crème", "cp1252"),
     ("Ingeniero en Málaga, jornada completa, años de experiencia", "latin-1")],
)  # fmt: skip
def test_an_undeclared_latin_page_stays_windows_1252(text: str, codec: str) -> None:
    assert decode(f"<p>{text}</p>".encode(codec)) == f"<p>{text}</p>"


def test_the_label_table_is_the_whatwg_one() -> None:
    table = json.loads((ROOT / "src/jobparse/data/encodings.json").read_text(encoding="utf-8"))
    ours = {label for entry in table["encodings"] for label in entry["labels"]}
    assert ours == set(webencodings.LABELS)
    for label, name in webencodings.LABELS.items():
        encoding = encoding_for_label(label)
        assert encoding is not None
        assert encoding.name.casefold() == name.casefold(), label


def test_the_guess_is_only_made_for_pages_that_need_it() -> None:
    code = (
        "import sys, jobparse; jobparse.parse('<p>Acme is hiring an engineer in Zürich.</p>');"
        "print('charset_normalizer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_legacy_page_under_a_utf8_meta_is_decoded_in_its_languages_code_page() -> None:
    # An editor's template kept <meta charset="utf-8">; the file was saved in Windows-1254.
    page = '<html lang="tr"><meta charset="utf-8"><h3>Kıdemli Elektrik Mühendisi</h3>'
    assert decode(page.encode("cp1254")).endswith("Kıdemli Elektrik Mühendisi</h3>")
    # "zh" alone is read as zh-CN: GB18030
    chinese = '<html lang="zh"><meta charset="utf-8"><p>招聘工程师'
    assert decode(chinese.encode("gb18030")).endswith("招聘工程师")


def test_a_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    page = '<html lang="tr"><meta charset="utf-8"><p>Mühendis İstanbul'.encode() + b" \xa9 2015"
    assert decode(page) == '<html lang="tr"><meta charset="utf-8"><p>Mühendis İstanbul \ufffd 2015'
