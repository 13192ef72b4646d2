"""Ingest generalises: five plan texts in the layout, each hand-labelled, come out right.

The texts in ``data/`` were written for these tests (their wording is our own) and laid out
like the shared source with different quirks: GB18030 at 20 characters a line with a number
split over a line break (a); UTF-8 with a BOM, CRLF, trailing spaces, a title page and a table
of contents at 30 a line (b); no title, no 编制 sentence and no blank lines between many
paragraphs at 16 a line (c); other target wordings at 22 a line (d); GBK without a 导言 heading,
a short title in “” and a 编制 sentence without 发布 at 26 a line (e). Page breaks fall wherever
a page ends, inside sentences and at their ends. The expectations below were labelled by
reading the texts before running the ingest on them; (d) and (e) were written after the
extractor, as blind checks, and the gaps they showed were fixed in general form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.content import Plan
from edu.content import check
from edu.ingest.draft import build_draft

DATA = Path(__file__).parent / "data"

#: name → (parts: [(title, [(lesson title, measure count)])], principles, goal count,
#:         targets: [(lesson title, value, unit, comparator, approximate)])
EXPECTED: dict[str, tuple[list[tuple[str, list[tuple[str, int]]]], list[str], int,
                          list[tuple[str, float, str, str, bool]]]] = {
    "plan-a-gb18030.txt": (
        [("环境权利", [("污染防治", 3), ("生态环境信息公开", 0), ("应对气候变化", 2)]),
         ("特定群体权益保障", [("儿童权益", 3), ("老年人权益", 2), ("残疾人权益", 2)]),
         ("实施、监督和评估", [])],
        ["依法推进", "协调推进", "务实推进", "平等推进", "合力推进"], 4,
        [("污染防治", 10, "%", "reduce_by", False), ("污染防治", 87.5, "%", "reach", False),
         ("污染防治", 85, "%", "reach", True), ("污染防治", 95, "%", "at_least", False),
         ("污染防治", 93, "%", "at_least", False), ("污染防治", 200, "个", "reach", False),
         ("应对气候变化", 18, "%", "reduce_by", False),
         ("应对气候变化", 25, "%", "raise_to", False),
         ("应对气候变化", 190, "亿立方米", "reach", False),
         ("儿童权益", 5, "‰", "at_most", False), ("儿童权益", 6.5, "‰", "at_most", False),
         ("儿童权益", 4.5, "个", "reach", False), ("儿童权益", 2000, "所", "reach", False),
         ("老年人权益", 55, "%", "raise_to", False), ("老年人权益", 30, "万户", "reach", False),
         ("残疾人权益", 97, "%", "at_least", False),
         ("残疾人权益", 100, "万人", "increase_by", False)],
    ),
    "plan-b-bom-crlf.txt": (
        [("公民权利和政治权利", [("获得公正审判的权利", 3), ("知情权和参与权", 2)]),
         ("人权教育和研究", [("学校人权教育", 2), ("人权知识培训", 2)]),
         ("参与全球人权治理", [])],
        ["坚持依法推进", "坚持统筹推进", "坚持开放推进", "坚持共享推进"], 3,
        [("获得公正审判的权利", 60, "天", "at_most", False),
         ("获得公正审判的权利", 98, "%", "at_least", False),
         ("获得公正审判的权利", 5, "万人次", "about", False),
         ("获得公正审判的权利", 20, "%", "increase_by", False),
         ("知情权和参与权", 100, "%", "reach", False),
         ("知情权和参与权", 30, "日", "at_least", False),
         ("学校人权教育", 15, "个", "reach", False),
         ("学校人权教育", 2000, "名", "at_least", False),
         ("人权知识培训", 90, "%", "reach", False), ("人权知识培训", 3, "年", "at_most", False),
         ("人权知识培训", 20, "万名", "reach", False)],
    ),
    "plan-c-narrow.txt": (
        [("经济、社会和文化权利", [("工作权利", 3), ("社会保障权利", 2), ("受教育权", 0)]),
         ("公民权利和政治权利", [("人身权利", 2), ("获得公正审判的权利", 1)])],
        ["依法推进", "全面推进", "务实推进"], 2,
        [("工作权利", 5000, "万人", "increase_by", False), ("工作权利", 5, "%", "at_most", False),
         ("工作权利", 3000, "万人次", "at_least", False),
         ("社会保障权利", 95, "%", "raise_to", False),
         ("社会保障权利", 100, "元", "raise_to", False),
         ("人身权利", 24, "小时", "at_most", False),
         ("获得公正审判的权利", 92.5, "%", "reach", False),
         ("获得公正审判的权利", 80, "%", "raise_to", True)],
    ),
    "plan-d-phrasing.txt": (
        [("经济、社会和文化权利", [("健康权利", 4), ("基本生活水准权利", 3)]),
         ("公民权利和政治权利", [("获得公正审判的权利", 3)])],
        ["依法推进", "协调推进", "务实推进", "平等推进", "合力推进", "智慧推进", "开放推进"], 3,
        [("健康权利", 14.5, "/10万", "at_most", False), ("健康权利", 5.2, "‰", "at_most", False),
         ("健康权利", 6.6, "‰", "at_most", False), ("健康权利", 1, "岁", "increase_by", False),
         ("健康权利", 90, "%", "raise_to", True), ("健康权利", 38.5, "%", "reach", False),
         ("健康权利", 1000, "所", "reach", False), ("健康权利", 1, "所", "at_least", False),
         ("基本生活水准权利", 6, "%", "increase_by", False),
         ("基本生活水准权利", 650, "万套", "reach", False),
         ("基本生活水准权利", 2, "年", "at_most", False),
         ("基本生活水准权利", 90, "%", "at_least", False),
         ("获得公正审判的权利", 3000, "万件", "at_least", False),
         ("获得公正审判的权利", 2, "次", "at_least", False),
         ("获得公正审判的权利", 1.5, "亿元", "at_least", False),
         ("获得公正审判的权利", 5, "个百分点", "increase_by", False)],
    ),
    "plan-e-gbk-no-heading.txt": (
        [("经济、社会和文化权利",
          [("基本生活水准权利", 3), ("社会保障权利", 2), ("受教育权利", 2)]),
         ("少数民族、妇女、儿童、老年人和残疾人的权利", [("少数民族权利", 1), ("残疾人权利", 2)])],
        ["依法推进原则", "全面推进原则", "务实推进原则"], 2,
        [("基本生活水准权利", 3600, "万套", "reach", False),
         ("基本生活水准权利", 20, "%", "reach", True),
         ("基本生活水准权利", 800, "万户", "reach", False),
         ("基本生活水准权利", 2.98, "亿人口", "reach", False),
         ("基本生活水准权利", 80, "%", "raise_to", False),
         ("社会保障权利", 8.89, "亿人", "reach", False),
         ("社会保障权利", 360, "元", "at_least", False),
         ("受教育权利", 70, "%", "reach", False), ("受教育权利", 3, "万所", "at_least", False),
         ("受教育权利", 93, "%", "reach", False), ("少数民族权利", 1000, "所", "reach", False),
         ("残疾人权利", 1300, "万", "reach", False),
         ("残疾人权利", 5, "个百分点", "increase_by", False),
         ("残疾人权利", 100, "个", "reach", False)],
    ),
}


def _draft(name: str) -> Plan:
    return build_draft((DATA / name).read_bytes(), name).plan


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_structure(name: str) -> None:
    """Parts, lessons and measure counts equal the hand-labelled structure."""
    plan = _draft(name)
    got = [(p.title, [(plan.lesson(i).title, len(plan.lesson(i).measures)) for i in p.lessons])
           for p in plan.parts]
    assert got == EXPECTED[name][0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_principles_and_goals(name: str) -> None:
    """Principles (by name, in order) and the number of goals equal the labels."""
    intro = _draft(name).introduction
    assert [p.name for p in intro.principles] == EXPECTED[name][1]
    assert len(intro.goals) == EXPECTED[name][2]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_targets(name: str) -> None:
    """Targets (lesson, value, unit, comparator, approximate) equal the labels exactly."""
    plan = _draft(name)
    got = [(plan.lesson(t.lesson).title, t.value, t.unit, t.comparator, t.approximate)
           for t in plan.targets]
    assert sorted(got, key=repr) == sorted(EXPECTED[name][3], key=repr)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_drafts_validate(name: str) -> None:
    """Every draft passes edu's validator (English warnings only)."""
    assert check(_draft(name)).errors == []


