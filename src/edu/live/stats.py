"""Item statistics of a class session: pure functions over the results dict.

The input is :func:`edu.live.session.results_dict` (what ``GET /api/teacher/results`` returns).

* **Share correct** (the classical difficulty index *p*): answers that scored full marks ÷
  students who answered. ``mean_score`` also counts partial credit (matching, ordering).
* **Discrimination** (*D*, upper–lower index): students are ranked by their total score over
  the session; the top and bottom 27 % (at least one student each, the groups never
  overlapping) are compared: *D* = share correct in the top group − share correct in the
  bottom group, a missing answer counting as wrong. ``None`` with fewer than four students,
  where it means nothing. *D* ≥ 0.3 is usually read as a question that separates well;
  negative *D* flags a question the stronger students got wrong (check its key). ``None``
  too for a question nobody answered.
* **Distractors**: how often each option was chosen (choice and true/false questions); for
  typed answers the :data:`TOP_TYPED` most frequent responses (normalised), ties broken by
  the response itself so the bars and what falls into "Other" do not depend on the order the
  answers arrived in (the live view and the same session after a restart agree); for
  matching and ordering how many got all, some or none of it right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from edu.present.strings import text
from edu.questions.normalize import normalize_answer
from edu.questions.serialize import text_to_dict

GROUP_SHARE = 0.27
TOP_TYPED = 5



def _said(key: str) -> dict[str, str]:
    """The catalogue's entry *key* (:data:`edu.present.strings.STRINGS`) as the API's
    ``{"zh", "en"}``: a bar is labelled as the class page words it, and the teacher's page
    or notebook shows it in the session's language."""
    return text_to_dict(text(key))


def _option_text(options: Sequence[Mapping[str, Any]], option_id: str) -> dict[str, str]:
    for o in options:
        if o["id"] == option_id:
            return dict(o["text"])
    return {"zh": option_id, "en": option_id}


def distribution(question: Any, responses: Sequence[Any], scores: Sequence[Any]
                 ) -> list[dict[str, Any]]:
    """How the answers to one question are spread, for the live bar chart and the item table.

    *question* is a :class:`~edu.questions.model.Question` or its dict; *scores* are the
    answers' scores (or ``correct`` flags), in the same order as *responses*. Each bar is
    ``{"key", "label": {"zh", "en"}, "count", "correct"}``.
    """
    from edu.questions.serialize import question_to_dict

    q = question if isinstance(question, Mapping) else question_to_dict(question)
    shape, answer = q["shape"], q["answer"]
    if shape == "choice":
        chosen: Counter[str] = Counter(r for r in responses if isinstance(r, str))
        return [{"key": o["id"], "label": dict(o["text"]), "count": chosen[o["id"]],
                 "correct": o["id"] == answer["option"]} for o in q["options"]]
    if shape == "true_false":
        said: Counter[bool] = Counter(r for r in responses if isinstance(r, bool))
        return [{"key": key, "label": label, "count": said[value],
                 "correct": answer["value"] is value}
                for key, label, value in (("true", _said("class_true"), True),
                                          ("false", _said("class_false"), False))]
    if shape in ("matching", "ordering"):
        full = sum(1 for s in scores if float(s) >= 1 - 1e-9)
        none = sum(1 for s in scores if float(s) <= 1e-9)
        return [{"key": "all", "label": _said("class_all_right"), "count": full,
                 "correct": True},
                {"key": "some", "label": _said("class_partly"),
                 "count": len(scores) - full - none, "correct": False},
                {"key": "none", "label": _said("class_none_right"), "count": none,
                 "correct": False}]
    typed: Counter[str] = Counter()
    right: dict[str, bool] = {}
    bars: list[dict[str, Any]]
    for response, score in zip(responses, scores, strict=True):
        key = normalize_answer(str(response)) or "—"
        typed[key] += 1
        right[key] = right.get(key, False) or float(score) >= 1 - 1e-9
    ranked = sorted(typed.items(), key=lambda item: (-item[1], item[0]))[:TOP_TYPED]
    bars = [{"key": key, "label": {"zh": key, "en": key}, "count": n, "correct": right[key]}
            for key, n in ranked]
    rest = sum(typed.values()) - sum(b["count"] for b in bars)
    if rest:
        bars.append({"key": "other", "label": _said("class_other"), "count": rest,
                     "correct": False})
    return bars


