"""The learner's glossary: required terms, pinyin with the right tones, whole-term look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.content import Plan
from edu.content import check
from edu.content import load_plan
from edu.content import read_plan
from edu.content.glossary import entries
from edu.content.glossary import find_terms
from edu.content.glossary import pinyin_of
from edu.content.glossary import pinyin_problem
from edu.content.glossary import plain_pinyin
from tests.conftest import CONTENT
from tests.conftest import edit

#: Every term the issue names (12): each must be a glossary entry with English, note, pinyin.
REQUIRED = (
    "共同富裕", "全过程人民民主", "习近平新时代中国特色社会主义思想", "以人民为中心",
    "获得感", "急难愁盼", "乡村振兴", "健康中国", "兜底线", "织密网", "建机制",
    "所有权、承包权、经营权分置", "资格权", "保障性租赁住房", "公租房", "共有产权住房",
    "企业年金", "职业年金", "门诊共济", "长期护理保险", "医疗联合体", "易地扶贫搬迁",
    "人格权侵害禁令", "非羁押性强制措施",
)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def test_every_required_term_has_an_entry(plan: Plan) -> None:
    """Each term the issue lists has English, a one-line note and tone-marked pinyin."""
    by_term = {e.term: e for e in entries(plan)}
    missing = [t for t in REQUIRED if t not in by_term]
    assert missing == []
    for term in REQUIRED:
        e = by_term[term]
        assert e.term_en.strip()
        assert e.note.strip()
        assert "\n" not in e.note
        assert e.pinyin != e.pinyin_plain, e  # has tone marks


def test_entries_are_one_per_term_and_not_trivial(plan: Plan) -> None:
    """A term in both the plan-wide glossary and a lesson is one entry (listing both), and no
    entry is a trivial word such as 年."""
    all_entries = entries(plan)
    terms = [e.term for e in all_entries]
    assert len(terms) == len(set(terms))
    mu = next(e for e in all_entries if e.term == "亩")
    assert mu.lessons[0] == ""
    assert "living-standards" in mu.lessons
    assert not {"年", "个", "人", "的"} & set(terms)


@pytest.mark.parametrize(("term", "reading"), [
    ("长期护理保险", "cháng qī hù lǐ bǎo xiǎn"),   # 长 cháng, not zhǎng
    ("重特大安全事故", "zhòng tè dà ān quán shì gù"),  # 重 zhòng, not chóng
    ("急难愁盼", "jí nán chóu pàn"),              # stored: pypinyin says nàn
    ("以人民为中心", "yǐ rén mín wéi zhōng xīn"),   # stored: 为 wéi, not wèi
    ("应保尽保", "yīng bǎo jìn bǎo"),              # phrase table: 尽 jìn
    ("双一流", "shuāng yī liú"),                    # citation tone of 一
])
def test_polyphones_are_read_right(plan: Plan, term: str, reading: str) -> None:
    """Characters with several readings get the one the term uses."""
    assert {e.term: e.pinyin for e in entries(plan)}[term] == reading


def test_pinyin_keeps_punctuation_with_its_syllable() -> None:
    """A term with 、 reads naturally: the mark follows the syllable before it."""
    assert pinyin_of("所有权、承包权") == "suǒ yǒu quán、chéng bāo quán"


def test_stored_pinyin_is_checked() -> None:
    """A stored reading must have one valid syllable per character."""
    assert pinyin_problem("急难愁盼", "jí nán chóu pàn") is None
    assert "not a reading of 盼" in (pinyin_problem("急难愁盼", "jí nán chóu pān") or "")
    assert "3 syllables for 4" in (pinyin_problem("急难愁盼", "jí nán chóu") or "")


def test_a_wrong_stored_pinyin_fails_validation(content_copy: Path) -> None:
    """`edu validate` names the file, line and the pinyin field of a wrong reading."""
    edit(content_copy / "plan.yaml", "pinyin: jí nán chóu pàn", "pinyin: jí nán chóu pān")
    errors = [str(e) for e in check(read_plan(content_copy)).errors]
    assert any("plan.yaml:" in e and "pinyin" in e and "盼" in e for e in errors), errors


def test_plain_pinyin_drops_tones_spaces_and_umlaut() -> None:
    """Learners type pinyin without tones: lǜ → lu, spaces and tone numbers go."""
    assert plain_pinyin("Gòng tóng fù yù") == "gongtongfuyu"
    assert plain_pinyin("lǜ shuǐ") == "lushui"
    assert plain_pinyin("gong4 tong2") == "gongtong"


def test_look_ups_match_whole_terms_only() -> None:
    """年 is not found inside 青年人, but is found where it is a word of its own; longer
    terms win where terms overlap."""
    assert find_terms("保障青年人就业", ["年"]) == []
    assert find_terms("每 年", ["年"]) == [(2, 3, "年")]
    assert find_terms("保障青年人就业", ["年", "就业"]) == [(5, 7, "就业")]  # still whole words
    text = "加快完善以公租房、保障性租赁住房和共有产权住房为主体的住房保障体系"
    found = [term for _, _, term in find_terms(text, ["住房", "保障性租赁住房", "公租房",
                                                      "共有产权住房"])]
    assert found == ["公租房", "保障性租赁住房", "共有产权住房", "住房"]


def test_look_ups_answer_with_the_words_known_now() -> None:
    """Look-ups are memoised, yet a term added to the dictionary since (by any look-up) is
    heeded: once 鼋鼍 is a word, 鼍蛟 no longer stands on word boundaries in 鼋鼍蛟龙. A
    returned list is the caller's own (rare characters, so no other test is affected)."""
    text = "鼋鼍蛟龙"
    first = find_terms(text, ["鼍蛟"])
    assert first == [(1, 3, "鼍蛟")]
    first.clear()
    assert find_terms(text, ["鼍蛟"]) == [(1, 3, "鼍蛟")]
    assert find_terms("鼋鼍", ["鼋鼍"]) == [(0, 2, "鼋鼍")]
    assert find_terms(text, ["鼍蛟"]) == []


def test_lesson_terms_found_in_their_measures(plan: Plan) -> None:
    """Every multi-character lesson term is found as a whole term in its lesson's text."""
    for lesson in plan.lessons:
        terms = [t.term for t in lesson.terms if len(t.term) >= 2]
        found = {term for _, _, term in find_terms(lesson.text, terms)}
        assert set(terms) - found == set(), lesson.id
