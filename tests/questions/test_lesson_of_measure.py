"""Which-lesson questions: the right lesson among other lessons, the same part first."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import lesson_of_measure
from edu.questions.model import ChoiceAnswer


def test_distractors_prefer_the_same_part(plan: Plan) -> None:
    """A lesson of part one is tested against other lessons of part one."""
    q = next(q for q in lesson_of_measure.generate(plan) if q.lesson == "health")
    parts = {x.title: x.part for x in plan.lessons}
    assert {parts[o.text.zh] for o in q.options} == {"economic-social-cultural"}


def test_location_items_are_capped_and_never_given_away(plan: Plan) -> None:
    """At most two measures per lesson are asked about, never one whose title shares a word
    with its section's title; the right option is the measure's own section."""
    questions = lesson_of_measure.generate(plan)
    assert 0 < len(questions) <= 2 * len(plan.lessons)
    for q in questions:
        own = plan.lesson(q.lesson)
        assert isinstance(q.answer, ChoiceAnswer)
        assert q.option(q.answer.option).text.zh == own.title
        title = q.stem.zh.split("“")[1].split("”")[0]
        assert not {title[i:i + 2] for i in range(len(title) - 1)} & {
            own.title[i:i + 2] for i in range(len(own.title) - 1)}, title
