"""The class store refuses what it cannot safely use, and keeps one answer per question."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edu.errors import StoreError
from edu.live.store import AnswerRow
from edu.live.store import ClassStore
from edu.live.store import DuplicateAnswer
from edu.live.store import default_path


def test_not_sqlite_is_refused_unchanged(tmp_path: Path) -> None:
    """A file that is not SQLite is a StoreError and is left as it was."""
    path = tmp_path / "notes.txt"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not an SQLite database, so not a class store; it "
                       "was not changed — give --db another file"):
        ClassStore.open(path)
    assert path.read_text(encoding="utf-8") == "not a database"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A store from a newer edu is refused."""
    path = tmp_path / "class.sqlite3"
    ClassStore.open(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="class store has schema version 99, newer"):
        ClassStore.open(path)


def test_one_answer_per_student_and_question(tmp_path: Path) -> None:
    """A second answer to the same question is refused by the table itself; in a batch,
    only the first counts."""
    with ClassStore.open(tmp_path / "class.sqlite3") as store:
        row = AnswerRow("s1", "q1", "a", 1.0, True, "2026-01-01T00:00:00+00:00")
        store.add_answer("c1", row)
        with pytest.raises(DuplicateAnswer):
            store.add_answer("c1", row)
        assert store.add_answers("c1", [AnswerRow("s2", "q1", "b", 0.0, False, ""),
                                        AnswerRow("s2", "q1", "a", 1.0, True, "")]) \
            == [True, False]
        assert [a.response for a in store.answers("c1", student="s2")] == ["b"]


def test_default_path_beside_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --db or $EDU_CLASS_DB the store sits beside the progress store."""
    monkeypatch.delenv("EDU_CLASS_DB", raising=False)
    monkeypatch.setenv("EDU_PROGRESS_DB", str(tmp_path / "p" / "progress.sqlite3"))
    assert default_path() == tmp_path / "p" / "class.sqlite3"


def test_reader_and_writer_wait_as_long_as_asked(tmp_path: Path) -> None:
    """Both connections of the class store (the writer and the reader) are opened by the one
    helper and so wait for a lock as long as ``timeout`` says, not a hard-coded 30 s."""
    with ClassStore.open(tmp_path / "class.sqlite3", timeout=2.5) as store:
        for db in (store._db, store._reader):
            assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.add_answer("c1", AnswerRow("s1", "q1", "a", 1.0, True, ""))
        assert [a.response for a in store.answers("c1")] == ["a"]


def test_a_folder_is_refused_before_any_connection(tmp_path: Path) -> None:
    """A folder given as the class store is refused with the store's advice, and nothing is
    created in it."""
    folder = tmp_path / "class"
    folder.mkdir()
    with pytest.raises(StoreError, match=r"not a file; give --db another file"):
        ClassStore.open(folder)
    assert list(folder.iterdir()) == []
