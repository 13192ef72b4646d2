"""Questions as JSON-ready dicts, and back: the re-importable question format.

``question_to_dict(q)`` gives::

    {"id": "…", "kind": "mc_value", "shape": "choice", "lesson": "health",
     "part": "economic-social-cultural", "difficulty": 2, "tags": ["targets"],
     "variant": "value", "origin": "generated",
     "stem": {"zh": "…", "en": "…"},
     "options": [{"id": "o1a2b3c4d", "text": {"zh": "88%", "en": "88%"}}, …],
     "prompts": [],                                   # matching: the left-hand column
     "answer": {"option": "o1a2b3c4d"},               # by shape, see below
     "answer_text": {"zh": "88%", "en": "88%"},       # derived, ignored on import
     "source": ["…verbatim sentence…"], "explanation": {"zh": "…", "en": "…"},
     "refs": ["target-…"]}

``answer`` by shape: choice ``{"option": id}``; numeric ``{"value", "tolerance", "unit"}``;
matching ``{"pairs": [[prompt id, option id], …]}``; ordering ``{"order": [id, …]}``; text
``{"accepted": [str, …]}``; true_false ``{"value": bool}``; multi ``{"options": [id, …]}``
(every correct option); essay ``{"model": {"zh", "en"}, "rubric": [{"text": {"zh", "en"},
"points": int}, …]}``.

With ``lang="zh"`` or ``"en"`` every text object holds that key only; ``question_from_dict``
reads a missing language as empty, so Chinese-only output still re-imports (English-only output
does not: the Chinese stem is required).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from typing import assert_never

from edu.errors import QuizError
from edu.questions.model import KIND_SHAPES
from edu.questions.model import Answer
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Criterion
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
from edu.questions.render import answer_text


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def text_to_dict(text: Text, lang: str = "both") -> dict[str, str]:
    if lang == "zh":
        return {"zh": text.zh}
    if lang == "en":
        return {"en": text.en}
    return {"zh": text.zh, "en": text.en}


def answer_to_dict(a: Answer, lang: str = "both") -> dict[str, Any]:
    match a:
        case ChoiceAnswer():
            return {"option": a.option}
        case NumericAnswer():
            return {"value": _number(a.value), "tolerance": _number(a.tolerance),
                    "unit": a.unit}
        case MatchingAnswer():
            return {"pairs": [list(p) for p in a.pairs]}
        case OrderingAnswer():
            return {"order": list(a.order)}
        case TextAnswer():
            return {"accepted": list(a.accepted)}
        case TrueFalseAnswer():
            return {"value": a.value}
        case MultiAnswer():
            return {"options": list(a.options)}
        case EssayAnswer():
            return {"model": text_to_dict(a.model, lang),
                    "rubric": [{"text": text_to_dict(c.text, lang), "points": c.points}
                               for c in a.rubric]}
        case _:
            assert_never(a)


def question_to_dict(q: Question, lang: str = "both") -> dict[str, Any]:
    """*q* as a JSON-ready dict (see the module docstring)."""

    def opts(options: tuple[Option, ...]) -> list[dict[str, Any]]:
        return [{"id": o.id, "text": text_to_dict(o.text, lang)} for o in options]

    return {
        "id": q.id, "kind": q.kind, "shape": q.shape, "lesson": q.lesson, "part": q.part,
        "difficulty": q.difficulty, "tags": list(q.tags), "variant": q.variant,
        "origin": q.origin, "stem": text_to_dict(q.stem, lang), "options": opts(q.options),
        "prompts": opts(q.prompts), "answer": answer_to_dict(q.answer, lang),
        "answer_text": text_to_dict(answer_text(q), lang), "source": list(q.source),
        "explanation": text_to_dict(q.explanation, lang), "refs": list(q.refs),
    }


class _Reader:
    """Typed access to a dict, with errors naming the question and the field."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise QuizError(f"{where}: expected an object, found {type(data).__name__}")
        self.data = data
        self.where = where

    def fail(self, field: str, message: str) -> QuizError:
        return QuizError(f"{self.where}: {field}: {message}")

    def get(self, field: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if field not in self.data:
            if default is ...:
                raise self.fail(field, "missing")
            return default
        value = self.data[field]
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(field, f"expected {_names(kind)}, found a boolean")
        if not isinstance(value, kind):
            raise self.fail(field, f"expected {_names(kind)}, found {type(value).__name__}")
        return value

    def text(self, field: str, required: bool = True) -> Text:
        value = self.get(field, Mapping) if required else self.get(field, Mapping, {})
        parts = [value.get(lang, "") for lang in ("zh", "en")]
        if not all(isinstance(p, str) for p in parts):
            raise self.fail(field, "expected {\"zh\": text, \"en\": text}")
        return Text(parts[0], parts[1])

    def strings(self, field: str) -> tuple[str, ...]:
        value = self.get(field, list, [])
        if not all(isinstance(v, str) for v in value):
            raise self.fail(field, "expected a list of strings")
        return tuple(value)

    def options(self, field: str) -> tuple[Option, ...]:
        out = []
        for i, item in enumerate(self.get(field, list, [])):
            r = _Reader(item, f"{self.where}: {field}[{i}]")
            out.append(Option(r.get("id", str), r.text("text")))
        return tuple(out)


def _names(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def _answer(shape: str, r: _Reader) -> Answer:
    a = _Reader(r.get("answer", Mapping), f"{r.where}: answer")
    if shape == "choice":
        return ChoiceAnswer(a.get("option", str))
    if shape == "numeric":
        return NumericAnswer(float(a.get("value", (int, float))),
                             float(a.get("tolerance", (int, float), 0)), a.get("unit", str, ""))
    if shape == "matching":
        pairs = a.get("pairs", list)
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                   for p in pairs):
            raise a.fail("pairs", "expected a list of [prompt id, option id] pairs")
        return MatchingAnswer(tuple((p[0], p[1]) for p in pairs))
    if shape == "ordering":
        return OrderingAnswer(a.strings("order"))
    if shape == "text":
        return TextAnswer(a.strings("accepted"))
    if shape == "multi":
        return MultiAnswer(a.strings("options"))
    if shape == "essay":
        rubric = []
        for i, item in enumerate(a.get("rubric", list)):
            c = _Reader(item, f"{a.where}: rubric[{i}]")
            rubric.append(Criterion(c.text("text"), c.get("points", int)))
        return EssayAnswer(a.text("model"), tuple(rubric))
    return TrueFalseAnswer(a.get("value", bool))


def question_from_dict(data: object, where: str = "question") -> Question:
    """The :class:`Question` a :func:`question_to_dict` dict describes; bad input is a
    :class:`~edu.errors.QuizError` naming the field."""
    r = _Reader(data, where)
    kind = r.get("kind", str)
    if kind not in KIND_SHAPES:
        raise r.fail("kind", f"unknown kind {kind!r}; valid kinds: {', '.join(KIND_SHAPES)}")
    r.where = f"{where} {r.data.get('id', '?')}"
    return Question(
        id=r.get("id", str), kind=kind, lesson=r.get("lesson", str), part=r.get("part", str, ""),
        difficulty=r.get("difficulty", int), stem=r.text("stem"),
        answer=_answer(KIND_SHAPES[kind], r), options=r.options("options"),
        prompts=r.options("prompts"), source=r.strings("source"),
        explanation=r.text("explanation", required=False), tags=r.strings("tags"),
        refs=r.strings("refs"),
        variant=r.get("variant", str, ""), origin=r.get("origin", str, "generated"))
