"""The JSON form of a quiz: the documented document and its re-import."""

from __future__ import annotations

import json

import pytest

from edu.errors import QuizError
from edu.errors import UsageError
from edu.questions.bank import Bank
from edu.quiz.assembly import assemble_seeded
from edu.quiz.formats import quiz_from_dict
from edu.quiz.formats import quiz_to_dict
from edu.quiz.formats import render_json
from edu.quiz.spec import QuizSpec


def test_json_document_shape(bank: Bank) -> None:
    """{"quiz": {format, version, seed, lang, spec, versions: [{label, questions}]}}."""
    quiz = assemble_seeded(bank, QuizSpec(count=5, versions=2), 11)
    doc = json.loads(render_json(quiz, "both"))
    body = doc["quiz"]
    assert (body["format"], body["version"], body["seed"], body["lang"]) == (
        "edu-quiz", 1, 11, "both")
    assert body["spec"]["count"] == 5
    assert body["spec"]["mode"] == "shuffle"
    assert [v["label"] for v in body["versions"]] == ["A", "B"]
    q = body["versions"][0]["questions"][0]
    assert {"kind", "lesson", "answer", "answer_text", "source", "explanation"} <= set(q)


def test_round_trip(bank: Bank) -> None:
    """quiz_from_dict(quiz_to_dict(quiz)) gives the same quiz back."""
    quiz = assemble_seeded(bank, QuizSpec(count=12, versions=3, draws=True), 4)
    assert quiz_from_dict(json.loads(render_json(quiz))) == quiz


def test_language_selection(bank: Bank) -> None:
    """lang=en leaves the Chinese stems out; an unknown language is refused."""
    quiz = assemble_seeded(bank, QuizSpec(count=3), 1)
    q = quiz_to_dict(quiz, "en")["quiz"]["versions"][0]["questions"][0]
    assert set(q["stem"]) == {"en"}
    with pytest.raises(UsageError, match="unknown language 'fr'"):
        quiz_to_dict(quiz, "fr")


def test_not_a_quiz_document() -> None:
    """Other JSON is refused with what was expected."""
    with pytest.raises(QuizError, match="not an edu-quiz document"):
        quiz_from_dict({"plan": {}})
    with pytest.raises(QuizError, match="version 9 is not supported"):
        quiz_from_dict({"quiz": {"format": "edu-quiz", "version": 9}})
