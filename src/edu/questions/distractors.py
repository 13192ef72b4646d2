"""Deterministic distractors: plausible wrong values and lessons, chosen without randomness.

Values: other targets' values in the same unit and of the same magnitude (the nearest first),
then near values (the correct one scaled by 0.8, 1.2, 0.9 … and rounded to its own precision).
A distractor never equals the correct value once formatted, and percentages stay within 100.

Lessons: a window of lessons around the correct one in plan order, the same part first, ranked
by a hash of the question's content key — so the choice is stable, cheap (constant work per
question, linear for the whole bank) and not always the neighbouring lesson.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left
from collections.abc import Sequence

from edu.content.model import Lesson, Plan, Target
from edu.numerals import format_number


def rank(key: str, item: str) -> int:
    """A stable pseudo-random rank of *item* for a question keyed *key*."""
    digest = hashlib.sha256(f"distractor\x1f{key}\x1f{item}".encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest()[:8], "big")


_FACTORS = (0.8, 1.2, 0.9, 1.1, 0.7, 1.3, 0.6, 1.5, 0.5, 2.0)
_WINDOW = 6


def unit_pools(plan: Plan) -> dict[str, list[float]]:
    """Every unit's distinct target values, sorted."""
    pools: dict[str, set[float]] = {}
    for t in plan.targets:
        pools.setdefault(t.unit, set()).add(t.value)
    return {unit: sorted(values) for unit, values in pools.items()}


def _decimals(value: float) -> int:
    text = format_number(value)
    return len(text.split(".")[1]) if "." in text else 0


def _closeness(a: float, b: float) -> float:
    return abs(math.log(a / b)) if a > 0 and b > 0 else math.inf


def _nearest(pool: Sequence[float], value: float, k: int) -> list[float]:
    """Up to *k* pool values nearest to *value* (by ratio), excluding *value* itself."""
    i = bisect_left(pool, value)
    lo, hi = i - 1, i
    while hi < len(pool) and pool[hi] == value:
        hi += 1
    out: list[float] = []
    while len(out) < k and (lo >= 0 or hi < len(pool)):
        if hi >= len(pool) or (lo >= 0 and _closeness(pool[lo], value)
                                <= _closeness(pool[hi], value)):
            out.append(pool[lo])
            lo -= 1
        else:
            out.append(pool[hi])
            hi += 1
    return out


def value_distractors(value: float, unit: str, pool: Sequence[float], k: int = 3) -> list[float]:
    """*k* wrong values for a target of *value* *unit* (see the module docstring)."""
    seen = {format_number(value)}
    chosen: list[float] = []

    def take(x: float) -> None:
        text = format_number(x)
        if len(chosen) < k and x > 0 and text not in seen and (unit != "%" or x <= 100):
            seen.add(text)
            chosen.append(x)

    for x in _nearest(pool, value, 4):
        if len(chosen) < min(2, k) and _closeness(x, value) <= math.log(3):
            take(x)
    digits = _decimals(value)
    for factor in _FACTORS:
        take(round(value * factor, digits))
    step = 10.0 ** -digits
    n = 1
    while len(chosen) < k and n < 1000:  # tiny values: walk away in steps of the last digit
        take(round(value + n * step, digits))
        take(round(value - n * step, digits))
        n += 1
    return chosen


def closeness_difficulty(value: float, distractors: Sequence[float]) -> int:
    """2 when some distractor lies within 15% of the value, else 1."""
    return 2 if any(abs(d - value) <= 0.15 * abs(value) for d in distractors) else 1


def lesson_distractors(lessons: Sequence[Lesson], index: int, key: str,
                       k: int = 3) -> list[Lesson]:
    """*k* lessons other than ``lessons[index]`` for a question keyed *key*."""
    own = lessons[index]
    window = [lessons[i] for i in range(max(0, index - _WINDOW),
                                        min(len(lessons), index + _WINDOW + 1)) if i != index]
    window.sort(key=lambda x: (x.part != own.part, rank(key, x.id)))
    # A fresh ingest draft has no English yet: an empty title_en must not count as "taken".
    titles = {t for t in (own.title, own.title_en) if t}
    out: list[Lesson] = []
    for lesson in window:
        if lesson.title not in titles and lesson.title_en not in titles and len(out) < k:
            titles.update(t for t in (lesson.title, lesson.title_en) if t)
            out.append(lesson)
    return out


def targets_by_unit(plan: Plan) -> dict[str, list[Target]]:
    """Every unit's targets sorted by value (then id)."""
    groups: dict[str, list[Target]] = {}
    for t in plan.targets:
        groups.setdefault(t.unit, []).append(t)
    for group in groups.values():
        group.sort(key=lambda t: (t.value, t.id))
    return groups


def ranked(key: str, items: Sequence[str]) -> list[str]:
    """*items* in a stable pseudo-random order keyed by *key* (for picking a few of many)."""
    return sorted(items, key=lambda item: rank(key, item))
