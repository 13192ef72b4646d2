"""Build the decks: the plan and the lockfile in, ``.apkg`` files and the next lockfile out.

``build_decks(plan, lock, now)`` is pure: time is a parameter, and the same plan and lock give
byte-identical files whatever ``now`` is, unless some note changed (then ``now`` becomes its
modification time). The files are the whole plan and one deck per part of it — the
introduction (导言) and each part 一、二、… — or, with ``lessons``, one deck of those lessons.

Decks are named by the plan's own headings, ``国家人权行动计划（2021－2025年）::一、…::（一）…``,
in every language variant, because Anki matches decks by name.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.decks.apkg import DeckInfo
from edu.decks.apkg import notes_database
from edu.decks.apkg import package
from edu.decks.lock import Lock
from edu.decks.lock import ShippedNote
from edu.decks.lock import reconcile
from edu.decks.notes import introduction_deck
from edu.decks.notes import plan_notes
from edu.decks.notes import root_deck
from edu.errors import UsageError
from edu.ids import stable_int
from edu.lang import check_lang
from edu.present.strings import text

#: New-card positions of retired notes start here, after every live note.
RETIRED_DUE = 1_000_000


@dataclass(frozen=True, slots=True)
class DeckBuild:
    """What a build produced: file name → ``.apkg`` bytes, the next lock, and a summary."""

    files: dict[str, bytes]
    counts: dict[str, tuple[int, int]]  # file name → (notes, cards)
    lock: Lock
    notes: list[ShippedNote]
    new: int  # notes this build added to the lock
    changed: int  # live notes whose content (and so time) changed
    retired: int  # notes this build retired


def deck_id(name: str) -> int:
    """A deck's id: 31 bits from its full name (Anki matches decks by name anyway)."""
    return (1 << 30) | stable_int("anki-deck", name, bits=30)


def _p(css: str, text: str) -> str:
    return f'<p class="{css}">{html.escape(text, quote=False)}</p>' if text else ""


def _descriptions(plan: Plan, lang: str) -> dict[tuple[str, ...], str]:
    """The HTML description of every deck, by deck path."""
    zh, en = lang in ("zh", "both"), lang in ("en", "both")
    info, intro = plan.info, plan.introduction

    def pair(zh_text: str, en_text: str) -> str:
        return (_p("zh", zh_text) if zh else "") + (_p("en", en_text) if en else "")

    root = (root_deck(plan),)
    about = text("deck.about", zh=info.title, en=info.title_en)
    out = {
        root: pair(about.zh, about.en),
        introduction_deck(plan): pair(intro.ideology, intro.summary_en),
    }
    for part in plan.parts:
        out[(*root, part.heading)] = pair(part.lead, part.lead_en)
    for lesson in plan.lessons:
        part = plan.part(lesson.part)
        out[(*root, part.heading, lesson.heading)] = pair(lesson.lead, lesson.summary_en)
    return out


def _scopes(plan: Plan, lessons: Sequence[str] | None,
            suffix: str) -> list[tuple[str, frozenset[str] | None]]:
    """``(file name, part ids or None for all)``, or one file for a lesson selection."""
    base = plan.info.id
    if lessons is not None:
        return [(f"{base}-{'+'.join(lessons)}{suffix}.apkg", None)]
    scopes: list[tuple[str, frozenset[str] | None]] = [(f"{base}{suffix}.apkg", None)]
    scopes.append((f"{base}-{INTRODUCTION}{suffix}.apkg", frozenset({INTRODUCTION})))
    scopes += [(f"{base}-{p.id}{suffix}.apkg", frozenset({p.id})) for p in plan.parts]
    return scopes


def _check_lessons(plan: Plan, lessons: Sequence[str]) -> None:
    valid = [INTRODUCTION, *(lesson.id for lesson in plan.lessons)]
    for lesson_id in lessons:
        if lesson_id not in valid:
            raise UsageError(f"unknown lesson {lesson_id!r} in --lessons; valid: "
                             f"{', '.join(valid)}")
    if not lessons:
        raise UsageError(f"--lessons is empty; give lesson ids such as {valid[1]}")
    if len(set(lessons)) != len(lessons):
        raise UsageError("--lessons lists a lesson twice")


def _decks_for(notes: list[ShippedNote],
               descriptions: dict[tuple[str, ...], str]) -> list[DeckInfo]:
    """The decks *notes* need (their own and every parent), root first."""
    paths: set[tuple[str, ...]] = set()
    for note in notes:
        paths.update(note.deck[:i] for i in range(1, len(note.deck) + 1))
    ordered = sorted(paths, key=lambda p: (len(p), p))
    return [DeckInfo(p, deck_id("::".join(p)), descriptions.get(p, "")) for p in ordered]


def build_decks(plan: Plan, lock: Lock, now: int, lang: str = "both",
                lessons: Sequence[str] | None = None) -> DeckBuild:
    """Build the decks of *plan* against *lock* at time *now* (seconds since the epoch).

    The lock is reconciled with the whole plan whatever ``lessons`` selects, so a partial
    build never retires the notes it leaves out.
    """
    check_lang(lang)
    if lessons is not None:
        _check_lessons(plan, lessons)
    shipped, new_lock = reconcile(plan_notes(plan), lock, now)
    due = {n.key: (RETIRED_DUE + i if n.retired else i) for i, n in enumerate(shipped)}
    descriptions = _descriptions(plan, lang)
    suffix = "" if lang == "both" else f".{lang}"
    selections: list[tuple[str, list[ShippedNote]]] = []
    for name, parts in _scopes(plan, lessons, suffix):
        if lessons is not None:
            chosen = [n for n in shipped if n.lesson in lessons]
        else:
            chosen = [n for n in shipped if parts is None or n.part in parts]
        if chosen:
            selections.append((name, chosen))
    needed = {n.key for _, chosen in selections for n in chosen}
    written = [n for n in shipped if n.key in needed]
    files: dict[str, bytes] = {}
    counts: dict[str, tuple[int, int]] = {}
    if written:
        database = notes_database(written, new_lock.note_types,
                                  _decks_for(written, descriptions), due, lang)
        try:
            for name, chosen in selections:
                decks = _decks_for(chosen, descriptions)
                files[name], cards = package(database, chosen, new_lock.note_types, decks)
                counts[name] = (len(chosen), cards)
        finally:
            database.close()
    new = sum(1 for key in new_lock.notes if key not in lock.notes)
    changed = sum(1 for key, n in new_lock.notes.items()
                  if key in lock.notes and lock.notes[key].mod != n.mod and n.retired is None)
    retired = sum(1 for key, n in new_lock.notes.items()
                  if n.retired is not None and lock.notes.get(key, n).retired is None)
    return DeckBuild(dict(sorted(files.items())), dict(sorted(counts.items())), new_lock,
                     shipped, new, changed, retired)
