"""Taking a quiz: one question at a time, Check → feedback, score, mistakes and a retry.

:class:`QuizSession` is plain Python: the player widget (:mod:`edu.widgets.quiz_player`) shows
its state and forwards clicks. Responses have the shapes :func:`edu.quiz.grade` takes (an option
id, ``True``/``False``, typed text, ``{prompt id: option id}``, option ids in order).
:meth:`QuizSession.missing` says when a response is not ready to be checked (nothing chosen, a
prompt left unpaired, no number typed), so a half-answered question is never marked wrong.

Each checked answer is recorded in the progress store when one is given (question id, lesson,
kind and refs, so the dashboard ranks weak targets). Time comes from a ``clock`` callable and
randomness from the ``rng`` passed in.

Question lists for the notebooks: :func:`assemble_questions` (a seeded quiz from the bank's
filters), :func:`practice_questions` (questions about given study items, e.g. the dashboard's
weakest targets) and :func:`check_questions` (a lesson's short check-your-understanding quiz).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from typing import Literal

from edu.errors import QuizError
from edu.lang import BOTH_SEP
from edu.lang import check_lang
from edu.present import strings
from edu.present.strings import family
from edu.questions.bank import Bank
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TrueFalseAnswer
from edu.questions.normalize import parse_number
from edu.questions.render import FALSE
from edu.questions.render import TRUE
from edu.questions.render import answer_text
from edu.quiz.assembly import assemble_seeded
from edu.quiz.assembly import shuffle_question
from edu.quiz.grading import QuizResult
from edu.quiz.grading import Score
from edu.quiz.grading import grade
from edu.quiz.spec import QuizSpec
from edu.quiz.spec import matching
from edu.study.store import ProgressStore

Verdict = Literal["right", "partial", "wrong", "pending"]

#: The player's words: the ``quiz.`` family of the one catalogue (:mod:`edu.present.strings`).
STRINGS = family("quiz")


def say(key: str, lang: str, **values: object) -> str:
    """The player's string *key* (``quiz.<key>`` in the catalogue) in *lang*, filled in.

    Not :func:`edu.present.strings.say`: its ``sep`` keyword could be filled by *values*
    (typed ``object``), which ``mypy --strict`` rejects."""
    return strings.text(f"quiz.{key}", **values).get(lang, BOTH_SEP)


def response_text(q: Question, response: Any) -> Text:
    """What the learner answered, in words (for feedback and the review of mistakes)."""
    if response is None:
        return STRINGS["no_answer"]

    def label(option_id: object) -> Text:
        try:
            return q.option(str(option_id)).text
        except QuizError:
            return Text("—", "—")

    if isinstance(q.answer, ChoiceAnswer):
        return label(response)
    if isinstance(q.answer, TrueFalseAnswer):
        # a typed "对"/"false" is read the way grading reads it: right means it equals the answer
        value = response if isinstance(response, bool) else (
            grade(q, response).correct == q.answer.value)
        return TRUE if value else FALSE
    if isinstance(q.answer, MatchingAnswer) and isinstance(response, Mapping):
        pairs = [(p.text, label(response.get(p.id)) if response.get(p.id) else Text("—", "—"))
                 for p in q.prompts]
        return Text("；".join(f"{p.zh}——{o.zh}" for p, o in pairs),
                    "; ".join(f"{p.en}: {o.en}" for p, o in pairs))
    if isinstance(q.answer, OrderingAnswer) and isinstance(response, Sequence):
        items = [label(i) for i in response]
        return Text("→".join(t.zh for t in items), " → ".join(t.en for t in items))
    if isinstance(q.answer, MultiAnswer) and isinstance(response, Iterable) \
            and not isinstance(response, str):
        picked = [label(o.id) for o in q.options if o.id in set(response)]
        return Text("；".join(t.zh for t in picked), "; ".join(t.en for t in picked))
    return Text(str(response), str(response))


@dataclass(frozen=True, slots=True)
class Feedback:
    """The outcome of checking one answer, with what to show the learner."""

    question: Question
    response: Any
    score: Score

    @property
    def verdict(self) -> Verdict:
        if self.score.pending:
            return "pending"
        if self.score.correct:
            return "right"
        return "partial" if self.score.earned > 0 else "wrong"

    @property
    def answer(self) -> Text:
        return answer_text(self.question)

    @property
    def given(self) -> Text:
        return response_text(self.question, self.response)

    @property
    def explanation(self) -> Text:
        return self.question.explanation

    @property
    def source(self) -> tuple[str, ...]:
        return self.question.source

    def headline(self, lang: str) -> str:
        """``回答正确！`` / ``Partly right (3 of 4 pairs)`` …"""
        text = say(self.verdict, lang)
        if self.verdict == "partial" and self.score.detail:
            text += f" ({self.score.detail})"
        return text

    def marks(self) -> dict[str, bool]:
        """Per part: matching prompt id → paired right; ordering option id → in its place;
        choice: the chosen option → whether it is the answer (and the answer → True)."""
        q, r = self.question, self.response
        if isinstance(q.answer, MatchingAnswer) and isinstance(r, Mapping):
            return {p: r.get(p) == o for p, o in q.answer.pairs}
        if isinstance(q.answer, OrderingAnswer) and isinstance(r, Sequence):
            return {i: n < len(q.answer.order) and q.answer.order[n] == i
                    for n, i in enumerate(r)}
        if isinstance(q.answer, ChoiceAnswer) and isinstance(r, str):
            return {r: r == q.answer.option, q.answer.option: True}
        if isinstance(q.answer, MultiAnswer) and isinstance(r, Iterable) \
                and not isinstance(r, str):
            # every ticked option, and every right one: right ones True, wrong ticks False
            right = set(q.answer.options)
            return {o: o in right for o in (*r, *right)}
        return {}


class QuizSession:
    """A quiz in progress: ``current`` question, :meth:`check`, :meth:`next`, the score.

    After the last question :attr:`finished` is true: :meth:`mistakes` lists what was not
    fully right and :meth:`retry_wrong` starts a new session over those questions.
    """

    def __init__(self, questions: Iterable[Question], *, lang: str = "both",
                 store: ProgressStore | None = None,
                 clock: Callable[[], datetime] | None = None, title: Text | None = None) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        if not self.questions:
            raise QuizError("a quiz needs at least one question")
        if store is not None and clock is None:
            raise QuizError("recording answers in the progress store needs a clock")
        self.lang = check_lang(lang)
        self.store = store
        self.clock = clock
        self.title = title
        self.index = 0
        self.responses: list[Any] = [None] * len(self.questions)
        self.scores: list[Score | None] = [None] * len(self.questions)

    # -- where we are ---------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self.lang = check_lang(lang)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.questions[self.index]

    @property
    def position(self) -> int:
        """The current question's number, 1-based (``total`` once finished)."""
        return min(self.index + 1, self.total)

    @property
    def revealed(self) -> bool:
        """True once the current question has been checked (its feedback is on show)."""
        return not self.finished and self.scores[self.index] is not None

    @property
    def answered(self) -> int:
        return sum(1 for s in self.scores if s is not None)

    @property
    def earned(self) -> float:
        return sum(s.earned for s in self.scores if s is not None and not s.pending)

    @property
    def possible(self) -> float:
        """Points possible over the questions checked so far (essays, graded by hand, left
        out)."""
        return sum(s.possible for s in self.scores if s is not None and not s.pending)

    def score_text(self, lang: str | None = None) -> str:
        return say("score", lang or self.lang, earned=_points(self.earned),
                   possible=_points(self.possible))

    def position_text(self, lang: str | None = None) -> str:
        return say("question", lang or self.lang, n=self.position, total=self.total)

    # -- answering ------------------------------------------------------------------------
    def missing(self, response: Any) -> str | None:
        """Why *response* cannot be checked yet (a :data:`STRINGS` key), or ``None``."""
        q = self.current
        if q is None:
            raise QuizError("the quiz is finished")
        shape = q.shape
        if response is None or (isinstance(response, str) and not response.strip()):
            return {"choice": "choose", "true_false": "choose", "text": "type",
                    "numeric": "type", "essay": "write", "multi": "tick"}.get(shape, "pair_all")
        if shape == "multi" and not isinstance(response, str) and isinstance(
                response, Iterable) and not list(response):
            return "tick"
        if shape == "numeric" and isinstance(response, str) and parse_number(response) is None:
            return "number"
        if shape == "matching" and isinstance(response, Mapping) and any(
                not response.get(p.id) for p in q.prompts):
            return "pair_all"
        return None

    def check(self, response: Any) -> Feedback:
        """Grade *response* to the current question, record it, and reveal the feedback."""
        q = self.current
        if q is None:
            raise QuizError("the quiz is finished: start a new one or retry the wrong ones")
        if self.revealed:
            raise QuizError("this question has been checked already: go on to the next one")
        problem = self.missing(response)
        if problem is not None:
            raise QuizError(say(problem, "en"))
        if isinstance(response, Mapping):
            response = dict(response)
        elif isinstance(response, tuple | set | frozenset):
            response = list(response)
        score = grade(q, response)
        self.responses[self.index] = response
        self.scores[self.index] = score
        if self.store is not None and self.clock is not None:
            self.store.record_attempt(time=self.clock(), item_id=q.id, response=response,
                                      score=score.fraction, lesson=q.lesson, kind=q.kind,
                                      refs=q.refs)
        return Feedback(q, response, score)

    def feedback(self) -> Feedback | None:
        """The current question's feedback once checked."""
        if not self.revealed:
            return None
        score = self.scores[self.index]
        assert score is not None
        return Feedback(self.questions[self.index], self.responses[self.index], score)

    def next(self) -> Question | None:
        """Move on after checking; returns the new current question (``None`` at the end)."""
        if self.finished:
            raise QuizError("the quiz is finished")
        if not self.revealed:
            raise QuizError("check your answer before going on")
        self.index += 1
        return self.current

    # -- the end --------------------------------------------------------------------------
    def result(self) -> QuizResult:
        """Every question's score in quiz order (an unchecked one scores 0)."""
        return QuizResult(tuple((q.id, s if s is not None else Score(0.0, detail="no answer"))
                                for q, s in zip(self.questions, self.scores, strict=True)))

    def mistakes(self) -> list[Feedback]:
        """The questions not fully right (unchecked ones included), in quiz order."""
        out = []
        for q, response, score in zip(self.questions, self.responses, self.scores, strict=True):
            if score is not None and score.pending:
                continue  # an essay awaiting the teacher's mark is not a mistake
            if score is None or not score.correct:
                out.append(Feedback(q, response, score or Score(0.0, detail="no answer")))
        return out

    def summary_text(self, lang: str | None = None) -> str:
        result = self.result()
        return say("summary", lang or self.lang, right=result.correct_count, total=self.total,
                   percent=f"{result.fraction:.0%}")

    def retry_wrong(self, rng: random.Random | None = None) -> QuizSession:
        """A new session over the questions not fully right; *rng* reshuffles their options."""
        wrong = [f.question for f in self.mistakes()]
        if not wrong:
            raise QuizError("every answer was right: there is nothing to retry")
        if rng is not None:
            wrong = [shuffle_question(q, rng) for q in wrong]
        return QuizSession(wrong, lang=self.lang, store=self.store, clock=self.clock,
                           title=self.title)

    def restart(self) -> QuizSession:
        """A new session over the same questions."""
        return QuizSession(self.questions, lang=self.lang, store=self.store, clock=self.clock,
                           title=self.title)


