"""``jobparse explain --html REPORT PAGE``: a self-contained picture of what was read (issue 24).

The report is checked as a document (lxml: one outlined, numbered box per
posting, marks named by field, the figures and the runner-up), as a hostile
page's mirror (nothing of the page runs or loads), as a command (failed pages,
an output that is an input), and as a picture: the real Chromium renders it
to a screenshot that must not be blank.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

import jobparse
from jobparse.cli import cli
from jobparse.sources.browser import find_browser
from tests.png import pixels

PAGES = Path(__file__).parent / "pages"
COMEET = PAGES / "html_dev" / "09_lumenis_comeet_careers.html"
RENTJUICE = PAGES / "html_dev_2" / "36_rentjuice_jobs_en.html"
INVANA = PAGES / "html_dev_2" / "35_invana_positions_en.html"
FOXSTRUCTURES = PAGES / "html_dev_2" / "32_foxstructures_careers_en.html"


def _report(tmp_path: Path, *pages: Path | str) -> tuple[lxml_html.HtmlElement, str, int]:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["explain", "--html", str(out), *map(str, pages)])
    return lxml_html.fromstring(out.read_bytes()), result.stderr, result.exit_code


def _figures(section: lxml_html.HtmlElement) -> dict[str, str]:
    names = [dt.text_content() for dt in section.iter("dt")]
    return dict(zip(names, (dd.text_content() for dd in section.iter("dd")), strict=True))


def test_each_posting_is_outlined_numbered_and_its_evidence_marked(tmp_path: Path) -> None:
    document, stderr, status = _report(tmp_path, COMEET, INVANA)
    assert status == 0, stderr
    sections = document.find_class("page")
    assert [s.find("h2").text_content() for s in sections] == [str(COMEET), str(INVANA)]
    for section, page in zip(sections, (COMEET, INVANA), strict=True):
        postings = jobparse.parse_file(page)
        boxes = section.find_class("posting")
        assert len(boxes) == len(postings) == int(_figures(section)["postings"])
        for number, (box, posting) in enumerate(zip(boxes, postings, strict=True), start=1):
            heading = box.find("h3").text_content()
            assert heading.startswith(f"#{number}")
            assert (posting.title or "") in heading
            marked = {mark.get("class") for mark in box.iter("mark")}
            assert "f-title" in marked  # the title's evidence, in the posting's text
            rules = [td.text_content() for td in box.find_class("rule")]
            assert rules == [e.rule for e in posting.evidence if e.field != "segment"]
    figures = _figures(sections[1])
    assert figures["cut by"].startswith("segment.records: 6 records")
    assert figures["runner-up"] == "8 records anchored by headings, score 16.0"
    assert figures["why it lost"] == "it scored 16.0 against 18.0"
    assert f"wrote {tmp_path / 'report.html'}: 2 pages" in stderr


def test_a_runner_up_that_scored_more_says_why_it_lost(tmp_path: Path) -> None:
    document, _, _ = _report(tmp_path, FOXSTRUCTURES)
    figures = _figures(document.find_class("page")[0])
    assert "it scored 16.0 against 14.0, but" in figures["why it lost"]


HOSTILE = """<!DOCTYPE html><html><head><title>Jobs <script>alert(1)</script></title>
<style>body{background:url(https://tracker.example/x.png)}</style>
<link rel="stylesheet" href="https://tracker.example/s.css"></head><body>
<h1>Careers</h1>
<ul>
<li><a href="javascript:alert(2)">Engineer &lt;script&gt;alert(3)&lt;/script&gt;</a> Oslo, Norway</li>
<li><a href="/j/2" onclick="alert(4)">Nurse "&gt;&lt;img src=x onerror=alert(5)&gt;</a> Bergen, Norway</li>
<li><a href="/j/3">Baker &lt;/pre&gt;&lt;/article&gt;&lt;iframe src=//evil.example&gt;</a> Leeds, UK</li>
</ul><img src="https://tracker.example/pixel.gif"><script>alert(6)</script></body></html>"""


def test_nothing_of_a_hostile_page_runs_or_loads_in_its_report(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    document, stderr, status = _report(tmp_path, page)
    assert status == 0, stderr
    tags = Counter(element.tag for element in document.iter() if isinstance(element.tag, str))
    assert not tags.keys() & {"script", "img", "iframe", "link", "object", "embed", "base"}
    assert tags["style"] == 1  # the report's own
    assert tags["article"] == 3
    for element in document.iter():
        if isinstance(element.tag, str):
            assert not [name for name in element.attrib if name.startswith("on")]
            assert "javascript:" not in " ".join(element.attrib.values())
    (policy,) = document.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in policy
    titles = [box.find("h3").text_content() for box in document.find_class("posting")]
    assert "Engineer <script>alert(3)</script>" in titles[0]  # shown as text, escaped
    assert "<iframe src=//evil.example>" in titles[2]


def test_a_failed_page_is_one_line_and_the_others_are_reported(tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    document, stderr, status = _report(tmp_path, COMEET, missing)
    assert status == 1
    assert stderr.splitlines()[0] == f"jobparse: error: {missing}: no such file"
    sections = document.find_class("page")
    assert len(sections) == 2
    assert _figures(sections[1]) == {"error": f"{missing}: no such file"}


def test_a_report_of_nothing_read_leaves_the_old_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text("last week's report", encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", "--html", str(out), str(tmp_path / "gone.html")])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "last week's report"


def test_a_report_that_would_replace_a_page_it_reads_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    shutil.copy(COMEET, page)
    result = CliRunner().invoke(cli, ["explain", "--html", str(page), str(page)])
    assert result.exit_code == 2
    assert f"--html {page} is an input of this run" in result.stderr
    assert page.read_bytes() == COMEET.read_bytes()


@pytest.mark.skipif(find_browser() is None, reason="no Chromium on this machine (install chromium)")
def test_the_report_renders_in_chromium_and_is_never_blank(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["explain", "--html", str(out), str(RENTJUICE)])
    assert result.exit_code == 0
    shot = tmp_path / "report.png"
    command = [
        str(find_browser()), "--headless", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
        "--window-size=800,1000", f"--screenshot={shot}", out.as_uri(),
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    subprocess.run(command, capture_output=True, timeout=120, check=True)
    width, height, found = pixels(shot)
    assert (width, height) == (800, 1000)
    colours = Counter(pixel[:3] for pixel in found)
    _, most = colours.most_common(1)[0]
    assert most < 0.9 * len(found), "the screenshot is (almost) one colour: blank"
    header = found[10 * width + 10][:3]  # the report's dark header band
    assert header == (0x1D, 0x35, 0x57), header
    outline = sum(n for colour, n in colours.items() if colour == (0x45, 0x7B, 0x9D))
    assert outline > 500, "no posting's outline was drawn"
