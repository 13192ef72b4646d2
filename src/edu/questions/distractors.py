"""Deterministic distractors: plausible wrong values and lessons, chosen without randomness.

Values: at most two other targets' values of the same unit and magnitude (siblings of the same
lesson first), then values on a plausible grid around the key (steps of about 6% on a 1-2-5
scale, but never finer than the key's own roundness, so a round key is never the only round
option: 20 → 10/30/35, not 17/19/21; 300 → 200/350/400, not 260/280/320): never the key
scaled by 0.8, 0.9, 1.2 … (a test-wise student spots those), never equal to the key once
formatted, percentages within 100, and the key's rank among the options set by a hash so
that "pick the middle one" finds nothing.

Lessons: a window of lessons around the correct one in plan order, the same part first, ranked
by a hash of the question's content key — so the choice is stable, cheap (constant work per
question, linear for the whole bank) and not always the neighbouring lesson.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left
from collections.abc import Sequence

from edu.content.model import Lesson
from edu.content.model import Plan
from edu.content.model import Target
from edu.numerals import format_number

#: The age of majority: a "minor" (未成年人) is younger by definition, so no figure above it is
#: a plausible option or false statement for an age of minors (16→21周岁 is absurd, not wrong).
AGE_OF_MAJORITY = 18.0


def natural_ceiling(t: Target) -> float | None:
    """The largest value *t*'s metric allows by its own meaning (common sense, not the plan):
    18 for an age (周岁) of minors (未成年人), else ``None`` (percentages are capped at 100
    everywhere). A target whose value *is* its ceiling gets no multiple-choice or numeric
    question: common sense answers it ("extended to what age for minors?" — 18), and every
    wrong figure would be either absurd (above) or implied by the plan (below: coverage to 18
    covers 17-year-olds). Its true/false is the true statement, which teaches the starting
    value (16→18周岁); the authored question ``minor-age-baseline`` asks for that value."""
    if t.unit == "周岁" and "未成年人" in t.metric:
        return AGE_OF_MAJORITY
    return None


def at_ceiling(t: Target) -> bool:
    """Whether *t*'s value is its :func:`natural_ceiling` (see there)."""
    ceiling = natural_ceiling(t)
    return ceiling is not None and t.value >= ceiling


def rank(key: str, item: str) -> int:
    """A stable pseudo-random rank of *item* for a question keyed *key*."""
    digest = hashlib.sha256(f"distractor\x1f{key}\x1f{item}".encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest()[:8], "big")


_WINDOW = 6
#: Ratios a test-wise student looks for (key × 0.8 …): no distractor stands in one to the key.
_PATTERN_RATIOS = (0.75, 0.8, 0.9, 1.1, 1.2, 1.25)
#: Units whose values are small whole numbers with a narrow plausible range.
_WHOLE_UNITS = ("周岁", "年")
#: How far from the key grid distractors may lie, by unit (ages and years: narrower).
_BOUNDS = {"周岁": (0.8, 1.2), "年": (0.7, 1.3)}


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


def _nice(x: float) -> float:
    """The 1-2-5 step nearest to *x* (by ratio): 7.04 → 5, 1.44 → 1, 0.31 → 0.2."""
    if x <= 0:
        return 1.0
    exp = math.floor(math.log10(x))
    return min((m * 10.0 ** exp for m in (1, 2, 5, 10)),
               key=lambda s: abs(math.log(s / x)))


_NICE = (1, 2, 5)


def roundness(value: float) -> float:
    """How round *value* is: the largest 1-2-5×10^k step dividing it, at most a quarter of it
    (a third when the quarter would fall below half of that: 15 → 5, not 1), never finer than
    its last digit. 20 → 5, 300 → 50, 88 → 2, 290 → 10, 3.93 → 0.01, 10.75 → 0.05."""
    digits = _decimals(value)
    unit = 10.0 ** -digits
    scaled = round(abs(value) / unit)
    if scaled == 0:
        return unit
    steps = [m * 10 ** e for e in range(len(str(scaled)) + 1) for m in _NICE]
    dividing = [d for d in steps if scaled % d == 0]
    quarter = max((d for d in dividing if d * 4 <= scaled), default=1)
    third = max((d for d in dividing if d * 3 <= scaled), default=1)
    best = third if quarter * 2 < third else quarter
    return round(best * unit, digits)


def step_of(value: float, unit: str) -> float:
    """How far apart plausible values of a target lie: about 6% of it on a 1-2-5 scale, but
    at least the value's own :func:`roundness` and a whole multiple of it (so the key is never
    the only round figure among 17/19/20/21 or 260/280/300/320: 20 steps by 5, 300 by 50);
    ages step by one year, years by whole years."""
    digits = _decimals(value)
    step = max(_nice(abs(value) * 0.06), 10.0 ** -digits)
    if unit == "周岁":
        return 1.0
    r = roundness(value)
    step = round(r * max(1, math.ceil(step / r - 1e-9)), digits)
    if unit in _WHOLE_UNITS:
        step = max(1.0, round(step))
    return step