def _points(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


# -- question lists ---------------------------------------------------------------------------
def assemble_questions(bank: Bank, spec: QuizSpec, seed: int) -> tuple[Question, ...]:
    """Version A of the seeded quiz *spec* (the same seed gives the same questions)."""
    return assemble_seeded(bank, spec, seed).versions[0].questions


def practice_questions(bank: Bank, item_ids: Sequence[str], count: int,
                       rng: random.Random) -> list[Question]:
    """Up to *count* questions about *item_ids* (weakest first): the items take turns, each
    question drawn at random among those whose refs include the item; options shuffled."""
    pools: list[list[Question]] = []
    for item in dict.fromkeys(item_ids):
        pool = [q for q in bank.questions if item in q.refs]
        rng.shuffle(pool)
        if pool:
            pools.append(pool)
    picked: list[Question] = []
    taken: set[str] = set()
    while len(picked) < count and any(pools):
        for pool in pools:
            while pool and pool[0].id in taken:
                pool.pop(0)
            if pool and len(picked) < count:
                q = pool.pop(0)
                taken.add(q.id)
                picked.append(q)
    return [shuffle_question(q, rng) for q in picked]


#: A check-your-understanding quiz: short, and not the hardest questions.
CHECK_COUNT = 5
CHECK_DIFFICULTY = (1, 2)


def check_questions(bank: Bank, lesson: str, seed: int,
                    count: int = CHECK_COUNT) -> tuple[Question, ...]:
    """A lesson's short check: *count* questions of difficulty 1-2 (fewer if it has fewer)."""
    spec = QuizSpec(count=count, lessons=(lesson,), difficulty=CHECK_DIFFICULTY)
    available = len(matching(bank, spec))
    if available == 0:
        spec = QuizSpec(count=count, lessons=(lesson,))
        available = len(matching(bank, spec))
        if available == 0:
            raise QuizError(f"lesson {lesson!r} has no questions to check understanding")
    if available < count:
        spec = QuizSpec(count=available, lessons=(lesson,), difficulty=spec.difficulty)
    return assemble_questions(bank, spec, seed)
