"""``ordering``: put items in an order that means something.

One variant, ``by-value``: one lesson's targets of one unit that measure *the same thing* at
different levels (their metrics share a word: 学前教育毛入园率, 高中阶段教育毛入学率,
高等教育毛入学率), smallest first: the order says something (how near each level of
schooling is to being universal: higher education 60%, preschool 90%, senior secondary 92%).

No longer generated, because their order teaches nothing: a section's measures or a part's
sections in the plan's order, unrelated quantities by value, and the introduction's
principles or goals "in the order the plan lists them" (a list order the plan gives no
meaning to; the principles and goals are asked by ``matching``, ``recall``, ``cloze`` and
``true_false``).

Lists longer than :data:`MAX_ITEMS` are cut into balanced runs. Difficulty: from features
(:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import statement
from edu.content.wording import unit_hint
from edu.ids import stable_id
from edu.questions.distractors import targets_by_unit
from edu.questions.model import OVERVIEW
from edu.questions.model import Option
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.phrasing import by_id
from edu.questions.phrasing import cite
from edu.questions.phrasing import distinct
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import option

KIND = "ordering"
MAX_ITEMS = 7
MIN_ITEMS = 3
T = TypeVar("T")


def chunks(items: Sequence[T], most: int) -> list[list[T]]:
    """Cut *items* into the fewest runs of at most *most*, as equal in size as possible."""
    if not items:
        return []
    count = -(-len(items) // most)
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return out


def _question(key: tuple[str, ...], lesson: str, part: str, stem: Text,
              items: list[tuple[str, Text]], source: tuple[str, ...], point: Text,
              tags: tuple[str, ...], refs: tuple[str, ...], variant: str) -> Question | None:
    if not distinct(text for _, text in items):  # two items reading the same cannot be ordered
        return None
    qid = stable_id("question", KIND, *key)
    options: list[Option] = [option(qid, k, text) for k, text in items]
    return Question(
        id=qid, kind=KIND, lesson=lesson, part=part,
        stem=stem, options=by_id(options), answer=OrderingAnswer(tuple(o.id for o in options)),
        source=source, explanation=explain(point, source), tags=tags, refs=refs,
        variant=variant)


def value_orders(plan: Plan) -> list[Question | None]:
    out: list[Question | None] = []
    lesson_part = {lesson.id: lesson.part for lesson in plan.lessons}
    for unit, group in targets_by_unit(plan).items():
        for lesson_id in dict.fromkeys(t.lesson for t in group):
            out.extend(_related_orders(unit, [t for t in group if t.lesson == lesson_id],
                                       lesson_part, cite(plan)))
    return out


def _related_orders(unit: str, group: list[Target], lesson_part: dict[str, str], title: str
                    ) -> list[Question | None]:
    """The orderings of one lesson's targets of one *unit* (sorted by value): those of them
    whose metrics hold the two characters most of them share (教育 in 高等教育毛入学率,
    学前教育毛入园率 …), one per value, when there are :data:`MIN_ITEMS` or more.

    (A former second test, "do the chosen metrics share a two-character word", always held:
    they are chosen for holding one. Asking for a real word instead, by jieba, would drop the
    one ordering of the shipped content, whose segmentation keeps 高等教育 whole.)"""
    out: list[Question | None] = []
    distinct: list[Target] = []
    for t in group:  # sorted by value: keep the first target of each value
        if not distinct or distinct[-1].value != t.value:
            distinct.append(t)
    bigrams = {m[i:i + 2] for m in (t.metric for t in distinct) for i in range(len(m) - 1)}
    best = max(sorted(bigrams), key=lambda b: sum(b in t.metric for t in distinct), default="")
    related = [t for t in distinct if best and best in t.metric]
    if len(related) >= MIN_ITEMS:
        for run in chunks(related, 5):
            lessons = {t.lesson for t in run}
            parts = {lesson_part[t.lesson] for t in run}
            lesson = run[0].lesson if len(lessons) == 1 else OVERVIEW
            part = next(iter(parts)) if len(parts) == 1 else OVERVIEW
            hint = unit_hint(unit)
            texts = [Text(t.metric, t.metric_en) for t in run]
            out.append(_question(
                ("by-value", unit, *(t.id for t in run)), lesson, part,
                Text(f"将{title}中下列目标按目标数值从小到大排列{hint.zh}。",
                     f"Put these targets of the plan in order of their value, smallest first "
                     f"{hint.en}."),
                [(t.id, x) for t, x in zip(run, texts, strict=True)],
                tuple(dict.fromkeys(t.source for t in run)),
                Text("从小到大：" + "→".join(f"{t.metric}（{statement(t).zh}）"
                                            for t in run) + "。",
                     "Smallest first: " + " → ".join(
                         f"{t.metric_en} ({statement(t).en})" for t in run) + "."),
                ("targets", "numbers"), tuple(item_ref("target", t.id) for t in run),
                "by-value"))
    return out


def generate(plan: Plan) -> list[Question]:
    """Every ordering question of *plan* (see the module docstring)."""
    return [q for q in value_orders(plan) if q is not None]
