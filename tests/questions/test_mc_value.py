"""Multiple-choice target questions: one right value among plausible, distinct wrong ones."""

from __future__ import annotations

from edu.content import Plan
from edu.numerals import states_quantity
from edu.questions import mc_value
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Question


def _by(questions: list[Question], target: str, variant: str) -> Question:
    from edu.ids import item_id

    return next(q for q in questions
                if q.variant == variant and q.refs == (item_id("target", target),))


def test_value_question_for_rural_tap_water(plan: Plan) -> None:
    """88% is the one right option; the others are other percentages, all different."""
    q = _by(mc_value.generate(plan), "rural-tap-water-coverage", "value")
    assert isinstance(q.answer, ChoiceAnswer)
    assert q.option(q.answer.option).text.zh == "88%"
    assert "不低于多少" in q.stem.zh
    assert "农村自来水普及率" in q.stem.zh
    texts = [o.text.zh for o in q.options]
    assert len(texts) == 4
    assert len(set(texts)) == 4
    assert all(t.endswith("%") for t in texts)
    values = [float(t[:-1]) for t in texts]
    assert all(0 < v <= 100 for v in values)
    assert sum(1 for v in values if states_quantity(q.source[0], v, "%")) == 1


def test_value_options_translate_large_units(plan: Plan) -> None:
    """亿亩 values read as billions of mu in English (18亿亩 = 1.8 billion mu)."""
    q = _by(mc_value.generate(plan), "arable-land-red-line", "value")
    assert isinstance(q.answer, ChoiceAnswer)
    right = q.option(q.answer.option).text
    assert (right.zh, right.en) == ("18亿亩", "1.8 billion mu")


def test_one_question_per_target_with_four_distinct_options(plan: Plan) -> None:
    """Every target has one value question (but minors' age 18, which common sense answers);
    the "which target is set at X" variant is gone."""
    from edu.questions.distractors import at_ceiling

    questions = mc_value.generate(plan)
    assert len(questions) == sum(not at_ceiling(t) for t in plan.targets) == len(
        plan.targets) - 1
    assert {q.variant for q in questions} == {"value"}
    assert all(len(q.options) == 4 for q in questions)
