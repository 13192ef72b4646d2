"""Frozen values for the plan: parts, lessons, measures, targets, principles, goals, terms.

Objects are built only by :mod:`edu.content.load`, which checks types and required fields;
:mod:`edu.content.validate` then proves provenance. ``where`` ("file:line") is kept for error
messages and takes no part in equality: it is declared once, on :class:`Located`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Literal

from edu.errors import UsageError

#: The key of the introduction (导言) wherever a lesson id is expected: questions, cards,
#: review items and the progress store, the explorer, ``edu show introduction``.
INTRODUCTION = "introduction"

Comparator = Literal[
    "at_least", "at_most", "about", "reach", "raise_to",
    "increase_by", "reduce_by", "extend_to", "extend_by",
]

#: The comparator vocabulary: id → (English phrase, Chinese wording it stands for).
COMPARATORS: dict[str, tuple[str, str]] = {
    "at_least": ("at least", "以上／不低于／不少于"),
    "at_most": ("at most", "以内／不高于"),
    "about": ("about", "左右"),
    "reach": ("reach", "达到"),
    "raise_to": ("raise to", "提高到"),
    "increase_by": ("increase by", "新增"),
    "reduce_by": ("reduce by", "降低"),
    "extend_to": ("extend to", "延长至"),
    "extend_by": ("extend by", "再延长"),
}

#: How a statement of the target writes the comparator before the value, in Chinese.
COMPARATOR_ZH: dict[str, str] = {
    "at_least": "不低于", "at_most": "不高于", "about": "约", "reach": "达到",
    "raise_to": "提高到", "increase_by": "新增", "reduce_by": "降低",
    "extend_to": "延长至", "extend_by": "再延长",
}


@dataclass(frozen=True, slots=True)
class Located:
    """A value read from a content file, remembering where (``"file:line"``) for messages."""

    where: str = field(default="", compare=False, repr=False, kw_only=True)


@dataclass(frozen=True, slots=True)
class Term(Located):
    """A glossary entry: a Chinese term of the text, its English rendering and a note.

    ``pinyin`` is stored only where the computed reading is wrong (see :mod:`edu.content.glossary`).
    """

    term: str
    term_en: str
    note: str
    pinyin: str = ""


@dataclass(frozen=True, slots=True)
class Baseline:
    """What a target is measured from: a starting value (16 周岁) or a year's level (2015)."""

    value: float | None = None
    unit: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Target(Located):
    """A quantitative target, with the sentence that states it."""

    id: str
    lesson: str
    measure: str
    metric: str
    metric_en: str
    value: float
    unit: str
    comparator: Comparator
    approximate: bool
    baseline: Baseline | None
    source: str
    source_en: str = ""

    @property
    def comparator_en(self) -> str:
        return COMPARATORS[self.comparator][0]

    @property
    def comparator_zh(self) -> str:
        return COMPARATOR_ZH[self.comparator]


@dataclass(frozen=True, slots=True)
class Measure(Located):
    """A ``——`` item of a section: its first sentence (title) and the rest (text)."""

    id: str
    lesson: str
    title: str
    title_en: str
    text: str
    text_en: str = ""

    @property
    def source(self) -> str:
        """The whole item as it stands in the source (whitespace removed)."""
        return f"{self.title}。{self.text}"


@dataclass(frozen=True, slots=True)
class Lesson(Located):
    """A section （一）… of a part, taught as one lesson."""

    id: str
    part: str
    number: str
    title: str
    title_en: str
    lead: str
    summary_en: str
    measures: tuple[Measure, ...]
    targets: tuple[Target, ...]
    terms: tuple[Term, ...]
    lead_en: str = ""

    @property
    def heading(self) -> str:
        """The section heading as printed: ``（一）基本生活水准权利``."""
        return f"（{self.number}）{self.title}"

    @property
    def text(self) -> str:
        """Lead paragraph and every measure, as one string (for term look-ups)."""
        return self.lead + "".join(m.source for m in self.measures)

    def measure(self, measure_id: str) -> Measure:
        for measure in self.measures:
            if measure.id == measure_id:
                return measure
        raise UsageError(
            f"lesson {self.id!r} has no measure {measure_id!r}; "
            f"valid: {', '.join(m.id for m in self.measures)}"
        )


@dataclass(frozen=True, slots=True)
class Principle(Located):
    """One of the basic principles (依法推进 …) and its explanation."""

    id: str
    name: str
    name_en: str
    text: str
    text_en: str

    @property
    def source(self) -> str:
        return f"{self.name}，{self.text}"


@dataclass(frozen=True, slots=True)
class Paragraph(Located):
    """A paragraph of running text (the introduction's background): Chinese and English."""

    id: str
    text: str
    text_en: str

    @property
    def source(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Goal(Paragraph):
    """One of the plan's goals (a ``——`` item of the introduction): a paragraph of its own."""


@dataclass(frozen=True, slots=True)
class Lead(Located):
    """A lead-in sentence of the source (``制定和实施《行动计划》的目标是：``) and its English."""

    text: str
    text_en: str


@dataclass(frozen=True, slots=True)
class Introduction:
    """导言: background, guiding ideology, basic principles and goals, each with its lead-in.

    ``background`` holds the opening paragraphs (the earlier plans, the period, the basis the
    plan rests on); ``ideology_lead``/``principles_lead``/``goals_lead`` the sentences that
    introduce each list (``None`` when the content does not give them).
    """

    title: str
    title_en: str
    summary_en: str
    ideology: str
    ideology_en: str
    principles: tuple[Principle, ...]
    goals: tuple[Goal, ...]
    background: tuple[Paragraph, ...] = ()
    ideology_lead: Lead | None = None
    principles_lead: Lead | None = None
    goals_lead: Lead | None = None


@dataclass(frozen=True, slots=True)
class Part(Located):
    """A part 一、… of the plan: its heading, lead paragraph and lessons in order."""

    id: str
    number: str
    title: str
    title_en: str
    lead: str
    lead_en: str
    lessons: tuple[str, ...]

    @property
    def heading(self) -> str:
        return f"{self.number}、{self.title}"


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """Who made the plan, for what period, and the sentence that says so.

    ``draft`` is true for a folder written by ``edu ingest`` (``plan.draft: true``): there
    missing English is a warning; in curated content it is an error.
    """

    id: str
    title: str
    title_en: str
    short_title: str
    start: int
    end: int
    compiled_by: str
    compiled_by_en: str
    reviewed_by: str
    reviewed_by_en: str
    published_by: str
    published_by_en: str
    source: str
    source_file: str
    source_en: str = ""
    draft: bool = False
    short_title_en: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """The whole plan: the root object every other module reads."""

    info: PlanInfo
    introduction: Introduction
    parts: tuple[Part, ...]
    lessons: tuple[Lesson, ...]
    glossary: tuple[Term, ...]
    source_text: str = field(compare=False, repr=False)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return tuple(m for lesson in self.lessons for m in lesson.measures)

    @property
    def targets(self) -> tuple[Target, ...]:
        return tuple(t for lesson in self.lessons for t in lesson.targets)

    def lesson(self, lesson_id: str) -> Lesson:
        """Return the lesson with *lesson_id*; an unknown id lists the valid ones."""
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise UsageError(
            f"unknown lesson {lesson_id!r}; valid lessons: "
            f"{', '.join(lesson.id for lesson in self.lessons)}"
        )

    def part(self, part_id: str) -> Part:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise UsageError(
            f"unknown part {part_id!r}; valid parts: {', '.join(p.id for p in self.parts)}"
        )
