"""SIGKILL mid-question, restart on the same store: nothing lost, every token still valid."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import ROOT


@contextmanager
def serve(db: Path, *extra: str, log: list[str] | None = None
          ) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """``edu class serve`` on 127.0.0.1 (a free port) in a subprocess; killed afterwards, its
    stderr appended to *log*."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "edu.cli", "class", "serve", "--db", str(db),
                             "--port", "0", *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else ""
        yield proc, json.loads(line)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=10)
        if log is not None:
            log.append(err)


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _base(info: dict[str, str]) -> str:
    return info["join_url"].split("/?")[0]


def test_sigkill_and_restart_lose_nothing(tmp_path: Path) -> None:
    """Five students join, three answer the open question, the server is killed with SIGKILL;
    started again on the same --db it prints the same session, code and teacher token, every
    student's token works, the question is still open, the three answers are there (a second
    try is 409) and the other two can answer."""
    db = tmp_path / "class.sqlite3"
    with serve(db, "--n", "3", "--seed", "5", "--kinds", "mc_value") as (proc, info), \
            httpx.Client(base_url=_base(info), timeout=10) as http:
        tokens = [http.post("/api/join", json={"code": info["code"], "name": f"S{i}"}
                            ).json()["student_token"] for i in range(5)]
        opened = http.post("/api/teacher/open", headers=_auth(info["teacher_token"])).json()
        question: dict[str, Any] = opened["question"]
        option = question["options"][0]["id"]
        for token in tokens[:3]:
            r = http.post("/api/answer", headers=_auth(token),
                          json={"question": question["id"], "response": option})
            assert r.status_code == 200
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    log: list[str] = []
    with serve(db, "--n", "3", log=log) as (proc, again):
        assert {k: again[k] for k in ("session", "code", "teacher_token")} == \
            {k: info[k] for k in ("session", "code", "teacher_token")}
        http = httpx.Client(base_url=_base(again), timeout=10)
        for i, token in enumerate(tokens):
            state = http.get("/api/state", headers=_auth(token)).json()
            assert state["status"] == "open"
            assert state["question"]["id"] == question["id"]
            assert state["answered"] is (i < 3)
        for i, token in enumerate(tokens):
            r = http.post("/api/answer", headers=_auth(token),
                          json={"question": question["id"], "response": option})
            assert r.status_code == (409 if i < 3 else 200)
        results = http.get("/api/teacher/results",
                           headers=_auth(again["teacher_token"])).json()
        assert len(results["answers"]) == 5
        assert len(results["students"]) == 5
        http.close()
    assert "resuming session" in log[0]
