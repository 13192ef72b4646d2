"""Targets are found in raw measure text: numbers, units, comparators, baselines, metrics."""

from __future__ import annotations

import pytest

from edu.content.layout import parse_layout
from edu.content.validate import _fragments_of
from edu.ingest.targets import Found
from edu.ingest.targets import find_targets
from edu.ingest.targets import sentences
from edu.numerals import states_quantity
from tests.conftest import CONTENT
from tests.content.test_facts import LESSONS
from tests.content.test_facts import TARGETS

# content/source is a byte-for-byte copy of the shared source (tests/content/test_facts.py)
SOURCE_FILE = CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt"


def _one(text: str) -> Found:
    found = find_targets(text)
    assert len(found) == 1, found
    return found[0]


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_targets(text)]


def test_seed_targets_equal_the_hand_labelled_list() -> None:
    """From the raw shared source, exactly the 31 hand-labelled targets, and nothing else."""
    layout = parse_layout(SOURCE_FILE.read_text(encoding="utf-8"))
    lesson_of = {title: lesson_id for lesson_id, _, title, _ in LESSONS}
    got = [(lesson_of[section.title], f.value, f.unit, f.comparator, f.approximate)
           for part in layout.parts for section in part.sections for item in section.items
           for f in find_targets(item.source)]
    assert sorted(got, key=repr) == sorted(TARGETS, key=repr)


@pytest.mark.parametrize(("text", "value", "unit", "comparator", "approximate"), [
    ("严守18亿亩耕地红线。", 18, "亿亩", "at_least", False),
    ("建设20个示范区。", 20, "个", "reach", False),
    ("新增供水能力290亿立方米。", 290, "亿立方米", "increase_by", False),
    ("普及率提高到90%以上。", 90, "%", "at_least", False),
    ("入学率提高到60%。", 60, "%", "raise_to", False),
    ("发生率降低20%左右。", 20, "%", "reduce_by", True),
    ("建设15个左右区域中心。", 15, "个", "about", True),
    ("失业率控制在5.5%以内。", 5.5, "%", "at_most", False),
    ("达标率不低于90%。", 90, "%", "at_least", False),
    ("检出率不高于65%。", 65, "%", "at_most", False),
    ("受教育年限不少于14年。", 14, "年", "at_least", False),
    ("阅读率达到83%。", 83, "%", "reach", False),
    ("到期后再延长30年政策。", 30, "年", "extend_by", False),
    ("用三年左右时间完成整治。", 3, "年", "about", True),
    ("培训骨干教师两千名。", 2000, "名", "reach", False),
    ("完成三十万户适老化改造。", 30, "万户", "reach", False),
    ("建设十五个培训基地。", 15, "个", "reach", False),
    ("死亡率降至5‰以下。", 5, "‰", "at_most", False),
    ("孕产妇死亡率下降到14.5/10万。", 14.5, "/10万", "at_most", False),
    ("收入年均增长6%以上。", 6, "%", "increase_by", False),
    ("比上年提高5个百分点。", 5, "个百分点", "increase_by", False),
    ("审结案件数超过3000万件。", 3000, "万件", "at_least", False),
    ("每年提供司法救助约5万人次。", 5, "万人次", "about", False),
    ("在2年内完成改造。", 2, "年", "at_most", False),
    ("征求意见的期限不少于30日。", 30, "日", "at_least", False),
    ("城镇新增就业5000万人以上。", 5000, "万人", "increase_by", False),
])
def test_comparators(text: str, value: float, unit: str, comparator: str,
                     approximate: bool) -> None:
    """Each comparator wording gives its comparator, value and unit as written."""
    f = _one(text)
    assert (f.value, f.unit, f.comparator, f.approximate) == (value, unit, comparator,
                                                             approximate)


