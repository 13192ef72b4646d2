"""The JSON API over a real server on loopback: the flow of a session and every security rule."""

from __future__ import annotations

import json

import pytest

from edu.live.session import ALREADY_ANSWERED
from edu.present.strings import STRINGS
from edu.questions.model import Question
from edu.quiz.grading import correct_response
from tests.live.conftest import Running

#: Fields that would give an answer away before the reveal.
SECRET_KEYS = {"answer", "answer_text", "explanation", "source", "lesson", "variant", "refs",
               "tags", "result", "score", "correct"}


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_join_answer_reveal(running: Running, questions: list[Question]) -> None:
    """A student joins, sees the open question, answers, and after the reveal sees the answer,
    the explanation, the source and their own score."""
    student = running.join("Ana")
    assert running.http.get("/api/state", headers=student).json()["status"] == "waiting"
    q = questions[0]
    running.open(q.id)
    state = running.http.get("/api/state", headers=student).json()
    assert state["status"] == "open"
    assert state["question"]["id"] == q.id
    assert state["question"]["shape"] == "choice"
    assert [o["id"] for o in state["question"]["options"]] == [o.id for o in q.options]
    r = running.http.post("/api/answer", headers=student,
                          json={"question": q.id, "response": correct_response(q)})
    assert r.status_code == 200
    assert running.http.get("/api/state", headers=student).json()["answered"] is True
    assert running.http.post("/api/teacher/reveal", headers=running.teacher).status_code == 200
    state = running.http.get("/api/state", headers=student).json()
    assert state["status"] == "revealed"
    assert state["result"]["correct"] is True
    assert state["question"]["source"] == list(q.source)
    assert state["question"]["answer"] == {"option": correct_response(q)}


@pytest.mark.parametrize("shape_index", range(6))
def test_nothing_leaks_before_reveal(running: Running, questions: list[Question],
                                     shape_index: int) -> None:
    """Before the reveal the open question carries no answer, explanation, source, lesson or
    variant, for every answer shape, even after the student has answered; nor does the
    answer reply say whether the answer was right."""
    q = questions[shape_index]
    student = running.join()
    running.open(q.id)
    body = running.http.get("/api/state", headers=student).text
    assert not _keys(json.loads(body)) & SECRET_KEYS
    for sentence in q.source:
        assert sentence not in body
    reply = running.http.post("/api/answer", headers=student,
                              json={"question": q.id, "response": correct_response(q)})
    assert reply.status_code == 200
    assert not _keys(reply.json()) & SECRET_KEYS
    after = running.http.get("/api/state", headers=student).json()
    assert not _keys(after) - {"response"} & SECRET_KEYS
    assert "score" not in json.dumps(after)


def test_events_stream_pushes_changes(running: Running, questions: list[Question]) -> None:
    """The event stream sends the state at once and again when the teacher opens a question."""
    student = running.join()
    with running.http.stream("GET", "/api/events", headers=student) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        first = next(line for line in lines if line.startswith("data:"))
        assert json.loads(first[5:])["status"] == "waiting"
        running.open(questions[1].id)
        second = next(line for line in lines if line.startswith("data:"))
        pushed = json.loads(second[5:])
        assert pushed["status"] == "open"
        assert pushed["question"]["id"] == questions[1].id


def test_no_token_is_401(running: Running) -> None:
    """Every route that needs a token answers 401 without one, or with an unknown one."""
    for method, path in (("GET", "/api/state"), ("POST", "/api/answer"),
                         ("GET", "/api/events"), ("POST", "/api/teacher/open"),
                         ("POST", "/api/teacher/reveal"), ("POST", "/api/teacher/end"),
                         ("GET", "/api/teacher/state"), ("GET", "/api/teacher/results")):
        assert running.http.request(method, path).status_code == 401, path
        bad = {"Authorization": "Bearer not-a-token"}
        assert running.http.request(method, path, headers=bad).status_code == 401, path


