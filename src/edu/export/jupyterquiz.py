"""jupyterquiz JSON: self-check questions for Jupyter Book pages and notebooks.

A JSON list that ``jupyterquiz.display_quiz("quiz.json")`` shows (jupyterquiz 2.x). Every
distinct question of the quiz, in version A's order. Texts are HTML (jupyterquiz inserts them
as HTML), escaped; the Chinese and English are separated by ``<br>``.

By shape: choice and true_false → ``multiple_choice`` (each answer with its feedback);
numeric → ``numeric`` (a ``value``, or a ``range`` [value − tolerance, value + tolerance]
— jupyterquiz ranges exclude their upper end, so it is nudged up by one ulp); text →
``string`` with every accepted answer (case ignored); jupyterquiz has no matching or ordering
type, so a matching question becomes one ``multiple_choice`` per prompt ("… — 夯实粮食安全基础"),
and an ordering question one per position ("… — 第1位 / Position 1"); multi (select all
that apply) → ``many_choice`` (jupyterquiz marks it right only when exactly the right options
are ticked: no partial credit there). jupyterquiz has no free-text essay, so discussion
questions are left out (:func:`left_out` counts them; ``edu quiz`` says so on stderr). Wrong
answers get a feedback naming the right one; the explanation follows every feedback.
"""

from __future__ import annotations

import json
import math
from typing import Any
from typing import assert_never

from edu.export.common import LABELS
from edu.export.common import ExportOptions
from edu.export.common import positions
from edu.export.html import esc
from edu.export.keys import feedback
from edu.export.keys import wrong_feedback
from edu.lang import check_lang
from edu.lang import parts
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Option
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.render import with_source
from edu.quiz.assembly import Quiz


def _html(text: Text, lang: str) -> str:
    return "<br>".join(esc(t) for _, t in parts(text, lang))


def _choice(stem: str, options: list[tuple[Text, bool]], right: Text, wrong: Text,
            explanation: str, lang: str, kind: str = "multiple_choice") -> dict[str, Any]:
    def fb(ok: bool) -> str:
        return "<br>".join(x for x in (_html(right if ok else wrong, lang), explanation) if x)

    return {"question": stem, "type": kind,
            "answers": [{"answer": _html(t, lang), "correct": ok, "feedback": fb(ok)}
                        for t, ok in options]}


def _with(stem: Text, suffix: Text) -> Text:
    return Text(f"{stem.zh} —— {suffix.zh}", f"{stem.en} — {suffix.en or suffix.zh}")


def _pairs(q: Question, lang: str, explanation: str,
           pairs: list[tuple[Text, Option]], options: tuple[Option, ...]) -> list[dict[str, Any]]:
    out = []
    for prompt, answer in pairs:
        out.append(_choice(_html(_with(q.stem, prompt), lang),
                           [(o.text, o.id == answer.id) for o in options],
                           LABELS["correct"], wrong_feedback(answer.text), explanation, lang))
    return out


def questions(q: Question, lang: str) -> list[dict[str, Any]]:
    """The jupyterquiz question(s) for *q* (matching and ordering give several)."""
    a = q.answer
    stem = _html(q.stem, lang)
    shown = with_source(q)
    explanation = _html(shown, lang) if shown.zh or shown.en else ""
    right, wrong = feedback(q)
    ok = "<br>".join(x for x in (_html(right, lang), explanation) if x)
    no = "<br>".join(x for x in (_html(wrong, lang), explanation) if x)
    match a:
        case ChoiceAnswer():
            return [_choice(stem, [(o.text, o.id == a.option) for o in q.options], right, wrong,
                            explanation, lang)]
        case MultiAnswer():
            return [_choice(stem, [(o.text, o.id in a.options) for o in q.options], right,
                            wrong, explanation, lang, "many_choice")]
        case TrueFalseAnswer():
            return [_choice(stem, [(LABELS["true"], a.value), (LABELS["false"], not a.value)],
                            right, wrong, explanation, lang)]
        case NumericAnswer():
            value = int(a.value) if float(a.value).is_integer() else a.value
            answer: dict[str, Any] = {"type": "value", "value": value, "correct": True,
                                      "feedback": ok}
            if a.tolerance:
                answer = {"type": "range", "correct": True, "feedback": ok,
                          "range": [a.value - a.tolerance,
                                    math.nextafter(a.value + a.tolerance, math.inf)]}
            return [{"question": stem, "type": "numeric",
                     "answers": [answer, {"type": "default", "feedback": no}]}]
        case TextAnswer():
            return [{"question": stem, "type": "string",
                     "answers": [*({"answer": x, "correct": True, "match_case": False,
                                    "feedback": ok} for x in a.accepted),
                                 {"type": "default", "feedback": no}]}]
        case MatchingAnswer():
            pairs = a.as_dict()
            return _pairs(q, lang, explanation,
                          [(p.text, q.option(pairs[p.id])) for p in q.prompts], q.options)
        case OrderingAnswer():
            return _pairs(q, lang, explanation, positions(q), q.options)
        case EssayAnswer():
            return []
        case _:
            assert_never(a)


def left_out(quiz: Quiz) -> int:
    """How many of *quiz*'s questions jupyterquiz cannot show (discussions)."""
    return sum(1 for q in quiz.questions if isinstance(q.answer, EssayAnswer))


def render(quiz: Quiz, lang: str = "both") -> str:
    """The jupyterquiz JSON list of *quiz* (see the module docstring)."""
    check_lang(lang)
    out = [item for q in quiz.questions for item in questions(q, lang)]
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The ``jupyterquiz`` format of ``edu quiz``."""
    return render(quiz, lang).encode("utf-8")
