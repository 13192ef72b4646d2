"""Answers as printed on an answer key: with the letters of the version's shown order.

``key_answer(q)`` is the full answer (``B. 16周岁``; ``1–C 加强住房安全保障——基本生活水准权利；…``;
``C → A → B：…``); ``glance(questions)`` the short forms of the key's table (``B``, ``正确``,
``3.93人``, ``1–C 2–A``, ``C→A→B``). The LMS formats' feedback is here too, written once for
all of them: ``feedback(q)`` (right / wrong, naming the right answer) and
``general_feedback(q)`` (the explanation and its source; a discussion's key first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from edu.export.common import LABELS
from edu.export.common import choice_letter
from edu.export.common import matching_letters
from edu.export.common import multi_letters
from edu.export.common import ordering_letters
from edu.present.strings import text as catalogue
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
from edu.questions.render import answer_text
from edu.questions.render import rubric_text
from edu.questions.render import with_source


def key_answer(q: Question, lang: str = "both") -> Text:
    """The right answer of *q* for the key, with the letters shown on the paper (``both``:
    the letter only before the Chinese)."""
    return _forms(q, lang)[0]


def short_answer(q: Question) -> Text:
    """The answer in a few characters, for the key's table."""
    return _forms(q, "both")[1]


def _same(text: str) -> Text:
    return Text(text, text)


def _forms(q: Question, lang: str) -> tuple[Text, Text]:
    """The right answer of *q* in full (:func:`key_answer`) and in short (:func:`short_answer`):
    one ``match`` over the answer shapes, so a new shape is handled in both at once."""
    a = q.answer
    match a:
        case ChoiceAnswer():
            t, x = q.option(a.option).text, choice_letter(q)
            return (Text(f"{x}. {t.zh}", (t.en if lang == "both" else f"{x}. {t.en}")
                         if t.en else ""), _same(x))
        case MatchingAnswer():
            pairs, letters = a.as_dict(), matching_letters(q)
            zh, en = [], []
            for i, (p, x) in enumerate(zip(q.prompts, letters, strict=True), 1):
                o = q.option(pairs[p.id]).text
                zh.append(f"{i}–{x} {p.text.zh}——{o.zh}")
                en.append(f"{i}–{x} {bare(p.text.en or p.text.zh)}: {bare(o.en or o.zh)}")
            return (Text("；".join(zh), "; ".join(en)),
                    _same(" ".join(f"{i}–{x}" for i, x in enumerate(letters, 1))))
        case OrderingAnswer():
            letters, words = ordering_letters(q), answer_text(q)
            arrows = " → ".join(letters)
            return (Text(f"{arrows}：{words.zh}", f"{arrows}: {words.en}"),
                    _same("→".join(letters)))
        case MultiAnswer():
            letters, words = multi_letters(q), answer_text(q)
            listed = ", ".join(letters)
            return (Text(f"{listed}：{words.zh}",
                         words.en if lang == "both" else f"{listed}: {words.en}"),
                    _same("".join(letters)))
        case EssayAnswer():
            return essay_key(a), catalogue("paper.by_hand_points", a.points)
        case TextAnswer():
            return _same(a.accepted[0]), _same(a.accepted[0])
        case NumericAnswer() | TrueFalseAnswer():
            text = answer_text(q)
            return text, text
        case _:
            assert_never(a)


def essay_key(a: EssayAnswer) -> Text:
    """A discussion's key: the model answer, then the rubric a line per criterion."""
    rubric = rubric_text(a)
    m, r = LABELS["model_answer"], catalogue("paper.rubric_points", a.points)
    return Text(f"{m.zh}：{a.model.zh}\n{r.zh}：\n{rubric.zh}",
                f"{m.en}: {a.model.en}\n{r.en}:\n{rubric.en}")


def wrong_feedback(answer: Text) -> Text:
    """The feedback for a wrong answer, naming the right one (*answer*)."""
    wrong = LABELS["incorrect"]
    return Text(wrong.zh.format(answer.zh), wrong.en.format(answer.en or answer.zh))


def feedback(q: Question) -> tuple[Text, Text]:
    """(feedback for a right answer, feedback for a wrong one naming the right answer)."""
    return LABELS["correct"], wrong_feedback(answer_text(q))


def general_feedback(q: Question) -> Text:
    """An LMS question's general feedback: the explanation with its source
    (:func:`~edu.questions.render.with_source`); for a discussion, the model answer and the
    rubric (:func:`essay_key`) first."""
    shown = with_source(q)
    if not isinstance(q.answer, EssayAnswer):
        return shown
    key = essay_key(q.answer)
    return Text("\n".join(t for t in (key.zh, shown.zh) if t),
                "\n".join(t for t in (key.en, shown.en) if t))


def glance(questions: Sequence[Question]) -> list[Text]:
    """The short answer of each question, in order."""
    return [compact(short_answer(q)) for q in questions]


def compact(text: Text) -> Text:
    """*text* without its English when the Chinese already says it (``3.93人`` / ``3.93``)."""
    return Text(text.zh, "") if text.en and text.en in text.zh else text
