"""The JSON form of a quiz, in one place: writing it, reading it back.

The export formats themselves are registered in :data:`edu.export.files.FORMATS` (``json``
there calls :func:`render_json`).

The JSON format (``edu-quiz`` version 1)::

    {"quiz": {"format": "edu-quiz", "version": 1, "seed": 7, "lang": "both",
              "spec": {"count": 10, "lessons": [], "parts": [], "kinds": [],
                       "difficulty": [1, 3], "tags": [], "exclude": [], "balance": true,
                       "versions": 2, "mode": "shuffle"},
              "versions": [{"label": "A", "questions": [<question>, …]}, …]}}

Each ``<question>`` is :func:`edu.questions.serialize.question_to_dict` (kind, lesson, answer,
answer_text, source, explanation …), options in the version's shuffled order.
:func:`quiz_from_dict` reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from edu.errors import QuizError
from edu.lang import check_lang
from edu.questions.serialize import question_from_dict
from edu.questions.serialize import question_to_dict
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import QuizVersion
from edu.quiz.spec import spec_from_dict
from edu.quiz.spec import spec_to_dict

FORMAT_NAME = "edu-quiz"
FORMAT_VERSION = 1

def quiz_to_dict(quiz: Quiz, lang: str = "both") -> dict[str, Any]:
    """*quiz* as the JSON document described in the module docstring."""
    check_lang(lang)
    return {"quiz": {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "seed": quiz.seed, "lang": lang,
        "spec": spec_to_dict(quiz.spec),
        "versions": [{"label": v.label,
                      "questions": [question_to_dict(q, lang) for q in v.questions]}
                     for v in quiz.versions],
    }}


def quiz_from_dict(data: object) -> Quiz:
    """Read a quiz document back (``lang`` ``zh`` or ``both``)."""
    body = data.get("quiz") if isinstance(data, Mapping) else None
    if not isinstance(body, Mapping) or body.get("format") != FORMAT_NAME:
        raise QuizError(f"not an {FORMAT_NAME} document (expected {{\"quiz\": {{\"format\": "
                        f"\"{FORMAT_NAME}\", …}}}})")
    if body.get("version") != FORMAT_VERSION:
        raise QuizError(f"{FORMAT_NAME} version {body.get('version')!r} is not supported "
                        f"(this edu reads version {FORMAT_VERSION})")
    versions = []
    for i, v in enumerate(body.get("versions") or []):
        if not isinstance(v, Mapping) or not isinstance(v.get("questions"), list):
            raise QuizError(f"versions[{i}]: expected {{\"label\", \"questions\": [...]}}")
        versions.append(QuizVersion(str(v.get("label", "")), tuple(
            question_from_dict(q, f"versions[{i}].questions[{j}]")
            for j, q in enumerate(v["questions"]))))
    seed = body.get("seed")
    return Quiz(spec_from_dict(dict(body.get("spec") or {})), tuple(versions),
                seed if isinstance(seed, int) else None)


def render_json(quiz: Quiz, lang: str = "both") -> bytes:
    """The ``json`` format: UTF-8, indented, Chinese unescaped."""
    return (json.dumps(quiz_to_dict(quiz, lang), ensure_ascii=False, indent=2) + "\n").encode()
