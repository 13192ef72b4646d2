"""The question model: frozen, validated values that every quiz, export and player reads.

A :class:`Question` is one self-contained item of the bank:

``id``
    16 hex digits, ``edu.ids.stable_id("question", kind, <content ids>…, variant)`` for generated
    questions (unchanged when unrelated content changes), ``stable_id("question", "authored",
    <author's slug>)`` for YAML questions and ``stable_id("question", "gift", <title or text>)``
    for GIFT imports. Progress (FSRS) is keyed by it.
``kind``
    what is asked (:data:`KINDS`); ``shape`` (:data:`KIND_SHAPES`) says how it is answered,
    so exporters and players dispatch on the shape, not on the kind:

    ==================  ============  =====================================================
    kind                shape         what is asked
    ==================  ============  =====================================================
    mc_value            choice        a target's value (or which target has a value)
    numeric             numeric       a target's value, typed in
    lesson_of_measure   choice        which lesson a measure or target belongs to
    matching            matching      pair prompts with options (principle ↔ explanation…)
    cloze               text          a number or term blanked out of a source sentence
    true_false          true_false    a statement, left true or with one fact altered
    ordering            ordering      put items in the plan's order, or by value
    recall              choice        recognise principles and goals
    choice              choice        (authored / GIFT only) any multiple-choice question
    short_answer        text          (authored / GIFT only) a typed answer
    multiple_response   multi         (authored) select all that apply; partial credit
    which_not           choice        (authored) the one option that is NOT …
    discussion          essay         (authored) a prompt answered in prose, graded by hand
                                      against a model answer and a rubric
    ==================  ============  =====================================================
``lesson``, ``part``
    a lesson id of the content, or :data:`INTRODUCTION` (导言: principles and goals), or
    :data:`OVERVIEW` (questions spanning several lessons); ``part`` is the lesson's part id,
    ``introduction``, or ``overview`` when a question spans parts. GIFT questions whose category
    names no lesson have ``lesson == part == ""``.
``difficulty``
    1 (recognition) … 3 (long orderings and matchings). Generated questions are built without
    one (the default, 2) and rated from their features once, by the bank
    (:func:`edu.questions.difficulty.from_features`); authored and imported ones carry the
    author's (default 2).
``stem``, ``options``, ``prompts``
    :class:`Text` pairs (``zh`` is the authority, ``en`` our own wording). ``options`` are the
    choices (choice shape), the right-hand column (matching) or the items to order (ordering);
    ``prompts`` are the left-hand column of a matching question. Each :class:`Option` has an id
    (``o`` + 8 hex digits, derived from the question id and the option's content) that answers
    refer to, so shuffled versions and exports stay consistent. In the bank, options stand in
    id order (a hash), never in answer order; assembly shuffles them. A cloze stem holds
    :data:`BLANK` once (in ``zh``; the ``en`` stem quotes the same sentence).
``answer``
    by shape: :class:`ChoiceAnswer` (the correct option id), :class:`NumericAnswer` (value,
    tolerance, unit), :class:`MatchingAnswer` (prompt id → option id pairs),
    :class:`OrderingAnswer` (option ids in the right order), :class:`TextAnswer` (accepted
    answers, compared after :func:`edu.questions.normalize.normalize_answer`),
    :class:`TrueFalseAnswer` (a bool), :class:`MultiAnswer` (the ids of every correct option:
    two or more, and at least one option wrong), :class:`EssayAnswer` (a model answer and a
    rubric of :class:`Criterion` with points; never graded automatically).
``source``, ``explanation``
    the verbatim Chinese sentence(s) of the plan the answer comes from (whitespace removed, as
    in ``content/``), and a zh/en explanation that quotes them. Imported GIFT questions may
    have no source.
``refs``, ``tags``, ``variant``, ``origin``
    the study-item ids (:func:`edu.ids.item_id`) the question is about (the progress store
    ranks weak targets by them); free slugs for filtering; which template of its kind made it
    (``value``, ``false-comparator`` …); ``generated``, ``authored`` or ``gift``.

JSON: :func:`edu.questions.serialize.question_to_dict` / ``question_from_dict`` round-trip.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Literal
from typing import assert_never

from edu.errors import QuizError
from edu.lang import Text as Text

Kind = Literal["mc_value", "numeric", "lesson_of_measure", "matching", "cloze", "true_false",
               "ordering", "recall", "choice", "short_answer", "multiple_response", "which_not",
               "discussion"]
Shape = Literal["choice", "numeric", "matching", "ordering", "text", "true_false", "multi",
                "essay"]

#: Every kind, in the order quizzes and tables list them, with its answer shape.
KIND_SHAPES: dict[str, Shape] = {
    "mc_value": "choice",
    "numeric": "numeric",
    "lesson_of_measure": "choice",
    "matching": "matching",
    "cloze": "text",
    "true_false": "true_false",
    "ordering": "ordering",
    "recall": "choice",
    "choice": "choice",
    "short_answer": "text",
    "multiple_response": "multi",
    "which_not": "choice",
    "discussion": "essay",
}
KINDS: tuple[str, ...] = tuple(KIND_SHAPES)
#: The kinds the bank generates from the content (the others come from authors only).
GENERATED_KINDS: tuple[str, ...] = KINDS[:8]
ORIGINS = ("generated", "authored", "gift")

#: The pseudo-lesson of questions spanning lessons (the introduction's key is content's).
OVERVIEW = "overview"
#: The gap of a cloze stem.
BLANK = "____"


@dataclass(frozen=True, slots=True)
class Option:
    """A choice, a matching column entry or an item to order, with a stable id."""

    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class ChoiceAnswer:
    """The id of the one correct option."""

    option: str


@dataclass(frozen=True, slots=True)
class NumericAnswer:
    """A number: right when within ``tolerance`` of ``value``; ``unit`` as the plan writes it."""

    value: float
    tolerance: float = 0.0
    unit: str = ""


@dataclass(frozen=True, slots=True)
class MatchingAnswer:
    """Pairs of (prompt id, option id): each prompt has exactly one option."""

    pairs: tuple[tuple[str, str], ...]

    def as_dict(self) -> dict[str, str]:
        return dict(self.pairs)


@dataclass(frozen=True, slots=True)
class OrderingAnswer:
    """Option ids in the right order."""

    order: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextAnswer:
    """Accepted typed answers (the first is the canonical one)."""

    accepted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TrueFalseAnswer:
    """Whether the statement is true."""

    value: bool


@dataclass(frozen=True, slots=True)
class MultiAnswer:
    """The ids of every correct option ("select all that apply"), in option order."""

    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of a marking rubric and the points it is worth (1 or more)."""

    text: Text
    points: int