def test_page_break_at_a_sentence_end_keeps_the_goal_whole() -> None:
    """(a) A page break after a goal's full line ending in 。 does not cut the goal."""
    goals = _draft("plan-a-gb18030.txt").introduction.goals
    assert goals[1].text == ("加强对特定群体权益的保障。完善儿童、老年人和残疾人权益保障的法律"
                             "和政策体系。推动公共服务向特定群体倾斜。")


def test_baselines_in_the_texts() -> None:
    """(a) 比2025年下降18% has a baseline year; (c) 从70元提高到100元 a baseline value."""
    a = next(t for t in _draft("plan-a-gb18030.txt").targets if t.value == 18)
    assert a.baseline is not None
    assert a.baseline.year == 2025
    c = next(t for t in _draft("plan-c-narrow.txt").targets if t.unit == "元")
    assert c.baseline is not None
    assert (c.baseline.value, c.baseline.unit) == (70, "元")


def test_metadata_of_the_texts() -> None:
    """Titles and periods where the text gives them; noted stand-ins where it does not."""
    b = build_draft((DATA / "plan-b-bom-crlf.txt").read_bytes(), "b.txt")
    info = b.plan.info
    assert (info.title, info.start, info.end, info.short_title) == (
        "国家人权行动计划（2032－2036年）", 2032, 2036, "计划")
    assert info.compiled_by == info.published_by == "国务院新闻办公室"
    assert any("reviewed_by" in note for note in b.notes)
    c = build_draft((DATA / "plan-c-narrow.txt").read_bytes(), "c.txt")
    assert (c.plan.info.start, c.plan.info.end) == (0, 0)
    assert any("plan.title" in note for note in c.notes)
