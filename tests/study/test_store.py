"""The progress store keeps every row through concurrency, crashes, migrations and moves."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from edu.errors import StoreError
from edu.study.store import SCHEMA_VERSION
from edu.study.store import ProgressStore
from edu.study.store import default_path

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _fill(store: ProgressStore) -> None:
    for n in range(5):
        store.record_attempt(time=T0 + timedelta(minutes=n), item_id=f"q{n}", response={"a": n},
                             score=n / 4, lesson="health", kind="mc_value")
    store.record_review(time=T0, item_id="target-x", rating=3, due=T0 + timedelta(days=2),
                        card={"card_id": 1, "due": (T0 + timedelta(days=2)).isoformat(),
                              "last_review": T0.isoformat()}, lesson="work")


def test_default_path_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """EDU_PROGRESS_DB wins; otherwise the XDG data dir is used."""
    monkeypatch.setenv("EDU_PROGRESS_DB", str(tmp_path / "x.db"))
    assert default_path() == tmp_path / "x.db"
    monkeypatch.delenv("EDU_PROGRESS_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "edu" / "progress.sqlite3"


def test_records_read_back(tmp_path: Path) -> None:
    """Attempts, reviews and card states come back as recorded, in time order."""
    with ProgressStore.open(tmp_path / "p.db") as store:
        _fill(store)
        attempts = store.attempts()
        assert [a.item_id for a in attempts] == ["q0", "q1", "q2", "q3", "q4"]
        assert attempts[2].response == {"a": 2}
        assert attempts[2].score == 0.5
        assert attempts[0].time == T0
        assert store.reviews()[0].due == T0 + timedelta(days=2)
        assert store.cards()["target-x"]["card_id"] == 1
        assert store.version == SCHEMA_VERSION


def test_wal_mode(tmp_path: Path) -> None:
    """The store runs in WAL mode so readers never block writers."""
    with ProgressStore.open(tmp_path / "p.db"):
        pass
    db = sqlite3.connect(tmp_path / "p.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_bad_values_refused(tmp_path: Path) -> None:
    """Scores outside 0..1, unknown ratings and naive times are refused, nothing stored."""
    with ProgressStore.open(tmp_path / "p.db") as store:
        with pytest.raises(ValueError, match="score"):
            store.record_attempt(time=T0, item_id="q", response=1, score=1.5)
        with pytest.raises(ValueError, match="rating"):
            store.record_review(time=T0, item_id="q", rating=5, due=T0, card={})
        with pytest.raises(ValueError, match="timezone"):
            store.record_attempt(time=datetime(2026, 1, 1), item_id="q", response=1, score=1)
        assert store.counts() == {"attempts": 0, "reviews": 0, "cards": 0}


WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from edu.study.store import ProgressStore
    path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with ProgressStore.open(path) as store:
        for i in range(n):
            store.record_attempt(time=datetime.now(UTC), item_id=f"{tag}-{i}", response=i,
                                 score=1.0)
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two writers racing on one store: every one of their rows is there."""
    path = tmp_path / "p.db"
    ProgressStore.open(path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, "300"])
             for tag in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with ProgressStore.open(path) as store:
        ids = {a.item_id for a in store.attempts()}
    assert len(ids) == 600
    assert {f"a-{i}" for i in range(300)} <= ids
    assert {f"b-{i}" for i in range(300)} <= ids


KILLED = textwrap.dedent("""
    import sys, time
    from edu.study.store import ProgressStore
    store = ProgressStore.open(sys.argv[1])
    db = store._db
    db.execute("BEGIN IMMEDIATE")
    for i in range(1000):
        db.execute("INSERT INTO attempts (uid, time, item_id, response, score) VALUES "
                   "(?, '2026-01-01T00:00:00+00:00', 'half', '0', 0)", (f"u{i}",))
    print("inside", flush=True)
    time.sleep(60)
""")


def test_writer_killed_mid_transaction_leaves_store_consistent(tmp_path: Path) -> None:
    """SIGKILL inside a write transaction: nothing of it lands, the store stays usable."""
    path = tmp_path / "p.db"
    with ProgressStore.open(path) as store:
        _fill(store)
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "inside"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    with ProgressStore.open(path) as store:
        assert store.counts() == {"attempts": 5, "reviews": 1, "cards": 1}
        assert "half" not in {a.item_id for a in store.attempts()}
        store.record_attempt(time=T0, item_id="after", response=None, score=0)
        assert store.counts()["attempts"] == 6


