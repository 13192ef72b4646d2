"""Which-lesson questions: the right lesson among other lessons, the same part first."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import lesson_of_measure
from edu.questions.model import ChoiceAnswer


def test_one_question_per_measure_and_target_with_the_right_lesson(plan: Plan) -> None:
    """The correct option is the measure's own lesson; the others are different lessons."""
    questions = lesson_of_measure.generate(plan)
    assert len(questions) == len(plan.measures) + len(plan.targets)
    titles = {x.title: x for x in plan.lessons}
    for q in questions:
        assert isinstance(q.answer, ChoiceAnswer)
        assert titles[q.option(q.answer.option).text.zh].id == q.lesson
        assert len({o.text.zh for o in q.options}) == len(q.options) == 4
        assert q.source[0] == plan.lesson(q.lesson).heading


def test_distractors_prefer_the_same_part(plan: Plan) -> None:
    """A lesson of part one is tested against other lessons of part one."""
    q = next(q for q in lesson_of_measure.generate(plan) if q.lesson == "health")
    parts = {x.title: x.part for x in plan.lessons}
    assert {parts[o.text.zh] for o in q.options} == {"economic-social-cultural"}


def test_giveaway_titles_are_easy(plan: Plan) -> None:
    """A measure whose title shares a word only with its own lesson is difficulty 1."""
    by_title = {q.stem.zh: q for q in lesson_of_measure.generate(plan)}
    easy = by_title["措施“补齐公共文化服务短板”出自《行动计划》的哪一节？"]
    hard = by_title["措施“促进就业”出自《行动计划》的哪一节？"]
    assert (easy.difficulty, hard.difficulty) == (1, 2)
