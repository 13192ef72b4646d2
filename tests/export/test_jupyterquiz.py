"""jupyterquiz JSON: checked against the question schemas jupyterquiz documents, and read
back question by question."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import jsonschema

from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.quiz.assembly import Quiz
from tests.export.conftest import HOSTILE

_FEEDBACK = {"type": "string"}
#: jupyterquiz's documented question shapes (README and schema/*.json of jupyterquiz 2.x).
SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {"oneOf": [
        {"type": "object", "required": ["question", "type", "answers"],
         "properties": {
             "question": {"type": "string"},
             "type": {"enum": ["multiple_choice", "many_choice"]},
             "answers": {"type": "array", "minItems": 2, "items": {
                 "type": "object", "required": ["correct", "answer"],
                 "properties": {"answer": {"type": "string"}, "correct": {"type": "boolean"},
                                "feedback": _FEEDBACK}, "additionalProperties": False}}},
         "additionalProperties": False},
        {"type": "object", "required": ["question", "type", "answers"],
         "properties": {
             "question": {"type": "string"}, "type": {"const": "numeric"},
             "precision": {"type": "integer"},
             "answers": {"type": "array", "items": {"anyOf": [
                 {"type": "object", "required": ["value", "correct"],
                  "properties": {"type": {"const": "value"}, "value": {"type": "number"},
                                 "correct": {"type": "boolean"}, "feedback": _FEEDBACK},
                  "additionalProperties": False},
                 {"type": "object", "required": ["range", "correct"],
                  "properties": {"type": {"const": "range"},
                                 "range": {"type": "array", "minItems": 2, "maxItems": 2,
                                           "items": {"type": "number"}},
                                 "correct": {"type": "boolean"}, "feedback": _FEEDBACK},
                  "additionalProperties": False},
                 {"type": "object", "required": ["type", "feedback"],
                  "properties": {"type": {"const": "default"}, "feedback": _FEEDBACK},
                  "additionalProperties": False}]}}},
         "additionalProperties": False},
        {"type": "object", "required": ["question", "type", "answers"],
         "properties": {
             "question": {"type": "string"}, "type": {"const": "string"},
             "answers": {"type": "array", "items": {"oneOf": [
                 {"type": "object", "required": ["answer", "correct"],
                  "properties": {"answer": {"type": "string"}, "correct": {"type": "boolean"},
                                 "feedback": _FEEDBACK, "match_case": {"type": "boolean"},
                                 "fuzzy_threshold": {"type": "number"}},
                  "additionalProperties": False},
                 {"type": "object", "required": ["type", "feedback"],
                  "properties": {"type": {"const": "default"}, "feedback": _FEEDBACK},
                  "additionalProperties": False}]}}},
         "additionalProperties": False},
    ]},
}


def _text(value: str) -> str:
    return html.unescape(value.replace("<br>", "\n"))


def _check(quiz: Quiz, items: list[dict[str, Any]]) -> None:
    jsonschema.validate(items, SCHEMA)
    at = 0
    for q in quiz.questions:
        a = q.answer
        if isinstance(a, MatchingAnswer | OrderingAnswer):
            wanted = ([a.as_dict()[p.id] for p in q.prompts] if isinstance(a, MatchingAnswer)
                      else list(a.order))
            for option_id in wanted:
                item = items[at]
                at += 1
                (right,) = [x for x in item["answers"] if x["correct"]]
                t = q.option(option_id).text
                assert _text(right["answer"]).split("\n") == (
                    [t.zh, t.en] if t.en and t.en != t.zh else [t.zh])
            continue
        if isinstance(a, EssayAnswer):  # jupyterquiz has no essay: left out
            continue
        item = items[at]
        at += 1
        assert _text(item["question"]).startswith(q.stem.zh)
        if isinstance(a, MultiAnswer):
            assert item["type"] == "many_choice"
            right = [_text(x["answer"]).split("\n")[0] for x in item["answers"] if x["correct"]]
            assert right == [o.text.zh for o in q.options if o.id in a.options]
        elif isinstance(a, ChoiceAnswer):
            (right,) = [x for x in item["answers"] if x["correct"]]
            assert _text(right["answer"]).split("\n")[0] == q.option(a.option).text.zh
        elif isinstance(a, TrueFalseAnswer):
            (right,) = [x for x in item["answers"] if x["correct"]]
            assert _text(right["answer"]).startswith("正确" if a.value else "错误")
        elif isinstance(a, NumericAnswer):
            first = item["answers"][0]
            if a.tolerance:
                low, high = first["range"]
                assert low == a.value - a.tolerance
                assert low <= a.value + a.tolerance < high
            else:
                assert first["value"] == a.value
        else:
            assert isinstance(a, TextAnswer)
            assert [x["answer"] for x in item["answers"] if x.get("correct")] == \
                list(a.accepted)
    assert at == len(items)


def test_schema_and_answers(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Every item fits jupyterquiz's schema; matching and ordering become one item per pair
    or position; right answers, ranges and accepted strings match the quiz."""
    _check(quiz30, json.loads(exported["jupyterquiz"][0].read_text(encoding="utf-8")))
    assert {q.shape for q in quiz30.questions} >= {"multi", "essay"}


def test_hostile_text_survives(hostile_quiz: Quiz,
                               hostile_exported: dict[str, list[Path]]) -> None:
    """Texts are HTML-escaped (jupyterquiz inserts them as HTML) and read back unchanged."""
    items = json.loads(hostile_exported["jupyterquiz"][0].read_text(encoding="utf-8"))
    _check(hostile_quiz, items)
    assert HOSTILE in _text(items[0]["question"])
    assert "<b>" not in items[0]["question"]
