"""Quiz output formats: a registry that ``edu quiz --format`` and the exports package share.

:data:`FORMATS` maps a format name to ``"module:function"``; the function takes
``(quiz, lang)`` and returns the bytes to write. Entries are resolved only when used, so adding
a format costs nothing at start-up. Another package adds one with :func:`register_format`
(or an entry in :data:`FORMATS`)::

    register_format("html", "edu.exports.html:render_quiz")

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

import importlib
import json
from collections.abc import Callable, Mapping
from typing import Any

from edu.errors import QuizError, UsageError
from edu.questions.serialize import question_from_dict, question_to_dict
from edu.quiz.assembly import Quiz, QuizVersion
from edu.quiz.spec import spec_from_dict, spec_to_dict

Renderer = Callable[[Quiz, str], bytes]
FORMAT_NAME = "edu-quiz"
FORMAT_VERSION = 1
LANGS = ("zh", "en", "both")

#: Format name → ``"module:function"`` (or the function itself).
FORMATS: dict[str, str | Renderer] = {
    "json": "edu.quiz.formats:render_json",
    "pdf": "edu.export.pdf:render_quiz",
    "html": "edu.export.html:render_quiz",
    "md": "edu.export.markdown:render_quiz",
    "gift": "edu.export.gift:render_quiz",
    "moodle": "edu.export.moodle:render_quiz",
    "qti": "edu.export.qti:render_quiz",
    "jupyterquiz": "edu.export.jupyterquiz:render_quiz",
}


def register_format(name: str, renderer: str | Renderer) -> None:
    """Add (or replace) the output format *name*."""
    FORMATS[name] = renderer


def renderer(name: str) -> Renderer:
    """The renderer for *name*; an unknown format lists the known ones."""
    target = FORMATS.get(name)
    if target is None:
        raise UsageError(f"unknown format {name!r}; valid formats: {', '.join(sorted(FORMATS))}")
    if callable(target):
        return target
    module, _, function = target.partition(":")
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


def quiz_to_dict(quiz: Quiz, lang: str = "both") -> dict[str, Any]:
    """*quiz* as the JSON document described in the module docstring."""
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
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
