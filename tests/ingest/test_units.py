"""Units after a number are read by their shape: compounds stay whole, short new words count
where a unit is expected, and what is never a unit stays out."""

from __future__ import annotations

import pytest

from edu.ingest import vocab
from edu.ingest.targets import find_candidates
from edu.ingest.targets import find_targets
from edu.ingest.units import expects_unit
from edu.ingest.units import read_unit


@pytest.mark.parametrize(("after", "unit", "known"), [
    ("立方米每秒以上。", "立方米每秒", False),
    ("吨标准煤以下。", "吨标准煤", False),
    ("人/万人。", "人/万人", False),
    ("小时每周。", "小时每周", False),
    ("千瓦。", "千瓦", True),
    ("万公里农村公路。", "万公里", True),
    ("台次。", "台次", False),
    ("微克/立方米以下。", "微克/立方米", False),
    ("个工作日内办结。", "个工作日", False),
    ("万千瓦装机。", "万千瓦", True),
    ("兆瓦时。", "兆瓦时", False),
    ("支服务队伍。", "支", False),
    ("%以上。", "%", True),
    ("/10万。", "/10万", True),
    ("万残疾人。", "万", True),
])
def test_units_by_shape(after: str, unit: str, known: bool) -> None:
    """Compound units stay whole (立方米每秒, 吨标准煤, 人/万人, 台次) and stop at the noun."""
    got = read_unit(after, expected=False)
    assert got is not None
    assert (got.name, got.known) == (unit, known)
    assert after.startswith(got.name)


@pytest.mark.parametrize(("after", "unit"), [
    ("学时。", "学时"), ("学分以上的课程。", "学分"), ("课时左右，", "课时"),
    ("标准箱。", "标准箱"), ("分贝以内。", "分贝"),
])
def test_short_new_word_where_a_unit_is_expected(after: str, unit: str) -> None:
    """After a comparator, a short word up to a boundary is a unit no list needs to name."""
    got = read_unit(after, expected=True)
    assert got is not None
    assert got.name == unit


@pytest.mark.parametrize("after", [
    "学时。",           # a new word is taken only where a unit is expected
])
def test_new_word_needs_a_target_context(after: str) -> None:
    """Without a comparator or planning verb before the number, an unknown word is no unit."""
    assert read_unit(after, expected=False) is None


@pytest.mark.parametrize("after", [
    "期。", "轮。", "级。", "批。", "月。", "成。", "星级。",  # the stop-list
    "残疾人家庭。",                                            # a noun, not a unit
    "人民币。",                                                # 人 starts a word
    "部门。",                                                  # 部 starts a word
    "支持。",                                                  # 支 starts a word
])
def test_never_units(after: str) -> None:
    """Stop-listed words, long nouns and words that start with a measure word are not units."""
    assert read_unit(after, expected=True) is None


def test_expects_unit_after_comparators_and_planning_verbs() -> None:
    """A comparator word or a verb that plans an amount makes a unit expected."""
    assert expects_unit("培训时间不少于")
    assert expects_unit("每年培训")
    assert not expects_unit("为")


@pytest.mark.parametrize(("text", "value", "unit", "comparator", "approximate"), [
    ("达标率达到百分之九十。", 90, "%", "reach", False),
    ("覆盖率提高到百分之七十五点五左右。", 75.5, "%", "raise_to", True),
    ("达标率达到百分之九十以上。", 90, "%", "at_least", False),
    ("设施达标率达到百分之百。", 100, "%", "reach", False),
    ("不良率控制在千分之三以内。", 3, "‰", "at_most", False),
    ("办结率不低于百分之95。", 95, "%", "at_least", False),
    ("生态流量不低于12.5立方米每秒。", 12.5, "立方米每秒", "at_least", False),
    ("人员配置达到8人/万人。", 8, "人/万人", "reach", False),
    ("每年培训不少于72学时。", 72, "学时", "at_least", False),
    ("平均照护时间不少于10小时每周。", 10, "小时每周", "at_least", False),
    ("巡回服务达到3000台次。", 3000, "台次", "reach", False),
    ("应当在7个工作日内作出决定。", 7, "个工作日", "at_most", False),
])
def test_targets_in_new_units_and_written_percentages(text: str, value: float, unit: str,
                                                      comparator: str, approximate: bool) -> None:
    """百分之… is a percentage (value, unit %); compound and new units give whole targets."""
    found = find_targets(text)
    assert [(f.value, f.unit, f.comparator, f.approximate) for f in found] == [
        (value, unit, comparator, approximate)]


def test_new_units_are_flagged() -> None:
    """A unit outside the known list is flagged new; a listed one is not."""
    found = find_targets("流量不低于12.5立方米每秒，覆盖率达到90%。")
    assert [(f.unit, f.new_unit) for f in found] == [("立方米每秒", True), ("%", False)]
    assert "立方米每秒" not in vocab.UNITS


