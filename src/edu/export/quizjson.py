"""The ``json`` export: the documented, re-importable quiz (:mod:`edu.quiz.formats`)."""

from __future__ import annotations

from edu.export.common import ExportOptions
from edu.quiz.assembly import Quiz
from edu.quiz.formats import render_json


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The whole quiz, every version with its answers, as ``edu-quiz`` JSON."""
    return render_json(quiz, lang)
