"""Answers in words, for answer keys: one per shape."""

from __future__ import annotations

from edu.questions.bank import Bank
from edu.questions.model import Question
from edu.questions.render import answer_text


def _first(bank: Bank, kind: str, variant: str = "") -> Question:
    return next(q for q in bank.questions if q.kind == kind
                and (not variant or q.variant == variant))


def test_answer_text_per_shape(bank: Bank) -> None:
    """Choice, numeric, true/false, text, ordering and matching answers read naturally."""
    mc = answer_text(_first(bank, "mc_value"))
    assert mc.zh == "18亿亩"
    assert mc.en == "1.8 billion mu"
    approx = next(q for q in bank.questions if q.kind == "numeric" and "左右" in q.source[0])
    assert "±" in answer_text(approx).zh
    tf = answer_text(_first(bank, "true_false", "principle-text"))
    assert (tf.zh, tf.en) == ("错误", "False")
    cloze = answer_text(_first(bank, "cloze", "principle"))
    assert cloze.zh == "依法推进"
    order = answer_text(_first(bank, "ordering", "by-value"))
    assert order.zh == "高等教育毛入学率→学前教育毛入园率→高中阶段教育毛入学率"
    assert " → " in order.en
    pairs = answer_text(_first(bank, "matching", "principles"))
    assert "依法推进——将人权事业纳入法治轨道" in pairs.zh
    assert "Progress under the rule of law: Bring human rights work" in pairs.en