def test_older_schema_migrates(tmp_path: Path) -> None:
    """A version-1 store opens as the current version with its rows kept."""
    path = tmp_path / "old.db"
    old = ProgressStore.open(path, migrate_to=1)
    old._db.execute("INSERT INTO attempts (uid, time, item_id, response, score) VALUES "
                    "('u1', '2025-05-01T08:00:00+00:00', 'q-old', '\"x\"', 1.0)")
    assert old.version == 1
    old.close()
    with ProgressStore.open(path) as store:
        assert store.version == SCHEMA_VERSION
        (attempt,) = store.attempts()
        assert (attempt.item_id, attempt.response, attempt.lesson) == ("q-old", "x", "")
        assert store.cards() == {}


def test_newer_store_is_refused_and_untouched(tmp_path: Path) -> None:
    """A store from a newer edu gives a clear message and is not written to."""
    path = tmp_path / "p.db"
    with ProgressStore.open(path) as store:
        _fill(store)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"schema version 99, newer .*upgrade edu"):
        ProgressStore.open(path)
    assert path.read_bytes() == before


def test_non_database_is_refused_and_untouched(tmp_path: Path) -> None:
    """A file that is not SQLite is reported and left exactly as it was."""
    path = tmp_path / "p.db"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite database, so not a progress store; "
                       "it was not changed — give --db \\(or \\$EDU_PROGRESS_DB\\) "
                       "another file"):
        ProgressStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]


def test_folder_is_refused_with_advice_to_choose_another_file(tmp_path: Path) -> None:
    """A folder where the store should be is refused, naming it and advising another file
    through --db or $EDU_PROGRESS_DB (not moving the folder aside); nothing is written."""
    path = tmp_path / "progress"
    path.mkdir()
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(path)
    assert str(caught.value) == (f"{path}: not a file; give --db (or $EDU_PROGRESS_DB) "
                                 "another file")
    assert list(path.iterdir()) == []


def test_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    """A store with damaged pages is reported and left exactly as it was."""
    path = tmp_path / "p.db"
    with ProgressStore.open(path) as store:
        for n in range(2000):
            store.record_attempt(time=T0, item_id=f"item-{n}" * 5, response=n, score=1)
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):
        data[offset + 100: offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged|not a readable"):
        ProgressStore.open(path)
    assert path.read_bytes() == before


def test_export_import_round_trips_exactly(tmp_path: Path) -> None:
    """Export → import into a new store → export gives the same document."""
    with ProgressStore.open(tmp_path / "a.db") as store:
        _fill(store)
        exported = store.export()
    text = json.dumps(exported)
    with ProgressStore.open(tmp_path / "b.db") as other:
        assert other.import_(json.loads(text)) == {"attempts": 5, "reviews": 1, "cards": 1}
        assert other.export() == exported
        assert other.import_(json.loads(text)) == {"attempts": 0, "reviews": 0, "cards": 0}
        assert other.export() == exported


@pytest.mark.parametrize("bad", [[], {"format": "other"}, {"format": "edu-progress", "version": 9},
                                 {"format": "edu-progress", "version": 1, "attempts": [{}],
                                  "reviews": [], "cards": []}])
def test_bad_import_is_refused(tmp_path: Path, bad: object) -> None:
    """A file that is not a progress export is refused before anything is written."""
    with ProgressStore.open(tmp_path / "p.db") as store:
        with pytest.raises(StoreError, match="edu progress"):
            store.import_(bad, source="moved.json")
        assert store.counts() == {"attempts": 0, "reviews": 0, "cards": 0}


def test_reset_needs_confirmation(tmp_path: Path) -> None:
    """Reset deletes everything, but only when the file name is typed back."""
    with ProgressStore.open(tmp_path / "p.db") as store:
        _fill(store)
        with pytest.raises(StoreError, match="not confirmed"):
            store.reset(confirm="yes")
        assert store.counts()["attempts"] == 5
        store.reset(confirm="p.db")
        assert store.counts() == {"attempts": 0, "reviews": 0, "cards": 0}


def test_directory_path_refused(tmp_path: Path) -> None:
    """A directory where the store should be is a clear error."""
    with pytest.raises(StoreError, match="not a file"):
        ProgressStore.open(tmp_path)


HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(0.5)
    db.execute("COMMIT")
""")


def test_second_writer_waits_for_a_busy_one(tmp_path: Path) -> None:
    """A writer that finds the store locked waits for the lock rather than failing."""
    path = tmp_path / "p.db"
    store = ProgressStore.open(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    store.record_attempt(time=T0, item_id="waited", response=None, score=1)
    waited = time.monotonic() - started
    assert holder.wait(timeout=30) == 0
    holder.stdout.close()
    assert waited >= 0.2
    assert store.counts()["attempts"] == 1
    store.close()