@dataclass(frozen=True, slots=True)
class EssayAnswer:
    """A discussion prompt's model answer and marking rubric (graded by hand)."""

    model: Text
    rubric: tuple[Criterion, ...]

    @property
    def points(self) -> int:
        """The most a response can earn: the rubric's points summed."""
        return sum(c.points for c in self.rubric)


Answer = (ChoiceAnswer | NumericAnswer | MatchingAnswer | OrderingAnswer | TextAnswer
          | TrueFalseAnswer | MultiAnswer | EssayAnswer)
ANSWER_TYPES: dict[str, type] = {
    "choice": ChoiceAnswer, "numeric": NumericAnswer, "matching": MatchingAnswer,
    "ordering": OrderingAnswer, "text": TextAnswer, "true_false": TrueFalseAnswer,
    "multi": MultiAnswer, "essay": EssayAnswer,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One question of the bank (see the module docstring for every field)."""

    id: str
    kind: str
    lesson: str
    part: str
    difficulty: int = 2
    stem: Text
    answer: Answer
    options: tuple[Option, ...] = ()
    prompts: tuple[Option, ...] = ()
    source: tuple[str, ...] = ()
    explanation: Text = field(default_factory=lambda: Text("", ""))
    tags: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    variant: str = ""
    origin: str = "generated"

    @property
    def shape(self) -> Shape:
        return KIND_SHAPES[self.kind]

    def option(self, option_id: str) -> Option:
        """The option (or prompt) with *option_id*."""
        for o in (*self.options, *self.prompts):
            if o.id == option_id:
                return o
        raise QuizError(f"question {self.id}: no option {option_id!r}")

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise QuizError(f"question {self.id or '?'} ({self.kind}): {problem}")


def _distinct(options: tuple[Option, ...], what: str) -> str | None:
    ids = [o.id for o in options]
    if len(set(ids)) != len(ids):
        return f"duplicate {what} ids"
    if any(not o.text.zh.strip() for o in options):
        return f"an empty {what}"
    for lang in ("zh", "en"):
        texts = [o.text.get(lang) for o in options]
        if lang == "en" and not any(texts):  # Chinese-only (an export in zh, re-imported)
            continue
        if len(set(texts)) != len(texts):
            return f"duplicate {what} texts ({lang})"
    return None


def _problem(q: Question) -> str | None:
    if q.kind not in KIND_SHAPES:
        return f"unknown kind; valid kinds: {', '.join(KINDS)}"
    if q.origin not in ORIGINS:
        return f"unknown origin {q.origin!r}"
    if not q.id:
        return "empty id"
    if q.difficulty not in (1, 2, 3):
        return f"difficulty must be 1, 2 or 3, not {q.difficulty!r}"
    if not q.stem.zh.strip():
        return "empty stem"
    shape = KIND_SHAPES[q.kind]
    if not isinstance(q.answer, ANSWER_TYPES[shape]):
        return f"a {shape} question needs a {ANSWER_TYPES[shape].__name__}"
    problem = _distinct(q.options, "option") or _distinct(q.prompts, "prompt")
    if problem:
        return problem
    ids = [o.id for o in q.options]
    problem = _answer_problem(q, q.answer, ids)
    if problem:
        return problem
    if shape not in ("choice", "matching", "ordering", "multi") and (q.options or q.prompts):
        return f"a {shape} question has no options"
    return None


def _answer_problem(q: Question, a: Answer, ids: list[str]) -> str | None:
    """What is wrong with *a* as the answer of *q* (options *ids*), by answer shape: one
    ``match`` that mypy checks is exhaustive, so a new shape must be handled here."""
    match a:
        case ChoiceAnswer():
            if len(ids) < 2:
                return "a choice question needs at least two options"
            if a.option not in ids:
                return f"the answer {a.option!r} is not one of the options"
        case MatchingAnswer():
            prompts = [p.id for p in q.prompts]
            if len(prompts) < 2:
                return "a matching question needs at least two prompts"
            if sorted(p for p, _ in a.pairs) != sorted(prompts):
                return "the answer must pair every prompt exactly once"
            rights = [o for _, o in a.pairs]
            if len(set(rights)) != len(rights) or not set(rights) <= set(ids):
                return "the answer must pair each prompt with a different option"
        case OrderingAnswer():
            if len(ids) < 2 or sorted(a.order) != sorted(ids):
                return "the answer must order every option exactly once (two or more)"
        case TextAnswer():
            if not a.accepted or any(not s.strip() for s in a.accepted):
                return "a text answer needs at least one non-empty accepted answer"
            if q.kind == "cloze" and q.stem.zh.count(BLANK) != 1:
                return f"a cloze stem must hold the blank {BLANK!r} exactly once"
        case NumericAnswer():
            if a.tolerance < 0 or a.value != a.value:
                return "a numeric answer needs a number and a tolerance >= 0"
        case MultiAnswer():
            if len(set(a.options)) != len(a.options) or not set(a.options) <= set(ids):
                return "the answer must name options of the question, each once"
            if len(a.options) < 2 or len(a.options) >= len(ids):
                return "select-all needs at least two correct options and at least one wrong one"
        case EssayAnswer():
            if not a.model.zh.strip() or not a.rubric:
                return "a discussion needs a model answer and a rubric"
            if any(c.points < 1 or not c.text.zh.strip() for c in a.rubric):
                return "every rubric criterion needs text and 1 point or more"
        case TrueFalseAnswer():
            pass
        case _:
            assert_never(a)
    return None
