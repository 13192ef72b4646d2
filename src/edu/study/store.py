"""The progress store: every quiz attempt and every review, in SQLite.

Where it lives: the ``path`` argument, else ``$EDU_PROGRESS_DB``, else
``$XDG_DATA_HOME/edu/progress.sqlite3`` (``~/.local/share/edu/progress.sqlite3``).

* **WAL mode** and ``BEGIN IMMEDIATE`` write transactions with a busy timeout, so two processes
  (a notebook and ``edu progress``, say) can write at once without losing a row.
* **Versioned schema** in ``PRAGMA user_version`` with forward migrations (:data:`MIGRATIONS`); an
  older store is migrated in one transaction when opened. A store from a newer edu, or a file
  that is not a healthy SQLite database, raises :class:`~edu.errors.StoreError` and is never
  written to.
* Rows are keyed by the same stable item ids that the question bank and the Anki notes use.
  Each row has a ``uid`` (random, made once when recorded) so that importing the same export twice
  adds nothing.

Times are passed in (timezone-aware ``datetime``) and stored as UTC ISO-8601 strings.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from edu.errors import StoreError
from edu.errors import StudyError
from edu.sqlitefile import Migration
from edu.sqlitefile import StoreKind
from edu.sqlitefile import open_store
from edu.sqlitefile import schema_version
from edu.sqlitefile import write_transaction

#: The four answers to "how well did you recall it?" (FSRS ratings), by their number.
RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}

EXPORT_FORMAT = "edu-progress"
EXPORT_VERSION = 1


def default_path() -> Path:
    """The store used when none is given (see the module docstring)."""
    explicit = os.environ.get("EDU_PROGRESS_DB")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                           "share")
    return Path(base) / "edu" / "progress.sqlite3"


def _v1(db: sqlite3.Connection) -> None:
    db.execute("""CREATE TABLE attempts (
        uid TEXT PRIMARY KEY, time TEXT NOT NULL, item_id TEXT NOT NULL,
        response TEXT NOT NULL, score REAL NOT NULL)""")
    db.execute("""CREATE TABLE reviews (
        uid TEXT PRIMARY KEY, time TEXT NOT NULL, item_id TEXT NOT NULL,
        rating INTEGER NOT NULL, due TEXT NOT NULL)""")


def _v2(db: sqlite3.Connection) -> None:
    """v2: attempts know their lesson and kind (for the dashboard); FSRS card state per item."""
    db.execute("ALTER TABLE attempts ADD COLUMN lesson TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE reviews ADD COLUMN lesson TEXT NOT NULL DEFAULT ''")
    db.execute("""CREATE TABLE cards (
        item_id TEXT PRIMARY KEY, card TEXT NOT NULL, due TEXT NOT NULL,
        introduced TEXT NOT NULL)""")
    db.execute("CREATE INDEX attempts_item ON attempts(item_id)")
    db.execute("CREATE INDEX reviews_time ON reviews(time)")
    db.execute("CREATE INDEX cards_due ON cards(due)")


def _v3(db: sqlite3.Connection) -> None:
    """v3: attempts name the content items a question was about (a JSON list of item ids)."""
    db.execute("ALTER TABLE attempts ADD COLUMN refs TEXT NOT NULL DEFAULT '[]'")


#: Migration *i* takes a store from version *i* to *i + 1*.
MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3)
SCHEMA_VERSION = len(MIGRATIONS)
#: Its advice when the file cannot be used names the two ways a user chooses it (moving a
#: folder or someone's notes aside is not ours to suggest).
KIND = StoreKind("progress store", "give --db (or $EDU_PROGRESS_DB) another file")


@dataclass(frozen=True, slots=True)
class Attempt:
    """One answer to one quiz question."""

    uid: str
    time: datetime
    item_id: str
    lesson: str
    kind: str
    response: Any
    score: float
    refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Review:
    """One spaced-repetition review: the rating given and the due date it led to."""

    uid: str
    time: datetime
    item_id: str
    lesson: str
    rating: int
    due: datetime


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise StudyError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


class ProgressStore:
    """A learner's progress: open with :meth:`open`, close with :meth:`close` (or ``with``)."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, *, migrate_to: int = SCHEMA_VERSION,
             timeout: float = 30.0) -> ProgressStore:
        """Open (creating or migrating) the store at *path* (:func:`edu.sqlitefile.open_store`,
        checked with ``quick_check`` first).

        ``migrate_to`` exists for tests that need a store of an older schema.
        """
        target = Path(path) if path is not None else default_path()
        db = open_store(target, KIND, MIGRATIONS, timeout=timeout, synchronous="NORMAL",
                        migrate_to=migrate_to, check=True)
        return cls(db, target)

    @property
    def version(self) -> int:
        return schema_version(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction (:func:`edu.sqlitefile.write_transaction`)."""
        return write_transaction(self._db)

    # -- recording -------------------------------------------------------------------------
    def record_attempt(self, *, time: datetime, item_id: str, response: Any, score: float,
                       lesson: str = "", kind: str = "", refs: Sequence[str] = (),
                       uid: str | None = None) -> Attempt:
        """Record one answer to a quiz question (score in 0..1).

        *refs* are the study-item ids (:func:`edu.ids.item_id`) the question is about, so a
        wrong answer about a target counts against that target on the dashboard.
        """
        if not 0.0 <= score <= 1.0:
            raise StudyError(f"score must be between 0 and 1, not {score}")
        attempt = Attempt(uid or uuid.uuid4().hex, time, item_id, lesson, kind, response, score,
                          tuple(refs))
        with self._write() as db:
            db.execute("INSERT INTO attempts (uid, time, item_id, response, score, lesson, kind,"
                       " refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (attempt.uid, _iso(time), item_id,
                        json.dumps(response, ensure_ascii=False, sort_keys=True), score, lesson,
                        kind, json.dumps(list(refs))))
        return attempt

    def record_review(self, *, time: datetime, item_id: str, rating: int, due: datetime,
                      card: dict[str, Any], lesson: str = "", uid: str | None = None) -> Review:
        """Record one review and the item's new scheduler state, in one transaction."""
        if rating not in RATINGS:
            raise StudyError(f"rating must be 1 (Again) to 4 (Easy), not {rating}")
        review = Review(uid or uuid.uuid4().hex, time, item_id, lesson, rating, due)
        with self._write() as db:
            db.execute("INSERT INTO reviews (uid, time, item_id, rating, due, lesson)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       (review.uid, _iso(time), item_id, rating, _iso(due), lesson))
            db.execute("INSERT INTO cards (item_id, card, due, introduced) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(item_id) DO UPDATE SET card = excluded.card, "
                       "due = excluded.due",
                       (item_id, json.dumps(card, sort_keys=True), _iso(due), _iso(time)))
        return review

    # -- reading ---------------------------------------------------------------------------
    def attempts(self) -> list[Attempt]:
        rows = self._db.execute("SELECT uid, time, item_id, lesson, kind, response, score, refs "
                                "FROM attempts ORDER BY time, uid").fetchall()
        return [Attempt(r[0], _time(r[1]), r[2], r[3], r[4], json.loads(r[5]), r[6],
                        tuple(json.loads(r[7]))) for r in rows]

    def review_counts_by_day(self, since: datetime, offset_minutes: int = 0) -> dict[str, int]:
        """Reviews per calendar day (``YYYY-MM-DD``) since *since*, in a UTC offset's days."""
        rows = self._db.execute(
            "SELECT date(time, ?) AS day, COUNT(*) FROM reviews WHERE time >= ? GROUP BY day",
            (f"{offset_minutes:+d} minutes", _iso(since))).fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def reviews(self) -> list[Review]:
        rows = self._db.execute("SELECT uid, time, item_id, lesson, rating, due FROM reviews "
                                "ORDER BY time, uid").fetchall()
        return [Review(r[0], _time(r[1]), r[2], r[3], r[4], _time(r[5])) for r in rows]

    def cards(self) -> dict[str, dict[str, Any]]:
        """Scheduler state of every item reviewed at least once, by item id."""
        rows = self._db.execute("SELECT item_id, card FROM cards").fetchall()
        return {r[0]: json.loads(r[1]) for r in rows}

    def card(self, item_id: str) -> dict[str, Any] | None:
        """Scheduler state of one item, or ``None`` if it was never reviewed."""
        row = self._db.execute("SELECT card FROM cards WHERE item_id = ?", (item_id,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def introduced_on(self, day_start: datetime, day_end: datetime) -> int:
        """How many items had their first review in [day_start, day_end)."""
        row = self._db.execute("SELECT COUNT(*) FROM cards WHERE introduced >= ? AND "
                               "introduced < ?", (_iso(day_start), _iso(day_end))).fetchone()
        return int(row[0])

    def counts(self) -> dict[str, int]:
        return {table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in ("attempts", "reviews", "cards")}

    # -- moving and resetting --------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything in the store as a JSON-ready dict (see :meth:`import_`)."""
        attempts = self._db.execute("SELECT uid, time, item_id, lesson, kind, response, score, "
                                    "refs FROM attempts ORDER BY time, uid").fetchall()
        reviews = self._db.execute("SELECT uid, time, item_id, lesson, rating, due FROM reviews "
                                   "ORDER BY time, uid").fetchall()
        cards = self._db.execute("SELECT item_id, card, due, introduced FROM cards "
                                 "ORDER BY item_id").fetchall()
        return {
            "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "attempts": [{"uid": r[0], "time": r[1], "item_id": r[2], "lesson": r[3],
                          "kind": r[4], "response": json.loads(r[5]), "score": r[6],
                          "refs": json.loads(r[7])} for r in attempts],
            "reviews": [{"uid": r[0], "time": r[1], "item_id": r[2], "lesson": r[3],
                         "rating": r[4], "due": r[5]} for r in reviews],
            "cards": [{"item_id": r[0], "card": json.loads(r[1]), "due": r[2],
                       "introduced": r[3]} for r in cards],
        }

    def import_(self, data: Any, *, source: str = "import") -> dict[str, int]:
        """Merge an :meth:`export` into this store; rows already present are skipped.

        Cards are taken from the import only for items this store has never reviewed, or
        where the import's last review is newer. Returns how many rows were added per table.
        """
        _check_export(data, source)
        added = {"attempts": 0, "reviews": 0, "cards": 0}
        with self._write() as db:
            for a in data["attempts"]:
                cur = db.execute(
                    "INSERT OR IGNORE INTO attempts (uid, time, item_id, response, score, lesson,"
                    " kind, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (a["uid"], a["time"], a["item_id"],
                     json.dumps(a["response"], ensure_ascii=False, sort_keys=True),
                     float(a["score"]), a["lesson"], a["kind"],
                     json.dumps(list(a.get("refs", [])))))
                added["attempts"] += cur.rowcount
            for r in data["reviews"]:
                cur = db.execute(
                    "INSERT OR IGNORE INTO reviews (uid, time, item_id, rating, due, lesson) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (r["uid"], r["time"], r["item_id"], int(r["rating"]), r["due"], r["lesson"]))
                added["reviews"] += cur.rowcount
            for c in data["cards"]:
                cur = db.execute(
                    "INSERT INTO cards (item_id, card, due, introduced) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(item_id) DO UPDATE SET card = excluded.card, due = excluded.due"
                    " WHERE json_extract(excluded.card, '$.last_review') > "
                    "coalesce(json_extract(cards.card, '$.last_review'), '')",
                    (c["item_id"], json.dumps(c["card"], sort_keys=True), c["due"],
                     c["introduced"]))
                added["cards"] += cur.rowcount
        return added

    def reset(self, *, confirm: str) -> None:
        """Delete every attempt, review and card. *confirm* must be the store's file name."""
        if confirm != self.path.name:
            raise StoreError(f"reset not confirmed: type the store's file name "
                             f"({self.path.name!r}) to delete all progress")
        with self._write() as db:
            for table in ("attempts", "reviews", "cards"):
                db.execute(f"DELETE FROM {table}")


def _check_export(data: Any, source: str) -> None:
    def fail(message: str) -> StoreError:
        return StoreError(f"{source}: {message}; expected a file written by 'edu progress "
                          "--export'")

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise fail("not an edu progress export")
    if data.get("version") != EXPORT_VERSION:
        raise fail(f"export version {data.get('version')!r} is not supported")
    need: dict[str, Sequence[str]] = {
        "attempts": ("uid", "time", "item_id", "lesson", "kind", "response", "score"),
        "reviews": ("uid", "time", "item_id", "lesson", "rating", "due"),
        "cards": ("item_id", "card", "due", "introduced"),
    }
    for table, fields in need.items():
        rows = data.get(table)
        if not isinstance(rows, list):
            raise fail(f"'{table}' must be a list")
        for n, row in enumerate(rows):
            if not isinstance(row, dict) or any(f not in row for f in fields):
                raise fail(f"{table}[{n}] lacks one of {', '.join(fields)}")
            for f in ("time", "due", "introduced"):
                if f in row:
                    try:
                        _time(str(row[f]))
                    except ValueError:
                        raise fail(f"{table}[{n}].{f} is not an ISO time") from None
