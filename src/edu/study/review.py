"""Spaced-repetition review with FSRS (the ``fsrs`` package), recorded in the progress store.

The scheduler runs without fuzzing, so the same ratings at the same times always give the same
due dates; time is always passed in. "Today" is the calendar day of ``now`` in ``now``'s own
time zone (pass a local time for a learner's day). New items are introduced in the order given,
at most ``new_per_day`` a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import Any

from fsrs import Card
from fsrs import Rating
from fsrs import Scheduler

from edu.errors import StudyError
from edu.ids import stable_int
from edu.study.store import RATINGS
from edu.study.store import ProgressStore
from edu.study.store import Review


@dataclass(frozen=True, slots=True)
class StudyItem:
    """Something to review: an id shared with the Anki note, its lesson and its two faces."""

    id: str
    lesson: str
    kind: str
    front: str
    back: str
    front_en: str = ""
    back_en: str = ""
    source: str = ""


def scheduler() -> Scheduler:
    """The FSRS scheduler used everywhere (default parameters, no fuzzing)."""
    return Scheduler(enable_fuzzing=False)


def _card(item_id: str, state: dict[str, Any] | None, now: datetime) -> Card:
    if state is not None:
        return Card.from_dict(state)  # type: ignore[arg-type]
    return Card(card_id=stable_int("fsrs-card", item_id, bits=40), due=now)


def _day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Queue:
    """Today's work: items due for review (oldest first) and new items still allowed today."""

    due: tuple[StudyItem, ...]
    new: tuple[StudyItem, ...]

    @property
    def items(self) -> tuple[StudyItem, ...]:
        return self.due + self.new


def today(store: ProgressStore, items: Sequence[StudyItem], now: datetime, *,
          new_per_day: int = 20) -> Queue:
    """Build today's queue from *items* (in the order new ones should be introduced)."""
    if new_per_day < 0:
        raise StudyError(f"new cards per day must be 0 or more, not {new_per_day}")
    cards = store.cards()
    due = sorted(
        (item for item in items if item.id in cards
         and datetime.fromisoformat(cards[item.id]["due"]) <= now),
        key=lambda item: (cards[item.id]["due"], item.id),
    )
    start, end = _day_bounds(now)
    allowance = max(0, new_per_day - store.introduced_on(start, end))
    new = [item for item in items if item.id not in cards][:allowance]
    return Queue(tuple(due), tuple(new))


def preview(store: ProgressStore, item: StudyItem, now: datetime) -> dict[int, datetime]:
    """The due date each rating would give *item* now (for the buttons' labels)."""
    sched = scheduler()
    card = _card(item.id, store.card(item.id), now)
    return {rating: sched.review_card(card, Rating(rating), now)[0].due for rating in RATINGS}


def answer(store: ProgressStore, item: StudyItem, rating: int, now: datetime) -> Review:
    """Rate *item* (1 Again … 4 Easy) at *now*; record the review and the new state."""
    if rating not in RATINGS:
        raise StudyError(f"rating must be one of {sorted(RATINGS)}, not {rating!r}")
    card = _card(item.id, store.card(item.id), now)
    card, _ = scheduler().review_card(card, Rating(rating), now)
    return store.record_review(time=now, item_id=item.id, rating=rating, due=card.due,
                               card=dict(card.to_dict()), lesson=item.lesson)


def retrievability(store: ProgressStore, now: datetime) -> dict[str, float]:
    """Predicted probability of recall now, for every item reviewed at least once."""
    sched = scheduler()
    return {item_id: float(sched.get_card_retrievability(Card.from_dict(state), now))  # type: ignore[arg-type]
            for item_id, state in store.cards().items()}


def describe_interval(now: datetime, due: datetime) -> str:
    """``in 10 min``, ``in 3 days`` — how a button or a message shows a due date."""
    seconds = max(0.0, (due - now).total_seconds())
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"in {round(seconds / 3600)} h"
    days = round(seconds / 86400)
    if days < 60:
        return f"in {days} day{'s' if days != 1 else ''}"
    return f"in {round(days / 30)} months"
