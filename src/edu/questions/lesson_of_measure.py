"""``lesson_of_measure``: which lesson (section of the plan) a measure belongs to.

Location questions are capped: they teach little beyond the table of contents. A measure is
asked about only when its title does not give the section away (no two-character word shared
with its lesson's title), and at most :data:`PER_LESSON` measures per lesson (picked by a hash
of their ids), so location items (these and the ``measure-lesson`` matchings) stay well under
15% of the bank. Targets are not asked about this way: their value is what matters.

Options: the lesson's title and three other lessons
(:func:`~edu.questions.distractors.lesson_distractors`: nearby lessons, the same part first).
Difficulty: from features (:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Plan
from edu.ids import stable_id
from edu.questions.distractors import lesson_distractors
from edu.questions.distractors import rank
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.phrasing import by_id
from edu.questions.phrasing import cite
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import option

KIND = "lesson_of_measure"
PER_LESSON = 2


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _lesson_text(lesson: Lesson) -> Text:
    return Text(lesson.title, lesson.title_en)


def _question(qid: str, lesson: Lesson, others: list[Lesson], stem: Text, source: tuple[str, ...],
              point: Text, refs: tuple[str, ...], variant: str) -> Question:
    correct = option(qid, lesson.id, _lesson_text(lesson))
    options = [correct, *(option(qid, x.id, _lesson_text(x)) for x in others)]
    return Question(
        id=qid, kind=KIND, lesson=lesson.id, part=lesson.part, stem=stem,
        options=by_id(options), answer=ChoiceAnswer(correct.id), source=source,
        explanation=explain(point, source), tags=("lessons",), refs=refs, variant=variant)


def measure_question(lesson: Lesson, index: int, lessons: tuple[Lesson, ...],
                     m: Measure, title: str) -> Question:
    qid = stable_id("question", KIND, "measure", m.id)
    others = lesson_distractors(lessons, index, qid)
    source = (lesson.heading, f"{m.title}。")
    return _question(
        qid, lesson, others,
        Text(f"措施“{m.title}”出自{title}的哪一节？",
             f"Which section of the plan includes the measure “{m.title_en}”?"),
        source,
        Text(f"“{m.title}”是“{lesson.heading}”一节的措施。",
             f"“{m.title_en}” is a measure of the section “{lesson.title_en}”."),
        (item_ref("measure", m.id), item_ref("lesson", lesson.id)), "measure")


def generate(plan: Plan) -> list[Question]:
    """Up to :data:`PER_LESSON` questions per lesson, on measures whose title does not name
    the section (when the plan has two or more lessons)."""
    lessons = plan.lessons
    out: list[Question] = []
    if len(lessons) < 2:
        return out
    for index, lesson in enumerate(lessons):
        asked = [m for m in lesson.measures if not _bigrams(m.title) & _bigrams(lesson.title)]
        asked.sort(key=lambda m: rank("lesson_of_measure", m.id))
        out.extend(measure_question(lesson, index, lessons, m, cite(plan))
                   for m in asked[:PER_LESSON])
    return out
