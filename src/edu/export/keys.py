"""Answers as printed on an answer key: with the letters of the version's shown order.

``key_answer(q)`` is the full answer (``B. 16周岁``; ``1–C 加强住房安全保障——基本生活水准权利；…``;
``C → A → B：…``); ``glance(questions)`` the short forms of the key's table (``B``, ``正确``,
``3.93人``, ``1–C 2–A``, ``C→A→B``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from edu.export.common import LABELS
from edu.export.common import choice_letter
from edu.export.common import matching_letters
from edu.export.common import multi_letters
from edu.export.common import ordering_letters
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


def key_answer(q: Question, lang: str = "both") -> Text:
    """The right answer of *q* for the key, with the letters shown on the paper (``both``:
    the letter only before the Chinese)."""
    a = q.answer
    match a:
        case ChoiceAnswer():
            t, x = q.option(a.option).text, choice_letter(q)
            return Text(f"{x}. {t.zh}",
                        (t.en if lang == "both" else f"{x}. {t.en}") if t.en else "")
        case MatchingAnswer():
            pairs = a.as_dict()
            zh, en = [], []
            for i, (p, x) in enumerate(zip(q.prompts, matching_letters(q), strict=True), 1):
                o = q.option(pairs[p.id]).text
                zh.append(f"{i}–{x} {p.text.zh}——{o.zh}")
                en.append(f"{i}–{x} {bare(p.text.en or p.text.zh)}: {bare(o.en or o.zh)}")
            return Text("；".join(zh), "; ".join(en))
        case OrderingAnswer():
            letters = " → ".join(ordering_letters(q))
            words = answer_text(q)
            return Text(f"{letters}：{words.zh}", f"{letters}: {words.en}")
        case MultiAnswer():
            letters = ", ".join(multi_letters(q))
            words = answer_text(q)
            return Text(f"{letters}：{words.zh}",
                        (words.en if lang == "both" else f"{letters}: {words.en}"))
        case EssayAnswer():
            return essay_key(a)
        case TextAnswer():
            return Text(a.accepted[0], a.accepted[0])
        case NumericAnswer() | TrueFalseAnswer():
            return answer_text(q)
        case _:
            assert_never(a)


def essay_key(a: EssayAnswer) -> Text:
    """A discussion's key: the model answer, then the rubric a line per criterion."""
    rubric = rubric_text(a)
    m, r = LABELS["model_answer"], LABELS["rubric"]
    return Text(f"{m.zh}：{a.model.zh}\n{r.zh}（共{a.points}分）：\n{rubric.zh}",
                f"{m.en}: {a.model.en}\n{r.en} ({a.points} points):\n{rubric.en}")


def short_answer(q: Question) -> Text:
    """The answer in a few characters, for the key's table."""
    a = q.answer
    match a:
        case ChoiceAnswer():
            x = choice_letter(q)
            return Text(x, x)
        case MatchingAnswer():
            text = " ".join(f"{i}–{x}" for i, x in enumerate(matching_letters(q), 1))
            return Text(text, text)
        case OrderingAnswer():
            text = "→".join(ordering_letters(q))
            return Text(text, text)
        case MultiAnswer():
            text = "".join(multi_letters(q))
            return Text(text, text)
        case EssayAnswer():
            by_hand = LABELS["by_hand"]
            return Text(f"{by_hand.zh}（{a.points}分）", f"{by_hand.en} ({a.points})")
        case TextAnswer():
            return Text(a.accepted[0], a.accepted[0])
        case NumericAnswer() | TrueFalseAnswer():
            return answer_text(q)
        case _:
            assert_never(a)


def glance(questions: Sequence[Question]) -> list[Text]:
    """The short answer of each question, in order."""
    return [compact(short_answer(q)) for q in questions]


def compact(text: Text) -> Text:
    """*text* without its English when the Chinese already says it (``3.93人`` / ``3.93``)."""
    return Text(text.zh, "") if text.en and text.en in text.zh else text


def explanation_point(q: Question) -> Text:
    """The explanation's point (the key prints the sources once, on their own)."""
    return q.explanation
