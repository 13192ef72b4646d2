"""Ordering questions: plan order for lessons, measures, principles and goals; value order."""

from __future__ import annotations

import itertools

from edu.content import Plan
from edu.questions import ordering
from edu.questions.model import OrderingAnswer, Question


def _order(q: Question) -> list[str]:
    assert isinstance(q.answer, OrderingAnswer)
    return [q.option(i).text.zh for i in q.answer.order]


def test_principles_and_lessons_in_plan_order(plan: Plan) -> None:
    """The answer lists principles and part one's lessons as the plan does."""
    questions = ordering.generate(plan)
    principles = next(q for q in questions if q.variant == "principles")
    assert _order(principles) == [p.name for p in plan.introduction.principles]
    lessons = next(q for q in questions if q.variant == "lessons")
    assert _order(lessons) == [x.title for x in plan.lessons if x.part == lessons.part]
    assert lessons.difficulty == 3


def test_measures_in_runs_of_three_to_six(plan: Plan) -> None:
    """Long lessons are cut into balanced runs, each in the plan's order."""
    runs = [q for q in ordering.generate(plan) if q.variant == "measures"]
    health = [_order(q) for q in runs if q.lesson == "health"]
    assert [len(r) for r in health] == [6, 5]
    titles = [m.title for m in plan.lesson("health").measures]
    assert list(itertools.chain.from_iterable(health)) == titles
    assert all(3 <= len(q.options) <= 6 for q in runs)


def test_by_value_is_ascending_with_distinct_values(plan: Plan) -> None:
    """Targets of one unit are ordered smallest first, and no two share a value."""
    metrics = {t.metric: t for t in plan.targets}
    for q in (q for q in ordering.generate(plan) if q.variant == "by-value"):
        values = [metrics[m].value for m in _order(q)]
        assert values == sorted(values)
        assert len(set(values)) == len(values)


def test_chunks_are_balanced() -> None:
    """chunks() makes the fewest runs, sizes differing by at most one."""
    assert [len(c) for c in ordering.chunks(list(range(11)), 6)] == [6, 5]
    assert [len(c) for c in ordering.chunks(list(range(12)), 5)] == [4, 4, 4]
    assert ordering.chunks([], 5) == []
