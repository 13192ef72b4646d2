"""``cloze``: a key term or word blanked out of a verbatim source sentence, with a hint.

* variant ``term`` — a glossary term (two or more characters) of a lesson, blanked in the first
  sentence of the lesson that holds it exactly once *as whole words* (the jieba segmenter's
  word boundaries fall on both ends, so 人格权 is never cut out of 人格权利, nor 年 out of
  青年人); the hint is the term's English rendering. Units and unit phrases (人次, 每万人口,
  每千人口: :func:`is_unit_term`) are never blanked: they test the unit, not the plan. Its
  first ref is the glossary term (``item_id("term", term)``, the Anki term note's id), then
  the lesson or measure it is in.
* variant ``body`` — one sentence of a measure's body (not its title), with a glossary term
  (of any lesson or the plan's glossary, whole words, not a unit, not in the measure's title)
  blanked; the hint is the term's English and the measure's title. Other words are no longer
  blanked: a teacher found them ambiguous — in "给予____医疗、教育…专项救助" 困难群众 and
  困难家庭 are equally defensible, and jieba's nouns cut names (保障性 out of 保障性租赁住房,
  保护法 out of 未成年人保护法). The trade-off: 9 body clozes instead of 47; the measures'
  bodies are still all asked about by the bank as a whole (authored questions cite body
  sentences), so the coverage goal (≥ 90% of measures) holds.
* variant ``principle`` — a basic principle's name blanked before its explanation.

Numbers are no longer blanked: a target's value is asked by ``mc_value``, ``numeric`` and
``true_false`` already, and a blank before "%" only tests the unit. Difficulty: from features
(:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

from edu.content.model import INTRODUCTION
from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Plan
from edu.content.model import Principle
from edu.content.model import Term
from edu.content.wording import UNITS_EN
from edu.content.wording import sentences
from edu.ids import stable_id
from edu.questions.distractors import rank
from edu.questions.model import BLANK
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.phrasing import bare
from edu.questions.phrasing import cite
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref

KIND = "cloze"
#: Glossary entries that are units of measurement: blanking or matching them tests a
#: dictionary (or the unit), not the plan.
UNIT_TERMS = frozenset({"周岁", "立方米", "平方米", "人次", "亩", "亿", "万", "公里", "吨",
                        *(u for u in UNITS_EN if u)})
#: A rate's base: 每万人口, 每千人口, 每百户 …
_PER = re.compile(r"^每[十百千万亿]+[\u4e00-\u9fff]{1,2}$")
#: A unit with 万 or 亿 before it (万吨, 亿亩): units too. A set built once, so a look-up is
#: one hash (the generators ask about every glossary term for every candidate sentence).
_SCALED_UNITS = frozenset(f"{m}{u}" for m in ("万", "亿") for u in UNIT_TERMS)


def is_unit_term(term: str) -> bool:
    """Whether *term* is a unit or a unit phrase (亩, 人次, 每万人口, 每千人口): never a cloze
    blank nor a matching pair."""
    return term in UNIT_TERMS or bool(_PER.match(term)) or term in _SCALED_UNITS


@lru_cache(maxsize=1)
def _jieba() -> object:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


@lru_cache(maxsize=1 << 17)
def words(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """jieba's words of *sentence*: (start, end, word, part of speech).

    The segmentation is ``jieba.posseg``'s (HMM on, the dictionary as shipped): it decides
    every cloze's word boundaries, so changing it would change the bank."""
    posseg = _jieba()
    out, at = [], 0
    for pair in posseg.cut(sentence):  # type: ignore[attr-defined]
        word, flag = pair.word, pair.flag
        out.append((at, at + len(word), word, flag))
        at += len(word)
    return tuple(out)


def whole_word_at(sentence: str, term: str) -> int | None:
    """Where *term* stands in *sentence* exactly once, starting and ending on word boundaries
    (jieba's), or ``None``.

    Stricter on purpose than the look-ups' :func:`edu.content.glossary.find_terms`, which adds
    the glossary to jieba's vocabulary and so finds 人格权 in 人格权利: a highlight there is
    harmless, but a blank there (依法保障____利) would ask for a cut word. The price is a few
    terms never blanked (最低生活保障 before 制度), which their other questions still ask."""
    if sentence.count(term) != 1:
        return None
    start = sentence.index(term)
    bounds = _bounds(sentence)
    return start if start in bounds and start + len(term) in bounds else None


@lru_cache(maxsize=1 << 17)
def _bounds(sentence: str) -> frozenset[int]:
    """Where jieba's words of *sentence* start and end."""
    return frozenset(x for a, b, _, _ in words(sentence) for x in (a, b))


def _blank(sentence: str, start: int, end: int) -> str:
    return f"{sentence[:start]}{BLANK}{sentence[end:]}"


def lesson_sentences(lesson: Lesson) -> list[tuple[str, str]]:
    """(sentence, study-item id) for the lead and every measure of *lesson*."""
    out = [(s, item_ref("lesson", lesson.id)) for s in sentences(lesson.lead)]
    for m in lesson.measures:
        out.extend((s, item_ref("measure", m.id)) for s in sentences(m.source))
    return out


