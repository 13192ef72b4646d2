"""``true_false``: a statement of the plan, left true or made false by altering one fact.

Variants (each false one differs from the plan in exactly one fact, and its explanation quotes
the true sentence):

* ``target-true``; ``target-value`` (the value replaced by the first value distractor);
  ``target-comparator`` (``at_least`` ↔ ``at_most``, only for floors and ceilings);
* ``measure-true``; ``measure-lesson`` (the measure moved to another lesson);
* ``principle-true``; ``principle-text`` (a principle given the next principle's explanation).

Difficulty: targets 2, measures and principles 1.
"""

from __future__ import annotations

from edu.content.model import Lesson, Measure, Plan, Principle, Target
from edu.ids import stable_id
from edu.questions.distractors import lesson_distractors, unit_pools, value_distractors
from edu.questions.model import INTRODUCTION, Question, Text, TrueFalseAnswer
from edu.questions.phrasing import explain, item_ref, statement

KIND = "true_false"
_FLIP = {"at_least": "at_most", "at_most": "at_least"}
_VERDICT = {True: Text("正确。", "True."), False: Text("错误。", "False.")}


def _q(qid: str, lesson: str, part: str, stem: Text, truth: bool, point: Text,
       source: tuple[str, ...], difficulty: int, tags: tuple[str, ...], refs: tuple[str, ...],
       variant: str) -> Question:
    verdict = _VERDICT[truth]
    return Question(
        id=qid, kind=KIND, lesson=lesson, part=part, difficulty=difficulty,
        stem=Text(f"判断正误：{stem.zh}", f"True or false? {stem.en}"),
        answer=TrueFalseAnswer(truth), source=source,
        explanation=explain(Text(verdict.zh + point.zh, f"{verdict.en} {point.en}"), source),
        tags=tags, refs=refs, variant=variant)


def _target_claim(t: Target, value: float | None = None, comparator: str | None = None) -> Text:
    s = statement(t, value, comparator)
    return Text(f"根据《行动计划》，“{t.metric}”的目标是{s.zh}。",
                f"Under the plan, the target for “{t.metric_en}” is {s.en}.")


def target_questions(t: Target, part: str, pool: list[float]) -> list[Question]:
    point = Text(f"《行动计划》的目标是{statement(t).zh}。",
                 f"The plan's target is {statement(t).en}.")

    def make(key: str, claim: Text, truth: bool, variant: str) -> Question:
        return _q(stable_id("question", KIND, "target", t.id, key), t.lesson, part, claim,
                  truth, point, (t.source,), 2, ("targets", "numbers"),
                  (item_ref("target", t.id),), variant)

    out = [make("true", _target_claim(t), True, "target-true")]
    wrong = value_distractors(t.value, t.unit, pool, k=1)
    if wrong:
        out.append(make("value", _target_claim(t, value=wrong[0]), False, "target-value"))
    if t.comparator in _FLIP:
        out.append(make("comparator", _target_claim(t, comparator=_FLIP[t.comparator]), False,
                        "target-comparator"))
    return out


def measure_questions(lesson: Lesson, index: int, lessons: tuple[Lesson, ...],
                      m: Measure) -> list[Question]:
    source = (lesson.heading, f"{m.title}。")
    point = Text(f"“{m.title}”是“{lesson.heading}”一节的措施。",
                 f"“{m.title_en}” is a measure of the section “{lesson.title_en}”.")
    refs = (item_ref("measure", m.id), item_ref("lesson", lesson.id))

    def claim(x: Lesson) -> Text:
        return Text(f"措施“{m.title}”出自《行动计划》的“{x.title}”一节。",
                    f"The measure “{m.title_en}” belongs to the plan's section “{x.title_en}”.")

    out = [_q(stable_id("question", KIND, "measure", m.id, "true"), lesson.id, lesson.part,
              claim(lesson), True, point, source, 1, ("measures",), refs, "measure-true")]
    qid = stable_id("question", KIND, "measure", m.id, "lesson")
    others = lesson_distractors(lessons, index, qid, k=1)
    if others:
        out.append(_q(qid, lesson.id, lesson.part, claim(others[0]), False, point, source, 1,
                      ("measures",), refs, "measure-lesson"))
    return out


def principle_questions(principles: tuple[Principle, ...]) -> list[Question]:
    out: list[Question] = []
    for i, p in enumerate(principles):
        point = Text(f"“{p.name}”的含义是：{p.text}。",
                     f"“{p.name_en}” ({p.name}) means: {p.text_en}")
        refs = (item_ref("principle", p.id),)

        def claim(x: Principle, p: Principle = p) -> Text:
            return Text(f"基本原则“{p.name}”的含义是：{x.text}。",
                        f"The basic principle “{p.name_en}” means: {x.text_en}")

        out.append(_q(stable_id("question", KIND, "principle", p.id, "true"), INTRODUCTION,
                      INTRODUCTION, claim(p), True, point, (p.source,), 1, ("principles",),
                      refs, "principle-true"))
        other = principles[(i + 1) % len(principles)]
        if other.text != p.text:
            out.append(_q(stable_id("question", KIND, "principle", p.id, "text"),
                          INTRODUCTION, INTRODUCTION, claim(other), False, point,
                          (p.source,), 1, ("principles",), refs, "principle-text"))
    return out


def generate(plan: Plan) -> list[Question]:
    """True and false statements about every target, measure and principle."""
    pools = unit_pools(plan)
    out = principle_questions(plan.introduction.principles)
    lessons = plan.lessons
    for index, lesson in enumerate(lessons):
        for t in lesson.targets:
            out.extend(target_questions(t, lesson.part, pools[t.unit]))
        for m in lesson.measures:
            out.extend(measure_questions(lesson, index, lessons, m))
    return out
