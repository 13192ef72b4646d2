"""``true_false``: a statement of the plan, left true or made false by altering one fact.

One statement per target and per principle (each false one differs from the plan in
exactly one fact, and its explanation quotes the true sentence):

* ``target-true`` or ``target-value`` — which of the two a target gets is set by a hash of its
  id, so about half the target statements are true. A false value always *contradicts* the
  plan, never follows from it: a ceiling is stated lower, any other target (a floor, a level to
  reach, an amount to add, cut or extend) higher — "at least 80%" follows from "at least 88%",
  so it is never marked false (:func:`~edu.questions.distractors.contradicting_value`). Another
  target's figure of the same unit comes first. Comparators are never flipped (an unemployment
  rate of "at least 5.5%" is false by common sense alone), and no figure passes a metric's
  natural ceiling (minors' age 16→21周岁 is absurd): a target with no contradicting figure
  below it (minors' age, already 18) is stated true
  (:func:`~edu.questions.distractors.natural_ceiling`).
* ``principle-true`` or ``principle-text`` (a principle given the next principle's
  explanation), again by a hash.

Statements about which section a measure belongs to are gone: location is asked by
``lesson_of_measure`` and ``matching`` only, within a cap. Difficulty: from features
(:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.model import Principle
from edu.content.model import Target
from edu.ids import stable_id
from edu.present.strings import text
from edu.questions.distractors import contradicting_value
from edu.questions.distractors import natural_ceiling
from edu.questions.distractors import rank
from edu.questions.distractors import unit_pools
from edu.questions.mc_value import siblings
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import cite
from edu.questions.phrasing import claim
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import principle_point
from edu.questions.phrasing import target_point

KIND = "true_false"
_VERDICT = {truth: Text(f"{word.zh}。", f"{word.en}.")
            for truth, word in ((True, text("quiz.true")), (False, text("quiz.false")))}


def _q(qid: str, lesson: str, part: str, stem: Text, truth: bool, point: Text,
       source: tuple[str, ...], tags: tuple[str, ...], refs: tuple[str, ...],
       variant: str) -> Question:
    verdict = _VERDICT[truth]
    return Question(
        id=qid, kind=KIND, lesson=lesson, part=part,
        stem=Text(f"判断正误：{stem.zh}", f"True or false? {stem.en}"),
        answer=TrueFalseAnswer(truth), source=source,
        explanation=explain(Text(verdict.zh + point.zh, f"{verdict.en} {point.en}"), source),
        tags=tags, refs=refs, variant=variant)


def target_question(t: Target, part: str, pool: list[float], sibling_values: list[float],
                    title: str) -> Question:
    """One statement of *t*: true, or false by a contradicting value (see the docstring)."""
    point = target_point(t)

    def make(key: str, stem: Text, truth: bool, variant: str) -> Question:
        return _q(stable_id("question", KIND, "target", t.id, key), t.lesson, part, stem,
                  truth, point, (t.source,), ("targets", "numbers"),
                  (item_ref("target", t.id),), variant)

    wrong = contradicting_value(t.value, t.unit, t.comparator, pool, key=t.id,
                                siblings=sibling_values, ceiling=natural_ceiling(t))
    if wrong is not None and rank(t.id, "true-or-false") % 2:
        return make("value", claim(t, value=wrong, title=title), False, "target-value")
    return make("true", claim(t, title=title), True, "target-true")


def principle_questions(principles: tuple[Principle, ...]) -> list[Question]:
    out: list[Question] = []
    for i, p in enumerate(principles):
        point = principle_point(p)
        refs = (item_ref("principle", p.id),)

        def claim(x: Principle, p: Principle = p) -> Text:
            return Text(f"基本原则“{p.name}”的含义是：{x.text}。",
                        f"The basic principle “{p.name_en}” means: {x.text_en}")

        other = principles[(i + 1) % len(principles)]
        if other.text == p.text or rank(p.id, "true-or-false") % 2 == 0:
            out.append(_q(stable_id("question", KIND, "principle", p.id, "true"),
                          INTRODUCTION, INTRODUCTION, claim(p), True, point, (p.source,),
                          ("principles",), refs, "principle-true"))
        else:
            out.append(_q(stable_id("question", KIND, "principle", p.id, "text"),
                          INTRODUCTION, INTRODUCTION, claim(other), False, point,
                          (p.source,), ("principles",), refs, "principle-text"))
    return out


def generate(plan: Plan) -> list[Question]:
    """A statement about every target and every principle."""
    pools = unit_pools(plan)
    out = principle_questions(plan.introduction.principles)
    for lesson in plan.lessons:
        for t in lesson.targets:
            out.append(target_question(t, lesson.part, pools[t.unit],
                                       siblings(t, lesson.targets), cite(plan)))
    return out
