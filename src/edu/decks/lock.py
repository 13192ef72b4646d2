"""The deck lockfile: what each note last shipped as, and since when.

Anki updates a learner's note on import only when the package's note is *newer* (its ``mod``
time is later than the learner's copy). So every note's time must advance exactly when its
content changes: then changed notes update, and unchanged notes — and the learner's own edits
to them, which are newer — are left alone. ``decks/edu-decks.lock.json`` records, per note
(keyed ``kind/content-id``): its GUID, note id, content hash, modification time, deck, tags and
last fields; and per note type its id, schema, hash and time. :func:`reconcile` compares the
content with it, advances times (to ``now``, and always past the recorded time, so two builds in
one second still order correctly) and returns the next lockfile.

Notes whose content item was removed are *retired*: they keep shipping, forever, with their last
fields, a notice on the card, the tag ``edu::retired`` and suspended cards, so a learner's
update marks them instead of silently leaving orphans. If the item comes back, so does the note.

The file is JSON with sorted keys, one key per line, so that a review shows what changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from dataclasses import replace
from json.encoder import encode_basestring as _encode_string  # C-accelerated when available
from pathlib import Path
from typing import Any

from edu.decks.notes import NoteSpec
from edu.decks.notetypes import NOTE_TYPES
from edu.decks.notetypes import NoteType
from edu.errors import ExportError
from edu.present.strings import text

LOCK_NAME = "edu-decks.lock.json"
FORMAT = 1
#: Note ids step by this much, so a note's card ids (note id + card ordinal) never collide.
ID_STRIDE = 100
RETIRED_TAG = "edu::retired"
_RESTORE = ("restore it from version control (deleting it makes every note look changed, "
            "and learners' own edits would be overwritten on their next import)")


@dataclass(frozen=True, slots=True)
class LockedType:
    """A note type as last shipped."""

    id: int
    version: int
    fields: tuple[str, ...]
    templates: tuple[str, ...]
    hash: str
    mod: int


@dataclass(frozen=True, slots=True)
class LockedNote:
    """A note as last shipped: identity, time, hash, and its live content."""

    guid: str
    id: int
    mod: int
    hash: str
    note_type: str
    deck: tuple[str, ...]
    part: str
    lesson: str
    tags: tuple[str, ...]
    fields: dict[str, str]
    retired: int | None = None  # when its content item disappeared


@dataclass(frozen=True, slots=True)
class Lock:
    """The whole lockfile."""

    note_types: dict[str, LockedType]
    notes: dict[str, LockedNote]

    @staticmethod
    def empty() -> Lock:
        return Lock({}, {})


@dataclass(frozen=True, slots=True)
class ShippedNote:
    """A note as this build ships it: a spec with its id, time and final fields and tags."""

    key: str
    guid: str
    id: int
    mod: int
    note_type: str
    fields: dict[str, str]
    tags: tuple[str, ...]
    deck: tuple[str, ...]
    part: str
    lesson: str
    retired: bool


def note_hash(note_type: NoteType, fields: dict[str, str], tags: tuple[str, ...]) -> str:
    """A hash of what Anki stores for a note: its type, fields (in order) and tags.

    Joined as Anki joins them (fields by U+001F, tags by spaces), which no field or tag can
    contain, so different notes never hash alike.
    """
    payload = (f"{note_type.id}\x1e" + "\x1f".join([fields[n] for n in note_type.field_names])
               + "\x1e" + " ".join(sorted(tags)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


# --- reading and writing -------------------------------------------------------------------

class _Reader:
    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, path: str, problem: str) -> ExportError:
        return ExportError(f"{self.where}: {path}: {problem}; fix it or {_RESTORE}")

    def get(self, obj: dict[str, Any], path: str, key: str, kind: type) -> Any:
        value = obj.get(key)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise self.fail(f"{path}.{key}", f"expected {kind.__name__}, found {value!r}")
        return value

    def strings(self, obj: dict[str, Any], path: str, key: str) -> tuple[str, ...]:
        value = self.get(obj, path, key, list)
        if not all(isinstance(v, str) for v in value):
            raise self.fail(f"{path}.{key}", "expected a list of strings")
        return tuple(value)


def parse_lock(text: str, where: str) -> Lock:
    """Parse lockfile *text* (read from *where*, for messages)."""
    r = _Reader(where)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"{where}:{exc.lineno}: not valid JSON ({exc.msg}); fix it or "
                          f"{_RESTORE}") from None
    if not isinstance(doc, dict):
        raise r.fail("(top level)", "expected a JSON object")
    fmt = doc.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, int) and fmt > FORMAT:
            raise ExportError(f"{where}: written by a newer edu (lockfile format {fmt}); "
                              "upgrade edu")
        raise r.fail("format", f"expected {FORMAT}, found {fmt!r}")
    types: dict[str, LockedType] = {}
    for key, t in r.get(doc, "", "note_types", dict).items():
        path = f"note_types.{key}"
        if not isinstance(t, dict):
            raise r.fail(path, "expected an object")
        types[key] = LockedType(r.get(t, path, "id", int), r.get(t, path, "version", int),
                                r.strings(t, path, "fields"), r.strings(t, path, "templates"),
                                r.get(t, path, "hash", str), r.get(t, path, "mod", int))
    notes: dict[str, LockedNote] = {}
    for key, n in r.get(doc, "", "notes", dict).items():
        path = f"notes.{key}"
        if not isinstance(n, dict):
            raise r.fail(path, "expected an object")
        head = (r.get(n, path, "guid", str), r.get(n, path, "id", int),
                r.get(n, path, "mod", int), r.get(n, path, "hash", str),
                r.get(n, path, "note_type", str), r.strings(n, path, "deck"),
                r.get(n, path, "part", str), r.get(n, path, "lesson", str),
                r.strings(n, path, "tags"))
        fields = r.get(n, path, "fields", dict)
        if not all(isinstance(v, str) for v in fields.values()):
            raise r.fail(f"{path}.fields", "expected strings")
        retired = n.get("retired")
        if retired is not None and (not isinstance(retired, int) or isinstance(retired, bool)):
            raise r.fail(f"{path}.retired", f"expected null or a time, found {retired!r}")
        notes[key] = LockedNote(*head, dict(fields), retired)
    return Lock(types, notes)


def read_lock(path: Path) -> Lock:
    """Read the lockfile at *path*; a missing file is an empty lock (a first build)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Lock.empty()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: cannot read the deck lockfile ({exc})") from None
    return parse_lock(text, str(path))


