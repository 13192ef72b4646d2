"""A plan text → a content draft: the frozen :class:`~edu.content.model.Plan` of ``edu ingest``.

The draft has every Chinese field the layout gives (verbatim, whitespace removed) and empty
English. Ids are derived from Chinese content keys, so re-ingesting gives the same ids and an
inserted item shifts none of them: ``part-`` + hash of the part's title, ``lesson-`` + hash of
part and section titles, ``m-`` + hash of lesson and measure titles, ``t-`` + hash of the
lesson, sentence, value, unit and metric, ``p-`` + hash of a principle's name, ``g-`` + hash of
a goal's first sentence (see :func:`content_id`).

Fields the text does not give get a stand-in that ``edu validate`` accepts and a note in
:attr:`Draft.notes` (also written as comments at the top of ``plan.yaml``): a section or part
without a lead paragraph gets its title as lead; see :mod:`edu.ingest.intro` for the metadata.

What a person should check is listed in :attr:`Draft.checks` and noted too: every unit that is
not in the ingest's list of known units (read by its shape, see :mod:`edu.ingest.units`), once
per unit with its first target; and every skipped candidate — a range (3至5年: a target has one
value, so a range is not drafted) or a number after a comparator word without a unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from edu.content.layout import Layout
from edu.content.layout import Section as LayoutSection
from edu.content.layout import parse_layout
from edu.content.model import Baseline
from edu.content.model import Comparator
from edu.content.model import Goal
from edu.content.model import Introduction
from edu.content.model import Lead
from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Paragraph
from edu.content.model import Part
from edu.content.model import Plan
from edu.content.model import PlanInfo
from edu.content.model import Principle
from edu.content.model import Target
from edu.errors import IngestError
from edu.ids import slug_problem
from edu.ids import stable_id
from edu.ingest.decode import decode
from edu.ingest.intro import read_intro
from edu.ingest.intro import read_meta
from edu.ingest.targets import Found
from edu.ingest.targets import Skipped
from edu.ingest.targets import find_candidates
from edu.numerals import format_number
from edu.text import squeeze

STDIN_NAME = "plan.txt"


@dataclass(frozen=True, slots=True)
class Check:
    """Something in the draft a person should check.

    ``kind`` is ``"new unit"`` (``text`` is the unit), ``"range"``, ``"fraction"`` or
    ``"no unit"`` (``text`` is the skipped candidate as written); ``lesson`` is the lesson's id.
    """

    kind: str
    text: str
    lesson: str
    sentence: str

    def note(self) -> str:
        """The check as a note for the ingest summary."""
        where = f"lessons/{self.lesson}.yaml"
        quoted = self.sentence if len(self.sentence) <= 40 else self.sentence[:39] + "…"
        if self.kind == "new unit":
            return (f"{where}: new unit {self.text} (not in the ingest's unit list), first in "
                    f"“{quoted}”; check that it is the whole unit")
        if self.kind == "range":
            return (f"{where}: skipped the range {self.text} in “{quoted}”: a target has one "
                    "value; add it by hand if it is a target")
        why = "a fraction" if self.kind == "fraction" else "no unit after the number"
        return (f"{where}: skipped {self.text} in “{quoted}”: {why}; add it by hand if it is a "
                "target")


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft plan with the source file to copy beside it and notes for the user."""

    plan: Plan
    source_name: str  # the file name under source/
    source_bytes: bytes  # UTF-8: the input's bytes, or the text transcoded to UTF-8
    encoding: str
    lines: int
    notes: tuple[str, ...]
    checks: tuple[Check, ...] = ()


def content_id(prefix: str, namespace: str, *key: str) -> str:
    """A slug ``prefix-<hash>`` for *key* that ``edu validate`` accepts (never all digits)."""
    digest = stable_id(namespace, *key)
    for size in (10, 16):
        candidate = f"{prefix}-{digest[:size]}"
        if slug_problem(candidate) is None:
            return candidate
    return f"{prefix}-x{digest[:10]}"


