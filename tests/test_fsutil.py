"""Output files are written whole or not at all; devices are written in place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edu.errors import ContentError
from edu.errors import ExportError
from edu.fsutil import read_utf8
from edu.fsutil import write_output


def test_new_file(tmp_path: Path) -> None:
    """A new file gets the data and ordinary permissions."""
    target = tmp_path / "out.txt"
    write_output(str(target), b"data")
    assert target.read_bytes() == b"data"
    assert list(tmp_path.iterdir()) == [target]


def test_fifo_is_written_in_place(tmp_path: Path) -> None:
    """A named pipe is opened and written, not replaced by a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_output(str(fifo), b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert fifo.is_fifo()


def test_directory_target_is_refused(tmp_path: Path) -> None:
    """A directory as output is a clear error."""
    with pytest.raises(ExportError, match="is a directory"):
        write_output(str(tmp_path), b"x")


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When writing fails midway (disk full), the old file is intact and no temp file remains."""
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left"):
        write_output(str(target), b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_read_utf8_names_the_file_and_the_bad_line(tmp_path: Path) -> None:
    """A byte that is not UTF-8 is reported with the file and the line it is on."""
    path = tmp_path / "bad.yaml"
    path.write_bytes("一行\n二行\n".encode() + b"\xff\n")
    with pytest.raises(ContentError, match=r"bad\.yaml:3: not UTF-8 text"):
        read_utf8(path, "YAML file")


def test_read_utf8_drops_a_byte_order_mark(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is not part of the text."""
    path = tmp_path / "bom.gift"
    path.write_bytes(b"\xef\xbb\xbf::Q::")
    assert read_utf8(path, "GIFT file") == "::Q::"


@pytest.mark.parametrize(("missing", "expected"), [
    (None, "cannot read GIFT file"),
    ("restore it", "file not found; restore it"),
])
def test_read_utf8_missing_file(tmp_path: Path, missing: str | None, expected: str) -> None:
    """A missing file says what to do when the caller knows, else that it cannot be read."""
    with pytest.raises(ContentError, match=expected):
        read_utf8(tmp_path / "gone", "GIFT file", missing)


def test_read_utf8_directory(tmp_path: Path) -> None:
    """A directory where a file belongs is named as such."""
    with pytest.raises(ContentError, match="is a directory, expected a GIFT file"):
        read_utf8(tmp_path, "GIFT file")
