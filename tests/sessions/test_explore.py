"""The explorer's state: tree, search filtering and highlighting, language, selection."""

from __future__ import annotations

import pytest

from edu.content import Plan, load_plan
from edu.errors import UsageError
from edu.sessions.explore import INTRO, ExploreSession
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def test_full_tree(plan: Plan) -> None:
    """Without a query the tree holds the introduction, 2 parts, 9 lessons and 56 measures."""
    rows = ExploreSession(plan).tree()
    depths = [r.depth for r in rows]
    assert rows[0].key == INTRO
    assert sum(1 for r in rows if r.key.startswith("part:")) == 2
    assert depths.count(1) == 9
    assert depths.count(2) == 56


def test_search_filters_tree_and_highlights(plan: Plan) -> None:
    """A query keeps only matching branches and marks the hits in the reader."""
    s = ExploreSession(plan, "zh")
    s.set_query("近视")
    keys = [r.key for r in s.tree()]
    assert keys == ["part:economic-social-cultural", "lesson:health",
                    "measure:health/youth-health-fitness"]
    assert s.lesson_id == "health"
    assert "<mark>近视</mark>" in s.reader_html()
    assert s.status().startswith("搜索结果")


def test_no_results(plan: Plan) -> None:
    """A query with no hits says so and empties the tree."""
    s = ExploreSession(plan, "en")
    s.set_query("zzzz")
    assert s.tree() == []
    assert s.status() == "Nothing matches."


def test_language_changes_labels_and_reader(plan: Plan) -> None:
    """zh shows Chinese labels only, en English only, both shows both."""
    s = ExploreSession(plan, "zh")
    s.select("lesson:life")
    assert "（一）生命权" in s.reader_html()
    assert "Right to Life" not in s.reader_html()
    s.set_lang("en")
    assert "Right to Life" in s.reader_html()
    assert "Right to Life" in next(r.label for r in s.tree() if r.key == "lesson:life")
    with pytest.raises(ValueError, match="language"):
        s.set_lang("fr")


def test_selecting_a_part_opens_its_first_lesson(plan: Plan) -> None:
    """Clicking a part shows its first lesson; an unknown lesson is a clear error."""
    s = ExploreSession(plan)
    s.select("part:civil-political")
    assert s.lesson_id == "life"
    with pytest.raises(UsageError, match="unknown lesson"):
        s.select("lesson:nowhere")


def test_reader_escapes_content(plan: Plan) -> None:
    """The reader escapes text, so a query with markup cannot inject HTML."""
    s = ExploreSession(plan, "en")
    s.set_query("<script>")
    assert "<script>" not in s.reader_html().replace("<style>", "")
