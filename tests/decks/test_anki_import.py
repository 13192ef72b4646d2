"""The decks in the real Anki library: clean imports, and updates that keep a learner's work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection

from edu.content import Plan
from edu.content import load_plan
from edu.content.glossary import entries
from edu.decks import LOCK_NAME
from edu.decks import build_decks
from edu.decks import read_lock
from edu.decks.lock import RETIRED_TAG
from edu.ids import item_id
from edu.numerals import format_number
from tests.conftest import edit
from tests.decks.conftest import DECKS
from tests.decks.conftest import T1
from tests.decks.conftest import T2
from tests.decks.conftest import cards_of
from tests.decks.conftest import first_build
from tests.decks.conftest import import_apkg
from tests.decks.conftest import notes_of
from tests.decks.conftest import template_problem
from tests.decks.conftest import visible_text
from tests.decks.conftest import whole
from tests.decks.conftest import write_build

SHIPPED = sorted(p.name for p in DECKS.glob("*.apkg"))
CJK = re.compile(r"[\u3400-\u9fff]")


def _expected_notes(plan: Plan, parts: set[str] | None) -> dict[str, int]:
    """Notes by kind a deck of *parts* (None: all) must hold, counted from the content."""
    lessons = [lesson for lesson in plan.lessons if parts is None or lesson.part in parts]
    intro = parts is None or "introduction" in parts
    return {
        "overview": len(lessons) + intro,
        "principle": len(plan.introduction.principles) if intro else 0,
        "goal": len(plan.introduction.goals) if intro else 0,
        "measure": sum(len(lesson.measures) for lesson in lessons),
        "target": sum(len(lesson.targets) for lesson in lessons),
        "term": sum(1 for e in entries(plan)
                    if (e.lessons[0] == "" and intro)
                    or e.lessons[0] in {lesson.id for lesson in lessons}),
    }


def _parts_of(name: str, plan: Plan) -> set[str] | None:
    for part in [*(p.id for p in plan.parts), "introduction"]:
        if name.endswith(f"-{part}.apkg"):
            return {part}
    return None


def test_every_part_has_a_shipped_deck(shipped_plan: Plan) -> None:
    """decks/ ships the whole plan, the introduction and one deck per part."""
    base = shipped_plan.info.id
    expected = {f"{base}.apkg", f"{base}-introduction.apkg",
                *(f"{base}-{p.id}.apkg" for p in shipped_plan.parts)}
    assert set(SHIPPED) == expected


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_deck_imports_cleanly(name: str, shipped_plan: Plan,
                                      collection: Collection) -> None:
    """Each shipped deck imports whole: counts match the content, every card renders."""
    log = import_apkg(collection, DECKS / name)
    plan = shipped_plan
    expected = _expected_notes(plan, _parts_of(name, plan))
    assert len(log.new) == collection.note_count() == sum(expected.values())
    for kind, count in expected.items():
        assert len(collection.find_notes(f"tag:edu::kind::{kind}")) == count, kind
    # one card per note, except clozes: one per target of the measure, else at least one
    lessons = [lesson for lesson in plan.lessons
               if _parts_of(name, plan) is None or lesson.part in (_parts_of(name, plan) or ())]
    cloze_cards = 0
    for lesson in lessons:
        for m in lesson.measures:
            nids = collection.find_notes(f'"Id:{m.id}" tag:edu::kind::measure')
            assert len(nids) == 1
            n_cards = len(collection.get_note(nids[0]).card_ids())
            n_targets = sum(1 for t in lesson.targets if t.measure == m.id)
            if n_targets:
                assert n_cards == n_targets, m.id
            else:
                assert 1 <= n_cards <= 3, m.id
            cloze_cards += n_cards
    assert collection.card_count() == sum(expected.values()) - expected["measure"] + cloze_cards
    assert not collection.get_empty_cards().notes
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        question, answer = card.question(), card.answer()
        assert not template_problem(question), cid
        assert not template_problem(answer), cid
        assert visible_text(question), f"card {cid} has an empty front"
        assert len(visible_text(answer)) > len(visible_text(question)) or "[...]" in question


def test_whole_deck_teaches_every_target_principle_and_goal(shipped_plan: Plan,
                                                           collection: Collection) -> None:
    """Every target (metric → value), principle and goal of the content is on a card."""
    import_apkg(collection, DECKS / f"{shipped_plan.info.id}.apkg")

    def card_of(kind: str, content_id: str) -> tuple[str, str]:
        note = collection.get_note(collection.db.scalar(
            "SELECT id FROM notes WHERE guid = ?", item_id(kind, content_id)))
        card = note.cards()[0]
        return visible_text(card.question()), visible_text(card.answer())

    for t in shipped_plan.targets:
        question, answer = card_of("target", t.id)
        assert t.metric in question
        assert t.metric_en in question
        assert shipped_plan.lesson(t.lesson).heading in question
        assert f"{format_number(t.value)}{t.unit}" in answer
        assert t.source in answer
    for p in shipped_plan.introduction.principles:
        question, answer = card_of("principle", p.id)
        assert p.name in question
        assert p.name_en in question
        assert p.text in answer
        assert p.text_en in answer
    for g in shipped_plan.introduction.goals:
        question, answer = card_of("goal", g.id)
        assert g.text in answer
        assert g.text_en in answer
    for e in entries(shipped_plan):
        question, answer = card_of("term", e.term)
        assert e.term in question
        assert e.pinyin in question
        assert e.term_en in answer
        assert e.note in answer
    deck_names = {d.name for d in collection.decks.all_names_and_ids()}
    assert ("国家人权行动计划（2021－2025年）::一、经济、社会和文化权利::（一）基本生活水准权利"
            in deck_names)
    assert "国家人权行动计划（2021－2025年）::导言" in deck_names


ROOT_DECK = "国家人权行动计划（2021－2025年）"
WORK_DECK = f"{ROOT_DECK}::一、经济、社会和文化权利::（二）工作权利"


def _review(col: Collection, deck: str, count: int = 0, until_note: int = 0) -> None:
    """Study *deck* as a learner would: *count* cards, or until a card of *until_note*."""
    col.decks.select(col.decks.id_for_name(deck) or 1)
    for n in range(100):
        card = col.sched.getCard()
        assert card is not None
        col.sched.answerCard(card, (3, 4, 1)[n % 3])  # type: ignore[arg-type]
        if n + 1 == count or card.nid == until_note:
            return
    raise AssertionError("reviewed 100 cards without reaching the goal")


def test_update_changes_one_note_and_keeps_progress(content_copy: Path, tmp_path: Path,
                                                    collection: Collection) -> None:
    """Re-importing after a target changed updates that note only and keeps all progress."""
    v1 = first_build(load_plan(content_copy), T1)
    import_apkg(collection, write_build(v1, tmp_path / "v1")[whole(v1)])
    _review(collection, ROOT_DECK, count=12)
    target_guid = item_id("target", "urban-surveyed-unemployment-rate")
    target_nid = collection.db.scalar("SELECT id FROM notes WHERE guid = ?", target_guid)
    _review(collection, WORK_DECK, until_note=target_nid)
    assert collection.db.scalar("SELECT reps FROM cards WHERE nid = ?", target_nid) == 1
    mine = collection.get_note(collection.db.scalar(
        "SELECT id FROM notes WHERE guid = ?", item_id("principle", "law-based")))
    mine["TextEn"] = "My own wording of this principle."
    collection.update_note(mine)
    before_cards, before_notes = cards_of(collection), notes_of(collection)
    before_revlog = collection.db.all("SELECT * FROM revlog ORDER BY id")
    assert len(before_revlog) >= 13
    assert collection.db.scalar("SELECT count() FROM cards WHERE queue != 0") >= 10

    edit(content_copy / "lessons" / "work.yaml", "metric: 城镇调查失业率", "metric: 调查失业率")
    v2 = build_decks(load_plan(content_copy), v1.lock, T2)
    log = import_apkg(collection, write_build(v2, tmp_path / "v2")[whole(v2)])

    assert [n.id.nid for n in log.updated] == [target_nid]
    assert not log.new
    assert not log.conflicting
    after_notes = notes_of(collection)
    assert after_notes.keys() == before_notes.keys()  # no duplicate, nothing lost
    assert "调查失业率" in after_notes[target_guid][3].split("\x1f")
    assert after_notes[target_guid][1] == T2
    for guid, row in before_notes.items():
        if guid != target_guid:
            assert after_notes[guid] == row, guid  # untouched, the learner's edit included
    assert "My own wording" in collection.get_note(mine.id)["TextEn"]
    assert cards_of(collection) == before_cards  # due, interval, ease, reps, lapses, decks
    assert collection.db.all("SELECT * FROM revlog ORDER BY id") == before_revlog


def test_same_deck_twice_changes_nothing(tmp_path: Path, shipped_plan: Plan,
                                         collection: Collection) -> None:
    """Importing the same (or an identical rebuilt) deck again adds and updates nothing."""
    v1 = first_build(shipped_plan, T1)
    path = write_build(v1, tmp_path / "v1")[whole(v1)]
    import_apkg(collection, path)
    before = notes_of(collection)
    again = build_decks(shipped_plan, v1.lock, T2)
    log = import_apkg(collection, write_build(again, tmp_path / "again")[whole(again)])
    assert not log.new
    assert not log.updated
    assert len(log.duplicate) == len(before)
    assert notes_of(collection) == before


def test_retired_note_is_tagged_and_keeps_its_history(content_copy: Path, tmp_path: Path,
                                                      collection: Collection) -> None:
    """A removed target ships tagged edu::retired with a notice; its review history stays."""
    v1 = first_build(load_plan(content_copy), T1)
    import_apkg(collection, write_build(v1, tmp_path / "v1")[whole(v1)])
    guid = item_id("target", "key-industry-work-injury-rate")
    nid = collection.db.scalar("SELECT id FROM notes WHERE guid = ?", guid)
    _review(collection, WORK_DECK, until_note=nid)
    before = cards_of(collection)

    path = content_copy / "lessons" / "work.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: key-industry-work-injury-rate")
    end = text.index("terms:", start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    v2 = build_decks(load_plan(content_copy), v1.lock, T2)
    assert v2.retired == 1
    log = import_apkg(collection, write_build(v2, tmp_path / "v2")[whole(v2)])
    measure = collection.db.scalar("SELECT id FROM notes WHERE guid = ?",
                                   item_id("measure", "work-safety-management"))
    assert sorted(n.id.nid for n in log.updated) == sorted([nid, measure])  # its cloze, too
    note = collection.get_note(nid)
    assert RETIRED_TAG in note.tags
    assert "removed" in note["NoticeEn"]
    assert "removed" in visible_text(note.cards()[0].question())
    assert cards_of(collection) == before
    assert collection.find_notes(f"tag:{RETIRED_TAG}") == [nid]


def test_retired_cards_come_last_for_a_new_learner(content_copy: Path, tmp_path: Path,
                                                   collection: Collection) -> None:
    """A learner who first imports after a retirement meets the retired card after all others."""
    v1 = first_build(load_plan(content_copy), T1)
    text = (content_copy / "plan.yaml").read_text(encoding="utf-8")
    smart = text[text.index("  - id: smart\n"):text.index("  goals_lead:")]
    edit(content_copy / "plan.yaml", smart, "")
    v2 = build_decks(load_plan(content_copy), v1.lock, T2)
    path = write_build(v2, tmp_path / "v2")[whole(v2)]
    import_apkg(collection, path)
    guid = item_id("principle", "smart")
    nid = collection.db.scalar("SELECT id FROM notes WHERE guid = ?", guid)
    retired_due = collection.db.scalar("SELECT due FROM cards WHERE nid = ?", nid)
    assert retired_due == collection.db.scalar("SELECT max(due) FROM cards WHERE type = 0")
    assert collection.db.scalar("SELECT count() FROM cards WHERE due = ?", retired_due) == 1
    (tmp_path / "other").mkdir()
    other = Collection(str(tmp_path / "other" / "collection.anki2"))
    try:
        import_apkg(other, path, with_scheduling=True)
        queues = other.db.all("SELECT n.guid, c.queue FROM cards c JOIN notes n ON n.id = c.nid")
    finally:
        other.close()
    assert {g for g, queue in queues if queue == -1} == {guid}  # with scheduling: suspended


def test_html_in_content_is_escaped_on_cards(content_copy: Path, tmp_path: Path,
                                             collection: Collection) -> None:
    """Characters such as < > & in content reach the card as text, never as markup."""
    edit(content_copy / "lessons" / "work.yaml", "metric_en: Surveyed urban unemployment rate",
         'metric_en: "Surveyed <b>urban</b> rate & <script>alert(1)</script> {{c9::x}}"')
    edit(content_copy / "plan.yaml", "name_en: Progress under the rule of law",
         'name_en: "By law <i>&amp;</i>"')
    build = first_build(load_plan(content_copy))
    import_apkg(collection, write_build(build, tmp_path / "d")[whole(build)])
    nid = collection.db.scalar("SELECT id FROM notes WHERE guid = ?",
                               item_id("target", "urban-surveyed-unemployment-rate"))
    question = collection.get_note(nid).cards()[0].question()
    assert "&lt;b&gt;urban&lt;/b&gt;" in question
    assert "<b>urban" not in question
    assert "<script>" not in question
    assert "&lt;script&gt;" in question
    assert "Surveyed <b>urban</b> rate & <script>alert(1)</script> {{c9::x}}" in visible_text(
        question)
    measure = collection.get_note(collection.db.scalar(
        "SELECT id FROM notes WHERE guid = ?", item_id("measure", "promote-employment")))
    assert len(measure.card_ids()) == 1  # the {{c9::x}} in the text made no cloze card
    principle = collection.get_note(collection.db.scalar(
        "SELECT id FROM notes WHERE guid = ?", item_id("principle", "law-based")))
    assert "By law <i>&amp;</i>" in visible_text(principle.cards()[0].question())
    assert not collection.get_empty_cards().notes


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_language_cards_have_fronts_in_that_language(lang: str, shipped_plan: Plan,
                                                         tmp_path: Path,
                                                         collection: Collection) -> None:
    """--lang zh/en cards render with non-empty fronts and no prompt in the other language."""
    build = first_build(shipped_plan, T1, lang)
    assert all(name.endswith(f".{lang}.apkg") for name in build.files)
    import_apkg(collection, write_build(build, tmp_path / lang)[whole(build)])
    assert not collection.get_empty_cards().notes
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        question = card.question()
        assert not template_problem(question)
        assert not template_problem(card.answer())
        text = visible_text(question)
        assert text, f"card {cid} has an empty front"
        if lang == "en":
            assert 'class="zh"' not in question, text
            assert "prompt zh" not in question, text
            if card.note_type()["name"] != "edu Measure cloze v1":  # glossary notes quote
                assert not CJK.search(text), text                   # a Chinese word or two
        else:
            assert 'class="en"' not in question, text
            assert "What" not in text, text


def test_lock_of_shipped_decks_matches_their_notes(collection: Collection,
                                                   shipped_plan: Plan) -> None:
    """The shipped lockfile's note times are the times of the notes inside the shipped deck."""
    import_apkg(collection, DECKS / f"{shipped_plan.info.id}.apkg")
    lock = read_lock(DECKS / LOCK_NAME)
    notes = notes_of(collection)
    assert {n.guid: n.mod for n in lock.notes.values()} == {g: row[1] for g, row in notes.items()}
