"""GIFT import: the common subset becomes bank questions; malformed input is a file:line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.content import Plan
from edu.errors import ContentError
from edu.errors import QuizError
from edu.questions.gift import load_gift
from edu.questions.gift import parse_gift
from edu.questions.model import BLANK
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.quiz.grading import correct_response
from edu.quiz.grading import grade

SAMPLE = r"""// Quiz for week 3
$CATEGORY: $course$/nhrap/health

::nurses:: 每千人口拥有注册护士数提高到多少人？ {#3.8}

// source: 扩大儿科、全科等短缺医师规模，每千人口拥有注册护士数提高到3.8人。
// difficulty: 3
// tags: nurses, numbers
::nurses-mc::[html]Nurses per 1,000 people? {
  =3.8 # right!
  ~4.2 # no
  ~3.2
  ####Stated in the health section.
}

Myopia is checked in schools.{TRUE}

The rate is {=88 =八十八} percent.

::range:: Between? {#1..5}

::tol:: Near? {#10:0.5}

$CATEGORY: nhrap/introduction

::match:: Match the principles {
  =依法推进 -> 将人权事业纳入法治轨道
  =协调推进 -> 使各项人权全面协调发展
  =务实推进 -> 把人权的普遍原则与中国实际相结合
}

Escapes \{ \} \: \# work {~a\=b =c\~d}

Who compiled the plan? {=国务院新闻办公室和外交部}

A description without answers is skipped.
"""


def test_sample_imports_every_question_type(plan: Plan) -> None:
    """Numeric, choice, true/false, cloze, short answer and matching all come through."""
    qs = parse_gift(SAMPLE, "week3.gift", plan)
    kinds = [q.kind for q in qs]
    assert kinds == ["numeric", "choice", "true_false", "cloze", "numeric", "numeric",
                     "matching", "choice", "short_answer"]
    nurses, mc, tf, cloze, rng, tol, match, escaped, short = qs
    assert nurses.answer == NumericAnswer(3.8)
    assert nurses.lesson == "health"
    assert nurses.part == "economic-social-cultural"
    assert isinstance(mc.answer, ChoiceAnswer)
    assert mc.option(mc.answer.option).text.zh == "3.8"
    assert mc.stem.zh == "Nurses per 1,000 people?"  # title and [html] tag removed
    assert mc.difficulty == 3
    assert mc.tags == ("gift", "nurses", "numbers")
    assert mc.source == ("扩大儿科、全科等短缺医师规模，每千人口拥有注册护士数提高到3.8人。",)
    assert mc.explanation.zh.startswith("Stated in the health section.")
    assert tf.answer == TrueFalseAnswer(True)
    assert cloze.stem.zh == f"The rate is {BLANK} percent."
    assert cloze.answer == TextAnswer(("88", "八十八"))
    assert rng.answer == NumericAnswer(3, 2)
    assert tol.answer == NumericAnswer(10, 0.5)
    assert isinstance(match.answer, MatchingAnswer)
    assert match.lesson == "introduction"
    assert {match.option(p).text.zh: match.option(o).text.zh for p, o in match.answer.pairs}[
        "依法推进"] == "将人权事业纳入法治轨道"
    assert escaped.stem.zh == "Escapes { } : # work"
    assert [o.text.zh for o in escaped.options] == ["a=b", "c~d"]
    assert short.answer == TextAnswer(("国务院新闻办公室和外交部",))
    for q in qs:
        assert q.origin == "gift"
        assert grade(q, correct_response(q)).correct


def test_ids_are_stable_and_titles_distinguish(plan: Plan) -> None:
    """Importing twice gives the same ids; a repeated question is refused."""
    first = [q.id for q in parse_gift(SAMPLE, "a.gift", plan)]
    assert first == [q.id for q in parse_gift(SAMPLE, "b.gift", plan)]
    with pytest.raises(ContentError, match=r"twice.gift:3: the same question appears twice"):
        parse_gift("Q? {T}\n\nQ? {T}\n", "twice.gift")


@pytest.mark.parametrize(("text", "line", "message"), [
    ("Q1 {T}\n\n\nQ2 {=a ~b", 4, "unclosed {"),
    ("Q {~a ~b}", 1, "exactly one answer must be marked = (found 0)"),
    ("Q {=a =b ~c}", 1, "exactly one answer must be marked = (found 2)"),
    ("Q\n{}", 2, "an essay needs its model answer as general feedback"),
    ("Q {#abc}", 1, "numeric answer 'abc'"),
    ("Q {=a ~%50%b}", 1, "partial-credit answers (%50%)"),
    ("Q {=a -> b ~c}", 1, "matching answers are all written =left -> right"),
    ("Q {a ~b}", 1, "answers must each start with ="),
    ("{=a ~b}", 1, "question text missing"),
    ("// difficulty: 9\nQ {T}", 2, "// difficulty: expected 1, 2 or 3"),
    ("// source: 没有这句话。\nQ {T}", 2, "// source: not found verbatim"),
    ("Q {=a} and {=b}", 1, "one answer block per question"),
])
def test_malformed_questions_are_located(plan: Plan, text: str, line: int,
                                         message: str) -> None:
    """Each malformed question is a ContentError at name:line saying what is wrong."""
    with pytest.raises(ContentError) as info:
        parse_gift(text, "bad.gift", plan)
    assert str(info.value).startswith(f"bad.gift:{line}: "), str(info.value)
    assert message in str(info.value)


def test_default_lesson_and_unknown_categories(plan: Plan) -> None:
    """A category that names no lesson falls back to the default lesson (or none)."""
    text = "$CATEGORY: $course$/Default\n\nQ {T}\n"
    assert parse_gift(text, plan=plan)[0].lesson == ""
    assert parse_gift(text, plan=plan, default_lesson="work")[0].part == (
        "economic-social-cultural")
    with pytest.raises(QuizError, match="unknown lesson 'jobs'"):
        parse_gift(text, plan=plan, default_lesson="jobs")


def test_load_gift_file_errors(tmp_path: Path) -> None:
    """A missing or non-UTF-8 file is a clear error naming it."""
    with pytest.raises(ContentError, match="cannot read GIFT file"):
        load_gift(tmp_path / "none.gift")
    bad = tmp_path / "latin.gift"
    bad.write_bytes(b"Q {T}\n\n\xe9t\xe9 {F}\n")
    with pytest.raises(ContentError, match=r"latin\.gift:3: not UTF-8"):
        load_gift(bad)
    good = tmp_path / "ok.gift"
    good.write_text("\ufeffQ {T}\n", encoding="utf-8")
    assert load_gift(good)[0].answer == TrueFalseAnswer(True)


def test_multiple_answer_and_essay_import(plan: Plan) -> None:
    """~%50% weights make a select-all question (positive weights are the right options); an
    essay with general feedback a discussion whose rubric comes from "- …（N分）" lines."""
    from edu.questions.model import EssayAnswer
    from edu.questions.model import MultiAnswer

    multi, essay = parse_gift(
        "::m:: Pick the principles {~%50%依法推进 ~%50%协调推进 ~%-50%全面放开}\n\n"
        "::e:: Why a ceiling? {####参考答案：越低越好。\\n- 说明越低越好（2分）\\n"
        "- 引用原文 (1 point)}\n", "x.gift", plan)
    assert isinstance(multi.answer, MultiAnswer)
    assert {multi.option(i).text.zh for i in multi.answer.options} == {"协调推进", "依法推进"}
    assert isinstance(essay.answer, EssayAnswer)
    assert essay.answer.model.zh == "越低越好。"
    assert [(c.text.zh, c.points) for c in essay.answer.rubric] == [("说明越低越好", 2),
                                                                   ("引用原文", 1)]