def patterned(a: float, b: float) -> bool:
    """Whether *a* and *b* stand in one of the ratios of :data:`_PATTERN_RATIOS`."""
    if a <= 0 or b <= 0:
        return False
    return any(abs(a / b - r) < 1e-6 or abs(b / a - r) < 1e-6 for r in _PATTERN_RATIOS)


def plausible(value: float, unit: str, key: str) -> list[float]:
    """Candidate wrong values around *value*: a grid of :func:`step_of` steps either side
    (so every option is as round as the value), each nudged by one roundness unit when the
    step is three or more of them (so the options do not stand evenly spaced), positive,
    percentages ≤ 100, none in an arithmetic ratio to the value. Values within a factor of
    two of the key (20% for ages, 30% for years) come first, then (not for ages and years)
    those within a factor of three; farther ones (a 5% cut beside a 20% one, 20 years of
    schooling beside 14) only when fewer than three lie within these."""
    digits = _decimals(value)
    step = step_of(value, unit)
    r = 1.0 if unit == "周岁" else roundness(value)
    nudging = step >= 3 * r - 1e-9
    out: list[float] = []
    for j in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        x = value + j * step
        if nudging:
            x += (rank(key, f"nudge{j}") % 3 - 1) * r
        x = round(x, digits)
        if x <= 0 or (unit == "%" and x > 100) or format_number(x) == format_number(value):
            continue
        if patterned(x, value) or x in out:
            continue
        out.append(x)
    low, high = _BOUNDS.get(unit, (0.5, 2.0))
    near = [x for x in out if value * low <= x <= value * high]
    far = [] if unit in _BOUNDS else [x for x in out if x not in near
                                     and value / 3 <= x <= value * 3]
    chosen = near + far
    return chosen if len(chosen) >= 3 else chosen + [x for x in out if x not in chosen]


def value_distractors(value: float, unit: str, pool: Sequence[float], k: int = 3,
                      key: str = "", siblings: Sequence[float] = (),
                      below: int | None = None, ceiling: float | None = None) -> list[float]:
    """*k* wrong values for a target of *value* *unit* (see the module docstring).

    Up to two come from *siblings* (other targets of the same unit, the same lesson first)
    and *pool* (the unit's other values) when they are plausible (within a factor of two);
    the rest from :func:`plausible`. The key's rank among the options is set by a hash of
    *key* (or given as *below*, how many options should lie below the key: the bank spreads
    it evenly over its questions), so neither "the middle value" nor "the largest" finds it.
    Siblings that would break the wanted rank give way to grid values. No value exceeds
    *ceiling* (:func:`natural_ceiling`).
    """
    if ceiling is not None:
        pool = [x for x in pool if x <= ceiling]
        siblings = [x for x in siblings if x <= ceiling]
    seen = {format_number(value)}
    near: list[float] = []
    for x in (*siblings, *_nearest(pool, value, 4)):
        text = format_number(x)
        if (text not in seen and x > 0 and (unit != "%" or x <= 100)
                and _closeness(x, value) <= math.log(2) and not patterned(x, value)
                and len(near) < min(2, k)):
            seen.add(text)
            near.append(x)
    wanted = rank(key, "position") % (k + 1) if below is None else below % (k + 1)
    near_below = [x for x in near if x < value][:wanted]
    near_above = [x for x in near if x > value][:k - wanted]
    near = [x for x in near if x in near_below or x in near_above]
    seen = {format_number(value), *(format_number(x) for x in near)}
    grid = [x for x in plausible(value, unit, key) if format_number(x) not in seen
            and (ceiling is None or x <= ceiling)]
    lower = [x for x in grid if x < value]
    upper = [x for x in grid if x > value]
    free = k - len(near)
    want_lower = max(0, wanted - len(near_below))
    want_lower = max(free - len(upper), min(want_lower, len(lower), free))
    chosen = near + lower[:want_lower] + upper[:free - want_lower]
    if len(chosen) < k:  # one side ran short: fill from the other
        rest = [x for x in grid if x not in chosen]
        chosen += rest[:k - len(chosen)]
    return chosen


def contradicting_value(value: float, unit: str, comparator: str, pool: Sequence[float],
                        key: str, siblings: Sequence[float] = (),
                        ceiling: float | None = None) -> float | None:
    """A value that makes a statement of the target false without being implied by it.

    A ceiling (``at_most``) is contradicted by a lower ceiling; every other comparator (a
    floor, a level to reach, an amount to add, cut or extend) by a larger figure: "at least
    95%" is not implied by "at least 88%", while "at least 80%" would be. Another target's
    figure of the same unit comes first, then a plausible value one or two steps away.
    Nothing above *ceiling* (:func:`natural_ceiling`): then there may be no such value.
    """
    higher = comparator != "at_most"

    def ok(x: float) -> bool:
        return ((x > value) if higher else (x < value)) and x > 0 and (
            unit != "%" or x <= 100) and format_number(x) != format_number(value) and (
            ceiling is None or x <= ceiling)

    for x in (*siblings, *_nearest(pool, value, 4)):
        if ok(x) and _closeness(x, value) <= math.log(2) and not patterned(x, value):
            return x
    grid = [x for x in plausible(value, unit, key) if ok(x)]
    if not grid:
        return None
    return grid[rank(key, "contradict") % min(2, len(grid))]


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
