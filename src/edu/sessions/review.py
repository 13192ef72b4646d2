"""A spaced-repetition review session: today's queue, one card at a time, four ratings.

The session is plain Python over :mod:`edu.study`; time comes from a ``clock`` callable so
tests (and a teacher's demo) can run it at any moment.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from datetime import datetime

from edu.errors import StudyError
from edu.study.review import StudyItem
from edu.study.review import answer
from edu.study.review import describe_interval
from edu.study.review import preview
from edu.study.review import today
from edu.study.store import RATINGS
from edu.study.store import ProgressStore


class ReviewSession:
    """Today's reviews: ``current`` is the card on show; ``rate`` records and moves on."""

    def __init__(self, store: ProgressStore, items: Sequence[StudyItem],
                 clock: Callable[[], datetime], *, new_per_day: int = 20) -> None:
        self.store = store
        self.items = list(items)
        self.clock = clock
        self.new_per_day = new_per_day
        self.revealed = False
        self.done = 0
        self.last_message = ""
        self._queue: list[StudyItem] = []
        self.reload()

    def reload(self) -> None:
        """Rebuild today's queue (due items first, then new ones up to the daily limit)."""
        self._queue = list(today(self.store, self.items, self.clock(),
                                 new_per_day=self.new_per_day).items)
        self.revealed = False

    @property
    def current(self) -> StudyItem | None:
        return self._queue[0] if self._queue else None

    @property
    def remaining(self) -> int:
        return len(self._queue)

    def reveal(self) -> None:
        if self.current is None:
            raise StudyError("nothing to review today")
        self.revealed = True

    def button_labels(self) -> dict[int, str]:
        """``{1: "Again · in 1 min", …}`` for the current card."""
        item = self.current
        if item is None:
            return {}
        now = self.clock()
        return {rating: f"{RATINGS[rating]} · {describe_interval(now, due)}"
                for rating, due in preview(self.store, item, now).items()}

    def rate(self, rating: int) -> datetime:
        """Record *rating* for the current card and move on; returns its next due time.

        A card rated Again that falls due again today goes back to the end of the queue.
        """
        item = self.current
        if item is None:
            raise StudyError("nothing to review today")
        if not self.revealed:
            raise StudyError("show the answer before rating the card")
        now = self.clock()
        review = answer(self.store, item, rating, now)
        self._queue.pop(0)
        if review.due.date() == now.date() and rating == 1:
            self._queue.append(item)
        self.done += 1
        self.revealed = False
        self.last_message = f"{RATINGS[rating]}: next review {describe_interval(now, review.due)}"
        return review.due
