"""Numeric-entry questions: the value, its unit, and a tolerance only where the plan says 左右."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import numeric
from edu.questions.model import NumericAnswer


def test_exact_and_approximate_tolerances(plan: Plan) -> None:
    """Exact figures allow no slack; 左右 figures allow ±10%."""
    by_metric = {q.refs[0]: q for q in numeric.generate(plan)}
    from edu.ids import item_id

    nurses = by_metric[item_id("target", "registered-nurses-per-thousand")].answer
    centres = by_metric[item_id("target", "regional-public-health-centres")].answer
    assert nurses == NumericAnswer(3.8, 0.0, "人")
    assert centres == NumericAnswer(15, 1.5, "个")


def test_stem_names_the_unit(plan: Plan) -> None:
    """Every target short of its natural ceiling is asked; the stem says which unit to type
    in."""
    from edu.questions.distractors import at_ceiling

    questions = numeric.generate(plan)
    assert len(questions) == sum(not at_ceiling(t) for t in plan.targets)
    for q in questions:
        assert isinstance(q.answer, NumericAnswer)
        assert f"单位：{q.answer.unit}" in q.stem.zh
