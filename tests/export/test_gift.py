"""GIFT export, read back with gift-pegjs (an independent PEG parser that rejects bad GIFT)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from edu.content import Plan
from edu.export.common import question_name
from edu.export.gift import escape
from edu.export.gift import render
from edu.ids import stable_id
from edu.questions.gift import parse_gift
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
from edu.questions.render import with_source
from edu.quiz.assembly import Quiz
from tests.export.readers import GiftSyntaxError

Parse = Callable[[str], list[dict[str, Any]]]
GIFT_TYPES = {"choice": "MC", "true_false": "TF", "numeric": "Numerical", "text": "Short",
              "matching": "Matching", "ordering": "Matching", "multi": "MC", "essay": "Essay"}


def _html(field: dict[str, Any]) -> list[str]:
    """An [html] text of gift-pegjs back to the texts it holds (a paragraph per language)."""
    assert field["format"] == "html"
    text = field["text"]
    shown = re.findall(r"<p>(.*?)</p>", text, re.S) if text.startswith("<p>") else [text]
    return [html.unescape(x.replace("<br>", "\n")) for x in shown]


#: gift-pegjs leaves its placeholders for escaped characters in matching answers (Moodle's
#: importer decodes them: ``escapedchar_post``); decode them the same way.
_PLACEHOLDERS = {"&&092;": "\\", "&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{",
                 "&&125;": "}", "&&126;": "~", "&&010": "\n"}


def _subanswer(text: str) -> str:
    for code, char in _PLACEHOLDERS.items():
        text = text.replace(code, char)
    return text


def _shown(text: Text) -> list[str]:
    return [text.zh, text.en] if text.en and text.en != text.zh else [text.zh]


def _by_id(parsed: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {x["id"]: x for x in parsed if x["type"] != "Category"}


def _check_question(q: Question, g: dict[str, Any]) -> None:
    assert g["type"] == GIFT_TYPES[q.shape], q.kind
    assert _html(g["stem"]) == _shown(q.stem)
    a = q.answer
    if isinstance(a, ChoiceAnswer):
        right = [c for c in g["choices"] if c["isCorrect"]]
        assert len(right) == 1
        assert len(g["choices"]) == len(q.options)
        assert _html(right[0]["text"]) == _shown(q.option(a.option).text)
    elif isinstance(a, TrueFalseAnswer):
        assert g["isTrue"] is a.value
        # Moodle shows the first feedback to a wrong answer, the second to a right one
        assert "回答错误" in g["trueFeedback"]["text"]
        assert "回答正确" in g["falseFeedback"]["text"]
    elif isinstance(a, NumericAnswer):
        (choice,) = g["choices"]
        assert choice["isCorrect"] is True
        assert choice["text"] == {"type": "range", "number": a.value, "range": a.tolerance}
    elif isinstance(a, TextAnswer):
        assert [c["text"]["text"] for c in g["choices"]] == list(a.accepted)
        assert all(c["isCorrect"] for c in g["choices"])
    elif isinstance(a, MatchingAnswer):
        got = [(_html(p["subquestion"]), _subanswer(p["subanswer"])) for p in g["matchPairs"]
               if p["subquestion"]["text"]]
        pairs = a.as_dict()
        assert got == [(_shown(p.text), " / ".join(_shown(q.option(pairs[p.id]).text)))
                       for p in q.prompts]
    elif isinstance(a, MultiAnswer):
        # each right option weighs 100/k, each wrong one -100/k: ticking all earns nothing
        weights = {_html(c["text"])[0]: c["weight"] for c in g["choices"]}
        k = len(a.options)
        assert weights == {o.text.zh: pytest.approx(100 / k if o.id in a.options else -100 / k,
                                                    abs=1e-4) for o in q.options}
        assert sum(w for w in weights.values() if w > 0) == pytest.approx(100, abs=1e-3)
    elif isinstance(a, EssayAnswer):
        shown = "\n".join(_html(g["globalFeedback"]))
        assert a.model.zh in shown
        assert all(c.text.zh in shown and c.text.en in shown for c in a.rubric)
        return
    else:
        assert isinstance(a, OrderingAnswer)
        got = [_subanswer(p["subanswer"]) for p in g["matchPairs"]]
        assert got == [" / ".join(_shown(q.option(x).text)) for x in a.order]
        assert [_html(p["subquestion"])[0] for p in g["matchPairs"]] == [
            f"第{i}位" for i in range(1, len(a.order) + 1)]
    if with_source(q).zh:
        assert _html(g["globalFeedback"]) == _shown(with_source(q))


def test_every_question_reads_back(quiz30: Quiz, exported: dict[str, list[Path]],
                                   gift_parse: Parse) -> None:
    """gift-pegjs reads all 30 questions: type, stem, answers and feedback match the quiz."""
    parsed = gift_parse(exported["gift"][0].read_text(encoding="utf-8"))
    found = _by_id(parsed)
    assert set(found) == {q.id for q in quiz30.questions}
    for q in quiz30.questions:
        _check_question(q, found[q.id])


def test_one_category_per_lesson(quiz30: Quiz, exported: dict[str, list[Path]],
                                 gift_parse: Parse) -> None:
    """Each lesson has one $CATEGORY, and its questions follow it."""
    parsed = gift_parse(exported["gift"][0].read_text(encoding="utf-8"))
    lessons = {q.id: q.lesson for q in quiz30.questions}
    categories = [x["title"] for x in parsed if x["type"] == "Category"]
    assert len(categories) == len(set(categories)) == len(set(lessons.values()))
    current = ""
    for x in parsed:
        if x["type"] == "Category":
            current = x["title"].rsplit("/", 1)[-1]
            assert x["title"].startswith("$course$/top/edu-quiz-2021/")
        else:
            assert lessons[x["id"]] == current


def test_ids_and_tags_for_moodle(quiz30: Quiz, exported: dict[str, list[Path]],
                                 gift_parse: Parse) -> None:
    """// [id:…] [tag:…] give each question its id, kind, lesson and versions as tags."""
    found = _by_id(gift_parse(exported["gift"][0].read_text(encoding="utf-8")))
    for q in quiz30.questions:
        tags = found[q.id]["tags"]
        assert {"edu", f"kind-{q.kind}", f"lesson-{q.lesson}", "version-A", "version-B"} <= \
            set(tags)
        assert set(q.tags) <= set(tags)


