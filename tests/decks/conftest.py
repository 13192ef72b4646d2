"""Helpers for the deck tests: a learner's real Anki collection, imports and card text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection
from anki.collection import ImportAnkiPackageOptions
from anki.collection import ImportAnkiPackageRequest

from edu.content import Plan
from edu.content import load_plan
from edu.decks import Lock
from edu.decks import build_decks
from edu.decks.build import DeckBuild
from tests.conftest import ROOT

DECKS = ROOT / "decks"
T1 = 1_700_000_000  # a first build, well before the learner's own edits (the real clock)
T2 = T1 + 86_400


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    """A fresh, empty Anki collection in a temporary folder, closed after the test."""
    folder = tmp_path / "learner"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture(scope="session")
def shipped_plan() -> Plan:
    """The shipped content, loaded once."""
    return load_plan(ROOT / "content")


def import_apkg(col: Collection, path: Path, with_scheduling: bool = False) -> Any:
    """Import *path* as Anki's importer does by default (update notes that are newer)."""
    request = ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=with_scheduling))
    return col.import_anki_package(request).log


def write_build(build: DeckBuild, folder: Path) -> dict[str, Path]:
    """Write every file of *build* into *folder*; return name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in build.files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


def whole(build: DeckBuild) -> str:
    """The name of the whole-plan deck file of *build*."""
    return min(build.files, key=len)


def first_build(plan: Plan, now: int = T1, lang: str = "both") -> DeckBuild:
    return build_decks(plan, Lock.empty(), now, lang)


_STYLE = re.compile(r"<style>.*?</style>", re.S)
_BLOCK = re.compile(r"</?(?:div|p|br|hr|li|ol|ul)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def visible_text(markup: str) -> str:
    """What a learner sees of rendered card HTML: no style, no tags, entities decoded."""
    text = _TAG.sub("", _BLOCK.sub(" ", _STYLE.sub("", markup)))
    return " ".join(html.unescape(text).split())


def template_problem(markup: str) -> bool:
    """True when Anki rendered a template error or a blank-front message instead of a card."""
    return "templates/errors" in markup or "has a problem" in markup


def cards_of(col: Collection) -> dict[int, tuple[Any, ...]]:
    """Every card's scheduling state, by card id."""
    rows = col.db.all("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                      "left, odue, odid FROM cards")
    return {row[0]: tuple(row) for row in rows}


def notes_of(col: Collection) -> dict[str, tuple[Any, ...]]:
    """Every note's (id, mod, notetype, fields, tags), by GUID."""
    rows = col.db.all("SELECT guid, id, mod, mid, flds, tags FROM notes")
    return {row[0]: tuple(row[1:]) for row in rows}
