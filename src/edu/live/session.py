"""The rules of a live session: joining, answering, what each side may see.

:class:`LiveSession` sits between the HTTP routes (:mod:`edu.live.app`) and the store: every
method either returns a JSON-ready dict or raises :class:`ApiError` with the HTTP status and a
one-line reason. Time comes from the ``clock`` and tokens from ``token`` passed in.

What a student sees of a question is built by whitelist (:func:`student_question`): id, kind,
shape, stem, options and prompts with their ids, the unit of a numeric answer, its position.
Never the answer, the answer text, the explanation, the source sentence (it holds the answer),
the lesson (the answer of a "which lesson" question), the variant (``false-comparator`` gives a
true/false question away), tags or refs. Those come only once the teacher reveals, and a
student's own score only then.

The session's life: ``waiting`` → ``open`` (a question takes answers) → ``revealed`` (its
answer shown) → ``open`` (the next one) … → ``ended``. Opening another question while one is
open closes the first without revealing it; it can be opened again later by its id (``open``
without an id takes the first question never opened). A revealed question
cannot be opened again (the class has seen its answer).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from typing import Any

from edu.errors import QuizError
from edu.live.store import AnswerRow
from edu.live.store import ClassStore
from edu.live.store import DuplicateAnswer
from edu.live.store import NewStudent
from edu.live.store import SessionRow
from edu.live.store import StudentRow
from edu.live.store import iso
from edu.live.store import token_hash
from edu.present.strings import STRINGS
from edu.questions.model import BLANK
from edu.questions.model import NumericAnswer
from edu.questions.model import Question
from edu.questions.model import TrueFalseAnswer
from edu.questions.render import answer_text
from edu.questions.serialize import answer_to_dict
from edu.questions.serialize import question_from_dict
from edu.questions.serialize import question_to_dict
from edu.questions.serialize import text_to_dict
from edu.quiz.grading import grade

MAX_NAME = 40
#: The catalogue entry (:data:`edu.present.strings.STRINGS`) of the 409 for a second answer to
#: the same question, and its reason (the API's reasons are English; the error body also
#: names the entry, as the student page knows it, so the page says it in its language).
ALREADY_ANSWERED_KEY = "class_already_answered"
ALREADY_ANSWERED = STRINGS[ALREADY_ANSWERED_KEY].en
Clock = Callable[[], datetime]


class ApiError(Exception):
    """A request the session refuses: ``status`` (400, 401, 403, 409) and a one-line reason;
    ``key``, when given, the catalogue entry that says it to a student."""

    def __init__(self, status: int, reason: str, key: str | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.key = key


def already_answered() -> ApiError:
    """The refusal of a second answer to the same question (one for every way it arrives)."""
    return ApiError(409, ALREADY_ANSWERED, ALREADY_ANSWERED_KEY)


def same(given: str, secret: str) -> bool:
    """Compare in constant time (any text: ``compare_digest`` refuses non-ASCII ``str``)."""
    return secrets.compare_digest(given.encode("utf-8", "replace"), secret.encode())


def now_utc() -> datetime:
    return datetime.now(UTC)


def new_code() -> str:
    """A six-digit session code, easy to type on a phone."""
    return f"{secrets.randbelow(10**6):06d}"


def clean_name(name: object) -> str:
    """A student's name, stripped: 1–40 characters, no control characters."""
    if not isinstance(name, str):
        raise ApiError(400, "name: expected text")
    name = " ".join(name.split())
    if not 1 <= len(name) <= MAX_NAME:
        raise ApiError(400, f"name: type 1 to {MAX_NAME} characters")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        raise ApiError(400, "name: control characters are not allowed")
    return name


def student_question(q: Question, position: int, total: int) -> dict[str, Any]:
    """*q* as a student may see it before the reveal (see the module docstring)."""
    out: dict[str, Any] = {
        "id": q.id, "kind": q.kind, "shape": q.shape, "stem": text_to_dict(q.stem),
        "options": [{"id": o.id, "text": text_to_dict(o.text)} for o in q.options],
        "prompts": [{"id": o.id, "text": text_to_dict(o.text)} for o in q.prompts],
        "position": position, "total": total, "blank": BLANK if q.kind == "cloze" else None,
    }
    if isinstance(q.answer, NumericAnswer):
        out["unit"] = q.answer.unit
    return out


