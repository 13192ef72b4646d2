"""A target's phrase is said one way on every surface that shows it."""

from __future__ import annotations

import json
import subprocess
import sys

from edu.content import load_plan
from edu.content.wording import statement
from edu.decks.notes import plan_notes
from edu.ids import item_id
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
