"""``mc_value``: a target's value as multiple choice, and which target has a given value.

* variant ``value`` — "what is the target for X?"; options: the value and three wrong values of
  the same unit and magnitude (:func:`~edu.questions.distractors.value_distractors`).
  Difficulty 2 when a distractor lies within 15% of the value, else 1.
* variant ``metric`` — "which of these is set at 88%?"; options: the target's metric and up to
  three other targets' metrics whose value differs (the same unit and nearest value first, then
  neighbouring targets). Difficulty 2 when every distractor shares the unit, else 1.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from edu.content.model import Plan, Target
from edu.ids import stable_id
from edu.questions.distractors import (
    closeness_difficulty,
    targets_by_unit,
    unit_pools,
    value_distractors,
)
from edu.questions.model import ChoiceAnswer, Question, Text
from edu.questions.phrasing import (
    ask_target,
    by_id,
    explain,
    item_ref,
    option,
    quantity,
    statement,
)

KIND = "mc_value"
TAGS = ("targets", "numbers")


def _point(t: Target) -> Text:
    s = statement(t)
    return Text(f"“{t.metric}”的目标是{s.zh}。", f"The target for “{t.metric_en}” is {s.en}.")


def value_question(t: Target, part: str, pool: list[float]) -> Question:
    qid = stable_id("question", KIND, t.id, "value")
    wrong = value_distractors(t.value, t.unit, pool)
    correct = option(qid, f"{t.value!r}", quantity(t.value, t.unit))
    options = [correct, *(option(qid, f"{v!r}", quantity(v, t.unit)) for v in wrong)]
    return Question(
        id=qid, kind=KIND, lesson=t.lesson, part=part,
        difficulty=closeness_difficulty(t.value, wrong), stem=ask_target(t),
        options=by_id(options), answer=ChoiceAnswer(correct.id), source=(t.source,),
        explanation=explain(_point(t), (t.source,)), tags=TAGS,
        refs=(item_ref("target", t.id),), variant="value")


def _metric_distractors(t: Target, same_unit: list[Target], values: list[float],
                        neighbours: list[Target]) -> tuple[list[Target], bool]:
    picked: list[Target] = []
    metrics = {t.metric}
    metrics_en = {t.metric_en}

    def take(x: Target) -> None:
        if (len(picked) < 3 and x.value != t.value and x.metric not in metrics
                and x.metric_en not in metrics_en):
            picked.append(x)
            metrics.add(x.metric)
            metrics_en.add(x.metric_en)

    lo, hi = bisect_left(values, t.value) - 1, bisect_right(values, t.value)
    while len(picked) < 3 and (lo >= 0 or hi < len(same_unit)):
        for j in (lo, hi):
            if 0 <= j < len(same_unit):
                take(same_unit[j])
        lo, hi = lo - 1, hi + 1
    all_same_unit = len(picked) == 3
    for x in neighbours:
        take(x)
    return picked, all_same_unit


def metric_question(t: Target, part: str, same_unit: list[Target], values: list[float],
                    neighbours: list[Target]) -> Question | None:
    wrong, all_same_unit = _metric_distractors(t, same_unit, values, neighbours)
    if len(wrong) < 2:
        return None
    qid = stable_id("question", KIND, t.id, "metric")
    correct = option(qid, t.id, Text(t.metric, t.metric_en))
    options = [correct, *(option(qid, x.id, Text(x.metric, x.metric_en)) for x in wrong)]
    s = statement(t)
    return Question(
        id=qid, kind=KIND, lesson=t.lesson, part=part, difficulty=2 if all_same_unit else 1,
        stem=Text(f"根据《行动计划》，下列哪一项的目标是“{s.zh}”？",
                  f"Which of these does the plan set at “{s.en}”?"),
        options=by_id(options), answer=ChoiceAnswer(correct.id), source=(t.source,),
        explanation=explain(_point(t), (t.source,)), tags=TAGS,
        refs=(item_ref("target", t.id),), variant="metric")


def generate(plan: Plan) -> list[Question]:
    """Two questions per target (the ``metric`` one when distractors exist)."""
    pools = unit_pools(plan)
    groups = targets_by_unit(plan)
    values = {unit: [t.value for t in group] for unit, group in groups.items()}
    parts = {lesson.id: lesson.part for lesson in plan.lessons}
    targets = plan.targets
    out: list[Question] = []
    for i, t in enumerate(targets):
        out.append(value_question(t, parts[t.lesson], pools[t.unit]))
        neighbours = [targets[j] for j in (i + 1, i - 1, i + 2, i - 2, i + 3, i - 3)
                      if 0 <= j < len(targets)]
        q = metric_question(t, parts[t.lesson], groups[t.unit], values[t.unit], neighbours)
        if q is not None:
            out.append(q)
    return out
