"""Measure clozes: key numbers first, then key terms, then the title; never empty."""

from __future__ import annotations

import re

from edu.content import Plan
from edu.decks.cloze import escape
from edu.decks.cloze import key_terms
from edu.decks.cloze import measure_cloze

ORDINAL = re.compile(r"\{\{c(\d+)::")
EMPTY = re.compile(r"\{\{c\d+::\s*\}\}")


def _cloze(plan: Plan, lesson_id: str, measure_id: str):  # type: ignore[no-untyped-def]
    lesson = plan.lesson(lesson_id)
    return measure_cloze(lesson.measure(measure_id), lesson, plan.glossary)


def test_every_measure_has_a_cloze_in_both_languages(shipped_plan: Plan) -> None:
    """Each measure gets 1+ deletions, numbered 1..n alike in the Chinese and English text."""
    for lesson in shipped_plan.lessons:
        for m in lesson.measures:
            cloze = measure_cloze(m, lesson, shipped_plan.glossary)
            expected = {str(n) for n in range(1, cloze.count + 1)}
            assert cloze.count >= 1
            assert set(ORDINAL.findall(cloze.text)) == expected, m.id
            assert set(ORDINAL.findall(cloze.text_en)) == expected, m.id
            assert not EMPTY.search(cloze.text), m.id
            assert not EMPTY.search(cloze.text_en), m.id


def test_targets_are_clozed_as_written(shipped_plan: Plan) -> None:
    """A measure with targets hides each value and unit as the source writes it, in order."""
    cloze = _cloze(shipped_plan, "health", "youth-health-fitness")
    assert cloze.kind == "numbers"
    assert cloze.count == 3
    assert cloze.text == ("青少年体质达标率不低于{{c1::90%}}，青年学生近视检出率初中生不高于"
                          "{{c2::65%}}、高中生不高于{{c3::75%}}。")
    assert "at most {{c2::65%}}" in cloze.text_en
    housing = _cloze(shipped_plan, "living-standards", "housing-safety-assurance")
    assert "{{c1::三年}}左右" in housing.text  # a Chinese numeral, as written
    assert "about {{c1::3 years}}" in housing.text_en


def test_equal_values_in_two_sentences_get_their_own_clozes(shipped_plan: Plan) -> None:
    """Two targets of 20个 in different sentences are hidden separately, in reading order."""
    cloze = _cloze(shipped_plan, "health", "public-health-system")
    assert cloze.count == 3
    assert cloze.text == ("升级改造{{c1::20个}}国家重大传染病防控救治基地。"
                          "依托现有疾控机构建设{{c2::15个}}左右区域公共卫生中心。"
                          "升级改造{{c3::20个}}国家紧急医学救援基地。")


def test_terms_when_there_is_no_number(shipped_plan: Plan) -> None:
    """Without targets, the lesson's key terms in the measure are hidden (not units)."""
    cloze = _cloze(shipped_plan, "health", "medical-service-network")
    assert cloze.kind == "terms"
    assert cloze.text == "加快建设{{c1::分级诊疗}}体系，积极发展医疗联合体。"
    assert "{{c1::tiered diagnosis and treatment}}" in cloze.text_en
    lesson = shipped_plan.lesson("living-standards")
    terms = {t.term for t in key_terms(lesson, shipped_plan.glossary)}
    assert "公租房" in terms
    assert not terms & {"年", "亩", "亿", "立方米"}
    housing = _cloze(shipped_plan, "living-standards", "housing-support-system")
    assert housing.kind == "terms"
    assert "{{c1::公租房}}" in housing.text
    assert housing.count == 1


def test_title_as_last_resort(shipped_plan: Plan) -> None:
    """A measure with neither a number nor a key term hides its title above its text."""
    cloze = _cloze(shipped_plan, "living-standards", "transport-conditions")
    assert cloze.kind == "title"
    assert cloze.count == 1
    assert cloze.text.startswith("{{c1::优化交通条件}}。推动干线铁路建设")
    assert cloze.text_en.endswith("{{c1::Improve transport links}}")


def test_escape_defuses_markup_and_cloze_syntax() -> None:
    """Content text can never open a tag or a cloze of its own."""
    assert escape("<b>a & b</b>") == "&lt;b&gt;a &amp; b&lt;/b&gt;"
    assert "{{" not in escape("{{c1::x}}")
    assert "::" not in escape("a::b")
