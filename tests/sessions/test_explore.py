"""The explorer's state: tree, search filtering and highlighting, language, selection."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content import load_plan
from edu.content.model import INTRODUCTION
from edu.errors import UsageError
from edu.sessions.explore import ExploreSession
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def test_full_tree(plan: Plan) -> None:
    """Without a query the tree holds the introduction, 2 parts, 9 lessons and 56 measures."""
    rows = ExploreSession(plan).tree()
    depths = [r.depth for r in rows]
    assert rows[0].key == INTRODUCTION
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


def _visible_text(markup: str) -> str:
    import html as html_lib
    import re

    without_style = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", without_style))


def test_english_reader_is_complete_and_has_no_chinese(plan: Plan) -> None:
    """In English the reader shows the lead, every measure body and every target sentence in
    English, and no Chinese outside the glossary notes' quoted terms."""
    import re

    s = ExploreSession(plan, "en")
    for lesson in plan.lessons:
        s.select(f"lesson:{lesson.id}")
        markup = s.reader_html()
        text = " ".join(_visible_text(markup).split())
        for en in (lesson.lead_en, *(m.text_en for m in lesson.measures),
                   *(t.source_en for t in lesson.targets)):
            assert " ".join(en.split()) in text, (lesson.id, en[:40])
        body = markup.split('<dl class="edu-glossary">')[0]
        assert not re.search(r"[\u3400-\u9fff]", _visible_text(body)), lesson.id


def test_both_puts_each_chinese_passage_beside_its_english(plan: Plan) -> None:
    """With both languages each Chinese sentence of a measure is followed by its English."""
    from edu.content.bilingual import sentence_pairs

    s = ExploreSession(plan, "both")
    s.select("lesson:health")
    text = " ".join(_visible_text(s.reader_html()).split())
    positions = []
    for m in plan.lesson("health").measures:
        pairs = sentence_pairs(m.text, m.text_en)
        assert len(pairs) > 1 or "。" not in m.text[:-1]
        for zh, en in pairs:
            start = text.index(zh, positions[-1] if positions else 0)
            positions += [start, text.index(" ".join(en.split()), start)]
    assert positions == sorted(positions)


def test_introduction_shows_background_and_glossary_in_english(plan: Plan) -> None:
    """The introduction's background paragraphs and the plan-wide glossary (with pinyin)
    are in the reader; in English it has no Chinese outside the glossary."""
    import re

    s = ExploreSession(plan, "en")
    markup = s.reader_html()
    text = " ".join(_visible_text(markup).split())
    assert all(" ".join(b.text_en.split()) in text for b in plan.introduction.background)
    assert "common prosperity" in text
    assert "gòng tóng fù yù" in text
    body = markup.split('<dl class="edu-glossary">')[0]
    assert not re.search(r"[\u3400-\u9fff]", _visible_text(body))


def test_explorer_finds_terms_by_english_and_by_pinyin(plan: Plan) -> None:
    """Searching the explorer for an English word or for pinyin finds the glossary term and
    shows where it is: 'rural revitalisation' and 'xiangcun zhenxing' both find 乡村振兴."""
    s = ExploreSession(plan, "en")
    for query in ("rural revitalisation", "xiangcun zhenxing", "xiāngcūn"):
        s.set_query(query)
        assert "乡村振兴" in [h.item_id for h in s.hits if h.kind == "term"], query
        assert s.status().startswith("Results")
    s.set_query("changqi huli")
    assert [h.item_id for h in s.hits if h.kind == "term"] == ["长期护理保险"]
    assert s.tree()[0].key == INTRODUCTION  # a plan-wide term lives in the introduction
