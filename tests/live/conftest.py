"""Fixtures: a question of every answer shape, a class store, and a real server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from edu.content import load_plan
from edu.live.server import LiveServer
from edu.live.session import LiveSession
from edu.live.store import ClassStore
from edu.questions.bank import build_bank
from edu.questions.model import Question
from tests.conftest import CONTENT

SHAPES = ("choice", "true_false", "numeric", "text", "matching", "ordering")


def one_of_each_shape() -> list[Question]:
    """One generated question of each answer shape, in :data:`SHAPES` order."""
    bank = build_bank(load_plan(CONTENT))
    picked: dict[str, Question] = {}
    for q in bank.questions:
        picked.setdefault(q.shape, q)
    return [picked[s] for s in SHAPES]


@pytest.fixture(scope="session")
def questions() -> list[Question]:
    """:func:`one_of_each_shape`, built once."""
    return one_of_each_shape()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ClassStore]:
    with ClassStore.open(tmp_path / "class.sqlite3") as s:
        yield s


@dataclass
class Running:
    """A served session and an HTTP client for it."""

    server: LiveServer
    session: LiveSession
    http: httpx.Client

    @property
    def teacher(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.session.teacher_token}"}

    def join(self, name: str = "Ana") -> dict[str, str]:
        """Join and return the student's auth header."""
        r = self.http.post("/api/join", json={"code": self.session.code, "name": name})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['student_token']}"}

    def open(self, question: str | None = None) -> dict[str, Any]:
        r = self.http.post("/api/teacher/open", headers=self.teacher,
                           json={} if question is None else {"question": question})
        assert r.status_code == 200, r.text
        return dict(r.json())


@pytest.fixture
def running(store: ClassStore, questions: list[Question]) -> Iterator[Running]:
    """A session of :func:`questions` served on 127.0.0.1 (a free port), stopped afterwards."""
    session = LiveSession.create(store, questions, title="Test class")
    with LiveServer(session) as server, httpx.Client(base_url=server.base_url,
                                                     timeout=10) as http:
        yield Running(server, session, http)