def term_question(lesson: Lesson, term: Term,
                  pieces: list[tuple[str, str]], title: str) -> Question | None:
    if len(term.term) < 2 or is_unit_term(term.term):
        return None
    for sentence, ref in pieces:  # noqa: B007 - used after the loop
        if len(sentence) >= max(12, len(term.term) + 6):
            at = whole_word_at(sentence, term.term)
            if at is not None:
                break
    else:
        return None
    start = at
    blanked = _blank(sentence, start, start + len(term.term))
    return Question(
        id=stable_id("question", KIND, "term", lesson.id, term.term), kind=KIND,
        lesson=lesson.id, part=lesson.part,
        stem=Text(f"在横线处填入{title}原文中的词语（英文为“{term.term_en}”）：{blanked}",
                  f"Fill in the missing term (in English: “{term.term_en}”) in this sentence "
                  f"of the plan: {blanked}"),
        answer=TextAnswer((term.term,)), source=(sentence,),
        explanation=explain(Text(f"所缺词语是“{term.term}”。",
                                 f"The missing term is “{term.term}” ({term.term_en})."),
                            (sentence,)),
        tags=("glossary",), refs=(item_ref("term", term.term), ref), variant="term")


def blankable(terms: Iterable[Term]) -> tuple[Term, ...]:
    """The *terms* a body cloze may blank (two or more characters, not a unit), longest
    first: worked out once per bank, not per candidate sentence."""
    return tuple(sorted((t for t in terms if len(t.term) >= 2 and not is_unit_term(t.term)),
                        key=lambda t: -len(t.term)))


def body_blank(sentence: str, title: str, terms: tuple[Term, ...]
               ) -> tuple[int, int, Term] | None:
    """Where to blank *sentence*: the first of *terms* (:func:`blankable`: longest first, no
    unit) in it as whole words and not in the measure's title; ``None`` when none fits."""
    for term in terms:
        if term.term not in title:
            at = whole_word_at(sentence, term.term)
            if at is not None:
                return at, at + len(term.term), term
    return None


def body_question(lesson: Lesson, m: Measure, taken: set[str],
                  target_sources: set[str], terms: tuple[Term, ...], *,
                  title: str) -> Question | None:
    """A cloze on a sentence of *m*'s body (see the module docstring): one of *terms*
    (:func:`blankable`) is blanked."""
    candidates = [x for x in sentences(m.text)
                  if 12 <= len(x) <= 90 and x not in taken
                  and not any(src in x or x in src for src in target_sources)]
    key = f"body:{m.id}"
    for sentence in sorted(candidates, key=lambda x: rank(key, x)):
        blank = body_blank(sentence, m.title, terms)
        if blank is None:
            continue
        a, b, term = blank
        word = sentence[a:b]
        blanked = _blank(sentence, a, b)
        hint_en, hint_zh = f"in English: “{term.term_en}”; ", f"英文为“{term.term_en}”，"
        return Question(
            id=stable_id("question", KIND, "body", m.id), kind=KIND, lesson=lesson.id,
            part=lesson.part,
            stem=Text(f"在横线处填入{title}原文中的词语（{hint_zh}出自措施“{m.title}”）："
                      f"{blanked}",
                      f"Fill in the missing word ({hint_en}from the measure “{m.title_en}”) "
                      f"in this sentence of the plan: {blanked}"),
            answer=TextAnswer((word,)), source=(sentence,),
            explanation=explain(Text(f"所缺词语是“{word}”。",
                                     f"The missing word is “{word}” ({term.term_en})."),
                                (sentence,)),
            tags=("measures", "glossary"),
            refs=(item_ref("measure", m.id), item_ref("term", term.term)),
            variant="body")
    return None


def principle_question(p: Principle) -> Question:
    blanked = _blank(p.source, 0, len(p.name))
    return Question(
        id=stable_id("question", KIND, "principle", p.id), kind=KIND, lesson=INTRODUCTION,
        part=INTRODUCTION,
        stem=Text(f"填写这项基本原则的名称：{blanked}",
                  f"Name the basic principle that means “{bare(p.text_en)}”: {blanked}"),
        answer=TextAnswer((p.name,)), source=(p.source,),
        explanation=explain(Text(f"这项基本原则是“{p.name}”。",
                                 f"The principle is “{p.name}” ({p.name_en})."), (p.source,)),
        tags=("principles",), refs=(item_ref("principle", p.id),), variant="principle")


def generate(plan: Plan) -> list[Question]:
    """One question per principle, per blankable glossary term and per measure body."""
    out: list[Question] = []
    glossary = blankable({t.term: t for t in (*plan.glossary, *(t for lesson in plan.lessons
                                                                 for t in lesson.terms))}.values())
    for p in plan.introduction.principles:
        out.append(principle_question(p))
    for lesson in plan.lessons:
        target_sources = {t.source for t in lesson.targets}
        pieces = lesson_sentences(lesson) if lesson.terms else []
        # sentences that state a target come last: their figure is asked three ways already
        pieces.sort(key=lambda p: any(src in p[0] for src in target_sources))
        taken: set[str] = set()
        for term in lesson.terms:
            q = term_question(lesson, term, pieces, cite(plan))
            if q is not None:
                out.append(q)
                taken.update(q.source)
        for m in lesson.measures:
            q = body_question(lesson, m, taken, target_sources, glossary, title=cite(plan))
            if q is not None:
                out.append(q)
                taken.update(q.source)
    return out
