"""Moodle XML export, read back with lxml and a structural checker of Moodle's import rules."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from edu.export.moodle import render
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
from tests.export.readers import moodle_problems

QTYPES = {"choice": "multichoice", "true_false": "truefalse", "numeric": "numerical",
          "text": "shortanswer", "matching": "matching", "ordering": "matching",
          "multi": "multichoice", "essay": "essay"}


def _paragraphs(html: str) -> list[str]:
    """The text of each paragraph of an HTML fragment (``<br>`` as a newline)."""
    if not html:
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [p.text_content() for p in root.iter("p")]


def _shown(text: Text) -> list[str]:
    return [text.zh, text.en] if text.en and text.en != text.zh else [text.zh]


def _read(path: Path) -> etree._Element:
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()


def _questions(root: etree._Element) -> dict[str, etree._Element]:
    return {q.findtext("idnumber"): q for q in root.findall("question")
            if q.get("type") != "category"}


def _check(q: Question, x: etree._Element) -> None:
    assert x.get("type") == QTYPES[q.shape]
    assert _paragraphs(x.findtext("questiontext/text") or "") == _shown(q.stem)
    a = q.answer
    if isinstance(a, EssayAnswer):
        grader = "\n".join(_paragraphs(x.findtext("graderinfo/text") or ""))
        assert a.model.zh in grader
        assert all(c.text.zh in grader and c.text.en in grader for c in a.rubric)
        assert float(x.findtext("defaultgrade") or "") == a.points
        assert not x.findall("answer")
        return
    if with_source(q).zh:
        assert _paragraphs(x.findtext("generalfeedback/text") or "") == _shown(with_source(q))
    answers = [(float(a.get("fraction", "")), a) for a in x.findall("answer")]
    if isinstance(a, MultiAnswer):
        assert x.findtext("single") == "false"
        k = len(a.options)
        got = {_paragraphs(node.findtext("text") or "")[0]: f for f, node in answers}
        assert got == {o.text.zh: pytest.approx(100 / k if o.id in a.options else -100 / k,
                                                abs=1e-4) for o in q.options}
    elif isinstance(a, ChoiceAnswer):
        right = [_paragraphs(node.findtext("text") or "") for f, node in answers if f == 100]
        assert right == [_shown(q.option(a.option).text)]
        assert len(answers) == len(q.options)
    elif isinstance(a, TrueFalseAnswer):
        assert [node.findtext("text") for f, node in answers if f == 100] == [
            "true" if a.value else "false"]
    elif isinstance(a, NumericAnswer):
        ((_, node),) = answers
        assert (float(node.findtext("text") or ""), float(node.findtext("tolerance") or "")) \
            == (a.value, a.tolerance)
    elif isinstance(a, TextAnswer):
        assert [node.findtext("text") for _, node in answers] == list(a.accepted)
        assert {f for f, _ in answers} == {100}
        assert x.findtext("usecase") == "0"
    else:
        subs = [(_paragraphs(s.findtext("text") or ""), s.findtext("answer/text"))
                for s in x.findall("subquestion")]
        if isinstance(a, MatchingAnswer):
            pairs = a.as_dict()
            used = set(pairs.values())
            expected = [(_shown(p.text), " / ".join(_shown(q.option(pairs[p.id]).text)))
                        for p in q.prompts]
            expected += [([], " / ".join(_shown(o.text))) for o in q.options if o.id not in used]
        else:
            assert isinstance(a, OrderingAnswer)
            expected = [([f"第{i}位", f"Position {i}"], " / ".join(_shown(q.option(o).text)))
                        for i, o in enumerate(a.order, 1)]
        assert subs == expected


def test_structure_is_what_moodle_imports(exported: dict[str, list[Path]]) -> None:
    """Every question has the children its type needs; fractions are from Moodle's list."""
    root = _read(exported["moodle"][0])
    assert moodle_problems(root) == []


def test_checker_catches_problems() -> None:
    """The structural checker is not a rubber stamp: bad fractions and gaps are reported."""
    bad = etree.fromstring(
        '<quiz><question type="category"><category><text>$course$/top/x</text></category>'
        '</question><question type="multichoice"><name><text>n</text></name>'
        '<answer fraction="33"><text>a</text></answer>'
        '<answer fraction="100"><text>b</text></answer></question></quiz>')
    problems = moodle_problems(bad)
    assert any("fraction 33.0" in p for p in problems)
    assert any("missing <questiontext>" in p for p in problems)
    assert any("missing <single>" in p for p in problems)


def test_every_question_reads_back(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """All 30 questions: type, text, right answers, tolerance, pairs and feedback match."""
    found = _questions(_read(exported["moodle"][0]))
    assert set(found) == {q.id for q in quiz30.questions}
    for q in quiz30.questions:
        _check(q, found[q.id])


def test_categories_and_tags(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """A category per lesson precedes its questions; tags carry kind, lesson and versions."""
    root = _read(exported["moodle"][0])
    lessons = {q.id: q for q in quiz30.questions}
    category = ""
    seen = []
    for x in root.findall("question"):
        if x.get("type") == "category":
            category = x.findtext("category/text") or ""
            seen.append(category)
            continue
        q = lessons[x.findtext("idnumber") or ""]
        assert category == f"$course$/top/edu-quiz-2021/{q.lesson}"
        tags = {t.text for t in x.iterfind("tags/tag/text")}
        assert {"edu", f"kind-{q.kind}", f"lesson-{q.lesson}", "version-A", "version-B",
                f"difficulty-{q.difficulty}"} <= tags
    assert len(seen) == len(set(seen)) == len({q.lesson for q in quiz30.questions})


def test_partial_credit_kinds_are_matching(quiz30: Quiz,
                                           exported: dict[str, list[Path]]) -> None:
    """Matching and ordering questions become Moodle matching questions (partial credit)."""
    found = _questions(_read(exported["moodle"][0]))
    shapes = {q.shape for q in quiz30.questions if found[q.id].get("type") == "matching"}
    assert shapes == {"matching", "ordering"}


def test_hostile_text_survives(hostile_quiz: Quiz,
                               hostile_exported: dict[str, list[Path]]) -> None:
    """< & ]]> quotes, braces and backslashes survive XML and HTML escaping."""
    root = _read(hostile_exported["moodle"][0])
    assert moodle_problems(root) == []
    found = _questions(root)
    for q in hostile_quiz.questions:
        _check(q, found[q.id])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_language(quiz30: Quiz, lang: str) -> None:
    """lang=zh or en writes one paragraph per text."""
    root = etree.fromstring(render(quiz30, lang).encode())
    q = quiz30.questions[0]
    x = _questions(root)[q.id]
    assert _paragraphs(x.findtext("questiontext/text") or "") == [getattr(q.stem, lang)]
    assert not re.search(r"[\x00-\x08]", render(quiz30, lang))
