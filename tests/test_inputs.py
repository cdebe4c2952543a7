"""Reading and decoding inputs; atomic output files."""

from __future__ import annotations

import codecs
import os
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from jobparse.cli import cli
from jobparse.errors import InputError
from jobparse.exporters.output import atomic_writer
from jobparse.sources.inputs import clean_text, decode, expand, read
from tests.conftest import SEED_FILES


@pytest.mark.parametrize(
    "data",
    [
        "Zürich – 5 €".encode(),
        codecs.BOM_UTF8 + "Zürich – 5 €".encode(),
        codecs.BOM_UTF16_LE + "Zürich – 5 €".encode("utf-16-le"),
        "Zürich – 5 €".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_decode_encodings(data: bytes) -> None:
    assert decode(data) == "Zürich – 5 €"


def test_invalid_utf8_never_raises() -> None:
    assert decode(b"ok \x81\x8d\x8f\x90\x9d ok").startswith("ok ")


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, b"%PDF-1.7\n", b"abc\x00def", b"\x1f\x8b\x08\x00"]
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data"):
        decode(data, "img.txt")


def test_error_message_starts_with_the_input_name(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read(str(tmp_path / "nope.html"))
    assert str(info.value) == f"{tmp_path / 'nope.html'}: no such file"


def test_directory_is_refused_when_read_directly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read(str(tmp_path))


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="larger than the maximum page size of 100 bytes"):
        read(str(big), max_bytes=100)
    assert read(str(big), max_bytes=101).data == b"x" * 101


def test_expand_lists_page_files_in_name_order(tmp_path: Path) -> None:
    for name in ["b.html", "a.txt", "c.htm", "notes.md", "z.TXT"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    names = [Path(p).name for p in expand([tmp_path])]
    assert names == ["a.txt", "b.html", "c.htm", "z.TXT"]
    assert list(expand(["-", "missing"])) == ["-", "missing"]


def test_atomic_writer_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(target) as stream:  # noqa: PT012
        stream.write(b"half")
        raise RuntimeError("interrupted")
    assert target.read_text("utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    with atomic_writer(target) as stream:
        stream.write(b"new")
    assert target.read_text("utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_atomic_writer_survives_keyboard_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as stream:  # noqa: PT012
        stream.write(b"half")
        raise KeyboardInterrupt
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def _cleaned_by_regex(text: str) -> str:
    return re.sub("[\ud800-\udfff]", "\ufffd", re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text))


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_clean_text_drops_controls_and_replaces_lone_surrogates_in_any_text(text: str) -> None:
    assert clean_text(text) == _cleaned_by_regex(text)


@given(st.text(alphabet=st.sampled_from("a é\t\n\x0c\x00\x07\x1f\x7f\x80\ud800\udfff€")))
def test_clean_text_on_mixes_of_controls_surrogates_and_text(text: str) -> None:
    assert clean_text(text) == _cleaned_by_regex(text)


def _special(tmp_path: Path, kind: str) -> str:
    if kind == "fifo":
        os.mkfifo(tmp_path / "in.fifo")
        return str(tmp_path / "in.fifo")
    if kind == "socket":
        path = tmp_path / "in.sock"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
        return str(path)
    return "/dev/zero"


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
@pytest.mark.parametrize("how", ["direct", "list", "jobs"])
def test_a_special_file_as_input_is_refused_with_one_line(
    tmp_path: Path, kind: str, how: str
) -> None:
    special = _special(tmp_path, kind)
    good = str(SEED_FILES[0])
    args = ["export", "-f", "jsonl"]
    if how == "list":
        listing = tmp_path / "inputs.txt"
        listing.write_text(f"{special}\n{good}\n")
        args += ["-i", str(listing)]
    else:
        args += (["--jobs", "2"] if how == "jobs" else []) + [special, good]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"{special}: not a regular file" in result.output
    assert any('"title"' in line for line in result.output.splitlines())  # the good page


def test_a_looping_or_dangling_link_in_a_folder_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SEED_FILES[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop.html")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    result = CliRunner().invoke(cli, ["export", "-f", "jsonl", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert sum("loop.html" in line for line in lines) == 1
    assert sum("dangling.html" in line for line in lines) == 1
    assert sum('"title"' in line for line in lines) >= 10
