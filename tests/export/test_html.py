"""Printable HTML, read back with lxml.html: questions, answers and escaping."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from edu.export.common import choice_letter
from edu.export.common import matching_letters
from edu.export.common import ordering_letters
from edu.export.html import render
from edu.questions.model import TextAnswer
from edu.quiz.assembly import Quiz
from tests.export.conftest import HOSTILE
from tests.export.conftest import by_name


def _doc(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def test_versions_in_their_order(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Each version's file lists its questions in order, each with its stem and options."""
    for v in quiz30.versions:
        doc = _doc(by_name(exported["html"], f".{v.label}.html"))
        blocks = doc.find_class("q")
        assert [b.get("data-id") for b in blocks] == [q.id for q in v.questions]
        for n, (q, block) in enumerate(zip(v.questions, blocks, strict=True), 1):
            stem = block.find_class("stem")[0].text_content()
            assert block.find_class("num")[0].text_content() == f"{n}."
            assert q.stem.zh.split("____")[0] in stem
            if q.shape in ("choice", "ordering"):
                items = block.xpath(".//ol[contains(@class, 'opts')]/li")
                assert [i.text_content().split(".", 1)[0] for i in items] == [
                    chr(65 + i) for i in range(len(q.options))]
            elif q.shape == "matching":
                rows = block.xpath(".//table[@class='match']/tr")
                assert len(rows) == max(len(q.prompts), len(q.options))
        assert doc.find_class("idline"), "the name / class / date line"
        assert not doc.find_class("ans"), "no answers on the student copy"


def test_key_gives_the_answers(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """The key fills in each choice letter, pair, order and blank, and has the table."""
    doc = _doc(by_name(exported["html"], ".key.html"))
    assert len(doc.find_class("glance")) == len(quiz30.versions)
    blocks = doc.find_class("q")
    questions = [q for v in quiz30.versions for q in v.questions]
    assert [b.get("data-id") for b in blocks] == [q.id for q in questions]
    for q, block in zip(questions, blocks, strict=True):
        answer = block.find_class("ans")[0].text_content()
        if q.shape == "choice":
            assert block.find_class("slot")[0].text_content() == f"（{choice_letter(q)}）"
            assert answer.split("　", 1)[1].startswith(f"{choice_letter(q)}. ")
        elif q.shape == "matching":
            for i, x in enumerate(matching_letters(q), 1):
                assert f"{i}–{x}" in answer
        elif q.shape == "ordering":
            assert " → ".join(ordering_letters(q)) in answer
        elif isinstance(q.answer, TextAnswer):
            assert q.answer.accepted[0] in answer
        assert block.find_class("source") or not q.source


def test_hostile_text_is_escaped(hostile_quiz: Quiz,
                                 hostile_exported: dict[str, list[Path]]) -> None:
    """Markup in the content shows as text: no element or comment comes from it."""
    for path in hostile_exported["html"]:
        doc = _doc(path)
        assert not doc.xpath("//body//b[contains(., '&amp;')]")
        assert not doc.xpath("//comment()")
        text = doc.text_content()
        assert text.count(HOSTILE) >= 14
        assert "答<&>{}~=#:\"'" in text or "key" not in path.name


def test_self_contained(exported: dict[str, list[Path]]) -> None:
    """No scripts and nothing fetched from elsewhere: the file prints offline."""
    for path in exported["html"]:
        doc = _doc(path)
        assert not doc.xpath("//script | //link | //img | //iframe")
        assert "url(" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_language(quiz30: Quiz, lang: str) -> None:
    """lang=zh shows no English stems, lang=en no Chinese stems."""
    doc = lxml.html.fromstring(render(quiz30, lang, versions=["A"]))
    q = quiz30.versions[0].questions[0]
    stem = doc.find_class("stem")[0].text_content()
    assert getattr(q.stem, lang).split("____")[0] in stem
    other = q.stem.en if lang == "zh" else q.stem.zh
    assert other.split("____")[0] not in doc.text_content()
    assert not doc.find_class("stem-en")


def test_new_kinds_on_paper_and_key(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Select-all questions print their options with a bracket for several letters, the key
    names every right option; a discussion prints lines to write on and its points, the key
    its model answer and every rubric criterion with its points."""
    from edu.export.common import multi_letters
    from edu.questions.model import EssayAnswer

    v = quiz30.versions[0]
    student = _doc(by_name(exported["html"], f".{v.label}.html"))
    key = _doc(by_name(exported["html"], ".key.html"))
    blocks = {b.get("data-id"): b for b in student.find_class("q")}
    keys = {b.get("data-id"): b for b in key.find_class("q")
            if b.getparent().get("data-version") == v.label}
    multi = next(q for q in v.questions if q.shape == "multi")
    assert len(blocks[multi.id].findall(".//li")) == len(multi.options)
    assert "".join(multi_letters(multi)) in keys[multi.id].find_class("slot")[0].text_content()
    essay = next(q for q in v.questions if isinstance(q.answer, EssayAnswer))
    assert isinstance(essay.answer, EssayAnswer)
    assert len(blocks[essay.id].find_class("eline")) >= 5
    assert f"{essay.answer.points}分" in blocks[essay.id].text_content()
    shown = keys[essay.id].text_content()
    assert essay.answer.model.zh in shown
    assert all(c.text.zh in shown for c in essay.answer.rubric)
    assert [li.text_content().rsplit("　", 1)[-1].split(" ")[0]
            for li in keys[essay.id].find_class("rubric")[0].iter("li")] == [
        f"{c.points}分" for c in essay.answer.rubric]
