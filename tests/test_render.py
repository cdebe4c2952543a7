"""``--render``: pages whose jobs a script builds, read in a real headless Chromium (issue 24).

The pages are served by a real ``http.server`` on 127.0.0.1: their script
fetches the jobs as JSON after a timer and builds the list. Without
``--render`` such a page gives nothing and a hint; with it, every job, with
absolute links. The browser is the system's (``.ci/run`` installs Debian's
``chromium``); where there is none these tests skip, saying so.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import jobparse
from jobparse.sources.browser import find_browser

pytestmark = pytest.mark.skipif(
    find_browser() is None, reason="no Chromium on this machine (install the chromium package)"
)

JOBS = [
    {"id": 1, "title": "Welder", "city": "Oslo, Norway"},
    {"id": 2, "title": "Data Engineer", "city": "Berlin, Germany"},
    {"id": 3, "title": "Nurse", "city": "Leeds, United Kingdom"},
]

#: A page as an application's server sends it: a placeholder, and a script that
#: fetches the jobs (after a timer, as a framework's start-up takes) and lists them.
APP_PAGE = """<!DOCTYPE html><html><head><title>Careers | Acme</title></head><body>
<h1>Open roles</h1><ul id="jobs"><li>Loading jobs…</li></ul>
<script>
setTimeout(function () {
  fetch("/api/jobs.json").then(function (r) { return r.json(); }).then(function (jobs) {
    var list = document.getElementById("jobs");
    list.innerHTML = "";
    jobs.forEach(function (job) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/jobs/" + job.id;
      link.textContent = job.title;
      var place = document.createElement("p");
      place.textContent = job.city;
      item.appendChild(link);
      item.appendChild(place);
      list.appendChild(item);
    });
  });
}, 200);
</script></body></html>"""

#: A local page whose list is built by an inline script (a file cannot fetch another).
LOCAL_PAGE = """<!DOCTYPE html><html><head><title>Jobs</title></head><body>
<h1>Vacatures</h1><ul id="jobs"></ul>
<script>
[["Monteur (m/v)", "Utrecht"], ["Verpleegkundige", "Zwolle"]].forEach(function (job) {
  var item = document.createElement("li");
  item.innerHTML = '<a href="https://werk.example/vacature/' + encodeURIComponent(job[0]) + '"></a><p></p>';
  item.querySelector("a").textContent = job[0];
  item.querySelector("p").textContent = job[1] + ", Nederland";
  document.getElementById("jobs").appendChild(item);
});
</script></body></html>"""


class _Site:
    """Paths to bodies; a path in ``stalled`` waits until the test ends before answering."""

    def __init__(self, pages: dict[str, tuple[str, str]]) -> None:
        self.pages = pages
        self.stalled: set[str] = set()
        self.released = threading.Event()
        self.arrivals: list[str] = []


@contextlib.contextmanager
def serve(site: _Site) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.arrivals.append(self.path)
            if self.path in site.stalled:
                site.released.wait(120)
                return
            found = site.pages.get(self.path)
            if found is None:
                self.send_error(404)
                return
            body, kind = found
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        site.released.set()
        server.shutdown()
        server.server_close()


def _app_site() -> _Site:
    return _Site(
        {
            "/careers": (APP_PAGE, "text/html; charset=utf-8"),
            "/api/jobs.json": (json.dumps(JOBS), "application/json"),
        }
    )


def _jobparse(*args: str, tmp: Path, **options: object) -> subprocess.Popen[str]:
    """The real command, its temporary files (the browser's profile) in *tmp*."""
    environment = {**os.environ, "TMPDIR": str(tmp)}
    process: subprocess.Popen[str] = subprocess.Popen(
        [sys.executable, "-m", "jobparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        **options,  # type: ignore[call-overload]
    )
    return process


def _browsers_of(tmp: Path) -> list[int]:
    """The processes whose command line names *tmp* (the browser's profile is there)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            if str(tmp).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
    return found


def _temp_folders(pids: list[int]) -> set[Path]:
    """The ``TMPDIR`` folders of these processes (the browser's own, made by jobparse)."""
    found = set()
    for pid in pids:
        with contextlib.suppress(OSError):
            for entry in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
                if entry.startswith(b"TMPDIR="):
                    found.add(Path(os.fsdecode(entry[len(b"TMPDIR=") :])))
    return found


def _wait_until(check: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_render_finds_each_job_a_script_builds_from_fetched_json(tmp_path: Path) -> None:
    with serve(_app_site()) as root:
        plain = _jobparse("export", "-f", "jsonl", root + "/careers", tmp=tmp_path)
        plain_out, plain_err = plain.communicate(timeout=60)
        rendered = _jobparse("export", "--render", "-f", "jsonl", root + "/careers", tmp=tmp_path)
        out, err = rendered.communicate(timeout=120)
    assert plain_out == ""
    assert "--render" in plain_err
    assert rendered.returncode == 0, err
    postings = [json.loads(line) for line in out.splitlines()]
    assert [p["title"] for p in postings] == [job["title"] for job in JOBS]
    assert [p["url"] for p in postings] == [f"{root}/jobs/{job['id']}" for job in JOBS]
    assert [p["locations"][0]["country"] for p in postings] == ["NO", "DE", "GB"]
    assert "--render" not in err
    assert list(tmp_path.iterdir()) == []  # the browser's profile is gone


def test_the_library_renders_files_and_urls(tmp_path: Path) -> None:
    page = tmp_path / "vacatures.html"
    page.write_text(LOCAL_PAGE, encoding="utf-8")
    assert jobparse.parse_file(page) == []
    local = jobparse.parse_file(page, render=True)
    assert [(p.title, p.url) for p in local] == [
        ("Monteur (m/v)", "https://werk.example/vacature/Monteur%20(m%2Fv)"),
        ("Verpleegkundige", "https://werk.example/vacature/Verpleegkundige"),
    ]
    with serve(_app_site()) as root:
        titles = [p.title for p in jobparse.iter_postings([root + "/careers", page], render=True)]
    assert titles == ["Welder", "Data Engineer", "Nurse", "Monteur (m/v)", "Verpleegkundige"]


def test_render_in_worker_processes_gives_the_same_postings(tmp_path: Path) -> None:
    page = tmp_path / "vacatures.html"
    page.write_text(LOCAL_PAGE, encoding="utf-8")
    with serve(_app_site()) as root:
        args = ["export", "--render", "-f", "jsonl", root + "/careers", str(page)]
        one = _jobparse(*args, tmp=tmp_path).communicate(timeout=120)[0]
        two = _jobparse(*args, "--jobs", "2", tmp=tmp_path).communicate(timeout=120)[0]
    assert len(one.splitlines()) == 5
    assert one == two


def test_no_browser_is_one_line_and_the_other_inputs_are_exported(tmp_path: Path) -> None:
    page = tmp_path / "vacatures.html"
    page.write_text(LOCAL_PAGE, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "jobparse", "export", "--render", str(page)],
        capture_output=True,
        text=True,
        env={**os.environ, "JOBPARSE_BROWSER": str(tmp_path / "no-such-browser")},
        timeout=60,
    )
    assert process.returncode == 1
    (line,) = process.stderr.splitlines()
    assert line.startswith(f"jobparse: error: {page}: cannot render: JOBPARSE_BROWSER=")
    assert "install chromium" in line


def test_a_page_that_never_arrives_is_given_up_and_its_browser_ended(tmp_path: Path) -> None:
    site = _app_site()
    site.stalled.add("/careers")
    page = tmp_path / "vacatures.html"
    page.write_text(LOCAL_PAGE, encoding="utf-8")
    with serve(site) as root:
        started = time.monotonic()
        process = _jobparse(
            "export", "--render", "--timeout", "2", "-f", "jsonl", root + "/careers", str(page),
            tmp=tmp_path,
        )  # fmt: skip
        out, err = process.communicate(timeout=120)
        took = time.monotonic() - started
    assert process.returncode == 1
    (line,) = err.splitlines()
    assert line == f"jobparse: error: {root}/careers: cannot render: no complete page within 2 s"
    assert len(out.splitlines()) == 2  # the other page is exported
    assert took < 60
    assert _wait_until(lambda: not _browsers_of(tmp_path), 10), "a browser outlived its page"
    assert [p.name for p in tmp_path.iterdir()] == ["vacatures.html"]


def test_a_rendered_page_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    big = (
        "<html><body><p id=p></p><script>"
        "document.getElementById('p').textContent = 'Welder in Oslo. '.repeat(5000);"
        "</script></body></html>"
    )
    page = tmp_path / "big.html"
    page.write_text(big, encoding="utf-8")
    process = _jobparse("export", "--render", "--max-page-size", "20000", str(page), tmp=tmp_path)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1
    assert err.strip() == (
        f"jobparse: error: {page}: rendered page larger than the maximum page size of 20,000 bytes"
    )


@pytest.mark.parametrize("how", ["ctrl-c", "sigkill"])
def test_the_browser_never_outlives_jobparse(tmp_path: Path, how: str) -> None:
    site = _app_site()
    site.stalled.add("/careers")
    with serve(site) as root:
        process = _jobparse(
            "export", "--render", "--timeout", "100", root + "/careers",
            tmp=tmp_path, start_new_session=True,
        )  # fmt: skip
        scratch: set[Path] = set()
        try:
            assert _wait_until(lambda: "/careers" in site.arrivals, 60), "the browser never asked"
            browsers = _browsers_of(tmp_path)
            assert browsers
            scratch |= _temp_folders(browsers)  # left by a SIGKILL: removed by the test
            if how == "ctrl-c":
                os.killpg(process.pid, signal.SIGINT)  # what a terminal sends its foreground
                _, err = process.communicate(timeout=60)
                assert "Aborted!" in err
                assert "Traceback" not in err
            else:
                process.kill()
                process.wait(60)
            assert _wait_until(lambda: not _browsers_of(tmp_path), 15), (
                f"browser processes left after {how}: {_browsers_of(tmp_path)}"
            )
            if how == "ctrl-c":
                assert not [folder for folder in scratch if folder.exists()]
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            for folder in scratch:
                shutil.rmtree(folder, ignore_errors=True)
            for pid in _browsers_of(tmp_path):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
