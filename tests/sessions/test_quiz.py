"""The quiz session: check → feedback per answer shape, score, mistakes, retry, recording."""

from __future__ import annotations

import random
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from edu.errors import QuizError
from edu.errors import UsageError
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.quiz.grading import correct_response
from edu.quiz.spec import QuizSpec
from edu.sessions.quiz import QuizSession
from edu.sessions.quiz import assemble_questions
from edu.sessions.quiz import check_questions
from edu.sessions.quiz import practice_questions
from edu.sessions.quiz import response_text
from edu.sessions.quiz import say
from edu.study.store import ProgressStore
from tests.conftest import CONTENT

NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def bank() -> Bank:
    """The generated questions and the authored ones (choice, short answer)."""
    return load_bank(CONTENT)


def first(bank: Bank, kind: str, **want: Any) -> Question:
    """The first question of *kind* (whose fields equal *want*)."""
    return next(q for q in bank.questions if q.kind == kind
                and all(getattr(q, k) == v for k, v in want.items()))


def wrong_response(q: Question) -> Any:
    """A complete response that scores 0."""
    right = correct_response(q)
    if q.shape == "choice":
        return next(o.id for o in q.options if o.id != right)
    if q.shape == "true_false":
        return not right
    if q.shape == "numeric":
        return str(right + 1000)
    if q.shape == "text":
        return "不是这个"
    if q.shape == "matching":
        prompts = list(right)
        return {p: right[prompts[(i + 1) % len(prompts)]] for i, p in enumerate(prompts)}
    if q.shape == "multi":  # only wrong ticks: floored at 0
        return [o.id for o in q.options if o.id not in right]
    return list(reversed(right))


def partial_response(q: Question) -> Any:
    """A response that scores strictly between 0 and 1 (matching and ordering only)."""
    right = correct_response(q)
    if q.shape == "matching":
        prompts = list(right)
        swapped = dict(right)
        swapped[prompts[0]], swapped[prompts[1]] = right[prompts[1]], right[prompts[0]]
        return swapped
    order = list(right)
    order[0], order[1] = order[1], order[0]
    return order


KINDS = ["mc_value", "numeric", "lesson_of_measure", "matching", "cloze", "true_false",
         "ordering", "recall", "choice", "short_answer", "multiple_response", "which_not"]


@pytest.mark.parametrize("kind", KINDS)
def test_right_and_wrong_answer_every_kind(bank: Bank, kind: str) -> None:
    """Each kind: the right response scores 1 ("right"), a wrong one 0 with the answer shown."""
    q = first(bank, kind)
    right = QuizSession([q], lang="en")
    typed = correct_response(q)
    if q.shape == "numeric":
        typed = f"{typed:g}"
    feedback = right.check(typed)
    assert feedback.score.correct
    assert feedback.verdict == "right"
    assert feedback.headline("en") == "Correct!"
    wrong = QuizSession([q], lang="en")
    feedback = wrong.check(wrong_response(q))
    assert feedback.verdict == "wrong"
    assert feedback.score.earned == 0
    assert feedback.headline("zh") == "回答错误"
    assert feedback.answer.zh
    assert feedback.given.zh


@pytest.mark.parametrize("kind", ["matching", "ordering"])
def test_partial_credit(bank: Bank, kind: str) -> None:
    """Swapping two pairs or two items earns part of the point, and says how much."""
    q = first(bank, kind)
    session = QuizSession([q])
    feedback = session.check(partial_response(q))
    assert feedback.verdict == "partial"
    assert 0 < session.earned < 1
    assert session.possible == 1
    assert "(" in feedback.headline("en")
    assert "Partly right" in feedback.headline("en")
    marks = feedback.marks()
    assert sum(not ok for ok in marks.values()) == 2


def test_marks_for_choice(bank: Bank) -> None:
    """A wrong choice is marked wrong and the right option marked right."""
    q = first(bank, "mc_value")
    bad = wrong_response(q)
    marks = QuizSession([q]).check(bad).marks()
    assert marks == {bad: False, correct_response(q): True}


