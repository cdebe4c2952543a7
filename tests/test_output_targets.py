"""``-o`` replaces only regular files; devices and FIFOs are written into; stale temp files go.

Run as root, an export to ``/dev/null`` used to rename a regular file over the
system's null device. Every test here makes its own device node, FIFO, link or
directory in a temporary folder.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from jobparse.cli import cli
from jobparse.exporters.output import atomic_writer
from tests.conftest import SEED_FILES

GOOD = str(SEED_FILES[0])


def _export(target: Path | str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["export", "-o", str(target), GOOD])
    return result.exit_code, result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a character device needs root")
def test_a_character_device_is_written_into_and_stays_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the null device
    code, stderr = _export(null)
    assert (code, stderr) == (0, "")
    assert stat.S_ISCHR(null.stat().st_mode)
    assert os.major(null.stat().st_rdev) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_a_fifo_reader_gets_the_whole_export(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, stderr = _export(fifo)
    reader.join(10)
    assert (code, stderr) == (0, "")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(json.loads(received[0])) > 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path: Path) -> None:
    real = tmp_path / "data" / "postings.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    code, _ = _export(link)
    assert code == 0
    assert link.is_symlink()
    assert len(json.loads(real.read_text("utf-8"))) > 5
    assert sorted(p.name for p in real.parent.iterdir()) == ["postings.json"]


def _shared_folder_with_links(tmp_path: Path) -> tuple[Path, Path]:
    """A /tmp-like folder (sticky, world-writable) holding links to a file another user owns."""
    victim = tmp_path / "victim" / "passwd"
    victim.parent.mkdir()
    victim.write_text("victim's data\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    for name in ("feed.json", "watch.db", "via"):
        (shared / name).symlink_to(victim if name != "via" else victim.parent)
        os.lchown(shared / name, 65534, 65534)  # planted by "nobody"
    return shared, victim


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can plant a link owned by another user")
@pytest.mark.parametrize(
    ("option", "name"),
    [("-o", "feed.json"), ("--state", "watch.db"), ("-o", "via/passwd")],
)
def test_a_link_another_user_planted_in_a_shared_folder_is_not_followed(
    tmp_path: Path, option: str, name: str
) -> None:
    """As Linux's protected_symlinks does, whether or not the system sets it."""
    shared, victim = _shared_folder_with_links(tmp_path)
    result = CliRunner().invoke(cli, ["export", option, str(shared / name), GOOD])
    assert result.exit_code == 1
    assert "owned by another user" in result.stderr
    assert result.stderr.count("\n") == 1
    assert victim.read_text(encoding="utf-8") == "victim's data\n"
    assert sorted(p.name for p in victim.parent.iterdir()) == ["passwd"]


def test_the_callers_own_link_in_a_shared_folder_is_followed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    real = tmp_path / "postings.json"
    (shared / "latest.json").symlink_to(real)
    code, stderr = _export(shared / "latest.json")
    assert (code, stderr) == (0, "")
    assert len(json.loads(real.read_text("utf-8"))) > 5


def test_a_directory_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="is a directory"), atomic_writer(tmp_path):
        pass
    code, stderr = _export(tmp_path)
    assert code != 0
    assert "directory" in stderr
    assert "Traceback" not in stderr


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        code, stderr = _export(path)
    assert code == 1
    assert "not a regular file" in stderr
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_a_killed_export_leaves_a_temp_file_the_next_export_removes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    script = (
        "import sys, time\n"
        "from jobparse.exporters.output import atomic_writer\n"
        "with atomic_writer(sys.argv[1]) as stream:\n"
        "    stream.write(b'half'); stream.flush()\n"
        "    print('ready', flush=True); time.sleep(60)\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(out)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    # While it runs, its temp file is in use: another export must not remove it.
    busy = [p for p in tmp_path.iterdir() if p.name != "out.json"]
    assert len(busy) == 1
    with atomic_writer(tmp_path / "other.json") as stream:
        stream.write(b"x")
    assert busy[0].exists()
    with atomic_writer(out) as stream:  # the same target, while the first is alive
        stream.write(b"second")
    assert busy[0].exists()
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert out.read_text("utf-8") == "second"
    assert busy[0].exists()  # kill -9 leaves it behind ...
    code, _ = _export(out)  # ... and the next export to the same path removes it
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.json", "out.json"]


def test_temp_files_of_other_targets_are_left_alone(tmp_path: Path) -> None:
    stranger = tmp_path / ".notes.txt.tmp"
    stranger.write_text("someone else's", encoding="utf-8")
    with atomic_writer(tmp_path / "out.json") as stream:
        stream.write(b"x")
    assert stranger.exists()
