"""Difficulty: from features for every generated question, and from learners' answers."""

from __future__ import annotations

from collections import Counter

from edu.questions.bank import Bank
from edu.questions.difficulty import Evidence
from edu.questions.difficulty import estimate
from edu.questions.difficulty import evidence
from edu.questions.difficulty import from_evidence
from edu.questions.difficulty import from_features


def test_features_spread_the_bank_and_are_not_set_by_kind(bank: Bank) -> None:
    """All three levels occur; true/false statements are not all 1 (figures are harder)."""
    levels = Counter(q.difficulty for q in bank.questions)
    assert set(levels) == {1, 2, 3}
    statements = {q.difficulty for q in bank.questions if q.kind == "true_false"}
    assert statements == {1, 2}
    assert all(q.difficulty == from_features(q) for q in bank.questions)


def test_evidence_decides_once_enough_answers_exist(bank: Bank) -> None:
    """Below five answers the features stand; with more, the share right decides."""
    q = bank.questions[0]
    assert from_evidence(Evidence(4, 0)) is None
    assert estimate(q, Evidence(4, 0)) == q.difficulty
    assert estimate(q, Evidence(10, 9)) == 1
    assert estimate(q, Evidence(10, 6)) == 2
    assert estimate(q, Evidence(10, 2)) == 3


def test_evidence_counts_full_marks_only() -> None:
    """Partial credit is not "right"; malformed attempts are skipped."""
    got = evidence([{"item_id": "a", "score": 1.0}, {"item_id": "a", "score": 0.5},
                    {"item_id": "a", "score": True}, {"score": 1.0}])
    assert got == {"a": Evidence(2, 1)}