def test_numeric_accepts_typed_forms(bank: Bank) -> None:
    """A number typed as text, with its unit or as Chinese numerals, is graded by value."""
    q = first(bank, "numeric")
    assert isinstance(q.answer, NumericAnswer)
    value = q.answer.value
    assert QuizSession([q]).check(f" {value:g}{q.answer.unit} ").score.correct


def test_incomplete_responses_are_not_checked(bank: Bank) -> None:
    """Nothing chosen, blank text, no number, an unpaired prompt: a hint, never a wrong mark."""
    cases = [("mc_value", None, "choose"), ("true_false", None, "choose"),
             ("cloze", "  ", "type"), ("numeric", "many", "number")]
    for kind, response, key in cases:
        session = QuizSession([first(bank, kind)])
        assert session.missing(response) == key
        with pytest.raises(QuizError, match=say(key, "en").rstrip(".")):
            session.check(response)
        assert session.answered == 0
    q = first(bank, "matching")
    half = dict.fromkeys((p.id for p in q.prompts), None)
    assert QuizSession([q]).missing(half) == "pair_all"


def test_score_progress_mistakes_and_retry(bank: Bank) -> None:
    """Score and position follow the answers; the mistakes are listed; retry asks them again."""
    questions = assemble_questions(bank, QuizSpec(count=4, kinds=(
        "mc_value", "numeric", "true_false", "cloze", "recall", "choice")), seed=3)
    session = QuizSession(questions, lang="en")
    assert session.position_text() == "Question 1 of 4"
    assert session.score_text() == "Score 0 / 0"
    for n, q in enumerate(questions):
        with pytest.raises(QuizError, match="check your answer"):
            session.next()
        response = correct_response(q) if n % 2 == 0 else wrong_response(q)
        if q.shape == "numeric":
            response = str(response)
        session.check(response)
        assert session.revealed
        assert session.feedback() is not None
        with pytest.raises(QuizError, match="checked already"):
            session.check(response)
        session.next()
    assert session.finished
    assert session.current is None
    assert session.score_text() == "Score 2 / 4"
    assert session.summary_text() == "2 of 4 right (score 50%)"
    assert [f.question.id for f in session.mistakes()] == [questions[1].id, questions[3].id]
    retry = session.retry_wrong(random.Random(1))
    assert [q.id for q in retry.questions] == [questions[1].id, questions[3].id]
    assert retry.index == 0
    assert retry.answered == 0
    assert retry.lang == "en"
    for q in retry.questions:
        response = correct_response(q)
        retry.check(str(response) if q.shape == "numeric" else response)
        retry.next()
    assert retry.mistakes() == []
    with pytest.raises(QuizError, match="nothing to retry"):
        retry.retry_wrong()
    assert session.restart().questions == session.questions


def test_answers_are_recorded(bank: Bank, tmp_path: Path) -> None:
    """Each check is one attempt in the store: question id, score, lesson, kind and refs."""
    store = ProgressStore.open(tmp_path / "p.db")
    q = first(bank, "matching")
    session = QuizSession([q], store=store, clock=lambda: NOW)
    session.check(partial_response(q))
    [attempt] = store.attempts()
    assert attempt.item_id == q.id
    assert attempt.lesson == q.lesson
    assert attempt.kind == q.kind
    assert attempt.refs == q.refs
    assert attempt.time == NOW
    assert 0 < attempt.score < 1
    assert attempt.response == partial_response(q)
    with pytest.raises(QuizError, match="needs a clock"):
        QuizSession([q], store=store)


def test_feedback_shows_the_point_and_the_source_apart(bank: Bank) -> None:
    """Feedback gives the explanation's point and, on its own, the source it rests on."""
    q = first(bank, "mc_value")
    fb = QuizSession([q]).check(correct_response(q))
    assert fb.explanation == q.explanation
    assert "原文" not in fb.explanation.zh
    assert q.source[0] not in fb.explanation.zh
    assert fb.explanation.en.endswith(".")
    assert fb.source == q.source


