"""Write ``.apkg`` files reproducibly: the same notes, ids and times give the same bytes.

genanki provides the collection (its schema, and the note types' and decks' JSON); each note
is written with its own id and modification time from the lockfile, card ids follow from the
note id, and the collection's own times are fixed. Every note is written once, in id order, into
one in-memory database, which is the package of all the notes; a package of some of them is a
copy without the others, ``VACUUM``-ed so that its pages depend only on its rows. An in-memory
database carries no SQLite version stamp, and the zip has sorted, deflated entries with a fixed
date and permissions.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from edu.decks.lock import ID_STRIDE
from edu.decks.lock import LockedType
from edu.decks.lock import ShippedNote
from edu.decks.notetypes import NOTE_TYPES
from edu.decks.notetypes import NoteType
from edu.errors import ExportError

#: The collection's creation time in every package: 2021-01-01 00:00 UTC, the plan's start.
COLLECTION_CREATED = 1_609_459_200
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 1  # deflate: higher levels cost 2-3x the time for a few % of size


@dataclass(frozen=True, slots=True)
class DeckInfo:
    """A deck of the package: its path (root first), id and HTML description."""

    path: tuple[str, ...]
    id: int
    description: str

    @property
    def name(self) -> str:
        """The full name Anki shows and matches: the path joined by ``::``."""
        return "::".join(self.path)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class NotesDatabase:
    """Every note of a build, written once; :func:`package` cuts each file from it."""

    conn: sqlite3.Connection
    note_ids: frozenset[int]
    default_decks: dict[str, Any]  # genanki's collection's own decks ("Default")
    models: dict[str, Any]  # note type key -> genanki.Model, made once per build

    def close(self) -> None:
        self.conn.close()


def _set_collection(conn: sqlite3.Connection, notes: list[ShippedNote],
                    types: dict[str, LockedType], decks: list[DeckInfo],
                    default_decks: dict[str, Any], models: dict[str, Any]) -> None:
    """Fill the collection row: fixed times, the note types and the decks of *notes*.

    *models* are genanki models by note type key, shared by every package of a build: a
    model computes its required fields (``req``, by rendering each template once per field)
    once, as genanki's own ``Package`` does for a model used in several files."""
    import genanki

    used = sorted({n.note_type for n in notes})
    mods = [n.mod for n in notes] + [types[key].mod for key in used]
    stamp = max(mods, default=COLLECTION_CREATED) * 1000
    models_json = {str(types[key].id): models[key].to_json(types[key].mod, decks[0].id)
                   for key in used}
    decks_json = dict(default_decks)
    for deck in decks:
        entry = genanki.Deck(deck.id, deck.name, deck.description).to_json()
        entry["mod"] = stamp // 1000
        decks_json[str(deck.id)] = entry
    conn.execute("UPDATE col SET crt = ?, mod = ?, scm = ?, models = ?, decks = ?",
                 (COLLECTION_CREATED, stamp, stamp, _dumps(models_json), _dumps(decks_json)))


_FIELD_REF = re.compile(r"\{\{[#^]?([A-Za-z]+)\}\}")
_CLOZE_REF = re.compile(r"\{\{cloze:([A-Za-z]+)\}\}")
_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")


def _card_rule(nt: NoteType) -> tuple[list[tuple[int, frozenset[str]]], tuple[str, ...]]:
    """Which cards a note of *nt* has, as Anki decides it.

    A standard template makes a card when a field its front shows is non-empty; a cloze note
    has one card per cloze number in the fields its front shows through ``{{cloze:…}}``.
    """
    if nt.cloze:
        return [], tuple(dict.fromkeys(_CLOZE_REF.findall(nt.templates[0][1])))
    return [(ord_, frozenset(_FIELD_REF.findall(front)) - {"FrontSide"})
            for ord_, (_, front, _) in enumerate(nt.templates)], ()


