"""The question JSON: every question round-trips, and malformed input names the field."""

from __future__ import annotations

import json

import pytest

from edu.errors import QuizError
from edu.questions.bank import Bank
from edu.questions.serialize import question_from_dict
from edu.questions.serialize import question_to_dict


def test_every_question_round_trips_through_json(bank: Bank) -> None:
    """question_from_dict(json(question_to_dict(q))) == q for the whole bank."""
    for q in bank.questions:
        data = json.loads(json.dumps(question_to_dict(q), ensure_ascii=False))
        assert question_from_dict(data) == q


def test_chinese_only_output_reimports(bank: Bank) -> None:
    """lang=zh keeps only Chinese text, and still reads back (English empty)."""
    q = next(q for q in bank.questions if q.kind == "matching")
    data = question_to_dict(q, "zh")
    assert set(data["stem"]) == {"zh"}
    back = question_from_dict(data)
    assert back.stem.zh == q.stem.zh
    assert back.stem.en == ""
    assert back.answer == q.answer


def test_dict_shape(bank: Bank) -> None:
    """The dict has the documented keys; the answer is keyed by shape."""
    q = next(q for q in bank.questions if q.kind == "numeric")
    data = question_to_dict(q)
    assert set(data) == {"id", "kind", "shape", "lesson", "part", "difficulty", "tags",
                         "variant", "origin", "stem", "options", "prompts", "answer",
                         "answer_text", "source", "explanation", "refs"}
    assert set(data["answer"]) == {"value", "tolerance", "unit"}


@pytest.mark.parametrize(("change", "message"), [
    ({"kind": "essay"}, "unknown kind 'essay'"),
    ({"difficulty": "2"}, "difficulty: expected int, found str"),
    ({"difficulty": True}, "difficulty: expected int, found a boolean"),
    ({"answer": {"option": 3}}, "answer: option: expected str"),
    ({"options": [{"id": "x"}, {"id": "y"}]}, r"options\[0\]: text: missing"),
    ({"options": [{"id": "x", "text": {"zh": ""}}, {"id": "y", "text": {"zh": "a"}}]},
     "an empty option"),
    ({"stem": "just text"}, "stem: expected Mapping"),
])
def test_malformed_dicts_name_the_field(bank: Bank, change: dict[str, object],
                                        message: str) -> None:
    """A broken field is a QuizError naming it."""
    q = next(q for q in bank.questions if q.kind == "mc_value")
    data = {**question_to_dict(q), **change}
    with pytest.raises(QuizError, match=message):
        question_from_dict(data)


def test_not_an_object() -> None:
    """A list where a question should be is refused."""
    with pytest.raises(QuizError, match="expected an object"):
        question_from_dict([1, 2])


def test_authored_kinds_round_trip(plan: object) -> None:
    """Select-all, which-NOT and discussion questions (model answer, rubric with points)
    survive JSON, in both languages and Chinese-only."""
    from edu.questions.bank import load_bank
    from tests.conftest import CONTENT

    bank = load_bank(CONTENT, plan=plan)  # type: ignore[arg-type]
    for kind in ("multiple_response", "which_not", "discussion"):
        q = next(q for q in bank.questions if q.kind == kind)
        assert question_from_dict(json.loads(json.dumps(question_to_dict(q)))) == q
        zh = question_from_dict(question_to_dict(q, "zh"))
        assert zh.answer.__class__ is q.answer.__class__
