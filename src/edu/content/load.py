"""Load ``content/`` into a :class:`~edu.content.model.Plan`: the one public entry point.

``load_plan(dir)`` reads every file, checks structure and types (``read_plan``) and then
provenance, ids and completeness (:func:`edu.content.validate.check`); it raises the first
:class:`~edu.errors.ContentError`, so the rest of the toolkit only ever sees validated content.

Where the content lives when no folder is given: :mod:`edu.content.paths`.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from edu.content.fields import allowed
from edu.content.model import COMPARATORS
from edu.content.model import Baseline
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
from edu.content.model import Term
from edu.content.paths import LESSONS_DIR
from edu.content.paths import PLAN_FILE
from edu.content.paths import default_content_dir
from edu.content.yamlnodes import Fields
from edu.content.yamlnodes import compose_file
from edu.content.yamlnodes import where
from edu.errors import ContentError

_TERM = allowed("term")
_BASELINE = allowed("baseline")
_TARGET = allowed("target")
_MEASURE = allowed("measure")
_LESSON = allowed("lesson")
_PRINCIPLE = allowed("principle")
_GOAL = allowed("goal")
_PART = allowed("part")
_IDEOLOGY = allowed("ideology")
_LEAD = allowed("lead")
_PARAGRAPH = allowed("paragraph")
_INTRO = allowed("introduction")
_PERIOD = allowed("period")
_INFO = allowed("info")
_PLAN = allowed("plan")


def _term(node: yaml.Node, path: Path) -> Term:
    f = Fields(node, path, "a glossary term", _TERM)
    return Term(f.text("term", squeeze=True), f.text("term_en"), f.text("note"),
                f.text("pinyin", required=False), where=f.where)


def _lead(f: Fields, key: str) -> Lead | None:
    lead = f.opt_mapping(key, "a lead-in sentence", _LEAD)
    if lead is None:
        return None
    return Lead(lead.text("text", squeeze=True), lead.text("text_en", required=False),
                where=lead.where)


def _baseline(f: Fields) -> Baseline | None:
    b = f.opt_mapping("baseline", "a baseline", _BASELINE)
    if b is None:
        return None
    value = b.opt_number("value")
    year = b.opt_integer("year")
    unit = b.text("unit", required=False, squeeze=True) or None
    if value is None and year is None:
        raise ContentError("a baseline needs a value (with unit) or a year", b.where, "baseline")
    if value is not None and unit is None:
        raise ContentError("a baseline value needs its unit", b.where, "baseline.unit")
    return Baseline(value, unit, year)


def _target(node: yaml.Node, path: Path, lesson: str) -> Target:
    f = Fields(node, path, "a target", _TARGET)
    comparator = f.text("comparator")
    if comparator not in COMPARATORS:
        raise ContentError(
            f"unknown comparator {comparator!r}; use one of: {', '.join(COMPARATORS)}",
            where(path, f.values["comparator"]), "comparator")
    value = f.number("value")
    return Target(
        id=f.text("id"), lesson=lesson, measure=f.text("measure"),
        metric=f.text("metric", squeeze=True), metric_en=f.text("metric_en"),
        value=value, unit=f.text("unit", squeeze=True),
        comparator=comparator,  # type: ignore[arg-type]  # checked against COMPARATORS above
        approximate=f.flag("approximate"), baseline=_baseline(f),
        source=f.text("source", squeeze=True), source_en=f.text("source_en", required=False),
        where=f.where,
    )


def _lesson(path: Path) -> Lesson:
    f = Fields(compose_file(path), path, "a lesson", _LESSON)
    lesson_id = f.text("id")
    if lesson_id != path.stem:
        raise ContentError(f"lesson id {lesson_id!r} must match the file name {path.name!r}",
                           where(path, f.values["id"]), "id")
    measures = tuple(
        Measure(m.text("id"), lesson_id, m.text("title", squeeze=True), m.text("title_en"),
                m.text("text", required=False, squeeze=True),
                m.text("text_en", required=False), where=m.where)
        for m in (Fields(n, path, "a measure", _MEASURE) for n in f.items("measures"))
    )
    return Lesson(
        id=lesson_id, part=f.text("part"), number=f.text("number", squeeze=True),
        title=f.text("title", squeeze=True), title_en=f.text("title_en"),
        lead=f.text("lead", squeeze=True), summary_en=f.text("summary_en"),
        measures=measures,
        targets=tuple(_target(n, path, lesson_id) for n in f.items("targets", required=False)),
        terms=tuple(_term(n, path) for n in f.items("terms", required=False)),
        lead_en=f.text("lead_en", required=False), where=f.where,
    )


def _info(f: Fields) -> PlanInfo:
    period = f.mapping("period", "the plan's period", _PERIOD)
    start, end = period.integer("start"), period.integer("end")
    if end < start:
        raise ContentError(f"period ends ({end}) before it starts ({start})", period.where,
                           "period")
    return PlanInfo(
        id=f.text("id"), title=f.text("title", squeeze=True), title_en=f.text("title_en"),
        short_title=f.text("short_title", squeeze=True), start=start, end=end,
        compiled_by=f.text("compiled_by", squeeze=True), compiled_by_en=f.text("compiled_by_en"),
        reviewed_by=f.text("reviewed_by", squeeze=True), reviewed_by_en=f.text("reviewed_by_en"),
        published_by=f.text("published_by", squeeze=True),
        published_by_en=f.text("published_by_en"),
        source=f.text("source", squeeze=True), source_file=f.text("source_file"),
        source_en=f.text("source_en", required=False), draft=f.flag("draft"),
        short_title_en=f.text("short_title_en", required=False),
    )


def _read_source(content_dir: Path, info: PlanInfo, where_: str) -> str:
    path = content_dir / info.source_file
    try:
        data = path.read_bytes()
    except OSError:
        raise ContentError(f"source text {path} cannot be read; copy the plan's text there",
                           where_, "source_file") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(f"source text {path} is not UTF-8", where_, "source_file") from None


def read_plan(content_dir: Path | str | None = None) -> Plan:
    """Read *content_dir* into a :class:`Plan`, checking structure and types only."""
    root = Path(content_dir if content_dir is not None else default_content_dir())
    if not root.is_dir():
        raise ContentError("content directory not found or not a directory; "
                           "pass --content DIR or set EDU_CONTENT", str(root))
    plan_path = root / PLAN_FILE
    f = Fields(compose_file(plan_path), plan_path, "the plan file", _PLAN)
    info_fields = f.mapping("plan", "the plan's metadata", _INFO)
    intro_fields = f.mapping("introduction", "the introduction", _INTRO)
    info = _info(info_fields)
    ideology = intro_fields.mapping("guiding_ideology", "the guiding ideology", _IDEOLOGY)
    principles = tuple(
        Principle(p.text("id"), p.text("name", squeeze=True), p.text("name_en"),
                  p.text("text", squeeze=True), p.text("text_en"), where=p.where)
        for p in (Fields(n, plan_path, "a principle", _PRINCIPLE)
                  for n in intro_fields.items("principles"))
    )
    goals = tuple(
        Goal(g.text("id"), g.text("text", squeeze=True), g.text("text_en"), where=g.where)
        for g in (Fields(n, plan_path, "a goal", _GOAL) for n in intro_fields.items("goals"))
    )
    background = tuple(
        Paragraph(b.text("id"), b.text("text", squeeze=True), b.text("text_en", required=False),
                  where=b.where)
        for b in (Fields(n, plan_path, "a background paragraph", _PARAGRAPH)
                  for n in intro_fields.items("background", required=False))
    )
    introduction = Introduction(
        intro_fields.text("title", squeeze=True), intro_fields.text("title_en"),
        intro_fields.text("summary_en"), ideology.text("text", squeeze=True),
        ideology.text("text_en"), principles, goals, background,
        _lead(intro_fields, "ideology_lead"), _lead(intro_fields, "principles_lead"),
        _lead(intro_fields, "goals_lead"),
    )
    parts = tuple(
        Part(p.text("id"), p.text("number", squeeze=True), p.text("title", squeeze=True),
             p.text("title_en"), p.text("lead", squeeze=True),
             p.text("lead_en", required=False), p.strings("lessons"), where=p.where)
        for p in (Fields(n, plan_path, "a part", _PART) for n in f.items("parts"))
    )
    glossary = tuple(_term(n, plan_path) for n in f.items("glossary", required=False))

    lesson_dir = root / LESSONS_DIR
    files = {p.stem: p for p in sorted(lesson_dir.glob("*.yaml"))} if lesson_dir.is_dir() else {}
    lessons: list[Lesson] = []
    listed: set[str] = set()
    for part in parts:
        for lesson_id in part.lessons:
            if lesson_id in listed:
                raise ContentError(f"lesson {lesson_id!r} is listed twice", part.where, "lessons")
            listed.add(lesson_id)
            if lesson_id not in files:
                raise ContentError(
                    f"part {part.id!r} lists lesson {lesson_id!r} but "
                    f"{lesson_dir / (lesson_id + '.yaml')} does not exist", part.where, "lessons")
            lesson = _lesson(files[lesson_id])
            if lesson.part != part.id:
                raise ContentError(f"lesson is listed under part {part.id!r} but says "
                                   f"part {lesson.part!r}", lesson.where, "part")
            lessons.append(lesson)
    for stem, path in files.items():
        if stem not in listed:
            raise ContentError("lesson file is not listed in any part of plan.yaml; "
                               "add its id to a part's lessons", str(path))
    source_text = _read_source(root, info, info_fields.where)
    return Plan(info, introduction, parts, tuple(lessons), glossary, source_text)


def load_plan(content_dir: Path | str | None = None) -> Plan:
    """Read and fully validate *content_dir*; raise the first problem as a ContentError."""
    from edu.content.validate import check  # validate imports the model, not the loader

    plan = read_plan(content_dir)
    report = check(plan, readings=False)  # stored pinyin: checked by `edu validate`
    if report.errors:
        raise report.errors[0].as_error()
    return plan