def revealed_question(q: Question, position: int, total: int) -> dict[str, Any]:
    """*q* as shown after the reveal: with its answer, explanation and source."""
    out = student_question(q, position, total)
    out.update(answer=answer_to_dict(q.answer), answer_text=text_to_dict(answer_text(q)),
               explanation=text_to_dict(q.explanation), source=list(q.source))
    return out


def stored_response(q: Question, response: Any, correct: bool, detail: str) -> Any:
    """The response as kept: a true/false answer typed as ``"对"`` is kept as ``true``."""
    a = q.answer
    if isinstance(a, TrueFalseAnswer) and isinstance(response, str) \
            and detail != "answer true or false":
        return a.value if correct else not a.value
    return response


class LiveSession:
    """One session of the store, with an in-memory table of its student tokens."""

    def __init__(self, store: ClassStore, row: SessionRow, *, clock: Clock = now_utc,
                 token: Callable[[], str] = lambda: secrets.token_urlsafe(24)) -> None:
        self.store = store
        self.id = row.id
        self.code = row.code
        self.teacher_token = row.teacher_token
        self.title = row.title
        self.clock = clock
        self.token = token
        self.order: list[Question] = [question_from_dict(d, f"session {row.id}")
                                      for d in row.quiz]
        self.questions = {q.id: q for q in self.order}
        self.position = {q.id: i + 1 for i, q in enumerate(self.order)}
        self.status = row.status
        self.current = row.current
        self.states = store.question_states(row.id)
        self.students = store.student_tokens(row.id)
        #: (student id, question id) → the stored answer: a copy of the store's answers
        self.given: dict[tuple[str, str], AnswerRow] = {}
        #: question id → its stored answers, in the order they were stored
        self.by_question: dict[str, list[AnswerRow]] = {}
        #: the teacher's view as JSON text, built once per change (see :meth:`teacher_json`)
        self._teacher: str | None = None
        for a in store.answers(row.id):
            self.record(a)
        self._shown: dict[tuple[str, str], str] = {}
        #: bumped on every change a student should see (open, reveal, end)
        self.version = 0

    @classmethod
    def create(cls, store: ClassStore, questions: Sequence[Question], *, title: str = "",
               clock: Clock = now_utc, code: str | None = None,
               token: Callable[[], str] = lambda: secrets.token_urlsafe(24)) -> LiveSession:
        """A new session of *questions* (in this order), stored at once."""
        if not questions:
            raise QuizError("a class session needs at least one question")
        ids = [q.id for q in questions]
        if len(set(ids)) != len(ids):
            raise QuizError("a class session cannot ask the same question twice")
        row = store.create_session(
            id="c" + secrets.token_hex(6), code=code or new_code(), teacher_token=token(),
            title=title, quiz=[question_to_dict(q) for q in questions], now=clock())
        return cls(store, row, clock=clock, token=token)

    # -- who is asking ---------------------------------------------------------------------
    def student(self, token: str | None) -> StudentRow:
        """The student holding *token*; 401 without one, 403 for the teacher's."""
        if not token:
            raise ApiError(401, "no token: join the session first")
        found = self.students.get(token_hash(token))
        if found is None:
            if same(token, self.teacher_token):
                raise ApiError(403, "this is the teacher's token, not a student's")
            raise ApiError(401, "unknown token: join the session again")
        return found

    def check_teacher(self, token: str | None) -> None:
        """401 without a token or with an unknown one; 403 with a student's."""
        if not token:
            raise ApiError(401, "no token: send Authorization: Bearer <teacher_token>")
        if same(token, self.teacher_token):
            return
        if token_hash(token) in self.students:
            raise ApiError(403, "a student's token cannot call the teacher's endpoints")
        raise ApiError(401, "unknown token")

    # -- students ----------------------------------------------------------------------------
    def join(self, code: object, name: object) -> dict[str, Any]:
        """Let a student in (``POST /api/join``): 403 for a wrong code."""
        new = self.check_join(code, name)
        self.store.add_students(self.id, [new])
        return self.joined(new)

    def check_join(self, code: object, name: object) -> NewStudent:
        """The student *code* and *name* make, ready to store; 403, 400 or 409 if none."""
        if not isinstance(code, str | int) or not same(str(code).strip(), self.code):
            raise ApiError(403, "wrong session code")
        clean = clean_name(name)
        if self.status == "ended":
            raise ApiError(409, "the session has ended")
        return NewStudent("s" + secrets.token_hex(5), self.token(), clean, iso(self.clock()))

    def joined(self, new: NewStudent) -> dict[str, Any]:
        """Admit *new*, once stored: its token now works."""
        self.students[token_hash(new.token)] = StudentRow(new.id, new.name, new.joined)
        self._teacher = None
        return {"student_token": new.token, "student": new.id, "name": new.name}

    def state_for(self, student: StudentRow) -> dict[str, Any]:
        """What *student* sees now (the body of ``GET /api/state``)."""
        return dict(json.loads(self.state_json(student)))

    def state_json(self, student: StudentRow) -> str:
        """:meth:`state_for` as JSON text. The question's part is serialised once per
        question and status and shared by every student (a push to a whole class costs one
        ``json.dumps`` of the question, not one per student); answers come from memory."""
        base: dict[str, Any] = {"status": self.status, "name": student.name,
                                "session": self.id, "title": self.title}
        if self.status == "ended":
            every = [a for (s, _), a in self.given.items() if s == student.id]
            shown = [a for a in every if self.states.get(a.question) == "revealed"]
            base["summary"] = {"answered": len(every), "revealed": len(shown),
                               "correct": sum(a.correct for a in shown),
                               "questions": len(self.order)}
            return json.dumps(base, ensure_ascii=False)
        if self.current is None or self.status == "waiting":
            return json.dumps(base, ensure_ascii=False)
        mine = self.given.get((student.id, self.current))
        extra: dict[str, Any]
        if self.status == "open":
            extra = {"answered": mine is not None, "response": mine.response if mine else None}
        else:
            extra = {"result": {"response": mine.response, "score": mine.score,
                                "correct": mine.correct} if mine else None}
        head = json.dumps({**base, **extra}, ensure_ascii=False)
        return f'{head[:-1]}, "question": {self._question_json()}}}'

    def _question_json(self) -> str:
        assert self.current is not None
        key = (self.current, self.status)
        cached = self._shown.get(key)
        if cached is None:
            q = self.questions[self.current]
            pos, total = self.position[q.id], len(self.order)
            shown = student_question(q, pos, total) if self.status == "open" \
                else revealed_question(q, pos, total)
            cached = self._shown[key] = json.dumps(shown, ensure_ascii=False)
        return cached

    def record(self, row: AnswerRow) -> None:
        """Remember a stored answer (the store holds it already)."""
        key = (row.student, row.question)
        if key not in self.given:
            self.given[key] = row
            self.by_question.setdefault(row.question, []).append(row)
            self._teacher = None

    def answer(self, student: StudentRow, body: object) -> dict[str, Any]:
        """Grade and record an answer (committed before this returns)."""
        row = self.check_answer(student, body)
        try:
            self.store.add_answer(self.id, row)
        except DuplicateAnswer:
            raise already_answered() from None
        self.record(row)
        return {"received": True, "question": row.question}

    def check_answer(self, student: StudentRow, body: object) -> AnswerRow:
        """The graded answer *body* makes, ready to store; 400 or 409 when it cannot be."""
        if not isinstance(body, dict):
            raise ApiError(400, 'expected {"question": id, "response": …}')
        qid = body.get("question")
        if not isinstance(qid, str) or qid not in self.questions:
            raise ApiError(400, f"unknown question id {qid!r}")
        if "response" not in body or body["response"] is None:
            raise ApiError(400, "response: missing")
        if self.status != "open" or self.current != qid:
            raise ApiError(409, "this question is not open for answers")
        q = self.questions[qid]
        try:
            score = grade(q, body["response"])
        except QuizError as exc:
            raise ApiError(400, f"response: {exc}") from None
        return AnswerRow(student.id, qid, stored_response(q, body["response"], score.correct,
                                                          score.detail),
                         score.earned / score.possible, score.correct, iso(self.clock()))

    # -- teacher -----------------------------------------------------------------------------
    def open(self, body: object) -> dict[str, Any]:
        if self.status == "ended":
            raise ApiError(409, "the session has ended")
        qid = body.get("question") if isinstance(body, dict) else None
        if qid is None:
            qid = next((q.id for q in self.order if self.states.get(q.id) == "new"), None)
            if qid is None:
                raise ApiError(409, "every question has been opened; open one again by its "
                               "id or end the session")
        if not isinstance(qid, str) or qid not in self.questions:
            raise ApiError(400, f"unknown question id {qid!r}")
        if self.states.get(qid) == "revealed":
            raise ApiError(409, "this question has been revealed already")
        if self.current is not None and self.current != qid and self.status == "open":
            self.store.close_question(self.id, self.current)
            self.states[self.current] = "closed"
        self.store.set_status(self.id, "open", qid, "open", self.clock())
        self.status, self.current = "open", qid
        self.states[qid] = "open"
        self._changed()
        return self.teacher_state()

    def reveal(self) -> dict[str, Any]:
        if self.status != "open" or self.current is None:
            raise ApiError(409, "no question is open")
        self.store.set_status(self.id, "revealed", self.current, "revealed", self.clock())
        self.status = "revealed"
        self.states[self.current] = "revealed"
        self._changed()
        return self.teacher_state()

    def end(self) -> dict[str, Any]:
        if self.status != "ended":
            if self.status == "open" and self.current is not None:
                self.store.close_question(self.id, self.current)
                self.states[self.current] = "closed"
            self.store.set_status(self.id, "ended", None, None, self.clock())
            self.status, self.current = "ended", None
            self._changed()
        return self.teacher_state()

    def _changed(self) -> None:
        """The session moved (open, reveal, end): students and the teacher see it anew."""
        self.version += 1
        self._teacher = None

    def teacher_state(self) -> dict[str, Any]:
        """The teacher's live view: status, the current question with its answer, how many
        have answered and how the answers are spread (``GET /api/teacher/state``).

        A fresh dict on every call, read from :meth:`teacher_json`: a caller may change it
        without touching what the next caller gets."""
        return dict(json.loads(self.teacher_json()))

    def teacher_json(self) -> str:
        """:meth:`teacher_state` as JSON text, what the route serves.

        Built from memory, not the store, and only when something changed (an answer, a
        join, open, reveal or end): a teacher polling every second costs nothing between
        changes. The cache is text, so nobody can change it (a shared dict could be)."""
        if self._teacher is None:
            self._teacher = json.dumps(self._teacher_view(), ensure_ascii=False)
        return self._teacher

    def _teacher_view(self) -> dict[str, Any]:
        from edu.live.stats import distribution

        out: dict[str, Any] = {
            "status": self.status, "session": self.id, "code": self.code,
            "students": len(self.students), "question": None, "answered": 0,
            "distribution": [],
            "questions": [{"id": q.id, "position": self.position[q.id],
                           "state": self.states.get(q.id, "new")} for q in self.order],
        }
        if self.current is not None:
            q = self.questions[self.current]
            answers = self.by_question.get(q.id, [])
            out["question"] = question_to_dict(q)
            out["answered"] = len(answers)
            out["distribution"] = distribution(q, [a.response for a in answers],
                                               [a.correct for a in answers])
        return out

    def results(self) -> dict[str, Any]:
        """Everything, for the gradebook (``GET /api/teacher/results``)."""
        return results_dict(self.store, self.store.session(self.id))


def results_dict(store: ClassStore, row: SessionRow) -> dict[str, Any]:
    """A session's questions (with answers), students and answers as one JSON-ready dict."""
    states = store.question_states(row.id)
    questions = []
    for i, d in enumerate(row.quiz):
        q = question_from_dict(d)
        questions.append({"id": q.id, "position": i + 1, "kind": q.kind, "shape": q.shape,
                          "lesson": q.lesson, "stem": d["stem"], "options": d["options"],
                          "prompts": d["prompts"], "answer": d["answer"],
                          "answer_text": d["answer_text"], "state": states.get(q.id, "new")})
    return {
        "session": {"id": row.id, "title": row.title, "status": row.status,
                    "created": row.created, "ended": row.ended},
        "questions": questions,
        "students": [{"id": s.id, "name": s.name, "joined": s.joined}
                     for s in store.students(row.id)],
        "answers": [{"student": a.student, "question": a.question, "response": a.response,
                     "score": a.score, "correct": a.correct, "time": a.time}
                    for a in store.answers(row.id)],
    }
