"""How hard a question is: from its features, and from evidence once learners have answered.

**Features** (:func:`from_features`): the one place that rates a generated question (the
generators set no difficulty; :func:`edu.questions.bank.build_bank` applies this once to each
question). They weigh the chance of guessing it (a true/false is a coin toss, four options a
quarter, a typed answer next to nothing), how close its wrong options are (a wrong value
within 15% of the right one), how much it asks to hold at once (pairs to match, items to
order, the length of the sentence to read, several source sentences) and how exact the answer
must be (decimals). Authored and imported questions keep the author's difficulty as their
feature estimate.

**Evidence** (:func:`from_evidence`): the share of learners who got it right, over their
attempts in progress stores (the learner's own, ``edu progress --export`` files collected from
a class, or a class server's results in the same format). With at least :data:`MIN_ANSWERS`
answers it decides: 80% or more right is 1 (easy), under 50% is 3 (hard), between is 2;
with fewer answers the features stand. :func:`estimate` combines both and ``edu quiz --stats``
shows them side by side.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edu.errors import UsageError
from edu.questions.model import BLANK
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer

#: Answers needed before the share correct outweighs the features.
MIN_ANSWERS = 5
EASY_SHARE = 0.8
HARD_SHARE = 0.5


def _numbers(text: str) -> list[float]:
    from edu.numerals import numbers_in

    return [v for v, _, _ in numbers_in(text)]


def _close_options(q: Question) -> bool:
    """Whether a wrong numeric option lies within 15% of the right one."""
    a = q.answer
    if not isinstance(a, ChoiceAnswer):
        return False
    right = _numbers(q.option(a.option).text.zh)
    if len(right) != 1 or not right[0]:
        return False
    for o in q.options:
        if o.id != a.option:
            found = _numbers(o.text.zh)
            if len(found) == 1 and abs(found[0] - right[0]) <= 0.15 * abs(right[0]):
                return True
    return False


def feature_score(q: Question) -> float:
    """A difficulty score from *q*'s features (about 0 for the easiest, 4+ for the hardest)."""
    a = q.answer
    score = 0.0
    match a:
        case TrueFalseAnswer():
            score += 0.5 + (0.8 if "numbers" in q.tags else 0.0)  # a figure to remember
        case ChoiceAnswer():
            score += 0.6 + 0.2 * max(0, len(q.options) - 3)
            score += 0.8 if _close_options(q) else 0.0
            score += 0.8 if "." in q.option(a.option).text.zh else 0.0  # 3.93, 10.75亿亩
        case MultiAnswer():
            score += 1.6
        case NumericAnswer():
            score += 1.5 + (0.8 if a.value != int(a.value) else 0.0)
        case TextAnswer():
            score += 1.4 + (0.5 if len(a.accepted[0]) >= 5 else 0.0)
        case MatchingAnswer():
            score += 0.8 + 0.3 * len(a.pairs)
        case OrderingAnswer():
            score += 0.8 + 0.3 * len(a.order)
        case EssayAnswer():
            score += 3.0
    stem = q.stem.zh.replace(BLANK, "")
    score += 0.5 if len(stem) > 70 else 0.0
    score += 0.5 if len(q.source) > 1 else 0.0
    return score


def from_features(q: Question) -> int:
    """1, 2 or 3 from :func:`feature_score` (authored and imported questions: as given)."""
    if q.origin != "generated":
        return q.difficulty
    score = feature_score(q)
    return 1 if score < 1.2 else 2 if score < 2.4 else 3


@dataclass(frozen=True, slots=True)
class Evidence:
    """Answers to one question: how many, and the share fully right."""

    answers: int
    right: int

    @property
    def share(self) -> float:
        return self.right / self.answers if self.answers else 0.0


def from_evidence(e: Evidence | None) -> int | None:
    """1, 2 or 3 from the share correct, or ``None`` below :data:`MIN_ANSWERS` answers."""
    if e is None or e.answers < MIN_ANSWERS:
        return None
    return 1 if e.share >= EASY_SHARE else 3 if e.share < HARD_SHARE else 2


def estimate(q: Question, e: Evidence | None = None) -> int:
    """The evidence's difficulty when there is enough of it, else the features'."""
    observed = from_evidence(e)
    return observed if observed is not None else from_features(q)


def evidence(attempts: Iterable[Mapping[str, Any]]) -> dict[str, Evidence]:
    """Per question id, the answers and full marks among *attempts* (``item_id``, ``score``
    as in the progress store); essays awaiting a mark never count."""
    counts: dict[str, list[int]] = {}
    for a in attempts:
        item, score = a.get("item_id"), a.get("score")
        if not isinstance(item, str) or isinstance(score, bool) or not isinstance(
                score, int | float):
            continue
        slot = counts.setdefault(item, [0, 0])
        slot[0] += 1
        slot[1] += 1 if score >= 1 - 1e-9 else 0
    return {k: Evidence(n, r) for k, (n, r) in counts.items()}


def load_results(paths: Iterable[Path | str]) -> list[dict[str, Any]]:
    """The attempts of ``edu progress --export`` files (a class's, or a class server's)."""
    out: list[dict[str, Any]] = []
    for raw in paths:
        path = Path(raw)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"--results {path}: cannot read it ({exc.strerror})") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UsageError(f"--results {path}: not a JSON progress export "
                             "(write one with edu progress --export)") from None
        attempts = data.get("attempts") if isinstance(data, dict) else None
        if not isinstance(attempts, list):
            raise UsageError(f"--results {path}: no \"attempts\" list (expected an "
                             "edu progress --export file)")
        out.extend(a for a in attempts if isinstance(a, dict))
    return out
