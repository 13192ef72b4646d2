"""Answers as readable text, for answer keys, feedback and exports."""

from __future__ import annotations

from edu.numerals import format_number
from edu.questions.model import (
    ChoiceAnswer,
    MatchingAnswer,
    NumericAnswer,
    OrderingAnswer,
    Question,
    Text,
    TextAnswer,
    TrueFalseAnswer,
)
from edu.questions.phrasing import bare, qty_en, qty_zh

TRUE = Text("正确", "True")
FALSE = Text("错误", "False")


def answer_text(q: Question) -> Text:
    """The right answer of *q* in words: ``88%``; ``依法推进 → 将人权事业…；…``; ``正确``."""
    a = q.answer
    if isinstance(a, ChoiceAnswer):
        return q.option(a.option).text
    if isinstance(a, TrueFalseAnswer):
        return TRUE if a.value else FALSE
    if isinstance(a, NumericAnswer):
        zh, en = qty_zh(a.value, a.unit), qty_en(a.value, a.unit)
        if a.tolerance:
            tol = format_number(a.tolerance)
            zh, en = f"{zh}（±{tol}）", f"{en} (±{tol}{'%' if a.unit == '%' else ''})"
        return Text(zh, en)
    if isinstance(a, TextAnswer):
        return Text(a.accepted[0], a.accepted[0])
    if isinstance(a, OrderingAnswer):
        items = [q.option(i).text for i in a.order]
        return Text("→".join(t.zh for t in items), " → ".join(t.en for t in items))
    if isinstance(a, MatchingAnswer):
        pairs = [(q.option(p).text, q.option(o).text) for p, o in a.pairs]
        return Text("；".join(f"{p.zh}——{o.zh}" for p, o in pairs),
                    "; ".join(f"{bare(p.en)}: {bare(o.en)}" for p, o in pairs))
    raise AssertionError(f"unknown answer type {type(a).__name__}")  # pragma: no cover
