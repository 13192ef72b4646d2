"""`edu progress`: summary, export/import between machines, reset with confirmation."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC
from datetime import datetime
from pathlib import Path

from edu.study.store import ProgressStore
from tests.conftest import CONTENT
from tests.conftest import EDU


def _edu(tmp_path: Path, db: Path, *args: str, stdin: str | None = None
         ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EDU_PROGRESS_DB": str(db)}
    return subprocess.run([str(EDU), "progress", "--content", str(CONTENT), *args], env=env,
                          capture_output=True, text=True, input=stdin, cwd=tmp_path, timeout=120,
                          check=False)


def test_summary_lists_due_and_accuracy(tmp_path: Path) -> None:
    """The summary shows items due, new items and accuracy by lesson."""
    db = tmp_path / "p.db"
    with ProgressStore.open(db) as store:
        store.record_attempt(time=datetime.now(UTC), item_id="q", response=1, score=0.5,
                             lesson="health", kind="numeric")
    result = _edu(tmp_path, db)
    assert result.returncode == 0, result.stderr
    assert "due today: 0 to review, 20 new" in result.stdout
    assert "50%" in result.stdout
    assert "（五）健康权利" in result.stdout


def test_export_then_import_elsewhere(tmp_path: Path) -> None:
    """--export writes JSON that --import on another store brings in whole."""
    db = tmp_path / "a.db"
    with ProgressStore.open(db) as store:
        store.record_attempt(time=datetime(2026, 1, 1, tzinfo=UTC), item_id="q", response=[1],
                             score=1.0)
    out = tmp_path / "moved.json"
    assert _edu(tmp_path, db, "--export", str(out)).returncode == 0
    assert json.loads(out.read_text())["attempts"][0]["response"] == [1]
    other = tmp_path / "b.db"
    result = _edu(tmp_path, other, "--import", str(out))
    assert result.returncode == 0, result.stderr
    assert "imported 1 answers" in result.stdout
    with ProgressStore.open(other) as store:
        assert store.export()["attempts"] == json.loads(out.read_text())["attempts"]


def test_import_of_a_wrong_file_is_one_line(tmp_path: Path) -> None:
    """A file that is not an export is refused in one line, exit 2."""
    bad = tmp_path / "notes.json"
    bad.write_text("{\"hello\": 1}")
    result = _edu(tmp_path, tmp_path / "p.db", "--import", str(bad))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not an edu progress export" in result.stderr


def test_reset_asks_for_confirmation(tmp_path: Path) -> None:
    """Without a terminal or --confirm, reset refuses; with the right name it deletes."""
    db = tmp_path / "p.db"
    with ProgressStore.open(db) as store:
        store.record_attempt(time=datetime.now(UTC), item_id="q", response=1, score=1)
    refused = _edu(tmp_path, db, "--reset")
    assert refused.returncode == 2
    assert "--confirm p.db" in refused.stderr
    wrong = _edu(tmp_path, db, "--reset", "--confirm", "other.db")
    assert wrong.returncode == 2
    with ProgressStore.open(db) as store:
        assert store.counts()["attempts"] == 1
    done = _edu(tmp_path, db, "--reset", "--confirm", "p.db")
    assert done.returncode == 0
    with ProgressStore.open(db) as store:
        assert store.counts()["attempts"] == 0


def test_corrupt_store_is_one_line_and_untouched(tmp_path: Path) -> None:
    """A corrupt store gives one line, exit 2, and keeps its bytes."""
    db = tmp_path / "p.db"
    db.write_bytes(b"garbage" * 50)
    result = _edu(tmp_path, db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not an SQLite database" in result.stderr
    assert db.read_bytes() == b"garbage" * 50
