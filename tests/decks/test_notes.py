"""The plan as notes: identity from content ids, decks, tags, and what each field says."""

from __future__ import annotations

import dataclasses
import html
import re

from edu.content import Plan
from edu.content.glossary import entries
from edu.content.model import INTRODUCTION
from edu.content.wording import goal_cue
from edu.content.wording import statement
from edu.decks.notes import plan_notes
from edu.decks.notetypes import NOTE_TYPES
from edu.ids import item_id


def test_one_note_per_item_in_study_order(shipped_plan: Plan) -> None:
    """Intro first (with the plan-wide glossary terms), then each lesson: overview, each
    measure's cloze before its targets, then the terms only that lesson lists."""
    notes = plan_notes(shipped_plan)
    keys = [n.key for n in notes]
    terms = entries(shipped_plan)
    assert len(keys) == len(set(keys)) == 1 + 6 + 7 + 9 + 56 + 31 + len(terms)
    assert {k for k in keys if k.startswith("term/")} == {f"term/{e.term}" for e in terms}
    assert keys.index("term/共同富裕") < keys.index("lesson/living-standards")
    assert keys.index("lesson/person") < keys.index("term/软暴力")
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
    assert (f["Baseline"], f["BaselineEn"]) == ("基线：16周岁", "Baseline: age 16")
    assert f["Source"].endswith("从16周岁延长至<b>18周岁</b>。")
    land = notes["target/arable-land-red-line"].fields
    assert land["Conversion"].startswith('<div class="source-en">“Keep to the strictest')
    assert land["Conversion"].endswith("1.8 billion mu ≈ 120 million hectares (1 mu = 1/15 ha)")
    cut = notes["target/chronic-disease-premature-mortality-cut"].fields
    assert (cut["Baseline"], cut["BaselineEn"]) == ("基线：2015年水平",
                                                    "Baseline: the 2015 level")
    injuries = {t.id: t for t in shipped_plan.targets}["key-industry-work-injury-rate"]
    assert statement(injuries).zh == "降低20%左右"
    assert notes["target/key-industry-work-injury-rate"].fields["ValueEn"] == (
        "about 20% lower")


def test_principles_and_goals(shipped_plan: Plan) -> None:
    """Principles cue their name; goals cue their verbatim first clause."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    p = notes["principle/law-based"].fields
    assert (p["Cue"], p["CueEn"], p["Text"]) == ("依法推进", "Progress under the rule of law",
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
    assert "<b>" not in overview.fields["Summary"]
    assert overview.fields["HeadingEn"] == "&lt;img src=x onerror=alert(1)&gt; &amp; Co"


def test_glossary_term_notes(shipped_plan: Plan) -> None:
    """A term note carries the term, its pinyin, English and note; its GUID comes from the
    term, so it survives any edit of the English."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    care = notes["term/长期护理保险"]
    assert care.guid == item_id("term", "长期护理保险")
    assert care.note_type == "term"
    f = care.fields
    assert (f["Term"], f["Pinyin"], f["TermEn"]) == ("长期护理保险", "cháng qī hù lǐ bǎo xiǎn",
                                                     "long-term care insurance")
    assert f["Note"]
    assert care.deck[-1] == shipped_plan.introduction.title
    soft = notes["term/软暴力"]
    assert soft.lesson == "person"
    assert soft.fields["LessonEn"] == shipped_plan.lesson("person").title_en


def test_english_fields_carry_the_full_english(shipped_plan: Plan) -> None:
    """English-only cards still teach the whole plan: the lesson lead, each measure's body and
    each target's sentence are in English fields, with no Chinese characters in them."""
    notes = {n.key: n for n in plan_notes(shipped_plan)}
    lesson = shipped_plan.lesson("health")
    assert html.escape(lesson.lead_en, quote=False) in notes["lesson/health"].fields["Summary"]
    for m in lesson.measures:
        assert html.escape(m.text_en, quote=False) in notes[f"measure/{m.id}"].fields["ExtraEn"]
    for t in lesson.targets:
        assert html.escape(t.source_en, quote=False) in notes[f"target/{t.id}"].fields[
            "Conversion"]
    for note in notes.values():
        nt = NOTE_TYPES[note.note_type]
        for name, lang in nt.fields:
            # glossary notes may quote the term they explain ("18亿亩 is 1.8 billion mu")
            # and a term cloze's English shows those notes
            if lang == "en" and name not in {"Note", "Glossary", "ExtraEn"}:
                text = note.fields[name]
                if name == "TextEn" and "{{c" in text and "::" in text:
                    text = text.split("—")[0]
                assert not re.search(r"[\u3400-\u9fff]", text), (note.key, name)
