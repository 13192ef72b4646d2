"""The lockfile: times advance only for changed notes; retirement; ids; reading and writing."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest

from edu.content import Plan
from edu.decks.lock import ID_STRIDE
from edu.decks.lock import RETIRED_TAG
from edu.decks.lock import Lock
from edu.decks.lock import dump_lock
from edu.decks.lock import parse_lock
from edu.decks.lock import read_lock
from edu.decks.lock import reconcile
from edu.decks.notes import NoteSpec
from edu.decks.notes import plan_notes
from edu.decks.notetypes import NOTE_TYPES
from edu.errors import ExportError
from tests.decks.conftest import T1
from tests.decks.conftest import T2

KEY = "target/rural-tap-water-coverage"


def _edited(specs: list[NoteSpec], key: str, **fields: str) -> list[NoteSpec]:
    return [dataclasses.replace(s, fields=s.fields | fields) if s.key == key else s
            for s in specs]


@pytest.fixture
def specs(shipped_plan: Plan) -> list[NoteSpec]:
    return plan_notes(shipped_plan)


def test_first_build_stamps_every_note_now(specs: list[NoteSpec]) -> None:
    """A note new to the lock gets the build time and a fresh, collision-free id."""
    shipped, lock = reconcile(specs, Lock.empty(), T1)
    assert {n.mod for n in shipped} == {T1}
    ids = sorted(n.id for n in shipped)
    assert all(b - a >= ID_STRIDE for a, b in itertools.pairwise(ids))
    assert ids[0] == T1 * 1000
    assert set(lock.notes) == {s.key for s in specs}
    assert {t.mod for t in lock.note_types.values()} == {T1}


def test_only_changed_notes_advance(specs: list[NoteSpec]) -> None:
    """Unchanged notes keep their time and id; a changed one moves to the new build time."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    shipped, lock2 = reconcile(_edited(specs, KEY, MetricEn="Piped water, rural"), lock, T2)
    changed = {n.key for n in shipped if n.mod != T1}
    assert changed == {KEY}
    assert lock2.notes[KEY].mod == T2
    assert lock2.notes[KEY].id == lock.notes[KEY].id
    assert lock2.notes[KEY].hash != lock.notes[KEY].hash
    assert lock2.note_types == lock.note_types


def test_times_strictly_increase_within_one_second(specs: list[NoteSpec]) -> None:
    """Two changes built in the same second (or with a clock behind) still order correctly."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    _, lock2 = reconcile(_edited(specs, KEY, MetricEn="one"), lock, T1)
    _, lock3 = reconcile(_edited(specs, KEY, MetricEn="two"), lock2, T1 - 500)
    assert lock.notes[KEY].mod < lock2.notes[KEY].mod < lock3.notes[KEY].mod


def test_same_input_same_output(specs: list[NoteSpec]) -> None:
    """Reconciling content with its own lock changes nothing, whatever the clock says."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    shipped, again = reconcile(specs, lock, T2 + 10**6)
    assert again == lock
    assert {n.mod for n in shipped} == {T1}


def test_removed_item_is_retired_forever(specs: list[NoteSpec]) -> None:
    """A note whose item vanished ships with its last fields, a notice, the tag, suspended."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    fewer = [s for s in specs if s.key != KEY]
    shipped, lock2 = reconcile(fewer, lock, T2)
    retired = [n for n in shipped if n.retired]
    assert [n.key for n in retired] == [KEY]
    assert shipped[-1].key == KEY
    note = retired[0]
    assert RETIRED_TAG in note.tags
    assert note.mod == T2
    assert note.guid == lock.notes[KEY].guid
    assert note.id == lock.notes[KEY].id
    assert note.fields["Metric"] == lock.notes[KEY].fields["Metric"]
    assert "removed" in note.fields["NoticeEn"]
    assert note.fields["Notice"]
    assert lock2.notes[KEY].retired == T2
    assert lock2.notes[KEY].fields == lock.notes[KEY].fields  # the live content is kept
    shipped3, lock3 = reconcile(fewer, lock2, T2 + 999)  # later builds: stable
    assert lock3 == lock2
    assert next(n for n in shipped3 if n.retired).mod == T2
    back, lock4 = reconcile(specs, lock3, T2 + 1000)  # the item returns: so does the note
    assert not any(n.retired for n in back)
    assert lock4.notes[KEY].retired is None
    assert lock4.notes[KEY].mod == T2 + 1000


def test_new_notes_never_reuse_ids(specs: list[NoteSpec]) -> None:
    """Notes added later get ids above every id in the lock, even with the clock behind."""
    _, lock = reconcile(specs[:10], Lock.empty(), T1)
    shipped, _ = reconcile(specs, lock, T1 - 3600)
    old = {n.id for n in lock.notes.values()}
    new = [n.id for n in shipped if n.key not in lock.notes]
    assert min(new) >= max(old) + ID_STRIDE
    assert len(set(new) | old) == len(specs)


def test_changed_schema_under_an_old_id_is_refused(specs: list[NoteSpec]) -> None:
    """A note type whose fields changed but kept its id would orphan notes: refused."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    old = lock.note_types["target"]
    bad = Lock({**lock.note_types, "target": dataclasses.replace(
        old, fields=(*old.fields[:-1], "Renamed"))}, lock.notes)
    with pytest.raises(ExportError, match="new version and id"):
        reconcile(specs, bad, T2)


