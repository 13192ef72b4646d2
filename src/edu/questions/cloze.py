"""``cloze``: a key number or term blanked out of a verbatim source sentence.

* variant ``number`` — a target's value blanked in its sentence (``农村自来水普及率达到____%
  以上。``); accepted: the number as written (``88``, or ``三`` for 三年) and with its unit.
* variant ``term`` — a glossary term (two or more characters) of a lesson, blanked in the first
  sentence of the lesson that holds it exactly once.
* variant ``principle`` — a basic principle's name blanked before its explanation.

Difficulty 2; 3 for a term of five or more characters.
"""

from __future__ import annotations

from edu.content.model import Lesson, Plan, Principle, Target, Term
from edu.ids import stable_id
from edu.numerals import format_number, numbers_in
from edu.questions.model import BLANK, INTRODUCTION, Question, Text, TextAnswer
from edu.questions.phrasing import bare, explain, item_ref, sentences, statement

KIND = "cloze"


def _blank(sentence: str, start: int, end: int) -> str:
    return f"{sentence[:start]}{BLANK}{sentence[end:]}"


def number_question(t: Target, part: str) -> Question | None:
    for value, start, end in numbers_in(t.source):  # noqa: B007 - used after the loop
        if abs(value - t.value) < 1e-9 and t.source.startswith(t.unit, end):
            break
    else:  # validated content always states its value; synthetic content may not
        return None
    written = t.source[start:end]
    accepted = [written, f"{written}{t.unit}"]
    if written != format_number(t.value):
        accepted += [format_number(t.value), f"{format_number(t.value)}{t.unit}"]
    blanked = _blank(t.source, start, end)
    s = statement(t)
    return Question(
        id=stable_id("question", KIND, "target", t.id), kind=KIND, lesson=t.lesson, part=part,
        difficulty=2,
        stem=Text(f"在横线处填入《行动计划》原文中的数字：{blanked}",
                  f"Fill in the missing number (the target for “{t.metric_en}”) in this "
                  f"sentence of the plan: {blanked}"),
        answer=TextAnswer(tuple(dict.fromkeys(accepted))), source=(t.source,),
        explanation=explain(Text(f"“{t.metric}”的目标是{s.zh}。",
                                 f"The target for “{t.metric_en}” is {s.en}."), (t.source,)),
        tags=("targets", "numbers"), refs=(item_ref("target", t.id),), variant="number")


def _lesson_sentences(lesson: Lesson) -> list[tuple[str, str]]:
    """(sentence, study-item id) for the lead and every measure of *lesson*."""
    out = [(s, item_ref("lesson", lesson.id)) for s in sentences(lesson.lead)]
    for m in lesson.measures:
        out.extend((s, item_ref("measure", m.id)) for s in sentences(m.source))
    return out


def term_question(lesson: Lesson, term: Term,
                  pieces: list[tuple[str, str]]) -> Question | None:
    if len(term.term) < 2:
        return None
    for sentence, ref in pieces:  # noqa: B007 - used after the loop
        if sentence.count(term.term) == 1 and len(sentence) > len(term.term) + 2:
            break
    else:
        return None
    start = sentence.index(term.term)
    blanked = _blank(sentence, start, start + len(term.term))
    return Question(
        id=stable_id("question", KIND, "term", lesson.id, term.term), kind=KIND,
        lesson=lesson.id, part=lesson.part, difficulty=3 if len(term.term) >= 5 else 2,
        stem=Text(f"在横线处填入《行动计划》原文中的词语：{blanked}",
                  f"Fill in the missing term (in English: “{term.term_en}”) in this sentence "
                  f"of the plan: {blanked}"),
        answer=TextAnswer((term.term,)), source=(sentence,),
        explanation=explain(Text(f"所缺词语是“{term.term}”。",
                                 f"The missing term is “{term.term}” ({term.term_en})."),
                            (sentence,)),
        tags=("glossary",), refs=(ref,), variant="term")


def principle_question(p: Principle) -> Question:
    blanked = _blank(p.source, 0, len(p.name))
    return Question(
        id=stable_id("question", KIND, "principle", p.id), kind=KIND, lesson=INTRODUCTION,
        part=INTRODUCTION, difficulty=2,
        stem=Text(f"填写这项基本原则的名称：{blanked}",
                  f"Name the basic principle that means “{bare(p.text_en)}”: {blanked}"),
        answer=TextAnswer((p.name,)), source=(p.source,),
        explanation=explain(Text(f"这项基本原则是“{p.name}”。",
                                 f"The principle is “{p.name}” ({p.name_en})."), (p.source,)),
        tags=("principles",), refs=(item_ref("principle", p.id),), variant="principle")


def generate(plan: Plan) -> list[Question]:
    """One question per target, per blankable glossary term and per principle."""
    out: list[Question] = []
    for p in plan.introduction.principles:
        out.append(principle_question(p))
    for lesson in plan.lessons:
        for t in lesson.targets:
            q = number_question(t, lesson.part)
            if q is not None:
                out.append(q)
        pieces = _lesson_sentences(lesson) if lesson.terms else []
        for term in lesson.terms:
            q = term_question(lesson, term, pieces)
            if q is not None:
                out.append(q)
    return out
