"""``lesson_of_measure``: which lesson (section of the plan) a measure or a target belongs to.

Options: the lesson's title and three other lessons
(:func:`~edu.questions.distractors.lesson_distractors`: nearby lessons, the same part first).
Difficulty: for a measure, 1 when its title shares a two-character word with its lesson's
title and with no distractor's title (the title gives it away), else 2; for a target, 2.
"""

from __future__ import annotations

from edu.content.model import Lesson, Measure, Plan, Target
from edu.ids import stable_id
from edu.questions.distractors import lesson_distractors
from edu.questions.model import ChoiceAnswer, Question, Text
from edu.questions.phrasing import by_id, explain, item_ref, option, statement

KIND = "lesson_of_measure"


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _lesson_text(lesson: Lesson) -> Text:
    return Text(lesson.title, lesson.title_en)


def _question(qid: str, lesson: Lesson, others: list[Lesson], stem: Text, source: tuple[str, ...],
              point: Text, refs: tuple[str, ...], variant: str, difficulty: int) -> Question:
    correct = option(qid, lesson.id, _lesson_text(lesson))
    options = [correct, *(option(qid, x.id, _lesson_text(x)) for x in others)]
    return Question(
        id=qid, kind=KIND, lesson=lesson.id, part=lesson.part, difficulty=difficulty,
        stem=stem, options=by_id(options), answer=ChoiceAnswer(correct.id), source=source,
        explanation=explain(point, source), tags=("lessons",), refs=refs, variant=variant)


def measure_question(lesson: Lesson, index: int, lessons: tuple[Lesson, ...],
                     m: Measure) -> Question:
    qid = stable_id("question", KIND, "measure", m.id)
    others = lesson_distractors(lessons, index, qid)
    giveaway = _bigrams(m.title) & _bigrams(lesson.title)
    for x in others:
        giveaway -= _bigrams(x.title)
    source = (lesson.heading, f"{m.title}。")
    return _question(
        qid, lesson, others,
        Text(f"措施“{m.title}”出自《行动计划》的哪一节？",
             f"Which section of the plan includes the measure “{m.title_en}”?"),
        source,
        Text(f"“{m.title}”是“{lesson.heading}”一节的措施。",
             f"“{m.title_en}” is a measure of the section “{lesson.title_en}”."),
        (item_ref("measure", m.id), item_ref("lesson", lesson.id)), "measure",
        1 if giveaway else 2)


def target_question(lesson: Lesson, index: int, lessons: tuple[Lesson, ...],
                    t: Target) -> Question:
    qid = stable_id("question", KIND, "target", t.id)
    others = lesson_distractors(lessons, index, qid)
    s = statement(t)
    source = (lesson.heading, t.source)
    return _question(
        qid, lesson, others,
        Text(f"目标“{t.metric}{s.zh}”出自《行动计划》的哪一节？",
             f"Which section of the plan sets the target “{t.metric_en}: {s.en}”?"),
        source,
        Text(f"这一目标出自“{lesson.heading}”一节。",
             f"The target is set in the section “{lesson.title_en}”."),
        (item_ref("target", t.id), item_ref("lesson", lesson.id)), "target", 2)


def generate(plan: Plan) -> list[Question]:
    """One question per measure and per target (when the plan has two or more lessons)."""
    lessons = plan.lessons
    out: list[Question] = []
    if len(lessons) < 2:
        return out
    for index, lesson in enumerate(lessons):
        out.extend(measure_question(lesson, index, lessons, m) for m in lesson.measures)
        out.extend(target_question(lesson, index, lessons, t) for t in lesson.targets)
    return out