def dump_lock(lock: Lock) -> bytes:
    """The lockfile as stable, diff-friendly JSON.

    Exactly what ``json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False)`` writes, but
    built directly: the standard library's encoder drops to pure Python whenever ``indent`` is
    set, which made writing the lockfile cost as much as building the decks.
    """
    types = {key: _obj([f'"fields": {_flat(t.fields, 3)}', f'"hash": {_s(t.hash)}',
                        f'"id": {t.id}', f'"mod": {t.mod}',
                        f'"templates": {_flat(t.templates, 3)}',
                        f'"version": {t.version}'], 2)
             for key, t in lock.note_types.items()}
    notes = {key: _note_json(n) for key, n in lock.notes.items()}
    doc = _obj([f'"about": {_s(_ABOUT)}', f'"format": {FORMAT}',
                f'"note_types": {_obj(_members(types), 1)}',
                f'"notes": {_obj(_members(notes), 1)}'], 0)
    return (doc + "\n").encode("utf-8")


_ABOUT = ("Written by `edu deck`: each note's ids, content hash, modification time and last "
          "content. Commit it with the decks; never edit it by hand.")


def _s(text: str) -> str:
    return _encode_string(text)


def _obj(items: list[str], level: int, brackets: str = "{}") -> str:
    """A JSON object (or array) of ready-made *items* at indentation *level*."""
    if not items:
        return brackets
    pad = "\n" + " " * (level + 1)
    # one f-string: a chain of + copies the (up to tens of megabytes) body once per operand
    return f"{brackets[0]}{pad}{(',' + pad).join(items)}\n{' ' * level}{brackets[1]}"


def _members(values: dict[str, str]) -> list[str]:
    return [f"{_s(key)}: {values[key]}" for key in sorted(values)]


def _flat(value: dict[str, str] | tuple[str, ...], level: int) -> str:
    """A flat object or array of strings, indented; an object in one encoder call."""
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    pad = "\n" + " " * (level + 1)
    if isinstance(value, tuple):
        return f"[{pad}{(',' + pad).join(map(_encode_string, value))}\n{' ' * level}]"
    inner = _object_encoder(pad).encode(value)
    return f"{{{pad}{inner[1:-1]}\n{' ' * level}}}"


@functools.cache
def _object_encoder(pad: str) -> json.JSONEncoder:
    return json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=("," + pad, ": "))


