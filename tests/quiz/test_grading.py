"""Grading: exact and partial credit, tolerance, normalised typing, quiz totals."""

from __future__ import annotations

import dataclasses

import pytest

from edu.errors import QuizError
from edu.questions.bank import Bank
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.quiz.grading import correct_response
from edu.quiz.grading import grade
from edu.quiz.grading import grade_quiz


def _q(bank: Bank, kind: str, variant: str = "", contains: str = "") -> Question:
    return next(q for q in bank.questions if q.kind == kind
                and (not variant or q.variant == variant) and contains in "".join(q.source))


def test_choice(bank: Bank) -> None:
    """The right option scores 1, another 0, an unknown id 0 with a reason."""
    q = _q(bank, "mc_value")
    assert isinstance(q.answer, ChoiceAnswer)
    assert grade(q, q.answer.option).earned == 1
    wrong = next(o.id for o in q.options if o.id != q.answer.option)
    assert grade(q, wrong).earned == 0
    assert "not one of the options" in grade(q, "o00000000").detail


def test_numeric_tolerance_and_typing(bank: Bank) -> None:
    """Exact values need the exact number; 左右 values accept ±10%; typed forms parse."""
    exact = next(q for q in bank.questions if q.kind == "numeric"
                 and q.answer == NumericAnswer(3.8, 0.0, "人"))
    assert grade(exact, 3.8).correct
    assert grade(exact, "3.8人").correct
    assert not grade(exact, 3.9).correct
    approx = next(q for q in bank.questions if q.kind == "numeric"
                  and q.answer == NumericAnswer(15, 1.5, "个"))
    assert grade(approx, "16").correct
    assert grade(approx, 13.5).correct
    assert not grade(approx, 17).correct
    percent = next(q for q in bank.questions if q.kind == "numeric"
                   and q.answer == NumericAnswer(88, 0.0, "%"))
    for typed in ("88", "88%", "８８％", "八十八", "百分之八十八"):
        assert grade(percent, typed).correct, typed
    assert grade(percent, "about 88 or 90").detail == "not a single number"


def test_cloze_normalisation(bank: Bank) -> None:
    """Width, whitespace, ％ and Chinese numerals do not matter for typed answers."""
    base = next(q for q in bank.questions if q.kind == "cloze")
    q = dataclasses.replace(base, answer=TextAnswer(("三", "三年", "3", "3年")))
    for typed in ("三", "3", " ３ ", "3年", "三年"):
        assert grade(q, typed).correct, typed
    assert not grade(q, "5").correct
    assert not grade(q, "").correct
    principle = _q(bank, "cloze", "principle")
    assert grade(principle, "“依法推进”").correct
    assert not grade(principle, "协调推进").correct


def test_true_false_words(bank: Bank) -> None:
    """True/False, and words such as 对/错 or 'false', are read; other words score 0."""
    q = _q(bank, "true_false", "principle-text")
    assert grade(q, False).correct
    assert grade(q, "错").correct
    assert grade(q, "False").correct
    assert not grade(q, True).correct
    assert not grade(q, "对").correct
    assert grade(q, "maybe").detail == "answer true or false"


def test_matching_partial_credit(bank: Bank) -> None:
    """Each correctly paired prompt earns its share; a swap of two loses two shares."""
    q = _q(bank, "matching", "principles")
    assert isinstance(q.answer, MatchingAnswer)
    right = q.answer.as_dict()
    assert grade(q, right).earned == 1
    prompts = list(right)
    swapped = {**right, prompts[0]: right[prompts[1]], prompts[1]: right[prompts[0]]}
    score = grade(q, swapped)
    assert score.earned == pytest.approx(4 / 6)
    assert score.detail == "4 of 6 pairs"
    assert grade(q, [[p, o] for p, o in right.items()]).correct


def test_ordering_partial_credit(bank: Bank) -> None:
    """Credit is the share of item pairs in the right relative order; reversed scores 0."""
    q = _q(bank, "ordering", "by-value")
    assert isinstance(q.answer, OrderingAnswer)
    order = list(q.answer.order)
    pairs = len(order) * (len(order) - 1) / 2
    assert grade(q, order).correct
    assert grade(q, order[::-1]).earned == 0
    one_swap = [order[1], order[0], *order[2:]]
    assert grade(q, one_swap).earned == pytest.approx((pairs - 1) / pairs)
    assert grade(q, order[:-1]).earned == 0


def test_wrong_response_types_are_caller_errors(bank: Bank) -> None:
    """A list for a choice, text for a matching: QuizError, not a silent zero."""
    with pytest.raises(QuizError, match="expected an option id"):
        grade(_q(bank, "mc_value"), ["o1"])
    with pytest.raises(QuizError, match="expected a mapping"):
        grade(_q(bank, "matching"), "o1")
    with pytest.raises(QuizError, match="expected a number"):
        grade(_q(bank, "numeric"), True)
    assert grade(_q(bank, "mc_value"), None).detail == "no answer"


def test_quiz_totals(bank: Bank) -> None:
    """grade_quiz sums points; missing answers score 0."""
    qs = [_q(bank, "mc_value"), _q(bank, "matching", "principles"), _q(bank, "numeric")]
    responses = {qs[0].id: correct_response(qs[0]), qs[1].id: correct_response(qs[1])}
    result = grade_quiz(qs, responses)
    assert (result.earned, result.possible, result.correct_count) == (2, 3, 2)
    assert result.fraction == pytest.approx(2 / 3)
    assert result.scores[2][1].detail == "no answer"
