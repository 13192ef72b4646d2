"""Search finds Chinese and English text and highlights it safely."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content import load_plan
from edu.content.search import highlight
from edu.content.search import search
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def test_chinese_query_finds_measures_and_targets(plan: Plan) -> None:
    """耕地 finds the food-security measure and the farmland target."""
    hits = search(plan, "耕地")
    kinds = {(h.kind, h.lesson) for h in hits}
    assert ("measure", "living-standards") in kinds
    assert ("target", "living-standards") in kinds


def test_english_query_is_case_insensitive(plan: Plan) -> None:
    """'NURSES' finds the nurses target through its English gloss."""
    hits = search(plan, "NURSES")
    assert any(h.kind == "target" and h.lesson == "health" for h in hits)


def test_all_words_must_match(plan: Plan) -> None:
    """Several words narrow the result: each must occur in the same item."""
    both = search(plan, "death penalty")
    assert both
    assert all("death" in h.text.lower() and "penalty" in h.text.lower() for h in both)
    assert not search(plan, "death xylophone")


def test_principles_are_searchable(plan: Plan) -> None:
    """The introduction's principles are found too, with no lesson."""
    hits = search(plan, "智慧推进")
    assert [(h.kind, h.lesson) for h in hits][:1] == [("principle", "")]


def test_empty_query(plan: Plan) -> None:
    """An empty or blank query finds nothing."""
    assert search(plan, "   ") == []


def test_highlight_escapes_and_marks() -> None:
    """Matches are wrapped in <mark>; HTML in the text is escaped."""
    out = highlight("a <b> & 耕地红线", "耕地")
    assert out == "a &lt;b&gt; &amp; <mark>耕地</mark>红线"
    assert highlight("Nurses and nurses", "nurses").count("<mark>") == 2


def test_terms_are_found_by_english(plan: Plan) -> None:
    """An English word finds the glossary term whose English uses it (plan-wide terms belong
    to the introduction, lesson terms to their lesson)."""
    hits = [h for h in search(plan, "common prosperity") if h.kind == "term"]
    assert next((h.lesson, h.item_id) for h in hits) == ("", "共同富裕")
    assert all("common prosperity" in h.text.lower() for h in hits)
    care = [h for h in search(plan, "long-term care") if h.kind == "term"]
    assert ("", "长期护理保险") in [(h.lesson, h.item_id) for h in care]


@pytest.mark.parametrize("query", ["gongtong fuyu", "gongtongfuyu", "Gòngtóng fùyù",
                                   "gòng tóng fù yù", "fuyu"])
def test_terms_are_found_by_pinyin(plan: Plan, query: str) -> None:
    """Pinyin finds a term with or without tone marks and spaces, in any case."""
    hits = search(plan, query)
    assert "共同富裕" in [h.item_id for h in hits if h.kind == "term"]


def test_pinyin_with_wrong_tones_or_half_syllables_finds_nothing(plan: Plan) -> None:
    """Tone marks must agree when given, and a query must spell whole syllables."""
    assert "共同富裕" not in [h.item_id for h in search(plan, "gōngtōng fùyù")]
    assert "共同富裕" not in [h.item_id for h in search(plan, "ongtong")]


def test_polyphone_pinyin_is_the_right_reading(plan: Plan) -> None:
    """长期护理保险 is found as chángqī, not as zhǎngqī."""
    assert "长期护理保险" in [h.item_id for h in search(plan, "changqi huli baoxian")]
    assert "长期护理保险" in [h.item_id for h in search(plan, "chángqī")]
    assert "长期护理保险" not in [h.item_id for h in search(plan, "zhǎngqī")]


def test_glossary_find_and_search_agree_on_terms() -> None:
    """``edu glossary --find`` and the explorer's search find the same glossary terms, whether
    the query is Chinese, English or pinyin (the display's "(pinyin):" is not searched)."""
    from edu.content.load import load_plan
    from edu.content.search import search
    from edu.present.text import glossary_text

    plan = load_plan()
    for query in ("人权", "rights", "quánlì", "renquan", "poverty", "("):
        found = {h.item_id for h in search(plan, query) if h.kind == "term"}
        listed = {line.split()[0] for line in glossary_text(plan, "zh", query).splitlines()}
        assert found == listed, query
    assert "人次" not in {h.item_id for h in search(plan, "(")}  # "(" only in its display
