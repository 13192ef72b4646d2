"""JSON export: the documented edu-quiz document, read back and re-imported into a bank."""

from __future__ import annotations

import json
from pathlib import Path

from edu.questions.bank import Bank
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import assemble_seeded
from edu.quiz.formats import quiz_from_dict
from edu.quiz.grading import correct_response
from edu.quiz.grading import grade
from edu.quiz.spec import QuizSpec


def test_reads_back_equal(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """json.loads + quiz_from_dict gives the same quiz: versions, order, answers."""
    doc = json.loads(exported["json"][0].read_text(encoding="utf-8"))
    assert quiz_from_dict(doc) == quiz30
    assert [len(v["questions"]) for v in doc["quiz"]["versions"]] == [30, 30]


def test_hostile_text_round_trips(hostile_quiz: Quiz,
                                  hostile_exported: dict[str, list[Path]]) -> None:
    """Markup characters and newlines survive the JSON document unchanged."""
    doc = json.loads(hostile_exported["json"][0].read_text(encoding="utf-8"))
    assert quiz_from_dict(doc) == hostile_quiz


def test_reimport_into_a_bank(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """The exported questions make a bank again: a new quiz can be drawn and graded."""
    back = quiz_from_dict(json.loads(exported["json"][0].read_text(encoding="utf-8")))
    lessons = tuple(dict.fromkeys(q.lesson for q in back.questions))
    parts = tuple(dict.fromkeys(q.part for q in back.questions))
    bank = Bank(back.questions, lessons, parts)
    again = assemble_seeded(bank, QuizSpec(count=10), 5)
    for q in again.questions:
        assert grade(q, correct_response(q)).fraction == 1.0
