"""edu.notebook: one function per classroom notebook, each owning its clock, store and bank."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w
import pytest

from edu import notebook


def _html(widget: w.Widget) -> str:
    """Every HTML value in the widget tree, joined."""
    out = [widget.value] if isinstance(widget, w.HTML) else []
    for child in getattr(widget, "children", ()):
        out.append(_html(child))
    return "\n".join(out)


@pytest.fixture(autouse=True)
def _store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_PROGRESS_DB", str(tmp_path / "progress.sqlite3"))
    monkeypatch.setenv("QUERY_STRING", "lessons=health&n=2&seed=3&start=1")


def test_quiz_page_opens_on_the_question_teacher_notes_closed() -> None:
    """The quiz page follows the query string (start=1: the first question shows), and what
    only teachers need (link parameters, the store's path) sits in a closed details block."""
    page = notebook.quiz()
    assert "edu-page" in page._dom_classes
    text = _html(page)
    assert 'class="edu-stem-html"' in text
    teachers = text[text.index('<details class="edu-teachers">'):]
    assert "<details" in teachers
    assert " open" not in teachers.split(">", 1)[0]
    assert "$EDU_PROGRESS_DB" in teachers
    assert "start=1" in teachers
    assert "$EDU_PROGRESS_DB" not in text[:text.index('<details class="edu-teachers">')]


def test_progress_page_says_there_is_nothing_yet() -> None:
    """With an empty store the progress page says so in words and shows no chart."""
    text = _html(notebook.progress())
    assert "No answers or reviews yet" in text
    assert "<img" not in text


def test_start_and_lesson_pages() -> None:
    """The start page links the student pages and holds the teacher's guide (closed); the
    lesson page shows the chosen lesson, its charts with their numbers as alt text."""
    start = _html(notebook.start_here())
    assert 'href="03-quiz.ipynb"' in start
    assert "Teacher's guide" in start
    assert "04-quiz-builder" not in start.split('<details class="edu-teachers">')[0]
    lesson = _html(notebook.lesson("health"))
    assert 'data-lesson="health"' in lesson
    assert "alt=\"" in lesson
    assert "%" in lesson.split("alt=\"", 1)[1][:400]
