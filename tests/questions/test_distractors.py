"""Distractor choice: wrong, distinct, plausible values and lessons, with no randomness."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.numerals import format_number
from edu.questions.distractors import (
    closeness_difficulty,
    lesson_distractors,
    unit_pools,
    value_distractors,
)


@pytest.mark.parametrize(("value", "unit"), [(88, "%"), (5.5, "%"), (3.93, "人"), (1, "年"),
                                             (18, "亿亩"), (100, "%"), (0.5, "%")])
def test_values_are_wrong_distinct_positive_and_same_precision(value: float, unit: str) -> None:
    """Three distractors, none equal to the value once formatted, positive, % at most 100."""
    got = value_distractors(value, unit, [value, 90, 92, 60, 65])
    texts = [format_number(v) for v in got]
    assert len(got) == 3
    assert len(set(texts)) == 3
    assert format_number(value) not in texts
    assert all(v > 0 for v in got)
    if unit == "%":
        assert all(v <= 100 for v in got)
    decimals = len(format_number(value).partition(".")[2])
    assert all(len(t.partition(".")[2]) <= decimals for t in texts)


def test_pool_values_of_the_same_magnitude_come_first() -> None:
    """Other targets' values near the right one are preferred; far ones are not used."""
    got = value_distractors(88, "%", [5.5, 20, 83, 88, 90, 92])
    assert got[:2] == [90, 92]  # nearest by ratio: 92/88 is closer than 88/83
    assert 5.5 not in got
    assert 20 not in got


def test_closeness_difficulty() -> None:
    """A distractor within 15% makes a question harder."""
    assert closeness_difficulty(88, [90, 50, 30]) == 2
    assert closeness_difficulty(18, [14, 22, 10]) == 1


def test_lesson_distractors_exclude_the_lesson_and_prefer_its_part(plan: Plan) -> None:
    """Lesson distractors are other lessons, of the same part while there are enough."""
    lessons = plan.lessons
    index = next(i for i, x in enumerate(lessons) if x.id == "life")
    got = lesson_distractors(lessons, index, "key")
    assert len(got) == 3
    assert lessons[index] not in got
    assert got[0].id == "person"  # the only other lesson of part two
    assert lesson_distractors(lessons, index, "key") == got  # deterministic
    assert {tuple(lesson_distractors(lessons, 4, f"k{i}")) for i in range(20)} != {
        tuple(lesson_distractors(lessons, 4, "k0"))}  # but not always the same three


def test_unit_pools_are_sorted_and_distinct(plan: Plan) -> None:
    """Each unit's pool lists its distinct target values in order."""
    pools = unit_pools(plan)
    assert pools["个"] == [15, 20, 30]
    assert all(p == sorted(set(p)) for p in pools.values())
