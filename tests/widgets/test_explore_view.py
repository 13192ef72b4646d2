"""The explorer widget forwards its controls to the session and shows the result."""

from __future__ import annotations

from edu.content import load_plan
from edu.sessions.explore import ExploreSession
from edu.widgets.explore import ExploreView
from edu.widgets.lesson import LessonView
from edu.widgets.lesson import lesson_from_query
from tests.conftest import CONTENT


def test_search_lang_and_selection_round_trip() -> None:
    """Typing, switching language and picking a row update tree, reader and charts."""
    view = ExploreView(ExploreSession(load_plan(CONTENT), "both"))
    assert view.tree.value == "introduction"
    view.search.value = "近视"
    assert view.tree.value == "lesson:health"
    assert "<mark>近视</mark>" in view.reader.value
    assert len(view.chart_box.children) == 2
    view.lang.value = "en"
    assert "Right to Health" in view.reader.value
    view.search.value = ""
    view.tree.value = "lesson:life"
    assert view.session.lesson_id == "life"
    assert view.chart_box.children == ()


def test_lesson_view_follows_the_picker() -> None:
    """The lesson view starts on the given lesson and follows the picker."""
    view = LessonView(load_plan(CONTENT), "work", lang="zh")
    assert "（二）工作权利" in view.reader.value
    view.picker.value = "culture"
    assert "（七）文化权利" in view.reader.value
    assert len(view.charts.children) == 2


def test_lesson_from_query_string() -> None:
    """A Voilà link's ?lesson= picks the lesson; without it the default is used."""
    assert lesson_from_query("health", "lesson=property&x=1") == "property"
    assert lesson_from_query("health", "") == "health"