def totals(results: Mapping[str, Any]) -> dict[str, float]:
    """Student id → total score over the session."""
    out = {s["id"]: 0.0 for s in results["students"]}
    for a in results["answers"]:
        out[a["student"]] = out.get(a["student"], 0.0) + float(a["score"])
    return out


def groups(results: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """The top and bottom groups (student ids) by total score; empty under four students."""
    total = totals(results)
    ranked = sorted(total, key=lambda s: (-total[s], s))
    if len(ranked) < 4:
        return [], []
    size = max(1, round(len(ranked) * GROUP_SHARE))
    return ranked[:size], ranked[-size:]


def item_statistics(results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per question: answered, correct, share correct, mean score, discrimination
    and the distribution of answers (see the module docstring)."""
    top, bottom = groups(results)
    by_question: dict[str, list[Mapping[str, Any]]] = {}
    for a in results["answers"]:
        by_question.setdefault(a["question"], []).append(a)
    rows = []
    for q in results["questions"]:
        answers = by_question.get(q["id"], [])
        correct = {a["student"] for a in answers if a["correct"]}
        answered = len(answers)
        discrimination = None
        if top and bottom and answered:
            discrimination = round(sum(s in correct for s in top) / len(top)
                                   - sum(s in correct for s in bottom) / len(bottom), 3)
        rows.append({
            "question": q["id"], "position": q["position"], "kind": q["kind"],
            "stem": q["stem"], "answered": answered, "correct": len(correct),
            "share_correct": round(len(correct) / answered, 3) if answered else None,
            "mean_score": (round(sum(float(a["score"]) for a in answers) / answered, 3)
                           if answered else None),
            "discrimination": discrimination,
            "distribution": distribution(q, [a["response"] for a in answers],
                                         [a["score"] for a in answers]),
        })
    return rows


def score_table(results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The gradebook: one row per student, ``scores`` by question id (``None`` unanswered)."""
    scores: dict[tuple[str, str], float] = {(a["student"], a["question"]): float(a["score"])
                                            for a in results["answers"]}
    rows = []
    for s in results["students"]:
        mine = {q["id"]: scores.get((s["id"], q["id"])) for q in results["questions"]}
        got = [v for v in mine.values() if v is not None]
        rows.append({"student": s["id"], "name": s["name"], "scores": mine,
                     "total": round(sum(got), 3), "answered": len(got),
                     "correct": sum(1 for v in got if v >= 1 - 1e-9)})
    return rows


def first_name(name: str) -> str:
    """What a leaderboard shows: the first word of a name written with spaces
    (``Ana Lima`` → ``Ana``); a name without spaces whose first character is Chinese, less
    that character (surname first: ``王小明`` → ``小明``); any other name as it is."""
    words = name.split()
    if len(words) > 1:
        return words[0]
    if len(name) >= 2 and "\u3400" <= name[0] <= "\u9fff":
        return name[1:]
    return name


def leaderboard(results: Mapping[str, Any], size: int = 10) -> list[tuple[str, float]]:
    """The *size* best totals, first names only, ties in joining order."""
    total = totals(results)
    order = {s["id"]: i for i, s in enumerate(results["students"])}
    names = {s["id"]: s["name"] for s in results["students"]}
    ranked = sorted(total, key=lambda s: (-total[s], order.get(s, 0)))
    return [(first_name(names.get(s, "?")), round(total[s], 3)) for s in ranked[:size]]
