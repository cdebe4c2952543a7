"""A failure class the fortieth held-out set of real pages showed (issue 21), on its page."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobparse
from jobparse.page.site_names import plausible_name

SET = Path(__file__).parent / "pages" / "heldout_real_40"


@pytest.mark.parametrize(
    "title", ["无标题文档", "Untitled Document", "未命名文档", "無題ドキュメント"]
)
def test_an_editors_default_title_names_no_one(title: str) -> None:
    assert plausible_name(title) is None


def test_a_page_titled_by_its_editors_default_is_named_by_its_copyright() -> None:
    # <title>无标题文档</title> … "Copyright © 2014 www.fwy.com All Rights Reserved"
    companies = {p.company for p in jobparse.parse_file(SET / "01_fwy_zhaopin_zh.html")}
    assert "无标题文档" not in companies


@pytest.mark.parametrize("doctype", ["<!doctype>", "<!DOCTYPE>", "<!doctype html>"])
def test_a_bare_doctype_opens_an_html_page(doctype: str) -> None:
    from jobparse.page import looks_like_html

    assert looks_like_html(f"{doctype}\n<html lang='it'><body><p>Ciao</p></body></html>")