class _Ids:
    """Hands out unique ids: a clash (two items with the same key) adds the occurrence."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def take(self, prefix: str, namespace: str, *key: str) -> str:
        candidate = content_id(prefix, namespace, *key)
        occurrence = 1
        while candidate in self.taken:
            occurrence += 1
            candidate = content_id(prefix, namespace, *key, str(occurrence))
        self.taken.add(candidate)
        return candidate


def source_name(path: str) -> str:
    """The file name the source is stored under in ``source/``."""
    name = PurePath(path).name if path != "-" else STDIN_NAME
    return name if name and not name.startswith(".") else STDIN_NAME


def _check_layout(layout: Layout, name: str) -> None:
    if not layout.parts:
        raise IngestError(f"{name}: no headings found; a plan text in the source's layout has "
                          "parts (一、…) and sections (（一）…) on lines of their own")
    for part in layout.parts:
        if not part.number:
            section = part.sections[0]
            raise IngestError(f"{name}:{section.line}: section （{section.number}）"
                              f"{section.title} comes before any part heading; add the "
                              "part's heading (一、…) above it")
        for section in part.sections:
            for item in section.items:
                if not item.title:
                    raise IngestError(f"{name}:{item.line}: a —— item without text; remove "
                                      "the dash or complete the item")
                if not item.closed:
                    raise IngestError(f"{name}:{item.line}: the item ——{item.title[:16]}… has "
                                      "no 。; every item is a sentence ending in 。")


def _target(found: Found, lesson_id: str, lesson_title: str, measure_id: str,
            ids: _Ids) -> Target:
    baseline = None
    if found.baseline_value is not None or found.baseline_year is not None:
        baseline = Baseline(found.baseline_value, found.baseline_unit, found.baseline_year)
    comparator: Comparator = found.comparator  # type: ignore[assignment]  # vocab's words
    return Target(
        id=ids.take("t", "target", lesson_title, found.sentence, format_number(found.value),
                    found.unit, found.metric),
        lesson=lesson_id, measure=measure_id, metric=found.metric, metric_en="",
        value=found.value, unit=found.unit, comparator=comparator,
        approximate=found.approximate, baseline=baseline, source=found.sentence,
    )


def _lesson(section: LayoutSection, part_id: str, part_title: str, ids: _Ids,
            notes: list[str], checks: list[Check]) -> Lesson:
    lesson_id = ids.take("lesson", "lesson", part_title, section.title)
    measures: list[Measure] = []
    targets: list[Target] = []
    seen = {c.text for c in checks if c.kind == "new unit"}  # a new unit is reported once
    for item in section.items:
        measure_id = ids.take("m", "measure", section.title, item.title)
        measures.append(Measure(measure_id, lesson_id, item.title, "", item.text))
        if not item.text:
            notes.append(f"lessons/{lesson_id}.yaml: measure {item.title[:16]}… is a single "
                         "sentence, so its text is empty, which the content loader refuses; "
                         "the lesson loads once the loader allows it")
        found, skipped = find_candidates(item.source)
        targets.extend(_target(f, lesson_id, section.title, measure_id, ids) for f in found)
        for f in found:
            if f.new_unit and f.unit not in seen:
                seen.add(f.unit)
                checks.append(Check("new unit", f.unit, lesson_id, f.sentence))
        checks.extend(_skipped(s, lesson_id) for s in skipped)
    lead = section.lead
    if not lead:
        lead = section.title
        notes.append(f"lessons/{lesson_id}.yaml: section （{section.number}）{section.title} "
                     "has no lead paragraph; its title stands in")
    return Lesson(id=lesson_id, part=part_id, number=section.number, title=section.title,
                  title_en="", lead=lead, summary_en="", measures=tuple(measures),
                  targets=tuple(targets), terms=())


def _skipped(s: Skipped, lesson_id: str) -> Check:
    return Check(s.reason, s.text, lesson_id, s.sentence)


def _plan_id(given: str | None, title: str, start: int, end: int) -> str:
    if given is not None:
        problem = slug_problem(given)
        if problem:
            raise IngestError(f"--id {given!r}: {problem}")
        return given
    if start and end:
        prefix = "nhrap" if "人权行动计划" in title else "plan"
        return f"{prefix}-{start}-{end}"
    return content_id("plan", "plan", title)


def build_plan(text: str, name: str, *, plan_id: str | None = None,
               title: str | None = None) -> tuple[Plan, list[str]]:
    """The draft :class:`Plan` of *text* (read from *name*) and notes for the user."""
    plan, notes, _ = build_checked(text, name, plan_id=plan_id, title=title)
    return plan, notes


def build_checked(text: str, name: str, *, plan_id: str | None = None,
                  title: str | None = None) -> tuple[Plan, list[str], list[Check]]:
    """:func:`build_plan` with the checks for a person (their notes are in the notes too)."""
    layout = parse_layout(text)
    _check_layout(layout, name)
    squeezed = squeeze(text)
    if title is not None:
        title = squeeze(title)
        if not title or title not in squeezed:
            raise IngestError(f"--title {title!r}: not in {name} (whitespace ignored); give "
                              "the title as the text writes it")
    meta = read_meta(layout, squeezed, title)
    intro = read_intro(layout, meta.title)
    notes = [*meta.notes, *intro.notes]
    ids = _Ids()
    checks: list[Check] = []
    principles = tuple(
        Principle(ids.take("p", "principle", name_), name_, "", text_, "")
        for name_, text_ in intro.principles)
    goals = tuple(Goal(ids.take("g", "goal", goal.split("。")[0]), goal, "")
                  for goal in intro.goals)
    parts: list[Part] = []
    lessons: list[Lesson] = []
    for part in layout.parts:
        part_id = ids.take("part", "part", part.title)
        part_lessons = [_lesson(section, part_id, part.title, ids, notes, checks)
                        for section in part.sections]
        lead = part.lead
        if not lead:
            lead = part.title
            notes.append(f"plan.yaml: part {part.number}、{part.title} has no lead paragraph; "
                         "its title stands in")
        parts.append(Part(part_id, part.number, part.title, "", lead, "",
                          tuple(lesson.id for lesson in part_lessons)))
        lessons.extend(part_lessons)
    info = PlanInfo(
        id=_plan_id(plan_id, meta.title, meta.start, meta.end), title=meta.title, title_en="",
        short_title=meta.short_title, start=meta.start, end=meta.end,
        compiled_by=meta.compiled_by, compiled_by_en="", reviewed_by=meta.reviewed_by,
        reviewed_by_en="", published_by=meta.published_by, published_by_en="",
        source=meta.source, source_file=f"source/{source_name(name)}", draft=True,
    )
    background = tuple(Paragraph(ids.take("bg", "background", text_.split("。")[0]), text_, "")
                       for text_ in intro.background)
    leads = tuple(None if text_ is None else Lead(text_, "") for text_ in intro.leads)
    introduction = Introduction(intro.title, "", "", intro.ideology, "", principles, goals,
                                background, leads[0], leads[1], leads[2])
    plan = Plan(info, introduction, tuple(parts), tuple(lessons), (), text)
    notes += [check.note() for check in checks]
    return plan, notes, checks


def build_draft(data: bytes, name: str, *, plan_id: str | None = None,
                title: str | None = None, encoding: str | None = None) -> Draft:
    """Decode *data* (the bytes of the file *name*) and build its draft."""
    decoded = decode(data, name, encoding)
    plan, notes, checks = build_checked(decoded.text, name, plan_id=plan_id, title=title)
    stored = data if decoded.utf8 else decoded.text.encode("utf-8")
    if not decoded.utf8:
        notes.append(f"{plan.info.source_file}: the text was {decoded.encoding}; it is stored "
                     "as UTF-8, the encoding content folders use")
    lines = decoded.text.count("\n") + (not decoded.text.endswith("\n"))
    return Draft(plan, source_name(name), stored, decoded.encoding, lines, tuple(notes),
                 tuple(checks))
