"""``numeric``: type a target's value.

Tolerance: none for an exact figure (3.93 is not 3.9); ±10% of the value when the plan says
左右 ("about"). Difficulty: from features (:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import unit_hint
from edu.ids import stable_id
from edu.numerals import format_number
from edu.questions.distractors import at_ceiling
from edu.questions.model import NumericAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.phrasing import ask_target
from edu.questions.phrasing import cite
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import target_point

KIND = "numeric"
APPROXIMATE_TOLERANCE = 0.10


def tolerance(t: Target) -> float:
    """How far an answer may be from the value and still be right."""
    if t.approximate or t.comparator == "about":
        return float(format_number(round(abs(t.value) * APPROXIMATE_TOLERANCE, 6)))
    return 0.0


def question(t: Target, part: str, title: str) -> Question:
    ask, hint = ask_target(t, title), unit_hint(t.unit)
    point = target_point(t)
    return Question(
        id=stable_id("question", KIND, t.id, "value"), kind=KIND, lesson=t.lesson, part=part,
        stem=Text(f"{ask.zh}请填写数值{hint.zh}。",
                  f"{ask.en} Enter the number{' ' + hint.en if hint.en else ''}."),
        answer=NumericAnswer(t.value, tolerance(t), t.unit), source=(t.source,),
        explanation=explain(point, (t.source,)), tags=("targets", "numbers"),
        refs=(item_ref("target", t.id),), variant="value")


def generate(plan: Plan) -> list[Question]:
    """One question per target but those at their natural ceiling (minors' age 18, which
    common sense answers: :func:`~edu.questions.distractors.at_ceiling`)."""
    parts = {lesson.id: lesson.part for lesson in plan.lessons}
    return [question(t, parts[t.lesson], cite(plan)) for t in plan.targets
            if not at_ceiling(t)]
