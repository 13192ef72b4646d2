"""Anki decks of the plan that update in place and keep every learner's progress.

``build_decks(plan, lock, now)`` turns the validated plan into ``.apkg`` files; the lockfile
(:mod:`edu.decks.lock`) makes a note's modification time advance only when its content
changes, so re-importing a newer deck updates exactly the changed notes. Modules, bottom up:
``units`` and ``cloze`` (field text), ``notetypes`` and ``style`` (Anki note types),
``notes`` (plan → notes), ``lock`` (ids, times, retirement), ``apkg`` (reproducible package
writer) and ``build`` (the files).
"""

from __future__ import annotations

from edu.decks.build import DeckBuild
from edu.decks.build import build_decks
from edu.decks.lock import LOCK_NAME
from edu.decks.lock import Lock
from edu.decks.lock import dump_lock
from edu.decks.lock import parse_lock
from edu.decks.lock import read_lock

__all__ = ["LOCK_NAME", "DeckBuild", "Lock", "build_decks", "dump_lock", "parse_lock",
           "read_lock"]
