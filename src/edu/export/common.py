"""What every export shares: labels in both languages, picking a text's languages, numbers,
answer letters, tags and categories.

Nothing here does I/O; every function is pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field

from edu.lang import BOTH_SEP
from edu.numerals import format_number
from edu.present.strings import family
from edu.present.strings import say
from edu.present.strings import text as catalogue
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import Option
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.quiz.assembly import Quiz

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Characters XML 1.0 (and so HTML, Moodle XML and QTI) cannot carry: C0 controls but tab,
#: newline and carriage return, and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class QuizInfo:
    """What a quiz does not carry itself: the plan's title and the lessons' titles.

    ``edu quiz`` fills both from the content; the defaults give a plain "测验 / Quiz".
    """

    plan_title: Text = field(default_factory=lambda: Text("", ""))
    lesson_titles: Mapping[str, Text] = field(default_factory=dict)

    @property
    def title(self) -> Text:
        """The paper's title: ``《国家人权行动计划（2021－2025年）》测验`` / ``Quiz: …``."""
        if not self.plan_title.zh:
            return LABELS["quiz"]
        en = self.plan_title.en or self.plan_title.zh
        return catalogue("paper.title", zh=self.plan_title.zh, en=en)

    def lesson(self, lesson_id: str) -> Text:
        """The title of *lesson_id*, or the id itself when unknown."""
        return self.lesson_titles.get(lesson_id) or Text(lesson_id, lesson_id)


#: Labels of papers, keys and LMS feedback: the ``paper.`` family of the one catalogue.
LABELS = family("paper")

#: Each answer shape's name (``shape.`` in the one catalogue).
SHAPE_LABELS = family("shape")
#: What a paper asks the student to do, per shape (``instruction.`` in the catalogue).
INSTRUCTIONS = family("instruction")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an export may be asked besides the quiz and the language: the answer key instead
    of the student copy, which versions (printable formats; default all), and the titles."""

    key: bool = False
    versions: tuple[str, ...] | None = None
    info: QuizInfo = field(default_factory=QuizInfo)


#: The one signature every format has (:data:`edu.export.files.FORMATS`).
Exporter = Callable[[Quiz, str, ExportOptions], bytes]


def pick(text: Text, lang: str, sep: str = BOTH_SEP) -> str:
    """*text* in *lang* as one string (``both`` joins the languages with *sep*)."""
    return text.get(lang, sep)


def label(key: str, lang: str, *args: object, sep: str = " ") -> str:
    """The label *key* in *lang*, formatted with *args* (``both``: ``中文 English``)."""
    return say(f"paper.{key}", lang, *args, sep=sep)


def colon(lang: str) -> str:
    """The colon after a label on a paper: full-width when Chinese is shown, ``: `` in English
    alone."""
    return ": " if lang == "en" else "："


def fmt(text: Text, *args: object) -> Text:
    """*text* with ``{}`` filled in both languages."""
    return Text(text.zh.format(*args), text.en.format(*args))


def letter(index: int) -> str:
    """``A`` for 0, ``B`` for 1 … (``AA`` after ``Z``)."""
    if index < len(LETTERS):
        return LETTERS[index]
    return letter(index // len(LETTERS) - 1) + LETTERS[index % len(LETTERS)]


def number(value: float) -> str:
    """A number as plain decimal digits (never ``1e-05``), without trailing zeros."""
    return format_number(value)


def xml_safe(text: str) -> str:
    """*text* without the control characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def choice_letter(q: Question) -> str:
    """The letter of the right option of a choice question, in its shown order."""
    assert isinstance(q.answer, ChoiceAnswer)
    return letter([o.id for o in q.options].index(q.answer.option))


def multi_letters(q: Question) -> list[str]:
    """The letters of every right option of a select-all question, in shown order."""
    assert isinstance(q.answer, MultiAnswer)
    right = set(q.answer.options)
    return [letter(i) for i, o in enumerate(q.options) if o.id in right]


def multi_weights(q: Question) -> list[float]:
    """Each shown option's share of the point, in percent, as LMS partial credit sees it:
    ``100/k`` for each of the k right options, ``-100/k`` for each wrong one (so ticking
    every box earns nothing, as :func:`edu.quiz.grading.grade` scores it)."""
    assert isinstance(q.answer, MultiAnswer)
    right = set(q.answer.options)
    share = 100 / len(right)
    return [share if o.id in right else -share for o in q.options]


def matching_letters(q: Question) -> list[str]:
    """For each prompt in shown order, the letter of its option in shown order."""
    assert isinstance(q.answer, MatchingAnswer)
    where = {o.id: i for i, o in enumerate(q.options)}
    pairs = q.answer.as_dict()
    return [letter(where[pairs[p.id]]) for p in q.prompts]


def ordering_letters(q: Question) -> list[str]:
    """The letters of the shown items, in the right order."""
    assert isinstance(q.answer, OrderingAnswer)
    where = {o.id: i for i, o in enumerate(q.options)}
    return [letter(where[i]) for i in q.answer.order]


def positions(q: Question) -> list[tuple[Text, Option]]:
    """An ordering question as matching pairs: (``第1位`` / ``Position 1``, item) …

    LMS formats without an ordering type (GIFT, Moodle XML, QTI for Canvas, jupyterquiz) ask
    for the item at each position instead; matching then gives partial credit per position.
    """
    assert isinstance(q.answer, OrderingAnswer)
    return [(fmt(LABELS["position"], i), q.option(item))
            for i, item in enumerate(q.answer.order, 1)]


def tags(q: Question, quiz: Quiz) -> list[str]:
    """Tags for an LMS: ``edu``, the kind, lesson and difficulty, the question's own tags
    and the versions that hold it (``version-A``)."""
    versions = [f"version-{label}" for label in quiz.labels_of(q.id)]
    out = ["edu", f"kind-{q.kind}", f"lesson-{q.lesson or 'none'}",
           f"difficulty-{q.difficulty}", *q.tags, *versions]
    return list(dict.fromkeys(t.replace("]", "").strip() for t in out if t.strip()))


def category_root(quiz: Quiz) -> str:
    """The LMS category all of a quiz's lesson categories sit in: ``edu-quiz-<seed>``."""
    return "edu-quiz" if quiz.seed is None else f"edu-quiz-{quiz.seed}"


def by_lesson(quiz: Quiz) -> Iterator[tuple[str, list[Question]]]:
    """The quiz's distinct questions grouped by lesson, lessons in order of first use."""
    groups: dict[str, list[Question]] = {}
    for q in quiz.questions:
        groups.setdefault(q.lesson, []).append(q)
    yield from groups.items()


def question_name(q: Question) -> str:
    """A short, unique name for LMS question banks: ``health · mc_value · c85d3762…``."""
    return f"{q.lesson or 'other'} · {q.kind} · {q.id}"
