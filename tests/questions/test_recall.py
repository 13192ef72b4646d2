"""Recall questions on the principles and goals: one right option, never a goal for a principle."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import recall
from edu.questions.model import ChoiceAnswer


def test_variants_and_counts(plan: Plan) -> None:
    """Two questions per principle (the "what does X mean" mirror is gone) and one per
    goal."""
    qs = recall.generate(plan)
    counts = {v: sum(1 for q in qs if q.variant == v) for v in
              ("principle-name", "principle-text", "principle-among", "goal-among")}
    n, g = len(plan.introduction.principles), len(plan.introduction.goals)
    assert counts == {"principle-name": n, "principle-text": 0, "principle-among": n,
                      "goal-among": g}


def test_among_variants_separate_principles_from_goals(plan: Plan) -> None:
    """In 'which is a principle', only the right option is a principle's explanation."""
    principle_texts = {p.text for p in plan.introduction.principles}
    for q in recall.generate(plan):
        assert isinstance(q.answer, ChoiceAnswer)
        right = q.option(q.answer.option).text.zh
        others = [o.text.zh for o in q.options if o.id != q.answer.option]
        if q.variant == "principle-among":
            assert right in principle_texts
            assert not set(others) & principle_texts
        if q.variant == "goal-among":
            assert right not in principle_texts
            assert set(others) <= principle_texts
            assert right in q.source[0]
