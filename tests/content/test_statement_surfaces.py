"""A target's phrase is said one way on every surface that shows it."""

from __future__ import annotations

import html
import json
import subprocess
import sys

from edu.content import load_plan
from edu.content.wording import baseline
from edu.content.wording import statement
from edu.decks.notes import plan_notes
from edu.ids import item_id
from edu.lang import BOTH_SEP
from edu.present.html import lesson_html
from edu.present.strings import text
from edu.study.items import study_items
from tests.conftest import CONTENT


def test_statement_is_verbatim_on_every_surface() -> None:
    """`targets[].statement` appears verbatim in the JSON export, `edu show`, cards and reviews."""
    plan = load_plan(CONTENT)
    exported = json.loads(subprocess.run(
        [sys.executable, "-m", "edu.cli", "export", "--content", str(CONTENT), "-o", "-"],
        capture_output=True, text=True, check=True).stdout)
    phrases = {t["id"]: t["statement"] for lesson in exported["lessons"]
               for t in lesson["targets"]}
    notes = {n.key: n for n in plan_notes(plan)}
    reviews = {i.id: i for i in study_items(plan)}
    shows = {lesson.id: subprocess.run(
        [sys.executable, "-m", "edu.cli", "show", lesson.id, "--content", str(CONTENT),
         "--lang", "both"], capture_output=True, text=True, check=True).stdout
        for lesson in plan.lessons if lesson.targets}
    assert len(phrases) == len(plan.targets) == 31
    for t in plan.targets:
        phrase = statement(t)
        assert phrases[t.id] == {"zh": phrase.zh, "en": phrase.en}
        assert phrase.zh in shows[t.lesson], t.id
        assert phrase.en in shows[t.lesson], t.id
        card = notes[f"target/{t.id}"].fields
        assert (card["Value"], card["ValueEn"]) == (phrase.zh, phrase.en), t.id
        review = reviews[item_id("target", t.id)]
        assert (review.back, review.back_en) == (phrase.zh, phrase.en), t.id


def test_baseline_is_said_one_way_on_every_surface() -> None:
    """A target's baseline line is `wording.baseline` on the explorer (each language) and on
    its Anki card; a target without one shows none."""
    plan = load_plan(CONTENT)
    notes = {n.key: n for n in plan_notes(plan)}
    pages = {(lesson.id, lang): lesson_html(plan, lesson, lang)
             for lesson in plan.lessons for lang in ("zh", "en", "both")}
    based = [t for t in plan.targets if t.baseline is not None]
    assert {line.en for t in based if (line := baseline(t))} == {
        "Baseline: age 16", "Baseline: the 2015 level"}
    for t in plan.targets:
        card = notes[f"target/{t.id}"].fields
        line = baseline(t)
        if line is None:
            assert (card["Baseline"], card["BaselineEn"]) == ("", ""), t.id
            continue
        assert (card["Baseline"], card["BaselineEn"]) == (line.zh, line.en), t.id
        for lang in ("zh", "en", "both"):
            shown = html.escape(line.get(lang, BOTH_SEP))
            assert f'<div class="edu-source">{shown}</div>' in pages[t.lesson, lang], (t.id, lang)
    shown = sum(page.count("基线") + page.count("Baseline") for page in pages.values())
    assert shown == 4 * len(based)  # zh, en and both (twice) for each: no other baseline line


def test_review_front_asks_the_card_question() -> None:
    """A target's review card asks the Anki card's question, after its lesson and metric."""
    plan = load_plan(CONTENT)
    ask = text("deck.ask_target")
    reviews = {i.id: i for i in study_items(plan)}
    for lesson in plan.lessons:
        for t in lesson.targets:
            review = reviews[item_id("target", t.id)]
            assert review.front == f"{lesson.title}：{t.metric}的{ask.zh}"
            assert review.front_en == f"{lesson.title_en}: {t.metric_en}. {ask.en}"


def test_statement_is_verbatim_in_every_generated_explanation() -> None:
    """Every generated question about a target explains it with the target's own phrase."""
    from edu.questions.bank import load_bank

    plan = load_plan(CONTENT)
    bank = load_bank(CONTENT, plan=plan)
    by_ref = {item_id("target", t.id): t for t in plan.targets}
    asked = 0
    for q in bank.questions:
        if q.origin != "generated":
            continue
        for ref in q.refs:
            t = by_ref.get(ref)
            if t is None:
                continue
            asked += 1
            phrase = statement(t)
            assert phrase.zh in q.explanation.zh, (q.id, q.kind, phrase.zh)
            assert phrase.en in q.explanation.en, (q.id, q.kind, phrase.en)
    assert asked >= 3 * len(plan.targets)
