"""The class store: live sessions, their students and every answer, in SQLite (WAL).

Where it lives: the ``path`` argument, else ``$EDU_CLASS_DB``, else ``class.sqlite3`` beside the
progress store (:func:`edu.study.store.default_path`), i.e.
``~/.local/share/edu/class.sqlite3``.

* **Nothing lost.** Every write is its own ``BEGIN IMMEDIATE`` transaction, committed before the
  server replies; ``synchronous = FULL`` makes a commit survive a power cut as well as a killed
  process. A server killed with SIGKILL and started again on the same file resumes the session:
  the session, its code, the teacher's token, the students' tokens and every answer are rows.
* **One answer per student and question** is the table's primary key, so a second answer can
  never be counted, whatever the timing of two requests.
* Student tokens are stored as SHA-256 digests (a copied database does not give away the
  students' sessions); the teacher's token is stored as it is, because a restarted server
  prints it again on its first line.
* The schema version is ``PRAGMA user_version``; a file from a newer edu, or one that is not
  SQLite, raises :class:`~edu.errors.StoreError` and is not written to.

Times are passed in (timezone-aware) and stored as UTC ISO-8601 text.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from edu.errors import StoreError
from edu.sqlitefile import Migration
from edu.sqlitefile import StoreKind
from edu.sqlitefile import open_store
from edu.sqlitefile import write_transaction

#: What a session can be: no question open yet (or between questions), a question open for
#: answers, the open question's answer shown, or over.
STATUSES = ("waiting", "open", "revealed", "ended")

_SCHEMA_V1 = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, code TEXT NOT NULL, teacher_token TEXT NOT NULL,
    title TEXT NOT NULL, quiz TEXT NOT NULL, status TEXT NOT NULL, current TEXT,
    created TEXT NOT NULL, ended TEXT);
CREATE TABLE questions (
    session TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new', opened TEXT, revealed TEXT,
    PRIMARY KEY (session, id));
CREATE TABLE students (
    id TEXT PRIMARY KEY, session TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL, joined TEXT NOT NULL);
CREATE INDEX students_session ON students(session);
CREATE TABLE answers (
    session TEXT NOT NULL, student TEXT NOT NULL, question TEXT NOT NULL,
    response TEXT NOT NULL, score REAL NOT NULL, correct INTEGER NOT NULL, time TEXT NOT NULL,
    PRIMARY KEY (session, student, question));
CREATE INDEX answers_question ON answers(session, question);
"""


def _v1(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)


#: Migration *i* takes a store from version *i* to *i + 1* (:func:`edu.sqlitefile.migrate`).
MIGRATIONS: tuple[Migration, ...] = (_v1,)
SCHEMA_VERSION = len(MIGRATIONS)
KIND = StoreKind("class store", "give --db another file")


def default_path() -> Path:
    """The class store used when none is given (see the module docstring)."""
    explicit = os.environ.get("EDU_CLASS_DB")
    if explicit:
        return Path(explicit)
    from edu.study.store import default_path as progress_path

    return progress_path().with_name("class.sqlite3")


def token_hash(token: str) -> str:
    """The digest a student token is stored and looked up by."""
    return hashlib.sha256(token.encode()).hexdigest()


def iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A session as stored: ``quiz`` is the list of question dicts, in the order of play."""

    id: str
    code: str
    teacher_token: str
    title: str
    quiz: list[dict[str, Any]]
    status: str
    current: str | None
    created: str
    ended: str | None


@dataclass(frozen=True, slots=True)
class StudentRow:
    id: str
    name: str
    joined: str


@dataclass(frozen=True, slots=True)
class NewStudent:
    """A student about to be stored, with the token they will be given."""

    id: str
    token: str
    name: str
    joined: str


@dataclass(frozen=True, slots=True)
class AnswerRow:
    student: str
    question: str
    response: Any
    score: float
    correct: bool
    time: str


class DuplicateAnswer(Exception):
    """The student has already answered this question (the primary key said so)."""


class ClassStore:
    """One connection to the class store, safe to share between threads (a lock serialises it).

    Open with :meth:`open`; close with :meth:`close` or ``with``.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, reader: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()
        self.path = path
        # reads go through their own connection: in WAL mode they never wait for a write
        self._reader = reader
        self._read_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path | str | None = None, *, timeout: float = 30.0) -> ClassStore:
        """Open (creating) the class store at *path*: its writer and its reader connections,
        both through :func:`edu.sqlitefile.open_store`, so both wait up to *timeout* seconds
        for a lock."""
        target = Path(path) if path is not None else default_path()
        db = open_store(target, KIND, MIGRATIONS, timeout=timeout, synchronous="FULL",
                        shared=True)
        try:
            reader = open_store(target, KIND, MIGRATIONS, timeout=timeout,
                                synchronous="FULL", shared=True)
        except BaseException:
            db.close()
            raise
        return cls(db, target, reader)

    def close(self) -> None:
        with self._read_lock:
            self._reader.close()
        with self._lock:
            self._db.close()

    def __enter__(self) -> ClassStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock, write_transaction(self._db) as db:
            yield db

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._read_lock:
            return self._reader.execute(sql, args).fetchall()

    # -- sessions ------------------------------------------------------------------------------
    def create_session(self, *, id: str, code: str, teacher_token: str, title: str,
                       quiz: list[dict[str, Any]], now: datetime) -> SessionRow:
        with self._write() as db:
            db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, 'waiting', NULL, ?, NULL)",
                       (id, code, teacher_token, title, json.dumps(quiz, ensure_ascii=False),
                        iso(now)))
            db.executemany("INSERT INTO questions (session, position, id) VALUES (?, ?, ?)",
                           [(id, i, q["id"]) for i, q in enumerate(quiz)])
        return self.session(id)

    def session(self, session_id: str) -> SessionRow:
        rows = self._read("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f"{self.path}: no session {session_id!r}; see `edu class results "
                             "--db … --list`")
        return _session(rows[0])

    def latest(self) -> SessionRow | None:
        """The most recently created session, or ``None`` in an empty store."""
        rows = self._read("SELECT * FROM sessions ORDER BY created DESC, rowid DESC LIMIT 1")
        return _session(rows[0]) if rows else None

    def unfinished(self) -> SessionRow | None:
        """The latest session when it has not ended: the one a server resumes
        (:func:`edu.live.server.open_session`), else ``None``."""
        latest = self.latest()
        return latest if latest is not None and latest.status != "ended" else None

    def sessions(self) -> list[SessionRow]:
        return [_session(r) for r in self._read("SELECT * FROM sessions ORDER BY created")]

    def set_status(self, session_id: str, status: str, current: str | None,
                   question_state: str | None, now: datetime) -> None:
        """Move the session to *status* with *current* open; mark *current* *question_state*."""
        if status not in STATUSES:
            raise ValueError(status)
        with self._write() as db:
            db.execute("UPDATE sessions SET status = ?, current = ?, ended = ? WHERE id = ?",
                       (status, current, iso(now) if status == "ended" else None, session_id))
            if current is not None and question_state == "open":
                db.execute("UPDATE questions SET state = 'open', opened = ? "
                           "WHERE session = ? AND id = ?", (iso(now), session_id, current))
            elif current is not None and question_state == "revealed":
                db.execute("UPDATE questions SET state = 'revealed', revealed = ? "
                           "WHERE session = ? AND id = ?", (iso(now), session_id, current))

    def close_question(self, session_id: str, question: str) -> None:
        with self._write() as db:
            db.execute("UPDATE questions SET state = 'closed' WHERE session = ? AND id = ? "
                       "AND state = 'open'", (session_id, question))

    def question_states(self, session_id: str) -> dict[str, str]:
        return dict(self._read("SELECT id, state FROM questions WHERE session = ? "
                               "ORDER BY position", (session_id,)))

    # -- students ------------------------------------------------------------------------------
    def add_students(self, session_id: str, students: list[NewStudent]) -> list[None]:
        """Record *students* in one transaction, committed when this returns."""
        with self._write() as db:
            db.executemany("INSERT INTO students VALUES (?, ?, ?, ?, ?)",
                           [(s.id, session_id, token_hash(s.token), s.name, s.joined)
                            for s in students])
        return [None] * len(students)

    def students(self, session_id: str) -> list[StudentRow]:
        return [StudentRow(*r) for r in self._read(
            "SELECT id, name, joined FROM students WHERE session = ? ORDER BY joined, rowid",
            (session_id,))]

    def student_tokens(self, session_id: str) -> dict[str, StudentRow]:
        """Token digest → student, for the server's in-memory lookup table."""
        return {r[0]: StudentRow(*r[1:]) for r in self._read(
            "SELECT token_hash, id, name, joined FROM students WHERE session = ?",
            (session_id,))}

    # -- answers -------------------------------------------------------------------------------
    def add_answer(self, session_id: str, answer: AnswerRow) -> None:
        """Record *answer*, committed when this returns; a second one raises
        :class:`DuplicateAnswer`."""
        if not self.add_answers(session_id, [answer])[0]:
            raise DuplicateAnswer(answer.question)

    def add_answers(self, session_id: str, answers: list[AnswerRow]) -> list[bool]:
        """Record *answers* in one transaction (one disk flush for a whole burst: group
        commit), committed when this returns; for each, whether it was new (``False``: the
        student had already answered that question, and nothing was changed)."""
        added = []
        with self._write() as db:
            for a in answers:
                cursor = db.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (session_id, a.student, a.question, json.dumps(a.response,
                                                                   ensure_ascii=False),
                     a.score, int(a.correct), a.time))
                added.append(cursor.rowcount == 1)
        return added

    def answers(self, session_id: str, *, question: str | None = None,
                student: str | None = None) -> list[AnswerRow]:
        sql = ("SELECT student, question, response, score, correct, time FROM answers "
               "WHERE session = ?")
        args: list[Any] = [session_id]
        if question is not None:
            sql += " AND question = ?"
            args.append(question)
        if student is not None:
            sql += " AND student = ?"
            args.append(student)
        return [AnswerRow(s, q, json.loads(r), sc, bool(c), t)
                for s, q, r, sc, c, t in self._read(sql + " ORDER BY time, rowid", tuple(args))]

    def correct_counts(self) -> dict[str, tuple[int, int]]:
        """Question id → (answers scoring 1, answers), over every session in the store."""
        return {q: (int(c), int(n)) for q, c, n in self._read(
            "SELECT question, sum(correct), count(*) FROM answers GROUP BY question")}


def _session(row: tuple[Any, ...]) -> SessionRow:
    sid, code, token, title, quiz, status, current, created, ended = row
    return SessionRow(sid, code, token, title, json.loads(quiz), status, current, created, ended)
