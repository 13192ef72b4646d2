"""The review items of the plan: the same things the Anki decks hold, with the same ids.

One item per target, principle, goal and measure (lesson overviews are for reading, not
reviewing). Items come in the plan's order — principles and goals first, then each lesson's
targets and measures — which is the order new items are introduced in.

A target's front asks the Anki card's question (``deck.ask_target``: 目标是多少？ / What is
the target?) after its lesson and metric, so the two say it one way.
"""

from __future__ import annotations

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import statement
from edu.ids import item_id
from edu.present.strings import text
from edu.study.review import StudyItem


def target_answer(t: Target, lang: str = "zh") -> str:
    """The target's value phrase in *lang* (:func:`edu.content.wording.statement`)."""
    return statement(t).get(lang)


def study_items(plan: Plan) -> list[StudyItem]:
    """Every review item of *plan*, in the order they are introduced."""
    items: list[StudyItem] = []
    for p in plan.introduction.principles:
        items.append(StudyItem(
            item_id("principle", p.id), INTRODUCTION, "principle",
            front=text("review.principle", p.name).zh, back=p.text,
            front_en=text("review.principle", p.name_en).en,
            back_en=p.text_en, source=p.source))
    for g in plan.introduction.goals:
        items.append(StudyItem(
            item_id("goal", g.id), INTRODUCTION, "goal",
            front=text("review.goal", plan.info.short_title).zh, back=g.text,
            front_en=text("review.goal").en, back_en=g.text_en,
            source=g.source))
    ask = text("deck.ask_target")
    for lesson in plan.lessons:
        for t in lesson.targets:
            items.append(StudyItem(
                item_id("target", t.id), lesson.id, "target",
                front=f"{lesson.title}：{t.metric}的{ask.zh}", back=target_answer(t),
                front_en=f"{lesson.title_en}: {t.metric_en}. {ask.en}",
                back_en=target_answer(t, "en"), source=t.source))
        for m in lesson.measures:
            front = text("review.measure", lesson=lesson.title, measure=m.title).zh
            front_en = text("review.measure", lesson=lesson.title_en, measure=m.title_en).en
            items.append(StudyItem(
                item_id("measure", m.id), lesson.id, "measure",
                front=front, back=m.text, front_en=front_en,
                back_en=m.text_en or m.title_en, source=m.source))
    return items
