"""The review session: show, rate, requeue Again, next due shown, daily new limit."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from edu.content import load_plan
from edu.sessions.review import ReviewSession
from edu.study.items import study_items
from edu.study.store import ProgressStore
from tests.conftest import CONTENT


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    store = ProgressStore.open(tmp_path / "p.db")
    return ReviewSession(store, study_items(load_plan(CONTENT)), Clock(), new_per_day=3)


def test_show_then_rate(session: ReviewSession) -> None:
    """A card must be shown before it is rated; rating records a review and moves on."""
    first = session.current
    assert first is not None
    assert session.remaining == 3
    with pytest.raises(ValueError, match="show the answer"):
        session.rate(3)
    session.reveal()
    labels = session.button_labels()
    assert labels[1].startswith("Again · in ")
    assert labels[4].startswith("Easy · in ")
    due = session.rate(3)
    assert due > session.clock()
    assert session.current != first
    assert session.remaining == 2
    assert "Good: next review in" in session.last_message
    assert session.store.counts()["reviews"] == 1


def test_again_comes_back_today(session: ReviewSession) -> None:
    """A card rated Again goes to the end of today's queue."""
    first = session.current
    session.reveal()
    session.rate(1)
    assert session.remaining == 3
    assert session._queue[-1] == first


def test_queue_ends_and_new_day_brings_more(session: ReviewSession) -> None:
    """After the day's new cards are done nothing is left; the next day brings due and new."""
    while session.current is not None:
        session.reveal()
        session.rate(4)
    assert session.remaining == 0
    assert session.done == 3
    with pytest.raises(ValueError, match="nothing to review"):
        session.reveal()
    clock = session.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(days=40)
    session.reload()
    assert session.remaining == 6  # 3 due again, 3 new