@pytest.mark.parametrize(("text", "skipped"), [
    ("用3至5年时间完成改造。", "3至5年"),
    ("用三到五年时间完成改造。", "三到五年"),
    ("服务年限延长至3－5年。", "3－5年"),
    ("每个乡镇建成1至2所儿童之家。", "1至2所"),
    ("比例提高到30%～50%。", "30%～50%"),
    ("期限缩短3年至5年。", "3年至5年"),
    ("达标率提高到百分之八十到百分之九十。", "百分之八十到百分之九十"),
])
def test_ranges_are_skipped_candidates(text: str, skipped: str) -> None:
    """A range where a target is expected is no target but a skipped candidate, as written."""
    found, skips = find_candidates(text)
    assert found == []
    assert [(s.text, s.reason) for s in skips] == [(skipped, "range")]


@pytest.mark.parametrize("text", [
    "保障3－6岁儿童入园。",                 # a range that describes who, not a target
    "实施《规划（2031－2035年）》。",        # a period in a name
    "2031－2035年是关键时期。",             # a period
])
def test_ranges_outside_target_context_are_silent(text: str) -> None:
    """Periods and descriptive ranges are neither targets nor reported."""
    assert find_candidates(text) == ([], [])


def test_number_after_comparator_without_unit_is_reported() -> None:
    """达到100 with nothing that reads as a unit is a skipped candidate, not a silent drop."""
    found, skips = find_candidates("综合指数达到100。")
    assert found == []
    assert [(s.text, s.reason) for s in skips] == [("100", "no unit")]


def test_fraction_is_a_skipped_candidate() -> None:
    """降低三分之一 cannot be stated as value + unit: reported as a fraction, not dropped."""
    found, skips = find_candidates("发生率降低三分之一。")
    assert found == []
    assert [(s.text, s.reason) for s in skips] == [("三分之一", "fraction")]


@pytest.mark.parametrize("text", ["开展1对1帮扶。", "师生比达到1比18。", "保障一日三餐。"])
def test_ratios_and_named_sets_are_not_targets(text: str) -> None:
    """1对1 and 1比18 are ratios, 三餐 a named set: no target, no new unit."""
    assert find_targets(text) == []


def test_joined_month_or_term() -> None:
    """元每人每月 and 次/学期 stay whole: a month or a term is a unit after 每 or /."""
    assert [(f.value, f.unit) for f in find_targets("补贴标准达到100元每人每月。")] == [
        (100, "元每人每月")]
    assert [(f.value, f.unit) for f in find_targets("辅导不少于2次/学期。")] == [
        (2, "次/学期")]


@pytest.mark.parametrize(("text", "value", "unit", "comparator"), [
    ("覆盖率达到９０％。", 90, "％", "reach"),                 # full-width digits
    ("综合能耗降低１２．５％。", 12.5, "％", "reduce_by"),     # and a full-width point
    ("各类学校每年至少开展一次法治教育。", 1, "次", "at_least"),  # 一 after a comparator
    ("带薪护理假不少于一个月。", 1, "个月", "at_least"),
    ("服务覆盖率达95%。", 95, "%", "reach"),                 # 达 right before the number
    ("职工培训不少于两个学时。", 2, "个学时", "at_least"),     # 个 + a time noun
])
def test_more_ways_of_writing_a_target(text: str, value: float, unit: str,
                                       comparator: str) -> None:
    """Full-width numbers, 一 after a comparator, 达 alone and 个学时 give whole targets."""
    assert [(f.value, f.unit, f.comparator) for f in find_targets(text)] == [
        (value, unit, comparator)]


@pytest.mark.parametrize("text", ["建设一所学校。", "整体水平达到一般水平。",
                                  "形成一批特色学科。"])
def test_one_is_an_article_without_a_comparator(text: str) -> None:
    """一 is an article unless a comparator comes right before it; after 一 no new unit."""
    assert find_targets(text) == []


def test_da_inside_a_word_is_no_comparator() -> None:
    """发达 and 达标 do not make a comparator or a context for new units."""
    assert not expects_unit("发达地区")
    assert expects_unit("覆盖率达")


@pytest.mark.parametrize(("text", "unit"), [
    ("每名教师每年培训不少于72学时完成轮训。", "学时"),
    ("学生修读不少于2学分用于人权课程。", "学分"),
])
def test_a_verb_ends_a_new_unit(text: str, unit: str) -> None:
    """A new unit runs up to a verb after it, not on into the verb (72学时 / 完成轮训)."""
    assert [f.unit for f in find_targets(text)] == [unit]


@pytest.mark.parametrize(("clause", "expected"), [
    ("节约用水", False), ("利用卫星", False), ("用", True), ("每年", True), ("建设", True),
    ("每年新建", True),
])
def test_one_character_planning_words_count_only_before_the_number(clause: str,
                                                                    expected: bool) -> None:
    """用, 约 and 每年 make a unit expected only right before the number (节约, 利用 do not)."""
    assert expects_unit(clause) is expected