def test_hostile_text_survives(hostile_quiz: Quiz, hostile_exported: dict[str, list[Path]],
                               gift_parse: Parse) -> None:
    """Text full of GIFT and HTML markup (~ = # { } : \\ < & quotes) comes back unchanged."""
    found = _by_id(gift_parse(hostile_exported["gift"][0].read_text(encoding="utf-8")))
    assert set(found) == {q.id for q in hostile_quiz.questions}
    for q in hostile_quiz.questions:
        _check_question(q, found[q.id])
    matching = found[hostile_quiz.questions[2].id]
    distractors = [p["subanswer"] for p in matching["matchPairs"] if not p["subquestion"]["text"]]
    assert len(distractors) == 1  # the option that matches no prompt


def test_parser_rejects_malformed_gift(gift_parse: Parse) -> None:
    """The reader is strict: an unclosed answer block or a stray brace is an error."""
    assert gift_parse("Q {=a ~b}\n")[0]["type"] == "MC"
    with pytest.raises(GiftSyntaxError):
        gift_parse("Q {=a ~b\n")
    with pytest.raises(GiftSyntaxError):
        gift_parse("What is } here? {=a ~b}\n")
    with pytest.raises(GiftSyntaxError):  # what the export would be without escaping
        gift_parse(f"Stem {{=x}} text {{=a ~b}}\n{'Q {=a#b#c#d}'}\n")


def test_escape() -> None:
    """Backslash first, then ~ = # { } :, newlines as \\n."""
    assert escape("a\\n{b}~c=d#e:f\ng") == "a\\\\n\\{b\\}\\~c\\=d\\#e\\:f\\ng"


def test_reimport_with_edu(quiz30: Quiz, plan: Plan) -> None:
    """edu's own GIFT importer reads the Chinese export back: lessons, kinds' shapes,
    answers and verbatim sources kept (ids become GIFT ids)."""
    back = {b.id: b for b in parse_gift(render(quiz30, "zh"), "quiz.gift", plan)}
    assert len(back) == len(quiz30.questions)
    for q in quiz30.questions:
        b = back[stable_id("question", "gift", question_name(q))]
        assert (b.lesson, b.difficulty, b.source) == (q.lesson, q.difficulty, q.source)
        expected = {"ordering": "matching"}.get(q.shape, q.shape)
        assert b.shape == expected
        if isinstance(q.answer, MultiAnswer):  # select-all: the positive weights
            assert isinstance(b.answer, MultiAnswer)
            assert sorted(b.option(i).text.zh for i in b.answer.options) == sorted(
                q.option(i).text.zh for i in q.answer.options)
        elif isinstance(q.answer, EssayAnswer):  # discussion: model answer and rubric
            assert isinstance(b.answer, EssayAnswer)
            assert b.answer.model.zh.startswith(q.answer.model.zh)
            assert [(c.text.zh, c.points) for c in b.answer.rubric] == [
                (c.text.zh, c.points) for c in q.answer.rubric]
        elif isinstance(q.answer, ChoiceAnswer):
            assert isinstance(b.answer, ChoiceAnswer)
            assert b.option(b.answer.option).text.zh == q.option(q.answer.option).text.zh
        elif isinstance(q.answer, NumericAnswer | TrueFalseAnswer | TextAnswer):
            assert b.answer == q.answer if not isinstance(q.answer, NumericAnswer) else (
                b.answer.value, b.answer.tolerance) == (q.answer.value, q.answer.tolerance)


def test_language_choice(quiz30: Quiz, gift_parse: Parse) -> None:
    """lang=en writes the English texts only; the Chinese-only export has no English."""
    q = quiz30.questions[0]
    en = _by_id(gift_parse(render(quiz30, "en")))[q.id]
    assert _html(en["stem"]) == [q.stem.en]
    zh = _by_id(gift_parse(render(quiz30, "zh")))[q.id]
    assert _html(zh["stem"]) == [q.stem.zh]
