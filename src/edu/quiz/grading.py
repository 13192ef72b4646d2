"""Grade responses: ``grade(question, response) -> Score``, and whole quizzes.

Responses by answer shape:

=============  ==================================================  ===========================
shape          response                                            score
=============  ==================================================  ===========================
choice         the chosen option id                                1 or 0
true_false     ``True``/``False`` (or ``"true"``, ``"对"``, ``"错"`` …)  1 or 0
numeric        a number, or text holding one (``"88%"``, ``"八十八"``)  1 within the tolerance
text           typed text, compared after normalisation                1 or 0
               (:func:`edu.questions.normalize.normalize_answer`)
matching       ``{prompt id: option id}`` (or [prompt, option] pairs)  share of prompts paired right
ordering       option ids in the order given                       share of item pairs in the
                                                                   right relative order
multi          the chosen option ids (a list or set)                (right picks − wrong picks)
                                                                   ÷ correct options, at least 0
essay          the essay's text, or the points a teacher awarded   text: pending (graded by
               (a number)                                          hand); points: as awarded
=============  ==================================================  ===========================

``None`` (no answer) scores 0. A select-all question (``multi``) gives partial credit: each
correct option picked earns 1/k of the point (k correct options), each wrong option picked
takes 1/k away, and the score never goes below 0 — so ticking every box earns nothing more
than guessing. A discussion (``essay``) is worth its rubric's points; a typed essay is
``pending`` (graded by hand: earned 0, left out of the quiz's totals) until a teacher's mark
(a number of points) is given as the response.

A response of the wrong type for the shape (a list for a choice question, say) is a
:class:`~edu.errors.QuizError`: that is a caller's bug, not a wrong answer.
Only the exact answer scores 1: every partial response scores less.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import assert_never

from edu.errors import QuizError
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.normalize import normalize_answer
from edu.questions.normalize import parse_number

_TRUE = {"true", "t", "yes", "y", "1", "对", "正确", "是", "√", "✓"}
_FALSE = {"false", "f", "no", "n", "0", "错", "错误", "否", "×", "✗"}
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Score:
    """Points earned of those possible, and a short reason (``"3 of 4 pairs"``)."""

    earned: float
    possible: float = 1.0
    detail: str = ""
    pending: bool = False

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    @property
    def correct(self) -> bool:
        return self.earned >= self.possible - _EPS


@dataclass(frozen=True, slots=True)
class QuizResult:
    """Each question's score (in quiz order) and the totals."""

    scores: tuple[tuple[str, Score], ...]

    @property
    def earned(self) -> float:
        return sum(s.earned for _, s in self.scores if not s.pending)

    @property
    def possible(self) -> float:
        """Points possible over the graded questions (essays awaiting a mark left out)."""
        return sum(s.possible for _, s in self.scores if not s.pending)

    @property
    def pending(self) -> int:
        """How many answers wait to be graded by hand."""
        return sum(1 for _, s in self.scores if s.pending)

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    @property
    def correct_count(self) -> int:
        return sum(1 for _, s in self.scores if s.correct and not s.pending)


def _wrong_type(q: Question, expected: str, response: object) -> QuizError:
    return QuizError(f"question {q.id} ({q.kind}): expected {expected} as the response, "
                     f"not {type(response).__name__}")


def _all_or_nothing(ok: bool) -> Score:
    return Score(1.0 if ok else 0.0, detail="correct" if ok else "wrong")


def _choice(q: Question, a: ChoiceAnswer, response: object) -> Score:
    if not isinstance(response, str):
        raise _wrong_type(q, "an option id", response)
    if response not in {o.id for o in q.options}:
        return Score(0.0, detail=f"{response!r} is not one of the options")
    return _all_or_nothing(response == a.option)


def _true_false(q: Question, a: TrueFalseAnswer, response: object) -> Score:
    if isinstance(response, str):
        word = normalize_answer(response)
        if word not in _TRUE | _FALSE:
            return Score(0.0, detail="answer true or false")
        response = word in _TRUE
    if not isinstance(response, bool):
        raise _wrong_type(q, "True or False", response)
    return _all_or_nothing(response is a.value)


def _numeric(q: Question, a: NumericAnswer, response: object) -> Score:
    if isinstance(response, bool) or not isinstance(response, int | float | str):
        raise _wrong_type(q, "a number", response)
    value = parse_number(response) if isinstance(response, str) else float(response)
    if value is None:
        return Score(0.0, detail="not a single number")
    ok = abs(value - a.value) <= a.tolerance + _EPS * max(1.0, abs(a.value))
    return _all_or_nothing(ok)


