"""What the two SQLite stores (progress, class sessions) do alike: opening a file, its schema
version and its migrations, and one way to write.

:func:`open_store` is the one way to open either store. It refuses, with a
:class:`~edu.errors.StoreError` naming the file and the store and saying what to do, and
without writing a byte: a path that is a folder, a file that is not SQLite, a store whose
schema version is newer than this edu's, a damaged one (when asked to check) or one SQLite
cannot read. Otherwise it sets the busy timeout, WAL mode and the ``synchronous`` level the
store asks for, and brings an older schema up to date with the store's forward migrations, in
one transaction (``PRAGMA user_version`` is the version: migration *i* takes a store from
version *i* to *i + 1*; 0 is a new file).

A write takes the database lock up front (``BEGIN IMMEDIATE``), so concurrent writers queue
instead of failing half-way, and either commits whole or rolls back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from edu.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]
HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class StoreKind:
    """How a store names itself in its errors: *name* (``"class store"``) and *elsewhere*,
    what to do when its file cannot be used (``"give --db another file"``)."""

    name: str
    elsewhere: str


@contextmanager
def write_transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction on *db* (opened with ``isolation_level=None``)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def schema_version(db: sqlite3.Connection) -> int:
    """The file's schema version (``PRAGMA user_version``; 0 for a new file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration], target: int) -> None:
    """Bring *db* to version *target* with *migrations*, in one write transaction (the version
    is read again under the lock, so two processes opening a new file create it once)."""
    if schema_version(db) >= target:
        return
    with write_transaction(db):
        version = schema_version(db)
        for number in range(version, target):
            migrations[number](db)
        if target > version:
            db.execute(f"PRAGMA user_version = {target}")


def open_store(path: Path, kind: StoreKind, migrations: Sequence[Migration], *,
               timeout: float, synchronous: str, migrate_to: int | None = None,
               shared: bool = False, check: bool = False) -> sqlite3.Connection:
    """The connection to the store at *path* (see the module docstring), created or migrated
    to *migrate_to* (default: the newest version). *shared*: usable from any thread (the
    caller serialises); *check*: run ``PRAGMA quick_check`` on an existing file first."""
    newest = len(migrations)
    if path.exists() and not path.is_file():
        raise StoreError(f"{path}: not a file; {kind.elsewhere}")
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        try:
            with path.open("rb") as handle:
                header = handle.read(len(HEADER))
        except OSError as exc:
            raise StoreError(f"{path}: cannot read the {kind.name} ({exc.strerror})") from None
        if header != HEADER:
            raise StoreError(f"{path}: not an SQLite database, so not a {kind.name}; it was "
                             f"not changed — {kind.elsewhere}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=timeout, isolation_level=None,
                             check_same_thread=not shared)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path}: cannot open the {kind.name} ({exc})") from None
    try:
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        version = schema_version(db)
        if version > newest:
            raise StoreError(f"{path}: {kind.name} has schema version {version}, newer than "
                             f"this edu understands ({newest}); upgrade edu — it was not "
                             "changed")
        if existed and check:
            problem = db.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise StoreError(f"{path}: {kind.name} is damaged ({problem}); restore a "
                                 "backup or export what remains — it was not changed")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA synchronous = {synchronous}")
        migrate(db, migrations, newest if migrate_to is None else migrate_to)
        return db
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{path}: not a readable {kind.name} ({exc}); it was not changed — "
                         f"{kind.elsewhere}") from None
    except BaseException:
        db.close()
        raise