def notes_database(notes: list[ShippedNote], types: dict[str, LockedType],
                   decks: list[DeckInfo], due: dict[str, int], lang: str) -> NotesDatabase:
    """A collection (in memory) holding *notes* with their cards, in *decks* (root first).

    Each note gets its own id and time; its cards get ids ``note id + 1 + ordinal``, the deck
    named by ``note.deck`` and the new-card position ``due[note.key]``; retired notes' cards
    are suspended. *lang* says which fields stay filled. The collection row is written first,
    so a package of all the notes is this database as it stands. Rows are written here rather
    than by genanki's ``Note``, which stamps every note with one time.
    """
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    deck_of = {deck.path: deck.id for deck in decks}
    used = sorted({n.note_type for n in notes})
    rules = {key: _card_rule(NOTE_TYPES[key]) for key in used}
    blanks = {key: NOTE_TYPES[key].blank_for(lang) for key in used}
    note_rows: list[tuple[Any, ...]] = []
    card_rows: list[tuple[Any, ...]] = []
    for note in sorted(notes, key=lambda n: n.id):
        nt = NOTE_TYPES[note.note_type]
        blank = blanks[nt.key]
        values = {name: "" if name in blank else note.fields[name] for name in nt.field_names}
        templates, cloze_fields = rules[nt.key]
        if nt.cloze:
            ords = sorted({int(n) - 1 for name in cloze_fields
                           for n in _CLOZE_NUMBER.findall(values[name]) if int(n) > 0})
        else:
            ords = [o for o, shown in templates if any(values[name] for name in shown)]
        if not ords or ords[-1] >= ID_STRIDE - 1:
            raise ExportError(f"note {note.key}: would have {len(ords)} cards; a note needs "
                              f"1 to {ID_STRIDE - 1}")
        fields = list(values.values())
        note_rows.append((note.id, note.guid, types[nt.key].id, note.mod, -1,
                          f" {' '.join(note.tags)} ", "\x1f".join(fields), fields[0], 0, 0, ""))
        queue = -1 if note.retired else 0
        deck = deck_of[note.deck]
        card_rows.extend((note.id + 1 + o, note.id, deck, o, note.mod, -1, 0, queue,
                          due[note.key], 0, 0, 0, 0, 0, 0, 0, 0, "") for o in ords)
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA page_size = 4096")
    conn.executescript(APKG_SCHEMA)
    conn.executescript(APKG_COL)
    default_decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    models = {key: NOTE_TYPES[key].genanki_model() for key in used}
    _set_collection(conn, notes, types, decks, default_decks, models)
    conn.executemany(f"INSERT INTO notes VALUES ({', '.join('?' * 11)})", note_rows)
    conn.executemany(f"INSERT INTO cards VALUES ({', '.join('?' * 18)})", card_rows)
    conn.commit()
    return NotesDatabase(conn, frozenset(n.id for n in notes), default_decks, models)


def package(database: NotesDatabase, notes: list[ShippedNote], types: dict[str, LockedType],
            decks: list[DeckInfo]) -> tuple[bytes, int]:
    """The ``.apkg`` bytes of *notes* (some of *database*'s) in *decks* (root first).

    A subset is copied, stripped of the other notes, given its own collection row and
    ``VACUUM``-ed. Returns the bytes and the number of cards.
    """
    if {n.id for n in notes} == database.note_ids:
        data = database.conn.serialize()
        cards: int = database.conn.execute("SELECT count() FROM cards").fetchone()[0]
        return _zip([("collection.anki2", data), ("media", b"{}")]), cards
    conn = sqlite3.connect(":memory:")
    try:
        database.conn.backup(conn)
        conn.execute("CREATE TEMP TABLE keep (id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO keep VALUES (?)", [(n.id,) for n in notes])
        conn.execute("DELETE FROM cards WHERE nid NOT IN (SELECT id FROM keep)")
        conn.execute("DELETE FROM notes WHERE id NOT IN (SELECT id FROM keep)")
        conn.execute("DROP TABLE keep")
        _set_collection(conn, notes, types, decks, database.default_decks, database.models)
        conn.commit()
        cards = conn.execute("SELECT count() FROM cards").fetchone()[0]
        conn.execute("VACUUM")
        data = conn.serialize()
    finally:
        conn.close()
    return _zip([("collection.anki2", data), ("media", b"{}")]), cards
