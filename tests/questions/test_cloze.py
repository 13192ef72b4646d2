"""Cloze questions: a number, a term or a principle's name blanked out of a verbatim sentence."""

from __future__ import annotations

from edu.content import Plan
from edu.ids import item_id
from edu.questions import cloze
from edu.questions.model import BLANK
from edu.questions.model import TextAnswer


def test_blank_restores_the_sentence(plan: Plan) -> None:
    """Putting the first accepted answer in the blank gives back the source sentence."""
    for q in cloze.generate(plan):
        assert isinstance(q.answer, TextAnswer)
        sentence = q.stem.zh.split("）：", 1)[-1].split("：", 1)[-1]
        assert sentence.replace(BLANK, q.answer.accepted[0]) == q.source[0], q.id


def test_numbers_and_units_are_never_blanked(plan: Plan) -> None:
    """No blank takes a number or a unit alone (the value is asked by other kinds)."""
    for q in cloze.generate(plan):
        assert isinstance(q.answer, TextAnswer)
        answer = q.answer.accepted[0]
        assert not any(c.isdigit() for c in answer), q.id
        assert answer not in ("%", "年", "周岁", "个", "人"), q.id


def test_blanks_are_whole_words(plan: Plan) -> None:
    """A blank starts and ends on jieba's word boundaries: 人格权 is never cut out of 人格权利,
    nor 年 out of 青年人."""
    for q in cloze.generate(plan):
        assert isinstance(q.answer, TextAnswer)
        assert cloze.whole_word_at(q.source[0], q.answer.accepted[0]) is not None, q.id
    assert cloze.whole_word_at("保障人格权利不受侵犯。", "人格权") is None
    assert cloze.whole_word_at("帮助新市民、青年人等群体。", "年") is None


def test_every_cloze_carries_a_hint(plan: Plan) -> None:
    """Each stem gives the English gloss or the measure's title (in both languages), so a
    Chinese-only cloze is never a guess."""
    for q in cloze.generate(plan):
        if q.variant == "principle":
            assert "means" in q.stem.en
            continue
        assert "英文为" in q.stem.zh or "出自措施" in q.stem.zh, q.stem.zh
        assert "in English" in q.stem.en or "from the measure" in q.stem.en, q.stem.en


def test_body_clozes_blank_only_glossary_terms(plan: Plan) -> None:
    """A body cloze blanks a glossary term (the sentence and the term's English pin it down),
    never a word several others would fit ("给予____医疗…专项救助": 困难群众 or 困难家庭?);
    the blank is not in the hint (the measure's title), the sentence is of the body. (That
    ≥ 90% of the measures are asked about on their body is the whole bank's duty:
    tests/questions/test_quality.py.)"""
    glossary = {t.term for t in plan.glossary} | {t.term for x in plan.lessons for t in x.terms}
    body = [q for q in cloze.generate(plan) if q.variant == "body"]
    assert len(body) >= 8
    for q in body:
        m = next(m for m in plan.measures if item_id("measure", m.id) in q.refs)
        assert q.source[0] in m.text
        assert isinstance(q.answer, TextAnswer)
        assert q.answer.accepted[0] in glossary, q.answer.accepted[0]
        assert q.answer.accepted[0] not in m.title
        assert "in English" in q.stem.en
        assert "英文为" in q.stem.zh  # a Chinese-only reader gets the gloss too
        assert "英文为" in q.stem.zh  # a Chinese-only reader gets the gloss too


def test_term_and_principle_variants(plan: Plan) -> None:
    """Glossary terms of two or more characters and all six principle names are blanked."""
    questions = cloze.generate(plan)
    principles = [q for q in questions if q.variant == "principle"]
    assert len(principles) == len(plan.introduction.principles)
    assert all(q.stem.zh.count(BLANK) == 1 for q in questions)
    terms = [q for q in questions if q.variant == "term"]
    assert len(terms) >= 36  # every term but units and unit phrases (每万人口 …)
    for q in terms:
        assert isinstance(q.answer, TextAnswer)
        assert len(q.answer.accepted[0]) >= 2
        assert q.source[0].count(q.answer.accepted[0]) == 1


def test_units_and_unit_phrases_are_never_blanked(plan: Plan) -> None:
    """No cloze blanks a unit or a unit phrase (人次, 每万人口, 每千人口): the answer would be
    the unit, not the plan; glossary terms that are not units still are."""
    from edu.questions.cloze import is_unit_term

    assert all(is_unit_term(t) for t in ("每万人口", "每千人口", "人次", "亩", "万人次"))
    assert not any(is_unit_term(t) for t in ("特困人员", "公租房", "毛入学率"))
    answers = [q.answer.accepted[0] for q in cloze.generate(plan)]  # type: ignore[union-attr]
    assert answers
    assert not [a for a in answers if is_unit_term(a)]
