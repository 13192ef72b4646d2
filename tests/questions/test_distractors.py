"""Distractor choice: wrong, distinct, plausible values and lessons, with no randomness."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.numerals import format_number
from edu.questions.distractors import contradicting_value
from edu.questions.distractors import lesson_distractors
from edu.questions.distractors import patterned
from edu.questions.distractors import roundness
from edu.questions.distractors import unit_pools
from edu.questions.distractors import value_distractors


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


def test_siblings_first_when_plausible_and_no_arithmetic_pattern() -> None:
    """A sibling target's figure within a factor of two is used; far ones are not; no option
    is the key times 0.8, 0.9, 1.1, 1.2, 1.25 …"""
    got = value_distractors(88, "%", [5.5, 20, 83, 88, 90, 92], key="k", siblings=[90, 20],
                            below=1)
    assert 90 in got
    assert 5.5 not in got
    assert 20 not in got
    for key in (f"k{i}" for i in range(30)):
        for value, unit in ((88, "%"), (700, "万人次"), (3.93, "人"), (18, "周岁"), (20, "个")):
            assert not any(patterned(v, value) for v in value_distractors(value, unit, [],
                                                                          key=key))


def test_plausible_ranges() -> None:
    """Ages and years of schooling stay near the key (no 22-year-old minor, no 30 years of
    schooling); a 20% cut is not offered as 60% (nor 5%)."""
    for key in ("a", "b", "c", "d", "e"):
        assert all(15 <= v <= 21 for v in value_distractors(18, "周岁", [], key=key))
        assert all(10 <= v <= 18 for v in value_distractors(14, "年", [], key=key))
        assert all(10 <= v <= 40 for v in value_distractors(20, "%", [], key=key))


@pytest.mark.parametrize(("value", "unit", "step"), [
    (20, "%", 5), (300, "种", 50), (290, "亿立方米", 10), (88, "%", 2), (15, "个", 5),
    (3.93, "人", 0.01), (10.75, "亿亩", 0.05), (700, "万人次", 100)])
def test_a_round_key_is_never_the_only_round_option(value: float, unit: str,
                                                     step: float) -> None:
    """The options are as round as the key (20 → 10/30/35, never 17/19/21; 300 → 200/350/
    400, never 260/280/320): every grid distractor is a multiple of the key's roundness."""
    assert roundness(value) == step
    for key in (f"r{i}" for i in range(12)):
        for v in value_distractors(value, unit, [], key=key):
            assert abs(v / step - round(v / step)) < 1e-6, (value, v)


def test_key_rank_among_the_options_varies() -> None:
    """The key is sometimes the smallest, sometimes the largest, sometimes in between."""
    for value, unit in ((65, "%"), (300, "种"), (3.93, "人")):
        ranks = set()
        for i in range(40):
            got = value_distractors(value, unit, [], key=f"q{i}")
            ranks.add(sorted([value, *got]).index(value))
        assert ranks == {0, 1, 2, 3}, value


def test_contradicting_value_is_never_implied() -> None:
    """A ceiling is contradicted by a lower figure, every other comparator by a higher one."""
    assert contradicting_value(65, "%", "at_most", [], "k") < 65  # type: ignore[operator]
    assert contradicting_value(88, "%", "at_least", [], "k") > 88  # type: ignore[operator]
    assert contradicting_value(20, "个", "reach", [30, 15], "k") == 30  # another target's
    assert contradicting_value(100, "%", "at_least", [], "k") is None


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


def test_no_absurd_age_for_minors(plan: Plan) -> None:
    """Minors' age (16→18周岁) gets no option or false statement above 18, and, its value
    being the age of majority, no multiple-choice or numeric question (common sense answers
    it) and a true statement only; other targets have no natural ceiling."""
    from edu.ids import item_id
    from edu.questions import mc_value
    from edu.questions import numeric
    from edu.questions import true_false
    from edu.questions.distractors import at_ceiling
    from edu.questions.distractors import natural_ceiling

    minors = next(t for t in plan.targets if "未成年人" in t.metric)
    assert natural_ceiling(minors) == 18
    assert [t for t in plan.targets if at_ceiling(t)] == [minors]
    assert all(v <= 18 for v in value_distractors(17, "周岁", [16, 20], key="m",
                                                  siblings=[21], ceiling=18))
    assert contradicting_value(18, "周岁", "extend_to", [20], "m", ceiling=18) is None
    ref = item_id("target", minors.id)
    assert not [q for q in (*mc_value.generate(plan), *numeric.generate(plan))
                if ref in q.refs]
    statements = [q for q in true_false.generate(plan) if ref in q.refs]
    assert [q.answer.value for q in statements] == [True]  # type: ignore[union-attr]
