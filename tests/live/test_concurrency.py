"""100 students at once: every join and every answer is counted exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx

from edu.questions.model import Question
from tests.live.conftest import Running

STUDENTS = 100


async def _class(base_url: str, code: str, question: Question) -> list[tuple[int, int]]:
    limits = httpx.Limits(max_connections=STUDENTS * 2, max_keepalive_connections=STUDENTS * 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as http:
        joins = await asyncio.gather(*[
            http.post("/api/join", json={"code": code, "name": f"Student {i}"})
            for i in range(STUDENTS)])
        assert all(r.status_code == 200 for r in joins)
        tokens = [r.json()["student_token"] for r in joins]
        return await _answers(http, tokens, question)


async def _answers(http: httpx.AsyncClient, tokens: list[str],
                   question: Question) -> list[tuple[int, int]]:
    async def student(i: int, token: str) -> tuple[int, int]:
        headers = {"Authorization": f"Bearer {token}"}
        option = question.options[i % len(question.options)].id
        body = {"question": question.id, "response": option}
        # each student taps twice at once, as a nervous thumb does
        first, second = await asyncio.gather(http.post("/api/answer", headers=headers, json=body),
                                             http.post("/api/answer", headers=headers, json=body))
        return first.status_code, second.status_code

    return await asyncio.gather(*[student(i, t) for i, t in enumerate(tokens)])


def test_hundred_students_answer_once(running: Running, questions: list[Question]) -> None:
    """100 students join and answer concurrently, each sending its answer twice at the same
    time: exactly one of each pair is accepted (200) and the other refused (409), and the
    results hold exactly 100 answers, one per student, spread over the options as sent."""
    q = questions[0]
    running.open(q.id)
    codes = asyncio.run(_class(running.server.base_url, running.session.code, q))
    assert all(sorted(pair) == [200, 409] for pair in codes), Counter(codes)
    results = running.http.get("/api/teacher/results", headers=running.teacher).json()
    assert len(results["students"]) == STUDENTS
    assert len(results["answers"]) == STUDENTS
    assert len({a["student"] for a in results["answers"]}) == STUDENTS
    state = running.http.get("/api/teacher/state", headers=running.teacher).json()
    assert state["answered"] == STUDENTS
    expected = Counter(q.options[i % len(q.options)].id for i in range(STUDENTS))
    assert {b["key"]: b["count"] for b in state["distribution"]} == dict(expected)
