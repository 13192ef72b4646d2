"""Shared pieces of the exports: languages, letters, numbers, tags, answer keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.errors import UsageError
from edu.export.common import QuizInfo
from edu.export.common import label
from edu.export.common import letter
from edu.export.common import number
from edu.export.common import positions
from edu.export.common import tags
from edu.export.common import xml_safe
from edu.export.keys import compact
from edu.export.keys import glance
from edu.export.keys import key_answer
from edu.lang import check_lang
from edu.lang import parts
from edu.questions.model import Text
from edu.questions.render import with_source
from edu.quiz.assembly import Quiz


def test_parts_and_fallbacks() -> None:
    """both shows zh then en; en falls back to zh when a text has no English."""
    t = Text("中文", "English")
    assert parts(t, "both") == [("zh", "中文"), ("en", "English")]
    assert parts(Text("同", "同"), "both") == [("zh", "同")]
    assert parts(Text("只有中文", ""), "en") == [("zh", "只有中文")]
    with pytest.raises(UsageError, match="unknown language 'de'"):
        check_lang("de")


def test_letters_numbers_and_xml() -> None:
    """Letters run A…Z, AA…; numbers never use exponents; XML-illegal characters go."""
    assert [letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
    assert [number(x) for x in (3.0, 0.25, 1e-7, 2015)] == ["3", "0.25", "0.0000001", "2015"]
    assert xml_safe("a\x00b\x0bc\td\n") == "abc\td\n"


def test_labels_and_title() -> None:
    """Labels come in either language or both; the title names the plan when known."""
    assert label("version", "both", "B") == "B卷 Version B"
    assert label("version", "en", "B") == "Version B"
    assert QuizInfo().title == Text("测验", "Quiz")
    info = QuizInfo(Text("计划", "The Plan"), {"health": Text("健康", "Health")})
    assert info.title == Text("《计划》测验", "Quiz: The Plan")
    assert info.lesson("health").en == "Health"
    assert info.lesson("x") == Text("x", "x")


def test_tags_and_positions(hostile_quiz: Quiz) -> None:
    """Tags carry kind, lesson, difficulty and versions; orderings become positions."""
    choice, ordering = hostile_quiz.questions[0], hostile_quiz.questions[3]
    assert tags(choice, hostile_quiz) == ["edu", "kind-choice", "lesson-health",
                                          "difficulty-2", "hostile", "version-A"]
    pos = positions(ordering)
    assert [p.zh for p, _ in pos] == ["第1位", "第2位", "第3位"]
    assert [o.id for _, o in pos] == list(ordering.answer.order)  # type: ignore[union-attr]


def test_key_answers(hostile_quiz: Quiz) -> None:
    """Keys use the letters shown on the paper; compact drops an English that adds nothing."""
    choice, tf, matching, ordering, numeric = hostile_quiz.questions[:5]
    assert key_answer(choice).zh.startswith("C. 选项2")  # options shown in id order here
    assert not key_answer(choice, "both").en.startswith("C.")
    assert key_answer(choice, "en").en.startswith("C. option 2")
    assert key_answer(tf) == Text("错误", "False")
    assert key_answer(matching).zh.startswith("1–B ")
    assert key_answer(ordering).zh.startswith("B → C → A：")
    assert key_answer(numeric).zh == "-2.5%（±0.25）"  # a typed answer: the same in the table
    assert [t.zh for t in glance(hostile_quiz.questions[:5])] == [
        "C", "错误", "1–B 2–C 3–D", "B→C→A", "-2.5%（±0.25）"]
    assert compact(Text("3.93人", "3.93")) == Text("3.93人", "")
    assert compact(Text("正确", "True")) == Text("正确", "True")


def test_explanations_hold_the_point_and_lms_feedback_adds_the_source(quiz30: Quiz) -> None:
    """No explanation quotes its source (nothing to cut back out); with_source adds the quote
    once, for the formats whose feedback is one text."""
    quoted = 0
    for q in quiz30.questions:
        assert "原文：" not in q.explanation.zh
        assert "The plan says:" not in q.explanation.en
        if q.source:
            full = with_source(q)
            assert full.zh.startswith(q.explanation.zh)
            assert full.zh.endswith("".join(f"“{s}”" for s in q.source))
            assert full.en.count("The plan says:") == 1
            quoted += 1
    assert quoted > 20


def test_the_export_fixture_holds_every_kind(quiz30: Quiz,
                                             exported: dict[str, list[Path]]) -> None:
    """The 30-question quiz every format is written from (and read back from, in each
    format's own tests) holds all thirteen kinds, and every format wrote its files."""
    from edu.export.files import FORMATS
    from edu.questions.model import KINDS

    assert {q.kind for q in quiz30.questions} == set(KINDS)
    assert set(exported) == set(FORMATS)
    assert all(files and all(f.stat().st_size > 0 for f in files)
               for files in exported.values())
