"""Cloze questions: a number, a term or a principle's name blanked out of a verbatim sentence."""

from __future__ import annotations

from edu.content import Plan
from edu.ids import item_id
from edu.questions import cloze
from edu.questions.model import BLANK, Question, TextAnswer


def _target(plan: Plan, target_id: str) -> Question:
    return next(q for q in cloze.generate(plan)
                if q.variant == "number" and q.refs == (item_id("target", target_id),))


def test_number_blank_restores_the_sentence(plan: Plan) -> None:
    """Putting the first accepted answer in the blank gives back the source sentence."""
    for q in (q for q in cloze.generate(plan)):
        assert isinstance(q.answer, TextAnswer)
        sentence = q.stem.zh.split("：", 1)[1]
        assert sentence.replace(BLANK, q.answer.accepted[0]) == q.source[0], q.id


def test_chinese_numeral_is_accepted_in_both_scripts(plan: Plan) -> None:
    """用三年左右: the blank accepts 三, 3 and 3年."""
    q = _target(plan, "rural-housing-hazard-remediation")
    assert isinstance(q.answer, TextAnswer)
    assert {"三", "3", "3年"} <= set(q.answer.accepted)
    assert f"用{BLANK}年左右" in q.stem.zh


def test_term_and_principle_variants(plan: Plan) -> None:
    """Glossary terms of two or more characters and all six principle names are blanked."""
    questions = cloze.generate(plan)
    principles = [q for q in questions if q.variant == "principle"]
    assert len(principles) == len(plan.introduction.principles)
    assert all(q.stem.zh.count(BLANK) == 1 for q in questions)
    terms = [q for q in questions if q.variant == "term"]
    assert len(terms) >= 40
    for q in terms:
        assert isinstance(q.answer, TextAnswer)
        assert len(q.answer.accepted[0]) >= 2
        assert q.source[0].count(q.answer.accepted[0]) == 1