@pytest.mark.parametrize("text", [
    "到2035年基本实现现代化。",                        # a year
    "落实《工伤预防五年行动计划（2021－2025年）》。",   # a name in 《》, a period
    "实施百万青年技能培训行动。",                       # a programme name
    "落实第二轮土地承包。",                             # an ordinal
    "中国先后实施了三期国家人权行动计划。",             # a count of plans (期)
    "编制第十四个五年规划。",                           # an ordinal, a plan name
    "形成一批特色学科。",                               # not a number
    "建设一流大学和“双一流”学科。",                     # words with 一
    "每千人口拥有医生数。",                             # a rate's base
    "为65周岁以上老年人提供体检。",                     # who is meant, not a target
    "每千人口拥有3岁以下婴幼儿托位数。",                # the same, with 以下
    "对65岁以上的居民给予补贴。",                       # an age range with 的
    "年满16周岁的居民可以申请。",                       # an age limit
    "地级以上城市PM2.5浓度持续下降。",                  # a name with a number
    "加快5G网络建设。",                                 # a name with a number
    "建设社区15分钟健身圈。",                           # a time span naming a thing
    "保障3－6岁儿童入园。",                             # a range
    "每年3月15日前公布。",                              # a date
    "落实两个责任，深化三项制度改革。",                 # named sets
    "二级以上医院开展远程医疗。",                       # a grade
    "建设20多个中心。",                                 # not a definite amount
    "已建成1000个站点。",                               # an achievement, not a target
    "保障55个少数民族的权利。",                         # a description
    "零就业家庭成员就业。",                             # a word with 零
    "完成“十四五”规划任务。",                           # a name in quotes
])
def test_not_targets(text: str) -> None:
    """Years, periods, names, ordinals, bases, descriptions and vague amounts are not targets."""
    assert find_targets(text) == []


def test_from_to_gives_a_baseline_value() -> None:
    """从16周岁延长至18周岁: one target, 18 周岁, with 16 周岁 as its baseline."""
    f = _one("救助供养覆盖的未成年人年龄从16周岁延长至18周岁。")
    assert (f.value, f.unit, f.comparator) == (18, "周岁", "extend_to")
    assert (f.baseline_value, f.baseline_unit, f.baseline_year) == (16, "周岁", None)
    assert f.metric == "救助供养覆盖的未成年人年龄"


def test_from_to_with_words_between() -> None:
    """从每人每月70元提高到100元: 100 元, raise_to, baseline 70 元; metric stops at 从."""
    f = _one("城乡居民基础养老金最低标准从每人每月70元提高到100元。")
    assert (f.value, f.comparator, f.baseline_value, f.baseline_unit) == (100, "raise_to", 70,
                                                                          "元")
    assert f.metric == "城乡居民基础养老金最低标准"


@pytest.mark.parametrize("text", ["重大慢性病过早死亡率在2015年基础上降低20%。",
                                  "二氧化碳排放比2015年下降20%。"])
def test_baseline_year(text: str) -> None:
    """在2015年基础上 / 比2015年 give a baseline year, and 2015 is not a target."""
    f = _one(text)
    assert (f.value, f.unit, f.comparator, f.baseline_year) == (20, "%", "reduce_by", 2015)
    assert "2015" not in f.metric


def test_list_shares_its_comparator() -> None:
    """分别降至5.2‰和6.6‰: both numbers take the comparator before the first."""
    found = find_targets("婴儿死亡率、5岁以下儿童死亡率分别降至5.2‰和6.6‰。")
    assert [(f.value, f.unit, f.comparator) for f in found] == [(5.2, "‰", "at_most"),
                                                                (6.6, "‰", "at_most")]


def test_three_amounts_in_one_sentence() -> None:
    """建设20个A、30个B和20个C: three targets, each with its own object as metric."""
    found = find_targets("建设20个考古标本库房、30个文化生态保护区和20个非物质文化遗产馆。")
    assert [(f.value, f.metric) for f in found] == [
        (20, "考古标本库房"), (30, "文化生态保护区"), (20, "非物质文化遗产馆")]


def test_sentences_are_whole() -> None:
    """Sentences end in 。 or ；, and a tail without a stop is not a sentence."""
    assert sentences("甲，乙。丙；丁") == ["甲，乙。", "丙；"]
    assert find_targets("建设20个中心") == []


@pytest.mark.parametrize("text", [
    "严守18亿亩耕地红线。建成10.75亿亩集中连片高标准农田；每年培训农民工700万人次。",
    "青少年体质达标率不低于90%，青年学生近视检出率初中生不高于65%、高中生不高于75%。",
    "特困人员救助供养覆盖的未成年人年龄从16周岁延长至18周岁。",
    "国家慢性病综合防控示范区建设覆盖全国20%的县（区）。",
])
def test_every_target_passes_the_validator_rules(text: str) -> None:
    """Each target's sentence states value and unit, and its metric is made of its fragments."""
    found = find_targets(text)
    assert found
    for f in found:
        assert f.sentence in text
        assert f.sentence.endswith(("。", "；"))
        assert states_quantity(f.sentence, f.value, f.unit)
        assert len(f.metric) >= 2
        assert _fragments_of(f.metric, f.sentence)
        if f.baseline_value is not None:
            assert states_quantity(f.sentence, f.baseline_value, f.baseline_unit or "")
