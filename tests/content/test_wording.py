"""The one wording of the plan's facts: amounts, target statements, sentences, quantities."""

from __future__ import annotations

import dataclasses

import pytest

from edu.content import load_plan
from edu.content.model import Baseline
from edu.content.model import Target
from edu.content.wording import baseline
from edu.content.wording import conversion
from edu.content.wording import english_number
from edu.content.wording import find_quantity
from edu.content.wording import qty_en
from edu.content.wording import sentences
from edu.content.wording import split_unit
from edu.content.wording import statement
from edu.content.wording import unit_hint
from edu.lang import Text
from tests.conftest import CONTENT


@pytest.mark.parametrize(("value", "unit", "english"), [
    (18, "亿亩", "1.8 billion mu"),
    (10.75, "亿亩", "1.075 billion mu"),
    (290, "亿立方米", "29 billion m³"),
    (700, "万人次", "7 million person-times"),
    (88, "%", "88%"),
    (5.5, "%", "5.5%"),
    (3, "年", "3 years"),
    (1, "年", "1 year"),
    (18, "周岁", "age 18"),
    (3.93, "人", "3.93"),
    (20, "个", "20"),
    (12000, "人", "12,000"),
    (5, "公里", "5 km"),
    (5, "千瓦", "5 千瓦"),
])
def test_english_amount(value: float, unit: str, english: str) -> None:
    """Chinese number units become millions/billions; unknown units stay as written."""
    assert qty_en(value, unit) == english


def test_conversion_only_where_it_helps() -> None:
    """Land gets hectares, large water volumes km³; plain counts and percentages get nothing."""
    assert conversion(18, "亿亩") == "1.8 billion mu ≈ 120 million hectares (1 mu = 1/15 ha)"
    assert conversion(500, "亩") == "500 mu ≈ 33.3 hectares (1 mu = 1/15 ha)"
    assert conversion(290, "亿立方米") == "29 billion m³ = 29 km³"
    for value, unit in ((88, "%"), (700, "万人次"), (20, "个"), (3, "年"), (5, "公里")):
        assert conversion(value, unit) == ""


def test_split_unit_and_numbers() -> None:
    """Number units split off known units only; big numbers read in words."""
    assert split_unit("亿亩") == (100_000_000, "亩")
    assert split_unit("万") == (10_000, "")
    assert split_unit("万元") == (10_000, "元")
    assert split_unit("万千瓦") == (1, "万千瓦")  # 千瓦 is not a known unit: keep it whole
    assert english_number(1.8e9) == "1.8 billion"
    assert english_number(7e6) == "7 million"
    assert english_number(3.8) == "3.8"


def _target(comparator: str, value: float = 20, unit: str = "%", approximate: bool = False,
            baseline: Baseline | None = None) -> Target:
    return Target("t", "l", "m", "指标", "a quantity", value, unit, comparator,  # type: ignore[arg-type]
                  approximate, baseline, "指标20%。")


@pytest.mark.parametrize(("comparator", "zh", "en"), [
    ("at_least", "不低于20%", "at least 20%"),
    ("at_most", "不高于20%", "at most 20%"),
    ("about", "20%左右", "about 20%"),
    ("reach", "达到20%", "20%"),
    ("raise_to", "提高到20%", "raised to 20%"),
    ("increase_by", "新增20%", "an additional 20%"),
    ("reduce_by", "降低20%", "20% lower"),
    ("extend_to", "延长至20%", "extended to 20%"),
    ("extend_by", "再延长20%", "extended by a further 20%"),
])
def test_statement_reads_for_every_comparator(comparator: str, zh: str, en: str) -> None:
    """Each comparator has one Chinese and one English phrase, never 'is reach 20'."""
    assert statement(_target(comparator)) == type(statement(_target(comparator)))(zh, en)


def test_statement_carries_approximate_and_baseline() -> None:
    """左右, a starting value and a base year are part of the one phrase."""
    cut = _target("reduce_by", approximate=True, baseline=Baseline(year=2015))
    assert statement(cut).zh == "在2015年基础上降低20%左右"
    assert statement(cut).en == "about 20% lower than the 2015 level"
    age = _target("extend_to", 18, "周岁", baseline=Baseline(value=16, unit="周岁"))
    assert statement(age).zh == "从16周岁延长至18周岁"
    assert statement(age).en == "extended from age 16 to age 18"
    assert statement(age, value=17).zh == "从16周岁延长至17周岁"


def test_baseline_is_one_labelled_line_for_a_value_and_for_a_year() -> None:
    """A baseline on its own line: 基线 / Baseline, then what the statement starts from."""
    cut = _target("reduce_by", baseline=Baseline(year=2015))
    assert baseline(cut) == Text("基线：2015年水平", "Baseline: the 2015 level")
    assert "the 2015 level" in statement(cut).en
    age = _target("extend_to", 18, "周岁", baseline=Baseline(value=16, unit="周岁"))
    assert baseline(age) == Text("基线：16周岁", "Baseline: age 16")
    assert "从16周岁" in statement(age).zh
    assert "from age 16" in statement(age).en
    land = _target("at_least", 1.8, "亿亩", baseline=Baseline(value=1.5, unit="亿亩"))
    assert baseline(land) == Text("基线：1.5亿亩", "Baseline: 150 million mu")
    assert baseline(_target("reach")) is None


def test_shipped_statements_are_whole_phrases() -> None:
    """Every shipped target's phrase names its value and unit in both languages."""
    plan = load_plan(CONTENT)
    for t in plan.targets:
        phrase = statement(t)
        assert qty_en(t.value, t.unit) in phrase.en, t.id
        assert f"{t.value:g}{t.unit}" in phrase.zh.replace(".0", ""), t.id
        assert " is " not in phrase.en
        assert "reach " not in phrase.en


def test_sentences_and_quantities() -> None:
    """Sentences keep their end marks; a quantity is found only with its unit after it."""
    assert sentences("甲。乙；丙") == ["甲。", "乙；", "丙"]
    assert find_quantity("建设20个中心，覆盖20%。", 20, "%") == (10, 13)
    assert find_quantity("建设20个中心。", 20, "%") is None
    assert unit_hint("%").en == "(unit: %, percent)"
    assert unit_hint("亿亩").en == "(unit: 亿亩, units of 100 million mu)"
    assert dataclasses.astuple(unit_hint("")) == ("", "")
