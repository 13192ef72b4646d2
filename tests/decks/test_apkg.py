"""The package writer: reproducible bytes, per-note ids and times, a valid Anki collection."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
import zipfile
from pathlib import Path

from edu.content import Plan
from edu.decks.apkg import COLLECTION_CREATED
from edu.decks.apkg import ZIP_DATE
from edu.decks.build import build_decks
from edu.decks.lock import Lock
from tests.decks.conftest import T1
from tests.decks.conftest import T2


def _database(apkg: bytes, tmp_path: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        path = tmp_path / "collection.anki2"
        path.write_bytes(archive.read("collection.anki2"))
    return sqlite3.connect(path)


def test_zip_is_sorted_deflated_and_dated_fixed(shipped_plan: Plan) -> None:
    """Entries are sorted, compressed, with a fixed date and permissions."""
    data = build_decks(shipped_plan, Lock.empty(), T1).files["nhrap-2021-2025.apkg"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["collection.anki2", "media"]
        assert archive.read("media") == b"{}"
        assert archive.testzip() is None
    for info in infos:
        assert info.date_time == ZIP_DATE
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.external_attr == 0o644 << 16
    assert infos[0].compress_size < infos[0].file_size / 2


def test_notes_carry_their_own_ids_and_times(shipped_plan: Plan, tmp_path: Path) -> None:
    """Each note is written with its lockfile id and time; cards follow their note's id."""
    first = build_decks(shipped_plan, Lock.empty(), T1)
    lesson = shipped_plan.lesson("living-standards")
    changed = dataclasses.replace(lesson, targets=tuple(
        dataclasses.replace(t, metric_en="Rural piped water") if t.id == "rural-tap-water-coverage"
        else t for t in lesson.targets))
    plan = dataclasses.replace(shipped_plan, lessons=tuple(
        changed if x.id == lesson.id else x for x in shipped_plan.lessons))
    build = build_decks(plan, first.lock, T2)
    db = _database(build.files["nhrap-2021-2025.apkg"], tmp_path)
    rows = {guid: (nid, mod) for guid, nid, mod in db.execute("SELECT guid, id, mod FROM notes")}
    assert rows == {n.guid: (n.id, n.mod) for n in build.lock.notes.values()}
    assert {n.id for n in build.lock.notes.values()} == {n.id for n in first.lock.notes.values()}
    assert {k for k, n in build.lock.notes.items() if n.mod == T2} == {
        "target/rural-tap-water-coverage", "measure/water-supply-security"}
    mods = {nid: mod for nid, mod in rows.values()}
    for nid, cid, ord_, mod in db.execute("SELECT nid, id, ord, mod FROM cards"):
        assert cid == nid + 1 + ord_
        assert mod == mods[nid]
    crt, models = db.execute("SELECT crt, models FROM col").fetchone()
    assert crt == COLLECTION_CREATED
    assert {m["mod"] for m in json.loads(models).values()} == {T1}
    db.close()


def test_database_has_no_library_stamp(shipped_plan: Plan) -> None:
    """The SQLite header carries no SQLite version, so another SQLite gives the same bytes."""
    data = build_decks(shipped_plan, Lock.empty(), T1).files["nhrap-2021-2025.apkg"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        database = archive.read("collection.anki2")
    assert database[:16] == b"SQLite format 3\x00"
    assert database[92:100] == bytes(8)  # version-valid-for and SQLITE_VERSION_NUMBER
    assert database[24:28] == bytes(4)  # file change counter
