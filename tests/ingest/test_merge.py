"""Merging a new text into curated content: the text decides, curated ids and English stay."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edu.content import Plan
from edu.content import Target
from edu.content import check
from edu.content import load_plan
from edu.ingest.draft import build_plan
from edu.ingest.merge import Change
from edu.ingest.merge import merge
from tests.conftest import CONTENT
from tests.content.test_layout import SOURCE

NEW_SECTION = """
（三）个人信息权益
加强个人信息保护，保障公民的个人信息权益。
——完善个人信息保护制度。制定个人信息保护法配套规
定，到 2025 年建设 10 个个人信息保护示范区。

——规范数据处理活动。处理个人信息应当具有明确、合
理的目的。数据安全监管覆盖率达到 95%以上。
"""


@pytest.fixture(scope="module")
def curated() -> Plan:
    return load_plan(CONTENT)


def _edited() -> str:
    item = "——打击和惩处强迫劳动。加强劳动者权益保护，\n依法惩处强迫劳动犯罪。\n\n"
    text = SOURCE.replace(item, "")
    text = text.replace("每年培训农民工\n700万人次。", "每年培训农民工\n800万人次。")
    assert text.count("800万人次") == 1
    assert "打击和惩处强迫劳动" not in text
    return text.rstrip() + "\n" + NEW_SECTION


def _signs(changes: list[Change]) -> list[tuple[str, str, str]]:
    return [(c.sign, c.kind, c.id) for c in changes]


def test_same_text_changes_nothing(curated: Plan) -> None:
    """Merging the curated content's own source gives the curated content, unchanged."""
    draft, _ = build_plan(SOURCE, "source/national-human-rights-action-plan-2021-2025.txt")
    merged, changes = merge(draft, curated)
    assert changes == []
    assert merged == curated


def test_new_changed_and_removed_items(curated: Plan) -> None:
    """A new section comes in, a changed number updates its target, a removed item goes."""
    draft, _ = build_plan(_edited(), "full.txt")
    merged, changes = merge(draft, curated)
    signs = _signs(changes)
    assert ("~", "measure", "migrant-worker-skills-training") in signs
    assert ("~", "target", "migrant-workers-trained-yearly") in signs
    assert ("-", "measure", "combat-forced-labor") in signs
    added = [c for c in changes if c.sign == "+"]
    assert [c.kind for c in added] == ["lesson", "measure", "measure", "target", "target"]
    assert ("~", "plan", "nhrap-2021-2025") in signs  # the source file changed
    assert check(merged).errors == []
    person = merged.part("civil-political")
    assert person.lessons[:2] == ("life", "person")
    assert len(person.lessons) == 3


def test_curated_english_and_ids_are_kept(curated: Plan) -> None:
    """Matched items keep their curated ids and English, even when their Chinese changed."""
    draft, _ = build_plan(_edited(), "full.txt")
    merged, _ = merge(draft, curated)
    work = merged.lesson("work")
    old_work = curated.lesson("work")
    assert (work.title_en, work.summary_en) == (old_work.title_en, old_work.summary_en)
    measure = work.measure("migrant-worker-skills-training")
    assert measure.title_en == old_work.measure("migrant-worker-skills-training").title_en
    assert "800万人次" in measure.text
    target = next(t for t in work.targets if t.id == "migrant-workers-trained-yearly")
    assert (target.value, target.metric_en) == (800, next(
        t.metric_en for t in old_work.targets if t.id == "migrant-workers-trained-yearly"))
    assert merged.glossary == curated.glossary
    assert merged.introduction.principles == curated.introduction.principles
    assert merged.lesson("health") == curated.lesson("health")


def test_new_items_get_draft_ids_and_empty_english(curated: Plan) -> None:
    """A section the curated content lacks comes in with content-derived ids, no English."""
    draft, _ = build_plan(_edited(), "full.txt")
    merged, _ = merge(draft, curated)
    new = merged.lessons[-1]
    assert new.title == "个人信息权益"
    assert new.id.startswith("lesson-")
    assert new.title_en == ""
    assert [(t.value, t.unit, t.comparator) for t in new.targets] == [
        (10, "个", "reach"), (95, "%", "at_least")]
    assert new.id == next(x.id for x in draft.lessons if x.title == "个人信息权益")


def test_terms_no_longer_in_their_lesson_are_dropped(curated: Plan) -> None:
    """A glossary term whose words left the lesson is removed and reported."""
    text = SOURCE.replace("以工代赈", "工程代赈")
    draft, _ = build_plan(text, "x.txt")
    merged, changes = merge(draft, curated)
    assert ("-", "term", "以工代赈") in _signs(changes)
    assert "以工代赈" not in [t.term for t in merged.lesson("work").terms]
    assert check(merged).errors == []


def test_curated_target_not_proposed_stays(curated: Plan) -> None:
    """A target a person added, which the extractor does not find, stays while stated."""
    work = curated.lesson("work")
    extra = Target("work-injury-plan-years", "work", "work-safety-management", "工伤预防",
                   "Years of the work-injury prevention plan", 5, "年", "reach", False, None,
                   "实施《工伤预防五年行动计划（2021－2025年）》。")
    with_extra = replace(curated, lessons=tuple(
        replace(x, targets=(*x.targets, extra)) if x is work else x for x in curated.lessons))
    draft, _ = build_plan(SOURCE, "source/national-human-rights-action-plan-2021-2025.txt")
    merged, changes = merge(draft, with_extra)
    assert changes == []
    assert extra in merged.lesson("work").targets


def test_renamed_section_is_a_new_lesson(curated: Plan) -> None:
    """A section whose title changed is a new lesson; the old one is reported removed."""
    draft, _ = build_plan(SOURCE.replace("（二）人身权利", "（二）人身自由权利"), "x.txt")
    merged, changes = merge(draft, curated)
    assert ("-", "lesson", "person") in _signs(changes)
    new = merged.lessons[-1]
    assert new.title == "人身自由权利"
    assert new.id != "person"
    # its measures were matched by title, so they keep their curated ids and English
    assert [m.id for m in new.measures] == [m.id for m in curated.lesson("person").measures]


def test_given_plan_id_renames_the_plan(curated: Plan) -> None:
    """--id when merging replaces the curated plan id, and says so."""
    draft, _ = build_plan(SOURCE, "source/national-human-rights-action-plan-2021-2025.txt")
    merged, changes = merge(draft, curated, "nhrap-full")
    assert merged.info.id == "nhrap-full"
    assert _signs(changes) == [("~", "plan", "nhrap-full")]


def test_change_lines_are_short() -> None:
    """A change prints as one line: sign, kind, id, a short label and detail."""
    line = str(Change("~", "measure", "m-1", "甲" * 50, "text"))
    assert line == "~ measure m-1: " + "甲" * 29 + "… (text)"
