"""True/false statements: false ones change one fact; the explanation tells the truth."""

from __future__ import annotations

from edu.content import Plan
from edu.ids import item_id
from edu.questions import true_false
from edu.questions.model import TrueFalseAnswer


def test_target_statements_true_value_and_comparator(plan: Plan) -> None:
    """88% is stated as-is (true), with another value (false) and as a ceiling (false)."""
    ref = (item_id("target", "rural-tap-water-coverage"),)
    qs = {q.variant: q for q in true_false.generate(plan) if q.refs == ref}
    assert set(qs) == {"target-true", "target-value", "target-comparator"}
    assert qs["target-true"].answer == TrueFalseAnswer(True)
    assert "不低于88%" in qs["target-true"].stem.zh
    assert qs["target-value"].answer == TrueFalseAnswer(False)
    assert "88%" not in qs["target-value"].stem.zh
    assert "不高于88%" in qs["target-comparator"].stem.zh
    for q in qs.values():
        assert "不低于88%" in q.explanation.zh
        assert q.source[0] in q.explanation.zh


def test_false_statements_really_are_false(plan: Plan) -> None:
    """Every altered statement differs from its true twin, and comparators flip only floors and
    ceilings."""
    questions = true_false.generate(plan)
    truths = {q.refs: q.stem for q in questions if q.variant.endswith("-true")}
    for q in questions:
        if q.answer == TrueFalseAnswer(False):
            assert q.stem != truths[q.refs], q.stem
    flipped = [q for q in questions if q.variant == "target-comparator"]
    floors = [t for t in plan.targets if t.comparator in ("at_least", "at_most")]
    assert len(flipped) == len(floors)


def test_moved_measure_names_another_lesson(plan: Plan) -> None:
    """A measure moved to another lesson names a lesson that is not its own."""
    for q in true_false.generate(plan):
        if q.variant == "measure-lesson":
            own = plan.lesson(q.lesson)
            assert f"“{own.title}”一节" not in q.stem.zh
            assert own.heading in q.source


def test_both_truth_values_are_common(plan: Plan) -> None:
    """Neither answer dominates: at least a third of the statements are true, a third false."""
    answers = [q.answer for q in true_false.generate(plan)]
    trues = answers.count(TrueFalseAnswer(True))
    assert len(answers) / 3 <= trues <= 2 * len(answers) / 3
