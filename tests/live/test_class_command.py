"""``edu class``: bad options get one line and exit 2; ``results`` writes csv, xlsx and json
that independent readers open with the right numbers."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
from datetime import UTC
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from edu.live.results import share_correct_by_question
from edu.live.session import LiveSession
from edu.live.store import ClassStore
from edu.questions.model import Question
from edu.quiz.grading import correct_response
from tests.conftest import ROOT


def _edu(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "edu.cli", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120, check=False)


@pytest.mark.parametrize("args", [
    ("class", "serve", "--port", "abc"),
    ("class", "serve", "--port", "70000"),
    ("class", "serve", "--ip", "not-an-ip", "--port", "0"),
    ("class", "serve", "--n", "0", "--port", "0"),
    ("class", "serve", "--quiz", "missing.json", "--port", "0"),
    ("class", "serve", "--quiz", "q.json", "--lessons", "health", "--port", "0"),
    ("class", "serve", "--lessons", "no-such-lesson", "--port", "0"),
    ("class", "results", "--n", "3"),
    ("class", "results", "--db", "missing.sqlite3"),
    ("class", "teach"),
    ("class", "serve", "--bogus"),
])
def test_bad_options_one_line_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    """Each mistake is one line on stderr naming what is wrong, exit status 2, no
    traceback, and nothing on stdout."""
    (tmp_path / "q.json").write_text("{}", encoding="utf-8")
    result = _edu(*args, "--db", str(tmp_path / "c.sqlite3"), cwd=tmp_path) \
        if "--db" not in args else _edu(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_other_address_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """A server whose address reaches beyond this machine prints a warning on stderr in
    Chinese and in English before the JSON line. (Tests never listen beyond loopback: the
    address check is told that 127.0.0.1 is such an address, and uvicorn returns at once.)"""
    import uvicorn

    from edu.cli import main
    from edu.live import server

    monkeypatch.setattr(server, "is_loopback", lambda host: False)
    def run_and_stop(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        for sock in sockets or []:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run_and_stop)
    assert main(["class", "serve", "--db", str(tmp_path / "c.sqlite3"), "--port", "0",
                 "--n", "2", "--seed", "1"]) == 0
    out, err = capsys.readouterr()
    info = json.loads(out.splitlines()[0])
    assert set(info) == {"join_url", "teacher_url", "code", "teacher_token", "session"}
    port = info["join_url"].split("?")[0].rsplit(":", 1)[1].rstrip("/")
    warned = [line for line in err.splitlines() if line.startswith("edu class: warning: ")]
    assert len(warned) == 2, err
    assert f"正在 127.0.0.1:{port} 上监听" in warned[0]
    assert f"listening on 127.0.0.1:{port} — every device on this network" in warned[1]


@pytest.fixture
def finished(tmp_path: Path, questions: list[Question]) -> Path:
    """A class store with an ended session: 4 students, 2 questions; Ana and Bo right on
    both, Cy right on the first only, Di wrong on the first and silent on the second."""
    db = tmp_path / "class.sqlite3"
    moments = iter(datetime(2026, 3, 1, 9, 0, s, tzinfo=UTC) for s in range(60))
    with ClassStore.open(db) as store:
        session = LiveSession.create(store, questions[:2], title="Week 1",
                                     clock=lambda: next(moments))
        names = ["Ana Lima", "Bo", "王小明", "=cmd|' /C calc'!A0"]
        students = {n: session.student(session.join(session.code, n)["student_token"])
                    for n in names}
        first, second = questions[0], questions[1]
        wrong = next(o.id for o in first.options if o.id != correct_response(first))
        session.open({"question": first.id})
        for name in names:
            response = wrong if name.startswith("=") else correct_response(first)
            session.answer(students[name], {"question": first.id, "response": response})
        session.reveal()
        session.open({})
        for name in names[:2]:
            session.answer(students[name], {"question": second.id,
                                            "response": correct_response(second)})
        session.answer(students[names[2]], {"question": second.id,
                                            "response": not correct_response(second)})
        session.reveal()
        session.end()
    return db


def test_results_csv(finished: Path) -> None:
    """The CSV gradebook has one row per student with each question's score, the total and
    the number correct; a name that looks like a formula is kept as text."""
    result = _edu("class", "results", "--db", str(finished), "--format", "csv", cwd=finished.parent)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0] == ["name", "student", "Q1", "Q2", "total", "answered", "correct"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Ana Lima"][2:] == ["1.0", "1.0", "2.0", "2", "2"]
    assert by_name["王小明"][2:] == ["1.0", "0.0", "1.0", "2", "1"]
    assert by_name["'=cmd|' /C calc'!A0"][2:] == ["0.0", "", "0.0", "1", "0"]


def test_results_xlsx_and_json(finished: Path) -> None:
    """The workbook's Items sheet and the JSON give each question's share correct and
    discrimination: Q1 3 of 4 right, Q2 2 of 3 right."""
    out = finished.parent / "results.xlsx"
    result = _edu("class", "results", "--db", str(finished), "-o", str(out), cwd=finished.parent)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Results", "Items", "Answers"]
    items = list(book["Items"].iter_rows(values_only=True))
    header = items[0]
    q1 = dict(zip(header, items[1], strict=True))
    q2 = dict(zip(header, items[2], strict=True))
    assert (q1["answered"], q1["correct"], q1["share_correct"]) == (4, 3, 0.75)
    assert (q2["answered"], q2["correct"], q2["share_correct"]) == (3, 2, 0.667)
    assert book["Answers"].max_row == 1 + 7
    data = json.loads(_edu("class", "results", "--db", str(finished), "--format", "json",
                           cwd=finished.parent).stdout)
    assert [i["correct"] for i in data["items"]] == [3, 2]
    assert data["items"][0]["discrimination"] == 1.0


def test_share_correct_by_question(finished: Path, questions: list[Question]) -> None:
    """The bank's evidence: per question id, (answers fully right, answers)."""
    assert share_correct_by_question(finished) == {questions[0].id: (3, 4),
                                                   questions[1].id: (2, 3)}
