"""Ingest finds targets in units no list names, line-broken numbers, 百分之… and ranges.

Seven more plan texts of our own in ``data/`` (plan-f … plan-l), in the source's layout with
different quirks, written for issue 16 and hand-labelled before the ingest was run on them:

* f, environment (UTF-8, 20 characters a line, a blank line after every paragraph): 微克/立方米,
  分贝, 立方米每秒, 吨标准煤; a number split inside ("2" / "5") and one whose unit starts the next
  line after a trailing space ("12.5 " / "立方米每秒"); 百分之 / 九十 split over a line.
* g, specific groups (GB18030, 22 a line, a title page, no 导言, blank lines only as page
  breaks, one inside "5 " / "" / "天"): 人/万人 split at the slash, 台次, 小时每周, 百分之百,
  延长至 with a baseline, 再延长, a range 1至2所.
* h, human rights education (UTF-8 with BOM, CRLF, 18 a line): 门, 课时, 学时, 学分 (words no list
  holds), 百分之七十五 / 点五 split, a range 三到五年, a date 12月4日.
* i, living standards (UTF-8, 15 a line, no blank lines but one page break): 千伏安, numbers split
  inside ("1" / "0－15", "2" / "0%"), a range 10－15个 after 扩大到, “十五五” in quotes.
* j, justice (UTF-8, 24 a line, paragraphs indented with ideographic spaces, a tab before
  以下): 个工作日 (twice, with 内 and without), 再缩短 3至5天, 压减至.
* k, mixed (UTF-8, 26 a line, no spaces around numbers, a Chinese-numeral year 二〇五五年):
  written and labelled after the recogniser, as a blind check; it passed unchanged. Units
  万立方米/日, 升每人每日, 张/千人, 工时, 场次, 小时/天, 次/年; wordings 下降, 再提高,
  提高到每人每月.
* l, names and Chinese numerals (UTF-8, 23 a line, no blank lines), also labelled blind and
  passed unchanged: “五位一体”, 第十四个五年规划, 二〇三五年, 二级以上, 12345 热线, 第一责任人
  are no targets; 新建三千所, 20万场次以上, 三年至五年 and 百分之二十至百分之三十 (ranges).

Each text also holds what is never a target: years, periods, plan names, ordinals (第三轮,
第二批, 第四卷), section numbers, descriptions (65周岁以上, 3岁以下), age limits (年满16周岁),
dates and vague amounts (一批, 近五年).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.content import Plan
from edu.content import check
from edu.ingest.draft import Draft
from edu.ingest.draft import build_draft

DATA = Path(__file__).parent / "data"

Label = tuple[str, float, str, str, bool]  # lesson title, value, unit, comparator, approximate

#: name → (lesson titles, targets, new units, skipped (kind, as written, lesson title))
EXPECTED: dict[str, tuple[list[str], list[Label], list[str], list[tuple[str, str, str]]]] = {
    "plan-f-environment.txt": (
        ["污染防治", "应对气候变化", "环境信息公开"],
        [("污染防治", 25, "微克/立方米", "at_most", False),
         ("污染防治", 90, "%", "at_least", False),
         ("污染防治", 45, "分贝", "at_most", False),
         ("污染防治", 85, "%", "raise_to", False),
         ("污染防治", 12.5, "立方米每秒", "at_least", False),
         ("污染防治", 6, "万平方公里", "increase_by", False),
         ("应对气候变化", 13.5, "%", "reduce_by", True),
         ("应对气候变化", 0.35, "吨标准煤", "at_most", False),
         ("应对气候变化", 2, "亿千瓦", "increase_by", False),
         ("应对气候变化", 80, "%", "reach", False)],
        ["微克/立方米", "分贝", "立方米每秒", "吨标准煤"],
        [("range", "3至5年", "应对气候变化")],
    ),
    "plan-g-groups-gb18030.txt": (
        ["残疾人权益", "老年人权益", "儿童权益"],
        [("残疾人权益", 95, "%", "at_least", False),
         ("残疾人权益", 8, "人/万人", "reach", False),
         ("残疾人权益", 3000, "台次", "reach", False),
         ("残疾人权益", 100, "%", "reach", False),
         ("残疾人权益", 5000, "辆", "increase_by", False),
         ("老年人权益", 60, "%", "raise_to", False),
         ("老年人权益", 35, "张", "at_least", False),
         ("老年人权益", 10, "小时每周", "at_least", False),
         ("老年人权益", 5, "天", "extend_by", False),
         ("儿童权益", 4.5, "‰", "at_most", False),
         ("儿童权益", 15, "年", "extend_to", False)],
        ["人/万人", "台次", "小时每周"],
        [("range", "1至2所", "儿童权益")],
    ),
    "plan-h-education-bom-crlf.txt": (
        ["学校人权教育", "人权知识培训", "人权研究"],
        [("学校人权教育", 2, "门", "at_least", False),
         ("学校人权教育", 16, "课时", "at_least", False),
         ("学校人权教育", 24, "学时", "at_least", False),
         ("学校人权教育", 2, "学分", "at_least", False),
         ("人权知识培训", 75.5, "%", "reach", False),
         ("人权知识培训", 10, "个", "increase_by", False),
         ("人权知识培训", 5000, "万人次", "reach", True),
         ("人权研究", 50, "项", "at_least", False)],
        ["门", "课时", "学时", "学分"],
        [("range", "三到五年", "人权知识培训")],
    ),
    "plan-i-narrow-living.txt": (
        ["基本生活水准权利", "社会保障权利", "工作权利", "人身权利"],
        [("基本生活水准权利", 30, "万公里", "reach", False),
         ("基本生活水准权利", 100, "%", "reach", False),
         ("基本生活水准权利", 6, "%", "increase_by", False),
         ("基本生活水准权利", 3, "千伏安", "raise_to", False),
         ("基本生活水准权利", 92, "%", "raise_to", False),
         ("基本生活水准权利", 9, "%", "at_most", False),
         ("基本生活水准权利", 600, "万套", "reach", False),
         ("社会保障权利", 20, "元", "increase_by", False),
         ("社会保障权利", 2000, "万人", "increase_by", False),
         ("社会保障权利", 95, "%", "reach", True),
         ("工作权利", 5.5, "%", "at_most", False),
         ("工作权利", 2000, "万人次", "at_least", False),
         ("工作权利", 80, "%", "reach", False),
         ("工作权利", 44, "小时", "at_most", False),
         ("人身权利", 20, "%", "at_most", False)],
        ["千伏安"],
        [("range", "10－15个", "工作权利")],
    ),
    "plan-j-justice-indented.txt": (
        ["人身权利", "获得公正审判的权利", "知情权和参与权"],
        [("人身权利", 24, "小时", "at_most", False),
         ("人身权利", 20, "%", "at_most", False),
         ("人身权利", 48, "小时", "at_most", False),
         ("获得公正审判的权利", 60, "天", "at_most", False),
         ("获得公正审判的权利", 50, "万件", "increase_by", False),
         ("获得公正审判的权利", 7, "个工作日", "at_most", False),
         ("获得公正审判的权利", 98, "%", "at_least", False),
         ("获得公正审判的权利", 30, "%", "reach", True),
         ("知情权和参与权", 30, "日", "at_least", False),
         ("知情权和参与权", 15, "个工作日", "at_most", False),
         ("知情权和参与权", 95, "%", "reach", True),
         ("知情权和参与权", 40, "%", "reduce_by", False)],
        ["个工作日"],
        [("range", "3至5天", "获得公正审判的权利")],
    ),
    "plan-k-blind-mixed.txt": (
        ["生态保护", "资源循环利用", "老年人权益", "残疾人权益", "心理健康服务"],
        [("生态保护", 25.5, "%", "reach", True),
         ("生态保护", 3600, "万亩", "increase_by", False),
         ("生态保护", 1000, "公里", "reach", False),
         ("生态保护", 3, "万立方米/日", "reach", False),
         ("生态保护", 120, "升每人每日", "at_least", False),
         ("生态保护", 16, "%", "reduce_by", False),
         ("资源循环利用", 35, "%", "at_least", False),
         ("资源循环利用", 200, "万个", "increase_by", False),
         ("资源循环利用", 500, "万吨", "reach", False),
         ("老年人权益", 1000, "万张", "reach", False),
         ("老年人权益", 6.5, "张/千人", "reach", False),
         ("老年人权益", 40, "工时", "at_least", False),
         ("老年人权益", 30, "场次", "at_least", False),
         ("残疾人权益", 200, "学时", "at_least", False),
         ("残疾人权益", 5, "万册", "reach", False),
         ("残疾人权益", 3, "万辆", "reach", False),
         ("残疾人权益", 95, "%", "at_least", False),
         ("残疾人权益", 8, "小时/天", "at_least", False),
         ("残疾人权益", 300, "元", "raise_to", False),
         ("残疾人权益", 50, "元", "increase_by", False),
         ("心理健康服务", 85, "%", "at_least", False),
         ("心理健康服务", 2, "名", "reach", False),
         ("心理健康服务", 2, "次/年", "reach", False),
         ("心理健康服务", 8, "%", "increase_by", True)],
        ["万立方米/日", "升每人每日", "张/千人", "工时", "场次", "学时", "小时/天", "次/年"],
        [("range", "1至3个月", "残疾人权益")],
    ),
    "plan-l-blind-names.txt": (
        ["健康权利", "文化权利", "受教育权利", "人身权利"],
        [("健康权利", 3.2, "人", "reach", False),
         ("健康权利", 27, "%", "at_most", False),
         ("健康权利", 70, "%", "raise_to", True),
         ("健康权利", 3000, "所", "reach", False),
         ("健康权利", 1, "所", "at_least", False),
         ("文化权利", 20, "万场次", "at_least", False),
         ("文化权利", 1.5, "册", "reach", False),
         ("文化权利", 56, "小时", "extend_to", False),
         ("受教育权利", 90, "%", "at_least", False),
         ("受教育权利", 96, "%", "at_least", False),
         ("受教育权利", 60, "分钟", "at_most", False),
         ("受教育权利", 9, "小时", "at_least", False),
         ("受教育权利", 30, "亿元", "increase_by", True),
         ("人身权利", 3, "个工作日", "at_most", False)],
        ["万场次", "个工作日"],
        [("range", "三年至五年", "文化权利"), ("range", "百分之二十至百分之三十", "受教育权利")],
    ),
}


def _draft(name: str) -> Draft:
    return build_draft((DATA / name).read_bytes(), name)


def _title(plan: Plan, lesson_id: str) -> str:
    return plan.lesson(lesson_id).title


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lessons(name: str) -> None:
    """The sections of the text become the labelled lessons, in order."""
    plan = _draft(name).plan
    assert [lesson.title for lesson in plan.lessons] == EXPECTED[name][0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_target_and_nothing_else(name: str) -> None:
    """Targets (lesson, value, unit, comparator, approximate) equal the hand labels exactly:
    every target is found, and no year, period, name, ordinal or description is."""
    plan = _draft(name).plan
    got = [(_title(plan, t.lesson), t.value, t.unit, t.comparator, t.approximate)
           for t in plan.targets]
    assert sorted(got, key=repr) == sorted(EXPECTED[name][1], key=repr)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_new_units_are_reported(name: str) -> None:
    """Each unit outside the known list is reported once, in the order first seen."""
    draft = _draft(name)
    assert [c.text for c in draft.checks if c.kind == "new unit"] == EXPECTED[name][2]
    for unit in EXPECTED[name][2]:
        assert any(f"new unit {unit} " in note for note in draft.notes)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ranges_are_reported_not_dropped(name: str) -> None:
    """A range where a target is expected is a skipped candidate with its lesson, not silence."""
    draft = _draft(name)
    got = [(c.kind, c.text, _title(draft.plan, c.lesson)) for c in draft.checks
           if c.kind != "new unit"]
    assert got == EXPECTED[name][3]
    assert any("skipped the range" in note for note in draft.notes)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_drafts_validate(name: str) -> None:
    """Every draft passes edu's validator, 百分之… and compound units included."""
    assert check(_draft(name).plan).errors == []


def test_baseline_of_an_extension() -> None:
    """(g) 从 12 年延长至 15 年: 15 年 extend_to with 12 年 as the baseline value."""
    plan = _draft("plan-g-groups-gb18030.txt").plan
    t = next(t for t in plan.targets if t.comparator == "extend_to")
    assert t.baseline is not None
    assert (t.value, t.unit, t.baseline.value, t.baseline.unit) == (15, "年", 12, "年")


def test_metrics_of_compound_units() -> None:
    """The metric names what is measured, not the unit: 重点河流生态流量 for 立方米每秒."""
    plan = _draft("plan-f-environment.txt").plan
    metric = {t.unit: t.metric for t in plan.targets}
    assert metric["立方米每秒"] == "重点河流生态流量"
    assert metric["吨标准煤"] == "重点行业单位产品综合能耗"
    assert metric["分贝"] == "城市功能区夜间噪声"
