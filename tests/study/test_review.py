"""FSRS review: today's queue, new-card limit, ratings and predicted recall."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from edu.content import load_plan
from edu.study.items import study_items
from edu.study.items import target_answer
from edu.study.review import StudyItem
from edu.study.review import answer
from edu.study.review import describe_interval
from edu.study.review import preview
from edu.study.review import retrievability
from edu.study.review import today
from edu.study.store import ProgressStore
from tests.conftest import CONTENT

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore.open(tmp_path / "p.db")


@pytest.fixture(scope="module")
def items() -> list[StudyItem]:
    return study_items(load_plan(CONTENT))


def test_items_cover_the_plan(items: list[StudyItem]) -> None:
    """One item per principle, goal, target and measure, with unique ids."""
    kinds = [i.kind for i in items]
    assert (kinds.count("principle"), kinds.count("goal"), kinds.count("target"),
            kinds.count("measure")) == (6, 7, 31, 56)
    assert len({i.id for i in items}) == len(items)


def test_target_item_shows_comparator_and_unit(items: list[StudyItem]) -> None:
    """A target's back gives comparator, value and unit in both languages."""
    plan = load_plan(CONTENT)
    t = next(t for t in plan.targets if t.unit == "亿亩" and t.value == 18)
    assert target_answer(t) == "不低于18亿亩"
    assert target_answer(t, "en") == "at least 1.8 billion mu"
    item = next(i for i in items if i.source == t.source and i.kind == "target")
    assert "耕地红线" in item.front


def test_new_items_limited_per_day(store: ProgressStore, items: list[StudyItem]) -> None:
    """At most new_per_day new items a day, counting those already introduced today."""
    queue = today(store, items, NOW, new_per_day=5)
    assert [i.id for i in queue.new] == [i.id for i in items[:5]]
    for item in queue.new[:3]:
        answer(store, item, 3, NOW)
    later = today(store, items, NOW + timedelta(hours=1), new_per_day=5)
    assert len(later.new) == 2
    assert not {i.id for i in later.new} & {i.id for i in queue.new[:3]}
    tomorrow = today(store, items, NOW + timedelta(days=1), new_per_day=5)
    assert len(tomorrow.new) == 5


def test_reviewed_item_comes_back_when_due(store: ProgressStore, items: list[StudyItem]) -> None:
    """After Good an item is not due until its due date, then it is."""
    item = items[0]
    review = answer(store, item, 3, NOW)
    assert review.due > NOW
    assert item not in today(store, items, NOW, new_per_day=0).due
    assert item in today(store, items, review.due + timedelta(seconds=1), new_per_day=0).due


def test_easier_ratings_schedule_later(store: ProgressStore, items: list[StudyItem]) -> None:
    """Again < Hard < Good < Easy in the due date they give, and preview agrees with answer."""
    options = preview(store, items[1], NOW)
    assert options[1] < options[2] < options[3] < options[4]
    review = answer(store, items[1], 4, NOW)
    assert review.due == options[4]


def test_scheduling_is_deterministic(tmp_path: Path, items: list[StudyItem]) -> None:
    """The same ratings at the same times give the same due dates in two stores."""
    dues = []
    for name in ("a.db", "b.db"):
        with ProgressStore.open(tmp_path / name) as s:
            first = answer(s, items[2], 3, NOW)
            second = answer(s, items[2], 3, first.due)
            dues.append((first.due, second.due))
    assert dues[0] == dues[1]


def test_retrievability_falls_with_time(store: ProgressStore, items: list[StudyItem]) -> None:
    """Predicted recall is a probability that decreases as time passes."""
    answer(store, items[3], 3, NOW)
    soon = retrievability(store, NOW + timedelta(days=1))[items[3].id]
    late = retrievability(store, NOW + timedelta(days=60))[items[3].id]
    assert 0 < late < soon <= 1


def test_bad_rating_refused(store: ProgressStore, items: list[StudyItem]) -> None:
    """Only ratings 1–4 exist; nothing is recorded for another."""
    with pytest.raises(ValueError, match="rating"):
        answer(store, items[0], 0, NOW)
    assert store.counts()["reviews"] == 0


@pytest.mark.parametrize(("delta", "text"), [(timedelta(minutes=10), "in 10 min"),
                                             (timedelta(hours=5), "in 5 h"),
                                             (timedelta(days=1), "in 1 day"),
                                             (timedelta(days=12), "in 12 days"),
                                             (timedelta(days=120), "in 4 months")])
def test_describe_interval(delta: timedelta, text: str) -> None:
    """Due dates read naturally on buttons."""
    assert describe_interval(NOW, NOW + delta) == text
