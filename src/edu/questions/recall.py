"""``recall``: recognise the basic principles and the goals of the plan.

Variants:

* ``principle-name`` — which principle means “…”? (options: principle names);
(The former ``principle-text`` — what does principle X mean? — asked the same fact as
``principle-name`` and the true/false statements, and is gone.)
* ``principle-among`` — which of these is a basic principle (not a goal)? (one principle's
  explanation among three goals' opening clauses);
* ``goal-among`` — which of these is one of the goals (not a principle)? (one goal's opening
  clause among three principles' explanations).

Other options are picked by a hash of the question's key (stable, not always the neighbours).
Difficulty: from features (:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.content.model import INTRODUCTION
from edu.content.model import Goal
from edu.content.model import Plan
from edu.content.model import Principle
from edu.content.wording import goal_cue
from edu.content.wording import short_en
from edu.ids import stable_id
from edu.questions.distractors import ranked
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Option
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.phrasing import bare
from edu.questions.phrasing import by_id
from edu.questions.phrasing import cite
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import option
from edu.questions.phrasing import principle_point

KIND = "recall"
_OPTIONS = 4


def _question(key: tuple[str, ...], stem: Text, correct: tuple[str, Text],
              others: Sequence[tuple[str, Text]], source: tuple[str, ...], point: Text,
              tags: tuple[str, ...], refs: tuple[str, ...], variant: str) -> Question | None:
    qid = stable_id("question", KIND, *key)
    right = option(qid, correct[0], correct[1])
    options: list[Option] = [right]
    seen_zh, seen_en = {right.text.zh}, {right.text.en}
    by_key = dict(others)
    for k in ranked(qid, list(by_key)):
        text = by_key[k]
        if len(options) < _OPTIONS and text.zh not in seen_zh and text.en not in seen_en:
            seen_zh.add(text.zh)
            seen_en.add(text.en)
            options.append(option(qid, k, text))
    if len(options) < 3:
        return None
    return Question(
        id=qid, kind=KIND, lesson=INTRODUCTION, part=INTRODUCTION, stem=stem,
        options=by_id(options), answer=ChoiceAnswer(right.id), source=source,
        explanation=explain(point, source), tags=tags, refs=refs, variant=variant)


def _principles(principles: Sequence[Principle], goals: Sequence[Goal],
                title: str) -> list[Question | None]:
    out: list[Question | None] = []
    for p in principles:
        rest = [x for x in principles if x.id != p.id]
        point = principle_point(p)
        refs = (item_ref("principle", p.id),)
        out.append(_question(
            ("principle-name", p.id),
            Text(f"{title}的哪一项基本原则是指“{p.text}”？",
                 f"Which basic principle of the plan means: “{bare(p.text_en)}”?"),
            (p.id, Text(p.name, p.name_en)), [(x.id, Text(x.name, x.name_en)) for x in rest],
            (p.source,), point, ("principles",), refs, "principle-name"))
        out.append(_question(
            ("principle-among", p.id),
            Text(f"下列哪一项属于{title}的基本原则（而不是目标）？",
                 "Which of these is one of the plan's basic principles (not one of its goals)?"),
            (p.id, Text(p.text, short_en(p.text_en))), [(g.id, goal_cue(g)) for g in goals],
            (p.source,), Text(f"“{p.text}”是基本原则“{p.name}”的内容。",
                              f"“{bare(p.text_en)}” is the principle “{p.name_en}”."),
            ("principles", "goals"), refs, "principle-among"))
    return out


def _goals(principles: Sequence[Principle], goals: Sequence[Goal],
           title: str) -> list[Question | None]:
    return [_question(
        ("goal-among", g.id),
        Text(f"下列哪一项属于{title}提出的目标（而不是基本原则）？",
             "Which of these is one of the plan's goals (not one of its basic principles)?"),
        (g.id, goal_cue(g)), [(p.id, Text(p.text, short_en(p.text_en))) for p in principles],
        (g.text,), Text(f"“{goal_cue(g).zh}”是{title}的目标之一。",
                        f"“{bare(goal_cue(g).en)}” is one of the plan's goals."),
        ("principles", "goals"), (item_ref("goal", g.id),), "goal-among") for g in goals]


def generate(plan: Plan) -> list[Question]:
    """Four kinds of recognition question about the principles and goals."""
    principles, goals = plan.introduction.principles, plan.introduction.goals
    return [q for q in (*_principles(principles, goals, cite(plan)),
                             *_goals(principles, goals, cite(plan)))
            if q is not None]
