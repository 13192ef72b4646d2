"""The dashboard's figures follow from the recorded attempts and reviews."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from edu.content import load_plan
from edu.study.items import study_items
from edu.study.review import answer
from edu.study.stats import dashboard
from edu.study.store import ProgressStore
from tests.conftest import CONTENT

NOW = datetime(2026, 5, 10, 20, 0, tzinfo=UTC)


def test_dashboard_figures(tmp_path: Path) -> None:
    """Accuracy by lesson and kind, reviews per day, retention and weakest targets add up."""
    items = study_items(load_plan(CONTENT))
    targets = [i for i in items if i.kind == "target"]
    with ProgressStore.open(tmp_path / "p.db") as store:
        for n, score in enumerate((1.0, 0.0, 1.0, 0.5)):
            store.record_attempt(time=NOW - timedelta(hours=n), item_id=f"q{n}", response=n,
                                 score=score, lesson="health", kind="mc_value",
                                 refs=[targets[n].id])
        store.record_attempt(time=NOW, item_id="q9", response=1, score=1.0, lesson="work",
                             kind="cloze", refs=[targets[5].id])
        answer(store, targets[6], 1, NOW - timedelta(days=2))
        answer(store, targets[7], 4, NOW - timedelta(days=2))
        answer(store, targets[8], 3, NOW)
        board = dashboard(store, items, NOW, days=7, lesson_order=["work", "health"])
    assert [(a.key, a.mean, a.attempts) for a in board.by_lesson] == [
        ("work", 1.0, 1), ("health", 0.625, 4)]
    assert {a.key: a.attempts for a in board.by_kind} == {"mc_value": 4, "cloze": 1}
    assert len(board.reviews_per_day) == 7
    assert dict(board.reviews_per_day)["2026-05-08"] == 2
    assert dict(board.reviews_per_day)["2026-05-10"] == 1
    assert board.reviews == 3
    assert board.retention is not None
    assert 0 < board.retention <= 1
    weakest = [w.item.id for w in board.weakest]
    assert weakest[0] == targets[1].id  # answered wrong: strength 0
    assert targets[6].id in weakest[:3]  # rated Again two days ago
    assert len(board.weakest) == 8  # only the targets with some signal are ranked
    assert board.attempts == 5


def test_empty_store(tmp_path: Path) -> None:
    """An empty store gives zeros, no retention and no weakest targets."""
    items = study_items(load_plan(CONTENT))
    with ProgressStore.open(tmp_path / "p.db") as store:
        board = dashboard(store, items, NOW, new_per_day=10)
    assert board.by_lesson == ()
    assert board.retention is None
    assert board.weakest == ()
    assert board.new_today == 10
    assert all(n == 0 for _, n in board.reviews_per_day)