def test_template_change_advances_the_note_type(specs: list[NoteSpec]) -> None:
    """New CSS or template bodies keep the id but give the note type a newer time."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    stale = Lock({**lock.note_types, "cloze": dataclasses.replace(
        lock.note_types["cloze"], hash="0" * 16)}, lock.notes)
    _, lock2 = reconcile(specs, stale, T2)
    assert lock2.note_types["cloze"].mod == T2
    assert lock2.note_types["cloze"].id == NOTE_TYPES["cloze"].id
    assert lock2.note_types["target"].mod == T1


def test_round_trip_and_readable_file(specs: list[NoteSpec], tmp_path: Path) -> None:
    """The lockfile is sorted, indented JSON that reads back to the same lock."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    data = dump_lock(lock)
    assert parse_lock(data.decode(), "x") == lock
    text = data.decode()
    assert text.endswith("\n")
    assert '\n "notes": {\n  "goal/' in text
    assert "特困人员" in text  # Chinese is written as itself, not \\u escapes
    path = tmp_path / "edu-decks.lock.json"
    assert read_lock(path) == Lock.empty()  # no lockfile yet: a first build
    path.write_bytes(data)
    assert read_lock(path) == lock


@pytest.mark.parametrize(("text", "message"), [
    ('{"format": 1,', r"x\.json:1: not valid JSON"),
    ("[]", "expected a JSON object"),
    ('{"format": 9, "note_types": {}, "notes": {}}', "newer edu"),
    ('{"format": 1, "note_types": {}, "notes": {"target/a": {"guid": 3}}}',
     r"notes\.target/a\.guid: expected str, found 3"),
    ('{"format": 1, "note_types": {"target": {"id": true}}, "notes": {}}',
     r"note_types\.target\.id: expected int"),
])
def test_bad_lockfile_is_one_clear_error(text: str, message: str) -> None:
    """A damaged lockfile names the file, the entry and what to do."""
    with pytest.raises(ExportError, match=message) as info:
        parse_lock(text, "x.json")
    assert "restore" in str(info.value) or "upgrade" in str(info.value)


def test_lock_file_is_canonical_json(specs: list[NoteSpec]) -> None:
    """The file is exactly json.dumps(indent=1, sort_keys=True), tricky text included."""
    odd = _edited(specs, KEY, MetricEn='quote " back\\slash \n newline \x07 bell \u2028 ls')
    _, lock = reconcile(odd, Lock.empty(), T1)
    _, lock = reconcile([s for s in odd if s.key != "goal/global-governance"], lock, T2)
    data = dump_lock(lock).decode()
    assert data == json.dumps(json.loads(data), indent=1, sort_keys=True,
                              ensure_ascii=False) + "\n"
    assert parse_lock(data, "x") == lock
    assert lock.notes["goal/global-governance"].retired == T2
    empty = dump_lock(Lock.empty()).decode()
    assert empty == json.dumps(json.loads(empty), indent=1, sort_keys=True) + "\n"


def test_lock_json_keys_are_sorted(specs: list[NoteSpec]) -> None:
    """Keys are sorted at every level, so two builds diff line by line."""
    _, lock = reconcile(specs, Lock.empty(), T1)
    doc = json.loads(dump_lock(lock))
    assert list(doc["notes"]) == sorted(doc["notes"])
    assert list(doc["notes"][KEY]) == sorted(doc["notes"][KEY])
