"""What the progress dashboard shows, computed from the store (pure data, no drawing).

* accuracy by lesson and by question kind (mean score of quiz attempts);
* reviews per day over the last ``days`` days (zero-filled, in ``now``'s time zone);
* predicted retention: mean FSRS retrievability now, overall and by lesson;
* the ten weakest targets: for each target that has been quizzed or reviewed, its strength is
  the mean of the available signals — the mean score of the last five attempts about it and its
  retrievability now — and the weakest are those with the lowest strength.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from edu.study.review import StudyItem
from edu.study.review import retrievability
from edu.study.review import today
from edu.study.store import ProgressStore


@dataclass(frozen=True, slots=True)
class Accuracy:
    key: str
    mean: float
    attempts: int


@dataclass(frozen=True, slots=True)
class Weak:
    item: StudyItem
    strength: float
    attempts: int
    recall: float | None


@dataclass(frozen=True, slots=True)
class Dashboard:
    by_lesson: tuple[Accuracy, ...]
    by_kind: tuple[Accuracy, ...]
    reviews_per_day: tuple[tuple[str, int], ...]
    retention: float | None
    retention_by_lesson: dict[str, float]
    weakest: tuple[Weak, ...]
    due_today: int
    new_today: int
    attempts: int
    reviews: int


def _accuracy(groups: dict[str, list[float]], order: Sequence[str]) -> tuple[Accuracy, ...]:
    keys = [k for k in order if k in groups] + sorted(k for k in groups if k not in order)
    return tuple(Accuracy(k, sum(groups[k]) / len(groups[k]), len(groups[k])) for k in keys)


def dashboard(store: ProgressStore, items: Sequence[StudyItem], now: datetime, *,
              days: int = 30, new_per_day: int = 20, lesson_order: Sequence[str] = (),
              weakest: int = 10) -> Dashboard:
    """Compute the dashboard for *items* at *now*."""
    attempts = store.attempts()
    by_lesson: dict[str, list[float]] = defaultdict(list)
    by_kind: dict[str, list[float]] = defaultdict(list)
    by_ref: dict[str, list[float]] = defaultdict(list)
    for a in attempts:
        by_lesson[a.lesson or "?"].append(a.score)
        by_kind[a.kind or "?"].append(a.score)
        for ref in a.refs:
            by_ref[ref].append(a.score)

    offset = now.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    start_day = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0,
                                                         microsecond=0)
    counts = store.review_counts_by_day(start_day, minutes)
    per_day = tuple(((start_day + timedelta(days=n)).date().isoformat(),
                     counts.get((start_day + timedelta(days=n)).date().isoformat(), 0))
                    for n in range(days))

    recall = retrievability(store, now)
    lesson_of = {item.id: item.lesson for item in items}
    per_lesson: dict[str, list[float]] = defaultdict(list)
    for item_id, r in recall.items():
        per_lesson[lesson_of.get(item_id, "?")].append(r)

    weak: list[Weak] = []
    for item in items:
        if item.kind != "target":
            continue
        scores = by_ref.get(item.id, [])[-5:]
        signals = ([sum(scores) / len(scores)] if scores else []) + (
            [recall[item.id]] if item.id in recall else [])
        if signals:
            weak.append(Weak(item, sum(signals) / len(signals), len(by_ref.get(item.id, [])),
                             recall.get(item.id)))
    weak.sort(key=lambda w: (w.strength, w.item.id))

    queue = today(store, items, now, new_per_day=new_per_day)
    return Dashboard(
        by_lesson=_accuracy(by_lesson, lesson_order),
        by_kind=_accuracy(by_kind, ()),
        reviews_per_day=per_day,
        retention=sum(recall.values()) / len(recall) if recall else None,
        retention_by_lesson={k: sum(v) / len(v) for k, v in per_lesson.items()},
        weakest=tuple(weak[:weakest]),
        due_today=len(queue.due),
        new_today=len(queue.new),
        attempts=len(attempts),
        reviews=sum(n for _, n in per_day),
    )