def _text(q: Question, a: TextAnswer, response: object) -> Score:
    if not isinstance(response, str):
        raise _wrong_type(q, "text", response)
    typed = normalize_answer(response)
    return _all_or_nothing(bool(typed) and typed in {normalize_answer(s) for s in a.accepted})


def _matching(q: Question, a: MatchingAnswer, response: object) -> Score:
    if isinstance(response, Mapping):
        given = dict(response)
    elif isinstance(response, Sequence) and not isinstance(response, str) and all(
            isinstance(p, Sequence) and not isinstance(p, str) and len(p) == 2
            for p in response):
        given = {p[0]: p[1] for p in response}
    else:
        raise _wrong_type(q, "a mapping of prompt id to option id", response)
    right = sum(1 for p, o in a.pairs if given.get(p) == o)
    return Score(right / len(a.pairs), detail=f"{right} of {len(a.pairs)} pairs")


def _ordering(q: Question, a: OrderingAnswer, response: object) -> Score:
    if isinstance(response, str) or not isinstance(response, Sequence):
        raise _wrong_type(q, "a list of option ids", response)
    given = list(response)
    if sorted(map(str, given)) != sorted(a.order) or len(given) != len(a.order):
        return Score(0.0, detail=f"put all {len(a.order)} items in order, each once")
    position = {item: i for i, item in enumerate(given)}
    n = len(a.order)
    total = n * (n - 1) // 2
    agree = sum(1 for i in range(n) for j in range(i + 1, n)
                if position[a.order[i]] < position[a.order[j]])
    return Score(agree / total, detail=f"{agree} of {total} pairs in order")


def _multi(q: Question, a: MultiAnswer, response: object) -> Score:
    if isinstance(response, str) or not isinstance(response, Iterable):
        raise _wrong_type(q, "a list of option ids", response)
    picked = set(response)
    known = {o.id for o in q.options}
    if not picked <= known:
        return Score(0.0, detail="an answer that is not one of the options")
    right = len(picked & set(a.options))
    wrong = len(picked - set(a.options))
    k = len(a.options)
    return Score(max(0.0, (right - wrong) / k),
                 detail=f"{right} of {k} right, {wrong} wrong")


def _essay(q: Question, a: EssayAnswer, response: object) -> Score:
    total = float(a.points)
    if isinstance(response, str):
        if not response.strip():
            return Score(0.0, total, "no answer")
        return Score(0.0, total, "graded by hand", pending=True)
    if isinstance(response, bool) or not isinstance(response, int | float):
        raise _wrong_type(q, "the essay's text or the points awarded", response)
    if not 0 <= response <= total:
        raise QuizError(f"question {q.id}: award 0 to {a.points} points, not {response}")
    return Score(float(response), total, f"{format(response, 'g')} of {a.points} points")


def grade(q: Question, response: Any) -> Score:
    """Score *response* to *q* (see the module docstring)."""
    a = q.answer
    if response is None:
        return Score(0.0, float(a.points) if isinstance(a, EssayAnswer) else 1.0, "no answer")
    match a:
        case ChoiceAnswer():
            return _choice(q, a, response)
        case TrueFalseAnswer():
            return _true_false(q, a, response)
        case NumericAnswer():
            return _numeric(q, a, response)
        case TextAnswer():
            return _text(q, a, response)
        case MatchingAnswer():
            return _matching(q, a, response)
        case OrderingAnswer():
            return _ordering(q, a, response)
        case MultiAnswer():
            return _multi(q, a, response)
        case EssayAnswer():
            return _essay(q, a, response)
        case _:
            assert_never(a)


def grade_quiz(questions: Sequence[Question], responses: Mapping[str, Any]) -> QuizResult:
    """Grade every question (a missing response scores 0) and total the scores."""
    return QuizResult(tuple((q.id, grade(q, responses.get(q.id))) for q in questions))


def correct_response(q: Question) -> Any:
    """The response that scores full marks: what a player submits for the right answer
    (for a discussion, the most points its rubric awards)."""
    a = q.answer
    match a:
        case ChoiceAnswer():
            return a.option
        case TrueFalseAnswer() | NumericAnswer():
            return a.value
        case TextAnswer():
            return a.accepted[0]
        case MatchingAnswer():
            return a.as_dict()
        case OrderingAnswer():
            return list(a.order)
        case MultiAnswer():
            return list(a.options)
        case EssayAnswer():
            return a.points
        case _:
            assert_never(a)
