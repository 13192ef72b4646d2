"""The bank built from the shipped content: size, coverage, determinism and stable ids."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from edu.content import Plan
from edu.content.model import INTRODUCTION
from edu.content.model import Target
from edu.errors import QuizError
from edu.questions.bank import Bank
from edu.questions.bank import build_bank
from edu.questions.bank import load_bank
from edu.questions.model import GENERATED_KINDS
from edu.questions.model import OVERVIEW
from tests.conftest import CONTENT


def test_bank_has_300_distinct_questions_of_every_kind_and_lesson(bank: Bank,
                                                                  plan: Plan) -> None:
    """≥ 200 distinct generated questions (≥ 300 with the authored ones), all eight generated
    kinds, every lesson (≥ 6 generated, ≥ 12 with the authored) and the introduction.
    (Orderings are few on purpose: only orders that mean something are asked.)"""
    from edu.questions.bank import load_bank

    assert len(bank) >= 200  # fewer, better: no ambiguous body clozes, no list orders
    full = load_bank(CONTENT, plan=plan)
    assert len(full) >= 300
    assert len({q.id for q in bank.questions}) == len(bank)
    assert len({(q.stem, q.options, q.prompts) for q in bank.questions}) == len(bank)
    kinds = Counter(q.kind for q in bank.questions)
    assert set(kinds) == set(GENERATED_KINDS)
    assert all(kinds[k] >= 10 for k in GENERATED_KINDS if k != "ordering"), kinds
    assert kinds["ordering"] >= 1
    lessons = Counter(q.lesson for q in bank.questions)
    with_authored = Counter(q.lesson for q in full.questions)
    for lesson in plan.lessons:
        assert lessons[lesson.id] >= 6, lesson.id
        assert with_authored[lesson.id] >= 12, lesson.id
    assert lessons[INTRODUCTION] >= 20


def test_every_question_has_source_explanation_and_refs(bank: Bank) -> None:
    """Generated questions carry a verbatim source, a zh/en explanation of the point (which
    never quotes the source back: renderers show it), and refs."""
    for q in bank.questions:
        assert q.source, q.id
        assert all(s for s in q.source), q.id
        assert q.stem.en, q.id
        assert q.explanation.en, q.id
        assert "原文：" not in q.explanation.zh, q.id
        assert 1 <= q.difficulty <= 3
        assert q.origin == "generated"
        assert q.variant


def test_build_is_deterministic(plan: Plan, bank: Bank) -> None:
    """The same content gives the identical bank, question by question, in the same order."""
    assert build_bank(plan).questions == bank.questions


def test_ids_survive_unrelated_and_cosmetic_changes(plan: Plan, bank: Bank) -> None:
    """Adding a target elsewhere or rewording an English gloss keeps every other id."""
    culture = plan.lesson("culture")
    extra = Target("new-libraries", "culture", culture.measures[0].id, "公共图书馆", "Libraries",
                   42, "个", "reach", False, None, "建设42个公共图书馆。")
    nurses = plan.lesson("health").targets[5]
    health = plan.lesson("health")
    changed = dataclasses.replace(
        plan, lessons=tuple(
            dataclasses.replace(x, targets=(*x.targets, extra)) if x.id == "culture" else
            dataclasses.replace(x, targets=tuple(
                dataclasses.replace(t, metric_en="Nurses per 1,000 residents") if t == nurses
                else t for t in x.targets)) if x.id == health.id else x
            for x in plan.lessons))
    after = build_bank(changed)
    before_ids = {q.id for q in bank.questions}
    after_ids = {q.id for q in after.questions}
    lost = [q for q in bank.questions if q.id not in after_ids]
    # only the groups that now hold the new target change: culture's metric↔value matchings
    # and the by-value orderings of unit 个
    assert all(q.variant in ("metric-value", "by-value") for q in lost), lost
    assert len(after_ids - before_ids) >= 3  # the new target's own: choice, number, statement
    reworded = [q for q in after.questions if "Nurses per 1,000 residents" in q.stem.en]
    assert reworded
    assert all(q.id in before_ids for q in reworded)


def test_counts_per_kind_and_lesson(bank: Bank) -> None:
    """Bank.counts tallies (kind, lesson) pairs and sums to the bank size."""
    counts = bank.counts()
    assert sum(counts.values()) == len(bank)
    assert counts[("recall", INTRODUCTION)] == 19
    assert counts[("matching", OVERVIEW)] > 0


def test_get_unknown_question_is_a_quiz_error(bank: Bank) -> None:
    """Looking up an id not in the bank names it."""
    first = bank.questions[0]
    assert bank.get(first.id) is first
    assert first.id in bank
    with pytest.raises(QuizError, match="no question 'nope'"):
        bank.get("nope")


def test_duplicate_ids_are_refused(bank: Bank, plan: Plan) -> None:
    """Extra questions may not reuse an id already in the bank."""
    with pytest.raises(QuizError, match="share the id"):
        build_bank(plan, [bank.questions[0]])


def test_extra_question_with_unknown_lesson_is_refused(bank: Bank, plan: Plan) -> None:
    """An added question must name a lesson of the plan (or introduction/overview)."""
    stray = dataclasses.replace(bank.questions[0], id="stray", lesson="healthcare")
    with pytest.raises(QuizError, match="unknown lesson 'healthcare'; valid lessons: intro"):
        build_bank(plan, [stray])


def test_load_bank_reads_the_shipped_authored_questions(plan: Plan, bank: Bank) -> None:
    """load_bank adds content/questions/*.yaml to the generated questions."""
    full = load_bank(CONTENT, plan=plan)
    authored = [q for q in full.questions if q.origin == "authored"]
    assert len(authored) >= 5
    assert len(full) == len(bank) + len(authored)
    assert {q.kind for q in authored} >= {"choice", "true_false", "numeric", "cloze"}


def test_load_bank_refuses_a_missing_authored_path(plan: Plan, tmp_path: Path) -> None:
    """An --authored path that does not exist is one clear error."""
    with pytest.raises(QuizError, match="no such file or folder"):
        load_bank(CONTENT, plan=plan, authored=[tmp_path / "missing.yaml"])


def test_stems_cite_the_plan_by_its_short_title_from_content(plan: Plan) -> None:
    """No generator writes 《行动计划》 itself: the plan's short_title from content is cited."""
    renamed = dataclasses.replace(plan, info=dataclasses.replace(plan.info, short_title="计划甲"))
    stems = [q.stem.zh for q in build_bank(renamed).questions]
    assert not any("《行动计划》" in s for s in stems)
    assert sum("《计划甲》" in s for s in stems) > 50