def test_student_token_on_teacher_routes_is_403(running: Running) -> None:
    """A student's token cannot open, reveal, end or read results (so cannot read another
    student's answers); the teacher's token is not a student's either."""
    student = running.join()
    for method, path in (("POST", "/api/teacher/open"), ("POST", "/api/teacher/reveal"),
                         ("POST", "/api/teacher/end"), ("GET", "/api/teacher/state"),
                         ("GET", "/api/teacher/results")):
        r = running.http.request(method, path, headers=student)
        assert r.status_code == 403, path
        assert "error" in r.json()
    assert running.http.get("/api/state", headers=running.teacher).status_code == 403


def test_wrong_code_is_403(running: Running) -> None:
    """Joining with a wrong code (or a code in other digits, or not text) is refused with
    403; a token in odd characters is just unknown (401)."""
    wrong = "000000" if running.session.code != "000000" else "111111"
    for code in (wrong, "１２３４５６", None, ["x"]):
        r = running.http.post("/api/join", json={"code": code, "name": "Eve"})
        assert r.status_code == 403, code
    odd = {"Authorization": "Bearer tokén".encode()}
    assert running.http.get("/api/state", headers=odd).status_code == 401
    assert running.http.get("/api/teacher/state", headers=odd).status_code == 401


def test_guessing_codes_is_slowed(running: Running) -> None:
    """After ten wrong codes in a minute a device is refused (429), even with the right code,
    so the six-digit code cannot be guessed by trying them all."""
    wrong = "000000" if running.session.code != "000000" else "111111"
    for _ in range(10):
        r = running.http.post("/api/join", json={"code": wrong, "name": "Eve"})
        assert r.status_code == 403
    r = running.http.post("/api/join", json={"code": running.session.code, "name": "Eve"})
    assert r.status_code == 429


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, 42, "a\x00b"])
def test_bad_name_is_400(running: Running, name: object) -> None:
    """A name must be text of 1–40 characters without control characters."""
    r = running.http.post("/api/join", json={"code": running.session.code, "name": name})
    assert r.status_code == 400
    assert "name" in r.json()["error"]


def test_second_answer_and_closed_question_are_409(running: Running,
                                                   questions: list[Question]) -> None:
    """A second answer to the same question, and an answer to a question that is not open,
    are refused with 409; the first answer stands."""
    student = running.join()
    a, b = questions[0], questions[1]
    running.open(a.id)
    first = {"question": a.id, "response": a.options[0].id}
    assert running.http.post("/api/answer", headers=student, json=first).status_code == 200
    again = {"question": a.id, "response": a.options[1].id}
    refused = running.http.post("/api/answer", headers=student, json=again)
    assert (refused.status_code, refused.json()["error"]) == (409, ALREADY_ANSWERED)
    closed = {"question": b.id, "response": correct_response(b)}
    shut = running.http.post("/api/answer", headers=student, json=closed)
    assert shut.status_code == 409
    assert "key" not in shut.json()
    answers = running.http.get("/api/teacher/results", headers=running.teacher).json()["answers"]
    assert [x["response"] for x in answers] == [a.options[0].id]


def test_oversized_body_is_413(running: Running) -> None:
    """A body over 64 KB is refused with 413, with or without a Content-Length."""
    big = json.dumps({"code": running.session.code, "name": "x" * 70_000}).encode()
    assert running.http.post("/api/join", content=big).status_code == 413

    def chunks() -> object:
        yield big[:40_000]
        yield big[40_000:]

    r = running.http.post("/api/join", content=chunks())  # type: ignore[arg-type]
    assert r.status_code == 413


def test_malformed_json_and_unknown_question_are_400(running: Running,
                                                    questions: list[Question]) -> None:
    """Malformed JSON, an unknown question id and a response of the wrong shape get 400 with a
    one-line reason."""
    student = running.join()
    running.open(questions[0].id)
    for body in (b"{not json", b"\xff\xfe", b"[1, 2",
                 b'{"question": "%s", "response": NaN}' % questions[0].id.encode()):
        r = running.http.post("/api/answer", headers=student, content=body)
        assert r.status_code == 400
        assert "\n" not in r.json()["error"]
    r = running.http.post("/api/answer", headers=student,
                          json={"question": "nope", "response": "x"})
    assert r.status_code == 400
    assert "unknown question" in r.json()["error"]
    r = running.http.post("/api/teacher/open", headers=running.teacher,
                          json={"question": "nope"})
    assert r.status_code == 400
    r = running.http.post("/api/answer", headers=student,
                          json={"question": questions[0].id, "response": ["a", "list"]})
    assert r.status_code == 400


