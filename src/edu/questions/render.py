"""Answers as readable text, for answer keys, feedback and exports."""

from __future__ import annotations

from typing import assert_never

from edu.content.wording import qty_en
from edu.content.wording import qty_zh
from edu.numerals import format_number
from edu.present.strings import text
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import bare

TRUE = text("quiz.true")
FALSE = text("quiz.false")


def answer_text(q: Question) -> Text:
    """The right answer of *q* in words: ``88%``; ``依法推进 → 将人权事业…；…``; ``正确``."""
    a = q.answer
    match a:
        case ChoiceAnswer():
            return q.option(a.option).text
        case TrueFalseAnswer():
            return TRUE if a.value else FALSE
        case NumericAnswer():
            zh, en = qty_zh(a.value, a.unit), qty_en(a.value, a.unit)
            if a.tolerance:
                tol = format_number(a.tolerance)
                zh, en = f"{zh}（±{tol}）", f"{en} (±{tol}{'%' if a.unit == '%' else ''})"
            return Text(zh, en)
        case TextAnswer():
            return Text(a.accepted[0], a.accepted[0])
        case OrderingAnswer():
            items = [q.option(i).text for i in a.order]
            return Text("→".join(t.zh for t in items), " → ".join(t.en for t in items))
        case MatchingAnswer():
            pairs = [(q.option(p).text, q.option(o).text) for p, o in a.pairs]
            return Text("；".join(f"{p.zh}——{o.zh}" for p, o in pairs),
                        "; ".join(f"{bare(p.en)}: {bare(o.en)}" for p, o in pairs))
        case MultiAnswer():
            picks = [q.option(i).text for i in a.options]
            return Text("；".join(t.zh for t in picks), "; ".join(bare(t.en) for t in picks))
        case EssayAnswer():
            return a.model
        case _:
            assert_never(a)


def rubric_text(a: EssayAnswer) -> Text:
    """A discussion's rubric, one criterion a line: ``- 说明原因（2分）`` / ``- … (2 points)``."""
    return Text("\n".join(f"- {c.text.zh}（{c.points}分）" for c in a.rubric),
                "\n".join(f"- {c.text.en} ({c.points} point{'s' if c.points != 1 else ''})"
                          for c in a.rubric))


def with_source(q: Question, explanation: Text | None = None) -> Text:
    """The explanation (or *explanation*) followed by the question's source sentences,
    quoted verbatim — for a surface that has one text for both (LMS feedback)."""
    point = q.explanation if explanation is None else explanation
    if not q.source:
        return point
    zh_quote = "原文：" + "".join(f"“{s}”" for s in q.source)
    en_quote = "The plan says: " + " ".join(f"“{s}”" for s in q.source)
    return Text(point.zh + zh_quote, f"{point.en} {en_quote}".strip())
