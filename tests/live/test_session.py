"""The session's rules as the routes see them: the teacher's view comes from memory, and a
second answer gets the same refusal whichever way it arrives."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import datetime

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
    built = session.teacher_json()
    assert session.teacher_json() is built
    assert session.teacher_state() == first
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


def test_a_caller_cannot_change_the_teachers_view(store: ClassStore,
                                                  questions: list[Question]) -> None:
    """The teacher's view is handed out as a fresh dict: changing one (at any depth) leaves
    the next caller's view, and the route's JSON, as they were."""
    session = LiveSession.create(store, questions)
    ana = session.student(session.join(session.code, "Ana")["student_token"])
    q = questions[0]
    session.open({"question": q.id})
    session.answer(ana, {"question": q.id, "response": q.options[0].id})
    served = session.teacher_json()
    mine = session.teacher_state()
    mine["answered"] = 99
    mine["distribution"][0]["count"] = 99
    mine["questions"].clear()
    again = session.teacher_state()
    assert again["answered"] == 1
    assert sum(b["count"] for b in again["distribution"]) == 1
    assert len(again["questions"]) == len(questions)
    assert session.teacher_json() == served
    assert json.loads(served) == again


def test_typed_bars_are_the_same_live_and_after_a_restart(store: ClassStore,
                                                          questions: list[Question]) -> None:
    """Typed answers with tied counts make the same bars (and the same "Other") in the live
    view, where answers are in the order they arrived, and in the session opened again from
    the store, where they are in the order of their times."""
    moments = iter(datetime(2026, 3, 1, 9, 0, 59 - s, tzinfo=UTC) for s in range(60))
    session = LiveSession.create(store, questions, clock=lambda: next(moments))
    typed = next(q for q in questions if q.shape == "text")
    session.open({"question": typed.id})
    for n, said in enumerate(["庚", "丙", "戊", "乙", "丁", "己", "甲"]):
        who = session.student(session.join(session.code, f"S{n}")["student_token"])
        session.answer(who, {"question": typed.id, "response": said})
    live = session.teacher_state()["distribution"]
    again = LiveSession(store, store.session(session.id)).teacher_state()["distribution"]
    assert again == live
    assert [b["key"] for b in live] == ["丁", "丙", "乙", "己", "庚", "other"]
    assert live[-1]["count"] == 2