def test_response_text(bank: Bank) -> None:
    """What the learner answered, in words, for every shape."""
    tf = first(bank, "true_false")
    assert response_text(tf, True).zh == "正确"
    assert response_text(tf, "错").en == "False"
    assert response_text(tf, None).en == "(no answer)"
    order = first(bank, "ordering")
    assert isinstance(order.answer, OrderingAnswer)
    assert response_text(order, list(order.answer.order)).zh.count("→") == len(
        order.options) - 1
    match = first(bank, "matching")
    assert isinstance(match.answer, MatchingAnswer)
    assert "——" in response_text(match, match.answer.as_dict()).zh
    cloze = first(bank, "cloze")
    assert isinstance(cloze.answer, TextAnswer)
    assert response_text(cloze, "依法").zh == "依法"


def test_language(bank: Bank) -> None:
    """zh, en or both; anything else is refused."""
    session = QuizSession([first(bank, "recall")], lang="zh")
    assert session.position_text() == "第 1 题，共 1 题"
    session.set_lang("both")
    assert session.position_text() == "第 1 题，共 1 题 / Question 1 of 1"
    with pytest.raises(UsageError, match="unknown language 'fr'"):
        session.set_lang("fr")
    with pytest.raises(QuizError, match="at least one question"):
        QuizSession([])


def test_practice_questions(bank: Bank) -> None:
    """Practice takes turns over the weak items, only questions about them, no repeats."""
    targets = [r for q in bank.questions for r in q.refs if r.startswith("target-")]
    weak = list(dict.fromkeys(targets))[:3]
    picked = practice_questions(bank, weak, 6, random.Random(2))
    assert len(picked) == 6
    assert len({q.id for q in picked}) == 6
    assert all(set(q.refs) & set(weak) for q in picked)
    assert {q.refs[0] for q in picked[:3]} == set(weak)
    assert practice_questions(bank, ["target-unknown"], 5, random.Random(2)) == []
    again = practice_questions(bank, weak, 6, random.Random(2))
    assert [q.id for q in again] == [q.id for q in picked]


def test_check_questions(bank: Bank) -> None:
    """A lesson check: five easy-to-medium questions of that lesson, the same for one seed."""
    check = check_questions(bank, "health", seed=5)
    assert len(check) == 5
    assert all(q.lesson == "health" and q.difficulty <= 2 for q in check)
    assert [q.id for q in check] == [q.id for q in check_questions(bank, "health", seed=5)]
    few = check_questions(bank, "health", seed=5, count=400)
    assert 5 < len(few) < 400
    with pytest.raises(QuizError, match="unknown lesson"):
        check_questions(bank, "nowhere", seed=5)


def test_discussion_is_pending_and_shows_the_model_answer(bank: Bank) -> None:
    """A typed essay is submitted, not marked: verdict "pending", no points counted either
    way, never listed as a mistake; an empty one asks the learner to write first."""
    q = first(bank, "discussion")
    session = QuizSession([q], lang="en")
    assert session.missing("  ") == "write"
    feedback = session.check("A lower rate is better, so it is a ceiling.")
    assert feedback.verdict == "pending"
    assert (session.earned, session.possible) == (0, 0)
    session.next()
    assert session.mistakes() == []
    assert session.result().pending == 1


def test_select_all_partial_credit_in_a_session(bank: Bank) -> None:
    """Ticking one right option of k scores 1/k ("partial"); marks flag each tick."""
    q = first(bank, "multiple_response")
    from edu.questions.model import MultiAnswer

    assert isinstance(q.answer, MultiAnswer)
    session = QuizSession([q], lang="en")
    assert session.missing([]) == "tick"
    feedback = session.check([q.answer.options[0]])
    assert feedback.verdict == "partial"
    assert feedback.score.earned == pytest.approx(1 / len(q.answer.options))
    assert feedback.marks()[q.answer.options[0]] is True
