"""Authored YAML questions: the shipped examples load; every mistake is a file:line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.content import Plan
from edu.errors import ContentError
from edu.questions.authored import load_authored
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.quiz.grading import grade
from tests.conftest import CONTENT

SOURCE = "实施农村供水保障工程和农村饮用水安全工程建设，农村自来水普及率达到88%以上。"
GOOD = f"""\
questions:
- id: tap-water
  kind: choice
  lesson: living-standards
  difficulty: 1
  tags: [water]
  stem:
    zh: 农村自来水普及率要达到多少以上？
    en: What share of rural people should have tap water?
  options:
  - {{zh: "88%", correct: true}}
  - "80%"
  - {{zh: "95%", en: "95 percent"}}
  source: {SOURCE}
- id: tap-water-match
  kind: matching
  lesson: overview
  stem: {{zh: 配对, en: Match}}
  pairs:
  - {{left: 农村自来水普及率, right: "88%"}}
  - {{left: 耕地红线, right: 18亿亩}}
  source: [{SOURCE}, 坚持最严格的耕地保护制度，严守18亿亩耕地红线。]
"""


def _write(tmp_path: Path, text: str, name: str = "q.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_examples_load_and_answer_themselves(plan: Plan) -> None:
    """content/questions/*.yaml loads; each question's own answer grades as correct."""
    from edu.quiz.grading import correct_response

    questions = load_authored(sorted((CONTENT / "questions").glob("*.yaml")), plan)
    assert len(questions) >= 5
    for q in questions:
        assert q.origin == "authored"
        assert q.source
        assert grade(q, correct_response(q)).correct


def test_good_file_builds_the_documented_questions(plan: Plan, tmp_path: Path) -> None:
    """Options, defaults (en = zh, difficulty 2) and matching pairs come out as written."""
    choice, match = load_authored([_write(tmp_path, GOOD)], plan)
    assert isinstance(choice.answer, ChoiceAnswer)
    assert choice.option(choice.answer.option).text.zh == "88%"
    assert [o.text.en for o in choice.options] == ["88%", "80%", "95 percent"]
    assert (choice.lesson, choice.part, choice.difficulty) == (
        "living-standards", "economic-social-cultural", 1)
    assert choice.source == (SOURCE,)
    assert f"“{SOURCE}”" not in choice.explanation.zh  # renderers quote the source
    assert isinstance(match.answer, MatchingAnswer)
    assert match.difficulty == 2
    assert match.part == "overview"


def test_other_answer_shapes(plan: Plan, tmp_path: Path) -> None:
    """numeric, true_false, cloze, short_answer and ordering read their answer fields."""
    text = f"""\
questions:
- {{id: n, kind: numeric, lesson: living-standards, stem: {{zh: 多少？, en: How much?}},
   answer: {{value: 88, tolerance: 1, unit: "%"}}, source: {SOURCE}}}
- {{id: t, kind: true_false, lesson: living-standards, stem: {{zh: 对吗？, en: Right?}},
   answer: false, source: {SOURCE}}}
- {{id: c, kind: cloze, lesson: living-standards, stem: {{zh: 达到____以上, en: Fill in}},
   answer: ["88%", 百分之八十八], source: {SOURCE}}}
- {{id: s, kind: short_answer, lesson: living-standards, stem: {{zh: 多少？, en: How much?}},
   answer: "88%", source: {SOURCE}}}
- {{id: o, kind: ordering, lesson: introduction, stem: {{zh: 排序, en: Order}},
   items: [依法推进, 协调推进, 务实推进], source: 依法推进，将人权事业纳入法治轨道}}
"""
    n, t, c, s, o = load_authored([_write(tmp_path, text)], plan)
    assert n.answer == NumericAnswer(88, 1, "%")
    assert t.answer == TrueFalseAnswer(False)
    assert c.answer == TextAnswer(("88%", "百分之八十八"))
    assert s.answer == TextAnswer(("88%",))
    assert isinstance(o.answer, OrderingAnswer)
    assert [o.option(i).text.zh for i in o.answer.order] == ["依法推进", "协调推进", "务实推进"]


@pytest.mark.parametrize(("old", "new", "line", "message"), [
    ('  - "80%"', '  - {zh: "80%", correct: true}', 11,
     "options: exactly one option must be correct (found 2)"),
    ("  lesson: living-standards", "  lesson: water", 4,
     "lesson: unknown lesson 'water'; valid lessons: introduction, living-standards"),
    ("  kind: choice", "  kind: essay", 3, "kind: unknown kind 'essay'; valid kinds: mc_value"),
    ("- id: tap-water\n", "- id: q1\n", 2, "id: question id 'q1': ids must name the content"),
    ("  difficulty: 1", "  difficulty: 5", 5, "difficulty: expected 1, 2 or 3"),
    ("  tags: [water]", "  tags: [clean water]", 6, "tags: tag 'clean water'"),
    ("    en: What share of rural people should have tap water?\n", "", 8,
     "en: missing required field in a stem text"),
    ("  source: 实施农村", "  source: 实施城市", 14, "source: not found verbatim"),
    ('  - "80%"', '  - "88%"', 11, "options: two options read '88%'"),
    ("  difficulty: 1", "  difficulty: 1\n  items: [a, b]", 6,
     "items: not used by a choice question (it takes options)"),
    ("  difficulty: 1", "  level: 1", 5, "level: unknown field in a question"),
])
def test_mistakes_are_located(plan: Plan, tmp_path: Path, old: str, new: str, line: int,
                              message: str) -> None:
    """Each mistake is one ContentError naming file:line and the field."""
    assert old in GOOD
    path = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ContentError) as info:
        load_authored([path], plan)
    assert str(info.value).startswith(f"{path}:{line}: "), str(info.value)
    assert message in str(info.value)


def test_cloze_stem_needs_a_blank(plan: Plan, tmp_path: Path) -> None:
    """A cloze stem without ____ is refused at the stem's line."""
    text = (f"questions:\n- id: c\n  kind: cloze\n  lesson: work\n"
            f"  stem: {{zh: 达到多少, en: x}}\n  answer: [88]\n  source: {SOURCE}\n")
    with pytest.raises(ContentError, match=r"q\.yaml:5: stem: a cloze stem needs the blank"):
        load_authored([_write(tmp_path, text)], plan)


def test_duplicate_ids_across_files(plan: Plan, tmp_path: Path) -> None:
    """The same id in two files is refused, naming where it first appeared."""
    first = _write(tmp_path, GOOD, "a.yaml")
    second = _write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(ContentError, match=rf"b\.yaml:2: id: duplicate question id "
                                           rf"'tap-water' \(first at {first}:2\)"):
        load_authored([first, second], plan)


def test_malformed_yaml_and_wrong_top_level(plan: Plan, tmp_path: Path) -> None:
    """Broken YAML and a file without `questions:` are located errors too."""
    with pytest.raises(ContentError, match=r"q\.yaml:\d+: malformed YAML"):
        load_authored([_write(tmp_path, "questions:\n- [unclosed\n")], plan)
    with pytest.raises(ContentError, match=r"q\.yaml:1: quizzes: unknown field"):
        load_authored([_write(tmp_path, "quizzes: []\n")], plan)


NEW_KINDS = f"""\
questions:
- id: water-select-all
  kind: multiple_response
  lesson: living-standards
  stem: {{zh: 以下哪些正确？（多选）, en: Which are right? (Select all that apply.)}}
  options:
  - {{zh: 自来水, en: tap water, correct: true}}
  - {{zh: 供水保障, en: water supply, correct: true}}
  - {{zh: 海水淡化, en: desalination}}
  source: [{SOURCE}]
- id: water-not
  kind: which_not
  lesson: living-standards
  stem: {{zh: 以下哪项不是该工程的内容？, en: Which is NOT part of the programme?}}
  options:
  - {{zh: 海水淡化, en: desalination, correct: true}}
  - {{zh: 自来水, en: tap water}}
  source: {SOURCE}
- id: water-why
  kind: discussion
  lesson: living-standards
  stem: {{zh: 为什么要提高农村自来水普及率？, en: Why raise rural tap-water coverage?}}
  model_answer: {{zh: 保障饮水安全。, en: For safe drinking water.}}
  rubric:
  - {{zh: 提到饮水安全, en: mentions safe drinking water, points: 2}}
  - {{zh: 引用88%的目标, en: cites the 88% target, points: 1}}
  source:
  - {SOURCE}
"""


def test_new_kinds_load_with_their_answers(plan: Plan, tmp_path: Path) -> None:
    """multiple_response keeps every correct option, which_not its one exception, and a
    discussion its model answer and rubric (worth the rubric's points, graded by hand)."""
    from edu.questions.model import EssayAnswer
    from edu.questions.model import MultiAnswer

    multi, not_q, essay = load_authored([_write(tmp_path, NEW_KINDS)], plan)
    assert isinstance(multi.answer, MultiAnswer)
    assert [multi.option(i).text.zh for i in multi.answer.options] == ["自来水", "供水保障"]
    assert isinstance(not_q.answer, ChoiceAnswer)
    assert not_q.shape == "choice"
    assert not_q.option(not_q.answer.option).text.en == "desalination"
    assert isinstance(essay.answer, EssayAnswer)
    assert essay.answer.points == 3
    assert essay.answer.model.en == "For safe drinking water."
    assert not essay.options
    assert essay.source == ("".join(SOURCE.split()),)
    assert grade(essay, "Because water matters.").pending
    assert grade(essay, 2).earned == 2
    assert grade(essay, 2).possible == 3


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  - {zh: 供水保障, en: water supply, correct: true}",
     "  - {zh: 供水保障, en: water supply}", "at least two correct options"),
    ("  - {zh: 海水淡化, en: desalination}\n  source: [",
     "  - {zh: 海水淡化, en: desalination, correct: true}\n  source: [",
     "at least one wrong one"),
    ("Which is NOT part", "Which is part", "must ask for the exception"),
    ("  - {zh: 自来水, en: tap water}\n", "  - {zh: 自来水, en: tap water, correct: true}\n",
     "exactly one option must be correct"),
    ("points: 2", "points: 0", "1 or more"),
    ("points: 2", "points: 1.5", "whole number"),
    ("  model_answer: {zh: 保障饮水安全。, en: For safe drinking water.}\n", "",
     "model_answer: missing"),
    ("  model_answer:", "  answer: true\n  model_answer:", "answer: not used by a discussion"),
])
def test_new_kind_mistakes_are_located(plan: Plan, tmp_path: Path, old: str, new: str,
                                       message: str) -> None:
    """Each broken rule of the new kinds is a file:line error naming the field."""
    text = NEW_KINDS.replace(old, new, 1)
    assert text != NEW_KINDS
    with pytest.raises(ContentError, match=message) as info:
        load_authored([_write(tmp_path, text)], plan)
    assert "q.yaml:" in str(info.value)
