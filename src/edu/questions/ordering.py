"""``ordering``: put items in an order that means something.

Variants:

* ``principles``, ``goals`` — the introduction's principles and goals in the order the plan
  lists them (the plan presents them as a sequence, from the law outwards);
* ``by-value`` — one lesson's targets of one unit that measure *the same thing* at different
  levels (their metrics share a word: 学前教育毛入园率, 高中阶段教育毛入学率, 高等教育毛入学率),
  smallest first: the order says something about the plan's priorities.

Orderings of a section's measures or of a part's sections, and of unrelated quantities by
value, are no longer generated: their order teaches nothing.

Lists longer than :data:`MAX_ITEMS` are cut into balanced runs. Difficulty 2 for up to four
items, 3 for more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from edu.content.model import Plan, Target
from edu.content.wording import goal_cue, statement, unit_hint
from edu.ids import stable_id
from edu.questions.distractors import targets_by_unit
from edu.questions.model import INTRODUCTION, OVERVIEW, Option, OrderingAnswer, Question, Text
from edu.questions.phrasing import by_id, distinct, explain, item_ref, option

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
        id=qid, kind=KIND, lesson=lesson, part=part, difficulty=2 if len(items) <= 4 else 3,
        stem=stem, options=by_id(options), answer=OrderingAnswer(tuple(o.id for o in options)),
        source=source, explanation=explain(point, source), tags=tags, refs=refs,
        variant=variant)


def _in_order(items: Sequence[Text]) -> Text:
    return Text("→".join(x.zh for x in items), " → ".join(x.en for x in items))


def _plan_orders(plan: Plan) -> list[Question | None]:  # pragma: no cover - kept for reference
    """(Retired: the order of sections and measures teaches nothing.)"""
    out: list[Question | None] = []
    lessons = {lesson.id: lesson for lesson in plan.lessons}
    for part in plan.parts:
        members = [lessons[i] for i in part.lessons if i in lessons]
        for run in chunks(members, MAX_ITEMS):
            if len(run) < MIN_ITEMS:
                continue
            texts = [Text(x.title, x.title_en) for x in run]
            out.append(_question(
                ("lessons", part.id, *(x.id for x in run)), OVERVIEW, part.id,
                Text(f"按《行动计划》中的先后顺序排列“{part.title}”部分的下列各节。",
                     f"Put these sections of the part “{part.title_en}” in the plan's order."),
                [(x.id, t) for x, t in zip(run, texts, strict=True)],
                tuple(x.heading for x in run),
                Text(f"顺序是：{_in_order(texts).zh}。", f"The order is: {_in_order(texts).en}."),
                ("lessons",), tuple(item_ref("lesson", x.id) for x in run), "lessons"))
    for lesson in plan.lessons:
        for measures in chunks(lesson.measures, 6):
            if len(measures) < MIN_ITEMS:
                continue
            texts = [Text(m.title, m.title_en) for m in measures]
            out.append(_question(
                ("measures", lesson.id, *(m.id for m in measures)), lesson.id, lesson.part,
                Text(f"按《行动计划》“{lesson.title}”一节中的先后顺序排列下列措施。",
                     f"Put these measures of the section “{lesson.title_en}” in the plan's "
                     "order."),
                [(m.id, t) for m, t in zip(measures, texts, strict=True)],
                tuple(f"{m.title}。" for m in measures),
                Text(f"顺序是：{_in_order(texts).zh}。", f"The order is: {_in_order(texts).en}."),
                ("measures",), tuple(item_ref("measure", m.id) for m in measures),
                "measures"))
    return out


def introduction_orders(plan: Plan) -> list[Question | None]:
    out: list[Question | None] = []
    principles = plan.introduction.principles
    for run in chunks(principles, MAX_ITEMS):
        if len(run) < MIN_ITEMS:
            continue
        texts = [Text(p.name, p.name_en) for p in run]
        out.append(_question(
            ("principles", *(p.id for p in run)), INTRODUCTION, INTRODUCTION,
            Text("按《行动计划》中的先后顺序排列下列基本原则。",
                 "Put these basic principles in the order the plan lists them."),
            [(p.id, t) for p, t in zip(run, texts, strict=True)], tuple(p.source for p in run),
            Text(f"顺序是：{_in_order(texts).zh}。", f"The order is: {_in_order(texts).en}."),
            ("principles",), tuple(item_ref("principle", p.id) for p in run), "principles"))
    goals = plan.introduction.goals
    for goal_run in chunks(goals, MAX_ITEMS):
        texts = [goal_cue(g) for g in goal_run]
        if len(goal_run) < MIN_ITEMS or len({t.zh for t in texts}) != len(texts):
            continue
        out.append(_question(
            ("goals", *(g.id for g in goal_run)), INTRODUCTION, INTRODUCTION,
            Text("按《行动计划》中的先后顺序排列下列目标。",
                 "Put these goals in the order the plan lists them."),
            [(g.id, t) for g, t in zip(goal_run, texts, strict=True)],
            tuple(g.text for g in goal_run),
            Text(f"顺序是：{_in_order(texts).zh}。", f"The order is: {_in_order(texts).en}."),
            ("goals",), tuple(item_ref("goal", g.id) for g in goal_run), "goals"))
    return out


def value_orders(plan: Plan) -> list[Question | None]:
    out: list[Question | None] = []
    lesson_part = {lesson.id: lesson.part for lesson in plan.lessons}
    for unit, group in targets_by_unit(plan).items():
        for lesson_id in dict.fromkeys(t.lesson for t in group):
            out.extend(_related_orders(unit, [t for t in group if t.lesson == lesson_id],
                                       lesson_part))
    return out


def _shared_word(metrics: Sequence[str]) -> bool:
    """Whether every metric holds one same two-character word (毛入, 近视 …)."""
    common = {m[i:i + 2] for m in metrics[:1] for i in range(len(m) - 1)}
    for m in metrics[1:]:
        common &= {m[i:i + 2] for i in range(len(m) - 1)}
    return bool(common)


def _related_orders(unit: str, group: list[Target], lesson_part: dict[str, str]
                    ) -> list[Question | None]:
    out: list[Question | None] = []
    distinct: list[Target] = []
    for t in group:  # sorted by value: keep the first target of each value
        if not distinct or distinct[-1].value != t.value:
            distinct.append(t)
    bigrams = {m[i:i + 2] for m in (t.metric for t in distinct) for i in range(len(m) - 1)}
    best = max(sorted(bigrams), key=lambda b: sum(b in t.metric for t in distinct), default="")
    related = [t for t in distinct if best and best in t.metric]
    if len(related) >= MIN_ITEMS and _shared_word([t.metric for t in related]):
        for run in chunks(related, 5):
            lessons = {t.lesson for t in run}
            parts = {lesson_part[t.lesson] for t in run}
            lesson = run[0].lesson if len(lessons) == 1 else OVERVIEW
            part = next(iter(parts)) if len(parts) == 1 else OVERVIEW
            hint = unit_hint(unit)
            texts = [Text(t.metric, t.metric_en) for t in run]
            out.append(_question(
                ("by-value", unit, *(t.id for t in run)), lesson, part,
                Text(f"将《行动计划》中下列目标按目标数值从小到大排列{hint.zh}。",
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
    return [q for q in (*introduction_orders(plan), *value_orders(plan)) if q is not None]
