"""Quizzes: assemble them from the question bank, grade responses, write them out.

``assemble(bank, spec, rng)`` (:mod:`edu.quiz.assembly`), ``grade(question, response)``
(:mod:`edu.quiz.grading`), the JSON form of a quiz (:mod:`edu.quiz.formats`). Names are
resolved lazily.
"""

from __future__ import annotations

from edu.lazy import lazy_exports

TYPE_CHECKING = False
if TYPE_CHECKING:

    from edu.quiz.assembly import Quiz
    from edu.quiz.assembly import QuizVersion
    from edu.quiz.assembly import assemble
    from edu.quiz.assembly import assemble_seeded
    from edu.quiz.formats import quiz_from_dict
    from edu.quiz.formats import quiz_to_dict
    from edu.quiz.grading import QuizResult
    from edu.quiz.grading import Score
    from edu.quiz.grading import correct_response
    from edu.quiz.grading import grade
    from edu.quiz.grading import grade_quiz
    from edu.quiz.spec import QuizSpec

_HOME = {
    "Quiz": "assembly", "QuizVersion": "assembly", "assemble": "assembly",
    "assemble_seeded": "assembly", "quiz_from_dict": "formats",
    "quiz_to_dict": "formats",
    "QuizResult": "grading", "Score": "grading", "correct_response": "grading",
    "grade": "grading", "grade_quiz": "grading", "QuizSpec": "spec",
}

__all__ = [
    "Quiz",
    "QuizResult",
    "QuizSpec",
    "QuizVersion",
    "Score",
    "assemble",
    "assemble_seeded",
    "correct_response",
    "grade",
    "grade_quiz",
    "quiz_from_dict",
    "quiz_to_dict",
]


__getattr__ = lazy_exports(__name__, _HOME)
