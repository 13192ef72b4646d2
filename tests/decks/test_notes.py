"""The plan as notes: identity from content ids, decks, tags, and what each field says."""

from __future__ import annotations

import dataclasses
import re

from edu.content import Plan
from edu.content.wording import goal_cue, statement
from edu.decks.notes import INTRODUCTION, plan_notes
from edu.decks.notetypes import NOTE_TYPES
from edu.ids import item_id


def test_one_note_per_item_in_study_order(shipped_plan: Plan) -> None:
    """Intro first, then each lesson: overview, and each measure's cloze before its targets."""
    notes = plan_notes(shipped_plan)
    keys = [n.key for n in notes]
    assert len(keys) == len(set(keys)) == 1 + 6 + 7 + 9 + 56 + 31
    assert keys[:2] == [f"lesson/{INTRODUCTION}", "principle/law-based"]
    health = keys.index("lesson/health")
    assert keys[health + 1:health + 5] == [
        "measure/public-health-system", "target/infectious-disease-treatment-bases",
        "target/regional-public-health-centres", "target/emergency-medical-rescue-bases"]


def test_guids_come_from_content_ids_not_text(shipped_plan: Plan) -> None:
    """A note's GUID is item_id(kind, id), shared with the progress store, whatever its text."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    assert notes["target/rural-tap-water-coverage"].guid == item_id(
        "target", "rural-tap-water-coverage")
    lesson = shipped_plan.lesson("living-standards")
    changed = dataclasses.replace(lesson, targets=tuple(
        dataclasses.replace(t, metric_en="Something else entirely") for t in lesson.targets))
    plan = dataclasses.replace(shipped_plan, lessons=tuple(
        changed if x.id == lesson.id else x for x in shipped_plan.lessons))
    again = {n.key: n for n in plan_notes(plan)}
    assert again["target/rural-tap-water-coverage"].fields != notes[
        "target/rural-tap-water-coverage"].fields
    assert {k: n.guid for k, n in again.items()} == {k: n.guid for k, n in notes.items()}


def test_fields_decks_and_tags(shipped_plan: Plan) -> None:
    """Every note fills exactly its note type's fields and carries kind, lesson and part tags."""
    for note in plan_notes(shipped_plan):
        assert list(note.fields) == list(NOTE_TYPES[note.note_type].field_names)
        assert note.fields["Id"]
        assert not note.fields["Notice"]
        kind = note.key.split("/")[0]
        kind_tag = "overview" if kind == "lesson" else kind
        assert note.tags == (f"edu::kind::{kind_tag}", f"edu::lesson::{note.lesson}",
                             f"edu::part::{note.part}")
        assert note.deck[0] == "国家人权行动计划（2021－2025年）"
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    assert notes["target/rural-tap-water-coverage"].deck == (
        "国家人权行动计划（2021－2025年）", "一、经济、社会和文化权利", "（一）基本生活水准权利")
    assert notes["goal/global-governance"].deck == ("国家人权行动计划（2021－2025年）", "导言")


def test_target_fields(shipped_plan: Plan) -> None:
    """A target note states metric, lesson, value with comparator, baseline and its sentence."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    f = notes["target/extreme-poverty-support-minor-age"].fields
    assert f["Metric"] == "特困人员救助供养覆盖的未成年人年龄"
    assert f["Lesson"] == "（三）社会保障权利"
    assert (f["Value"], f["ValueEn"]) == ("从16周岁延长至18周岁",
                                          "extended from age 16 to age 18")
    assert (f["Baseline"], f["BaselineEn"]) == ("起点：16周岁", "from age 16")
    assert f["Source"].endswith("从16周岁延长至<b>18周岁</b>。")
    land = notes["target/arable-land-red-line"].fields
    assert land["Conversion"].startswith("1.8 billion mu ≈ 120 million hectares")
    cut = notes["target/chronic-disease-premature-mortality-cut"].fields
    assert cut["BaselineEn"] == "relative to the 2015 level"
    injuries = {t.id: t for t in shipped_plan.targets}["key-industry-work-injury-rate"]
    assert statement(injuries).zh == "降低20%左右"
    assert notes["target/key-industry-work-injury-rate"].fields["ValueEn"] == (
        "about 20% lower")


def test_principles_and_goals(shipped_plan: Plan) -> None:
    """Principles cue their name; goals cue their verbatim first clause."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    p = notes["principle/law-based"].fields
    assert (p["Cue"], p["CueEn"], p["Text"]) == ("依法推进", "Advance by law",
                                                 "依法推进，将人权事业纳入法治轨道")
    g = notes["goal/economic-social-cultural-rights"].fields
    assert g["Cue"] == "充分保障人民的经济社会文化权利"
    for goal in shipped_plan.introduction.goals:
        assert goal.text.startswith(goal_cue(goal).zh)
        assert goal_cue(goal).zh != goal.text


def test_content_is_escaped_in_fields(shipped_plan: Plan) -> None:
    """Field text from content is HTML-escaped; only the builder's own markup is HTML."""
    lesson = shipped_plan.lesson("work")
    evil = dataclasses.replace(lesson, title_en="<img src=x onerror=alert(1)> & Co")
    plan = dataclasses.replace(shipped_plan, lessons=tuple(
        evil if x.id == "work" else x for x in shipped_plan.lessons))
    for note in plan_notes(plan):
        for value in note.fields.values():
            assert "<img" not in value
            for tag in re.findall(r"</?([a-z]+)", value):
                assert tag in {"b", "br", "div", "li", "ol", "ul"}, value
    overview = {n.key: n for n in plan_notes(plan)}["lesson/work"]
    assert overview.fields["HeadingEn"] == "&lt;img src=x onerror=alert(1)&gt; &amp; Co"
