"""The question kinds: name, answer shape, title and generator.

Difficulty: the generators leave it; the bank sets every generated question's from its
features (:func:`edu.questions.difficulty.from_features`, the one place that rates them;
evidence from learners' answers refines it in ``edu quiz --stats``); authored kinds carry the
author's. The generators are pure and deterministic: ``generate(plan) ->
list[Question]`` gives the same questions, in the same order, for the same content. Randomness
belongs to quiz assembly only. The authored kinds (``choice``, ``short_answer``,
``multiple_response``, ``which_not``, ``discussion``) have no generator: they come from
authored YAML (and GIFT) files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from edu.content.model import Plan
from edu.questions import cloze
from edu.questions import lesson_of_measure
from edu.questions import matching
from edu.questions import mc_value
from edu.questions import numeric
from edu.questions import ordering
from edu.questions import recall
from edu.questions import true_false
from edu.questions.model import KIND_SHAPES
from edu.questions.model import KINDS
from edu.questions.model import Question
from edu.questions.model import Shape
from edu.questions.model import Text

Generator = Callable[[Plan], list[Question]]


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What a kind asks and how it is answered."""

    name: str
    shape: Shape
    title: Text
    generate: Generator | None


_INFO: tuple[tuple[str, Text, Generator | None], ...] = (
    ("mc_value", Text("目标数值（选择题）", "Target value, multiple choice"), mc_value.generate),
    ("numeric", Text("目标数值（填数）", "Target value, numeric entry"), numeric.generate),
    ("lesson_of_measure", Text("所属章节", "Which lesson"), lesson_of_measure.generate),
    ("matching", Text("配对", "Matching"), matching.generate),
    ("cloze", Text("填空", "Cloze"), cloze.generate),
    ("true_false", Text("判断", "True or false"), true_false.generate),
    ("ordering", Text("排序", "Ordering"), ordering.generate),
    ("recall", Text("原则与目标", "Principles and goals"), recall.generate),
    ("choice", Text("选择题（自编）", "Multiple choice (authored)"), None),
    ("short_answer", Text("简答（自编）", "Short answer (authored)"), None),
    ("multiple_response", Text("多选题（自编）", "Select all that apply (authored)"), None),
    ("which_not", Text("选非题（自编）", "Which is NOT (authored)"), None),
    ("discussion", Text("论述题（自编）", "Discussion (authored)"), None),
)

KIND_INFO: dict[str, KindInfo] = {
    name: KindInfo(name, KIND_SHAPES[name], title, gen) for name, title, gen in _INFO
}
assert tuple(KIND_INFO) == KINDS  # one vocabulary, in one order


def generators() -> list[tuple[str, Generator]]:
    """(kind, generator) for every generated kind, in :data:`KINDS` order."""
    return [(k.name, k.generate) for k in KIND_INFO.values() if k.generate is not None]


def kind_title(kind: str, lang: str, sep: str = " · ") -> str:
    """A kind's title in *lang* (never its internal id such as ``mc_value``); an unknown kind
    (from an older progress store) is shown as it is."""
    info = KIND_INFO.get(kind)
    return info.title.get(lang, sep) if info is not None else kind
