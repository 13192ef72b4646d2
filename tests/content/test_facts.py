"""The shipped content holds exactly the plan's facts: a hand-labelled list pins them down."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content import load_plan
from tests.conftest import CONTENT
from tests.conftest import SHARED_SOURCE

#: Every quantitative target of the source, labelled by hand from the text:
#: (lesson, value, unit, comparator, approximate).
TARGETS = [
    ("living-standards", 18, "亿亩", "at_least", False),     # 严守18亿亩耕地红线
    ("living-standards", 10.75, "亿亩", "reach", False),     # 建成10.75亿亩高标准农田
    ("living-standards", 290, "亿立方米", "increase_by", False),  # 新增供水能力
    ("living-standards", 88, "%", "at_least", False),        # 自来水普及率88%以上
    ("living-standards", 3, "年", "about", True),            # 用三年左右时间
    ("work", 5.5, "%", "at_most", False),                    # 失业率5.5%以内
    ("work", 700, "万人次", "reach", False),                 # 每年培训农民工
    ("work", 20, "%", "reduce_by", True),                    # 工伤事故发生率降低20%左右
    ("social-security", 18, "周岁", "extend_to", False),     # 16周岁延长至18周岁
    ("property", 30, "年", "extend_by", False),              # 再延长30年
    ("health", 20, "个", "reach", False),                    # 传染病防控救治基地
    ("health", 15, "个", "about", True),                     # 区域公共卫生中心
    ("health", 20, "个", "reach", False),                    # 紧急医学救援基地
    ("health", 20, "%", "reach", False),                     # 示范区覆盖20%的县
    ("health", 20, "%", "reduce_by", False),                 # 过早死亡率降低20%
    ("health", 3.8, "人", "raise_to", False),                # 注册护士
    ("health", 3.93, "人", "reach", False),                  # 全科医生
    ("health", 90, "%", "reach", False),                     # 严重精神障碍患者管理率
    ("health", 90, "%", "at_least", False),                  # 体质达标率
    ("health", 65, "%", "at_most", False),                   # 初中生近视
    ("health", 75, "%", "at_most", False),                   # 高中生近视
    ("health", 30, "个", "about", True),                     # 中医药传承创新中心
    ("education", 90, "%", "at_least", False),               # 学前教育毛入园率
    ("education", 92, "%", "at_least", False),               # 高中阶段毛入学率
    ("education", 14, "年", "at_least", False),              # 受教育年限
    ("education", 60, "%", "raise_to", False),               # 高等教育毛入学率
    ("culture", 83, "%", "reach", False),                    # 国民综合阅读率
    ("culture", 300, "种", "reach", False),                  # 中华典籍
    ("culture", 20, "个", "reach", False),                   # 考古标本库房
    ("culture", 30, "个", "reach", False),                   # 文化生态保护区
    ("culture", 20, "个", "reach", False),                   # 非物质文化遗产馆
]

LESSONS = [
    ("living-standards", "economic-social-cultural", "基本生活水准权利", 8),
    ("work", "economic-social-cultural", "工作权利", 6),
    ("social-security", "economic-social-cultural", "社会保障权利", 2),
    ("property", "economic-social-cultural", "财产权益", 4),
    ("health", "economic-social-cultural", "健康权利", 11),
    ("education", "economic-social-cultural", "受教育权", 10),
    ("culture", "economic-social-cultural", "文化权利", 8),
    ("life", "civil-political", "生命权", 3),
    ("person", "civil-political", "人身权利", 4),
]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def test_lessons_parts_and_measure_counts(plan: Plan) -> None:
    """Nine lessons in the plan's order, in the right parts, with 56 measures in all."""
    got = [(x.id, x.part, x.title, len(x.measures)) for x in plan.lessons]
    assert got == LESSONS
    assert len(plan.measures) == 56


def test_every_target_and_nothing_else(plan: Plan) -> None:
    """The targets equal the hand-labelled list: value, unit, comparator and lesson."""
    got = [(t.lesson, t.value, t.unit, t.comparator, t.approximate) for t in plan.targets]
    assert sorted(got, key=repr) == sorted(TARGETS, key=repr)


def test_baselines(plan: Plan) -> None:
    """The two baselines the text gives: 16周岁 for the age limit, 2015 for premature deaths."""
    baselines = {(t.value, t.unit): t.baseline for t in plan.targets if t.baseline}
    assert len(baselines) == 2
    age = baselines[(18, "周岁")]
    assert age is not None
    assert (age.value, age.unit) == (16, "周岁")
    deaths = [t for t in plan.targets if t.baseline and t.baseline.year == 2015]
    assert len(deaths) == 1
    assert "过早死亡率" in deaths[0].metric


def test_no_year_period_or_ordinal_is_a_target(plan: Plan) -> None:
    """Years, the plan's period and ordinals never appear as targets."""
    for t in plan.targets:
        assert not (1900 <= t.value <= 2100), t
        assert t.unit not in ("年份", "期", "轮"), t


def test_principles_and_goals(plan: Plan) -> None:
    """The six basic principles in order, and the seven goals."""
    names = [p.name for p in plan.introduction.principles]
    assert names == ["依法推进", "协调推进", "务实推进", "平等推进", "合力推进", "智慧推进"]
    assert len(plan.introduction.goals) == 7
    assert plan.introduction.goals[0].text.startswith("将促进全体人民的自由全面共同发展")


def test_plan_metadata(plan: Plan) -> None:
    """Title, period and who compiled and published the plan."""
    info = plan.info
    assert info.title == "国家人权行动计划（2021－2025年）"
    assert (info.start, info.end) == (2021, 2025)
    assert info.compiled_by == "国务院新闻办公室和外交部"
    assert info.published_by == "国务院新闻办公室"


def test_every_gloss_is_present(plan: Plan) -> None:
    """Every part, lesson, measure, principle, goal, metric and term has English."""
    english = [p.title_en for p in plan.parts]
    english += [x.title_en for x in plan.lessons] + [x.summary_en for x in plan.lessons]
    english += [m.title_en for m in plan.measures] + [t.metric_en for t in plan.targets]
    english += [p.name_en for p in plan.introduction.principles]
    english += [p.text_en for p in plan.introduction.principles]
    english += [g.text_en for g in plan.introduction.goals]
    english += [t.term_en for x in plan.lessons for t in x.terms]
    assert all(e.strip() for e in english)
    assert all(x.terms for x in plan.lessons)


def test_units_are_explained(plan: Plan) -> None:
    """The plan-wide glossary explains 亩, 亿 and 万 for English readers."""
    notes = {t.term: t.note for t in plan.glossary}
    assert "1/15" in notes["亩"]
    assert "10⁸" in notes["亿"] or "100,000,000" in notes["亿"] or "hundred million" in notes["亿"]
    assert "10⁴" in notes["万"] or "10,000" in notes["万"] or "ten thousand" in notes["万"]


def test_source_is_a_byte_for_byte_copy() -> None:
    """content/source is the shared source, unchanged."""
    if not SHARED_SOURCE.is_dir():
        pytest.skip(f"{SHARED_SOURCE} is not beside this checkout")
    for original in SHARED_SOURCE.iterdir():
        assert (CONTENT / "source" / original.name).read_bytes() == original.read_bytes()
