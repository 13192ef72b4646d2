"""What a quiz asks for: lessons or parts, kinds, difficulty, tags, count, versions.

An empty filter means "any". ``exclude`` lists question ids to leave out (ids no longer in the
bank are ignored, so last term's exclusions keep working after the content grows).
``versions=K`` gives K shuffled versions of the same questions (options shuffled too), or K
different draws with no question in common when ``draws`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from edu.errors import QuizError
from edu.numerals import whole_number
from edu.questions.bank import Bank
from edu.questions.model import KINDS
from edu.questions.model import Question

MAX_VERSIONS = 26  # labelled A … Z


@dataclass(frozen=True, slots=True)
class QuizSpec:
    """The instructor's request (see the module docstring)."""

    count: int = 10
    lessons: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    difficulty: tuple[int, int] = (1, 3)
    tags: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    balance: bool = True
    versions: int = 1
    draws: bool = False

    def __post_init__(self) -> None:
        if self.count < 1:
            raise QuizError(f"a quiz needs at least one question, not {self.count}")
        if not 1 <= self.versions <= MAX_VERSIONS:
            raise QuizError(f"versions must be between 1 and {MAX_VERSIONS}, not "
                            f"{self.versions}")
        low, high = self.difficulty
        if not 1 <= low <= high <= 3:
            raise QuizError(f"difficulty must be a range within 1-3 such as 1-2, not "
                            f"{low}-{high}")
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise QuizError(f"unknown kind {unknown[0]!r}; valid kinds: {', '.join(KINDS)}")

    def describe(self) -> str:
        """The filters in words, for error messages: ``lessons=health, kinds=cloze``."""
        parts = [f"{name}={','.join(values)}" for name, values in (
            ("lessons", self.lessons), ("parts", self.parts), ("kinds", self.kinds),
            ("tags", self.tags)) if values]
        if self.difficulty != (1, 3):
            parts.append(f"difficulty={self.difficulty[0]}-{self.difficulty[1]}")
        if self.exclude:
            parts.append(f"{len(self.exclude)} excluded")
        return ", ".join(parts) or "no filter"


def check(bank: Bank, spec: QuizSpec) -> None:
    """Refuse lessons and parts the bank does not know, listing the valid ones."""
    for name, asked, valid in (("lesson", spec.lessons, bank.lessons),
                               ("part", spec.parts, bank.parts)):
        for key in asked:
            if key not in valid:
                raise QuizError(f"unknown {name} {key!r}; valid {name}s: {', '.join(valid)}")


def matching(bank: Bank, spec: QuizSpec) -> list[Question]:
    """The bank's questions that pass every filter of *spec*, in bank order."""
    check(bank, spec)
    lessons, parts, kinds = set(spec.lessons), set(spec.parts), set(spec.kinds)
    tags, exclude = set(spec.tags), set(spec.exclude)
    low, high = spec.difficulty
    return [q for q in bank.questions
            if (not lessons or q.lesson in lessons) and (not parts or q.part in parts)
            and (not kinds or q.kind in kinds) and low <= q.difficulty <= high
            and (not tags or tags & set(q.tags)) and q.id not in exclude]


def spec_to_dict(spec: QuizSpec) -> dict[str, Any]:
    return {"count": spec.count, "lessons": list(spec.lessons), "parts": list(spec.parts),
            "kinds": list(spec.kinds), "difficulty": list(spec.difficulty),
            "tags": list(spec.tags), "exclude": list(spec.exclude), "balance": spec.balance,
            "versions": spec.versions, "mode": "draws" if spec.draws else "shuffle"}


def spec_from_dict(data: dict[str, Any]) -> QuizSpec:
    try:
        low, high = data.get("difficulty", [1, 3])
        return QuizSpec(
            count=int(data["count"]), lessons=tuple(data.get("lessons", ())),
            parts=tuple(data.get("parts", ())), kinds=tuple(data.get("kinds", ())),
            difficulty=(int(low), int(high)), tags=tuple(data.get("tags", ())),
            exclude=tuple(data.get("exclude", ())), balance=bool(data.get("balance", True)),
            versions=int(data.get("versions", 1)), draws=data.get("mode") == "draws")
    except (KeyError, TypeError, ValueError) as exc:
        raise QuizError(f"quiz spec: malformed ({exc})") from None


# -- parsing the command line's text values --------------------------------------------------
def parse_list(text: str | None) -> tuple[str, ...]:
    """``"health, work"`` → ``("health", "work")``; empty items are dropped."""
    if not text:
        return ()
    return tuple(dict.fromkeys(item.strip() for item in text.split(",") if item.strip()))


def parse_difficulty(text: str | None) -> tuple[int, int]:
    """``"2"`` → (2, 2); ``"1-2"`` → (1, 2); ``None`` → (1, 3)."""
    if not text:
        return (1, 3)
    low, sep, high = text.replace("..", "-").partition("-")
    try:
        pair = (int(low), int(high) if sep else int(low))
    except ValueError:
        raise QuizError(f"difficulty: expected 1, 2, 3 or a range such as 1-2, not "
                        f"{text!r}") from None
    if not 1 <= pair[0] <= pair[1] <= 3:
        raise QuizError(f"difficulty: expected 1, 2, 3 or a range such as 1-2, not {text!r}")
    return pair


def parse_count(text: str | None, name: str, default: int) -> int:
    """A count of 1 or more from the command line (*default* when not given)."""
    return default if text is None else whole_number(text, name, low=1)
