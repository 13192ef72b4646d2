"""Building the decks: shipped decks up to date, byte-identical rebuilds, files and variants."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from edu.content import Plan
from edu.decks import LOCK_NAME
from edu.decks import Lock
from edu.decks import build_decks
from edu.decks import dump_lock
from edu.decks import read_lock
from edu.errors import UsageError
from tests.decks.conftest import DECKS
from tests.decks.conftest import T1
from tests.decks.conftest import T2

BASE = "nhrap-2021-2025"


def test_shipped_decks_are_up_to_date(shipped_plan: Plan) -> None:
    """decks/ holds exactly what `edu deck -o decks/` builds from content/ (stale → fail)."""
    lock = read_lock(DECKS / LOCK_NAME)
    build = build_decks(shipped_plan, lock, now=T2 * 2)
    stale = sorted(name for name, data in build.files.items()
                   if not (DECKS / name).is_file() or (DECKS / name).read_bytes() != data)
    extra = sorted({p.name for p in DECKS.glob("*.apkg")} - set(build.files))
    lock_stale = (DECKS / LOCK_NAME).read_bytes() != dump_lock(build.lock)
    up_to_date = not stale and not extra and not lock_stale
    assert up_to_date, (
        f"decks/ is stale relative to content/ (differs: {stale or '-'}; not built: "
        f"{extra or '-'}; lockfile stale: {lock_stale}): run `edu deck -o decks/` and commit "
        "decks/")


def test_rebuild_is_byte_identical(shipped_plan: Plan) -> None:
    """The same content and lock give the same bytes, whatever the clock says."""
    first = build_decks(shipped_plan, Lock.empty(), T1)
    assert build_decks(shipped_plan, Lock.empty(), T1).files == first.files
    again = build_decks(shipped_plan, first.lock, T2)
    assert again.files == first.files
    assert dump_lock(again.lock) == dump_lock(first.lock)
    assert (again.new, again.changed, again.retired) == (0, 0, 0)
    assert (first.new, first.changed) == (203, 0)


def test_whole_plan_and_one_deck_per_part(shipped_plan: Plan) -> None:
    """The build writes the whole plan, the introduction and each part; counts add up."""
    build = build_decks(shipped_plan, Lock.empty(), T1)
    assert list(build.files) == sorted([
        f"{BASE}.apkg", f"{BASE}-introduction.apkg", f"{BASE}-economic-social-cultural.apkg",
        f"{BASE}-civil-political.apkg"])
    whole_notes, whole_cards = build.counts[f"{BASE}.apkg"]
    parts = [c for name, c in build.counts.items() if name != f"{BASE}.apkg"]
    assert whole_notes == sum(n for n, _ in parts) == 203
    assert whole_cards == sum(c for _, c in parts)


def test_decks_are_named_by_the_plans_headings(shipped_plan: Plan, tmp_path: Path) -> None:
    """Deck names follow 计划::部分::课, and each deck has a description."""
    data = build_decks(shipped_plan, Lock.empty(), T1).files[f"{BASE}-civil-political.apkg"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "c.anki2")
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    db.close()
    names = {d["name"]: d["desc"] for d in decks.values() if d["name"] != "Default"}
    assert set(names) == {
        "国家人权行动计划（2021－2025年）",
        "国家人权行动计划（2021－2025年）::二、公民权利和政治权利",
        "国家人权行动计划（2021－2025年）::二、公民权利和政治权利::（一）生命权",
        "国家人权行动计划（2021－2025年）::二、公民权利和政治权利::（二）人身权利",
    }
    assert all(names.values())
    assert "edu::retired" in names["国家人权行动计划（2021－2025年）"]


def test_lessons_build_one_deck_but_keep_the_whole_lock(shipped_plan: Plan) -> None:
    """--lessons writes one deck of those lessons; other notes stay live in the lock."""
    build = build_decks(shipped_plan, Lock.empty(), T1, lessons=["health", "introduction"])
    assert list(build.files) == [f"{BASE}-health+introduction.apkg"]
    # health: overview, measures, targets, its own terms; introduction: 14 notes + 43 terms
    assert build.counts[f"{BASE}-health+introduction.apkg"][0] == 1 + 11 + 12 + 7 + 14 + 43
    assert len(build.lock.notes) == 203
    assert not any(n.retired for n in build.lock.notes.values())


def test_language_variants_share_the_lock(shipped_plan: Plan) -> None:
    """--lang zh/en files are suffixed; the lock (content state) is the same for all."""
    both = build_decks(shipped_plan, Lock.empty(), T1)
    zh = build_decks(shipped_plan, both.lock, T2, lang="zh")
    assert list(zh.files) == sorted(name.replace(".apkg", ".zh.apkg") for name in both.files)
    assert zh.lock == both.lock
    assert zh.files[f"{BASE}.zh.apkg"] != both.files[f"{BASE}.apkg"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"lessons": ["healthcare"]}, "unknown lesson 'healthcare' in --lessons; valid: "
                                  "introduction, living-standards"),
    ({"lessons": []}, "--lessons is empty"),
    ({"lessons": ["work", "work"]}, "lists a lesson twice"),
    ({"lang": "fr"}, "unknown language 'fr'"),
])
def test_bad_requests_are_usage_errors(shipped_plan: Plan, kwargs: dict[str, object],
                                       message: str) -> None:
    """Unknown lessons or languages are refused with the valid choices."""
    with pytest.raises(UsageError, match=message):
        build_decks(shipped_plan, Lock.empty(), T1, **kwargs)  # type: ignore[arg-type]
