"""Item statistics on a hand-made class: share correct, discrimination, distractors."""

from __future__ import annotations

from typing import Any

from edu.live.stats import TOP_TYPED
from edu.live.stats import distribution
from edu.live.stats import first_name
from edu.live.stats import groups
from edu.live.stats import item_statistics
from edu.live.stats import leaderboard
from edu.present.strings import STRINGS


def _class(n_students: int, right: dict[str, set[int]]) -> dict[str, Any]:
    """*n_students* students s0…; question id → the students who got it right (the others
    chose option b); every student answers every question."""
    questions = [{"id": qid, "position": i + 1, "kind": "mc_value", "shape": "choice",
                  "stem": {"zh": qid, "en": qid}, "answer": {"option": "a"},
                  "options": [{"id": x, "text": {"zh": x.upper(), "en": x.upper()}}
                              for x in "abc"], "prompts": []}
                 for i, qid in enumerate(right)]
    students = [{"id": f"s{i}", "name": f"Student {i}", "joined": ""} for i in range(n_students)]
    answers = [{"student": f"s{i}", "question": qid, "response": "a" if i in who else "b",
                "score": 1.0 if i in who else 0.0, "correct": i in who, "time": ""}
               for qid, who in right.items() for i in range(n_students)]
    return {"questions": questions, "students": students, "answers": answers}


def test_share_correct_and_discrimination() -> None:
    """With ten students, the top three by total all right on q1 and the bottom three all
    wrong, D is 1; a question everyone gets right has D 0 and share 1."""
    results = _class(10, {"q1": {0, 1, 2, 3, 4}, "q2": set(range(10)),
                          "q3": {0, 1, 2}})
    top, bottom = groups(results)
    assert len(top) == len(bottom) == 3
    assert set(top) == {"s0", "s1", "s2"}
    rows = {r["question"]: r for r in item_statistics(results)}
    assert rows["q1"]["share_correct"] == 0.5
    assert rows["q1"]["discrimination"] == 1.0
    assert rows["q2"]["share_correct"] == 1.0
    assert rows["q2"]["discrimination"] == 0.0
    bars = {b["key"]: b["count"] for b in rows["q1"]["distribution"]}
    assert bars == {"a": 5, "b": 5, "c": 0}


def test_no_discrimination_under_four_students() -> None:
    """Three students are too few to compare groups: discrimination is None."""
    rows = item_statistics(_class(3, {"q1": {0}}))
    assert rows[0]["discrimination"] is None
    assert rows[0]["share_correct"] == 0.333


def test_typed_answers_grouped() -> None:
    """Typed answers are grouped after normalisation, the right one marked."""
    q = {"shape": "numeric", "answer": {"value": 88}, "options": []}
    bars = distribution(q, ["88", "８８", "90", "88"], [1.0, 1.0, 0.0, 1.0])
    assert bars[0]["count"] == 3
    assert bars[0]["correct"] is True
    assert bars[1]["count"] == 1
    assert bars[1]["correct"] is False


def test_typed_bars_do_not_depend_on_arrival_order() -> None:
    """Typed answers with tied counts are ordered by their (normalised) text, so the bars and
    which answers fall into "Other" past TOP_TYPED are the same whatever order the answers
    arrived in (the live view and the same session reloaded from the store agree)."""
    q = {"shape": "text", "answer": {"accepted": ["甲"]}, "options": []}
    responses = ["庚", "丙", "戊", "甲", "乙", "丁", "己", "甲"]
    scores = [1.0 if r == "甲" else 0.0 for r in responses]
    first = distribution(q, responses, scores)
    assert first == distribution(q, responses[::-1], scores[::-1])
    assert first == distribution(q, responses[3:] + responses[:3], scores[3:] + scores[:3])
    assert len(first) == TOP_TYPED + 1
    ties = sorted(set(responses) - {"甲"})
    assert [b["key"] for b in first] == ["甲", *ties[:TOP_TYPED - 1], "other"]
    assert first[-1]["count"] == len(ties) - (TOP_TYPED - 1)


def test_leaderboard_first_names_only() -> None:
    """The leaderboard shows first names only: the first word, or a Chinese given name."""
    assert first_name("Ana Lima") == "Ana"
    assert first_name("王小明") == "小明"
    assert first_name("Bo") == "Bo"
    results = _class(2, {"q1": {1}})
    results["students"][1]["name"] = "Ana Lima"
    assert leaderboard(results) == [("Ana", 1.0), ("Student", 0.0)]


def test_bar_labels_are_the_class_pages_words() -> None:
    """True/false bars and the "partly right" bar of a matching question are labelled with
    the catalogue's entries, in both languages, as the student page words them."""
    tf = {"shape": "true_false", "answer": {"value": True}, "options": [], "prompts": []}
    bars = distribution(tf, [True, False, True], [1, 0, 1])
    assert [(b["key"], b["label"], b["count"]) for b in bars] == [
        ("true", {"zh": STRINGS["class_true"].zh, "en": STRINGS["class_true"].en}, 2),
        ("false", {"zh": STRINGS["class_false"].zh, "en": STRINGS["class_false"].en}, 1)]
    matching = {"shape": "matching", "answer": {}, "options": [], "prompts": []}
    some = distribution(matching, [None, None], [0.5, 1.0])[1]
    assert some["label"] == {"zh": "部分正确", "en": "Partly right"}
    assert some["count"] == 1