def test_revealed_question_cannot_reopen(running: Running, questions: list[Question]) -> None:
    """Once revealed a question stays closed (409); opening with no id goes to the next
    unopened question, and after the last one 409 says to end."""
    running.open(questions[0].id)
    running.http.post("/api/teacher/reveal", headers=running.teacher)
    r = running.http.post("/api/teacher/open", headers=running.teacher,
                          json={"question": questions[0].id})
    assert r.status_code == 409
    seen = [running.open()["question"]["id"] for _ in questions[1:]]
    assert seen == [q.id for q in questions[1:]]
    assert running.http.post("/api/teacher/open", headers=running.teacher).status_code == 409


def test_end_stops_answers_and_joins(running: Running, questions: list[Question]) -> None:
    """After the end no answer and no new student is accepted, and a student sees a summary
    counting only revealed questions."""
    student = running.join()
    running.open(questions[0].id)
    running.http.post("/api/answer", headers=student,
                      json={"question": questions[0].id,
                            "response": correct_response(questions[0])})
    running.http.post("/api/teacher/end", headers=running.teacher)
    state = running.http.get("/api/state", headers=student).json()
    assert state["status"] == "ended"
    assert state["summary"]["revealed"] == 0
    r = running.http.post("/api/answer", headers=student,
                          json={"question": questions[0].id, "response": "x"})
    assert r.status_code == 409
    r = running.http.post("/api/join", json={"code": running.session.code, "name": "Late"})
    assert r.status_code == 409


def test_security_headers_and_page(running: Running) -> None:
    """The student page is served with a CSP that allows nothing outside the server, and no
    page refers to another host."""
    r = running.http.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "connect-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for path in ("/", "/static/app.js", "/static/style.css", "/teacher", "/static/teacher.js"):
        body = running.http.get(path).text
        assert "http://" not in body
        assert "https://" not in body
    assert running.http.get("/static/../store.py").status_code == 404


def test_results_hold_every_part(running: Running, questions: list[Question]) -> None:
    """GET /api/teacher/results gives questions with their answers, students and answers
    with scores."""
    one, two = running.join("Ana"), running.join("Bo")
    q = questions[2]
    running.open(q.id)
    running.http.post("/api/answer", headers=one,
                      json={"question": q.id, "response": correct_response(q)})
    running.http.post("/api/answer", headers=two, json={"question": q.id, "response": "-1"})
    results = running.http.get("/api/teacher/results", headers=running.teacher).json()
    assert [x["id"] for x in results["questions"]] == [x.id for x in questions]
    assert results["questions"][2]["shape"] == "numeric"
    assert "answer" in results["questions"][2]
    assert sorted(s["name"] for s in results["students"]) == ["Ana", "Bo"]
    assert sorted(a["score"] for a in results["answers"]) == [0.0, 1.0]


def test_already_answered_names_the_page_string(running: Running,
                                                questions: list[Question]) -> None:
    """The 409 for a second answer keeps its English reason under ``error`` and names, under
    ``key``, the student page's string that says it in both languages (the catalogue's)."""
    student = running.join()
    a = questions[0]
    running.open(a.id)
    body = {"question": a.id, "response": a.options[0].id}
    running.http.post("/api/answer", headers=student, json=body)
    refused = running.http.post("/api/answer", headers=student, json=body).json()
    assert refused == {"error": ALREADY_ANSWERED, "key": "already_answered"}
    said = running.http.get("/strings.json").json()[refused["key"]]
    entry = STRINGS["class_already_answered"]
    assert said == {"zh": entry.zh, "en": entry.en}
    assert entry.en == ALREADY_ANSWERED
