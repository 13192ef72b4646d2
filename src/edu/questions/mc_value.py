"""``mc_value``: a target's value as multiple choice.

"What floor does the plan set for X?"; options: the value and three wrong values of the same
unit (:func:`~edu.questions.distractors.value_distractors`: sibling targets' figures when
plausible, then a plausible grid around the value; no arithmetic pattern, and the key's rank
among the options is hashed). Difficulty: from features, like every generated kind's
(:mod:`edu.questions.difficulty`: a wrong value within 15% of the right one makes it harder).

The former "which target is set at 88%?" variant is gone: the unit gave the answer away and it
asked the same fact a second time.
"""

from __future__ import annotations

from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import quantity
from edu.ids import stable_id
from edu.questions.distractors import at_ceiling
from edu.questions.distractors import natural_ceiling
from edu.questions.distractors import rank
from edu.questions.distractors import unit_pools
from edu.questions.distractors import value_distractors
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Question
from edu.questions.phrasing import ask_target
from edu.questions.phrasing import by_id
from edu.questions.phrasing import cite
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import option
from edu.questions.phrasing import target_point

KIND = "mc_value"
TAGS = ("targets", "numbers")


def siblings(t: Target, targets: tuple[Target, ...]) -> list[float]:
    """The values of *t*'s siblings: other targets of its lesson in the same unit (the unit's
    pool supplies the other lessons' values, nearest first)."""
    return [x.value for x in targets if x.unit == t.unit and x.id != t.id]


def value_question(t: Target, part: str, pool: list[float], sibling_values: list[float],
                   below: int | None = None, *, title: str) -> Question:
    """*below*: how many options should be smaller than the key (spread over the bank)."""
    qid = stable_id("question", KIND, t.id, "value")
    wrong = value_distractors(t.value, t.unit, pool, key=qid, siblings=sibling_values,
                              below=below, ceiling=natural_ceiling(t))
    correct = option(qid, f"{t.value!r}", quantity(t.value, t.unit))
    options = [correct, *(option(qid, f"{v!r}", quantity(v, t.unit)) for v in wrong)]
    return Question(
        id=qid, kind=KIND, lesson=t.lesson, part=part, stem=ask_target(t, title),
        options=by_id(options), answer=ChoiceAnswer(correct.id), source=(t.source,),
        explanation=explain(target_point(t), (t.source,)), tags=TAGS,
        refs=(item_ref("target", t.id),), variant="value")


def generate(plan: Plan) -> list[Question]:
    """One question per target but those at their natural ceiling (minors' age 18:
    :func:`~edu.questions.distractors.at_ceiling`); the key's rank among the options cycles
    through 0-3 in a hashed order of the targets, so each rank is equally common."""
    pools = unit_pools(plan)
    parts = {lesson.id: lesson.part for lesson in plan.lessons}
    targets = plan.targets
    turn = {t.id: i for i, t in enumerate(sorted(targets, key=lambda t: rank("rank", t.id)))}
    by_lesson: dict[str, tuple[Target, ...]] = {}
    for lesson in plan.lessons:
        by_lesson[lesson.id] = lesson.targets
    return [value_question(t, parts[t.lesson], pools[t.unit],
                           siblings(t, by_lesson.get(t.lesson, ())), turn[t.id] % 4,
                           title=cite(plan))
            for t in targets if not at_ceiling(t)]
