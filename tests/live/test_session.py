"""The session's rules as the routes see them: the teacher's view comes from memory, and a
second answer gets the same refusal whichever way it arrives."""

from __future__ import annotations

import pytest

from edu.live.session import ALREADY_ANSWERED
from edu.live.session import ApiError
from edu.live.session import LiveSession
from edu.live.store import AnswerRow
from edu.live.store import ClassStore
from edu.live.store import NewStudent
from edu.questions.model import Question


def test_teacher_view_is_built_once_per_change_and_never_from_the_store(
        store: ClassStore, questions: list[Question]) -> None:
    """Polling with nothing changed returns the same view; a join or an answer (once
    committed) shows at the next poll; none of it reads the store (it works with the store
    closed)."""
    session = LiveSession.create(store, questions, title="T")
    ana = session.student(session.join(session.code, "Ana")["student_token"])
    q = questions[0]
    session.open({"question": q.id})
    session.answer(ana, {"question": q.id, "response": q.options[0].id})
    first = session.teacher_state()
    assert first["answered"] == 1
    assert first["students"] == 1
    assert session.teacher_state() is first
    store.close()
    session.joined(NewStudent("s-bo", "bo-token", "Bo", "2026-01-01T00:00:00.000+00:00"))
    joined = session.teacher_state()
    assert joined is not first
    assert joined["students"] == 2
    session.record(AnswerRow("s-bo", q.id, q.options[0].id, 1.0, True,
                             "2026-01-01T00:00:01.000+00:00"))
    answered = session.teacher_state()
    assert answered["answered"] == 2
    assert sum(b["count"] for b in answered["distribution"]) == 2


def test_second_answer_is_refused_with_one_reason(store: ClassStore,
                                                  questions: list[Question]) -> None:
    """A second answer to the same question is a 409 with the one reason the routes give."""
    session = LiveSession.create(store, questions)
    ana = session.student(session.join(session.code, "Ana")["student_token"])
    q = questions[0]
    session.open({"question": q.id})
    session.answer(ana, {"question": q.id, "response": q.options[0].id})
    with pytest.raises(ApiError) as refused:
        session.answer(ana, {"question": q.id, "response": q.options[0].id})
    assert (refused.value.status, refused.value.reason) == (409, ALREADY_ANSWERED)