def _note_json(n: LockedNote) -> str:
    return _obj([
        f'"deck": {_flat(n.deck, 3)}',
        f'"fields": {_flat(n.fields, 3)}',
        f'"guid": {_s(n.guid)}', f'"hash": {_s(n.hash)}', f'"id": {n.id}',
        f'"lesson": {_s(n.lesson)}', f'"mod": {n.mod}', f'"note_type": {_s(n.note_type)}',
        f'"part": {_s(n.part)}', f'"retired": {"null" if n.retired is None else n.retired}',
        f'"tags": {_flat(n.tags, 3)}',
    ], 2)


# --- reconciling content with the lock -----------------------------------------------------

def _advance(old: int, now: int) -> int:
    return max(now, old + 1)


def _types(lock: Lock, now: int) -> dict[str, LockedType]:
    out: dict[str, LockedType] = {}
    for key, nt in NOTE_TYPES.items():
        fp = nt.fingerprint
        old = lock.note_types.get(key)
        if old is not None and old.id == nt.id:
            if (old.fields, old.templates) != (nt.field_names, nt.template_names):
                raise ExportError(
                    f"note type {nt.name!r} (id {nt.id}) changed its fields or template names; "
                    "Anki would import it as a copy and stop updating learners' notes: give it "
                    "a new version and id in edu/decks/notetypes.py")
            mod = old.mod if old.hash == fp else _advance(old.mod, now)
        elif old is not None and old.version >= nt.version:
            raise ExportError(f"the deck lockfile has note type {key!r} version {old.version} "
                              f"but this edu has version {nt.version}; upgrade edu")
        else:
            mod = now if old is None else _advance(old.mod, now)
        out[key] = LockedType(nt.id, nt.version, nt.field_names, nt.template_names, fp, mod)
    return out


def _retired_fields(nt: NoteType, live: dict[str, str]) -> dict[str, str]:
    fields = {name: live.get(name, "") for name in nt.field_names}
    notice = text("deck.retired")
    fields["Notice"], fields["NoticeEn"] = notice.zh, notice.en
    return fields


def reconcile(specs: list[NoteSpec], lock: Lock, now: int) -> tuple[list[ShippedNote], Lock]:
    """Give every note its id and time; retire the lock's notes missing from *specs*.

    Returns the notes to ship (live ones in *specs*' order, then retired ones by key) and the
    new lock. The same *specs* and *lock* always give the same result; *now* matters only
    for notes whose content changed.
    """
    types = _types(lock, now)
    next_id = max([now * 1000, *(n.id + ID_STRIDE for n in lock.notes.values())])
    shipped: list[ShippedNote] = []
    notes: dict[str, LockedNote] = {}
    for spec in specs:
        nt = NOTE_TYPES[spec.note_type]
        digest = note_hash(nt, spec.fields, spec.tags)
        old = lock.notes.get(spec.key)
        if old is None:
            note_id, mod = next_id, now
            next_id += ID_STRIDE
        else:
            if old.guid != spec.guid:
                raise ExportError(f"note {spec.key}: GUID {spec.guid} differs from the "
                                  f"lockfile's {old.guid}; note GUIDs must never change")
            note_id = old.id
            mod = old.mod if old.hash == digest and old.retired is None else _advance(
                old.mod, now)
        notes[spec.key] = LockedNote(spec.guid, note_id, mod, digest, spec.note_type,
                                     spec.deck, spec.part, spec.lesson, spec.tags,
                                     spec.fields, None)
        shipped.append(ShippedNote(spec.key, spec.guid, note_id, mod, spec.note_type,
                                   spec.fields, spec.tags, spec.deck, spec.part, spec.lesson,
                                   False))
    live = {spec.key for spec in specs}
    for key in sorted(set(lock.notes) - live):
        old = lock.notes[key]
        if old.note_type not in NOTE_TYPES:
            raise ExportError(f"note {key} in the deck lockfile has unknown note type "
                              f"{old.note_type!r}; upgrade edu")
        nt = NOTE_TYPES[old.note_type]
        fields = _retired_fields(nt, old.fields)
        tags = tuple(sorted({*old.tags, RETIRED_TAG}))
        digest = note_hash(nt, fields, tags)
        mod = old.mod if old.hash == digest else _advance(old.mod, now)
        notes[key] = replace(old, mod=mod, hash=digest, note_type=nt.key,
                             retired=old.retired if old.retired is not None else now)
        shipped.append(ShippedNote(key, old.guid, old.id, mod, nt.key, fields, tags, old.deck,
                                   old.part, old.lesson, True))
    return shipped, Lock(types, notes)
