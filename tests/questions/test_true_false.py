"""True/false statements: false ones change one fact; the explanation tells the truth."""

from __future__ import annotations

from edu.content import Plan
from edu.ids import item_id
from edu.numerals import numbers_in
from edu.questions import true_false
from edu.questions.model import TrueFalseAnswer


def test_one_statement_per_target_true_or_contradicting(plan: Plan) -> None:
    """Each target gets one statement: true as the plan puts it, or false by a value the plan
    contradicts; the explanation always gives the plan's own figure and sentence."""
    by_target: dict[tuple[str, ...], list[object]] = {}
    for q in true_false.generate(plan):
        if q.variant.startswith("target"):
            by_target.setdefault(q.refs, []).append(q)
    assert len(by_target) == len(plan.targets)
    assert all(len(qs) == 1 for qs in by_target.values())
    ref = (item_id("target", "rural-tap-water-coverage"),)
    (q,) = by_target[ref]
    assert "不低于88%" in q.explanation.zh  # type: ignore[attr-defined]
    assert "rural" in q.stem.en.lower()  # type: ignore[attr-defined]


def test_no_false_statement_is_implied_by_the_plan(plan: Plan) -> None:
    """Checked against the comparators: a false target statement states a higher floor (or
    level to reach, add, cut or extend) or a lower ceiling, never a figure the plan implies,
    and never flips the comparator."""
    targets = {item_id("target", t.id): t for t in plan.targets}
    for q in true_false.generate(plan):
        if q.variant != "target-value":
            continue
        t = targets[q.refs[0]]
        assert q.answer == TrueFalseAnswer(False)
        shown = [v for v, _, _ in numbers_in(q.stem.zh.split("目标是", 1)[1])]
        value = shown[-1]
        if t.comparator == "at_most":
            assert value < t.value, q.stem.zh
        else:
            assert value > t.value, q.stem.zh
        assert t.comparator_zh.split("／")[0][:2] in q.stem.zh or t.comparator in (
            "about", "reduce_by"), q.stem.zh
    kinds = {q.variant for q in true_false.generate(plan)}
    assert "target-comparator" not in kinds
    assert "measure-lesson" not in kinds


def test_english_statements_are_grammatical(plan: Plan) -> None:
    """"should" takes a verb for every comparator: never "is reach 20" or "is raise to"."""
    for q in true_false.generate(plan):
        for bad in (" is reach ", " is raise to ", " is increase by ", " is reduce by ",
                    " is extend", "should at ", "should raise to", "should extend"):
            assert bad not in q.stem.en, q.stem.en
            assert bad not in q.explanation.en, q.explanation.en


def test_both_truth_values_are_common(plan: Plan) -> None:
    """Neither answer dominates: at least a third of the statements are true, a third false."""
    answers = [q.answer for q in true_false.generate(plan)]
    trues = answers.count(TrueFalseAnswer(True))
    assert len(answers) / 3 <= trues <= 2 * len(answers) / 3
