"""Markdown export, read back with markdown-it-py (CommonMark with GFM tables)."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from edu.export.common import choice_letter
from edu.export.common import multi_letters
from edu.export.common import ordering_letters
from edu.export.markdown import md
from edu.export.markdown import render
from edu.questions.model import EssayAnswer
from edu.quiz.assembly import Quiz
from tests.export.conftest import HOSTILE
from tests.export.conftest import by_name


def _html(text: str) -> lxml.html.HtmlElement:
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    return lxml.html.fromstring(f"<div>{rendered}</div>")


def _numbered(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The paragraphs that start a question (``**N.**``)."""
    return [p for p in doc.iter("p")
            if len(p) and p[0].tag == "strong" and (p[0].text or "").rstrip(".").isdigit()
            and p.text is None]


def test_student_copy_reads_back(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Each version's file has its questions numbered in order, with lettered options."""
    for v in quiz30.versions:
        doc = _html(by_name(exported["md"], f".{v.label}.md").read_text(encoding="utf-8"))
        starts = _numbered(doc)
        assert [p[0].text for p in starts] == [f"{n}." for n in range(1, len(v.questions) + 1)]
        for q, p in zip(v.questions, starts, strict=True):
            assert q.stem.zh.split("____")[0] in p.text_content()
        lists = doc.xpath("//ul")
        assert len(lists) == sum(1 for q in v.questions
                                 if q.shape in ("choice", "ordering", "multi"))
        tables = doc.xpath("//table")
        assert len(tables) == sum(1 for q in v.questions if q.shape == "matching")


def test_key_marks_the_answers(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """The key marks the right option (bold, ✓), gives each answer and quotes the source."""
    text = by_name(exported["md"], ".key.md").read_text(encoding="utf-8")
    doc = _html(text)
    assert len(doc.xpath("//h3")) == len(quiz30.versions)  # the answers-at-a-glance tables
    marked = [li.text_content() for li in doc.xpath("//li[strong]")]
    choices = [q for v in quiz30.versions for q in v.questions if q.shape in ("choice", "multi")]
    assert [m.split(".")[0] for m in marked] == [
        x for q in choices
        for x in (multi_letters(q) if q.shape == "multi" else [choice_letter(q)])]
    assert all(m.endswith("✓") for m in marked)
    quotes = doc.xpath("//blockquote")
    assert len(quotes) == sum(1 for v in quiz30.versions for q in v.questions if q.source)
    for q in (q for v in quiz30.versions for q in v.questions if q.shape == "ordering"):
        assert " → ".join(ordering_letters(q)) in doc.text_content()
    essays = [q.answer for v in quiz30.versions for q in v.questions
              if isinstance(q.answer, EssayAnswer)]
    assert essays
    for a in essays:  # the model answer and every rubric line with its points
        assert a.model.zh in doc.text_content()
        assert all(f"{c.text.zh}（{c.points}分）" in doc.text_content() for c in a.rubric)


def test_hostile_text_survives(hostile_quiz: Quiz,
                               hostile_exported: dict[str, list[Path]]) -> None:
    """* _ ` [ ] < > | ~ $ & # { } and quotes are text, never markup: the rendered page
    shows them unchanged and has no element or comment that came from the content."""
    for path in hostile_exported["md"]:
        doc = _html(path.read_text(encoding="utf-8"))
        text = doc.text_content()
        assert text.count(HOSTILE) >= 14
        assert not doc.xpath("//b | //a | //code | //img | //comment()")
        assert not doc.xpath("//em[. = 's' or . = 'u'] | //strong[. = 's']")


@pytest.mark.parametrize("line", ["- item", "+ item", "1. item", "2) item", "# head",
                                  "> quote", "=== ", ":::", "% c", "    code", "`x`"])
def test_line_starts_are_plain(line: str) -> None:
    """Text that would start a list, heading, quote, fence or code block stays a paragraph."""
    doc = _html(md(line))
    assert [c.tag for c in doc] == ["p"]
    assert doc.text_content().strip() == line.strip()


def test_one_language(quiz30: Quiz) -> None:
    """lang=en has no Chinese stems (only quotes of the plan inside English stems)."""
    text = render(quiz30, "en", versions=["A"])
    q = next(q for q in quiz30.versions[0].questions if "《" not in q.stem.en)
    assert q.stem.zh.split("____")[0] not in text


def test_english_paper_uses_english_colons(quiz30: Quiz) -> None:
    """An English-only paper and key write "Answer:" and "Source:", never the full-width "：";
    the Chinese paper keeps "：" after its labels."""
    english = render(quiz30, "en", key=True)
    assert "**Answer:**" in english
    assert not re.search(r"[A-Za-z]：", english)  # a label with a full-width colon
    assert "答案：" in render(quiz30, "zh", key=True)
