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


def test_a_wrong_value_within_15_percent_makes_a_choice_harder() -> None:
    """The one closeness rule: a wrong figure within 15% of the right one (90% beside 88%)
    raises a generated choice question's score; figures far off (50%, 30%) do not."""
    from edu.questions.difficulty import feature_score
    from edu.questions.model import ChoiceAnswer
    from edu.questions.model import Option
    from edu.questions.model import Question
    from edu.questions.model import Text

    def choice(*wrong: str) -> Question:
        options = (Option("ok", Text("88%", "88%")),
                   *(Option(f"o{i}", Text(w, w)) for i, w in enumerate(wrong)))
        return Question(id="q", kind="mc_value", lesson="health", part="p",
                        stem=Text("问？", "Q?"), options=options, answer=ChoiceAnswer("ok"))

    close, far = choice("90%", "50%", "30%"), choice("60%", "50%", "30%")
    assert feature_score(close) == feature_score(far) + 0.8
    assert (from_features(far), from_features(close)) == (1, 2)
