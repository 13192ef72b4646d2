"""Shared wording: quantities in both languages, target statements, sentences, explanations."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content.wording import qty_en
from edu.content.wording import qty_zh
from edu.content.wording import sentences
from edu.content.wording import statement
from edu.content.wording import unit_hint
from edu.questions.model import Text
from edu.questions.phrasing import ask_target
from edu.questions.phrasing import distinct
from edu.questions.phrasing import explain


@pytest.mark.parametrize(("value", "unit", "zh", "en"), [
    (18, "亿亩", "18亿亩", "1.8 billion mu"),
    (10.75, "亿亩", "10.75亿亩", "1.075 billion mu"),
    (290, "亿立方米", "290亿立方米", "29 billion m³"),
    (700, "万人次", "700万人次", "7 million person-times"),
    (1.5, "万人次", "1.5万人次", "15,000 person-times"),
    (88, "%", "88%", "88%"),
    (18, "周岁", "18周岁", "age 18"),
    (3, "年", "3年", "3 years"),
    (3.93, "人", "3.93人", "3.93"),
    (20, "个", "20个", "20"),
    (5, "公顷", "5公顷", "5 公顷"),
])
def test_quantities(value: float, unit: str, zh: str, en: str) -> None:
    """Chinese keeps the plan's form; English converts 亿 and 万 correctly."""
    assert (qty_zh(value, unit), qty_en(value, unit)) == (zh, en)


def test_statements_follow_the_comparator(plan: Plan) -> None:
    """Floors, ceilings, 左右 and a baseline year are all stated."""
    by_id = {t.id: t for t in plan.targets}
    assert statement(by_id["rural-tap-water-coverage"]) == Text("不低于88%", "at least 88%")
    assert statement(by_id["urban-surveyed-unemployment-rate"]).zh == "不高于5.5%"
    assert statement(by_id["regional-public-health-centres"]) == Text("15个左右", "about 15")
    cut = statement(by_id["chronic-disease-premature-mortality-cut"])
    assert cut == Text("在2015年基础上降低20%", "20% lower than the 2015 level")
    assert statement(by_id["rural-tap-water-coverage"], value=90, comparator="at_most").zh == (
        "不高于90%")
    ask = ask_target(by_id["key-industry-work-injury-rate"], "《行动计划》")
    assert "大约降低多少" in ask.zh
    assert "左右" not in ask.zh
    about = ask_target(by_id["regional-public-health-centres"], "《行动计划》").zh
    assert about.endswith("的目标是大约多少？")
    assert "约为" not in about
    assert "20" not in ask.zh + ask.en


def test_sentences_and_explanations() -> None:
    """Sentences split after 。；！？; an explanation is its point, punctuated, never the
    quoted source (renderers quote it)."""
    assert sentences("甲。乙；丙") == ["甲。", "乙；", "丙"]
    e = explain(Text("要点", "Point."), ("甲。", "乙。"))
    assert e == Text("要点。", "Point.")
    assert explain(Text("a", "b"), ()) == Text("a", "b")
    assert unit_hint("亿亩").en == "(unit: 亿亩, units of 100 million mu)"


def test_distinct() -> None:
    """Texts are distinct only when both languages are."""
    assert distinct([Text("甲", "A"), Text("乙", "B")])
    assert not distinct([Text("甲", "A"), Text("乙", "A")])
