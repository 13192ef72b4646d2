"""Ordering questions: only orders that mean something (related targets by value)."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import ordering
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question


def _order(q: Question) -> list[str]:
    assert isinstance(q.answer, OrderingAnswer)
    return [q.option(i).text.zh for i in q.answer.order]


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


def test_only_meaningful_orders(plan: Plan) -> None:
    """Only related targets by value (gross enrolment across school levels); no orderings
    of sections, measures, principles or goals "in the order the plan lists them"."""
    questions = ordering.generate(plan)
    assert {q.variant for q in questions} == {"by-value"}
    (by_value,) = [q for q in questions if q.variant == "by-value"]
    assert all("毛入" in o.text.zh for o in by_value.options)
