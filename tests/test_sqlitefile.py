"""Opening an SQLite store: refusals name the file and the store, new files get their schema
once, older ones are migrated forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edu.errors import StoreError
from edu.sqlitefile import StoreKind
from edu.sqlitefile import open_store
from edu.sqlitefile import schema_version

KIND = StoreKind("test store", "give another file")


def _v1(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE a (x INTEGER)")


def _v2(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE a ADD COLUMN y INTEGER")


def test_a_folder_is_refused_with_the_store_named(tmp_path: Path) -> None:
    """A path that is a folder is a one-line StoreError saying what to do."""
    with pytest.raises(StoreError, match=r"not a file; give another file"):
        open_store(tmp_path, KIND, (_v1,), timeout=1, synchronous="FULL")


def test_new_file_is_created_and_older_one_migrated(tmp_path: Path) -> None:
    """A new file gets every migration; a file at version 1 gets the rest, in WAL mode."""
    path = tmp_path / "s.sqlite3"
    db = open_store(path, KIND, (_v1,), timeout=1, synchronous="FULL")
    assert schema_version(db) == 1
    db.close()
    db = open_store(path, KIND, (_v1, _v2), timeout=1, synchronous="NORMAL")
    assert schema_version(db) == 2
    assert [r[1] for r in db.execute("PRAGMA table_info(a)")] == ["x", "y"]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_newer_file_is_refused_unchanged(tmp_path: Path) -> None:
    """A file from a newer version is refused, naming the store, and left as it was."""
    path = tmp_path / "s.sqlite3"
    open_store(path, KIND, (_v1, _v2), timeout=1, synchronous="FULL").close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"test store has schema version 2, newer than this "
                       r"edu understands \(1\); upgrade edu"):
        open_store(path, KIND, (_v1,), timeout=1, synchronous="FULL")
    assert path.read_bytes() == before
